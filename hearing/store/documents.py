"""Writing a hearing document into the library and reading it back, losslessly.

Machine output is replaced wholesale on re-import. The hearing's existing exchange annotations
are first re-anchored to the new exchanges (``anchoring.py``: a re-analysis may renumber
them), then the imported document's own analyst rows (annotations, speaker annotations) are
merged: a value the imported document states explicitly is kept (an exported
and re-imported document carries the analyst's work), an absent value never erases one (a
freshly re-analysed document carries none). Between two annotations of the same exchange the
later ``updated_at`` wins.

All functions here run inside a transaction the caller opened; none commits.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from dataclasses import asdict

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
from hearing.errors import InputError
from hearing.store.anchoring import ImportReport, read_exchanges, reanchor
from hearing.store.migrations import index_exchange_turns

_HEX64 = re.compile(r"[0-9a-f]{64}")


def identity_of(doc: HearingDocument) -> str:
    """What makes two documents "the same hearing": the audio fingerprint when there is one."""
    sha = doc.source.sha256.strip().lower()
    if sha:
        return f"sha256:{sha}"
    basis = json.dumps([doc.source.path, doc.title, doc.created_at], ensure_ascii=False)
    return "doc:" + hashlib.sha256(basis.encode("utf-8")).hexdigest()


def new_hearing_id(conn: sqlite3.Connection, identity: str) -> str:
    """A short id analysts can type: the audio hash prefix, lengthened on a clash."""
    sha = identity.split(":", 1)[1]
    if not _HEX64.fullmatch(sha):
        sha = hashlib.sha256(identity.encode("utf-8")).hexdigest()
    for n in range(12, 65):
        candidate = sha[:n]
        if conn.execute("SELECT 1 FROM hearings WHERE id = ?", (candidate,)).fetchone() is None:
            return candidate
    raise InputError("cannot allocate a hearing id")  # pragma: no cover - 2^-256 odds


def _validate(doc: HearingDocument) -> None:
    for a in doc.annotations:
        if a.verdict is not None and a.verdict not in VERDICTS:
            raise InputError(
                f"exchange {a.exchange_id}: verdict {a.verdict!r} is not one of "
                f"{', '.join(VERDICTS)}"
            )


def write_document(
    conn: sqlite3.Connection, doc: HearingDocument, imported_at: str
) -> tuple[int, ImportReport]:
    """Insert or replace the hearing's machine rows, re-anchor and merge its annotations."""
    _validate(doc)
    identity = identity_of(doc)
    row = conn.execute("SELECT pk, id FROM hearings WHERE identity = ?", (identity,)).fetchone()
    values = (
        doc.title,
        doc.source.path,
        doc.source.sha256,
        float(doc.source.duration),
        int(doc.source.sample_rate),
        doc.language,
        doc.created_at,
        imported_at,
        json.dumps([asdict(m) for m in doc.models], ensure_ascii=False),
    )
    if row is None:
        hearing_id = new_hearing_id(conn, identity)
        cur = conn.execute(
            "INSERT INTO hearings (id, identity, title, source_path, source_sha256, duration, "
            "sample_rate, language, created_at, imported_at, models) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (hearing_id, identity, *values),
        )
        pk = int(cur.lastrowid)
        report = ImportReport(hearing_id)
    else:
        pk, hearing_id = int(row[0]), str(row[1])
        conn.execute(
            "UPDATE hearings SET title = ?, source_path = ?, source_sha256 = ?, duration = ?, "
            "sample_rate = ?, language = ?, created_at = ?, imported_at = ?, models = ? "
            "WHERE pk = ?",
            (*values, pk),
        )
        report = ImportReport(hearing_id, replaced=True)
        old_exchanges = read_exchanges(conn, pk)
        for table in ("speakers", "segments", "words", "turns", "exchanges"):
            conn.execute(f"DELETE FROM {table} WHERE hearing_pk = ?", (pk,))
    _write_machine_rows(conn, pk, doc)
    if report.replaced:
        reanchor(conn, pk, old_exchanges, doc.exchanges, imported_at, report)
    _merge_annotations(conn, pk, doc)
    return pk, report


def _write_machine_rows(conn: sqlite3.Connection, pk: int, doc: HearingDocument) -> None:
    conn.executemany(
        "INSERT INTO speakers VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (pk, i, s.id, s.label, s.proposed_name, s.role, s.role_source)
            for i, s in enumerate(doc.speakers)
        ],
    )
    conn.executemany(
        "INSERT INTO segments VALUES (?, ?, ?, ?, ?)",
        [(pk, i, s.start, s.end, s.speaker) for i, s in enumerate(doc.segments)],
    )
    conn.executemany(
        "INSERT INTO words VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (pk, i, w.text, w.start, w.end, w.probability, w.speaker)
            for i, w in enumerate(doc.words)
        ],
    )
    conn.executemany(
        "INSERT INTO turns (hearing_pk, seq, id, speaker, start_s, end_s, text, word_start, "
        "word_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (pk, i, t.id, t.speaker, t.start, t.end, t.text, t.word_start, t.word_end)
            for i, t in enumerate(doc.turns)
        ],
    )
    for i, e in enumerate(doc.exchanges):
        cur = conn.execute(
            "INSERT INTO exchanges (hearing_pk, seq, id, question, answer, question_turns, "
            "answer_turns, asker, answerer, start_s, end_s, score, label, best_sentence, "
            "similarity, follows) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                pk,
                i,
                e.id,
                e.question,
                e.answer,
                json.dumps(e.question_turns),
                json.dumps(e.answer_turns),
                e.asker,
                e.answerer,
                e.start,
                e.end,
                e.score,
                e.label,
                e.best_sentence,
                e.similarity,
                e.follows,
            ),
        )
        index_exchange_turns(conn, cur.lastrowid, pk, e.question_turns, e.answer_turns)
        conn.executemany(
            "INSERT INTO reasons VALUES (?, ?, ?, ?, ?)",
            [(cur.lastrowid, j, r.kind, r.text, r.weight) for j, r in enumerate(e.reasons)],
        )


