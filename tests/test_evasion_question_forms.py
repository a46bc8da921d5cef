"""How the real scorer reads hearing questions, and the reasons it gives for their answers.

Members frame questions ("I'd like to know whether ...", "When you met him, did you ...?")
and Whisper ends many with a full stop. The form read decides the heaviest signs (a yes/no
question with no yes/no in its answer), so a misread form is a wrong reason an analyst
sees. Pure regex cases are in test_evasion_text.py and test_procedural.py.
"""

from __future__ import annotations

import pytest

from tests.evasion_helpers import assert_gives_what_was_asked, real_scorer


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


def test_a_named_agency_is_not_found_inside_another_word(scorer) -> None:
    """ "ICE" is in "service": the motivating non-answer, asked as a wh-question, had lost
    its shift because the name was found inside "face recognition service"."""
    q = "What is your company's relationship with ICE?"
    a = "We provide our face recognition service to a variety of government agencies."
    got = scorer.score(q, a)
    assert got.label in ("evasive", "partial"), got.reasons
    shift = [r for r in got.reasons if r.kind == "shift"]
    assert shift and "'ICE'" in shift[0].text and shift[0].weight > 0, got.reasons


def test_how_many_asks_for_a_number_not_for_the_word_many(scorer) -> None:
    got = scorer.score("How many people were affected by the breach?", "About 4.2 million.")
    assert got.label == "answered"
    assert not any("'many'" in r.text for r in got.reasons), got.reasons


def test_plurals_and_spacys_lemmas_match_the_answer_s_words(scorer) -> None:
    """ "agencies" ~ "agency", and "data", which spaCy lemmatises as "datum"."""
    q = "Which agencies received user data from your company?"
    a = "Two agencies received user data from the company: the state police and the FBI."
    f = scorer.extractor.extract_many([(q, a)], [(0, 1)])[0]
    assert {"agencies", "data", "company"} <= set(f.evidence["covered"]), f.evidence


def test_a_committed_reply_keeps_its_settling_credit_despite_a_generic_phrase(scorer) -> None:
    q = "Is the water in Flint safe to drink today?"
    got = scorer.score(q, "Not yet. Lead levels are still above the limit in some homes.")
    assert got.label == "answered"
    assert not any("does not count as settling" in r.text for r in got.reasons), got.reasons


def test_saying_a_yes_no_question_back_is_a_reply_not_a_restatement(scorer) -> None:
    got = scorer.score("Do you support the bill as written?", "I support the bill as written.")
    assert got.label == "answered" and "restate" not in [r.kind for r in got.reasons]


def test_a_promise_to_keep_working_with_the_committee_is_no_commitment(scorer) -> None:
    q = "Will you commit to releasing the full report to this committee?"
    vague = scorer.score(q, "We will continue to work with the committee and its staff.")
    assert vague.label in ("evasive", "partial"), vague.reasons
    assert "process" in [r.kind for r in vague.reasons]
    assert not any(r.kind == "yes_no_settled" for r in vague.reasons)


def test_a_number_in_words_answers_how_long(scorer) -> None:
    got = scorer.score("How long will the repairs take?", "About eighteen months, if funded.")
    assert not any("gives no number" in r.text for r in got.reasons), got.reasons
    assert any("gives one" in r.text for r in got.reasons)


def test_i_cant_speak_for_hands_the_question_to_someone_else(scorer) -> None:
    got = scorer.score(
        "Who made the decision to close the clinic?", "I can't speak for the office."
    )
    assert got.label == "evasive" and "deferral" in [r.kind for r in got.reasons], got.reasons


def test_a_question_asked_again_is_noted_on_the_answer_that_did_not_answer(scorer) -> None:
    from hearing.document import Exchange
    from hearing.evasion import score_exchanges

    q = "Did you personally approve the contract with ICE?"
    exs = [
        Exchange(1, q, "Our decisions go through a rigorous review.", [0], [1], "A", "W", 0, 9),
        Exchange(2, "Did you approve it?", "I'd have to check.", [2], [3], "A", "W", 9, 12),
    ]
    exs[1].follows = 1
    score_exchanges(exs, scorer)
    notes = [r.text for r in exs[0].reasons if r.kind == "pressed"]
    assert notes == ["the asker asked again in exchange 2: 'Did you approve it?'"]


