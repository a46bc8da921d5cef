"""The library keeps every field of a hearing document and every piece of analyst work."""

from __future__ import annotations

import string

import pytest
from docs_factory import sample_document, synthetic_document
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hearing.document import (
    VERDICTS,
    Annotation,
    Exchange,
    HearingDocument,
    ModelInfo,
    Reason,
    Source,
    Speaker,
    SpeakerSegment,
    Turn,
    Word,
)
from hearing.errors import InputError, StoreError
from hearing.store import Library


@pytest.fixture
def lib(tmp_path):
    with Library.open(tmp_path / "lib.sqlite3") as library:
        yield library


def test_sample_document_round_trips(lib):
    doc = sample_document()
    hearing_id = lib.import_document(doc)
    assert lib.load(hearing_id).to_dict() == doc.to_dict()


def test_round_trip_survives_reopening(tmp_path):
    doc = sample_document()
    with Library.open(tmp_path / "lib.sqlite3") as lib:
        hearing_id = lib.import_document(doc)
    with Library.open(tmp_path / "lib.sqlite3") as lib:
        assert lib.load(hearing_id).to_dict() == doc.to_dict()
        assert lib.integrity_check() == "ok"


# -- hypothesis: any well-formed document comes back equal -------------------------------
text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=20)
floats = st.floats(allow_nan=False, allow_infinity=False)
ints = st.integers(-(2**63), 2**63 - 1)
small = st.integers(0, 10_000)
json_scalar = st.one_of(st.none(), st.booleans(), st.integers(-1000, 1000), floats, text)


@st.composite
def documents(draw) -> HearingDocument:
    speaker_ids = draw(
        st.lists(st.text(string.ascii_letters, min_size=1, max_size=4), unique=True, max_size=4)
    )
    speakers = [
        Speaker(
            sid,
            draw(text),
            draw(st.none() | text),
            draw(st.none() | text),
            draw(st.sampled_from(("asker", "answerer", "unknown"))),
            draw(st.sampled_from(("auto", "analyst"))),
        )
        for sid in speaker_ids
    ]
    exchanges = draw(
        st.lists(
            st.builds(
                Exchange,
                id=ints, question=text, answer=text,
                question_turns=st.lists(ints, max_size=3), answer_turns=st.lists(ints, max_size=3),
                asker=text, answerer=text, start=floats, end=floats, score=floats,
                label=st.sampled_from(("answered", "partial", "evasive")),
                reasons=st.lists(st.builds(Reason, text, text, floats), max_size=3),
                best_sentence=text, similarity=floats, follows=st.none() | ints,
            ),
            max_size=4,
        )
    )  # fmt: skip
    annotations = draw(
        st.lists(
            st.builds(Annotation, ints, st.none() | st.sampled_from(VERDICTS), text, text, text),
            max_size=4,
            unique_by=lambda a: a.exchange_id,
        )
    )
    return HearingDocument(
        source=Source(draw(text), draw(text), draw(floats), draw(small)),
        title=draw(text),
        models=draw(
            st.lists(
                st.builds(
                    ModelInfo,
                    text,
                    text,
                    text,
                    text,
                    st.dictionaries(text, json_scalar, max_size=3),
                ),
                max_size=2,
            )
        ),  # fmt: skip
        speakers=speakers,
        segments=draw(st.lists(st.builds(SpeakerSegment, floats, floats, text), max_size=4)),
        words=draw(st.lists(st.builds(Word, text, floats, floats, floats, text), max_size=6)),
        turns=draw(
            st.lists(st.builds(Turn, ints, text, floats, floats, text, ints, ints), max_size=4)
        ),
        exchanges=exchanges,
        annotations=sorted(annotations, key=lambda a: a.exchange_id),
        language=draw(text),
        created_at=draw(text),
    )


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_any_document_round_trips(doc):
    with Library.in_memory() as lib:
        hearing_id = lib.import_document(doc)
        assert lib.load(hearing_id).to_dict() == doc.to_dict()
        # And through JSON, as `hearing import` reads it.
        again = HearingDocument.from_json(doc.to_json())
        assert lib.load(lib.import_document(again)).to_dict() == doc.to_dict()


# -- analyst work survives re-analysis ---------------------------------------------------
def test_reimport_of_reanalysed_hearing_keeps_annotations(lib):
    doc = sample_document()
    doc.annotations = []
    for s in doc.speakers:
        s.name = None
    hearing_id = lib.import_document(doc)
    lib.set_verdict(hearing_id, 1, "confirmed")
    lib.set_note(hearing_id, 1, "she dodged twice")
    lib.rename_speaker(hearing_id, "S3", "Sen. Maria Ortiz")
    lib.set_role(hearing_id, "S1", "answerer")

    reanalysed = sample_document()  # same audio sha256, new machine output, no analyst work
    reanalysed.annotations = []
    for s in reanalysed.speakers:
        s.name = None
    reanalysed.exchanges[1].score = 0.99
    reanalysed.turns[0].text = "Good morning, everyone."
    assert lib.import_document(reanalysed) == hearing_id

    loaded = lib.load(hearing_id)
    assert loaded.exchanges[1].score == 0.99
    assert loaded.turns[0].text == "Good morning, everyone."
    note = loaded.annotation(1)
    assert (note.verdict, note.note) == ("confirmed", "she dodged twice")
    assert loaded.display_name("S3") == "Sen. Maria Ortiz"
    assert (loaded.speaker("S1").role, loaded.speaker("S1").role_source) == ("answerer", "analyst")
    assert len(lib.list_hearings()) == 1
    assert [h.text for h in lib.search("everyone")] == ["Good morning, everyone."]
    assert lib.search("Good morning. This hearing") == []


