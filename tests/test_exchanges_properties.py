"""Invariants of question/answer pairing over random hearings (Hypothesis).

Whatever the turns (overlapping, unsorted, garbled, any roles), every exchange pairs an
asker's question with a later answer from someone else, ids and spans are in order,
follow-ups point back to the same pair, and the result is deterministic.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from hearing.document import ROLES, Speaker, Turn
from hearing.exchanges import build_exchanges
from hearing.procedural import is_procedural
from hearing.roles import assign_roles

_TEXTS = st.sampled_from(
    [
        "Why did you share the data?",
        "How many records? Who approved it?",
        "So is that a yes?",
        "We shared it with four agencies.",
        "Thank you, Senator. We did.",
        "Right.",
        "I yield back.",
        "The chair recognizes Senator Ortiz.",
        "Without objection, so ordered.",
        "Do you solemnly swear that the testimony is the truth?",
        "I'm not in a position to discuss that.",
        "Let me stop you there.",
        "Is that right? Yes or no?",
        "First, yes. Second, no.",
    ]
)


@st.composite
def hearings(draw):
    n = draw(st.integers(0, 14))
    turns, t = [], 0.0
    for i in range(n):
        t += draw(st.floats(-1.0, 3.0))  # overlaps allowed
        dur = draw(st.floats(0.0, 5.0))
        text = draw(st.one_of(_TEXTS, st.text(max_size=60), _TEXTS.map(lambda s: s + " " + s)))
        spk = draw(st.sampled_from(["A", "B", "C", "D"]))
        turns.append(Turn(draw(st.sampled_from([i, i + 100])), spk, t, t + dur, text, 0, 0))
    ids = {tt.id for tt in turns}
    if len(ids) < len(turns):  # keep turn ids unique, as the aligner guarantees
        turns = [Turn(i, x.speaker, x.start, x.end, x.text, 0, 0) for i, x in enumerate(turns)]
    spks = draw(
        st.lists(
            st.builds(
                Speaker,
                id=st.sampled_from(["A", "B", "C", "D"]),
                role=st.sampled_from(ROLES),
                role_source=st.sampled_from(["auto", "analyst"]),
            ),
            max_size=4,
            unique_by=lambda s: s.id,
        )
    )
    return draw(st.permutations(turns)), spks


@settings(max_examples=150, deadline=None)
@given(hearings())
def test_exchange_properties(hearing):
    turns, spks = hearing
    exs = build_exchanges(turns, spks)
    assert [e.id for e in exs] == list(range(1, len(exs) + 1))
    assert [(e.start, e.end) for e in exs] == sorted((e.start, e.end) for e in exs)
    pos = {t.id: k for k, t in enumerate(sorted(turns, key=lambda t: (t.start, t.end, t.id)))}
    by_id = {t.id: t for t in turns}
    # The caller's roles are used; only "unknown" automatic roles are inferred.
    roles = {s.id: s.role for s in assign_roles(spks, turns)}
    roles |= {s.id: s.role for s in spks if s.role != "unknown" or s.role_source == "analyst"}
    for e in exs:
        assert e.question_turns and e.answer_turns
        assert set(e.question_turns) <= set(by_id) and set(e.answer_turns) <= set(by_id)
        assert max(pos[k] for k in e.question_turns) < min(pos[k] for k in e.answer_turns)
        assert e.asker != e.answerer
        assert all(by_id[k].speaker == e.asker for k in e.question_turns)
        assert all(by_id[k].speaker == e.answerer for k in e.answer_turns)
        assert roles[e.asker] != "answerer" and roles[e.answerer] != "asker"
        assert e.question.strip() and e.answer.strip()
        assert not is_procedural(e.question)
        assert e.start <= e.end
        if e.follows is not None:
            assert 1 <= e.follows < e.id
            prev = exs[e.follows - 1]
            assert (prev.asker, prev.answerer) == (e.asker, e.answerer)
    assert build_exchanges(turns, spks) == exs  # deterministic
