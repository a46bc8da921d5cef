"""Read and write the question–answer CSVs of ``score-pairs`` and ``eval-evasion``.

Every way a hand-made CSV goes wrong (missing file, wrong encoding, missing column, empty
cell) becomes an ``InputError`` that names the file and the row, so the user can fix it
without reading a traceback. Row numbers count the header as row 1, as spreadsheets do.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from hearing.errors import InputError, OutputError
from hearing.fsutil import atomic_write_text

ENCODINGS = ("utf-8-sig",)  # utf-8 with or without a byte-order mark


def _decode(path: Path, raw: bytes) -> str:
    for enc in ENCODINGS:
        try:
            return raw.decode(enc)
        except UnicodeDecodeError as exc:
            bad = exc.start
    line = raw[:bad].count(b"\n") + 1
    raise InputError(
        f"{path}: not UTF-8 text: undecodable byte 0x{raw[bad]:02x} at byte {bad} "
        f"(row {line}); save the file as UTF-8"
    )


def read_rows(
    path: str | Path, required: tuple[str, ...]
) -> tuple[list[str], list[dict[str, str]]]:
    """Return (header, rows); checks columns and that required cells are not empty."""
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a folder, not a CSV file")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    text = _decode(path, raw)
    if not text.strip():
        raise InputError(f"{path}: file is empty")
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""))
        header = [h.strip() for h in (reader.fieldnames or [])]
        reader.fieldnames = header
        rows = list(reader)
    except csv.Error as exc:
        raise InputError(f"{path}: not a valid CSV: {exc}") from exc
    missing = [c for c in required if c not in header]
    if missing:
        raise InputError(
            f"{path}: missing column(s) {', '.join(missing)}; found: {', '.join(header) or 'none'}"
        )
    if not rows:
        raise InputError(f"{path}: has a header but no data rows")
    for i, row in enumerate(rows, start=2):
        if None in row:
            raise InputError(f"{path}: row {i} has more cells than the header")
        for col in required:
            if not (row.get(col) or "").strip():
                raise InputError(f"{path}: row {i}: empty '{col}' cell")
    return header, rows


def write_rows(
    path: str | Path, header: list[str], rows: list[dict[str, str]], *, src: Path
) -> Path:
    path = Path(path)
    try:
        same = path.exists() and path.resolve() == src.resolve()
    except OSError:
        same = False
    if same:
        raise OutputError(f"{path}: refusing to overwrite the input file; choose another --out")
    buf = io.StringIO(newline="")
    writer = csv.DictWriter(buf, fieldnames=header, lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: ("" if v is None else v) for k, v in row.items()})
    return atomic_write_text(path, buf.getvalue())
