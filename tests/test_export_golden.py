"""Golden files: every format's output on the sample hearing, byte for byte.

Regenerate after an intended change with ``UPDATE_GOLDEN=1 pytest tests/test_export_golden.py``
and review the diff. DOCX is a zip with build timestamps, so its golden is a text dump of the
paragraphs with their bold/italic/highlight marks.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from docs_factory import sample_document

from hearing.export import FORMATS, render

GOLDEN = Path(__file__).resolve().parent / "golden"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"

CASES = [(fmt, {}) for fmt in FORMATS] + [
    ("md", {"only_flagged": True}),
    ("txt", {"only_confirmed": True}),
    ("vtt", {"word_timing": True}),
    ("json", {"only_flagged": True, "word_timing": True}),
    ("csv", {"only_flagged": True}),
    ("rttm", {"only_flagged": True}),
]


def docx_dump(data: bytes) -> str:
    """The DOCX's visible content with formatting marks, for a readable, stable golden."""
    import docx

    document = docx.Document(io.BytesIO(data))
    lines = []
    for p in document.paragraphs:
        runs = []
        for r in p.runs:
            marks = "".join(
                m for m, on in (("B", r.bold), ("I", r.italic), ("H", r.font.highlight_color))
                if on
            )  # fmt: skip
            hl = f":{r.font.highlight_color}" if r.font.highlight_color else ""
            runs.append(f"[{marks}{hl}]{r.text}" if marks else r.text)
        lines.append(f"{p.style.name}| " + "".join(runs))
    for table in document.tables:
        for row in table.rows:
            lines.append("table| " + " | ".join(c.text for c in row.cells))
    props = document.core_properties
    lines.append(f"core| title={props.title} created={props.created} author={props.author}")
    return "\n".join(lines) + "\n"


def golden_name(fmt: str, opts: dict) -> str:
    suffix = "".join(f".{k}" for k in sorted(opts))
    return f"sample{suffix}.{fmt}" + (".txt" if fmt == "docx" else "")


@pytest.mark.parametrize(("fmt", "opts"), CASES, ids=[golden_name(f, o) for f, o in CASES])
def test_golden(fmt, opts):
    out = render(sample_document(), fmt, **opts)
    text = docx_dump(out) if fmt == "docx" else out
    path = GOLDEN / golden_name(fmt, opts)
    if UPDATE:
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(text.encode("utf-8"))
    assert path.exists(), f"missing golden {path.name}; run with UPDATE_GOLDEN=1 and review it"
    assert text == path.read_bytes().decode("utf-8")


def test_rendering_is_deterministic():
    for fmt in FORMATS:
        a, b = render(sample_document(), fmt), render(sample_document(), fmt)
        if fmt == "docx":
            a, b = docx_dump(a), docx_dump(b)
        assert a == b, fmt