def test_a_person_named_by_office_answers_who(scorer) -> None:
    got = scorer.score("And who signs those orders?", "Federal judges sign them.")
    assert any(r.kind == "wh_answered" for r in got.reasons), got.reasons


def test_a_yes_said_late_is_not_called_no_yes(scorer) -> None:
    """The sign counts a yes or no in the first 40 words; one said later is quoted, so the
    reason does not claim the answer never says it."""
    q = "Did your company sign a contract with ICE?"
    preamble = "We have worked with law enforcement for many years and we are proud of it. " * 4
    got = scorer.score(q, preamble + "And to your question, yes, we did sign one in 2018.")
    texts = [r.text for r in got.reasons if r.kind == "yes_no_unanswered"]
    assert texts and "until late in the answer" in texts[0] and "yes, we did" in texts[0]


def test_that_is_correct_opens_a_committed_reply(scorer) -> None:
    got = scorer.score("Did your company sign a contract with ICE?", "That is correct, in 2018.")
    assert got.label == "answered" and "yes_no_answered" in [r.kind for r in got.reasons]


def test_not_to_my_knowledge_is_a_hedged_reply(scorer) -> None:
    """A qualified denial replies, hedged: not 'no yes/no in answer', and flagged no more
    than partial."""
    got = scorer.score("Did your company sign a contract with ICE?", "Not to my knowledge.")
    kinds = [r.kind for r in got.reasons]
    assert "yes_no_unanswered" not in kinds and got.label != "evasive", got.reasons


def test_a_claim_of_privilege_declines(scorer) -> None:
    q = "What did you tell the President about the intelligence?"
    got = scorer.score(q, "My conversations with the President are privileged.")
    assert "refusal" in [r.kind for r in got.reasons], got.reasons


def test_what_is_the_total_cost_asks_for_a_number(scorer) -> None:
    q = "What is the total cost of the program to date?"
    vague = scorer.score(q, "The program's value to taxpayers far exceeds its cost.")
    assert any("gives no number" in r.text for r in vague.reasons), vague.reasons
    given = scorer.score(q, "One point two billion dollars through September.")
    assert any("gives one" in r.text for r in given.reasons), given.reasons


def test_several_is_no_number(scorer) -> None:
    got = scorer.score("How many agencies received the data?", "Several agencies did.")
    assert any("gives no number" in r.text for r in got.reasons), got.reasons


def test_saying_the_verb_back_about_something_generic_is_no_reply(scorer) -> None:
    """ "I was briefed on many topics" to "Were you briefed on this?" is the non-denial;
    "I was briefed on the breach" says it back, and "I support the bill, as do many
    members" too (the generic word is not what the verb is about)."""
    q = "Were you briefed on the breach in March?"
    cases = [
        ("I was briefed on many topics in March.", 0.0),
        ("I was briefed on the breach on March 3rd.", 1.0),
    ]
    for answer, echo in cases:
        f = scorer.extractor.extract_many([(q, answer)], [(0, 1)])[0]
        assert f.values["yn_echo"] == echo, answer
    f = scorer.extractor.extract_many(
        [("Do you support the bill?", "I support the bill, as do many members.")], [(0, 1)]
    )[0]
    assert f.values["yn_echo"] == 1.0


@pytest.mark.parametrize(
    ("question", "answer", "none"),
    [
        # "as soon as" and "soon" promise, they give no time
        (
            "When did you first learn that the pipeline was leaking?",
            "We learned about it through the normal channels, and we acted as soon as we could.",
            "no time or date",
        ),
        # "once it is safe" is a condition, not a count
        (
            "How long will the bridge remain closed?",
            "The bridge will reopen once it is safe to do so.",
            "no number",
        ),
        # "one of our highest priorities" counts nothing
        (
            "How many people are still on the waiting list for housing?",
            "Far too many, and that is why housing is one of our highest priorities.",
            "no number",
        ),
    ],
)
def test_words_that_only_look_like_a_time_or_number_do_not_answer(
    scorer, question: str, answer: str, none: str
) -> None:
    got = scorer.score(question, answer)
    wh = [r for r in got.reasons if r.kind.startswith("wh_")]
    assert [r.kind for r in wh] == ["wh_unanswered"], got.reasons
    assert f"the answer gives {none}" in wh[0].text and wh[0].weight > 0


