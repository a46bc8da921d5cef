"""Pure parts of the evasion features: sentence splitting, stems, question forms, lexicons."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hearing.evasion import lexicon as lx
from hearing.evasion import phrases as ph
from hearing.evasion.question import (
    analyse_question,
    question_focus,
    question_from_context,
    question_kind,
)
from hearing.evasion.reading import embedded_sentences
from hearing.evasion.text import split_sentences, words
from hearing.stems import stem

sentence = st.from_regex(r"[A-Z][a-z]{1,8}( [a-z]{1,8}){2,8}[.?!]", fullmatch=True)


@given(st.lists(sentence, min_size=1, max_size=8), st.sampled_from([" ", "", "  "]))
def test_split_keeps_every_word_in_order(sents: list[str], sep: str) -> None:
    text = sep.join(sents)
    parts = split_sentences(text)
    assert words(" ".join(parts)) == words(text)
    assert len(parts) <= len(sents)


@given(st.text(max_size=200))
def test_split_never_fails_and_drops_no_words(text: str) -> None:
    assert words(" ".join(split_sentences(text))) == words(" ".join(text.split()))


def test_split_glued_transcript_sentences_and_titles() -> None:
    got = split_sentences(
        "We talked about trade and other issues.And so we agreed. Mr. Xi said so."
    )
    assert got == [
        "We talked about trade and other issues.",
        "And so we agreed.",
        "Mr. Xi said so.",
    ]


@given(st.from_regex(r"[a-z]{3,12}", fullmatch=True))
def test_stem_is_a_prefix_and_short(word: str) -> None:
    s = stem(word)
    assert word.startswith(s) and 1 <= len(s) <= 7


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("approve", "approved"),
        ("tariffs", "tariff"),
        ("negotiating", "negotiate"),
        ("ICE", "ice"),
        ("discuss", "discussed"),  # a final "ss" or "us" is no plural
        ("address", "addresses"),
        ("status", "statuses"),
        ("agency", "agencies"),  # the "y" comes back
        ("supply", "supplies"),
        ("fire", "fired"),  # a short verb's "e"
        ("vote", "voting"),
        ("tax", "taxes"),
        ("pay", "paying"),  # a three-letter base
        ("pay", "pays"),
        ("ask", "asked"),
        ("job", "jobs"),
        ("run", "running"),  # an ending's doubled consonant
        ("stop", "stopped"),
        ("commit", "committed"),
        ("call", "called"),  # a base's own double
        ("add", "added"),
        ("consider", "considered"),  # a base ending in "er"
        ("answer", "answering"),
        ("deliver", "delivered"),
        ("implement", "implemented"),
        ("employee", "employees"),  # only the "s" of "ees" is an ending
        ("business", "businesses"),
    ],
)
def test_stem_matches_inflections(a: str, b: str) -> None:
    assert stem(a) == stem(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [("news", "new"), ("this", "thi"), ("speed", "spe"), ("need", "nee"), ("committee", "commit")],
)
def test_stem_keeps_apart_words_that_only_look_inflected(a: str, b: str) -> None:
    assert stem(a) != stem(b)


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Did Amazon share footage with ICE?", "yesno"),
        ("Mr. Hale, will you commit to that?", "yesno"),
        ("What did the agency spend?", "wh"),
        ("Can you tell us why the program was cut?", "wh"),
        ("Is it the House or the Senate that must act?", "choice"),
        ("And on tariffs, what is the plan?", "wh"),
        ("You shared the data?", "yesno"),
        ("Thank you for being here.", "statement"),
        ("You knew what happened, didn't you.", "yesno"),  # a tag question, said with a stop
        ("Your company sells to ICE, yes or no.", "yesno"),
        # a clause before the question does not set its form
        ("When you met him, did you discuss the sanctions?", "yesno"),
        ("If there is a second summit, would it be in Oslo or Geneva?", "choice"),
        ("Given the delay, why was nobody fired?", "wh"),
    ],
)
def test_question_kind(question: str, kind: str) -> None:
    assert question_kind(question_focus(question))[0] == kind


def test_focus_drops_preamble_and_vocative() -> None:
    q = "Thank you, Madam Chair. Director Hale, your agency grew. Did it hire more inspectors?"
    assert question_focus(q) == "Did it hire more inspectors?"


@pytest.mark.parametrize(
    ("question", "focus", "kind"),
    [
        (
            "Director Hale, I'd like to know whether your office shares data with ICE.",
            "whether your office shares data with ICE.",
            "yesno",
        ),
        ("Help me understand why the audit took two years.", "why the audit took two years.", "wh"),
        ("I wonder if you read the report.", "if you read the report.", "yesno"),
        ("Describe for the committee how it works.", "how it works.", "wh"),
        # asked as a question, the request is part of what is asked
        ("Can you describe the contract?", "Can you describe the contract?", "yesno"),
        ("Help me understand.", "Help me understand.", "statement"),  # nothing after the frame
    ],
)
def test_focus_drops_the_frame_of_an_indirect_question(question, focus, kind) -> None:
    assert question_focus(question) == focus
    assert question_kind(focus)[0] == kind


def test_an_indirect_frame_gives_no_key_terms() -> None:
    info = analyse_question("Help me understand why the audit took two years.", None)
    assert not {stem("help"), stem("understand")} & set(info.terms)
    assert stem("audit") in info.terms


def test_question_without_spacy_still_has_terms_and_acronyms() -> None:
    info = analyse_question("Did the DHS share records with ICE?", None)
    assert {"DHS", "ICE"} <= set(info.entities)
    assert stem("records") in info.terms


@pytest.mark.parametrize(
    ("patterns", "text", "quote"),
    [
        (
            lx.REFUSAL_RE,
            "i'm not in a position to discuss that today.",
            "i'm not in a position to discuss",
        ),
        (lx.IGNORANCE_RE, "frankly i'd have to check the number.", "i'd have to check"),
        (lx.DEFERRAL_RE, "we will get back to you on that.", "get back to you"),
        # testimony's everyday non-answers, each with a near miss that answers
        (lx.REFUSAL_RE, "i won't be discussing pardons here.", "i won't be discussing"),
        (
            lx.REFUSAL_RE,
            "well, i don't want to get into the numbers.",
            "i don't want to get into",
        ),
        (lx.REFUSAL_RE, "so i can't weigh in on this case.", "can't weigh in"),
        (lx.REFUSAL_RE, "i'm not going to raise taxes on the middle class.", None),
        (lx.IGNORANCE_RE, "senator, i haven't seen the report.", "i haven't seen the report"),
        (lx.IGNORANCE_RE, "i haven't seen it. we don't torture.", "i haven't seen it"),
        (lx.IGNORANCE_RE, "we have not seen this sort of growth in decades.", None),
        (lx.IGNORANCE_RE, "i wasn't briefed on that.", "wasn't briefed"),
        (lx.DEFERRAL_RE, "you'd have to ask the department.", "you'd have to ask"),
        (lx.DEFERRAL_RE, "no decision has been made yet.", "no decision has been made"),
        (
            lx.DEFERRAL_RE,
            "it's going to be announced very shortly.",
            "be announced very shortly",
        ),
        (lx.DEFERRAL_RE, "we decided in march to end the contract.", None),
        (lx.DEFERRAL_RE, "well, we'll see what the board decides.", "we'll see"),
        (lx.DEFERRAL_RE, "we will see forty more inspectors next year.", None),
        (lx.REFUSAL_RE, "we're not going to negotiate with terrorists.", None),
        (lx.HEDGE_RE, "i think it may be so.", "i think"),
        (
            lx.PIVOT_RE,
            "security matters and we take every incident seriously.",
            "we take every incident seriously",
        ),
        (lx.PIVOT_RE, "safety is at the heart of everything we do.", "at the heart of"),
        (
            lx.PROCESS_RE,
            "we comply with all applicable laws and respond to lawful requests.",
            "comply with",
        ),
        (
            lx.PROCESS_RE,
            "the payments went through our normal procurement process.",
            "went through our normal procurement process",
        ),
        (
            lx.PROCESS_RE,
            "our office follows the records retention policy.",
            "follows the records retention policy",
        ),
        (
            lx.PROCESS_RE,
            "our focus is at home, and we follow every export rule that applies to us.",
            "follow every export rule",
        ),
        (lx.PROCESS_RE, "we ended our only contract with ice in march 2019.", None),
    ],
)
def test_lexicon_quotes_the_phrase(patterns, text: str, quote: str) -> None:
    assert ph.find_first(patterns, text) == quote


def test_generic_quote_extends_to_the_noun_phrase() -> None:
    said = "We work with a variety of government agencies as the law requires."
    assert ph.find_first(lx.GENERIC_RE, said.lower(), said, extend=2) == (
        "a variety of government agencies"
    )


@pytest.mark.parametrize(
    ("answer", "committed"),
    [
        ("yes, we did.", True),
        ("well, no, senator.", True),
        ("senator, absolutely.", True),
        ("we have a variety of partners.", False),
        ("look, the question is complicated.", False),
        ("not yet, senator. the auditors finish in march.", True),  # a no, for now
        ("not anymore. we ended that contract in 2021.", True),
        ("well, not at the moment.", True),
        ("not really sure what you mean.", False),  # "not really" must stand alone
        ("not much has changed since then.", False),
        ("not a cent. we're disputing that we owe it.", True),
        ("not once, senator.", True),
        ("not a single one of our plants was inspected.", False),  # must stand alone
        ("i do agree, senator.", True),
    ],
)
def test_yes_no_opener(answer: str, committed: bool) -> None:
    assert (lx.YES_NO_OPENERS.match(answer) is not None) == committed


@given(st.lists(sentence, min_size=1, max_size=12), st.integers(min_value=1, max_value=6))
def test_embedded_sentences_are_a_bounded_ordered_subset(sents: list[str], limit: int) -> None:
    info = analyse_question("Did the agency approve the merger?", None)
    idx = embedded_sentences(sents, info, limit)
    assert idx == sorted(set(idx))
    assert len(idx) == min(limit, len(sents))
    assert all(0 <= i < len(sents) for i in idx)
    assert idx[: min(2, limit)] == list(range(min(2, limit, len(sents))))


def test_embedded_sentences_keep_the_one_on_the_question_terms() -> None:
    info = analyse_question("Did the agency approve the airline merger?", None)
    sents = [
        "Thank you for the question.",
        "It is a fair thing to ask about.",
        "The weather was fine all week.",
        "The agency approved the airline merger in May.",
        "Our staff worked hard on many files.",
    ]
    assert embedded_sentences(sents, info, 3) == [0, 1, 3]


_LISTS = [getattr(lx, n) for n in dir(lx) if n.endswith("_RE") and isinstance(getattr(lx, n), list)]
# Words and phrases from the lists themselves, so generated answers hit the patterns often.
_PIECES = sorted(
    {w for pats in _LISTS for p in pats for w in lx.re.findall(r"[a-z']+(?: [a-z']+)?", p.pattern)}
)


@given(st.lists(st.sampled_from([*_PIECES, ",", ".", "the", "x"]), max_size=40))
def test_scan_counts_and_finds_what_plain_regex_does(tokens: list[str]) -> None:
    """The literal shortcut in ``scan`` never changes a count or the first match; the
    count is of phrases apart (overlapping matches of several patterns count once)."""
    text = " ".join(tokens)
    for pats in _LISTS:
        count, best = ph.scan(pats, text)
        spans = sorted(m.span() for p in pats for m in p.finditer(text))
        apart = sum(1 for i, (a, _) in enumerate(spans) if all(e <= a for _, e in spans[:i]))
        assert count == apart <= sum(len(p.findall(text)) for p in pats)
        starts = [(m.start(), m.end()) for p in pats if (m := p.search(text))]
        assert (best[0] if best else None) == (min(starts)[0] if starts else None)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # the pronoun, "fully committed to" and any-subject patterns all find it: one pivot
        ("we are fully committed to the safety of our riders.", 1),
        ("we are fully committed to safety. the agency remains committed to its workers.", 2),
        ("we are fully committed to safety and we remain committed to our workers.", 2),
    ],
)
def test_a_pivot_found_by_several_patterns_counts_once(text: str, count: int) -> None:
    assert ph.scan(lx.PIVOT_RE, text)[0] == count


def test_required_literal_of_word_patterns() -> None:
    assert ph._required_literal(re.compile(r"\bmaybe\b")) == "maybe"
    assert ph._required_literal(re.compile(r"\blet me (?:say|tell)\b")) == "let me "
    assert ph._required_literal(re.compile(r"\b(?:will|gonna)\b")) is None
    assert ph._required_literal(re.compile(r"maybe", re.IGNORECASE)) is None


def test_required_any_of_an_opening_alternation() -> None:
    """A match of ``\b(?:a )?(?:long|proud) ...`` holds "long" or "proud": the scan's
    shortcut for patterns with no single required text."""
    assert ph._required_any(re.compile(r"\b(?:customers|partners)\b")) == ("customers", "partners")
    assert ph._required_any(re.compile(r"\b(?:a )?(?:long|proud) history\b")) == ("long", "proud")
    assert ph._required_any(re.compile(r"\b(?:\w+|many) more\b")) is None  # a branch of no text
    assert ph._required_any(re.compile(r"(?i:yes|no)\b")) is None  # case folded inside
    assert ph._required_any(re.compile(r"maybe")) is None  # no alternation: the literal check


def test_topic_line_question_is_read_from_the_question_turn() -> None:
    turn = (
        "Thank you, sir. On trade with China: will Huawei be removed from the entity list? "
        "And when will you meet President Xi?"
    )
    topic = "Possibility of Huawei being removed from the entity list"
    assert question_from_context(topic, turn) == (
        "On trade with China: will Huawei be removed from the entity list?"
    )
    assert question_from_context("Meeting with President Xi", turn).startswith("And when will")
    # a real question, no context, or a turn without a question: left as given
    assert question_from_context("Will Huawei be removed?", turn) == "Will Huawei be removed?"
    assert question_from_context(topic, "") == topic
    assert question_from_context(topic, "Thank you. We go on.") == topic
    assert question_from_context("Payment", turn).startswith("On trade")  # no word shared


@given(st.floats(min_value=-1, max_value=1))
def test_similarities_print_without_a_negative_zero(x: float) -> None:
    from hearing.evasion.reasons import two_places

    text = two_places(x)
    assert text != "-0.00" and abs(float(text) - x) <= 0.005 + 1e-9


def test_a_tiny_negative_similarity_reads_as_zero() -> None:
    from hearing.evasion.reasons import two_places

    assert (two_places(-0.001), two_places(-0.05), two_places(0.304)) == ("0.00", "-0.05", "0.30")


@given(
    st.lists(st.sampled_from(["in", "March", "2019,", "we", "did", "it."]), min_size=1, max_size=12)
)
def test_words_around_keeps_the_match_and_a_few_words(words: list[str]) -> None:
    text = " ".join(words)
    start = text.index(words[len(words) // 2])
    span = (start, start + len(words[len(words) // 2]))
    quoted = ph.words_around(span, text)
    assert text[span[0] : span[1]].strip(" ,.") in quoted and len(quoted.split()) <= 6


def test_irregular_forms_add_their_base_stem_and_keep_their_own() -> None:
    from hearing.stems import irregular_bases, stems_of

    bases = irregular_bases()
    assert bases["sold"] == "sell" and bases["met"] == "meet" and "sell" not in bases
    got = stems_of(["we", "sold", "ground"], bases)
    assert {stem("sell"), stem("sold"), stem("ground")} <= got  # "ground" still matches itself
    assert stems_of(["sold"], {}) == {stem("sold")}


def test_the_irregular_tables_are_the_ones_spacy_lemmatizes_with() -> None:
    """The tables are read from the model's file without spaCy; they must be the
    lemmatizer's, verbs over nouns where a form is both."""
    from spacy.strings import get_string_id

    from hearing.evasion.encoders import load_language_model
    from hearing.stems import irregular_bases
    from models.spacy_nlp import NOUN_ID, VERB_ID

    assert get_string_id("verb") == VERB_ID and get_string_id("noun") == NOUN_ID
    tables = load_language_model().get_pipe("lemmatizer").lookups.get_table("lemma_exc")
    verbs, nouns = (
        {f: b[0] for f, b in tables[k].items() if b and b[0] != f} for k in ("verb", "noun")
    )
    assert irregular_bases() == {**nouns, **verbs}
    assert irregular_bases()["children"] == "child" and irregular_bases()["sold"] == "sell"


@pytest.mark.parametrize(
    "answer, acknowledged",
    [
        ("yes, thank you, senator. we take it seriously.", True),
        ("no, thanks. a couple of points.", True),
        ("yes, sir, thank you.", True),
        ("yes, thank you for the question, senator. we are looking at it.", True),
        ("yes, we will release it.", False),
        ("yes. thankfully the audit is done.", False),
        ("yes, thank you all for coming to the site.", False),
        ("sure, go ahead.", False),  # "May I ask a follow-up?": granted
        ("yes, please.", False),
    ],
)
def test_an_acknowledgement_after_the_opening_yes_is_told_apart(answer, acknowledged) -> None:
    opener = lx.YES_NO_OPENERS.match(answer)
    assert opener is not None
    assert (lx.ACKNOWLEDGEMENT.match(answer, opener.end()) is not None) is acknowledged


@pytest.mark.parametrize("answer", ["go ahead.", "please, go ahead.", "go ahead, please."])
def test_go_ahead_grants_what_was_asked(answer) -> None:
    assert lx.YES_NO_OPENERS.match(answer) is not None
