"""The shipped combiner artefact: loads, matches the feature extractor, holds only numbers."""

from __future__ import annotations

import json
import math

import numpy as np
import pytest

from hearing.errors import ModelError
from hearing.evasion.combiner import Combiner
from hearing.evasion.encoders import ENCODERS
from hearing.evasion.features import FEATURE_NAMES
from hearing.evasion.resolution import ResolutionHead
from models.evasion import COMBINER_DIR, COMBINER_PATH

ARTEFACTS = [COMBINER_DIR / e.combiner_file for e in ENCODERS.values()]


def test_default_combiner_is_the_static_encoders() -> None:
    assert COMBINER_DIR / ENCODERS["static"].combiner_file == COMBINER_PATH
    data = json.loads(COMBINER_PATH.read_text(encoding="utf-8"))
    assert data["training"]["encoder"] == "static"


@pytest.mark.parametrize("path", ARTEFACTS, ids=lambda p: p.name)
def test_artefact_loads_and_matches_feature_list(path) -> None:
    comb = Combiner.load(path)
    assert comb.features == FEATURE_NAMES
    n = len(FEATURE_NAMES)
    assert comb.mean.shape == comb.scale.shape == comb.coef.shape == (n,)
    assert np.all(comb.scale > 0)
    assert 0 < comb.partial <= comb.evasive < 1


@pytest.mark.parametrize("path", ARTEFACTS, ids=lambda p: p.name)
def test_artefact_holds_no_text_beyond_names_and_metadata(path) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    strings: list[str] = []

    def walk(x) -> None:
        if isinstance(x, dict):
            for k, v in x.items():
                strings.append(k)
                walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)
        elif isinstance(x, str):
            strings.append(x)

    walk(data)
    assert max(len(s) for s in strings) < 80  # names and short labels, never sentences
    cv = data["metrics"]["cv"]
    assert cv["roc_auc"] > data["metrics"]["baseline_cosine_whole"]["roc_auc"]
    # pairs scored without knowing their turn still beat the cosine baseline
    assert cv["roc_auc_pairs_scored_alone"] > data["metrics"]["baseline_cosine_whole"]["roc_auc"]
    low, high = cv["roc_auc_ci95"]  # over resampled interviews
    assert low < cv["roc_auc"] < high


def test_interview_interval_resamples_whole_interviews() -> None:
    """The interval is that of whole interviews drawn again: where one interview holds
    all the signal, it is wide; where every interview ranks alike, it is narrow."""
    from models.evasion.train import interview_interval

    rng = np.random.default_rng(3)
    groups = np.repeat(np.arange(40), 20)
    y = rng.integers(0, 2, size=800)
    alike = y + rng.normal(0, 1.0, size=800)
    low, high = interview_interval(y, alike, groups, n=300)
    assert low < 0.76 < high and high - low < 0.08  # AUC of N(1,1) vs N(0,1) is 0.76
    # the same rows, but only interview 0 separates its answers and the rest are noise
    lumpy = np.where(groups == 0, y * 10.0, rng.normal(size=800))
    low2, high2 = interview_interval(y, lumpy, groups, n=300)
    assert high2 - low2 > high - low
    assert interview_interval(y, alike, groups, n=300) == [low, high]  # seeded


def test_score_is_logistic_of_weighted_standardised_features() -> None:
    from dataclasses import replace

    from hearing.evasion import credit

    shipped = Combiner.load()
    comb = replace(shipped, similarity_neutral={})  # the similarities as measured
    x = comb.mean + comb.scale  # one standard deviation above the mean everywhere
    score, contrib = comb.score(x)
    assert contrib == pytest.approx(comb.coef)
    assert score == pytest.approx(1 / (1 + math.exp(-(comb.intercept + comb.coef.sum()))))
    # the shipped combiner reads them through the neutral point (this row restates)
    moved = credit.neutralise(x, shipped.features, shipped.similarity_neutral)
    assert not np.array_equal(moved, x)
    assert shipped.contributions(x) == pytest.approx(
        shipped.coef * (moved - shipped.mean) / shipped.scale
    )
    assert comb.label(comb.evasive) == "evasive"
    assert comb.label(comb.partial) == "partial"
    assert comb.label(comb.partial - 1e-6) == "answered"


@pytest.mark.parametrize(
    ("load", "retrain"),
    [(Combiner.load, "models.evasion.train"), (ResolutionHead.load, "train_resolution")],
    ids=["combiner", "resolution_head"],
)
def test_missing_or_corrupt_artefact_is_a_model_error(tmp_path, load, retrain) -> None:
    with pytest.raises(ModelError, match=retrain):
        load(tmp_path / "none.json")
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(ModelError, match="unreadable"):
        load(bad)


def test_a_combiner_from_before_the_similarity_neutral_point_names_the_field(tmp_path) -> None:
    """A combiner written before credit.py has no ``similarity_neutral``: the error names
    the field and the command that writes a current one."""
    from models.evasion import COMBINER_PATH

    data = json.loads(COMBINER_PATH.read_text(encoding="utf-8"))
    del data["similarity_neutral"]
    old = tmp_path / "combiner.json"
    old.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ModelError, match="no 'similarity_neutral' field") as err:
        Combiner.load(old)
    assert "run: python -m models.evasion.train" in str(err.value)


