"""The library screen: every analysed hearing, with how far its review has got."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static

from hearing.errors import HearingError
from tui.backend import hms
from tui.commands import PaletteCommand


class LibraryScreen(Screen):
    HELP_TITLE = "Library"
    HELP_INTRO = "Every hearing analysed so far. Enter opens one for review."
    BINDINGS = [
        Binding("enter", "open", "Open", show=False),
        Binding("a", "analyse", "Analyse recording"),
        Binding("r", "reload", "Refresh"),
        Binding("t", "app.toggle_theme", "Theme"),
        Binding("q", "app.quit", "Quit"),
    ]

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("", id="library-empty")
        yield DataTable(id="library-table", cursor_type="row")
        yield Static("", id="library-info")
        yield Footer()

    def on_mount(self) -> None:
        self.title = "hearing"
        self.sub_title = "library"
        table = self.query_one(DataTable)
        table.add_column("Title", key="title")
        table.add_column("Duration", key="duration")
        table.add_column("Exchanges", key="exchanges")
        table.add_column("Flagged", key="flagged")
        table.add_column("Reviewed", key="reviewed")
        self.action_reload()

    def on_screen_resume(self) -> None:
        self.action_reload()

    def on_resize(self) -> None:
        self.action_reload()

    def palette_commands(self) -> list[PaletteCommand]:
        return [
            PaletteCommand("Open hearing", "Review the highlighted hearing", "open"),
            PaletteCommand("Analyse a recording", "Run the pipeline on an audio file", "analyse"),
            PaletteCommand("Refresh library", "Re-read the list of hearings", "reload"),
        ]

    def action_reload(self) -> None:
        table = self.query_one(DataTable)
        try:
            hearings = self.app.library.list_hearings()
        except HearingError as exc:
            self.notify(str(exc), severity="error")
            hearings = []
        keep = table.cursor_row
        table.clear()
        # the numbers must stay on screen: the title gives way on a narrow terminal
        room = max(12, self.app.size.width - 48)
        for h in hearings:
            title = h.title or h.id
            table.add_row(
                title if len(title) <= room else title[: room - 1] + "…",
                hms(h.duration),
                str(h.n_exchanges),
                str(h.n_flagged),
                str(h.n_reviewed),
                key=h.id,
            )
        self.hearings = {h.id: h for h in hearings}
        empty = self.query_one("#library-empty", Static)
        empty.display = not hearings
        table.display = bool(hearings)
        empty.update(
            "No hearings yet.\n\nPress a to analyse a recording, or run "
            "`hearing analyze FILE` and come back."
        )
        if hearings:
            table.move_cursor(row=min(keep, len(hearings) - 1))
            table.focus()
        self._show_info()

    @on(DataTable.RowHighlighted)
    def _show_info(self, event: DataTable.RowHighlighted | None = None) -> None:
        info = self.query_one("#library-info", Static)
        hid = self.current
        if hid is None:
            info.update("")
            return
        h = self.hearings[hid]
        info.update(f"{h.id} · {h.n_turns} turns · {h.source_path}")

    @property
    def current(self) -> str | None:
        table = self.query_one(DataTable)
        if not table.row_count:
            return None
        row_key, _ = table.coordinate_to_cell_key((table.cursor_row, 0))
        return row_key.value

    @on(DataTable.RowSelected)
    def _selected(self, event: DataTable.RowSelected) -> None:
        self.action_open()

    def action_open(self) -> None:
        hid = self.current
        if hid is not None:
            self.app.open_hearing(hid)

    def action_analyse(self) -> None:
        from tui.screens.dialogs import OpenRecordingDialog

        def chosen(path) -> None:
            if path is not None:
                self.app.analyse_recording(path)

        self.app.push_screen(OpenRecordingDialog(), chosen)
