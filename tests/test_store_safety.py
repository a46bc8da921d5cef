"""A library never loses committed work, never damages a file, and refuses what it can't read."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from docs_factory import synthetic_document

from hearing.errors import StoreError
from hearing.store import SCHEMA_VERSION, Library
from hearing.store.migrations import V1_SCHEMA

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent


def _child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), str(TESTS), env.get("PYTHONPATH", "")])
    env["OMP_NUM_THREADS"] = "1"
    return env


# -- files that are not (usable) libraries ------------------------------------------------
def test_text_file_is_refused_and_untouched(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("these are my notes, not a database\n" * 10)
    before = path.read_bytes()
    with pytest.raises(StoreError, match="not a hearing library"):
        Library.open(path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]  # no -wal/-shm left


def test_truncated_library_is_refused_and_untouched(tmp_path):
    path = tmp_path / "lib.sqlite3"
    with Library.open(path) as lib:
        lib.import_document(synthetic_document(seed=1, n_turns=200, n_words=4000))
    full = path.read_bytes()
    assert len(full) > 20_000
    for keep in (len(full) // 2, 4096, 60):
        path.write_bytes(full[:keep])
        with pytest.raises(StoreError, match="corrupt|not a hearing library"):
            Library.open(path)
        assert path.read_bytes() == full[:keep]


def test_garbage_inside_a_library_is_reported_not_a_traceback(tmp_path):
    path = tmp_path / "lib.sqlite3"
    with Library.open(path) as lib:
        lib.import_document(synthetic_document(seed=2, n_turns=200, n_words=4000))
    data = bytearray(path.read_bytes())
    data[100:4096] = os.urandom(3996)  # the schema page
    path.write_bytes(bytes(data))
    with pytest.raises(StoreError):
        lib = Library.open(path)
        lib.list_hearings()  # pragma: no cover - open already fails on a broken schema


def test_someone_elses_sqlite_database_is_refused(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices (n INTEGER)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="not a hearing library"):
        Library.open(path)


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "lib.sqlite3"
    Library.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match=r"newer release.*upgrade hearing"):
        Library.open(path)
    assert path.read_bytes() == before


def test_a_folder_is_refused(tmp_path):
    with pytest.raises(StoreError, match="folder"):
        Library.open(tmp_path)


# -- migration from a hand-built v1 library ------------------------------------------------
def _build_v1(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.executescript(V1_SCHEMA)
    conn.execute(
        "INSERT INTO hearings VALUES (1, 'abc123def456', 'sha256:abc', 'Old hearing', "
        "'old.wav', 'abc', 60.0, 16000, 'en', '2023-01-01', '2023-01-02', '[]')"
    )
    conn.execute("INSERT INTO speakers VALUES (1, 0, 'S1', 'SPEAKER_00', 'Senator Ortiz', "
                 "'asker', 'auto')")  # fmt: skip
    conn.execute("INSERT INTO speakers VALUES (1, 1, 'S2', 'SPEAKER_01', NULL, 'answerer', 'auto')")
    conn.execute("INSERT INTO turns VALUES (1, 1, 0, 0, 'S1', 0.5, 4.0, "
                 "'Do you have a contract with ICE?', 0, 0)")  # fmt: skip
    conn.execute("INSERT INTO turns VALUES (2, 1, 1, 1, 'S2', 4.5, 9.0, "
                 "'We serve many agencies.', 0, 0)")  # fmt: skip
    reasons = json.dumps(
        [
            {"kind": "shift", "text": "agency → agencies", "weight": 0.4},
            {"kind": "yes_no_unanswered", "text": "no yes or no", "weight": 0.3},
        ]
    )
    conn.execute(
        "INSERT INTO exchanges VALUES (1, 1, 0, 0, 'Do you have a contract with ICE?', "
        "'We serve many agencies.', '[0]', '[1]', 'S1', 'S2', 0.5, 9.0, 0.8, 'evasive', ?, "
        "'We serve many agencies.', 0.2, NULL)",
        (reasons,),
    )
    conn.execute("INSERT INTO annotations VALUES (1, 0, 'confirmed', 'classic dodge', "
                 "'2023-02-01T00:00:00Z')")  # fmt: skip
    conn.execute("INSERT INTO speaker_annotations VALUES (1, 'S2', 'Director Hale', NULL, '')")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()


def test_v1_library_is_migrated_with_a_backup(tmp_path):
    path = tmp_path / "lib.sqlite3"
    _build_v1(path)
    with Library.open(path) as lib:
        assert lib.schema_version == SCHEMA_VERSION == 3
        doc = lib.load("abc123def456")
        assert [(r.kind, r.text, r.weight) for r in doc.exchanges[0].reasons] == [
            ("shift", "agency → agencies", 0.4),
            ("yes_no_unanswered", "no yes or no", 0.3),
        ]
        a = doc.annotation(0)
        assert (a.verdict, a.note, a.author) == ("confirmed", "classic dodge", "")
        assert doc.display_name("S2") == "Director Hale"
        # v2 indexes exchanges (a match across question and answer) and stems words.
        hits = lib.search("contract agencies")
        assert [(h.exchange_id, h.turn_id) for h in hits] == [(0, None)]
        assert [h.turn_id for h in lib.search("contracts")] == [0]
        lib.set_note("abc123def456", 0, "still a dodge", author="zoe")
        assert lib.integrity_check() == "ok"
    backup = tmp_path / "lib.sqlite3.v1.bak"
    conn = sqlite3.connect(backup)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.close()
    with Library.open(path) as lib:  # a second open finds nothing to migrate
        assert lib.load("abc123def456").annotation(0).author == "zoe"


# -- crash safety: kill -9 while writing ----------------------------------------------------
WRITER = r"""
import sys
from docs_factory import synthetic_document
from hearing.store import Library

