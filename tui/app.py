"""``HearingApp``: wires the library, the pipeline and the audio player to the screens.

Kept small on purpose; screens and widgets live in their own modules. The library,
the analyse function and the player can be injected, which is how the tests run the
progress screen with a fake pipeline and playback without an audio device.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from textual.app import App
from textual.binding import Binding

from hearing.errors import HearingError
from tui.audio import Player
from tui.backend import Target, default_analyze, open_library, resolve_target
from tui.commands import HearingCommands

STYLES = Path(__file__).parent / "styles"
DARK_THEME, LIGHT_THEME = "textual-dark", "textual-light"


class HearingApp(App):
    TITLE = "hearing"
    CSS_PATH = [STYLES / "base.tcss", STYLES / "dark.tcss", STYLES / "light.tcss"]
    COMMANDS = App.COMMANDS | {HearingCommands}
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (120, "-wide")]
    BINDINGS = [
        Binding("question_mark", "help", "Help"),
        Binding("t", "toggle_theme", "Theme", show=False, tooltip="Toggle dark / light theme"),
        Binding("q", "quit", "Quit", show=False),
    ]

    def __init__(
        self,
        path: str | Path | Target | None = None,
        library: Any = None,
        *,
        analyze: Callable[..., Any] | None = None,
        player: Player | None = None,
        theme: str = DARK_THEME,
    ) -> None:
        super().__init__()
        self._owns_library = library is None
        self.library = library if library is not None else open_library(None)
        self.target = path
        self._analyze = analyze
        self.player = player if player is not None else Player()
        self.theme = theme

    def on_mount(self) -> None:
        target = self.target
        if not isinstance(target, Target):
            try:
                target = resolve_target(target, self.library)
            except HearingError as exc:
                self.notify(str(exc), severity="error", timeout=10)
                target = Target("library")
        if target.kind == "hearing":
            # the library screen is built only when the analyst goes back to it
            self.open_hearing(target.hearing_id)
            return
        self.show_library()
        if target.kind == "recording" and target.path is not None:
            self.analyse_recording(target.path)

    def show_library(self) -> None:
        """Back to the library: under the current screen if it is there, else instead of it."""
        from tui.screens.library import LibraryScreen

        if len(self.screen_stack) > 2:
            self.pop_screen()
        elif len(self.screen_stack) == 2 and not isinstance(self.screen, LibraryScreen):
            self.switch_screen(LibraryScreen())
        elif len(self.screen_stack) < 2:
            self.push_screen(LibraryScreen())

    def on_unmount(self) -> None:
        self.player.stop()
        if self._owns_library:
            self.library.close()

    # -- navigation ----------------------------------------------------------------------
    def open_hearing(self, hearing_id: str) -> None:
        from tui.screens.hearing import HearingScreen

        self.push_screen(HearingScreen(hearing_id))

    def analyse_recording(self, path: Path) -> None:
        from tui.screens.progress import ProgressScreen

        path = Path(path)
        if not path.is_file():
            self.notify(f"{path}: no such file", severity="error")
            return
        try:
            analyze = self._analyze or default_analyze()
        except ImportError as exc:
            self.notify(f"the analysis pipeline is not available: {exc}", severity="error")
            return

        def finished(hearing_id: str | None) -> None:
            if hearing_id:
                # after the progress screen is fully gone, not from inside its dismissal
                self.call_after_refresh(self.open_hearing, hearing_id)

        self.push_screen(ProgressScreen(path, analyze, self.library), finished)

    # -- app-wide actions ----------------------------------------------------------------
    def action_help(self) -> None:
        from tui.screens.help import HelpScreen

        if isinstance(self.screen, HelpScreen):
            return
        self.push_screen(HelpScreen(self.screen))

    def action_toggle_theme(self) -> None:
        self.theme = LIGHT_THEME if self.current_theme.dark else DARK_THEME
