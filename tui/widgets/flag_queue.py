"""The flag queue: flagged exchanges sorted by score, with label/speaker/status filters.

Rows are keyed by exchange id, so a verdict change updates one cell instead of rebuilding
the table; filters rebuild it (a few hundred rows, a few milliseconds).

Moving the cursor is the hot path of a review session (Down, Down, Down...), so the
queue tells the screen about it directly, in the same step as the key, and the table
keeps the lines it drew when only the cursor moved.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.style import Style
from textual import on
from textual.app import ComposeResult
from textual.cache import LRUCache
from textual.containers import Horizontal, Vertical
from textual.coordinate import Coordinate
from textual.geometry import Size
from textual.strip import Strip
from textual.widgets import DataTable, Select

from tui.backend import clock
from tui.messages import ExchangeSelected, FiltersChanged
from tui.review import LABEL_FILTERS, STATUS_FILTERS, Filters, ReviewState, sign_name
from tui.widgets.frame_style import FrameStyle

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


class QueueTable(FrameStyle, DataTable):
    """A row-cursor ``DataTable`` whose drawn lines survive cursor moves.

    ``DataTable`` keys its line cache on the cursor's coordinate, so every move redraws
    every visible row. With a row cursor a line only depends on whether it is the cursor
    (or hover) row, so that is what this cache keys on: a move redraws two rows, a
    scroll by one row draws one new row.
    """

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._row_lines: LRUCache[tuple, Strip] = LRUCache(1000)

    def _render_line(self, y: int, x1: int, x2: int, base_style: Style) -> Strip:
        try:
            row_key, _ = self._get_offsets(y)
        except LookupError:
            return super()._render_line(y, x1, x2, base_style)
        row = self._row_locations.get(row_key)
        key = (
            y,
            x1,
            x2,
            self.size.width,
            row is not None and row == self.cursor_coordinate.row,
            row is not None and row == self.hover_coordinate.row,
            base_style,
            self.cursor_type,
            self.show_cursor,
            self._show_hover_cursor,
            self._update_count,
            self._pseudo_class_state,
        )
        strip = self._row_lines.get(key)
        if strip is None:
            strip = super()._render_line(y, x1, x2, base_style)
            self._row_lines[key] = strip
        return strip

    def _update_dimensions(self, new_rows) -> None:
        # ``DataTable`` measures every cell of every new row to size auto-width columns;
        # the queue's columns all have fixed widths and its rows one line, so only the
        # scrollable size is left to work out (a few hundred rows: ~50 ms saved on open)
        if any(column.auto_width for column in self.columns.values()):
            super()._update_dimensions(new_rows)
            return
        width = sum(column.get_render_width(self) for column in self.columns.values())
        header = self.header_height if self.show_header else 0
        self.virtual_size = Size(width, self._total_row_height + header)


class FlagQueue(Vertical):
    """Filters on top, the table below.

    As the cursor moves it calls ``on_select`` with the exchange id (the hearing screen
    passes its select method), or posts ``ExchangeSelected`` when there is none.
    """

    def __init__(
        self, *, id: str | None = None, on_select: Callable[[int], None] | None = None
    ) -> None:
        super().__init__(id=id)
        self.state: ReviewState | None = None
        self.filters = Filters()
        self.order: list = []
        self.ready = False
        self.on_select = on_select
        self._quiet = False  # rebuilding: the cursor moves through rows nobody chose

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
        with Horizontal(id="filters-sign"):
            yield Select(
                [(sign_name(""), "")],
                value="",
                allow_blank=False,
                compact=True,
                id="filter-sign",
            )
        yield QueueTable(id="queue-table", cursor_type="row", zebra_stripes=False)

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
        if (len(parts) < 5 or not all(p.is_mounted for p in parts)) and tries:
            self.call_after_refresh(self._when_mounted, tries - 1)
            return
        self.ready = True
        self.watch(self.query_one(DataTable), "cursor_coordinate", self._cursor_moved, init=False)
        if self.state is not None:
            self._fill()

    def _fill(self) -> None:
        self._ensure_columns()
        self.refresh_speakers()
        self.refresh_signs()
        self.rebuild()

    def refresh_signs(self) -> None:
        """Offer the signs of evasion this hearing's exchanges show, most frequent first."""
        assert self.state is not None
        select = self.query_one("#filter-sign", Select)
        kinds = self.state.sign_kinds()
        options = [(sign_name(k), k) for k in ["", *kinds]]
        with self.prevent(Select.Changed):
            select.set_options(options)
            select.value = self.filters.sign if self.filters.sign in kinds else ""

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
        with self._quietly():
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
            with self._quietly():
                table.move_cursor(row=min(row, len(self.order) - 1), animate=False)
            self._announce(self.current)

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
            "sign": [""] + self.state.sign_kinds(),
        }[name]
        now = getattr(self.filters, name)
        value = choices[(choices.index(now) + 1) % len(choices)] if now in choices else choices[0]
        self.set_filter(**{name: value})
        return value

    @on(Select.Changed)
    def _select_changed(self, event: Select.Changed) -> None:
        event.stop()
        name = (event.select.id or "").removeprefix("filter-")
        if name in vars(self.filters) and event.value != getattr(self.filters, name):
            self.filters = Filters(**{**vars(self.filters), name: event.value})
            self._after_filter()

    def _after_filter(self) -> None:
        keep = self.current
        self.rebuild(keep=keep)
        f = self.filters
        self.post_message(FiltersChanged(f.label, f.speaker, f.status, f.sign))
        self._announce(self.current)

    # -- selection -----------------------------------------------------------------------
    def _cursor_moved(self, old: Coordinate, new: Coordinate) -> None:
        # called as the table's cursor changes (key, click, select()), in the same step
        if not self._quiet and 0 <= new.row < len(self.order):
            self._announce(self.order[new.row].id)

    @contextmanager
    def _quietly(self) -> Iterator[None]:
        quiet, self._quiet = self._quiet, True
        try:
            yield
        finally:
            self._quiet = quiet

    def _announce(self, exchange_id: int | None) -> None:
        if exchange_id is None:
            return
        if self.on_select is not None:
            self.on_select(exchange_id)
        else:
            self.post_message(ExchangeSelected(exchange_id))

    @on(DataTable.RowHighlighted)
    def _row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        event.stop()  # already handled as the cursor moved (``_cursor_moved``)
