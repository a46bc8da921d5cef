"""Snapshots of the library, hearing, help and orphaned-notes screens (pytest-textual-snapshot).

Built from a deterministic hearing (``tui_helpers.annotated_sample``: fixed seed, with a
few analyst annotations), at fixed terminal sizes; no clock, no cursor blink.
Update with ``pytest tests/test_tui_snapshots.py --snapshot-update`` after a deliberate
visual change, and look at the SVGs before committing them.
"""

from __future__ import annotations

import pytest
from tui_helpers import annotated_sample, orphaned_library, wait_for

from hearing.store import Library
from tui.app import LIGHT_THEME, HearingApp
from tui.screens.hearing import HearingScreen
from tui.screens.help import HelpScreen
from tui.screens.orphans import OrphansDialog


@pytest.fixture
def library(tmp_path):
    lib = Library.open(tmp_path / "library.sqlite3")
    hid = lib.import_document(annotated_sample())
    yield lib, hid
    lib.close()


@pytest.fixture
def orphaned(tmp_path):
    lib, hid, _ = orphaned_library(tmp_path / "library.sqlite3")
    yield lib, hid
    lib.close()


async def _hearing_ready(pilot) -> None:
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, HearingScreen))
    await wait_for(pilot, lambda: pilot.app.screen.current is not None)
    await pilot.pause(0.2)


def test_library_screen(snap_compare, library):
    lib, _ = library
    assert snap_compare(HearingApp(None, library=lib), terminal_size=(100, 24))


def test_hearing_screen(snap_compare, library):
    lib, hid = library
    assert snap_compare(
        HearingApp(hid, library=lib), terminal_size=(120, 36), run_before=_hearing_ready
    )


def test_hearing_screen_small_terminal(snap_compare, library):
    lib, hid = library
    assert snap_compare(
        HearingApp(hid, library=lib), terminal_size=(80, 24), run_before=_hearing_ready
    )


def test_hearing_screen_light_theme(snap_compare, library):
    lib, hid = library
    app = HearingApp(hid, library=lib, theme=LIGHT_THEME)
    assert snap_compare(app, terminal_size=(120, 36), run_before=_hearing_ready)


def test_help_screen(snap_compare, library):
    lib, hid = library

    async def open_help(pilot) -> None:
        await _hearing_ready(pilot)
        await pilot.press("question_mark")
        await wait_for(pilot, lambda: isinstance(pilot.app.screen, HelpScreen))
        await pilot.pause(0.2)

    assert snap_compare(HearingApp(hid, library=lib), terminal_size=(100, 40), run_before=open_help)


async def _orphans_open(pilot) -> None:
    await _hearing_ready(pilot)
    await pilot.press("o")
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, OrphansDialog))
    await pilot.pause(0.2)


def test_library_screen_with_orphans(snap_compare, orphaned):
    lib, _ = orphaned
    assert snap_compare(HearingApp(None, library=lib), terminal_size=(100, 24))


def test_orphans_dialog_small_terminal(snap_compare, orphaned):
    lib, hid = orphaned
    assert snap_compare(
        HearingApp(hid, library=lib), terminal_size=(80, 24), run_before=_orphans_open
    )


def test_orphans_dialog_light_theme(snap_compare, orphaned):
    lib, hid = orphaned
    app = HearingApp(hid, library=lib, theme=LIGHT_THEME)
    assert snap_compare(app, terminal_size=(120, 36), run_before=_orphans_open)
