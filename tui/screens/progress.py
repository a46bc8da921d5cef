"""Analysing a recording: stage, percentage, elapsed time, and a cancel that works.

The pipeline runs in a thread worker; its ``on_progress`` callback posts messages (thread
safe) and a ``threading.Event`` carries the cancel, so the UI stays responsive for hours.
When the pipeline returns, the hearing is imported into the library and opened.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Center, Vertical
from textual.screen import Screen
from textual.widgets import Button, Footer, Header, Label, ProgressBar

from hearing.errors import Cancelled, HearingError
from tui import backend
from tui.backend import hms
from tui.messages import AnalysisDone, AnalysisFailed, AnalysisProgress


class ProgressScreen(Screen):
    HELP_TITLE = "Analysing a recording"
    BINDINGS = [Binding("escape,c", "cancel", "Cancel analysis")]

    def __init__(self, path: Path, analyze: Callable, library) -> None:
        super().__init__()
        self.path = path
        self.analyze = analyze
        self.library = library
        self.cancel_event = threading.Event()
        self.started = time.monotonic()
        self.stage = "starting"
        self.finished = False

    def compose(self) -> ComposeResult:
        yield Header()
        with Center(), Vertical(id="progress-box"):
            yield Label(f"Analysing {self.path.name}", id="progress-title")
            yield Label("Stage: starting", id="progress-stage")
            yield ProgressBar(total=100, show_eta=False, id="progress-bar")
            yield Label("Elapsed 0:00:00", id="progress-elapsed")
            yield Button("Cancel", id="progress-cancel", variant="error")
        yield Footer()

    def on_mount(self) -> None:
        self.title = "hearing"
        self.sub_title = f"analysing {self.path.name}"
        self.set_interval(0.5, self._tick)
        self.run_pipeline()

    def palette_commands(self):
        from tui.commands import PaletteCommand

        return [PaletteCommand("Cancel analysis", "Stop the pipeline; nothing is kept", "cancel")]

    def _tick(self) -> None:
        if not self.finished:
            elapsed = hms(time.monotonic() - self.started)
            self.query_one("#progress-elapsed", Label).update(f"Elapsed {elapsed}")

    @work(thread=True, exclusive=True, exit_on_error=False)
    def run_pipeline(self) -> None:
        last = {"stage": "", "at": 0.0}

        def on_progress(stage: str, done: float, total: float) -> None:
            # a stage may report per chunk; ten updates a second is plenty for a person
            now = time.monotonic()
            if stage == last["stage"] and now - last["at"] < 0.1 and done < total:
                return
            last["stage"], last["at"] = stage, now
            self.post_message(AnalysisProgress(stage, float(done), float(total)))

        for note in backend.device_notes():
            self.app.call_from_thread(self.app.notify, note, severity="warning", timeout=12)
        try:
            doc = self.analyze(self.path, None, on_progress, self.cancel_event)
        except Cancelled:
            self.post_message(AnalysisFailed("analysis cancelled; nothing was kept", True))
            return
        except HearingError as exc:
            self.post_message(AnalysisFailed(str(exc)))
            return
        except Exception as exc:  # a pipeline bug must not kill the review app
            self.post_message(AnalysisFailed(f"analysis failed: {type(exc).__name__}: {exc}"))
            return
        if self.cancel_event.is_set():
            self.post_message(AnalysisFailed("analysis cancelled; nothing was kept", True))
            return
        self._imported = doc
        self.post_message(AnalysisDone(""))

    @on(AnalysisProgress)
    def _progress(self, event: AnalysisProgress) -> None:
        if self.finished:
            return
        percent = 100.0 * event.done / event.total if event.total else 0.0
        self.stage = event.stage
        self.query_one("#progress-stage", Label).update(f"Stage: {event.stage}  {percent:3.0f}%")
        self.query_one(ProgressBar).update(progress=max(0.0, min(100.0, percent)))

    @on(AnalysisDone)
    def _done(self, event: AnalysisDone) -> None:
        self.finished = True
        doc = getattr(self, "_imported", None)
        try:
            hearing_id = self.library.import_document(doc)
        except HearingError as exc:
            self.app.notify(str(exc), severity="error", timeout=10)
            self.dismiss(None)
            return
        self.dismiss(hearing_id)

    @on(AnalysisFailed)
    def _failed(self, event: AnalysisFailed) -> None:
        self.finished = True
        self.app.notify(
            event.message, severity="warning" if event.cancelled else "error", timeout=8
        )
        self.dismiss(None)

    @on(Button.Pressed, "#progress-cancel")
    def action_cancel(self) -> None:
        if self.finished or self.cancel_event.is_set():
            return
        self.cancel_event.set()
        self.query_one("#progress-stage", Label).update(f"Stage: {self.stage}  cancelling…")
        self.query_one("#progress-cancel", Button).disabled = True
