"""Session-wide test set-up: isolated cache and library, model runs shared across tests.

Tests never touch the user's cache or hearing library: both point into a session temp
folder. The full pipeline on the bundled sample runs once per session (``sample_doc``)
with the real models and a cold cache, and every end-to-end test reads that result.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_AUDIO = ROOT / "samples" / "hearing.opus"


def sigint_default() -> None:
    """``preexec_fn`` for a child that a test interrupts with SIGINT, as Ctrl-C would.

    A suite started in the background (``nohup make test &``, some CI runners) inherits
    SIGINT ignored, and so would the child: Python then installs no KeyboardInterrupt
    handler and the "interrupted" run quietly finishes with exit code 0.
    """
    import signal

    signal.signal(signal.SIGINT, signal.SIG_DFL)


SAMPLE_SCRIPT = ROOT / "samples" / "hearing.script.tsv"
SAMPLE_RTTM = ROOT / "samples" / "hearing.rttm"
SAMPLE_EXCHANGES = ROOT / "samples" / "hearing.exchanges.json"


def pytest_configure(config):
    os.environ.setdefault("OMP_NUM_THREADS", "2")


@pytest.fixture(scope="session", autouse=True)
def isolated_dirs(tmp_path_factory):
    base = tmp_path_factory.mktemp("hearing-home")
    names = ("HEARING_CACHE", "HEARING_LIBRARY", "HEARING_MODEL_CACHE")
    old = {k: os.environ.get(k) for k in names}
    os.environ["HEARING_CACHE"] = str(base / "cache")
    # one MiniLM ONNX export per session, shared by the CLI runs with their own stage cache
    os.environ["HEARING_MODEL_CACHE"] = str(base / "models")
    os.environ["HEARING_LIBRARY"] = str(base / "library.sqlite")
    yield base
    for k, v in old.items():
        if v is None:
            os.environ.pop(k, None)
        else:
            os.environ[k] = v


@pytest.fixture(scope="session")
def sample_doc(isolated_dirs):
    """The bundled hearing analysed end to end with the real models (cold cache)."""
    from hearing.pipeline import Settings, analyze

    events: list[tuple[str, float, float]] = []
    settings = Settings(cache_dir=str(isolated_dirs / "sample-cache"))
    doc = analyze(SAMPLE_AUDIO, settings, on_progress=lambda *e: events.append(e))
    doc.progress_events = events  # type: ignore[attr-defined]
    return doc


@pytest.fixture
def review_library(tmp_path):
    """(path, library, hearing id): a fresh library holding the TUI tests' hearing."""
    from tui_helpers import library_with

    path = tmp_path / "library.sqlite3"
    lib, hid = library_with(path)
    yield path, lib, hid
    lib.close()