@pytest.mark.parametrize(
    ("question", "answer", "count"),
    [
        ("How long will the bridge remain closed?", "Only once, in May, for two days.", True),
        ("How many times did you meet him?", "Once, in his office.", True),
        ("How many officers were there?", "One officer and two deputies.", True),
    ],
)
def test_once_and_one_still_count_when_they_count(scorer, question, answer, count) -> None:
    got = scorer.score(question, answer)
    assert any(r.kind == "wh_answered" for r in got.reasons) is count, got.reasons


@pytest.mark.parametrize(
    "answer",
    [
        "All meetings with vendors are logged according to our ethics policy.",  # a noun
        "Our vendors are among the best met in the industry.",  # degree, not a reply
    ],
)
def test_the_question_verb_said_back_as_a_noun_is_no_reply(scorer, answer: str) -> None:
    """ "Did you meet ...?" - "All meetings ... are logged" says "meet" back as a noun: no
    yes or no was given, and the reasons must say so (before, it read as a reply)."""
    q = "Did you personally meet with the vendor before the award?"
    got = scorer.score(q, answer)
    assert "yes_no_unanswered" in [r.kind for r in got.reasons], got.reasons
    said = scorer.score(q, "I met with the vendor once, at a trade conference in May.")
    assert "yes_no_unanswered" not in [r.kind for r in said.reasons], said.reasons
    assert said.score < got.score


def test_a_copular_question_said_back_with_its_noun_is_a_reply(scorer) -> None:
    f = scorer.extractor.extract_many(
        [("Is this a big problem?", "It is not a big problem, in my view.")], [(0, 1)]
    )[0]
    assert f.values["yn_echo"] == 1.0


@pytest.mark.parametrize(
    ("question", "answer", "kind"),
    [
        (
            "Did the hospital turn away patients during the strike?",
            "Our staff worked tirelessly to serve the community during a very difficult time.",
            "pivot",
        ),
        (
            "Have the lead levels in the school drinking water come down?",
            "We have invested more in our water infrastructure than any previous administration.",
            "pivot",
        ),
        (
            "Who paid for your trip to Singapore?",
            "The trip was entirely appropriate and was reviewed by the ethics office.",
            "process",
        ),
        (
            "Are you prepared to return the campaign donations from the company?",
            "All of my campaign donations were properly reported and fully legal.",
            "process",
        ),
        (
            "Did the transit authority know the brakes were failing before the derailment?",
            "The safety of our riders has always been our number one concern.",
            "pivot",
        ),
        (
            "Does your company have a contract with the state police?",
            "We are very proud of the work we do with public safety partners.",
            "pivot",
        ),
    ],
)
def test_effort_record_and_review_are_retreats_not_settling(
    scorer, question: str, answer: str, kind: str
) -> None:
    """Circa's head reads a cooperative-sounding declarative as settling a yes/no question;
    effort, record and a review by someone else are retreats, named, and earn no credit."""
    got = scorer.score(question, answer)
    kinds = [r.kind for r in got.reasons]
    assert kind in kinds, got.reasons
    assert "yes_no_settled" not in kinds, got.reasons
    assert got.label != "answered", got.reasons


def test_an_answer_that_opens_with_what_was_asked_misses_no_terms(scorer) -> None:
    """ "How many inspectors ...?" - "Four hundred and twelve, ..." leaves the terms
    understood; it was "covers 0 of 4 key terms" and `partial` with the static encoder."""
    q = "How many inspectors does the agency employ today?"
    got = scorer.score(q, "Four hundred and twelve, down from five hundred and thirty in 2015.")
    assert got.label == "answered", got.reasons
    assert not any(r.text.startswith("answer covers") for r in got.reasons), got.reasons
    vague = scorer.score(q, "We have a dedicated team of professionals who work very hard.")
    assert vague.score > got.score + 0.2


