"""A self-contained HTML report: open it anywhere, offline, with nothing fetched.

Inline CSS only, no scripts, no external assets, and a Content-Security-Policy that forbids
loading any, so a report mailed around cannot leak that it was opened. Every piece of text
from the document is escaped (transcripts and notes are untrusted input).
"""

from __future__ import annotations

from html import escape

from hearing.export.view import (
    FLAG_CAVEAT,
    DocumentView,
    ExchangeView,
    clock,
    exchange_ref,
    grouped_line,
    reason_groups,
    signed_line,
    turn_words,
)

CSS = """
:root { color-scheme: light; --evasive: #c62828; --partial: #ef6c00; --analyst: #6a1b9a; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0;
       color: #1d1d1f; background: #fafafa; }
main { max-width: 980px; margin: 0 auto; padding: 24px; }
h1 { font-size: 1.6em; margin: 0 0 4px; } h2 { margin-top: 1.8em; border-bottom: 1px solid #ddd; }
.meta { color: #555; margin: 0; }
.warning { margin: 8px 0; padding: 6px 10px; background: #fff4e5; border-left: 4px solid #ef6c00; }
.legend { display: flex; flex-wrap: wrap; gap: 8px 18px; padding: 0; list-style: none; }
.legend li::before { content: ""; display: inline-block; width: .8em; height: .8em;
       border-radius: 50%; background: var(--c); margin-right: 6px; }
table { border-collapse: collapse; width: 100%; font-size: .92em; background: #fff; }
th, td { border: 1px solid #ddd; padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #f0f0f0; }
.badge { display: inline-block; padding: 0 7px; border-radius: 9px; color: #fff;
       font-size: .8em; font-weight: 600; background: #777; white-space: nowrap; }
.badge.evasive { background: var(--evasive); } .badge.partial { background: var(--partial); }
.badge.analyst { background: var(--analyst); } .badge.answered { background: #2e7d32; }
.turn { margin: 8px 0; padding: 6px 10px 6px 12px; border-left: 4px solid var(--c);
       background: #fff; border-radius: 3px; }
.turn .who { font-weight: 700; color: var(--c); } .turn .time { color: #777;
       font-variant-numeric: tabular-nums; margin-right: 6px; font-size: .85em; }
.turn p { margin: 2px 0 0; }
.turn.flag.evasive { background: #fdecea; } .turn.flag.partial { background: #fff4e5; }
.turn.flag.analyst { background: #f3e5f5; }
.flaginfo { margin: 6px 0 2px; padding: 6px 10px; background: rgba(255,255,255,.7);
       border: 1px dashed #bbb; font-size: .9em; }
.flaginfo ul { margin: 4px 0; padding-left: 20px; }
.note { font-style: italic; } .verdict { font-weight: 600; } .why { margin-top: .3em; }
.dismissed { color: #666; } .dismissed .badge { background: #999; }
"""


def _badge(v: ExchangeView) -> str:
    cls = v.severity or ("answered" if v.exchange.label == "answered" else "")
    return f'<span class="badge {cls}">{escape(v.exchange.label)} {v.exchange.score:.2f}</span>'


def _flag_info(view: DocumentView, v: ExchangeView) -> str:
    e = v.exchange
    rows = [f"{_badge(v)} {exchange_ref(e)}"]
    if v.severity == "analyst":
        rows.append(" · flagged by the analyst")
    if v.verdict:
        rows.append(f' · <span class="verdict">verdict: {escape(v.verdict)}</span>')
    parts = ["".join(rows)]
    for heading, reasons in reason_groups(e.reasons):
        items = "".join(
            f"<li><b>{escape(r.sign)}</b>: {escape(signed_line(r))}</li>" for r in reasons
        )
        parts.append(f'<div class="why">{escape(heading)}:</div><ul>{items}</ul>')
    if v.note:
        parts.append(f'<div class="note">Note: {escape(v.note)}</div>')
    cls = "flaginfo dismissed" if v.verdict == "dismissed" else "flaginfo"
    return f'<div class="{cls}">' + "".join(parts) + "</div>"


