"""Opening a v2 library migrates it to v3 (orphaned notes, searchable notes), losing nothing."""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

from docs_factory import sample_document, synthetic_document
from hypothesis import HealthCheck, given, settings
from test_store_roundtrip import documents

from hearing.document import HearingDocument
from hearing.store import SCHEMA_VERSION, Library
from hearing.store.documents import write_document
from hearing.store.legacy_schemas import V2_SCHEMA

ANALYST_ROWS = (
    "SELECT hearing_pk, exchange_id, verdict, note, author, updated_at FROM annotations "
    "ORDER BY hearing_pk, exchange_id"
)


def build_v2(path: Path, docs: list[HearingDocument]) -> None:
    """A v2 library file, as v2 wrote it (a first import writes only tables v2 already had)."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.executescript(V2_SCHEMA)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("BEGIN")
    for doc in docs:
        write_document(conn, doc, "2024-07-01T00:00:00.000Z")
    conn.execute("PRAGMA user_version = 2")
    conn.execute("COMMIT")
    conn.close()


def rows(path: Path, sql: str) -> list:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_v2_library_is_migrated_with_a_backup_and_keeps_all_work(tmp_path):
    path = tmp_path / "lib.sqlite3"
    sample = sample_document()
    other = synthetic_document(seed=5, n_turns=60, n_words=600, n_exchanges=25)
    build_v2(path, [sample, other])
    conn = sqlite3.connect(path)
    conn.execute("UPDATE annotations SET author = 'zoe' WHERE exchange_id = 3")
    conn.execute("INSERT INTO annotations VALUES (2, 7, 'flagged', 'vendor evasive', 'ben', "
                 "'2024-07-02T00:00:00.000Z')")  # fmt: skip
    conn.execute("INSERT INTO speaker_annotations VALUES (2, 'S3', 'Rep. Kim', 'asker', 'ben', "
                 "'2024-07-02T00:00:00.000Z')")  # fmt: skip
    conn.commit()
    conn.close()
    before = rows(path, ANALYST_ROWS)
    speakers_before = rows(path, "SELECT * FROM speaker_annotations ORDER BY 1, 2")
    assert len(before) == 5

    with Library.open(path) as lib:
        assert lib.schema_version == SCHEMA_VERSION == 3
        assert lib.integrity_check() == "ok"
        sample_id, other_id = lib.resolve("Face recognition"), lib.resolve("synthetic-5")
        sample.annotations[1].author = "zoe"
        assert lib.load(sample_id).to_dict() == sample.to_dict()
        loaded = lib.load(other_id)
        assert loaded.annotation(7).note == "vendor evasive"
        assert loaded.display_name("S3") == "Rep. Kim"
        assert [(h.kind, h.exchange_id) for h in lib.search("deadline") if h.kind == "note"] == [
            ("note", 8)
        ]
        assert [h.hearing_id for h in lib.search("vendor evasive") if h.kind == "note"] == [
            other_id
        ]
        assert all(h.n_orphaned == 0 for h in lib.list_hearings())
    assert rows(path, ANALYST_ROWS) == before
    assert rows(path, "SELECT * FROM speaker_annotations ORDER BY 1, 2") == speakers_before
    backup = tmp_path / "lib.sqlite3.v2.bak"
    assert rows(backup, "PRAGMA user_version") == [(2,)]
    assert rows(backup, ANALYST_ROWS) == before

    # The migrated library re-anchors like a new one.
    with Library.open(path) as lib:
        again = sample_document()
        again.annotations = []
        again.exchanges = [e for e in again.exchanges if e.id != 5]
        for i, e in enumerate(again.exchanges):
            e.id = i
        report = lib.import_with_report(again)
        assert (report.kept, report.moved, report.orphaned) == (2, 1, 1)
        assert lib.load(sample_id).annotation(7).note.startswith("Follow up in writing")
        [orphan] = lib.orphaned_annotations(sample_id)
        assert (orphan.exchange_id, orphan.verdict) == (5, "dismissed")
    assert not (tmp_path / "lib.sqlite3.v3.bak").exists()


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_any_v2_library_migrates_to_the_same_document(doc):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "lib.sqlite3"
        build_v2(path, [doc])
        before = rows(path, ANALYST_ROWS)
        with Library.open(path) as lib:
            [summary] = lib.list_hearings()
            assert lib.load(summary.id).to_dict() == doc.to_dict()
            assert lib.integrity_check() == "ok"
        assert rows(path, ANALYST_ROWS) == before
