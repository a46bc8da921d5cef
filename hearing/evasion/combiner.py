"""Apply the fitted combiner: standardise features, weight them, squash to 0..1.

The per-feature contributions (weight x standardised value) are kept so each reason can
carry the share of the score it accounts for.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

import numpy as np

from hearing.errors import ModelError
from hearing.evasion import credit

T = TypeVar("T")


def read_artefact(path: str | Path, what: str, command: str, build: Callable[[dict], T]) -> T:
    """``build`` applied to a trained JSON artefact; a missing or broken one is a ModelError
    naming the command that writes it."""
    try:
        return build(json.loads(Path(path).read_text(encoding="utf-8")))
    except FileNotFoundError as exc:
        raise ModelError(f"{what} {path} is missing; run: python -m {command}") from exc
    except KeyError as exc:  # a field this version reads, which an older one did not write
        raise ModelError(
            f"{what} {path} is unreadable: it has no {exc} field (an older version may have "
            f"written it); run: python -m {command}"
        ) from exc
    except (OSError, ValueError, TypeError) as exc:
        raise ModelError(f"{what} {path} is unreadable: {exc}") from exc


def squash(z: float) -> float:
    """Log-odds to a score in 0..1 (clamped: no overflow on extreme features)."""
    return 1.0 / (1.0 + math.exp(-max(-40.0, min(40.0, z))))


def label_for(score: float, partial: float, evasive: float) -> str:
    if score >= evasive:
        return "evasive"
    if score >= partial:
        return "partial"
    return "answered"


@dataclass
class Combiner:
    features: tuple[str, ...]
    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray
    intercept: float
    partial: float  # score at or above which an answer is "partial"
    evasive: float  # score at or above which an answer is "evasive"
    # where similarities are capped (no reply) or floored (a short reply): credit.py
    similarity_neutral: dict[str, float] = field(default_factory=dict)

    @classmethod
    def load(cls, path: str | Path | None = None) -> Combiner:
        if path is None:
            from models.evasion import COMBINER_PATH

            path = COMBINER_PATH
        return read_artefact(
            path,
            "evasion combiner",
            "models.evasion.train",
            lambda data: cls(
                features=tuple(data["features"]),
                mean=np.asarray(data["mean"], dtype=float),
                scale=np.asarray(data["scale"], dtype=float),
                coef=np.asarray(data["coef"], dtype=float),
                intercept=float(data["intercept"]),
                partial=float(data["thresholds"]["partial"]),
                evasive=float(data["thresholds"]["evasive"]),
                similarity_neutral={k: float(v) for k, v in data["similarity_neutral"].items()},
            ),
        )

    def contributions(self, x: np.ndarray) -> np.ndarray:
        x = credit.neutralise(x, self.features, self.similarity_neutral)
        return self.coef * (x - self.mean) / self.scale

    def denied_topic(self, x: np.ndarray) -> float:
        """Log-odds that capping the similarities of an answer that gives no reply, and
        retreats or is short, added (credit.py); the reasons give it to the retreat, or
        where none shows, to the missing reply."""
        lost = credit.neutralise(x, self.features, self.similarity_neutral, excuse=False) - x
        return float((self.coef * lost / self.scale).sum())

    def denied_credit(self, values: dict[str, float], evidence: dict) -> float:
        """Log-odds that flooring the resolution head's "settles it" reading added.

        A retreat (an appeal to policy, a shift, a refusal) denies a reply the head's credit
        for settling a yes/no question (resolution.credited); this is that denial's part of
        the score, which the reasons give to the retreat that caused it."""
        z = evidence.get("open_logit")
        if not evidence.get("open_discounted") or z is None:
            return 0.0
        i = self.features.index("yn_unresolved")
        return float(self.coef[i] * (values["yn_unresolved"] - z) / self.scale[i])

    def score(self, x: np.ndarray) -> tuple[float, np.ndarray]:
        contrib = self.contributions(x)
        return squash(self.intercept + float(contrib.sum())), contrib

    def label(self, score: float) -> str:
        return label_for(score, self.partial, self.evasive)
