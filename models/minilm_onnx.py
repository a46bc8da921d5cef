"""all-MiniLM-L6-v2 run by onnxruntime on the CPU, its weights in int8: a fifth of torch's time.

MiniLM is most of the ``both`` scorer's time on a CPU, and torch's eager BERT spends much of
it outside the arithmetic. The same graph run by onnxruntime took half torch's time; with
its linear layers' weights quantized to int8 (per output channel) and each text run alone,
two at a time, it embeds the benchmark's texts in 3.8 s against 10.0 s for the float graph
in batches (``bench/evasion.py``'s ``both``: 66 -> 110+ pairs a second on 2 cores).

The weights are unsigned (``QUInt8``), like the inputs. With signed weights, x86 CPUs
without VNNI multiply through an instruction that saturates at 16 bits (onnxruntime's
documented ``U8S8`` caveat), so the same text embedded differently by CPU: a combiner refit
on a 2-core AVX2 machine moved MiniLM's weights in the third decimal, and one test text fell
to a cosine of 0.9696 against torch there. Unsigned-by-unsigned products are summed without
saturation on every x86 CPU, so the integers are the same everywhere; on that machine they
came closer to the float model as well (cosine 0.9932 on average over 459 texts, against
0.9917; lowest 0.9735, against 0.9696) for 8 % more time.

Each text runs alone because onnxruntime's dynamic quantization scales a layer's inputs by
their largest value in the whole batch: batched, a text's embedding moved (by up to 0.04 in
one value) with the texts beside it, and a pair's score with the other pairs in the file.
Alone, a text's embedding depends on it only. Against the float model its embeddings keep
a cosine of 0.973 or more (0.993 on average) on hearing-like sentences; the combiner is fit
on these int8 embeddings (``models/evasion/CARD.md``), so the scorer reads what it was fit on.

No ONNX file ships. It is exported from the installed weights on first use (torch.onnx, about
a second once the torch model is loaded), checked against torch on probe sentences,
quantized (a few seconds), checked again, and kept in the model cache. Where that is
impossible (``onnx`` not installed, an unwritable cache, an exporter error) or a check
fails, ``OnnxUnavailable`` says why and the caller runs torch's float model instead:
slower, with scores that differ from the int8 model's by about 0.01.
"""

from __future__ import annotations

import logging
import os
import tempfile
import threading
import warnings
from concurrent.futures import ThreadPoolExecutor
from importlib import metadata
from pathlib import Path
from typing import Any

import numpy as np

from models.embeddings import MAX_SEQ_LENGTH, MODEL_ID
from models.registry import entry, model_path

TOLERANCE = 1e-4  # largest difference from torch's embedding the float export may show
# smallest cosine of an int8 probe embedding to the float one (0.973 or more where measured; a
# kernel that saturated, or a quantizer gone wrong, would fall far below)
MIN_COSINE = 0.97
# Probes for the check: a word, a question, a text cut at MAX_SEQ_LENGTH, odd characters.
PROBES = [
    "Yes.",
    "Does your company have a contract with Immigration and Customs Enforcement?",
    "We provide our service to a variety of government agencies, " * 12,
    "Thank you, Director Hale — 3.5% in FY2024; “quoted” text and naïve accents.",
]
RUNTIME_ENV = "HEARING_MINILM_RUNTIME"  # "torch" skips onnxruntime (to compare, or debug)

_lock = threading.Lock()
_loaded: dict[tuple[Path, int], OnnxSentenceEncoder] = {}


class OnnxUnavailable(RuntimeError):
    """onnxruntime cannot run MiniLM here; the message says why (the caller uses torch)."""


class OnnxSentenceEncoder:
    """MiniLM's sentence embeddings behind sentence-transformers' ``encode`` call: mean-pooled
    and unit length, as the model's own pipeline (Transformer, Pooling, Normalize) gives them.
    Each text runs alone (see the module's note), ``workers`` at a time on one session."""

    runtime = "onnxruntime"

    def __init__(self, session: Any, tokenizer: Any, workers: int = 1) -> None:
        self.session = session
        self.tokenizer = tokenizer
        self.workers = max(1, workers)
        self._pool: ThreadPoolExecutor | None = None

    def encode(self, texts: list[str], **_: Any) -> np.ndarray:
        """Unit-length embeddings; the caller's batch size and options are not needed."""
        texts = list(texts)
        out = np.zeros((len(texts), 384), dtype=np.float32)
        if not texts:
            return out
        # longest first: the last texts to finish are the short ones, so the workers end
        # together
        order = np.argsort([-len(t) for t in texts], kind="stable")
        encs = self.tokenizer.encode_batch([texts[i] for i in order])

        def run(enc: Any) -> np.ndarray:
            ids = np.array([enc.ids], dtype=np.int64)
            mask = np.ones_like(ids)  # one text, no padding
            feed = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
            return self.session.run(None, feed)[0][0]

        if self.workers == 1 or len(texts) == 1:
            out[order] = [run(e) for e in encs]
        else:
            if self._pool is None:
                self._pool = ThreadPoolExecutor(self.workers, thread_name_prefix="minilm")
            out[order] = list(self._pool.map(run, encs))
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
    """One file per weights, torch version and onnxruntime version (the exporter's output
    depends on the first two, the quantizer's on the last)."""
    sha = entry(MODEL_ID).files["model.safetensors"][0][:12]
    versions = f"torch{metadata.version('torch')}-ort{metadata.version('onnxruntime')}"
    return cache_dir() / f"all-minilm-l6-v2-{sha}-{versions}-u8w-int8.onnx"


