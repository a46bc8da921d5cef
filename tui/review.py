"""The review state of one open hearing: what the screens show, kept apart from Textual.

Screens ask this object questions (which exchanges are in the queue under these filters?
which is the next unreviewed flag? where does "budget" occur?) and tell it what the
analyst changed after the store has saved it. Keeping it free of widgets makes the rules
testable on their own and keeps per-key work to dictionary lookups, which is what keeps
a 1,500-turn hearing responsive.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from hearing.document import Annotation, Exchange, HearingDocument, Turn
from hearing.document import sign_name as document_sign_name
from hearing.evasion.reasons import ANSWERING_KINDS, NOTED_SIGNS

FLAG_LABELS = ("evasive", "partial")
LABEL_FILTERS = ("flagged", "evasive", "partial", "answered", "all")
STATUS_FILTERS = ("any", "unreviewed", "reviewed")
ANY_SIGN = "Any sign of evasion"


def sign_name(kind: str) -> str:
    """What the queue, its notifications and the palette call a sign ("" = any)."""
    return document_sign_name(kind) if kind else ANY_SIGN


SEVERITY_ORDER = {"evasive": 2, "partial": 1, "answered": 0}


@dataclass(frozen=True)
class Filters:
    """What the flag queue shows: a label group, one speaker (answerer) or all, a status,
    and one sign of evasion (a reason kind that raised the score) or any."""

    label: str = "flagged"
    speaker: str = ""  # "" = every speaker
    status: str = "any"
    sign: str = ""  # "" = any reason


@dataclass(frozen=True)
class Match:
    """One search hit: ``turn_index`` into ``doc.turns`` and a character span of its text."""

    turn_index: int
    start: int
    end: int


@dataclass
class ReviewState:
    doc: HearingDocument
    hearing_id: str = ""
    exchanges: dict[int, Exchange] = field(init=False)
    annotations: dict[int, Annotation] = field(init=False)
    turn_index: dict[int, int] = field(init=False)
    turn_exchange: dict[int, int] = field(init=False)  # turn index -> exchange id
    answer_turns: set[int] = field(init=False)  # turn indices that answer a question

    def __post_init__(self) -> None:
        self.exchanges = {ex.id: ex for ex in self.doc.exchanges}
        self.annotations = {a.exchange_id: a for a in self.doc.annotations}
        self.turn_index = {t.id: i for i, t in enumerate(self.doc.turns)}
        self.turn_exchange = {}
        self.answer_turns = set()
        for ex in self.doc.exchanges:
            for tid in ex.question_turns:
                if tid in self.turn_index:
                    self.turn_exchange.setdefault(self.turn_index[tid], ex.id)
            for tid in ex.answer_turns:
                if tid in self.turn_index:
                    self.turn_exchange[self.turn_index[tid]] = ex.id
                    self.answer_turns.add(self.turn_index[tid])

    # -- questions -----------------------------------------------------------------------
    def verdict(self, exchange_id: int) -> str | None:
        ann = self.annotations.get(exchange_id)
        return ann.verdict if ann else None

    def note(self, exchange_id: int) -> str:
        ann = self.annotations.get(exchange_id)
        return ann.note if ann else ""

    def is_flagged(self, ex: Exchange) -> bool:
        """Flagged by the scorer (evasive/partial) or by hand (verdict "flagged")."""
        return ex.label in FLAG_LABELS or self.verdict(ex.id) == "flagged"

    def is_reviewed(self, exchange_id: int) -> bool:
        return self.verdict(exchange_id) is not None

    def severity(self, ex: Exchange) -> str:
        """How the transcript colours an answer: dismissed flags fade to plain."""
        verdict = self.verdict(ex.id)
        if verdict == "dismissed":
            return "answered"
        if verdict == "flagged" and ex.label not in FLAG_LABELS:
            return "partial"
        return ex.label

    def queue(self, filters: Filters) -> list[Exchange]:
        """Exchanges the queue shows, most evasive first (ties: earliest first)."""
        rows = []
        for ex in self.doc.exchanges:
            if filters.label == "flagged" and not self.is_flagged(ex):
                continue
            if filters.label in ("evasive", "partial", "answered") and ex.label != filters.label:
                continue
            if filters.speaker and ex.answerer != filters.speaker:
                continue
            if filters.sign and filters.sign not in _signs(ex):
                continue
            reviewed = self.is_reviewed(ex.id)
            if filters.status == "unreviewed" and reviewed:
                continue
            if filters.status == "reviewed" and not reviewed:
                continue
            rows.append(ex)
        rows.sort(key=lambda ex: (-ex.score, ex.id))
        return rows

    def next_unreviewed(self, order: list[Exchange], current: int | None, step: int) -> int | None:
        """The next (step=1) or previous (step=-1) flagged, unreviewed exchange in ``order``.

        Wraps around; ``None`` when there is none left.
        """
        if not order:
            return None
        ids = [ex.id for ex in order]
        pos = ids.index(current) if current in ids else (-1 if step > 0 else len(ids))
        n = len(ids)
        for k in range(1, n + 1):
            i = (pos + step * k) % n
            ex = order[i]
            if self.is_flagged(ex) and not self.is_reviewed(ex.id):
                return ex.id
        return None

    def speaker_ids(self) -> list[str]:
        return [s.id for s in self.doc.speakers]

    def sign_kinds(self) -> list[str]:
        """Signs of evasion found in this hearing, the most frequent first."""
        counts: dict[str, int] = {}
        for ex in self.doc.exchanges:
            for kind in _signs(ex):
                counts[kind] = counts.get(kind, 0) + 1
        return sorted(counts, key=lambda k: (-counts[k], k))

    def counts(self) -> tuple[int, int]:
        """(flagged, reviewed) over the whole hearing, as the library counts them.

        Flagged excludes dismissed flags (the analyst said they were answered).
        """
        flagged = sum(
            1
            for ex in self.doc.exchanges
            if self.is_flagged(ex) and self.verdict(ex.id) != "dismissed"
        )
        reviewed = sum(1 for ex in self.doc.exchanges if self.is_reviewed(ex.id))
        return flagged, reviewed

    def turn_of(self, exchange_id: int, part: str = "question") -> int | None:
        """Index of the first question (or answer) turn of an exchange."""
        ex = self.exchanges.get(exchange_id)
        if ex is None:
            return None
        ids = ex.question_turns if part == "question" else ex.answer_turns
        for tid in ids or ex.answer_turns or ex.question_turns:
            if tid in self.turn_index:
                return self.turn_index[tid]
        return None

    def search(self, query: str) -> list[Match]:
        """Case-insensitive, non-overlapping occurrences of ``query`` in turn texts, in order."""
        needle = query.casefold()
        if not needle.strip():
            return []
        found: list[Match] = []
        for i, turn in enumerate(self.doc.turns):
            hay = turn.text.casefold()
            # casefold can change length (ß -> ss); fall back to lower() spans then.
            if len(hay) != len(turn.text):
                hay = turn.text.lower()
            start = hay.find(needle)
            while start != -1:
                found.append(Match(i, start, start + len(needle)))
                start = hay.find(needle, start + len(needle))
        return found

    # -- changes (already saved by the store; mirrored here) ------------------------------
    def _annotation(self, exchange_id: int) -> Annotation:
        ann = self.annotations.get(exchange_id)
        if ann is None:
            ann = Annotation(exchange_id=exchange_id)
            self.annotations[exchange_id] = ann
            self.doc.annotations.append(ann)
        return ann

    def set_verdict(self, exchange_id: int, verdict: str | None) -> None:
        self._annotation(exchange_id).verdict = verdict

    def set_note(self, exchange_id: int, note: str) -> None:
        self._annotation(exchange_id).note = note

    def rename_speaker(self, speaker_id: str, name: str | None) -> None:
        """An empty name returns to the detected (proposed) name, as the store does."""
        self.doc.speaker(speaker_id).name = (name or "").strip() or None

    def set_role(self, speaker_id: str, role: str) -> None:
        speaker = self.doc.speaker(speaker_id)
        speaker.role = role
        speaker.role_source = "analyst"

    def turn(self, index: int) -> Turn:
        return self.doc.turns[index]


def _signs(ex: Exchange) -> set[str]:
    """Reason kinds that raised this exchange's score (its "signs of evasion"), and the
    asker's press, which moves no score but is one (``NOTED_SIGNS``); a reason that says
    the answer answers is never one (``ANSWERING_KINDS``)."""
    return {
        r.kind
        for r in ex.reasons
        if (r.weight > 0 or r.kind in NOTED_SIGNS) and r.kind not in ANSWERING_KINDS
    }
