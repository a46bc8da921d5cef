"""Sentence splitting, question detection and the procedural-talk filter."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hearing.procedural import (
    chair_cues,
    is_followup,
    is_procedural,
    is_procedural_sentence,
    is_thanks,
    pressing,
    procedural_kind,
    strip_preamble,
    witness_cues,
)
from hearing.sentences import is_question, split_sentences


def test_split_keeps_titles_and_abbreviations_inside_sentences():
    text = "Thank you, Mr. Chairman. Ms. Hale, did the U.S. agency share approx. five files? Yes."
    assert split_sentences(text) == [
        "Thank you, Mr. Chairman.",
        "Ms. Hale, did the U.S. agency share approx. five files?",
        "Yes.",
    ]


def test_split_handles_missing_final_punctuation_and_whitespace():
    assert split_sentences("  One.   Two three  ") == ["One.", "Two three"]
    assert split_sentences("") == []
    assert split_sentences(" \n ") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Does your company have a contract with ICE?",
        "Did you approve that.",  # Whisper dropped the question mark
        "Why did the agency share the data",
        "How many records were shared.",
        "Can you tell the committee who signed it.",
        "Please explain why the audit was delayed.",
        "My question is whether you knew.",
        "And would you agree that it was a mistake.",
        # indirect questions, which Whisper ends with a full stop
        "I would like to know whether your company sells to ICE.",
        "Director Hale, I want to understand how this happened.",
        "I’d like to know when you learned of it",
        "I wonder if you have read the report.",
        "I was wondering whether anyone was disciplined.",
        "I'm curious why the audit was delayed.",
        "I'd be interested to hear what the budget is.",
        "The American people deserve to know what happened.",
        "Help me understand the delay.",
        "Describe for the committee how the program works.",
        "Talk to us about the contract with ICE.",
        "I would ask you to explain the delay.",
        # tag questions and short follow-ups, also said with a full stop
        "You knew about the breach, didn't you.",
        "You signed the contract, correct.",
        "Your company sells to ICE, yes or no.",
        "Just yes or no, did you sign it.",
        "Yes or no.",
        "Which agencies received the data.",
        "How so.",
        "Why not.",
        # a clause before the question
        "If you messaged anybody this week, would you share with us the names.",
        "Given everything we heard today, do you still stand by that statement.",
        "Now, as to the budget, what is the plan.",
        "Let me ask you this: do you think that is fair.",
        "Just to be clear, did you sign the contract before the audit.",
        "As far as the budget goes, do you expect a shortfall.",
        # forms QEvasion's question turns use without their question marks
        "How hard is it for you to run the agency without a deputy.",
        "What's your comment on the audit.",
        "What makes you think the vendor will deliver this time.",
        "Who told you to delete the emails.",
        "Should witnesses be allowed to read prepared answers.",
        "My question is: why not publish the report.",
    ],
)
def test_questions_are_detected(sentence):
    assert is_question(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "What we found was troubling.",
        "We shared the data with several agencies.",
        "Let me ask about accuracy, then.",
        "I have three questions.",
        "I think we know why that happened.",
        "I know why you did it.",
        "I want to thank the witnesses.",
        "We need to fix this.",
        "Let me talk about our record.",
        "I ask unanimous consent to enter this letter into the record.",
        "I'm wondering.",
        "Which is why we acted.",
        "It was wrong, and we said so.",
        "I think that is correct.",
        "In March, we signed the contract.",
        "If we had known, we would have acted.",
        "Given the delay, we asked for more time.",
        "How wonderful!",
        "What's important is that nobody was hurt.",
        "Should have moved faster.",
        "How we got here is a long story.",
        "...",
        "",
    ],
)
def test_statements_are_not_questions(sentence):
    assert not is_question(sentence)


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The committee will come to order.", "chair"),
        ("The chair recognizes Senator Ortiz for five minutes.", "chair"),
        ("Senator Chen, you're recognized.", "chair"),
        ("Without objection, so ordered.", "chair"),
        ("The gentleman's time has expired.", "chair"),
        ("This hearing is adjourned.", "chair"),
        ("Do you solemnly swear that the testimony you are about to give is the truth?", "chair"),
        ("I yield back.", "member"),
        ("I yield back the balance of my time.", "member"),
        ("Thank you for having me.", "witness"),
        ("Thank you, Mr. Chairman.", "thanks"),
        ("Thank you, Director Hale, for your testimony.", "thanks"),
        ("Thank you very much.", "thanks"),
        ("That's a great question, Senator.", "thanks"),
    ],
)
def test_procedural_kinds(sentence, kind):
    assert procedural_kind(sentence) == kind


@pytest.mark.parametrize(
    "sentence",
    [
        "I recognize the concern, Senator.",
        "We'll take a look at that.",
        "I would welcome the chance to work with you.",
        "Thank you for confirming that you shared the data.",
        "Thank you, Senator, we did share the data.",
        "Does your company have a contract with ICE?",
        "I do.",
    ],
)
def test_content_is_not_procedural(sentence):
    assert not is_procedural_sentence(sentence)


def test_strip_preamble_drops_thanks_but_keeps_content():
    assert (
        strip_preamble("Thank you, Senator. That's a fair question. We did not.") == "We did not."
    )
    assert strip_preamble("Thank you, Senator, the answer is no.") == "The answer is no."
    assert strip_preamble("Thank you, Mr. Chairman.") == ""
    assert strip_preamble("No. Thank you.") == "No. Thank you."


def test_is_procedural_needs_every_sentence_procedural():
    assert is_procedural("Thank you. I yield back.")
    assert not is_procedural("Thank you. Why did you share it?")
    assert not is_procedural("")


def test_cue_counts():
    assert chair_cues("The committee will come to order. Without objection, so ordered.") == 2
    assert witness_cues("Thank you for having me. My written testimony covers this.") == 2
    assert chair_cues("We shared the data.") == 0


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("So is that a yes?", True),
        ("Just to be clear, you did share it?", True),
        ("Let me ask again: did you share it?", True),
        ("Director, that was not my question.", True),
        ("Yes or no, have you sold access?", True),
        ("That's not what I asked.", True),
        # every press opens a follow-up, with the press's own spellings
        ("Is that yes?", True),
        ("Please answer the question.", True),
        ("Let me ask it again, did you share it?", True),
        ("Let me try that again.", True),
        ("That's my question.", False),
        ("Let me ask about accuracy, then.", False),
        ("So how many records were shared?", False),
        ("Does your company require a warrant?", False),
    ],
)
def test_followups(question, expected):
    assert is_followup(question) is expected


@pytest.mark.parametrize(
    ("question", "phrase"),
    [
        ("So is that a yes?", "is that a yes"),
        ("So is that yes?", "is that yes"),  # Whisper drops the "a"
        ("Director, that was not my question.", "that was not my question"),
        ("That's not what I asked. Did you sell it?", "That's not what I asked"),
        ("You didn't answer the question, Director.", "You didn't answer"),
        ("I'll ask again: did you sell it?", "I'll ask again"),
        ("Let me ask you one more time.", "Let me ask you one more time"),
        ("Which is it?", "Which is it"),
        ("Just to be clear, you did share it?", None),  # follows up, does not press
        ("So you're saying you sold it?", None),
        ("Is that right?", None),
        ("That's my question.", None),
    ],
)
def test_pressing_names_only_a_press_on_the_answer(question, phrase):
    assert pressing(question) == phrase


def test_thanks_only():
    assert is_thanks("Thanks, Dana.")
    assert not is_thanks("Thanks, Dana, we're done with the audit.")


@given(st.text(max_size=300))
def test_text_functions_never_raise_and_split_is_stable(text):
    sents = split_sentences(text)
    assert all(s and s == s.strip() for s in sents)
    # Splitting the sentences again gives the same sentences: joins can rely on it.
    assert [p for s in sents for p in split_sentences(s)] == sents
    for s in sents:
        is_question(s)
        procedural_kind(s)
        is_followup(s)
    strip_preamble(text)
