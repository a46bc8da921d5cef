"""The evasion combiner: a small logistic regression over named hand-built features.

``combiner.json`` holds only numbers and feature names (weights, scaler statistics,
thresholds, metrics); it is fit by ``python -m models.evasion.train`` (see CARD.md).
"""

from __future__ import annotations

from pathlib import Path

COMBINER_PATH = Path(__file__).resolve().parent / "combiner.json"
