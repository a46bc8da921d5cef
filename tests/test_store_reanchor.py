"""A re-analysed hearing keeps each verdict and note on the exchange it was made on, or says so.

Exchange ids are positions, so a re-analysis renumbers them; the library re-anchors annotations
by their question and answer (``hearing/store/anchoring.py``) and keeps the ones whose exchange
is gone as orphans instead of deleting them or attaching them to another exchange.
"""

from __future__ import annotations

import copy
import dataclasses

import pytest
from docs_factory import sample_document, synthetic_document
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hearing.document import Exchange, HearingDocument
from hearing.errors import StoreError
from hearing.store import AnalystWork, Library
from hearing.store.anchoring import Anchor, match


@pytest.fixture
def lib(tmp_path):
    with Library.open(tmp_path / "lib.sqlite3") as library:
        yield library


def test_analyst_work_reads_as_a_list_of_kinds():
    assert str(AnalystWork()) == "no verdicts, notes, speaker names or roles set by hand"
    assert not AnalystWork() and AnalystWork(roles=1)
    assert str(AnalystWork(notes=1)) == "1 note set by hand"
    assert str(AnalystWork(verdicts=2, names=1)) == "2 verdicts and 1 speaker name set by hand"
    assert (
        str(AnalystWork(verdicts=1, notes=2, orphaned=3, names=1, roles=2))
        == "1 verdict, 2 notes, 3 orphaned notes, 1 speaker name and 2 speaker roles set by hand"
    )


def analysed() -> HearingDocument:
    """The sample as a fresh analysis: machine output only, no analyst work."""
    doc = sample_document()
    doc.annotations = []
    for s in doc.speakers:
        s.name = None
    return doc


def renumbered(doc: HearingDocument, exchanges: list[Exchange]) -> HearingDocument:
    """``doc`` re-analysed to ``exchanges``, numbered 0..n-1 in time order as the pipeline does."""
    out = copy.deepcopy(doc)
    out.exchanges = [
        dataclasses.replace(e, id=i)
        for i, e in enumerate(sorted(copy.deepcopy(exchanges), key=lambda e: e.start))
    ]
    return out


def annotate(lib: Library, hearing_id: str) -> dict[str, tuple[str | None, str]]:
    """Notes on exchanges 1, 3, 5 and 8; returned by the question they were made on."""
    doc = lib.load(hearing_id)
    work = {1: ("flagged", "dodged the yes/no"), 3: ("confirmed", "check 2019 date"),
            5: ("dismissed", ""), 8: (None, "follow up in writing")}  # fmt: skip
    out = {}
    for eid, (verdict, note) in work.items():
        if verdict:
            lib.set_verdict(hearing_id, eid, verdict, author="ana")
        if note:
            lib.set_note(hearing_id, eid, note, author="ana")
        out[doc.exchanges[eid].question] = (verdict, note)
    return out


def work_by_question(doc: HearingDocument) -> dict[str, tuple[str | None, str]]:
    by_id = {e.id: e for e in doc.exchanges}
    return {by_id[a.exchange_id].question: (a.verdict, a.note) for a in doc.annotations}


def dump(lib: Library) -> list:
    conn = lib._conn
    return [
        conn.execute("SELECT * FROM annotations ORDER BY hearing_pk, exchange_id").fetchall(),
        conn.execute("SELECT * FROM orphaned_annotations ORDER BY id").fetchall(),
    ]


def early_exchange() -> Exchange:
    """A question the re-analysis finds in the opening statement, before all the others."""
    return Exchange(0, "Will the witness please rise?", "I do.", [1], [2], "S1", "S2", 20.0, 30.0)


# -- the analyst's work follows its exchange -----------------------------------------------------
def test_exchange_inserted_before_renumbers_and_notes_follow(lib):
    doc = analysed()
    hearing_id = lib.import_document(doc)
    expected = annotate(lib, hearing_id)
    again = renumbered(doc, [early_exchange(), *doc.exchanges])
    # A different transcription model: other case, punctuation and a word or two differ.
    again.exchanges[2].question = again.exchanges[2].question.upper().replace("?", ".")
    again.exchanges[9].answer = again.exchanges[9].answer.replace("I don't", "I do not")
    report = lib.import_with_report(again)
    assert (report.replaced, report.moved, report.kept, report.orphaned) == (True, 4, 0, 0)
    loaded = lib.load(hearing_id)
    assert [a.exchange_id for a in loaded.annotations] == [2, 4, 6, 9]
    expected["SO IS THAT A YES."] = expected.pop("So is that a yes?")
    assert work_by_question(loaded) == expected
    assert {a.author for a in loaded.annotations} == {"ana"}
    assert lib.orphaned_annotations(hearing_id) == []
    [summary] = lib.list_hearings()
    assert (summary.n_reviewed, summary.n_orphaned) == (3, 0)


