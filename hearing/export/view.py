"""What every export shows: one view of a hearing document, built once per export.

Formats differ only in markup; which exchanges count as flagged, which are shown under
``only_flagged``/``only_confirmed``, which turns belong to which exchange, and what each
speaker is called are decided here, so a renamed speaker or a dismissed flag looks the same
in every format.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from hearing.confidence import transcript_note
from hearing.document import Annotation, Exchange, HearingDocument, Reason, Turn

FLAG_LABELS = ("partial", "evasive")
# Fixed palette (colour-blind-safe Okabe–Ito, then extras); speakers take colours in order.
PALETTE = (
    "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#8C6D31", "#666666",
)  # fmt: skip


def is_flagged(exchange: Exchange, annotation: Annotation | None) -> bool:
    """Machine label partial/evasive or analyst verdict "flagged", unless dismissed."""
    verdict = annotation.verdict if annotation else None
    if verdict == "dismissed":
        return False
    return exchange.label in FLAG_LABELS or verdict == "flagged"


def severity(exchange: Exchange, annotation: Annotation | None) -> str:
    """CSS/highlight class: "evasive", "partial", "analyst" (flagged by a person) or ""."""
    if not is_flagged(exchange, annotation):
        return ""
    return exchange.label if exchange.label in FLAG_LABELS else "analyst"


def clock(seconds: float, *, millis: bool = False) -> str:
    """``H:MM:SS`` (``H:MM:SS.mmm`` with millis); hours are not zero-padded."""
    total_ms = max(0, round(seconds * 1000))
    h, rest = divmod(total_ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, ms = divmod(rest, 1000)
    return f"{h}:{m:02d}:{s:02d}.{ms:03d}" if millis else f"{h}:{m:02d}:{s:02d}"


def one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@dataclass
class ExchangeView:
    exchange: Exchange
    annotation: Annotation | None
    flagged: bool
    severity: str

    @property
    def verdict(self) -> str:
        return (self.annotation.verdict or "") if self.annotation else ""

    @property
    def note(self) -> str:
        return self.annotation.note if self.annotation else ""


@dataclass
class DocumentView:
    doc: HearingDocument
    exchanges: list[ExchangeView]  # the exchanges this export shows, in order
    turns: list[Turn]  # the turns this export shows, in time order
    filtered: bool
    word_timing: bool
    names: dict[str, str] = field(default_factory=dict)
    colours: dict[str, str] = field(default_factory=dict)
    turn_exchange: dict[int, ExchangeView] = field(default_factory=dict)  # answer turn -> ex
    question_exchange: dict[int, ExchangeView] = field(default_factory=dict)
    all_exchanges: list[ExchangeView] = field(default_factory=list)  # unfiltered, for tallies
    transcript_note: str | None = None  # hearing.confidence: read this before the transcript

    def name(self, speaker_id: str) -> str:
        return self.names.get(speaker_id) or self.doc.display_name(speaker_id)

    def tally(self, speaker_id: str) -> str:
        """What a speaker did in the whole hearing, for the speakers list: "3 questions",
        "11 answers, 5 flagged" (filters narrow what is shown, not these totals)."""
        asked = sum(1 for x in self.all_exchanges if x.exchange.asker == speaker_id)
        answers = [x for x in self.all_exchanges if x.exchange.answerer == speaker_id]
        flagged = sum(1 for x in answers if x.flagged)
        parts = []
        if asked:
            parts.append(f"{asked} question{'s' * (asked != 1)}")
        if answers:
            parts.append(f"{len(answers)} answer{'s' * (len(answers) != 1)}, {flagged} flagged")
        return "; ".join(parts) or "no exchanges"

    @property
    def flagged(self) -> list[ExchangeView]:
        return [x for x in self.exchanges if x.flagged]

    @property
    def title(self) -> str:
        return self.doc.title or self.doc.source.path or "Hearing"

    @property
    def models(self) -> str:
        """Which models made this transcript and its scores, for the report's header: a
        report travels without its hearing document, and a score means little without its
        scorer ("transcription: whisper-tiny.en (cpu); ...; evasion scorer both: ...")."""
        return models_line(self.doc)


def build_view(
    doc: HearingDocument,
    *,
    only_flagged: bool = False,
    only_confirmed: bool = False,
    word_timing: bool = False,
) -> DocumentView:
    notes = {a.exchange_id: a for a in doc.annotations}
    views = []
    for e in doc.exchanges:
        a = notes.get(e.id)
        views.append(ExchangeView(e, a, is_flagged(e, a), severity(e, a)))
    all_views = views
    if only_flagged:
        views = [v for v in views if v.flagged]
    if only_confirmed:
        views = [v for v in views if v.verdict == "confirmed"]
    filtered = only_flagged or only_confirmed
    turns = sorted(doc.turns, key=lambda t: (t.start, t.id))
    if filtered:
        keep = {t for v in views for t in (*v.exchange.question_turns, *v.exchange.answer_turns)}
        turns = [t for t in turns if t.id in keep]
    shown = {id(v) for v in views}
    answer_of: dict[int, ExchangeView] = {}
    question_of: dict[int, ExchangeView] = {}
    for v in all_views:
        if id(v) not in shown:
            continue
        for t in v.exchange.answer_turns:
            answer_of.setdefault(t, v)
        for t in v.exchange.question_turns:
            question_of.setdefault(t, v)
    return DocumentView(
        doc=doc,
        exchanges=views,
        turns=turns,
        filtered=filtered,
        word_timing=word_timing,
        names={s.id: one_line(s.display_name) for s in doc.speakers},
        colours={s.id: PALETTE[i % len(PALETTE)] for i, s in enumerate(doc.speakers)},
        turn_exchange=answer_of,
        question_exchange=question_of,
        all_exchanges=all_views,
        transcript_note=transcript_note(doc),
    )


_ROLE_WORDS = {
    "transcribe": "transcription",
    "diarize-segmentation": "diarization",
    "diarize-embedding": "diarization",
    "evasion-similarity": "evasion scorer",
}


def models_line(doc: HearingDocument) -> str:
    """The document's models grouped by stage, each with its device where recorded."""
    groups: dict[str, list[str]] = {}
    for m in doc.models:
        word = _ROLE_WORDS.get(m.role, m.role)
        if m.role == "evasion-similarity" and m.settings.get("scorer"):
            word = f"{word} {m.settings['scorer']}"
        device = m.settings.get("device")
        if device and m.settings.get("runtime") == "onnxruntime":
            device = f"{device}, onnxruntime"
        groups.setdefault(word, []).append(f"{m.id} ({device})" if device else m.id)
    return one_line("; ".join(f"{word}: {' + '.join(ids)}" for word, ids in groups.items()))