def render(view: DocumentView) -> str:
    doc = view.doc
    out = [
        "<!DOCTYPE html>",
        '<html lang="' + escape(doc.language or "en") + '">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta http-equiv="Content-Security-Policy" '
        "content=\"default-src 'none'; style-src 'unsafe-inline'\">",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(view.title)}</title>",
        f"<style>{CSS}</style>",
        "</head>",
        "<body><main>",
        f"<h1>{escape(view.title)}</h1>",
        f'<p class="meta">{escape(doc.source.path)} · {clock(doc.source.duration)} · '
        f"{len(view.exchanges)} exchanges · {len(view.flagged)} flagged · "
        f"{sum(1 for x in view.exchanges if x.verdict)} reviewed</p>",
    ]
    if view.models:
        out.append(f'<p class="meta">Models: {escape(view.models)}</p>')
    if view.filtered:
        out.append('<p class="meta">Showing only the selected exchanges and their turns.</p>')
    if view.transcript_note:
        out.append(f'<p class="warning"><b>Transcript:</b> {escape(view.transcript_note)}</p>')
    out.append('<ul class="legend">')
    for s in doc.speakers:
        out.append(
            f'<li style="--c: {view.colours[s.id]}">{escape(view.name(s.id))} '
            f"<small>({escape(s.role)} · {escape(view.tally(s.id))})</small></li>"
        )
    out.append("</ul>")
    listed = view.exchanges if view.filtered else view.flagged
    out.append(f"<h2>{'Selected' if view.filtered else 'Flagged'} exchanges</h2>")
    if not listed:
        out.append("<p>None.</p>")
    else:
        out.append(f'<p class="meta">{escape(FLAG_CAVEAT)}</p>')
        out.append(
            "<table><thead><tr><th>#</th><th>Time</th><th>Asker</th><th>Answerer</th>"
            "<th>Label</th><th>Reasons</th><th>Verdict</th><th>Note</th></tr></thead><tbody>"
        )
        for v in listed:
            e = v.exchange
            reasons = "<br>".join(
                f"<small>{escape(h)}:</small> " + "; ".join(escape(grouped_line(r)) for r in rs)
                for h, rs in reason_groups(e.reasons)
            )
            out.append(
                f'<tr><td><a href="#ex-{e.id}">{e.id}</a></td><td>{clock(e.start)}</td>'
                f"<td>{escape(view.name(e.asker))}</td><td>{escape(view.name(e.answerer))}</td>"
                f"<td>{_badge(v)}</td><td>{reasons}</td><td>{escape(v.verdict)}</td>"
                f'<td class="note">{escape(v.note)}</td></tr>'
            )
        out.append("</tbody></table>")
    out.append("<h2>Transcript</h2>")
    anchored: set[int] = set()
    for t in view.turns:
        v = view.turn_exchange.get(t.id)
        classes = ["turn"]
        anchor = ""
        if v is not None:
            if v.flagged:
                classes += ["flag", v.severity]
            if v.exchange.id not in anchored:
                anchored.add(v.exchange.id)
                anchor = f' id="ex-{v.exchange.id}"'
        out.append(
            f'<div class="{" ".join(classes)}"{anchor} style="--c: '
            f'{view.colours.get(t.speaker, "#444")}">'
            f'<span class="time">{clock(t.start)}</span>'
            f'<span class="who">{escape(view.name(t.speaker))}</span>'
            f"<p>{escape(t.text)}</p>"
        )
        if v is not None and (v.flagged or v.verdict or v.note):
            out.append(_flag_info(view, v))
        out.append("</div>")
    if view.word_timing:
        out.append("<h2>Word timing</h2>")
        out.append(
            "<table><thead><tr><th>Word</th><th>Start</th><th>End</th><th>Speaker</th>"
            "<th>p</th></tr></thead><tbody>"
        )
        for t in view.turns:
            for w in turn_words(doc, t):
                out.append(
                    f"<tr><td>{escape(w.text)}</td><td>{clock(w.start, millis=True)}</td>"
                    f"<td>{clock(w.end, millis=True)}</td>"
                    f"<td>{escape(view.name(w.speaker or t.speaker))}</td>"
                    f"<td>{w.probability:.2f}</td></tr>"
                )
        out.append("</tbody></table>")
    out += ["</main></body>", "</html>", ""]
    return "\n".join(out)
