"""Procedural talk: the parts of a hearing that are neither questions nor answers.

Recognitions, yields, "without objection", oaths and thanks carry no content to score, and a
"Do you swear to tell the truth?" must never become an exchange. The same phrases are strong
evidence of who chairs (chair cues) and who testifies (witness cues), so role assignment
reuses them.
"""

from __future__ import annotations

import re

from hearing.sentences import split_sentences
from hearing.titles import LEADING_VOCATIVE, TITLE_RE

_I = re.IGNORECASE

# Phrases only the chair says: they run the hearing.
_CHAIR = re.compile(
    r"\b(?:"
    r"(?:will|shall)\s+(?:now\s+)?come\s+to\s+order|comes?\s+to\s+order"
    r"|chair\s+(?:now\s+|will\s+now\s+|would\s+now\s+)?recogni[sz]es\b"
    r"|i\s+(?:now\s+|will\s+now\s+|would\s+now\s+)?(?:like\s+to\s+)?recogni[sz]e\s+(?:myself"
    r"|the\s+(?:gentle\w+|distinguished|senator|ranking|vice|chair\w*|member)"
    rf"|{TITLE_RE})"
    r"|(?:you're|you\s+are)\s+(?:now\s+)?recogni[sz]ed\b"
    r"|\bis\s+(?:now\s+)?recogni[sz]ed(?:\s+for\b|\s*[.!]|\s*$)"
    r"|without\s+objection|so\s+ordered|is\s+there\s+(?:any\s+)?objection"
    r"|(?:time|minutes?)\s+(?:has|have|is)\s+(?:now\s+)?expired"
    r"|(?:hearing|committee|subcommittee|we)\s+(?:is|are|stands?|will\s+stand)\s+adjourned"
    r"|(?:this|the)\s+hearing\s+is\s+(?:now\s+)?(?:adjourned|closed)"
    r"|record\s+will\s+(?:remain|be\s+held|stay)\s+open"
    r"|(?:we\s+will|we'll)\s+now\s+(?:hear|turn|proceed|move)\b|we\s+(?:will|'ll)\s+hear\s+from"
    r"|(?:i'd|i\s+would)\s+like\s+to\s+(?:also\s+)?welcome|i\s+want\s+to\s+welcome"
    r"|(?:let\s+me|i)\s+(?:also\s+)?welcome\s+(?:our|the|today's)"
    r"|welcome\s+(?:our|the)\s+witness(?:es)?"
    r"|please\s+(?:rise|stand)|raise\s+your\s+right\s+hand"
    r"|(?:solemnly\s+)?(?:swear|affirm)\s+(?:or\s+affirm\s+)?that\s+the\s+testimony"
    r"|(?:you\s+may|please)\s+(?:now\s+)?(?:proceed|begin)|floor\s+is\s+yours"
    r"|(?:the\s+witness|you)\s+may\s+(?:briefly\s+)?(?:answer|respond)"
    r"|opening\s+statement(?:s)?\s+(?:will|are|is)"
    r"|(?:any|further|other|more|additional)\s+(?:further\s+|other\s+)?questions\s+"
    r"(?:for|from)\s+(?:the|this|our)\s+witness"
    r"|(?:do|does)\s+(?:you|any\s+member|anyone)\s+(?:have\s+)?(?:any\s+)?"
    r"(?:further|other|more|additional)\s+questions"
    r"|unanimous\s+consent|point\s+of\s+order|clerk\s+will|call\s+the\s+roll"
    r"|(?:stand\s+in|take\s+a\s+(?:short\s+|brief\s+|\w+-minute\s+)?)(?:recess|break)"
    r"|(?:the\s+)?gentle(?:man|woman|lady)(?:'s)?\s+(?:from|time|yields)"
    r")",
    _I,
)

# Phrases a questioner uses to hand back or close their time.
_MEMBER = re.compile(
    r"\b(?:"
    r"i\s+yield|yield\s+back|yield\s+(?:the\s+)?(?:balance|remainder)|will\s+the\s+\w+\s+yield"
    r"|reclaiming\s+my\s+time|(?:i\s+have\s+)?no\s+further\s+questions"
    r"|that's\s+all\s+i\s+have|that\s+is\s+all\s+i\s+have"
    r")",
    _I,
)

