"""Command palette entries of the hearing screen: every action, export format and filter."""

from __future__ import annotations

from hearing.export import FORMATS
from tui.commands import PaletteCommand
from tui.review import LABEL_FILTERS, STATUS_FILTERS, ReviewState, sign_name

PALETTE = [
    ("Confirm flag", "The flag is right: the answer is evasive", "verdict('confirmed')"),
    ("Dismiss flag", "The flag is wrong: the question was answered", "verdict('dismissed')"),
    ("Flag answer by hand", "Flag (or unflag) an answer the scorer passed", "flag"),
    ("Clear verdict", "Make the selected exchange unreviewed again", "verdict(None)"),
    ("Edit note", "Add or edit the note on the selected exchange", "note"),
    ("Rename speaker", "Give a speaker a display name", "rename"),
    ("Set speaker role", "asker / answerer / unknown", "role"),
    ("Next unreviewed flag", "Jump to the next unreviewed flag", "unreviewed(1)"),
    ("Previous unreviewed flag", "Jump to the previous unreviewed flag", "unreviewed(-1)"),
    ("Go to the earlier answer", "From a follow-up to the answer it presses on", "followed"),
    ("Search transcript", "Find words in the transcript", "search"),
    ("Next search match", "Go to the next match", "match(1)"),
    ("Previous search match", "Go to the previous match", "match(-1)"),
    ("Orphaned notes", "Verdicts/notes a re-analysis left without their exchange", "orphans"),
    ("Play exchange audio", "Listen to the selected exchange (again: stop)", "play"),
    ("Zoom pane", "Maximise or restore the focused pane", "zoom"),
    ("Back to library", "Close this hearing", "back"),
]


def hearing_commands(state: ReviewState | None) -> list[PaletteCommand]:
    cmds = [PaletteCommand(*row) for row in PALETTE]
    for fmt in FORMATS:
        cmds.append(PaletteCommand(f"Export as {fmt}", f"Write a {fmt} file", f"export('{fmt}')"))
    queue_filters = [("label", v, f"Show: {v}") for v in LABEL_FILTERS]
    queue_filters += [("status", v, f"Show status: {v}") for v in STATUS_FILTERS]
    queue_filters.append(("speaker", "", "Show speaker: everyone"))
    queue_filters.append(("sign", "", f"Show sign: {sign_name('')}"))
    if state is not None:
        for s in state.doc.speakers:
            queue_filters.append(("speaker", s.id, f"Show speaker: {s.display_name}"))
        for kind in state.sign_kinds():
            queue_filters.append(("sign", kind, f"Show sign: {sign_name(kind)}"))
    for name, value, title in queue_filters:
        cmds.append(
            PaletteCommand(title, f"{name} filter of the queue", f"filter({name!r}, {value!r})")
        )
    return cmds
