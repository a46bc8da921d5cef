"""``hearing library``, ``import``, ``export``, ``search``, ``remove``: the library from the shell.

HEARING arguments accept a hearing id, a unique id prefix (4+ characters), a title, the stem
of the recording's file name, or a path to a hearing JSON document (then no library is used).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from hearing.document import HearingDocument, SchemaError
from hearing.errors import InputError
from hearing.export.view import clock

if TYPE_CHECKING:
    from hearing.store import HearingSummary, ImportReport, OrphanedAnnotation

LibraryOption = typer.Option(
    None,
    "--library",
    "-L",
    envvar="HEARING_LIBRARY",
    help="Library file (default: $HEARING_LIBRARY or the platform's user data folder).",
    show_default=False,
)


def load_json_document(path: Path) -> HearingDocument:
    try:
        return HearingDocument.load(path)
    except FileNotFoundError:
        raise InputError(f"no such file: {path}") from None
    except (SchemaError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: {exc}") from exc
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from exc


def resolve_document(ref: str, library: Path | None) -> HearingDocument:
    """The hearing a user named: a JSON file on disk, or a hearing in the library."""
    path = Path(ref).expanduser()
    if path.is_file():
        return load_json_document(path)
    if path.suffix.lower() == ".json":
        raise InputError(f"no such file: {path}")
    from hearing.store import Library

    with Library.open(library) as lib:
        return lib.load(lib.resolve(ref))


def parse_formats(values: list[str]) -> list[str]:
    from hearing.export import FORMATS, normalise_format

    names: list[str] = []
    for value in values:
        for part in value.split(","):
            if not part.strip():
                continue
            if part.strip().lower() == "all":
                names.extend(FORMATS)
            else:
                names.append(normalise_format(part))
    if not names:
        raise InputError("give at least one --format")
    return list(dict.fromkeys(names))


def _snippet(text: str) -> Text:
    from hearing.store.search import SNIPPET_CLOSE, SNIPPET_OPEN

    out = Text()
    bold = False
    for piece in text.replace(SNIPPET_CLOSE, SNIPPET_OPEN).split(SNIPPET_OPEN):
        out.append(piece, style="bold yellow" if bold else None)
        bold = not bold
    return out


def print_import_report(console: Console, report: ImportReport) -> None:
    """Say what a re-import did to the analyst's notes, when it did anything worth saying."""
    done = []
    if report.moved:
        done.append(f"{report.moved} moved with their renumbered exchange")
    if report.rehomed:
        done.append(f"{report.rehomed} earlier orphaned found their exchange again")
    if done:
        console.print(Text("  verdicts/notes: " + "; ".join(done)))
    if report.orphaned:
        console.print(
            Text(
                f"  {report.orphaned} verdict(s)/note(s) orphaned by re-analysis (their exchange "
                f"is gone); kept — see `hearing library {report.hearing_id}`",
                style="yellow",
            )
        )


def _show_hearing(
    h: HearingSummary, doc: HearingDocument, orphans: list[OrphanedAnnotation]
) -> None:
    from hearing.export.view import build_view

    console = Console()
    console.print(Text(f"{h.id}  {h.title or Path(h.source_path).name}", style="bold"))
    console.print(
        Text(
            f"{clock(h.duration)} · {h.n_turns} turns · {h.n_exchanges} exchanges · "
            f"{h.n_flagged} flagged · {h.n_reviewed}/{h.n_exchanges} reviewed · "
            f"imported {h.imported_at[:16].replace('T', ' ')}"
        )
    )
    view = build_view(doc)  # renamed speakers, verdicts and notes applied
    speakers = Table("speaker", "role", "id", "exchanges")
    for s in doc.speakers:
        speakers.add_row(Text(view.name(s.id)), s.role, s.id, view.tally(s.id))
    console.print(speakers)
    if not orphans:
        console.print("No orphaned verdicts or notes.")
        return
    console.print(
        Text(
            f"{len(orphans)} verdict(s)/note(s) orphaned by re-analysis: the exchange they were "
            "made on is not in the current analysis. Kept as they were:",
            style="yellow",
        )
    )
    table = Table("#", "was", "time", "verdict", "note", "question (when annotated)")
    for o in orphans:
        table.add_row(
            str(o.id),
            f"exchange {o.exchange_id}",
            "" if o.start is None else clock(o.start),
            o.verdict or "",
            Text(o.note),
            Text(o.question),
        )
    console.print(table)


