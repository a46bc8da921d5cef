"""Fit the evasion combiner on QEvasion train and write ``models/evasion/combiner.json``.

    python -m models.evasion.train [--encoder static|minilm|all] [--data PATH]
                                   [--features-cache FILE] [--out FILE]
                                   [--circa PATH | --no-circa]

One combiner per sentence encoder (``hearing/evasion/encoders.py``): ``combiner.json`` for
the static encoder, ``combiner_minilm.json`` for the transformer; with both fit (the
default ``--encoder all``), ``ensemble.json`` for their average (``ensemble.py``).

Only numbers leave this script: feature names, scaler statistics, weights, thresholds and
cross-validated metrics. No QEvasion text (nor any embedding of it) is written to the
artefact; the optional features cache holds feature values only and lives outside the repo.

Each row is scored as ``hearing score-pairs`` would score it with the columns question =
``question`` (the sub-question), answer = ``interview_answer`` and context =
``interview_question`` (the whole question turn). The cross-validated metrics also give the
same combiner on rows without context and on rows scored one at a time.

Circa's indirect replies to yes/no questions are fit alongside at a quarter of QEvasion's
weight (``circa.py`` says why); their out-of-fold figures go into the artefact's metrics.

Rows that share one answer turn (several sub-questions answered at once) and rows of one
interview stay in the same fold: folds are grouped by interview (GroupKFold on title/url).
This script is a development tool and, unlike the rest of ``models``, imports ``hearing``
for the feature extractor, so the features fit here are exactly the ones scored at run time.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

import numpy as np

from models.evasion.circa import DEFAULT_CIRCA
from models.evasion.train_features import features_of

DEFAULT_DATA = Path(__file__).resolve().parents[2].parent / "shared/data/qevasion/train.parquet"
OUT = Path(__file__).resolve().parent / "combiner.json"
POSITIVE = ("Ambivalent", "Clear Non-Reply")
NEGATIVE = "Clear Reply"
FOLDS = 5
C = 0.01  # L2 strength by grouped CV: 0.003 / 0.01 / 0.03 within 0.001 of each other
PART_FEATURES = ("part_index", "part_later", "parts_log", "part_last")
EVASIVE_PRECISION = 0.85  # "evasive" must be right this often on held-out interviews
PARTIAL_RECALL = 0.80  # "partial or evasive" must catch this share of evasive answers


def _extractor(enc, resolution: bool = True):
    """The scorer's feature extractor for this encoder, built on first use (a cache hit for
    both corpora loads no model)."""
    from hearing.evasion.encoders import feature_extractor, load_encoder_model, load_language_model

    built = []

    def get():
        if not built:
            model, nlp = load_encoder_model(enc), load_language_model()
            built.append(feature_extractor(enc, model, nlp, resolution=resolution))
        return built[0]

    return get


# The direction each named piece of evidence argues (+1: towards evasive, -1: towards
# answered); the fit keeps those weights at that sign or zero (see bounded_lr.py). Grouped-CV
# AUC with the bounds: static 0.771 -> 0.773, MiniLM 0.779 -> 0.781.
SIGNS = {
    **dict.fromkeys(
        ("yn_unanswered", "yn_unresolved", "refusal", "ap_decline", "ignorance", "ap_unknown",
         "deferral", "ap_wait", "shift", "generic_rate", "restate", "hedge_rate", "pivot_rate",
         "counter_question", "tell_you_rate", "ap_record", "opener_discourse", "process_rate",
         "ap_rules"),
        1,
    ),
    **dict.fromkeys(
        ("yn_answered", "yn_echo", "yn_early", "wh_satisfied", "ap_direct", "cov_entities",
         "cov_terms", "cov_terms_first", "cov_first_sent", "about_frac", "on_topic_frac",
         "sim_whole", "sim_best", "sim_first", "sim_mean", "sim_top3", "sim_window",
         "sim_max_first2"),
        -1,
    ),
}  # fmt: skip
# The explicit non-answers the issue names keep at least this weight (per standard
# deviation; ~+0.17 on the score's log-odds when the phrase is found). Presidential press
# conferences use "we'll see"-style phrases in clear replies too, so a free fit gives the
# deferral list ~0 (-0.004), while in testimony "I'd have to get back to you" is the
# textbook non-answer. The floor costs nothing measurable: grouped-CV AUC 0.7727 -> 0.7729.
FLOORS = {"refusal": 0.05, "ignorance": 0.05, "deferral": 0.05}
# Appeals to rules or process ("we comply with all applicable laws") and pivots to one's own
# record or effort ("our staff worked tirelessly") keep at least this weight per unit of
# their rate (phrases per 100 words, counted over at least 20 words): one such phrase makes
# a short answer +0.25 log-odds more evasive and a 100-word answer +0.05. Presidents use
# them in clear replies too, so QEvasion alone gives both 0; in testimony a short answer
# that is only such a phrase is the classic non-answer. A floor per standard deviation, as
# above, does not fit them: process phrases are so rare in QEvasion that 0.05 per standard
# deviation made one phrase worth +10 log-odds.
RATE_FLOORS = {"process_rate": 0.05, "pivot_rate": 0.05}


def weight_bounds(
    names: tuple[str, ...], scale: np.ndarray | None = None
) -> list[tuple[float | None, float | None]]:
    """Per feature (low, high) weight bounds on the standardised scale, from ``SIGNS``,
    ``FLOORS`` and (given the scaler's standard deviations) ``RATE_FLOORS``."""
    out: list[tuple[float | None, float | None]] = []
    for i, n in enumerate(names):
        sign, floor = SIGNS.get(n, 0), FLOORS.get(n, 0.0)
        if n in RATE_FLOORS and scale is not None:
            floor = round(RATE_FLOORS[n] * float(scale[i]), 6)
        out.append((floor, None) if sign > 0 else (None, -floor) if sign < 0 else (None, None))
    return out


def _fit(X: np.ndarray, y: np.ndarray, extra: tuple[np.ndarray, np.ndarray] | None = None):
    """Fit on QEvasion rows, plus Circa's ``extra`` (X, y) at ``circa.WEIGHT`` when given.
    The standardisation is QEvasion's alone: it is the scale reports and thresholds use."""
    from sklearn.preprocessing import StandardScaler

    from hearing.evasion.features import FEATURE_NAMES
    from models.evasion.bounded_lr import BoundedLogisticRegression
    from models.evasion.circa import joint_weights

    scaler = StandardScaler().fit(X)
    lr = BoundedLogisticRegression(C=C, bounds=weight_bounds(FEATURE_NAMES, scaler.scale_))
    if extra is None or not len(extra[1]):
        lr.fit(scaler.transform(X), y)
    else:
        both = scaler.transform(np.vstack([X, extra[0]]))
        lr.fit(both, np.concatenate([y, extra[1]]), joint_weights(y, extra[1]))
    return scaler, lr


def _thresholds(
    y: np.ndarray, p: np.ndarray, held: np.ndarray | None = None
) -> tuple[float, float]:
    """Evasive: lowest cut with precision >= target; partial: cut keeping recall >= target.

    Cuts are searched on the 0.001 grid the artefact stores: rounding the exact cut up
    afterwards dropped answers above it and could bring the precision under the promise
    (0.8499 for `both` once). ``held`` rows (short answers with no reply) are scored at
    least at the evasive cut, whatever it is, so they count above every cut tried."""
    held = np.zeros(len(p), dtype=bool) if held is None else held
    grid = np.unique(np.ceil(p * 1000) / 1000)
    evasive = float(grid[-1])
    for t in grid:
        sel = (p >= t) | held
        if sel.sum() >= 20 and y[sel].mean() >= EVASIVE_PRECISION:
            evasive = float(t)
            break
    p = hold(p, held, evasive)
    pos = np.sort(p[y == 1])
    partial = float(pos[int((1 - PARTIAL_RECALL) * len(pos))])
    return round(min(partial, evasive), 3), round(evasive, 3)


def hold(p: np.ndarray, held: np.ndarray, evasive: float) -> np.ndarray:
    """Scores as the scorer gives them: ``held`` rows raised to ``evasive``
    (hearing/evasion/credit.py, ``held_at_evasive``)."""
    return np.where(held, np.maximum(p, evasive), p)


def data_header(y) -> dict:
    """What the out-of-fold metrics were measured on."""
    return {
        "data": "QEvasion train (CC BY-NC-ND 4.0), statistics only",
        "n": len(y),
        "positives": int(y.sum()),
        "positive_labels": list(POSITIVE),
        "folds": f"GroupKFold({FOLDS}) by interview title",
    }


def cv_metrics(y, oof, oof_alone, oof_no_context, partial: float, evasive: float, groups) -> dict:
    """Out-of-fold figures of one scorer at its thresholds: ranking (with its interval over
    interviews), labels, and the same rows scored one at a time and without their turn."""
    cv = _metrics(y, oof, (oof >= partial).astype(int))
    cv["roc_auc_ci95"] = interview_interval(y, oof, groups)
    cv["evasive_precision"] = round(float(y[oof >= evasive].mean()), 4)
    cv["evasive_recall"] = round(float((oof[y == 1] >= evasive).mean()), 4)
    cv["clear_labelled_evasive"] = round(float((oof[y == 0] >= evasive).mean()), 4)
    cv["roc_auc_pairs_scored_alone"] = _metrics(y, oof_alone, oof_alone >= partial)["roc_auc"]
    cv["roc_auc_without_context"] = _metrics(y, oof_no_context, oof_no_context >= partial)[
        "roc_auc"
    ]
    return cv


def interview_interval(y, p, groups, n: int = 1000, seed: int = 0) -> list[float]:
    """95 % interval of ROC-AUC over resampled interviews (bootstrap of whole groups).

    Rows of one interview share a speaker, a topic and often an answer, so they are not
    independent: a held-out set of other interviews can land anywhere in this interval,
    and a difference between two fits inside it is not evidence on its own. The same
    function gives ``hearing eval-evasion --group-col`` its interval."""
    from hearing.evasion.metrics import roc_auc_interval

    return [round(v, 4) for v in roc_auc_interval(y, p, groups, n, seed)]


def _metrics(y, p, pred) -> dict[str, float]:
    """The numbers ``hearing eval-evasion`` prints, to the fourth decimal the card quotes."""
    from hearing.evasion.metrics import metrics

    return {name: round(value, 4) for name, value in metrics(y, p, pred).items()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--encoder", choices=("static", "minilm", "all"), default="all")
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--features-cache", type=Path, default=None, help="FILE; one per encoder")
    ap.add_argument("--out", type=Path, default=None, help="only with one --encoder")
    ap.add_argument("--circa", type=Path, default=DEFAULT_CIRCA, help="Circa parquet")
    ap.add_argument("--no-circa", action="store_true", help="fit on QEvasion alone")
    args = ap.parse_args(argv)
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    import torch

    from hearing.evasion.encoders import ENCODERS

    torch.set_num_threads(1)
    torch.manual_seed(0)
    names = list(ENCODERS) if args.encoder == "all" else [args.encoder]
    if args.out and len(names) > 1:
        ap.error("--out needs a single --encoder")
    fits = {}
    for name in names:
        enc = ENCODERS[name]
        cache = circa_cache = args.features_cache
        if cache:
            circa_cache = cache.with_name(f"{cache.stem}_circa_{name}{cache.suffix or '.npz'}")
            cache = cache.with_name(f"{cache.stem}_{name}{cache.suffix or '.npz'}")
        out = args.out or OUT.with_name(enc.combiner_file)
        circa = None if args.no_circa else (args.circa, circa_cache)
        fits[name] = _train(enc, args.data, cache, out, circa)
    if set(fits) == set(ENCODERS) and not args.out:
        from models.evasion.ensemble import write_ensemble

        write_ensemble(fits, OUT.with_name("ensemble.json"))
    return 0


def _train(enc, data: Path, cache: Path | None, out: Path, circa_src=None) -> dict:
    """Fit, write the artefact, and return the out-of-fold scores (for the ensemble)."""
    import pandas as pd
    from sklearn.model_selection import GroupKFold

    from hearing.evasion import credit
    from hearing.evasion.features import FEATURE_NAMES
    from models.evasion import circa

    df = pd.read_parquet(data)
    df = df[df["clarity_label"].isin((*POSITIVE, NEGATIVE))].reset_index(drop=True)
    y = df["clarity_label"].isin(POSITIVE).to_numpy().astype(int)
    groups = df["title"].to_numpy()  # coarser than url: never splits an interview
    get_fx = _extractor(enc)
    X, X_no_context, asks_why = features_of(df, cache, get_fx)
    cr = None
    if circa_src is not None:

        def extract(pairs):  # noqa: E306
            return np.vstack([f.vector() for f in get_fx().extract_many(pairs)])

        cr = circa.load(circa_src[0], extract, circa_src[1])
        # the head's reading of Circa's own rows must come from heads fit without them
        from models.evasion import train_resolution as tr_res

        frame = tr_res.circa_frame(circa_src[0])
        res_cache = circa_src[1] and circa_src[1].with_name(
            circa_src[1].name.replace("_circa_", "_resolution_")
        )
        q, r = tr_res.inputs(frame, get_fx, res_cache)
        heads = tr_res.out_of_fold_heads(frame, q, r, enc.name)
        circa.use_out_of_fold_resolution(cr, frame, q, r, heads)
    # no credit for being on topic to a non-reply, no penalty for being off it in a short
    # reply (hearing/evasion/credit.py); the baselines below read the similarities as measured
    neutral = credit.neutral_from(X, FEATURE_NAMES)
    raw, raw_no_context, raw_circa = X, X_no_context, cr.X if cr else None
    X, X_no_context = (credit.neutralise(a, FEATURE_NAMES, neutral) for a in (X, X_no_context))
    if cr:
        cr.X = credit.neutralise(cr.X, FEATURE_NAMES, neutral)
    part_cols = [FEATURE_NAMES.index(n) for n in PART_FEATURES]
    alone = X.copy()  # every pair scored on its own: no turn grouping known
    alone[:, part_cols] = [0.0, 0.0, 0.0, 0.0]

    oof = np.zeros(len(y))
    oof_alone = np.zeros(len(y))
    oof_no_context = np.zeros(len(y))
    oof_circa = np.zeros(len(cr.y)) if cr else None
    for k, (tr, te) in enumerate(GroupKFold(n_splits=FOLDS).split(X, y, groups)):
        # Circa's folds are whole scenarios: fold k's are scored by a fit without them
        extra = (cr.X[cr.fold != k], cr.y[cr.fold != k]) if cr else None
        scaler, lr = _fit(X[tr], y[tr], extra)
        if cr:
            held = cr.fold == k
            oof_circa[held] = lr.predict_proba(scaler.transform(cr.X[held]))[:, 1]
        oof[te] = lr.predict_proba(scaler.transform(X[te]))[:, 1]
        oof_alone[te] = lr.predict_proba(scaler.transform(alone[te]))[:, 1]
        oof_no_context[te] = lr.predict_proba(scaler.transform(X_no_context[te]))[:, 1]
    # metrics of the scores as given: a short answer with no reply held at "evasive", read
    # from the features as measured (the ensemble reuses these rows)
    as_fit = credit.unreplied_short(raw, FEATURE_NAMES, asks_why)
    held = {
        "oof": as_fit,
        "oof_alone": as_fit,  # the turn features do not enter the reading
        "oof_no_context": credit.unreplied_short(raw_no_context, FEATURE_NAMES, asks_why),
    }
    held_circa = (
        credit.unreplied_short(raw_circa, FEATURE_NAMES, np.zeros(len(cr.y), bool)) if cr else None
    )
    partial, evasive = _thresholds(y, oof, held["oof"])
    # the baselines compare the sub-question as given (no context) with the answer
    sim = raw_no_context[:, FEATURE_NAMES.index("sim_whole")]
    sim_best = raw_no_context[:, FEATURE_NAMES.index("sim_best")]
    cv = cv_metrics(
        y,
        hold(oof, held["oof"], evasive),
        hold(oof_alone, held["oof_alone"], evasive),
        hold(oof_no_context, held["oof_no_context"], evasive),
        partial,
        evasive,
        groups,
    )
    baseline = _metrics(y, -sim, (-sim >= np.median(-sim)).astype(int))
    baseline_best = _metrics(y, -sim_best, (-sim_best >= np.median(-sim_best)).astype(int))

    scaler, lr = _fit(X, y, (cr.X, cr.y) if cr else None)
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
        "similarity_neutral": neutral,
        "metrics": {
            **data_header(y),
            "cv": cv,
            "baseline_cosine_whole": baseline,
            "baseline_cosine_best_sentence": baseline_best,
            **(
                {"circa": circa.metrics(cr, hold(oof_circa, held_circa, evasive), partial, evasive)}
                if cr
                else {}
            ),
        },
        "training": {
            "C": C,
            "class_weight": "balanced",
            "second_corpus": (
                f"Circa, {len(cr.y)} replies, total weight {circa.WEIGHT} of QEvasion's"
                if cr
                else None
            ),
            "weight_bounds": {
                n: b
                for n, b in zip(
                    FEATURE_NAMES, weight_bounds(FEATURE_NAMES, scaler.scale_), strict=True
                )
                if b != (None, None)
            },
            "encoder": enc.name,
            "sentence_model": enc.model_id,
        },
    }
    text = json.dumps(artefact, indent=1) + "\n"
    out.write_text(text, encoding="utf-8")
    print(json.dumps({"encoder": enc.name, "out": str(out), **artefact["metrics"]}, indent=1))
    return {
        "y": y,
        "groups": groups,
        "oof": oof,
        "oof_alone": oof_alone,
        "oof_no_context": oof_no_context,
        "circa": cr,
        "oof_circa": oof_circa,
        # the rows held at "evasive" (credit.unreplied_short), for the ensemble
        "held": held,
        "held_circa": held_circa,
    }


if __name__ == "__main__":
    sys.exit(main())
