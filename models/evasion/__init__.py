"""The evasion combiner: a small logistic regression over named hand-built features.

``combiner.json`` (static encoder, the default) and ``combiner_minilm.json`` hold only
numbers and feature names (weights, scaler statistics, thresholds, metrics); both are fit
by ``python -m models.evasion.train`` (see CARD.md).
"""

from __future__ import annotations

from pathlib import Path

COMBINER_DIR = Path(__file__).resolve().parent
COMBINER_PATH = COMBINER_DIR / "combiner.json"  # the default (static) encoder's combiner
