"""Generate the bundled sample hearing: a mock Senate committee hearing synthesised offline.

Why synthetic: a real hearing cannot be redistributed with exact speaker times and with labels
saying which answers dodge the question. Every reference here (script, RTTM, exchanges) comes
from the same timeline that mixes the audio, so the references are exact by construction.

Run: ``.venv/bin/python samples/make_sample.py`` (needs ``espeak-ng``, ``sox`` and ``ffmpeg`` on
PATH). The output is deterministic for a given espeak-ng / sox / ffmpeg: no randomness other than
a seeded room-noise floor, and the Ogg stream is written with bit-exact flags.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import wave
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

SAMPLE_RATE = 16_000
FILE_ID = "hearing"
HERE = Path(__file__).resolve().parent
OPUS_BITRATE = "32k"
NOISE_DBFS = -60.0
SEED = 20_240_611


@dataclass(frozen=True)
class Voice:
    """One speaker's synthetic voice; every parameter stays fixed so the speaker is consistent."""

    speaker: str
    name: str
    role: str  # "asker" | "answerer"
    espeak: str  # espeak-ng voice+variant
    pitch: int  # espeak -p, 0..99
    speed: int  # espeak -s, words per minute
    sox: tuple[str, ...]  # sox effects after synthesis (formant/pitch shift, EQ, room)
    level_dbfs: float  # RMS level of the speaker's speech


VOICES: dict[str, Voice] = {
    v.speaker: v
    for v in (
        # Deep male voice: synthesised fast, then slowed by 15% (pitch and formants drop
        # together, like a longer vocal tract), in a large room.
        Voice(
            speaker="CHAIR", name="Chair Brooks", role="asker",
            espeak="en-us+m6", pitch=28, speed=176, level_dbfs=-21.0,
            sox=("speed", "0.85", "equalizer", "200", "1.0q", "3", "reverb", "15", "50", "60"),
        ),
        # Bright female voice, formants raised 12%, close microphone, dry.
        Voice(
            speaker="ORTIZ", name="Senator Ortiz", role="asker",
            espeak="en-us+f5", pitch=66, speed=148, level_dbfs=-20.0,
            sox=("speed", "1.12", "highpass", "150", "equalizer", "3000", "1.0q", "3"),
        ),
        # Young male voice, formants raised 15%, band-limited lapel microphone across the dais.
        Voice(
            speaker="CHEN", name="Senator Chen", role="asker",
            espeak="en-us+m2", pitch=64, speed=150, level_dbfs=-22.0,
            sox=("speed", "1.15", "highpass", "220", "lowpass", "6000",
                 "equalizer", "1000", "1.0q", "4", "reverb", "10", "50", "30"),
        ),
        # Low female witness voice, formants lowered 12%, slow and measured, at the witness table.
        Voice(
            speaker="HALE", name="Director Hale", role="answerer",
            espeak="en-us+f2", pitch=36, speed=168, level_dbfs=-21.0,
            sox=("speed", "0.88", "equalizer", "300", "1.0q", "3", "reverb", "10", "50", "40"),
        ),
    )
}  # fmt: skip


@dataclass(frozen=True)
class Line:
    """One utterance. ``gap`` is the silence before it; ``overlap`` > 0 starts it that many
    seconds before the previous utterance ends (an interruption)."""

    speaker: str
    text: str
    gap: float = 0.5
    overlap: float = 0.0


