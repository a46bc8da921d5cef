"""Fit the yes/no resolution head on Circa: ``models/evasion/resolution_<encoder>.json``.

    python -m models.evasion.train_resolution [--encoder static|minilm|all] [--circa PATH]
                                              [--cache FILE]

The head (``hearing/evasion/resolution.py``) reads whether a reply leaves a yes/no question
open. Circa's replies judged "In the middle, neither yes nor no" or "I am not sure how X will
interpret Y's answer" are the positives; those judged Yes, No, Probably yes/no or "Yes,
subject to some conditions" the negatives; "Other" (replies to open questions) and unjudged
rows are left out. Logistic regression (sklearn, balanced classes, C = 0.3) over
[q, r, q*r, |q-r|] of the encoder's embeddings, computed by the scorer's own feature
extractor so the head sees at fit time what it sees at run time.

Metrics: out of fold by scenario (Circa's ten social situations, two per fold), the same
folds ``circa.py`` uses for the combiner. Only weights and metrics are written; no Circa
text. Run this before ``models.evasion.train``: the combiners take the head's reading as
one feature. Deterministic (lbfgs, no sampling).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

import numpy as np

from models.evasion.circa import DEFAULT_CIRCA, FOLDS, NONCOMMITTAL

C = 0.3  # out-of-fold AUC: static 0.779 at C = 0.3 against 0.762 at 1.0
OUT_DIR = Path(__file__).resolve().parent


def circa_frame(path: Path):
    """Circa's judged replies to yes/no questions, with their scenario fold."""
    import pandas as pd

    df = pd.read_parquet(path)
    df = df[df["goldstandard1"].notna() & (df["goldstandard1"] != "Other")]
    df = df.sort_values("id").reset_index(drop=True)
    scenarios = sorted(df["context"].unique())
    df["fold"] = df["context"].map({s: i % FOLDS for i, s in enumerate(scenarios)})
    df["open"] = df["goldstandard1"].isin(NONCOMMITTAL).astype(int)
    return df


def inputs(df, get_fx, cache: Path | None) -> tuple[np.ndarray, np.ndarray]:
    """Question and reply embeddings of every row, from ``cache`` when it matches."""
    if cache and cache.exists():
        data = np.load(cache, allow_pickle=False)
        if len(data["ids"]) == len(df) and np.array_equal(data["ids"], df["id"].to_numpy()):
            return data["q"], data["r"]
    pairs = list(zip(df["question-X"].str.strip(), df["answer-Y"].str.strip(), strict=True))
    print(f"embedding {len(pairs)} Circa questions and replies", file=sys.stderr, flush=True)
    q, r = get_fx().resolution_inputs(pairs)
    if cache:
        np.savez(cache, q=q, r=r, ids=df["id"].to_numpy())
    return q, r


def fit(q: np.ndarray, r: np.ndarray, y: np.ndarray):
    from sklearn.linear_model import LogisticRegression

    from hearing.evasion.resolution import head_inputs

    return LogisticRegression(C=C, class_weight="balanced", max_iter=5000).fit(head_inputs(q, r), y)


def head_of(model, encoder: str):
    from hearing.evasion.resolution import ResolutionHead

    return ResolutionHead(model.coef_[0].copy(), float(model.intercept_[0]), encoder)


def out_of_fold_heads(df, q, r, encoder: str) -> dict[int, object]:
    """One head per scenario fold, fit without that fold's scenarios."""
    y = df["open"].to_numpy()
    fold = df["fold"].to_numpy()
    fits = {k: fit(q[fold != k], r[fold != k], y[fold != k]) for k in range(FOLDS)}
    return {k: head_of(m, encoder) for k, m in fits.items()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--encoder", choices=("static", "minilm", "all"), default="all")
    ap.add_argument("--circa", type=Path, default=DEFAULT_CIRCA)
    ap.add_argument("--cache", type=Path, default=None, help="FILE; one per encoder")
    args = ap.parse_args(argv)
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    from hearing.evasion.encoders import ENCODERS
    from models.evasion.train import _extractor

    df = circa_frame(args.circa)
    names = list(ENCODERS) if args.encoder == "all" else [args.encoder]
    for name in names:
        enc = ENCODERS[name]
        cache = args.cache
        if cache:
            cache = cache.with_name(f"{cache.stem}_{name}{cache.suffix or '.npz'}")
        q, r = inputs(df, _extractor(enc, resolution=False), cache)
        _write(enc, df, q, r, OUT_DIR / enc.resolution_file)
    return 0


def _write(enc, df, q, r, out: Path) -> None:
    from sklearn.metrics import roc_auc_score

    y = df["open"].to_numpy()
    fold = df["fold"].to_numpy()
    heads = out_of_fold_heads(df, q, r, enc.name)
    oof = np.zeros(len(y))
    for k, head in heads.items():
        held = fold == k
        oof[held] = head.logits(q[held], r[held])
    resolves = df["goldstandard1"].isin(("Yes", "No")).to_numpy()
    model = fit(q, r, y)
    artefact = {
        "kind": "logistic_regression_over_embeddings",
        "version": 1,
        "encoder": enc.name,
        "sentence_model": enc.model_id,
        "inputs": "[q, r, q*r, |q-r|] of unit question and reply embeddings",
        "coef": [round(float(v), 5) for v in model.coef_[0]],
        "intercept": round(float(model.intercept_[0]), 5),
        "metrics": {
            "data": "Circa (CC BY 4.0, Louis, Roth & Radlinski 2020), replies to yes/no questions",
            "n": len(y),
            "open": int(y.sum()),
            "folds": f"{FOLDS} folds of whole scenarios, out of fold",
            "roc_auc_open_vs_rest": round(float(roc_auc_score(y, oof)), 4),
            "roc_auc_open_vs_yes_no": round(
                float(roc_auc_score(y[resolves | (y == 1)], oof[resolves | (y == 1)])), 4
            ),
        },
        "training": {"C": C, "class_weight": "balanced"},
    }
    out.write_text(json.dumps(artefact) + "\n", encoding="utf-8")
    print(json.dumps({"out": str(out), **artefact["metrics"]}))


if __name__ == "__main__":
    sys.exit(main())
