"""A tiny sentence splitter and question detector for transcript text.

Whisper's output is punctuated but not parsed; the exchange and role joins only need to know
where sentences end and which ones ask something, so a regex splitter keeps those joins pure,
fast and testable without spaCy. Splitting is deliberately conservative: it never splits after
a title ("Mr.", "Sen.") or an initial, so "Ms. Hale, can you ..." stays one sentence.
"""

from __future__ import annotations

import re

from hearing.titles import TITLE_RE

# Tokens that end with a period but do not end a sentence.
_ABBREVIATIONS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "sen",
    "rep",
    "gov",
    "gen",
    "adm",
    "st",
    "jr",
    "sr",
    "prof",
    "hon",
    "no",
    "vs",
    "etc",
    "e.g",
    "i.e",
    "u.s",
    "u.k",
    "inc",
    "corp",
    "co",
    "sec",
    "lt",
    "col",
    "sgt",
    "capt",
    "cmdr",
    "approx",
    "dept",
    "fig",
}

# Candidate boundaries: terminal punctuation (optionally closing quotes/brackets), then space.
_BOUNDARY = re.compile(r"([.!?…]+)([\"'”’)\]]*)(\s+)")
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’.-]*")

_AUX = (
    r"(?:do|does|did|is|are|was|were|am|have|has|had|can|could|would|will|shall|should|may|"
    r"might|must|isn't|aren't|wasn't|weren't|don't|doesn't|didn't|haven't|hasn't|won't|"
    r"wouldn't|can't|couldn't|shouldn't)"
)
_SUBJ = r"(?:you|your|it|that|this|there|they|we|he|she|the|any|anyone|anybody)"
_WH = r"(?:whether|if|why|how|what|when|where|who|which)"
_APOS = "['\u2019]"
# who may say what an asker wants to know: "I", "we", "the committee", "the public"
_ASKER = (
    rf"(?:i|we|i{_APOS}d|we{_APOS}d|the\s+(?:committee|public|american\s+people|taxpayers)"
    rf"|(?:my|our)\s+constituents|people|taxpayers)"
)
# A statement turned into a question by its tail: "You knew, didn't you.", "..., correct.",
# "..., yes or no." (Whisper often ends these with a full stop)
TAG_QUESTION = re.compile(
    rf",\s+(?:(?:{_AUX})\s+(?:you|it|they|he|she|we|there|that)"
    rf"|(?:is|isn't|wasn't|is\s+that)\s+(?:that\s+)?(?:right|correct|true|so)"
    rf"|correct|right|true|yes\s+or\s+no|or\s+not)[\s.]*$",
    re.IGNORECASE,
)
# Frames of an indirect question, the same for finding the question (what they frame must
# follow) and for reading it (``hearing.evasion.question`` drops them from the focus).
WONDER_FRAME = rf"i(?:{_APOS}m|\s+am|\s+was)?\s+(?:wonder|wondering)"
CURIOUS_FRAME = rf"i(?:{_APOS}m|\s+am)\s+curious(?:\s+to\s+(?:know|hear|learn))?"
INTERESTED_FRAME = (
    rf"i(?:{_APOS}d|\s+would)\s+be\s+(?:interested|curious)\s+"
    r"(?:to\s+(?:know|hear|learn)|in\s+(?:knowing|hearing|learning))"
)
HELP_FRAME = r"help\s+(?:me|us|the\s+committee)\s+understand"
# "Describe for the committee ...", "Explain to us ...", "Talk to me about ..."
DESCRIBE_FRAME = (
    r"(?:please\s+)?(?:describe|explain|talk)\s+(?:(?:to|for)\s+)?(?:me|us|the\s+committee)"
)
# ... and "Describe how ...", "Explain why ...": the verb alone frames what follows it
DESCRIBE_WH_FRAME = rf"(?:please\s+)?(?:describe|explain)(?=\s+{_WH}\b)"
# "I'd like to know", "The committee deserves to understand", "we need to hear from you"
WANT_FRAME = (
    rf"{_ASKER}(?:\s+(?:would|really|just|still))?\s+(?:like|want|wants|need|needs|deserves?)"
    rf"\s+to\s+(?:know|understand|hear|learn)(?:\s+from\s+you)?"
)
_FRAMING = (
    r"if|when|given|since|after|before|now\s+that|in\s+light\s+of|based\s+on|with\s+respect\s+to"
    r"|as\s+to|as\s+for|regarding|turning\s+to|going\s+back\s+to|back\s+to|in|on|during|under"
    r"|as\s+far\s+as|speaking\s+of|with\s+regard\s+to|amid|despite|apart\s+from|aside\s+from"
    r"|(?:just\s+)?to\s+(?:be\s+clear|follow\s+up|clarify)"
)
_CLAUSE = rf"(?:{_FRAMING})\b[^,?:;]{{0,120}},\s+"  # "If you messaged anybody, "
# Such a clause where a question follows it: the question's form is read after it ("When
# you met him, did you ...?" asks yes or no; its "when" is the clause's).
FRAMING_CLAUSE = re.compile(
    rf"^{_CLAUSE}"
    rf"(?=(?:{_AUX})\s+{_SUBJ}\b|(?:what|why|how|when|where|who|which)\b)",
    re.IGNORECASE,
)
_RELATIVE = re.compile(
    r"^(?:and\s+|so\s+)?which\s+(?:is|was|means|meant)\s+(?:why|what|how|where|when|exactly|the\s+reason)\b",
    re.IGNORECASE,
)
# Aux-subject inversion ("Did you approve it"), wh-word + aux ("Why did ..."), and the
# request forms hearings use instead of a question mark ("Tell the committee why ...").
_INTERROGATIVE = re.compile(
    rf"^(?:(?:and|so|but|now|then|well|okay|ok|also|just),?\s+)*"
    rf"(?:{TITLE_RE}(?:\s+[A-Z][\w'’-]+){{0,2}},\s+)?"  # "Director Hale, how long ..."
    # a clause set before the question: "If you messaged anybody, would you ...", "Given what
    # we heard, do you ...", "As to the budget, what is ...", "Let me ask you this: do you ..."
    rf"(?:{_CLAUSE}"
    rf"|let\s+me\s+ask\s+(?:you\s+)?(?:this|one\s+(?:more\s+|last\s+)?(?:thing|question))\s*[:,]\s+)?"
    rf"(?:(?:and|so|but|now|then|well|okay|ok|also|yes\s+or\s+no|simply\s+put),?:?\s+)*(?:"
    rf"{_AUX}\s+{_SUBJ}\b"
    rf"|(?:do|does|did|is|are|was|am|can)\s+(?!not\b)[a-z]\w*"
    rf"|should\s+(?!not\b|have\b|i\b)[a-z]\w*"  # not "Should have moved faster."
    rf"|(?:what|which|whose|how\s+many|how\s+much)\s+(?:[\w-]+\s+){{1,3}}?{_AUX}\s+"
    rf"(?:{_SUBJ}|our|its|their|his|her)\b"
    rf"|(?:what|why|how|when|where|who|whom|whose|which)\s+{_AUX}\b"
    rf"|how\s+(?:many|much|long|often|soon|far|come)\b"
    # "How hard is it ...", "How confident are you ...": a degree asked, then the inversion
    rf"|how\s+[a-z]+\s+{_AUX}\s+(?:{_SUBJ}|our|its|their|his|her)\b"
    # "What's your comment on this.", "Where's the money." (not "What's important is ...")
    rf"|(?:what|where|who|how|why){_APOS}s\s+(?:your|the|it|that|this|he|she|there)\b"
    rf"|what\s+makes\s+you\b"
    rf"|who\s+(?:else\s+)?[a-z]+(?:s|ed)\b"
    rf"|who\s+(?:told|gave|made|sent|paid|knew|wrote|took|said|brought|chose|sold|put)\b"
    rf"|(?:which|whose)\s+[a-z]+\s+(?:{_AUX}|[a-z]+(?:s|ed))\b"  # "Which agencies received ..."
    # the short follow-ups that ask for more: "How so.", "Why not.", "Such as."
    rf"|(?:how\s+so|why\s+not|meaning\s+what|such\s+as|like\s+what|what\s+about\s+\w+)"
    rf"|yes\s+or\s+no\s*\.*$"
    rf"|(?:please\s+)?(?:tell|explain\s+to|walk)\s+(?:me|us|the\s+committee)\b"
    rf"|(?:please\s+)?explain\s+(?:why|how|what|whether)\b"
    rf"|my\s+question\s+(?:is|was)[,:]?\s+(?:simply\s+)?{_WH}\b"
    rf"|(?:i\s+want\s+to|i'd\s+like\s+to|i\s+would\s+like\s+to|let\s+me)\s+ask"
    rf"(?:\s+you)?,?\s+{_WH}\b"
    # indirect questions, said with a full stop: "I'd like to know whether ...", "I wonder
    # if ...", "The committee deserves to know why ...", "Help me understand ..."
    rf"|{WANT_FRAME},?\s+{_WH}\b"
    rf"|{WONDER_FRAME}\s+{_WH}\b"
    rf"|{CURIOUS_FRAME},?\s+{_WH}\b"
    rf"|{INTERESTED_FRAME}\s+{_WH}\b"
    rf"|{HELP_FRAME}\b"
    rf"|{DESCRIBE_FRAME}\b"
    rf"|(?:please\s+)?describe\s+{_WH}\b"
    rf"|(?:i\s+(?:would|will|must)\s+|i{_APOS}d\s+|let\s+me\s+)?ask\s+(?:you|that\s+you)\s+"
    rf"(?:to\s+)?(?:explain|tell|describe|clarify|confirm|answer)\b"
    rf")",
    re.IGNORECASE,
)


