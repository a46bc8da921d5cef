"""Where an answer gives what its wh-question asks for (``answer_types.EXPECTED``), with
the readings that keep a match from counting: an address to the panel opening the answer,
a name or number the question itself says, the question's own role or class said back
("The officers involved are on leave", "Contractors are brought on through ...").
"""

from __future__ import annotations

import re

from hearing.evasion.answer_types import EXPECTED, LENGTH_TOLD, READ_AS_SAID
from hearing.evasion.lexicon import STOPWORDS
from hearing.evasion.told import CAUSE_TOLD, FINDING_TOLD, NAMED_TOLD
from hearing.stems import stem
from hearing.titles import LEADING_VOCATIVE, lookup

# "Yes. We lost four of our seven doctors." to "Can you explain why the wait times
# doubled?": the yes says only that the witness can; what follows is the answer
_YES_LEAD = re.compile(r"(?i:(?:yes|sure|certainly|of course|absolutely)(?:,? i can)?[.,!]\s+)")


def past_yes(text: str, start: int = 0) -> int:
    """Where the answer starts past a leading "Yes." to a wh-question (``_YES_LEAD``)."""
    lead = _YES_LEAD.match(text, start)
    return lead.end() if lead else start


# What a short answer with no retreat may give bare, without the words that mark it
# elsewhere: a cause told as what happened, a finding as a noun phrase
BARE = {
    "why": CAUSE_TOLD,
    "obstacle": CAUSE_TOLD,  # "A freight train blocked the crossing for nine minutes."
    "means": CAUSE_TOLD,  # "He walked out with a work crew and nobody counted heads."
    "finding": FINDING_TOLD,
    "return": FINDING_TOLD,
    "content": FINDING_TOLD,
    "options": FINDING_TOLD,
    "kind": FINDING_TOLD,
    "need": FINDING_TOLD,
    # "Two hundred teachers laid off and the middle schools closed by fall."
    "outcome": FINDING_TOLD,
    # "Library hours and the summer youth jobs program, about four million together."
    "which": NAMED_TOLD,
    # what was done wrong, named: "The property line along the creek by forty feet." to
    # "What did the surveyors mark wrong on the plat?" (a thing with "the": not "Go ahead.
    # Please." to "What happened with the peace process?")
    "event": re.compile(r"(?=(?:the|its|their) )" + FINDING_TOLD.pattern),
}


def given_span(
    expect: str | None,
    said: str,
    low: str,
    asked: frozenset[str] = frozenset(),
    bare: bool = False,
    asking: str = "",
) -> tuple[int, int] | None:
    """``typed_span``, or where ``bare`` (a short answer with no retreat, which the caller
    knows) the answer read from its start past a leading "Yes." by ``BARE``: "A freight
    train blocked the crossing for nine minutes." to "What kept the ambulance ...?". A
    "how" that asks how it came about (``asking``, the question's words that ask: "how did
    the inmate escape") is answered by a way told ("Through a vent in the laundry room")
    as by a cause."""
    span = typed_span(expect, said, low, asked)
    if span is None and expect == "why" and asking.startswith("how "):
        span = typed_span("means", said, low, asked)
    if span is None and bare and expect in BARE:
        skip = past_yes(low)
        # (a word said back alone is a reply: "Serious." to "How serious is the crack?")
        # (a whole word: without the \b, "serious." backtracked to "seriou")
        first = re.match(r"[a-z-]{4,}\b(?![.,;!])", low[skip:])
        # (in the plural too: "Crews work under the direction of ..." to "What is the
        # ambulance crew allowed to give ...?")
        said = first and first.group(0)
        if said and said not in STOPWORDS and (said in asked or said.rstrip("s") in asked):
            # the question's own word as subject speaks of what was asked about, not of what
            # it asked for: "Inspectors use their professional judgment" to "What were the
            # inspectors told to look for?"
            return None
        told = BARE[expect].match(low[skip:])
        span = (skip, skip + told.end()) if told else None
    return span


