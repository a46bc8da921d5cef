"""Features of one question–answer pair, computed in batches.

The sentence-embedding similarity of answer to question is one signal among many: on real
political interviews cosine alone barely separates evasive from clear answers, while the
linguistic cues (question form vs answer form, refusals, coverage of the question's terms,
retreats to generalities) carry most of it. Every feature is a plain number with a name, so
the combiner's weights and the reasons shown to an analyst refer to the same things.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from hearing.evasion import lexicon as lx
from hearing.evasion import phrases as ph
from hearing.evasion.answer_types import CAUSE_TOLD, FINDING_TOLD, given_span
from hearing.evasion.credit import SHORT_WORDS
from hearing.evasion.level import generic_subject
from hearing.evasion.parts import Part
from hearing.evasion.prototypes import ANSWER_PROTOTYPES, QUESTION_PROTOTYPES
from hearing.evasion.question import QuestionInfo, entity_present
from hearing.evasion.reading import Reading, embedded_sentences, focus, read_pairs, word_counts
from hearing.evasion.resolution import (
    ResolutionHead,
    credited,
    open_probability,
    reply_vector,
)
from hearing.evasion.said_back import commits_without_yes_no, generic_echo, said_back
from hearing.evasion.text import answer_sentences, lower_words
from hearing.stems import irregular_bases, stem, stem_in, stems_of

ON_TOPIC = 0.30  # sentence-to-question cosine above which a sentence counts as on topic
FIRST_WORDS = 40
# Answer sentences embedded per pair (the first two, then the most on-term): grouped-CV AUC
# 0.718 against 0.721 for all 24, with a ninth of the embedding work.
EMBED_SENTENCES = 3
_SCANNED = {
    "multipart": lx.MULTIPART_RE,
    "refusal": lx.REFUSAL_RE,
    "ignorance": lx.IGNORANCE_RE,
    "deferral": lx.DEFERRAL_RE,
    "generic": lx.GENERIC_RE,
    "pivot": lx.PIVOT_RE,
    "process": lx.PROCESS_RE,
}

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


def _around(match: re.Match, low: str, said: str) -> str:
    """The words around a match in ``low``, quoted from ``said`` where they line up."""
    return ph.words_around(match.span(), said if len(said) == len(low) else low, 1, 4)


def _rate(count: int, n_words: int) -> float:
    return 100.0 * count / max(n_words, 20)


# What a short answer with no retreat may give bare, without the words that mark it
# elsewhere: a cause told as what happened, a finding as a noun phrase
_BARE = {"why": CAUSE_TOLD, "finding": FINDING_TOLD}


def _retreats(found: dict[str, tuple[int, Any]]) -> bool:
    """Whether the scanned phrase lists show a retreat (all but the multi-part markers)."""
    return any(found[name][0] for name in _SCANNED if name != "multipart")


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
        return read_pairs(pairs, self.nlp)

    def extract_many(
        self,
        pairs: Sequence[tuple[str, str]],
        parts: Sequence[Part] | None = None,
        reading: Reading | None = None,
    ) -> list[PairFeatures]:
        """Features of (question, answer) pairs; ``parts`` says which of the questions asked
        together in one turn each pair is (see ``parts.py``; default: each stands alone);
        ``reading``: these pairs' ``read``, if another extractor has done it."""
        parts = list(parts) if parts is not None else [(0, 1)] * len(pairs)
        reading = reading if reading is not None else self.read(pairs)
        if len(parts) != len(pairs) or len(reading) != len(pairs):
            raise ValueError("one part and one reading per pair")
        infos, sentence_lists = reading.infos, reading.sentences
        chosen = [
            embedded_sentences(sents, info, self.embed_sentences)
            for sents, info in zip(sentence_lists, infos, strict=True)
        ]
        texts = list(reading.focuses)
        for sents, idx in zip(sentence_lists, chosen, strict=True):
            texts.extend(sents[i] for i in idx)
        vecs = self.embed(texts)
        out: list[PairFeatures] = []
        pos = len(pairs)
        for k, (q, a) in enumerate(pairs):
            n = len(chosen[k])
            qv, sv = vecs[k], vecs[pos : pos + n]
            pos += n
            f = self._features(infos[k], a, sentence_lists[k], chosen[k], qv, sv, q)
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
        answer: str,
        sents: list[str],
        idx: list[int],
        qv: np.ndarray,
        sv: np.ndarray,
        question: str,
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
        v: dict[str, float] = {}
        v["sim_whole"] = float(self._cos(whole @ qv))
        v["sim_best"] = float(sims[best_k])
        v["sim_first"] = float(sims[0])
        v["sim_mean"] = float(np.average(sims, weights=lens))
        v["sim_best_gap"] = v["sim_best"] - v["sim_mean"]
        v["on_topic_frac"] = float(lens[sims >= ON_TOPIC].sum() / all_lens.sum())
        v["best_pos"] = best / (len(sents) - 1) if len(sents) > 1 else 0.0

        v["q_yesno"] = float(info.kind == "yesno")
        v["q_wh"] = float(info.kind == "wh")
        v["q_choice"] = float(info.kind == "choice")
        v["q_why_how"] = float(info.wh in ("why", "how"))
        v["q_n_questions"] = float(min(info.n_questions, 4))
        q_words = lower_words(info.focus)
        a_words = lower_words(answer)
        n_a = len(a_words)
        v["q_len_log"] = math.log1p(len(q_words))
        v["a_len_log"] = math.log1p(n_a)
        v["len_ratio_log"] = math.log((n_a + 5) / (len(q_words) + 5))
        v["a_n_sent_log"] = math.log1p(len(sents))

        said = " ".join(answer.replace("’", "'").split())
        low = said.lower()
        opener = lx.YES_NO_OPENERS.match(low)
        ack = lx.ACKNOWLEDGEMENT.match(low, opener.end()) if opener else None
        committed = opener is not None and ack is None
        # "By my staff." to "... by the board or by your staff?"; "Two people." to "Has anyone"
        picked = None if committed else commits_without_yes_no(info, said, self.bases)
        committed = committed or picked is not None
        early_text = " ".join(low[ack.end() if ack else 0 :].split()[:FIRST_WORDS])
        early = lx.YES_NO_EARLY.search(early_text)
        v["yn_answered"] = float(info.kind in ("yesno", "choice") and committed)
        a_stems = stems_of(a_words, self.bases)
        first_stems = stems_of(a_words[:FIRST_WORDS], self.bases)
        # "Are you satisfied ...?" - "I'm satisfied with the team": said back, so answered.
        v["yn_echo"] = float(
            said_back(a_words[:FIRST_WORDS], info, self.bases)
            and not generic_echo(sents, info, self.bases)
        )
        v["yn_unanswered"] = float(
            info.kind == "yesno" and not committed and early is None and not v["yn_echo"]
        )
        v["yn_early"] = float(early is not None)
        yes_nos = list(lx.YES_NO_EARLY.finditer(low))  # counted, and the first quoted if late
        v["yn_any_rate"] = _rate(len(yes_nos), n_a)
        # one scan per phrase list gives both the count (a feature) and the first match
        # (quoted in the reasons)
        found = {name: ph.scan(pats, low) for name, pats in _SCANNED.items()}
        v["multipart"] = float(min(found["multipart"][0], 3))
        v["opener_discourse"] = float(lx.OPENERS.match(low) is not None)
        v["tell_you_rate"] = _rate(ph.count_all(lx.TELL_YOU_RE, low), n_a)
        v["future_rate"] = _rate(ph.count_all(lx.FUTURE_RE, low), n_a)
        top = np.sort(sims)[::-1]
        v["sim_top3"] = float(top[:3].mean())
        v["sim_max_first2"] = float(sims[:2].max())
        expect, asked = info.expects
        given = given_span(expect, said, low, frozenset(q_words))
        if expect in _BARE and given is None and n_a <= SHORT_WORDS and not _retreats(found):
            bare = _BARE[expect].match(low)
            given = (0, bare.end()) if bare else None
        v["wh_expected"] = float(expect is not None)
        v["wh_satisfied"] = float(given is not None)
        if len(idx) > 1:
            win = sv[:-1] + sv[1:]
            win /= np.linalg.norm(win, axis=1, keepdims=True) + 1e-9
            v["sim_window"] = float(self._cos(win @ qv).max())
        else:
            v["sim_window"] = float(sims[0])
        v["q_commas"] = float(min(info.focus.count(","), 5))
        v["q_conditional"] = float(
            any(w in ("if", "unless", "suppose", "hypothetically") for w in q_words)
        )
        ev: dict[str, Any] = {
            "opener": picked or (opener.group(0) if committed else (early and early.group(0))),
            "acknowledged": said[: ack.end()].strip(" ,.;!-") if ack else None,
            # a yes or no said after the first 40 words ("... to your question, yes, we did")
            "late_yes_no": None if early or not yes_nos else _around(yes_nos[0], low, said),
            "multipart": ph.quote(found["multipart"][1], low, said),
            # what a wh-question asks for, and the words that give it (None: not given)
            "wh": (expect, asked, given and ph.words_around(given, said)) if expect else None,
        }
        for name in ("refusal", "ignorance", "deferral"):
            ev[name] = ph.quote(found[name][1], low, said)
            v[name] = float(min(found[name][0], 3))
        v["hedge_rate"] = _rate(ph.count_all(lx.HEDGE_RE, low), n_a)
        generic = ph.quote(found["generic"][1], low, said, extend=2)
        # "Contractors are vetted ..." for "the contractor": the class for the one asked about
        level = generic_subject(info, said)
        v["generic_rate"] = _rate(found["generic"][0] + (level is not None), n_a)
        v["pivot_rate"] = _rate(found["pivot"][0], n_a)
        ev["pivot"] = ph.quote(found["pivot"][1], low, said)
        v["process_rate"] = _rate(found["process"][0], n_a)
        ev["process"] = ph.quote(found["process"][1], low, said, extend=2)
        v["i_rate"] = _rate(sum(w in lx.FIRST_PERSON for w in a_words), n_a)
        v["we_rate"] = _rate(sum(w in lx.WE for w in a_words), n_a)
        v["they_rate"] = _rate(sum(w in lx.THIRD for w in a_words), n_a)
        v["you_rate"] = _rate(sum(w in ("you", "your") for w in a_words), n_a)
        v["neg_rate"] = _rate(sum(w in lx.NEGATIONS or w.endswith("n't") for w in a_words), n_a)
        v["number_rate"] = _rate(sum(w[0].isdigit() for w in a_words), n_a)
        v["counter_question"] = float(min(answer.count("?"), 3))

        terms = info.terms
        covered = [t for t in terms if t in a_stems]
        v["cov_terms"] = len(covered) / len(terms) if terms else 1.0
        v["cov_terms_first"] = sum(t in first_stems for t in terms) / len(terms) if terms else 1.0
        # "How many inspectors ...?" - "Four hundred and twelve.": an answer that opens with
        # what was asked for leaves the question's terms understood, it does not miss them
        elliptic = given is not None and given[0] <= len(" ".join(said.split(maxsplit=4)[:4]))
        if elliptic:
            v["cov_terms"] = v["cov_terms_first"] = 1.0
        missing_ents = [e for e in info.entities if not entity_present(e, low, a_stems)]
        v["cov_entities"] = 1.0 - len(missing_ents) / len(info.entities) if info.entities else 1.0
        v["q_has_entity"] = float(bool(info.entities))
        generic_time = ph.find_first(lx.GENERIC_TIME_RE, low, said)
        missing_times = [t for t in info.times if t.lower() not in low]
        v["shift"] = float(
            (bool(missing_ents) and generic is not None)
            or (bool(missing_times) and generic_time is not None)
            or level is not None
        )
        ev.update(
            missing_phrases=[p for p in info.phrases if not entity_present(p, low, a_stems)],
            terms=list(terms.values()),
            covered=[terms[t] for t in covered],
            missing_entities=missing_ents,
            generic=generic,
            level=level,
            missing_times=missing_times,
            generic_time=generic_time,
        )
        a_content = [w for w in a_words if w not in lx.STOPWORDS and len(w) > 2]
        on_terms = [stem_in(w, terms, self.bases) for w in a_content]
        v["about_frac"] = sum(on_terms) / len(a_content) if a_content else 0.0
        new = {stem(w) for w, on in zip(a_content, on_terms, strict=True) if not on}
        v["new_content_log"] = math.log1p(len(new))
        first_content = [w for w in lower_words(sents[0]) if w not in lx.STOPWORDS and len(w) > 2]
        first_set = stems_of(first_content, self.bases)
        overlap = (
            sum(stem_in(w, terms, self.bases) for w in first_content) / len(first_content)
            if first_content
            else 0
        )
        v["cov_first_sent"] = (
            sum(t in first_set for t in terms) / len(terms) if terms and not elliptic else 1.0
        )
        first_cov = sum(t in first_set for t in terms) / len(terms) if terms else 0.0
        v["restate"] = float(
            overlap >= 0.6
            and first_cov >= 0.6
            and len(new) <= 5
            and len(terms) >= 2
            and not committed
            # "Do you support it?" - "I support it.": a reply, unless it asks it back
            and not (v["yn_echo"] and not sents[0].rstrip().endswith("?"))
            and v["number_rate"] == 0
        )

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
