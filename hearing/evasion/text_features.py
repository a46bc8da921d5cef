"""The features read from the words alone: the question's form against the answer's form.

Nothing here needs a sentence encoder, so ``both``'s two combiners share one computation of
them (``FeatureExtractor.read``): computing them once per member cost ``both`` about 8 % of
its speed (105 against 113 pairs a second in ``bench/evasion.py``). The encoder's
similarities are added on top in ``features.py``.
"""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass
from typing import Any

from hearing.evasion import lexicon as lx
from hearing.evasion import phrases as ph
from hearing.evasion.credit import SHORT_WORDS
from hearing.evasion.given import given_span
from hearing.evasion.level import generic_subject
from hearing.evasion.question import QuestionInfo, entity_present
from hearing.evasion.said_back import commits_without_yes_no, generic_echo, said_back
from hearing.evasion.text import lower_words
from hearing.stems import irregular_pasts_pattern, stem, stem_in, stems_of

FIRST_WORDS = 40
_SCANNED = {
    "multipart": lx.MULTIPART_RE,
    "refusal": lx.REFUSAL_RE,
    "ignorance": lx.IGNORANCE_RE,
    "deferral": lx.DEFERRAL_RE,
    "generic": lx.GENERIC_RE,
    "pivot": lx.PIVOT_RE,
    "process": lx.PROCESS_RE,
}


@dataclass
class TextFeatures:
    """One pair's encoder-free feature values and the evidence the reasons quote."""

    values: dict[str, float]
    evidence: dict[str, Any]


