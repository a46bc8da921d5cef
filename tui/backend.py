"""What the TUI needs from ``hearing``: the library, opening targets, small formatters.

``hearing tui PATH`` accepts a hearing document (JSON), a hearing id, or a recording; this
module decides which it is before the app starts so a mistake is one ``error:`` line.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hearing.document import HearingDocument, SchemaError
from hearing.errors import InputError
from hearing.store import Library

AUDIO_SUFFIXES = {
    ".wav", ".mp3", ".m4a", ".flac", ".ogg", ".opus", ".oga", ".mp4", ".webm", ".mkv", ".aac",
    ".wma", ".mov",
}  # fmt: skip


def open_library(path: str | Path | None = None) -> Library:
    """The hearing library file (None: ``$HEARING_LIBRARY`` or the platform data folder)."""
    return Library.open(path)


def default_analyze() -> Callable[..., HearingDocument]:
    from hearing.pipeline import analyze

    return analyze


def device_notes() -> tuple[str, ...]:
    """Why an engine stays on the CPU although a GPU is present (nothing on a CPU machine),
    shown before an analysis as ``hearing analyze`` prints its ``note:`` lines."""
    from hearing.pipeline import resolve_devices

    return resolve_devices("auto").notes


@dataclass(frozen=True)
class Target:
    """What the app opens first: the library, one stored hearing, or a recording to analyse."""

    kind: str  # "library" | "hearing" | "recording"
    hearing_id: str = ""
    path: Path | None = None


def resolve_target(path: str | Path | None, library: Any) -> Target:
    if path is None or str(path) == "":
        return Target("library")
    p = Path(path).expanduser()
    if p.is_file():
        if p.suffix.lower() == ".json":
            try:
                doc = HearingDocument.load(p)
            except (SchemaError, UnicodeDecodeError) as exc:
                raise InputError(f"{p}: {exc}") from exc
            except OSError as exc:  # unreadable: say so, as the command line does
                raise InputError(f"cannot read {p}: {exc.strerror or exc}") from exc
            return Target("hearing", library.import_document(doc))
        if p.suffix.lower() in AUDIO_SUFFIXES:
            resolved = str(p.resolve())
            for summary in library.list_hearings():
                if summary.source_path and _same_file(summary.source_path, resolved):
                    return Target("hearing", summary.id)
            return Target("recording", path=p.resolve())
        raise InputError(f"{p} is neither a hearing document (.json) nor a recording")
    if p.exists():
        raise InputError(f"{p} is a folder; give a recording, a hearing document or a hearing id")
    try:
        return Target("hearing", library.resolve(str(path)))
    except InputError as exc:
        raise InputError(f"{path}: no such file, and {exc}") from exc


def _same_file(stored: str, resolved: str) -> bool:
    try:
        return str(Path(stored).expanduser().resolve()) == resolved
    except OSError:
        return False


def clock(seconds: float) -> str:
    """``1:02:03`` for times in an hour-plus hearing, ``02:03`` below an hour."""
    total = max(0, int(seconds))
    h, rest = divmod(total, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m:02d}:{s:02d}"


def hms(seconds: float) -> str:
    total = max(0, int(seconds))
    h, rest = divmod(total, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}"
