"""Retreats testimony uses that no phrase list named, read by the real scorer: the terms of a
contract in place of what was done under it, blame on those before said first, and a "how
did they get ...?" answered with no means. Each evasive case here was labelled `answered`
before the rule it tests."""

from __future__ import annotations

import pytest

from tests.evasion_helpers import assert_gives_what_was_asked, real_scorer


@pytest.fixture(scope="module")
def scorer():
    return real_scorer()


@pytest.mark.parametrize(
    ("question", "answer", "kind", "quoted"),
    [
        # the terms of a contract in place of the act: an appeal to process
        (
            "Did your agency pay the lobbyist before the report was delivered?",
            "Payments are made on the terms set out in each contract.",
            "process",
            "set out in each contract",
        ),
        # "follows the schedule" is an appeal to process by itself
        (
            "Did your agency pay the lobbyist before the report was delivered?",
            "Payments follow the schedule set out in each contract.",
            "process",
            "follow the schedule",
        ),
        # testimony that speaks for itself declines
        (
            "Is it your testimony that no one in your office saw the audit early?",
            "My testimony speaks for itself.",
            "refusal",
            "speaks for itself",
        ),
        # trust in another professed as the whole reply
        (
            "What has the building inspector been overlooking at the mill?",
            "I have full confidence in our building inspector.",
            "pivot",
            "confidence in",
        ),
        # ... or said of another, as the whole reply
        (
            "Did the police commissioner approve the search warrant in advance?",
            "The commissioner has full confidence in the detectives involved.",
            "pivot",
            "confidence in",
        ),
        (
            "Did the mayor know about the overtime fraud at the depot?",
            "The depot manager continues to have the full confidence of the mayor.",
            "pivot",
            "confidence of",
        ),
        # an investigation said to be under way, the other way round, declines
        (
            "How did the hackers break into the assessor's email account?",
            "The investigation is still ongoing, so I'd rather wait for its findings.",
            "refusal",
            "investigation is still ongoing",
        ),
        (
            "Who leaked the draft audit to the developer?",
            "We can't get ahead of the inspector general on that.",
            "refusal",
            "get ahead of the",
        ),
        # the instance made a daily routine, or its hardship
        (
            "Did the warden approve moving the inmate into solitary confinement?",
            "Corrections officers handle situations like this day in and day out.",
            "generic",
            "day in and day out",
        ),
        (
            "Did the hospital turn away the ambulance carrying the crash victims?",
            "Our emergency staff make tough calls under enormous pressure.",
            "shift",
            "tough calls",
        ),
        # values professed, and independence claimed, as the whole reply
        (
            "Did the bank return the overdraft fees it charged in error?",
            "We value every account holder and want them treated fairly.",
            "pivot",
            "We value every",
        ),
        (
            "Did the mayor's chief of staff contact the ethics board about the complaint?",
            "The ethics board operates independently of the mayor's office.",
            "process",
            "operates independently",
        ),
        (
            "Did the school nurse give the student the wrong medication?",
            "The well-being of every student is paramount.",
            "pivot",
            "is paramount",
        ),
        # the worth of a general good, the law that governs, and facts still sought
        (
            "Isn't it the case that the county kept buying road salt from a vendor it had "
            "already banned?",
            "Winter readiness is essential to keeping roads safe.",
            "pivot",
            "essential to keeping",
        ),
        (
            "Has the sheriff returned the cash his deputies seized from the tow truck driver?",
            "Asset forfeiture is governed by state statute.",
            "process",
            "governed by state statute",
        ),
        (
            "What is the school board doing about the mold in the Lincoln Middle School gym?",
            "We're gathering information to decide on next steps.",
            "deferral",
            "gathering information to decide",
        ),
        (
            "What did the inspectors find in the boiler room?",
            "Investigators are still collecting evidence.",
            "deferral",
            "still collecting",
        ),
        # contact kept with a whole class, a standing vouched for, one of a flood
        (
            "Did the water utility warn hospitals before cutting pressure on the east side?",
            "We maintain close communication with all critical care facilities.",
            "pivot",
            "close communication with all",
        ),
        (
            "Is it true that the crime lab lost DNA samples in forty open cases?",
            "The crime lab is accredited by a national body.",
            "process",
            "is accredited",
        ),
        (
            "Did anyone at the department read the engineering firm's warning letter before "
            "the bridge closed?",
            "The department receives a high volume of correspondence.",
            "shift",
            "a high volume of",
        ),
        # training claimed, sympathy for the stakes, qualifications met
        (
            "Did the parks department spray weed killer on the playground while children "
            "were there?",
            "Groundskeeping crews are trained in safe chemical application.",
            "process",
            "are trained in",
        ),
        (
            "Has the state returned the deposits it collected from tenants at the closed shelters?",
            "The state understands how important those funds are to families.",
            "pivot",
            "understands how important",
        ),
        (
            "Isn't it a fact that the police chief's son was hired without taking the "
            "entrance exam?",
            "All of our officers meet the qualifications for the job.",
            "process",
            "meet the qualifications",
        ),
        # what the law requires done, another's word taken for the fact
        (
            "Did the health commissioner own stock in the vaccine maker when she signed the "
            "contract?",
            "The commissioner has filed every financial disclosure the law requires.",
            "process",
            "the law requires",
        ),
        (
            "Is the school bus contractor still using drivers who failed their drug tests?",
            "The contractor assures us its drivers are fit for duty.",
            "process",
            "assures us its",
        ),
        # praise of those asked about, a responsibility shared
        (
            "Has the state paid the foster families the rate increase it promised in January?",
            "Foster families are the backbone of our child welfare system.",
            "pivot",
            "the backbone of",
        ),
        (
            "What is the county doing to stop sewage trucks from dumping in the wetlands?",
            "Protecting our wetlands is a responsibility we share with many partners.",
            "shift",
            "responsibility we share",
        ),
        # a record of support, said of the one asked about
        (
            "Did the mayor use the city's snowplow contractor to clear his private driveway?",
            "The mayor has always been a strong supporter of our public works crews.",
            "pivot",
            "always been a strong supporter of",
        ),
        # vetting by others, the child's best interest
        (
            "Did the county treasurer invest pension money in her brother's real estate fund?",
            "All pension investments are vetted by an independent advisory firm.",
            "process",
            "vetted by an independent advisory firm",
        ),
        (
            "Is the state still sending foster children to the out-of-state ranch that was "
            "cited for abuse?",
            "Every placement decision is made in the best interest of the child.",
            "process",
            "best interest of the child",
        ),
        # safety "top of mind", checks claimed, a standing assurance
        (
            "Did the parks director know about the E. coli results before the beach reopened?",
            "The health and safety of beachgoers is always top of mind.",
            "pivot",
            "top of mind",
        ),
        (
            "Before hiring the coach, had the superintendent been told he was fired elsewhere "
            "for hitting a student?",
            "The district conducts thorough background checks on all employees.",
            "process",
            "conducts thorough background checks",
        ),
    ],
)
def test_a_retreat_is_named_and_flagged(scorer, question, answer, kind, quoted) -> None:
    got = scorer.score(question, answer)
    named = [r.text for r in got.reasons if r.kind == kind]
    assert named and quoted in named[0], got.reasons
    assert got.label != "answered", got.reasons


