"""Score question–answer pairs for evasion: 0..1, a label and checkable reasons.

Models load once per scorer (and once per process through the model loaders); pairs are
scored in batches so one embedding call and one spaCy pass serve many exchanges, and a text
repeated in a batch is embedded once. The sentence encoder is chosen by name
(``encoders.py``: the fast static distillation by default, or the MiniLM transformer), and
each encoder has its own fitted combiner.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from hearing.document import Exchange, Reason
from hearing.errors import ModelError
from hearing.evasion import credit
from hearing.evasion.combiner import Combiner
from hearing.evasion.encoders import encoder as get_encoder
from hearing.evasion.encoders import feature_extractor, load_encoder_model, load_language_model
from hearing.evasion.features import FEATURE_NAMES
from hearing.evasion.parts import Part, parts_from_exchanges, parts_from_pairs
from hearing.evasion.question import question_from_context
from hearing.evasion.reading import Reading
from hearing.evasion.reasons import build_reasons, quote
from hearing.exchanges import asks_again
from hearing.procedural import pressing

Pair = tuple[str, str]
# Pairs per batch: one spaCy pass and one embedding call each. A transformer's batches are
# smaller, so that the embedding of one overlaps the reading of the next
# (``_scored_batches``; `both` in ``bench/evasion.py``: 59 pairs a second with 128, 62-65
# with 64, 51 with 32); the static encoder's larger (229 pairs a second against 178 with 64).
BATCH = 256
TRANSFORMER_BATCH = 64


@dataclass
class _Batch:
    items: list[Pair]
    parts: list[Part]
    reading: Reading
    embedding: Future | None  # the embeddings, being made in the background

    def vectors(self) -> np.ndarray | None:
        return self.embedding.result() if self.embedding is not None else None


@dataclass
class Scored:
    score: float
    label: str
    reasons: list[Reason] = field(default_factory=list)
    best_sentence: str = ""
    similarity: float = 0.0
    # Cosine of the question to the whole answer: the plain-cosine baseline that
    # eval-evasion reports beside the score (0 where no answer or question was scored).
    similarity_whole: float = 0.0


class EvasionScorer:
    """Loads the sentence encoder, spaCy and the combiner; scores pairs in batches."""

    def __init__(
        self,
        combiner: Combiner | None = None,
        *,
        encoder: str | None = None,
        model: Any | None = None,
        nlp: Any | None = None,
        device: str = "cpu",
        threads: int | None = None,
    ) -> None:
        self.encoder = get_encoder(encoder)
        self.device = device if self.encoder.name != "static" else "cpu"
        if threads is None:
            threads = int(os.environ.get("HEARING_THREADS", "0") or 0) or None
        if threads and self.encoder.name != "static":  # the static encoder never runs torch
            import torch

            torch.set_num_threads(threads)
        if model is None:
            model = load_encoder_model(self.encoder, device, threads)
        self.model = model
        nlp = nlp if nlp is not None else load_language_model()
        self.nlp = nlp
        if combiner is None:
            from models.evasion import COMBINER_DIR

            combiner = Combiner.load(COMBINER_DIR / self.encoder.combiner_file)
        self.combiner = combiner
        if tuple(self.combiner.features) != FEATURE_NAMES:
            raise ModelError(
                "evasion combiner was fit on other features; run: "
                f"python -m models.evasion.train --encoder {self.encoder.name}"
            )
        self.extractor = feature_extractor(self.encoder, self.model, nlp)

    @property
    def name(self) -> str:
        """The scorer's choice as the CLI names it: static, minilm or both."""
        return self.encoder.name

    def models(self) -> list[tuple[str, str, str]]:
        """(registry id, device, runtime) of each sentence model it runs."""
        return [(self.encoder.model_id, self.device, getattr(self.model, "runtime", "torch"))]

    def score(self, question: str, answer: str, context: str = "") -> Scored:
        return self.score_many([(question, answer, context)])[0]

    def score_many(
        self,
        pairs: Iterable[Sequence[str]],
        parts: Sequence[Part] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
    ) -> list[Scored]:
        """Score (question, answer[, context]) tuples.

        ``parts``: which of the questions asked together in one turn each pair is. Left out,
        it is read from the rows (``parts.parts_from_pairs``: consecutive rows sharing one
        answer and context). ``context`` is the whole question turn: a question given as a
        topic line is read from it (``question.question_from_context``). ``on_progress(done,
        total)`` is called after each batch: a large CSV takes minutes.
        """
        rows = [tuple(p) for p in pairs]
        parts = list(parts) if parts is not None else parts_from_pairs(rows)
        if len(parts) != len(rows):
            raise ValueError("one part per pair")
        items = [
            (
                question_from_context(str(p[0] or ""), str(p[2] or "") if len(p) > 2 else ""),
                str(p[1] or ""),
            )
            for p in rows
        ]
        results: list[Scored | None] = [None] * len(items)
        todo: list[int] = []
        for i, (q, a) in enumerate(items):
            if not a.strip():
                results[i] = Scored(1.0, "evasive", [Reason("no_answer", "no answer given", 1.0)])
            elif not q.strip():
                results[i] = Scored(0.0, "answered", [Reason("no_question", "no question", 0.0)])
            else:
                todo.append(i)
        size = TRANSFORMER_BATCH if self._overlaps else BATCH
        chunks = [todo[start : start + size] for start in range(0, len(todo), size)]
        batches = [([items[i] for i in c], [parts[i] for i in c]) for c in chunks]
        done = 0
        for chunk, got in zip(chunks, self._scored_batches(batches), strict=True):
            for i, s in zip(chunk, got, strict=True):
                results[i] = s
            done += len(chunk)
            if on_progress is not None:
                on_progress(done, len(todo))
        return [r for r in results if r is not None]

    def _scored_batches(self, batches: list[tuple[list[Pair], list[Part]]]) -> Iterator[list]:
        """Each batch's scores, in order. A transformer embeds one batch in a background
        thread while this one reads the next with spaCy and turns the last one's embeddings
        into scores: onnxruntime and torch let go of the GIL, spaCy and the features do not,
        so without the overlap one of two cores sat idle for a third of the time. The
        scores are the same either way (each text is embedded alone)."""
        if not self._overlaps or len(batches) < 2:  # nothing to overlap
            for items, parts in batches:
                yield self._finish(self._prepare(items, parts, None))
            return
        with ThreadPoolExecutor(1, thread_name_prefix="evasion-embed") as pool:
            pending: _Batch | None = None
            for items, parts in batches:
                prepared = self._prepare(items, parts, pool)
                if pending is not None:
                    yield self._finish(pending)
                pending = prepared
            if pending is not None:
                yield self._finish(pending)

    @property
    def _overlaps(self) -> bool:
        """Whether embedding runs beside the reading: a transformer's does (the static
        encoder's is a fraction of the reading, and no thread helps it)."""
        return self.encoder.name != "static"

    def _prepare(
        self, items: list[Pair], parts: list[Part], pool: ThreadPoolExecutor | None
    ) -> _Batch:
        """Read the pairs; embed what they need in ``pool`` (or later, without one)."""
        reading = self.extractor.read(items)
        embedding = None
        if pool is not None:
            embedding = pool.submit(self.extractor.embed, self.extractor.texts_to_embed(reading))
        return _Batch(items, parts, reading, embedding)

    def _finish(self, batch: _Batch) -> list[Scored]:
        out = []
        for f in self.extractor.extract_many(
            batch.items, batch.parts, batch.reading, batch.vectors()
        ):
            x = f.vector()
            score, contrib = self.combiner.score(x)
            denied = self.combiner.denied_credit(f.values, f.evidence)
            topic = self.combiner.denied_topic(x)
            score, held = credit.held_at_evasive(
                score, self.combiner.evasive, x, FEATURE_NAMES, asks_why(f)
            )
            out.append(scored(f, score, self.combiner.label(score), contrib, denied, topic, held))
        return out


