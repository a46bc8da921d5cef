"""Questions asked together in one turn: grouping of CSV rows and exchanges, and its effect."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from hearing.document import Exchange
from hearing.evasion.parts import (
    id_order,
    parts_from_exchanges,
    parts_from_pairs,
    parts_from_rows,
    runs,
)

LONG = "We work with many partners on this, as the law requires, and we always will."


@given(st.lists(st.sampled_from(["a", "b", None]), max_size=30))
def test_runs_number_each_run_from_zero(keys) -> None:
    parts = runs(keys)
    assert len(parts) == len(keys)
    i = 0
    while i < len(keys):
        index, count = parts[i]
        assert index == 0 and count >= 1
        for k in range(count):
            assert parts[i + k] == (k, count)
            assert keys[i + k] == keys[i]
        if keys[i] is None:
            assert count == 1
        i += count


def test_rows_sharing_a_long_answer_are_one_turn_in_file_order() -> None:
    rows = [("Q1?", LONG), ("Q2?", LONG), ("Q3?", "  " + LONG.upper()), ("Q4?", "Other answer")]
    assert parts_from_pairs(rows) == [(0, 3), (1, 3), (2, 3), (0, 1)]


def test_short_answers_and_other_contexts_do_not_group() -> None:
    assert parts_from_pairs([("Q1?", "Yes, Senator."), ("Q2?", "Yes, Senator.")]) == [
        (0, 1),
        (0, 1),
    ]
    rows = [("Q1?", LONG, "first hearing"), ("Q2?", LONG, "second hearing")]
    assert parts_from_pairs(rows) == [(0, 1), (0, 1)]
    # the same question twice over one answer is a duplicate row, not a second question
    assert parts_from_pairs([("Q1?", LONG), ("q1? ", LONG), ("Q2?", LONG)]) == [
        (0, 1),
        (0, 2),
        (1, 2),
    ]
    # the same answer further down the file is another turn
    assert parts_from_pairs([("a?", LONG), ("b?", "x y"), ("c?", LONG)]) == [(0, 1)] * 3


def test_numbered_ids_restore_the_turns_of_a_shuffled_file() -> None:
    rows = [("Q2?", LONG), ("Q9?", "Other answer"), ("Q1?", LONG)]
    assert parts_from_rows(rows) == [(0, 1)] * 3  # file order: the turn is split
    assert parts_from_rows(rows, ["2", "9", "1"]) == [(1, 2), (0, 1), (0, 2)]
    assert parts_from_rows(rows, ["q02", "q09", "q01"]) == [(1, 2), (0, 1), (0, 2)]


@given(st.permutations(list(range(6))))
def test_id_order_sorts_numbered_ids(perm) -> None:
    ids = [f"row{n}" for n in perm]
    order = id_order(ids)
    assert order is not None and [perm[i] for i in order] == sorted(perm)


def test_free_form_ids_keep_file_order() -> None:
    for ids in (["b7", "a3"], ["3", "3"], ["3", ""], ["1e3f", "9a"], ["x", "y"], ["1.5", "2"]):
        assert id_order(ids) is None, ids
    rows = [("Q1?", LONG), ("Q2?", LONG)]
    assert parts_from_rows(rows, ["ab", "cd"]) == [(0, 2), (1, 2)]


def _ex(i: int, asker: str, answer_turns: list[int], answer: str = "a") -> Exchange:
    return Exchange(i, "q?", answer, [i], answer_turns, asker, "W", float(i), float(i) + 1)


def test_exchanges_group_by_asker_and_shared_answer() -> None:
    exs = [_ex(0, "S1", [2]), _ex(1, "S1", [2]), _ex(2, "S1", [4]), _ex(3, "S3", [4])]
    assert parts_from_exchanges(exs) == [(0, 2), (1, 2), (0, 1), (0, 1)]
    # pairing split the answer turn between the questions: each was answered on its own
    split = [_ex(0, "S1", [2], "About 400 million."), _ex(1, "S1", [2], "From the news.")]
    assert parts_from_exchanges(split) == [(0, 1), (0, 1)]


def test_later_question_of_a_turn_scores_higher_and_says_why() -> None:
    from tests.evasion_helpers import real_scorer

    scorer = real_scorer()
    q1 = "How many inspectors does the agency employ?"
    q2 = "And when will the audit of the grant program be finished?"
    answer = (
        "The agency employs four hundred and twelve inspectors across eleven regional "
        "offices, and we added thirty this year."
    )
    together = scorer.score_many([(q1, answer), (q2, answer)])
    alone = scorer.score_many([(q2, answer)], parts=[(0, 1)])[0]
    later = together[1]
    assert later.score > alone.score
    kinds = [r.kind for r in later.reasons]
    assert "later_question" in kinds
    text = next(r.text for r in later.reasons if r.kind == "later_question")
    assert text.startswith("question 2 of 2 asked in one turn")
    assert "later_question" not in [r.kind for r in together[0].reasons]
