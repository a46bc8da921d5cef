"""The CSV files ``hearing score-pairs`` and ``hearing eval-evasion`` are given, good and bad.

Analysts bring whatever their spreadsheet saved: a bad file must be refused in one line
that names the problem (missing columns, an encoding, a workbook or PDF) before any
scoring, and a good one in any common dialect, encoding or header case must be read and
written back alike.
"""

from __future__ import annotations

import codecs
import csv
from pathlib import Path

import pytest
import typer

from hearing import cli_evasion
from hearing.errors import InputError
from tests.evasion_helpers import (
    DIRECT_A,
    DIRECT_Q,
    ICE_A,
    ICE_Q,
    real_scorer,
    run,
    score_file,
    write,
)


@pytest.fixture(scope="module")
def app() -> typer.Typer:
    app = typer.Typer()
    cli_evasion.register(app)
    return app


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "no such file"),
        (b"", "file is empty"),
        (b"question,reply\nq,a\n", "missing column(s) answer"),
        (b"question,answer\n", "no data rows"),
        (b"question,answer\nDid you?,Yes.\nWhy?,  \n", "row 3: empty 'answer' cell"),
        (b"question,answer\n,Yes.\n", "row 2: empty 'question' cell"),
        (b"question,answer\nDid you?,Yes.\nWhy?,Caf\xe9 \n", "row 3"),
        (b"question,answer\nDid you?,Yes.,extra\n", "row 2 has more cells"),
    ],
    ids=[
        "missing",
        "empty",
        "columns",
        "no-rows",
        "empty-answer",
        "empty-question",
        "encoding",
        "extra-cell",
    ],
)
def test_score_pairs_bad_csv(app, tmp_path: Path, content: bytes | None, message: str) -> None:
    src = tmp_path / "in.csv"
    if content is not None:
        src.write_bytes(content)
    result = run(app, "score-pairs", src, "--out", tmp_path / "out.csv")
    assert isinstance(result.exception, InputError), result.output
    assert message in str(result.exception)
    assert "\n" not in str(result.exception)
    assert not (tmp_path / "out.csv").exists()


def test_bad_encoding_names_the_byte(app, tmp_path: Path) -> None:
    src = tmp_path / "latin1.csv"
    src.write_bytes("question,answer\nDid you?,Café\n".encode("latin-1"))
    result = run(app, "score-pairs", src, "--out", tmp_path / "o.csv")
    assert "byte 0xe9" in str(result.exception) and "UTF-8" in str(result.exception)


def test_utf8_bom_is_accepted_by_the_reader(tmp_path: Path) -> None:
    from hearing.evasion.csvio import read_rows

    src = write(tmp_path / "bom.csv", [["question", "answer"], ["Did you?", "Yes."]], "utf-8-sig")
    table = read_rows(src, ("question", "answer"))
    assert table.header == ["question", "answer"] and table.rows[0]["question"] == "Did you?"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("delimiter", "encoding"),
    [(";", "utf-8-sig"), ("\t", "utf-16")],  # Excel's "CSV" in many locales; "Unicode text"
    ids=["semicolon", "utf16-tab"],
)
def test_spreadsheet_csv_dialects_are_read_and_written_back_alike(
    app, tmp_path: Path, delimiter: str, encoding: str
) -> None:
    real_scorer()
    src = tmp_path / "in.csv"
    with src.open("w", encoding=encoding, newline="") as fh:
        w = csv.writer(fh, delimiter=delimiter)
        w.writerows([["question", "answer", "note"], [ICE_Q, ICE_A, "a, b; c"]])
    out = tmp_path / "out.csv"
    result = run(app, "score-pairs", src, "--out", out)
    assert result.exit_code == 0, result.output
    raw = out.read_bytes()
    assert raw.startswith(codecs.BOM_UTF16_LE if encoding == "utf-16" else codecs.BOM_UTF8)
    rows = list(csv.DictReader(out.open(encoding=encoding, newline=""), delimiter=delimiter))
    assert rows[0]["note"] == "a, b; c" and rows[0]["label"] in ("partial", "evasive")
    assert list(rows[0])[:2] == ["question", "answer"]  # the mark is not read into the header
    labelled = tmp_path / "l.csv"
    with labelled.open("w", encoding=encoding, newline="") as fh:
        w = csv.writer(fh, delimiter=delimiter)
        w.writerows(
            [["question", "answer", "gold"], [ICE_Q, ICE_A, "ev"], [DIRECT_Q, DIRECT_A, "ok"]]
        )
    result = run(app, "eval-evasion", labelled, "--label-col", "gold", "--positive", "ev")
    assert result.exit_code == 0, result.output
    assert "roc_auc=1.0000" in result.output


