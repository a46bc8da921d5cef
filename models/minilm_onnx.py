"""all-MiniLM-L6-v2 run by onnxruntime on the CPU: the same embeddings in half the time.

MiniLM is most of the ``both`` scorer's time on a CPU (5 of 6 s for 400 pairs on 2 cores),
and torch's eager BERT spends much of it outside the arithmetic. The same graph run by
onnxruntime embedded the benchmark's 1,296 sentences in 2.2 s against 4.5 s, with
embeddings equal to within 3e-7, so the combiner fit on torch's embeddings scores alike.

No ONNX file ships. It is exported from the installed weights on first use (torch.onnx, about
a second once the torch model is loaded) into the model cache, checked against torch on
probe sentences, and reused. Where that is impossible (``onnx`` not installed, an
unwritable cache, an exporter error) or the check fails, ``OnnxUnavailable`` says why and
the caller runs torch instead: slower, same scores.
"""

from __future__ import annotations

import os
import tempfile
import threading
import warnings
from importlib import metadata
from pathlib import Path
from typing import Any

import numpy as np

from models.embeddings import MAX_SEQ_LENGTH, MODEL_ID
from models.registry import entry, model_path

TOLERANCE = 1e-4  # largest difference from torch's embedding a checked export may show
# Probes for the check: a word, a question, a text cut at MAX_SEQ_LENGTH, odd characters.
PROBES = [
    "Yes.",
    "Does your company have a contract with Immigration and Customs Enforcement?",
    "We provide our service to a variety of government agencies, " * 12,
    "Thank you, Director Hale — 3.5% in FY2024; “quoted” text and naïve accents.",
]
# Texts per run, longest first. 64 embedded the benchmark's sentences in 2.5 s against 2.7 s
# at 128 (torch's batch) and 2.6 s at 16.
BATCH = 64
RUNTIME_ENV = "HEARING_MINILM_RUNTIME"  # "torch" skips onnxruntime (to compare, or debug)

_lock = threading.Lock()
_loaded: dict[tuple[Path, int], OnnxSentenceEncoder] = {}


class OnnxUnavailable(RuntimeError):
    """onnxruntime cannot run MiniLM here; the message says why (the caller uses torch)."""


class OnnxSentenceEncoder:
    """MiniLM's sentence embeddings behind sentence-transformers' ``encode`` call: mean-pooled
    and unit length, as the model's own pipeline (Transformer, Pooling, Normalize) gives them."""

    runtime = "onnxruntime"

    def __init__(self, session: Any, tokenizer: Any) -> None:
        self.session = session
        self.tokenizer = tokenizer

    def encode(self, texts: list[str], **_: Any) -> np.ndarray:
        """Unit-length embeddings; the caller's batch size and options are not needed."""
        texts, batch_size = list(texts), BATCH
        out = np.zeros((len(texts), 384), dtype=np.float32)
        # longest first, as sentence-transformers does: batches of like length pad little
        order = np.argsort([-len(t) for t in texts], kind="stable")
        for start in range(0, len(texts), batch_size):
            rows = order[start : start + batch_size]
            enc = self.tokenizer.encode_batch([texts[i] for i in rows])
            ids = np.array([e.ids for e in enc], dtype=np.int64)
            mask = np.array([e.attention_mask for e in enc], dtype=np.int64)
            feed = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
            out[rows] = self.session.run(None, feed)[0]
        return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-12)


def cache_dir() -> Path:
    """Where exports live: ``$HEARING_MODEL_CACHE``, else ``$HEARING_CACHE/models``, else
    ``models`` in the user's cache folder."""
    if os.environ.get("HEARING_MODEL_CACHE"):
        return Path(os.environ["HEARING_MODEL_CACHE"])
    if os.environ.get("HEARING_CACHE"):
        return Path(os.environ["HEARING_CACHE"]) / "models"
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("hearing", appauthor=False)) / "models"


def export_path() -> Path:
    """One file per weights and torch version (the exporter's output depends on both)."""
    sha = entry(MODEL_ID).files["model.safetensors"][0][:12]
    return cache_dir() / f"all-minilm-l6-v2-{sha}-torch{metadata.version('torch')}.onnx"


def load_onnx_sentence_model(threads: int | None = None) -> OnnxSentenceEncoder:
    """The MiniLM encoder on onnxruntime, exporting it first if need be; one per thread
    count per process. Raises ``OnnxUnavailable`` when it cannot run here, and the
    registry's ``ModelMissing`` (naming the wheel) when MiniLM is not installed: an export
    left in the cache does not stand in for the model it was made from."""
    if os.environ.get(RUNTIME_ENV, "").lower() == "torch":
        raise OnnxUnavailable(f"{RUNTIME_ENV}=torch")
    model_path(MODEL_ID)  # presence and sizes; ModelMissing names the package
    path, n = export_path(), int(threads or 0)
    with _lock:
        if (path, n) in _loaded:
            return _loaded[path, n]
        try:
            if not path.is_file():
                export(path)
            try:
                session = _session(path, n)
            except Exception:  # a damaged file (the write itself is atomic): export again
                path.unlink(missing_ok=True)
                export(path)
                session = _session(path, n)
        except OnnxUnavailable:
            raise
        except Exception as exc:  # onnxruntime missing, a read-only cache holding a bad file
            raise OnnxUnavailable(f"cannot run MiniLM on onnxruntime: {exc}") from exc
        _loaded[path, n] = OnnxSentenceEncoder(session, _tokenizer())
        return _loaded[path, n]


