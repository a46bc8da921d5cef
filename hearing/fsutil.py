"""Atomic file writes: a reader never sees a half-written output file.

Outputs are written to a temporary file in the same folder, flushed and fsynced, then
renamed over the target, so an interrupted run leaves either the old file or none.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from hearing.errors import OutputError, OutputExists


def occupied(path: str | Path) -> bool:
    """Whether writing ``path`` would replace something: an existing file with content, or
    anything else at that name. An empty file holds nothing to lose, and is what a caller
    gets from ``mktemp`` or ``touch`` when it only wants a name to write to."""
    path = Path(path)
    try:
        return not (path.is_file() and path.stat().st_size == 0) and path.exists()
    except OSError:
        return True


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def atomic_write_bytes(path: str | Path, data: bytes, *, force: bool = True) -> Path:
    path = Path(path)
    if occupied(path) and not force:
        raise OutputExists(path)
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise OutputError(f"cannot write to {folder}: {exc.strerror or exc}") from exc
    try:
        # mkstemp creates 0600; an export is meant to be shared like any file the user saves.
        os.fchmod(fd, 0o666 & ~_umask())
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from exc
        raise
    return path


def atomic_write_text(path: str | Path, text: str, *, force: bool = True) -> Path:
    return atomic_write_bytes(path, text.encode("utf-8"), force=force)


def check_writable_dir(folder: str | Path, hint: str = "give --out a folder") -> list[Path]:
    """Fail before hours of work if the output folder cannot take files.

    Returns the folders this call created, outermost first, so that a run which writes
    nothing can take them away again (`remove_empty`): a mistyped --out should not leave
    an empty folder behind for every failed try."""
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise OutputError(f"output folder {folder} is a file; {hint}")
    created = [p for p in (folder, *folder.parents) if not p.exists()][::-1]
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".probe."):
            pass
    except OSError as exc:
        remove_empty(created)
        raise OutputError(f"output folder {folder} is not writable: {exc.strerror or exc}") from exc
    return created


def remove_empty(created: list[Path]) -> None:
    """Remove folders that were made for outputs and are still empty, innermost first;
    a folder that holds anything (an output, someone else's file) stays, and so do its
    parents."""
    for folder in reversed(created):
        try:
            folder.rmdir()
        except OSError:
            return
