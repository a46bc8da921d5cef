"""What the library hands back: a hearing's line in the list, the analyst's work on one
hearing, and an orphaned verdict or note. Plain records, so the CLI and the app word them
alike."""

from __future__ import annotations

from dataclasses import dataclass

from hearing.store.anchoring import Anchor


@dataclass
class HearingSummary:
    id: str
    title: str
    source_path: str
    duration: float
    n_turns: int
    n_exchanges: int
    n_flagged: int
    n_reviewed: int
    created_at: str
    imported_at: str = ""
    n_orphaned: int = 0  # analyst annotations whose exchange a re-analysis dropped


@dataclass(frozen=True)
class AnalystWork:
    """The analyst's own entries on one hearing, counted by kind, so that removing it can
    say what goes ("2 verdicts, 1 note and 1 speaker name") rather than a bare total."""

    verdicts: int = 0
    notes: int = 0
    orphaned: int = 0  # verdicts and notes whose exchange a re-analysis dropped
    names: int = 0
    roles: int = 0

    @property
    def total(self) -> int:
        return self.verdicts + self.notes + self.orphaned + self.names + self.roles

    def __bool__(self) -> bool:
        return self.total > 0

    def __str__(self) -> str:
        parts = [
            _count(self.verdicts, "verdict"),
            _count(self.notes, "note"),
            _count(self.orphaned, "orphaned note", "orphaned notes"),
            _count(self.names, "speaker name"),
            _count(self.roles, "speaker role"),
        ]
        parts = [p for p in parts if p]
        if not parts:
            return "no verdicts, notes, speaker names or roles set by hand"
        listed = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
        return f"{listed} set by hand"


def _count(n: int, one: str, many: str | None = None) -> str:
    if not n:
        return ""
    return f"{n} {one if n == 1 else (many or one + 's')}"


@dataclass(frozen=True)
class OrphanedAnnotation(Anchor):
    """A verdict/note whose exchange a re-analysis no longer has, and what it was made on
    (the exchange's words, speakers and time: its ``Anchor``, which re-homes it later)."""

    id: int  # for reattach_orphan / discard_orphan
    exchange_id: int  # the exchange's id before the re-analysis
    verdict: str | None
    note: str
    author: str
    updated_at: str
    orphaned_at: str
