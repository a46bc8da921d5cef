"""`hearing library|import|export|search` end to end, through the real entry point."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from docs_factory import sample_document

ROOT = Path(__file__).resolve().parent.parent


def hearing(*args: str, cwd: Path, library: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, HEARING_LIBRARY=str(library), COLUMNS="200", NO_COLOR="1")
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")])
    return subprocess.run(
        [sys.executable, "-m", "hearing.cli", *args],
        cwd=cwd, env=env, capture_output=True, text=True, timeout=120, input="",
    )  # fmt: skip


@pytest.fixture
def workdir(tmp_path) -> Path:
    (tmp_path / "doc.json").write_text(sample_document().to_json(), encoding="utf-8")
    return tmp_path


def test_import_list_search_export(workdir):
    lib = workdir / "lib.sqlite3"
    r = hearing("import", "doc.json", cwd=workdir, library=lib)
    assert r.returncode == 0, r.stderr
    hearing_id = r.stdout.split()[1]
    r = hearing("library", cwd=workdir, library=lib)
    assert r.returncode == 0 and hearing_id in r.stdout and "Face recognition" in r.stdout
    r = hearing("search", "Customs Enforcement", cwd=workdir, library=lib)
    assert r.returncode == 0 and "Senator Ortiz" in r.stdout and "0:00:5" in r.stdout
    r = hearing("export", hearing_id[:6], "-f", "md,srt", "-o", "out", "--only-flagged",
                cwd=workdir, library=lib)  # fmt: skip
    assert r.returncode == 0, r.stderr
    names = sorted(p.name for p in (workdir / "out").iterdir())
    assert names == ["Face_recognition_and_federal_agencies.md",
                     "Face_recognition_and_federal_agencies.srt"]  # fmt: skip
    md = (workdir / "out" / names[0]).read_text()
    assert "Good morning" not in md and "So is that a yes?" in md


def test_one_hearing_lists_each_speakers_questions_answers_and_flags(workdir):
    from hearing.export.view import build_view

    lib = workdir / "lib.sqlite3"
    r = hearing("import", "doc.json", cwd=workdir, library=lib)
    assert r.returncode == 0, r.stderr
    r = hearing("library", r.stdout.split()[1], cwd=workdir, library=lib)
    assert r.returncode == 0, r.stderr
    view = build_view(sample_document())
    for s in view.doc.speakers:
        line = next(x for x in r.stdout.splitlines() if f" {s.id} " in x)
        assert view.name(s.id) in line and view.tally(s.id) in line


def test_export_to_a_new_folder_without_extension_creates_it(workdir):
    lib = workdir / "lib.sqlite3"
    r = hearing("export", "doc.json", "-f", "html", "-o", "reports", cwd=workdir, library=lib)
    assert r.returncode == 0, r.stderr
    assert (workdir / "reports").is_dir()
    assert [p.suffix for p in (workdir / "reports").iterdir()] == [".html"]


def test_export_refuses_to_overwrite_then_forces(workdir):
    lib = workdir / "lib.sqlite3"
    (workdir / "h.txt").write_text("keep me")
    r = hearing("export", "doc.json", "-f", "txt", "-o", "h.txt", cwd=workdir, library=lib)
    assert r.returncode == 4 and "--force" in r.stderr and "Traceback" not in r.stderr
    assert (workdir / "h.txt").read_text() == "keep me"
    r = hearing("export", "doc.json", "-f", "txt", "-o", "h.txt", "--force",
                cwd=workdir, library=lib)  # fmt: skip
    assert r.returncode == 0 and "Dana Hale" in (workdir / "h.txt").read_text()
    assert not lib.exists()  # a JSON path needs no library


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["export", "nothing-like-it", "-f", "md"], 2, "no hearing"),
        (["export", "missing.json"], 2, "no such file"),
        (["export", "doc.json", "-f", "pdf"], 2, "unknown export format"),
        (["import", "bad.json"], 2, "not a hearing document"),
    ],
)
def test_user_mistakes_are_one_line_errors(workdir, args, code, message):
    (workdir / "bad.json").write_text('{"hello": 1}')
    r = hearing(*args, cwd=workdir, library=workdir / "lib.sqlite3")
    assert r.returncode == code, r.stderr
    assert message in r.stderr and "Traceback" not in r.stderr


def test_corrupt_library_is_exit_code_5(workdir):
    bad = workdir / "lib.sqlite3"
    bad.write_text("not a database")
    r = hearing("library", cwd=workdir, library=bad)
    assert r.returncode == 5 and "not a hearing library" in r.stderr
    assert bad.read_text() == "not a database"


def test_reanalysis_that_drops_an_annotated_exchange_reports_and_shows_the_orphan(workdir):
    lib = workdir / "lib.sqlite3"
    again = sample_document()
    again.annotations = []
    again.exchanges = [e for e in again.exchanges if e.id != 3]  # re-analysis lost it
    for i, e in enumerate(again.exchanges):
        e.id = i
    (workdir / "again.json").write_text(again.to_json(), encoding="utf-8")
    assert hearing("import", "doc.json", cwd=workdir, library=lib).returncode == 0
    r = hearing("import", "again.json", cwd=workdir, library=lib)
    assert r.returncode == 0, r.stderr
    assert "2 moved with their renumbered exchange" in r.stdout
    assert "1 verdict(s)/note(s) orphaned by re-analysis" in r.stdout
    hearing_id = r.stdout.split()[1]
    r = hearing("library", cwd=workdir, library=lib)
    assert r.returncode == 0 and "orphaned notes" in r.stdout
    assert "`hearing library HEARING`" in r.stdout.replace("\n", " ")
    r = hearing("library", hearing_id[:6], cwd=workdir, library=lib)
    assert r.returncode == 0, r.stderr
    assert "1 verdict(s)/note(s) orphaned by re-analysis" in r.stdout
    assert "Check the 2019 date" in r.stdout and "exchange 3" in r.stdout
    assert "require a warrant" in r.stdout  # the question the note was made on
    r = hearing("search", "deadline", cwd=workdir, library=lib)
    assert "note: Follow up in writing" in r.stdout  # notes are searchable, on their new id


def test_remove_names_what_is_lost_and_wants_yes(workdir):
    """Removing a hearing takes the analyst's notes with it: without a terminal to ask on,
    it is refused until --yes, with the count of what would go and how to keep a copy."""
    from hearing.store import Library

    doc = sample_document()
    verdicts = sum(1 for a in doc.annotations if a.verdict)
    notes = sum(1 for a in doc.annotations if a.note)
    names = sum(1 for s in doc.speakers if s.name)
    roles = sum(1 for s in doc.speakers if s.role_source == "analyst")
    by_hand = verdicts + notes + names + roles
    assert verdicts and notes and names
    lib = workdir / "lib.sqlite3"
    r = hearing("import", "doc.json", cwd=workdir, library=lib)
    hearing_id = r.stdout.split()[1]
    r = hearing("remove", hearing_id[:6], cwd=workdir, library=lib)
    assert r.returncode == 2 and r.stderr.startswith("error:"), r.stderr
    with Library.open(lib) as store:
        work = store.analyst_work(hearing_id)
    assert work.total == by_hand
    assert f"loses {work}" in r.stderr and "set by hand" in r.stderr
    for n, kind in ((verdicts, "verdict"), (notes, "note"), (names, "speaker name")):
        assert f"{n} {kind}" in r.stderr
    assert "add --yes" in r.stderr and "--format json" in r.stderr
    with Library.open(lib) as store:
        assert [h.id for h in store.list_hearings()] == [hearing_id]
        assert store.analyst_work(hearing_id) == work
    title = "Face recognition and federal agencies"
    r = hearing("remove", title, "--yes", cwd=workdir, library=lib)
    assert r.returncode == 0 and f"removed {hearing_id}" in r.stdout, r.stderr
    r = hearing("library", cwd=workdir, library=lib)
    assert "No hearings" in r.stdout
    r = hearing("remove", hearing_id, "--yes", cwd=workdir, library=lib)
    assert r.returncode == 2 and "no hearing" in r.stderr
