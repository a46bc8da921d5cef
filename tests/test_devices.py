"""Per-engine device choice: Whisper (CTranslate2, CUDA 12) and pyannote (torch, CUDA 13)
find CUDA differently, so ``auto`` picks per engine and ``cuda`` fails early and clearly."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest
import torch
from conftest import SAMPLE_AUDIO

from hearing.errors import ModelError
from hearing.transcribe import TranscribeOptions, transcribe
from models import devices
from models.devices import Devices, DeviceUnavailable, resolve_devices

CUBLAS_HINT = "nvidia-cublas-cu12"


@pytest.fixture
def engines(monkeypatch):
    """Set what each engine's CUDA probe says (None: CUDA works)."""

    def set_(whisper: str | None, torch_: str | None) -> None:
        monkeypatch.setattr(devices, "ctranslate2_cuda_problem", lambda: whisper)
        monkeypatch.setattr(devices, "torch_cuda_problem", lambda: torch_)

    return set_


def test_cpu_never_probes(monkeypatch):
    def boom():
        raise AssertionError("probed")

    monkeypatch.setattr(devices, "ctranslate2_cuda_problem", boom)
    monkeypatch.setattr(devices, "torch_cuda_problem", boom)
    assert resolve_devices("cpu") == Devices("cpu", "cpu")


def test_auto_picks_per_engine_and_says_why(engines):
    engines(None, None)
    assert resolve_devices("auto") == Devices("cuda", "cuda")
    missing = f"CTranslate2 4.8.5 needs CUDA 12's cuBLAS (libcublas.so.12): {CUBLAS_HINT}"
    engines(missing, None)
    got = resolve_devices("auto")
    assert (got.whisper, got.torch) == ("cpu", "cuda")
    assert got.notes == (f"Whisper runs on the CPU: {missing}",)
    engines(None, "PyTorch finds no CUDA GPU")
    got = resolve_devices("auto")
    assert (got.whisper, got.torch) == ("cuda", "cpu") and "pyannote" in got.notes[0]
    engines("CTranslate2 finds no CUDA GPU", "PyTorch finds no CUDA GPU")
    assert resolve_devices("auto") == Devices("cpu", "cpu")  # no GPU: nothing to say


def test_torch_only_models_ask_torch_alone(engines):
    """The MiniLM encoder (score-pairs --encoder minilm) needs no cuBLAS 12: Whisper's
    problem must not keep it off the GPU, nor appear in its refusal."""
    engines("needs libcublas.so.12", None)
    assert devices.torch_device("auto") == "cuda" and devices.torch_device("cuda") == "cuda"
    assert devices.torch_device("cpu") == "cpu"
    engines(None, "PyTorch finds no CUDA GPU")
    assert devices.torch_device("auto") == "cpu"
    with pytest.raises(DeviceUnavailable, match="no CUDA GPU") as err:
        devices.torch_device("cuda")
    assert "Whisper" not in str(err.value)


def test_explicit_cuda_names_each_engine_that_cannot(engines):
    engines(None, None)
    assert resolve_devices("cuda") == Devices("cuda", "cuda")
    engines(f"needs libcublas.so.12: {CUBLAS_HINT}", None)
    with pytest.raises(DeviceUnavailable, match=f"Whisper: .*{CUBLAS_HINT}"):
        resolve_devices("cuda")
    engines(None, "PyTorch finds no CUDA GPU")
    with pytest.raises(DeviceUnavailable, match="pyannote: PyTorch finds no CUDA GPU"):
        resolve_devices("cuda")
    with pytest.raises(ValueError):
        resolve_devices("tpu")


@pytest.mark.skipif(torch.cuda.is_available(), reason="checks a machine without a GPU")
def test_real_probes_on_a_machine_without_gpu():
    devices.ctranslate2_cuda_problem.cache_clear()
    devices.torch_cuda_problem.cache_clear()
    assert devices.ctranslate2_cuda_problem() is not None
    assert devices.torch_cuda_problem() is not None
    assert resolve_devices("auto") == Devices("cpu", "cpu")
    with pytest.raises(DeviceUnavailable, match="--device cuda cannot be used here"):
        resolve_devices("cuda")


@pytest.mark.skipif(torch.cuda.is_available(), reason="checks a machine without a GPU")
def test_analyze_device_cuda_without_gpu_is_a_one_line_error(tmp_path):
    out = tmp_path / "out"
    proc = subprocess.run(
        [sys.executable, "-m", "hearing.cli", "analyze", str(SAMPLE_AUDIO), "--out", str(out)]
        + ["--device", "cuda", "--quiet", "--no-library"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 3, proc.stderr
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: --device cuda cannot be used"), lines
    assert not out.exists()  # refused before the output folder is made


def test_cublas12_loader_finds_nothing_here_without_error():
    assert devices.load_cublas12() in (True, False)
    for folder in devices._pip_cublas_dirs():
        assert folder.parts[-3:] == ("nvidia", "cublas", "lib")


class _FailsOnGpu:
    """Stands in for a CUDA WhisperModel whose CTranslate2 lacks cuBLAS 12: the real
    model on the CPU is tested on the sample in test_transcribe / test_pipeline_sample."""

    def transcribe(self, *args, **kwargs):
        raise RuntimeError("Library libcublas.so.12 is not found or cannot be loaded")


def test_whisper_failing_on_gpu_is_a_clear_model_error(monkeypatch):
    import models.whisper

    monkeypatch.setattr(models.whisper, "load_whisper", lambda *a: _FailsOnGpu())
    audio = np.zeros(16000, dtype=np.float32)
    with pytest.raises(ModelError, match="libcublas.so.12.*--device cpu"):
        transcribe(audio, TranscribeOptions(device="cuda"))
    with pytest.raises(RuntimeError, match="libcublas"):  # on the CPU it is a bug: not hidden
        transcribe(audio, TranscribeOptions(device="cpu"))


def test_threads_go_to_the_engine_left_on_the_cpu():
    from hearing.pipeline import Settings, _split_threads

    four = Settings(threads=4)
    assert _split_threads(four, Devices("cpu", "cpu")) == (2, 2)
    assert _split_threads(four, Devices("cpu", "cuda")) == (4, 1)  # pyannote on the GPU
    assert _split_threads(four, Devices("cuda", "cpu")) == (1, 4)
    assert _split_threads(Settings(threads=1), Devices("cpu", "cpu")) == (1, 1)
