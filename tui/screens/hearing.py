"""The hearing screen: transcript, flag queue and detail pane, and every review action.

Each action writes to the library first and only then updates what is on screen, so the
screen never shows a change the store does not have; if the terminal dies, nothing is lost.
"""

from __future__ import annotations

import gc
import time
from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Input

from hearing.confidence import transcript_note
from hearing.errors import HearingError
from tui.commands import PaletteCommand
from tui.messages import ExchangeSelected, TurnSelected
from tui.review import FLAG_LABELS, Match, ReviewState, sign_name
from tui.screens.hearing_edits import AnalystEdits
from tui.screens.hearing_io import ExportAndAudio
from tui.screens.hearing_links import FollowUpLinks
from tui.screens.hearing_orphans import ORPHANS_KEY, OrphanReview
from tui.screens.hearing_palette import hearing_commands
from tui.widgets.detail import FOLLOWED_KEY, DetailPane
from tui.widgets.flag_queue import FlagQueue
from tui.widgets.transcript import TranscriptView


class HearingScreen(AnalystEdits, ExportAndAudio, OrphanReview, FollowUpLinks, Screen):
    HELP_TITLE = "Hearing review"
    HELP_INTRO = (
        "Left: the transcript (flagged answers carry a coloured bar). Right: the flag queue, "
        "most evasive first. Bottom: the selected exchange. Tab moves between panes."
    )
    # focus lands on the queue once, not first on the transcript: each focus change
    # rebuilds the footer's key list, which is a noticeable part of opening a hearing
    AUTO_FOCUS = "#queue-table"
    BINDINGS = [
        Binding("c", "verdict('confirmed')", "Confirm", tooltip="Confirm the flag (evasive)"),
        Binding("d", "verdict('dismissed')", "Dismiss", tooltip="Dismiss the flag (answered)"),
        Binding("f", "flag", "Flag", tooltip="Flag an unflagged answer by hand (again: unflag)"),
        Binding("u", "verdict(None)", "Unreview", show=False, tooltip="Clear the verdict"),
        Binding("e", "note", "Note", tooltip="Add or edit the note on this exchange"),
        Binding("n", "unreviewed(1)", "Next", tooltip="Next unreviewed flag"),
        Binding("p", "unreviewed(-1)", "Prev", tooltip="Previous unreviewed flag"),
        Binding(FOLLOWED_KEY, "followed", "Earlier", show=False, tooltip="Follow-up: its answer"),
        Binding("slash", "search", "Search", tooltip="Search the transcript"),
        Binding("right_square_bracket", "match(1)", "Next match", show=False),
        Binding("left_square_bracket", "match(-1)", "Previous match", show=False),
        Binding("r", "rename", "Rename", show=False, tooltip="Rename a speaker"),
        Binding("s", "role", "Role", show=False, tooltip="Set a speaker's role"),
        Binding("a", "play", "Play", show=False, tooltip="Play the exchange (again: stop)"),
        Binding("x", "export", "Export", show=False, tooltip="Export the hearing"),
        Binding(ORPHANS_KEY, "orphans", "Orphans", show=False, tooltip="Review orphaned notes"),
        Binding("l", "cycle_filter('label')", "Label filter", show=False),
        Binding("w", "cycle_filter('speaker')", "Speaker filter", show=False),
        Binding("v", "cycle_filter('status')", "Status filter", show=False),
        Binding("g", "cycle_filter('sign')", "Sign filter", show=False),
        Binding("z", "zoom", "Zoom pane", show=False, tooltip="Maximise / restore the pane"),
        Binding("escape", "back", "Back", show=False, tooltip="Close search / back to library"),
    ]

    def __init__(self, hearing_id: str) -> None:
        super().__init__()
        self.hearing_id = hearing_id
        self.state: ReviewState | None = None
        self.current: int | None = None
        self.matches: list[Match] = []
        self.match_index = -1
        self.last_export: Path | None = None
        self.export_format = "md"
        self.load_seconds = 0.0

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="main"):
            yield TranscriptView(id="transcript")
            yield FlagQueue(id="queue", on_select=self._exchange_chosen)
        yield DetailPane(id="detail")
        yield Input(
            placeholder="Search the transcript (Enter find, ] [ next/previous, Esc close)",
            id="search",
            compact=True,
        )
        yield Footer(compact=True)

    @property
    def library(self):
        return self.app.library

    @property
    def transcript(self) -> TranscriptView:
        return self.query_one(TranscriptView)

    @property
    def queue(self) -> FlagQueue:
        return self.query_one(FlagQueue)

    @property
    def detail(self) -> DetailPane:
        return self.query_one(DetailPane)

    def on_mount(self) -> None:
        started = time.perf_counter()
        try:
            doc = self.library.load(self.hearing_id)
        except HearingError as exc:
            self.app.notify(str(exc), severity="error", timeout=10)
            self.call_later(self.app.show_library)
            return
        self.load_seconds = time.perf_counter() - started
        self.state = ReviewState(doc, self.hearing_id)
        # A long hearing is a few hundred thousand objects (words, turns) that live as long
        # as this screen. Left to the cyclic GC they are re-scanned by every full
        # collection: a 50-150 ms stall every dozen keys. Frozen, the GC skips them;
        # they are still freed by reference counting, and unfrozen when the screen goes.
        gc.freeze()
        self.title = doc.title or self.hearing_id
        self.transcript.border_title = "Transcript"
        self.detail.border_title = "Exchange"
        self.query_one("#search", Input).display = False
        self.transcript.set_state(self.state)
        self.queue.set_state(self.state)
        self.check_orphans()
        if note := transcript_note(doc):  # another language, or Whisper unsure of its words
            self.app.notify(note, severity="warning", timeout=20)
        self._update_counts()
        # the panes' own children mount in their own time: select once they are there
        self.call_after_refresh(self._start)

    def _start(self, tries: int = 20) -> None:
        if not (self.queue.ready and self.detail.ready) and tries:
            self.call_after_refresh(self._start, tries - 1)
            return
        first = self.queue.current
        self.select_exchange(first if first is not None else self._first_exchange())
        if first is not None:
            self.queue.query_one(DataTable).focus()
        else:
            self.transcript.focus()
        # a real terminal may report its size after the first layout: scroll again then
        self.call_after_refresh(self._settle)

    def _settle(self) -> None:
        gc.freeze()  # and the widgets and first frame, now that they are built
        if self.current is not None and self.state is not None:
            turn = self.state.turn_of(self.current, "question")
            if turn is not None:
                self.transcript.select_turn(turn, top=True)

    def on_unmount(self) -> None:
        gc.unfreeze()

    def _first_exchange(self) -> int | None:
        assert self.state is not None
        return self.state.doc.exchanges[0].id if self.state.doc.exchanges else None

    def _update_counts(self) -> None:
        assert self.state is not None
        flagged, reviewed = self.state.counts()
        self.sub_title = f"{flagged} flagged · {reviewed} reviewed{self.orphan_badge}"
        self.queue.border_subtitle = f"{reviewed} reviewed"

    # -- selection -----------------------------------------------------------------------
    def select_exchange(self, exchange_id: int | None, *, scroll: bool = True) -> None:
        """Show an exchange in the detail pane and bring its question to the transcript's top."""
        assert self.state is not None
        self.current = exchange_id
        self.detail.show(self.state, exchange_id)
        if exchange_id is not None and scroll:
            turn = self.state.turn_of(exchange_id, "question")
            if turn is not None:
                self.transcript.select_turn(turn, top=True)

    def _exchange_chosen(self, exchange_id: int) -> None:
        """The queue's cursor moved (called directly, in the same step as the key)."""
        if exchange_id != self.current and self.state is not None:
            self.select_exchange(exchange_id)

    @on(ExchangeSelected)
    def _exchange_selected(self, event: ExchangeSelected) -> None:
        self._exchange_chosen(event.exchange_id)

    @on(TurnSelected)
    def _turn_selected(self, event: TurnSelected) -> None:
        self._follow_turn(event.turn_index)

    def _follow_turn(self, turn_index: int) -> None:
        assert self.state is not None
        eid = self.state.turn_exchange.get(turn_index)
        if eid != self.current:
            self.select_exchange(eid, scroll=False)
            if eid is not None:
                self.queue.select(eid)

    def _need_exchange(self) -> int | None:
        if self.current is None:
            self.notify("Select an exchange first (queue or transcript).", severity="warning")
        return self.current

    # -- review actions ------------------------------------------------------------------
    def _save_verdict(self, exchange_id: int, verdict: str | None) -> bool:
        assert self.state is not None
        try:
            self.library.set_verdict(self.hearing_id, exchange_id, verdict)
        except HearingError as exc:
            self.notify(str(exc), severity="error")
            return False
        self.state.set_verdict(exchange_id, verdict)
        self.queue.update_row(exchange_id)
        self.detail.refresh_content()
        self.transcript.invalidate()
        self._update_counts()
        return True

    def action_verdict(self, verdict: str | None) -> None:
        eid = self._need_exchange()
        if eid is None or self.state is None:
            return
        ex = self.state.exchanges[eid]
        if verdict in ("confirmed", "dismissed") and not self.state.is_flagged(ex):
            self.notify("This answer is not flagged; press f to flag it by hand.")
            return
        if self._save_verdict(eid, verdict):
            self.notify(f"Exchange #{eid}: {verdict or 'unreviewed'}", timeout=2)

    def action_flag(self) -> None:
        eid = self._need_exchange()
        if eid is None or self.state is None:
            return
        ex = self.state.exchanges[eid]
        if ex.label in FLAG_LABELS:
            self.notify(f"Already flagged ({ex.label}); c confirms, d dismisses.")
            return
        if self.state.verdict(eid) == "flagged":
            if self._save_verdict(eid, None):
                self.notify(f"Exchange #{eid}: hand flag removed", timeout=2)
        elif self._save_verdict(eid, "flagged"):
            self.notify(f"Exchange #{eid}: flagged by hand", timeout=2)

    def action_unreviewed(self, step: int) -> None:
        assert self.state is not None
        target = self.state.next_unreviewed(self.queue.order, self.current, step)
        if target is None:
            self.notify("No unreviewed flags in this view.", timeout=3)
            return
        self.select_exchange(target)
        self.queue.select(target)

    # -- filters -------------------------------------------------------------------------
    def action_cycle_filter(self, name: str) -> None:
        value = self.queue.cycle_filter(name)
        shown = value or "everyone"
        if name == "speaker" and value and self.state is not None:
            shown = self.state.doc.display_name(value)
        elif name == "sign":
            shown = sign_name(value)
        self.notify(f"{name} filter: {shown}", timeout=2)

    def action_filter(self, name: str, value: str) -> None:
        self.queue.set_filter(**{name: value})

    # -- search --------------------------------------------------------------------------
    def action_search(self) -> None:
        box = self.query_one("#search", Input)
        box.display = True
        box.cursor_blink = False
        box.focus()

    @on(Input.Submitted, "#search")
    def _search_submitted(self, event: Input.Submitted) -> None:
        self.run_search(event.value)
        self.transcript.focus()

    def run_search(self, query: str) -> None:
        assert self.state is not None
        self.matches = self.state.search(query)
        if not self.matches:
            self.match_index = -1
            self.transcript.set_matches([])
            self.transcript.border_subtitle = ""
            self.notify(f"No match for “{query}”.", severity="warning", timeout=3)
            return
        at = self.transcript.cursor
        self.match_index = next((k for k, m in enumerate(self.matches) if m.turn_index >= at), 0)
        self._show_match()

    def action_match(self, step: int) -> None:
        if not self.matches:
            self.notify("No search yet: press / to search.", timeout=2)
            return
        self.match_index = (self.match_index + step) % len(self.matches)
        self._show_match()

    def _show_match(self) -> None:
        m = self.matches[self.match_index]
        self.transcript.set_matches(self.matches, self.match_index)
        self.transcript.border_subtitle = f"match {self.match_index + 1}/{len(self.matches)}"
        self._follow_turn(m.turn_index)

    def action_back(self) -> None:
        box = self.query_one("#search", Input)
        if self.maximized is not None:
            self.minimize()
        elif box.display:
            box.display = False
            self.transcript.focus()
        else:
            self.app.show_library()

    def action_zoom(self) -> None:
        if self.maximized is not None:
            self.minimize()
            return
        focused = self.focused or self.transcript
        for pane in (self.transcript, self.queue, self.detail):
            if focused is pane or pane in focused.ancestors:
                self.maximize(pane, container=False)
                return

    # -- palette -------------------------------------------------------------------------
    def palette_commands(self) -> list[PaletteCommand]:
        return hearing_commands(self.state)
