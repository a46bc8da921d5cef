"""The progress screen: a recording is analysed in a worker, can be cancelled, then opens.

An injected analyse function stands in for the pipeline in the fast tests; the slow test
runs the real pipeline on the bundled sample recording.
"""

from __future__ import annotations

import threading
import time

import pytest
from textual.widgets import Label, ProgressBar
from tui_helpers import clean_sample, notifications, wait_for

from hearing.errors import Cancelled
from hearing.store import Library
from tui.app import HearingApp
from tui.screens.hearing import HearingScreen
from tui.screens.library import LibraryScreen
from tui.screens.progress import ProgressScreen

pytestmark = pytest.mark.anyio
SIZE = (100, 30)


@pytest.fixture
def recording(tmp_path):
    audio = tmp_path / "new-hearing.wav"
    audio.write_bytes(b"RIFF....WAVE")  # never decoded: the analyse function is injected
    return audio


class FakePipeline:
    """Reports two stages, then waits (cancellable) until released."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.cancel_seen = False

    def __call__(self, path, settings, on_progress, cancel):
        on_progress("transcribe", 1, 4)
        on_progress("transcribe", 2, 4)
        on_progress("diarize", 1, 2)
        while not self.release.is_set():
            if cancel.is_set():
                self.cancel_seen = True
                raise Cancelled("analysis cancelled")
            time.sleep(0.01)
        doc = clean_sample()
        doc.source.path = str(path)
        return doc


async def test_progress_then_hearing_opens(tmp_path, recording):
    path = tmp_path / "library.sqlite3"
    lib = Library.open(path)
    fake = FakePipeline()
    app = HearingApp(recording, library=lib, analyze=fake)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, ProgressScreen))
        screen = app.screen
        await wait_for(
            pilot, lambda: "diarize" in str(screen.query_one("#progress-stage", Label).content)
        )
        assert screen.query_one(ProgressBar).progress == pytest.approx(50.0)
        assert "50%" in str(screen.query_one("#progress-stage", Label).content)
        await pilot.pause(1.1)
        assert str(screen.query_one("#progress-elapsed", Label).content) != "Elapsed 0:00:00"
        fake.release.set()
        await wait_for(pilot, lambda: isinstance(app.screen, HearingScreen))
        await wait_for(pilot, lambda: app.screen.current is not None)
        hid = app.screen.hearing_id
    lib.close()
    with Library.open(path) as again:
        assert [h.id for h in again.list_hearings()] == [hid]
        assert again.load(hid).source.path == str(recording)


async def test_engine_left_on_the_cpu_is_told(tmp_path, recording, monkeypatch):
    """A GPU machine whose Whisper cannot use CUDA: the analyst is told before it runs
    (the probes themselves are tested on this machine in test_devices)."""
    from tui import backend

    note = "Whisper runs on the CPU: CTranslate2 4.8.5 needs CUDA 12's cuBLAS"
    monkeypatch.setattr(backend, "device_notes", lambda: (note,))
    lib = Library.open(tmp_path / "library.sqlite3")
    fake = FakePipeline()
    app = HearingApp(recording, library=lib, analyze=fake)
    async with app.run_test(size=SIZE) as pilot:
        try:
            await wait_for(pilot, lambda: note in notifications(app))
        finally:
            fake.release.set()  # else the worker waits forever and the app never exits
        await wait_for(pilot, lambda: isinstance(app.screen, HearingScreen))
        await wait_for(pilot, lambda: app.screen.current is not None)
    lib.close()


async def test_hearing_in_another_language_is_told(tmp_path, recording):
    """What the pipeline records for German read to tiny.en (real run: test_language)."""
    lib = Library.open(tmp_path / "library.sqlite3")

    def german(path, settings, on_progress, cancel):
        doc = clean_sample()
        doc.source.path, doc.language = str(path), "de"
        return doc

    app = HearingApp(recording, library=lib, analyze=german)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, HearingScreen))
        await wait_for(pilot, lambda: app.screen.current is not None)
        assert any("sounds like German" in n for n in notifications(app)), notifications(app)
    lib.close()


async def test_cancel_returns_to_library_and_keeps_nothing(tmp_path, recording):
    path = tmp_path / "library.sqlite3"
    lib = Library.open(path)
    fake = FakePipeline()
    app = HearingApp(recording, library=lib, analyze=fake)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, ProgressScreen))
        screen = app.screen
        await wait_for(
            pilot,
            lambda: (
                "transcribe" in str(screen.query_one("#progress-stage", Label).content)
                or "diarize" in str(screen.query_one("#progress-stage", Label).content)
            ),
        )
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, LibraryScreen))
        assert fake.cancel_seen
        assert any("cancelled" in n for n in notifications(app))
    assert lib.list_hearings() == []
    lib.close()


async def test_pipeline_error_is_a_notification(tmp_path, recording):
    from hearing.errors import InputError

    def broken(path, settings, on_progress, cancel):
        raise InputError(f"{path} is silent")

    lib = Library.open(tmp_path / "library.sqlite3")
    app = HearingApp(recording, library=lib, analyze=broken)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: any("is silent" in n for n in notifications(app)))
        await wait_for(pilot, lambda: isinstance(app.screen, LibraryScreen))
    lib.close()


@pytest.mark.slow
async def test_real_pipeline_on_sample(tmp_path, sample_doc, isolated_dirs):
    """The real pipeline through the progress screen; shares the session's stage cache
    with conftest's ``sample_doc`` run, so it re-uses (and so checks) the cached stages."""
    from conftest import SAMPLE_AUDIO

    from hearing.pipeline import Settings, analyze

    settings = Settings(cache_dir=str(isolated_dirs / "sample-cache"))
    stages: list[str] = []

    def real(path, _settings, on_progress, cancel):
        def progress(stage, done, total):
            stages.append(stage)
            on_progress(stage, done, total)

        return analyze(path, settings, progress, cancel)

    lib = Library.open(tmp_path / "library.sqlite3")
    app = HearingApp(SAMPLE_AUDIO, library=lib, analyze=real)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, HearingScreen), timeout=1500)
        screen = app.screen
        await wait_for(pilot, lambda: screen.state is not None and screen.queue.ready)
        await pilot.pause(0.5)
        assert len(screen.state.doc.turns) == len(sample_doc.turns)
        assert screen.transcript.render_line(1).text.strip()
    assert stages  # progress reached the screen's callback
    assert len(lib.list_hearings()) == 1
    lib.close()
