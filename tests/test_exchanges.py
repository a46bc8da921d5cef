"""Question/answer pairing over hand-built turns: a mini-hearing and the edge cases.

Each case is a way a real hearing goes (preambles, follow-ups, interruptions, several
questions in one turn, procedural asides, oaths) and the exchanges it must or must not
give. Random hearings are in test_exchanges_properties.py, the sample's script in
test_exchanges_sample.py.
"""

from __future__ import annotations

import pytest
from turns_factory import turns_of

from hearing.document import Speaker
from hearing.exchanges import build_exchanges
from hearing.procedural import is_procedural

ROLE = {"CH": "asker", "OR": "asker", "CN": "asker", "W": "answerer"}


def speakers(roles=ROLE):
    return [Speaker(k, role=v) for k, v in roles.items()]


def exchanges(*lines, roles=ROLE):
    return build_exchanges(turns_of(*lines), speakers(roles))


# A realistic mini-hearing: opening, recognition, questions (one evasive), an interruption,
# a follow-up, a multi-question turn, a question nobody answers, procedural closings.
MINI = (
    ("CH", "The committee will come to order. Today we examine the data-sharing program."),
    ("CH", "I'd like to welcome our witness, Dana Hale, director of the Office of Data."),
    ("W", "Thank you for having me. I look forward to your questions."),
    ("CH", "The chair recognizes Senator Ortiz for five minutes."),  # 3
    ("OR", "Thank you, Mr. Chairman. Director Hale, does your office share data with ICE?"),
    ("W", "Thank you, Senator. We share data with a variety of agencies at every level."),  # 5
    ("OR", "So is that a yes?"),
    ("W", "I'm not in a position to discuss specific agreements."),  # 7
    ("OR", "Why was the privacy audit delayed by two years?"),
    ("W", "The audit was delayed because the contractor"),  # 9
    ("OR", "Right."),
    ("W", "left in the middle of the review, and we had to start it again."),  # 11
    ("OR", "I yield back."),
    ("CH", "Thank you, Senator Ortiz. The chair recognizes Senator Chen."),  # 13
    ("CN", "How many records were shared? Who approved the sharing?"),
    ("W", "About four thousand records were shared."),  # 15
    ("W", "The deputy director approved the sharing in March."),
    ("CN", "Is there a written policy on sharing? Yes or no?"),  # 17
    ("CH", "The gentleman's time has expired."),
    ("CN", "I yield back."),  # 19
    ("CH", "Without objection, the record will remain open. This hearing is adjourned."),
)


@pytest.fixture(scope="module")
def mini():
    return build_exchanges(turns_of(*MINI), speakers())


def by_question_turn(exs):
    out: dict[int, list] = {}
    for e in exs:
        out.setdefault(e.question_turns[0], []).append(e)
    return out


def test_mini_hearing_pairs(mini):
    got = [(e.question_turns, e.answer_turns, e.asker, e.answerer) for e in mini]
    assert got == [
        ([4], [5], "OR", "W"),
        ([6], [7], "OR", "W"),
        ([8], [9, 11], "OR", "W"),
        ([14], [15, 16], "CN", "W"),
        ([14], [15, 16], "CN", "W"),
    ]
    assert [e.id for e in mini] == list(range(1, len(mini) + 1))  # counted as analysts count


def test_procedural_preamble_removed_from_question_and_answer(mini):
    first = mini[0]
    assert first.question == "Director Hale, does your office share data with ICE?"
    assert first.answer == "We share data with a variety of agencies at every level."
    assert first.answer_turns == [5]  # the thanked turn is still the answer


def test_followup_links_to_earlier_exchange(mini):
    assert mini[1].question == "So is that a yes?"
    assert mini[1].follows == mini[0].id
    assert mini[0].follows is None and mini[2].follows is None


def test_interrupted_answer_continues_across_backchannel(mini):
    ex = mini[2]
    assert ex.answer.startswith("The audit was delayed because the contractor left")
    assert "Right." not in ex.answer


def test_multi_question_turn_gives_one_exchange_each_with_split_answer(mini):
    a, b = mini[3], mini[4]
    assert a.question == "How many records were shared?"
    assert b.question == "Who approved the sharing?"
    assert a.answer == "About four thousand records were shared."
    assert b.answer == "The deputy director approved the sharing in March."
    assert a.start < b.start and a.end == b.end