# Said under every list of flags: an exported report travels beyond the analyst who read
# the reasons, and a label is evidence from a model with a known error rate, not a finding.
FLAG_CAVEAT = (
    "Labels and scores are a model's evidence for review, not findings: read each answer "
    "and its reasons. Verdicts are the analyst's."
)

REASON_GROUPS = ("Signs of evasion", "Counted against evasion", "Noted, no effect on the score")


def reason_groups(reasons: list[Reason]) -> list[tuple[str, list[Reason]]]:
    """The non-empty groups of ``REASON_GROUPS``, by the sign of each reason's weight.

    A fitted combiner can weigh a piece of evidence against evasion (an answer that turns
    to its own record scored as *more* responsive on the training interviews); listing it
    among the reasons for a flag would tell the analyst the opposite of what the score did.
    """
    groups: tuple[list[Reason], ...] = ([], [], [])
    for r in reasons:
        groups[0 if r.weight > 0 else 1 if r.weight < 0 else 2].append(r)
    return [(name, rs) for name, rs in zip(REASON_GROUPS, groups, strict=True) if rs]


def exchange_ref(e: Exchange) -> str:
    """How a flag names its exchange: "exchange 2, follow-up to exchange 1". The link
    lets a reader put "So is that a yes?" beside the answer it presses on."""
    if e.follows is None:
        return f"exchange {e.id}"
    return f"exchange {e.id}, follow-up to exchange {e.follows}"


def reason_line(r: Reason) -> str:
    """One reason on one line with its signed share of the score, e.g. "... (+0.26)"."""
    return f"{one_line(r.text) or r.sign} ({r.weight:+.2f})"


def grouped_share(r: Reason) -> str:
    """A reason's share as shown under its group's heading: "" for one "Noted, no effect
    on the score", where a "(+0.00)" would only repeat the heading. The CSV, which has no
    groups, keeps the figure (``reason_line``)."""
    return f"({r.weight:+.2f})" if r.weight else ""


def grouped_line(r: Reason) -> str:
    """A reason listed under its group's heading, with its ``grouped_share``."""
    return f"{one_line(r.text) or r.sign} {grouped_share(r)}".rstrip()


def signed_line(r: Reason) -> str:
    """A reason after its sign's name, without the text's own opening when that only says
    the name again: "**Declines**: 'not in a position to discuss' (+0.50)", not
    "**Declines**: declines: ...". The text keeps its prefix where it is shown alone (the
    CSV, the review app's reason list, the table of exchanges)."""
    line = grouped_line(r)
    prefix = r.sign.lower() + ": "
    return line[len(prefix) :] if line.lower().startswith(prefix) else line


def reasons_text(v: ExchangeView, sep: str = "; ") -> str:
    return sep.join(reason_line(r) for r in v.exchange.reasons)


def turn_words(doc: HearingDocument, turn: Turn) -> list:
    """The turn's words with timing, or [] when the document carries none for it."""
    if 0 <= turn.word_start < turn.word_end <= len(doc.words):
        return doc.words[turn.word_start : turn.word_end]
    return []
