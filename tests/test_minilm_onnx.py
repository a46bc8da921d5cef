"""MiniLM on onnxruntime in int8: embeddings close to torch's and independent of the texts
beside them, scores like torch's; or torch when it cannot run.

Every test here runs the real all-MiniLM-L6-v2 in both runtimes; the failure cases break
the export or its cache for real (an unwritable folder, a damaged file, a failed check).
"""

from __future__ import annotations

import numpy as np
import pytest

from hearing.cli_models import _prepare_cpu_minilm
from models import embeddings, minilm_onnx

TEXTS = [
    "Does your company have a contract with Immigration and Customs Enforcement?",
    "We provide our face recognition service to a variety of government agencies.",
    "No.",
    "",
    "I would have to check with my staff and get back to you on the exact figure. " * 8,
]


def torch_embeddings(texts: list[str]) -> np.ndarray:
    model = embeddings.load_sentence_model()
    return model.encode(texts, convert_to_numpy=True, normalize_embeddings=True)


@pytest.fixture
def model_cache(tmp_path, monkeypatch):
    """A fresh, empty model cache: the first load exports there."""
    folder = tmp_path / "models"
    monkeypatch.setenv("HEARING_MODEL_CACHE", str(folder))
    monkeypatch.delenv(minilm_onnx.RUNTIME_ENV, raising=False)
    return folder