def test_unanswered_question_makes_no_exchange(mini):
    assert 17 not in by_question_turn(mini)


def test_spans_run_from_question_to_answer_end(mini):
    turns = turns_of(*MINI)
    for e in mini:
        q = turns[e.question_turns[0]]
        assert q.start <= e.start <= q.end
        assert e.end == max(turns[k].end for k in e.answer_turns)
    assert [e.start for e in mini] == sorted(e.start for e in mini)


def test_no_procedural_question_or_answer(mini):
    for e in mini:
        assert not is_procedural(e.question)
        assert not is_procedural(e.answer)


def test_oath_and_chair_questions_are_not_exchanges():
    exs = exchanges(
        ("CH", "Do you solemnly swear that the testimony you are about to give is the truth?"),
        ("W", "I do."),
        ("CH", "Are there any further questions for the witness?"),
        ("W", "Thank you, Mr. Chairman."),
    )
    assert exs == []


def test_rhetorical_statement_and_witness_question_make_no_exchange():
    exs = exchanges(
        ("OR", "This program has failed the public for a decade."),
        ("W", "I disagree with that characterization."),
        ("W", "Would anyone here accept that standard? We would not."),
        ("OR", "Noted."),
    )
    assert exs == []


def test_answer_of_only_thanks_is_no_answer():
    exs = exchanges(("OR", "Who approved it?"), ("W", "Thank you, Senator."), ("CN", "Next."))
    assert exs == []


def test_interruption_with_a_question_ends_the_answer_and_follows_up():
    exs = exchanges(
        ("CN", "Have you sold access to a foreign government?"),
        ("W", "Our focus has always been customers here at home, and we follow every rule"),
        ("CN", "Director, that was not my question. Yes or no, have you sold access?"),
        ("W", "No. We have never sold access to a foreign government."),
    )
    assert [(e.question_turns, e.answer_turns) for e in exs] == [([0], [1]), ([2], [3])]
    assert exs[1].follows == exs[0].id == 1
    assert exs[1].question == "Yes or no, have you sold access?"


def test_long_asker_statement_ends_an_answer():
    exs = exchanges(
        ("OR", "Why was the audit delayed?"),
        ("W", "The contractor left."),
        ("OR", "I have heard that explanation many times from your office and I reject it."),
        ("W", "That is your right, Senator."),
    )
    assert [(e.question_turns, e.answer_turns) for e in exs] == [([0], [1])]


def test_tag_fragment_joins_its_question_and_leaning_question_takes_context():
    exs = exchanges(
        ("OR", "Your office shared four thousand records. Did you approve that? Yes or no?"),
        ("W", "I did not approve it personally."),
    )
    assert len(exs) == 1
    assert exs[0].question == (
        "Your office shared four thousand records. Did you approve that? Yes or no?"
    )


def test_meta_preface_is_not_context():
    exs = exchanges(("OR", "One last question. Why?"), ("W", "Because of cost."))
    assert exs[0].question == "Why?"


def test_ordinal_answer_split():
    exs = exchanges(
        ("CN", "What is the budget? And when does the contract end?"),
        ("W", "First, forty million dollars a year. Second, it ends in twenty thirty."),
    )
    assert [e.answer for e in exs] == [
        "First, forty million dollars a year.",
        "Second, it ends in twenty thirty.",
    ]


def test_an_answer_taken_in_order_with_irregular_verbs_is_split():
    """ "Who did you meet?" - "I met ...": the pairing has no parse, so "met" meets "meet"
    through the model's table of irregular forms; before, each question got the whole
    answer."""
    exs = exchanges(
        ("CN", "Who did you meet in Denver? And what did you buy for the program?"),
        ("W", "I met the deputy director and her counsel. We bought two servers and a licence."),
    )
    assert [e.answer for e in exs] == [
        "I met the deputy director and her counsel.",
        "We bought two servers and a licence.",
    ]


def test_unclear_multi_answer_keeps_the_whole_answer_for_each_question():
    exs = exchanges(
        ("CN", "What is the budget? And when does the contract end?"),
        ("W", "We are reviewing all of that with our partners."),
    )
    assert [e.answer for e in exs] == ["We are reviewing all of that with our partners."] * 2