def test_a_delimiter_without_the_columns_still_names_what_was_found(app, tmp_path: Path) -> None:
    src = tmp_path / "pipe.csv"
    src.write_text("question|answer\nDid you?|Yes.\n", encoding="utf-8")
    result = run(app, "score-pairs", src, "--out", tmp_path / "o.csv")
    assert isinstance(result.exception, InputError)
    assert "missing column(s) question, answer; found: question|answer" in str(result.exception)
    assert not (tmp_path / "o.csv").exists()


def test_column_names_match_whatever_their_case(tmp_path: Path) -> None:
    from hearing.evasion.csvio import read_rows

    src = write(
        tmp_path / "caps.csv",
        [[" Question ", "ANSWER", "Context", "Id", "Gold"], ["Did you?", "Yes.", "turn", "7", "x"]],
    )
    table = read_rows(src, ("question", "answer", "gold"))
    assert table.header == ["Question", "ANSWER", "Context", "Id", "Gold"]
    row = table.rows[0]
    assert (row["question"], row["answer"], row["context"], row["id"], row["gold"]) == (
        "Did you?",
        "Yes.",
        "turn",
        "7",
        "x",
    )


def test_an_exact_column_name_wins_over_one_differing_in_case(tmp_path: Path) -> None:
    from hearing.evasion.csvio import read_rows

    src = write(tmp_path / "two.csv", [["Question", "question", "answer"], ["topic", "Q?", "A."]])
    assert read_rows(src, ("question", "answer")).rows[0]["question"] == "Q?"


def test_columns_differing_only_in_case_are_not_guessed_between(tmp_path: Path) -> None:
    from hearing.evasion.csvio import read_rows

    src = write(tmp_path / "amb.csv", [["Question", "QUESTION", "answer"], ["a?", "b?", "A."]])
    with pytest.raises(InputError, match="missing column"):
        read_rows(src, ("question", "answer"))


@pytest.mark.slow
def test_score_pairs_keeps_a_capitalised_header_as_written(app, tmp_path: Path) -> None:
    real_scorer()
    out = score_file(app, tmp_path, [["Question", "Answer", "Note"], [ICE_Q, ICE_A, "n"]])[1]
    with out.open(encoding="utf-8", newline="") as fh:
        assert next(csv.reader(fh)) == [
            "Question",
            "Answer",
            "Note",
            "evasion_score",
            "label",
            "reasons",
        ]
    rows = list(csv.DictReader(out.open(encoding="utf-8", newline="")))
    assert rows[0]["Question"] == ICE_Q and rows[0]["label"] in ("partial", "evasive")


def test_an_answer_longer_than_the_csv_modules_default_cell_limit_is_read(tmp_path: Path) -> None:
    from hearing.evasion.csvio import read_rows

    answer = "We have worked with many agencies for many years. " * 4000  # ~200 KB, 36k words
    src = write(tmp_path / "long.csv", [["question", "answer"], ["Do you sell to ICE?", answer]])
    assert read_rows(src, ("question", "answer")).rows[0]["answer"] == answer