def test_reworded_and_retimed_exchange_is_found_by_time_and_words(lib):
    doc = analysed()
    hearing_id = lib.import_document(doc)
    lib.set_note(hearing_id, 3, "check 2019 date")
    again = renumbered(doc, [early_exchange(), *doc.exchanges])
    e = again.exchanges[4]  # old exchange 3, now id 4
    e.question = e.question.replace("Does your", "Do your").replace("policy", "policies")
    e.start, e.end = e.start + 1.5, e.end - 2.0
    lib.import_document(again)
    assert lib.load(hearing_id).annotation(4).note == "check 2019 date"


def test_different_question_at_the_same_time_is_not_the_same_exchange(lib):
    doc = analysed()
    hearing_id = lib.import_document(doc)
    lib.set_note(hearing_id, 3, "check 2019 date")
    again = renumbered(doc, doc.exchanges)
    e = again.exchanges[3]
    e.question, e.answer = "How many staff review the matches?", "About forty people."
    report = lib.import_with_report(again)
    assert report.orphaned == 1
    assert lib.load(hearing_id).annotations == []
    [orphan] = lib.orphaned_annotations(hearing_id)
    assert orphan.note == "check 2019 date" and orphan.question == doc.exchanges[3].question


def test_same_time_and_words_but_other_asker_is_not_matched_when_speakers_compare(lib):
    doc = analysed()
    hearing_id = lib.import_document(doc)
    lib.set_note(hearing_id, 5, "foreign governments")
    again = renumbered(doc, doc.exchanges)
    e = again.exchanges[5]
    e.question = e.question.replace("Have you ever", "Did you ever")  # not an exact match
    e.asker = "S1"  # the other exchanges tie old S4 to new S4: this is someone else asking
    assert lib.import_with_report(again).orphaned == 1
    e.asker = "S4"
    assert lib.import_with_report(again).rehomed == 1  # the exchange is back: so is the note
    assert lib.load(hearing_id).annotation(5).note == "foreign governments"


def test_renamed_speaker_ids_do_not_block_a_match():
    # A new diarization calls old S4 "S7": exact matches say so, and the retimed one follows.
    old = [Anchor("Have you sold it?", "No.", "S4", "S2", 10.0, 20.0),
           Anchor("Who checks the matches?", "Our staff.", "S4", "S2", 30.0, 40.0)]  # fmt: skip
    new = [Anchor("Have you sold it?", "No.", "S7", "S2", 10.0, 20.0),
           Anchor("Who checks matches?", "Our staff.", "S7", "S2", 31.0, 40.0)]  # fmt: skip
    assert match(old, new) == ({0: 0, 1: 1}, {"S4": "S7", "S2": "S2"})


# -- work whose exchange is gone is kept, shown, and never attached elsewhere ----------------------
def test_vanished_exchange_orphans_its_note(lib):
    doc = analysed()
    hearing_id = lib.import_document(doc)
    expected = annotate(lib, hearing_id)
    gone = doc.exchanges[3]
    again = renumbered(doc, [e for e in doc.exchanges if e.id != 3])
    report = lib.import_with_report(again)
    assert (report.moved, report.kept, report.orphaned) == (2, 1, 1)
    loaded = lib.load(hearing_id)
    del expected[gone.question]
    assert work_by_question(loaded) == expected  # nothing landed on exchange 3's successor
    assert "check 2019 date" not in {a.note for a in loaded.annotations}
    [orphan] = lib.orphaned_annotations(hearing_id)
    assert (orphan.exchange_id, orphan.verdict, orphan.note, orphan.author) == (
        3, "confirmed", "check 2019 date", "ana")  # fmt: skip
    assert (orphan.question, orphan.answer) == (gone.question, gone.answer)
    assert (orphan.asker, orphan.answerer, orphan.start, orphan.end) == (
        gone.asker, gone.answerer, gone.start, gone.end)  # fmt: skip
    assert orphan.orphaned_at.endswith("Z")
    assert lib.list_hearings()[0].n_orphaned == 1
    assert lib.search("2019 date") == []  # orphaned notes are not searched
    # removing the hearing would lose the orphan too, and says so by kind
    work = lib.analyst_work(hearing_id)
    assert work.orphaned == 1 and work.total == work.verdicts + work.notes + 1
    assert "1 orphaned note" in str(work) and str(work).endswith(" set by hand")
    # Re-analysing back to the original puts the orphan back where it was made.
    report = lib.import_with_report(doc)
    assert (report.rehomed, report.orphaned) == (1, 0)
    expected[gone.question] = ("confirmed", "check 2019 date")
    assert work_by_question(lib.load(hearing_id)) == expected
    assert lib.orphaned_annotations(hearing_id) == []


def test_all_exchanges_gone_keeps_every_note(lib):
    doc = analysed()
    hearing_id = lib.import_document(doc)
    annotate(lib, hearing_id)
    lib.set_verdict(hearing_id, 0, "flagged")
    lib.set_verdict(hearing_id, 0, None)  # emptied again: nothing worth keeping
    report = lib.import_with_report(renumbered(doc, []))
    assert report.orphaned == 4
    assert lib.load(hearing_id).annotations == []
    assert sorted(o.exchange_id for o in lib.orphaned_annotations(hearing_id)) == [1, 3, 5, 8]


