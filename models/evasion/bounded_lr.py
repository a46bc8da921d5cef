"""Logistic regression whose weights on named evidence keep the sign the evidence argues.

Each reason an analyst reads ("declines: 'not in a position to discuss'", "turns to its own
record") carries its share of the score. In a plain fit, features that overlap (a pivot
phrase and a long answer, a deferral phrase and its prototype similarity) can take a
weight of the opposite sign to the one their evidence argues, although on their own they
point the expected way (on QEvasion every phrase list marks a higher share of evasive
answers than the base rate). The report would then list a deferral as counting *against*
evasion. Bounding those weights at zero keeps every reason's direction meaningful (and a
floor above zero can keep a named non-answer from being fit away, see ``train.py``); the fit
is otherwise sklearn's ``LogisticRegression(C, class_weight="balanced")`` objective.
"""

from __future__ import annotations

import numpy as np


class BoundedLogisticRegression:
    """L2 logistic regression with per-feature weight bounds ``(low, high)``, None = open.

    Exposes ``coef_``, ``intercept_`` and ``predict_proba`` like sklearn's estimator, so the
    training script uses it the same way.
    """

    def __init__(self, C: float, bounds: list[tuple[float | None, float | None]] | None = None):
        self.C = C
        self.bounds = bounds

    def fit(
        self, X: np.ndarray, y: np.ndarray, sample_weight: np.ndarray | None = None
    ) -> BoundedLogisticRegression:
        """Without ``sample_weight`` each class weighs n / (2 * its count), as sklearn's
        ``class_weight="balanced"``; with it, the caller's weights are used as given (the
        training script balances each corpus on its own and weighs the two corpora)."""
        from scipy.optimize import minimize

        n, d = X.shape
        y = y.astype(float)
        w = balanced_weights(y) if sample_weight is None else np.asarray(sample_weight, float)
        if w.shape != (n,):
            raise ValueError(f"{w.shape} sample weights for {n} rows")

        def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
            coef, b = theta[:d], theta[d]
            z = X @ coef + b
            # log(1 + e^z) - y z, computed without overflow
            value = self.C * float(w @ (np.logaddexp(0.0, z) - y * z)) + 0.5 * coef @ coef
            r = self.C * w * (_sigmoid(z) - y)
            return value, np.append(X.T @ r + coef, r.sum())

        bounds = list(self.bounds or [(None, None)] * d) + [(None, None)]  # + intercept
        if len(bounds) != d + 1:
            raise ValueError(f"{len(bounds) - 1} bounds for {d} features")
        start = np.zeros(d + 1)
        for j, (lo, hi) in enumerate(bounds):  # start inside the box
            start[j] = lo if lo is not None and lo > 0 else hi if hi is not None and hi < 0 else 0.0
        res = minimize(
            loss,
            start,
            jac=True,
            method="L-BFGS-B",
            bounds=bounds,
            options={"maxiter": 5000, "ftol": 1e-12, "gtol": 1e-8},
        )
        if not res.success:
            raise RuntimeError(f"combiner fit did not converge: {res.message}")
        self.coef_ = res.x[:d][None, :]
        self.intercept_ = res.x[d:]
        return self

    def predict_proba(self, X: np.ndarray) -> np.ndarray:
        p = _sigmoid(X @ self.coef_[0] + self.intercept_[0])
        return np.column_stack([1 - p, p])


def balanced_weights(y: np.ndarray) -> np.ndarray:
    """Per-row weights that give both classes the same total (sklearn's "balanced")."""
    n, n_pos = len(y), float(np.sum(y))
    return np.where(np.asarray(y) == 1, n / (2 * n_pos), n / (2 * (n - n_pos)))


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return np.exp(-np.logaddexp(0.0, -z))
