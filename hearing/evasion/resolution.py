"""Whether a reply to a yes/no question settles it, read by a small head fit on Circa.

"Has it been sold to ICE?" - "We ended our only contract with ICE in 2019" says no without
the word; "We'll look at all our options" leaves the question open. The phrase lists and
the yes/no patterns cannot tell these apart, and on political interviews alone nothing
teaches it (83 % of yes/no questions answered without a yes or no there are evasive).
Circa (Louis, Roth & Radlinski, EMNLP 2020; CC BY 4.0) has 34,000 indirect replies judged by
how they resolve, so a logistic head over the sentence embeddings of question and reply,
[q, r, q*r, |q-r|], learns "leaves it open" against "settles it": out of fold by scenario it
ranks Circa's non-committal replies above those that resolve at ROC-AUC 0.78 (static
encoder) and 0.80 (MiniLM). The head is fit by ``models/evasion/train_resolution.py``; one
per encoder, as the embedding spaces differ.

The reply is the answer's first two sentences (their length-weighted mean embedding): where
an indirect reply settles a question, it does so at once.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from hearing.errors import ModelError
from hearing.evasion.combiner import read_artefact
from hearing.evasion.credit import RETREATS

LOGIT_LIMIT = 6.0  # beyond ~0.998 / 0.002 the head's certainty is not evidence


@dataclass
class ResolutionHead:
    coef: np.ndarray  # 4 * dim weights over [q, r, q*r, |q-r|]
    intercept: float
    encoder: str

    @classmethod
    def load(cls, path: str | Path) -> ResolutionHead:
        head = read_artefact(
            path,
            "yes/no resolution head",
            "models.evasion.train_resolution",
            lambda data: cls(
                np.asarray(data["coef"], float), float(data["intercept"]), data["encoder"]
            ),
        )
        if head.coef.ndim != 1 or head.coef.size % 4:
            raise ModelError(f"yes/no resolution head {path} has {head.coef.shape} weights")
        return head

    def logits(self, questions: np.ndarray, replies: np.ndarray) -> np.ndarray:
        """Unclipped log-odds, one per row of question and reply embeddings, that the reply
        leaves the question open (the training script's out-of-fold figures use these)."""
        x = head_inputs(questions, replies)
        if x.shape[1] != self.coef.size:
            raise ModelError(
                f"yes/no resolution head expects {self.coef.size // 4}-d embeddings, "
                f"got {x.shape[1] // 4}-d; refit it for the {self.encoder!r} encoder"
            )
        return x @ self.coef + self.intercept

    def open_logit(self, question: np.ndarray, reply: np.ndarray) -> float:
        """Log-odds that the reply leaves the question open (neither yes nor no), clipped."""
        z = float(self.logits(question[None, :], reply[None, :])[0])
        return max(-LOGIT_LIMIT, min(LOGIT_LIMIT, z))


def credited(logit: float, values: Mapping[str, float]) -> tuple[float, bool]:
    """The head's reading as the combiner weighs it, and whether it was discounted.

    Circa's replies are cooperative, so the head reads "We provide our service to a variety
    of government agencies" to "Do you have a contract with ICE?" as settling it. A reply
    showing any of ``RETREATS`` gets no credit for settling: its reading is floored at even
    odds (grouped-CV AUC 0.7750 -> 0.7757 on QEvasion, 0.773 -> 0.780 on Circa). A reply
    that opens with a committing yes or no ("Not yet. Lead levels are still high in some
    homes.") has settled the question whatever follows, so its reading stands."""
    if logit < 0 and not values.get("yn_answered") and any(values[name] for name in RETREATS):
        return 0.0, True
    return logit, False


def head_inputs(questions: np.ndarray, replies: np.ndarray) -> np.ndarray:
    """Rows of [q, r, q*r, |q-r|] for unit-length question and reply embeddings."""
    return np.hstack([questions, replies, questions * replies, np.abs(questions - replies)])


def reply_vector(sentence_vectors: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """Unit-length, length-weighted mean of the first two sentence embeddings."""
    v = (sentence_vectors[:2] * lengths[:2, None]).sum(0)
    return v / (np.linalg.norm(v) + 1e-9)


def open_probability(logit: float) -> float:
    return 1.0 / (1.0 + np.exp(-logit))
