"""Evasion scoring: how far an answer dodges its question, with reasons (see scorer.py)."""

from hearing.evasion.scorer import EvasionScorer, Scored, default_scorer, score_exchanges

__all__ = ["EvasionScorer", "Scored", "default_scorer", "score_exchanges"]
