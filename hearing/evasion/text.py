"""Light text handling for evasion features: sentences and words (stems: hearing.stems).

Regex only, so that scoring many answers stays fast; spaCy is used for the (short)
questions elsewhere. Transcripts often glue sentences together ("issues.And so"), so a
sentence break is also accepted where a full stop touches a capital letter.
"""

from __future__ import annotations

import re

_SENT_RE = re.compile(
    r"(?<=[.!?])[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9])"  # ". Next"
    r"|(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])"  # "issues.And" (glued transcript sentences)
)
_ABBREV_RE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Lt|Col|Jr|Sr|vs|No|U\.S|Inc|Co)\.$")
WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’\-]*|\d[\d,.%]*")
MAX_SENTENCES = 24
MIN_SENTENCE_WORDS = 3


def split_sentences(text: str) -> list[str]:
    """Split into sentences; very short fragments are merged into their neighbour."""
    text = " ".join(text.split())
    if not text:
        return []
    parts: list[str] = []
    start = 0
    for m in _SENT_RE.finditer(text):
        piece = text[start : m.start()].strip()
        if piece and _ABBREV_RE.search(piece):
            continue  # "Mr. Xi" is one sentence
        if piece:
            parts.append(piece)
        start = m.end()
    tail = text[start:].strip()
    if tail:
        parts.append(tail)
    merged: list[str] = []
    for p in parts:
        if merged and len(WORD_RE.findall(merged[-1])) < MIN_SENTENCE_WORDS:
            merged[-1] = f"{merged[-1]} {p}"
        else:
            merged.append(p)
    if len(merged) > 1 and len(WORD_RE.findall(merged[-1])) < MIN_SENTENCE_WORDS:
        last = merged.pop()
        merged[-1] = f"{merged[-1]} {last}"
    return merged


def answer_sentences(answer: str, limit: int) -> list[str]:
    """The answer's first ``limit`` sentences, never none (an answer without a sentence
    break is one sentence; an empty one is ".")."""
    return split_sentences(answer)[:limit] or [answer.strip() or "."]


def words(text: str) -> list[str]:
    return WORD_RE.findall(text)


def lower_words(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in WORD_RE.findall(text)]
