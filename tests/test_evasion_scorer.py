"""The evasion scorer with the real sentence model, spaCy and the shipped combiner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hearing.document import Exchange
from hearing.evasion import score_exchanges
from tests.evasion_helpers import DIRECT_A, DIRECT_Q, ICE_A, ICE_Q, real_scorer

pytestmark = pytest.mark.slow

OFF_TOPIC = (
    "The weather in Washington has been lovely this spring. The cherry blossoms came early. "
    "Tourists filled the Mall every weekend. Baseball season started with a win."
)

# One crafted pair per reason kind the scorer can give.
CASES: dict[str, tuple[str, str]] = {
    "yes_no_unanswered": (
        "Did your agency approve the merger?",
        "Our agency reviews every merger carefully and follows the process set by law.",
    ),
    "yes_no_answered": (DIRECT_Q, DIRECT_A),
    "yes_no_open": ("Will you release the audit to this committee?", "I am not sure yet."),
    "yes_no_settled": (
        "Has your company sold its face-recognition service to ICE?",
        "We ended our only contract with ICE in March 2019 and have not renewed it.",
    ),
    "high_similarity": (DIRECT_Q, DIRECT_A),
    "low_similarity": ("How many food inspectors did the agency hire last year?", OFF_TOPIC),
    "topic_change": (
        "How many food inspectors did the agency hire last year?",
        "We hired forty food inspectors last year. " + OFF_TOPIC,
    ),
    "refusal": (
        "What did the President say to you about the investigation?",
        "I'm not in a position to discuss conversations with the President.",
    ),
    "ignorance": (
        "How much did the border wall pilot cost?",
        "I'd have to check the exact cost of the pilot and I don't recall the figure.",
    ),
    "deferral": (
        "When will the audit of the grant program be finished?",
        "We will get back to you on the audit of the grant program.",
    ),
    "shift": (ICE_Q, ICE_A),
    # a generic phrase with nothing named to shift from: it is why the reply gets no credit
    "generic": (
        "Is there any truth to the report that the agency lost the vaccine shipment?",
        "Reports come and go, and the vaccine shipment is one of thousands we handle every year.",
    ),
    "missing_entity": (
        "Did Boeing receive the tanker contract?",
        "The tanker contract went to the lowest bidder after a full review.",
    ),
    "restate": (
        "Is the housing voucher program working?",
        "Is the housing voucher program working? That is the question.",
    ),
    "coverage": (
        "Will the Treasury raise tariffs on imported Chinese steel this year?",
        "We are looking closely at the whole picture and will act when we are ready to act.",
    ),
    "hedging": (
        "Will the new rule reduce emissions?",
        "I think it probably might, perhaps, and I guess in some cases it could be somewhat "
        "helpful, generally speaking, more or less.",
    ),
    "pivot": (
        "Why did the refinery fail its inspection?",
        "Let me say that we are committed to safety, and our priority is our workers. "
        "What we have done is invest in training.",
    ),
    "wh_unanswered": (
        "Who approved the payments to the vendor?",
        "The payments went through our normal procurement process.",
    ),
    "wh_answered": (
        "When did the agency first learn of the breach?",
        "Our security team found it on March 3, two days after it began.",
    ),
    "process": (
        "Did your office delete the emails?",
        "Our office follows the records retention policy.",
    ),
    "short_unreplied": (
        "How many voters were removed from the rolls in the August purge?",
        "Voters are removed from the rolls in August every year to keep the lists accurate.",
    ),
    "counter_question": (
        "Why did the refinery fail its inspection?",
        "Why would you assume it failed? Who told you that?",
    ),
}


@pytest.fixture(scope="module")
def scorer():
    return real_scorer()


@pytest.mark.parametrize("kind", sorted(CASES))
def test_every_reason_kind_is_triggered(scorer, kind: str) -> None:
    q, a = CASES[kind]
    reasons = scorer.score(q, a).reasons
    kinds = [r.kind for r in reasons]
    assert kind in kinds, kinds
    # reports and the review app show each kind by a name for people, never "yes_no_open"
    assert all(r.sign != r.kind and "_" not in r.sign for r in reasons), kinds


def test_ice_style_answer_is_flagged_with_a_shift(scorer) -> None:
    s = scorer.score(ICE_Q, ICE_A)
    assert s.label in ("partial", "evasive")
    shift = [r for r in s.reasons if r.kind == "shift"]
    assert shift and "ICE" in shift[0].text and "government agencies" in shift[0].text
    assert shift[0].weight > 0


def test_direct_yes_no_answer_is_answered(scorer) -> None:
    s = scorer.score(DIRECT_Q, DIRECT_A)
    assert s.label == "answered", (s.score, s.reasons)
    assert "merger" in s.best_sentence and s.similarity > 0.5


def test_refusal_scores_higher_than_direct_answer(scorer) -> None:
    direct = scorer.score(DIRECT_Q, DIRECT_A).score
    refused = scorer.score(DIRECT_Q, "I'm not going to comment on that decision.").score
    assert refused > direct


@pytest.mark.parametrize(
    ("question", "answer", "kind"),
    [
        (
            "Did your department receive the inspector general's report before the vote?",
            "I haven't seen the report, Senator.",
            "ignorance",
        ),
        (
            "Will you pardon the officials involved?",
            "I won't be discussing pardons here.",
            "refusal",
        ),
        (
            "How many contracts did the agency award without bidding last year?",
            "You'd have to ask the procurement office.",
            "deferral",
        ),
    ],
)
def test_a_quoted_non_answer_never_counts_against_evasion(scorer, question, answer, kind) -> None:
    # one-sentence replies sit far from the prototype moves (a best-of-sentences cosine),
    # which once turned "claims not to know: 'I haven't seen the report'" negative
    s = scorer.score(question, answer)
    reason = next(r for r in s.reasons if r.kind == kind)
    assert reason.weight > 0, s.reasons
    assert s.label != "answered", (s.score, s.reasons)


def test_scores_in_unit_interval_and_batch_equals_single(scorer) -> None:
    pairs = list(CASES.values())
    batch = scorer.score_many(pairs, parts=[(0, 1)] * len(pairs))  # each pair on its own
    assert all(0.0 <= s.score <= 1.0 for s in batch)
    assert all(s.label in ("answered", "partial", "evasive") for s in batch)
    for (q, a), s in zip(pairs[:3], batch[:3], strict=True):
        assert scorer.score(q, a).score == pytest.approx(s.score, abs=2e-3)


def test_empty_answer_and_question(scorer) -> None:
    none, noq = scorer.score_many([("Did you sign it?", "  "), ("", "Yes I did.")])
    assert (none.label, none.score, none.reasons[0].kind) == ("evasive", 1.0, "no_answer")
    assert noq.label == "answered" and noq.reasons[0].kind == "no_question"


def test_score_exchanges_fills_fields_in_place(scorer) -> None:
    exs = [
        Exchange(1, ICE_Q, ICE_A, [0], [1], "S1", "S2", 0.0, 9.0),
        Exchange(2, DIRECT_Q, DIRECT_A, [2], [3], "S1", "S2", 9.0, 15.0),
    ]
    out = score_exchanges(exs, scorer)
    assert out is exs
    assert exs[0].score > exs[1].score
    assert exs[0].reasons and exs[1].label == "answered"
    assert exs[1].best_sentence and exs[1].similarity > 0
    assert score_exchanges([], scorer) == []


def test_a_press_on_an_answer_is_noted_on_it_without_moving_its_score(scorer) -> None:
    """ "So is that a yes?" after a non-denial is the asker's own reading of that answer:
    the earlier exchange names it, and its score stays the combiner's."""

    def exchanges(press: str) -> list[Exchange]:
        return [
            Exchange(0, ICE_Q, ICE_A, [0], [1], "S1", "S2", 0.0, 9.0),
            Exchange(1, press, "I can't discuss contracts.", [2], [3], "S1", "S2", 9.0, 12.0),
            Exchange(2, DIRECT_Q, DIRECT_A, [4], [5], "S1", "S2", 12.0, 18.0),
        ]

    alone = score_exchanges(exchanges("So is that a yes?")[:1], scorer)[0]
    exs = exchanges("So is that a yes?")
    exs[1].follows = 0
    score_exchanges(exs, scorer)
    notes = [r for r in exs[0].reasons if r.kind == "pressed"]
    assert [(r.sign, r.weight) for r in notes] == [("Asker pressed", 0.0)]
    assert notes[0].text == "the asker pressed in exchange 1: 'So is that a yes?'"
    assert exs[0].score == pytest.approx(alone.score)
    assert not any(r.kind == "pressed" for e in exs[1:] for r in e.reasons)
    # A follow-up that only checks ("Just to be clear") or a press not linked to an
    # earlier exchange names nothing.
    for press, follows in (("Just to be clear, you sell to ICE?", 0), ("Yes or no?", None)):
        exs = exchanges(press)
        exs[1].follows = follows
        score_exchanges(exs, scorer)
        assert not any(r.kind == "pressed" for e in exs for r in e.reasons), press


SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "hearing.exchanges.json"


@pytest.mark.skipif(not SAMPLE.exists(), reason="bundled sample not generated")
def test_bundled_sample_exchanges_get_their_scripted_labels(scorer) -> None:
    scripted = json.loads(SAMPLE.read_text(encoding="utf-8"))
    scored = scorer.score_many([(e["question"], e["answer"]) for e in scripted])
    for e, s in zip(scripted, scored, strict=True):
        if e["expected"] == "evasive":
            assert s.label in ("partial", "evasive"), (e["id"], s.score, s.reasons)
        else:
            assert s.label == "answered", (e["id"], s.score, s.reasons)
    ice = [s for e, s in zip(scripted, scored, strict=True) if "Immigration" in e["question"]]
    assert ice, "the sample should hold the ICE-style exchange"
    for s in ice:
        assert any(r.kind == "shift" and "Immigration" in r.text for r in s.reasons), s.reasons


def test_shift_found_in_lowercase_transcript_text(scorer) -> None:
    """Whisper often writes agency names in lower case; NER then finds nothing."""
    got = scorer.score(
        "Does your company have a contract with immigration and customs enforcement?",
        "We provide our face recognition service to a variety of government agencies.",
    )
    shift = [r for r in got.reasons if r.kind == "shift"]
    assert shift and "immigration and customs enforcement" in shift[0].text
    assert "a variety of government agencies" in shift[0].text
    # a phrase the answer does mention is no shift
    kept = scorer.score(
        "Does your company have a contract with immigration and customs enforcement?",
        "Yes, we have a contract with immigration and customs enforcement.",
    )
    assert not [r for r in kept.reasons if r.kind == "shift"]


