"""``hearing score-pairs`` and ``hearing eval-evasion``: the evasion scorer on your own CSVs."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from hearing import interrupts
from hearing.errors import InputError

console = Console()
# Progress and notices go to stderr, so stdout holds only the results (pipe-friendly).
progress_console = Console(stderr=True)


SCORE_COLUMNS = ("evasion_score", "label", "reasons")  # what score-pairs adds to each row
# analyze takes the same option (hearing.evasion.both.resolve_choice)
ENCODER_HELP = (
    "auto (both for up to 10,000 pairs or with a GPU, else static), static (fast), minilm "
    "(transformer) or both (static and MiniLM averaged: the best ranking, about 100 pairs/s "
    "on a 2-core CPU)"
)
DEVICE_HELP = "auto, cpu or cuda: where MiniLM runs (minilm, both; static always runs on the CPU)"


def _choose_scorer(encoder: str, n_pairs: int, device: str) -> tuple[str, str]:
    """(scorer choice, torch device for MiniLM). Only MiniLM runs torch, so only a choice
    that may use it asks for CUDA (``auto`` takes ``both`` for any file on a GPU; a static
    scorer stays on the CPU whatever device it is given); an unusable ``cuda`` fails
    before any scoring, with the reason."""
    from hearing.errors import ModelError
    from hearing.evasion.both import check_choice, resolve_choice
    from hearing.pipeline import check_device
    from models.devices import DeviceUnavailable, torch_device

    check_device(device)
    encoder = check_choice(encoder)
    if encoder == "static":
        return "static", "cpu"
    try:
        torch_dev = torch_device(device)  # "cpu" asks nothing of torch
    except DeviceUnavailable as exc:
        raise ModelError(str(exc)) from exc
    return resolve_choice(encoder, n_pairs, torch_dev), torch_dev


def _score_rows(rows: list[dict[str, str]], encoder: str, device: str = "auto") -> tuple:
    """(scorer, scores) of CSV rows in file order (row order matters: see
    hearing/evasion/parts.py). ``encoder`` may be ``auto``: it is resolved for this many rows,
    and an unusable ``device`` fails, before any model loads."""
    from hearing.evasion.both import make_scorer
    from hearing.evasion.parts import parts_from_rows

    encoder, device = _choose_scorer(encoder, len(rows), device)
    with progress_console.status("loading models…"):
        scorer = make_scorer(encoder, device=device)
    pairs = [(r["question"], r["answer"], r.get("context") or "") for r in rows]
    ids = [r.get("id") or "" for r in rows] if rows and "id" in rows[0] else None
    columns = (
        TextColumn("scoring"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("pairs"),
        TimeRemainingColumn(),
    )
    live = progress_console.is_terminal  # off a terminal a transient bar leaves a blank line
    with (
        Progress(*columns, console=progress_console, transient=True, disable=not live) as bar,
        interrupts.say_with(progress_console),
    ):
        task = bar.add_task("score", total=len(pairs))
        return scorer, scorer.score_many(
            pairs,
            parts_from_rows(pairs, ids),
            on_progress=lambda done, total: bar.update(task, completed=done, total=total),
        )


def _write_scored(table, scored, out: Path, in_csv: Path, force: bool) -> None:
    """The input's rows and columns with the scorer's three columns, in the input's dialect."""
    from hearing.evasion.csvio import write_rows
    from hearing.export.view import reason_line

    header, rows = table.header, table.rows
    extra = [c for c in SCORE_COLUMNS if c not in header]
    replaced = [c for c in SCORE_COLUMNS if c in header]
    if replaced:  # e.g. a gold "label" column: say so, the input file keeps it
        progress_console.print(
            f"[yellow]note:[/] column(s) {', '.join(replaced)} of {in_csv} hold the "
            f"scorer's values in {out}; {in_csv} itself is unchanged",
            highlight=False,
        )
    for r, s in zip(rows, scored, strict=True):
        r["evasion_score"] = f"{s.score:.4f}"
        r["label"] = s.label
        r["reasons"] = "; ".join(reason_line(x) for x in s.reasons)
    write_rows(
        out,
        header + extra,
        rows,
        src=in_csv,
        delimiter=table.delimiter,
        encoding=table.encoding,
        force=force,
    )