SCRIPT: tuple[Line, ...] = (
    Line(
        "CHAIR",
        "Good morning. The Committee on Privacy and Technology will come to order. "
        "Today we look at how federal agencies use face recognition, and what the "
        "companies that sell this technology will tell the public. Our witness today is Director "
        "Dana Hale, from a company called Summit Vision, which sells face recognition to police "
        "departments and to federal agencies. Director Hale, thank you for being here. You may "
        "begin.",
    ),
    Line(
        "HALE",
        "Thank you, Mister Chairman, and thank you to the members of the committee. "
        "Our software compares a photo with a set of images chosen by our customer. We believe "
        "this technology can help find missing children and prevent fraud, and we believe it "
        "must be used with care. I look forward to your questions.",
        gap=0.7,
    ),
    Line("CHAIR", "Thank you, Director Hale. The chair recognizes Senator Ortiz for five minutes."),
    Line(
        "ORTIZ",
        "Thank you, Mister Chairman. Director Hale, I want to start with a simple "
        "question. Does your company have a contract with Immigration and Customs Enforcement?",
        gap=0.4,
    ),
    Line(
        "HALE",
        "We provide our face recognition service to a variety of government agencies, at "
        "the federal, state and local level, and we are proud of our work.",
        gap=0.6,
    ),
    Line("ORTIZ", "So is that a yes?", gap=0.4),
    Line("HALE", "I'm not in a position to discuss specific contracts or specific customers."),
    Line(
        "ORTIZ",
        "I have a question on accuracy. What was the error rate of your system in the "
        "most recent government test?",
        gap=0.7,
    ),
    Line("HALE", "I'd have to check with our team and get back to you."),
    Line(
        "ORTIZ",
        "Please send the number to the committee in writing. Does your "
        "company require a warrant before police can search your database?",
        gap=0.6,
    ),
    Line(
        "HALE",
        "Yes. We have had that policy since twenty nineteen. Every search by a police "
        "customer must cite a warrant or a court order, and we look at a sample of them "
        "every month.",
        gap=0.4,
    ),
    Line("ORTIZ", "Thank you, Mister Chairman. I yield back."),
    Line(
        "CHAIR",
        "Thank you, Senator Ortiz. The chair recognizes Senator Chen for five minutes.",
        gap=0.8,
    ),
    Line(
        "CHEN",
        "Thank you, Mister Chairman. Director Hale, I have three questions. How many "
        "images are in your database? Where do the images come from? And can people ask you to "
        "remove their own photos?",
    ),
    Line(
        "HALE",
        "Our database has about four hundred million images. They come from public web "
        "pages, from the news, and from police records. People can ask us to remove their "
        "photos on our website, and we remove them within thirty days.",
        gap=0.6,
    ),
    Line("CHEN", "Have you ever sold access to your system to a foreign government?"),
    Line(
        "HALE",
        "Our focus has always been on customers here at home, and we follow every export "
        "rule that applies to companies in our industry, which is something we take very "
        "seriously.",
        gap=0.6,
    ),
    Line(
        "CHEN",
        "Director, that was not my question. Yes or no, have you sold access to a foreign "
        "government?",
        overlap=0.8,
    ),
    Line("HALE", "No. We have never sold our service to a foreign government."),
    Line(
        "CHEN",
        "Thank you. One last question. Who checks each match before it is sent to the police?",
        gap=0.6,
    ),
    Line(
        "HALE",
        "A trained person on our staff checks every match by hand before any result "
        "leaves our system. If that person is not sure, the match is not sent.",
    ),
    Line("CHEN", "Thank you, Director. I yield back.", gap=0.4),
    Line(
        "CHAIR",
        "Thank you, Senator Chen. I have one more question myself. Director Hale, how "
        "long does your company keep the photos that police send you?",
        gap=0.8,
    ),
    Line("HALE", "I don't know the answer to that, and I would not want to guess."),
    Line(
        "CHAIR",
        "I ask that you answer that question in writing. Without objection, the record will stay "
        "open for two weeks for questions from members. Without objection, so ordered.",
        gap=0.7,
    ),
    Line(
        "CHAIR",
        "I want to thank Director Hale for testifying today, and I thank the members "
        "for their questions. The committee stands adjourned.",
        gap=0.6,
    ),
)


@dataclass(frozen=True)
class ExpectedExchange:
    """A scripted question/answer pair and what an analyst should conclude about the answer."""

    question: tuple[int, ...]
    answer: tuple[int, ...]
    expected: str  # "evasive" | "answered"
    kind: str  # answer kind: direct, yes_no_direct, shift, refusal, deferral, ignorance
    question_type: str  # yes_no | wh | multi
    why: str
    follows: int | None = None  # index in EXCHANGES of the exchange this one follows up
    questions: tuple[str, ...] = field(default=())  # the questions of a multi-question turn