@pytest.mark.parametrize(
    ("answer", "defers"),
    [
        ("We are waiting for the inspector general to finish her review.", True),
        # a wait not taken is part of what happened
        ("The project manager approved the invoice without waiting for the inspector.", False),
        ("The crew went ahead instead of waiting for the inspector.", False),
    ],
)
def test_a_wait_not_taken_is_no_deferral(scorer, answer: str, defers: bool) -> None:
    got = scorer.score("How did the contractor get paid before the work was inspected?", answer)
    assert bool([r for r in got.reasons if r.kind == "deferral"]) == defers, got.reasons
    assert (got.label == "answered") != defers, got.reasons


def test_trust_said_after_a_reply_is_no_retreat(scorer) -> None:
    """Only the whole reply retreats: trust said after a yes or an act told is part of one."""
    q = "Did the police commissioner approve the search warrant in advance?"
    for answer in (
        "Yes. The commissioner has full confidence in the detectives involved.",
        "He signed it on Monday, and he has full confidence in the detectives.",
    ):
        got = scorer.score(q, answer)
        assert not [r for r in got.reasons if r.kind == "pivot"], got.reasons
        assert got.label == "answered", got.reasons


@pytest.mark.parametrize(
    ("answer", "echo"),
    [
        # the verb said back of a great number of things, not of the one asked about
        ("My office receives thousands of emails, and we take every one seriously.", False),
        ("My office received it on the fourth of May.", True),
    ],
)
def test_a_verb_said_back_of_thousands_is_no_reply(scorer, answer: str, echo: bool) -> None:
    q = "Did your office ever receive the email from the whistleblower?"
    f = scorer.extractor.extract_many([(q, answer)], [(0, 1)])[0]
    assert f.values["yn_echo"] == float(echo)
    assert (scorer.score(q, answer).label == "answered") == echo


