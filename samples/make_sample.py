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
from dataclasses import dataclass
from pathlib import Path

import numpy as np

SAMPLE_RATE = 16_000
FILE_ID = "hearing"
HERE = Path(__file__).resolve().parent
OPUS_BITRATE = "32k"
NOISE_DBFS = -60.0
SEED = 20_240_611

sys.path.insert(0, str(HERE))  # run as a script or loaded by path: the script sits beside us
from hearing_script import EXCHANGES, SCRIPT, VOICES, Line  # noqa: E402


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
