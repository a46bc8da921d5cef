"""No credit for closeness to the question where an answer retreats, or is short, and
gives no reply.

A witness who will not answer often talks about the very thing asked: "How many inmates
tested positive for tuberculosis?" - "Tuberculosis testing at Westfield follows the protocol
the health department sets for every jail" is close to its question in words and meaning,
and the combiner, fit on QEvasion, counts that closeness as answering (-0.28 log-odds),
while the appeal to protocol and the missing number count +0.49. Where an answer gives no
yes or no to a yes/no question, or nothing of what a wh-question asks for, and either shows
a retreat (``RETREATS``: a shift, a generic phrase, a pivot, an appeal to process, a
refusal, a claim not to know, a deferral) or is short, its similarities are capped at their
QEvasion mean: on topic, but no longer evidence of a reply. The cap is applied before
fitting too (``models/evasion/train.py``), so the weights are learnt with it. QEvasion out
of fold stayed within noise (0.7936 -> 0.7933 with the rounds' other changes), Circa rose
0.7974 -> 0.8018, and the testimony split written to measure it, where non-answers repeat
the question's words, 0.604 -> 0.671 (the model card has the rounds).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import numpy as np

# Evidence that a reply retreats (to generalities, its own record, rules or process) or
# declines, defers or claims not to know: it gets no credit for settling a yes/no question
# (resolution.credited) nor for being on topic (below).
RETREATS = (
    "shift", "generic_rate", "pivot_rate", "process_rate", "refusal", "ignorance", "deferral",
)  # fmt: skip
# Up to this many words an answer's missing yes/no or missing date, name, number ... is
# read reliably enough to deny credit alone; a longer answer may give it in a form the
# patterns miss, so there a retreat must show too.
SHORT_WORDS = 40

SIMILARITIES = (
    "sim_whole", "sim_best", "sim_first", "sim_mean", "sim_top3", "sim_max_first2",
    "sim_window",
)  # fmt: skip


@cache
def _columns(names: tuple[str, ...]) -> dict[str, int]:
    return {n: i for i, n in enumerate(names)}


def denied(x: np.ndarray, names: Sequence[str]) -> np.ndarray:
    """Rows (of a 2-D ``x``) whose similarities earn no credit: a retreat, or a short
    answer, and no reply."""
    at = _columns(tuple(names))

    def col(name: str) -> np.ndarray:
        return x[:, at[name]]

    retreat = np.any([col(n) != 0 for n in RETREATS], axis=0)
    short = col("a_len_log") <= np.log1p(SHORT_WORDS)
    yes_no = (col("q_yesno") > 0) | (col("q_choice") > 0)
    no_reply = (yes_no & (col("yn_answered") == 0)) | (
        (col("wh_expected") > 0) & (col("wh_satisfied") == 0)
    )
    return (retreat | short) & no_reply


def cap(x: np.ndarray, names: Sequence[str], caps: dict[str, float]) -> np.ndarray:
    """``x`` (one row or many) with the denied rows' similarities at most ``caps``."""
    rows = np.atleast_2d(np.asarray(x, dtype=float))
    hit = denied(rows, names) if caps else np.zeros(len(rows), dtype=bool)
    if not hit.any():
        return np.asarray(x, dtype=float)
    rows = rows.copy()
    at = _columns(tuple(names))
    for name, top in caps.items():
        rows[hit, at[name]] = np.minimum(rows[hit, at[name]], top)
    return rows.reshape(np.shape(x))


def caps_from(x: np.ndarray, names: Sequence[str]) -> dict[str, float]:
    """The caps: each similarity's mean over the training rows (no labels involved)."""
    return {n: round(float(x[:, names.index(n)].mean()), 5) for n in SIMILARITIES}
