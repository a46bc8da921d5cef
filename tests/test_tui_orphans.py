"""Orphaned notes in the TUI: announced on open, listed, reattached or discarded (saved at once).

The library holds a hearing that was re-analysed without the exchange the analyst had
confirmed and noted, so that verdict and note are one orphan (``tui_helpers.orphaned_library``).
Each test reads the library back from a fresh connection: a change only counts if it is on disk.
"""

from __future__ import annotations

import pytest
from rich.console import Console
from textual.widgets import DataTable, OptionList
from tui_helpers import (
    ORPHAN_NOTE,
    library_with,
    notifications,
    open_hearing,
    orphaned_library,
    reviewing,
    wait_for,
)

from hearing.store import Library
from tui.app import HearingApp
from tui.screens.dialogs import ConfirmDialog
from tui.screens.hearing import HearingScreen
from tui.screens.hearing_palette import hearing_commands
from tui.screens.help import HelpScreen
from tui.screens.library import LibraryScreen
from tui.screens.orphans import OrphansDialog

SIZE = (120, 36)
pytestmark = pytest.mark.anyio


@pytest.fixture
def setup(tmp_path):
    path = tmp_path / "library.sqlite3"
    lib, hid, question = orphaned_library(path)
    yield path, lib, hid, question
    lib.close()


def stored(path, hid):
    """(annotations by exchange id, orphans) as a fresh connection reads them."""
    with Library.open(path) as lib:
        doc = lib.load(hid)
        return {a.exchange_id: a for a in doc.annotations}, lib.orphaned_annotations(hid)


async def open_orphans(pilot) -> OrphansDialog:
    await pilot.press("o")
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, OrphansDialog))
    await pilot.pause()
    return pilot.app.screen


async def confirm(pilot) -> None:
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, ConfirmDialog))
    await pilot.pause()
    await pilot.press("y")
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, HearingScreen))
    await pilot.pause()


def plain(renderable) -> str:
    console = Console(width=200, record=True)
    console.print(renderable)
    return console.export_text()


async def test_opening_announces_orphans_and_the_dialog_lists_them(setup):
    path, lib, hid, question = setup
    async with reviewing(lib, hid) as (app, pilot, screen):
        assert any(
            "1 note lost its exchange on re-analysis" in m and "press o" in m
            for m in notifications(app)
        )
        assert "1 orphaned" in screen.sub_title
        dialog = await open_orphans(pilot)
        options = dialog.query_one(OptionList)
        assert options.option_count == 1
        text = plain(options.get_option_at_index(0).prompt)
        for part in (question, ORPHAN_NOTE, "confirmed", "ana", "2024-06-11", "01:21–01:32"):
            assert part in text
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, HearingScreen))
    assert len(stored(path, hid)[1]) == 1  # looking changes nothing


async def test_reattach_puts_the_verdict_and_note_on_the_selected_exchange(setup):
    path, lib, hid, question = setup
    async with reviewing(lib, hid) as (app, pilot, screen):
        target = screen.current
        assert screen.state.verdict(target) is None
        await open_orphans(pilot)
        await pilot.press("r")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        body = plain(app.screen.body)
        assert question in body and screen.state.exchanges[target].question in body
        assert f"exchange #{target}" in body
        await confirm(pilot)
        # the screen shows it at once
        assert screen.state.verdict(target) == "confirmed"
        assert screen.state.note(target) == ORPHAN_NOTE
        assert "orphaned" not in screen.sub_title
        assert any(f"reattached to exchange #{target}" in m for m in notifications(app))
        await pilot.press("o")
        await pilot.pause()
        assert any("No orphaned notes" in m for m in notifications(app))
        assert isinstance(app.screen, HearingScreen)
    annotations, orphans = stored(path, hid)
    assert orphans == []
    assert (annotations[target].verdict, annotations[target].note) == ("confirmed", ORPHAN_NOTE)
    assert annotations[target].author == "ana"


