"""Ingest: every ffmpeg-readable format decodes to 16 kHz mono; bad input is refused clearly."""

from __future__ import annotations

import wave
from pathlib import Path

import av
import numpy as np
import pytest

from hearing.errors import InputError
from hearing.ingest import SAMPLE_RATE, decode

SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "hearing.opus"


@pytest.fixture(scope="module")
def speech() -> np.ndarray:
    """Ten seconds of the bundled hearing (real decoded speech)."""
    audio = decode(SAMPLE)
    return audio.waveform[SAMPLE_RATE * 2 : SAMPLE_RATE * 12]


def write_wav(path: Path, samples: np.ndarray, rate: int = SAMPLE_RATE, channels: int = 1):
    data = (np.clip(samples, -1, 1) * 32767).astype("<i2")
    if channels == 2:
        data = np.stack([data, data], axis=1).reshape(-1)
    with wave.open(str(path), "wb") as w:
        w.setnchannels(channels)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(data.tobytes())
    return path


def encode(path: Path, samples: np.ndarray, codec: str, rate: int, layout: str = "stereo"):
    """Encode with PyAV (its own FFmpeg), as a user's recorder would."""
    with av.open(str(path), "w") as out:
        stream = out.add_stream(codec, rate=rate)
        stream.layout = layout
        resampled = np.interp(
            np.arange(0, len(samples) * rate / SAMPLE_RATE) * SAMPLE_RATE / rate,
            np.arange(len(samples)),
            samples,
        ).astype(np.float32)
        chans = 2 if layout == "stereo" else 1
        frame = av.AudioFrame.from_ndarray(
            np.tile(resampled, (chans, 1)), format="fltp", layout=layout
        )
        frame.sample_rate = rate
        for packet in stream.encode(frame):
            out.mux(packet)
        for packet in stream.encode(None):
            out.mux(packet)
    return path


@pytest.mark.parametrize(
    "name,codec,rate",
    [
        ("a.flac", "flac", 44100),
        ("a.mp3", "libmp3lame", 44100),
        ("a.ogg", "libopus", 48000),
        ("a.m4a", "aac", 48000),
        ("a.webm", "libopus", 48000),
        ("a.mp4", "aac", 22050),
    ],
)
def test_formats_decode_to_16k_mono(tmp_path, speech, name, codec, rate):
    path = encode(tmp_path / name, speech, codec, rate)
    audio = decode(path)
    assert audio.sample_rate == SAMPLE_RATE and audio.waveform.ndim == 1
    assert abs(audio.duration - 10.0) < 0.2
    assert len(audio.sha256) == 64
    # the decoded signal still carries the speech (not silence, not clipped noise)
    assert 0.01 < float(np.sqrt(np.mean(audio.waveform**2))) < 0.5


def test_stereo_wav_at_other_rate(tmp_path, speech):
    path = write_wav(tmp_path / "s.wav", speech[::2], rate=8000, channels=2)
    audio = decode(path)
    assert abs(audio.duration - 10.0) < 0.05


def test_progress_reported(tmp_path, speech):
    seen = []
    decode(write_wav(tmp_path / "p.wav", speech), lambda s, d, t: seen.append((s, d, t)))
    assert seen and seen[-1][0] == "ingest" and seen[-1][1] == seen[-1][2]


def put(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    "make,message",
    [
        (lambda d, s: d / "missing.wav", "no such file"),
        (lambda d, s: d, "is a directory"),
        (lambda d, s: put(d / "empty.wav", b""), "empty file"),
        (lambda d, s: put(d / "notes.wav", b"minutes of the meeting\n" * 50), "not an audio"),
        (lambda d, s: write_wav(d / "zero.wav", np.zeros(0, np.float32)), "no audio"),
        (lambda d, s: write_wav(d / "quiet.wav", np.zeros(SAMPLE_RATE * 5)), "silent"),
    ],
    ids=["missing", "directory", "empty", "text", "zero-length", "silent"],
)
def test_bad_input_is_refused_with_a_clear_message(tmp_path, speech, make, message):
    with pytest.raises(InputError, match=message):
        decode(make(tmp_path, speech))


def test_truncated_wav(tmp_path, speech):
    path = write_wav(tmp_path / "t.wav", speech)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(InputError, match="truncated"):
        decode(path)


def test_truncated_flac(tmp_path, speech):
    path = encode(tmp_path / "t.flac", np.tile(speech, 3), "flac", 16000, "mono")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])
    with pytest.raises(InputError, match="truncated|corrupt"):
        decode(path)


def test_random_bytes_with_audio_extension(tmp_path):
    path = tmp_path / "noise.mp3"
    path.write_bytes(np.random.default_rng(0).integers(0, 256, 50_000, dtype=np.uint8).tobytes())
    with pytest.raises(InputError):
        decode(path)


def test_truncated_ogg_opus(tmp_path):
    data = (Path(__file__).resolve().parents[1] / "samples" / "hearing.opus").read_bytes()
    path = tmp_path / "cut.opus"
    path.write_bytes(data[: len(data) // 3])
    with pytest.raises(InputError, match="truncated"):
        decode(path)


def test_atomic_write_respects_umask(tmp_path):
    import os

    from hearing.fsutil import atomic_write_text

    old = os.umask(0o022)
    try:
        path = atomic_write_text(tmp_path / "out.txt", "hello")
    finally:
        os.umask(old)
    assert path.read_text() == "hello"
    assert path.stat().st_mode & 0o777 == 0o644
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_an_empty_file_is_free_to_write_without_force(tmp_path):
    # a name from mktemp or touch holds nothing to lose; a file with content does
    from hearing.errors import OutputExists
    from hearing.fsutil import atomic_write_text, occupied

    empty, full = tmp_path / "empty.csv", tmp_path / "full.csv"
    empty.touch()
    full.write_text("yesterday's work\n")
    assert not occupied(empty) and occupied(full) and occupied(tmp_path)
    assert not occupied(tmp_path / "missing.csv")
    atomic_write_text(empty, "new", force=False)
    assert empty.read_text() == "new"
    with pytest.raises(OutputExists):
        atomic_write_text(full, "new", force=False)
    assert full.read_text() == "yesterday's work\n"
