"""``hearing analyze``: recordings in, speaker-attributed transcripts and flagged answers out."""

from __future__ import annotations

import time
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    Progress,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
)

from hearing import interrupts
from hearing.cli_evasion import ENCODER_HELP
from hearing.cli_library import LibraryOption
from hearing.errors import Cancelled, HearingError, InputError, OutputExists

DEFAULT_FORMATS = "json,rttm,srt,vtt,txt,csv,md"


def _parse_formats(text: str) -> list[str]:
    from hearing.export import FORMATS

    wanted = [f.strip().lower().lstrip(".") for f in text.split(",") if f.strip()]
    unknown = [f for f in wanted if f not in FORMATS]
    if not wanted or unknown:
        raise InputError(
            f"unknown format(s) {', '.join(unknown) or '(none)'}; choose from {', '.join(FORMATS)}"
        )
    return list(dict.fromkeys(wanted))


class StageBars:
    """Maps ``on_progress(stage, done, total)`` to one Rich bar per stage."""

    def __init__(self, progress: Progress | None):
        self.progress = progress
        self.tasks: dict[str, int] = {}

    def __call__(self, stage: str, done: float, total: float) -> None:
        if self.progress is None:
            return
        # Called from the transcription and diarization threads at once: Rich's Progress
        # takes its own lock; each stage has its own bar and stops its clock when full.
        if stage not in self.tasks:
            self.tasks[stage] = self.progress.add_task(stage, total=max(total, 1e-9))
        task_id = self.tasks[stage]
        self.progress.update(task_id, completed=done, total=max(total, 1e-9))
        if done >= total:
            self.progress.stop_task(task_id)

    def finish(self) -> None:
        if self.progress is None:
            return
        for task_id in self.tasks.values():
            task = self.progress.tasks[task_id]
            self.progress.update(task_id, completed=task.total)
            self.progress.stop_task(task_id)


def register(app: typer.Typer) -> None:
    @app.command("analyze")
    def analyze_cmd(
        audio: list[Path] = typer.Argument(
            ..., help="Recordings (wav, flac, mp3, m4a, ogg, mp4…).", metavar="AUDIO"
        ),
        out: Path = typer.Option(..., "--out", "-o", help="Folder for DIR/<stem>.<ext> outputs."),
        model: str = typer.Option("tiny.en", help="Whisper model: tiny.en (English) or base."),
        num_speakers: int | None = typer.Option(None, help="Exact number of speakers, if known."),
        min_speakers: int | None = typer.Option(None, help="Lower bound on speakers."),
        max_speakers: int | None = typer.Option(None, help="Upper bound on speakers."),
        device: str = typer.Option("auto", help="auto, cpu or cuda."),
        language: str | None = typer.Option(
            None, help="Force a language: a Whisper code (de) or name (German); base model only."
        ),
        format: str = typer.Option(DEFAULT_FORMATS, "--format", "-f", help="Comma-separated."),
        threads: int = typer.Option(0, help="CPU threads for the models (0: automatic)."),
        encoder: str = typer.Option("auto", help=f"Evasion scorer: {ENCODER_HELP}."),
        library: Path | None = LibraryOption,
        no_library: bool = typer.Option(
            False, "--no-library", help="Do not add results to the library."
        ),
        no_cache: bool = typer.Option(False, "--no-cache", help="Recompute every stage."),
        force: bool = typer.Option(False, "--force", help="Overwrite existing output files."),
        quiet: bool = typer.Option(
            False,
            "--quiet",
            "-q",
            help="No progress bars or file list; errors and notes still print.",
        ),
    ) -> None:
        """Transcribe, diarize, pair questions with answers and flag evasive answers.

        Writes DIR/<stem>.<ext> per format; a file that fails leaves no outputs and the
        command exits non-zero after the remaining files (see exit codes in `hearing --help`).
        """
        from hearing.fsutil import check_writable_dir, remove_empty
        from hearing.pipeline import Settings

        formats = _parse_formats(format)
        settings = Settings(
            model=model,
            device=device,
            num_speakers=num_speakers,
            min_speakers=min_speakers,
            max_speakers=max_speakers,
            language=language,
            threads=threads,
            encoder=encoder,
            use_cache=not no_cache,
        )
        settings.validate()
        from hearing.pipeline import resolve_devices

        notes = resolve_devices(settings.device).notes  # cuda unusable: fails here, first
        stems = [p.stem for p in audio]
        if len(set(stems)) != len(stems):
            raise InputError("two inputs share a file name stem; their outputs would collide")
        created = check_writable_dir(out)
        console = Console(stderr=True, quiet=quiet)
        loud = Console(stderr=True)  # errors and notes are not progress: --quiet keeps them
        for note in notes:
            loud.print(f"[yellow]note:[/] {note}", highlight=False)
        failures: list[HearingError] = []
        try:
            for path in audio:
                try:
                    note = _analyze_one(
                        path, out, formats, settings, library, no_library, force, console
                    )
                    if note:
                        loud.print(f"  [yellow]note:[/] {path.name}: {note}", highlight=False)
                except KeyboardInterrupt:
                    raise Cancelled(
                        f"interrupted during {path.name}; no partial output was kept "
                        "(finished stages are cached: run the same command to resume)"
                    ) from None
                except HearingError as err:
                    if len(audio) == 1:
                        raise
                    loud.print(f"[bold red]error:[/] {err}", highlight=False)
                    failures.append(err)
        finally:
            remove_empty(created)  # a run that wrote nothing leaves no empty folder
        if failures:
            raise SystemExit(max(f.exit_code for f in failures))


def _analyze_one(path, out, formats, settings, library, no_library, force, console) -> str | None:
    """Analyse and write one recording; returns the transcript note, if any."""
    from hearing.confidence import transcript_note
    from hearing.export import export_document
    from hearing.fsutil import occupied
    from hearing.pipeline import analyze

    targets = {fmt: out / f"{path.stem}.{fmt}" for fmt in formats}
    if not force:
        existing = [str(p) for p in targets.values() if occupied(p)]
        if existing:
            raise OutputExists(existing[0])
    started = time.monotonic()
    console.print(f"[bold]{path}[/]")
    progress = Progress(
        TextColumn("  {task.description:<10}"),
        BarColumn(),
        TaskProgressColumn(),
        TimeElapsedColumn(),
        console=console,
        disable=console.quiet,
    )
    bars = StageBars(progress)
    with progress, interrupts.say_with(console):
        doc = analyze(path, settings, on_progress=bars)
        bars.finish()
    # The JSON output is the whole hearing document, words and their timings included.
    written = [
        export_document(doc, fmt, targets[fmt], force=True, word_timing=fmt == "json")
        for fmt in formats
    ]
    if not no_library:
        from hearing.cli_library import print_import_report
        from hearing.store import Library

        lib = Library.open(library)
        try:
            report = lib.import_with_report(doc)
        finally:
            lib.close()
        console.print(f"  library: hearing {report.hearing_id}")
        print_import_report(console, report)  # notes moved or orphaned by re-analysis
    flagged = sum(1 for e in doc.exchanges if e.label in ("partial", "evasive"))
    console.print(
        f"  {doc.source.duration:.0f} s audio, {len(doc.speakers)} speakers, "
        f"{len(doc.turns)} turns, "
        f"{len(doc.exchanges)} exchanges ({flagged} flagged) in {time.monotonic() - started:.0f} s"
    )
    for p in written:
        console.print(f"  wrote {p}")
    return transcript_note(doc)
