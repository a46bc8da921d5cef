"""How the real scorer reads the questions hearings ask without a plain question form.

Members frame questions ("I'd like to know whether ...", "When you met him, did you ...?")
and Whisper ends many with a full stop. The form read decides the heaviest signs (a yes/no
question with no yes/no in its answer), so a misread form is a wrong reason an analyst
sees. Pure regex cases are in test_evasion_text.py and test_procedural.py.
"""

from __future__ import annotations

import pytest

from tests.evasion_helpers import real_scorer


@pytest.fixture(scope="module")
def scorer():
    return real_scorer()


def test_a_clause_before_the_question_leaves_the_predicate_to_the_question(scorer) -> None:
    """ "When you met him ..., did you discuss ...?" asks yes or no about "discuss": an
    answer that says it back has replied, and "discussed" covers "discuss"."""
    q = "When you met him in March, did you discuss the sanctions?"
    a = "We discussed the sanctions at length, and he agreed to review them."
    f = scorer.extractor.extract_many([(q, a)], [(0, 1)])[0]
    assert f.values["q_yesno"] == 1.0 and f.values["q_wh"] == 0.0
    assert f.values["yn_echo"] == 1.0 and f.values["yn_unanswered"] == 0.0
    got = scorer.score(q, a)
    assert got.label == "answered", got.reasons
    assert not any("missing" in r.text and "discuss" in r.text for r in got.reasons)


def test_an_indirect_question_is_read_as_the_question_it_frames(scorer) -> None:
    q = "Director Hale, I'd like to know whether your office shares data with ICE."
    vague = scorer.score(q, "We work with a variety of agencies at every level of government.")
    kinds = [r.kind for r in vague.reasons]
    assert vague.label == "evasive" and "yes_no_unanswered" in kinds, vague.reasons
    direct = scorer.score(q, "No. We have never shared data with ICE.")
    assert direct.label == "answered" and direct.score < vague.score - 0.3
    # the frame's words are not terms the answer is said to miss
    assert not any("'like'" in r.text or "'know'" in r.text for r in vague.reasons)


def test_a_tag_question_said_with_a_full_stop_is_a_yes_no_question(scorer) -> None:
    q = "You signed the contract with ICE, didn't you."
    f = scorer.extractor.extract_many([(q, "Our focus has always been on customers.")], [(0, 1)])
    assert f[0].values["q_yesno"] == 1.0 and f[0].values["yn_unanswered"] == 1.0
