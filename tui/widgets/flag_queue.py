"""The flag queue: flagged exchanges sorted by score, with label/speaker/status filters.

Rows are keyed by exchange id, so a verdict change updates one cell instead of rebuilding
the table; filters rebuild it (a few hundred rows, a few milliseconds).
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import DataTable, Select

from tui.backend import clock
from tui.messages import ExchangeSelected, FiltersChanged
from tui.review import LABEL_FILTERS, STATUS_FILTERS, Filters, ReviewState

STATUS_GLYPH = {None: "·", "confirmed": "✓", "dismissed": "✗", "flagged": "⚑"}
LABEL_TAG = {"evasive": "E", "partial": "P", "answered": "A"}
LABEL_NAMES = {
    "flagged": "Flagged",
    "evasive": "Evasive",
    "partial": "Partial",
    "answered": "Answered",
    "all": "All exchanges",
}
STATUS_NAMES = {"any": "Any status", "unreviewed": "Unreviewed", "reviewed": "Reviewed"}


class FlagQueue(Vertical):
    """Filters on top, the table below; posts ``ExchangeSelected`` as the cursor moves."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.state: ReviewState | None = None
        self.filters = Filters()
        self.order: list = []
        self.ready = False

    def compose(self) -> ComposeResult:
        with Horizontal(id="filters"):
            yield Select(
                [(LABEL_NAMES[v], v) for v in LABEL_FILTERS],
                value="flagged",
                allow_blank=False,
                compact=True,
                id="filter-label",
            )
            yield Select(
                [("Everyone", "")], value="", allow_blank=False, compact=True, id="filter-speaker"
            )
            yield Select(
                [(STATUS_NAMES[v], v) for v in STATUS_FILTERS],
                value="any",
                allow_blank=False,
                compact=True,
                id="filter-status",
            )
        table: DataTable = DataTable(id="queue-table", cursor_type="row", zebra_stripes=False)
        yield table

    def _ensure_columns(self) -> None:
        table = self.query_one(DataTable)
        if table.columns:
            return
        table.add_column("Score", key="score", width=6)
        table.add_column("", key="status", width=1)
        table.add_column("Answerer", key="who", width=14)
        table.add_column("At", key="at", width=7)

    # -- data ----------------------------------------------------------------------------
    def set_state(self, state: ReviewState) -> None:
        """Show a hearing; if the table is not mounted yet, ``on_mount`` fills it."""
        self.state = state
        if self.ready:
            self._fill()

    def on_mount(self) -> None:
        self._when_mounted()

    def _when_mounted(self, tries: int = 50) -> None:
        # nested children (the filter row) mount after this widget's own Mount
        parts = list(self.query(Select)) + list(self.query(DataTable))
        if (len(parts) < 4 or not all(p.is_mounted for p in parts)) and tries:
            self.call_after_refresh(self._when_mounted, tries - 1)
            return
        self.ready = True
        if self.state is not None:
            self._fill()

    def _fill(self) -> None:
        self._ensure_columns()
        self.refresh_speakers()
        self.rebuild()

    def refresh_speakers(self) -> None:
        """Speaker names changed (or a new hearing): refill the speaker filter."""
        if self.state is None or not self.ready:
            return
        select = self.query_one("#filter-speaker", Select)
        options = [("Everyone", "")] + [
            (self.state.doc.display_name(s.id), s.id) for s in self.state.doc.speakers
        ]
        with self.prevent(Select.Changed):
            select.set_options(options)
            known = {value for _, value in options}
            select.value = self.filters.speaker if self.filters.speaker in known else ""

    def rebuild(self, keep: int | None = None) -> None:
        """Refill the table under the current filters, keeping ``keep`` selected if shown."""
        if self.state is None or not self.ready:
            return
        table = self.query_one(DataTable)
        self.order = self.state.queue(self.filters)
        table.clear()
        for ex in self.order:
            table.add_row(*self._cells(ex), key=str(ex.id))
        self.border_title = f"Flags {len(self.order)}"
        if keep is not None and any(ex.id == keep for ex in self.order):
            self.select(keep)

    def _cells(self, ex) -> tuple:
        assert self.state is not None
        verdict = self.state.verdict(ex.id)
        name = self.state.doc.display_name(ex.answerer)
        return (
            f"{LABEL_TAG.get(ex.label, '?')} {ex.score:.2f}",
            STATUS_GLYPH.get(verdict, "?"),
            name if len(name) <= 14 else name[:13] + "…",
            clock(ex.start),
        )

    def update_row(self, exchange_id: int) -> None:
        """One exchange's verdict changed: update its status cell, or refilter if needed."""
        assert self.state is not None
        order = self.state.queue(self.filters)
        if [e.id for e in order] == [e.id for e in self.order]:
            glyph = STATUS_GLYPH.get(self.state.verdict(exchange_id), "?")
            if any(e.id == exchange_id for e in order):
                self.query_one(DataTable).update_cell(str(exchange_id), "status", glyph)
            return
        table = self.query_one(DataTable)
        row = table.cursor_row
        self.rebuild(keep=exchange_id)
        if self.order and self.current != exchange_id:
            table.move_cursor(row=min(row, len(self.order) - 1), animate=False)

    @property
    def current(self) -> int | None:
        if not self.ready:
            return None
        table = self.query_one(DataTable)
        if not self.order or not (0 <= table.cursor_row < len(self.order)):
            return None
        return self.order[table.cursor_row].id

    def select(self, exchange_id: int) -> bool:
        """Put the cursor on an exchange's row; False if the filters hide it."""
        if not self.ready:
            return False
        table = self.query_one(DataTable)
        try:
            row = table.get_row_index(str(exchange_id))
        except Exception:  # RowDoesNotExist
            return False
        table.move_cursor(row=row, animate=False)
        return True

    # -- filters -------------------------------------------------------------------------
    def set_filter(self, **changes: str) -> None:
        values = {**vars(self.filters), **changes}
        self.filters = Filters(**values)
        for name, value in values.items():
            select = self.query_one(f"#filter-{name}", Select)
            if select.value != value:
                with self.prevent(Select.Changed):
                    select.value = value
        self._after_filter()

    def cycle_filter(self, name: str) -> str:
        """Step a filter to its next value (keys L/S/V); returns the new value."""
        assert self.state is not None
        choices = {
            "label": list(LABEL_FILTERS),
            "status": list(STATUS_FILTERS),
            "speaker": [""] + self.state.speaker_ids(),
        }[name]
        now = getattr(self.filters, name)
        value = choices[(choices.index(now) + 1) % len(choices)] if now in choices else choices[0]
        self.set_filter(**{name: value})
        return value

    @on(Select.Changed)
    def _select_changed(self, event: Select.Changed) -> None:
        event.stop()
        name = (event.select.id or "").removeprefix("filter-")
        if name in ("label", "speaker", "status") and event.value != getattr(self.filters, name):
            self.filters = Filters(**{**vars(self.filters), name: event.value})
            self._after_filter()

    def _after_filter(self) -> None:
        keep = self.current
        self.rebuild(keep=keep)
        f = self.filters
        self.post_message(FiltersChanged(f.label, f.speaker, f.status))
        current = self.current
        if current is not None:
            self.post_message(ExchangeSelected(current))

    @on(DataTable.RowHighlighted)
    def _row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        event.stop()
        if event.row_key is None or event.row_key.value is None:
            return
        if event.cursor_row != event.data_table.cursor_row:
            return  # stale: the cursor has moved on since this was posted
        self.post_message(ExchangeSelected(int(event.row_key.value)))
