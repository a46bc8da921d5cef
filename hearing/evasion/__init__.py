"""Evasion scoring: how far an answer dodges its question, with reasons (see scorer.py)."""

from hearing.evasion.scorer import EvasionScorer, Scored, score_exchanges

__all__ = ["EvasionScorer", "Scored", "score_exchanges"]
