"""Reading a batch of pairs before any embedding: the question's form, the answer's sentences.

This part needs no sentence encoder, so the two combiners of ``both`` share one reading of
a batch: spaCy's tagging of the questions was done twice, a ninth of ``both``'s time.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from hearing.evasion.credit import SHORT_WORDS
from hearing.evasion.question import QuestionInfo, analyse_question, question_focus
from hearing.evasion.text import MAX_SENTENCES, answer_sentences, lower_words
from hearing.evasion.thing import things_named
from hearing.stems import stem

# spaCy docs per batch: 256 tags 400 questions in 1.6 s against 2.0 s at 64, same output.
NLP_BATCH = 256


@dataclass
class Reading:
    """Per pair, in the batch's order: the question sentence embedded, its analysis, and
    the answer's sentences (up to ``MAX_SENTENCES``), and whether a short answer to a
    "what" no type reads names a thing (``thing.things_named``)."""

    focuses: list[str]
    infos: list[QuestionInfo]
    sentences: list[list[str]]
    named: list[bool]
    # the encoder-free features (text_features.TextFeatures), where an extractor read them
    text: list[Any] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.focuses)


def read_pairs(pairs: Sequence[tuple[str, str]], nlp: Any | None) -> Reading:
    questions = [q for q, _ in pairs]
    focuses = [focus(q) for q in questions]
    docs: list[Any] = list(nlp.pipe(focuses, batch_size=NLP_BATCH)) if nlp else [None] * len(pairs)
    infos = [analyse_question(q, doc) for q, doc in zip(questions, docs, strict=True)]
    sentences = [answer_sentences(a, MAX_SENTENCES) for _, a in pairs]
    kinds = [info.expects[0] for info in infos]
    named = things_named(
        nlp,
        kinds,
        [s[0] if s else "" for s in sentences],
        # (counted only where it is read: every answer's words are counted again later)
        [
            k == "thing" and len(lower_words(a)) <= SHORT_WORDS
            for k, (_, a) in zip(kinds, pairs, strict=True)
        ],
    )
    return Reading(focuses, infos, sentences, named)


def focus(question: str) -> str:
    """The question sentence(s) to embed and tag, without the turn's preamble."""
    return question_focus(question) or question.strip() or "?"


def embedded_sentences(sents: list[str], info: QuestionInfo, limit: int) -> list[int]:
    """Indices of the sentences worth embedding: the first two, then those sharing most of
    the question's terms. Embedding dominates scoring time, and a sentence sharing no term
    with the question is rarely the one closest to it."""
    if len(sents) <= limit:
        return list(range(len(sents)))
    terms = set(info.terms)
    ents = [e.lower() for e in info.entities]

    def overlap(i: int) -> float:
        low = sents[i].lower()
        stems = {stem(w) for w in lower_words(sents[i])}
        return len(terms & stems) + sum(e in low for e in ents)

    head = list(range(min(2, limit)))
    rest = sorted(range(len(head), len(sents)), key=lambda i: (-overlap(i), i))
    return sorted(head + rest[: limit - len(head)])


def word_counts(sents: list[str]) -> np.ndarray:
    """Each sentence's weight in a length-weighted mean embedding (the scorer's and the
    resolution head's training inputs must weigh alike)."""
    return np.array([max(1, len(lower_words(s))) for s in sents], dtype=float)
