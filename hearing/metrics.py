"""Accuracy figures against references: WER, DER and word-to-speaker attribution.

Shared by the tests and the benchmarks so both measure the same thing. jiwer and
pyannote.metrics are development dependencies, imported only here.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from hearing.document import SpeakerSegment, Word

_ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen \
fifteen sixteen seventeen eighteen nineteen".split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def _number_words(n: int) -> str:
    if n < 20:
        return _ONES[n]
    if n < 100:
        return _TENS[n // 10] + ("" if n % 10 == 0 else " " + _ONES[n % 10])
    if n < 1000:
        rest = n % 100
        return _ONES[n // 100] + " hundred" + ("" if rest == 0 else " " + _number_words(rest))
    if 2000 <= n < 2100 or 1100 <= n < 2000:  # years read as "twenty nineteen"
        hi, lo = divmod(n, 100)
        if lo == 0:
            return _number_words(hi) + " hundred"
        return _number_words(hi) + (" oh " if lo < 10 else " ") + _number_words(lo)
    thousands, rest = divmod(n, 1000)
    return _number_words(thousands) + " thousand" + ("" if rest == 0 else " " + _number_words(rest))


def normalize(text: str) -> str:
    """Lower-case, digits spelt out, punctuation and hyphens removed, spaces collapsed."""
    text = text.lower().replace("%", " percent")
    text = re.sub(r"(?<=\d),(?=\d{3})", "", text)
    text = re.sub(r"\d+", lambda m: " " + _number_words(int(m.group())) + " ", text)
    text = re.sub(
        r"\b(mr|mrs|ms|dr)\.", lambda m: {"mr": "mister"}.get(m.group(1), m.group(1)), text
    )
    text = re.sub(r"[-–—/]", " ", text)
    text = re.sub(r"[^a-z' ]+", " ", text).replace("'", "")
    return " ".join(text.split())


def wer(reference: str, hypothesis: str) -> float:
    import jiwer

    return float(jiwer.wer(normalize(reference), normalize(hypothesis)))


@dataclass
class RefUtterance:
    speaker: str
    start: float
    end: float
    text: str


def read_script(path: str | Path) -> list[RefUtterance]:
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    return [RefUtterance(r["speaker"], float(r["start"]), float(r["end"]), r["text"]) for r in rows]


def read_rttm(path: str | Path, uri: str | None = None) -> list[SpeakerSegment]:
    out = []
    for line in Path(path).read_text().splitlines():
        parts = line.split()
        if len(parts) >= 8 and parts[0] == "SPEAKER" and (uri is None or parts[1] == uri):
            start, dur = float(parts[3]), float(parts[4])
            out.append(SpeakerSegment(start, start + dur, parts[7]))
    return out


def _annotation(segments: Sequence[SpeakerSegment]):
    from pyannote.core import Annotation, Segment

    ann = Annotation()
    for i, s in enumerate(segments):
        if s.end > s.start:
            ann[Segment(s.start, s.end), i] = s.speaker
    return ann


def der(
    reference: Sequence[SpeakerSegment], hypothesis: Sequence[SpeakerSegment], collar=0.25
) -> float:
    from pyannote.metrics.diarization import DiarizationErrorRate

    metric = DiarizationErrorRate(collar=collar, skip_overlap=False)
    return float(metric(_annotation(reference), _annotation(hypothesis)))


def speaker_mapping(reference: Sequence[RefUtterance], words: Sequence[Word]) -> dict[str, str]:
    """Optimal one-to-one map from hypothesis speakers to reference speakers (by word count)."""
    from scipy.optimize import linear_sum_assignment

    refs = sorted({u.speaker for u in reference})
    hyps = sorted({w.speaker for w in words})
    counts = [[0] * len(refs) for _ in hyps]
    for w in words:
        ref = reference_speaker(reference, (w.start + w.end) / 2)
        if ref is not None:
            counts[hyps.index(w.speaker)][refs.index(ref)] += 1
    rows, cols = linear_sum_assignment([[-c for c in row] for row in counts])
    return {hyps[r]: refs[c] for r, c in zip(rows, cols, strict=True)}


def reference_speaker(reference: Sequence[RefUtterance], t: float) -> str | None:
    """The single reference speaker at time t (None in silence or overlap)."""
    active = [u.speaker for u in reference if u.start <= t <= u.end]
    return active[0] if len(set(active)) == 1 else None


def attribution_accuracy(reference: Sequence[RefUtterance], words: Sequence[Word]) -> float:
    """Share of words (outside overlaps) given to the right speaker after optimal mapping."""
    mapping = speaker_mapping(reference, words)
    judged = right = 0
    for w in words:
        ref = reference_speaker(reference, (w.start + w.end) / 2)
        if ref is None:
            continue
        judged += 1
        right += mapping.get(w.speaker) == ref
    return right / judged if judged else 0.0