def _workers(threads: int) -> int:
    """Texts run at once: the threads asked for, else one per core this process may use."""
    if threads:
        return threads
    try:
        return max(1, min(8, len(os.sched_getaffinity(0))))
    except AttributeError:  # not on Linux
        return max(1, min(8, os.cpu_count() or 1))


def load_onnx_sentence_model(threads: int | None = None) -> OnnxSentenceEncoder:
    """The MiniLM encoder on onnxruntime, exporting it first if need be; one per thread
    count per process, all on one session (the thread count sets only how many texts run
    at once). Raises ``OnnxUnavailable`` when it cannot run here, and the
    registry's ``ModelMissing`` (naming the wheel) when MiniLM is not installed: an export
    left in the cache does not stand in for the model it was made from."""
    if os.environ.get(RUNTIME_ENV, "").lower() == "torch":
        raise OnnxUnavailable(f"{RUNTIME_ENV}=torch")
    model_path(MODEL_ID)  # presence and sizes; ModelMissing names the package
    path, n = export_path(), int(threads or 0)
    with _lock:
        if (path, n) in _loaded:
            return _loaded[path, n]
        loaded = next((e for (p, _), e in _loaded.items() if p == path), None)
        if loaded is not None:
            _loaded[path, n] = OnnxSentenceEncoder(loaded.session, loaded.tokenizer, _workers(n))
            return _loaded[path, n]
        try:
            if not path.is_file():
                export(path)
            try:
                session = _session(path)
            except Exception:  # a damaged file (the write itself is atomic): export again
                path.unlink(missing_ok=True)
                export(path)
                session = _session(path)
        except OnnxUnavailable:
            raise
        except Exception as exc:  # onnxruntime missing, a read-only cache holding a bad file
            raise OnnxUnavailable(f"cannot run MiniLM on onnxruntime: {exc}") from exc
        _loaded[path, n] = OnnxSentenceEncoder(session, _tokenizer(), _workers(n))
        return _loaded[path, n]


def export(path: Path) -> None:
    """Export the installed MiniLM, check it against torch, quantize it and check that against
    the float export; write the int8 model to ``path`` (atomically) once both checks pass."""
    try:
        import onnx  # noqa: F401  (torch.onnx's exporter needs it)
        import torch
        from onnxruntime.quantization import QuantType, quantize_dynamic

        from models.embeddings import load_sentence_model
    except ImportError as exc:
        raise OnnxUnavailable(f"cannot export MiniLM to ONNX: {exc} (pip install onnx)") from exc
    model = load_sentence_model()
    bert = model[0].auto_model
    parts: list[Path] = []
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        for _ in range(2):  # the float export, then the int8 model
            fd, name = tempfile.mkstemp(prefix=path.name, suffix=".part", dir=path.parent)
            os.close(fd)
            parts.append(Path(name))
        tmp, done = parts
        tokenizer = _tokenizer()
        padded = _tokenizer()
        padded.enable_padding()  # the trace's two probes, in one batch
        enc = padded.encode_batch(PROBES[:2])
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
        floats = OnnxSentenceEncoder(_session(tmp), tokenizer).encode(PROBES)
        want = model.encode(PROBES, convert_to_numpy=True, show_progress_bar=False)
        diff = float(np.abs(floats - want).max())
        if diff > TOLERANCE:
            raise OnnxUnavailable(f"ONNX export of MiniLM differs from torch by {diff:.1e}")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            logging.disable(logging.WARNING)  # the quantizer's advice to pre-process, printed
            try:
                quantize_dynamic(tmp, done, weight_type=QuantType.QUInt8, per_channel=True)
            finally:
                logging.disable(logging.NOTSET)
        got = OnnxSentenceEncoder(_session(done), tokenizer).encode(PROBES)
        cosine = float((got * floats).sum(axis=1).min())
        if cosine < MIN_COSINE:
            raise OnnxUnavailable(f"int8 MiniLM strays from the float model (cosine {cosine:.3f})")
        done.chmod(0o644)  # mkstemp's 0600 would hide a shared cache's export from other users
        os.replace(done, path)
        parts.remove(done)
        _tidy(path)
    except OnnxUnavailable:
        raise
    except Exception as exc:  # unwritable cache, full disk, an exporter error
        raise OnnxUnavailable(f"cannot export MiniLM to ONNX: {exc}") from exc
    finally:
        for part in parts:
            part.unlink(missing_ok=True)


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


def _session(path: Path) -> Any:
    import onnxruntime as ort

    opts = ort.SessionOptions()
    # one thread per run: texts run side by side instead (3.8 s for the benchmark's texts,
    # against 7.0 s for one text at a time on two threads)
    opts.intra_op_num_threads = 1
    opts.inter_op_num_threads = 1
    opts.log_severity_level = 3
    return ort.InferenceSession(str(path), opts, providers=["CPUExecutionProvider"])


def _tokenizer() -> Any:
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(model_path(MODEL_ID) / "tokenizer.json"))
    tok.enable_truncation(MAX_SEQ_LENGTH)
    tok.no_padding()  # each text runs alone
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
