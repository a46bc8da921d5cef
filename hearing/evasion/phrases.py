"""Finding and quoting the phrase lists' matches (``lexicon``) in an answer.

Every list is scanned over each answer, so the scan skips a pattern whose required text is
absent; a match is quoted back from the words as said, so a reason can be checked.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from hearing.evasion.lexicon import STOPWORDS


def _parsed(pat: re.Pattern[str]) -> tuple[list, Any] | None:
    """``pat``'s parse (items, and the module of its op codes), or None where the shortcuts
    below cannot be read: a case-folded pattern, or no private ``re`` parser."""
    if pat.flags & re.IGNORECASE:
        return None
    try:
        from re import _constants as c  # type: ignore[attr-defined]
        from re import _parser

        return list(_parser.parse(pat.pattern, pat.flags)), c
    except Exception:  # noqa: BLE001 - a private module: without it, simply no shortcut
        return None


@cache
def _required_literal(pat: re.Pattern[str]) -> str | None:
    """The longest text every match of ``pat`` must contain, or None.

    ``\\bmaybe\\b`` scans slowly (no literal prefix for the engine to jump to); testing
    ``"maybe" in text`` first skips most of the ~100 scans per answer, with the same result.
    """
    parsed = _parsed(pat)
    if parsed is None:
        return None
    items, c = parsed
    runs, run = [], ""
    for op, arg in items:
        if op is c.LITERAL:
            run += chr(arg)
        elif op is not c.AT:  # a word boundary consumes nothing: the run goes on
            runs.append(run)
            run = ""
    runs.append(run)
    return max(runs, key=len) or None


@cache
def _required_any(pat: re.Pattern[str]) -> tuple[str, ...] | None:
    """Texts one of which every match of ``pat`` must contain, or None.

    Most phrase patterns open on an alternation (``\b(?:customers|partners|...)``), which
    has no single required text; a match must still contain one branch's opening letters,
    and testing those with ``in`` first skips most patterns for most answers.
    """
    parsed = _parsed(pat)
    if parsed is None:
        return None
    items, c = parsed
    for op, arg in items:
        if op is c.AT or (op is c.MAX_REPEAT and arg[0] == 0):
            continue  # a word boundary, or an optional part: the next part is required
        if op is c.SUBPATTERN and len(arg[3]) == 1 and not arg[1]:  # no inline "(?i:"
            op, arg = arg[3][0]
        if op is c.BRANCH:
            out = []
            for branch in arg[1]:
                run = ""
                for bop, barg in branch:
                    if bop is not c.LITERAL:
                        break
                    run += chr(barg)
                if not run:
                    return None
                out.append(run)
            return tuple(out)
        return None
    return None


def scan(patterns: list[re.Pattern[str]], text: str) -> tuple[int, tuple[int, int] | None]:
    """How many phrases all patterns find in ``text``, and the span of the earliest one.
    Matches that overlap count once: "We are fully committed to" is one pivot, though the
    pronoun, "fully committed to" and any-subject patterns each find it."""
    spans: list[tuple[int, int]] = []
    for pat in patterns:
        lit = _required_literal(pat)
        if lit is not None and lit not in text:
            continue
        anyof = _required_any(pat)
        if anyof is not None and not any(a in text for a in anyof):
            continue
        spans.extend(m.span() for m in pat.finditer(text))
    if not spans:
        return 0, None
    spans.sort(key=lambda s: (s[0], -s[1]))
    count, reach = 0, -1
    for start, end in spans:
        if start >= reach:  # a phrase apart from those counted
            count += 1
        reach = max(reach, end)
    return count, spans[0]


def find_first(
    patterns: list[re.Pattern[str]], text: str, said: str | None = None, extend: int = 0
) -> str | None:
    """The first phrase matched by any pattern, quoted from ``said`` (same text, original
    case) when given, plus up to ``extend`` following words ("a variety of" -> "a variety
    of government agencies")."""
    return quote(scan(patterns, text)[1], text, said, extend)


def quote(
    best: tuple[int, int] | None, text: str, said: str | None = None, extend: int = 0
) -> str | None:
    """The phrase at span ``best`` of ``text`` (see ``find_first``)."""
    if best is None:
        return None
    start, end = best
    if extend:
        tail = re.match(rf"(?:\s+[A-Za-z][\w'-]*){{0,{extend}}}", text[end:])
        if tail:
            words = tail.group(0).split()
            keep = []
            for w in words:  # stop at a function word: "agencies as the law" -> "agencies"
                if w in STOPWORDS:
                    break
                keep.append(w)
            if keep:
                end += text[end:].find(keep[-1]) + len(keep[-1])
    source = said if said is not None and len(said) == len(text) else text
    return source[start:end]


def quote_words(words: str, text: str, said: str | None = None) -> str:
    """``words`` (lower-cased, punctuation dropped) as ``said`` has them, found in ``text``
    (its lower-cased form): "residents businesses and" -> "residents, businesses and"."""
    m = re.search(r"\W+".join(map(re.escape, words.split())), text)
    return quote(m.span(), text, said) if m else words


def words_around(span: tuple[int, int], text: str, before: int = 2, after: int = 3) -> str:
    """The words of ``text`` at ``span`` with a few either side: "in March 2019 and"."""
    start, end = span
    left = re.search(rf"(?:\S+\s+){{0,{before}}}\S*$", text[:start])
    right = re.match(rf"\S*(?:\s+\S+){{0,{after}}}", text[end:])
    left_text = left.group(0) if left else ""
    right_text = right.group(0) if right else ""
    return (left_text + text[start:end] + right_text).strip(" ,.;:!?\"'")


def count_all(patterns: list[re.Pattern[str]], text: str) -> int:
    return scan(patterns, text)[0]
