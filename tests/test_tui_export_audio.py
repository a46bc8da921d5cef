"""The hearing screen's two ways out of the app: the export dialog and audio playback.

Every export format is written from the dialog (with the analyst's renames in it), an
existing file is kept unless Overwrite is ticked, and playback plays the selected span or,
with no recording, player or audio device, says so in one line while the app keeps running.
"""

from __future__ import annotations

import wave

import pytest
from textual.widgets import Input, Select
from tui_helpers import clean_sample, notifications, open_hearing, reviewing, wait_for

from hearing.export import FORMATS
from tui.app import HearingApp
from tui.audio import Player
from tui.screens.dialogs import ExportDialog, RenameDialog

SIZE = (120, 36)
pytestmark = pytest.mark.anyio  # async tests run on asyncio through anyio's pytest plugin


async def test_export_every_format(review_library, tmp_path):
    path, lib, hid = review_library
    async with reviewing(lib, hid) as (app, pilot, screen):
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
        # opened again, the dialog offers the path just refused, to tick Overwrite for it
        await pilot.press("x")
        await wait_for(pilot, lambda: isinstance(app.screen, ExportDialog))
        offered = app.screen.query_one("#export-path", Input).value
        assert offered == str(tmp_path / "out" / "hearing.md")
        await pilot.press("escape")
    md = (tmp_path / "out" / "hearing.md").read_text(encoding="utf-8")
    assert "Renamed Witness" in md


async def test_overwrite_ticked_from_the_keyboard_replaces_the_export(review_library, tmp_path):
    path, lib, hid = review_library
    out = tmp_path / "hearing.md"
    out.write_text("old", encoding="utf-8")
    async with reviewing(lib, hid) as (app, pilot, screen):
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


class RecordingPlayer(Player):
    """Records what would be played; the real ffplay path is covered below."""

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[tuple[str, float, float]] = []

    def play(self, path, start, duration):
        self.calls.append((str(path), start, duration))


async def test_play_selected_exchange(review_library):
    path, lib, hid = review_library
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


async def test_play_fails_gracefully_without_device_or_recording(review_library, tmp_path):
    path, lib, hid = review_library
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


def test_a_missing_audio_device_is_named_not_the_recording():
    """ffplay's last words without a sound card blame the file; the device lines come first."""
    from tui.audio import explain

    said = (
        "ALSA lib confmisc.c:855:(parse_card) cannot find card '0'\n"
        "ALSA lib pcm.c:2666:(snd_pcm_open_noupdate) Unknown PCM default\n"
        "No more combinations to try, audio open failed\n"
        "Failed to open file '/data/hearing.opus' or configure filtergraph\n"
    )
    assert explain(said, 0) == "no audio output device found (ffplay: audio open failed)"
    assert explain("x.opus: Invalid data found when processing input\n", 1) == (
        "x.opus: Invalid data found when processing input"
    )
    assert explain("", 1) == "exit code 1"
