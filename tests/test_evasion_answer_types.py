"""What a wh-question asks for, found in the answer by the real scorer: a source for "where
... from", and a person named by role for "who". Both were false reasons on clear answers
in the bundled sample hearing ("asks 'where'; the answer gives no place" for "They come
from public web pages ...")."""

from __future__ import annotations

import pytest

from tests.evasion_helpers import assert_gives_what_was_asked, real_scorer


@pytest.fixture(scope="module")
def scorer():
    return real_scorer()


@pytest.mark.parametrize(
    ("answer", "gives"),
    [
        ("They come from public web pages, from the news, and from police records.", True),
        ("From a vendor in Ohio that collects them.", True),
        ("From what I understand, we are always careful about that.", False),
        ("We take privacy very seriously.", False),
    ],
)
def test_where_from_is_answered_by_a_source(scorer, answer: str, gives: bool) -> None:
    got = scorer.score("Where do the images come from?", answer)
    assert_gives_what_was_asked(got, gives, "no place or source")


@pytest.mark.parametrize(
    ("question", "answer", "gives"),
    [
        (
            "Who checks each match before it is sent to the police?",
            "A trained person on our staff checks every match by hand.",
            True,
        ),
        ("Who reviews the footage?", "Two of our analysts do, every morning.", True),
        ("Who told the school to cancel the clinic?", "The superintendent, by phone.", True),
        ("Who authorized the wire transfer?", "The former treasurer.", True),
        ("Who authorized the wire transfer?", "The treasurer signed it.", True),
        ("Who authorized the wire transfer?", "The process, as always.", False),
        # the one the question already names, said with "a", names nobody
        ("Which judge signed the search warrant?", "It was signed by a judge.", False),
    ],
)
def test_who_is_answered_by_a_role_said_as_the_subject(scorer, question, answer, gives) -> None:
    got = scorer.score(question, answer)
    kinds = [r.kind for r in got.reasons]
    assert ("wh_answered" in kinds) == gives, got.reasons


# Terse replies the hold at `evasive` (credit.unreplied_short) would have flagged while the
# patterns missed them, beside non-answers that must still read as giving nothing.
@pytest.mark.parametrize(
    ("question", "answer", "gives"),
    [
        ("When will the report be released?", "Next spring.", True),
        ("When will the report be released?", "By Christmas.", True),
        ("When did the alarm go off?", "Around two in the morning.", True),
        ("When will the bridge reopen?", "In about six weeks.", True),
        ("When will the report be released?", "In a timely manner, as always.", False),
        ("Where are the records now?", "Downtown, in a locked archive.", True),
        ("Where did the money go?", "Into the general fund.", True),
        ("Where are the records now?", "In a safe place, I can assure you.", False),
        ("Where is the money from the sale?", "It was handled in a fully transparent way.", False),
        ("Where is the video?", "It is kept under our retention policy.", False),
        ("How much did the city pay?", "Nothing.", True),
        ("How much did the city pay?", "Nothing has been finalised on that.", False),
        ("Why did the project run over budget?", "Steel prices doubled.", True),
        ("Why did the project run over budget?", "The decision was made after review.", False),
        ("Why did the project run over budget?", "We remained focused on the project.", False),
        ("Why did the project run over budget?", "As I said, it is a complex project.", False),
        ("How long will the repairs take?", "Most of the summer.", True),
        ("How long will the repairs take?", "Until October at least.", True),
        ("When will the new rules take effect?", "On the first of the year.", True),
        ("When will the new rules take effect?", "Sixty days after publication.", True),
        ("Who made the decision to close the clinic?", "I did, and I stand by it.", True),
        ("Where is the contractor based?", "Houston.", True),
        ("Where is the contractor based?", "Well, that depends.", False),
        ("Why was the contract cancelled?", "It cost twice what we were promised.", True),
        ("Why was the contract cancelled?", "We made the decision that was right for us.", False),
        # a time needs its number or, for a season, a word that makes it one
        ("When will the rates come down?", "At 3:12 a.m., from a neighbour.", True),
        ("When will the rates come down?", "I am not in a position to say.", False),
        ("When will the rates come down?", "Prices will fall when the market allows.", False),
        ("When did the airport learn the lights had failed?", "At 11:40 that night.", True),
        ("When did the board hear of it?", "The next morning, from the engineer.", True),
        ("When did the board hear of it?", "In the normal course of business.", False),
    ],
)
def test_terse_replies_give_what_was_asked(scorer, question: str, answer: str, gives: bool) -> None:
    assert_gives_what_was_asked(scorer.score(question, answer), gives)


@pytest.mark.parametrize(
    ("question", "answer", "gives"),
    [
        ("What did the inspector find at the plant?", "Rodent droppings in two rooms.", True),
        ("What did the auditors find?", "About two million dollars with no receipts.", True),
        ("What did the review conclude?", "That the contract should never have been signed.", True),
        ("What did the audit find?", "They found forty ghost employees on the payroll.", True),
        (
            "What did the auditors find?",
            "The auditors were thorough and we cooperated fully.",
            False,
        ),
        ("What did the audit find?", "A number of areas for improvement.", False),
        ("What did the tests show?", "Results vary from school to school.", False),
    ],
)
def test_what_an_inquiry_found_is_asked_for(
    scorer, question: str, answer: str, gives: bool
) -> None:
    assert_gives_what_was_asked(scorer.score(question, answer), gives, "no finding")