def test_every_flag_names_some_evidence(scorer) -> None:
    pairs = [
        ("Where do the images come from?", "They come from public web pages and the news."),
        ("Is the program still running?", "We are always looking at how to improve things."),
        ("How many people work there?", "About two hundred, most of them engineers."),
        ("Did you meet the minister?", "I meet a lot of people in this job, as you know."),
    ]
    for got in scorer.score_many(pairs):
        if got.label != "answered":
            assert any(r.weight > 0 for r in got.reasons), got
        else:  # a clear answer is not told that weak signals "add up"
            assert "weak_signals" not in [r.kind for r in got.reasons], got


@pytest.mark.slow
def test_minilm_encoder_scores_through_the_same_path() -> None:
    """The transformer encoder (``--encoder minilm``) with its own fitted combiner."""
    from hearing.evasion import EvasionScorer

    scorer = EvasionScorer(encoder="minilm", threads=1)
    assert scorer.encoder.embed_sentences == 3
    ice, direct = scorer.score_many([(ICE_Q, ICE_A), (DIRECT_Q, DIRECT_A)])
    assert ice.label in ("partial", "evasive"), (ice.score, ice.reasons)
    assert any(r.kind == "shift" for r in ice.reasons)
    assert direct.label == "answered" and direct.similarity > 0.5
    assert ice.score > direct.score + 0.3


