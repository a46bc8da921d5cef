"""The numbers ``hearing eval-evasion`` prints, in numpy (scikit-learn is a development
dependency only), and how far the ROC-AUC could move on other data of the same kind.

A ROC-AUC on a few hundred pairs is not a fixed property of the scorer. On QEvasion the
out-of-fold 0.791 spans 0.758-0.807 over resampled interviews, so an analyst comparing the
scorer with a goal, or two data sets with each other, needs the interval beside the number.
Rows of one interview or hearing share a speaker, a topic and often an answer; resampling
them one by one would make the interval too narrow, hence ``groups``.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

RESAMPLES = 1000


def roc_auc(y: Sequence[int] | np.ndarray, scores: Sequence[float] | np.ndarray) -> float:
    """Probability that an evasive row outranks a clear one (ties count half)."""
    ya, sa = np.asarray(y), np.asarray(scores, dtype=float)
    ordered = np.sort(sa)
    # average rank of each value over its ties, from 1
    ranks = (np.searchsorted(ordered, sa, "left") + np.searchsorted(ordered, sa, "right") + 1) / 2
    n_pos = int(ya.sum())
    n_neg = len(ya) - n_pos
    return float((ranks[ya == 1].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg))


def average_precision(y: Sequence[int], scores: Sequence[float]) -> float:
    """As scikit-learn: precision at each distinct threshold, weighted by the recall gained."""
    ya, sa = np.asarray(y), np.asarray(scores, dtype=float)
    desc = np.argsort(-sa, kind="mergesort")
    tp = np.cumsum(ya[desc])
    precision = tp / np.arange(1, len(ya) + 1)
    last = np.r_[np.nonzero(np.diff(sa[desc]))[0], len(sa) - 1]
    recall = tp[last] / ya.sum()
    return float(np.sum(np.diff(np.r_[0.0, recall]) * precision[last]))


def macro_f1(y: Sequence[int], predicted: Sequence[int]) -> float:
    ya, pa = np.asarray(y), np.asarray(predicted)
    f1s = []
    for cls in (0, 1):
        tp = int(((pa == cls) & (ya == cls)).sum())
        fp = int(((pa == cls) & (ya != cls)).sum())
        fn = int(((pa != cls) & (ya == cls)).sum())
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return float(np.mean(f1s))


def metrics(y: Sequence[int], scores: Sequence[float], predicted: Sequence[int]) -> dict:
    return {
        "roc_auc": roc_auc(y, scores),
        "average_precision": average_precision(y, scores),
        "macro_f1": macro_f1(y, predicted),
    }


def roc_auc_interval(
    y: Sequence[int],
    scores: Sequence[float],
    groups: Sequence[str] | None = None,
    n: int = RESAMPLES,
    seed: int = 0,
) -> tuple[float, float] | None:
    """95 % interval of ROC-AUC over ``n`` resamples of the groups, whole (of the rows,
    without groups); seeded, so the same file prints the same interval. None where fewer
    than two groups leave nothing to resample, or no resample holds both classes."""
    ya, sa = np.asarray(y), np.asarray(scores, dtype=float)
    rng = np.random.default_rng(seed)
    if groups is None:
        if len(ya) < 2:
            return None
        picks = (rng.integers(0, len(ya), len(ya)) for _ in range(n))
    else:
        _, index = np.unique(np.asarray(groups), return_inverse=True)
        order = np.argsort(index, kind="stable")
        members = np.split(order, np.cumsum(np.bincount(index))[:-1])
        if len(members) < 2:
            return None
        picks = (
            np.concatenate([members[g] for g in rng.integers(0, len(members), len(members))])
            for _ in range(n)
        )
    aucs = [roc_auc(ya[pick], sa[pick]) for pick in picks if 0 < ya[pick].sum() < len(pick)]
    if not aucs:
        return None
    low, high = np.percentile(aucs, [2.5, 97.5])
    return float(low), float(high)
