"""Ctrl-C on the command line: heard at once, obeyed at the next safe point.

A KeyboardInterrupt unwinds only when the engines reach their next checkpoint, which can be
seconds away (a Whisper window, a pyannote step, a model still loading), so the first Ctrl-C
says at once that it was heard; a second one leaves immediately. Outputs are only ever
renamed into place whole, so neither way leaves a half-written file. A SIGINT the caller
ignores (``nohup``, a background job) stays ignored.
"""

from __future__ import annotations

import contextlib
import os
import signal
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console

HEARD = "interrupting: stopping at the next safe point (Ctrl-C again to quit at once)"
QUIT_NOW = "interrupted at once; no partial output was kept"

_say: Callable[[str], None] | None = None  # set while a live progress display owns the terminal


def install() -> None:
    if signal.getsignal(signal.SIGINT) is not signal.default_int_handler:
        return
    heard = False

    def on_sigint(signum: int, frame: object) -> None:
        nonlocal heard
        if heard:
            for fd in (1, 2):  # a live progress display hid the cursor; exiting skips its reset
                if os.isatty(fd):
                    os.write(fd, b"\x1b[?25h")
            os.write(2, f"\n{QUIT_NOW}\n".encode())  # async-signal-safe, as is os._exit
            os._exit(130)
        heard = True
        if _say is not None:
            _say(HEARD)
        else:
            os.write(2, f"{HEARD}\n".encode())
        raise KeyboardInterrupt

    signal.signal(signal.SIGINT, on_sigint)


def settle() -> None:
    """Ignore further Ctrl-C once an interrupt has been obeyed and only exiting is left.

    Nothing is running and nothing partial is kept, but tearing down the loaded engines
    can take a second, and Python restores the default handler for that teardown: a second
    Ctrl-C there killed the process by signal instead of letting it exit 130. An ignored
    SIGINT stays ignored through the teardown."""
    if signal.getsignal(signal.SIGINT) is not signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.SIG_IGN)


@contextlib.contextmanager
def say_with(console: Console) -> Iterator[None]:
    """Print the notice on ``console`` meanwhile: a rich console showing live progress
    prints above its bars, where a raw write would be drawn over at the next refresh. A
    quiet console prints nothing, so then the raw write stays."""
    global _say
    printer = None if console.quiet else lambda m: console.print(f"[yellow]{m}[/]", highlight=False)
    previous, _say = _say, printer
    try:
        yield
    finally:
        _say = previous
