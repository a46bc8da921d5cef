"""The review actions of the hearing screen that change the library, driven by keys.

Confirm, dismiss, clear, hand flags, notes, speaker names and roles, the same actions
from the command palette, and the review count the library screen shows afterwards.
Each test reopens the library file afterwards: a change only counts if it is on disk.
"""

from __future__ import annotations

import pytest
from textual.widgets import DataTable, Input, OptionList, Select
from tui_helpers import (
    clean_sample,
    expected_queue,
    notifications,
    open_hearing,
    reopen,
    reviewing,
    run_command,
    wait_for,
)

from hearing.export import FORMATS, render
from hearing.store import Library
from tui.app import HearingApp
from tui.screens.dialogs import NoteDialog, RenameDialog, RoleDialog
from tui.screens.hearing import HearingScreen

SIZE = (120, 36)
pytestmark = pytest.mark.anyio  # async tests run on asyncio through anyio's pytest plugin


def verdict(doc, exchange_id):
    ann = doc.annotation(exchange_id)
    return ann.verdict if ann else None


async def test_confirm_and_dismiss_are_saved(review_library):
    path, lib, hid = review_library
    app = HearingApp(hid, library=lib)
    order = expected_queue(clean_sample())
    async with app.run_test(size=SIZE) as pilot:
        await open_hearing(pilot)
        await pilot.press("c")
        await pilot.press("down")
        await pilot.pause()
        await pilot.press("d")
        await pilot.pause()
    doc = reopen(path, hid)
    assert verdict(doc, order[0]) == "confirmed"
    assert verdict(doc, order[1]) == "dismissed"


async def test_clear_verdict(review_library):
    path, lib, hid = review_library
    async with reviewing(lib, hid) as (app, pilot, screen):
        first = screen.current
        await pilot.press("c")
        await pilot.pause()
        assert verdict(reopen(path, hid), first) == "confirmed"
        await pilot.press("u")
        await pilot.pause()
    assert verdict(reopen(path, hid), first) is None


async def test_flag_unflagged_answer_by_hand(review_library):
    path, lib, hid = review_library
    async with reviewing(lib, hid) as (app, pilot, screen):
        # cycle the label filter: flagged -> evasive -> partial -> answered
        await pilot.press("l", "l", "l")
        await pilot.pause()
        assert screen.queue.filters.label == "answered"
        target = screen.current
        assert screen.state.exchanges[target].label == "answered"
        await pilot.press("c")  # confirming an unflagged answer is refused...
        await pilot.pause()
        assert verdict(reopen(path, hid), target) is None
        await pilot.press("f")  # ...flagging it by hand is how
        await pilot.pause()
        assert verdict(reopen(path, hid), target) == "flagged"
        # back on the "flagged" view it is in the queue now
        await pilot.press("l", "l")
        await pilot.pause()
        assert screen.queue.filters.label == "flagged"
        assert target in [e.id for e in screen.queue.order]
        # f again removes the hand flag
        assert screen.queue.select(target)
        await pilot.pause()
        await pilot.press("f")
        await pilot.pause()
    assert verdict(reopen(path, hid), target) is None


async def test_note_dialog_saves_note(review_library):
    path, lib, hid = review_library
    async with reviewing(lib, hid) as (app, pilot, screen):
        target = screen.current
        await pilot.press("e")
        await wait_for(pilot, lambda: isinstance(app.screen, NoteDialog))
        await pilot.press(*"ask for the contract")
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: app.screen is screen)
        assert "ask for the contract" in screen.detail.plain_text()
        # Escape cancels without saving
        await pilot.press("e")
        await wait_for(pilot, lambda: isinstance(app.screen, NoteDialog))
        await pilot.press(*" and more", "escape")
        await wait_for(pilot, lambda: app.screen is screen)
    assert reopen(path, hid).annotation(target).note == "ask for the contract"


