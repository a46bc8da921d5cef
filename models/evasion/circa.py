"""Circa's replies to yes/no questions as the combiner's second, smaller training corpus.

QEvasion alone teaches the combiner that a yes/no question answered without a yes or no is
evasive (83 % of such answers there are), so a witness's clear indirect reply ("Has it been
sold to ICE?" - "We ended our only contract with ICE in 2019") was flagged too: on Circa the
QEvasion-only combiner labelled 73 % of replies that plainly resolve to yes or no
`evasive`. Circa (Louis, Roth & Radlinski, EMNLP 2020; CC BY 4.0) holds short indirect
replies judged by how they resolve; those that resolve to neither ("I'm not sure yet",
"Let me see what I've got going on") are its non-answers, those that resolve (and the
replies to its few open questions, "Other") are clear. Fit alongside QEvasion at a quarter
of its weight, they teach which indirect replies still answer, without costing QEvasion
(grouped-CV AUC 0.7729 -> 0.7745 in the experiment that chose the weight).

Only the feature values of a fixed sample of rows are used; nothing of Circa's text goes
into the artefact.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

DEFAULT_CIRCA = Path(__file__).resolve().parents[2].parent / "shared/data/circa/circa.parquet"
WEIGHT = 0.25  # Circa's total weight against QEvasion's; 0.1-0.5 scored within 0.001 there
NONCOMMITTAL = (
    "In the middle, neither yes nor no",
    "I am not sure how X will interpret Y’s answer",
)
CLEAR_SAMPLE = {"Yes": 2000, "No": 2000, "Other": None}  # rows per judgement; None = all
SEED = 0
FOLDS = 5


@dataclass
class CircaRows:
    X: np.ndarray
    y: np.ndarray  # 1 = resolves to neither yes nor no
    fold: np.ndarray  # whole scenarios ("Y has just moved into a neighbourhood") per fold
    judgement: np.ndarray  # Circa's majority judgement (goldstandard1)
    ids: np.ndarray  # Circa's row ids


def load(
    path: Path, extract: Callable[[list[tuple[str, str]]], np.ndarray], cache: Path | None
) -> CircaRows:
    """The fixed sample's features, from ``cache`` when it holds them for these names."""
    import pandas as pd

    from hearing.evasion.features import FEATURE_NAMES

    df = pd.read_parquet(path)
    df = df[df["goldstandard1"].notna()]
    picked = [df[df["goldstandard1"].isin(NONCOMMITTAL)]]
    for judgement, n in CLEAR_SAMPLE.items():
        rows = df[df["goldstandard1"] == judgement]
        picked.append(rows if n is None else rows.sample(min(n, len(rows)), random_state=SEED))
    df = pd.concat(picked).sort_values("id").reset_index(drop=True)
    scenarios = sorted(df["context"].unique())
    fold = df["context"].map({s: i % FOLDS for i, s in enumerate(scenarios)}).to_numpy()
    y = df["goldstandard1"].isin(NONCOMMITTAL).to_numpy().astype(int)
    judgement = df["goldstandard1"].to_numpy().astype(str)
    ids = df["id"].to_numpy()
    if cache and cache.exists():
        data = np.load(cache, allow_pickle=False)
        if tuple(data["names"].tolist()) == FEATURE_NAMES and len(data["X"]) == len(df):
            return CircaRows(data["X"], y, fold, judgement, ids)
    print(f"Circa features for {len(df)} replies", file=sys.stderr, flush=True)
    X = extract(list(zip(df["question-X"].str.strip(), df["answer-Y"].str.strip(), strict=True)))
    if cache:
        np.savez(cache, X=X, names=np.array(FEATURE_NAMES))
    return CircaRows(X, y, fold, judgement, ids)


def use_out_of_fold_resolution(rows: CircaRows, frame, q, r, heads: dict) -> None:
    """Replace the resolution head's reading of these rows (the shipped head was fit on
    them) by that of the head fit without their scenarios (``train_resolution``'s folds,
    which are these rows' folds). Rows the head never saw ("Other") keep their value."""
    from hearing.evasion.features import FEATURE_NAMES
    from hearing.evasion.resolution import credited

    col = FEATURE_NAMES.index("yn_unresolved")
    yes_no = rows.X[:, FEATURE_NAMES.index("q_yesno")] > 0
    where = {int(i): k for k, i in enumerate(frame["id"].to_numpy())}
    folds = frame["fold"].to_numpy()
    for j, i in enumerate(rows.ids):
        k = where.get(int(i))
        if k is not None and yes_no[j]:
            z = heads[int(folds[k])].open_logit(q[k], r[k])
            rows.X[j, col] = credited(z, dict(zip(FEATURE_NAMES, rows.X[j], strict=True)))[0]


def joint_weights(y_main: np.ndarray, y_circa: np.ndarray, weight: float = WEIGHT) -> np.ndarray:
    """Sample weights for [main rows, Circa rows]: each corpus class-balanced on its own,
    Circa's total ``weight`` times the main corpus's."""
    from models.evasion.bounded_lr import balanced_weights

    circa = balanced_weights(y_circa) * weight * len(y_main) / len(y_circa)
    return np.concatenate([balanced_weights(y_main), circa])


def metrics(rows: CircaRows, p: np.ndarray, partial: float, evasive: float) -> dict:
    """Out-of-fold (by scenario) figures an analyst can read: how often a reply that
    resolves is labelled evasive, and how well non-committal replies rank above them."""
    from sklearn.metrics import roc_auc_score

    resolves = np.isin(rows.judgement, ("Yes", "No"))
    neither = rows.y == 1
    both = resolves | neither
    return {
        "data": "Circa (CC BY 4.0), fixed sample, out of fold by scenario",
        "n": int(len(p)),
        "roc_auc_neither_vs_yes_no": round(float(roc_auc_score(neither[both], p[both])), 4),
        "yes_no_labelled_evasive": round(float(np.mean(p[resolves] >= evasive)), 4),
        "yes_no_labelled_answered": round(float(np.mean(p[resolves] < partial)), 4),
        "neither_labelled_evasive": round(float(np.mean(p[neither] >= evasive)), 4),
        "open_questions_labelled_evasive": round(
            float(np.mean(p[rows.judgement == "Other"] >= evasive)), 4
        ),
    }
