"""Shared set-up for the TUI tests: a library holding a small hearing, and waiting
(for a condition, for the hearing screen to open on its queue).

The hearing comes from ``tui.synthetic`` (fixed seed), not from the sample files, so the
TUI's tests and snapshots do not move when the bundled sample is regenerated.
"""

from __future__ import annotations

import asyncio
import copy
import dataclasses
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path

from hearing.document import Annotation, HearingDocument
from hearing.store import Library
from tui.screens.hearing import HearingScreen
from tui.synthetic import synthetic_hearing


def clean_sample() -> HearingDocument:
    """A 12-exchange hearing (4 evasive, 3 partial, 5 answered) with no analyst work yet."""
    doc = synthetic_hearing(n_exchanges=12, n_procedural=3, words_per_turn=14, seed=3)
    doc.title = "Budget oversight hearing"
    return doc


def annotated_sample() -> HearingDocument:
    """The same hearing after some review: verdicts, a hand flag, notes, a renamed speaker."""
    doc = clean_sample()
    ranked = sorted(doc.exchanges, key=lambda e: (-e.score, e.id))
    answered = next(e for e in ranked if e.label == "answered")
    doc.annotations = [
        Annotation(ranked[0].id, "confirmed", "Asked twice; no date given", "ana"),
        Annotation(ranked[2].id, "dismissed", "", "ana"),
        Annotation(answered.id, "flagged", "Check the figure against the filing", "ana"),
    ]
    doc.speakers[3].name = "Ms. Kim"
    return doc


ORPHAN_NOTE = "Asked twice; no date given"


def reanalysed_without(doc: HearingDocument, exchange_id: int) -> HearingDocument:
    """``doc`` re-analysed without one exchange, renumbered 1..n as the pipeline does."""
    out = copy.deepcopy(doc)
    out.annotations = []
    kept = [e for e in out.exchanges if e.id != exchange_id]
    out.exchanges = [dataclasses.replace(e, id=i) for i, e in enumerate(kept, start=1)]
    return out


def orphaned_library(path: Path) -> tuple[Library, str, str]:
    """A library whose hearing was re-analysed without its most evasive exchange.

    That exchange had a confirmed verdict and a note, now one orphan; nothing else in the
    hearing is annotated. Returns the library, the hearing id and the lost question.
    """
    doc = clean_sample()
    gone = sorted(doc.exchanges, key=lambda e: (-e.score, e.id))[0]
    doc.annotations = [
        Annotation(gone.id, "confirmed", ORPHAN_NOTE, "ana", "2024-06-11T10:00:00.000Z")
    ]
    lib = Library.open(path)
    hearing_id = lib.import_document(doc)
    lib.import_document(reanalysed_without(doc, gone.id))
    return lib, hearing_id, gone.question


def library_with(path: Path, doc: HearingDocument | None = None) -> tuple[Library, str]:
    lib = Library.open(path)
    return lib, lib.import_document(doc or clean_sample())


def reopen(path: Path, hearing_id: str) -> HearingDocument:
    """Read the hearing back from a fresh connection: proves the change reached the file."""
    with Library.open(path) as lib:
        return lib.load(hearing_id)


async def wait_for(pilot, condition: Callable[[], bool], timeout: float = 10.0) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        if loop.time() > deadline:
            raise AssertionError("condition not met in time")
        await pilot.pause(0.05)


async def run_command(pilot, title: str) -> None:
    """Type a command into the palette and run it once the palette lists it: pressing
    Enter before its asynchronous search has answered would run nothing on a slow machine."""
    from textual.command import CommandList, CommandPalette

    await pilot.press("ctrl+p")
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, CommandPalette))
    await pilot.press(*title)

    def listed() -> bool:
        found = pilot.app.screen.query_one(CommandList)
        at = found.highlighted
        return at is not None and title in str(found.get_option_at_index(at).prompt)

    await wait_for(pilot, listed)
    await pilot.press("enter")


def notifications(app) -> list[str]:
    return [n.message for n in app._notifications]


async def open_hearing(pilot) -> HearingScreen:
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, HearingScreen))
    screen = pilot.app.screen
    await wait_for(pilot, lambda: screen.current is not None)
    await pilot.pause()
    return screen


@asynccontextmanager
async def reviewing(
    lib: Library, hearing_id: str, size: tuple[int, int] = (120, 36)
) -> AsyncIterator:
    """(app, pilot, screen): the review app on ``hearing_id``, its hearing screen open."""
    from tui.app import HearingApp

    app = HearingApp(hearing_id, library=lib)
    async with app.run_test(size=size) as pilot:
        yield app, pilot, await open_hearing(pilot)


def expected_queue(doc) -> list[int]:
    """Flagged exchanges, most evasive first, computed here independently of the app."""
    flagged = [e for e in doc.exchanges if e.label in ("evasive", "partial")]
    return [e.id for e in sorted(flagged, key=lambda e: (-e.score, e.id))]
