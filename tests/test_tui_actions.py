"""Every review action of the hearing screen, driven by keys through Textual's Pilot.

Each test reopens the library file afterwards: a change only counts if it is on disk.
"""

from __future__ import annotations

import wave

import pytest
from rich.console import Console
from textual.widgets import DataTable, Input, OptionList, Select
from tui_helpers import clean_sample, library_with, notifications, reopen, wait_for

from hearing.export import FORMATS, render
from tui.app import HearingApp
from tui.audio import Player
from tui.review import Filters
from tui.screens.dialogs import ExportDialog, NoteDialog, RenameDialog, RoleDialog
from tui.screens.hearing import HearingScreen
from tui.screens.help import HelpScreen

SIZE = (120, 36)
pytestmark = pytest.mark.anyio  # async tests run on asyncio through anyio's pytest plugin


@pytest.fixture
def setup(tmp_path):
    path = tmp_path / "library.sqlite3"
    lib, hid = library_with(path)
    yield path, lib, hid
    lib.close()


async def open_hearing(pilot) -> HearingScreen:
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, HearingScreen))
    screen = pilot.app.screen
    await wait_for(pilot, lambda: screen.current is not None)
    await pilot.pause()
    return screen


def verdict(doc, exchange_id):
    ann = doc.annotation(exchange_id)
    return ann.verdict if ann else None


def expected_queue(doc) -> list[int]:
    """Flagged exchanges, most evasive first, computed here independently of the app."""
    flagged = [e for e in doc.exchanges if e.label in ("evasive", "partial")]
    return [e.id for e in sorted(flagged, key=lambda e: (-e.score, e.id))]


async def test_opens_with_most_evasive_selected(setup):
    path, lib, hid = setup
    app = HearingApp(hid, library=lib)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_hearing(pilot)
        order = expected_queue(clean_sample())
        assert [e.id for e in screen.queue.order] == order
        assert screen.current == order[0]
        # the transcript cursor sits on the selected exchange's question
        ex = screen.state.exchanges[order[0]]
        assert screen.state.doc.turns[screen.transcript.cursor].id == ex.question_turns[0]


async def test_confirm_and_dismiss_are_saved(setup):
    path, lib, hid = setup
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


async def test_clear_verdict(setup):
    path, lib, hid = setup
    app = HearingApp(hid, library=lib)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_hearing(pilot)
        first = screen.current
        await pilot.press("c")
        await pilot.pause()
        assert verdict(reopen(path, hid), first) == "confirmed"
        await pilot.press("u")
        await pilot.pause()
    assert verdict(reopen(path, hid), first) is None


async def test_flag_unflagged_answer_by_hand(setup):
    path, lib, hid = setup
    app = HearingApp(hid, library=lib)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_hearing(pilot)
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


async def test_note_dialog_saves_note(setup):
    path, lib, hid = setup
    app = HearingApp(hid, library=lib)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_hearing(pilot)
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


async def test_rename_speaker_reaches_views_and_exports(setup):
    path, lib, hid = setup
    app = HearingApp(hid, library=lib)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_hearing(pilot)
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


async def test_set_speaker_role(setup):
    path, lib, hid = setup
    app = HearingApp(hid, library=lib)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_hearing(pilot)
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


async def test_next_and_previous_unreviewed(setup):
    path, lib, hid = setup
    order = expected_queue(clean_sample())
    assert len(order) >= 3
    app = HearingApp(hid, library=lib)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_hearing(pilot)
        assert screen.current == order[0]
        await pilot.press("n")
        await pilot.pause()
        assert screen.current == order[1]
        assert screen.queue.current == order[1]
        await pilot.press("c")  # reviewed now: n/p skip it
        await pilot.press("n")
        await pilot.pause()
        assert screen.current == order[2]
        await pilot.press("p")
        await pilot.pause()
        assert screen.current == order[0]
        await pilot.press("p")  # wraps around to the last unreviewed
        await pilot.pause()
        assert screen.current == order[-1]


