"""An evasion score as a bar, coloured by the label the scorer gave (detail pane)."""

from __future__ import annotations

from rich.style import Style
from rich.text import Text


def score_bar_text(score: float, label: str, width: int, style: Style) -> Text:
    """``██████░░░░ 0.62 partial``: length is the score, colour (``style``) the severity."""
    width = max(1, width)
    filled = round(max(0.0, min(1.0, score)) * width)
    text = Text()
    text.append("█" * filled, style)
    text.append("░" * (width - filled), style + Style(dim=True))
    text.append(f" {score:.2f} {label}", style)
    return text
