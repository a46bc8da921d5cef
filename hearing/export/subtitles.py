"""SRT and WebVTT captions with speaker names.

One cue per turn; a long turn is split at sentence boundaries (then at word boundaries for a
very long sentence) so no cue runs much past ``MAX_CUE_S`` seconds or two lines of
``LINE_CHARS`` characters. Cue times come from the words' own times when the document has
them for the turn, else from the turn's span shared out by character count.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass

from hearing.document import Turn
from hearing.export.view import DocumentView, one_line, turn_words

MAX_CUE_S = 7.0
LINE_CHARS = 42
MAX_CHARS = 2 * LINE_CHARS
_SENTENCE_END = re.compile(r"(?<=[.?!…])[\"')\]]*$")


@dataclass
class Cue:
    start: float
    end: float
    speaker: str
    text: str
    words: list[tuple[float, str]]  # (start, word) for VTT's inline word timestamps


def _fits(tokens: list[str], times: list[tuple[float, float]], a: int, b: int) -> bool:
    chars = len(" ".join(tokens[a:b]))
    return b - a == 1 or (chars <= MAX_CHARS and times[b - 1][1] - times[a][0] <= MAX_CUE_S)


def _split_sentence(
    tokens: list[str], times: list[tuple[float, float]], a: int, b: int
) -> list[tuple[int, int]]:
    """A too-long sentence cut at words into the fewest, most even pieces that fit."""
    greedy: list[tuple[int, int]] = []
    start = a
    while start < b:
        end = start + 1
        while end < b and _fits(tokens, times, start, end + 1):
            end += 1
        greedy.append((start, end))
        start = end
    n = len(greedy)
    if n == 1:
        return greedy
    # Even out: cut where the running character count crosses k/n of the sentence.
    sizes = [len(tokens[i]) + 1 for i in range(a, b)]
    total, cuts, run = sum(sizes), [a], 0
    for i in range(a, b):
        run += sizes[i - a]
        if len(cuts) < n and run >= total * len(cuts) / n and i + 1 < b:
            cuts.append(i + 1)
    cuts.append(b)
    even = list(zip(cuts, cuts[1:], strict=False))
    if len(even) == n and all(x < y and _fits(tokens, times, x, y) for x, y in even):
        return even
    return greedy


def _chunks(tokens: list[str], times: list[tuple[float, float]]) -> list[tuple[int, int]]:
    """Spans of tokens: sentences packed greedily within the time and length limits."""
    sentences, start = [], 0
    for i, tok in enumerate(tokens):
        if _SENTENCE_END.search(tok) or i == len(tokens) - 1:
            sentences.append((start, i + 1))
            start = i + 1
    pieces: list[tuple[int, int]] = []
    for a, b in sentences:
        pieces += _split_sentence(tokens, times, a, b)
    packed: list[tuple[int, int]] = []
    for a, b in pieces:
        if packed:
            pa, _ = packed[-1]
            chars = len(" ".join(tokens[pa:b]))
            if chars <= MAX_CHARS and times[b - 1][1] - times[pa][0] <= MAX_CUE_S:
                packed[-1] = (pa, b)
                continue
        packed.append((a, b))
    return packed


def _token_times(view: DocumentView, turn: Turn, tokens: list[str]) -> list[tuple[float, float]]:
    words = turn_words(view.doc, turn)
    if len(words) == len(tokens):
        return [(w.start, max(w.end, w.start)) for w in words]
    total = sum(len(t) + 1 for t in tokens) or 1
    span, pos, out = max(turn.end - turn.start, 0.0), 0, []
    for tok in tokens:
        a = turn.start + span * pos / total
        pos += len(tok) + 1
        out.append((a, turn.start + span * (pos - 1) / total))
    return out


def cues(view: DocumentView) -> list[Cue]:
    out: list[Cue] = []
    for turn in view.turns:
        tokens = one_line(turn.text).split()
        if not tokens:
            continue
        times = _token_times(view, turn, tokens)
        for a, b in _chunks(tokens, times):
            start = times[a][0] if a else turn.start
            end = times[b - 1][1] if b < len(tokens) else max(turn.end, times[b - 1][1])
            out.append(
                Cue(
                    start,
                    max(end, start + 0.001),
                    view.name(turn.speaker),
                    " ".join(tokens[a:b]),
                    [(times[i][0], tokens[i]) for i in range(a, b)],
                )
            )
    return out


def _wrap(text: str) -> list[str]:
    lines = textwrap.wrap(text, LINE_CHARS, break_long_words=False, break_on_hyphens=False)
    if len(lines) > 2:  # a cue of <= MAX_CHARS may still wrap to 3: rebalance into two
        half = len(text) // 2
        cut = text.rfind(" ", 0, half + 1)
        cut = cut if cut > 0 else text.find(" ", half)
        lines = [text[:cut], text[cut + 1 :]] if cut > 0 else [text]
    return lines


def _stamp(seconds: float, sep: str) -> str:
    ms = max(0, round(seconds * 1000))
    h, ms = divmod(ms, 3_600_000)
    m, ms = divmod(ms, 60_000)
    s, ms = divmod(ms, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}{sep}{ms:03d}"


def render_srt(view: DocumentView) -> str:
    blocks = []
    for n, cue in enumerate(cues(view), start=1):
        text = cue.text.replace("-->", "->")
        lines = _wrap(f"{cue.speaker.replace('-->', '->')}: {text}")
        blocks.append(
            f"{n}\n{_stamp(cue.start, ',')} --> {_stamp(cue.end, ',')}\n" + "\n".join(lines)
        )
    return "\n\n".join(blocks) + "\n" if blocks else ""


def _vtt_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_vtt(view: DocumentView) -> str:
    out = ["WEBVTT", ""]
    title = one_line(view.title).replace("-->", "->")
    if title:
        out[0] = f"WEBVTT - {title}"
    for n, cue in enumerate(cues(view), start=1):
        voice = _vtt_escape(cue.speaker)
        if view.word_timing and len(cue.words) > 1:
            body = _vtt_escape(cue.words[0][1])
            for t, w in cue.words[1:]:
                body += f" <{_stamp(t, '.')}>{_vtt_escape(w)}"
            lines = [body]
        else:
            lines = [_vtt_escape(line) for line in _wrap(cue.text)]
        out.append(f"{n}")
        out.append(f"{_stamp(cue.start, '.')} --> {_stamp(cue.end, '.')}")
        out.append(f"<v {voice}>" + "\n".join(lines))
        out.append("")
    return "\n".join(out)
