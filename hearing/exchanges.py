"""Question ↔ answer exchanges from speaker turns (pure; no models).

The walk: an asker's block of turns that contains questions, then the reply of the next
other speaker who can answer. Decisions, so that downstream scoring sees clean pairs:

- A question is a sentence ending in "?" or one in a question's form that Whisper ended with a
  full stop: inverted ("Did you approve it."), indirect ("I'd like to know whether ..."),
  tagged ("..., didn't you.") or led by a clause ("If you knew, would you ...");
  ``hearing.sentences.is_question`` has the forms.
- One exchange per question. A turn asking three things gives three exchanges sharing the
  answer turns; when the answer visibly takes the questions in order (each part overlaps its
  own question's words more than any other's), each exchange gets its part of the answer.
- Tag fragments ("Yes or no?", "Is that right?") join the question before them.
- The question text is the question sentence(s), preceded by the statement just before it in
  the same turn when the question leans on it ("Did you approve *that*?").
- Procedural talk (recognitions, yields, "without objection", oaths, thanks) is never a
  question or an answer. A thank-you preamble is dropped from the answer text (the turn still
  counts as an answer turn).
- An answer runs over consecutive turns of the answerer, across short interjections ("Right.",
  "Let me stop you there") and procedural asides by anyone; an interjection that asks
  something ends it (and starts the next exchange).
- A question that nobody answers (the next speaker with content is another asker, or only
  thanks come back) produces **no** exchange: an empty answer has nothing to score, and the
  question is still in the transcript.
- Witnesses' questions (role "answerer") never open an exchange; rhetorical statements
  without a question never do either.
- Follow-ups ("So is that a yes?", "Just to be clear", "that was not my question"), and a
  question asked again with nothing new in it (``asks_again``), point via ``follows`` to the
  latest earlier exchange between the same asker and answerer.

Speakers whose role is "unknown" may both ask and answer; roles left unknown by the caller
are inferred with :func:`hearing.roles.assign_roles` (analyst roles are kept).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from hearing.document import Exchange, Speaker, Turn
from hearing.procedural import (
    content_sentences,
    is_followup,
    is_procedural_sentence,
    strip_preamble,
)
from hearing.roles import assign_roles
from hearing.sentences import is_question, split_sentences, word_count, words
from hearing.stems import irregular_bases, stems_of

INTERJECTION_WORDS = 6  # an interruption shorter than this does not end an answer
MAX_SKIPPED = 2  # procedural turns skipped between a question and its answer

_FRAGMENT = re.compile(
    r"^(?:(?:and|so|or|well),?\s+)?(?:yes\s+or\s+no|is\s+that\s+(?:right|correct|true|so)"
    r"|right|correct|true|isn't\s+it|doesn't\s+it|or\s+not|why(?:\s+not)?|how\s+so"
    r"|which\s+(?:one|is\s+it)|did\s+you|do\s+you|was\s+it|were\s+they|is\s+it)\s*[?.!]*$",
    re.IGNORECASE,
)
_LEANS = re.compile(
    r"^(?:\S+\s+){0,3}?(?:that|this|those|these|it|they|them|such)\b", re.IGNORECASE
)
_META = re.compile(r"\bquestions?\s*[.:!]?$|^(?:one|a|my)\s+(?:last|final|more|quick)\b", re.I)
_BACKCHANNEL = re.compile(
    r"^(?:mm-?hmm|uh-?huh|mhm|hmm|um+|uh+|ah|i\s+see|go\s+ahead|okay|ok)[.,!]*$", re.I
)
_ORDINAL = re.compile(
    r"^(?:(?:on|to|as\s+(?:to|for)|regarding)\s+(?:your|the)\s+)?"
    r"(?P<n>first|second|third|fourth|fifth|firstly|secondly|thirdly)\b",
    re.IGNORECASE,
)
_ORDINAL_N = {"first": 1, "firstly": 1, "second": 2, "secondly": 2, "third": 3, "thirdly": 3}
_ORDINAL_N |= {"fourth": 4, "fifth": 5}
_STOP = set(
    "a an the and or but so of to in on at for from by with about as is are was were be been "
    "do does did have has had i you your we our they their it its this that these those what "
    "why how when where who whom which whether if can could would will should may might must "
    "not no yes any all some there here me us my them he she his her just also very than then "
    "ever one".split()
)


@dataclass
class _Sentence:
    pos: int  # position of its turn in time order
    text: str
    offset: float  # where it starts in the turn, 0..1 (for a time estimate)
    question: bool
    content: bool  # neither procedural nor empty


@dataclass
class _Question:
    sents: list[_Sentence]
    context: _Sentence | None


def _analyse(turn: Turn, pos: int) -> list[_Sentence]:
    text = " ".join(turn.text.split())
    out, cursor = [], 0
    for s in split_sentences(text):
        at = text.find(s, cursor)
        cursor = max(cursor, at + len(s)) if at >= 0 else cursor
        procedural = is_procedural_sentence(s)
        out.append(
            _Sentence(
                pos,
                s,
                max(at, 0) / max(len(text), 1),
                question=is_question(s) and not procedural,
                content=not procedural and bool(content_sentences(s)),
            )
        )
    return out


def _effective_roles(speakers: Sequence[Speaker], turns: Sequence[Turn]) -> dict[str, str]:
    given = {s.id: s for s in speakers}
    inferred = {s.id: s.role for s in assign_roles(speakers, turns)}
    roles = {}
    for spk, role in inferred.items():
        s = given.get(spk)
        keep = s is not None and (s.role_source == "analyst" or s.role != "unknown")
        roles[spk] = s.role if keep and s is not None else role
    return roles


def _stems(text: str) -> set[str]:
    """The scorer's stems ("shares" ~ "share", "agencies" ~ "agency"), with irregular verbs'
    bases ("told" ~ "tell")."""
    kept = (w.strip("'’.-") for w in words(text.lower()))
    return stems_of([w for w in kept if len(w) >= 3 and w not in _STOP], irregular_bases())


def asks_again(question: str, earlier: str) -> bool:
    """True when ``question`` asks nothing ``earlier`` did not: "Did you approve it?" after
    "Did you personally approve that contract?" is the asker coming back, unanswered."""
    new = _stems(question)
    return bool(new) and new <= _stems(earlier)


def _group_questions(block: list[list[_Sentence]]) -> list[_Question]:
    groups: list[_Question] = []
    for sents in block:
        prev: _Sentence | None = None
        lead: list[_Sentence] = []  # a tag fragment waiting for the question after it
        for idx, s in enumerate(sents):
            nxt = sents[idx + 1] if idx + 1 < len(sents) else None
            fragment = s.question and bool(_FRAGMENT.match(s.text))
            after_question = prev is not None and prev.question and bool(groups)
            before_question = nxt is not None and nxt.question and not _FRAGMENT.match(nxt.text)
            if fragment and not after_question and before_question:
                lead.append(s)  # "Yes or no? Have you sold access?"
                continue
            if s.question:
                if prev is not None and prev.question and groups and fragment and not lead:
                    groups[-1].sents.append(s)
                elif lead:
                    groups.append(_Question([*lead, s], None))
                    lead = []
                else:
                    ctx = None
                    if (
                        prev is not None
                        and prev.content
                        and not prev.question
                        and not _META.search(prev.text)
                        and (word_count(s.text) <= 6 or _LEANS.match(s.text))
                    ):
                        ctx = prev
                    groups.append(_Question([s], ctx))
            prev = s
    return groups


def _split_answer(questions: list[_Question], answer: str) -> list[str]:
    """One answer part per question when the answer clearly takes them in order, else the
    whole answer for each."""
    n = len(questions)
    whole = [answer] * n
    sents = split_sentences(answer)
    if n < 2 or len(sents) < n:
        return whole
    marks = [(i, _ORDINAL.match(s)) for i, s in enumerate(sents)]
    marked = [(i, _ORDINAL_N[m.group("n").lower()]) for i, m in marks if m]
    if [k for _, k in marked] == list(range(1, n + 1)):
        cuts = [0] + [i for i, _ in marked[1:]] + [len(sents)]
        return [" ".join(sents[cuts[k] : cuts[k + 1]]) for k in range(n)]
    qstems = [_stems(" ".join(s.text for s in q.sents)) for q in questions]
    sstems = [_stems(s) for s in sents]

    # Best split into n contiguous non-empty parts by word overlap with question k.
    def overlap(a: int, b: int, k: int) -> int:
        return len(set().union(*sstems[a:b]) & qstems[k])

    m = len(sents)
    best: dict[tuple[int, int], tuple[int, list[int]]] = {(0, 0): (0, [])}
    for k in range(n):
        nxt: dict[tuple[int, int], tuple[int, list[int]]] = {}
        for (_, a), (score, cuts) in best.items():
            for b in range(a + 1, m - (n - k - 1) + 1):
                cand = (score + overlap(a, b, k), [*cuts, b])
                if (k + 1, b) not in nxt or cand[0] > nxt[(k + 1, b)][0]:
                    nxt[(k + 1, b)] = cand
        best = nxt
    if (n, m) not in best:
        return whole
    cuts = [0, *best[(n, m)][1]]
    parts = [(cuts[k], cuts[k + 1]) for k in range(n)]
    for k, (a, b) in enumerate(parts):
        own = overlap(a, b, k)
        if own == 0 or any(overlap(a, b, j) > own for j in range(n) if j != k):
            return whole
    return [" ".join(sents[a:b]) for a, b in parts]


def build_exchanges(turns: Sequence[Turn], speakers: Sequence[Speaker]) -> list[Exchange]:
    """Question/answer exchanges in time order (ids 1..n), unscored."""
    ts = sorted(turns, key=lambda t: (t.start, t.end, t.id))
    if not ts:
        return []
    roles = _effective_roles(speakers, ts)
    sents = [_analyse(t, p) for p, t in enumerate(ts)]

    def can_ask(spk: str) -> bool:
        return roles.get(spk, "unknown") in ("asker", "unknown")

    def can_answer(spk: str) -> bool:
        return roles.get(spk, "unknown") in ("answerer", "unknown")

    def has_question(p: int) -> bool:
        return any(s.question for s in sents[p])

    def has_content(p: int) -> bool:
        return any(s.content for s in sents[p])

    def interjection(p: int) -> bool:
        return not has_question(p) and (
            not has_content(p) or word_count(ts[p].text) < INTERJECTION_WORDS
        )

    raw: list[tuple[Exchange, bool]] = []  # (exchange, is a follow-up)
    n, i = len(ts), 0
    while i < n:
        asker = ts[i].speaker
        if not can_ask(asker) or not has_question(i):
            i += 1
            continue
        # The asker's block: consecutive turns, bridging pure backchannels by others.
        block = [i]
        j = i + 1
        while j < n:
            if ts[j].speaker == asker:
                block.append(j)
                j += 1
            elif (
                j + 1 < n and ts[j + 1].speaker == asker and _BACKCHANNEL.match(ts[j].text.strip())
            ):
                block.append(j + 1)
                j += 2
            else:
                break
        # Skip procedural turns by others, then the first speaker with content answers.
        k, skipped = j, 0
        while k < n and not has_content(k) and ts[k].speaker != asker and skipped < MAX_SKIPPED:
            k, skipped = k + 1, skipped + 1
        if k >= n or ts[k].speaker == asker or not can_answer(ts[k].speaker):
            i = max(j, i + 1)
            continue  # unanswered: no exchange
        answerer = ts[k].speaker
        answer_pos = [k]
        m = k + 1
        while m < n:
            if ts[m].speaker == answerer:
                answer_pos.append(m)
                m += 1
            elif interjection(m) and m + 1 < n and ts[m + 1].speaker == answerer:
                answer_pos.append(m + 1)
                m += 2
            else:
                break
        answer = strip_preamble(" ".join(ts[p].text for p in answer_pos)).strip()
        questions = _group_questions([sents[p] for p in block])
        if not answer or not questions:
            i = m
            continue
        parts = _split_answer(questions, answer)
        end = max(ts[p].end for p in answer_pos)
        for q, part in zip(questions, parts, strict=True):
            first = q.context or q.sents[0]
            t0 = ts[first.pos]
            start = t0.start + max(t0.end - t0.start, 0.0) * first.offset
            qpos = sorted({s.pos for s in q.sents} | ({q.context.pos} if q.context else set()))
            text = " ".join(s.text for s in ([q.context] if q.context else []) + q.sents)
            followup = any(is_followup(s.text) for s in q.sents) or (
                q.context is not None and is_followup(q.context.text)
            )
            if not followup:
                before = [s for s in sents[q.sents[0].pos] if s.offset < q.sents[0].offset]
                followup = bool(before) and not before[-1].question and is_followup(before[-1].text)
            ex = Exchange(
                id=-1,
                question=text,
                answer=part,
                question_turns=[ts[p].id for p in qpos],
                answer_turns=[ts[p].id for p in answer_pos],
                asker=asker,
                answerer=answerer,
                start=min(start, end),
                end=end,
            )
            raw.append((ex, followup))
        i = m
    return _finalise(raw)


def _finalise(raw: list[tuple[Exchange, bool]]) -> list[Exchange]:
    """Number exchanges in time order, from 1 as analysts count ("exchange 1" is the first
    in every report and in the review app), and link follow-ups to their earlier exchange."""
    order = sorted(range(len(raw)), key=lambda k: (raw[k][0].start, raw[k][0].end, k))
    out: list[Exchange] = []
    for new_id, k in enumerate(order, start=1):
        ex, followup = raw[k]
        ex.id = new_id
        prev = next(
            (
                p
                for p in reversed(out)
                if p.asker == ex.asker
                and p.answerer == ex.answerer
                and p.question_turns != ex.question_turns
            ),
            None,
        )
        # a follow-up opener, or the same question asked again
        if prev is not None and (followup or asks_again(ex.question, prev.question)):
            ex.follows = prev.id
        out.append(ex)
    return out