def test_procedural_aside_between_question_and_answer_is_skipped():
    exs = exchanges(
        ("OR", "Who signed the contract?"),
        ("CH", "The witness may answer."),
        ("W", "The deputy director signed it."),
    )
    assert [(e.question_turns, e.answer_turns, e.answerer) for e in exs] == [([0], [2], "W")]


def test_asker_block_bridges_witness_backchannel():
    exs = exchanges(
        ("OR", "Director, you signed the March memo."),
        ("W", "Mm-hmm."),
        ("OR", "Why did you sign it?"),
        ("W", "Because counsel approved it."),
    )
    assert [(e.question_turns, e.answer_turns) for e in exs] == [([2], [3])]


def test_roles_are_inferred_when_unknown():
    lines = [(s, t) for s, t in MINI]
    exs = build_exchanges(turns_of(*lines), [])
    assert [e.question_turns for e in exs] == [[4], [6], [8], [14], [14]]
    assert {e.answerer for e in exs} == {"W"}


def test_analyst_role_stops_a_speaker_from_asking():
    roles = {**ROLE, "OR": "answerer"}
    exs = build_exchanges(
        turns_of(("OR", "Why?"), ("W", "Because.")),
        [Speaker(k, role=v, role_source="analyst") for k, v in roles.items()],
    )
    assert exs == []


def test_unsorted_turn_input_is_handled_in_time_order():
    turns = turns_of(("OR", "Who signed it?"), ("W", "The deputy director signed it."))
    exs = build_exchanges(list(reversed(turns)), speakers())
    assert [(e.question_turns, e.answer_turns) for e in exs] == [([0], [1])]


def test_empty_input():
    assert build_exchanges([], []) == []


def test_leading_tag_fragment_joins_the_question_after_it():
    exs = exchanges(
        ("CN", "Have you sold access to a foreign government?"),
        ("W", "We follow every export rule."),
        ("CN", "That was not my question. Yes or no? Have you sold access?"),
        ("W", "No."),
    )
    assert [e.question for e in exs] == [
        "Have you sold access to a foreign government?",
        "Yes or no? Have you sold access?",
    ]
    assert exs[1].follows == exs[0].id == 1


def test_indirect_questions_said_with_a_full_stop_are_paired():
    """Members often ask without a question mark ("I'd like to know whether ..."), and
    Whisper writes what it hears; such a turn was taken for a statement, its answer lost."""
    exs = exchanges(
        ("OR", "Director Hale, I'd like to know whether your office shares data with ICE."),
        ("W", "We work with a variety of agencies at every level of government."),
        ("OR", "Help me understand why the audit took two years."),
        ("W", "The audit was delayed because the contractor left in March."),
        ("OR", "I think we all know why that happened."),  # a remark, not a question
        ("W", "I disagree with that characterization."),
    )
    assert [(e.question, e.answerer) for e in exs] == [
        ("Director Hale, I'd like to know whether your office shares data with ICE.", "W"),
        ("Help me understand why the audit took two years.", "W"),
    ]


def test_tag_questions_and_a_bare_yes_or_no_said_with_a_full_stop_are_paired():
    exs = exchanges(
        ("OR", "You signed the contract with ICE, didn't you."),
        ("W", "We follow all procurement procedures."),
        ("OR", "Yes or no."),
        ("W", "I would have to check."),
        ("OR", "Which agencies received the data."),
        ("W", "The state police and two counties."),
    )
    assert [(e.question, e.follows) for e in exs] == [
        ("You signed the contract with ICE, didn't you.", None),
        ("Yes or no.", 1),  # presses on the first
        ("Which agencies received the data.", None),
    ]


def test_the_same_question_asked_again_follows_up_on_the_unanswered_one():
    exs = exchanges(
        ("OR", "Mr. Hale, did you personally approve the contract with ICE?"),
        ("W", "Our contracting decisions go through a rigorous review."),
        ("OR", "Reclaiming my time. Did you approve it?"),  # nothing new: asked again
        ("W", "I would have to check the records."),
        ("OR", "Did you approve the amendment to the contract?"),  # asks something new
        ("W", "Yes."),
    )
    assert [(e.id, e.follows) for e in exs] == [(1, None), (2, 1), (3, None)]
