"""Plain text: the transcript as people read it, with flags and notes inline."""

from __future__ import annotations

from hearing.export.view import (
    REASON_GROUPS,
    DocumentView,
    clock,
    exchange_ref,
    grouped_line,
    one_line,
    reason_groups,
    turn_words,
)

# One word per group keeps each ">>" line greppable: "sign", "against", "noted".
TEXT_TAGS = dict(zip(REASON_GROUPS, ("sign", "against", "noted"), strict=True))


def render(view: DocumentView) -> str:
    doc = view.doc
    out = [one_line(view.title), "=" * min(len(one_line(view.title)), 78)]
    out.append(f"Source: {doc.source.path} ({clock(doc.source.duration)})")
    out.append("Speakers: " + ", ".join(f"{view.name(s.id)} ({s.role})" for s in doc.speakers))
    if view.filtered:
        out.append("Showing only the selected exchanges and their turns.")
    if view.models:
        out.append(f"Models: {view.models}")
    if view.transcript_note:
        out.append(f"Transcript: {view.transcript_note}")
    out.append("")
    for t in view.turns:
        out.append(f"[{clock(t.start)}] {view.name(t.speaker)}: {one_line(t.text)}")
        v = view.turn_exchange.get(t.id)
        if v is not None and (v.flagged or v.verdict or v.note):
            e = v.exchange
            flag = "FLAGGED" if v.flagged else "NOT FLAGGED"
            out.append(f"    >> {flag}: {e.label} {e.score:.2f} ({exchange_ref(e)})")
            for heading, reasons in reason_groups(e.reasons):
                tag = TEXT_TAGS[heading]
                out += [f"    >> {tag}: {grouped_line(r)}" for r in reasons]
            if v.verdict:
                out.append(f"    >> verdict: {v.verdict}")
            if v.note:
                out.append(f"    >> note: {one_line(v.note)}")
        out.append("")
    if view.word_timing:
        out += ["Word timing", "-----------"]
        for t in view.turns:
            for w in turn_words(doc, t):
                out.append(
                    f"{clock(w.start, millis=True)}\t{clock(w.end, millis=True)}\t"
                    f"{view.name(w.speaker or t.speaker)}\t{w.text}"
                )
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"
