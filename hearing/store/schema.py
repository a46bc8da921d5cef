"""The library's current SQLite schema (version ``SCHEMA_VERSION``).

Machine output (speakers, segments, words, turns, exchanges, reasons) and the analyst's work
(``annotations``, ``speaker_annotations``) are separate tables: re-importing a re-analysed
hearing replaces the machine rows; the analyst rows are keyed by the ids the analyst saw
(exchange id, speaker id), not by row ids. Because a re-analysis may renumber exchanges, an
import re-anchors each annotation to the new exchange that is the same question and answer
(``anchoring.py``); one whose exchange is gone is moved to ``orphaned_annotations`` with a
snapshot of what it was about, never deleted and never attached to another exchange.

WITHOUT ROWID tables list their primary-key columns first: SQLite 3.40's integrity_check
reports false NOT NULL errors when a non-key column precedes a key column.

Full-text search uses external-content FTS5 indexes (turns, exchanges, analyst notes) kept in
step by triggers, so the text is stored once and an import or re-import updates the index in
the same transaction.
"""

from __future__ import annotations

SCHEMA_VERSION = 3

# Porter stemming lets "contracts" find "contract"; unicode61 folds case and diacritics.
TOKENIZER = "porter unicode61 remove_diacritics 2"

TABLES = """
CREATE TABLE hearings (
    pk INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    identity TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    source_path TEXT NOT NULL,
    source_sha256 TEXT NOT NULL,
    duration REAL NOT NULL,
    sample_rate INTEGER NOT NULL,
    language TEXT NOT NULL,
    created_at TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    models TEXT NOT NULL
);
CREATE TABLE speakers (
    hearing_pk INTEGER NOT NULL REFERENCES hearings(pk) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    id TEXT NOT NULL,
    label TEXT NOT NULL,
    proposed_name TEXT,
    role TEXT NOT NULL,
    role_source TEXT NOT NULL,
    PRIMARY KEY (hearing_pk, seq)
);
CREATE TABLE segments (
    hearing_pk INTEGER NOT NULL REFERENCES hearings(pk) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    start_s REAL NOT NULL,
    end_s REAL NOT NULL,
    speaker TEXT NOT NULL,
    PRIMARY KEY (hearing_pk, seq)
);
CREATE TABLE words (
    hearing_pk INTEGER NOT NULL REFERENCES hearings(pk) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    text TEXT NOT NULL,
    start_s REAL NOT NULL,
    end_s REAL NOT NULL,
    probability REAL NOT NULL,
    speaker TEXT NOT NULL,
    PRIMARY KEY (hearing_pk, seq)
) WITHOUT ROWID;
CREATE TABLE turns (
    rowid INTEGER PRIMARY KEY,
    hearing_pk INTEGER NOT NULL REFERENCES hearings(pk) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    id INTEGER NOT NULL,
    speaker TEXT NOT NULL,
    start_s REAL NOT NULL,
    end_s REAL NOT NULL,
    text TEXT NOT NULL,
    word_start INTEGER NOT NULL,
    word_end INTEGER NOT NULL,
    UNIQUE (hearing_pk, seq)
);
CREATE TABLE exchanges (
    rowid INTEGER PRIMARY KEY,
    hearing_pk INTEGER NOT NULL REFERENCES hearings(pk) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    id INTEGER NOT NULL,
    question TEXT NOT NULL,
    answer TEXT NOT NULL,
    question_turns TEXT NOT NULL,
    answer_turns TEXT NOT NULL,
    asker TEXT NOT NULL,
    answerer TEXT NOT NULL,
    start_s REAL NOT NULL,
    end_s REAL NOT NULL,
    score REAL NOT NULL,
    label TEXT NOT NULL,
    best_sentence TEXT NOT NULL,
    similarity REAL NOT NULL,
    follows INTEGER,
    UNIQUE (hearing_pk, seq)
);
CREATE INDEX exchanges_by_id ON exchanges (hearing_pk, id);
CREATE TABLE exchange_turns (
    exchange_rowid INTEGER NOT NULL REFERENCES exchanges(rowid) ON DELETE CASCADE,
    turn_id INTEGER NOT NULL,
    part TEXT NOT NULL CHECK (part IN ('question', 'answer')),
    hearing_pk INTEGER NOT NULL,
    PRIMARY KEY (exchange_rowid, turn_id, part)
) WITHOUT ROWID;
CREATE INDEX exchange_turns_by_turn ON exchange_turns (hearing_pk, turn_id);
CREATE TABLE reasons (
    exchange_rowid INTEGER NOT NULL REFERENCES exchanges(rowid) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    weight REAL NOT NULL,
    PRIMARY KEY (exchange_rowid, seq)
) WITHOUT ROWID;
"""

