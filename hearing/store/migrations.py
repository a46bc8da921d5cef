"""Forward migrations between library schema versions.

``PRAGMA user_version`` records the schema. Opening a library migrates it forward one step at a
time, each step in its own transaction together with the version bump, so a crash mid-way
leaves the library at the last completed version. Before the first step a copy of the old
file is taken with SQLite's online backup (``<name>.v<N>.bak``) so an analyst can always go
back. A library from a newer release is refused (see ``connection.py``), never "migrated".

History:
- v1: first release. Reasons were a JSON column on ``exchanges``; annotations had no author;
  only turns were full-text indexed.
- v2: reasons get their own table (queryable, one row per piece of evidence); annotations and
  speaker annotations record their author; exchanges (question + answer) are indexed too, so
  a query whose words span the question and the answer finds the exchange; an
  ``exchange_turns`` table maps each turn to its exchange (search hits name their exchange).
- v3: annotations re-anchored on re-import; those whose exchange a re-analysis dropped go to
  ``orphaned_annotations`` (with a snapshot of the exchange) instead of silently pointing at
  whatever exchange later takes their id. ``annotations`` gets an integer row id so analyst
  notes can be full-text indexed (``notes_fts``). Existing annotations keep their exchange ids:
  v2 never renumbered silently on purpose, so they are taken as they stand.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

from hearing.store import schema

# The v1 schema exactly as v1 created it; kept so tests can build a real v1 library.
V1_SCHEMA = """
CREATE TABLE hearings (
    pk INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, identity TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL, source_path TEXT NOT NULL, source_sha256 TEXT NOT NULL,
    duration REAL NOT NULL, sample_rate INTEGER NOT NULL, language TEXT NOT NULL,
    created_at TEXT NOT NULL, imported_at TEXT NOT NULL, models TEXT NOT NULL
);
CREATE TABLE speakers (
    hearing_pk INTEGER NOT NULL REFERENCES hearings(pk) ON DELETE CASCADE,
    seq INTEGER NOT NULL, id TEXT NOT NULL, label TEXT NOT NULL, proposed_name TEXT,
    role TEXT NOT NULL, role_source TEXT NOT NULL, PRIMARY KEY (hearing_pk, seq)
);
CREATE TABLE segments (
    hearing_pk INTEGER NOT NULL REFERENCES hearings(pk) ON DELETE CASCADE,
    seq INTEGER NOT NULL, start_s REAL NOT NULL, end_s REAL NOT NULL, speaker TEXT NOT NULL,
    PRIMARY KEY (hearing_pk, seq)
);
CREATE TABLE words (
    hearing_pk INTEGER NOT NULL REFERENCES hearings(pk) ON DELETE CASCADE,
    seq INTEGER NOT NULL, text TEXT NOT NULL, start_s REAL NOT NULL, end_s REAL NOT NULL,
    probability REAL NOT NULL, speaker TEXT NOT NULL, PRIMARY KEY (hearing_pk, seq)
) WITHOUT ROWID;
CREATE TABLE turns (
    rowid INTEGER PRIMARY KEY,
    hearing_pk INTEGER NOT NULL REFERENCES hearings(pk) ON DELETE CASCADE,
    seq INTEGER NOT NULL, id INTEGER NOT NULL, speaker TEXT NOT NULL, start_s REAL NOT NULL,
    end_s REAL NOT NULL, text TEXT NOT NULL, word_start INTEGER NOT NULL,
    word_end INTEGER NOT NULL, UNIQUE (hearing_pk, seq)
);
CREATE TABLE exchanges (
    rowid INTEGER PRIMARY KEY,
    hearing_pk INTEGER NOT NULL REFERENCES hearings(pk) ON DELETE CASCADE,
    seq INTEGER NOT NULL, id INTEGER NOT NULL, question TEXT NOT NULL, answer TEXT NOT NULL,
    question_turns TEXT NOT NULL, answer_turns TEXT NOT NULL, asker TEXT NOT NULL,
    answerer TEXT NOT NULL, start_s REAL NOT NULL, end_s REAL NOT NULL, score REAL NOT NULL,
    label TEXT NOT NULL, reasons TEXT NOT NULL, best_sentence TEXT NOT NULL,
    similarity REAL NOT NULL, follows INTEGER, UNIQUE (hearing_pk, seq)
);
CREATE TABLE annotations (
    hearing_pk INTEGER NOT NULL REFERENCES hearings(pk) ON DELETE CASCADE,
    exchange_id INTEGER NOT NULL,
    verdict TEXT CHECK (verdict IS NULL OR verdict IN ('confirmed', 'dismissed', 'flagged')),
    note TEXT NOT NULL DEFAULT '', updated_at TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (hearing_pk, exchange_id)
);
CREATE TABLE speaker_annotations (
    hearing_pk INTEGER NOT NULL REFERENCES hearings(pk) ON DELETE CASCADE,
    speaker_id TEXT NOT NULL, name TEXT, role TEXT, updated_at TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (hearing_pk, speaker_id)
);
""" + schema.TURNS_FTS.replace(schema.TOKENIZER, "unicode61")


def _v1_to_v2(conn: sqlite3.Connection) -> None:
    conn.execute(
        """CREATE TABLE reasons (
            exchange_rowid INTEGER NOT NULL REFERENCES exchanges(rowid) ON DELETE CASCADE,
            seq INTEGER NOT NULL, kind TEXT NOT NULL, text TEXT NOT NULL, weight REAL NOT NULL,
            PRIMARY KEY (exchange_rowid, seq)
        ) WITHOUT ROWID"""
    )
    rows = conn.execute("SELECT rowid, reasons FROM exchanges").fetchall()
    for rowid, blob in rows:
        for seq, reason in enumerate(json.loads(blob or "[]")):
            conn.execute(
                "INSERT INTO reasons VALUES (?, ?, ?, ?, ?)",
                (
                    rowid,
                    seq,
                    str(reason.get("kind", "")),
                    str(reason.get("text", "")),
                    float(reason.get("weight", 0.0)),
                ),
            )
    conn.execute("ALTER TABLE exchanges DROP COLUMN reasons")
    _run_script(conn, _EXCHANGE_TURNS)
    for rowid, hearing_pk, q_turns, a_turns in conn.execute(
        "SELECT rowid, hearing_pk, question_turns, answer_turns FROM exchanges"
    ).fetchall():
        index_exchange_turns(conn, rowid, hearing_pk, json.loads(q_turns), json.loads(a_turns))
    conn.execute("CREATE INDEX exchanges_by_id ON exchanges (hearing_pk, id)")
    conn.execute("ALTER TABLE annotations ADD COLUMN author TEXT NOT NULL DEFAULT ''")
    conn.execute("ALTER TABLE speaker_annotations ADD COLUMN author TEXT NOT NULL DEFAULT ''")
    # v1 indexed turns without stemming; rebuild with the current tokenizer.
    for name in ("turns_fts_insert", "turns_fts_delete", "turns_fts_update"):
        conn.execute(f"DROP TRIGGER IF EXISTS {name}")
    conn.execute("DROP TABLE IF EXISTS turns_fts")
    _run_script(conn, schema.TURNS_FTS + schema.EXCHANGES_FTS)
    conn.execute("INSERT INTO turns_fts(turns_fts) VALUES ('rebuild')")
    conn.execute("INSERT INTO exchanges_fts(exchanges_fts) VALUES ('rebuild')")


_EXCHANGE_TURNS = schema.CURRENT[
    schema.CURRENT.index("CREATE TABLE exchange_turns") : schema.CURRENT.index(
        "CREATE TABLE reasons"
    )
]


def index_exchange_turns(
    conn: sqlite3.Connection, rowid: int, hearing_pk: int, q_turns: list, a_turns: list
) -> None:
    """Which turns make up an exchange, so a search hit finds its exchange by index."""
    conn.executemany(
        "INSERT OR IGNORE INTO exchange_turns VALUES (?, ?, ?, ?)",
        [(rowid, t, "question", hearing_pk) for t in q_turns]
        + [(rowid, t, "answer", hearing_pk) for t in a_turns],
    )


def _v2_to_v3(conn: sqlite3.Connection) -> None:
    # SQLite cannot change a primary key in place: rebuild the table, copying every row.
    conn.execute("ALTER TABLE annotations RENAME TO annotations_v2")
    _run_script(conn, schema.ANNOTATIONS + schema.ORPHANED_ANNOTATIONS)
    conn.execute(
        "INSERT INTO annotations (hearing_pk, exchange_id, verdict, note, author, updated_at) "
        "SELECT hearing_pk, exchange_id, verdict, note, author, updated_at FROM annotations_v2 "
        "ORDER BY hearing_pk, exchange_id"
    )
    conn.execute("DROP TABLE annotations_v2")
    _run_script(conn, schema.NOTES_FTS)
    conn.execute("INSERT INTO notes_fts(notes_fts) VALUES ('rebuild')")


# MIGRATIONS[v] takes a library from version v to v + 1.
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {1: _v1_to_v2, 2: _v2_to_v3}


def _run_script(conn: sqlite3.Connection, script: str) -> None:
    """Run DDL statement by statement: ``executescript`` would commit the open transaction."""
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            conn.execute(buffer)
            buffer = ""
    if buffer.strip():
        conn.execute(buffer)


def create_current(conn: sqlite3.Connection) -> None:
    """Create an empty library at the current version in one transaction."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        # Another process may have created it while this one waited for the write lock.
        if conn.execute("PRAGMA user_version").fetchone()[0] != 0:
            conn.execute("COMMIT")
            return
        _run_script(conn, schema.CURRENT)
        conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def backup(conn: sqlite3.Connection, path: Path, version: int) -> Path:
    """Copy the library before migrating; an existing backup is never overwritten."""
    target = path.with_name(f"{path.name}.v{version}.bak")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.v{version}.{n}.bak")
    dest = sqlite3.connect(target)
    try:
        conn.backup(dest)
    finally:
        dest.close()
    return target


def migrate(conn: sqlite3.Connection, path: Path | None, from_version: int) -> int:
    """Bring a library at ``from_version`` up to ``schema.SCHEMA_VERSION``; returns the version."""
    version = from_version
    if version < schema.SCHEMA_VERSION and path is not None:
        backup(conn, path, version)
    while version < schema.SCHEMA_VERSION:
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Another process may have migrated it while this one waited for the write lock.
            seen = conn.execute("PRAGMA user_version").fetchone()[0]
            if seen != version:
                conn.execute("COMMIT")
                version = seen
                continue
            MIGRATIONS[version](conn)
            conn.execute(f"PRAGMA user_version = {version + 1}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        version += 1
    return version
