"""Asker/answerer roles per speaker, analyst overrides, proposed names."""

from __future__ import annotations

import copy

from hypothesis import given, settings
from hypothesis import strategies as st
from turns_factory import turns_of

from hearing.document import ROLES, Speaker
from hearing.roles import assign_roles, explain_roles

HEARING = turns_of(
    ("S1", "The committee will come to order. The chair recognizes Senator Ortiz."),
    ("S2", "Thank you, Mr. Chairman. Director Hale, did your agency share data with ICE?"),
    ("S3", "We work with a variety of agencies at every level of government."),
    ("S2", "So is that a yes?"),
    ("S3", "I'm not in a position to discuss specific agreements."),
    ("S2", "How many records were shared last year?"),
    ("S3", "About four thousand records, all under a court order."),
    ("S2", "I yield back."),
    ("S1", "Without objection, so ordered. This hearing is adjourned."),
)


def roles_of(speakers):
    return {s.id: s.role for s in speakers}


def test_mini_hearing_roles_and_names():
    out = assign_roles([], HEARING)
    assert roles_of(out) == {"S1": "asker", "S2": "asker", "S3": "answerer"}
    assert {s.id: s.proposed_name for s in out} == {
        "S1": "Chair",
        "S2": "Senator Ortiz",
        "S3": "Director Hale",
    }
    assert all(s.role_source == "auto" for s in out)


def test_speakers_keep_order_and_missing_ones_are_appended():
    given_speakers = [Speaker("S3", label="SPEAKER_02"), Speaker("S1", label="SPEAKER_00")]
    out = assign_roles(given_speakers, HEARING)
    assert [s.id for s in out] == ["S3", "S1", "S2"]
    assert out[0].label == "SPEAKER_02"


def test_analyst_overrides_and_names_are_kept_and_inputs_untouched():
    speakers = [
        Speaker("S3", role="unknown", role_source="analyst", name="Witness (analyst)"),
        Speaker("S1", role="answerer", role_source="analyst"),
        Speaker("S2", name="Rep. Ortiz"),
    ]
    before = copy.deepcopy(speakers)
    out = {s.id: s for s in assign_roles(speakers, HEARING)}
    assert speakers == before
    assert out["S3"].role == "unknown" and out["S3"].role_source == "analyst"
    assert out["S1"].role == "answerer" and out["S1"].role_source == "analyst"
    assert out["S3"].name == "Witness (analyst)"
    assert out["S3"].proposed_name == "Director Hale"  # proposal still filled in
    assert out["S2"].name == "Rep. Ortiz" and out["S2"].proposed_name == "Senator Ortiz"
    assert out["S2"].role == "asker"


def test_question_density_alone_decides_without_names_or_procedure():
    turns = turns_of(
        ("A", "Why did the budget double in two years?"),
        ("B", "Because the program grew to cover twelve new states."),
        ("A", "Which states were added, and who chose them?"),
        ("B", "The states with the longest waiting lists were added first."),
    )
    assert roles_of(assign_roles([], turns)) == {"A": "asker", "B": "answerer"}


def test_witness_cues_make_an_answerer_even_before_any_question():
    turns = turns_of(
        ("W", "Thank you for having me. My written testimony describes our program in detail."),
        ("M", "What does the program cost each year?"),
        ("W", "It costs forty million dollars a year."),
    )
    assert roles_of(assign_roles([], turns))["W"] == "answerer"


def test_chair_phrases_make_an_asker_without_questions():
    turns = turns_of(
        ("C", "The committee will come to order. Without objection, so ordered."),
        ("W", "Our program serves twelve states and has a budget of forty million dollars."),
        ("C", "The chair recognizes the gentleman from Ohio. The time has expired."),
    )
    feats = explain_roles(turns)
    assert feats["C"].chair >= 3
    assert roles_of(assign_roles([], turns))["C"] == "asker"


def test_too_little_speech_is_unknown():
    turns = turns_of(
        ("A", "Why did the budget double?"),
        ("B", "The program grew to cover twelve new states."),
        ("X", "Right."),
    )
    assert roles_of(assign_roles([], turns))["X"] == "unknown"


def test_no_turns_no_roles():
    out = assign_roles([Speaker("S1")], [])
    assert [(s.id, s.role) for s in out] == [("S1", "unknown")]


def test_bad_analyst_role_is_reported_as_unknown():
    out = assign_roles([Speaker("S1", role="boss", role_source="analyst")], HEARING)
    assert out[0].role == "unknown" and out[0].role_source == "analyst"


_LINES = st.sampled_from(
    [
        "Why did you share the data?",
        "We shared it with four agencies.",
        "The chair recognizes Senator Ortiz.",
        "Thank you, Director Hale. Who approved it?",
        "Thank you for having me.",
        "I yield back.",
        "Right.",
        "So is that a yes?",
        "I'd have to check and get back to you.",
    ]
)


@settings(max_examples=80, deadline=None)
@given(
    lines=st.lists(
        st.tuples(st.sampled_from(["S1", "S2", "S3", "S4"]), st.one_of(_LINES, st.text())),
        max_size=12,
    ),
    given_speakers=st.lists(
        st.builds(
            Speaker,
            id=st.sampled_from(["S1", "S2", "S3", "S9"]),
            role=st.sampled_from([*ROLES, "boss"]),
            role_source=st.sampled_from(["auto", "analyst"]),
            name=st.one_of(st.none(), st.just("Analyst Name")),
        ),
        max_size=4,
        unique_by=lambda s: s.id,
    ),
)
def test_roles_properties(lines, given_speakers):
    turns = turns_of(*lines)
    out = assign_roles(given_speakers, turns)
    assert all(s.role in ROLES for s in out)
    ids = [s.id for s in out]
    assert len(ids) == len(set(ids))
    assert {t.speaker for t in turns} <= set(ids)
    by_id = {s.id: s for s in out}
    for s in given_speakers:
        o = by_id[s.id]
        assert o.name == s.name
        if s.role_source == "analyst":
            assert o.role_source == "analyst"
            assert o.role == (s.role if s.role in ROLES else "unknown")
    assert assign_roles(given_speakers, turns) == out  # deterministic
