"""The help screen (``?``): every key of the screen it was opened over, and the app's.

Built from the screens' own ``BINDINGS`` so it cannot drift from what the keys do.
"""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Label, Static


def _rows(app, bindings, seen: set[str]) -> list[tuple[str, str]]:
    rows = []
    for binding in Binding.make_bindings(bindings):
        text = binding.tooltip or binding.description
        action = binding.action.removeprefix("app.")
        if not text or action in seen:
            continue
        seen.add(action)
        keys = " / ".join(
            app.get_key_display(Binding(k, binding.action)) for k in binding.key.split(",")
        )
        rows.append((keys, text))
    return rows


class HelpScreen(ModalScreen):
    """Keys grouped by where they work; Escape, q or ? closes it."""

    BINDINGS = [
        Binding("escape,q,question_mark", "dismiss_help", "Close help"),
    ]

    def __init__(self, over: Screen) -> None:
        super().__init__()
        self.over = over

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box"):
            yield Label(f"Keys · {getattr(self.over, 'HELP_TITLE', 'hearing')}", id="help-title")
            intro = getattr(self.over, "HELP_INTRO", "")
            if intro:
                yield Static(intro, id="help-intro")
            yield Static(self.help_table(), id="help-table")
            yield Static(
                "Ctrl+P opens the command palette: every action above, by name. "
                "Changes are saved to the library as you make them.",
                id="help-outro",
            )

    def help_table(self) -> Table:
        table = Table(box=None, show_header=False, padding=(0, 2, 0, 0), expand=False)
        table.add_column("keys", style="bold", no_wrap=True)
        table.add_column("action")
        sections = [(getattr(self.over, "HELP_TITLE", "This screen"), self.over.BINDINGS)]
        for extra_title, extra in getattr(self.over, "HELP_EXTRA", []):
            sections.append((extra_title, extra))
        sections.append(("Everywhere", self.app.BINDINGS))
        seen: set[str] = set()
        for k, (title, bindings) in enumerate(sections):
            rows = _rows(self.app, bindings, seen)
            if not rows:
                continue
            if k:
                table.add_row("", "")
            table.add_row(Text(title, style="underline"), "")
            for keys, text in rows:
                table.add_row(keys, text)
        return table

    def action_dismiss_help(self) -> None:
        self.dismiss(None)
