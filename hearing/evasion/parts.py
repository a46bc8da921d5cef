"""Questions asked together: which sub-question of a turn each pair is.

When one turn asks several questions and one answer follows, the answer usually speaks to
the first and lets the later ones go. On QEvasion (grouped CV by interview) the share of
evasive answers rises from 0.56 for the first of two questions to 0.82 for the second, and
from 0.51 to 0.92 over three; knowing a pair's place adds about 0.04 ROC-AUC to the combiner.

In a hearing document the pairing knows this directly (exchanges of one asker that share
an answer turn the pairing could not split between them).
In a CSV of pairs it is read from the rows: consecutive rows with the same answer (and the
same context, when given) are the sub-questions of one turn, in file order. Short answers
("Yes.") repeat by chance and never group. When every row has a numbered ``id`` ("17",
"q17"), the rows are read in id order instead, so a file sorted or shuffled after numbering
keeps its turns together; without such ids, file order is the only order there is.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Sequence

_NUMBERED = re.compile(r"(\D*?)(\d+)")
MIN_SHARED_WORDS = 8  # answers shorter than this repeat by chance ("Yes, Senator.")

Part = tuple[int, int]  # (0-based index among the questions asked together, how many)


def runs(keys: Sequence[Hashable | None], items: Sequence[Hashable] | None = None) -> list[Part]:
    """(index, count) of each position within its run of equal consecutive keys.

    None never joins a run. With ``items``, a run also ends where an item repeats within
    it: the same question twice over one answer is a duplicate row, not a second question.
    """
    out: list[Part] = []
    i = 0
    while i < len(keys):
        j = i + 1
        seen = {items[i]} if items is not None else set()
        if keys[i] is not None:
            while j < len(keys) and keys[j] == keys[i]:
                if items is not None:
                    if items[j] in seen:
                        break
                    seen.add(items[j])
                j += 1
        out.extend((k, j - i) for k in range(j - i))
        i = j
    return out


def _key(answer: str, context: str) -> tuple[str, str] | None:
    words = answer.split()
    if len(words) < MIN_SHARED_WORDS:
        return None
    return " ".join(words).lower(), " ".join(context.split()).lower()


def parts_from_pairs(pairs: Sequence[Sequence[str]]) -> list[Part]:
    """Parts of (question, answer[, context]) rows, as they come in a CSV."""
    keys = [_key(str(p[1] or ""), str(p[2] or "") if len(p) > 2 else "") for p in pairs]
    return runs(keys, [" ".join(str(p[0] or "").split()).lower() for p in pairs])


def id_order(ids: Sequence[str]) -> list[int] | None:
    """Row positions in id order when all ids share a prefix and end in distinct numbers.

    Anything else (missing, repeated or free-form ids, hashes) gives None: file order.
    """
    keys = []
    for raw in ids:
        m = _NUMBERED.fullmatch((raw or "").strip())
        if not m:
            return None
        keys.append((m.group(1), int(m.group(2))))
    if len({p for p, _ in keys}) != 1 or len({n for _, n in keys}) != len(keys):
        return None
    return sorted(range(len(keys)), key=lambda i: keys[i][1])


def parts_from_rows(pairs: Sequence[Sequence[str]], ids: Sequence[str] | None = None) -> list[Part]:
    """``parts_from_pairs`` over CSV rows, in id order when the ids allow (see module doc)."""
    order = id_order(ids) if ids is not None else None
    if order is None:
        return parts_from_pairs(pairs)
    found = parts_from_pairs([pairs[i] for i in order])
    out: list[Part] = [(0, 1)] * len(pairs)
    for pos, i in enumerate(order):
        out[i] = found[pos]
    return out


def parts_from_exchanges(exchanges: Sequence) -> list[Part]:
    """Parts of exchanges in document order: one asker's questions sharing one answer.

    When pairing could split the answer turn between the questions (each got its own
    part of the reply), each was answered on its own and stands alone; only questions left
    sharing the same answer text count as asked together, as in a CSV.
    """
    return runs(
        [(ex.asker, tuple(ex.answer_turns), " ".join(ex.answer.split())) for ex in exchanges]
    )


def part_text(part: Part) -> str:
    index, count = part
    return f"question {index + 1} of {count} asked in one turn"
