"""The "both" scorer: the static and the MiniLM combiner, their log-odds averaged.

Out of fold on QEvasion the average ranks evasive answers better than either combiner
(``models/evasion/ensemble.py`` and its ``ensemble.json``): the two similarity readings err
on different answers. Both are logistic regressions over the same named features, so the
mean of their log-odds is again a sum of per-feature shares and each reason keeps its
signed part of the score. The reasons quote the MiniLM reading (its similarities are the
better ones); the labels use the average's own thresholds.

It costs MiniLM's speed (about 110 pairs a second on 2 CPU cores with MiniLM on
onnxruntime, 66 on torch; static alone: 450), so on the CPU ``auto`` picks it only for files
small enough to score in a minute or two; with MiniLM on a GPU the static extraction sets the
pace, and ``auto`` picks it for every file.
"""

from __future__ import annotations

from hearing.errors import InputError
from hearing.evasion import credit
from hearing.evasion.combiner import label_for, read_artefact, squash
from hearing.evasion.encoders import load_language_model
from hearing.evasion.features import FEATURE_NAMES
from hearing.evasion.scorer import EvasionScorer, Scored, _Batch, asks_why, scored

CHOICES = ("auto", "static", "minilm", "both")
# pairs: about 1.5 minutes on 2 CPU cores with MiniLM on onnxruntime, 2.5 on torch (it was
# 5,000 when MiniLM ran only on torch, at about 35 pairs a second)
AUTO_BOTH_MAX = 10_000


def check_choice(choice: str | None) -> str:
    """``choice`` normalised; InputError unless it is one ``--encoder`` takes."""
    choice = (choice or "auto").strip().lower()
    if choice not in CHOICES:
        raise InputError(f"unknown evasion encoder {choice!r}: choose {', '.join(CHOICES)}")
    return choice


def resolve_choice(choice: str | None, n_pairs: int, torch_device: str = "cpu") -> str:
    """The scorer ``auto`` means for ``n_pairs`` pairs with MiniLM on ``torch_device``;
    other choices as given."""
    choice = check_choice(choice)
    if choice == "auto":
        fast_enough = n_pairs <= AUTO_BOTH_MAX or torch_device == "cuda"
        return "both" if fast_enough else "static"
    return choice


def make_scorer(choice: str, device: str = "cpu", threads: int | None = None) -> EvasionScorer:
    """A scorer for a resolved choice (``resolve_choice``), MiniLM on ``device``."""
    if choice == "both":
        return BothScorer(device=device, threads=threads)
    return EvasionScorer(encoder=choice, device=device, threads=threads)


_scorers: dict[tuple[str, str], EvasionScorer] = {}


def scorer_for(n_pairs: int, choice: str = "auto", torch_device: str = "cpu") -> EvasionScorer:
    """The scorer ``choice`` means for ``n_pairs`` pairs, MiniLM on ``torch_device`` (the
    pipeline's resolved torch device), loaded once per process: the pipeline scores one
    hearing after another."""
    choice = resolve_choice(choice, n_pairs, torch_device)
    if (choice, torch_device) not in _scorers:  # a static scorer stays on the CPU whatever
        _scorers[choice, torch_device] = make_scorer(choice, device=torch_device)
    return _scorers[choice, torch_device]


class BothScorer(EvasionScorer):
    def __init__(self, *, device: str = "cpu", threads: int | None = None) -> None:
        self.partial, self.evasive = _thresholds()  # before minutes of model loading
        nlp = load_language_model()
        super().__init__(encoder="minilm", nlp=nlp, device=device, threads=threads)
        self.static = EvasionScorer(encoder="static", nlp=nlp)

    @property
    def name(self) -> str:
        return "both"

    def models(self) -> list[tuple[str, str, str]]:
        return [*super().models(), *self.static.models()]

    def label(self, score: float) -> str:
        return label_for(score, self.partial, self.evasive)

    def _finish(self, batch: _Batch) -> list[Scored]:
        # one spaCy pass (``_prepare``) for both combiners; MiniLM's embeddings may have
        # been made in the background, the static model's are made here (a fraction of it)
        reading, items, parts = batch.reading, batch.items, batch.parts
        mini = self.extractor.extract_many(items, parts, reading, batch.vectors())
        stat = self.static.extractor.extract_many(items, parts, reading)
        out = []
        intercept = (self.combiner.intercept + self.static.combiner.intercept) / 2
        for fm, fs in zip(mini, stat, strict=True):
            xm, xs = fm.vector(), fs.vector()
            contrib = (self.combiner.contributions(xm) + self.static.combiner.contributions(xs)) / 2
            score = squash(intercept + float(contrib.sum()))
            denied = (
                self.combiner.denied_credit(fm.values, fm.evidence)
                + self.static.combiner.denied_credit(fs.values, fs.evidence)
            ) / 2
            topic = (self.combiner.denied_topic(xm) + self.static.combiner.denied_topic(xs)) / 2
            # the static features' reading, as measured (credit.unreplied_short)
            score, held = credit.held_at_evasive(
                score, self.evasive, xs, FEATURE_NAMES, asks_why(fs)
            )
            out.append(scored(fm, score, self.label(score), contrib, denied, topic, held))
        return out


def _thresholds() -> tuple[float, float]:
    """(partial, evasive) of the average, chosen on its own out-of-fold scores."""
    from models.evasion import COMBINER_DIR

    return read_artefact(
        COMBINER_DIR / "ensemble.json",
        "evasion ensemble",
        "models.evasion.train",
        lambda data: (float(data["thresholds"]["partial"]), float(data["thresholds"]["evasive"])),
    )