def test_answer_that_says_the_question_back_counts_as_a_yes_no(scorer) -> None:
    """ "Are you satisfied ...?" - "I'm satisfied with the team": answered without a "yes"."""
    q = "Are you satisfied with your team at the agency?"
    echo = "I'm satisfied with the team. We have three priorities for the coming year."
    vague = "We have three priorities for the coming year, and we will keep to them."
    f_echo, f_vague = scorer.extractor.extract_many([(q, echo), (q, vague)], [(0, 1)] * 2)
    assert f_echo.values["yn_echo"] == 1.0 and f_echo.values["yn_unanswered"] == 0.0
    assert f_vague.values["yn_echo"] == 0.0 and f_vague.values["yn_unanswered"] == 1.0
    s_echo, s_vague = scorer.score_many([(q, echo), (q, vague)])
    assert s_echo.score < s_vague.score
    assert "yes_no_unanswered" not in [r.kind for r in s_echo.reasons]


def test_not_yet_and_not_at_the_moment_answer_a_yes_no_question(scorer) -> None:
    """ "Is the program on schedule?" - "Not at the moment. ...": a no, for now. It had been
    labelled evasive with the reason "no yes/no in answer", which the analyst could see
    was false."""
    q = "Is the program on schedule?"
    rest = " We are about two months behind."
    vague = scorer.score(q, "We are looking at that very carefully." + rest)
    assert "yes_no_unanswered" in [r.kind for r in vague.reasons]
    for reply in ("Not at the moment.", "Not yet, Senator.", "Not anymore."):
        got = scorer.score(q, reply + rest)
        assert "yes_no_unanswered" not in [r.kind for r in got.reasons], reply
        assert got.label == "answered" and got.score < vague.score - 0.1, (reply, got.score)


def test_an_irregular_verb_in_the_answer_covers_the_question_s_term(scorer) -> None:
    """Question terms come from spaCy's lemmas ("sold" -> "sell"), answer words are not
    parsed: "We sold it ..." had been reported as missing the question's "sell"."""
    q = "Did the company sell location data to the state police?"
    sold = "We sold location data to the state police once, in 2019."
    f = scorer.extractor.extract_many([(q, sold)], [(0, 1)])[0]
    assert "sell" in f.evidence["covered"]
    assert f.values["yn_echo"] == 1.0  # "Did ... sell ...?" - "We sold ...": said back
    got = scorer.score(q, sold)
    assert not any("missing 'sell'" in r.text for r in got.reasons), got.reasons
    assert "yes_no_unanswered" not in [r.kind for r in got.reasons]


def test_is_it_true_that_asks_about_the_clause(scorer) -> None:
    """ "Is it true that you met the lobbyist?": the claim is "met", not "true"."""
    q = "Is it true that you met with the lobbyist?"
    a = "I met with him once, in 2021, at a public event."
    f = scorer.extractor.extract_many([(q, a)], [(0, 1)])[0]
    assert f.values["yn_echo"] == 1.0 and f.values["yn_unanswered"] == 0.0


def test_a_yes_after_the_opening_is_not_called_no_yes(scorer) -> None:
    q = "Have you read the inspector general's report?"
    got = scorer.score(q, "We accept its findings. Yes, I read it last week.")
    said = [r.text for r in got.reasons if r.kind == "yes_no_settled"]
    assert said and said[0].startswith("reply reads as settling it: "), got.reasons