def _merge_annotations(conn: sqlite3.Connection, pk: int, doc: HearingDocument) -> None:
    for a in doc.annotations:
        conn.execute(
            "INSERT INTO annotations (hearing_pk, exchange_id, verdict, note, author, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (hearing_pk, exchange_id) DO UPDATE SET "
            "verdict = excluded.verdict, note = excluded.note, author = excluded.author, "
            "updated_at = excluded.updated_at WHERE excluded.updated_at > annotations.updated_at",
            (pk, a.exchange_id, a.verdict, a.note, a.author, a.updated_at),
        )
    for s in doc.speakers:
        role = s.role if s.role_source == "analyst" else None
        if s.name is None and role is None:
            continue
        conn.execute(
            "INSERT INTO speaker_annotations (hearing_pk, speaker_id, name, role) "
            "VALUES (?, ?, ?, ?) ON CONFLICT (hearing_pk, speaker_id) DO UPDATE SET "
            "name = coalesce(excluded.name, name), role = coalesce(excluded.role, role)",
            (pk, s.id, s.name, role),
        )


def read_document(conn: sqlite3.Connection, pk: int) -> HearingDocument:
    """The stored hearing with the analyst's names, roles, verdicts and notes applied."""
    h = conn.execute(
        "SELECT title, source_path, source_sha256, duration, sample_rate, language, created_at, "
        "models FROM hearings WHERE pk = ?",
        (pk,),
    ).fetchone()
    title, path, sha, duration, rate, language, created_at, models = h
    names = {
        r[0]: (r[1], r[2])
        for r in conn.execute(
            "SELECT speaker_id, name, role FROM speaker_annotations WHERE hearing_pk = ?", (pk,)
        )
    }
    speakers = []
    for sid, label, proposed, role, role_source in conn.execute(
        "SELECT id, label, proposed_name, role, role_source FROM speakers "
        "WHERE hearing_pk = ? ORDER BY seq",
        (pk,),
    ):
        name, analyst_role = names.get(sid, (None, None))
        if analyst_role is not None:
            role, role_source = analyst_role, "analyst"
        speakers.append(Speaker(sid, label, name, proposed, role, role_source))
    reasons: dict[int, list[Reason]] = {}
    for rowid, kind, text, weight in conn.execute(
        "SELECT r.exchange_rowid, r.kind, r.text, r.weight FROM reasons r "
        "JOIN exchanges e ON e.rowid = r.exchange_rowid WHERE e.hearing_pk = ? "
        "ORDER BY r.exchange_rowid, r.seq",
        (pk,),
    ):
        reasons.setdefault(rowid, []).append(Reason(kind, text, weight))
    exchanges = [
        Exchange(
            id=r[1],
            question=r[2],
            answer=r[3],
            question_turns=json.loads(r[4]),
            answer_turns=json.loads(r[5]),
            asker=r[6],
            answerer=r[7],
            start=r[8],
            end=r[9],
            score=r[10],
            label=r[11],
            reasons=reasons.get(r[0], []),
            best_sentence=r[12],
            similarity=r[13],
            follows=r[14],
        )
        for r in conn.execute(
            "SELECT rowid, id, question, answer, question_turns, answer_turns, asker, answerer, "
            "start_s, end_s, score, label, best_sentence, similarity, follows FROM exchanges "
            "WHERE hearing_pk = ? ORDER BY seq",
            (pk,),
        )
    ]
    return HearingDocument(
        source=Source(path=path, sha256=sha, duration=duration, sample_rate=rate),
        title=title,
        models=[ModelInfo(**m) for m in json.loads(models)],
        speakers=speakers,
        segments=[
            SpeakerSegment(*r)
            for r in conn.execute(
                "SELECT start_s, end_s, speaker FROM segments WHERE hearing_pk = ? ORDER BY seq",
                (pk,),
            )
        ],
        words=[
            Word(*r)
            for r in conn.execute(
                "SELECT text, start_s, end_s, probability, speaker FROM words "
                "WHERE hearing_pk = ? ORDER BY seq",
                (pk,),
            )
        ],
        turns=[
            Turn(*r)
            for r in conn.execute(
                "SELECT id, speaker, start_s, end_s, text, word_start, word_end FROM turns "
                "WHERE hearing_pk = ? ORDER BY seq",
                (pk,),
            )
        ],
        exchanges=exchanges,
        annotations=[
            Annotation(*r)
            for r in conn.execute(
                "SELECT exchange_id, verdict, note, author, updated_at FROM annotations "
                "WHERE hearing_pk = ? ORDER BY exchange_id",
                (pk,),
            )
        ],
        language=language,
        created_at=created_at,
    )
