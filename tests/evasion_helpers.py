"""Shared by the evasion tests: one real scorer per test process (models load once)."""

from __future__ import annotations

from functools import cache


@cache
def real_scorer():
    import torch

    torch.set_num_threads(1)
    from hearing.evasion import EvasionScorer

    return EvasionScorer()


ICE_Q = (
    "Thank you, Madam Chair. Mr. Hale, did Amazon share Ring doorbell footage with ICE "
    "at any time in 2021?"
)
ICE_A = (
    "Senator, we work with a variety of government agencies, as the law requires, and we "
    "take our customers' privacy very seriously."
)
DIRECT_Q = "Did your agency approve the merger between the two airlines?"
DIRECT_A = "Yes. We approved the merger between the two airlines in May, with conditions."
