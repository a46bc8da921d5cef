"""``hearing score-pairs`` and ``hearing eval-evasion`` as commands: what they compute,
write and refuse.

Scored rows and their reasons, turns rebuilt from consecutive or numbered rows, outputs
kept unless --force, device and encoder choices checked before any model loads, the
labels --positive accepts, metrics that agree with scikit-learn, and Ctrl-C leaving no
partial file. How the input CSV itself is read is in test_evasion_csv.py.
"""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import pytest
import typer

from hearing import cli_evasion
from hearing.errors import InputError, OutputError
from hearing.evasion.metrics import average_precision, metrics, roc_auc, roc_auc_interval
from tests.evasion_helpers import DIRECT_A, DIRECT_Q, ICE_A, ICE_Q, real_scorer, run, score, write


@pytest.fixture(scope="module")
def app() -> typer.Typer:
    app = typer.Typer()
    cli_evasion.register(app)
    return app


@pytest.mark.slow
def test_score_pairs_round_trip_keeps_columns(app, tmp_path: Path) -> None:
    real_scorer()  # load models once for the module
    rows = score(
        app,
        tmp_path,
        [
            ["id", "question", "answer", "context", "note"],
            ["a1", ICE_Q, ICE_A, "privacy hearing", "x"],
            ["a2", DIRECT_Q, DIRECT_A, "", "é"],
        ],
    )
    assert [r["id"] for r in rows] == ["a1", "a2"]
    assert rows[1]["note"] == "é" and rows[0]["context"] == "privacy hearing"
    assert set(rows[0]) >= {"evasion_score", "label", "reasons"}
    assert rows[0]["label"] in ("partial", "evasive") and "shift of level" in rows[0]["reasons"]
    assert rows[1]["label"] == "answered"
    assert 0 <= float(rows[0]["evasion_score"]) <= 1


def test_score_pairs_refuses_to_overwrite_input(app, tmp_path: Path) -> None:
    src = write(tmp_path / "in.csv", [["question", "answer"], ["Did you?", "Yes."]])
    before = src.read_bytes()
    result = run(app, "score-pairs", src, "--out", src)
    assert isinstance(result.exception, OutputError)
    assert src.read_bytes() == before


def test_score_pairs_keeps_an_existing_output_unless_forced(app, tmp_path: Path) -> None:
    """A finished scoring of yesterday's file is not lost to a repeated command."""
    from hearing.errors import OutputExists

    src = write(tmp_path / "in.csv", [["question", "answer"], [ICE_Q, ICE_A]])
    out = tmp_path / "out.csv"
    out.write_text("yesterday's work\n", encoding="utf-8")
    result = run(app, "score-pairs", src, "--out", out)
    assert isinstance(result.exception, OutputExists), result.output
    assert "pass --force" in str(result.exception)
    assert out.read_text(encoding="utf-8") == "yesterday's work\n"
    real_scorer()
    result = run(app, "score-pairs", src, "--out", out, "--force")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert rows[0]["label"] in ("partial", "evasive")
    # an empty file (a name from mktemp) holds nothing to lose: no --force needed
    empty = tmp_path / "empty.csv"
    empty.touch()
    result = run(app, "score-pairs", src, "--out", empty)
    assert result.exit_code == 0, result.output
    assert list(csv.DictReader(empty.open(encoding="utf-8"))) == rows


def test_device_choice_is_checked_before_scoring(app, tmp_path: Path) -> None:
    import torch

    from hearing.errors import ModelError

    src = write(tmp_path / "in.csv", [["question", "answer"], ["Did you?", "Yes."]])
    result = run(app, "score-pairs", src, "--out", tmp_path / "o.csv", "--device", "tpu")
    assert isinstance(result.exception, InputError) and "auto, cpu or cuda" in str(result.exception)
    if torch.cuda.is_available():
        return  # the refusal below needs a machine without a GPU
    result = run(
        app,
        "score-pairs",
        src,
        "--out",
        tmp_path / "o.csv",
        "--encoder",
        "minilm",
        "--device",
        "cuda",
    )
    assert isinstance(result.exception, ModelError), result.output
    assert "--device cuda cannot be used here" in str(result.exception)
    assert not (tmp_path / "o.csv").exists()


def test_eval_without_positives_is_an_input_error(app, tmp_path: Path) -> None:
    src = write(tmp_path / "l.csv", [["question", "answer", "gold"], ["Did you?", "Yes.", "clear"]])
    result = run(app, "eval-evasion", src, "--label-col", "gold", "--positive", "evasive")
    assert isinstance(result.exception, InputError)
    assert "no row has gold" in str(result.exception)