def test_encode_unique_embeds_each_distinct_text_once() -> None:
    """A stand-in model records what it was asked; the real model is exercised in
    test_evasion_scorer.py through the same function."""
    from hearing.evasion.encoders import encode_unique

    class Recorder:
        def __init__(self) -> None:
            self.seen: list[str] = []

        def encode(self, texts, **_kw):
            self.seen.extend(texts)
            return np.array([[float(len(t)), 1.0] for t in texts])

    model = Recorder()
    out = encode_unique(model, ["a b", "c", "a b", "c", "d e f"])
    assert model.seen == ["a b", "c", "d e f"]
    assert out[:, 0].tolist() == [3.0, 1.0, 3.0, 1.0, 5.0]
    assert encode_unique(model, []).shape[0] == 0


@pytest.mark.parametrize("path", ARTEFACTS, ids=lambda p: p.name)
def test_shipped_weights_keep_the_direction_their_evidence_argues(path) -> None:
    """A phrase list found in the answer (a deferral, a pivot) never lowers the score."""
    from models.evasion.train import FLOORS, RATE_FLOORS, SIGNS

    data = json.loads(path.read_text(encoding="utf-8"))
    coef = dict(zip(data["features"], data["coef"], strict=True))
    scale = dict(zip(data["features"], data["scale"], strict=True))
    for name, sign in SIGNS.items():
        assert coef[name] * sign >= FLOORS.get(name, 0.0) - 1e-4, name
    assert set(data["training"]["weight_bounds"]) == set(SIGNS)
    # process and pivot phrases: a floor per unit of their rate, so one such phrase adds at
    # least +0.25 log-odds to a short answer (rate 5 per 100 words)
    for name, floor in RATE_FLOORS.items():
        assert coef[name] / scale[name] >= floor - 1e-3, name
        assert 5 * coef[name] / scale[name] >= 0.25 - 5e-3, name


def test_signed_fit_matches_sklearn_when_free_and_holds_its_bounds() -> None:
    from sklearn.linear_model import LogisticRegression

    from models.evasion.bounded_lr import BoundedLogisticRegression

    rng = np.random.default_rng(0)
    X = rng.normal(size=(400, 4))
    # feature 2 helps on its own but is a near copy of feature 0 with the opposite slope
    X[:, 2] = X[:, 0] + 0.3 * rng.normal(size=400)
    y = (X[:, 0] - 0.5 * X[:, 1] + rng.logistic(size=400) > 0.4).astype(int)
    free = BoundedLogisticRegression(C=0.1).fit(X, y)
    ref = LogisticRegression(C=0.1, class_weight="balanced").fit(X, y)
    assert np.allclose(free.coef_, ref.coef_, atol=1e-3)
    assert np.allclose(free.intercept_, ref.intercept_, atol=1e-3)
    assert np.allclose(free.predict_proba(X), ref.predict_proba(X), atol=1e-3)
    bounds = [(0.0, None), (0.0, None), (None, 0.0), (0.25, None)]
    bounded = BoundedLogisticRegression(C=0.1, bounds=bounds).fit(X, y)
    w = bounded.coef_[0]
    assert w[1] == 0.0  # wants to be negative: held at zero
    assert w[0] > 0 and w[2] <= 0
    assert w[3] == pytest.approx(0.25)  # pure noise: held at its floor
    with pytest.raises(ValueError):
        BoundedLogisticRegression(C=0.1, bounds=bounds[:3]).fit(X, y)


def test_sample_weights_match_sklearn_and_joint_weights_balance_each_corpus() -> None:
    from sklearn.linear_model import LogisticRegression

    from models.evasion.bounded_lr import BoundedLogisticRegression, balanced_weights
    from models.evasion.circa import WEIGHT, joint_weights

    rng = np.random.default_rng(1)
    X = rng.normal(size=(300, 3))
    y = (X[:, 0] + rng.logistic(size=300) > 0.8).astype(int)
    sw = rng.uniform(0.2, 3.0, size=300)
    ours = BoundedLogisticRegression(C=0.1).fit(X, y, sw)
    ref = LogisticRegression(C=0.1).fit(X, y, sample_weight=sw)
    assert np.allclose(ours.coef_, ref.coef_, atol=1e-3)
    # given the balanced weights explicitly, the fit is the default one
    default = BoundedLogisticRegression(C=0.1).fit(X, y)
    explicit = BoundedLogisticRegression(C=0.1).fit(X, y, balanced_weights(y))
    assert np.allclose(default.coef_, explicit.coef_)
    with pytest.raises(ValueError):
        BoundedLogisticRegression(C=0.1).fit(X, y, sw[:10])

    y_main = np.array([1] * 70 + [0] * 30)
    y_circa = np.array([1] * 10 + [0] * 90)
    w = joint_weights(y_main, y_circa)
    main, circa = w[:100], w[100:]
    assert main[y_main == 1].sum() == pytest.approx(main[y_main == 0].sum())
    assert circa[y_circa == 1].sum() == pytest.approx(circa[y_circa == 0].sum())
    assert circa.sum() == pytest.approx(WEIGHT * main.sum())


@pytest.mark.parametrize("path", ARTEFACTS, ids=lambda p: p.name)
def test_shipped_combiners_were_fit_with_circa_and_say_what_it_did(path) -> None:
    """Circa teaches which indirect replies still answer; the artefact carries its
    out-of-fold figures, and most replies that resolve to yes or no are not `evasive`."""
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["training"]["second_corpus"].startswith("Circa")
    circa = data["metrics"]["circa"]
    assert circa["yes_no_labelled_evasive"] < 0.5 < circa["neither_labelled_evasive"]
    assert circa["roc_auc_neither_vs_yes_no"] > 0.65