def register(app: typer.Typer) -> None:
    @app.command("score-pairs")
    def score_pairs(
        in_csv: Path = typer.Argument(
            ..., help="CSV with columns question, answer (id, context)", metavar="IN.csv"
        ),
        out: Path = typer.Option(..., "--out", "-o", help="CSV to write (input + scores)"),
        encoder: str = typer.Option("auto", "--encoder", help=ENCODER_HELP),
        device: str = typer.Option("auto", "--device", help=DEVICE_HELP),
        force: bool = typer.Option(False, "--force", "-f", help="overwrite --out if it exists"),
    ) -> None:
        """Score each question–answer row for evasion: evasion_score, label, reasons.

        Consecutive rows with the same answer (and context) are read as questions asked
        together in one turn, in file order; later ones are more often left unanswered.
        """
        from hearing.errors import OutputError, OutputExists
        from hearing.evasion.csvio import read_rows, refuse_input
        from hearing.fsutil import check_writable_dir, occupied, remove_empty

        table = read_rows(in_csv, ("question", "answer"))
        rows = table.rows
        refuse_input(out, in_csv)  # before minutes of scoring, not after
        if out.is_dir():
            raise OutputError(f"{out} is a folder; give --out a file name such as {out}/scored.csv")
        if occupied(out) and not force:
            raise OutputExists(out)
        # likewise: not after scoring 30,000 pairs
        created = check_writable_dir(out.parent, hint="give --out a path in a folder")
        try:
            scorer, scored = _score_rows(rows, encoder, device)
            _write_scored(table, scored, out, in_csv, force)
        finally:
            remove_empty(created)  # folders made for --out, if nothing was written in them
        counts = {k: sum(s.label == k for s in scored) for k in ("answered", "partial", "evasive")}
        console.print(
            f"scored {len(rows)} pairs ({scorer.name}) → {out} "
            f"(answered {counts['answered']}, partial {counts['partial']}, "
            f"evasive {counts['evasive']})"
        )

    @app.command("eval-evasion")
    def eval_evasion(
        labelled: Path = typer.Argument(
            ..., help="CSV with question, answer and a label column", metavar="LABELLED.csv"
        ),
        label_col: str = typer.Option(..., "--label-col", help="column holding the gold label"),
        positive: list[str] = typer.Option(
            ...,
            "--positive",
            help="label value(s) that count as evasive: --positive A B, --positive A "
            "--positive B, or --positive 'A,B'",
        ),
        more: list[str] = typer.Argument(
            None,
            metavar="VALUE",
            help="more label values after --positive",
            show_default=False,
        ),
        group_col: str | None = typer.Option(
            None,
            "--group-col",
            help="column naming each row's interview or hearing: the ROC-AUC interval "
            "resamples them whole (their rows are not independent)",
        ),
        encoder: str = typer.Option("auto", "--encoder", help=ENCODER_HELP),
        device: str = typer.Option("auto", "--device", help=DEVICE_HELP),
    ) -> None:
        """Print the scorer's ROC-AUC (with its 95 % interval), AP and macro-F1 on labelled
        pairs; plain cosine's too."""
        from hearing.evasion.csvio import read_rows
        from hearing.evasion.metrics import RESAMPLES, metrics, roc_auc_interval

        more = list(more or [])
        files = [m for m in more if Path(m).is_file()]
        if not labelled.exists() and len(files) == 1:
            # "--positive A B data.csv": click took B for the file and the file for a value
            more = [m for m in more if m != files[0]] + [str(labelled)]
            labelled = Path(files[0])
        required = ("question", "answer", label_col, *([group_col] if group_col else []))
        rows = read_rows(labelled, required).rows
        seen = sorted({r[label_col].strip() for r in rows})
        wanted, unknown = positive_labels([*positive, *more], seen)
        for value in unknown:
            console.print(f"note: no row has {label_col} = {value!r}")
        y = [int(r[label_col].strip() in wanted) for r in rows]
        if not any(y):
            raise InputError(
                f"{labelled}: no row has {label_col} in {sorted(unknown)}; values seen: {seen[:8]}"
            )
        if all(y):
            raise InputError(f"{labelled}: every row is positive; need some negatives too")
        scorer, scored = _score_rows(rows, encoder, device)
        scores = [s.score for s in scored]
        m = metrics(y, scores, [int(s.label != "answered") for s in scored])
        console.print(f"n={len(rows)} positives={sum(y)}")
        console.print(f"encoder={scorer.name}")
        console.print(f"roc_auc={m['roc_auc']:.4f}")
        groups = [r[group_col].strip() for r in rows] if group_col else None
        interval = roc_auc_interval(y, scores, groups)
        what = f"{len(set(groups))} {group_col} groups, whole" if groups else "the rows"
        if interval:
            low, high = interval
            console.print(
                f"roc_auc_ci95={low:.4f}-{high:.4f} ({RESAMPLES} resamples of {what}"
                + ("" if groups else "; --group-col resamples whole interviews")
                + ")"
            )
        else:
            console.print(f"roc_auc_ci95=none (too few {group_col or 'row'}s to resample)")
        console.print(f"average_precision={m['average_precision']:.4f}")
        console.print(f"macro_f1={m['macro_f1']:.4f} (evasive = label partial or evasive)")
        # The same rows ranked by plain cosine alone, so the scorer's gain on this data is
        # plain (on political interviews cosine gives about 0.54 ROC-AUC).
        base = metrics(y, [-s.similarity_whole for s in scored], [0] * len(y))
        console.print(f"baseline_roc_auc={base['roc_auc']:.4f}")
        console.print(f"baseline_average_precision={base['average_precision']:.4f}")
        # the similarities a scorer quotes are its own encoder's (MiniLM's for "both")
        console.print(
            f"(baseline: plain cosine of question and whole answer, {scorer.encoder.name} encoder)"
        )


def positive_labels(values: list[str], seen: list[str]) -> tuple[set[str], list[str]]:
    """The labels in ``seen`` that ``values`` name, and the values naming none.

    ``--positive VALUE...`` is written in several ways: one value per flag, several after one
    flag, or comma-separated in one argument ("Ambivalent,Clear Non-Reply"); a value also
    matches a label differing only in case. A comma-separated value is split only when it is
    not itself a label, so labels holding commas still work.
    """
    by_fold = {label.casefold(): label for label in seen}
    wanted: set[str] = set()
    unknown: list[str] = []
    for raw in values:
        value = raw.strip()
        parts = [value] if value.casefold() in by_fold else value.split(",")
        for part in (p.strip() for p in parts):
            if part.casefold() in by_fold:
                wanted.add(by_fold[part.casefold()])
            elif part:
                unknown.append(part)
    return wanted, unknown