def cosines(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return (a * b).sum(axis=1)


def test_int8_embeddings_stay_close_to_torchs_and_the_export_is_reused(model_cache) -> None:
    model = minilm_onnx.load_onnx_sentence_model()
    assert model.runtime == "onnxruntime" and model.workers >= 1
    # the int8 model alone is kept: the float export it was made from is removed
    assert [p.name for p in model_cache.iterdir()] == [minilm_onnx.export_path().name]
    assert minilm_onnx.export_path().name.endswith("-int8.onnx")
    assert minilm_onnx.export_path().stat().st_mode & 0o777 == 0o644  # readable in a shared cache
    got = model.encode(TEXTS)
    assert got.shape == (len(TEXTS), 384)
    assert np.allclose(np.linalg.norm(got, axis=1), 1, atol=1e-5)
    assert cosines(got, torch_embeddings(TEXTS)).min() >= minilm_onnx.MIN_COSINE
    assert model.encode([]).shape == (0, 384)
    # loaded once per process and thread count; a second load reads the file, no export
    assert minilm_onnx.load_onnx_sentence_model() is model
    # another thread count runs more texts at once on the same session, not a second one
    wider = minilm_onnx.load_onnx_sentence_model(threads=3)
    assert wider.workers == 3 and wider.session is model.session
    assert np.array_equal(wider.encode(TEXTS), got)
    stamp = minilm_onnx.export_path().stat().st_mtime_ns
    minilm_onnx._loaded.clear()
    minilm_onnx.load_onnx_sentence_model()
    assert minilm_onnx.export_path().stat().st_mtime_ns == stamp


def test_a_texts_embedding_does_not_depend_on_the_texts_beside_it(model_cache) -> None:
    # dynamic int8 scales a layer's inputs by the largest in the run: texts run together
    # would move one another's embeddings, and a pair's score with the file it is in
    model = minilm_onnx.load_onnx_sentence_model()
    together = model.encode(TEXTS)
    alone = np.vstack([model.encode([t]) for t in TEXTS])
    backwards = model.encode(TEXTS[::-1])[::-1]
    assert np.array_equal(together, alone) and np.array_equal(together, backwards)
    one_worker = minilm_onnx.OnnxSentenceEncoder(model.session, model.tokenizer, workers=1)
    assert np.array_equal(one_worker.encode(TEXTS), together)


def test_scores_and_labels_agree_on_either_runtime(model_cache) -> None:
    from hearing.evasion.scorer import EvasionScorer

    pairs = [
        ("What is Amazon's relationship with ICE?", TEXTS[1]),
        ("Did you sell the shares?", "Yes. I sold all of them in 2019."),
        ("How much did the pilot cost?", "I'd have to get back to you on that."),
    ]
    fast = EvasionScorer(encoder="minilm")
    assert fast.models() == [("all-minilm-l6-v2", "cpu", "onnxruntime")]
    slow = EvasionScorer(encoder="minilm", model=embeddings.load_sentence_model())
    assert slow.models() == [("all-minilm-l6-v2", "cpu", "torch")]
    # int8 against torch's float embeddings: the combiner was fit on the int8 ones
    for a, b in zip(fast.score_many(pairs), slow.score_many(pairs), strict=True):
        assert a.score == pytest.approx(b.score, abs=0.03)
        assert a.label == b.label and [r.kind for r in a.reasons] == [r.kind for r in b.reasons]


def test_a_damaged_export_is_made_again(model_cache) -> None:
    minilm_onnx.load_onnx_sentence_model()
    path = minilm_onnx.export_path()
    path.write_bytes(path.read_bytes()[:5000])  # cut short, as by a failing disk
    minilm_onnx._loaded.clear()
    model = minilm_onnx.load_onnx_sentence_model()
    assert path.stat().st_size > 1_000_000
    assert cosines(model.encode(TEXTS[:2]), torch_embeddings(TEXTS[:2])).min() > 0.97


def test_an_unwritable_cache_falls_back_to_torch_with_the_reason(tmp_path, monkeypatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("HEARING_MODEL_CACHE", str(blocker / "models"))
    with pytest.raises(minilm_onnx.OnnxUnavailable, match="cannot export MiniLM"):
        minilm_onnx.load_onnx_sentence_model()
    model = embeddings.load_cpu_sentence_model()
    assert model is embeddings.load_sentence_model()
    # the reason reaches the user through `hearing models`, which set-up runs
    reported = _prepare_cpu_minilm()
    assert reported.startswith("torch (slower, scores within ~0.01): cannot export MiniLM")


def test_an_export_that_fails_its_check_leaves_no_file(model_cache, monkeypatch) -> None:
    monkeypatch.setattr(minilm_onnx, "TOLERANCE", -1.0)  # no export can pass this
    with pytest.raises(minilm_onnx.OnnxUnavailable, match="differs from torch"):
        minilm_onnx.load_onnx_sentence_model()
    assert not model_cache.exists() or not list(model_cache.iterdir())  # no .part left


def test_a_quantized_model_that_strays_is_not_kept(model_cache, monkeypatch) -> None:
    monkeypatch.setattr(minilm_onnx, "MIN_COSINE", 1.01)  # no int8 model can pass this
    with pytest.raises(minilm_onnx.OnnxUnavailable, match="strays from the float model"):
        minilm_onnx.load_onnx_sentence_model()
    assert not list(model_cache.iterdir())  # neither the float export nor the int8 part


def test_without_onnx_the_reason_names_the_package(model_cache, monkeypatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "onnx", None)  # import onnx raises ImportError
    with pytest.raises(minilm_onnx.OnnxUnavailable, match="pip install onnx"):
        minilm_onnx.load_onnx_sentence_model()


def test_torch_can_be_chosen(model_cache, monkeypatch) -> None:
    monkeypatch.setenv(minilm_onnx.RUNTIME_ENV, "torch")
    assert embeddings.load_cpu_sentence_model() is embeddings.load_sentence_model()
    assert not model_cache.exists()


def test_an_export_removes_older_ones_and_parts_left_by_a_killed_export(model_cache) -> None:
    import os
    import time

    model_cache.mkdir(parents=True)
    old = model_cache / "all-minilm-l6-v2-53aa51172d14-torch2.9.0.onnx"  # an older torch's
    killed = model_cache / "all-minilm-l6-v2-53aa51172d14-torch2.11.0.onnxab12.part"
    running = model_cache / "all-minilm-l6-v2-53aa51172d14-torch2.11.0.onnxcd34.part"
    for f in (old, killed, running):
        f.write_bytes(b"x" * 100)
    two_hours_ago = time.time() - 7200
    os.utime(killed, (two_hours_ago, two_hours_ago))
    minilm_onnx.load_onnx_sentence_model()
    assert sorted(p.name for p in model_cache.iterdir()) == sorted(
        [minilm_onnx.export_path().name, running.name]  # another export may still write it
    )