def split_sentences(text: str) -> list[str]:
    """Split ``text`` into stripped, non-empty sentences (order kept)."""
    text = " ".join(text.split())
    if not text:
        return []
    out: list[str] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        end = m.end(2)
        if m.group(1) == "." and _is_abbreviation(text[start : m.start(1)]):
            continue
        nxt = text[m.end() : m.end() + 1]
        if nxt and nxt.islower() and m.group(1) in (".", "…"):
            continue  # "approx. five" or a mid-sentence ellipsis
        piece = text[start:end].strip()
        if piece:
            out.append(piece)
        start = m.end()
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return out


def _is_abbreviation(before: str) -> bool:
    """True when the word before a period is a title, initial or common abbreviation."""
    m = re.search(r"([A-Za-z][A-Za-z.]*)$", before)
    if not m:
        return False
    word = m.group(1).lower().rstrip(".")
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def words(text: str) -> list[str]:
    """The word tokens of ``text`` (letters/digits, inner apostrophes and periods kept)."""
    return _WORD.findall(text)


def word_count(text: str) -> int:
    return len(words(text))


def is_question(sentence: str) -> bool:
    """True for a sentence that asks something: a question mark or an interrogative form.

    A sentence ending in "." or "!" that merely starts with a wh-word ("What we found was
    ...") is not a question; an unpunctuated or period-ended inversion ("Did you approve it.")
    is, since Whisper sometimes drops question marks.
    """
    s = sentence.strip()
    if not s or not any(c.isalpha() for c in s):
        return False
    if s.rstrip("\"'”’)] ").endswith("?"):
        return True
    if s.endswith("!"):
        return False
    if _RELATIVE.match(s):  # "Which is why we acted.": a clause, not a question
        return False
    return bool(_INTERROGATIVE.match(s) or TAG_QUESTION.search(s))


def question_sentences(text: str) -> list[str]:
    return [s for s in split_sentences(text) if is_question(s)]