EXCHANGES: tuple[ExpectedExchange, ...] = (
    ExpectedExchange(
        (3,),
        (4,),
        "evasive",
        "shift",
        "yes_no",
        "shift of level: asks about one agency (Immigration and Customs Enforcement), "
        "answers about 'a variety of government agencies'; no yes or no",
    ),
    ExpectedExchange(
        (5,),
        (6,),
        "evasive",
        "refusal",
        "yes_no",
        "follow-up to the contract question; declines: 'not in a position to discuss "
        "specific contracts'",
        follows=0,
    ),
    ExpectedExchange(
        (7,),
        (8,),
        "evasive",
        "deferral",
        "wh",
        "asks for an error rate; defers: 'I would have to check with our team and get back to you'",
    ),
    ExpectedExchange(
        (9,),
        (10,),
        "answered",
        "yes_no_direct",
        "yes_no",
        "yes/no question answered with 'Yes' and a date the policy started",
    ),
    ExpectedExchange(
        (13,),
        (14,),
        "answered",
        "direct",
        "multi",
        "three questions (how many, where from, can people remove photos), each answered in turn",
        questions=(
            "How many images are in your database?",
            "Where do the images come from?",
            "And can people ask you to remove their own photos?",
        ),
    ),
    ExpectedExchange(
        (15,),
        (16,),
        "evasive",
        "shift",
        "yes_no",
        "shift of topic: asks whether the company sold to a foreign government, "
        "answers about its focus on customers at home and export rules; no yes or no",
    ),
    ExpectedExchange(
        (17,),
        (18,),
        "answered",
        "yes_no_direct",
        "yes_no",
        "follow-up that interrupts the evasive answer; answered with a plain 'No'",
        follows=5,
    ),
    ExpectedExchange(
        (19,),
        (20,),
        "answered",
        "direct",
        "wh",
        "asks who checks a match; names who (a trained person on the staff) and the rule",
    ),
    ExpectedExchange(
        (22,),
        (23,),
        "evasive",
        "ignorance",
        "wh",
        "asks how long uploaded photos are kept; claims not to know: 'I don't know "
        "the answer to that'",
    ),
)


@dataclass
class Placed:
    """An utterance placed on the timeline."""

    index: int
    line: Line
    start: float
    end: float
    audio: np.ndarray


def _run(cmd: list[str], data: bytes | None = None) -> bytes:
    proc = subprocess.run(cmd, input=data, capture_output=True, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"{cmd[0]} failed: {proc.stderr.decode(errors='replace').strip()}")
    return proc.stdout


def synthesise(line: Line) -> np.ndarray:
    """espeak-ng -> sox (voice colouring, room) -> 16 kHz float32 mono, trimmed to the speech."""
    voice = VOICES[line.speaker]
    espeak = [
        "espeak-ng",
        "-v",
        voice.espeak,
        "-p",
        str(voice.pitch),
        "-s",
        str(voice.speed),
        "--stdout",
        line.text,
    ]
    wav = _run(espeak)
    sox = [
        "sox",
        "-D",
        "-t",
        "wav",
        "-",
        "-t",
        "f32",
        "-r",
        str(SAMPLE_RATE),
        "-c",
        "1",
        "-",
        *voice.sox,
        "rate",
        "-v",
        str(SAMPLE_RATE),
    ]
    audio = np.frombuffer(_run(sox, wav), dtype=np.float32).astype(np.float64)
    audio = _trim(audio)
    rms = float(np.sqrt(np.mean(audio**2)))
    return audio * (10 ** (voice.level_dbfs / 20) / max(rms, 1e-9))


