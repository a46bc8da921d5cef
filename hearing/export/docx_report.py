"""DOCX for analysts who work in Word: headings, bold speaker names, flags highlighted.

Flagged answers are highlighted by severity (evasive: pink, partial: yellow, flagged by the
analyst: turquoise) with the reasons, verdict and note beneath. The file's timestamps come
from the document, not the clock, so the same hearing gives the same text and metadata.
"""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime

from docx import Document
from docx.enum.text import WD_COLOR_INDEX
from docx.shared import Pt, RGBColor

from hearing.export.view import (
    FLAG_CAVEAT,
    DocumentView,
    ExchangeView,
    clock,
    exchange_ref,
    one_line,
    reason_groups,
    signed_line,
    turn_words,
)

HIGHLIGHT = {
    "evasive": WD_COLOR_INDEX.PINK,
    "partial": WD_COLOR_INDEX.YELLOW,
    "analyst": WD_COLOR_INDEX.TURQUOISE,
}
_XML_BAD = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def clean(text: str) -> str:
    """Word's XML cannot hold control characters; drop them rather than fail."""
    return _XML_BAD.sub("", text)


def _rgb(hex_colour: str) -> RGBColor:
    return RGBColor.from_string(hex_colour.lstrip("#").upper())


def _created(doc_created: str) -> datetime:
    try:
        return datetime.fromisoformat(doc_created.replace("Z", "+00:00"))
    except ValueError:
        return datetime(2000, 1, 1, tzinfo=UTC)


def _flag_details(document, view: DocumentView, v: ExchangeView) -> None:  # noqa: ANN001
    e = v.exchange
    p = document.add_paragraph(style="List Bullet")
    head = p.add_run(f"{e.label} {e.score:.2f} · {exchange_ref(e)}")
    head.bold = True
    if v.severity in HIGHLIGHT:
        head.font.highlight_color = HIGHLIGHT[v.severity]
    if v.severity == "analyst":
        p.add_run(" · flagged by the analyst")
    if v.verdict:
        p.add_run(f" · verdict: {v.verdict}").bold = True
    for heading, reasons in reason_groups(e.reasons):
        document.add_paragraph(style="List Bullet 2").add_run(clean(f"{heading}:")).bold = True
        for r in reasons:
            document.add_paragraph(clean(f"{r.sign}: {signed_line(r)}"), style="List Bullet 3")
    if v.note:
        note = document.add_paragraph(style="List Bullet 2").add_run(clean(f"Note: {v.note}"))
        note.italic = True


def render(view: DocumentView) -> bytes:
    doc = view.doc
    document = Document()
    props = document.core_properties
    props.title = clean(one_line(view.title))
    props.subject = "Hearing transcript and flagged exchanges"
    props.author = "hearing"
    props.created = props.modified = _created(doc.created_at)
    props.revision = 1
    document.styles["Normal"].font.size = Pt(10.5)
    document.add_heading(clean(one_line(view.title)), level=0)
    document.add_paragraph(
        clean(
            f"{doc.source.path} · {clock(doc.source.duration)} · {len(view.exchanges)} "
            f"exchanges · {len(view.flagged)} flagged"
        )
    )
    if view.models:
        document.add_paragraph(clean(f"Models: {view.models}"))
    if view.filtered:
        document.add_paragraph("Showing only the selected exchanges and their turns.")
    if view.transcript_note:
        warning = document.add_paragraph()
        warning.add_run("Transcript: ").bold = True
        warning.add_run(clean(view.transcript_note))
    document.add_heading("Speakers", level=1)
    for s in doc.speakers:
        p = document.add_paragraph(style="List Bullet")
        run = p.add_run(clean(view.name(s.id)))
        run.bold = True
        run.font.color.rgb = _rgb(view.colours[s.id])
        p.add_run(clean(f" ({s.role} · {view.tally(s.id)})"))
    listed = view.exchanges if view.filtered else view.flagged
    document.add_heading("Selected exchanges" if view.filtered else "Flagged exchanges", level=1)
    if not listed:
        document.add_paragraph("None.")
    else:
        document.add_paragraph().add_run(FLAG_CAVEAT).italic = True
    for v in listed:
        e = v.exchange
        document.add_heading(f"Exchange {e.id} · {clock(e.start)} · {e.label}", level=2)
        q = document.add_paragraph()
        q.add_run(clean(f"{view.name(e.asker)}: ")).bold = True
        q.add_run(clean(one_line(e.question)))
        a = document.add_paragraph()
        a.add_run(clean(f"{view.name(e.answerer)}: ")).bold = True
        answer = a.add_run(clean(one_line(e.answer)))
        if v.severity in HIGHLIGHT:
            answer.font.highlight_color = HIGHLIGHT[v.severity]
        _flag_details(document, view, v)
    document.add_heading("Transcript", level=1)
    for t in view.turns:
        v = view.turn_exchange.get(t.id)
        p = document.add_paragraph()
        p.add_run(f"[{clock(t.start)}] ").font.color.rgb = RGBColor(0x77, 0x77, 0x77)
        who = p.add_run(clean(view.name(t.speaker)) + ": ")
        who.bold = True
        who.font.color.rgb = _rgb(view.colours.get(t.speaker, "#444444"))
        body = p.add_run(clean(one_line(t.text)))
        if v is not None and v.severity in HIGHLIGHT:
            body.font.highlight_color = HIGHLIGHT[v.severity]
        if v is not None and (v.flagged or v.verdict or v.note):
            _flag_details(document, view, v)
    if view.word_timing:
        document.add_heading("Word timing", level=1)
        rows = [(w, t) for t in view.turns for w in turn_words(doc, t)]
        table = document.add_table(rows=1, cols=4)
        table.style = "Table Grid"
        for cell, text in zip(
            table.rows[0].cells, ("Word", "Start", "End", "Speaker"), strict=True
        ):
            cell.text = text
        for w, t in rows:
            cells = table.add_row().cells
            cells[0].text = clean(w.text)
            cells[1].text = clock(w.start, millis=True)
            cells[2].text = clock(w.end, millis=True)
            cells[3].text = clean(view.name(w.speaker or t.speaker))
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()