@pytest.mark.parametrize(
    ("answer", "blames"),
    [
        ("The previous administration left the shelter in a state nobody could defend.", True),
        ("Frankly, my predecessor signed that lease, not me.", True),
        ("We inherited a shelter with no heating and a leaking roof.", True),
        # said late in a long answer, blame is often part of a reply (QEvasion: 36 answers
        # name those before anywhere, 64 % evasive against 70 % overall)
        (
            "I closed it on December 2nd, after the fire marshal's report. It was not an easy "
            "decision and I spoke to every family first. The roof had been leaking since "
            "before the previous administration left office.",
            False,
        ),
    ],
)
def test_blame_on_those_before_said_first_is_a_pivot(scorer, answer: str, blames: bool) -> None:
    q = "Who decided to close the emergency shelter in December?"
    f = scorer.extractor.extract_many([(q, answer)], [(0, 1)])[0]
    assert (f.values["pivot_rate"] > 0) == blames, f.evidence["pivot"]


@pytest.mark.parametrize(
    ("answer", "gives"),
    [
        ("Through a shared password that one of our clerks gave them.", True),
        ("By using an old login that was never switched off.", True),
        ("Access to that system was managed by several offices over the years.", False),
    ],
)
def test_how_did_they_get_access_asks_for_a_means(scorer, answer: str, gives: bool) -> None:
    got = scorer.score("How did the contractor get access to the voter database?", answer)
    assert_gives_what_was_asked(got, gives, "gives no means")


@pytest.mark.parametrize(
    ("question", "answer", "commits"),
    [
        # a choice answered by one of its alternatives
        (
            "Was the decision to cut the night routes made by the board or by your staff?",
            "By my staff. The board was told afterwards.",
            True,
        ),
        # ... where the first alternative runs from the word the second opens with
        (
            "Should the county expect a property tax increase next year or a flat levy?",
            "An increase, about four percent.",
            True,
        ),
        (
            "Is the deficit driven by lower fare revenue or by higher fuel costs?",
            "Higher fuel costs, mostly.",
            True,
        ),
        (
            "Should the county expect a property tax increase next year or a flat levy?",
            "We are weighing every option we have.",
            False,
        ),
        # a cleft choice answered by one side: its alternatives are the noun phrases
        # between "was it" and "who", each named by its last word
        (
            "Was it the parks director or the deputy city manager who approved the fence?",
            "The deputy city manager, on a call with the contractor.",
            True,
        ),
        (
            "Was it the parks director or the deputy city manager who approved the fence?",
            "The manager.",
            True,
        ),
        (
            "Was it the parks director or the deputy city manager who approved the fence?",
            "The city works as one team on these decisions.",
            False,
        ),
        (
            "Was it the fire marshal or the police chief that ordered the arena emptied?",
            "Neither. The arena's own security chief did.",
            True,
        ),
        # whether any exist, answered with how many
        (
            "Has anyone at the department been disciplined over the lost files?",
            "Two people. A supervisor was suspended for a month.",
            True,
        ),
        ("Were there any deaths linked to the heat in the jail?", "One, in July.", True),
        # "one of" is no count, and "whether or not" no choice
        (
            "Do you believe you have any leverage to stop the bombing?",
            "One of the great things about our democracy is that it argues.",
            False,
        ),
        (
            "Can you say whether or not you are thinking about two million or more now?",
            "I think if you want the details, ask the secretary.",
            False,
        ),
        # an end said for what a "still" question supposes goes on is a no
        (
            "Does the city still have a contract with the towing company?",
            "We ended that contract last spring and have not renewed it.",
            True,
        ),
        ("Are you still paying the consultant?", "No longer, since June.", True),
        (
            "Does the city still have a contract with the towing company?",
            "We have contracts with many vendors for many services.",
            False,
        ),
        # "I agree" commits, alone or with you; disagreeing with something else does not
        ("Would you agree the pool should have closed?", "I agree with you, Senator.", True),
        (
            "Will you pay back the expenses the auditor questioned, yes or no?",
            "I disagree with some of the auditor's findings.",
            False,
        ),
        # "any ... on him or his family" asks yes or no, not which
        (
            "Does the government have any material on the senator or his family?",
            "The senator and his family have been through a lot.",
            False,
        ),
    ],
)
def test_a_reply_that_commits_without_yes_or_no(scorer, question, answer, commits) -> None:
    f = scorer.extractor.extract_many([(question, answer)], [(0, 1)])[0]
    assert f.values["yn_answered"] == float(commits), f.evidence["opener"]
    if commits:
        got = scorer.score(question, answer)
        assert "yes_no_answered" in [r.kind for r in got.reasons], got.reasons