# Witness cues: said by people who testify. Only the first group is procedural.
_WITNESS_PROCEDURAL = re.compile(
    r"\b(?:"
    r"thank\s+you\s+for\s+(?:having|inviting)\s+(?:me|us)"
    r"|(?:thank\s+you\s+for|i\s+appreciate)\s+the\s+opportunity\s+to\s+(?:testify|appear|be\s+here)"
    r"|(?:i'm|i\s+am)\s+(?:pleased|happy|glad|honored|honoured)\s+to\s+be\s+(?:here|with\s+you)"
    r"|(?:i\s+)?look\s+forward\s+to\s+(?:your|answering\s+your|taking\s+your)\s+questions"
    r"|(?:happy|glad|pleased)\s+to\s+(?:answer|take)\s+(?:any\s+|your\s+)?questions"
    r")",
    _I,
)
_WITNESS_CUE = re.compile(
    r"\b(?:my\s+(?:written\s+|prepared\s+)?(?:testimony|statement)"
    r"|(?:our|my)\s+(?:agency|department|bureau|office|company|organization)"
    r"|(?:submitted|submit)\s+for\s+the\s+record"
    r"|(?:i'd|i\s+would)\s+have\s+to\s+(?:check|get\s+back)"
    r"|(?:get\s+back\s+to\s+you)"
    r")",
    _I,
)

# A sentence that is only thanks: "Thank you.", "Thank you, Director Hale.",
# "Thank you very much for your testimony." (not "Thank you for confirming you shared it").
_THANKS_OBJECTS = (
    r"(?:(?:the|your|that|this|these|those|our|all|today's|their)\s+)?(?:\w+\s+){0,2}?"
    r"(?:questions?|answers?|testimony|time|service|work|leadership|courtesy|opportunity"
    r"|invitation|response|responses|clarification|hearing|patience|indulgence|remarks"
    r"|statement|introduction|recognition|attendance|kind\s+words)"
    r"|(?:having|inviting)\s+(?:me|us)|being\s+(?:here|with\s+us)|coming|appearing"
    r"|yielding|holding\s+(?:this|today's)\s+hearing|(?:calling|convening)\s+this\s+hearing"
)
_ADDRESS = (
    rf"(?:{TITLE_RE}(?:\s+[A-Z][\w'’-]+){{0,2}}"
    r"|(?i:everyone|all|both|members?|colleagues|sir|ma'am|folks)"
    r"|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
)
_THANKS_PREFIX = re.compile(
    r"^(?i:(?:and|well|okay|ok|yes|so|again),?\s+)?"
    r"(?i:thank\s+you|thanks|i\s+thank\s+you|i\s+appreciate\s+(?:it|that)|much\s+appreciated)"
    r"(?i:\s+(?:very|so)\s+much)?(?i:,?\s+again)?"
    rf"(?:,?\s+{_ADDRESS})?(?i:,?\s+(?:and\s+)?(?:for|to)\s+(?:{_THANKS_OBJECTS})[^.?!]*?)?"
    r"(?i:,?\s+again)?(?:\s*[.!,;:—–-]+\s*|\s*$)"
)
_FILLER_PREFIX = re.compile(
    r"^(?i:(?:well,?\s+)?(?:that's|that\s+is)\s+(?:a\s+|an\s+)?(?:very\s+|really\s+)?"
    r"(?:great|good|fair|important|excellent|reasonable|legitimate|interesting)\s+question"
    r"|i\s+appreciate\s+(?:the|your|that)\s+question"
    r"|i'm\s+glad\s+you\s+asked(?:\s+that)?)"
    r"(?:,?\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’-]+)?)?(?:\s*[.!,;:—–-]+\s*|\s*$)"
)

# "That's not my question", "That was not what I asked".
_NOT_ASKED = (
    r"that(?:'s\s+not|\s+(?:wasn't|was\s+not|isn't|is\s+not))\s+"
    r"(?:my\s+question|the\s+question(?:\s+i\s+asked)?|what\s+i\s+asked)"
)
# The words by which an asker says the earlier answer did not answer ("So is that a yes?",
# "That was not my question", "I'll ask again"). "Just to be clear" or "So you're saying"
# also follow up (below), but on QEvasion's interviews the answer before such a turn is no
# more often evasive than any other (65 % against 67 %), so only these name an earlier
# answer (``pressing``). Every press is also a follow-up opener: one list serves both.
_PRESS_WORDS = (
    r"\bis\s+that\s+(?:a\s+)?(?:yes|no)\b|\b(?:a\s+)?yes\s+or\s+(?:a\s+)?no\b"
    rf"|\b{_NOT_ASKED}"
    r"|\byou\s+(?:didn't|did\s+not|haven't|have\s+not)\s+answer(?:ed)?\b|\bmy\s+question\s+was\b"
    r"|\b(?:i'll|i\s+will|let\s+me)\s+ask\s+(?:you\s+)?(?:(?:it|that|this)\s+)?"
    r"(?:again|one\s+more\s+time|once\s+more)\b"
    r"|\bwhich\s+is\s+it\b|\b(?:please\s+)?answer\s+the\s+question\b|\bi\s+(?:didn't|did\s+not)\s+ask\b"
    r"|\b(?:it's|it\s+is|this\s+is)\s+a\s+(?:very\s+)?(?:simple|straightforward|direct)\s+"
    r"(?:yes\s+or\s+no\s+)?question\b"
)
_PRESS = re.compile(_PRESS_WORDS, _I)

