"""Align: give every word exactly one speaker, then build speaker turns from words.

Pure functions, no models. Two sources disagree at turn boundaries: Whisper's word times
drift by a few hundred milliseconds and the diarizer's change points are smeared by its
sliding window. Plain max-overlap assignment therefore hands boundary words ("Yes.",
"Senator,") to the wrong speaker and cuts sentences in two. The correction here trusts
Whisper's sentence punctuation: a sentence keeps one speaker unless the diarizer gives
real evidence of a change inside it (a run of several words lasting over a second).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from hearing.document import SpeakerSegment, Turn, Word

DEFAULT_SPEAKER = "S1"
_SENTENCE_END = re.compile(r"[.?!…][\"')\]]*$")


@dataclass(frozen=True)
class AlignOptions:
    # A run of words inside a sentence counts as a real speaker change only if it is at least
    # this long in words AND seconds; shorter runs are timing jitter at a boundary.
    min_run_words: int = 3
    min_run_seconds: float = 1.0
    # A word further than this from every segment keeps its neighbour's speaker.
    max_gap: float = 1.0


def _overlap(a0: float, a1: float, b0: float, b1: float) -> float:
    return max(0.0, min(a1, b1) - max(a0, b0))


def assign_by_overlap(
    words: Sequence[Word], segments: Sequence[SpeakerSegment], max_gap: float = 1.0
) -> list[str]:
    """Speaker per word: most overlapping segment, else the nearest within ``max_gap``."""
    if not segments:
        return [DEFAULT_SPEAKER] * len(words)
    segs = sorted(segments, key=lambda s: (s.start, s.end))
    starts = [s.start for s in segs]
    out: list[str] = []
    previous: str | None = None
    for w in words:
        lo, hi = min(w.start, w.end), max(w.start, w.end)
        i = bisect.bisect_right(starts, hi)
        best, best_ov, best_dist, nearest = None, 0.0, float("inf"), None
        # Segments are exclusive, so only a few before the word's end can overlap it.
        for seg in segs[max(0, i - 8) : i + 1]:
            ov = _overlap(lo, hi, seg.start, seg.end)
            if ov > best_ov:
                best, best_ov = seg.speaker, ov
            dist = max(seg.start - hi, lo - seg.end, 0.0)
            if dist < best_dist:
                best_dist, nearest = dist, seg.speaker
        if best is None:
            if nearest is not None and best_dist <= max_gap:
                best = nearest
            else:
                best = previous or nearest or DEFAULT_SPEAKER
        out.append(best)
        previous = best
    return out


def sentence_spans(words: Sequence[Word]) -> list[tuple[int, int]]:
    """Half-open word spans of sentences, split after words ending in . ? ! …"""
    spans: list[tuple[int, int]] = []
    start = 0
    for i, w in enumerate(words):
        if _SENTENCE_END.search(w.text):
            spans.append((start, i + 1))
            start = i + 1
    if start < len(words):
        spans.append((start, len(words)))
    return spans


def _runs(labels: Sequence[str], lo: int, hi: int) -> list[tuple[int, int, str]]:
    runs: list[tuple[int, int, str]] = []
    i = lo
    while i < hi:
        j = i
        while j < hi and labels[j] == labels[i]:
            j += 1
        runs.append((i, j, labels[i]))
        i = j
    return runs


def correct_boundaries(
    words: Sequence[Word], labels: Sequence[str], options: AlignOptions = AlignOptions()
) -> list[str]:
    """Fold short speaker runs inside a sentence into the sentence's dominant speaker."""
    fixed = list(labels)
    for lo, hi in sentence_spans(words):
        runs = _runs(fixed, lo, hi)
        if len(runs) < 2:
            continue

        def strong(run: tuple[int, int, str]) -> bool:
            a, b, _ = run
            seconds = words[b - 1].end - words[a].start
            return b - a >= options.min_run_words and seconds >= options.min_run_seconds

        weight: dict[str, float] = {}
        for a, b, spk in runs:
            weight[spk] = weight.get(spk, 0.0) + sum(
                max(words[k].end - words[k].start, 0.01) for k in range(a, b)
            )
        dominant = max(weight, key=weight.__getitem__)  # ties: the earlier speaker
        for idx, run in enumerate(runs):
            a, b, spk = run
            if spk == dominant or strong(run):
                continue
            # A weak run takes the speaker of its strong neighbour inside the sentence,
            # preferring the one it touches in time; failing that, the dominant speaker.
            neighbours = [runs[k] for k in (idx - 1, idx + 1) if 0 <= k < len(runs)]
            target = dominant
            for nb in neighbours:
                if strong(nb) or nb[2] == dominant:
                    target = nb[2]
                    break
            for k in range(a, b):
                fixed[k] = target
    return fixed


_ANSWER_OPENERS = frozenset(
    "yes yeah yep no nope correct right sure absolutely certainly indeed exactly not".split()
)


def _first_token(word: Word) -> str:
    return word.text.strip(" ,.?!;:\"'").lower()


def attach_answer_particles(
    words: Sequence[Word], labels: Sequence[str], options: AlignOptions = AlignOptions()
) -> list[str]:
    """Give a short "Yes." / "No, senator." right after a question to the one who answers.

    When the diarizer's change point lags behind the real one, a one-word answer lands in
    the asker's segment. Evidence for moving it: it follows a question, it opens with an
    answer particle, and the next sentence belongs to another speaker.
    """
    fixed = list(labels)
    spans = sentence_spans(words)
    for k in range(1, len(spans) - 1):
        (_, phi), (lo, hi), (nlo, _) = spans[k - 1], spans[k], spans[k + 1]
        short = hi - lo < options.min_run_words or (
            words[hi - 1].end - words[lo].start < options.min_run_seconds
        )
        if not short or _first_token(words[lo]) not in _ANSWER_OPENERS:
            continue
        asker, nxt = fixed[phi - 1], fixed[nlo]
        follows_question = words[phi - 1].text.rstrip("\"')").endswith("?")
        if follows_question and nxt != asker and all(fixed[i] == asker for i in range(lo, hi)):
            for i in range(lo, hi):
                fixed[i] = nxt
    return fixed


def assign_speakers(
    words: Sequence[Word],
    segments: Sequence[SpeakerSegment],
    options: AlignOptions = AlignOptions(),
) -> list[Word]:
    """Return copies of ``words`` in time order, each with exactly one speaker."""
    ordered = sorted(words, key=lambda w: (w.start, w.end))
    labels = assign_by_overlap(ordered, segments, options.max_gap)
    labels = correct_boundaries(ordered, labels, options)
    labels = attach_answer_particles(ordered, labels, options)
    return [replace(w, speaker=spk) for w, spk in zip(ordered, labels, strict=True)]


def join_words(words: Sequence[Word]) -> str:
    return " ".join(w.text.strip() for w in words if w.text.strip())


def build_turns(words: Sequence[Word], max_pause: float = 8.0) -> list[Turn]:
    """Consecutive words of one speaker form a turn; a long pause starts a new turn too."""
    turns: list[Turn] = []
    start = 0
    for i in range(1, len(words) + 1):
        if (
            i == len(words)
            or words[i].speaker != words[start].speaker
            or words[i].start - words[i - 1].end > max_pause
        ):
            span = words[start:i]
            turns.append(
                Turn(
                    id=len(turns),
                    speaker=span[0].speaker,
                    start=span[0].start,
                    end=max(w.end for w in span),
                    text=join_words(span),
                    word_start=start,
                    word_end=i,
                )
            )
            start = i
    return turns