def _trim(audio: np.ndarray, threshold_db: float = -45.0, frame: int = 160) -> np.ndarray:
    """Cut leading/trailing silence (and faint reverb tail) so RTTM times are speech bounds."""
    n = len(audio) // frame
    energy = np.sqrt(np.mean(audio[: n * frame].reshape(n, frame) ** 2, axis=1) + 1e-12)
    loud = np.flatnonzero(20 * np.log10(energy / energy.max()) > threshold_db)
    clip = audio[loud[0] * frame : (loud[-1] + 1) * frame].copy()
    fade = min(len(clip) // 2, SAMPLE_RATE // 100)
    ramp = np.linspace(0.0, 1.0, fade)
    clip[:fade] *= ramp
    clip[-fade:] *= ramp[::-1]
    return clip


def place(script: tuple[Line, ...] = SCRIPT, lead_in: float = 0.8) -> list[Placed]:
    """Lay utterances end to end: gap of silence, or a real overlap for an interruption."""
    placed: list[Placed] = []
    cursor = lead_in
    for i, line in enumerate(script):
        audio = synthesise(line)
        if placed and line.overlap > 0:
            start = placed[-1].end - line.overlap
        else:
            start = cursor + (line.gap if placed else 0.0)
        start = round(start * SAMPLE_RATE) / SAMPLE_RATE
        end = start + len(audio) / SAMPLE_RATE
        placed.append(Placed(i, line, start, end, audio))
        cursor = max(cursor, end)
    return placed


def mix(placed: list[Placed], tail: float = 1.0) -> np.ndarray:
    total = round((max(p.end for p in placed) + tail) * SAMPLE_RATE)
    out = np.zeros(total)
    for p in placed:
        s = round(p.start * SAMPLE_RATE)
        out[s : s + len(p.audio)] += p.audio
    rng = np.random.default_rng(SEED)
    noise = np.cumsum(rng.standard_normal(total)) * 0.02  # brown-ish room tone
    noise -= np.convolve(noise, np.ones(400) / 400, mode="same")  # remove the drift
    noise *= 10 ** (NOISE_DBFS / 20) / max(float(np.sqrt(np.mean(noise**2))), 1e-12)
    out += noise
    peak = float(np.abs(out).max())
    return out * (0.89 / peak) if peak > 0.89 else out


def write_wav(path: Path, audio: np.ndarray) -> None:
    pcm = np.clip(np.round(audio * 32767), -32768, 32767).astype("<i2")
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(SAMPLE_RATE)
        w.writeframes(pcm.tobytes())


def encode_opus(wav: Path, opus: Path) -> None:
    _run(
        [
            "ffmpeg",
            "-hide_banner",
            "-loglevel",
            "error",
            "-y",
            "-i",
            str(wav),
            "-map_metadata",
            "-1",
            "-fflags",
            "+bitexact",
            "-flags:a",
            "+bitexact",
            "-c:a",
            "libopus",
            "-b:a",
            OPUS_BITRATE,
            "-application",
            "voip",
            "-ac",
            "1",
            str(opus),
        ]
    )


def script_tsv(placed: list[Placed]) -> str:
    rows = ["index\tspeaker\tname\trole\tstart\tend\ttext"]
    for p in placed:
        v = VOICES[p.line.speaker]
        rows.append(
            f"{p.index}\t{v.speaker}\t{v.name}\t{v.role}\t{p.start:.3f}\t{p.end:.3f}\t{p.line.text}"
        )
    return "\n".join(rows) + "\n"


def rttm(placed: list[Placed]) -> str:
    return "".join(
        f"SPEAKER {FILE_ID} 1 {p.start:.3f} {p.end - p.start:.3f} <NA> <NA> {p.line.speaker} "
        "<NA> <NA>\n"
        for p in placed
    )


def exchanges_json(placed: list[Placed]) -> str:
    def text(indices: tuple[int, ...]) -> str:
        return " ".join(placed[i].line.text for i in indices)

    items = []
    for n, ex in enumerate(EXCHANGES):
        q, a = placed[ex.question[0]], placed[ex.answer[0]]
        items.append(
            {
                "id": n,
                "question_utterances": list(ex.question),
                "answer_utterances": list(ex.answer),
                "asker": q.line.speaker,
                "answerer": a.line.speaker,
                "start": round(q.start, 3),
                "end": round(placed[ex.answer[-1]].end, 3),
                "question": text(ex.question),
                "answer": text(ex.answer),
                "question_type": ex.question_type,
                "questions": list(ex.questions),
                "expected": ex.expected,
                "kind": ex.kind,
                "follows": ex.follows,
                "why": ex.why,
            }
        )
    return json.dumps(items, indent=2) + "\n"


def reference_text(placed: list[Placed]) -> str:
    """All utterances in order of start: the WER reference."""
    return " ".join(p.line.text for p in sorted(placed, key=lambda p: p.start))


def build(out_dir: Path, keep_wav: bool = True) -> list[Placed]:
    for tool in ("espeak-ng", "sox", "ffmpeg"):
        if shutil.which(tool) is None:
            raise SystemExit(f"error: {tool} not found on PATH (apt-get install {tool})")
    out_dir.mkdir(parents=True, exist_ok=True)
    placed = place()
    wav = out_dir / f"{FILE_ID}.wav"
    write_wav(wav, mix(placed))
    encode_opus(wav, out_dir / f"{FILE_ID}.opus")
    if not keep_wav:
        wav.unlink()
    (out_dir / f"{FILE_ID}.script.tsv").write_text(script_tsv(placed), encoding="utf-8")
    (out_dir / f"{FILE_ID}.rttm").write_text(rttm(placed), encoding="utf-8")
    (out_dir / f"{FILE_ID}.exchanges.json").write_text(exchanges_json(placed), encoding="utf-8")
    return placed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out-dir", type=Path, default=HERE)
    parser.add_argument("--no-wav", action="store_true", help="delete the intermediate WAV")
    args = parser.parse_args(argv)
    placed = build(args.out_dir, keep_wav=not args.no_wav)
    duration = max(p.end for p in placed)
    print(f"{len(placed)} utterances, {len(VOICES)} voices, {duration:.1f} s -> {args.out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