async def test_discard_removes_the_orphan(setup):
    path, lib, hid, _ = setup
    async with reviewing(lib, hid) as (app, pilot, screen):
        await open_orphans(pilot)
        await pilot.press("x")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        await pilot.press("escape")  # cancelled: back in the list, nothing changed
        await wait_for(pilot, lambda: isinstance(app.screen, OrphansDialog))
        assert len(stored(path, hid)[1]) == 1
        await pilot.press("x")
        await confirm(pilot)
        assert any("discarded" in m for m in notifications(app))
        assert "orphaned" not in screen.sub_title
        assert screen.state.doc.annotations == []
    annotations, orphans = stored(path, hid)
    assert orphans == [] and annotations == {}


async def test_reattach_onto_an_annotated_exchange_is_refused(setup):
    path, lib, hid, _ = setup
    async with reviewing(lib, hid) as (app, pilot, screen):
        target = screen.current
        await pilot.press("d")  # the selected exchange now has a verdict
        await pilot.pause()
        await open_orphans(pilot)
        await pilot.press("r")
        await pilot.pause()
        assert isinstance(app.screen, OrphansDialog)  # still open, nothing to confirm
        assert any(f"#{target} already has a verdict or note" in m for m in notifications(app))
    annotations, orphans = stored(path, hid)
    assert len(orphans) == 1
    assert (annotations[target].verdict, annotations[target].note) == ("dismissed", "")


async def test_store_refusal_is_a_notification_not_a_traceback(setup):
    # Someone else (the CLI, another window) noted the exchange after the screen loaded.
    path, lib, hid, _ = setup
    async with reviewing(lib, hid) as (app, pilot, screen):
        target = screen.current
        with Library.open(path) as other:
            other.set_note(hid, target, "written elsewhere")
        await open_orphans(pilot)
        await pilot.press("r")
        await confirm(pilot)
        assert any(
            "Not reattached" in m and "already has a verdict or note" in m
            for m in notifications(app)
        )
        assert screen.state.verdict(target) is None
        assert "1 orphaned" in screen.sub_title
    annotations, orphans = stored(path, hid)
    assert len(orphans) == 1 and annotations[target].note == "written elsewhere"


async def test_library_screen_counts_orphans(tmp_path, setup):
    _, lib, hid, _ = setup
    lib.import_document(_other_hearing())
    app = HearingApp(None, library=lib)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, LibraryScreen))
        await pilot.pause()
        table = app.screen.query_one(DataTable)
        assert "orphaned notes" in [c.value for c in table.columns]
        cells = {key.value: table.get_cell(key, "orphaned notes") for key in table.rows}
        assert str(cells[hid]) == "1 to review"
        assert [str(v) for k, v in cells.items() if k != hid] == [""]


async def test_library_screen_without_orphans_has_no_orphan_column(tmp_path):
    lib, _ = library_with(tmp_path / "library.sqlite3")
    app = HearingApp(None, library=lib)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, LibraryScreen))
        await pilot.pause()
        columns = [c.value for c in app.screen.query_one(DataTable).columns]
        assert columns == ["title", "duration", "exchanges", "flagged", "reviewed"]
    lib.close()


async def test_orphans_are_in_the_palette_and_help(setup):
    _, lib, hid, _ = setup
    assert any(c.action == "orphans" for c in hearing_commands(None))
    app = HearingApp(hid, library=lib)
    async with app.run_test(size=SIZE) as pilot:
        await open_hearing(pilot)
        await pilot.press("question_mark")
        await wait_for(pilot, lambda: isinstance(app.screen, HelpScreen))
        assert "Review orphaned notes" in plain(app.screen.help_table())


def _other_hearing():
    from tui.synthetic import synthetic_hearing

    doc = synthetic_hearing(n_exchanges=4, n_procedural=1, words_per_turn=8, seed=9)
    doc.source.path = "samples/other.opus"
    doc.source.sha256 = "9" * 64
    doc.title = "Another hearing"
    return doc