# v3: an integer row id (the notes index needs a stable one) and UNIQUE instead of the key.
ANNOTATIONS = """
CREATE TABLE annotations (
    rowid INTEGER PRIMARY KEY,
    hearing_pk INTEGER NOT NULL REFERENCES hearings(pk) ON DELETE CASCADE,
    exchange_id INTEGER NOT NULL,
    verdict TEXT CHECK (verdict IS NULL OR verdict IN ('confirmed', 'dismissed', 'flagged')),
    note TEXT NOT NULL DEFAULT '',
    author TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL DEFAULT '',
    UNIQUE (hearing_pk, exchange_id)
);
"""

# Analyst work whose exchange a re-analysis no longer has, with a snapshot of that exchange
# (words, speakers, time) so the analyst can see what the note was about and a later import can
# put it back when the exchange reappears.
ORPHANED_ANNOTATIONS = """
CREATE TABLE orphaned_annotations (
    id INTEGER PRIMARY KEY,
    hearing_pk INTEGER NOT NULL REFERENCES hearings(pk) ON DELETE CASCADE,
    exchange_id INTEGER NOT NULL,
    verdict TEXT CHECK (verdict IS NULL OR verdict IN ('confirmed', 'dismissed', 'flagged')),
    note TEXT NOT NULL DEFAULT '',
    author TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL DEFAULT '',
    question TEXT NOT NULL DEFAULT '',
    answer TEXT NOT NULL DEFAULT '',
    asker TEXT NOT NULL DEFAULT '',
    answerer TEXT NOT NULL DEFAULT '',
    start_s REAL,
    end_s REAL,
    orphaned_at TEXT NOT NULL
);
CREATE INDEX orphaned_annotations_by_hearing ON orphaned_annotations (hearing_pk);
"""

SPEAKER_ANNOTATIONS = """
CREATE TABLE speaker_annotations (
    hearing_pk INTEGER NOT NULL REFERENCES hearings(pk) ON DELETE CASCADE,
    speaker_id TEXT NOT NULL,
    name TEXT,
    role TEXT,
    author TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (hearing_pk, speaker_id)
);
"""

TURNS_FTS = f"""
CREATE VIRTUAL TABLE turns_fts USING fts5(
    text, content='turns', content_rowid='rowid', tokenize='{TOKENIZER}'
);
CREATE TRIGGER turns_fts_insert AFTER INSERT ON turns BEGIN
    INSERT INTO turns_fts(rowid, text) VALUES (new.rowid, new.text);
END;
CREATE TRIGGER turns_fts_delete AFTER DELETE ON turns BEGIN
    INSERT INTO turns_fts(turns_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
END;
CREATE TRIGGER turns_fts_update AFTER UPDATE OF text ON turns BEGIN
    INSERT INTO turns_fts(turns_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
    INSERT INTO turns_fts(rowid, text) VALUES (new.rowid, new.text);
END;
"""

EXCHANGES_FTS = f"""
CREATE VIRTUAL TABLE exchanges_fts USING fts5(
    question, answer, content='exchanges', content_rowid='rowid', tokenize='{TOKENIZER}'
);
CREATE TRIGGER exchanges_fts_insert AFTER INSERT ON exchanges BEGIN
    INSERT INTO exchanges_fts(rowid, question, answer)
    VALUES (new.rowid, new.question, new.answer);
END;
CREATE TRIGGER exchanges_fts_delete AFTER DELETE ON exchanges BEGIN
    INSERT INTO exchanges_fts(exchanges_fts, rowid, question, answer)
    VALUES ('delete', old.rowid, old.question, old.answer);
END;
CREATE TRIGGER exchanges_fts_update AFTER UPDATE OF question, answer ON exchanges BEGIN
    INSERT INTO exchanges_fts(exchanges_fts, rowid, question, answer)
    VALUES ('delete', old.rowid, old.question, old.answer);
    INSERT INTO exchanges_fts(rowid, question, answer)
    VALUES (new.rowid, new.question, new.answer);
END;
"""

NOTES_FTS = f"""
CREATE VIRTUAL TABLE notes_fts USING fts5(
    note, content='annotations', content_rowid='rowid', tokenize='{TOKENIZER}'
);
CREATE TRIGGER notes_fts_insert AFTER INSERT ON annotations BEGIN
    INSERT INTO notes_fts(rowid, note) VALUES (new.rowid, new.note);
END;
CREATE TRIGGER notes_fts_delete AFTER DELETE ON annotations BEGIN
    INSERT INTO notes_fts(notes_fts, rowid, note) VALUES ('delete', old.rowid, old.note);
END;
CREATE TRIGGER notes_fts_update AFTER UPDATE OF note ON annotations BEGIN
    INSERT INTO notes_fts(notes_fts, rowid, note) VALUES ('delete', old.rowid, old.note);
    INSERT INTO notes_fts(rowid, note) VALUES (new.rowid, new.note);
END;
"""

CURRENT = (
    TABLES
    + ANNOTATIONS
    + ORPHANED_ANNOTATIONS
    + SPEAKER_ANNOTATIONS
    + TURNS_FTS
    + EXCHANGES_FTS
    + NOTES_FTS
)

# Tables a hearing library must have; used to tell a library from someone else's database.
REQUIRED_TABLES = frozenset({"hearings", "turns", "exchanges", "annotations"})
