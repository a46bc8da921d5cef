"""Deterministic synthetic hearings, for the TUI's tests, snapshots and benchmark.

A long hearing with realistic shape (chair, members, witnesses, procedural talk, answers
of varying evasiveness) lets the review workbench be measured and tried without running
the models. The same seed always gives the same document, so snapshots are stable.
"""

from __future__ import annotations

import random

from hearing.document import (
    Exchange,
    HearingDocument,
    ModelInfo,
    Reason,
    Source,
    Speaker,
    SpeakerSegment,
    Turn,
    Word,
)

_SPEAKERS = [
    Speaker("S1", "SPEAKER_00", None, "Chair Alvarez", "asker"),
    Speaker("S2", "SPEAKER_01", None, "Senator Ortiz", "asker"),
    Speaker("S3", "SPEAKER_02", None, "Dr. Lee", "answerer"),
    Speaker("S4", "SPEAKER_03", None, None, "answerer"),
]
_TOPICS = [
    "the water budget",
    "the grid upgrade",
    "the audit findings",
    "overtime costs",
    "the pilot programme",
    "contractor oversight",
    "the safety report",
    "rural broadband",
]
_QUESTIONS = [
    "Did your office approve {t} before the deadline?",
    "How much of {t} has already been spent?",
    "Who signed off on {t}, and when?",
    "Will you commit today to publishing {t} in full?",
    "Why were members not told about {t} earlier?",
]
_DIRECT = [
    "Yes, we approved it on the fourteenth of March.",
    "About forty percent has been spent so far, and the rest is committed.",
    "The deputy director signed it in April after legal review.",
    "Yes, I commit to publishing it within thirty days.",
]
_EVASIVE = [
    "What I can tell you is that we take these matters extremely seriously.",
    "I think it is important to look at the broader context of the programme.",
    "I would have to get back to you on the specifics of that.",
    "Our focus has always been on delivering value for the people we serve.",
]
_FILLER = (
    "and we continue to work closely with our partners across the region to make sure that "
    "the commitments we made are met in a way that is transparent and accountable to members"
).split()
_PROCEDURAL = [
    "The committee will come to order.",
    "Thank you. The chair recognises the senator for five minutes.",
    "Without objection, the statement will be entered into the record.",
]


def _sentence_words(rng: random.Random, base: str, target: int) -> str:
    words = base.split()
    if len(words) < target:
        start = rng.randrange(len(_FILLER))
        extra = [_FILLER[(start + k) % len(_FILLER)] for k in range(target - len(words))]
        words = words + ["Also,"] + extra
        words[-1] = words[-1] + "."
    return " ".join(words)


def synthetic_hearing(
    n_exchanges: int = 600, n_procedural: int = 300, words_per_turn: int = 20, seed: int = 7
) -> HearingDocument:
    """A hearing of ``2 * n_exchanges + n_procedural`` turns, ~7 s per turn."""
    rng = random.Random(seed)
    speakers = [Speaker(**vars(s)) for s in _SPEAKERS]
    turns: list[Turn] = []
    words: list[Word] = []
    segments: list[SpeakerSegment] = []
    exchanges: list[Exchange] = []
    clock = 2.0
    procedural_every = max(1, n_exchanges // max(1, n_procedural)) if n_procedural else 0
    procedural_left = n_procedural

    def add_turn(speaker: str, text: str) -> int:
        nonlocal clock
        tokens = text.split()
        start = clock
        first = len(words)
        for tok in tokens:
            dur = 0.18 + 0.04 * (len(tok) % 5)
            words.append(Word(tok, round(clock, 2), round(clock + dur, 2), 0.95, speaker))
            clock += dur + 0.06
        end = round(clock, 2)
        turn = Turn(len(turns), speaker, round(start, 2), end, text, first, len(words))
        turns.append(turn)
        segments.append(SpeakerSegment(turn.start, turn.end, speaker))
        clock += 0.8
        return turn.id

    for i in range(n_exchanges):
        if procedural_left and procedural_every and i % procedural_every == 0:
            add_turn("S1", rng.choice(_PROCEDURAL))
            procedural_left -= 1
        asker = rng.choice(["S1", "S2"])
        answerer = "S3" if rng.random() < 0.6 else "S4"
        topic = rng.choice(_TOPICS)
        question = rng.choice(_QUESTIONS).format(t=topic)
        score = round(rng.random(), 3)
        label = "evasive" if score >= 0.7 else "partial" if score >= 0.45 else "answered"
        lead = rng.choice(_EVASIVE if label != "answered" else _DIRECT)
        n_words = max(4, words_per_turn + rng.randint(-4, 4))
        answer = _sentence_words(rng, lead, 2 * n_words - len(question.split()))
        q = add_turn(asker, question)
        a = add_turn(answerer, answer)
        reasons = []
        if label != "answered":
            reasons = [
                Reason("low_similarity", f"answer barely addresses {topic}", round(score / 2, 2)),
                Reason("hedge", "opens with a stock deflection", round(score / 4, 2)),
            ]
        if question.startswith(("Did", "Will")) and label != "answered":
            reasons.append(Reason("yes_no_unanswered", "yes/no question without yes or no", 0.2))
        exchanges.append(
            Exchange(
                id=len(exchanges) + 1,
                question=question,
                answer=answer,
                question_turns=[q],
                answer_turns=[a],
                asker=asker,
                answerer=answerer,
                start=turns[q].start,
                end=turns[a].end,
                score=score,
                label=label,
                reasons=reasons,
                best_sentence=lead,
                similarity=round(1 - score, 3),
            )
        )
    while procedural_left:
        add_turn("S1", rng.choice(_PROCEDURAL))
        procedural_left -= 1
    return HearingDocument(
        source=Source("samples/synthetic-hearing.opus", f"{seed:064x}", round(clock, 2)),
        title=f"Synthetic oversight hearing ({n_exchanges} exchanges)",
        models=[ModelInfo("synthetic", "all", "hearing", "0")],
        speakers=speakers,
        segments=segments,
        words=words,
        turns=turns,
        exchanges=exchanges,
        annotations=[],
        created_at="2026-01-01T00:00:00+00:00",
    )