def test_the_question_verb_done_by_someone_else_is_no_reply(scorer) -> None:
    """ "Did you personally review it?" - "It was reviewed by our legal team" shifts the
    agent: no yes or no was given. Said of the witness, it is a reply."""
    q = "Did you personally review the contract before it was signed?"
    other = scorer.score(q, "The contract was reviewed by our legal team, as all contracts are.")
    kinds = [r.kind for r in other.reasons]
    assert "yes_no_unanswered" in kinds and "yes_no_settled" not in kinds, other.reasons
    assert other.label != "answered", other.reasons
    mine = scorer.score(q, "It was reviewed by me, the night before it was signed.")
    assert "yes_no_unanswered" not in [r.kind for r in mine.reasons], mine.reasons


def test_a_rate_asked_with_two_words_before_it_asks_for_a_number(scorer) -> None:
    q = "What is the current vacancy rate among nurses at the state hospital?"
    vague = scorer.score(q, "Staffing is a challenge for every hospital in the country right now.")
    wh = [r for r in vague.reasons if r.kind == "wh_unanswered"]
    assert wh and wh[0].text.startswith("asks 'what is the current vacancy rate'"), vague.reasons
    exact = scorer.score(q, "Twenty-three percent, up from eleven percent before the pandemic.")
    assert exact.label == "answered" and exact.score < vague.score, exact.reasons


def test_what_steps_asks_for_something_done(scorer) -> None:
    """ "What steps has your agency taken ...?" asks what was done: "We encrypted every
    record ..." gives it (and "steps", "taken" are no terms to miss); "Protecting data is
    a top priority" does not."""
    q = "What steps has your agency taken to protect the data since the breach?"
    done = scorer.score(q, "We encrypted every record and hired an outside auditor.")
    assert done.label == "answered", done.reasons
    assert any(r.kind == "wh_answered" for r in done.reasons), done.reasons
    assert not any("'steps'" in r.text or "'taken'" in r.text for r in done.reasons)
    vague = scorer.score(q, "Protecting data is a top priority for us, and we take it seriously.")
    kinds = [r.kind for r in vague.reasons]
    assert "wh_unanswered" in kinds and "pivot" in kinds and vague.label != "answered"


@pytest.mark.parametrize(
    "question",
    [
        "The committee wants to understand why the audit was delayed.",
        "We would like to hear from you why the audit was delayed.",
        "The public deserves to understand why the audit was delayed.",
    ],
)
def test_every_frame_the_pairing_reads_as_a_question_is_dropped_from_the_focus(
    scorer, question: str
) -> None:
    """One frame (sentences.WANT_FRAME) for finding the question and for reading it: the
    scorer had kept "committee wants to understand" as terms the answer missed."""
    from hearing.sentences import is_question

    assert is_question(question)
    f = scorer.extractor.extract_many([(question, "The audit slipped.")], [(0, 1)])[0]
    assert f.question.focus == "why the audit was delayed.", f.question.focus
    from hearing.stems import stem

    frame = {stem(w) for w in ("wants", "understand", "hear", "committee", "public")}
    assert not frame & set(f.question.terms), f.question.terms


@pytest.mark.parametrize(
    ("question", "focus"),
    [
        ("Talk to us about the contract with ICE.", "about the contract with ICE."),
        ("Describe for the committee how the data is stored.", "how the data is stored."),
        ("Explain to us why the audit was delayed.", "why the audit was delayed."),
    ],
)
def test_describe_and_talk_frames_are_one_for_pairing_and_scorer(question, focus) -> None:
    from hearing.evasion.question import question_focus
    from hearing.sentences import is_question

    assert is_question(question) and question_focus(question) == focus


def test_the_shift_not_the_pride_carries_the_motivating_answers_share(scorer) -> None:
    """The sample's first answer ends "and we are proud of our work": both a pivot and the
    shift deny it the credit for settling the question; the reason that takes that share
    is the shift, which is what the analyst needs to see."""
    q = "Does your company have a contract with Immigration and Customs Enforcement?"
    a = (
        "We provide our face recognition service to a variety of government agencies at "
        "the federal, state and local level, and we are proud of our work."
    )
    got = scorer.score(q, a)
    denied = [r for r in got.reasons if r.text.endswith("does not count as settling the question")]
    assert [r.kind for r in denied] == ["shift"], got.reasons
    assert "pivot" in [r.kind for r in got.reasons]


