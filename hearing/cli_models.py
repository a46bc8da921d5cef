"""``hearing models``: which models are installed, from which package, and are they intact."""

from __future__ import annotations

import typer
from rich.console import Console
from rich.table import Column, Table

from hearing.errors import ModelError


def register(app: typer.Typer) -> None:
    @app.command("models")
    def models_cmd(
        quiet: bool = typer.Option(False, "--quiet", "-q", help="Only report problems."),
    ) -> None:
        """List the offline models (id, role, package, size, licence, status); verify checksums."""
        from models.registry import ENTRIES, ModelMissing, verify

        table = Table(Column("id", no_wrap=True), "role", "package", "size", "licence", "status")
        problems: list[str] = []
        for e in ENTRIES:
            try:
                status = verify(e.id)
            except ModelMissing as exc:
                status = "[red]missing/corrupt[/]"
                problems.append(str(exc))
            table.add_row(
                e.id,
                e.role,
                f"{e.package}=={e.version}",
                f"{e.size / 1e6:.1f} MB",
                e.licence,
                "[green]ok[/]" if status == "ok" else status,
            )
        # MiniLM's onnxruntime export (int8) is made here once (set-up runs this), not in a
        # first analysis; where it cannot be made, MiniLM runs on torch: slower, scores
        # within about 0.01.
        cpu_runtime = _prepare_cpu_minilm() if not problems else None
        if not quiet:
            console = Console()
            console.print(table)
            _print_devices(console)
            if cpu_runtime:
                console.print(f"MiniLM on the CPU runs on {cpu_runtime}", highlight=False)
        if problems:
            raise ModelError(
                problems[0] + (f" (+{len(problems) - 1} more)" if len(problems) > 1 else "")
            )


def _prepare_cpu_minilm() -> str:
    """Which runtime MiniLM uses on the CPU, exporting it for onnxruntime if need be."""
    from models.minilm_onnx import OnnxUnavailable, load_onnx_sentence_model

    try:
        load_onnx_sentence_model()
    except OnnxUnavailable as exc:
        return f"torch (slower, scores within ~0.01): {exc}"
    return "onnxruntime (int8 weights)"


def _print_devices(console: Console) -> None:
    """Where ``--device auto`` would run each engine, and why not on the GPU if not."""
    from models.devices import ctranslate2_cuda_problem, resolve_devices, torch_cuda_problem

    got = resolve_devices("auto")
    console.print(
        f"--device auto: Whisper on {got.whisper}, pyannote and MiniLM on {got.torch}",
        highlight=False,
    )
    for engine, problem in (
        ("Whisper", ctranslate2_cuda_problem()),
        ("pyannote and MiniLM", torch_cuda_problem()),
    ):
        if problem:
            console.print(f"  {engine} not on a GPU: {problem}", highlight=False)
