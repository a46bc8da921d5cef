"""Which device each inference engine runs on.

Whisper runs on CTranslate2, the diarizer on PyTorch, and the two find CUDA differently.
PyPI's CTranslate2 4.8.5 is built for CUDA 12: it opens CUDA 12's cuBLAS
(``libcublas.so.12``) by name at its first matrix product, while the pinned torch 2.11
brings CUDA 13's libraries. On a GPU machine installed from this project, torch therefore
has CUDA and CTranslate2 may not, and asking CTranslate2 for CUDA anyway fails in the
middle of a transcription. So ``auto`` picks per engine, and an explicit ``cuda`` that
cannot work says why, naming the package, before any audio is decoded.
"""

from __future__ import annotations

import contextlib
import ctypes
import functools
import importlib.util
from dataclasses import dataclass
from pathlib import Path

CHOICES = ("auto", "cpu", "cuda")  # what --device takes
CUBLAS = ("libcublasLt.so.12", "libcublas.so.12")  # Lt first: cuBLAS needs it
CUDA_HINT = "install it with `pip install -e '.[cuda]'` (nvidia-cublas-cu12), or use --device cpu"


class DeviceUnavailable(RuntimeError):
    """``--device cuda`` was asked for and an engine cannot use CUDA here."""


@dataclass(frozen=True)
class Devices:
    whisper: str  # "cpu" or "cuda", for CTranslate2
    torch: str  # "cpu" or "cuda", for pyannote and the MiniLM sentence model
    notes: tuple[str, ...] = ()  # why an engine stays on the CPU while a GPU is present


def _pip_cublas_dirs() -> list[Path]:
    """Where pip's ``nvidia-cublas-cu12`` puts the libraries (on no loader path)."""
    try:
        spec = importlib.util.find_spec("nvidia")  # a namespace package: never imported
    except (ImportError, ValueError):
        return []
    if spec is None or not spec.submodule_search_locations:
        return []
    return [Path(p) / "cublas" / "lib" for p in spec.submodule_search_locations]


def load_cublas12() -> bool:
    """Make CUDA 12's cuBLAS loadable by name; False if it is nowhere to be found.

    A library loaded globally from pip's folder first is what CTranslate2's own
    ``dlopen("libcublas.so.12")`` then finds, without touching LD_LIBRARY_PATH.
    """
    for folder in _pip_cublas_dirs():
        for name in CUBLAS:
            if (folder / name).is_file():
                with contextlib.suppress(OSError):
                    ctypes.CDLL(str(folder / name), mode=ctypes.RTLD_GLOBAL)
    try:
        for name in CUBLAS:
            ctypes.CDLL(name, mode=ctypes.RTLD_GLOBAL)
    except OSError:
        return False
    return True


@functools.cache
def ctranslate2_cuda_problem() -> str | None:
    """None if Whisper can run on CUDA here, else the reason in words."""
    try:
        import ctranslate2
    except ImportError:
        return "CTranslate2 (faster-whisper) is not installed"
    try:
        gpus = ctranslate2.get_cuda_device_count()
    except Exception:  # noqa: BLE001 - a broken CUDA runtime means no GPU for it
        gpus = 0
    if gpus == 0:
        return "CTranslate2 finds no CUDA GPU"
    if not load_cublas12():
        return (
            f"CTranslate2 {ctranslate2.__version__} needs CUDA 12's cuBLAS (libcublas.so.12), "
            f"which is not installed: {CUDA_HINT}"
        )
    return None


@functools.cache
def torch_cuda_problem() -> str | None:
    """None if PyTorch can run on CUDA here, else the reason in words."""
    import torch

    if torch.cuda.is_available():
        return None
    if torch.version.cuda is None:
        return f"this PyTorch ({torch.__version__}) is built without CUDA"
    return "PyTorch finds no CUDA GPU"


def _check_choice(requested: str) -> None:
    if requested not in CHOICES:
        raise ValueError(f"device must be auto, cpu or cuda, not {requested!r}")


def torch_device(requested: str = "auto") -> str:
    """The device for a PyTorch-only model (the MiniLM sentence encoder), same choices."""
    _check_choice(requested)
    if requested == "cpu":
        return "cpu"
    problem = torch_cuda_problem()
    if requested == "cuda" and problem:
        raise DeviceUnavailable(f"--device cuda cannot be used here: {problem}")
    return "cpu" if problem else "cuda"


def resolve_devices(requested: str = "auto") -> Devices:
    """Devices for ``--device auto|cpu|cuda``; DeviceUnavailable if cuda cannot be had."""
    _check_choice(requested)
    if requested == "cpu":
        return Devices("cpu", "cpu")
    whisper, torch_ = ctranslate2_cuda_problem(), torch_cuda_problem()
    if requested == "cuda":
        problems = [f"{name}: {p}" for name, p in (("Whisper", whisper), ("pyannote", torch_)) if p]
        if problems:
            raise DeviceUnavailable("--device cuda cannot be used here. " + "; ".join(problems))
        return Devices("cuda", "cuda")
    notes: list[str] = []
    if whisper and not torch_:
        notes.append(f"Whisper runs on the CPU: {whisper}")
    if torch_ and not whisper:
        notes.append(f"pyannote runs on the CPU: {torch_}")
    return Devices("cpu" if whisper else "cuda", "cpu" if torch_ else "cuda", tuple(notes))