def test_a_verb_asked_by_its_lemma_is_said_back_in_any_form(scorer) -> None:
    """The question's verbs are read by their lemma ("pay", "ask", "run") and the answer's
    words by a crude stem, which kept three-letter bases whole: "Who is paying?" - "The
    state is paying ..." covered no term, and "asked" missed "ask"."""
    got = scorer.score(
        "Who is paying for the cleanup of the river?",
        "The state is paying for it out of the environmental fund, about four million so far.",
    )
    assert not any(r.kind == "coverage" for r in got.reasons), got.reasons
    assert any(r.kind == "wh_answered" for r in got.reasons), got.reasons
    assert got.label == "answered", got.reasons
    f = scorer.extractor.extract_many(
        [("Did you ask the mayor for more money?", "I asked the mayor for money in May.")],
        [(0, 1)],
    )[0]
    assert f.values["yn_echo"] == 1.0 and f.values["cov_terms"] == 1.0, f.evidence


def test_a_body_named_as_the_subject_answers_who_but_not_one_named_in_passing(scorer) -> None:
    q = "Who decided to close the clinic on weekends?"
    body = scorer.score(q, "The state health department decided it, on cost grounds.")
    wh = [r.text for r in body.reasons if r.kind == "wh_answered"]
    assert wh and "'The state health department" in wh[0], body.reasons
    passing = scorer.score(q, "Decisions like that are taken by teams across the department.")
    assert not any(r.kind == "wh_answered" for r in passing.reasons), passing.reasons
    assert passing.score > body.score + 0.15


def test_a_response_time_asks_for_a_number(scorer) -> None:
    q = "What is the average waiting time at the passport office?"
    exact = scorer.score(q, "Six weeks, against three weeks a year ago.")
    assert any(r.kind == "wh_answered" for r in exact.reasons), exact.reasons
    assert exact.label == "answered", exact.reasons
    vague = scorer.score(q, "Our staff are working hard to bring it down.")
    assert any(r.kind == "wh_unanswered" for r in vague.reasons), vague.reasons


def test_which_company_asks_for_a_name(scorer) -> None:
    q = "Which bank handled the bond sale for the city?"
    named = scorer.score(q, "Wells Fargo, at a fee of one percent.")
    assert any(r.kind == "wh_answered" for r in named.reasons), named.reasons
    vague = scorer.score(q, "A reputable national bank with decades of experience.")
    wh = [r.text for r in vague.reasons if r.kind == "wh_unanswered"]
    assert wh and wh[0].startswith("asks 'which bank'"), vague.reasons
    assert vague.score > named.score


@pytest.mark.parametrize(
    ("answer", "gives"),
    [
        ("Rivera, after the vote.", True),  # a name said first
        ("Nobody. It was never authorised.", True),  # a reply to "who"
        ("Honestly, that is still being discussed.", False),  # a discourse word said first
        ("Sure. We will let you know.", False),
        ("No one has ever questioned how those payments are made.", False),  # another question
    ],
)
def test_who_is_answered_by_a_name_or_nobody_said_first(scorer, answer: str, gives: bool) -> None:
    f = scorer.extractor.extract_many([("Who authorised the overtime payments?", answer)], [(0, 1)])
    assert f[0].values["wh_satisfied"] == float(gives), f[0].evidence["wh"]


@pytest.mark.parametrize(
    ("question", "answer", "kind", "quoted"),
    [
        # an institution made one of many: the generic level the witness retreats to
        (
            "Did the contractor miss the deadline on the Elm Street bridge?",
            "Deadlines slip for every contractor on a project that size.",
            "shift",
            "'every contractor'",
        ),
        # effort in place of the result
        (
            "Is the shelter still turning families away at night?",
            "Our volunteers do everything they can to help every family that asks.",
            "pivot",
            "'do everything they can'",
        ),
        # a power in place of the act asked about
        (
            "Did the mayor veto the transit budget last week?",
            "The charter gives the mayor that power and nobody else.",
            "process",
            "charter gives",
        ),
    ],
)
def test_a_retreat_the_circa_head_read_as_settling_is_named_instead(
    scorer, question: str, answer: str, kind: str, quoted: str
) -> None:
    """Each of these read as "reply reads as settling it without a yes or no" (the Circa
    head, which learnt from cooperative replies); the retreat now takes that share."""
    got = scorer.score(question, answer)
    named = [r.text for r in got.reasons if r.kind == kind]
    assert named and quoted in named[0], got.reasons
    assert "yes_no_settled" not in [r.kind for r in got.reasons], got.reasons
    assert got.label != "answered", got.reasons


