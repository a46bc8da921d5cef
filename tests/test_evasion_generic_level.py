"""The answers that give up the one thing asked about for its whole class, or for nobody in
particular, read by the real scorer: "Contractors are vetted ..." for "the contractor", "by
a judge" for "Which judge?", "the agency as a whole" for "Who at the agency?". Each case
here was mislabelled `answered` by the scorer before the rule it tests."""

from __future__ import annotations

import pytest

from hearing.evasion.level import generic_subject
from hearing.evasion.reading import read_pairs
from tests.evasion_helpers import real_scorer


@pytest.fixture(scope="module")
def scorer():
    return real_scorer()


@pytest.mark.parametrize(
    ("question", "answer", "found"),
    [
        (
            "Did you know the contractor had been banned in another state?",
            "Contractors are vetted by our procurement office, not by me personally.",
            ("Contractors", "the contractor"),
        ),
        (
            "Did your agency pay the consultant before the work was delivered?",
            "Payments to consultants follow the schedule in each contract.",
            ("Payments to consultants", "the consultant"),
        ),
        (
            "Did the minister approve the emergency contract personally?",
            "Emergency contracts are approved according to the rules.",
            ("Emergency contracts", "the emergency contract"),
        ),
        # any one of the class, said as a rule
        (
            "What went wrong with the new payroll system?",
            "Any new system has its growing pains.",
            ("Any new system", "the new payroll system"),
        ),
        # "every" of a thing the question did not name
        ("What went wrong with the payroll system?", "Every paycheck is now checked.", None),
        # a question about many is answered in kind by a plural
        ("Were the contracts approved by the board?", "Contracts are approved by it.", None),
        # nothing singled out: "a contract" asks about any one
        ("Did your company sign a contract with ICE?", "Contracts are signed by counsel.", None),
        # the plural is not the answer's subject
        ("Did the officer follow the policy?", "He did, like all officers here.", None),
    ],
)
def test_the_class_said_for_the_one_asked_about(scorer, question, answer, found) -> None:
    info = read_pairs([(question, answer)], scorer.extractor.nlp).infos[0]
    assert generic_subject(info, answer) == found


def test_the_class_for_the_one_asked_about_is_a_shift_of_level(scorer) -> None:
    got = scorer.score(
        "Did you know the contractor had been banned in another state?",
        "Contractors are vetted by our procurement office, not by me personally.",
    )
    shift = [r.text for r in got.reasons if r.kind == "shift"]
    assert len(shift) == 1 and shift[0].startswith(
        "shift of level: question asks about 'the contractor', answer speaks of "
        "'Contractors' in general"
    ), got.reasons
    assert got.label != "answered", got.reasons


@pytest.mark.parametrize(
    ("answer", "gives"),
    [
        ("The warrant was signed by a judge, as the law requires.", False),
        ("Any judge on duty that night could have signed it.", False),
        ("Judge Alvarez signed it at two in the morning.", True),
        ("The presiding judge did, at about two in the morning.", True),
    ],
)
def test_an_office_said_with_a_or_any_names_nobody(scorer, answer: str, gives: bool) -> None:
    got = scorer.score("Which judge signed the search warrant?", answer)
    kinds = [r.kind for r in got.reasons]
    assert ("wh_answered" in kinds) == gives, got.reasons


def test_the_body_as_a_whole_is_a_generic_answer_to_who(scorer) -> None:
    got = scorer.score(
        "Who at the agency approved the bonus for the outgoing director?",
        "Compensation decisions are the responsibility of the agency as a whole.",
    )
    f = scorer.extractor.extract_many(
        [
            (
                "Who at the agency approved the bonus for the outgoing director?",
                "Compensation decisions are the responsibility of the agency as a whole.",
            )
        ],
        [(0, 1)],
    )[0]
    assert f.values["generic_rate"] > 0 and "as a whole" in f.evidence["generic"], f.evidence
    assert "wh_unanswered" in [r.kind for r in got.reasons], got.reasons


def test_a_good_relationship_in_place_of_the_act_is_a_pivot(scorer) -> None:
    got = scorer.score(
        "Has the company paid the fine the regulator imposed last year?",
        "We have a very constructive relationship with the regulator.",
    )
    pivot = [r.text for r in got.reasons if r.kind == "pivot"]
    assert pivot and "constructive relationship" in pivot[0], got.reasons
    assert "yes_no_settled" not in [r.kind for r in got.reasons], got.reasons
    assert got.label != "answered", got.reasons
