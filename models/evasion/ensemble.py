"""The "both" scorer's thresholds and metrics: the static and MiniLM combiners averaged.

Each combiner is a logistic regression over the same named features (only the similarity
features differ, being each encoder's); the mean of their log-odds is again a sum of
per-feature shares, so every reason keeps its signed part of the score. Out of fold on
QEvasion the mean ranks better than either (quick set-up: static 0.773, MiniLM 0.778,
mean 0.784): the two similarity readings err on different answers. Its own thresholds
are chosen on its own out-of-fold scores, by the rules the single combiners use. Its
metrics are of the scores as ``both`` gives them: a short answer with no reply held at the
*evasive* threshold (``credit.unreplied_short``), with the share of such answers that are
evasive, which the reason shown for them quotes.

Written by ``python -m models.evasion.train`` (``--encoder all``, the default) after both
combiners; numbers only.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np


def mean_logit(*probabilities: np.ndarray) -> np.ndarray:
    """The probability whose log-odds are the mean of the members' log-odds."""
    p = np.clip(np.vstack(probabilities), 1e-12, 1 - 1e-12)
    z = np.log(p / (1 - p)).mean(axis=0)
    return 1.0 / (1.0 + np.exp(-z))


def write_ensemble(fits: dict[str, dict], out: Path) -> dict:
    from models.evasion import circa
    from models.evasion.train import _metrics, _thresholds, cv_metrics, data_header, hold

    names = sorted(fits)
    y = fits[names[0]]["y"]
    p = {
        k: mean_logit(*(fits[n][k] for n in names)) for k in ("oof", "oof_alone", "oof_no_context")
    }
    # as scored: a short answer with no reply held at "evasive", read from the static
    # member's features as hearing/evasion/both.py reads them
    held = fits["static"]["held"]
    partial, evasive = _thresholds(y, p["oof"], held["oof"])
    before = _metrics(y, p["oof"], p["oof"] >= partial)["roc_auc"]
    p = {k: hold(v, held[k], evasive) for k, v in p.items()}
    cv = cv_metrics(
        y, p["oof"], p["oof_alone"], p["oof_no_context"], partial, evasive, fits[names[0]]["groups"]
    )
    for n in names:
        cv[f"roc_auc_{n}_alone_same_folds"] = _metrics(y, fits[n]["oof"], fits[n]["oof"] >= 0.5)[
            "roc_auc"
        ]
    cv["short_unreplied"] = {
        "rows": int(held["oof"].sum()),
        "evasive_share": round(float(y[held["oof"]].mean()), 4),
        "roc_auc_before_holding_them": before,
    }
    metrics = {**data_header(y), "cv": cv}
    rows = fits[names[0]]["circa"]
    if rows is not None:
        pc = mean_logit(*(fits[n]["oof_circa"] for n in names))
        pc = hold(pc, fits["static"]["held_circa"], evasive)
        metrics["circa"] = circa.metrics(rows, pc, partial, evasive)
    artefact = {
        "kind": "mean_log_odds",
        "version": 1,
        "members": names,
        "thresholds": {"partial": partial, "evasive": evasive},
        "metrics": metrics,
    }
    out.write_text(json.dumps(artefact, indent=1) + "\n", encoding="utf-8")
    print(json.dumps({"ensemble": str(out), **metrics}, indent=1))
    return artefact
