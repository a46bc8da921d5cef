"""``rich_style`` worked out once per render pass instead of once per line.

Textual's ``DOMNode.rich_style`` walks the widget's ancestors and blends their colours on
every call, and line-based widgets (ours and ``DataTable``) ask for it on every line they
draw. On a three-hour hearing each key repaints a few dozen lines in three panes, and that
walk was a third of the cost. Styles cannot change in the middle of one render pass, so
the first answer is kept until the pass ends.
"""

from __future__ import annotations

from rich.style import Style
from textual.geometry import Region
from textual.strip import Strip


class FrameStyle:
    """Mixin for a ``Widget`` subclass (put it first in the bases)."""

    _frame_style: Style | None = None

    @property
    def rich_style(self) -> Style:
        style = self._frame_style
        if style is None:
            style = super().rich_style  # type: ignore[misc]
        return style

    def render_lines(self, crop: Region) -> list[Strip]:
        self._frame_style = None
        self._frame_style = self.rich_style
        try:
            return super().render_lines(crop)  # type: ignore[misc]
        finally:
            self._frame_style = None
