"""``hearing tui [PATH]``: open the review workbench.

PATH is checked before the full-screen app starts, so a typo is one ``error:`` line
rather than a notification in an app the user then has to quit.
"""

from __future__ import annotations

from pathlib import Path

import typer

from hearing.cli_library import LibraryOption


def register(app: typer.Typer) -> None:
    @app.command("tui")
    def tui_command(
        path: str = typer.Argument(
            None,
            help="A recording (analysed first), a hearing document (.json) or a hearing id. "
            "Without it: the library of analysed hearings.",
            show_default=False,
            metavar="PATH",
        ),
        library: Path | None = LibraryOption,
        light: bool = typer.Option(False, "--light", help="Start with the light theme."),
    ) -> None:
        """Review hearings in a full-screen terminal app: flags, notes, speakers, export."""
        from tui.app import DARK_THEME, LIGHT_THEME, HearingApp
        from tui.backend import open_library, resolve_target

        lib = open_library(library)
        try:
            target = resolve_target(path, lib)
            HearingApp(target, lib, theme=LIGHT_THEME if light else DARK_THEME).run()
        finally:
            lib.close()
