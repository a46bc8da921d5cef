"""A "what" no answer type reads ("What did the storm take out first?") is read as asking for
a thing: a short answer that names one gives it, one that speaks of what was asked about
instead misses it, and any other answer is read as before (``thing.py``, ``asked_for.OPEN_WHAT``).
"""

from __future__ import annotations

import pytest

from hearing.evasion.thing import names_thing, things_named
from tests.evasion_helpers import real_scorer


@pytest.fixture(scope="module")
def scorer():
    return real_scorer()


@pytest.mark.parametrize(
    ("sentence", "named"),
    [
        ("The substation on Route Nine.", True),
        ("Road salt and the spare voting machines.", True),
        ("Trucks dumping gravel after midnight.", True),
        ("New cables to replace the ones that failed in June.", True),
        ("Rewriting the bus schedules, which she never finished.", True),
        ("Two doses of naloxone and oxygen by mask.", True),
        ("Not having a bed left after nine o'clock.", True),
        # a participle before a noun is an adjective
        ("Blocked exits and a broken sprinkler system.", True),
        # an amount with how near it is; every one of a kind
        ("Roughly four thousand gallons of diesel fuel.", True),
        ("Every street without a bus route.", True),
        # a base form after a singular noun is a noun the tagger misread (a present would
        # take "-s"); a past in a "with" phrase is a participle
        ("A twelve percent raise for its executives.", True),
        ("Charting in the break room with the door closed.", True),
        ("Sleeping in the truck with the engine running.", True),
        # after a number above one, "-s" makes a plural noun, not a verb
        ("Three food stands, for keeping chicken at room temperature.", True),
        ("Two patrol cars and the sergeant's pickup.", True),
        ("No comment.", False),
        ("The armory is a county asset like any other.", False),
        ("They can park downtown until midnight now.", False),
        ("That is a question for the county attorney.", False),
        # a present the tagger reads as a base form: still a clause
        ("Payments to consultants follow the schedule set out in each contract.", False),
        ("Decisions of that kind involve a range of stakeholders.", False),
        ("Every department shared in the sacrifice this year.", False),
        ("Go ahead. Please.", False),
    ],
)
def test_a_noun_phrase_names_a_thing_and_a_clause_does_not(scorer, sentence, named) -> None:
    assert names_thing(scorer.extractor.nlp(sentence)) is named


def test_only_short_answers_to_questions_asking_a_thing_are_tagged(scorer) -> None:
    tagged: list[str] = []
    nlp = scorer.extractor.nlp

    class Counting:
        def pipe(self, texts, **kwargs):
            texts = list(texts)
            tagged.extend(texts)
            return nlp.pipe(texts, **kwargs)

    got = things_named(
        Counting(),
        ["thing", "who", "thing", None],
        ["The substation.", "Mayor Ruiz.", "The armory is old.", "Yes."],
        [True, True, True, True],
    )
    assert got == [True, False, False, False]
    assert tagged == ["The substation.", "The armory is old."]
    assert things_named(None, ["thing"], ["The substation."], [True]) == [False]
    assert things_named(nlp, ["thing"], ["The substation."], [False]) == [False]


def _wh(got) -> set[str]:
    return {r.kind for r in got.reasons} & {"wh_answered", "wh_unanswered"}


def test_a_thing_named_answers_and_the_subject_said_back_does_not(scorer) -> None:
    q = "What did the flood wash out first?"
    named = scorer.score(q, "The footbridge behind the library.")
    assert _wh(named) == {"wh_answered"}
    assert "footbridge" in next(r.text for r in named.reasons if r.kind == "wh_answered")
    said_back = scorer.score(q, "The flood was one of the worst this valley has seen.")
    assert _wh(said_back) == {"wh_unanswered"}
    assert said_back.score > named.score and said_back.label != "answered"


def test_a_short_retreat_misses_the_thing(scorer) -> None:
    got = scorer.score("What did the flood wash out first?", "We take every storm very seriously.")
    assert _wh(got) == {"wh_unanswered"} and got.label == "evasive"


def test_which_of_a_kind_may_say_the_kind_back(scorer) -> None:
    # "Which hydrants ...?" is answered by naming them with the kind said back
    q = "Which storm drains were blocked when the rain started?"
    named = scorer.score(q, "The two on Maple Street and one behind the library.")
    assert _wh(named) == {"wh_answered"}
    said = scorer.score(q, "The storm drains on Maple Street were blocked with leaves.")
    assert "wh_unanswered" not in _wh(said)


def test_which_of_a_kind_with_a_past_verb_asks_for_a_thing(scorer) -> None:
    q = "Which shelters turned families away last winter?"
    named = scorer.score(q, "The one on Water Street and the church shelter in Eastgate.")
    assert _wh(named) == {"wh_answered"}
    kind = scorer.score(q, "Shelters across the county were under enormous strain.")
    assert _wh(kind) == {"wh_unanswered"} and kind.label == "evasive"


def test_another_clause_is_read_as_before(scorer) -> None:
    # a cause told as a clause: neither credited nor counted as missing the thing (a
    # participle after a noun names one: "A tanker overturned on the ramp.")
    got = scorer.score(
        "What were the buses held up by this morning?",
        "Somebody parked a truck across the ramp to the bridge.",
    )
    assert _wh(got) == set()


def test_a_thing_asked_to_be_named_may_be_said_back(scorer) -> None:
    # "What was the loudest complaint ...?" asks for a thing with no verb of its own, so an
    # answer that says the complaint back and names it is no retreat
    got = scorer.score(
        "What was the loudest complaint at the town meeting?",
        "The loudest complaint was the noise from the trucks at night.",
    )
    assert "wh_unanswered" not in _wh(got)


def test_a_long_answer_is_read_as_before(scorer) -> None:
    long = (
        "The flood was one of the worst this valley has seen, and our crews worked through "
        "the night with the county and the state to keep people safe, to clear the roads and "
        "to make sure that every family that needed shelter had somewhere to go that night."
    )
    assert _wh(scorer.score("What did the flood wash out first?", long)) == set()


def test_an_irregular_participle_is_a_verb_of_the_question_s_own(scorer) -> None:
    # "hidden" is read from the lemmatizer's table, not a hand list: the question has a verb
    # of its own, so saying its subject back misses the thing asked for
    q = "What were the ballots hidden in?"
    named = scorer.score(q, "Two cardboard boxes under the clerk's desk.")
    assert _wh(named) == {"wh_answered"}
    said = scorer.score(q, "The ballots stayed in the county's custody the whole time.")
    assert _wh(said) == {"wh_unanswered"}


def test_irregular_pasts_leave_out_auxiliaries_and_other_forms() -> None:
    from hearing.stems import irregular_pasts

    pasts = irregular_pasts()
    assert pasts["hidden"] == "hide" and pasts["broke"] == "break" and pasts["told"] == "tell"
    assert not {"did", "been", "were", "had", "got"} & set(pasts)
    assert not any(f.endswith(("ing", "s")) for f in pasts)


def test_without_the_table_the_irregular_pasts_match_nothing(monkeypatch) -> None:
    import re

    from hearing import stems

    monkeypatch.setattr(stems, "irregular_pasts", dict)  # as without the spaCy model
    stems.irregular_pasts_pattern.cache_clear()
    try:
        assert not re.fullmatch(stems.irregular_pasts_pattern(), "")
        assert not re.fullmatch(stems.irregular_pasts_pattern(), "broke")
    finally:
        stems.irregular_pasts_pattern.cache_clear()