@pytest.mark.parametrize(
    ("magic", "what"),
    [
        (b"PK\x03\x04", "xlsx"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1", "xls"),
        (b"%PDF-1.7", "PDF"),
        (b"OggS", "binary file"),
    ],
)
def test_a_workbook_or_pdf_is_named_not_read_as_text(app, tmp_path: Path, magic, what) -> None:
    src = tmp_path / "pairs.csv"
    src.write_bytes(magic + bytes(range(256)))
    result = run(app, "score-pairs", src, "--out", tmp_path / "o.csv")
    assert isinstance(result.exception, InputError)
    assert what in str(result.exception) and "save it as CSV" in str(result.exception)
    assert not (tmp_path / "o.csv").exists()


@pytest.mark.slow
def test_a_gold_label_column_is_replaced_in_the_output_with_a_note(app, tmp_path: Path) -> None:
    real_scorer()
    rows = [["question", "answer", "label"], [ICE_Q, ICE_A, "gold"]]
    result, out = score_file(app, tmp_path, rows)
    assert "column(s) label" in result.output and "unchanged" in result.output
    src = tmp_path / "in.csv"
    assert list(csv.DictReader(src.open(encoding="utf-8")))[0]["label"] == "gold"
    assert list(csv.DictReader(out.open(encoding="utf-8")))[0]["label"] in ("partial", "evasive")


def test_broken_utf16_is_an_input_error(app, tmp_path: Path) -> None:
    src = tmp_path / "u16.csv"
    src.write_bytes("question\tanswer\nDid you?\tYes.\n".encode("utf-16")[:-1])  # odd length
    result = run(app, "score-pairs", src, "--out", tmp_path / "o.csv")
    assert isinstance(result.exception, InputError) and "UTF-16" in str(result.exception)


def test_a_file_in_qevasions_layout_is_read_with_its_own_column_names(tmp_path: Path) -> None:
    from hearing.evasion.csvio import read_rows

    header = ["title", "interview_question", "question", "interview_answer", "clarity_label"]
    src = write(tmp_path / "qev.csv", [header, ["t", "Q1? Q2?", "Q1?", "A.", "Clear Reply"]])
    row = read_rows(src, ("question", "answer", "clarity_label")).rows[0]
    assert (row["question"], row["answer"], row["context"]) == ("Q1?", "A.", "Q1? Q2?")
    # a column of the name itself wins over the corpus's
    both = [["question", "answer", "interview_answer", "context", "interview_question"]]
    src = write(tmp_path / "both.csv", [*both, ["Q?", "mine", "theirs", "my turn", "their turn"]])
    row = read_rows(src, ("question", "answer")).rows[0]
    assert (row["answer"], row["context"]) == ("mine", "my turn")
    # whole turns only: the question turn is the question
    turns = [["interview_question", "interview_answer"], ["Q1? Q2?", "A."]]
    row = read_rows(write(tmp_path / "turns.csv", turns), ("question", "answer")).rows[0]
    assert (row["question"], row["answer"]) == ("Q1? Q2?", "A.")


@pytest.mark.slow
def test_score_pairs_reads_qevasions_question_turn_as_context(app, tmp_path: Path) -> None:
    """A topic line is read from the question turn given as ``interview_question``, as it is
    from ``context``; without the turn it scores differently, so the column is used."""
    real_scorer()
    topic = "Sharing of doorbell footage with ICE"
    scores = {}
    for name, header, row in (
        ("qev", ["interview_question", "question", "interview_answer"], [ICE_Q, topic, ICE_A]),
        ("plain", ["context", "question", "answer"], [ICE_Q, topic, ICE_A]),
        ("bare", ["question", "answer"], [topic, ICE_A]),
    ):
        (tmp_path / name).mkdir()
        out = score_file(app, tmp_path / name, [header, row])[1]
        with out.open(encoding="utf-8", newline="") as fh:
            scores[name] = next(csv.DictReader(fh))["evasion_score"]
    assert scores["qev"] == scores["plain"] != scores["bare"]
