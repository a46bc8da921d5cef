"""The library screen's own actions: removing a hearing, which takes the analyst's work with
it, so the dialog says how much and starts on Cancel."""

from __future__ import annotations

import pytest
from textual.widgets import DataTable, Static
from tui_helpers import annotated_sample, clean_sample, notifications, wait_for

from hearing.store import Library
from tui.app import HearingApp
from tui.screens.dialogs import ConfirmDialog
from tui.screens.library import LibraryScreen

SIZE = (120, 36)
pytestmark = pytest.mark.anyio


async def test_remove_asks_names_the_loss_and_starts_on_cancel(tmp_path):
    path = tmp_path / "library.sqlite3"
    lib = Library.open(path)
    keep = clean_sample()
    keep.title = "Zoning board, March"
    kept_id = lib.import_document(keep)
    doomed = annotated_sample()
    doomed.source.sha256 = "1" * 64  # another recording
    doomed.title = "Budget oversight hearing"
    doomed_id = lib.import_document(doomed)
    by_hand = lib.analyst_work(doomed_id)
    # three verdicts, two of them with a note, and a renamed speaker
    assert (by_hand.verdicts, by_hand.notes, by_hand.names, by_hand.roles) == (3, 2, 1, 0)
    app = HearingApp(None, library=lib)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, LibraryScreen))
        await pilot.pause()
        screen = app.screen
        while screen.current != doomed_id:
            await pilot.press("down")
        await pilot.press("delete")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        body = str(app.screen.query_one("#confirm-body", Static).render())
        assert "Removing it loses 3 verdicts, 2 notes and 1 speaker name set by hand." in body
        await pilot.press("enter")  # focus starts on Cancel: a stray Enter removes nothing
        await wait_for(pilot, lambda: isinstance(app.screen, LibraryScreen))
        assert {h.id for h in lib.list_hearings()} == {kept_id, doomed_id}
        await pilot.press("backspace")  # what a Mac's delete key sends
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        await pilot.press("y")
        await wait_for(pilot, lambda: isinstance(app.screen, LibraryScreen))
        await pilot.pause()
        assert any("Removed Budget oversight hearing" in n for n in notifications(app))
        assert list(screen.query_one(DataTable).rows) == [kept_id]
    lib.close()
    with Library.open(path) as again:  # it reached the file
        assert [h.id for h in again.list_hearings()] == [kept_id]
