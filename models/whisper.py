"""Whisper (faster-whisper / CTranslate2) loaders from the pinned weight packages.

The multilingual base model ships its ``model.bin`` split across two packages; CTranslate2
accepts the weights as in-memory bytes (``files=``), so the halves are joined in memory
rather than written to disk next to site-packages.
"""

from __future__ import annotations

import functools
import os

from models.registry import ModelMissing, entry, model_path

MODEL_IDS = {"tiny.en": "whisper-tiny.en", "base": "whisper-base"}


def compute_type_for(device: str) -> str:
    # int8 is 5-7x faster than float32 on CPU at no measurable WER cost; fp16 on CUDA.
    return "float16" if device == "cuda" else "int8"


@functools.lru_cache(maxsize=4)
def load_whisper(name: str = "tiny.en", device: str = "cpu", cpu_threads: int = 0):
    """Load a faster-whisper model by short name (``tiny.en`` or ``base``); cached."""
    return open_whisper(name, device, cpu_threads)


def open_whisper(name: str = "tiny.en", device: str = "cpu", cpu_threads: int = 0):
    """Load a faster-whisper model by short name (``tiny.en`` or ``base``), uncached: for a
    one-off use (language identification) whose memory should go when it is done.

    ``device`` is already resolved (``models.devices``): on ``cuda`` CUDA 12's cuBLAS is
    loaded first, from pip's ``nvidia-cublas-cu12`` if that is where it is.
    """
    from faster_whisper import WhisperModel

    if device not in ("cpu", "cuda"):
        raise ValueError(f"device must be cpu or cuda, not {device!r}")
    if device == "cuda":
        from models.devices import load_cublas12

        load_cublas12()
    if name not in MODEL_IDS:
        raise ModelMissing(f"unknown Whisper model {name!r}; choose one of {', '.join(MODEL_IDS)}")
    threads = cpu_threads or min(4, os.cpu_count() or 1)
    kwargs = dict(device=device, compute_type=compute_type_for(device), cpu_threads=threads)
    if name == "tiny.en":
        return WhisperModel(str(model_path("whisper-tiny.en")), **kwargs)
    part1 = model_path("whisper-base")
    part2 = model_path("whisper-base-part2")
    files = {
        "model.bin": (part1 / "model.bin.part1").read_bytes()
        + (part2 / "model.bin.part2").read_bytes(),
    }
    for rel in entry("whisper-base").files:
        if not rel.startswith("model.bin"):
            files[rel] = (part1 / rel).read_bytes()
    return WhisperModel("whisper-base", files=files, **kwargs)