def test_a_plain_no_late_in_the_answer_is_a_commitment(scorer) -> None:
    q = "Will you resign?"
    a = "I have read the reports, and I understand the anger. I will not."
    f = scorer.extractor.extract_many([(q, a)], [(0, 1)])[0]
    assert f.values["yn_early"] == 1.0 and f.values["yn_unanswered"] == 0.0


def test_a_yes_that_only_thanks_the_asker_does_not_answer(scorer) -> None:
    """ "Yes, thank you, Senator." takes the floor; it had counted as a committing yes, so
    what followed scored as answered whatever it said."""
    q = "Will you release the audit to this committee?"
    rest = "We take transparency very seriously and we work with many partners."
    thanked = scorer.score(q, f"Yes, thank you, Senator. {rest}")
    said = [r.text for r in thanked.reasons if r.kind == "yes_no_unanswered"]
    assert said == [
        "yes/no question; 'Yes, thank you' only acknowledges the asker, no yes/no follows"
    ], thanked.reasons
    assert thanked.label != "answered"
    plain = scorer.score(q, f"Yes. {rest}")  # a yes that is a yes
    assert "yes_no_unanswered" not in [r.kind for r in plain.reasons]
    assert plain.score < thanked.score - 0.1
    then_yes = scorer.score(q, "Yes, thank you, Senator. Yes, we will send it on Friday.")
    assert "yes_no_unanswered" not in [r.kind for r in then_yes.reasons]
    assert then_yes.label == "answered"


@pytest.mark.slow
def test_progress_is_reported_per_batch_up_to_the_pairs_scored() -> None:
    calls: list[tuple[int, int]] = []
    pairs = [(f"Did you approve contract {i}?", "Yes, in March.") for i in range(300)]
    pairs.append(("Did you?", ""))  # no answer: scored without the models, not counted
    scored = real_scorer().score_many(pairs, on_progress=lambda d, t: calls.append((d, t)))
    assert calls == [(256, 300), (300, 300)]
    assert len(scored) == 301 and scored[-1].label == "evasive"


@pytest.mark.parametrize(
    ("question", "answer", "kind", "words"),
    [
        (
            "How much did the pilot cost?",
            "The pilot came in under budget, at about 4.2 million dollars in total.",
            "wh_answered",
            "4.2 million",
        ),
        (
            "Why was the rule delayed?",
            "It was delayed because the comment period ran long.",
            "wh_answered",
            "because",
        ),
        (
            "Why was the rule delayed?",
            "The rule is a priority for this administration.",
            "wh_unanswered",
            "no reason",
        ),
    ],
)
def test_wh_reason_quotes_what_the_answer_gives(scorer, question, answer, kind, words) -> None:
    reasons = {r.kind: r for r in scorer.score(question, answer).reasons}
    assert kind in reasons and words in reasons[kind].text, list(reasons.values())
    other = "wh_unanswered" if kind == "wh_answered" else "wh_answered"
    assert other not in reasons
    assert (reasons[kind].weight < 0) == (kind == "wh_answered")


def test_indirect_reply_that_settles_the_question_scores_below_one_that_leaves_it_open(
    scorer,
) -> None:
    """Neither says yes or no; the resolution head (fit on Circa) tells them apart, and the
    reasons say which way it read each, quoting the reply."""
    q = "Is the pilot program running in Ohio?"  # with "still", an end commits (said_back)
    settled = scorer.score(q, "We shut it down last spring after the audit.")
    left_open = scorer.score(q, "We are still weighing a number of options on that.")
    assert settled.score < left_open.score
    kinds = {r.kind: r for r in settled.reasons}
    assert "yes_no_settled" in kinds and kinds["yes_no_settled"].weight < 0
    assert "We shut it down" in kinds["yes_no_settled"].text
    assert "yes_no_settled" not in [r.kind for r in left_open.reasons]