async def test_search_and_match_navigation(setup):
    path, lib, hid = setup
    doc = clean_sample()
    word = "also"
    hits = [i for i, t in enumerate(doc.turns) for _ in range(t.text.lower().count(word.lower()))]
    assert len(hits) >= 3
    app = HearingApp(hid, library=lib)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_hearing(pilot)
        await pilot.press("home")  # queue top; then search from the transcript start
        screen.transcript.select_turn(0)
        await pilot.press("slash")
        box = screen.query_one("#search", Input)
        assert box.display and box.has_focus
        await pilot.press(*word, "enter")
        await pilot.pause()
        assert [m.turn_index for m in screen.matches] == hits
        assert screen.match_index == 0
        assert screen.transcript.cursor == hits[0]
        await pilot.press("right_square_bracket", "right_square_bracket")
        await pilot.pause()
        assert screen.match_index == 2
        assert screen.transcript.cursor == hits[2]
        await pilot.press("left_square_bracket")
        await pilot.pause()
        assert screen.transcript.cursor == hits[1]
        assert screen.transcript.border_subtitle == f"match 2/{len(hits)}"
        # the detail pane follows the match into its exchange
        assert screen.current == screen.state.turn_exchange.get(hits[1])
        await pilot.press("slash", *"no-such-word", "enter")
        await pilot.pause()
        assert screen.matches == []
        assert any("No match" in n for n in notifications(app))


async def test_filters_by_keys_and_selects(setup):
    path, lib, hid = setup
    app = HearingApp(hid, library=lib)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_hearing(pilot)
        state = screen.state
        await pilot.press("c")  # one reviewed flag
        await pilot.press("v")  # status: any -> unreviewed
        await pilot.pause()
        assert screen.queue.filters.status == "unreviewed"
        ids = [e.id for e in screen.queue.order]
        assert ids and all(
            state.verdict(i) is None and state.is_flagged(state.exchanges[i]) for i in ids
        )
        await pilot.press("v")  # reviewed
        await pilot.pause()
        assert all(state.verdict(e.id) is not None for e in screen.queue.order)
        await pilot.press("v")  # any
        await pilot.press("w")  # speaker: first speaker in the document
        await pilot.pause()
        first_speaker = state.doc.speakers[0].id
        assert screen.queue.filters.speaker == first_speaker
        assert all(e.answerer == first_speaker for e in screen.queue.order)
        # the Select widgets drive the same filters
        screen.query_one("#filter-label", Select).value = "evasive"
        screen.query_one("#filter-speaker", Select).value = ""
        await pilot.pause()
        assert screen.queue.filters == Filters("evasive", "", "any")
        assert [e.id for e in screen.queue.order] == [
            e.id
            for e in sorted(state.doc.exchanges, key=lambda e: (-e.score, e.id))
            if e.label == "evasive"
        ]


async def test_sign_filter_by_key_and_select(setup):
    path, lib, hid = setup
    app = HearingApp(hid, library=lib)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_hearing(pilot)
        state = screen.state
        kinds = state.sign_kinds()
        assert kinds, "the sample's flags name their signs"
        await pilot.press("g")  # the most frequent sign
        await pilot.pause()
        assert screen.queue.filters.sign == kinds[0]
        order = screen.queue.order
        assert order and all(
            any(r.kind == kinds[0] and r.weight > 0 for r in e.reasons) for e in order
        )
        assert any("sign filter" in n for n in notifications(app))
        select = screen.query_one("#filter-sign", Select)
        assert select.value == kinds[0]
        select.value = ""  # the Select drives the same filter
        await pilot.pause()
        assert screen.queue.filters.sign == ""
        assert len(screen.queue.order) >= len(order)


