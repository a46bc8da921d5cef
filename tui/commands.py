"""Command palette entries (Ctrl+P) for every action of the screen it was opened over.

Each screen lists its actions in ``palette_commands()`` as ``PaletteCommand`` rows, so the
palette, the key bindings and the help screen describe the same set of actions.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider


@dataclass(frozen=True)
class PaletteCommand:
    title: str
    help: str
    action: str  # a Textual action string run on the screen, e.g. "verdict('confirmed')"


def app_commands() -> list[PaletteCommand]:
    return [
        PaletteCommand("Toggle dark/light theme", "Dark or light colours", "app.toggle_theme"),
        PaletteCommand("Help: keys and actions", "Every key of this screen", "app.help"),
    ]


class HearingCommands(Provider):
    """Offers the calling screen's actions plus the app's own (theme, help)."""

    def _commands(self) -> Iterable[tuple[PaletteCommand, Callable[[], object]]]:
        screen = self.screen
        listed: list[PaletteCommand] = list(getattr(screen, "palette_commands", list)())
        for cmd in listed + app_commands():
            yield cmd, partial(screen.run_action, cmd.action)

    async def discover(self) -> Hits:
        for cmd, run in self._commands():
            yield DiscoveryHit(cmd.title, run, help=cmd.help)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for cmd, run in self._commands():
            score = matcher.match(cmd.title)
            if score > 0:
                yield Hit(score, matcher.highlight(cmd.title), run, text=cmd.title, help=cmd.help)
