"""Markdown: the annotated transcript and the flagged exchanges, for notes and wikis."""

from __future__ import annotations

import re

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

_SPECIAL = re.compile(r"([\\`*_\[\]<>|#~])")


def esc(text: str) -> str:
    """Escape what Markdown would read as markup, on one line."""
    return _SPECIAL.sub(r"\\\1", one_line(text))


def _section_title(view: DocumentView) -> str:
    return "Selected exchanges" if view.filtered else "Flagged exchanges"


def _listed(view: DocumentView) -> list[ExchangeView]:
    return view.exchanges if view.filtered else view.flagged


def _flag_line(v: ExchangeView) -> str:
    bits = [f"**{v.exchange.label}** ({v.exchange.score:.2f}), {exchange_ref(v.exchange)}"]
    if v.verdict:
        bits.append(f"verdict: **{v.verdict}**")
    if v.note:
        bits.append(f"note: {esc(v.note)}")
    return "> ⚑ " + " · ".join(bits)


def render(view: DocumentView) -> str:
    doc = view.doc
    out = [f"# {esc(view.title)}", ""]
    out.append(f"- Source: {esc(doc.source.path)} ({clock(doc.source.duration)})")
    reviewed = sum(1 for x in view.exchanges if x.verdict)
    out.append(
        f"- Exchanges: {len(view.exchanges)} · flagged: {len(view.flagged)} · reviewed: {reviewed}"
    )
    if view.filtered:
        out.append("- Showing only the selected exchanges and their turns")
    if view.models:
        out.append(f"- Models: {esc(view.models)}")
    if view.transcript_note:
        out.append(f"- **Transcript:** {esc(view.transcript_note)}")
    out += ["", "## Speakers", "", "| Speaker | Role | Id | Exchanges |", "|---|---|---|---|"]
    for s in doc.speakers:
        out.append(
            f"| {esc(view.name(s.id))} | {esc(s.role)} | {esc(s.id)} | {esc(view.tally(s.id))} |"
        )
    listed = _listed(view)
    out += ["", f"## {_section_title(view)}", ""]
    if not listed:
        out.append("None.")
    else:
        out += [
            f"*{FLAG_CAVEAT}*",
            "",
            "| # | Time | Asker | Answerer | Label | Score | Verdict | Note |",
            "|---|---|---|---|---|---|---|---|",
        ]
        for v in listed:
            e = v.exchange
            out.append(
                f"| {e.id} | {clock(e.start)} | {esc(view.name(e.asker))} | "
                f"{esc(view.name(e.answerer))} | {e.label} | {e.score:.2f} | "
                f"{v.verdict or '—'} | {esc(v.note) or '—'} |"
            )
        for v in listed:
            e = v.exchange
            out += ["", f"### Exchange {e.id} · {clock(e.start)} · {e.label} ({e.score:.2f})", ""]
            if e.follows is not None:
                out += [f"*Follow-up to exchange {e.follows}.*", ""]
            out.append(f"**Question — {esc(view.name(e.asker))}:** {esc(e.question)}")
            out.append("")
            out.append(f"**Answer — {esc(view.name(e.answerer))}:** {esc(e.answer)}")
            for heading, reasons in reason_groups(e.reasons):
                out += ["", f"{heading}:", ""]
                out += [f"- **{esc(r.sign)}**: {esc(signed_line(r))}" for r in reasons]
            if v.verdict:
                out += ["", f"Verdict: **{v.verdict}**"]
            if v.note:
                out += ["", f"> Note: {esc(v.note)}"]
    out += ["", "## Transcript", ""]
    for t in view.turns:
        out.append(f"**[{clock(t.start)}] {esc(view.name(t.speaker))}:** {esc(t.text)}")
        v = view.turn_exchange.get(t.id)
        if v is not None and (v.flagged or v.verdict or v.note):
            out += ["", _flag_line(v)]
        out.append("")
    if view.word_timing:
        out += ["## Word timing", "", "| Word | Start | End | Speaker |", "|---|---|---|---|"]
        for t in view.turns:
            for w in turn_words(view.doc, t):
                out.append(
                    f"| {esc(w.text)} | {clock(w.start, millis=True)} | "
                    f"{clock(w.end, millis=True)} | {esc(view.name(w.speaker or t.speaker))} |"
                )
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"
