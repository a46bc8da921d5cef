"""Stage cache: results keyed by (audio sha256, stage, model id, settings).

Transcription of a three-hour hearing takes the better part of an hour on a laptop CPU;
an interrupted or repeated run must resume from the last finished stage, and changing an
evasion setting must not re-run Whisper. Entries are JSON written atomically, so a crash
mid-write leaves no entry rather than a corrupt one; an unreadable entry is a miss.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from pathlib import Path
from typing import Any

from hearing.fsutil import atomic_write_text


def default_cache_dir() -> Path:
    env = os.environ.get("HEARING_CACHE")
    if env:
        return Path(env)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("hearing", appauthor=False))


class StageCache:
    def __init__(self, folder: str | Path | None = None, enabled: bool = True):
        self.folder = Path(folder) if folder else default_cache_dir()
        self.enabled = enabled

    def _path(self, sha256: str, stage: str, key: dict[str, Any]) -> Path:
        digest = hashlib.sha256(json.dumps(key, sort_keys=True).encode()).hexdigest()[:16]
        return self.folder / sha256[:2] / f"{sha256}.{stage}.{digest}.json"

    def get(self, sha256: str, stage: str, key: dict[str, Any]) -> Any | None:
        if not self.enabled:
            return None
        try:
            return json.loads(self._path(sha256, stage, key).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def put(self, sha256: str, stage: str, key: dict[str, Any], value: Any) -> None:
        if not self.enabled:
            return
        # A cache that cannot write is just a slower run, never a failed one.
        with contextlib.suppress(Exception):
            atomic_write_text(self._path(sha256, stage, key), json.dumps(value))
