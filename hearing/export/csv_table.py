"""CSV of exchanges: one row per exchange, for spreadsheets.

Cells that a spreadsheet would run as a formula (starting with = + - @ or a tab/CR) get a
leading apostrophe: a transcript is untrusted text and must not execute when opened.
"""

from __future__ import annotations

import csv
import io

from hearing.export.view import DocumentView, one_line, reasons_text

COLUMNS = (
    "id", "start", "end", "asker", "answerer", "question", "answer",
    "score", "label", "reasons", "verdict", "note", "follows",
)  # fmt: skip


def safe_cell(text: str) -> str:
    text = one_line(text)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def render(view: DocumentView) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for v in view.exchanges:
        e = v.exchange
        writer.writerow(
            (
                e.id,
                f"{e.start:.3f}",
                f"{e.end:.3f}",
                safe_cell(view.name(e.asker)),
                safe_cell(view.name(e.answerer)),
                safe_cell(e.question),
                safe_cell(e.answer),
                f"{e.score:.3f}",
                e.label,
                safe_cell(reasons_text(v)),
                v.verdict,
                safe_cell(v.note),
                "" if e.follows is None else e.follows,
            )
        )
    return buf.getvalue()
