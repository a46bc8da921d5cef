"""The hearing library: many analysed hearings plus the analyst's work on them.

``Library`` is the one object the CLI and the TUI use. Every write is its own short
``BEGIN IMMEDIATE`` transaction (an annotation is committed the moment it is made, so a crash
loses at most the change being typed), reads see a consistent snapshot (WAL), and a lock held
by another process is waited out (busy timeout) instead of failing. One ``Library`` may be
shared by a UI thread and worker threads: calls are serialised by a lock.

Re-importing a re-analysed hearing moves each verdict/note to the exchange it was made on
(exchange ids are positions and may change); one whose exchange is gone is kept as an
orphan (``orphaned_annotations``, ``reattach_orphan``, ``discard_orphan``), never dropped.
"""

from __future__ import annotations

import getpass
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

from hearing.document import ROLES, VERDICTS, HearingDocument
from hearing.errors import InputError, StoreError
from hearing.store import connection, documents
from hearing.store import search as fts
from hearing.store.anchoring import ImportReport
from hearing.store.records import AnalystWork, HearingSummary, OrphanedAnnotation

T = TypeVar("T")
LIBRARY_ENV = "HEARING_LIBRARY"
LIBRARY_FILENAME = "library.sqlite3"

# Flagged = machine label partial/evasive or analyst verdict "flagged", minus dismissed.
FLAGGED_SQL = (
    "(coalesce(a.verdict, '') != 'dismissed' "
    "AND (e.label IN ('partial', 'evasive') OR a.verdict = 'flagged'))"
)


def default_path() -> Path:
    """``$HEARING_LIBRARY``, else ``library.sqlite3`` in the platform's user data folder."""
    env = os.environ.get(LIBRARY_ENV)
    if env:
        return Path(env).expanduser()
    import platformdirs

    return platformdirs.user_data_path("hearing", appauthor=False) / LIBRARY_FILENAME


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _default_author() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