@pytest.mark.parametrize(
    ("values", "wanted", "unknown"),
    [
        (["Ambivalent", "Clear Non-Reply"], {"Ambivalent", "Clear Non-Reply"}, []),
        (["Ambivalent,Clear Non-Reply"], {"Ambivalent", "Clear Non-Reply"}, []),
        ([" ambivalent ", "CLEAR NON-REPLY"], {"Ambivalent", "Clear Non-Reply"}, []),
        (["yes, but"], {"yes, but"}, []),  # a label holding a comma is not split
        (["Ambivalent", "Typo"], {"Ambivalent"}, ["Typo"]),
    ],
)
def test_positive_labels(values, wanted, unknown) -> None:
    seen = ["Ambivalent", "Clear Non-Reply", "Clear Reply", "yes, but"]
    assert cli_evasion.positive_labels(values, seen) == (wanted, unknown)


def test_eval_finds_the_file_after_several_positive_values(app, tmp_path: Path) -> None:
    # "--positive x y l.csv": click hands "y" to the file argument and l.csv to the values
    src = write(tmp_path / "l.csv", [["question", "answer", "gold"], ["Did you?", "Yes.", "clear"]])
    result = run(app, "eval-evasion", "--label-col", "gold", "--positive", "x", "y", src)
    assert isinstance(result.exception, InputError)
    assert "no row has gold in ['x', 'y']" in str(result.exception)


def test_eval_missing_label_column(app, tmp_path: Path) -> None:
    src = write(tmp_path / "l.csv", [["question", "answer"], ["Did you?", "Yes."]])
    result = run(app, "eval-evasion", src, "--label-col", "gold", "--positive", "x")
    assert isinstance(result.exception, InputError) and "gold" in str(result.exception)


@pytest.mark.slow
def test_eval_evasion_prints_metrics(app, tmp_path: Path) -> None:
    real_scorer()
    rows = [["question", "answer", "gold"]]
    rows += [[DIRECT_Q, DIRECT_A, "clear"], [ICE_Q, ICE_A, "dodge"]]
    rows += [
        ["How much did the pilot cost?", "The pilot cost 4.2 million dollars in total.", "clear"],
        ["How much did the pilot cost?", "I'm not going to get into numbers today.", "dodge"],
        ["Will you release the report?", "Yes, we will release it on Friday.", "clear"],
        ["Will you release the report?", "We'll see. Many people have many views.", "evasion"],
    ]
    src = write(tmp_path / "l.csv", rows)
    result = run(
        app,
        "eval-evasion",
        src,
        "--label-col",
        "gold",
        "--positive",
        "dodge",
        "--positive",
        "evasion",
    )
    assert result.exit_code == 0, result.output
    assert "n=6 positives=3" in result.output
    values = dict(
        line.split("=", 1)[0:2] for line in result.output.splitlines() if line.count("=") == 1
    )
    assert float(values["roc_auc"]) >= 0.75
    low, high = (float(v) for v in values["roc_auc_ci95"].split()[0].split("-"))
    assert low <= float(values["roc_auc"]) <= high
    assert "1000 resamples of the rows" in values["roc_auc_ci95"]
    assert 0 <= float(values["average_precision"]) <= 1
    # the "--positive VALUE..." form: several values after one flag
    several = run(app, "eval-evasion", src, "--label-col", "gold", "--positive", "dodge", "evasion")
    assert several.exit_code == 0, several.output
    assert several.output == result.output
    # rows of one interview resampled together; a group column the file lacks is named
    grouped = [[*rows[0], "title"]] + [[*r, f"t{k // 2}"] for k, r in enumerate(rows[1:])]
    src = write(tmp_path / "g.csv", grouped)
    args = ("--label-col", "gold", "--positive", "dodge,evasion")
    result = run(app, "eval-evasion", src, *args, "--group-col", "title")
    assert result.exit_code == 0, result.output
    assert "(1000 resamples of 3 title groups, whole)" in result.output
    result = run(app, "eval-evasion", src, *args, "--group-col", "interview")
    assert isinstance(result.exception, InputError) and "interview" in str(result.exception)


