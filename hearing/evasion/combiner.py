"""Apply the fitted combiner: standardise features, weight them, squash to 0..1.

The per-feature contributions (weight x standardised value) are kept so each reason can
carry the share of the score it accounts for.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from hearing.errors import ModelError


@dataclass
class Combiner:
    features: tuple[str, ...]
    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray
    intercept: float
    partial: float  # score at or above which an answer is "partial"
    evasive: float  # score at or above which an answer is "evasive"

    @classmethod
    def load(cls, path: str | Path | None = None) -> Combiner:
        if path is None:
            from models.evasion import COMBINER_PATH

            path = COMBINER_PATH
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
            return cls(
                features=tuple(data["features"]),
                mean=np.asarray(data["mean"], dtype=float),
                scale=np.asarray(data["scale"], dtype=float),
                coef=np.asarray(data["coef"], dtype=float),
                intercept=float(data["intercept"]),
                partial=float(data["thresholds"]["partial"]),
                evasive=float(data["thresholds"]["evasive"]),
            )
        except FileNotFoundError as exc:
            raise ModelError(
                f"evasion combiner {path} is missing; run: python -m models.evasion.train"
            ) from exc
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise ModelError(f"evasion combiner {path} is unreadable: {exc}") from exc

    def contributions(self, x: np.ndarray) -> np.ndarray:
        return self.coef * (x - self.mean) / self.scale

    def score(self, x: np.ndarray) -> tuple[float, np.ndarray]:
        contrib = self.contributions(x)
        z = self.intercept + float(contrib.sum())
        return 1.0 / (1.0 + math.exp(-max(-40.0, min(40.0, z)))), contrib

    def label(self, score: float) -> str:
        if score >= self.evasive:
            return "evasive"
        if score >= self.partial:
            return "partial"
        return "answered"