@pytest.mark.parametrize(
    "dodge",
    [
        "We comply with all applicable laws and respond to lawful requests.",
        "Our office follows the records retention policy.",
        "Safety has always been at the heart of everything we do.",
        "We have strict data protection policies and train every employee on them.",
        "Our handling of the records meets all federal requirements.",
    ],
)
def test_an_appeal_to_rules_or_values_is_not_credited_as_settling_the_question(
    scorer, dodge: str
) -> None:
    """Circa's cooperative replies teach the resolution head to read such statements as
    settling a yes/no question; in testimony they are the non-denial, so they get no credit
    for it, and score above a reply that does settle it."""
    q = "Did your office share the records with the investigators?"
    settled = scorer.score(q, "We sent them the full set on March 3.")
    s = scorer.score(q, dodge)
    assert "yes_no_settled" not in [r.kind for r in s.reasons]
    assert s.score > settled.score


@pytest.mark.slow
def test_both_averages_the_two_combiners_log_odds_with_its_own_thresholds() -> None:
    """ "both" is the static and MiniLM scores averaged in log-odds (checked here against the
    two scorers run on their own), labelled by ensemble.json's thresholds, and its reasons
    still add up to the score."""
    import math

    from hearing.evasion import EvasionScorer
    from hearing.evasion.both import BothScorer
    from models.evasion import COMBINER_DIR

    pairs = [(ICE_Q, ICE_A), (DIRECT_Q, DIRECT_A), ("Will you resign?", "We'll see.")]
    both = BothScorer(threads=1)
    alone = [
        EvasionScorer(encoder=e, threads=1, nlp=both.nlp).score_many(pairs)
        for e in ("static", "minilm")
    ]
    logit = lambda p: math.log(p / (1 - p))  # noqa: E731
    thresholds = json.loads((COMBINER_DIR / "ensemble.json").read_text())["thresholds"]
    for k, got in enumerate(both.score_many(pairs)):
        z = (logit(alone[0][k].score) + logit(alone[1][k].score)) / 2
        assert got.score == pytest.approx(1 / (1 + math.exp(-z)), abs=2e-3)
        want = (
            "evasive" if got.score >= thresholds["evasive"]
            else "partial" if got.score >= thresholds["partial"] else "answered"
        )  # fmt: skip
        assert got.label == want
        assert got.similarity == alone[1][k].similarity  # the MiniLM reading is quoted
    ice, direct, _ = both.score_many(pairs)
    assert ice.label != "answered" and any(r.kind == "shift" for r in ice.reasons)
    assert direct.label == "answered"


def test_both_tags_each_question_once_and_scores_as_with_two_readings(monkeypatch) -> None:
    """The two combiners of "both" share one reading of a batch (spaCy's tagging was a
    ninth of its time), and its features read from the words alone; each extractor's
    features are the same as from its own reading."""
    from hearing.evasion import features
    from hearing.evasion.both import BothScorer
    from hearing.evasion.text_features import text_features

    pairs = [(ICE_Q, ICE_A), (DIRECT_Q, DIRECT_A), ("Will you resign?", "We'll see.")]
    both = BothScorer(threads=1)
    tagged: list[str] = []
    pipe = both.nlp.pipe

    def counting(texts, **kwargs):
        texts = list(texts)
        tagged.extend(texts)
        return pipe(texts, **kwargs)

    monkeypatch.setattr(both.nlp, "pipe", counting)
    read_words: list[str] = []

    def counting_text(info, answer, sents, bases, named=False):
        read_words.append(answer)
        return text_features(info, answer, sents, bases, named)

    monkeypatch.setattr(features, "text_features", counting_text)
    both.score_many(pairs)
    assert len(tagged) == len(pairs)
    assert read_words == [a for _, a in pairs]  # the words' features once, for both members
    shared = both.extractor.read(pairs)
    for extractor in (both.extractor, both.static.extractor):
        own = extractor.extract_many(pairs)
        assert [f.values for f in extractor.extract_many(pairs, None, shared)] == [
            f.values for f in own
        ]
    with pytest.raises(ValueError, match="one reading per pair"):
        both.static.extractor.extract_many(pairs[:2], None, shared)


