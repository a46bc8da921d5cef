"""Fit the evasion combiner on QEvasion train and write ``models/evasion/combiner.json``.

    python -m models.evasion.train [--data PATH] [--features-cache FILE] [--out FILE]

Only numbers leave this script: feature names, scaler statistics, weights, thresholds and
cross-validated metrics. No QEvasion text (nor any embedding of it) is written to the
artefact; the optional features cache holds feature values only and lives outside the repo.

Rows that share one answer turn (several sub-questions answered at once) and rows of one
interview stay in the same fold: folds are grouped by interview (GroupKFold on title/url).
This script is a development tool and, unlike the rest of ``models``, imports ``hearing``
for the feature extractor, so the features fit here are exactly the ones scored at run time.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
from pathlib import Path

import numpy as np

DEFAULT_DATA = Path(__file__).resolve().parents[2].parent / "shared/data/qevasion/train.parquet"
OUT = Path(__file__).resolve().parent / "combiner.json"
POSITIVE = ("Ambivalent", "Clear Non-Reply")
NEGATIVE = "Clear Reply"
FOLDS = 5
C = 0.003  # L2 strength chosen by grouped CV over 0.001-1 (0.001-0.003 best, 1 is 0.007 lower)
EVASIVE_PRECISION = 0.85  # "evasive" must be right this often on held-out interviews
PARTIAL_RECALL = 0.80  # "partial or evasive" must catch this share of evasive answers


def _features(df, cache: Path | None) -> np.ndarray:
    from hearing.evasion.features import FEATURE_NAMES, FeatureExtractor
    from hearing.evasion.scorer import encode_unique
    from models.embeddings import load_sentence_model
    from models.spacy_nlp import load_nlp

    if cache and cache.exists():
        data = np.load(cache, allow_pickle=False)
        if tuple(data["names"].tolist()) == FEATURE_NAMES and len(data["X"]) == len(df):
            return data["X"]
    model = load_sentence_model()  # the scorer's model, so features match

    def embed(texts: list[str]) -> np.ndarray:
        return encode_unique(model, texts)

    fx = FeatureExtractor(embed, load_nlp())
    pairs = list(zip(df["question"].str.strip(), df["interview_answer"], strict=True))
    rows = []
    step = 256  # rows of one interview are adjacent: their shared answers embed once
    for i in range(0, len(pairs), step):
        rows.extend(f.vector() for f in fx.extract_many(pairs[i : i + step]))
        print(f"features {min(i + step, len(pairs))}/{len(pairs)}", file=sys.stderr, flush=True)
    X = np.vstack(rows)
    if cache:
        np.savez(cache, X=X, names=np.array(FEATURE_NAMES))
    return X


def _fit(X: np.ndarray, y: np.ndarray):
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    scaler = StandardScaler().fit(X)
    lr = LogisticRegression(C=C, class_weight="balanced", max_iter=5000)
    lr.fit(scaler.transform(X), y)
    return scaler, lr


def _thresholds(y: np.ndarray, p: np.ndarray) -> tuple[float, float]:
    """Evasive: lowest cut with precision >= target; partial: cut keeping recall >= target."""
    order = np.sort(np.unique(p))
    evasive = float(order[-1])
    for t in order:
        sel = p >= t
        if sel.sum() >= 20 and y[sel].mean() >= EVASIVE_PRECISION:
            evasive = float(t)
            break
    pos = np.sort(p[y == 1])
    partial = float(pos[int((1 - PARTIAL_RECALL) * len(pos))])
    evasive = math.ceil(evasive * 1000) / 1000  # round up: keep the precision promised
    return round(min(partial, evasive), 3), evasive


def _metrics(y, p, pred) -> dict[str, float]:
    from sklearn.metrics import average_precision_score, f1_score, roc_auc_score

    return {
        "roc_auc": round(float(roc_auc_score(y, p)), 4),
        "average_precision": round(float(average_precision_score(y, p)), 4),
        "macro_f1": round(float(f1_score(y, pred, average="macro")), 4),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--features-cache", type=Path, default=None)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    import pandas as pd
    import torch
    from sklearn.model_selection import GroupKFold

    from hearing.evasion.features import FEATURE_NAMES

    torch.set_num_threads(1)
    torch.manual_seed(0)
    df = pd.read_parquet(args.data)
    df = df[df["clarity_label"].isin((*POSITIVE, NEGATIVE))].reset_index(drop=True)
    y = df["clarity_label"].isin(POSITIVE).to_numpy().astype(int)
    groups = df["title"].to_numpy()  # coarser than url: never splits an interview
    X = _features(df, args.features_cache)

    oof = np.zeros(len(y))
    for tr, te in GroupKFold(n_splits=FOLDS).split(X, y, groups):
        scaler, lr = _fit(X[tr], y[tr])
        oof[te] = lr.predict_proba(scaler.transform(X[te]))[:, 1]
    partial, evasive = _thresholds(y, oof)
    sim = X[:, FEATURE_NAMES.index("sim_whole")]
    sim_best = X[:, FEATURE_NAMES.index("sim_best")]
    cv = _metrics(y, oof, (oof >= partial).astype(int))
    cv["evasive_precision"] = round(float(y[oof >= evasive].mean()), 4)
    cv["evasive_recall"] = round(float((oof[y == 1] >= evasive).mean()), 4)
    baseline = _metrics(y, -sim, (-sim >= np.median(-sim)).astype(int))
    baseline_best = _metrics(y, -sim_best, (-sim_best >= np.median(-sim_best)).astype(int))

    scaler, lr = _fit(X, y)
    # 4-5 decimals: far below what moves a score, far above float noise between machines.
    r = lambda a, k=5: [round(float(v), k) for v in a]  # noqa: E731
    artefact = {
        "kind": "logistic_regression",
        "version": 1,
        "features": list(FEATURE_NAMES),
        "mean": r(scaler.mean_),
        "scale": r(scaler.scale_),
        "coef": r(lr.coef_[0], 4),
        "intercept": round(float(lr.intercept_[0]), 4),
        "thresholds": {"partial": partial, "evasive": evasive},
        "metrics": {
            "data": "QEvasion train (CC BY-NC-ND 4.0), statistics only",
            "n": len(y),
            "positives": int(y.sum()),
            "positive_labels": list(POSITIVE),
            "folds": f"GroupKFold({FOLDS}) by interview title",
            "cv": cv,
            "baseline_cosine_whole": baseline,
            "baseline_cosine_best_sentence": baseline_best,
        },
        "training": {"C": C, "class_weight": "balanced", "sentence_model": "all-MiniLM-L6-v2"},
    }
    text = json.dumps(artefact, indent=1) + "\n"
    args.out.write_text(text, encoding="utf-8")
    print(json.dumps(artefact["metrics"], indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