async def test_export_every_format(setup, tmp_path):
    path, lib, hid = setup
    app = HearingApp(hid, library=lib)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_hearing(pilot)
        await pilot.press("r")
        await wait_for(pilot, lambda: isinstance(app.screen, RenameDialog))
        await pilot.press(*"Renamed Witness", "enter")
        await wait_for(pilot, lambda: app.screen is screen)
        for fmt in FORMATS:
            await pilot.press("x")
            await wait_for(pilot, lambda: isinstance(app.screen, ExportDialog))
            app.screen.query_one("#export-format", Select).value = fmt
            await pilot.pause()
            out = tmp_path / "out" / f"hearing.{fmt}"
            app.screen.query_one("#export-path", Input).value = str(out)
            await pilot.press("enter")
            await wait_for(pilot, lambda out=out: screen.last_export == out.resolve())
            assert out.stat().st_size > 0
            assert any(str(out.resolve()) in n for n in notifications(app))
        # an existing file is refused without Overwrite, with a message, not a crash
        await pilot.press("x")
        await wait_for(pilot, lambda: isinstance(app.screen, ExportDialog))
        app.screen.query_one("#export-format", Select).value = "md"
        app.screen.query_one("#export-path", Input).value = str(tmp_path / "out" / "hearing.md")
        await pilot.press("enter")
        await wait_for(pilot, lambda: any("exists" in n for n in notifications(app)))
        # the TUI has no --force: the message names the dialog's Overwrite box
        refused = [n for n in notifications(app) if "exists" in n]
        assert "tick Overwrite" in refused[-1] and "--force" not in refused[-1]
    md = (tmp_path / "out" / "hearing.md").read_text(encoding="utf-8")
    assert "Renamed Witness" in md


async def test_overwrite_ticked_from_the_keyboard_replaces_the_export(setup, tmp_path):
    path, lib, hid = setup
    out = tmp_path / "hearing.md"
    out.write_text("old", encoding="utf-8")
    app = HearingApp(hid, library=lib)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_hearing(pilot)
        await pilot.press("x")
        await wait_for(pilot, lambda: isinstance(app.screen, ExportDialog))
        app.screen.query_one("#export-path", Input).value = str(out)
        await pilot.press(
            "tab", "tab", "tab"
        )  # path -> only flagged -> only confirmed -> overwrite
        assert app.focused is not None and app.focused.id == "export-force"
        await pilot.press("space", "enter")
        await wait_for(pilot, lambda: screen.last_export == out.resolve())
    assert out.read_text(encoding="utf-8").startswith("# ")


async def test_help_screen_lists_actions(setup):
    path, lib, hid = setup
    app = HearingApp(hid, library=lib)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_hearing(pilot)
        await pilot.press("question_mark")
        await wait_for(pilot, lambda: isinstance(app.screen, HelpScreen))
        console = Console(width=100)
        with console.capture() as captured:
            console.print(app.screen.help_table())
        text = captured.get()
        for description in ("Confirm", "Dismiss", "note", "Rename", "role", "Search", "Export"):
            assert description.lower() in text.lower()
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.screen is screen)


async def test_theme_toggle_key_and_palette(setup):
    path, lib, hid = setup
    app = HearingApp(hid, library=lib)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_hearing(pilot)
        assert app.current_theme.dark
        dark_lines = [screen.transcript.render_line(y) for y in range(6)]
        await pilot.press("t")
        await pilot.pause()
        assert not app.current_theme.dark
        light_lines = [screen.transcript.render_line(y) for y in range(6)]
        # same text, redrawn in the light theme's colours (no stale cached lines)
        assert [s.text for s in light_lines] == [s.text for s in dark_lines]
        assert [list(s) for s in light_lines] != [list(s) for s in dark_lines]
        await pilot.press("ctrl+p")
        await pilot.pause(0.3)
        await pilot.press(*"Toggle dark")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.current_theme.dark)