@pytest.mark.slow
def test_eval_evasion_reports_the_plain_cosine_baseline_on_the_same_rows(app, tmp_path) -> None:
    """The issue asks for the baseline's number beside ours on the same data: rows whose
    evasive answers are off the question's topic rank perfectly by cosine alone, and the
    same rows with the labels swapped rank perfectly the wrong way."""
    real_scorer()
    weather = "The weather in Washington has been lovely this spring, and the blossoms came early."
    pairs = [
        ("How many food inspectors did the agency hire last year?",
         "The agency hired forty food inspectors last year."),
        ("What did the audit of the grant program find?",
         "The audit of the grant program found that two grants were paid twice."),
        ("Where will the new veterans hospital be built?",
         "The new veterans hospital will be built in Tulsa."),
    ]  # fmt: skip

    def baseline(on_topic: str, off_topic: str, encoder: str) -> dict[str, str]:
        rows = [["question", "answer", "gold"]]
        for q, a in pairs:
            rows += [[q, a, on_topic], [q, weather, off_topic]]
        src = write(tmp_path / f"{on_topic}.csv", rows)
        args = ("--label-col", "gold", "--positive", "dodge", "--encoder", encoder)
        result = run(app, "eval-evasion", src, *args)
        assert result.exit_code == 0, result.output
        # "both" quotes MiniLM's similarities, so its baseline is MiniLM's cosine
        cosine_of = "static" if encoder == "static" else "minilm"
        said = f"(baseline: plain cosine of question and whole answer, {cosine_of} encoder)"
        assert said in result.output
        return dict(line.split("=", 1) for line in result.output.splitlines() if "=" in line)

    for encoder in ("static", "auto"):
        assert float(baseline("clear", "dodge", encoder)["baseline_roc_auc"]) == 1.0
        assert float(baseline("dodge", "clear", encoder)["baseline_roc_auc"]) == 0.0


def test_metrics_match_scikit_learn() -> None:
    sk = pytest.importorskip("sklearn.metrics")
    y = [0, 1, 1, 0, 1, 0, 1, 1]
    s = [0.1, 0.9, 0.4, 0.4, 0.8, 0.3, 0.35, 0.7]
    pred = [int(v >= 0.5) for v in s]
    m = metrics(y, s, pred)
    assert m["roc_auc"] == pytest.approx(sk.roc_auc_score(y, s))
    assert m["average_precision"] == pytest.approx(sk.average_precision_score(y, s))
    assert m["macro_f1"] == pytest.approx(sk.f1_score(y, pred, average="macro"))
    rng = np.random.default_rng(3)  # many ties: scores on a coarse grid
    y = rng.integers(0, 2, 500)
    s = np.round(y * 0.4 + rng.normal(size=500), 1)
    assert roc_auc(y, s) == pytest.approx(sk.roc_auc_score(y, s))
    assert average_precision(y, s) == pytest.approx(sk.average_precision_score(y, s))


def test_roc_auc_interval_resamples_whole_groups() -> None:
    """Ten interviews, each row repeated thirty times: resampling rows sees 300 independent
    rows and a narrow interval; resampling interviews sees the ten there are."""
    y10 = [1, 0, 1, 1, 0, 1, 0, 1, 0, 1]
    s10 = [0.9, 0.2, 0.4, 0.8, 0.5, 0.3, 0.6, 0.7, 0.1, 0.55]
    y, s = np.repeat(y10, 30), np.repeat(s10, 30)
    groups = np.repeat([f"interview {k}" for k in range(10)], 30)
    auc = roc_auc(y, s)
    by_rows, by_groups = roc_auc_interval(y, s), roc_auc_interval(y, s, groups)
    assert by_rows[0] <= auc <= by_rows[1] and by_groups[0] <= auc <= by_groups[1]
    assert by_groups[1] - by_groups[0] > 2 * (by_rows[1] - by_rows[0])
    assert roc_auc_interval(y, s, groups) == by_groups  # seeded: the same file, the same words
    assert roc_auc_interval(y, s, ["one hearing"] * len(y)) is None


@pytest.mark.slow
def test_score_pairs_reads_consecutive_rows_with_one_answer_as_one_turn(app, tmp_path) -> None:
    real_scorer()
    answer = "We approved the merger between the two airlines in May, with conditions attached."
    first, second = score(
        app,
        tmp_path,
        [
            ["question", "answer"],
            ["Did your agency approve the airline merger?", answer],
            ["And what did the airlines pay in fines last year?", answer],
        ],
    )
    assert "question 2 of 2 asked in one turn" in second["reasons"]
    assert "asked in one turn" not in first["reasons"]
    assert float(second["evasion_score"]) > float(first["evasion_score"])


@pytest.mark.slow
def test_score_pairs_orders_turns_by_numbered_ids(app, tmp_path) -> None:
    real_scorer()
    answer = "We approved the merger between the two airlines in May, with conditions attached."
    later, direct, first = score(
        app,
        tmp_path,
        [
            ["id", "question", "answer"],
            ["12", "And what did the airlines pay in fines last year?", answer],
            ["3", DIRECT_Q, DIRECT_A],
            ["11", "Did your agency approve the airline merger?", answer],
        ],
    )
    assert [later["id"], direct["id"], first["id"]] == ["12", "3", "11"]  # file order kept
    assert "question 2 of 2 asked in one turn" in later["reasons"]
    assert "asked in one turn" not in first["reasons"] + direct["reasons"]


