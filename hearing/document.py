"""The hearing document: the one structure every stage fills and every export reads.

It is versioned (``SCHEMA_VERSION``) so that a document written by an older release can be
read by a newer one; ``from_dict`` refuses a newer schema instead of guessing. Analyst
annotations (names, roles, verdicts, notes) live beside the machine output and never
overwrite it, so re-running a stage cannot destroy an analyst's work.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

SCHEMA_VERSION = 1

ROLES = ("asker", "answerer", "unknown")
LABELS = ("answered", "partial", "evasive")
VERDICTS = ("confirmed", "dismissed", "flagged")


class SchemaError(ValueError):
    """A document that this release cannot read (newer schema, missing fields)."""


@dataclass
class Source:
    path: str
    sha256: str
    duration: float
    sample_rate: int = 16000


@dataclass
class ModelInfo:
    """Which model produced a stage's output, so results can be reproduced and cached."""

    id: str
    role: str
    package: str = ""
    version: str = ""
    settings: dict[str, Any] = field(default_factory=dict)


@dataclass
class Speaker:
    id: str  # stable id used everywhere ("S1", "S2", ...)
    label: str = ""  # the diarizer's raw label
    name: str | None = None  # analyst-given display name
    proposed_name: str | None = None  # name detected from speech ("Senator Ortiz")
    role: str = "unknown"  # one of ROLES
    role_source: str = "auto"  # "auto" or "analyst"

    @property
    def display_name(self) -> str:
        return self.name or self.proposed_name or self.id


@dataclass
class SpeakerSegment:
    """One stretch of the diarizer's exclusive (one speaker at a time) output."""

    start: float
    end: float
    speaker: str


@dataclass
class Word:
    text: str
    start: float
    end: float
    probability: float = 1.0
    speaker: str = ""


@dataclass
class Turn:
    """A run of words by one speaker; ``word_start:word_end`` is a half-open span of words."""

    id: int
    speaker: str
    start: float
    end: float
    text: str
    word_start: int
    word_end: int


# What reports and the review app call each kind of reason: an analyst filters by these
# names in the app and reads them in every export, so they are kept in one place.
SIGN_NAMES = {
    "refusal": "Declines",
    "ignorance": "Claims not to know",
    "deferral": "Defers",
    "shift": "Shift of agent/level/time",
    "generic": "Speaks in generalities",
    "yes_no_unanswered": "No yes/no",
    "yes_no_open": "Leaves yes/no open",
    "wh_unanswered": "Asked-for answer missing",
    "later_question": "Later question of several",
    "low_similarity": "Low similarity",
    "coverage": "Misses key terms",
    "topic_change": "Changes the topic",
    "missing_entity": "Never names what was asked",
    "restate": "Restates the question",
    "hedging": "Hedges",
    "pivot": "Turns to own record",
    "process": "Appeals to rules/process",
    "counter_question": "Counter-question",
    "short_unreplied": "Short, no reply",
    "pressed": "Asker pressed",
    "weak_signals": "Weak signals only",
    "high_similarity": "High similarity",
    "yes_no_answered": "Gives a yes/no",
    "yes_no_settled": "Settles yes/no",
    "wh_answered": "Gives the asked-for answer",
    "no_answer": "No answer",
    "no_question": "No question",
}


def sign_name(kind: str) -> str:
    """A reason kind's name for people ("Declines"); a kind without one shows as itself."""
    return SIGN_NAMES.get(kind, kind)


@dataclass
class Reason:
    """One piece of evidence behind an evasion score, in words an analyst can check."""

    kind: str  # e.g. "yes_no_unanswered", "low_similarity", "refusal", "shift"
    text: str
    weight: float = 0.0  # signed contribution to the score (positive = more evasive)

    @property
    def sign(self) -> str:
        return sign_name(self.kind)


@dataclass
class Exchange:
    id: int
    question: str
    answer: str
    question_turns: list[int]
    answer_turns: list[int]
    asker: str
    answerer: str
    start: float
    end: float
    score: float = 0.0
    label: str = "answered"  # one of LABELS
    reasons: list[Reason] = field(default_factory=list)
    best_sentence: str = ""
    similarity: float = 0.0
    follows: int | None = None  # id of the exchange this one follows up on


@dataclass
class Annotation:
    """The analyst's verdict and note on one exchange."""

    exchange_id: int
    verdict: str | None = None  # one of VERDICTS, or None (unreviewed)
    note: str = ""
    author: str = ""
    updated_at: str = ""


@dataclass
class HearingDocument:
    source: Source
    title: str = ""
    models: list[ModelInfo] = field(default_factory=list)
    speakers: list[Speaker] = field(default_factory=list)
    segments: list[SpeakerSegment] = field(default_factory=list)
    words: list[Word] = field(default_factory=list)
    turns: list[Turn] = field(default_factory=list)
    exchanges: list[Exchange] = field(default_factory=list)
    annotations: list[Annotation] = field(default_factory=list)
    language: str = "en"
    created_at: str = ""
    schema_version: int = SCHEMA_VERSION

    # -- lookups -------------------------------------------------------------------------
    def speaker(self, speaker_id: str) -> Speaker:
        for s in self.speakers:
            if s.id == speaker_id:
                return s
        raise KeyError(speaker_id)

    def display_name(self, speaker_id: str) -> str:
        try:
            return self.speaker(speaker_id).display_name
        except KeyError:
            return speaker_id or "?"

    def annotation(self, exchange_id: int) -> Annotation | None:
        for a in self.annotations:
            if a.exchange_id == exchange_id:
                return a
        return None

    # -- (de)serialisation ---------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def to_json(self, indent: int | None = 1) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> HearingDocument:
        version = data.get("schema_version")
        if not isinstance(version, int):
            raise SchemaError("not a hearing document (no schema_version)")
        if version > SCHEMA_VERSION:
            raise SchemaError(
                f"document schema {version} is newer than this release understands "
                f"({SCHEMA_VERSION}); upgrade hearing"
            )
        try:
            return cls(
                source=Source(**data["source"]),
                title=data.get("title", ""),
                models=[ModelInfo(**m) for m in data.get("models", [])],
                speakers=[Speaker(**s) for s in data.get("speakers", [])],
                segments=[SpeakerSegment(**s) for s in data.get("segments", [])],
                words=[Word(**w) for w in data.get("words", [])],
                turns=[Turn(**t) for t in data.get("turns", [])],
                exchanges=[
                    Exchange(**{**e, "reasons": [Reason(**r) for r in e.get("reasons", [])]})
                    for e in data.get("exchanges", [])
                ],
                annotations=[Annotation(**a) for a in data.get("annotations", [])],
                language=data.get("language", "en"),
                created_at=data.get("created_at", ""),
                schema_version=SCHEMA_VERSION,
            )
        except (KeyError, TypeError) as exc:
            raise SchemaError(f"malformed hearing document: {exc}") from exc

    @classmethod
    def from_json(cls, text: str) -> HearingDocument:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise SchemaError(f"not JSON: {exc}") from exc
        if not isinstance(data, dict):
            raise SchemaError("not a hearing document (top level is not an object)")
        return cls.from_dict(data)

    @classmethod
    def load(cls, path: str | Path) -> HearingDocument:
        return cls.from_json(Path(path).read_text(encoding="utf-8"))