def test_identical_reimport_changes_nothing(lib):
    doc = analysed()
    hearing_id = lib.import_document(doc)
    annotate(lib, hearing_id)
    lib.import_document(renumbered(doc, [e for e in doc.exchanges if e.id != 3]))
    before = dump(lib)
    again = renumbered(doc, [e for e in doc.exchanges if e.id != 3])
    report = lib.import_with_report(again)
    assert (report.kept, report.moved, report.orphaned, report.rehomed) == (3, 0, 0, 0)
    assert dump(lib) == before


def test_orphan_can_be_reattached_or_discarded(lib):
    doc = analysed()
    hearing_id = lib.import_document(doc)
    annotate(lib, hearing_id)
    lib.import_document(renumbered(doc, [e for e in doc.exchanges if e.id not in (3, 8)]))
    first, second = lib.orphaned_annotations(hearing_id)
    assert (first.exchange_id, second.exchange_id) == (3, 8)  # in time order
    with pytest.raises(StoreError, match="already has"):
        lib.reattach_orphan(hearing_id, first.id, 1)  # exchange 1 has the yes/no note
    with pytest.raises(StoreError, match="no exchange 42"):
        lib.reattach_orphan(hearing_id, first.id, 42)
    lib.reattach_orphan(hearing_id, first.id, 2)
    assert lib.load(hearing_id).annotation(2).note == "check 2019 date"
    lib.discard_orphan(hearing_id, second.id)
    assert lib.orphaned_annotations(hearing_id) == []
    with pytest.raises(StoreError, match="no orphaned annotation"):
        lib.discard_orphan(hearing_id, second.id)


def test_annotations_carried_by_the_document_still_merge_newest_first(lib):
    doc = analysed()
    hearing_id = lib.import_document(doc)
    lib.set_note(hearing_id, 3, "typed in the TUI")
    export = renumbered(doc, [early_exchange(), *doc.exchanges])
    export.annotations = [dataclasses.replace(sample_document().annotations[1], exchange_id=4)]
    lib.import_document(export)  # its 2024 note is older than the TUI edit that moved to 4
    assert lib.load(hearing_id).annotation(4).note == "typed in the TUI"
    export.annotations[0].updated_at = "2999-01-01T00:00:00.000Z"
    lib.import_document(export)
    assert lib.load(hearing_id).annotation(4).note == export.annotations[0].note


def test_notes_are_searchable_and_follow_their_exchange(lib):
    doc = analysed()
    hearing_id = lib.import_document(doc)
    lib.set_note(hearing_id, 3, "Suspicious timeline for the retention policy")
    [hit] = [h for h in lib.search("suspicious") if h.kind == "note"]
    assert (hit.exchange_id, hit.start, hit.speaker_name) == (3, 93.55, "Director Hale")
    assert "«Suspicious»" in hit.snippet
    lib.import_document(renumbered(doc, [early_exchange(), *doc.exchanges]))
    assert [(h.kind, h.exchange_id) for h in lib.search("suspicious")] == [("note", 4)]
    lib.set_note(hearing_id, 4, "")
    assert lib.search("suspicious") == []
    lib.delete(hearing_id)
    assert lib.search("timeline") == []


# -- property: any re-analysis moves each note with its exchange or orphans it --------------
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_any_reanalysis_moves_or_orphans_each_note(data):
    base = synthetic_document(seed=data.draw(st.integers(0, 50)), n_turns=40, n_words=400,
                              n_exchanges=20)  # fmt: skip
    pool = base.exchanges  # 20 question/answer pairs, unique words, apart in time
    keys = range(len(pool))
    old_keys = sorted(data.draw(st.sets(st.sampled_from(keys), min_size=1)))
    new_keys = sorted(data.draw(st.sets(st.sampled_from(keys))))
    reworded = data.draw(st.sets(st.sampled_from(keys)))
    noted = data.draw(st.sets(st.sampled_from(old_keys), min_size=1))

    def version(chosen: list[int], reword: set[int]) -> HearingDocument:
        exchanges = []
        for k in chosen:
            e = copy.deepcopy(pool[k])
            if k in reword:  # another model heard one word less, and a bit later
                e.question = " ".join(e.question.split()[1:])
                e.start += 0.4
            exchanges.append(e)
        return renumbered(base, exchanges)

    with Library.in_memory() as lib:
        hearing_id = lib.import_document(version(old_keys, set()))
        for k in noted:
            lib.set_note(hearing_id, old_keys.index(k), f"note on pair {k}")
        report = lib.import_with_report(version(new_keys, reworded))
        loaded = lib.load(hearing_id)
        where = {a.note: a.exchange_id for a in loaded.annotations}
        expected = {f"note on pair {k}": new_keys.index(k) for k in noted if k in new_keys}
        assert where == expected
        orphans = {o.note for o in lib.orphaned_annotations(hearing_id)}
        assert orphans == {f"note on pair {k}" for k in noted if k not in new_keys}
        assert report.orphaned == len(orphans)
        assert report.kept + report.moved == len(expected)
        assert lib.integrity_check() == "ok"
        # Importing the same analysis again is a no-op for the analyst's work.
        before = dump(lib)
        lib.import_document(version(new_keys, reworded))
        assert dump(lib) == before