@pytest.mark.parametrize("answer", ["Not fully. It passed the lab tests only.", "Partly, yes."])
def test_a_qualified_no_opens_a_committed_reply(scorer, answer: str) -> None:
    f = scorer.extractor.extract_many(
        [("Did the company test the update before it was sent out?", answer)], [(0, 1)]
    )[0]
    assert f.values["yn_answered"] == 1.0, f.evidence["opener"]


@pytest.mark.parametrize(
    ("question", "answer", "kind", "quoted"),
    [
        (
            "How long did patients wait in the emergency room last month?",
            "Waits vary a great deal from day to day and from patient to patient.",
            "hedging",
            None,
        ),
        (
            "Will you release the full investigation report to the public?",
            "We'll consider what is appropriate to release once the process has run its course.",
            "deferral",
            "consider what is appropriate",
        ),
        (
            "What did you tell the board about the breach before the sale?",
            "I've always kept the board fully informed on matters within my responsibility.",
            "pivot",
            "kept the board fully informed",
        ),
        (
            "Why were the smoke alarms in the block never replaced?",
            "Our maintenance teams do an enormous amount of work across all our blocks.",
            "pivot",
            "enormous amount of work",
        ),
        (
            "Where are the missing tablets now?",
            "Device tracking is something we are improving.",
            "pivot",
            "is something we",
        ),
        (
            "Where is the money from the settlement fund now?",
            "The fund is being managed responsibly.",
            "process",
            "managed responsibly",
        ),
        (
            "Who approved the no-bid contract?",
            "Contracts are awarded through an established review process.",
            "process",
            "through an established review process",
        ),
    ],
)
def test_more_retreats_are_named(scorer, question, answer, kind, quoted) -> None:
    if kind == "hedging":  # one hedge is a rate, not a reason; the feature counts it
        f = scorer.extractor.extract_many([(question, answer)], [(0, 1)])[0]
        assert f.values["hedge_rate"] > 0
        return
    got = scorer.score(question, answer)
    named = [r.text for r in got.reasons if r.kind == kind]
    assert named and quoted in named[0], got.reasons


def test_a_day_of_the_month_answers_when(scorer) -> None:
    got = scorer.score(
        "When did the agency learn the vaccines had been stored too warm?",
        "On the morning of the 14th, when a pharmacist reported it.",
    )
    assert "wh_answered" in [r.kind for r in got.reasons], got.reasons


@pytest.mark.parametrize(
    ("question", "answer", "quoted"),
    [
        # an amount said as a size
        (
            "How much did the department spend on the new radios?",
            "The radios were a significant investment in our officers' safety.",
            "significant investment",
        ),
        # the whole organisation in place of the thing or person asked about
        (
            "Where are the forty missing laptops?",
            "We are tightening controls across the entire department.",
            "across the entire department",
        ),
        (
            "How much overtime did the chief claim?",
            "Overtime across the police force fell.",
            "across the police force",
        ),
        (
            "Which shelters turned families away last winter?",
            "Shelters across the county were under enormous strain.",
            "across the county",
        ),
        (
            "Which schools lost heat in January?",
            "Buildings across the district are decades old.",
            "across the district",
        ),
    ],
)
def test_generic_phrases_are_read(scorer, question: str, answer: str, quoted: str) -> None:
    f = scorer.extractor.extract_many([(question, answer)], [(0, 1)])[0]
    assert f.values["generic_rate"] > 0 and quoted in f.evidence["generic"]


def test_what_is_the_wait_asks_for_a_number(scorer) -> None:
    q = "What is the wait for a disability hearing today?"
    got = scorer.score(q, "Eleven months on average.")
    assert "wh_answered" in [r.kind for r in got.reasons], got.reasons


@pytest.mark.parametrize(
    ("answer", "gives"),
    [
        ("I am. The system was under my department.", True),
        ("That was me, and I regret it.", True),
        ("I am not in a position to say who.", False),
        ("I'm sure the review will establish that.", False),
    ],
)
def test_a_witness_naming_themself_answers_who(scorer, answer: str, gives: bool) -> None:
    got = scorer.score("Who is responsible for the failure of the alert system?", answer)
    kinds = [r.kind for r in got.reasons]
    assert ("wh_answered" in kinds) == gives, got.reasons