# Follow-up openers: the asker comes back to an earlier answer, pressing or not.
_FOLLOWUP = re.compile(
    r"^(?:(?:and|but|well|okay|ok|now),?\s+)*(?:"
    r"so,?\s+(?:is|are|was|were|did|do|does|you|you're|your|that|that's|then|the\s+answer"
    r"|it's|it\s+is|just|again|what\s+you're)\b|just\s+to\s+(?:be\s+clear|clarify|confirm)|to\s+be\s+clear|let\s+me\s+try(?:\s+(?:it|that|this))?\s+(?:one\s+more\s+time|again)"
    r"|let\s+me\s+put\s+(?:it|this|that)\s+(?:another|a\s+different|this)\s+way"
    r"|i'll\s+ask\s+one\s+more|i\s+will\s+ask|(?:again|once\s+more),"
    r"|let\s+me\s+rephrase|are\s+you\s+saying"
    r"|(?:are|were)\s+you\s+(?:telling|suggesting)|you're\s+(?:saying|telling)"
    r"|is\s+that\s+(?:right|correct|true)|in\s+other\s+words|come\s+on"
    rf"|{_PRESS_WORDS}"
    r")",
    _I,
)


def _thanks_removed(sentence: str) -> str:
    """``sentence`` without a leading thanks or "good question" filler (repeatedly)."""
    s = sentence.strip()
    for _ in range(3):
        m = _THANKS_PREFIX.match(s) or _FILLER_PREFIX.match(s)
        if not m or m.end() == 0:
            break
        s = s[m.end() :].strip()
    return s


def is_thanks(sentence: str) -> bool:
    """True when the sentence is nothing but thanks (or "good question" filler)."""
    s = sentence.strip()
    return bool(s) and not any(c.isalnum() for c in _thanks_removed(s))


def procedural_kind(sentence: str) -> str | None:
    """ "chair", "member", "witness" or "thanks" for a procedural sentence, else None."""
    if _CHAIR.search(sentence):
        return "chair"
    if _MEMBER.search(sentence):
        return "member"
    if _WITNESS_PROCEDURAL.search(sentence):
        return "witness"
    if is_thanks(sentence):
        return "thanks"
    return None


def is_procedural_sentence(sentence: str) -> bool:
    return procedural_kind(sentence) is not None


def is_procedural(text: str) -> bool:
    """True when every sentence of ``text`` is procedural (and there is at least one)."""
    sents = split_sentences(text)
    return bool(sents) and all(is_procedural_sentence(s) for s in sents)


def chair_cues(text: str) -> int:
    return sum(1 for s in split_sentences(text) if _CHAIR.search(s))


def witness_cues(text: str) -> int:
    return sum(
        1 for s in split_sentences(text) if _WITNESS_PROCEDURAL.search(s) or _WITNESS_CUE.search(s)
    )


def strip_preamble(text: str) -> str:
    """The answer without its leading thanks, fillers and procedural sentences.

    Used for the text that gets scored, so "Thank you, Senator. That's a great question." does
    not dilute (or inflate) similarity. Returns "" when nothing but procedure remains.
    """
    sents = split_sentences(text)
    i = 0
    while i < len(sents):
        rest = _thanks_removed(sents[i])
        if not any(c.isalnum() for c in rest) or is_procedural_sentence(rest):
            i += 1
            continue
        sents[i] = rest[:1].upper() + rest[1:]
        break
    return " ".join(sents[i:])


def content_sentences(text: str) -> list[str]:
    """The sentences of ``text`` that are not procedural (thanks prefixes removed)."""
    out = []
    for s in split_sentences(text):
        if is_procedural_sentence(s):
            continue
        rest = _thanks_removed(s)
        if any(c.isalnum() for c in rest):
            out.append(rest)
    return out


def is_followup(question: str) -> bool:
    """True when a question presses on an earlier answer ("So is that a yes?", "Director,
    that was not my question")."""
    return bool(_FOLLOWUP.match(LEADING_VOCATIVE.sub("", question.strip())))


def pressing(question: str) -> str | None:
    """The words by which a follow-up says the earlier answer did not answer, or None.

    Asked on its own ("Is that a yes or no question?") such a phrase means nothing; the
    caller applies it only to a follow-up (``is_followup``, ``Exchange.follows``)."""
    m = _PRESS.search(question)
    return m.group(0) if m else None
