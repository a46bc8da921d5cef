"""Features of one question–answer pair, computed in batches.

The sentence-embedding similarity of answer to question is one signal among many: on real
political interviews cosine alone barely separates evasive from clear answers, while the
linguistic cues (question form vs answer form, refusals, coverage of the question's terms,
retreats to generalities) carry most of it. Every feature is a plain number with a name, so
the combiner's weights and the reasons shown to an analyst refer to the same things.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from hearing.evasion.parts import Part
from hearing.evasion.prototypes import ANSWER_PROTOTYPES, QUESTION_PROTOTYPES
from hearing.evasion.question import QuestionInfo
from hearing.evasion.reading import Reading, embedded_sentences, focus, read_pairs, word_counts
from hearing.evasion.resolution import (
    ResolutionHead,
    credited,
    open_probability,
    reply_vector,
)
from hearing.evasion.text import answer_sentences
from hearing.evasion.text_features import TextFeatures, text_features
from hearing.stems import irregular_bases

ON_TOPIC = 0.30  # sentence-to-question cosine above which a sentence counts as on topic
# Answer sentences embedded per pair (the first two, then the most on-term): grouped-CV AUC
# 0.718 against 0.721 for all 24, with a ninth of the embedding work.
EMBED_SENTENCES = 3
FEATURE_NAMES: tuple[str, ...] = (
    "sim_whole", "sim_best", "sim_first", "sim_mean", "sim_best_gap", "on_topic_frac",
    "best_pos", "q_yesno", "q_wh", "q_choice", "q_why_how", "q_n_questions", "q_len_log",
    "a_len_log", "len_ratio_log", "a_n_sent_log", "yn_answered", "yn_unanswered",
    "refusal", "ignorance", "deferral", "hedge_rate", "generic_rate", "pivot_rate",
    "i_rate", "we_rate", "they_rate", "you_rate", "neg_rate", "number_rate",
    "counter_question", "cov_terms", "cov_terms_first", "cov_entities", "q_has_entity",
    "shift", "restate", "about_frac", "new_content_log", "yn_early", "yn_any_rate",
    "multipart", "opener_discourse", "tell_you_rate", "future_rate", "sim_top3",
    "sim_max_first2", "q_commas", "q_conditional", "wh_expected", "wh_satisfied",
    "sim_window", "cov_first_sent", "part_index", "part_later", "parts_log", "part_last",
    "yn_echo", "yn_unresolved", "process_rate",
    *(f"qp_{k}" for k in QUESTION_PROTOTYPES),
    *(f"ap_{k}" for k in ANSWER_PROTOTYPES),
)  # fmt: skip

Embed = Callable[[list[str]], np.ndarray]


@dataclass
class PairFeatures:
    """Feature values plus the evidence (quotes, terms) the reasons cite."""

    values: dict[str, float]
    question: QuestionInfo
    sentences: list[str]
    sims: list[float]
    best_sentence: str
    evidence: dict[str, Any] = field(default_factory=dict)

    def vector(self) -> np.ndarray:
        return np.array([self.values[n] for n in FEATURE_NAMES], dtype=np.float64)


class FeatureExtractor:
    """Batch feature computation; ``embed`` and ``nlp`` are injected so tests can swap them."""

    def __init__(
        self,
        embed: Embed,
        nlp: Any | None,
        embed_sentences: int = EMBED_SENTENCES,
        cosine_map: tuple[float, float] = (1.0, 0.0),
        resolution: ResolutionHead | None = None,
    ) -> None:
        """``cosine_map``: (scale, offset) putting the encoder's cosines on MiniLM's scale,
        so ON_TOPIC, the reasons' thresholds and the similarity shown mean the same.
        ``resolution``: the encoder's yes/no resolution head (None while fitting it: the
        feature is then 0)."""
        self.embed = embed
        self.resolution = resolution
        self.nlp = nlp
        # "sold" ~ "sell": the question's terms are spaCy lemmas, the answer's surface words
        # (answers are not parsed: too slow); the pairing matches words with the same table
        self.bases = irregular_bases() if nlp is not None else {}
        self.embed_sentences = embed_sentences
        self.scale, self.offset = cosine_map
        protos = [*QUESTION_PROTOTYPES.items(), *ANSWER_PROTOTYPES.items()]
        texts = [t for _, group in protos for t in group]
        vecs = embed(texts)
        self._proto: dict[str, np.ndarray] = {}
        i = 0
        for name, group in protos:
            self._proto[name] = vecs[i : i + len(group)]
            i += len(group)

    def read(self, pairs: Sequence[tuple[str, str]]) -> Reading:
        """The encoder-free part of the features, to share with another extractor."""
        reading = read_pairs(pairs, self.nlp)
        reading.text = self._text(pairs, reading)
        return reading

    def _text(self, pairs: Sequence[tuple[str, str]], reading: Reading) -> list[TextFeatures]:
        return [
            text_features(info, a, sents, self.bases, named)
            for (_, a), info, sents, named in zip(
                pairs, reading.infos, reading.sentences, reading.named, strict=True
            )
        ]

    def texts_to_embed(self, reading: Reading, chosen: list[list[int]] | None = None) -> list[str]:
        """What ``extract_many`` embeds for these pairs (their questions, then each answer's
        chosen sentences), so a caller can embed them elsewhere and hand the vectors in."""
        texts = list(reading.focuses)
        if chosen is None:
            chosen = self._chosen(reading)
        for sents, idx in zip(reading.sentences, chosen, strict=True):
            texts.extend(sents[i] for i in idx)
        return texts

    def _chosen(self, reading: Reading) -> list[list[int]]:
        """Each answer's sentences to embed (``reading.embedded_sentences``)."""
        return [
            embedded_sentences(sents, info, self.embed_sentences)
            for sents, info in zip(reading.sentences, reading.infos, strict=True)
        ]

    def extract_many(
        self,
        pairs: Sequence[tuple[str, str]],
        parts: Sequence[Part] | None = None,
        reading: Reading | None = None,
        vecs: np.ndarray | None = None,
    ) -> list[PairFeatures]:
        """Features of (question, answer) pairs; ``parts`` says which of the questions asked
        together in one turn each pair is (see ``parts.py``; default: each stands alone);
        ``reading``: these pairs' ``read``, if another extractor has done it; ``vecs``: the
        embeddings of ``texts_to_embed(reading)``, if already made."""
        parts = list(parts) if parts is not None else [(0, 1)] * len(pairs)
        reading = reading if reading is not None else self.read(pairs)
        if len(parts) != len(pairs) or len(reading) != len(pairs):
            raise ValueError("one part and one reading per pair")
        infos, sentence_lists = reading.infos, reading.sentences
        text = reading.text or self._text(pairs, reading)
        chosen = self._chosen(reading)
        if vecs is None:
            vecs = self.embed(self.texts_to_embed(reading, chosen))
        out: list[PairFeatures] = []
        pos = len(pairs)
        for k in range(len(pairs)):
            n = len(chosen[k])
            qv, sv = vecs[k], vecs[pos : pos + n]
            pos += n
            f = self._features(infos[k], text[k], sentence_lists[k], chosen[k], qv, sv)
            index, count = parts[k]
            f.values.update(
                part_index=float(min(index, 3)),
                part_later=float(index > 0),
                parts_log=math.log(max(count, 1)),
                part_last=float(count > 1 and index == count - 1),
            )
            f.evidence["part"] = (index, count)
            out.append(f)
        return out

    def resolution_inputs(self, pairs: Sequence[tuple[str, str]]) -> tuple[np.ndarray, np.ndarray]:
        """Question and reply embeddings as ``_features`` gives them to the resolution
        head, for fitting that head on other data."""
        focuses = [focus(q) for q, _ in pairs]
        firsts = [answer_sentences(a, 2) for _, a in pairs]
        vecs = self.embed(focuses + [s for two in firsts for s in two])
        replies, pos = [], len(pairs)
        for two in firsts:
            replies.append(reply_vector(vecs[pos : pos + len(two)], word_counts(two)))
            pos += len(two)
        return vecs[: len(pairs)], np.vstack(replies)

    def _cos(self, cosines: Any) -> np.ndarray:
        return self.scale * np.asarray(cosines, dtype=float) + self.offset

    # ------------------------------------------------------------------------------------
    def _features(
        self,
        info: QuestionInfo,
        text: TextFeatures,
        sents: list[str],
        idx: list[int],
        qv: np.ndarray,
        sv: np.ndarray,
    ) -> PairFeatures:
        # Similarities cover the embedded sentences (idx, in answer order); a sentence left
        # out shares fewer of the question's terms and counts as off topic.
        sims = self._cos(sv @ qv)
        all_lens = word_counts(sents)
        lens = all_lens[idx]
        whole = (sv * lens[:, None]).sum(0)
        whole /= np.linalg.norm(whole) + 1e-9
        best_k = int(np.argmax(sims))
        best = idx[best_k]
        v, ev = dict(text.values), dict(text.evidence)
        v["sim_whole"] = float(self._cos(whole @ qv))
        v["sim_best"] = float(sims[best_k])
        v["sim_first"] = float(sims[0])
        v["sim_mean"] = float(np.average(sims, weights=lens))
        v["sim_best_gap"] = v["sim_best"] - v["sim_mean"]
        v["on_topic_frac"] = float(lens[sims >= ON_TOPIC].sum() / all_lens.sum())
        v["best_pos"] = best / (len(sents) - 1) if len(sents) > 1 else 0.0
        top = np.sort(sims)[::-1]
        v["sim_top3"] = float(top[:3].mean())
        v["sim_max_first2"] = float(sims[:2].max())
        if len(idx) > 1:
            win = sv[:-1] + sv[1:]
            win /= np.linalg.norm(win, axis=1, keepdims=True) + 1e-9
            v["sim_window"] = float(self._cos(win @ qv).max())
        else:
            v["sim_window"] = float(sims[0])

        self._resolution(v, ev, info, qv, sv, lens)

        for name in QUESTION_PROTOTYPES:
            v[f"qp_{name}"] = float(self._cos(self._proto[name] @ qv).max())
        for name in ANSWER_PROTOTYPES:
            v[f"ap_{name}"] = float(self._cos(sv @ self._proto[name].T).max())

        return PairFeatures(
            values=v,
            question=info,
            sentences=sents,
            sims=[float(s) for s in sims],
            best_sentence=sents[best],
            evidence=ev,
        )

    def _resolution(self, v: dict, ev: dict, info: QuestionInfo, qv, sv, lens) -> None:
        """How an indirect reply to a yes/no question resolves (resolution.py)."""
        v["yn_unresolved"], ev["open"], ev["open_discounted"] = 0.0, None, False
        if info.kind != "yesno" or self.resolution is None:
            return
        z = self.resolution.open_logit(qv, reply_vector(sv, lens))
        ev["open"], ev["open_logit"] = open_probability(z), z
        v["yn_unresolved"], ev["open_discounted"] = credited(z, v)
