"""Audio playback and export for the hearing screen (a mixin, to keep that module small).

Both run in thread workers: ffplay blocks until the span ends, and a DOCX or HTML export
of a long hearing takes a moment. Results come back as messages and end in notifications.
"""

from __future__ import annotations

import re
from pathlib import Path

from textual import work

from hearing.errors import HearingError, OutputExists
from tui.audio import PlaybackError
from tui.backend import clock
from tui.messages import ExportDone, PlaybackFailed
from tui.screens.dialogs import ExportDialog, ExportRequest


class ExportAndAudio:
    """Needs ``state``, ``current``, ``transcript``, ``library``, ``hearing_id`` from the screen."""

    export_format = "md"
    export_stem: Path | None = None  # the path last asked for: a retry after an error keeps it
    last_export: Path | None = None

    # -- audio ---------------------------------------------------------------------------
    def action_play(self) -> None:
        assert self.state is not None
        player = self.app.player
        if player.playing:
            player.stop()
            self.notify("Playback stopped.", timeout=2)
            return
        if self.current is not None:
            ex = self.state.exchanges[self.current]
            start, end = ex.start, ex.end
        elif self.state.doc.turns:
            turn = self.state.doc.turns[self.transcript.cursor]
            start, end = turn.start, turn.end
        else:
            return
        source = Path(self.state.doc.source.path).expanduser()
        self.notify(f"Playing {clock(start)}–{clock(end)} (a again stops)", timeout=3)
        self._play(source, start, end - start)

    @work(thread=True, exclusive=True, group="audio", exit_on_error=False)
    def _play(self, source: Path, start: float, duration: float) -> None:
        try:
            self.app.player.play(source, start, duration)
        except PlaybackError as exc:
            self.post_message(PlaybackFailed(str(exc)))

    def on_playback_failed(self, event: PlaybackFailed) -> None:
        self.notify(event.reason, severity="warning", timeout=5)

    # -- export --------------------------------------------------------------------------
    def action_export(self, fmt: str | None = None) -> None:
        assert self.state is not None
        from hearing.export import FORMATS

        slug = re.sub(r"[^A-Za-z0-9]+", "-", self.state.doc.title or self.hearing_id).strip("-")
        stem = Path.cwd() / (slug.lower() or "hearing")

        def done(request: ExportRequest | None) -> None:
            if request is None:
                return
            self.export_format = request.fmt
            self.export_stem = request.path.with_suffix("")
            try:
                doc = self.library.load(self.hearing_id)  # the store applies names and verdicts
            except HearingError as exc:
                self.notify(str(exc), severity="error")
                return
            self._export(doc, request)

        dialog = ExportDialog(tuple(FORMATS), self.export_stem or stem, fmt or self.export_format)
        self.app.push_screen(dialog, done)

    @work(thread=True, exclusive=True, group="export", exit_on_error=False)
    def _export(self, doc, request: ExportRequest) -> None:
        from hearing.export import export_document

        try:
            path = export_document(
                doc,
                request.fmt,
                request.path,
                only_flagged=request.only_flagged,
                only_confirmed=request.only_confirmed,
                force=request.force,
            )
        except OutputExists as exc:
            message = f"{exc.path} exists; tick Overwrite to replace it"
            self.post_message(ExportDone(request.fmt, str(request.path), message))
            return
        except HearingError as exc:
            self.post_message(ExportDone(request.fmt, str(request.path), str(exc)))
            return
        self.post_message(ExportDone(request.fmt, str(Path(path).resolve())))

    def on_export_done(self, event: ExportDone) -> None:
        if event.error:
            self.notify(event.error, severity="error", timeout=8)
            return
        self.last_export = Path(event.path)
        self.notify(f"Exported {event.fmt} → {event.path}", title="Export done", timeout=10)