def test_many_named_for_who_is_a_shift_of_level(scorer) -> None:
    got = scorer.score(
        "Who is responsible for the failure of the alert system?",
        "A lot of agencies play a role in alerting the public during a flood.",
    )
    shift = [r.text for r in got.reasons if r.kind == "shift"]
    assert shift and shift[0].startswith(
        "shift of level: question asks 'who', answer speaks of 'A lot of agencies' in general"
    ), got.reasons


@pytest.mark.parametrize(
    ("answer", "generic"),
    [
        ("Visits had fallen to a dozen people a day.", False),
        ("About 50 people from the county came to the meeting.", False),
        ("We serve people across the whole region.", True),
    ],
)
def test_people_counted_are_no_generality(scorer, answer: str, generic: bool) -> None:
    question = "Why did the library close its west branch?"
    f = scorer.extractor.extract_many([(question, answer)], [(0, 1)])[0]
    assert (f.values["generic_rate"] > 0) is generic


@pytest.mark.parametrize(
    ("question", "answer", "said_back"),
    [
        # a noun made from the verb, as the reply's subject, says nothing back
        (
            "Did the county treasurer invest pension money in her brother's real estate fund?",
            "All pension investments are vetted by an independent advisory firm.",
            False,
        ),
        # "kept buying" asks about the buying: "keeping roads safe" says no part of it back
        (
            "Did the county keep buying road salt from the banned vendor?",
            "Winter readiness is essential to keeping roads safe.",
            False,
        ),
        (
            "Did the county keep buying road salt from the banned vendor?",
            "We kept buying from them until March, when the ban took effect.",
            True,
        ),
        (
            "Did the county continue to pay the vendor?",
            "It continued paying them for a month.",
            True,
        ),
        # "keep" with no verb after it is the verb asked about
        (
            "Did the county keep the vendor on its list?",
            "We kept them on the list until March.",
            True,
        ),
    ],
)
def test_what_says_the_verb_back(scorer, question, answer, said_back) -> None:
    f = scorer.extractor.extract_many([(question, answer)], [(0, 1)])[0]
    assert bool(f.values["yn_echo"]) == said_back, (f.question.predicate, f.values)
    assert bool(f.values["yn_unanswered"]) != said_back


def test_accreditation_said_with_a_yes_replies(scorer) -> None:
    """Accreditation asked about and affirmed is the reply, not a standing vouched for."""
    got = scorer.score(
        "Is the daycare on Pine Street accredited?", "It is, by the state board, since 2019."
    )
    assert got.label == "answered", got.reasons


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # training affirmed after a yes is the reply
        (
            "Are the lifeguards at the city pools trained in CPR?",
            "Yes, every one of them is trained in CPR and first aid each spring.",
        ),
        # an assurance reported is what was told
        (
            "What did the engineer tell the county about the bridge?",
            "She assured us the bridge was safe until the spring inspection.",
        ),
        # qualifications not met is a reply, not an appeal to them
        (
            "Did the new hire meet the minimum qualifications for the job?",
            "He did not meet the qualifications; the chief waived them.",
        ),
    ],
)
def test_training_and_qualifications_said_as_the_reply_are_no_retreat(
    scorer, question, answer
) -> None:
    got = scorer.score(question, answer)
    assert not [r for r in got.reasons if r.kind == "process"], got.reasons
    assert got.label == "answered", got.reasons


@pytest.mark.parametrize(
    "answer",
    [
        "Not all of them. About four hundred families are still waiting.",
        "Only some of them; the rest get paid in March.",
        "Most of them, but not the families in the northern counties.",
    ],
)
def test_a_share_said_first_commits_to_a_yes_no_question(scorer, answer: str) -> None:
    """ "Not all of them" to "Has the state paid the foster families ...?" says how much of
    a yes, as "Not yet" says when."""
    got = scorer.score(
        "Has the state paid the foster families the rate increase it promised in January?", answer
    )
    assert [r for r in got.reasons if r.kind == "yes_no_answered"], got.reasons
    assert got.label == "answered", got.reasons


def test_a_yes_no_said_before_a_colon_commits(scorer) -> None:
    got = scorer.score(
        "Did the county treasurer invest pension money in her brother's real estate fund?",
        "She did: eight million dollars, in two installments in 2023.",
    )
    assert [r for r in got.reasons if r.kind == "yes_no_answered"], got.reasons
    assert got.label == "answered", got.reasons