def asks_why(f: Any) -> bool:
    """Whether the pair's question asks for a cause (its features' ``wh`` evidence)."""
    wh = f.evidence.get("wh")
    return bool(wh) and wh[0] == "why"


def scored(
    f: Any,
    score: float,
    label: str,
    contrib: Any,
    denied: float = 0.0,
    topic: float = 0.0,
    held: float = 0.0,
) -> Scored:
    """A pair's result: ``f`` (its PairFeatures) gives the evidence the reasons quote;
    ``denied`` is what a retreat's denial of "settles it" added (Combiner.denied_credit),
    ``topic`` what its denial of credit for being on topic added (Combiner.denied_topic),
    ``held`` what holding a short answer with no reply at *evasive* added
    (credit.held_at_evasive)."""
    reasons = build_reasons(
        f,
        dict(zip(FEATURE_NAMES, contrib.tolist(), strict=True)),
        flagged=label != "answered",
        denied=denied,
        topic=topic,
        held=held,
    )
    return Scored(
        score=round(score, 4),
        label=label,
        reasons=reasons,
        best_sentence=f.best_sentence,
        similarity=round(f.values["sim_best"], 4),
        similarity_whole=round(f.values["sim_whole"], 4),
    )


def score_exchanges(exchanges: list[Exchange], scorer: EvasionScorer) -> list[Exchange]:
    """Fill score, label, reasons, best sentence and similarity of each exchange in place
    (the pipeline picks the scorer: ``both.scorer_for``)."""
    if not exchanges:
        return exchanges
    results = scorer.score_many(
        [(ex.question, ex.answer) for ex in exchanges], parts_from_exchanges(exchanges)
    )
    for ex, s in zip(exchanges, results, strict=True):
        ex.score, ex.label, ex.reasons = s.score, s.label, s.reasons
        ex.best_sentence, ex.similarity = s.best_sentence, s.similarity
    _note_presses(exchanges)
    return exchanges


def _note_presses(exchanges: list[Exchange]) -> None:
    """Tell an answer's reasons when the asker came back to say it did not answer ("So is
    that a yes?", "That was not my question"): the asker's own reading, which an analyst
    weighs, and which the pairs the combiner learnt from never carry. It is listed with
    no share of the score (the combiner's score stays what it measured); the follow-up
    exchange is scored on its own."""
    by_id = {ex.id: ex for ex in exchanges}
    for ex in exchanges:
        earlier = by_id.get(ex.follows)
        if earlier is None:
            continue
        if pressing(ex.question) is not None:
            text = f"the asker pressed in exchange {ex.id}: '{quote(ex.question)}'"
        elif asks_again(ex.question, earlier.question):
            text = f"the asker asked again in exchange {ex.id}: '{quote(ex.question)}'"
        else:
            continue
        earlier.reasons.append(Reason("pressed", text, 0.0))
