"""The TUI's model-free rules: queue order and filters, unreviewed walk, search, wrapping,
and how ``hearing tui PATH`` decides what PATH is."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tui_helpers import clean_sample

from hearing.document import Reason
from hearing.errors import InputError
from hearing.evasion.reasons import ANSWERING_KINDS
from hearing.store import Library
from tui.backend import Target, clock, resolve_target
from tui.review import LABEL_FILTERS, STATUS_FILTERS, Filters, ReviewState
from tui.synthetic import synthetic_hearing
from tui.widgets.transcript import wrap_spans

DOC = synthetic_hearing(n_exchanges=40, n_procedural=8, seed=3)
VERDICT = st.sampled_from([None, "confirmed", "dismissed", "flagged"])


def state_with(verdicts: dict[int, str | None]) -> ReviewState:
    state = ReviewState(synthetic_hearing(n_exchanges=40, n_procedural=8, seed=3))
    for eid, v in verdicts.items():
        state.set_verdict(eid, v)
    return state


@given(
    st.dictionaries(st.integers(0, 39), VERDICT, max_size=20),
    st.sampled_from(LABEL_FILTERS),
    st.sampled_from(["", "S3", "S4"]),
    st.sampled_from(STATUS_FILTERS),
    st.sampled_from(["", "low_similarity", "yes_no_unanswered", "refusal"]),
)
def test_queue_is_sorted_and_matches_filters(verdicts, label, speaker, status, sign):
    state = state_with(verdicts)
    rows = state.queue(Filters(label, speaker, status, sign))
    keys = [(-e.score, e.id) for e in rows]
    assert keys == sorted(keys)
    for ex in state.doc.exchanges:
        v = verdicts.get(ex.id)
        hand = v == "flagged"
        ok_label = {
            "flagged": ex.label in ("evasive", "partial") or hand,
            "all": True,
        }.get(label, ex.label == label)
        ok_speaker = not speaker or ex.answerer == speaker
        ok_status = {"any": True, "unreviewed": v is None, "reviewed": v is not None}[status]
        ok_sign = not sign or any(
            r.kind == sign and (r.weight > 0 or r.kind == "pressed") for r in ex.reasons
        )
        assert (ex in rows) == (ok_label and ok_speaker and ok_status and ok_sign)


def test_sign_kinds_are_the_reasons_that_raised_a_score_most_frequent_first():
    state = ReviewState(DOC)
    kinds = state.sign_kinds()
    counts = {
        k: sum(any(r.kind == k and r.weight > 0 for r in ex.reasons) for ex in DOC.exchanges)
        for k in kinds
    }
    assert kinds and all(counts.values())
    assert [counts[k] for k in kinds] == sorted(counts.values(), reverse=True)
    raised = {r.kind for ex in DOC.exchanges for r in ex.reasons if r.weight > 0}
    assert set(kinds) == raised - ANSWERING_KINDS


def test_a_reason_that_says_the_answer_answers_is_never_a_sign_of_evasion():
    """A "high similarity" reason can carry a small positive share of one score (the
    similarity features together); offering it as a sign of evasion would read as nonsense."""
    doc = synthetic_hearing(n_exchanges=4, n_procedural=0, seed=3)
    ex = doc.exchanges[0]
    ex.reasons = [
        Reason("high_similarity", "answer's best sentence similarity 0.56: '...'", 0.08),
        Reason("yes_no_settled", "reply reads as settling it without a yes or no: '...'", 0.01),
        Reason("refusal", "declines: 'not in a position to discuss'", 0.2),
    ]
    for other in doc.exchanges[1:]:
        other.reasons = []
    assert ReviewState(doc).sign_kinds() == ["refusal"]


def test_the_askers_press_is_a_sign_to_filter_by_though_it_moves_no_score():
    doc = synthetic_hearing(n_exchanges=4, n_procedural=0, seed=3)
    for ex in doc.exchanges:
        ex.reasons = []
    doc.exchanges[2].reasons = [
        Reason("pressed", "the asker pressed in exchange 3: 'So is that a yes?'", 0.0),
        Reason("pivot", "turns to its own record or priorities: 'our record'", 0.0),
    ]
    state = ReviewState(doc)
    assert state.sign_kinds() == ["pressed"]
    rows = state.queue(Filters(label="all", sign="pressed"))
    assert [e.id for e in rows] == [doc.exchanges[2].id]


@given(st.dictionaries(st.integers(0, 39), VERDICT, max_size=40), st.sampled_from([1, -1]))
def test_next_unreviewed_walks_every_open_flag_once(verdicts, step):
    state = state_with(verdicts)
    order = state.queue(Filters())
    open_flags = {e.id for e in order if state.is_flagged(e) and state.verdict(e.id) is None}
    seen, current = [], None
    for _ in range(len(order) + 1):
        current = state.next_unreviewed(order, current, step)
        if current is None or current in seen:
            break
        seen.append(current)
    assert set(seen) == open_flags
    if seen:
        ids = [e.id for e in order]
        positions = [ids.index(i) for i in seen]
        assert positions == sorted(positions, reverse=step < 0)


@given(st.text(alphabet="ab Ab.", min_size=1, max_size=4))
def test_search_finds_every_occurrence(query):
    state = ReviewState(DOC)
    matches = state.search(query)
    if not query.strip():
        assert matches == []
        return
    for m in matches:
        assert DOC.turns[m.turn_index].text[m.start : m.end].lower() == query.lower()
    expected = sum(_count(t.text.lower(), query.lower()) for t in DOC.turns)
    assert len(matches) == expected


def _count(hay: str, needle: str) -> int:
    n, at = 0, hay.find(needle)
    while at != -1:
        n, at = n + 1, hay.find(needle, at + len(needle))
    return n


@given(st.text(alphabet=st.characters(codec="ascii"), max_size=300), st.integers(1, 60))
def test_wrap_keeps_every_word_within_width(text, width):
    spans = wrap_spans(text, width)
    assert all(end - start <= width for start, end in spans)
    assert [s for s in spans if s != (0, 0)] == sorted(s for s in spans if s != (0, 0))
    rebuilt = "".join(text[a:b] for a, b in spans)
    assert "".join(rebuilt.split()) == "".join(text.split())


def test_dismissed_flags_fade_and_counts_follow_the_library():
    state = state_with({})
    evasive = next(e for e in state.doc.exchanges if e.label == "evasive")
    answered = next(e for e in state.doc.exchanges if e.label == "answered")
    flagged_before, _ = state.counts()
    state.set_verdict(evasive.id, "dismissed")
    state.set_verdict(answered.id, "flagged")
    assert state.severity(evasive) == "answered"
    assert state.severity(answered) == "partial"
    assert state.counts() == (flagged_before, 2)


def test_clock_formats():
    assert clock(0) == "00:00"
    assert clock(65.9) == "01:05"
    assert clock(3 * 3600 + 61) == "3:01:01"


def test_resolve_target(tmp_path):
    with Library.open(tmp_path / "lib.sqlite3") as lib:
        assert resolve_target(None, lib) == Target("library")
        doc_file = tmp_path / "h.json"
        doc_file.write_text(clean_sample().to_json(), encoding="utf-8")
        target = resolve_target(doc_file, lib)
        assert target.kind == "hearing"
        assert resolve_target(target.hearing_id, lib) == target
        audio = tmp_path / "new.wav"
        audio.write_bytes(b"RIFF")
        assert resolve_target(audio, lib) == Target("recording", path=audio.resolve())
        bad = tmp_path / "notes.txt"
        bad.write_text("x")
        for wrong in (bad, tmp_path, "no-such-hearing-or-file"):
            with pytest.raises(InputError):
                resolve_target(wrong, lib)
        broken = tmp_path / "broken.json"
        broken.write_text("{not json")
        with pytest.raises(InputError):
            resolve_target(broken, lib)


def test_palette_offers_every_sign_found_in_the_hearing():
    from tui.screens.hearing_palette import hearing_commands

    state = ReviewState(DOC)
    actions = {c.action for c in hearing_commands(state)}
    assert "filter('sign', '')" in actions
    assert all(f"filter('sign', {k!r})" in actions for k in state.sign_kinds())
