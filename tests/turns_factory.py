"""Hand-built turns for the pure pairing, role and name tests (no models, no audio)."""

from __future__ import annotations

from hearing.document import Turn


def turns_of(*lines: tuple[str, str]) -> list[Turn]:
    """One turn per (speaker, text), ~0.3 s a word with 0.2 s pauses between turns."""
    out, t = [], 0.0
    for i, (spk, text) in enumerate(lines):
        dur = 0.3 * max(len(text.split()), 1)
        out.append(Turn(i, spk, t, t + dur, text, 0, 0))
        t += dur + 0.2
    return out
