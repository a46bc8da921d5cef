"""The ``hearing`` command line.

Commands live in small modules (``cli_*.py``), each with a ``register(app)``; this module
owns the app object, the error policy and the exit codes. A user mistake is printed as
one line (``error: ...``) with a documented exit code, never a traceback.
"""

from __future__ import annotations

import functools
import importlib
import inspect
import sys
from collections.abc import Callable
from typing import Any

import typer
from rich.console import Console

from hearing import interrupts
from hearing.errors import Cancelled, HearingError

EXIT_CODES = """\b
Exit codes:
  0  success
  1  unexpected failure
  2  bad input (missing/corrupt/empty/silent audio, bad CSV or document)
  3  model missing or corrupt (the message names the package to install)
  4  output cannot be written (unwritable folder, exists without --force)
  5  hearing library cannot be opened
  130 interrupted; no partial output was kept
"""

app = typer.Typer(
    name="hearing",
    help="Analyse policy-hearing recordings: transcript, speakers, question-answer pairs, "
    "evasive answers.\n\n" + EXIT_CODES,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
err_console = Console(stderr=True)

_COMMAND_MODULES = (
    "hearing.cli_analyze",
    "hearing.cli_models",
    "hearing.cli_evasion",
    "hearing.cli_library",
    "hearing.cli_tui",
)

for _name in _COMMAND_MODULES:
    try:
        _module = importlib.import_module(_name)
    except ModuleNotFoundError as exc:  # a command module not written yet in this checkout
        if exc.name != _name:
            raise
        continue
    _module.register(app)


def _interruptible(command: Callable[..., Any]) -> Callable[..., Any]:
    """Ctrl-C inside a command becomes ``Cancelled``: Typer would exit 130 without a word."""

    @functools.wraps(command)  # keeps the signature Typer reads the options from
    def run(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except KeyboardInterrupt:
            raise Cancelled("interrupted; no partial output was kept") from None

    return run


def _unwrapped(doc: str) -> str:
    """A docstring's paragraphs each on one line: Typer keeps the source's line breaks, and
    the terminal's own wrapping then left a lone word on a line ("asked")."""
    paragraphs = inspect.cleandoc(doc).split("\n\n")
    return "\n\n".join(" ".join(p.split()) for p in paragraphs)


for _info in app.registered_commands:
    if _info.callback is not None:
        if _info.help is None and _info.callback.__doc__:
            _info.help = _unwrapped(_info.callback.__doc__)
        _info.callback = _interruptible(_info.callback)


def fail(err: HearingError) -> None:
    if isinstance(err, Cancelled):
        interrupts.settle()
    err_console.print(f"[bold red]error:[/] {err}", highlight=False, soft_wrap=True)
    raise SystemExit(err.exit_code)


def main() -> None:
    interrupts.install()
    try:
        app()
    except HearingError as err:
        fail(err)
    except KeyboardInterrupt:
        interrupts.settle()
        err_console.print("interrupted; no partial output was kept")
        raise SystemExit(130) from None


if __name__ == "__main__":
    sys.exit(main())