class Library:
    """An open library file. Use ``Library.open(path)``; close it (or use ``with``)."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None) -> None:
        self._conn = conn
        self.path = path
        self._lock = threading.RLock()
        self.author = _default_author()

    @classmethod
    def open(cls, path: str | Path | None = None) -> Library:
        resolved = default_path() if path is None else Path(path).expanduser()
        return cls(connection.connect(resolved), resolved)

    @classmethod
    def in_memory(cls) -> Library:
        """A throwaway library (tests, one-off exports); nothing is written to disk."""
        return cls(connection.connect(None), None)

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- plumbing ------------------------------------------------------------------------
    def _run(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        with self._lock:
            try:
                return fn(self._conn)
            except sqlite3.ProgrammingError as exc:
                raise StoreError(f"library is closed or unusable: {exc}") from exc
            except sqlite3.DatabaseError as exc:
                raise StoreError(f"library {self.path}: {exc}") from exc

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction; the lock is taken up front so readers never block it."""
        with self._lock:
            conn = self._conn
            try:
                conn.execute("BEGIN IMMEDIATE")
            except sqlite3.DatabaseError as exc:
                raise StoreError(f"library {self.path} is busy or unusable: {exc}") from exc
            try:
                yield conn
                conn.execute("COMMIT")
            except BaseException as exc:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                if isinstance(exc, sqlite3.DatabaseError):
                    raise StoreError(f"library {self.path}: {exc}") from exc
                raise

    def _pk(self, conn: sqlite3.Connection, hearing_id: str) -> int:
        row = conn.execute("SELECT pk FROM hearings WHERE id = ?", (hearing_id,)).fetchone()
        if row is None:
            raise StoreError(f"no hearing {hearing_id!r} in library {self.path}")
        return int(row[0])

    # -- hearings ------------------------------------------------------------------------
    def import_document(self, doc: HearingDocument) -> str:
        """Store a hearing; re-importing the same audio replaces the machine output only."""
        return self.import_with_report(doc).hearing_id

    def import_with_report(self, doc: HearingDocument) -> ImportReport:
        """``import_document``, saying which annotations moved or were orphaned."""
        with self._write() as conn:
            _, report = documents.write_document(conn, doc, now_iso())
        return report

    def load(self, hearing_id: str) -> HearingDocument:
        """The hearing with analyst names, roles, verdicts and notes applied."""

        def read(conn: sqlite3.Connection) -> HearingDocument:
            # One read transaction: a concurrent re-import is seen entirely or not at all.
            conn.execute("BEGIN")
            try:
                return documents.read_document(conn, self._pk(conn, hearing_id))
            finally:
                conn.execute("COMMIT")

        return self._run(read)

    def delete(self, hearing_id: str) -> None:
        with self._write() as conn:
            conn.execute("DELETE FROM hearings WHERE pk = ?", (self._pk(conn, hearing_id),))

    def analyst_work(self, hearing_id: str) -> AnalystWork:
        """What of the analyst's own work removing the hearing would lose: verdicts and notes
        (orphaned ones too) and speaker names or roles set by hand."""

        def count(conn: sqlite3.Connection) -> AnalystWork:
            pk = self._pk(conn, hearing_id)

            def one(sql: str) -> int:
                return conn.execute(sql, (pk,)).fetchone()[0]

            return AnalystWork(
                verdicts=one(
                    "SELECT count(*) FROM annotations WHERE hearing_pk = ? AND verdict IS NOT NULL"
                ),
                notes=one("SELECT count(*) FROM annotations WHERE hearing_pk = ? AND note != ''"),
                orphaned=one("SELECT count(*) FROM orphaned_annotations WHERE hearing_pk = ?"),
                names=one(
                    "SELECT count(*) FROM speaker_annotations WHERE hearing_pk = ? "
                    "AND name IS NOT NULL"
                ),
                roles=one(
                    "SELECT count(*) FROM speaker_annotations WHERE hearing_pk = ? "
                    "AND role IS NOT NULL"
                ),
            )

        return self._run(count)

    def list_hearings(self) -> list[HearingSummary]:
        return self._summaries()

    def summary(self, hearing_id: str) -> HearingSummary:
        """One hearing's line of ``list_hearings``, without counting every other hearing."""
        found = self._summaries("WHERE h.id = ?", (hearing_id,))
        if not found:
            raise StoreError(f"no hearing {hearing_id!r} in library {self.path}")
        return found[0]

    def _summaries(self, where: str = "", params: tuple = ()) -> list[HearingSummary]:
        sql = f"""
            SELECT h.id, h.title, h.source_path, h.duration,
                (SELECT count(*) FROM turns t WHERE t.hearing_pk = h.pk),
                (SELECT count(*) FROM exchanges e WHERE e.hearing_pk = h.pk),
                (SELECT count(*) FROM exchanges e LEFT JOIN annotations a
                    ON a.hearing_pk = e.hearing_pk AND a.exchange_id = e.id
                    WHERE e.hearing_pk = h.pk AND {FLAGGED_SQL}),
                (SELECT count(*) FROM annotations a WHERE a.hearing_pk = h.pk
                    AND a.verdict IS NOT NULL
                    AND EXISTS (SELECT 1 FROM exchanges e
                                WHERE e.hearing_pk = h.pk AND e.id = a.exchange_id)),
                h.created_at, h.imported_at,
                (SELECT count(*) FROM orphaned_annotations o WHERE o.hearing_pk = h.pk)
            FROM hearings h {where} ORDER BY h.imported_at DESC, h.pk DESC
        """
        return self._run(lambda c: [HearingSummary(*r) for r in c.execute(sql, params)])

    def resolve(self, ref: str) -> str:
        """A hearing id from an id, a unique id prefix, a title, a file stem or part of a title."""
        ref = ref.strip()

        def find(conn: sqlite3.Connection) -> str:
            rows = conn.execute("SELECT id, title, source_path FROM hearings").fetchall()
            for matcher in (
                lambda r: r[0] == ref,
                lambda r: r[0].startswith(ref.lower()) and len(ref) >= 4,
                lambda r: r[1].casefold() == ref.casefold(),
                lambda r: Path(r[2]).stem.casefold() == ref.casefold(),
                lambda r: len(ref) >= 3 and ref.casefold() in r[1].casefold(),
            ):
                found = [r for r in rows if matcher(r)]
                if len(found) == 1:
                    return found[0][0]
                if len(found) > 1:
                    names = ", ".join(f"{r[0]} ({r[1] or Path(r[2]).name})" for r in found[:5])
                    raise InputError(f"{ref!r} matches several hearings: {names}")
            raise InputError(f"no hearing {ref!r} in library {self.path} (see `hearing library`)")

        return self._run(find)

    # -- analyst annotations: each its own committed transaction -------------------------
    def _exchange_exists(self, conn: sqlite3.Connection, pk: int, exchange_id: int) -> None:
        row = conn.execute(
            "SELECT 1 FROM exchanges WHERE hearing_pk = ? AND id = ?", (pk, exchange_id)
        ).fetchone()
        if row is None:
            raise StoreError(f"hearing has no exchange {exchange_id}")

    def set_verdict(
        self, hearing_id: str, exchange_id: int, verdict: str | None, *, author: str | None = None
    ) -> None:
        if verdict is not None and verdict not in VERDICTS:
            raise InputError(f"verdict must be one of {', '.join(VERDICTS)} (got {verdict!r})")
        self._annotate(hearing_id, exchange_id, "verdict", verdict, author)

    def set_note(
        self, hearing_id: str, exchange_id: int, note: str, *, author: str | None = None
    ) -> None:
        self._annotate(hearing_id, exchange_id, "note", note or "", author)

    def _annotate(
        self, hearing_id: str, exchange_id: int, column: str, value: object, author: str | None
    ) -> None:
        with self._write() as conn:
            pk = self._pk(conn, hearing_id)
            self._exchange_exists(conn, pk, exchange_id)
            conn.execute(
                f"INSERT INTO annotations (hearing_pk, exchange_id, {column}, author, updated_at) "
                f"VALUES (?, ?, ?, ?, ?) ON CONFLICT (hearing_pk, exchange_id) DO UPDATE SET "
                f"{column} = excluded.{column}, author = excluded.author, "
                f"updated_at = excluded.updated_at",
                (pk, exchange_id, value, self.author if author is None else author, now_iso()),
            )

    # -- annotations a re-analysis orphaned ----------------------------------------------
    def orphaned_annotations(self, hearing_id: str) -> list[OrphanedAnnotation]:
        """Verdicts and notes whose exchange is gone since a re-analysis, oldest first."""

        def read(conn: sqlite3.Connection) -> list[OrphanedAnnotation]:
            return [
                OrphanedAnnotation(*r)
                for r in conn.execute(
                    "SELECT question, answer, asker, answerer, start_s, end_s, id, exchange_id, "
                    "verdict, note, author, updated_at, orphaned_at "
                    "FROM orphaned_annotations WHERE hearing_pk = ? ORDER BY start_s, id",
                    (self._pk(conn, hearing_id),),
                )
            ]

        return self._run(read)

    def reattach_orphan(self, hearing_id: str, orphan_id: int, exchange_id: int) -> None:
        """The analyst puts an orphaned verdict/note on an exchange they chose.

        Refused when that exchange already has a verdict or a note: merging two pieces of
        analyst work is the analyst's call, not the library's.
        """
        with self._write() as conn:
            pk = self._pk(conn, hearing_id)
            self._exchange_exists(conn, pk, exchange_id)
            row = conn.execute(
                "SELECT verdict, note, author, updated_at FROM orphaned_annotations "
                "WHERE id = ? AND hearing_pk = ?",
                (orphan_id, pk),
            ).fetchone()
            if row is None:
                raise StoreError(f"hearing {hearing_id} has no orphaned annotation {orphan_id}")
            held = conn.execute(
                "SELECT 1 FROM annotations WHERE hearing_pk = ? AND exchange_id = ? "
                "AND (verdict IS NOT NULL OR note != '')",
                (pk, exchange_id),
            ).fetchone()
            if held is not None:
                raise StoreError(f"exchange {exchange_id} already has a verdict or note")
            conn.execute(
                "INSERT INTO annotations (hearing_pk, exchange_id, verdict, note, author, "
                "updated_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (hearing_pk, exchange_id) "
                "DO UPDATE SET verdict = excluded.verdict, note = excluded.note, "
                "author = excluded.author, updated_at = excluded.updated_at",
                (pk, exchange_id, *row),
            )
            conn.execute("DELETE FROM orphaned_annotations WHERE id = ?", (orphan_id,))

    def discard_orphan(self, hearing_id: str, orphan_id: int) -> None:
        """The analyst has read an orphaned note and no longer needs it."""
        with self._write() as conn:
            cur = conn.execute(
                "DELETE FROM orphaned_annotations WHERE id = ? AND hearing_pk = ?",
                (orphan_id, self._pk(conn, hearing_id)),
            )
            if cur.rowcount == 0:
                raise StoreError(f"hearing {hearing_id} has no orphaned annotation {orphan_id}")

    def rename_speaker(self, hearing_id: str, speaker_id: str, name: str | None) -> None:
        """Give a speaker a display name; an empty name goes back to the detected one."""
        self._annotate_speaker(hearing_id, speaker_id, "name", (name or "").strip() or None)

    def set_role(self, hearing_id: str, speaker_id: str, role: str | None) -> None:
        """Override a speaker's role; None returns to the automatic role."""
        if role is not None and role not in ROLES:
            raise InputError(f"role must be one of {', '.join(ROLES)} (got {role!r})")
        self._annotate_speaker(hearing_id, speaker_id, "role", role)

    def _annotate_speaker(
        self, hearing_id: str, speaker_id: str, column: str, value: str | None
    ) -> None:
        with self._write() as conn:
            pk = self._pk(conn, hearing_id)
            known = conn.execute(
                "SELECT 1 FROM speakers WHERE hearing_pk = ? AND id = ?", (pk, speaker_id)
            ).fetchone()
            if known is None:
                raise StoreError(f"hearing {hearing_id} has no speaker {speaker_id!r}")
            conn.execute(
                f"INSERT INTO speaker_annotations (hearing_pk, speaker_id, {column}, author, "
                f"updated_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (hearing_pk, speaker_id) "
                f"DO UPDATE SET {column} = excluded.{column}, author = excluded.author, "
                f"updated_at = excluded.updated_at",
                (pk, speaker_id, value, self.author, now_iso()),
            )

    # -- search and maintenance ----------------------------------------------------------
    def search(self, query: str, limit: int = 50) -> list[fts.SearchHit]:
        return self._run(lambda c: fts.search(c, query, limit))

    def integrity_check(self) -> str:
        """``ok`` or SQLite's description of the damage."""
        rows = self._run(lambda c: c.execute("PRAGMA integrity_check").fetchall())
        return "\n".join(str(r[0]) for r in rows)

    @property
    def schema_version(self) -> int:
        return int(self._run(lambda c: c.execute("PRAGMA user_version").fetchone()[0]))