async def test_palette_runs_review_actions(setup):
    path, lib, hid = setup
    app = HearingApp(hid, library=lib)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_hearing(pilot)
        target = screen.current
        titles = [c.title for c in screen.palette_commands()]
        for fmt in FORMATS:
            assert f"Export as {fmt}" in titles
        await pilot.press("ctrl+p")
        await pilot.pause(0.3)
        await pilot.press(*"Confirm flag")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await wait_for(pilot, lambda: screen.state.verdict(target) == "confirmed")
        await pilot.press("ctrl+p")
        await pilot.pause(0.3)
        await pilot.press(*"Show: evasive")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await wait_for(pilot, lambda: screen.queue.filters.label == "evasive")
    assert verdict(reopen(path, hid), target) == "confirmed"


class RecordingPlayer(Player):
    """Records what would be played; the real ffplay path is covered below."""

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[tuple[str, float, float]] = []

    def play(self, path, start, duration):
        self.calls.append((str(path), start, duration))


async def test_play_selected_exchange(setup):
    path, lib, hid = setup
    player = RecordingPlayer()
    app = HearingApp(hid, library=lib, player=player)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_hearing(pilot)
        ex = screen.state.exchanges[screen.current]
        await pilot.press("a")
        await wait_for(pilot, lambda: bool(player.calls))
    source, start, duration = player.calls[0]
    assert source == clean_sample().source.path
    assert (start, start + duration) == pytest.approx((ex.start, ex.end))


async def test_play_fails_gracefully_without_device_or_recording(setup, tmp_path):
    path, lib, hid = setup
    # real ffplay (if installed) on a real file: with no audio device -> a notification
    wav = tmp_path / "tone.wav"
    with wave.open(str(wav), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(16000)
        w.writeframes(b"\x00\x00" * 16000 * 200)
    doc = clean_sample()
    doc.source.path = str(wav)
    lib.import_document(doc)  # same audio id: replaces the machine output only
    app = HearingApp(hid, library=lib, player=Player())
    async with app.run_test(size=SIZE) as pilot:
        await open_hearing(pilot)
        screen = app.screen
        span = screen.state.exchanges[screen.current]
        assert span.end - span.start > 3  # so a clean exit within 3 s can only be a failure
        await pilot.press("a")
        await pilot.pause(3.0)
        assert app.is_running
        if app.player.program is None:
            assert any("no audio player" in n for n in notifications(app))
        elif not app.player.playing:  # no audio device here: ffplay gave up, we said so
            assert any("cannot play audio" in n for n in notifications(app))
        else:  # a machine with sound: a second press stops it
            await pilot.press("a")
            await wait_for(pilot, lambda: not app.player.playing)
    # missing recording and missing player: one-line warnings, app keeps running
    doc = clean_sample()
    doc.source.path = str(tmp_path / "gone.opus")
    doc.source.sha256 = "0" * 64
    other = lib.import_document(doc)
    app = HearingApp(other, library=lib, player=Player(program=None))
    async with app.run_test(size=SIZE) as pilot:
        await open_hearing(pilot)
        await pilot.press("a")
        await wait_for(pilot, lambda: any("recording not found" in n for n in notifications(app)))
    app = HearingApp(hid, library=lib, player=Player(program=None))
    async with app.run_test(size=SIZE) as pilot:
        await open_hearing(pilot)
        await pilot.press("a")
        await wait_for(pilot, lambda: any("no audio player" in n for n in notifications(app)))


async def test_transcript_cursor_selects_exchange_and_zoom(setup):
    path, lib, hid = setup
    app = HearingApp(hid, library=lib)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_hearing(pilot)
        state = screen.state
        screen.transcript.focus()
        screen.transcript.select_turn(0)
        await pilot.pause()
        # walk down until the cursor reaches an answer turn; the detail pane follows
        for _ in range(len(state.doc.turns)):
            await pilot.press("down")
            if screen.transcript.cursor in state.answer_turns:
                break
        await pilot.pause()
        assert screen.current == state.turn_exchange[screen.transcript.cursor]
        await pilot.press("z")
        await pilot.pause()
        assert screen.maximized is screen.transcript
        await pilot.press("escape")
        await pilot.pause()
        assert screen.maximized is None


async def test_library_screen_opens_hearing_and_back(setup):
    path, lib, hid = setup
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
