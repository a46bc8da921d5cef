"""The transcript: every turn of a hearing, drawn line by line (Textual's Line API).

A hearing of 1,500 turns and 30,000 words would take seconds to mount as one widget per
turn. Here the text is wrapped once per width into a list of line descriptors, and only
the lines on screen are turned into strips (and cached until something changes), so
opening, scrolling and jumping cost the same on a three-hour hearing as on a short one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import islice

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.backend import clock
from tui.messages import TurnSelected
from tui.review import Match, ReviewState
from tui.widgets.frame_style import FrameStyle

# Speaker colours, stable per speaker (its position in the document); one set per theme
# mode so that names stay readable on dark and light backgrounds.
DARK_COLOURS = ("#6cb6ff", "#f0a35e", "#7fd88f", "#e08ee0", "#5fd7d7", "#d7c75f", "#ff8f8f")
LIGHT_COLOURS = ("#0b5cad", "#9a4a00", "#1f7a35", "#8a2c8a", "#00747a", "#6d6100", "#b02a2a")

HEAD, BODY, GAP = 0, 1, 2
CACHE_LINES = 600  # drawn lines kept (a few screens' worth)
INDENT = 3
_WORD = re.compile(r"\S+")
# tabs, newlines and other control whitespace inside a turn would break a terminal line
_FLAT = {c: " " for c in range(32)} | {0x7F: " ", 0x85: " ", 0x2028: " ", 0x2029: " "}


@dataclass(frozen=True, slots=True)
class _Line:
    turn: int
    kind: int
    start: int = 0  # character span of the turn text (BODY lines)
    end: int = 0


def wrap_spans(text: str, width: int) -> list[tuple[int, int]]:
    """Greedy word wrap of ``text`` into ``width`` columns, as character spans."""
    width = max(1, width)
    spans: list[tuple[int, int]] = []
    line_start = line_end = -1
    for m in _WORD.finditer(text):
        ws, we = m.span()
        while we - ws > width:  # a word longer than the line: hard split
            if line_start >= 0:
                spans.append((line_start, line_end))
                line_start = -1
            spans.append((ws, ws + width))
            ws += width
        if line_start < 0:
            line_start, line_end = ws, we
        elif we - line_start <= width:
            line_end = we
        else:
            spans.append((line_start, line_end))
            line_start, line_end = ws, we
    if line_start >= 0:
        spans.append((line_start, line_end))
    return spans or [(0, 0)]


class TranscriptView(FrameStyle, ScrollView, can_focus=True):
    """Turns with time, speaker (in its colour) and, on answers, the flag badge."""

    COMPONENT_CLASSES = {
        "transcript--time",
        "transcript--cursor",
        "transcript--match",
        "transcript--current-match",
        "transcript--evasive",
        "transcript--partial",
        "transcript--badge",
        "transcript--role",
    }
    BINDINGS = [
        Binding("up,k", "move(-1)", "Previous turn", show=False),
        Binding("down,j", "move(1)", "Next turn", show=False),
        Binding("pageup", "page(-1)", "Page up", show=False),
        Binding("pagedown", "page(1)", "Page down", show=False),
        Binding("home", "edge(0)", "First turn", show=False),
        Binding("end", "edge(1)", "Last turn", show=False),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.state: ReviewState | None = None
        self.cursor = 0
        self.matches: list[Match] = []
        self.current_match = -1
        self._match_spans: dict[int, list[tuple[int, int, bool]]] = {}
        self._lines: list[_Line] = []
        self._first_line: list[int] = []
        self._wrapped_width = -1
        self._cache: dict[int, Strip] = {}
        self._speaker_styles: dict[str, Style] = {}
        self._pending_top: int | None = None  # turn to show at the top once laid out

    # -- data ----------------------------------------------------------------------------
    def set_state(self, state: ReviewState) -> None:
        self.state = state
        self.cursor = 0
        self._wrapped_width = -1
        self._rewrap()

    def invalidate(self) -> None:
        """Names, verdicts or theme changed: redraw the visible lines from scratch."""
        self._cache.clear()
        self._speaker_styles.clear()
        self.refresh()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._cache.clear()
        self._speaker_styles.clear()

    def _rewrap(self) -> None:
        if self.state is None or not self.size.width:
            return  # not laid out yet: on_resize wraps once the width is known
        width = self.scrollable_content_region.width or self.size.width
        if width == self._wrapped_width:
            return
        y = self.scroll_offset.y
        top_turn = self._lines[y].turn if 0 <= y < len(self._lines) else 0
        keep = self._pending_top if self._pending_top is not None else top_turn
        self._wrapped_width = width
        lines: list[_Line] = []
        first: list[int] = []
        body_width = max(8, width - INDENT)
        for i, turn in enumerate(self.state.doc.turns):
            first.append(len(lines))
            lines.append(_Line(i, HEAD))
            for start, end in wrap_spans(turn.text, body_width):
                lines.append(_Line(i, BODY, start, end))
            lines.append(_Line(i, GAP))
        self._lines, self._first_line = lines, first
        self._cache.clear()
        self.virtual_size = Size(width, len(lines))
        if keep and keep < len(first):
            # the new virtual size must be laid out before a scroll to it can land
            self.call_after_refresh(self._scroll_top, keep)
        self.refresh()

    def _scroll_top(self, turn: int) -> None:
        self.scroll_to(y=max(0, self.line_of_turn(turn) - 1), animate=False, immediate=True)
        self._pending_top = None

    def on_resize(self, event: events.Resize) -> None:
        self._rewrap()

    def on_mount(self) -> None:
        # speaker colours come from a dark or a light palette: redraw when the theme flips
        self.app.theme_changed_signal.subscribe(self, lambda _theme: self.invalidate())

    # -- navigation ----------------------------------------------------------------------
    @property
    def turn_count(self) -> int:
        return len(self.state.doc.turns) if self.state else 0

    def line_of_turn(self, index: int) -> int:
        return self._first_line[index] if 0 <= index < len(self._first_line) else 0

    def select_turn(self, index: int, *, top: bool = False, announce: bool = False) -> None:
        """Move the cursor to a turn and bring it into view (near the top if ``top``)."""
        if not self.turn_count:
            return
        index = max(0, min(index, self.turn_count - 1))
        old, self.cursor = self.cursor, index
        self._forget_turn(old)
        self._forget_turn(index)
        first = self.line_of_turn(index)
        last = self._first_line[index + 1] - 1 if index + 1 < len(self._first_line) else first
        height = self.scrollable_content_region.height or self.size.height
        y = self.scroll_offset.y
        if top:
            self._pending_top = index
            self.scroll_to(y=max(0, first - 1), animate=False, immediate=True)
        elif first < y:
            self.scroll_to(y=first, animate=False, immediate=True)
        elif last >= y + height:
            self.scroll_to(y=max(first, last - height + 1), animate=False, immediate=True)
        self.refresh()
        if announce:
            self.post_message(TurnSelected(index))

    def _forget_turn(self, index: int) -> None:
        if 0 <= index < len(self._first_line):
            end = self._first_line[index + 1] if index + 1 < len(self._first_line) else None
            for y in range(self._first_line[index], end or len(self._lines)):
                self._cache.pop(y, None)

    def action_move(self, step: int) -> None:
        self.select_turn(self.cursor + step, announce=True)

    def action_page(self, step: int) -> None:
        height = self.scrollable_content_region.height or 10
        target_line = self.line_of_turn(self.cursor) + step * height
        target_line = max(0, min(target_line, len(self._lines) - 1))
        self.select_turn(self._lines[target_line].turn if self._lines else 0, announce=True)

    def action_edge(self, end: int) -> None:
        self.select_turn(self.turn_count - 1 if end else 0, announce=True)

    def on_click(self, event: events.Click) -> None:
        y = event.y + self.scroll_offset.y
        if 0 <= y < len(self._lines):
            self.focus()
            self.select_turn(self._lines[y].turn, announce=True)

    # -- search --------------------------------------------------------------------------
    def set_matches(self, matches: list[Match], current: int = -1) -> None:
        self.matches = matches
        self.current_match = current
        spans: dict[int, list[tuple[int, int, bool]]] = {}
        for k, m in enumerate(matches):
            spans.setdefault(m.turn_index, []).append((m.start, m.end, k == current))
        self._match_spans = spans
        self._cache.clear()
        if 0 <= current < len(matches):
            m = matches[current]
            self.cursor = m.turn_index
            line = self.line_of_turn(m.turn_index)
            for y in range(line, len(self._lines)):
                ln = self._lines[y]
                if ln.turn != m.turn_index:
                    break
                if ln.kind == BODY and ln.start <= m.start < max(ln.end, ln.start + 1):
                    line = y
                    break
            height = self.scrollable_content_region.height or self.size.height
            if not (self.scroll_offset.y <= line < self.scroll_offset.y + height):
                self.scroll_to(y=max(0, line - height // 3), animate=False, immediate=True)
        self.refresh()

    # -- drawing -------------------------------------------------------------------------
    def _speaker_style(self, speaker_id: str) -> Style:
        style = self._speaker_styles.get(speaker_id)
        if style is None:
            assert self.state is not None
            ids = self.state.speaker_ids()
            pos = ids.index(speaker_id) if speaker_id in ids else len(ids)
            colours = DARK_COLOURS if self.app.current_theme.dark else LIGHT_COLOURS
            style = Style(color=colours[pos % len(colours)], bold=True)
            self._speaker_styles[speaker_id] = style
        return style

    def render_line(self, y: int) -> Strip:
        index = self.scroll_offset.y + y
        width = self.scrollable_content_region.width or self.size.width
        if self.state is None or not (0 <= index < len(self._lines)):
            return Strip.blank(width, self.rich_style)
        strip = self._cache.get(index)
        if strip is None or strip.cell_length != width:
            strip = self._render(self._lines[index], width)
            if len(self._cache) >= CACHE_LINES:
                # drop the oldest half: a bounded cache keeps long sessions from piling
                # up strips the garbage collector has to walk
                for old in list(islice(self._cache, CACHE_LINES // 2)):
                    del self._cache[old]
            self._cache[index] = strip
        return strip

    def _render(self, line: _Line, width: int) -> Strip:
        assert self.state is not None
        base = self.rich_style
        if line.turn == self.cursor and line.kind != GAP:
            base = base + self.get_component_rich_style("transcript--cursor")
        if line.kind == GAP:
            return Strip.blank(width, self.rich_style)
        turn = self.state.doc.turns[line.turn]
        ex_id = self.state.turn_exchange.get(line.turn)
        is_answer = line.turn in self.state.answer_turns
        severity = "answered"
        if ex_id is not None and is_answer:
            severity = self.state.severity(self.state.exchanges[ex_id])
        segments: list[Segment] = []
        if line.kind == HEAD:
            segments = self._head_segments(
                turn.start, turn.speaker, ex_id, is_answer, severity, base, width
            )
        else:
            gutter_style = base
            if severity in ("evasive", "partial"):
                gutter_style = base + self.get_component_rich_style(f"transcript--{severity}")
            segments.append(Segment(" ▌ " if severity != "answered" else "   ", gutter_style))
            segments.extend(self._body_segments(turn.text, line, base))
        strip = Strip(segments).crop(0, width)
        return strip.extend_cell_length(width, base)

    def _head_segments(
        self,
        start: float,
        speaker: str,
        ex_id: int | None,
        is_answer: bool,
        severity: str,
        base: Style,
        width: int,
    ) -> list[Segment]:
        """Time, name, role, flag badge; when narrow, the role goes first, then the name shrinks."""
        assert self.state is not None
        time_text = f" {clock(start):>8} "
        name = self.state.doc.display_name(speaker)
        role = self._role(speaker)
        role_text = f" · {role}" if role else ""
        badge = ""
        badge_style = base
        if ex_id is not None and is_answer:
            room = width - len(time_text) - len(name) - len(role_text) - 1
            badge = self._badge(ex_id, severity, short=room < 28)
            badge_style = base + self.get_component_rich_style(
                f"transcript--{severity}" if severity != "answered" else "transcript--badge"
            )
        # a badge keeps one blank column before the scrollbar
        need = len(time_text) + len(name) + len(role_text) + (len(badge) + 2 if badge else 0)
        if need > width and role_text:
            need -= len(role_text)
            role_text = ""
        if need > width:
            keep = max(3, len(name) - (need - width))
            name = name[: keep - 1] + "…" if keep < len(name) else name
            need = len(time_text) + len(name) + (len(badge) + 2 if badge else 0)
        segments = [
            Segment(time_text, base + self.get_component_rich_style("transcript--time")),
            Segment(name, base + self._speaker_style(speaker)),
        ]
        if role_text:
            segments.append(
                Segment(role_text, base + self.get_component_rich_style("transcript--role"))
            )
        if badge:
            segments.append(Segment(" " * max(1, width - need + 1), base))
            segments.append(Segment(badge, badge_style))
            segments.append(Segment(" ", base))
        return segments

    def _role(self, speaker_id: str) -> str:
        assert self.state is not None
        try:
            role = self.state.doc.speaker(speaker_id).role
        except KeyError:
            return ""
        return role if role != "unknown" else ""

    def _badge(self, ex_id: int, severity: str, short: bool = False) -> str:
        """``⚑ evasive 0.82 ✓ confirmed``, or ``⚑ E 0.82 ✓`` where the pane is narrow."""
        assert self.state is not None
        ex = self.state.exchanges[ex_id]
        verdict = self.state.verdict(ex_id)
        if ex.label == "answered" and verdict is None:
            return ""
        if short:
            glyph = {"confirmed": " ✓", "dismissed": " ✗", "flagged": " ⚑"}.get(verdict or "", "")
            return f"⚑ {ex.label[0].upper()} {ex.score:.2f}{glyph}"
        mark = {"confirmed": "✓ confirmed", "dismissed": "✗ dismissed", "flagged": "⚑ by hand"}
        label = ex.label if ex.label != "answered" else "flag"
        text = f"⚑ {label} {ex.score:.2f}"
        if verdict:
            text += f" {mark[verdict]}"
        return text

    def _body_segments(self, text: str, line: _Line, base: Style) -> list[Segment]:
        spans = self._match_spans.get(line.turn)
        if not spans:
            return [Segment(text[line.start : line.end].translate(_FLAT), base)]
        out: list[Segment] = []
        pos = line.start
        match_style = base + self.get_component_rich_style("transcript--match")
        current_style = base + self.get_component_rich_style("transcript--current-match")
        for start, end, current in spans:
            s, e = max(start, line.start), min(end, line.end)
            if s >= e:
                continue
            if s > pos:
                out.append(Segment(text[pos:s].translate(_FLAT), base))
            style = current_style if current else match_style
            out.append(Segment(text[s:e].translate(_FLAT), style))
            pos = e
        if pos < line.end:
            out.append(Segment(text[pos : line.end].translate(_FLAT), base))
        return out
