"""Keeping the analyst's verdicts and notes on the right exchange when a hearing is re-analysed.

Exchange ids are positions (1..n in time order), so a re-analysis that finds one more
question early on renumbers everything after it. Annotations are keyed by exchange id; left
alone, a note such as "dodged the ICE question" would silently move to another exchange. On
re-import the old and new exchanges are therefore aligned, and each annotation follows its
exchange:

1. the same question and answer (case, punctuation and spacing ignored); between repeats of
   the same words, the one closest in time;
2. otherwise the exchange that overlaps it most in time (at least half of the shorter of the
   two), whose question reads alike (word-level similarity ``MIN_SIMILARITY``; a different
   question asked at the same moment is not the same exchange) and, when the speaker ids of
   the two analyses can be related (exact matches tell which old speaker is which new one),
   asked and answered by the same people.

The alignment is one to one. An annotation that finds no exchange is never deleted and never
attached to another exchange: it is kept in ``orphaned_annotations`` with a snapshot of the
exchange it was made on, and a later import puts it back if that exchange reappears (tried
against every exchange that has no annotation, which also rescues a note whose exchange lost
a one-to-one tie to an unannotated look-alike).
"""

from __future__ import annotations

import bisect
import re
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from hearing.document import Exchange

MIN_OVERLAP = 0.5  # of the shorter of the two spans
MIN_SIMILARITY = 0.5  # difflib ratio over words
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Anchor:
    """What an annotation is about: an exchange's words, speakers and time."""

    question: str
    answer: str
    asker: str
    answerer: str
    start: float | None
    end: float | None

    @classmethod
    def of(cls, e: Exchange) -> Anchor:
        return cls(e.question, e.answer, e.asker, e.answerer, e.start, e.end)


@dataclass
class ImportReport:
    """What an import did to the analyst's exchange annotations."""

    hearing_id: str
    replaced: bool = False  # the hearing was already in the library
    kept: int = 0  # annotations whose exchange kept its id
    moved: int = 0  # annotations that followed their exchange to a new id
    orphaned: int = 0  # annotations whose exchange is gone (now in orphaned_annotations)
    rehomed: int = 0  # earlier orphans whose exchange reappeared


def words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def _text_key(a: Anchor) -> str:
    q, ans = " ".join(words(a.question)), " ".join(words(a.answer))
    return f"{q}\x00{ans}" if q or ans else ""


def _overlap(a: Anchor, b: Anchor) -> float:
    """Shared time as a fraction of the shorter span (0 without times)."""
    if None in (a.start, a.end, b.start, b.end):
        return 0.0
    shorter = min(a.end - a.start, b.end - b.start)
    if shorter <= 0:
        return 0.0
    return max(0.0, min(a.end, b.end) - max(a.start, b.start)) / shorter


def similarity(a: Anchor, b: Anchor) -> float:
    """How alike two exchanges read: the better of question-only and question+answer."""
    best = 0.0
    for x, y in (
        (a.question, b.question),
        (a.question + " " + a.answer, b.question + " " + b.answer),
    ):
        wx, wy = words(x), words(y)
        if wx and wy:
            m = SequenceMatcher(None, wx, wy, autojunk=False)
            if m.real_quick_ratio() > best and m.quick_ratio() > best:
                best = max(best, m.ratio())
    return best


def _speaker_map(old: Sequence[Anchor], new: Sequence[Anchor], pairs: dict[int, int]) -> dict:
    """Old speaker id -> new speaker id, where the matched exchanges agree (2/3 of votes)."""
    votes: dict[str, Counter] = defaultdict(Counter)
    for i, j in pairs.items():
        votes[old[i].asker][new[j].asker] += 1
        votes[old[i].answerer][new[j].answerer] += 1
    out = {}
    for sid, counter in votes.items():
        target, n = counter.most_common(1)[0]
        if n * 3 >= 2 * sum(counter.values()):
            out[sid] = target
    return out


def _same_speakers(a: Anchor, b: Anchor, speakers: dict) -> bool:
    return all(speakers.get(x, y) == y for x, y in ((a.asker, b.asker), (a.answerer, b.answerer)))


def _assign(cands: list[tuple], pairs: dict[int, int], free: set[int]) -> None:
    """Greedy one-to-one assignment of (sort key..., i, j) candidates, best first."""
    for *_, i, j in sorted(cands):
        if i not in pairs and j in free:
            pairs[i] = j
            free.discard(j)


def match(
    old: Sequence[Anchor | None],
    new: Sequence[Anchor],
    allowed: set[int] | None = None,
    speakers: dict[str, str] | None = None,
) -> tuple[dict[int, int], dict[str, str]]:
    """Index in ``old`` -> index in ``new`` (only ``allowed`` ones), one to one.

    ``speakers`` (old -> new speaker id) is what a time-overlap match must respect; None learns
    it from this call's exact matches. Returns the pairs and the speaker map used.
    """
    free = set(range(len(new))) if allowed is None else set(allowed)
    pairs: dict[int, int] = {}
    by_text: dict[str, list[int]] = defaultdict(list)
    for j in free:
        if key := _text_key(new[j]):
            by_text[key].append(j)
    cands: list[tuple] = []
    for i, a in enumerate(old):
        if a is not None and (key := _text_key(a)):
            for j in by_text.get(key, ()):
                b = new[j]
                far = abs(a.start - b.start) if None not in (a.start, b.start) else float("inf")
                cands.append((far, i, j))
    _assign(cands, pairs, free)
    if speakers is None:
        speakers = _speaker_map(old, new, pairs)
    # Time overlap: only exchanges starting between (start - longest new span) and end.
    timed = sorted((new[j].start, j) for j in free if None not in (new[j].start, new[j].end))
    starts = [s for s, _ in timed]
    longest = max((new[j].end - new[j].start for _, j in timed), default=0.0)
    cands = []
    for i, a in enumerate(old):
        if i in pairs or a is None or None in (a.start, a.end):
            continue
        lo = bisect.bisect_left(starts, a.start - longest)
        hi = bisect.bisect_left(starts, a.end)
        for _, j in timed[lo:hi]:
            b = new[j]
            share = _overlap(a, b)
            if share < MIN_OVERLAP or not _same_speakers(a, b, speakers):
                continue
            sim = similarity(a, b)
            if sim >= MIN_SIMILARITY:
                cands.append((-round(share, 2), -sim, i, j))
    _assign(cands, pairs, free)
    return pairs, speakers