@pytest.mark.slow
def test_topic_line_question_takes_its_form_from_the_context(app, tmp_path) -> None:
    real_scorer()
    turn = "Thank you, Chair. Did the agency approve the airline merger before the deadline?"
    answer = "Our agency reviews every merger carefully and follows the process set by law."
    rows = [
        ["question", "answer", "context"],
        ["Approval of the airline merger before the deadline", answer, turn],
        ["Approval of the airline merger before the deadline", answer + " ", ""],
    ]
    with_turn, without = score(app, tmp_path, rows)
    assert "yes/no question, no yes/no in answer" in with_turn["reasons"]
    assert "yes/no question" not in without["reasons"]
    assert with_turn["question"] == rows[1][0]  # the CSV keeps what it was given


def test_unknown_encoder_is_one_line_and_exit_2(app, tmp_path) -> None:
    src = write(tmp_path / "in.csv", [["question", "answer"], ["Q?", "A."]])
    result = run(app, "score-pairs", src, "--out", tmp_path / "o.csv", "--encoder", "gpt")
    assert isinstance(result.exception, InputError)
    assert result.exception.exit_code == 2
    assert "choose auto, static, minilm, both" in str(result.exception)
    assert not (tmp_path / "o.csv").exists()


@pytest.mark.slow
def test_interrupted_scoring_exits_130_says_so_and_writes_nothing(tmp_path: Path) -> None:
    """Ctrl-C while loading or scoring (whichever it hits): exit 130, a line, no output."""
    import os
    import signal
    import subprocess
    import sys
    import time

    from conftest import sigint_default

    rows = [[f"{ICE_Q} ({i})", ICE_A] for i in range(20000)]  # 6 s is inside it on any CPU
    src = write(tmp_path / "big.csv", [["question", "answer"], *rows])
    out = tmp_path / "out.csv"
    proc = subprocess.Popen(
        [sys.executable, "-m", "hearing.cli", "score-pairs", str(src), "--out", str(out)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "COLUMNS": "100"},
        preexec_fn=sigint_default,
    )
    time.sleep(6)
    proc.send_signal(signal.SIGINT)
    err = proc.communicate(timeout=120)[1]
    assert proc.returncode == 130, err
    assert "interrupted; no partial output was kept" in err and "Traceback" not in err
    assert list(tmp_path.iterdir()) == [src]


def test_auto_scores_small_files_with_both_encoders_and_large_ones_with_static() -> None:
    from hearing.evasion.both import AUTO_BOTH_MAX, resolve_choice

    assert resolve_choice("auto", 1) == resolve_choice(None, AUTO_BOTH_MAX) == "both"
    assert resolve_choice("auto", AUTO_BOTH_MAX + 1) == "static"
    assert resolve_choice("auto", AUTO_BOTH_MAX + 1, "cuda") == "both"  # MiniLM on a GPU
    assert resolve_choice("static", AUTO_BOTH_MAX + 1, "cuda") == "static"
    assert resolve_choice(" MiniLM ", 5) == "minilm" and resolve_choice("static", 5) == "static"
    with pytest.raises(InputError, match="choose auto, static, minilm, both"):
        resolve_choice("fast", 5)


def test_score_pairs_checks_its_output_before_scoring(app, tmp_path: Path, monkeypatch) -> None:
    """An --out that cannot be written is refused at once, not after minutes of scoring."""

    def scoring(*args, **kwargs):
        raise AssertionError("scored before the output was checked")

    monkeypatch.setattr(cli_evasion, "_score_rows", scoring)
    src = write(tmp_path / "in.csv", [["question", "answer"], [DIRECT_Q, DIRECT_A]])
    blocker = tmp_path / "notes.txt"
    blocker.write_text("mine")
    result = run(app, "score-pairs", src, "--out", blocker / "scored.csv")
    assert isinstance(result.exception, OutputError), result.output
    assert "is a file; give --out a path in a folder" in str(result.exception)
    (tmp_path / "results").mkdir()
    result = run(app, "score-pairs", src, "--out", tmp_path / "results", "--force")
    assert isinstance(result.exception, OutputError) and "is a folder" in str(result.exception)
    assert blocker.read_text() == "mine" and not any((tmp_path / "results").iterdir())
