"""Property tests of the CSV reader, the parser of what analysts type into spreadsheets.

Whatever bytes arrive, reading either gives a table or one ``InputError``, never another
exception. A table written by Python's csv module in any of the dialects and encodings the
reader accepts, with any text in its cells (delimiters, quotes, line breaks, accents,
emoji), blank lines anywhere and in any header case, reads back cell for cell, and an
empty required cell is reported at the row number a spreadsheet shows.
"""

from __future__ import annotations

import contextlib
import csv
import io
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hearing.errors import InputError
from hearing.evasion.csvio import DELIMITERS, read_rows

CELL = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00\ufeff"),
    max_size=40,
)
FILLED = CELL.filter(lambda s: s.strip())  # a required cell must hold something
ENCODINGS = ("utf-8", "utf-8-sig", "utf-16")
CASES = (str, str.upper, str.title, lambda s: f" {s} ")


def _read(data: bytes, required=("question", "answer")):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "in.csv"
        path.write_bytes(data)
        return read_rows(path, required)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_give_a_table_or_one_input_error(data):
    try:
        _read(data)
    except InputError as err:
        assert str(err).strip() and "\n" not in str(err).strip()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["question", "answer", ",", ";", "\t", '"', "\n", "\r\n", "x"])))
def test_csv_like_noise_gives_a_table_or_one_input_error(pieces):
    with contextlib.suppress(InputError):
        _read("".join(pieces).encode("utf-8"))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    rows=st.lists(st.tuples(FILLED, FILLED, CELL), min_size=1, max_size=6),
    delimiter=st.sampled_from(DELIMITERS),
    encoding=st.sampled_from(ENCODINGS),
    case=st.sampled_from(CASES),
    # an empty line, a row of bare delimiters (Excel's touched cells), a lone quoted empty cell
    blanks=st.lists(
        st.tuples(st.integers(0, 7), st.sampled_from([[], ["", "", ""], [""]])), max_size=3
    ),
)
def test_a_written_table_reads_back_cell_for_cell(rows, delimiter, encoding, case, blanks):
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n")
    header = [case(c) for c in ("question", "answer", "note")]
    lines = [header, *map(list, rows)]
    # blank records go anywhere, before the header too
    for at, blank in sorted(blanks, reverse=True):
        lines.insert(min(at, len(lines)), blank)
    writer.writerows(lines)
    table = _read(buf.getvalue().encode(encoding))
    assert table.delimiter == delimiter
    assert [(r["question"], r["answer"], r[header[2].strip()]) for r in table.rows] == rows


@settings(max_examples=100, deadline=None)
@given(
    before=st.lists(st.tuples(FILLED, FILLED), max_size=4),
    blanks=st.integers(0, 3),
    delimiter=st.sampled_from(DELIMITERS),
)
def test_an_empty_cell_is_named_at_its_spreadsheet_row(before, blanks, delimiter):
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n")
    writer.writerows([["question", "answer"], *map(list, before)])
    buf.write("\r\n" * blanks)  # blank lines still take a row in a spreadsheet
    writer.writerow(["Did you sign it?", ""])
    row = 1 + len(before) + blanks + 1  # records, not lines: a quoted line break is one row
    try:
        _read(buf.getvalue().encode("utf-8"))
    except InputError as err:
        assert f"row {row}: empty 'answer' cell" in str(err), str(err)
    else:
        raise AssertionError("an empty answer cell was accepted")
