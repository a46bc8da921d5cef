"""Opening a library file safely.

A library holds an analyst's verdicts and notes, so opening one must never damage a file:
anything that is not a hearing library (a text file, someone else's database, a truncated
copy) is refused before SQLite is allowed to write to it, and a library written by a newer
release is refused rather than guessed at. Connections run in WAL mode (a reader and a writer
at once), with foreign keys on, ``synchronous=FULL`` (a committed annotation survives a crash
or power cut) and a busy timeout so a brief lock held by another process is waited out.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from hearing.errors import StoreError
from hearing.store import migrations, schema

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_S = 10.0


def check_file(path: Path) -> None:
    """Refuse a file that is not a complete SQLite database, without opening it for writing."""
    if path.is_dir():
        raise StoreError(f"{path} is a folder, not a hearing library file")
    if not path.exists():
        return
    try:
        with path.open("rb") as fh:
            header = fh.read(100)
        size = path.stat().st_size
    except OSError as exc:
        raise StoreError(f"cannot read library {path}: {exc.strerror or exc}") from exc
    if size == 0:
        return  # an empty file is an empty SQLite database
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise StoreError(
            f"{path} is not a hearing library (not an SQLite database); refusing to touch it"
        )
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    header_count_valid = header[24:28] == header[92:96]
    # A crash during a WAL checkpoint can leave page 1 (with the new page count) written before
    # the pages that grow the file; the WAL still holds them all and SQLite replays it on open.
    wal = path.with_name(path.name + "-wal")
    try:
        replayable = wal.is_file() and wal.stat().st_size > 32
    except OSError:
        replayable = False
    if page_size < 512 or (header_count_valid and not replayable and pages * page_size > size):
        raise StoreError(
            f"library {path} is corrupt (truncated: {size} bytes, header says "
            f"{pages * page_size}); it was left untouched — restore it from a backup"
        )


def _tables(conn: sqlite3.Connection) -> set[str]:
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")
    return {r[0] for r in rows}


def connect(path: Path | None) -> sqlite3.Connection:
    """Open (creating or migrating as needed) the library at ``path``; None = in memory."""
    if path is not None:
        check_file(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create library folder {path.parent}: {exc}") from exc
    target = ":memory:" if path is None else str(path)
    try:
        conn = sqlite3.connect(
            target, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False
        )
    except sqlite3.Error as exc:
        raise StoreError(f"cannot open library {path}: {exc}") from exc
    try:
        _prepare(conn, path)
    except StoreError:
        conn.close()
        raise
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise StoreError(f"library {path} cannot be used ({exc}); it was left untouched") from exc
    return conn


def _prepare(conn: sqlite3.Connection, path: Path | None) -> None:
    conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
    # Reading the schema first: a corrupt file fails here, before anything is written.
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    tables = _tables(conn)
    if version > schema.SCHEMA_VERSION:
        raise StoreError(
            f"library {path} was written by a newer release of hearing (schema {version}, "
            f"this release reads up to {schema.SCHEMA_VERSION}); upgrade hearing to open it"
        )
    if version == 0 and tables:
        raise StoreError(f"{path} is an SQLite database but not a hearing library; refusing it")
    if version > 0 and not tables >= schema.REQUIRED_TABLES:
        missing = ", ".join(sorted(schema.REQUIRED_TABLES - tables))
        raise StoreError(f"library {path} is damaged (missing tables: {missing})")
    if path is not None:
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise StoreError(f"library {path} cannot use WAL mode (got {mode})")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA synchronous = FULL")
    if version == 0:
        migrations.create_current(conn)
    else:
        migrations.migrate(conn, path, version)
