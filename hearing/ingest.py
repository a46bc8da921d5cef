"""Ingest: decode any ffmpeg-readable recording once to 16 kHz mono float32.

Every later stage works on the same in-memory waveform, so the file is read once and
never needs a system FFmpeg (PyAV carries its own). Bad input is rejected here with one
clear line, before any model is loaded: a user should learn in a second, not after an
hour, that the file is truncated or holds no sound.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from hearing.errors import InputError

SAMPLE_RATE = 16000
# Longer recordings would need more than ~2.5 GB for the waveform alone; beyond this we
# refuse instead of letting the machine swap. 12 h covers the longest hearings on record.
MAX_DURATION_S = 12 * 3600
# A decode that ends this far short of the container's declared duration is truncated.
TRUNCATION_TOLERANCE = 0.9
# RMS below this (about -60 dBFS) over the whole file is silence, not a quiet room.
SILENCE_RMS = 1e-3


@dataclass
class Audio:
    path: Path
    sha256: str
    waveform: np.ndarray  # float32, mono, SAMPLE_RATE
    sample_rate: int = SAMPLE_RATE

    @property
    def duration(self) -> float:
        return len(self.waveform) / self.sample_rate


def fingerprint(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def check_path(path: str | Path) -> Path:
    path = Path(path).expanduser()
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a directory, not a recording")
    try:
        size = path.stat().st_size
        with path.open("rb"):
            pass
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    if size == 0:
        raise InputError(f"{path}: empty file (0 bytes)")
    return path


def _declared_duration(container, stream) -> float | None:
    if stream.duration is not None and stream.time_base is not None:
        return float(stream.duration * stream.time_base)
    if container.duration is not None:
        return container.duration / 1_000_000
    return None


def _wav_truncated(path: Path) -> bool:
    """A RIFF header promises a data size; a shorter file was cut off in transfer."""
    with path.open("rb") as fh:
        head = fh.read(4096)
    if head[:4] != b"RIFF" or head[8:12] != b"WAVE":
        return False
    pos = 12
    while pos + 8 <= len(head):
        chunk, size = head[pos : pos + 4], int.from_bytes(head[pos + 4 : pos + 8], "little")
        if chunk == b"data":
            return size not in (0, 0xFFFFFFFF) and pos + 8 + size > path.stat().st_size
        pos += 8 + size + (size & 1)
    return False


def _ogg_truncated(path: Path) -> bool:
    """An Ogg stream ends with a complete page flagged end-of-stream; a cut file does not.

    FFmpeg decodes a cut Ogg/Opus file without a word and its declared duration shrinks
    with it, so the page structure is the only evidence left.
    """
    size = path.stat().st_size
    with path.open("rb") as fh:
        if fh.read(4) != b"OggS":
            return False
        fh.seek(max(0, size - 65536))
        tail = fh.read()
    start = tail.rfind(b"OggS")
    if start < 0 or len(tail) - start < 27:
        return True
    header_type, n_segments = tail[start + 5], tail[start + 26]
    table = tail[start + 27 : start + 27 + n_segments]
    page_end = start + 27 + n_segments + sum(table)
    return len(table) < n_segments or page_end > len(tail) or not header_type & 0x04


def decode(
    path: str | Path, on_progress: Callable[[str, float, float], None] | None = None
) -> Audio:
    """Decode to 16 kHz mono; raise InputError for anything that is not usable audio."""
    import av  # PyAV: its own FFmpeg, no system install needed

    path = check_path(path)
    try:
        container = av.open(str(path), metadata_errors="ignore")
    except (av.error.FFmpegError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: not an audio or video file ffmpeg can read") from exc
    with container:
        if not container.streams.audio:
            raise InputError(f"{path}: has no audio stream")
        stream = container.streams.audio[0]
        declared = _declared_duration(container, stream)
        if declared is not None and declared > MAX_DURATION_S:
            raise InputError(
                f"{path}: {declared / 3600:.1f} h is longer than the {MAX_DURATION_S // 3600} h "
                "this tool handles in one piece; split the recording"
            )
        resampler = av.AudioResampler(format="flt", layout="mono", rate=SAMPLE_RATE)
        chunks: list[np.ndarray] = []
        decoded = 0
        try:
            for frame in container.decode(stream):
                frame.pts = None
                for out in resampler.resample(frame):
                    arr = out.to_ndarray().reshape(-1)
                    chunks.append(arr)
                    decoded += len(arr)
                if on_progress and declared:
                    on_progress("ingest", min(decoded / SAMPLE_RATE, declared), declared)
                if decoded > MAX_DURATION_S * SAMPLE_RATE:
                    raise InputError(f"{path}: longer than {MAX_DURATION_S // 3600} h; split it")
            for out in resampler.resample(None):
                chunks.append(out.to_ndarray().reshape(-1))
        except av.error.FFmpegError as exc:
            raise InputError(f"{path}: corrupt or truncated audio ({exc.strerror})") from exc
    waveform = np.concatenate(chunks).astype(np.float32) if chunks else np.zeros(0, np.float32)
    duration = len(waveform) / SAMPLE_RATE
    if duration < 0.1:
        raise InputError(f"{path}: contains no audio (zero length)")
    if _wav_truncated(path) or _ogg_truncated(path):
        raise InputError(f"{path}: truncated: the file ends mid-stream after {duration:.1f} s")
    if declared and declared > 2.0 and duration < TRUNCATION_TOLERANCE * declared:
        raise InputError(
            f"{path}: truncated: decoded {duration:.1f} s of a declared {declared:.1f} s"
        )
    if not np.isfinite(waveform).all():
        raise InputError(f"{path}: corrupt audio (non-finite samples)")
    if float(np.sqrt(np.mean(np.square(waveform, dtype=np.float64)))) < SILENCE_RMS:
        raise InputError(f"{path}: the recording is silent (no speech to analyse)")
    if on_progress:
        on_progress("ingest", duration, duration)
    return Audio(path=path, sha256=fingerprint(path), waveform=waveform)