def typed_span(
    expect: str | None, said: str, low: str, asked: frozenset[str] = frozenset()
) -> tuple[int, int] | None:
    """Where the answer gives what a wh-question asks for (``answer_types.EXPECTED``), as
    a span of ``said``, looked for past a leading "Yes." (``past_yes``). An address to the
    panel opening the answer ("Senator, ...", "Mr. Chairman, ...") is skipped: it names who
    is spoken to, not who did it. Another title there is the answer ("Judge Alvarez, at
    about two in the morning"). A name or place the question itself says (``asked``, its
    lower-cased words) gives nothing new: "Where did the ballots from Precinct 12 turn up?"
    - "Ballots from Precinct 12 are handled the same way as any other"."""
    if expect is None:
        return None
    vocative = LEADING_VOCATIVE.match(said)
    title = vocative and lookup(vocative.group("title"))
    start = vocative.end() if vocative and title and title.role == "asker" else 0
    text = said if expect in READ_AS_SAID else low
    start = past_yes(text, start)
    for m in EXPECTED[expect].finditer(text[start:]):
        named = m.group(0)  # a capitalised name, not an office ("Which judge ...?")
        if expect in READ_AS_SAID and named[:1].isupper() and named.lower() in asked:
            continue
        # the role the question itself names, said back with only an article: "The officers
        # involved are on leave" to "Which of your officers fired the first shot?" (but
        # "The presiding judge did" to "Which judge signed it?" says which)
        if expect == "who" and _role_said_back(named, text, start, m, asked):
            continue
        # who does such things as a rule, not who did it: "Separation agreements are
        # negotiated by legal counsel" to "Who approved paying the superintendent ...?" (but
        # "Contracts are signed by the director" to "Who signed the contract?")
        if expect == "who" and _by_rule(text[: start + m.start()], asked):
            continue
        # one left unnamed: "The employee involved has been placed on leave" names nobody
        if expect == "who" and _UNNAMED.match(text, start + m.end()):
            continue
        # an office said as chosen by a process names nobody: "The auditor was selected
        # through a competitive process" to "What's the name of the firm that audited ...?"
        if expect == "who" and named[:1].islower() and _CHOSEN.match(text, start + m.end()):
            continue
        # where a thing is written, not where it is: "Firearm storage rules are set out in
        # the department's property manual" to "Where did the department keep the rifles?"
        # (unless written is what was asked: "Where is that rule spelled out?")
        if (
            expect == "where"
            and _STATED.search(text, 0, start + m.start())
            and not asked & _STATING_WORDS
        ):
            continue
        # a number the question says: "Highway 12" to "How long did it take on Highway 12?"
        word = _word_at(text, start + m.start())
        if any(c.isdigit() for c in word) and word.lower() in asked:
            continue
        # a count of people is no sum: "Fine-free lending has brought thousands of readers
        # back" to "How much has the library system lost on the late fees ...?"
        if expect == "how_many" and "much" in asked and _PEOPLE.match(text, start + m.end()):
            continue
        # "every two years" is how often, no answer to "how long" or "how many"
        if (
            expect == "how_many"
            and "often" not in asked
            and text[: start + m.start()].endswith("every ")
        ):
            continue
        return m.start() + start, m.end() + start
    # "How long will the repairs take?" - "Most of the summer.", "Until October at least."
    # ("How much longer will the freeze last?" too)
    if expect == "how_many" and ("long" in asked or "longer" in asked):
        m = LENGTH_TOLD.search(text, start)
        return (m.start(), m.end()) if m else None
    return None