def test_batches_embedded_in_the_background_score_as_pairs_alone(monkeypatch) -> None:
    """Past one batch, "both" embeds a batch with MiniLM in a background thread while it
    reads the next: each pair still gets its own score, reasons and best sentence, as when
    scored alone, in order, with the progress told batch by batch."""
    import threading

    from hearing.evasion import scorer as scorer_mod
    from hearing.evasion.both import BothScorer

    monkeypatch.setattr(scorer_mod, "TRANSFORMER_BATCH", 2)
    both = BothScorer(threads=1)
    pairs = [
        (ICE_Q, ICE_A),
        (DIRECT_Q, DIRECT_A),
        ("Will you resign?", "We'll see."),
        ("How many inspectors does the county employ?", "Fourteen, two of them part time."),
        ("Why was the bridge closed?", "A barge struck the east pier on Tuesday night."),
    ]
    embedded_in: set[str] = set()
    embed = both.extractor.embed

    def noting(texts):
        embedded_in.add(threading.current_thread().name)
        return embed(texts)

    monkeypatch.setattr(both.extractor, "embed", noting)
    progress: list[tuple[int, int]] = []
    got = both.score_many(pairs, on_progress=lambda done, total: progress.append((done, total)))
    assert any(name.startswith("evasion-embed") for name in embedded_in)
    assert progress == [(2, 5), (4, 5), (5, 5)]
    for (q, a), g in zip(pairs, got, strict=True):
        alone = both.score(q, a)
        assert (g.score, g.label, g.best_sentence) == (
            alone.score,
            alone.label,
            alone.best_sentence,
        )
        assert [r.text for r in g.reasons] == [r.text for r in alone.reasons]
    assert len({g.score for g in got}) == len(pairs)


def test_the_shipped_average_ranks_better_than_either_combiner_out_of_fold() -> None:
    from models.evasion import COMBINER_DIR

    data = json.loads((COMBINER_DIR / "ensemble.json").read_text())
    cv = data["metrics"]["cv"]
    assert data["members"] == ["minilm", "static"]
    assert (
        cv["roc_auc"]
        > cv["roc_auc_minilm_alone_same_folds"]
        > cv["roc_auc_static_alone_same_folds"]
    )
    assert 0 < data["thresholds"]["partial"] <= data["thresholds"]["evasive"] < 1
    assert cv["evasive_precision"] >= 0.85


def test_the_retreat_that_denies_settling_credit_carries_that_share(scorer) -> None:
    """The resolution head reads "We have strict anti-bribery policies" as settling the
    question; the appeal to policy floors that reading, so the appeal's reason carries what
    the floor added to the score (it had read "(+0.00)") and says what it did."""
    q = "Has your company ever paid a foreign official?"
    a = "We have strict anti-bribery policies and we train every employee on them."
    (f,) = scorer.extractor.extract_many([(q, a)])
    assert f.evidence["open_discounted"] and f.evidence["open_logit"] < 0
    denied = scorer.combiner.denied_credit(f.values, f.evidence)
    assert denied > 0.1
    process = [r for r in scorer.score(q, a).reasons if r.kind == "process"]
    assert process and "so it does not count as settling the question" in process[0].text
    _, contrib = scorer.combiner.score(f.vector())
    names = list(scorer.combiner.features)
    # the phrase's own share, and its prototype's where that adds
    own = float(contrib[names.index("process_rate")]) + max(
        float(contrib[names.index("ap_rules")]), 0.0
    )
    assert process[0].weight == pytest.approx(own + denied, abs=2e-3)
    # a settled reply that does not retreat keeps its credit, and no reason claims it
    kept = scorer.score(q, "No. We have never paid a foreign official, and we never will.")
    assert not any("does not count as settling" in r.text for r in kept.reasons)
