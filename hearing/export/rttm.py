"""RTTM: who spoke when, for diarization tools and scoring (pyannote.metrics, dscore).

Uses the diarizer's exclusive segments when the document has them, else the turns. Speaker
fields cannot hold spaces, so display names are sanitised (and kept distinct: two speakers
renamed alike get their ids appended). With a filter, segments are clipped to the selected
exchanges' time spans.
"""

from __future__ import annotations

import re
from pathlib import Path

from hearing.export.view import DocumentView


def _token(text: str, fallback: str) -> str:
    token = re.sub(r"[^\w.\-]+", "_", text, flags=re.UNICODE).strip("_")
    return token or fallback


def speaker_tokens(view: DocumentView) -> dict[str, str]:
    tokens: dict[str, str] = {}
    used: dict[str, int] = {}
    ids = [s.id for s in view.doc.speakers]
    for sid in ids:
        tok = _token(view.name(sid), _token(sid, "speaker"))
        used[tok] = used.get(tok, 0) + 1
        tokens[sid] = tok
    for sid in ids:
        if used[tokens[sid]] > 1:
            tokens[sid] = f"{tokens[sid]}_{_token(sid, 'speaker')}"
    return tokens


def render(view: DocumentView) -> str:
    doc = view.doc
    file_id = _token(Path(doc.source.path).stem if doc.source.path else view.title, "hearing")
    tokens = speaker_tokens(view)
    if doc.segments:
        spans = [(s.start, s.end, s.speaker) for s in doc.segments]
    else:
        spans = [(t.start, t.end, t.speaker) for t in doc.turns]
    if view.filtered:
        windows = [(v.exchange.start, v.exchange.end) for v in view.exchanges]
        clipped = []
        for a, b, spk in spans:
            for wa, wb in windows:
                lo, hi = max(a, wa), min(b, wb)
                if hi > lo:
                    clipped.append((lo, hi, spk))
        spans = clipped
    lines = []
    for start, end, spk in sorted(spans):
        if end <= start:
            continue
        name = tokens.get(spk) or _token(spk, "speaker")
        lines.append(
            f"SPEAKER {file_id} 1 {start:.3f} {end - start:.3f} <NA> <NA> {name} <NA> <NA>"
        )
    return "\n".join(lines) + ("\n" if lines else "")
