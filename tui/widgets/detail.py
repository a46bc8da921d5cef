"""The detail pane: one exchange, question beside answer, with the evidence for its score.

The answer's best-matching sentence (the one closest to the question) is marked so the
analyst can judge at a glance whether the score's "it did not answer" is fair.

It is drawn with the Line API like the transcript: the exchange is rendered to lines once
per selection, and the pane's size does not depend on its content, so moving through the
queue repaints this pane without a layout pass of the whole screen.
"""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.segment import Segment
from rich.style import Style, StyleType
from rich.table import Table
from rich.text import Text
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from hearing.evasion.reasons import two_places
from hearing.export.view import grouped_share, reason_groups
from tui.backend import clock
from tui.review import ReviewState
from tui.widgets.frame_style import FrameStyle
from tui.widgets.score_bar import score_bar_text

# The key that jumps from a follow-up to the exchange it presses on. Defined beside the pane
# that names it, so the hearing screen's binding and this hint cannot drift.
FOLLOWED_KEY = "b"

VERDICT_TEXT = {
    None: "unreviewed",
    "confirmed": "✓ confirmed",
    "dismissed": "✗ dismissed",
    "flagged": "⚑ flagged by hand",
}


def mark_sentence(answer: str, sentence: str, style: StyleType) -> Text:
    """The answer with ``sentence`` styled where it occurs (case-insensitive)."""
    text = Text(answer)
    needle = sentence.strip()
    if needle:
        at = answer.lower().find(needle.lower())
        if at >= 0:
            text.stylize(style, at, at + len(needle))
    return text


class DetailPane(FrameStyle, ScrollView, can_focus=True):
    """Shows ``exchange_id`` of ``state``; ``show`` is cheap enough to call on every key."""

    COMPONENT_CLASSES = {
        "detail--best",
        "detail--heading",
        "detail--dim",
        "score-bar--evasive",
        "score-bar--partial",
        "score-bar--answered",
    }

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.state: ReviewState | None = None
        self.exchange_id: int | None = None
        self._lines: list[Strip] = []
        self._rendered_for: tuple | None = None
        self.ready = True

    def show(self, state: ReviewState, exchange_id: int | None) -> None:
        self.state, self.exchange_id = state, exchange_id
        self.scroll_to(y=0, animate=False, immediate=True)
        self.refresh_content()

    def refresh_content(self) -> None:
        """Re-render after the exchange, its verdict/note or a speaker's name changed."""
        self._rendered_for = None
        # the title is set here, not while drawing: a change made during a paint would
        # schedule a second paint of the pane on every key
        state, eid = self.state, self.exchange_id
        if state is None or eid is None or eid not in state.exchanges:
            self.border_title = "Exchange"
        else:
            ex = state.exchanges[eid]
            self.border_title = f"Exchange #{ex.id} · {clock(ex.start)}–{clock(ex.end)}"
        self.refresh()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._rendered_for = None

    def on_resize(self) -> None:
        self._rendered_for = None

    def on_mount(self) -> None:
        self.app.theme_changed_signal.subscribe(self, lambda _theme: self.refresh_content())

    # -- content -------------------------------------------------------------------------
    def _style(self, name: str) -> Style:
        return self.get_component_rich_style(name, partial=True)

    def renderable(self, width: int) -> RenderableType:
        state, eid = self.state, self.exchange_id
        heading, dim = self._style("detail--heading"), self._style("detail--dim")
        if state is None or eid is None or eid not in state.exchanges:
            return Text.assemble(
                ("No exchange selected. ", heading),
                "Move through the flag queue, or put the transcript cursor on a question "
                "or answer, to see it here.",
            )
        ex = state.exchanges[eid]
        doc = state.doc
        head = Text(f"{VERDICT_TEXT.get(state.verdict(eid), '?')}  ", style=heading)
        bar_style = self._style(f"score-bar--{ex.label}")
        head.append_text(score_bar_text(ex.score, ex.label, min(20, max(4, width - 40)), bar_style))
        note = state.note(eid)
        note_line = Text.assemble(
            ("Note: ", heading), (note, "") if note else ("none (press e to add one)", dim)
        )
        followup = (
            "" if ex.follows is None else f" · follow-up to exchange {ex.follows} ({FOLLOWED_KEY})"
        )
        question = Text.assemble(
            (f"Q · {doc.display_name(ex.asker)}", heading), (f"{followup}\n", dim), ex.question
        )
        answer = Text.assemble((f"A · {doc.display_name(ex.answerer)}\n", heading))
        answer.append_text(mark_sentence(ex.answer, ex.best_sentence, self._style("detail--best")))
        qa = Table.grid(expand=True, padding=(0, 2, 0, 0))
        if width >= 60:
            qa.add_column(ratio=1)
            qa.add_column(ratio=1)
            qa.add_row(question, answer)
        else:
            qa.add_column(ratio=1)
            qa.add_row(question)
            qa.add_row(answer)
        reasons = Text()
        groups = reason_groups(ex.reasons)
        for g, (title, items) in enumerate(groups):
            if g:
                reasons.append("\n")
            reasons.append(f"{title}: ", heading)
            for k, reason in enumerate(items):
                if k:
                    reasons.append("  ")
                reasons.append(f"• {reason.text} ")
                reasons.append(grouped_share(reason), dim)
        if not groups:
            reasons.append("No reasons recorded.", dim)
        if ex.best_sentence:
            reasons.append("\n")
            reasons.append("Best-matching sentence marked", self._style("detail--best"))
            reasons.append(f"; similarity {two_places(ex.similarity)}.", dim)
        return Group(head, note_line, Text(""), qa, Text(""), reasons)

    @property
    def drawn_exchange(self) -> int | None:
        """The exchange whose lines the pane last drew (None before the first paint)."""
        return self._rendered_for[1] if self._rendered_for else None

    def plain_text(self) -> str:
        """What the pane shows, as text (tests, screen readers)."""
        self._ensure_lines()
        return "\n".join(strip.text.rstrip() for strip in self._lines)

    def _ensure_lines(self) -> None:
        width = self.scrollable_content_region.width or self.size.width or 80
        key = (width, self.exchange_id)
        if self._rendered_for == key:
            return
        console = self.app.console
        options = console.options.update_width(width).update(highlight=False)
        lines = console.render_lines(
            self.renderable(width), options, style=self.rich_style, pad=True
        )
        self._lines = [Strip(line, width) for line in lines]
        self._rendered_for = key
        height = max(len(self._lines), self.scrollable_content_region.height)
        if self.virtual_size != Size(width, height):
            self.virtual_size = Size(width, height)

    def render_line(self, y: int) -> Strip:
        self._ensure_lines()
        width = self.scrollable_content_region.width or self.size.width
        index = self.scroll_offset.y + y
        if 0 <= index < len(self._lines):
            return self._lines[index].crop(0, width)
        return Strip([Segment(" " * width, self.rich_style)], width)
