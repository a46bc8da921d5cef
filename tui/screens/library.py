"""The library screen: every analysed hearing, with how far its review has got."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static

from hearing.errors import HearingError
from tui.backend import hms
from tui.commands import PaletteCommand

COLUMNS = ("Title", "Duration", "Exchanges", "Flagged", "Reviewed")
ORPHANS = "orphaned notes"  # the column's key


class LibraryScreen(Screen):
    HELP_TITLE = "Library"
    HELP_INTRO = "Every hearing analysed so far. Enter opens one for review."
    BINDINGS = [
        Binding("enter", "open", "Open", show=False),
        Binding("a", "analyse", "Analyse recording"),
        Binding("r", "reload", "Refresh"),
        Binding("delete,backspace", "remove", "Remove", key_display="del"),  # a Mac's delete
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
        for label in COLUMNS:
            table.add_column(label, key=label.lower())
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
            PaletteCommand("Remove hearing", "Remove the highlighted hearing (asks)", "remove"),
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
        # the orphaned-notes column is there only while some hearing has orphans
        orphans = any(h.n_orphaned for h in hearings)
        if orphans and ORPHANS not in table.columns:
            table.add_column("Orphaned notes", key=ORPHANS)
        elif not orphans and ORPHANS in table.columns:
            table.remove_column(ORPHANS)
        # the numbers must stay on screen: the title gives way on a narrow terminal
        room = max(12, self.app.size.width - (65 if orphans else 48))
        for h in hearings:
            title = h.title or h.id
            row = [
                title if len(title) <= room else title[: room - 1] + "…",
                hms(h.duration),
                str(h.n_exchanges),
                str(h.n_flagged),
                str(h.n_reviewed),
            ]
            if orphans:
                row.append(Text(f"{h.n_orphaned} to review", style="bold") if h.n_orphaned else "")
            table.add_row(*row, key=h.id)
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
        n = h.n_orphaned
        lost = f" · {n} orphaned note{'s' * (n != 1)} (open it, press o)" if n else ""
        info.update(f"{h.id} · {h.n_turns} turns{lost} · {h.source_path}")

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

    def action_remove(self) -> None:
        """Remove the highlighted hearing, after saying what of the analyst's work goes too."""
        from tui.screens.dialogs import ConfirmDialog

        hid = self.current
        if hid is None:
            return
        h = self.hearings[hid]
        try:
            work = self.app.library.analyst_work(hid)
        except HearingError as exc:
            self.notify(str(exc), severity="error")
            return
        loses = (
            f"Removing it loses {work}. "
            "To keep a copy, open it and export it as JSON (x); `hearing import` brings it back."
            if work
            else "No verdicts, notes, speaker names or roles were set by hand on it."
        )

        def confirmed(ok: bool | None) -> None:
            if not ok:
                return
            try:
                self.app.library.delete(hid)
            except HearingError as exc:
                self.notify(str(exc), severity="error")
                return
            self.notify(f"Removed {h.title or hid}.", timeout=3)
            self.action_reload()

        title = f"Remove {h.title or hid} from the library?"
        self.app.push_screen(ConfirmDialog(title, loses, "Remove", danger=True), confirmed)
