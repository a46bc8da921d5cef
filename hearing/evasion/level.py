"""An answer that speaks of the whole class where the question asked about one of it: "Did
you know the contractor had been banned?" - "Contractors are vetted by our procurement
office"; "Did the minister approve the emergency contract?" - "Emergency contracts are
approved according to the rules". The answer's subject is the question's own noun, so it
covers the question's terms and reads as on topic; what it gives up is the one asked about.
Testimony's commonest retreat to a rule, and no phrase list finds it: the generic word is
the question's. Its kin: any one of the class ("Any new system has its growing pains" for
"the new payroll system"), and for "who" many named where one was asked for."""

from __future__ import annotations

import re

from hearing.evasion.question import QuestionInfo
from hearing.stems import stem

# A bare plural opening the answer ("Contractors", "Emergency contracts", "Payments to
# consultants") and what follows it when it is the subject of a general statement.
_BARE_PLURAL = re.compile(
    r"^(?:(?P<mod>[A-Z][a-z-]+) )?(?P<noun>[a-zA-Z]{3,}[^s\W]s)\b(?: (?:to|of|for|from|with|"
    r"by|in) (?:[a-z-]+ ){0,2}?(?P<obj>[a-z]{3,}[^s\W]s)\b)?"
    r"(?= (?:are|were|have|go|get|must|should|can|cannot|can't|will|need|follow|do|don't|"
    r"aren't|undergo|receive|typically|usually|always|generally|normally|all)\b)"
)
# The question asks about one: "the contractor", "this emergency contract", "your bonus"
_ONE = r"\b(?:the|this|that|your|its|his|her|our|their) (?:[a-z-]+ ){0,2}?"
# Any one of the class, said as a rule: "Any new system has its growing pains" for "the new
# payroll system"
_ANY = re.compile(
    r"^(?:Any|Every|Each) (?:[a-z-]+ ){0,2}?(?P<noun>[a-z]{3,})(?= (?:has|is|will|can|must|"
    r"should|needs|goes|gets|faces|comes|takes|requires|involves|runs)\b)"
)
_WORDS = re.compile(r"[a-z]+")
# Many, said for "who": "A lot of agencies play a role ...", "Several offices were involved"
_MANY = re.compile(
    r"^(?:A lot of|Lots of|Many|Several|Various|A number of|A variety of|Numerous|Multiple|"
    r"All kinds of|Different|A range of) (?:[a-z-]+ )?[a-z]{3,}[^s\W]s\b"
)


def generic_subject(info: QuestionInfo, said: str) -> tuple[str, str] | None:
    """The bare plural that opens ``said`` and the one thing the question asked about in
    its place (("Contractors", "the contractor")), or None. The plural must be a word the
    question said in the singular after a determiner ("Did you know the contractor ...?" -
    "Contractors are vetted ..."); a question about many ("Were the contracts approved?")
    is answered in kind by a plural. Asked "who" (or "which officers"), many named at once
    ("A lot of agencies play a role ...") is the same retreat: (("A lot of agencies",
    "who"))."""
    asked = info.expects[1] if info.expects[0] == "who" else ""
    many = _MANY.match(said) if asked else None
    if many:  # "Who is responsible ...?" - "A lot of agencies play a role in it."
        return many.group(0), asked
    focus = info.focus.lower()
    one_of = _ANY.match(said)
    if one_of:  # "What went wrong with the new payroll system?" - "Any new system has ..."
        one = re.search(_ONE + r"(?:[a-z-]+ )?" + one_of.group("noun") + r"\b", focus)
        return (one_of.group(0), one.group(0)) if one else None
    m = _BARE_PLURAL.match(said)
    if not m:
        return None
    for group in ("noun", "obj"):
        word = (m.group(group) or "").lower()
        if not word:
            continue
        singular = next(
            (
                w
                for w in _WORDS.findall(focus)
                if not w.endswith("s") and stem(w) == stem(word) and len(w) < len(word)
            ),
            None,
        )
        one = singular and re.search(_ONE + re.escape(singular) + r"\b", focus)
        if one:
            return said[m.start() : m.end()], one.group(0)
    return None