# -- in the library ---------------------------------------------------------------------------
def read_exchanges(conn: sqlite3.Connection, pk: int) -> list[tuple[int, Anchor]]:
    """A hearing's exchanges as (id, anchor), in order; read before they are replaced."""
    return [
        (r[0], Anchor(*r[1:]))
        for r in conn.execute(
            "SELECT id, question, answer, asker, answerer, start_s, end_s FROM exchanges "
            "WHERE hearing_pk = ? ORDER BY seq",
            (pk,),
        )
    ]


@dataclass
class _Note:
    exchange_id: int
    verdict: str | None
    note: str
    author: str
    updated_at: str
    anchor: Anchor | None
    orphan_id: int | None = None  # row in orphaned_annotations, for earlier orphans


def reanchor(
    conn: sqlite3.Connection,
    pk: int,
    old: list[tuple[int, Anchor]],
    new: Sequence[Exchange],
    now: str,
    report: ImportReport,
) -> None:
    """Move the hearing's annotations from the ``old`` exchanges to the ``new`` ones."""
    fresh = [(e.id, Anchor.of(e)) for e in new]
    rows = conn.execute(
        "SELECT exchange_id, verdict, note, author, updated_at FROM annotations "
        "WHERE hearing_pk = ?",
        (pk,),
    ).fetchall()
    if old == fresh:  # the same exchanges: nothing moves, no orphan can match now either
        report.kept = len(rows)
        return
    anchors = [a for _, a in fresh]
    pairs, speakers = match([a for _, a in old], anchors)
    first = {}
    for i, (eid, _) in enumerate(old):
        first.setdefault(eid, i)
    new_ids = {eid for eid, _ in fresh}
    placed: dict[int, _Note] = {}
    homeless: list[_Note] = []
    for eid, verdict, note, author, updated_at in rows:
        i = first.get(eid)
        n = _Note(eid, verdict, note, author, updated_at, None if i is None else old[i][1])
        if i is None and eid not in new_ids:
            placed[eid] = n  # never had an exchange and still has none: leave it as it is
            continue
        j = pairs.get(i) if i is not None else None
        target = fresh[j][0] if j is not None else None
        if target is None or target in placed:
            homeless.append(n)
            continue
        placed[target] = n
        if target == eid:
            report.kept += 1
        else:
            report.moved += 1
    n_new_homeless = len(homeless)
    earlier = []
    for r in conn.execute(
        "SELECT id, exchange_id, verdict, note, author, updated_at, question, answer, asker, "
        "answerer, start_s, end_s FROM orphaned_annotations WHERE hearing_pk = ? ORDER BY id",
        (pk,),
    ):
        earlier.append(_Note(r[1], r[2], r[3], r[4], r[5], Anchor(*r[6:]), orphan_id=r[0]))
    homeless += earlier
    # Second chance against every exchange no annotation holds: first this analysis's
    # homeless notes (same speaker rules), then earlier orphans (their speaker ids come from
    # an older analysis and cannot be related, so only words and time decide).
    second: dict[int, int] = {}
    for lo, hi, spk in ((0, n_new_homeless, speakers), (n_new_homeless, len(homeless), {})):
        free = {j for j, (eid, _) in enumerate(fresh) if eid not in placed}
        found_now, _ = match([n.anchor for n in homeless[lo:hi]], anchors, free, spk)
        for k, j in sorted(found_now.items()):
            if fresh[j][0] not in placed:  # else a duplicate exchange id: the first keeps it
                placed[fresh[j][0]] = homeless[lo + k]
                second[lo + k] = j
    for k, j in second.items():
        target, n = fresh[j][0], homeless[k]
        if n.orphan_id is not None:
            report.rehomed += 1
            conn.execute("DELETE FROM orphaned_annotations WHERE id = ?", (n.orphan_id,))
        elif target == n.exchange_id:
            report.kept += 1
        else:
            report.moved += 1
    conn.execute("DELETE FROM annotations WHERE hearing_pk = ?", (pk,))
    conn.executemany(
        "INSERT INTO annotations (hearing_pk, exchange_id, verdict, note, author, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [(pk, eid, n.verdict, n.note, n.author, n.updated_at) for eid, n in placed.items()],
    )
    for k, n in enumerate(homeless[:n_new_homeless]):
        if k in second or (n.verdict is None and not n.note):
            continue  # an emptied annotation carries no work worth keeping
        a = n.anchor or Anchor("", "", "", "", None, None)
        conn.execute(
            "INSERT INTO orphaned_annotations (hearing_pk, exchange_id, verdict, note, author, "
            "updated_at, question, answer, asker, answerer, start_s, end_s, orphaned_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (pk, n.exchange_id, n.verdict, n.note, n.author, n.updated_at, a.question,
             a.answer, a.asker, a.answerer, a.start, a.end, now),
        )  # fmt: skip
        report.orphaned += 1
