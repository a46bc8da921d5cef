"""QEvasion's feature rows for ``models.evasion.train``, computed by the scorer's own
extractor and cached (``--features-cache``), so a refit after a change to the combiner
alone does not compute them again.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np


def features_of(df, cache: Path | None, get_fx) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Feature rows with the question turn as context (as fit) and without it (as a CSV
    without a ``context`` column is scored), and whether each row's question asks why
    (which ``credit.unreplied_short`` reads from the evidence, not from a feature)."""
    from hearing.evasion.features import FEATURE_NAMES
    from hearing.evasion.parts import parts_from_pairs
    from hearing.evasion.question import question_from_context
    from hearing.evasion.scorer import asks_why as why_of

    if cache and cache.exists():
        data = np.load(cache, allow_pickle=False)
        if (
            tuple(data["names"].tolist()) == FEATURE_NAMES
            and len(data["X"]) == len(df)
            and "X_no_context" in data
            and "asks_why" in data
        ):
            return data["X"], data["X_no_context"], data["asks_why"]
    # the scorer's encoder and extractor, so the features fit are the ones scored
    fx = get_fx()
    questions = df["question"].str.strip().tolist()
    answers = df["interview_answer"].tolist()
    # Sub-questions of one turn are consecutive rows sharing the answer, as in a CSV.
    parts = parts_from_pairs(list(zip(questions, answers, strict=True)))
    # The scorer reads a topic-line question from the turn given as context; so does this.
    asked = [
        question_from_context(q, c)
        for q, c in zip(questions, df["interview_question"], strict=True)
    ]

    why: list[bool] = []

    def extract(rows: list[int], qs: list[str]) -> np.ndarray:
        rows_out = []
        step = 256  # rows of one interview are adjacent: their shared answers embed once
        for i in range(0, len(rows), step):
            chunk = rows[i : i + step]
            feats = fx.extract_many([(qs[k], answers[k]) for k in chunk], [parts[k] for k in chunk])
            rows_out.extend(f.vector() for f in feats)
            why.extend(why_of(f) for f in feats)
            print(f"features {min(i + step, len(rows))}/{len(rows)}", file=sys.stderr, flush=True)
        return np.vstack(rows_out)

    X = extract(list(range(len(df))), asked)
    asks_why = np.array(why, dtype=bool)
    # Without context only the topic-line rows differ; the rest are the same features.
    X_no_context = X.copy()
    changed = [k for k, (a, q) in enumerate(zip(asked, questions, strict=True)) if a != q]
    if changed:
        X_no_context[changed] = extract(changed, questions)
    if cache:
        np.savez(
            cache,
            X=X,
            X_no_context=X_no_context,
            asks_why=asks_why,
            names=np.array(FEATURE_NAMES),
        )
    return X, X_no_context, asks_why