async def test_a_note_that_cannot_be_saved_is_given_back(review_library):
    """The hearing was removed from the library by another process (`hearing remove`)
    while the analyst typed: the save fails, and the typed text comes back in the dialog
    instead of vanishing with it."""
    path, lib, hid = review_library
    async with reviewing(lib, hid) as (app, pilot, screen):
        await pilot.press("e")
        await wait_for(pilot, lambda: isinstance(app.screen, NoteDialog))
        with Library.open(path) as other:
            other.delete(hid)
        await pilot.press(*"dodged the date")
        await pilot.press("ctrl+s")
        await pilot.pause()
        await wait_for(pilot, lambda: isinstance(app.screen, NoteDialog))
        assert "(not saved)" in app.screen.title_text
        assert app.screen.query_one("#note-text").text == "dodged the date"
        assert any(n.startswith("Note not saved: no hearing") for n in notifications(app))
        await pilot.press("escape")  # now the analyst chooses to drop it
        await wait_for(pilot, lambda: app.screen is screen)


async def test_a_name_that_cannot_be_saved_is_given_back(review_library):
    path, lib, hid = review_library
    async with reviewing(lib, hid) as (app, pilot, screen):
        await pilot.press("r")
        await wait_for(pilot, lambda: isinstance(app.screen, RenameDialog))
        speaker = str(app.screen.query_one(Select).value)
        with Library.open(path) as other:
            other.delete(hid)
        app.screen.query_one(Input).value = "Dana Hale"
        await pilot.press("enter")
        await pilot.pause()
        await wait_for(pilot, lambda: isinstance(app.screen, RenameDialog))
        await pilot.pause()
        assert app.screen.query_one(Input).value == "Dana Hale"
        assert str(app.screen.query_one(Select).value) == speaker
        assert any(n.startswith("Name not saved: no hearing") for n in notifications(app))
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.screen is screen)


async def test_rename_speaker_reaches_views_and_exports(review_library):
    path, lib, hid = review_library
    async with reviewing(lib, hid) as (app, pilot, screen):
        answerer = screen.state.exchanges[screen.current].answerer
        await pilot.press("r")
        await wait_for(pilot, lambda: isinstance(app.screen, RenameDialog))
        assert app.screen.query_one(Select).value == answerer
        await pilot.press(*"Dana Q. Hale", "enter")
        await wait_for(pilot, lambda: app.screen is screen)
        table = screen.queue.query_one(DataTable)
        assert "Dana Q. Hale" in str(table.get_cell(str(screen.current), "who"))
        strips = [screen.transcript.render_line(y).text for y in range(20)]
        assert any("Dana Q. Hale" in s for s in strips)
    doc = reopen(path, hid)
    assert doc.speaker(answerer).name == "Dana Q. Hale"
    assert "Dana Q. Hale" in render(doc, "md")


async def test_set_speaker_role(review_library):
    path, lib, hid = review_library
    async with reviewing(lib, hid) as (app, pilot, screen):
        sid = screen.state.exchanges[screen.current].answerer
        before = screen.state.doc.speaker(sid).role
        await pilot.press("s")
        await wait_for(pilot, lambda: isinstance(app.screen, RoleDialog))
        roles = app.screen.query_one(OptionList)
        target = next(r for r in ("asker", "unknown", "answerer") if r != before)
        roles.highlighted = ["asker", "answerer", "unknown"].index(target)
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.screen is screen)
        assert screen.state.doc.speaker(sid).role == target
    speaker = reopen(path, hid).speaker(sid)
    assert speaker.role == target


async def test_palette_runs_review_actions(review_library):
    path, lib, hid = review_library
    async with reviewing(lib, hid) as (app, pilot, screen):
        target = screen.current
        titles = [c.title for c in screen.palette_commands()]
        for fmt in FORMATS:
            assert f"Export as {fmt}" in titles
        await run_command(pilot, "Confirm flag")
        await wait_for(pilot, lambda: screen.state.verdict(target) == "confirmed")
        await run_command(pilot, "Show: evasive")
        await wait_for(pilot, lambda: screen.queue.filters.label == "evasive")
    assert verdict(reopen(path, hid), target) == "confirmed"


async def test_library_screen_opens_hearing_and_back(review_library):
    path, lib, hid = review_library
    app = HearingApp(None, library=lib)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        table = app.screen.query_one(DataTable)
        assert table.row_count == 1
        await pilot.press("enter")
        screen = await open_hearing(pilot)
        await pilot.press("c")
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, HearingScreen)
        # the library row shows the new review count
        assert str(app.screen.query_one(DataTable).get_cell(hid, "reviewed")) == "1"
        assert screen.hearing_id == hid