def register(app: typer.Typer) -> None:
    @app.command("library")
    def library_cmd(
        hearing: str | None = typer.Argument(
            None,
            help="Show one hearing (id, id prefix or title): its speakers and orphaned notes.",
            metavar="HEARING",
        ),
        library: Path | None = LibraryOption,
    ) -> None:
        """List the hearings in the library (id, title, length, exchanges, flags, reviewed)."""
        from hearing.store import Library

        with Library.open(library) as lib:
            if hearing is not None:
                hearing_id = lib.resolve(hearing)
                summary = lib.summary(hearing_id)
                _show_hearing(summary, lib.load(hearing_id), lib.orphaned_annotations(hearing_id))
                return
            rows = lib.list_hearings()
            where = lib.path
        console = Console()
        if not rows:
            console.print(f"No hearings in {where}. Add one with `hearing import DOC.json`.")
            return
        orphans = any(h.n_orphaned for h in rows)
        table = Table("id", "title", "length", "turns", "exchanges", "flagged", "reviewed",
                      "imported", title=str(where))  # fmt: skip
        if orphans:
            table.add_column("orphaned notes")
        for h in rows:
            table.add_row(
                h.id,
                Text(h.title or Path(h.source_path).name),
                clock(h.duration),
                str(h.n_turns),
                str(h.n_exchanges),
                str(h.n_flagged),
                f"{h.n_reviewed}/{h.n_exchanges}",
                h.imported_at[:16].replace("T", " "),
                *([str(h.n_orphaned or "")] if orphans else []),
            )
        console.print(table)
        if orphans:
            console.print(
                Text(
                    "Some verdicts/notes lost their exchange when a hearing was re-analysed; "
                    "they are kept. See them with `hearing library HEARING`.",
                    style="yellow",
                )
            )

    @app.command("import")
    def import_cmd(
        documents: list[Path] = typer.Argument(
            ..., help="Hearing JSON documents.", metavar="DOCUMENT.json"
        ),
        library: Path | None = LibraryOption,
    ) -> None:
        """Add hearing documents to the library (re-importing keeps the analyst's work)."""
        from hearing.store import Library

        docs = [(p, load_json_document(p)) for p in documents]  # all valid before writing
        console = Console()
        with Library.open(library) as lib:
            for path, doc in docs:
                report = lib.import_with_report(doc)
                console.print(Text(f"imported {report.hearing_id}  {doc.title or path.name}"))
                print_import_report(console, report)

    @app.command("export")
    def export_cmd(
        hearing: str = typer.Argument(
            ..., help="Hearing id, id prefix, title, or JSON path.", metavar="HEARING"
        ),
        formats: list[str] = typer.Option(
            ["md"],
            "--format",
            "-f",
            help="json, md, html, csv, srt, vtt, docx, rttm, txt; "
            "repeat or comma-separate, or 'all'.",
        ),
        out: Path | None = typer.Option(
            None,
            "--out",
            "-o",
            help="Output file, or folder (default: current folder; a new path without an "
            "extension is a folder).",
        ),
        only_flagged: bool = typer.Option(False, "--only-flagged", help="Flagged exchanges only."),
        only_confirmed: bool = typer.Option(
            False, "--only-confirmed", help="Exchanges the analyst confirmed only."
        ),
        word_timing: bool = typer.Option(
            False, "--word-timing", help="Include per-word times (JSON words, an appendix)."
        ),
        force: bool = typer.Option(False, "--force", help="Overwrite existing files."),
        library: Path | None = LibraryOption,
    ) -> None:
        """Export a hearing with renamed speakers, verdicts and notes applied."""
        from hearing.export import default_filename, export_document

        names = parse_formats(formats)
        doc = resolve_document(hearing, library)
        target = out or Path.cwd()
        # A path that does not exist yet and has no extension is a folder, as in the
        # README's `--out DIR` and `hearing analyze --out DIR`; "report.html" is a file.
        as_folder = (
            len(names) > 1
            or target.is_dir()
            or str(target).endswith(("/", "\\"))
            or (not target.exists() and not target.suffix)
        )
        if len(names) > 1 and target.exists() and not target.is_dir():
            raise InputError(f"--out {target} must be a folder when exporting several formats")
        paths = [target / default_filename(doc, n) if as_folder else target for n in names]
        if not force:
            from hearing.errors import OutputExists
            from hearing.fsutil import occupied

            for p in paths:
                if occupied(p):
                    raise OutputExists(p)
        console = Console()
        for name, path in zip(names, paths, strict=True):
            written = export_document(
                doc,
                name,
                path,
                only_flagged=only_flagged,
                only_confirmed=only_confirmed,
                word_timing=word_timing,
                force=force,
            )
            console.print(Text(f"wrote {written}"))

    @app.command("search")
    def search_cmd(
        query: str = typer.Argument(
            ..., help='Words, "a phrase", OR, NOT, prefix*.', metavar="QUERY"
        ),
        limit: int = typer.Option(50, "--limit", "-n", min=1, help="Most results to show."),
        library: Path | None = LibraryOption,
    ) -> None:
        """Full-text search of every hearing's transcript and the analyst's notes."""
        from hearing.store import Library

        with Library.open(library) as lib:
            hits = lib.search(query, limit=limit)
        console = Console()
        if not hits:
            console.print(Text(f"No matches for {query!r}."))
            return
        table = Table("hearing", "speaker", "time", "exchange", "match")
        for h in hits:
            table.add_row(
                Text(h.title or h.hearing_id),
                Text(h.speaker_name),
                clock(h.start),
                "" if h.exchange_id is None else str(h.exchange_id),
                Text("note: ") + _snippet(h.snippet or h.text)
                if h.kind == "note"
                else _snippet(h.snippet or h.text),
            )
        console.print(table)

    @app.command("remove")
    def remove_cmd(
        hearing: str = typer.Argument(
            ..., help="Hearing id, id prefix or title (see `hearing library`).", metavar="HEARING"
        ),
        yes: bool = typer.Option(False, "--yes", "-y", help="Do not ask first."),
        library: Path | None = LibraryOption,
    ) -> None:
        """Remove a hearing from the library, with the analyst's verdicts and notes on it."""
        import sys

        from hearing.store import Library

        with Library.open(library) as lib:
            hearing_id = lib.resolve(hearing)
            summary = lib.summary(hearing_id)
            name = summary.title or Path(summary.source_path).name
            work = lib.analyst_work(hearing_id)
            # what is lost, and the one command that keeps it (the JSON holds the annotations)
            loses = str(work)
            keep = f"`hearing export {hearing_id} --format json` keeps a copy to re-import"
            if not yes:
                if not sys.stdin.isatty():
                    raise InputError(
                        f"removing {hearing_id} ({name}) loses {loses}; "
                        f"add --yes to remove it ({keep})"
                    )
                asking = Console(stderr=True)
                asking.print(Text(f"{hearing_id}  {name}: removing it loses {loses}."))
                if work:
                    asking.print(Text(f"({keep})"))
                if not typer.confirm("Remove it?", default=False, err=True):
                    asking.print("Nothing removed.")
                    raise typer.Exit(1)
            lib.delete(hearing_id)
        Console().print(Text(f"removed {hearing_id}  {name}"))
