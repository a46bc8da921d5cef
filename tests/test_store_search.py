"""Full-text search across hearings: what analysts type always works and finds the turn."""

from __future__ import annotations

import re

import pytest
from docs_factory import sample_document, synthetic_document
from hypothesis import given, settings
from hypothesis import strategies as st

from hearing.store import Library, to_fts_query
from hearing.store.search import SNIPPET_CLOSE, SNIPPET_OPEN, highlighter, make_snippet


@pytest.fixture(scope="module")
def lib(tmp_path_factory):
    library = Library.open(tmp_path_factory.mktemp("search") / "lib.sqlite3")
    library.import_document(sample_document())
    for seed in (11, 12):
        library.import_document(synthetic_document(seed=seed, n_turns=80, n_words=1600,
                                                   n_exchanges=30))  # fmt: skip
    yield library
    library.close()


def test_finds_turn_with_hearing_speaker_time_and_exchange(lib):
    doc = sample_document()
    hits = [h for h in lib.search("Customs Enforcement") if h.title == doc.title]
    assert hits, "the sample asks about Immigration and Customs Enforcement"
    top = hits[0]
    turn = next(t for t in doc.turns if "Customs Enforcement" in t.text)
    assert (top.turn_id, top.start, top.end) == (turn.id, turn.start, turn.end)
    assert top.speaker_name == doc.display_name(turn.speaker)
    ex = next(e for e in doc.exchanges if turn.id in e.question_turns + e.answer_turns)
    assert top.exchange_id == ex.id
    assert f"{SNIPPET_OPEN}Customs{SNIPPET_CLOSE}" in top.snippet


def test_search_is_case_insensitive_and_stems(lib):
    upper = {h.turn_id for h in lib.search("WARRANT")}
    plural = {h.turn_id for h in lib.search("warrants")}
    assert upper and upper <= plural


def test_search_spans_hearings_and_shows_renamed_speakers(lib):
    titles = {h.title for h in lib.search("Clearview OR warrant", limit=200)}
    assert "Face recognition and federal agencies" in titles
    assert any(t.startswith("Synthetic hearing") for t in titles)
    hearing_id = lib.resolve("Face recognition")
    lib.rename_speaker(hearing_id, "S3", "Sen. Maria Ortiz")
    assert {h.speaker_name for h in lib.search("simple question")} == {"Sen. Maria Ortiz"}


def test_limit_is_respected(lib):
    assert len(lib.search("the", limit=5)) == 5


@pytest.mark.parametrize(
    ("typed", "fts"),
    [
        ("ICE", '"ICE"'),
        ("ICE contract", '"ICE" "contract"'),
        ('"court order"', '"court order"'),
        ("ICE OR FBI", '"ICE" OR "FBI"'),
        ("OR ICE OR", '"ICE"'),
        ("warr*", '"warr"*'),
        ("state-level: (C++)", '"state-level:" "(C++)"'),
        ("- * ::", ""),
    ],
)
def test_query_translation(typed, fts):
    assert to_fts_query(typed) == fts


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=40))
def test_no_typed_query_is_a_syntax_error(lib, typed):
    hits = lib.search(typed)  # raises StoreError on an FTS5 syntax error
    assert isinstance(hits, list)


def test_empty_query_finds_nothing(lib):
    assert lib.search("   ") == []


def test_control_characters_are_ignored(lib):
    assert to_fts_query("warrant\x00\x07") == '"warrant"'


@pytest.mark.parametrize(
    ("query", "marked"),
    [
        ("warrant", ["warrant"]),
        ("warrants", ["warrant"]),
        ("surveil*", ["surveillance"]),
        ('"court order"', ["court", "order,"]),
        ("warrant NOT court", ["warrant"]),
    ],
)
def test_snippet_marks_the_matching_words(query, marked):
    text = "Every search must cite a warrant or a court order, and we keep surveillance logs."
    snippet = make_snippet(text, highlighter(query))
    assert re.findall(f"{SNIPPET_OPEN}(.*?){SNIPPET_CLOSE}", snippet) == marked
    assert snippet.replace(SNIPPET_OPEN, "").replace(SNIPPET_CLOSE, "") == text


def test_long_snippets_are_cut_around_the_match():
    text = " ".join(f"w{i}" for i in range(100)) + " Clearview " + "tail " * 50
    snippet = make_snippet(text, highlighter("clearview"))
    assert snippet.startswith("…") and snippet.endswith("…")
    assert f"{SNIPPET_OPEN}Clearview{SNIPPET_CLOSE}" in snippet and len(snippet.split()) <= 20