def _role_said_back(
    named: str, text: str, start: int, m: re.Match[str], asked: frozenset[str]
) -> bool:
    """Whether a match for "who" is only the role the question itself says, with no more
    than an article ("The officers involved are on leave" to "Which of your officers fired
    the first shot?") or past the answer's first words; "The presiding judge did" to
    "Which judge signed it?" says which."""
    last = named.lower().split()[-1].removesuffix("'s") if named.split() else ""
    # ("mayor" said back for "the mayor's trip")
    if last.rstrip("s") not in {w.removesuffix("'s").rstrip("s") for w in asked}:
        return False
    before = text[: start + m.end() - len(last)].lower().split()[-2:]
    # "Our nurses are encouraged to report ..." to "Who told the nurses not to?" names
    # nobody; "Two of our officers did" counts some
    owned = before[-1:] in (["our"], ["my"], ["its"], ["their"]) and before[:1] != ["of"]
    subject = len(text[: start + m.start()].split()) <= 3  # among its first words
    # the class said first, as the subject of a general rule: "Contractors are brought on
    # through an established selection process" to "Who hired the contractor ...?" (but
    # "Contractors." or "Contractors did" names who)
    rule = not before and _GENERAL_VERB.match(text, start + m.end()) is not None
    return (
        before[-1:] in (["the"], ["your"], ["those"], ["these"], ["all"])
        or owned
        or rule
        or not subject
    )


_RULE_BY = re.compile(
    r"\b(?:is|are) (?:\w+ )?([a-z]{3,}(?:ed|en)) (?:by (?:the |our |its |their |an? )?"
    r"(?:[\w-]+ ){0,2})?$"
)


def _by_rule(before: str, asked: frozenset[str]) -> bool:
    """Whether the text before a "who" match ends in a present passive ("are negotiated
    by ") whose verb the question does not ask about."""
    m = _RULE_BY.search(before.lower())
    return m is not None and stem(m.group(1)) not in {stem(w) for w in asked}


_PEOPLE = re.compile(
    r"(?: of)? (?:new |more |extra |additional |local |young |older )?(?:people|persons|"
    r"residents|readers|visitors|users|students|patients|customers|clients|families|children|"
    r"kids|members|voters|riders|passengers|patrons|borrowers|workers|employees|volunteers|"
    r"participants|subscribers|viewers|fans|guests|tourists|seniors|veterans|citizens|"
    r"taxpayers|households|tenants|homeowners|jobs)\b"
)


_GENERAL_VERB = re.compile(
    r" (?:are|is|get|gets|must|should|can|may|have to|need to|go|goes) (?:\w+ )?(?:[a-z]+ed|"
    r"brought|chosen|held|made|paid|given|taken|done|hired|picked|vetted|screened|required|"
    r"expected|subject)\b"
    # a routine of the class: "Supervisors rotate through the center on a set schedule"
    r"| (?:rotate|take turns|alternate|share|cover|work in) (?:through|shifts|on|the|a|duty)\b"
)

# a person left unnamed on purpose: "The employee involved", "the officer in question"
_UNNAMED = re.compile(r"(?:'s)? (?:involved|in question|concerned)\b")


# a verb of writing or reporting just before a place: the place is a document
_STATED = re.compile(
    r"\b(?:(?:set|laid|spelled|mapped) out|described|outlined|detailed|covered|addressed|"
    r"documented|defined|explained|governed|specified|codified|stated|written(?: down)?|"
    r"contained|listed|published|reported|disclosed|reflected|shown|accounted for|"
    r"summarized|summarised|discussed) $"
)
_STATING_WORDS = frozenset(
    "set laid spelled described outlined detailed covered addressed documented defined "
    "explained governed specified codified stated written write writes wrote say says said "
    "listed published reported disclosed reflected shown show shows accounted summarized "
    "summarised discussed rule rules policy policies law laws document documents".split()
)


_CHOSEN = re.compile(
    r" (?:was|were|is|are|has been|have been) (?:\w+ )?(?:selected|chosen|picked|hired|"
    r"appointed|retained|engaged) (?:through|via|by way of|under|in accordance|after a|based on)\b"
)


def _word_at(text: str, at: int) -> str:
    """The run of letters and digits around position ``at``."""
    left, right = at, at
    while left > 0 and text[left - 1].isalnum():
        left -= 1
    while right < len(text) and text[right].isalnum():
        right += 1
    return text[left:right]
