"""The two sentence encoders the evasion scorer can use, each with its own fitted combiner.

``static`` (``auto``'s choice above 10,000 pairs): the project's static distillation of
all-MiniLM-L6-v2 (``models/minilm_static``). Encoding is a table look-up, so every answer
sentence is embedded and the scorer handles 150+ pairs a second on a 2-core CPU.

``minilm``: the all-MiniLM-L6-v2 transformer itself. Its similarities separate evasive from
clear answers better on their own (QEvasion cosine ROC-AUC 0.60 against 0.52), which adds
about 0.01 to the combiner's ROC-AUC, at a quarter of the speed (on the CPU it runs on
onnxruntime, ``models/minilm_onnx.py``): it embeds the question and at most three answer
sentences per pair. Worth it on a GPU or for a final pass.

The combiner is fit per encoder (``python -m models.evasion.train --encoder NAME``) because
the similarity features' scales differ between them. ``both.py`` averages the two (the
default for up to 10,000 pairs).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from hearing.errors import InputError, ModelError
from hearing.evasion.features import FeatureExtractor
from hearing.evasion.resolution import ResolutionHead
from hearing.evasion.text import MAX_SENTENCES

BATCH = 128  # texts per forward pass; sentence-transformers sorts them by length first


@dataclass(frozen=True)
class Encoder:
    name: str
    model_id: str  # registry id of the weights
    embed_sentences: int  # answer sentences embedded per pair
    combiner_file: str  # in models/evasion/
    resolution_file: str  # in models/evasion/: the yes/no resolution head (resolution.py)


ENCODERS: dict[str, Encoder] = {
    "static": Encoder(
        "static", "minilm-static", MAX_SENTENCES, "combiner.json", "resolution_static.json"
    ),
    "minilm": Encoder(
        "minilm", "all-minilm-l6-v2", 3, "combiner_minilm.json", "resolution_minilm.json"
    ),
}
DEFAULT_ENCODER = "static"


def encoder(name: str | None) -> Encoder:
    try:
        return ENCODERS[name or DEFAULT_ENCODER]
    except KeyError:
        raise InputError(
            f"unknown evasion encoder {name!r}: choose {' or '.join(ENCODERS)}"
        ) from None


def _loaded(load: Callable[[], Any]) -> Any:
    """Run a model loader; a missing package or file becomes a one-line ModelError."""
    try:
        return load()
    except ModelError:
        raise
    except (ImportError, RuntimeError, OSError) as exc:  # ModelMissing is a RuntimeError
        raise ModelError(str(exc)) from exc


def load_encoder_model(enc: Encoder, device: str = "cpu", threads: int | None = None) -> Any:
    """An object with ``encode(texts, ...)`` returning unit vectors; ModelError if missing.
    MiniLM on the CPU runs on onnxruntime in int8 where it can (``models/minilm_onnx.py``)."""

    def load() -> Any:
        from models import embeddings

        if enc.name == "static":
            return embeddings.load_static_model()
        if device == "cpu":
            return embeddings.load_cpu_sentence_model(threads)
        return embeddings.load_sentence_model(device=device)

    return _loaded(load)


def load_language_model() -> Any:
    """spaCy's English pipeline (question lemmas and entities); ModelError if missing."""

    def load() -> Any:
        from models.spacy_nlp import load_nlp

        return load_nlp()

    return _loaded(load)


def encode_unique(model: Any, texts: list[str]) -> np.ndarray:
    """Unit-length embeddings of ``texts``, each distinct text encoded once.

    Sub-questions answered in one turn share their answer sentences, and hearings repeat
    formulas ("Thank you, Senator."), so a batch often holds the same text several times.
    """
    index: dict[str, int] = {}
    slots = [index.setdefault(t, len(index)) for t in texts]
    if not index:
        return np.zeros((0, 0), dtype=np.float32)
    vecs = model.encode(
        list(index),
        batch_size=BATCH,
        convert_to_numpy=True,
        normalize_embeddings=True,
        show_progress_bar=False,
    )
    return vecs[np.asarray(slots)]


def load_resolution_head(enc: Encoder) -> ResolutionHead:
    from models.evasion import COMBINER_DIR

    return ResolutionHead.load(COMBINER_DIR / enc.resolution_file)


def feature_extractor(
    enc: Encoder, model: Any, nlp: Any, *, resolution: bool = True
) -> FeatureExtractor:
    """Features as this encoder gives them: the scorer and ``models.evasion.train`` both
    build them here, so the combiner is fit on exactly the features scored at run time.
    ``resolution=False`` leaves out the resolution head (for fitting that head)."""
    return FeatureExtractor(
        lambda texts: encode_unique(model, texts),
        nlp,
        enc.embed_sentences,
        getattr(model, "cosine_map", (1.0, 0.0)),
        load_resolution_head(enc) if resolution else None,
    )
