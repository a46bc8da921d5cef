"""Answers that talk about what was asked without answering it, read by the real scorer.

A witness's non-answer often repeats the question's own words ("Tuberculosis testing at the
jail follows the health department's protocol" to "How many inmates tested positive?"),
and a terse direct answer often shares none ("Nine."). Fit on QEvasion, the combiner took
closeness to the question as a reply; ``hearing/evasion/credit.py`` denies that credit where
an answer retreats or is short and gives no yes/no or nothing of what was asked. Each
evasive case here was labelled `answered` before the change it tests."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from hearing.evasion import credit
from hearing.evasion.features import FEATURE_NAMES
from tests.evasion_helpers import assert_gives_what_was_asked, real_scorer


@pytest.fixture(scope="module")
def scorer():
    return real_scorer()


def _row(**values: float) -> np.ndarray:
    x = np.zeros(len(FEATURE_NAMES))
    x[FEATURE_NAMES.index("a_len_log")] = np.log1p(100)  # a long answer unless told
    for name, v in values.items():
        x[FEATURE_NAMES.index(name)] = v
    return x


@pytest.mark.parametrize(
    ("values", "moved"),
    [
        ({"q_wh": 1, "wh_expected": 1, "process_rate": 2.0}, "down"),  # retreats, gives none
        ({"q_wh": 1, "wh_expected": 1, "wh_satisfied": 1, "process_rate": 2.0}, None),
        ({"q_yesno": 1, "pivot_rate": 1.0}, "down"),  # no yes or no, a pivot
        ({"q_yesno": 1, "yn_answered": 1, "pivot_rate": 1.0}, None),  # "Yes. ..." then a pivot
        ({"q_yesno": 1}, None),  # long, no retreat: the patterns may have missed the reply
        ({"q_yesno": 1, "a_len_log": np.log1p(12)}, "down"),  # short, no yes or no
        ({"q_wh": 1, "a_len_log": np.log1p(12)}, None),  # nothing of a known type asked
        # short and gives what was asked: low similarity is no sign of evasion
        ({"q_yesno": 1, "yn_answered": 1, "a_len_log": np.log1p(8)}, "up"),
        ({"q_wh": 1, "wh_expected": 1, "wh_satisfied": 1, "a_len_log": np.log1p(5)}, "up"),
    ],
)
def test_which_answers_have_their_similarity_neutralised(values: dict, moved) -> None:
    neutral = {n: 0.5 for n in credit.SIMILARITIES}
    high = {"down": 0.5, "up": 0.9, None: 0.9}  # what a similarity of 0.9 becomes
    low = {"down": 0.1, "up": 0.5, None: 0.1}  # and one of 0.1
    for sim, want in ((0.9, high), (0.1, low)):
        x = _row(**{n: sim for n in credit.SIMILARITIES}, **values)
        got = credit.neutralise(x, FEATURE_NAMES, neutral)
        assert all(got[FEATURE_NAMES.index(n)] == want[moved] for n in credit.SIMILARITIES)
        # rows at once give the same as one by one
        both = credit.neutralise(np.vstack([x, x]), FEATURE_NAMES, neutral)
        assert np.array_equal(both[0], got) and np.array_equal(both[1], got)


def test_an_on_topic_retreat_loses_its_credit_and_says_why(scorer, monkeypatch) -> None:
    q = "How many inmates at the county jail tested positive for tuberculosis in April?"
    a = "Tuberculosis testing at the county jail follows the protocol of the health department."
    held = scorer.score(q, a)  # short, and gives no number: held at "evasive"
    assert held.label == "evasive" and "short_unreplied" in [r.kind for r in held.reasons]
    # the cap, seen without that hold
    monkeypatch.setattr(credit, "held_at_evasive", lambda score, *_: (score, 0.0))
    got = scorer.score(q, a)
    process = [r for r in got.reasons if r.kind == "process"]
    assert process and "being on topic does not count as a reply" in process[0].text, got
    # the same combiner without the cap credits the closeness, and scores it lower
    monkeypatch.setattr(scorer, "combiner", replace(scorer.combiner, similarity_neutral={}))
    uncapped = scorer.score(q, a)
    assert got.score > uncapped.score + 0.01, (got.score, uncapped.score)
    assert "being on topic" not in " ".join(r.text for r in uncapped.reasons)
    # a terse direct answer, sharing no word, still scores below the on-topic retreat
    assert scorer.score(q, "Eleven, and one nurse.").score < got.score


def test_where_from_needs_from_at_the_end(scorer) -> None:
    q = "Where is the dashcam video from the night of the crash?"
    assert_gives_what_was_asked(scorer.score(q, "With the state police, since Monday."), True)
    assert_gives_what_was_asked(
        scorer.score(q, "Dashcam video is kept under our retention policy."), False, "no place"
    )


def test_a_place_the_question_names_is_no_answer(scorer) -> None:
    got = scorer.score(
        "Where did the ballots from Ward 7 turn up?",
        "Ballots from Ward 7 are handled like ballots from every other ward.",
    )
    assert_gives_what_was_asked(got, False, "no place")


def test_a_cause_said_with_so_answers_why(scorer) -> None:
    got = scorer.score(
        "Why was the coach allowed to keep working after the first complaint?",
        "The athletic director never passed the complaint on, so we did not know about it.",
    )
    assert_gives_what_was_asked(got, True)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Does the county sell residents' data to marketers?", "We did until 2022, then stopped."),
        ("Will the district reopen the closed libraries?", "Three of the five, in the spring."),
        ("Has the firm paid its drivers the back wages?", "All but twelve of them, so far."),
        ("Were the patients moved before the flood?", "Only half of them. The vans never came."),
        # how often it was done; someone did it; one side of an "or"
        ("Did the agency test the river for PFAS?", "Twice: on June 2nd and June 9th."),
        ("Did anyone on the board know about the missing funds?", "The treasurer did."),
        ("Was the order given before or after the fire crossed the ridge?", "After. At 5:20."),
        # a yes or a no, bounded in time, place, share or means
        ("Was the mayor informed?", "Not until the next morning."),
        ("Can the plant meet the new limits?", "Not with its current equipment."),
        ("Does the agency keep the recordings?", "For ninety days, then they are deleted."),
        ("Is the program still running?", "Only in two counties now."),
        ("Has the fine been paid?", "Half of it so far."),
        ("Did the company pay any bonuses this year?", "About a million dollars, to six staff."),
        ("Did your staff review the environmental report?", "Only the summary. Nobody else."),
        ("Has the prison resumed family visits since the outbreak?", "On weekends only, for now."),
        ("Did the utility cut power to customers behind on bills?", "To about two hundred, yes."),
        ("Is the bridge safe for school buses right now?", "Not for fully loaded ones."),
        ("Do you agree that the plan needs more money?", "I do agree, and I said so."),
        ("Was it your office or the mayor's that approved it?", "Mine. The mayor was not told."),
    ],
)
def test_a_bounded_yes_or_a_share_commits(scorer, question: str, answer: str) -> None:
    f = scorer.extractor.extract_many([(question, answer)], [(0, 1)])[0]
    assert f.values["yn_answered"] == 1.0, f.evidence["opener"]


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Did your staff review the environmental report?", "Only the board can answer that."),
        ("Is the bridge safe for school buses right now?", "Not for me to say."),
        ("Is the bridge safe for school buses right now?", "Not for now."),
    ],
)
def test_what_only_looks_bounded_does_not_commit(scorer, question: str, answer: str) -> None:
    f = scorer.extractor.extract_many([(question, answer)], [(0, 1)])[0]
    assert f.values["yn_answered"] == 0.0, f.evidence["opener"]


def test_money_committed_to_projects_is_no_pivot(scorer) -> None:
    q = "Roughly what share of the grant money has been spent so far?"
    a = "About a third. The rest is committed to the spring projects."
    f = scorer.extractor.extract_many([(q, a)], [(0, 1)])[0]
    assert f.values["pivot_rate"] == 0.0, f.evidence.get("pivot")
    assert_gives_what_was_asked(scorer.score(q, a), True)


@pytest.mark.parametrize(
    ("answer", "echo"),
    [
        ("Any release of the agreement will be handled with care.", 0.0),  # the verb's noun
        ("We will release it on Monday.", 1.0),
    ],
)
def test_the_verb_said_as_its_noun_is_no_reply(scorer, answer: str, echo: float) -> None:
    q = "Will the council release the settlement agreement to the public?"
    f = scorer.extractor.extract_many([(q, answer)], [(0, 1)])[0]
    assert f.values["yn_echo"] == echo


def test_an_adjective_said_back_after_an_article_still_replies(scorer) -> None:
    f = scorer.extractor.extract_many(
        [("Is this a big problem for the agency?", "It's not a big problem for us.")], [(0, 1)]
    )[0]
    assert f.values["yn_echo"] == 1.0


@pytest.mark.parametrize(
    ("answer", "defers"),
    [
        ("Whether the clinics reopen depends on the budget.", True),
        ("That is up to the legislature.", True),
        ("Those twelve are waiting for their bank details to be checked.", False),
    ],
)
def test_made_someone_elses_call_is_a_deferral(scorer, answer: str, defers: bool) -> None:
    f = scorer.extractor.extract_many([("Will the clinics reopen this year?", answer)], [(0, 1)])[0]
    assert bool(f.values["deferral"]) == defers, f.evidence.get("deferral")


def test_a_short_on_topic_answer_with_no_reply_names_the_missing_reply(scorer) -> None:
    got = scorer.score(
        "Did the port authority fine the shipping company for the oil spill?",
        "The port authority looks at every oil spill by a shipping company closely.",
    )
    unanswered = [r for r in got.reasons if r.kind == "yes_no_unanswered"]
    assert unanswered and unanswered[0].text.endswith(
        "so being on topic does not count as a reply"
    ), got.reasons


@pytest.mark.parametrize(
    ("answer", "gives"),
    [
        ("With a hotel tax: two percent on every room night.", True),
        ("Out of the general fund, over ten years.", True),
        ("The stadium will pay for itself many times over.", False),
    ],
)
def test_how_will_you_pay_asks_for_a_means(scorer, answer: str, gives: bool) -> None:
    got = scorer.score("How will the county pay for the new arena?", answer)
    assert_gives_what_was_asked(got, gives, "gives no means")


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Where is the money from the land sale?", "In the general fund, for now."),
        ("Why did the ambulance take so long?", "Two stations were closed for lack of staff."),
    ],
)
def test_a_place_or_cause_said_first_answers(scorer, question: str, answer: str) -> None:
    assert_gives_what_was_asked(scorer.score(question, answer), True)


def test_the_verb_as_the_answer_s_opening_noun_is_not_said_back(scorer) -> None:
    q = "Were the patients moved before the flood?"
    said = scorer.extractor.extract_many([(q, "They were moved on Monday.")], [(0, 1)])[0]
    noun = scorer.extractor.extract_many(
        [(q, "Moving patients before a flood is a hard call for every hospital.")], [(0, 1)]
    )[0]
    assert said.values["yn_echo"] == 1.0 and noun.values["yn_echo"] == 0.0


def test_an_ever_question_answered_with_how_often_commits(scorer) -> None:
    f = scorer.extractor.extract_many(
        [("Has the city ever paid a ransom to hackers?", "Once, in 2021, about a million.")],
        [(0, 1)],
    )[0]
    assert f.values["yn_answered"] == 1.0, f.evidence["opener"]


def test_a_number_the_question_says_is_no_answer(scorer) -> None:
    q = "How long did the fire crews take to reach the pileup on Route 9?"
    vague = scorer.score(q, "Response times on Route 9 depend on where the crews are.")
    assert_gives_what_was_asked(vague, False, "no number")
    assert_gives_what_was_asked(scorer.score(q, "Twenty-six minutes."), True)


def test_an_answer_that_restates_the_question_gets_no_credit_for_it() -> None:
    x = _row(sim_best=0.9, restate=1.0, q_wh=1.0)  # long, no answer type asked, no retreat
    got = credit.neutralise(x, FEATURE_NAMES, {n: 0.5 for n in credit.SIMILARITIES})
    assert got[FEATURE_NAMES.index("sim_best")] == 0.5


@pytest.mark.parametrize(
    ("answer", "gives"),
    [
        ("Bridges like the one on Pine Street are rated by the state every two years.", False),
        ("Just the one, since the spring.", True),
        ("Since 2019: seven years.", True),
    ],
)
def test_the_one_and_every_two_years_are_no_length(scorer, answer: str, gives: bool) -> None:
    q = "How long has the bridge on Pine Street been listed as structurally deficient?"
    assert_gives_what_was_asked(scorer.score(q, answer), gives, "no number")


def test_every_two_years_answers_how_often(scorer) -> None:
    got = scorer.score("How often is the Pine Street bridge inspected?", "Every two years.")
    assert_gives_what_was_asked(got, True)


def test_the_rule_for_the_act_does_not_say_it_back(scorer) -> None:
    q = "Did the deputies use a taser on the boy at the mall?"
    rule = "Deputies are trained to use a taser only when a situation calls for it."
    got = scorer.extractor.extract_many([(q, rule), (q, "They used it once.")], [(0, 1), (0, 1)])
    assert got[0].values["yn_echo"] == 0.0 and got[1].values["yn_echo"] == 1.0


@pytest.mark.parametrize(
    ("answer", "kind"),
    [
        ("Pesticide spraying near schools follows the state's notification rules.", "process"),
        ("Cameras in that block are turned off only under the prison's written procedures.",
         "process"),
        ("School lunches are checked as part of our food safety program.", "process"),
        ("The blackout is something the utility is reviewing along with the regulator.",
         "deferral"),
        ("Text messages are handled under the city's records schedule.", "process"),
        ("Those messages are kept like any other record about the stadium.", "generic"),
        ("My campaign has always focused on the issues that matter to voters.", "pivot"),
        ("The council believes in transparency.", "pivot"),
        ("It will be handled with the public's interest in mind.", "pivot"),
        ("We have been working with retailers of all sizes.", "pivot"),
        ("I have always been open about who I meet.", "pivot"),
        ("Mold in the barracks is a problem the department has worked on for years.", "pivot"),
        ("The health of our soldiers always comes first.", "pivot"),
        ("The hospital remains deeply committed to patients from the jail.", "pivot"),
        ("Bus safety is something our engineers evaluate on an ongoing basis.", "pivot"),
        ("Reports are always treated with the seriousness they deserve.", "pivot"),
        ("Billing followed the guidance we received from the state.", "process"),
        ("Personnel matters are handled confidentially.", "refusal"),
        ("The missing evidence is being looked at by internal affairs.", "deferral"),
        ("Payments are released through our accounts payable process.", "process"),
        ("The officers are on administrative leave, as our policy requires.", "process"),
        ("The clinic has a long history of caring for uninsured patients.", "pivot"),
        ("The pool has always been an important part of summer here.", "pivot"),
        ("Last winter was a very hard season for every clinic in the region.", "generic"),
        ("Each contract was awarded on its own merits.", "process"),
        ("The tests are part of a wider program of testing across the district.", "generic"),
        ("What I'm telling the committee is that we receive many letters.", "pivot"),
    ],
)  # fmt: skip
def test_rules_routines_and_open_reviews_are_retreats(scorer, answer: str, kind: str) -> None:
    f = scorer.extractor.extract_many([("Why did it happen?", answer)], [(0, 1)])[0]
    name = {
        "process": "process_rate",
        "deferral": "deferral",
        "generic": "generic_rate",
        "pivot": "pivot_rate",
        "refusal": "refusal",
    }[kind]
    assert f.values[name] > 0, f.evidence


@pytest.mark.parametrize(
    ("values", "why", "held"),
    [
        ({"q_yesno": 1, "a_len_log": np.log1p(15)}, False, True),  # short, no yes or no
        ({"q_yesno": 1, "a_len_log": np.log1p(15), "yn_answered": 1}, False, False),
        ({"q_yesno": 1}, False, False),  # long: the reply may be there in a form missed
        # the Circa head reads it as settled ("I'm allergic to cats"), unless it retreats
        ({"q_yesno": 1, "a_len_log": np.log1p(15), "yn_unresolved": -2.0}, False, False),
        ({"q_yesno": 1, "a_len_log": np.log1p(15), "yn_unresolved": -2.0, "process_rate": 5}, False,
         True),
        ({"q_wh": 1, "wh_expected": 1, "a_len_log": np.log1p(12)}, False, True),  # no number
        ({"q_wh": 1, "wh_expected": 1, "a_len_log": np.log1p(12)}, True, False),  # a cause?
        ({"q_wh": 1, "wh_expected": 1, "a_len_log": np.log1p(12), "pivot_rate": 5}, True, True),
    ],
)  # fmt: skip
def test_which_short_answers_are_held_at_evasive(values: dict, why: bool, held: bool) -> None:
    got = credit.unreplied_short(_row(**values)[None], FEATURE_NAMES, np.array([why]))
    assert bool(got[0]) == held


def test_a_short_on_topic_non_answer_is_evasive_and_a_terse_reply_is_not(scorer) -> None:
    q = "How many voters were removed from the rolls in the August purge?"
    vague = scorer.score(
        q, "Voters are removed from the rolls every August to keep the lists accurate."
    )
    assert vague.label == "evasive", vague
    held = [r for r in vague.reasons if r.kind == "short_unreplied"]
    assert held and held[0].weight >= 0 and "90%" in held[0].text, vague.reasons
    terse = scorer.score(q, "About eleven thousand, most for moving away.")
    assert terse.label == "answered", terse


def test_a_cause_told_as_what_happened_answers_why(scorer) -> None:
    q = "Why did the city stop testing the lake water for algae toxins?"
    told = scorer.score(q, "The lab we used closed in May, and we found no other until October.")
    assert_gives_what_was_asked(told, True)
    assert told.label == "answered", told
    # a record or a state is no cause, and a retreat is read as one
    record = scorer.score(q, "The city has tested lake water for decades under state rules.")
    assert_gives_what_was_asked(record, False)


def test_the_share_the_held_reason_quotes_is_the_one_measured() -> None:
    import json

    from models.evasion import COMBINER_DIR

    data = json.loads((COMBINER_DIR / "ensemble.json").read_text(encoding="utf-8"))
    measured = data["metrics"]["cv"]["short_unreplied"]
    assert measured["rows"] > 100
    assert abs(measured["evasive_share"] - credit.UNREPLIED_SHORT_EVASIVE) < 0.01


@pytest.mark.parametrize(
    "answer", ["Not in a position to say at this point.", "Not with any certainty."]
)
def test_a_refusal_or_hedge_opening_with_not_does_not_commit(scorer, answer: str) -> None:
    f = scorer.extractor.extract_many([("Will you release the names?", answer)], [(0, 1)])[0]
    assert f.values["yn_answered"] == 0.0, f.evidence["opener"]


def test_it_is_now_says_the_question_s_auxiliary_back(scorer) -> None:
    f = scorer.extractor.extract_many([("Is the water safe to drink?", "It is now.")], [(0, 1)])[0]
    assert f.values["yn_answered"] == 1.0, f.evidence["opener"]


def test_the_evasive_cut_counts_held_answers_above_it() -> None:
    from models.evasion.train import _thresholds

    rng = np.random.default_rng(0)
    p = rng.uniform(0, 1, 400)
    y = (rng.uniform(0, 1, 400) < p).astype(int)
    held = (p < 0.3) & (y == 0)  # held answers that are all clear pull precision down
    plain = _thresholds(y, p)[1]
    assert _thresholds(y, p, held)[1] > plain


def test_a_denial_said_early_is_a_reply(scorer) -> None:
    q = "Can you confirm that the agency deleted the emails after the lawsuit was filed?"
    a = "I can't confirm it, because it isn't true. Nothing was deleted."
    f = scorer.extractor.extract_many([(q, a)], [(0, 1)])[0]
    assert f.values["yn_early"] == 1.0 and f.values["yn_unanswered"] == 0.0
