"""Names said in the hearing, attributed to the speaker they belong to."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from turns_factory import turns_of

from hearing.names import find_evidence, likely_chair, parse_mention, propose_names


def names(turns, roles=None):
    return {spk: p.name for spk, p in propose_names(turns, roles).items()}


def test_recognition_names_the_next_speaker_not_the_chair():
    turns = turns_of(
        ("A", "The chair recognizes Senator Ortiz for five minutes."),
        ("B", "Thank you. How many records did you share?"),
        ("C", "About four thousand."),
    )
    got = names(turns)
    assert got["B"] == "Senator Ortiz"
    assert "Ortiz" not in got.get("A", "")


def test_youre_recognized_names_the_next_speaker():
    turns = turns_of(
        ("A", "Senator Chen, you're recognized."),
        ("B", "Why was the audit delayed?"),
    )
    assert names(turns)["B"] == "Senator Chen"


def test_thanks_at_start_of_turn_names_the_previous_speaker():
    turns = turns_of(
        ("W", "We shared the data with four agencies last year."),
        ("M", "Thank you, Director Hale. Which agencies were they?"),
    )
    got = names(turns)
    assert got == {"W": "Director Hale"}


def test_chairman_addressed_names_the_chair_even_when_not_adjacent():
    turns = turns_of(
        ("CH", "The committee will come to order. The chair recognizes Senator Ortiz."),
        ("OR", "Thank you. Director, did you share the data?"),
        ("W", "We did, with two agencies."),
        ("OR", "Thank you, Mr. Chairman. I yield back."),
    )
    got = names(turns)
    assert got["CH"] == "Chair"
    assert got["OR"] == "Senator Ortiz"
    assert likely_chair(turns) == "CH"


def test_madam_chair_without_chair_cues_goes_to_the_previous_speaker():
    turns = turns_of(
        ("A", "Let us begin with the budget."),
        ("B", "Thank you, Madam Chair. Our budget grew."),
    )
    assert names(turns) == {"A": "Chair"}


def test_introduction_of_witness_names_the_next_speaker_with_office_title():
    turns = turns_of(
        ("A", "I'd like to welcome our witness, Dana Hale, director of the Office of Data."),
        ("B", "Thank you for having me."),
    )
    got = propose_names(turns)
    assert got["B"].name == "Director Hale"
    assert any("welcome our witness" in e for e in got["B"].evidence)


def test_self_introduction_names_the_speaker():
    turns = turns_of(("W", "My name is Dana Hale, and I am the director of the Office of Data."))
    assert names(turns) == {"W": "Director Hale"}


def test_vocative_in_a_question_names_the_next_speaker_and_office_beats_honorific():
    turns = turns_of(
        ("M", "Ms. Hale, how many people work in your office?"),
        ("W", "Forty."),
        ("M", "Director Hale, who approved the contract?"),
        ("W", "I did."),
    )
    assert names(turns)["W"] == "Director Hale"


def test_vocative_in_an_answer_names_the_previous_speaker():
    turns = turns_of(
        ("M", "Did you approve the contract?"),
        ("W", "Senator Lee, I approved it in March."),
    )
    assert names(turns, {"M": "asker", "W": "answerer"}) == {"M": "Senator Lee"}


def test_title_role_steers_thanks_past_the_witness():
    # The chair thanks the member whose time ended; the witness spoke last.
    turns = turns_of(
        ("CH", "The chair recognizes Senator Ortiz."),
        ("OR", "Did you share the data?"),
        ("W", "We did."),
        ("CH", "Thank you, Senator Ortiz. The chair recognizes Senator Chen."),
        ("CN", "Why?"),
    )
    roles = {"CH": "asker", "OR": "asker", "W": "answerer", "CN": "asker"}
    got = names(turns, roles)
    assert got["OR"] == "Senator Ortiz"
    assert got["CN"] == "Senator Chen"
    assert "W" not in got


def test_each_surname_goes_to_one_speaker():
    turns = turns_of(
        ("A", "The chair recognizes Senator Ortiz."),
        ("B", "Thank you. Why was it late?"),
        ("C", "Because of staffing."),
        ("B", "Thank you, Senator Ortiz."),  # a mis-attribution: B thanks "Ortiz" (C)
    )
    got = propose_names(turns)
    holders = [s for s, p in got.items() if p.surname == "Ortiz"]
    assert holders == ["B"]


def test_no_names_said_no_proposals():
    turns = turns_of(("A", "Why was the audit late?"), ("B", "Staffing."))
    assert propose_names(turns) == {}


def test_bare_titles_alone_do_not_make_a_display_name():
    turns = turns_of(("A", "Why was the audit late?"), ("B", "Senator, it was staffing."))
    assert names(turns) == {}


def test_recognize_as_a_verb_is_not_a_recognition():
    turns = turns_of(
        ("A", "Do you see the problem?"),
        ("B", "I recognize the concern, Senator Diaz."),
        ("C", "Let me add something."),
    )
    evidence = find_evidence(turns)
    assert all(e.kind != "recognition" for e in evidence)


def test_parse_mention():
    m = parse_mention("Director Dana Hale of Summit Vision")
    assert m is not None and (m.first, m.surname) == ("Dana", "Hale")
    assert m.title is not None and m.title.display == "Director"
    m = parse_mention("Mister Chairman, and thank you")
    assert m is not None and m.title is not None and m.title.display == "Chair"
    m = parse_mention("Senator Ortiz's bill")
    assert m is not None and m.surname == "Ortiz"
    assert parse_mention("the members of the subcommittee") is None


_TEXTS = st.sampled_from(
    [
        "The chair recognizes Senator Ortiz for five minutes.",
        "Thank you, Director Hale.",
        "Thank you, Mr. Chairman. Ms. Hale, why?",
        "Senator Chen, you're recognized.",
        "Our witness is Director Dana Hale of Summit Vision.",
        "We did.",
        "Madam Chair, I yield back.",
        "Without objection, so ordered.",
    ]
)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(["A", "B", "C"]), st.one_of(_TEXTS, st.text(max_size=80))),
        max_size=10,
    )
)
def test_proposals_are_unique_and_only_for_speakers_present(lines):
    turns = turns_of(*lines)
    got = propose_names(turns)
    present = {t.speaker for t in turns}
    assert set(got) <= present
    surnames = [p.surname.lower() for p in got.values() if p.surname]
    assert len(surnames) == len(set(surnames))
    assert sum(p.title == "Chair" for p in got.values()) <= 1
    for p in got.values():
        assert p.name and p.evidence
    assert propose_names(turns) == got  # deterministic


def test_recognition_without_the_article_still_names_the_member():
    # Whisper wrote "A chair recognizes" for "The chair recognizes".
    turns = turns_of(
        ("CH", "A chair recognizes Senator Chen for five minutes."),
        ("CN", "Thank you. Why was it late?"),
        ("W", "Staffing."),
        ("CH", "Thank you, Senator Ken."),
    )
    assert propose_names(turns)["CN"].name == "Senator Chen"


@pytest.mark.parametrize(
    "recognition",
    [
        "The chair now recognizes the gentlewoman from New York, Ms. Ocasio.",
        "The chair recognizes the gentlewoman from the great state of Texas, Ms. Ocasio.",
        "The chair recognizes the distinguished ranking member, Ms. Ocasio.",
    ],
)
def test_a_recognition_by_district_or_office_names_the_member_not_the_place(recognition):
    """ "from New York, Ms. Ocasio": the place had been taken for the start of the name."""
    turns = turns_of(
        ("CH", recognition),
        ("OC", "Thank you, Madam Chair. Why was the audit delayed?"),
        ("W", "Staffing."),
    )
    assert names(turns)["OC"] == "Ms. Ocasio"
