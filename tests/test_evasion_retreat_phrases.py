"""Retreats testimony uses that no phrase list named, read by the real scorer: the terms of a
contract in place of what was done under it, blame on those before said first, and a "how
did they get ...?" answered with no means. Each evasive case here was labelled `answered`
before the rule it tests."""

from __future__ import annotations

import pytest

from tests.evasion_helpers import real_scorer


@pytest.fixture(scope="module")
def scorer():
    return real_scorer()


def test_the_terms_of_a_contract_in_place_of_the_act_appeal_to_process(scorer) -> None:
    got = scorer.score(
        "Did your agency pay the lobbyist before the report was delivered?",
        "Payments follow the schedule set out in each contract.",
    )
    process = [r.text for r in got.reasons if r.kind == "process"]
    assert process and "set out in each contract" in process[0], got.reasons
    assert got.label != "answered", got.reasons


@pytest.mark.parametrize(
    ("answer", "blames"),
    [
        ("The previous administration left the shelter in a state nobody could defend.", True),
        ("Frankly, my predecessor signed that lease, not me.", True),
        ("We inherited a shelter with no heating and a leaking roof.", True),
        # said late in a long answer, blame is often part of a reply (QEvasion: 36 answers
        # name those before anywhere, 64 % evasive against 70 % overall)
        (
            "I closed it on December 2nd, after the fire marshal's report. It was not an easy "
            "decision and I spoke to every family first. The roof had been leaking since "
            "before the previous administration left office.",
            False,
        ),
    ],
)
def test_blame_on_those_before_said_first_is_a_pivot(scorer, answer: str, blames: bool) -> None:
    q = "Who decided to close the emergency shelter in December?"
    f = scorer.extractor.extract_many([(q, answer)], [(0, 1)])[0]
    assert (f.values["pivot_rate"] > 0) == blames, f.evidence["pivot"]


@pytest.mark.parametrize(
    ("answer", "gives"),
    [
        ("Through a shared password that one of our clerks gave them.", True),
        ("By using an old login that was never switched off.", True),
        ("Access to that system was managed by several offices over the years.", False),
    ],
)
def test_how_did_they_get_access_asks_for_a_means(scorer, answer: str, gives: bool) -> None:
    got = scorer.score("How did the contractor get access to the voter database?", answer)
    kinds = [r.kind for r in got.reasons]
    assert ("wh_answered" in kinds) == gives and ("wh_unanswered" in kinds) != gives, got.reasons
    if not gives:
        missing = [r.text for r in got.reasons if r.kind == "wh_unanswered"]
        assert "gives no means" in missing[0], got.reasons
