"""Play a span of the recording through the system's ``ffplay`` (FFmpeg).

Python playback libraries (simpleaudio, sounddevice) need system audio headers and a
device at install time; ffplay is already installed with FFmpeg and decodes every format
the pipeline accepts. It exits 0 even when it cannot open the file or the audio device, so
failure is read from its error output. Every failure becomes a ``PlaybackError`` with one
line for a notification: the app works the same without audio.
"""

from __future__ import annotations

import shutil
import subprocess
import threading
from pathlib import Path

_FAILURE_MARKS = ("audio open failed", "failed to open", "no such file", "could not", "error")


class PlaybackError(Exception):
    """The span cannot be played (no recording, no player, no audio device)."""


class Player:
    """One ``ffplay`` at a time; starting a new span stops the previous one."""

    def __init__(self, program: str | None = "ffplay") -> None:
        self.program = shutil.which(program) if program else None
        self._proc: subprocess.Popen[bytes] | None = None
        self._lock = threading.Lock()

    @property
    def playing(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def stop(self) -> bool:
        """Stop playback; True if something was playing."""
        with self._lock:
            proc, self._proc = self._proc, None
        if proc is None or proc.poll() is not None:
            return False
        proc.terminate()
        try:
            proc.wait(timeout=2)
        except subprocess.TimeoutExpired:
            proc.kill()
        return True

    def play(self, path: str | Path, start: float, duration: float) -> None:
        """Play and block until the span ends; raise ``PlaybackError`` if it could not."""
        audio = Path(path)
        if not audio.is_file():
            raise PlaybackError(f"recording not found: {audio}")
        if not self.program:
            raise PlaybackError("no audio player: install FFmpeg (ffplay) to listen")
        self.stop()
        cmd = [
            self.program, "-nodisp", "-autoexit", "-hide_banner", "-loglevel", "error",
            "-ss", f"{max(0.0, start):.2f}", "-t", f"{max(0.1, duration):.2f}", str(audio),
        ]  # fmt: skip
        try:
            proc = subprocess.Popen(
                cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
            )
        except OSError as exc:
            raise PlaybackError(f"cannot start {self.program}: {exc.strerror or exc}") from exc
        with self._lock:
            self._proc = proc
        _, err = proc.communicate()
        with self._lock:
            stopped = self._proc is not proc
            if not stopped:
                self._proc = None
        if stopped:
            return
        message = err.decode("utf-8", "replace").strip()
        if proc.returncode != 0 or any(m in message.lower() for m in _FAILURE_MARKS):
            raise PlaybackError(f"cannot play audio: {explain(message, proc.returncode)}")


# ffplay's last line after a failed audio device is "Failed to open file '...' or configure
# filtergraph", which blames a recording that is fine; the device's own lines come first.
_NO_DEVICE_MARKS = ("audio open failed", "cannot find card", "unknown pcm", "no available audio")


def explain(message: str, returncode: int) -> str:
    """One line saying why ffplay played nothing: no audio device if it says so anywhere,
    else its last line."""
    if any(m in message.lower() for m in _NO_DEVICE_MARKS):
        return "no audio output device found (ffplay: audio open failed)"
    lines = [ln.strip() for ln in message.splitlines() if ln.strip()]
    return lines[-1] if lines else f"exit code {returncode}"
