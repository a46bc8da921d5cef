"""Forms of question that members use and interviews rarely do, and what answers them.

"Whose decision was it ...?", "Isn't it the case that ...?", "What, specifically, will you
do ...?", "What caused ...?": each asks for a checkable thing (a name, a clause settled, a
step to take, a cause). Read as a plain wh-question, a terse answer giving it lost to an
evasive one that said the question's words back. Each case here failed before the round
that read it (see the model card's testimony rounds).
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from tests.evasion_helpers import assert_gives_what_was_asked, real_scorer


@pytest.fixture(scope="module")
def scorer():
    return real_scorer()


@pytest.mark.parametrize(
    ("question", "predicate", "not_terms"),
    [
        # the claim is the clause; the frame is said back too ("I can confirm ...")
        ("Can you confirm that the agency deleted the emails?", {"delet", "confirm"}, {"confirm"}),
        ("Isn't it the case that the warden knew about the doors?", set(), {"case"}),
        ("Would you agree to meet with the families?", {"agre"}, set()),
        # "COVID" tagged as an adjective is what is asked about, not what is asked
        ("Did the hospital bill patients for the COVID tests that were free?", set(), set()),
    ],
)
def test_a_framed_claim_is_asked_about_its_clause(scorer, question, predicate, not_terms) -> None:
    info = scorer.extractor.extract_many([(question, "No.")], [(0, 1)])[0].question
    assert predicate <= set(info.predicate) and "covid" not in info.predicate, info.predicate
    assert not (not_terms & set(info.terms)), info.terms


CASES = Path(__file__).parent / "data" / "members_forms.csv"


def _cases() -> list[tuple[str, str, bool]]:
    """One case a row: a question, an answer, and whether the answer gives what the question
    asks for (``gives`` yes or no; ``note`` says why where a case is not plain). Most come in
    twins, a clear answer and an evasive one to the same question; a CSV keeps one case to a
    line as the rounds add them."""
    with CASES.open(newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert rows and all(r["gives"] in ("yes", "no") for r in rows)
    return [(r["question"], r["answer"], r["gives"] == "yes") for r in rows]


@pytest.mark.parametrize(("question", "answer", "gives"), _cases())
def test_members_forms_of_question_are_answered(scorer, question, answer, gives) -> None:
    assert_gives_what_was_asked(scorer.score(question, answer), gives)


def test_a_claim_put_to_the_witness_is_asked_about_its_clause(scorer) -> None:
    q = "Are you telling this committee that nobody at the agency read the warning letter?"
    got = scorer.extractor.extract_many([(q, "No.")], [(0, 1)])[0]
    assert got.question.kind == "yesno" and "tell" not in got.question.predicate


def test_or_anyone_asks_yes_or_no_not_a_choice(scorer) -> None:
    q = "Have you or has anyone on your staff been contacted by the defendant?"
    assert scorer.extractor.extract_many([(q, "No.")], [(0, 1)])[0].question.kind == "yesno"


@pytest.mark.parametrize(
    ("question", "answer", "commits"),
    [
        ("Am I correct that the contract was never put out for bid?", "You are.", True),
        (
            "Am I right that the vote came after the announcement?",
            "You're not. It came before.",
            True,
        ),
        # the asker's words turned round answer only "Am I ...?"
        ("Was the contract ever put out for bid?", "You are.", False),
    ],
)
def test_am_i_right_is_answered_by_you_are(scorer, question, answer, commits) -> None:
    f = scorer.extractor.extract_many([(question, answer)], [(0, 1)])[0]
    assert f.values["yn_answered"] == float(commits), f.evidence["opener"]


def test_a_participle_after_an_article_tells_no_cause(scorer) -> None:
    """ "a valued partner" is no cause told ("The printer sent them ..." is)."""
    q = "Why wasn't the council told about the audit findings?"
    a = "The council is a valued partner, and we share information with its members regularly."
    assert_gives_what_was_asked(scorer.score(q, a), False)


@pytest.mark.parametrize(
    ("question", "answer", "generic"),
    [
        (
            "Has the agency ever shared license plate data with federal immigration authorities?",
            "We share data with a variety of law enforcement partners at every level.",
            "a variety of",
        ),
        (
            "Did anyone from your office speak to the developer before the zoning vote?",
            "My office speaks with residents, businesses and developers all the time.",
            "residents, businesses and developers",
        ),
    ],
)
def test_the_verb_said_back_about_many_things_is_a_generality(
    scorer, question, answer, generic
) -> None:
    """The ICE-style non-denial: the question's verb said back, about a variety of partners
    (a quantifier up to five words on) or kinds listed bare, the one asked about among them."""
    f = scorer.extractor.extract_many([(question, answer)], [(0, 1)])[0]
    assert f.values["yn_echo"] == 0.0 and f.values["generic_rate"] > 0
    got = scorer.score(question, answer)
    assert got.label != "answered", got.reasons
    assert any(generic in r.text for r in got.reasons if r.kind in ("generic", "shift"))


def test_a_verb_said_back_about_the_one_asked_still_replies(scorer) -> None:
    q = "Did anyone from your office speak to the developer before the zoning vote?"
    f = scorer.extractor.extract_many([(q, "I spoke to the developer twice in May.")], [(0, 1)])
    assert f[0].values["yn_echo"] == 1.0


@pytest.mark.parametrize(
    ("answer", "commits"),
    [
        ("Her chief of staff did. The mayor was out of the country.", True),
        ("The mayor did, on the advice of the fire marshal.", True),
        # the first clause's object said back is no pick between the two
        ("The demolition was approved through the normal channels.", False),
    ],
)
def test_which_is_it_asks_between_the_subjects(scorer, answer: str, commits: bool) -> None:
    q = "Which is it: did the mayor approve the demolition, or did her staff?"
    f = scorer.extractor.extract_many([(q, answer)], [(0, 1)])[0]
    assert f.question.kind == "choice" and f.values["yn_answered"] == float(commits)


@pytest.mark.parametrize(
    ("answer", "feature"),
    [
        ("The jail works closely with the fire marshal on every inspection.", "pivot_rate"),
        ("Fire safety in the jail is a shared responsibility.", "generic_rate"),
        ("Patient safety was at the center of every decision we made.", "pivot_rate"),
        ("The jail's budget is reviewed every quarter by our finance team.", "process_rate"),
        ("The jail is one of the most closely monitored sites in the state.", "process_rate"),
        ("The jail has helped thousands of inmates find work.", "pivot_rate"),
        ("The warden has always made the safety of inmates a priority.", "pivot_rate"),
        ("I made the best call I could with the information I had.", "pivot_rate"),
        ("The jail maintains the highest standards of safety.", "pivot_rate"),
        ("I cooperated fully with the fire marshal throughout.", "pivot_rate"),
        ("The jail is inspected on the schedule the state sets.", "process_rate"),
        ("The jail continues to work cooperatively with the fire marshal.", "pivot_rate"),
        ("Mistakes can occur in any large corrections system.", "generic_rate"),
        ("The jail is committed to the safety of every inmate.", "pivot_rate"),
        ("The jail has made great strides in recent years.", "pivot_rate"),
        ("The jail follows the inspection schedule set by the state.", "process_rate"),
        ("The jail respects the court and its role in this process.", "process_rate"),
        ("The jail is something this administration cares deeply about.", "pivot_rate"),
        ("The warden relies on his staff to brief him on inspections.", "process_rate"),
        ("The warden relies on staff to vet contractors.", "process_rate"),
        ("Our hearts go out to everyone at the jail.", "pivot_rate"),
        ("The jail's budget was approved by the council.", "process_rate"),
        ("Jail business is conducted in the open.", "process_rate"),
        # a standing assurance for a whole class (the scorer still labels it `answered` to
        # "Is it correct that the jail's medical unit went without a doctor ...?", whose
        # "medical" it reads as the verb said back)
        ("Inmates always have access to medical care.", "generic_rate"),
        # training received (the scorer still labels it `answered` to "Did the deputies
        # strip-search ...?", reading "search procedures" as the verb said back)
        ("Deputies receive extensive training on search procedures.", "process_rate"),
    ],
)
def test_praise_oversight_and_shared_duty_in_place_of_the_fact_are_retreats(
    scorer, answer: str, feature: str
) -> None:
    """Working closely with others, a shared responsibility, a principle at the centre of
    every decision, oversight claimed: each stands where the fact asked for should be."""
    q = "Isn't it a fact that the jail failed its last two fire inspections?"
    f = scorer.extractor.extract_many([(q, answer)], [(0, 1)])[0]
    assert f.values[feature] > 0


def test_can_you_assure_asks_about_the_clause(scorer) -> None:
    """ "Can you assure residents that the landfill is not leaking?" asks about the leak; the
    frame said back ("I can assure you ...") still replies."""
    q = "Can you assure residents that the landfill is not leaking into the river?"
    info = scorer.extractor.extract_many([(q, "No.")], [(0, 1)])[0].question
    assert "leak" in info.predicate, info.predicate