def export(path: Path) -> None:
    """Export the installed MiniLM to ``path`` (atomically) once it matches torch."""
    try:
        import onnx  # noqa: F401  (torch.onnx's exporter needs it)
        import torch

        from models.embeddings import load_sentence_model
    except ImportError as exc:
        raise OnnxUnavailable(f"cannot export MiniLM to ONNX: {exc} (pip install onnx)") from exc
    model = load_sentence_model()
    bert = model[0].auto_model
    tmp: Path | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=path.name, suffix=".part", dir=path.parent)
        os.close(fd)
        tmp = Path(name)
        tokenizer = _tokenizer()
        enc = tokenizer.encode_batch(PROBES[:2])
        args = tuple(
            torch.tensor([getattr(e, k) for e in enc])
            for k in ("ids", "attention_mask", "type_ids")
        )
        axes = {0: "batch", 1: "tokens"}
        with torch.no_grad(), warnings.catch_warnings():
            warnings.simplefilter("ignore")  # the tracer's notes on BERT's shape checks
            torch.onnx.export(
                _make_mean_pooled()(bert).eval(),
                args,
                str(tmp),
                input_names=["input_ids", "attention_mask", "token_type_ids"],
                output_names=["embedding"],
                dynamic_axes={
                    "input_ids": axes,
                    "attention_mask": axes,
                    "token_type_ids": axes,
                    "embedding": {0: "batch"},
                },
                opset_version=17,
                dynamo=False,
            )
        got = OnnxSentenceEncoder(_session(tmp, 1), tokenizer).encode(PROBES)
        want = model.encode(PROBES, convert_to_numpy=True, show_progress_bar=False)
        diff = float(np.abs(got - want).max())
        if diff > TOLERANCE:
            raise OnnxUnavailable(f"ONNX export of MiniLM differs from torch by {diff:.1e}")
        tmp.chmod(0o644)  # mkstemp's 0600 would hide a shared cache's export from other users
        os.replace(tmp, path)
        tmp = None
        _tidy(path)
    except OnnxUnavailable:
        raise
    except Exception as exc:  # unwritable cache, full disk, an exporter error
        raise OnnxUnavailable(f"cannot export MiniLM to ONNX: {exc}") from exc
    finally:
        if tmp is not None:
            tmp.unlink(missing_ok=True)


def _tidy(kept: Path, stale_after_s: float = 3600.0) -> None:
    """Remove exports of other weights or torch versions (90 MB each), and parts left by an
    export that was killed (old enough that no export can still be writing them)."""
    import time

    for other in kept.parent.glob("all-minilm-l6-v2-*"):
        try:
            superseded = other.suffix == ".onnx" and other != kept
            abandoned = (
                other.suffix == ".part" and time.time() - other.stat().st_mtime > stale_after_s
            )
            if superseded or abandoned:
                other.unlink()
        except OSError:
            pass  # another process tidied it first, or it is not ours to remove


def _session(path: Path, threads: int) -> Any:
    import onnxruntime as ort

    opts = ort.SessionOptions()
    opts.intra_op_num_threads = threads  # 0: one per physical core, as torch
    opts.inter_op_num_threads = 1
    # Idle threads sleep rather than spin: within 2 % of spinning alone, and no core is
    # burnt while Whisper or pyannote share the machine.
    opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
    opts.log_severity_level = 3
    return ort.InferenceSession(str(path), opts, providers=["CPUExecutionProvider"])


def _tokenizer() -> Any:
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(model_path(MODEL_ID) / "tokenizer.json"))
    tok.enable_truncation(MAX_SEQ_LENGTH)
    tok.enable_padding()
    return tok


def _make_mean_pooled() -> type:
    import torch

    class MeanPooled(torch.nn.Module):
        """BERT's token states averaged over the attention mask (sentence-transformers'
        pooling for this model); ``encode`` normalises them."""

        def __init__(self, bert: Any) -> None:
            super().__init__()
            self.bert = bert

        def forward(self, input_ids: Any, attention_mask: Any, token_type_ids: Any) -> Any:
            states = self.bert(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            ).last_hidden_state
            mask = attention_mask.unsqueeze(-1).to(states.dtype)
            return (states * mask).sum(1) / mask.sum(1).clamp(min=1e-9)

    return MeanPooled
