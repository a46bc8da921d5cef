"""Full-text search across every hearing in the library (SQLite FTS5).

Analysts type plain words ("ICE contract"), phrases in double quotes, ``OR``/``NOT`` and a
trailing ``*`` for a prefix. Anything else FTS5 would read as syntax (``-``, ``:``, ``(``,
column filters) is quoted, so no query a person can type raises a syntax error.

Ranking: BM25 over the ``RANK_WINDOW`` most recently imported matches. Ranking every match of
a common word across a hundred 3-hour hearings costs hundreds of milliseconds; the window keeps
a query under ~50 ms and is exact whenever a query matches fewer turns than the window.
Snippets are cut in Python around the first matching word (FTS5's ``snippet()`` re-scans the
index per row, which cost ~2 ms a hit).

Analyst notes that match come first (few, and the analyst's own words for what mattered), then
turns (they carry the speaker and the time); an exchange is listed on its own only when its
words match across the question and the answer and no turn of it is listed. A note hit carries
its exchange's answerer and time; notes orphaned by a re-analysis are not searched.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

_TOKEN = re.compile(r'"([^"]*)"?|(\S+)')
_OPERATORS = {"OR", "NOT", "AND"}
SNIPPET_OPEN, SNIPPET_CLOSE = "\u00ab", "\u00bb"  # « »
RANK_WINDOW = 1000
SNIPPET_WORDS = 18
_SUFFIXES = ("ing", "ed", "es", "s", "ly")


@dataclass
class SearchHit:
    hearing_id: str
    title: str
    speaker_id: str
    speaker_name: str
    start: float
    end: float
    text: str  # the whole turn (or question — answer for an exchange hit)
    turn_id: int | None
    exchange_id: int | None
    snippet: str = ""  # the matching passage, matched words between « and »
    kind: str = "turn"  # "turn", "exchange" or "note" (then text is the analyst's note)


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _parse(text: str) -> list[tuple[str, str]]:
    """(kind, value) parts: ("phrase", p), ("word", w), ("prefix", w) or ("op", OR/NOT/AND)."""
    parts: list[tuple[str, str]] = []
    text = re.sub(r"[\x00-\x1f\x7f]", " ", text)  # FTS5 strings end at NUL
    for phrase, word in _TOKEN.findall(text):
        if phrase:
            if re.search(r"\w", phrase):
                parts.append(("phrase", phrase.strip()))
            continue
        if not word:
            continue
        if word in _OPERATORS:
            # An operator needs an operand on both sides.
            if parts and parts[-1][0] != "op":
                parts.append(("op", word))
            continue
        core = word.rstrip("*")
        if not re.search(r"\w", core):
            continue  # punctuation alone matches nothing and would be a syntax error
        parts.append(("prefix" if core != word else "word", core))
    while parts and parts[-1][0] == "op":
        parts.pop()
    return parts


def to_fts_query(text: str) -> str:
    """Turn what a person typed into a safe FTS5 query ("" when there is nothing to find)."""
    out = []
    for kind, value in _parse(text):
        if kind == "op":
            out.append(value)
        else:
            out.append(_quote(value) + ("*" if kind == "prefix" else ""))
    return " ".join(out)


def highlighter(text: str) -> re.Pattern[str] | None:
    """A pattern for the words worth highlighting (FTS5 already decided which rows match).

    Porter stemming is approximated by optional common suffixes; good enough for marking.
    """
    alternatives: list[str] = []
    parts = _parse(text)
    for i, (kind, value) in enumerate(parts):
        if kind == "op" or (i > 0 and parts[i - 1] == ("op", "NOT")):
            continue
        for word in re.findall(r"\w+", value.casefold()):
            if kind == "prefix":
                alternatives.append(re.escape(word) + r"\w*")
            else:
                alternatives.append(re.escape(_stem(word)) + r"(?:s|es|ed|ing|ly|e)?")
    if not alternatives:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", re.IGNORECASE)


def _stem(word: str) -> str:
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def make_snippet(text: str, pattern: re.Pattern[str] | None, width: int = SNIPPET_WORDS) -> str:
    """A window of ``width`` words around the first match, matched words in « »."""
    words = text.split()
    first = 0
    if pattern is not None:
        first = next((i for i, w in enumerate(words) if pattern.search(w)), 0)
    lo = max(0, min(first - width // 3, len(words) - width))
    hi = min(len(words), lo + width)
    shown = words[lo:hi]
    if pattern is not None:
        shown = [f"{SNIPPET_OPEN}{w}{SNIPPET_CLOSE}" if pattern.search(w) else w for w in shown]
    return ("…" if lo > 0 else "") + " ".join(shown) + ("…" if hi < len(words) else "")


def _ranked(conn: sqlite3.Connection, table: str, fts: str, limit: int) -> list[int]:
    rows = conn.execute(
        f"SELECT rowid, bm25({table}) FROM {table} WHERE {table} MATCH ? "
        f"ORDER BY rowid DESC LIMIT ?",
        (fts, RANK_WINDOW),
    ).fetchall()
    rows.sort(key=lambda r: (r[1], -r[0]))
    return [r[0] for r in rows[:limit]]


def _speaker_name(col: str) -> str:
    return f"""coalesce(
        (SELECT sa.name FROM speaker_annotations sa
         WHERE sa.hearing_pk = h.pk AND sa.speaker_id = {col} AND sa.name IS NOT NULL),
        (SELECT sp.proposed_name FROM speakers sp
         WHERE sp.hearing_pk = h.pk AND sp.id = {col} AND sp.proposed_name IS NOT NULL
         ORDER BY sp.seq LIMIT 1),
        {col})"""


def _in_list(n: int) -> str:
    return "(" + ",".join("?" * n) + ")"


def _note_hits(
    conn: sqlite3.Connection, fts: str, pattern: re.Pattern[str] | None, limit: int
) -> list[SearchHit]:
    rowids = _ranked(conn, "notes_fts", fts, limit)
    order = {r: i for i, r in enumerate(rowids)}
    rows = conn.execute(
        f"""
        SELECT a.rowid, h.id, h.title, e.answerer, {_speaker_name("e.answerer")},
               e.start_s, e.end_s, a.note, NULL, a.exchange_id
        FROM annotations a JOIN hearings h ON h.pk = a.hearing_pk
        JOIN exchanges e ON e.hearing_pk = a.hearing_pk AND e.id = a.exchange_id
        WHERE a.rowid IN {_in_list(len(rowids))}
          AND e.seq = (SELECT min(seq) FROM exchanges x
                       WHERE x.hearing_pk = a.hearing_pk AND x.id = a.exchange_id)
        """,
        rowids,
    ).fetchall()
    rows.sort(key=lambda r: order[r[0]])
    return [SearchHit(*r[1:], snippet=make_snippet(r[7], pattern), kind="note") for r in rows]


def search(conn: sqlite3.Connection, query: str, limit: int = 50) -> list[SearchHit]:
    fts = to_fts_query(query)
    if not fts or limit <= 0:
        return []
    pattern = highlighter(query)
    hits = _note_hits(conn, fts, pattern, limit)
    rowids = _ranked(conn, "turns_fts", fts, limit - len(hits))
    order = {r: i for i, r in enumerate(rowids)}
    rows = conn.execute(
        f"""
        SELECT t.rowid, h.pk, h.id, h.title, t.speaker, {_speaker_name("t.speaker")},
               t.start_s, t.end_s, t.text, t.id,
               (SELECT e.id FROM exchange_turns x JOIN exchanges e ON e.rowid = x.exchange_rowid
                WHERE x.hearing_pk = t.hearing_pk AND x.turn_id = t.id
                ORDER BY e.seq LIMIT 1)
        FROM turns t JOIN hearings h ON h.pk = t.hearing_pk
        WHERE t.rowid IN {_in_list(len(rowids))}
        """,
        rowids,
    ).fetchall()
    rows.sort(key=lambda r: order[r[0]])
    hits += [SearchHit(*r[2:11], snippet=make_snippet(r[8], pattern)) for r in rows]
    seen = {(r[1], r[10]) for r in rows if r[10] is not None}
    if len(hits) < limit:
        ex_rowids = _ranked(conn, "exchanges_fts", fts, limit)
        ex_order = {r: i for i, r in enumerate(ex_rowids)}
        ex_rows = conn.execute(
            f"""
            SELECT e.rowid, h.pk, h.id, h.title, e.answerer, {_speaker_name("e.answerer")},
                   e.start_s, e.end_s, e.question || ' — ' || e.answer, NULL, e.id
            FROM exchanges e JOIN hearings h ON h.pk = e.hearing_pk
            WHERE e.rowid IN {_in_list(len(ex_rowids))}
            """,
            ex_rowids,
        ).fetchall()
        ex_rows.sort(key=lambda r: ex_order[r[0]])
        for r in ex_rows:
            if (r[1], r[10]) in seen:
                continue
            hits.append(SearchHit(*r[2:11], snippet=make_snippet(r[8], pattern), kind="exchange"))
            if len(hits) >= limit:
                break
    return hits