@pytest.mark.parametrize(
    ("question", "answer", "said_back"),
    [
        # an active question answered in the passive with no agent: nobody is said to have
        ("Did the governor sign the order?", "Orders like that are signed by procedure.", False),
        ("Did the governor sign the order?", "Orders like that are signed under the rules.", False),
        # ... unless the agent asked about is named, or the question was passive too
        ("Did the governor sign the order?", "It was signed by him on Monday.", True),
        ("Was the order signed before the vote?", "It was signed on Monday, before it.", True),
        # a progressive or an adjective after "be" is no passive
        ("Will you support the bill?", "We will be supporting it next week.", True),
    ],
)
def test_a_passive_without_the_agent_asked_about_is_no_reply(
    scorer, question: str, answer: str, said_back: bool
) -> None:
    f = scorer.extractor.extract_many([(question, answer)], [(0, 1)])[0]
    assert f.values["yn_echo"] == float(said_back), f.evidence


def test_a_backlog_asks_for_a_number(scorer) -> None:
    q = "What is the backlog of building permit applications today?"
    exact = scorer.score(q, "Twelve hundred applications, about four months of work.")
    assert any(r.kind == "wh_answered" for r in exact.reasons), exact.reasons
    vague = scorer.score(q, "Every city in the region has a backlog right now.")
    assert any(r.kind == "wh_unanswered" for r in vague.reasons), vague.reasons


def test_what_matters_now_turns_away_from_the_question(scorer) -> None:
    got = scorer.score(
        "Did the landlord know about the broken heating before the cold snap?",
        "What matters now is that the heating works and the tenants are warm.",
    )
    pivot = [r.text for r in got.reasons if r.kind == "pivot"]
    assert pivot and "'What matters now is'" in pivot[0], got.reasons


@pytest.mark.parametrize(
    ("answer", "gives"),
    [
        ("Senator, I would have to check on that.", False),  # an address, not a name given
        ("Mr. Chairman, we are still looking into it.", False),
        ("Senator Ortiz, I'd have to get back to you.", False),
        ("Senator, the deputy director did, in May.", True),  # the answer after the address
        ("Judge Alvarez, on the night of the raid.", True),  # a title that is the answer
    ],
)
def test_an_address_opening_the_answer_is_no_name_given(scorer, answer: str, gives: bool) -> None:
    """Witnesses open with "Senator, ..." or "Mr. Chairman, ..."; read as a name, it told
    the analyst a "Who approved it?" had been answered."""
    got = scorer.score("Who approved the payments to the vendor?", answer)
    assert_gives_what_was_asked(got, gives)


@pytest.mark.parametrize(
    ("question", "answer", "echo"),
    [
        # the participle names the subject; what is asked is whether they are on the shelves
        (
            "Are any of the recalled cribs still on store shelves?",
            "Recalled cribs are a serious matter, and we work with retailers.",
            0.0,
        ),
        ("Were the stolen doses recovered?", "Most were recovered in Reno.", 1.0),
        # the verb said back about people in general, past its preposition
        (
            "Have you spoken with the developer since the zoning vote?",
            "I speak with a great many people in this city.",
            0.0,
        ),
        (
            "Have you spoken with the developer since the zoning vote?",
            "I spoke with him once.",
            1.0,
        ),
        (
            "Have you been contacted by the defendant?",
            "I am contacted by a great many people.",
            0.0,
        ),
    ],
)
def test_what_a_yes_no_answer_must_say_back(scorer, question: str, answer: str, echo) -> None:
    f = scorer.extractor.extract_many([(question, answer)], [(0, 1)])[0]
    assert f.values["yn_echo"] == echo
