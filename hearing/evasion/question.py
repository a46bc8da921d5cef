"""What a question asks for: its form (yes/no, wh-, choice) and the terms an answer must touch.

Questions are short, so they are the only texts run through spaCy (lemmas and named
entities); answers are matched against them with cheap stems, which keeps scoring fast.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from hearing.evasion.asked_for import asked_for
from hearing.evasion.lexicon import STOPWORDS, WH_WORDS, YES_NO_AUX
from hearing.evasion.text import lower_words, split_sentences
from hearing.sentences import (
    CURIOUS_FRAME,
    DESCRIBE_FRAME,
    DESCRIBE_WH_FRAME,
    FRAMING_CLAUSE,
    HELP_FRAME,
    INTERESTED_FRAME,
    TAG_QUESTION,
    WANT_FRAME,
    WONDER_FRAME,
)
from hearing.stems import stem

_LEAD_RE = re.compile(
    r"^(?:(?:yes or no|and|but|so|now|okay|ok|well|also|then|yes|sir|madam|please|again|"
    r"finally|lastly|first|second|third|just|quickly|secondly|"
    r"mr\.? \w+|ms\.? \w+|mrs\.? \w+|dr\.? \w+|"
    r"senator \w+|director \w+|secretary \w+|general \w+|mr\.? president|madam secretary|"
    r"senator|director|secretary|chairman|commissioner|sir|ma'am|"
    # "Which is it: did the mayor approve it, or did her staff?"
    r"which (?:one )?(?:is|was) it)[,.:]?\s+)+",
    re.IGNORECASE,
)
# The frame of an indirect question ("I'd like to know whether ...", "Help me understand
# why ..."): its words say that something is asked, not what, so they are dropped from the
# focus like a preamble, and "like", "help" or "understand" are not terms an answer must
# touch nor the predicate a yes/no answer says back. Questions put as questions ("Can you
# describe ...?") keep their words: the frame there is part of what is asked.
_ASK_FRAME = re.compile(
    rf"^(?:{WANT_FRAME}|{WONDER_FRAME}|{CURIOUS_FRAME}|{INTERESTED_FRAME}|{HELP_FRAME}"
    rf"|{DESCRIBE_FRAME}|{DESCRIBE_WH_FRAME}"
    r")[,:]?\s+(?=\w)",
    re.IGNORECASE,
)
_EMBEDDED_WH = re.compile(
    r"\b(?:tell|explain|describe|know|say|share|clarify|understand|walk|remind)\b(?:\s+\w+){0,3}\s+"
    r"(?:what|why|how|when|where|who|which)\b",
    re.IGNORECASE,
)
# "Can you name the company that built the garage?" asks for the name
_NAME_ASKED = re.compile(
    r"(?:can|could|would|will) (?:you|anyone) (?:please )?(?:name|list|identify)\b", re.IGNORECASE
)
_WHETHER = re.compile(r"\b(?:whether|if) (?:or not )?\w+", re.IGNORECASE)
_SPECIFIC_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LAW", "EVENT", "PRODUCT", "FAC", "LOC"}
_TIME_LABELS = {"DATE", "TIME"}
_ACRONYM = re.compile(r"\b[A-Z]{2,6}s?\b")
_NOT_ENTITIES = {"I", "OK", "US", "Q", "A", "AM", "PM", "TV", "OR", "IF", "SO"}
# The words of "how many", "how long" ...: they ask for an amount, which the wh-features
# check; as key terms they made "About 4.2 million" miss "many".
_HOW_WORDS = {
    "many", "much", "long", "often", "soon", "far", "old", "big", "large", "late", "quickly",
    "fast",
}  # fmt: skip
_CONTENT_POS = {"NOUN", "PROPN", "VERB", "ADJ", "NUM"}
_DONE_WORDS = ("steps", "step", "actions", "action", "measures", "measure", "taken", "take",
               "took", "done")  # fmt: skip
# Verbs too common to show that an answer took up the question ("Do you think ...?").
_LIGHT_VERBS = {"be", "have", "do", "think", "go", "get", "say", "make", "know", "see", "want"}
# Frames that take only a clause ("Would you agree to meet him?" asks about agreeing)
_THAT_FRAMES = {"case", "confirm", "agree", "deny", "dispute", "acknowledge", "admit"}
# "Is it true that you met ...?", "Is it fair to say you knew ...?", "Isn't it the case
# that ...?", "Can you confirm that ...?", "Would you agree that ...?": the claim is the
# clause, and the frame's word is neither its predicate nor a term an answer must say
_FRAMES = {"true", "fair", "correct", "accurate", "right", "safe"} | _THAT_FRAMES
# "Are you telling this committee that nobody read it?": the claim is the clause, and "What
# I'm telling the committee is ..." says no part of it back
# "Can you assure residents that the landfill is not leaking?" asks about the leak too
_SAY_FRAMES = {"tell", "say", "suggest", "claim", "testify", "assure", "guarantee", "promise"}
# verbs of going on, with the verb that goes on ("kept buying", "continued to pay")
ASPECT = {"keep", "continue"}


@dataclass
class QuestionInfo:
    """The parts of a question the features compare an answer against."""

    focus: str  # the question sentence(s) themselves, without preamble
    kind: str  # "yesno", "wh", "choice" or "statement"
    wh: str  # the wh-word when kind == "wh", else ""
    n_questions: int
    terms: dict[str, str] = field(default_factory=dict)  # stem -> word as said
    entities: list[str] = field(default_factory=list)  # specific names ("ICE", "Amazon")
    times: list[str] = field(default_factory=list)  # dates and times asked about
    people: list[str] = field(default_factory=list)  # the entities that are persons
    # Multi-noun names found by part of speech, whatever their casing ("immigration and
    # customs enforcement" as Whisper writes it): evidence for the shift reason only.
    phrases: list[str] = field(default_factory=list)
    # Stems of what a yes/no question asks about ("satisfied" in "Are you satisfied with
    # the team?"): an answer that says it back ("I'm satisfied with the team") has answered.
    predicate: tuple[str, ...] = ()
    # What a wh-question asks for and the words that ask it (``asked_for``): (None, "") if
    # nothing of a checkable type
    expects: tuple[str | None, str] = (None, "")


def question_focus(question: str) -> str:
    """The sentence(s) ending in '?' (the last two at most); the whole text if none."""
    sents = split_sentences(question)
    asked = [s for s in sents if s.rstrip().endswith("?")]
    if not asked:
        asked = sents[-2:]
    focus = " ".join(_ASK_FRAME.sub("", _LEAD_RE.sub("", s.strip())) for s in asked)
    return focus or question.strip()


def question_kind(focus: str) -> tuple[str, str]:
    """Classify the first question sentence by its opening word, as a listener would."""
    first = (split_sentences(focus) or [focus])[0]
    first = FRAMING_CLAUSE.sub("", _LEAD_RE.sub("", first.strip()))
    toks = lower_words(first)
    if not toks:
        return "statement", ""
    head = toks[0]
    if head in WH_WORDS:
        return "wh", head
    if head in ("name", "list", "identify"):  # "Name one contract the authority cancelled."
        return "wh", "name"
    if head in YES_NO_AUX:
        if _NAME_ASKED.match(first):  # "Can you name the company that built the garage?"
            return "wh", "name"
        m = _EMBEDDED_WH.search(first)
        if m:  # "Can you tell us why ..." asks for the why
            return "wh", m.group(0).split()[-1].lower()
        # not "Have you or has anyone on your staff been contacted?": whether anyone was
        either = re.search(
            r",? or (?!not\b)(?!(?:has |have |did |was |were |is |are )?(?:anyone|anybody|"
            r"any \w+|someone|somebody)\b)\w+",
            first,
            re.IGNORECASE,
        )
        if either and not first.lower().endswith("or not?"):
            return "choice", ""
        return "yesno", ""
    if TAG_QUESTION.search(first.rstrip("?! ")):  # "You knew what it was, didn't you."
        return "yesno", ""
    for wh in WH_WORDS:  # "And on tariffs, what ..." or "You said X -- why?"
        if re.search(rf"\b{wh}\b", first, re.IGNORECASE):
            return "wh", wh
    if _WHETHER.search(first) or first.rstrip().endswith("?"):
        return "yesno", ""  # declarative question "You shared the data?" or "... whether ..."
    return "statement", ""


def noun_phrases(doc: Any) -> list[str]:
    """Runs of two or more nouns, joined by "and"/"of" ("immigration and customs enforcement",
    "department of homeland security"), read from POS tags so casing does not matter."""
    out: list[str] = []
    run: list[Any] = []

    def close() -> None:
        while run and run[-1].pos_ not in ("NOUN", "PROPN"):
            run.pop()
        if sum(t.pos_ in ("NOUN", "PROPN") for t in run) >= 2:
            out.append(doc[run[0].i : run[-1].i + 1].text)
        run.clear()

    for tok in doc:
        if tok.pos_ in ("NOUN", "PROPN") or (run and tok.lower_ in ("and", "of")):
            run.append(tok)
        else:
            close()
    close()
    return out


def question_from_context(question: str, context: str) -> str:
    """The question to score: ``question`` itself, or, when it is a topic line rather than a
    question ("Possibility of Huawei being removed from the entity list") and ``context``
    holds the whole question turn, the turn's question sentence sharing most words with it
    ("Will Huawei be taken off the entity list?"), or its first if none shares a word.

    A topic line hides the form of what was asked, and whether a yes/no question got a
    yes or no is the strongest single signal; on QEvasion (grouped CV) reading the form
    from the turn raises ROC-AUC from 0.762 to 0.771, and 17 % of its sub-questions are
    such topic lines.
    """
    if not context.strip() or question_kind(question_focus(question))[0] != "statement":
        return question
    asked = [s for s in split_sentences(context) if s.rstrip().endswith("?")]
    if not asked:
        return question
    said = set(lower_words(question))
    # most words in common; sharing none, the turn's first question (its main one, mostly)
    return max(asked, key=lambda sent: len(said & set(lower_words(sent))))


def yes_no_predicate(doc: Any) -> tuple[str, ...]:
    """Stems of the first verb or adjective after the opening auxiliary, light verbs aside;
    after a clause set before the question ("When you met him, did you discuss ...?")."""
    clause = FRAMING_CLAUSE.match(doc.text)
    toks = [tok for tok in doc if not clause or tok.idx >= clause.end()]
    framed: tuple[str, ...] = ()  # "I do agree", "I can confirm": the frame said back too
    aspect: tuple[str, ...] = ()  # "kept buying", "continued to pay"
    for i, tok in enumerate(toks[1:], start=1):
        lemma = tok.lemma_.lower()
        if tok.pos_ not in ("VERB", "ADJ") or not tok.is_alpha or lemma in _LIGHT_VERBS:
            continue
        if tok.is_upper and len(tok) > 1:  # "COVID" tagged as an adjective names a thing
            continue
        # a participle naming the subject ("Are any of the recalled cribs still on the
        # shelves?"), which "Recalled cribs are a serious matter" says back without a reply
        if (
            tok.tag_ in ("VBN", "VBG")
            and toks[i - 1].pos_ == "DET"
            and i + 1 < len(toks)
            and toks[i + 1].pos_ in ("NOUN", "PROPN")
        ):
            continue
        if lemma in _SAY_FRAMES and any(t.lower_ == "that" for t in toks[i + 1 : i + 4]):
            continue
        # "... the county kept buying road salt ...?" asks about the buying too: the verb
        # that goes on is said back with the aspect's, which counts only with a verb of
        # its own (said_back._aspect)
        if (
            lemma in ASPECT
            and i + 1 < len(toks)
            and (toks[i + 1].tag_ == "VBG" or toks[i + 1].lower_ == "to")
        ):
            aspect = (stem(tok.lemma_), stem(tok.text))
            continue
        follows = toks[i + 1].lower_ if i + 1 < len(toks) else ""
        if lemma in _FRAMES and (
            follows == "that" or (follows == "to" and lemma not in _THAT_FRAMES)
        ):
            if tok.pos_ == "VERB":
                framed = (stem(tok.lemma_), stem(tok.text))
            continue
        return tuple(dict.fromkeys((stem(tok.lemma_), stem(tok.text), *framed, *aspect)))
    return tuple(dict.fromkeys((*framed, *aspect)))


def analyse_question(question: str, doc: Any | None) -> QuestionInfo:
    """Build QuestionInfo from the raw question and its spaCy doc (of the focus text)."""
    focus = question_focus(question)
    kind, wh = question_kind(focus)
    info = QuestionInfo(focus=focus, kind=kind, wh=wh, n_questions=max(1, focus.count("?")))
    if doc is not None:
        for tok in doc:
            low = tok.lower_
            if low in _HOW_WORDS and tok.i > 0 and doc[tok.i - 1].lower_ == "how":
                continue  # "how many": what is asked for, not a term to say back
            framing = low in _FRAMES and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "that"
            if (
                tok.pos_ in _CONTENT_POS
                and low not in STOPWORDS
                and len(low) > 2
                and tok.is_alpha
                and not framing
            ):
                # verbs by their lemma ("sold" ~ "sell"); nouns as said: the stem takes a
                # plural's ending off, and spaCy's "datum" for "data" matched no answer
                said_form = tok.pos_ in ("NOUN", "PROPN")
                info.terms.setdefault(stem(low if said_form else tok.lemma_), tok.text)
        info.phrases = noun_phrases(doc)
        if kind == "yesno":
            info.predicate = yes_no_predicate(doc)
        for ent in doc.ents:
            if ent.label_ in _SPECIFIC_LABELS and ent.text not in _NOT_ENTITIES:
                info.entities.append(ent.text)
                if ent.label_ == "PERSON":
                    info.people.append(ent.text)
            elif ent.label_ in _TIME_LABELS:
                info.times.append(ent.text)
    else:
        said = lower_words(focus)
        for k, w in enumerate(said):
            if w in _HOW_WORDS and k and said[k - 1] == "how":
                continue
            if w not in STOPWORDS and len(w) > 2:
                info.terms.setdefault(stem(w), w)
    for m in _ACRONYM.finditer(focus):  # "ICE", "DHS": the tagger sometimes misses these
        if m.group(0) not in _NOT_ENTITIES and not any(m.group(0) in e for e in info.entities):
            info.entities.append(m.group(0))
    info.expects = asked_for(info)
    if info.expects[0] == "action":  # "what steps ... taken": what is asked for, not terms
        for w in _DONE_WORDS:
            info.terms.pop(stem(w), None)
    return info


def entity_present(entity: str, answer_lower: str, answer_stems: set[str]) -> bool:
    """An entity counts as mentioned if its name or any of its longer words appears, as
    words: "ICE" is not in "service", "police" or "justice"."""
    if re.search(rf"(?<!\w){re.escape(entity.lower())}(?!\w)", answer_lower):
        return True
    parts = [w for w in lower_words(entity) if w not in STOPWORDS and len(w) > 2]
    return any(stem(w) in answer_stems for w in parts)
