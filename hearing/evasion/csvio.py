"""Read and write the question–answer CSVs of ``score-pairs`` and ``eval-evasion``.

Every way a hand-made CSV goes wrong (missing file, wrong encoding, missing column, empty
cell) becomes an ``InputError`` that names the file and the row, so the user can fix it
without reading a traceback. Row numbers count the header as row 1, as spreadsheets do.

What spreadsheets write is read as it is: Excel in many locales saves "CSV" with semicolons,
and its "Unicode text" is tab-separated UTF-16. The delimiter is the first of comma,
semicolon and tab under which the header holds every required column, and the scored file
is written back with the same delimiter and encoding (UTF-16, or UTF-8 with the byte-order
mark Excel looks for when the input had one), so it opens in the program that made the input.
Column names match regardless of case and surrounding spaces ("Question", " ANSWER "), as
a spreadsheet user types them; the scored file keeps the header as the user wrote it.
A file in the layout of the QEvasion corpus (Thomas et al., 2024), the public benchmark of
evasion in political interviews, is read as it comes: its ``interview_answer`` column is the
answer and its ``interview_question`` (the whole question turn) the context, or the question
where there is no ``question`` column, wherever the file has no column of the name itself.
Blank lines and rows of bare delimiters (Excel writes them for cells once touched) are
skipped, before the header too, but still counted in row numbers.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from hearing.errors import InputError, OutputError
from hearing.fsutil import atomic_write_bytes

DELIMITERS = (",", ";", "\t")
# The csv module's default cell limit (128 KiB) refuses an answer of ~20,000 words, which a
# long testimony can reach; 16 MiB still stops a file that is not a CSV at all.
FIELD_LIMIT = 16 * 1024 * 1024


@dataclass
class Table:
    header: list[str]
    rows: list[dict[str, str]]
    delimiter: str = ","
    encoding: str = "utf-8"


# Files analysts pass by mistake that are not text at all: name them instead of reporting
# an undecodable byte or a header of binary noise.
_NOT_CSV = {
    b"PK\x03\x04": "a zip archive (an Excel .xlsx or OpenDocument file?)",
    b"\xd0\xcf\x11\xe0": "an old Microsoft Office file (Excel .xls?)",
    b"%PDF": "a PDF document",
}


def _refuse_binary(path: Path, raw: bytes, encoding: str) -> None:
    for magic, what in _NOT_CSV.items():
        if raw.startswith(magic):
            raise InputError(f"{path}: is {what}, not a CSV; save it as CSV (UTF-8) first")
    if encoding != "utf-16" and b"\x00" in raw[:65536]:
        raise InputError(f"{path}: is a binary file, not a CSV; save it as CSV (UTF-8) first")


def _encoding(raw: bytes) -> str:
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return "utf-16"
    return "utf-8-sig" if raw.startswith(b"\xef\xbb\xbf") else "utf-8"


def _decode(path: Path, raw: bytes, encoding: str) -> str:
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as exc:
        bad = exc.start
    if encoding == "utf-16":
        raise InputError(f"{path}: broken UTF-16 text at byte {bad}; save the file as UTF-8")
    line = raw[:bad].count(b"\n") + 1
    raise InputError(
        f"{path}: not UTF-8 text: undecodable byte 0x{raw[bad]:02x} at byte {bad} "
        f"(row {line}); save the file as UTF-8"
    )


def _parse(
    path: Path, text: str, delimiter: str
) -> tuple[list[str], list[tuple[int, dict[str, str | None]]]]:
    """The header and the data rows, each with its row number as a spreadsheet shows it.

    Blank records are skipped but counted: a spreadsheet shows a blank line as an empty row
    (and Excel writes rows of bare delimiters for cells it once touched), so row numbers in
    errors stay the ones the user sees. Leading blank lines before the header are allowed.
    A row with fewer cells than the header has None in the missing ones; one with more
    keeps the extra cells under the key None, as csv.DictReader does."""
    csv.field_size_limit(max(csv.field_size_limit(), FIELD_LIMIT))
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as exc:
        raise InputError(f"{path}: not a valid CSV: {exc}") from exc

    def blank(record: list[str]) -> bool:
        return not any(cell.strip() for cell in record)

    start = next((k for k, record in enumerate(records) if not blank(record)), len(records))
    if start == len(records):
        return [], []
    header = [h.strip() for h in records[start]]
    rows: list[tuple[int, dict[str, str | None]]] = []
    for number, record in enumerate(records[start + 1 :], start=start + 2):
        if blank(record):
            continue
        row: dict = {h: (record[j] if j < len(record) else None) for j, h in enumerate(header)}
        if len(record) > len(header):
            row[None] = record[len(header) :]
        rows.append((number, row))
    return header, rows


# Other names a column goes by, tried only where the file has no column of the name itself.
FALLBACKS = {
    "question": ("interview_question",),
    "answer": ("interview_answer",),
    "context": ("interview_question",),
}


def _resolve(header: list[str], name: str) -> str | None:
    """The header's column for ``name``: the exact name, else the one equal but for case,
    else the same for each of its ``FALLBACKS``."""
    for candidate in (name, *FALLBACKS.get(name, ())):
        if candidate in header:
            return candidate
        matches = [h for h in header if h.casefold() == candidate.casefold()]
        if len(matches) == 1:
            return matches[0]
    return None


def read_rows(
    path: str | Path, required: tuple[str, ...], optional: tuple[str, ...] = ("context", "id")
) -> Table:
    """The table; checks columns and that required cells are not empty.

    Each row also carries every required and optional column under the name asked for,
    so callers read ``row["question"]`` whatever the header's case.
    """
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a folder, not a CSV file")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    encoding = _encoding(raw)
    _refuse_binary(path, raw, encoding)
    text = _decode(path, raw, encoding)
    if not text.strip():
        raise InputError(f"{path}: file is empty")
    # the header line: the first with more than whitespace, quotes and bare delimiters, the
    # same lines _parse skips as blank records ('""' is an empty cell, as is ',,')
    lines = (line for line in text.split("\n") if line.strip(' "\r\n\f\v' + "".join(DELIMITERS)))
    first_line = next(lines, "")
    delimiter = ","
    for d in DELIMITERS:
        if d in first_line and all(_resolve(_parse(path, first_line, d)[0], c) for c in required):
            delimiter = d
            break
    header, numbered = _parse(path, text, delimiter)
    missing = [c for c in required if _resolve(header, c) is None]
    if missing:
        raise InputError(
            f"{path}: missing column(s) {', '.join(missing)}; found: {', '.join(header) or 'none'}"
        )
    if not numbered:
        raise InputError(f"{path}: has a header but no data rows")
    aliases = {
        c: found
        for c in (*required, *optional)
        if (found := _resolve(header, c)) is not None and found != c
    }
    rows = [row for _, row in numbered]
    for i, row in numbered:
        if None in row:
            raise InputError(f"{path}: row {i} has more cells than the header")
        for name, found in aliases.items():
            row[name] = row[found]
        for col in required:
            if not (row.get(col) or "").strip():
                raise InputError(f"{path}: row {i}: empty '{col}' cell")
    return Table(header, rows, delimiter, encoding)


def refuse_input(path: Path, src: Path) -> None:
    """OutputError when ``path`` is the input file ``src`` itself."""
    try:
        same = path.exists() and path.resolve() == src.resolve()
    except OSError:
        same = False
    if same:
        raise OutputError(f"{path}: refusing to overwrite the input file; choose another --out")


def write_rows(
    path: str | Path,
    header: list[str],
    rows: list[dict[str, str]],
    *,
    src: Path,
    delimiter: str = ",",
    encoding: str = "utf-8",
    force: bool = True,
) -> Path:
    path = Path(path)
    refuse_input(path, src)
    buf = io.StringIO(newline="")
    writer = csv.DictWriter(
        buf, fieldnames=header, delimiter=delimiter, lineterminator="\n", extrasaction="ignore"
    )
    writer.writeheader()
    for row in rows:
        writer.writerow({k: ("" if v is None else v) for k, v in row.items()})
    return atomic_write_bytes(path, buf.getvalue().encode(encoding), force=force)