def text_features(
    info: QuestionInfo, answer: str, sents: list[str], bases: dict[str, str], named: bool = False
) -> TextFeatures:
    """The features of one pair that need no encoder; ``bases`` pairs irregular verb forms
    with their base ("sold" ~ "sell"), as the question's terms are spaCy lemmas; ``named``:
    the answer's first sentence names a thing (``thing.names_thing``)."""
    v: dict[str, float] = {}
    v["q_yesno"] = float(info.kind == "yesno")
    v["q_wh"] = float(info.kind == "wh")
    v["q_choice"] = float(info.kind == "choice")
    v["q_why_how"] = float(info.wh in ("why", "how"))
    v["q_n_questions"] = float(min(info.n_questions, 4))
    q_words = lower_words(info.focus)
    a_words = lower_words(answer)
    n_a = len(a_words)
    v["q_len_log"] = math.log1p(len(q_words))
    v["a_len_log"] = math.log1p(n_a)
    v["len_ratio_log"] = math.log((n_a + 5) / (len(q_words) + 5))
    v["a_n_sent_log"] = math.log1p(len(sents))

    said = " ".join(answer.replace("’", "'").split())
    low = said.lower()
    opener = lx.YES_NO_OPENERS.match(low)
    ack = lx.ACKNOWLEDGEMENT.match(low, opener.end()) if opener else None
    committed = opener is not None and ack is None
    # "By my staff." to "... by the board or by your staff?"; "Two people." to "Has anyone"
    picked = None if committed else commits_without_yes_no(info, said, bases)
    committed = committed or picked is not None
    early_text = " ".join(low[ack.end() if ack else 0 :].split()[:FIRST_WORDS])
    early = lx.YES_NO_EARLY.search(early_text)
    v["yn_answered"] = float(info.kind in ("yesno", "choice") and committed)
    a_stems = stems_of(a_words, bases)
    first_stems = stems_of(a_words[:FIRST_WORDS], bases)
    # "Are you satisfied ...?" - "I'm satisfied with the team": said back, so answered.
    echoed = said_back(a_words[:FIRST_WORDS], info, bases)
    generic_said = generic_echo(sents, info, bases) if echoed else None
    v["yn_echo"] = float(echoed and generic_said is None)
    v["yn_unanswered"] = float(
        info.kind == "yesno" and not committed and early is None and not v["yn_echo"]
    )
    v["yn_early"] = float(early is not None)
    yes_nos = list(lx.YES_NO_EARLY.finditer(low))  # counted, and the first quoted if late
    v["yn_any_rate"] = _rate(len(yes_nos), n_a)
    # one scan per phrase list gives both the count (a feature) and the first match
    # (quoted in the reasons)
    found = {name: ph.scan(pats, low) for name, pats in _SCANNED.items()}
    v["multipart"] = float(min(found["multipart"][0], 3))
    v["opener_discourse"] = float(lx.OPENERS.match(low) is not None)
    v["tell_you_rate"] = _rate(ph.count_all(lx.TELL_YOU_RE, low), n_a)
    v["future_rate"] = _rate(ph.count_all(lx.FUTURE_RE, low), n_a)
    expect, asked = info.expects
    # a short answer with no retreat may give what is asked bare ("A freight train blocked
    # the crossing.")
    bare_ok = n_a <= SHORT_WORDS and not _retreats(found)
    if expect != "thing":
        given = given_span(expect, said, low, frozenset(q_words), bare=bare_ok, asking=asked)
    else:
        # a "what" no type reads (asked_for.OPEN_WHAT): a short answer with no retreat that
        # names a thing gives it; one that names none is not counted as missing it
        first = " ".join(sents[0].split()) if sents else ""
        given = (0, min(len(first), len(said))) if named and bare_ok and first else None
        # ... but one that speaks of what was asked about instead, as its subject, misses
        # it: "The armory is a county asset like any other." to "What is the county storing
        # in the old armory?" (not where the question only names a thing to be said back:
        # "The biggest complaint was noise." to "What was the biggest complaint?"); so does
        # one that retreats: "I have full confidence in the fire marshal."
        missed = (
            given is None
            and n_a <= SHORT_WORDS
            and ((_acts().match(asked) and _about_asked(a_words, info, bases)) or _retreats(found))
        )
        expect = expect if given or missed else None
    v["wh_expected"] = float(expect is not None)
    v["wh_satisfied"] = float(given is not None)
    v["q_commas"] = float(min(info.focus.count(","), 5))
    v["q_conditional"] = float(
        any(w in ("if", "unless", "suppose", "hypothetically") for w in q_words)
    )
    ev: dict[str, Any] = {
        "opener": picked or (opener.group(0) if committed else (early and early.group(0))),
        "acknowledged": said[: ack.end()].strip(" ,.;!-") if ack else None,
        # a yes or no said after the first 40 words ("... to your question, yes, we did")
        "late_yes_no": None if early or not yes_nos else _around(yes_nos[0], low, said),
        "multipart": ph.quote(found["multipart"][1], low, said),
        # what a wh-question asks for, and the words that give it (None: not given)
        "wh": (expect, asked, given and ph.words_around(given, said)) if expect else None,
    }
    for name in ("refusal", "ignorance", "deferral"):
        ev[name] = ph.quote(found[name][1], low, said)
        v[name] = float(min(found[name][0], 3))
    v["hedge_rate"] = _rate(ph.count_all(lx.HEDGE_RE, low), n_a)
    generic = ph.quote(found["generic"][1], low, said, extend=2)
    # "Contractors are vetted ..." for "the contractor": the class for the one asked about
    level = generic_subject(info, said)
    # the generic things the question's verb was said back about, where no listed phrase
    # shows: "receives thousands of emails", "speaks with residents, businesses and ..."
    echo_generic = generic_said is not None and found["generic"][0] == 0
    if echo_generic:
        generic = ph.quote_words(generic_said, low, said)
    v["generic_rate"] = _rate(found["generic"][0] + (level is not None) + echo_generic, n_a)
    v["pivot_rate"] = _rate(found["pivot"][0], n_a)
    ev["pivot"] = ph.quote(found["pivot"][1], low, said)
    v["process_rate"] = _rate(found["process"][0], n_a)
    ev["process"] = ph.quote(found["process"][1], low, said, extend=2)
    v["i_rate"] = _rate(sum(w in lx.FIRST_PERSON for w in a_words), n_a)
    v["we_rate"] = _rate(sum(w in lx.WE for w in a_words), n_a)
    v["they_rate"] = _rate(sum(w in lx.THIRD for w in a_words), n_a)
    v["you_rate"] = _rate(sum(w in ("you", "your") for w in a_words), n_a)
    v["neg_rate"] = _rate(sum(w in lx.NEGATIONS or w.endswith("n't") for w in a_words), n_a)
    v["number_rate"] = _rate(sum(w[0].isdigit() for w in a_words), n_a)
    v["counter_question"] = float(min(answer.count("?"), 3))

    terms = info.terms
    covered = [t for t in terms if t in a_stems]
    v["cov_terms"] = len(covered) / len(terms) if terms else 1.0
    v["cov_terms_first"] = sum(t in first_stems for t in terms) / len(terms) if terms else 1.0
    # "How many inspectors ...?" - "Four hundred and twelve.": an answer that opens with
    # what was asked for leaves the question's terms understood, it does not miss them
    elliptic = given is not None and given[0] <= len(" ".join(said.split(maxsplit=4)[:4]))
    if elliptic:
        v["cov_terms"] = v["cov_terms_first"] = 1.0
    missing_ents = [e for e in info.entities if not entity_present(e, low, a_stems)]
    v["cov_entities"] = 1.0 - len(missing_ents) / len(info.entities) if info.entities else 1.0
    v["q_has_entity"] = float(bool(info.entities))
    generic_time = ph.find_first(lx.GENERIC_TIME_RE, low, said)
    missing_times = [t for t in info.times if t.lower() not in low]
    v["shift"] = float(
        (bool(missing_ents) and generic is not None)
        or (bool(missing_times) and generic_time is not None)
        or level is not None
    )
    ev.update(
        missing_phrases=[p for p in info.phrases if not entity_present(p, low, a_stems)],
        terms=list(terms.values()),
        covered=[terms[t] for t in covered],
        missing_entities=missing_ents,
        generic=generic,
        level=level,
        missing_times=missing_times,
        generic_time=generic_time,
    )
    a_content = [w for w in a_words if w not in lx.STOPWORDS and len(w) > 2]
    on_terms = [stem_in(w, terms, bases) for w in a_content]
    v["about_frac"] = sum(on_terms) / len(a_content) if a_content else 0.0
    new = {stem(w) for w, on in zip(a_content, on_terms, strict=True) if not on}
    v["new_content_log"] = math.log1p(len(new))
    first_content = [w for w in lower_words(sents[0]) if w not in lx.STOPWORDS and len(w) > 2]
    first_set = stems_of(first_content, bases)
    overlap = (
        sum(stem_in(w, terms, bases) for w in first_content) / len(first_content)
        if first_content
        else 0
    )
    v["cov_first_sent"] = (
        sum(t in first_set for t in terms) / len(terms) if terms and not elliptic else 1.0
    )
    first_cov = sum(t in first_set for t in terms) / len(terms) if terms else 0.0
    v["restate"] = float(
        overlap >= 0.6
        and first_cov >= 0.6
        and len(new) <= 5
        and len(terms) >= 2
        and not committed
        # "Do you support it?" - "I support it.": a reply, unless it asks it back
        and not (v["yn_echo"] and not sents[0].rstrip().endswith("?"))
        and v["number_rate"] == 0
    )

    return TextFeatures(v, ev)