lib = Library.open(sys.argv[1])
doc = synthetic_document(seed=3, n_turns=600, n_words=12000, n_exchanges=300)
hearing_id = lib.import_document(doc)
print("ready", hearing_id, flush=True)
i = int(sys.argv[2])
while True:
    if i % 40 == 0:
        print("import", i, flush=True)
        doc.turns[0].text = f"revision {i} of the opening statement"
        lib.import_document(doc)
    lib.set_note(hearing_id, i % 300, f"note {i}")
    lib.set_verdict(hearing_id, i % 300, ("confirmed", "dismissed", "flagged")[i % 3])
    print("committed", i, flush=True)
    i += 1
"""


def _run_until_killed(path: Path, start: int, kill_after: str, delay: float) -> tuple[str, int]:
    """Start a writer, kill -9 it ``delay`` s after it prints ``kill_after``; last commit."""
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path), str(start)],
        stdout=subprocess.PIPE,
        text=True,
        env=_child_env(),
    )
    hearing_id, last, seen_trigger = "", start - 1, False
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            line = proc.stdout.readline()
            if not line:
                break
            word, _, rest = line.strip().partition(" ")
            if word == "ready":
                hearing_id = rest
            elif word == "committed":
                last = int(rest)
            elif word == "import" and int(rest) > start + 40:
                seen_trigger = kill_after == "import"
            if seen_trigger or (kill_after == "note" and last >= start + 50):
                time.sleep(delay)
                break
        proc.send_signal(signal.SIGKILL)
        # Lines written before the kill are committed work too; a line the kill cut short
        # ("committed" with its number half written) says nothing and is skipped.
        for line in proc.stdout.read().splitlines(keepends=True):
            word, _, rest = line.partition(" ")
            if word == "committed" and line.endswith("\n"):
                last = max(last, int(rest))
    finally:
        proc.kill()
        proc.wait()
    assert proc.returncode == -signal.SIGKILL
    return hearing_id, last


@pytest.mark.parametrize(
    ("kill_after", "delay"), [("note", 0.0), ("note", 0.013), ("import", 0.05), ("import", 0.2)]
)
def test_kill_9_mid_write_loses_nothing_committed(tmp_path, kill_after, delay):
    path = tmp_path / "lib.sqlite3"
    hearing_id, last = _run_until_killed(path, 1, kill_after, delay)
    assert hearing_id and last > 1
    with Library.open(path) as lib:
        assert lib.integrity_check() == "ok"
        doc = lib.load(hearing_id)
        notes = {a.exchange_id: a for a in doc.annotations}
        for i in range(max(1, last - 299), last + 1):  # every committed note still there
            assert notes[i % 300].note in {f"note {j}" for j in range(i, i + 3)}
        assert len(doc.turns) == 600 and len(doc.exchanges) == 300  # imports are all-or-nothing
        assert len(doc.words) == 12000
        # The opening turn is from the last import that committed (one may have been cut).
        done = {40 * (last // 40), 40 * ((last + 1) // 40)} - {0}
        assert doc.turns[0].text in {f"revision {k} of the opening statement" for k in done}
        assert len(lib.search("opening statement")) <= 1


# -- a reader and a writer at once ------------------------------------------------------------
IMPORTER = r"""
import sys
from docs_factory import synthetic_document
from hearing.store import Library

lib = Library.open(sys.argv[1])
for seed in range(100, 108):
    hid = lib.import_document(synthetic_document(seed=seed, n_turns=300, n_words=6000,
                                                 n_exchanges=120))
    for k in range(20):
        lib.set_note(hid, k, f"writer note {k}")
print("done", flush=True)
"""


def test_reader_and_writer_at_once(tmp_path):
    path = tmp_path / "lib.sqlite3"
    with Library.open(path) as reader:
        writer = subprocess.Popen(
            [sys.executable, "-c", IMPORTER, str(path)],
            stdout=subprocess.PIPE,
            text=True,
            env=_child_env(),
        )
        loads = searches = 0
        seen_counts = set()
        try:
            while writer.poll() is None:
                hearings = reader.list_hearings()
                seen_counts.add(len(hearings))
                for h in hearings:
                    doc = reader.load(h.id)
                    # A load sees a whole import or none of it, never half.
                    assert (len(doc.turns), len(doc.words), len(doc.exchanges)) == (300, 6000, 120)
                    loads += 1
                reader.search("warrant OR contract", limit=20)
                searches += 1
        finally:
            out, _ = writer.communicate(timeout=300)
        assert writer.returncode == 0 and "done" in out
        assert len(reader.list_hearings()) == 8
        assert loads > 0 and searches > 1
        assert len(seen_counts) > 1  # the reader really ran while the writer was writing
        assert reader.integrity_check() == "ok"
