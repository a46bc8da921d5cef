"""Exports: every format is a view of the same hearing document.

``render(doc, fmt, **opts)`` returns the export as text (or bytes for DOCX);
``export_document(doc, fmt, out_path, ...)`` writes it atomically and refuses to overwrite an
existing file unless ``force``. Options: ``only_flagged`` (exchanges labelled partial/evasive
or flagged by the analyst, minus dismissed ones), ``only_confirmed`` (verdict "confirmed"),
``word_timing`` (JSON words; a per-word timing appendix in the readable formats; inline word
times in WebVTT). With a filter, transcript formats show only the selected exchanges' turns.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from pathlib import Path

from hearing.document import HearingDocument
from hearing.errors import InputError, OutputExists
from hearing.export import csv_table, html_report, json_doc, markdown, rttm, subtitles, text
from hearing.export.view import DocumentView, build_view, is_flagged
from hearing.fsutil import atomic_write_bytes, occupied

FORMATS = ("json", "md", "html", "csv", "srt", "vtt", "docx", "rttm", "txt")
EXTENSIONS = {fmt: f".{fmt}" for fmt in FORMATS}


def _docx(view: DocumentView) -> bytes:
    from hearing.export import docx_report  # python-docx is imported only when needed

    return docx_report.render(view)


RENDERERS: dict[str, Callable[[DocumentView], str | bytes]] = {
    "json": json_doc.render,
    "md": markdown.render,
    "html": html_report.render,
    "csv": csv_table.render,
    "srt": subtitles.render_srt,
    "vtt": subtitles.render_vtt,
    "docx": _docx,
    "rttm": rttm.render,
    "txt": text.render,
}

_ALIASES = {"markdown": "md", "htm": "html", "webvtt": "vtt", "text": "txt", "word": "docx"}
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10))}
_RESERVED |= {f"lpt{i}" for i in range(1, 10)}


def normalise_format(fmt: str) -> str:
    name = fmt.strip().lower().lstrip(".")
    name = _ALIASES.get(name, name)
    if name not in FORMATS:
        raise InputError(f"unknown export format {fmt!r}; choose from {', '.join(FORMATS)}")
    return name


def sanitize_filename(name: str, fallback: str = "hearing", max_len: int = 100) -> str:
    """A file name safe on every common file system, from a title or any text."""
    name = unicodedata.normalize("NFKC", name)
    name = re.sub(r"[^\w.\-]+", "_", name, flags=re.UNICODE)
    name = re.sub(r"_+", "_", name).strip("._-")[:max_len].rstrip("._-")
    if not name or name.split(".")[0].lower() in _RESERVED:
        name = f"{fallback}_{name}" if name else fallback
    return name


def default_filename(doc: HearingDocument, fmt: str) -> str:
    fmt = normalise_format(fmt)
    base = doc.title or Path(doc.source.path).stem or "hearing"
    return sanitize_filename(base) + EXTENSIONS[fmt]


def render(
    doc: HearingDocument,
    fmt: str,
    *,
    only_flagged: bool = False,
    only_confirmed: bool = False,
    word_timing: bool = False,
) -> str | bytes:
    fmt = normalise_format(fmt)
    view = build_view(
        doc, only_flagged=only_flagged, only_confirmed=only_confirmed, word_timing=word_timing
    )
    return RENDERERS[fmt](view)


def export_document(
    doc: HearingDocument,
    fmt: str,
    out_path: str | Path,
    *,
    only_flagged: bool = False,
    only_confirmed: bool = False,
    word_timing: bool = False,
    force: bool = False,
) -> Path:
    """Write one export; ``out_path`` may be a folder (the file is named from the title)."""
    fmt = normalise_format(fmt)
    out = Path(out_path).expanduser()
    if out.is_dir() or str(out_path).endswith(("/", "\\")):
        out = out / default_filename(doc, fmt)
    if occupied(out) and not force:
        raise OutputExists(out)
    data = render(
        doc, fmt, only_flagged=only_flagged, only_confirmed=only_confirmed, word_timing=word_timing
    )
    payload = data.encode("utf-8") if isinstance(data, str) else data
    return atomic_write_bytes(out, payload, force=force)


__all__ = [
    "EXTENSIONS",
    "FORMATS",
    "default_filename",
    "export_document",
    "is_flagged",
    "normalise_format",
    "render",
    "sanitize_filename",
]
