"""How much an answer's closeness to its question counts: nothing where it gives no reply
and retreats or is short, and no penalty for distance where a short answer gives the reply.

A witness who will not answer often talks about the very thing asked: "How many inmates
tested positive for tuberculosis?" - "Tuberculosis testing at Westfield follows the protocol
the health department sets for every jail" is close to its question in words and meaning,
and the combiner, fit on QEvasion, counted that closeness as answering (-0.28 log-odds),
while the appeal to protocol and the missing number counted +0.49. Where an answer gives no
yes or no to a yes/no question, or nothing of what a wh-question asks for, and either shows
a retreat (``RETREATS``: a shift, a generic phrase, a pivot, an appeal to process, a
refusal, a claim not to know, a deferral) or is short, its similarities are capped at their
QEvasion mean: on topic, but no longer evidence of a reply. So are an answer's that
restates the question, whose closeness to it is the restatement. The mirror case, a short
answer that does give the yes/no, date, name or number asked for, has them floored at the
same mean: a terse reply ("Nine, and two guards.") needs none of the question's words, and
its low similarity is no sign of evasion. Both are applied before fitting too
(``models/evasion/train.py``), so the weights are learnt with them. The cap kept QEvasion
out of fold within noise (0.7936 -> 0.7933 with its rounds' other changes) and the floor
lifted it to 0.7949; Circa rose 0.7974 -> 0.7986, and the testimony split written to
measure them, where non-answers repeat the question's words, 0.604 -> 0.671 (the model
card has the rounds).

Last, a short answer that gives no reply is held at the *evasive* threshold whatever the
combiner made of it (``unreplied_short``): 90 % of such answers on QEvasion are evasive,
and the one-sentence non-answers of testimony otherwise scored 0.3-0.4.
"""

from __future__ import annotations

import math
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


def _readings(x: np.ndarray, names: Sequence[str]) -> tuple[np.ndarray, ...]:
    """Per row of a 2-D ``x``: retreats, is short, gives no reply, gives a reply."""
    at = _columns(tuple(names))

    def col(name: str) -> np.ndarray:
        return x[:, at[name]]

    retreat = np.any([col(n) != 0 for n in RETREATS], axis=0)
    short = col("a_len_log") <= np.log1p(SHORT_WORDS)
    # a yes/no question's reply as the features read it: a yes or no said first, or early
    # ("Not to my knowledge."), or the question's verb said back ("I'm satisfied with ...")
    replied = (col("yn_answered") > 0) | (
        (col("q_yesno") > 0) & ((col("yn_early") > 0) | (col("yn_echo") > 0))
    )
    yes_no = (col("q_yesno") > 0) | (col("q_choice") > 0)
    wh = col("wh_expected") > 0
    no_reply = (yes_no & ~replied) | (wh & (col("wh_satisfied") == 0))
    reply = (yes_no & replied) | (wh & (col("wh_satisfied") > 0))
    return retreat, short, no_reply, reply


def denied(x: np.ndarray, names: Sequence[str]) -> np.ndarray:
    """Rows whose similarities earn no credit: no reply, and a retreat or a short answer;
    or an answer that restates the question, whose closeness to it is the restatement."""
    retreat, short, no_reply, _ = _readings(x, names)
    restates = x[:, _columns(tuple(names))["restate"]] > 0
    return ((retreat | short) & no_reply) | restates


def excused(x: np.ndarray, names: Sequence[str]) -> np.ndarray:
    """Rows whose low similarities count no penalty: a short answer that gives the reply
    ("Nine, and two guards." to "How many inmates at the Westfield jail tested positive?")
    needs none of the question's words."""
    _, short, _, reply = _readings(x, names)
    return short & reply


def neutralise(
    x: np.ndarray, names: Sequence[str], neutral: dict[str, float], excuse: bool = True
) -> np.ndarray:
    """``x`` (one row or many) with the similarities of denied rows at most ``neutral``
    and, with ``excuse``, those of excused rows at least ``neutral``."""
    rows = np.atleast_2d(np.asarray(x, dtype=float))
    none = np.zeros(len(rows), dtype=bool)
    down = denied(rows, names) if neutral else none
    up = excused(rows, names) if neutral and excuse else none
    if not (down.any() or up.any()):
        return np.asarray(x, dtype=float)
    rows = rows.copy()
    at = _columns(tuple(names))
    for name, mid in neutral.items():
        j = at[name]
        rows[down, j] = np.minimum(rows[down, j], mid)
        rows[up, j] = np.maximum(rows[up, j], mid)
    return rows.reshape(np.shape(x))


def neutral_from(x: np.ndarray, names: Sequence[str]) -> dict[str, float]:
    """The neutral point: each similarity's mean over the training rows (no labels)."""
    return {n: round(float(x[:, names.index(n)].mean()), 5) for n in SIMILARITIES}


# What a short answer with no reply scores at least: such answers were 90 % evasive on
# QEvasion (199 of its answers, out of fold: ``short_unreplied`` in ``ensemble.json``), and
# the linear combiner, whose weights are shared with long answers, left the one-sentence
# on-topic non-answers of testimony at 0.3-0.4.
UNREPLIED_SHORT_EVASIVE = 0.90
# The Circa head's logit below which a reply reads as settled, and is not held. Lower cuts
# hold more testimony non-answers but also the indirect replies witnesses give ("I chaired
# it." to "Were you at the meeting?"); the model card has the measurements.
SETTLED_BELOW = 0.0


def unreplied_short(x: np.ndarray, names: Sequence[str], asks_why: np.ndarray) -> np.ndarray:
    """Rows of a short answer that gives no reply: no yes or no to a yes/no question, or
    nothing of the date, name, number or place a wh-question asks for. Two kinds of reply
    the features cannot read are left out: one the Circa head reads as settling the
    question without a retreat ("I'm allergic to cats" to "Do you want a cat?"), and a
    cause said without "because" ("Our supplier relabelled them." to "Why were the lunches
    served past their dates?"), unless the answer retreats."""
    retreat, short, no_reply, _ = _readings(x, names)
    at = _columns(tuple(names))
    settles = (x[:, at["q_yesno"]] > 0) & (x[:, at["yn_unresolved"]] < SETTLED_BELOW)
    unread = settles | np.asarray(asks_why, dtype=bool)
    return short & no_reply & (retreat | ~unread)


def held_at_evasive(
    score: float, evasive: float, x: np.ndarray, names: Sequence[str], asks_why: bool
) -> tuple[float, float]:
    """``score`` raised to ``evasive`` for a short answer with no reply
    (``unreplied_short``; ``x`` is the pair's feature row), and how much that added in
    log-odds (0.0 where nothing moved)."""
    if score >= evasive or not unreplied_short(x[None, :], names, np.array([asks_why]))[0]:
        return score, 0.0
    low = max(score, 1e-6)
    return evasive, math.log(evasive / (1 - evasive)) - math.log(low / (1 - low))
