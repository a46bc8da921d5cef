"""Shared by the evasion tests: one real scorer per test process (models load once),
the question/answer pairs they score, and running the evasion CLI on a CSV."""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

from typer.testing import CliRunner


@cache
def real_scorer():
    import torch

    torch.set_num_threads(1)
    from hearing.evasion import EvasionScorer

    return EvasionScorer()


ICE_Q = (
    "Thank you, Madam Chair. Mr. Hale, did Amazon share Ring doorbell footage with ICE "
    "at any time in 2021?"
)
ICE_A = (
    "Senator, we work with a variety of government agencies, as the law requires, and we "
    "take our customers' privacy very seriously."
)
DIRECT_Q = "Did your agency approve the merger between the two airlines?"
DIRECT_A = "Yes. We approved the merger between the two airlines in May, with conditions."


def assert_gives_what_was_asked(got, gives: bool, missing_says: str = "") -> None:
    """The scored answer's wh reason: "the answer gives one" when ``gives``, else "the
    answer gives no ...", with ``missing_says`` in its text when given."""
    kinds = [r.kind for r in got.reasons]
    assert ("wh_answered" in kinds) == gives and ("wh_unanswered" in kinds) != gives, got.reasons
    if not gives and missing_says:
        missing = [r.text for r in got.reasons if r.kind == "wh_unanswered"]
        assert missing_says in missing[0], got.reasons


def run(app, *args: str):
    return CliRunner().invoke(app, [str(a) for a in args], catch_exceptions=True)


def write(path: Path, rows: list[list[str]], encoding: str = "utf-8") -> Path:
    with path.open("w", encoding=encoding, newline="") as fh:
        csv.writer(fh).writerows(rows)
    return path


def score_file(app, tmp_path: Path, rows: list[list[str]]):
    """``score-pairs`` from ``in.csv`` holding these rows (header first) to ``out.csv``;
    the CLI result and the output path, after checking it succeeded."""
    src = write(tmp_path / "in.csv", rows)
    out = tmp_path / "out.csv"
    result = run(app, "score-pairs", src, "--out", out)
    assert result.exit_code == 0, result.output
    return result, out


def score(app, tmp_path: Path, rows: list[list[str]]) -> list[dict[str, str]]:
    """``score-pairs`` on these CSV rows (header first); the scored rows read back."""
    out = score_file(app, tmp_path, rows)[1]
    return list(csv.DictReader(out.open(encoding="utf-8")))
