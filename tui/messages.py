"""Messages the TUI's widgets and workers send, as dataclasses.

``textual.message.Message`` initialises itself in ``__post_init__``, so a dataclass
subclass needs no hand-written ``__init__``. Workers running in threads post these
(``post_message`` is thread-safe) instead of touching widgets directly.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message


@dataclass
class TurnSelected(Message):
    """The analyst moved the transcript cursor to a turn (index into ``doc.turns``)."""

    turn_index: int


@dataclass
class ExchangeSelected(Message):
    """The analyst highlighted an exchange in the flag queue."""

    exchange_id: int


@dataclass
class FiltersChanged(Message):
    """One of the queue's filters changed; the queue has already been rebuilt."""

    label: str
    speaker: str
    status: str
    sign: str = ""


@dataclass
class AnalysisProgress(Message):
    """A pipeline stage reported progress (``done`` of ``total``)."""

    stage: str
    done: float
    total: float


@dataclass
class AnalysisDone(Message):
    """The pipeline finished and the hearing was imported into the library."""

    hearing_id: str


@dataclass
class AnalysisFailed(Message):
    """The pipeline stopped: cancelled by the analyst, or an error to show in one line."""

    message: str
    cancelled: bool = False


@dataclass
class ExportDone(Message):
    """An export finished (``path``) or failed (``error``)."""

    fmt: str
    path: str
    error: str = ""


@dataclass
class PlaybackFailed(Message):
    """The audio player could not play the span; shown as a notification."""

    reason: str
