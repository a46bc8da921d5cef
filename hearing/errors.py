"""User-facing errors: one line of text and an exit code, never a traceback.

Every mistake a user can make (bad path, corrupt audio, unwritable folder, missing model
package) is raised as a ``HearingError`` subclass; the CLI prints ``str(err)`` and exits
with ``err.exit_code``. Programming errors stay ordinary exceptions so they are not hidden.
"""

from __future__ import annotations


class HearingError(Exception):
    exit_code = 1


class InputError(HearingError):
    """The user's input (audio, CSV, document) cannot be used."""

    exit_code = 2


class ModelError(HearingError):
    """A model is missing or corrupt; the message names the package to install."""

    exit_code = 3


class OutputError(HearingError):
    """An output cannot be written (unwritable folder, file exists without --force)."""

    exit_code = 4


class OutputExists(OutputError):
    """The output file is already there and overwriting was not asked for.

    Its own class so each front end can say how to overwrite: ``--force`` on the command
    line, the Overwrite box in the TUI's export dialog.
    """

    def __init__(self, path: object) -> None:
        super().__init__(f"{path} exists; pass --force to overwrite it")
        self.path = path


class StoreError(HearingError):
    """The hearing library cannot be opened or used."""

    exit_code = 5


class Cancelled(HearingError):
    """The run was interrupted (Ctrl-C, cancel in the TUI); nothing partial was kept."""

    exit_code = 130