def _around(match: re.Match, low: str, said: str) -> str:
    """The words around a match in ``low``, quoted from ``said`` where they line up."""
    return ph.words_around(match.span(), said if len(said) == len(low) else low, 1, 4)


def _rate(count: int, n_words: int) -> float:
    return 100.0 * count / max(n_words, 20)


def _retreats(found: dict[str, tuple[int, Any]]) -> bool:
    """Whether the scanned phrase lists show a retreat (all but the multi-part markers)."""
    return any(found[name][0] for name in _SCANNED if name != "multipart")


# A "what" with a verb of its own, which an answer about its subject does not answer: not
# "What was the biggest complaint from residents?" ("The biggest complaint was noise."), a
# thing asked to be named; nor "Which hydrants were dry?" ("The hydrants on Birch Lane."),
# which says the kind back as it names them
# (a participle, regular or from the lemmatizer's table: "What were the ballots hidden in?";
# the table holds no form spelled as its base, so "What is the cost ...?" reads "cost" as a
# noun)
@functools.cache
def _acts() -> re.Pattern[str]:
    parts = irregular_pasts_pattern()
    return re.compile(
        r"what (?!(?:else |more )?(?:is|are|was|were)\b(?!.*\b(?:[a-z]{3,}(?:ing|ed)|being|"
        r"been|" + parts + r")\b))"
    )


# what may stand before an answer's subject: "The armory ...", "Our inspectors ..."
_BEFORE_SUBJECT = frozenset(
    {"the", "our", "its", "their", "his", "her", "this", "that", "these", "those", "a", "an"}
)


def _about_asked(a_words: list[str], info: QuestionInfo, bases: dict[str, str]) -> bool:
    """Whether the answer's subject is one of the question's own terms ("The armory is
    ...", "Consultants bring ...", "Our inspectors visit ..."): the thing asked about, said
    back, where the thing asked for was wanted."""
    k = 0
    while k < min(2, len(a_words)) and a_words[k] in _BEFORE_SUBJECT:
        k += 1
    if k >= len(a_words):
        return False
    word = a_words[k]
    # ... or a word of the same root the stemmer keeps apart: "The audit process ..." to
    # "What did the auditors trace ...?"
    return stem_in(word, info.terms, bases) or any(
        min(len(t), len(word)) >= 5 and (t.lower().startswith(word) or word.startswith(t.lower()))
        for t in info.terms.values()
    )
