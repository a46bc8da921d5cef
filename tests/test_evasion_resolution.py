"""The yes/no resolution head: its artefacts, its loader's errors, and that the scorer gives
it the inputs it was fit on."""

from __future__ import annotations

import json

import numpy as np
import pytest

from hearing.errors import ModelError
from hearing.evasion.encoders import ENCODERS
from hearing.evasion.resolution import (
    LOGIT_LIMIT,
    ResolutionHead,
    head_inputs,
    reply_vector,
)
from models.evasion import COMBINER_DIR
from tests.evasion_helpers import real_scorer

HEADS = [COMBINER_DIR / e.resolution_file for e in ENCODERS.values()]
DIMS = {"static": 256, "minilm": 384}


@pytest.mark.parametrize("path", HEADS, ids=lambda p: p.name)
def test_shipped_heads_load_and_say_how_well_they_read_circa(path) -> None:
    head = ResolutionHead.load(path)
    assert head.coef.shape == (4 * DIMS[head.encoder],)
    assert path.name == ENCODERS[head.encoder].resolution_file
    metrics = json.loads(path.read_text(encoding="utf-8"))["metrics"]
    assert metrics["roc_auc_open_vs_yes_no"] > 0.7  # out of fold, whole scenarios held out
    assert "CC BY 4.0" in metrics["data"]


def test_head_of_the_wrong_shape_or_size_is_a_model_error(tmp_path) -> None:
    """(Missing and corrupt heads: test_evasion_combiner, with the combiners.)"""
    odd = tmp_path / "odd.json"
    odd.write_text(json.dumps({"coef": [0.1] * 6, "intercept": 0, "encoder": "x"}), "utf-8")
    with pytest.raises(ModelError, match="weights"):
        ResolutionHead.load(odd)
    head = ResolutionHead(np.zeros(16), 0.0, "static")
    with pytest.raises(ModelError, match="4-d embeddings, got 3-d"):
        head.open_logit(np.ones(3), np.ones(3))


def test_logit_is_clipped_and_inputs_are_the_four_blocks() -> None:
    q, r = np.array([0.6, 0.8]), np.array([1.0, 0.0])
    assert np.allclose(head_inputs(q[None], r[None])[0], [0.6, 0.8, 1, 0, 0.6, 0, 0.4, 0.8])
    head = ResolutionHead(np.full(8, 100.0), 0.0, "static")
    assert head.open_logit(q, r) == LOGIT_LIMIT
    head = ResolutionHead(np.full(8, -100.0), 0.0, "static")
    assert head.open_logit(q, r) == -LOGIT_LIMIT


def test_reply_is_the_length_weighted_first_two_sentences() -> None:
    vecs = np.array([[1.0, 0.0], [0.0, 1.0], [5.0, 5.0]])
    v = reply_vector(vecs, np.array([3.0, 1.0, 9.0]))  # the third sentence is ignored
    assert np.allclose(v, np.array([3.0, 1.0]) / np.sqrt(10))


@pytest.mark.slow
def test_scorer_feeds_the_head_what_it_was_fit_on() -> None:
    """The feature the combiner weighs is the head's reading of exactly the inputs
    ``resolution_inputs`` gives the training script (focus of the question, first two
    answer sentences), for yes/no questions only."""
    fx = real_scorer().extractor
    pairs = [
        ("Mr. Hale, has the agency shared plate data with ICE?", "We ended it. Years ago. Yes."),
        ("Will you release the audit?", "That is a hard question for all of us."),
        ("Why did the audit take so long?", "Staff shortages slowed it down."),
    ]
    feats = fx.extract_many(pairs)
    q, r = fx.resolution_inputs(pairs)
    for k in (0, 1):
        want = fx.resolution.open_logit(q[k], r[k])
        assert feats[k].values["yn_unresolved"] == pytest.approx(want, abs=1e-4)
    assert feats[2].values["yn_unresolved"] == 0.0  # a wh-question has nothing to resolve
    # a reply that leaves the question open reads as more open than one that settles it
    assert feats[1].values["yn_unresolved"] > feats[0].values["yn_unresolved"]


def test_a_reply_that_retreats_gets_no_credit_for_settling() -> None:
    from hearing.evasion.resolution import RETREATS, credited

    plain = dict.fromkeys(RETREATS, 0.0)
    assert credited(-2.0, plain) == (-2.0, False)
    for name in RETREATS:
        assert credited(-2.0, {**plain, name: 1.0}) == (0.0, True), name
        assert credited(1.5, {**plain, name: 1.0}) == (1.5, False)  # "open" stands


@pytest.mark.slow
def test_the_ice_style_non_answer_is_not_read_as_settling_the_question() -> None:
    """The head alone reads a retreat to "a variety of government agencies" as settling
    "Do you have a contract with ICE?"; the scorer does not let that count against evasion
    or say so in a reason."""
    scorer = real_scorer()
    q = "Does your company have a contract with Immigration and Customs Enforcement?"
    a = "We provide our face recognition service to a variety of government agencies."
    f = scorer.extractor.extract_many([(q, a)])[0]
    assert f.evidence["open_discounted"] and f.values["yn_unresolved"] == 0.0
    s = scorer.score(q, a)
    assert s.label == "evasive"
    assert not [r for r in s.reasons if r.kind in ("yes_no_settled", "yes_no_open")]
