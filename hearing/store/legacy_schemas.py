"""Frozen copies of older library schemas, exactly as those releases created them.

Kept so tests can build a real library of an older version and check that migrating it keeps
every row. Never edit these: they describe files already on analysts' disks.
"""

from __future__ import annotations

# ruff: noqa: E501

# v2, as hearing.store.schema.CURRENT read before v3 (tokenizer spelled out).
V2_SCHEMA = """
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
CREATE TABLE annotations (
    hearing_pk INTEGER NOT NULL REFERENCES hearings(pk) ON DELETE CASCADE,
    exchange_id INTEGER NOT NULL,
    verdict TEXT CHECK (verdict IS NULL OR verdict IN ('confirmed', 'dismissed', 'flagged')),
    note TEXT NOT NULL DEFAULT '',
    author TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (hearing_pk, exchange_id)
);
CREATE TABLE speaker_annotations (
    hearing_pk INTEGER NOT NULL REFERENCES hearings(pk) ON DELETE CASCADE,
    speaker_id TEXT NOT NULL,
    name TEXT,
    role TEXT,
    author TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (hearing_pk, speaker_id)
);

CREATE VIRTUAL TABLE turns_fts USING fts5(
    text, content='turns', content_rowid='rowid', tokenize='porter unicode61 remove_diacritics 2'
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

CREATE VIRTUAL TABLE exchanges_fts USING fts5(
    question, answer, content='exchanges', content_rowid='rowid', tokenize='porter unicode61 remove_diacritics 2'
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