def test_imported_annotation_replaces_only_an_older_one(lib):
    doc = sample_document()
    hearing_id = lib.import_document(doc)
    lib.set_note(hearing_id, 0, "newer note typed in the TUI")
    stale = sample_document()  # annotation 0 carries a 2024 timestamp: older than the edit
    lib.import_document(stale)
    assert lib.load(hearing_id).annotation(0).note == "newer note typed in the TUI"
    newer = sample_document()
    newer.annotations[0].note = "from a colleague's export"
    newer.annotations[0].updated_at = "2999-01-01T00:00:00.000Z"
    lib.import_document(newer)
    assert lib.load(hearing_id).annotation(0).note == "from a colleague's export"


def test_annotations_are_recorded_with_author_and_time(lib):
    hearing_id = lib.import_document(sample_document())
    lib.set_verdict(hearing_id, 2, "dismissed", author="zoe")
    a = lib.load(hearing_id).annotation(2)
    assert a.verdict == "dismissed" and a.author == "zoe" and a.updated_at.endswith("Z")
    lib.set_verdict(hearing_id, 2, None)
    assert lib.load(hearing_id).annotation(2).verdict is None


def test_rename_to_empty_returns_to_detected_name(lib):
    hearing_id = lib.import_document(sample_document())
    lib.rename_speaker(hearing_id, "S2", "  ")
    assert lib.load(hearing_id).display_name("S2") == "Director Hale"


def test_bad_annotations_are_refused(lib):
    hearing_id = lib.import_document(sample_document())
    with pytest.raises(InputError, match="verdict"):
        lib.set_verdict(hearing_id, 0, "maybe")
    with pytest.raises(InputError, match="role"):
        lib.set_role(hearing_id, "S1", "witness")
    with pytest.raises(StoreError, match="no exchange 99"):
        lib.set_note(hearing_id, 99, "x")
    with pytest.raises(StoreError, match="no speaker"):
        lib.rename_speaker(hearing_id, "S9", "x")
    with pytest.raises(StoreError, match="no hearing"):
        lib.set_note("nope", 0, "x")
    bad = sample_document()
    bad.annotations[0].verdict = "maybe"
    with pytest.raises(InputError, match="maybe"):
        lib.import_document(bad)


def test_list_hearings_counts_flags_and_reviews(lib):
    doc = sample_document()
    hearing_id = lib.import_document(doc)
    [summary] = lib.list_hearings()
    # Flagged: label partial/evasive or verdict flagged, minus dismissed; computed here by hand.
    notes = {a.exchange_id: a.verdict for a in doc.annotations}
    expected_flagged = sum(
        1
        for e in doc.exchanges
        if notes.get(e.id) != "dismissed"
        and (e.label in ("partial", "evasive") or notes.get(e.id) == "flagged")
    )
    assert summary.id == hearing_id
    assert (summary.n_turns, summary.n_exchanges) == (len(doc.turns), len(doc.exchanges))
    assert summary.n_flagged == expected_flagged
    assert summary.n_reviewed == sum(1 for v in notes.values() if v)
    lib.set_verdict(hearing_id, 1, "dismissed")
    assert lib.list_hearings()[0].n_flagged == expected_flagged - 1


def test_resolve_by_id_prefix_title_and_stem(lib):
    a = lib.import_document(sample_document())
    other = synthetic_document(seed=7, n_turns=10, n_words=50, n_exchanges=3)
    b = lib.import_document(other)
    assert lib.resolve(a) == a
    assert lib.resolve(a[:6]) == a
    assert lib.resolve("face recognition and federal agencies") == a
    assert lib.resolve("synthetic-7") == b
    assert lib.resolve("Synthetic hearing") == b
    with pytest.raises(InputError, match="no hearing"):
        lib.resolve("zzzz-unknown")


def test_one_hearings_summary_is_its_line_of_the_list(lib):
    a = lib.import_document(sample_document())
    b = lib.import_document(synthetic_document(n_exchanges=30, seed=7))
    by_id = {h.id: h for h in lib.list_hearings()}
    assert lib.summary(a) == by_id[a] and lib.summary(b) == by_id[b]
    with pytest.raises(StoreError, match="no hearing"):
        lib.summary("zzzz-unknown")


def test_delete_removes_everything(lib):
    hearing_id = lib.import_document(sample_document())
    lib.delete(hearing_id)
    assert lib.list_hearings() == []
    assert lib.search("warrant") == []
    with pytest.raises(StoreError):
        lib.load(hearing_id)
