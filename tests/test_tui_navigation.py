"""Moving around the hearing screen by keys: what is selected, found, filtered and shown.

The queue opens on the most evasive flag; n/p, search matches, the label, status, speaker
and sign filters, the transcript cursor and zoom, the help screen and the theme toggle
must each land where the analyst expects, computed here independently of the app.
"""

from __future__ import annotations

import pytest
from rich.console import Console
from textual.widgets import Input, Select
from tui_helpers import (
    clean_sample,
    expected_queue,
    library_with,
    notifications,
    reviewing,
    run_command,
    wait_for,
)

from tui.review import Filters
from tui.screens.help import HelpScreen

pytestmark = pytest.mark.anyio  # async tests run on asyncio through anyio's pytest plugin


async def test_opens_with_most_evasive_selected(review_library):
    path, lib, hid = review_library
    async with reviewing(lib, hid) as (app, pilot, screen):
        order = expected_queue(clean_sample())
        assert [e.id for e in screen.queue.order] == order
        assert screen.current == order[0]
        # the transcript cursor sits on the selected exchange's question
        ex = screen.state.exchanges[order[0]]
        assert screen.state.doc.turns[screen.transcript.cursor].id == ex.question_turns[0]


async def test_next_and_previous_unreviewed(review_library):
    path, lib, hid = review_library
    order = expected_queue(clean_sample())
    assert len(order) >= 3
    async with reviewing(lib, hid) as (app, pilot, screen):
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


async def test_search_and_match_navigation(review_library):
    path, lib, hid = review_library
    doc = clean_sample()
    word = "also"
    hits = [i for i, t in enumerate(doc.turns) for _ in range(t.text.lower().count(word.lower()))]
    assert len(hits) >= 3
    async with reviewing(lib, hid) as (app, pilot, screen):
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


async def test_filters_by_keys_and_selects(review_library):
    path, lib, hid = review_library
    async with reviewing(lib, hid) as (app, pilot, screen):
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


async def test_sign_filter_by_key_and_select(review_library):
    path, lib, hid = review_library
    async with reviewing(lib, hid) as (app, pilot, screen):
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


async def test_help_screen_lists_actions(review_library):
    path, lib, hid = review_library
    async with reviewing(lib, hid) as (app, pilot, screen):
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


async def test_theme_toggle_key_and_palette(review_library):
    path, lib, hid = review_library
    async with reviewing(lib, hid) as (app, pilot, screen):
        assert app.current_theme.dark
        dark_lines = [screen.transcript.render_line(y) for y in range(6)]
        await pilot.press("t")
        await pilot.pause()
        assert not app.current_theme.dark
        light_lines = [screen.transcript.render_line(y) for y in range(6)]
        # same text, redrawn in the light theme's colours (no stale cached lines)
        assert [s.text for s in light_lines] == [s.text for s in dark_lines]
        assert [list(s) for s in light_lines] != [list(s) for s in dark_lines]
        await run_command(pilot, "Toggle dark")
        await wait_for(pilot, lambda: app.current_theme.dark)


async def test_transcript_cursor_selects_exchange_and_zoom(review_library):
    path, lib, hid = review_library
    async with reviewing(lib, hid) as (app, pilot, screen):
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


async def test_a_follow_up_names_and_leads_to_the_answer_it_presses_on(tmp_path):
    doc = clean_sample()
    by_id = {e.id: e for e in doc.exchanges}
    target = by_id[expected_queue(doc)[0]]
    earlier = next(e for e in doc.exchanges if e.id < target.id)
    target.follows = earlier.id
    lib, hid = library_with(tmp_path / "library.sqlite3", doc)
    try:
        async with reviewing(lib, hid) as (app, pilot, screen):
            assert screen.current == target.id
            assert f"· follow-up to exchange {earlier.id}" in screen.detail.plain_text()
            await pilot.press("b")  # to the answer it presses on
            await pilot.pause()
            assert screen.current == earlier.id
            assert "follow-up to exchange" not in screen.detail.plain_text()
            turn = screen.state.doc.turns[screen.transcript.cursor]
            assert turn.id == earlier.question_turns[0]
            await pilot.press("b")  # not a follow-up: says so, stays
            await pilot.pause()
            assert screen.current == earlier.id
            assert any("not a follow-up" in n for n in notifications(app))
    finally:
        lib.close()


async def test_detail_pane_groups_reasons_and_gives_noted_ones_no_share(tmp_path):
    """A sign of evasion shows its share; one noted with no effect ("the asker pressed")
    goes without a "(+0.00)" that would only repeat its heading."""
    from hearing.document import Reason

    doc = clean_sample()
    target = next(e for e in doc.exchanges if e.id == expected_queue(doc)[0])
    target.reasons = [
        Reason("yes_no_unanswered", "yes/no question, no yes/no in answer", 0.26),
        Reason("pressed", "the asker pressed in exchange 9: 'So is that a yes?'", 0.0),
    ]
    lib, hid = library_with(tmp_path / "library.sqlite3", doc)
    try:
        async with reviewing(lib, hid) as (_app, _pilot, screen):
            text = " ".join(screen.detail.plain_text().split())
            assert "Signs of evasion: • yes/no question, no yes/no in answer (+0.26)" in text
            assert "Noted, no effect on the score: • the asker pressed in exchange 9" in text
            assert "(+0.00)" not in text
    finally:
        lib.close()
