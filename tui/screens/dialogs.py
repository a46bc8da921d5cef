"""Small modal dialogs: note, speaker name, speaker role, export, open a recording, confirm.

Each returns its result through ``dismiss`` (``None`` when cancelled with Escape); the
screen that opened it writes the result to the store, so a dialog never saves on its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rich.console import RenderableType
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import (
    Button,
    Checkbox,
    Input,
    Label,
    OptionList,
    Select,
    Static,
    TextArea,
)
from textual.widgets.option_list import Option

from hearing.document import ROLES


class Dialog(ModalScreen):
    """Escape cancels every dialog."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def action_cancel(self) -> None:
        self.dismiss(None)

    def buttons(self, ok: str) -> ComposeResult:
        with Horizontal(classes="dialog-buttons"):
            yield Button(ok, variant="primary", id="ok")
            yield Button("Cancel", id="cancel")

    @on(Button.Pressed, "#cancel")
    def _cancel_pressed(self) -> None:
        self.dismiss(None)


class OptionBox(Checkbox, inherit_bindings=False):
    """A dialog option toggled with Space only.

    Textual's checkbox also toggles on Enter, so ticking "Overwrite" and pressing Enter,
    as the dialog's hint says, un-ticked it again and exported nothing; Enter is left to
    the dialog.
    """

    BINDINGS = [Binding("space", "toggle_button", "Toggle", show=False)]


class NoteDialog(Dialog):
    """Edit the analyst's note on one exchange; Ctrl+S saves, Escape cancels."""

    BINDINGS = [Binding("ctrl+s", "save", "Save note", priority=True)]

    def __init__(self, title: str, note: str) -> None:
        super().__init__()
        self.title_text = title
        self.note = note

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="note-dialog"):
            yield Label(self.title_text, classes="dialog-title")
            yield TextArea(self.note, id="note-text", soft_wrap=True)
            yield Label("Ctrl+S save · Esc cancel", classes="dialog-hint")
            yield from self.buttons("Save")

    def on_mount(self) -> None:
        area = self.query_one(TextArea)
        area.cursor_blink = False
        area.focus()
        area.move_cursor(area.document.end)

    def action_save(self) -> None:
        self.dismiss(self.query_one(TextArea).text.strip())

    @on(Button.Pressed, "#ok")
    def _ok(self) -> None:
        self.action_save()


class RenameDialog(Dialog):
    """Give a speaker a display name; every view and export shows it from then on."""

    def __init__(
        self, speakers: list[tuple[str, str]], selected: str, name: str | None = None
    ) -> None:
        super().__init__()
        self.speakers = speakers  # (display name, id)
        self.selected = selected
        self.typed = name  # a name typed before, given back after a failed save

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="rename-dialog"):
            yield Label("Rename speaker", classes="dialog-title")
            yield Select(
                [(f"{name} ({sid})", sid) for name, sid in self.speakers],
                value=self.selected,
                allow_blank=False,
                id="rename-speaker",
            )
            typed = self._name_of(self.selected) if self.typed is None else self.typed
            yield Input(typed, placeholder="Display name", id="rename-name")
            yield Label("Enter save (empty: detected name) · Esc cancel", classes="dialog-hint")
            yield from self.buttons("Rename")

    def _name_of(self, sid: str) -> str:
        return next((name for name, s in self.speakers if s == sid), "")

    def on_mount(self) -> None:
        name = self.query_one(Input)
        name.cursor_blink = False
        name.focus()

    @on(Select.Changed, "#rename-speaker")
    def _speaker_changed(self, event: Select.Changed) -> None:
        if self.typed is not None and str(event.value) == self.selected:
            return  # the Select settling on its first value: keep the name given back
        self.query_one(Input).value = self._name_of(str(event.value))

    @on(Input.Submitted)
    @on(Button.Pressed, "#ok")
    def _ok(self) -> None:
        name = self.query_one(Input).value.strip()  # empty: back to the detected name
        self.dismiss((str(self.query_one(Select).value), name))


class RoleDialog(Dialog):
    """Set whether a speaker asks (member) or answers (witness); Enter on a role saves."""

    def __init__(self, speakers: list[tuple[str, str, str]], selected: str) -> None:
        super().__init__()
        self.speakers = speakers  # (display name, id, role)
        self.selected = selected

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="role-dialog"):
            yield Label("Set speaker role", classes="dialog-title")
            yield Select(
                [(f"{name} ({sid})", sid) for name, sid, _ in self.speakers],
                value=self.selected,
                allow_blank=False,
                id="role-speaker",
            )
            yield OptionList(*[Option(role, id=role) for role in ROLES], id="role-list")
            yield Label("Enter set role · Esc cancel", classes="dialog-hint")

    def _role_of(self, sid: str) -> str:
        return next((role for _, s, role in self.speakers if s == sid), "unknown")

    def on_mount(self) -> None:
        roles = self.query_one(OptionList)
        roles.highlighted = ROLES.index(self._role_of(self.selected))
        roles.focus()

    @on(Select.Changed, "#role-speaker")
    def _speaker_changed(self, event: Select.Changed) -> None:
        self.query_one(OptionList).highlighted = ROLES.index(self._role_of(str(event.value)))

    @on(OptionList.OptionSelected)
    def _ok(self, event: OptionList.OptionSelected) -> None:
        self.dismiss((str(self.query_one(Select).value), str(event.option.id)))


@dataclass(frozen=True)
class ExportRequest:
    fmt: str
    path: Path
    only_flagged: bool = False
    only_confirmed: bool = False
    force: bool = False


class ExportDialog(Dialog):
    """Pick a format and a path; the screen runs the export in a worker."""

    BINDINGS = [Binding("enter", "export", "Export", show=False)]

    def __init__(self, formats: tuple[str, ...], stem: Path, fmt: str | None = None) -> None:
        super().__init__()
        self.formats = formats
        self.stem = stem
        self.fmt = fmt if fmt in formats else formats[0]

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="export-dialog"):
            yield Label("Export hearing", classes="dialog-title")
            yield Select(
                [(f, f) for f in self.formats],
                value=self.fmt,
                allow_blank=False,
                id="export-format",
            )
            yield Input(str(self.stem.with_suffix(f".{self.fmt}")), id="export-path")
            with Horizontal(classes="dialog-options"):
                yield OptionBox("Only flagged", id="export-flagged")
                yield OptionBox("Only confirmed", id="export-confirmed")
                yield OptionBox("Overwrite", id="export-force")
            yield Label("Enter export · Esc cancel", classes="dialog-hint")
            yield from self.buttons("Export")

    def on_mount(self) -> None:
        path = self.query_one(Input)
        path.cursor_blink = False
        path.focus()

    @on(Select.Changed, "#export-format")
    def _format_changed(self, event: Select.Changed) -> None:
        path = self.query_one("#export-path", Input)
        path.value = str(Path(path.value or str(self.stem)).with_suffix(f".{event.value}"))

    def action_export(self) -> None:
        self._ok()

    @on(Input.Submitted)
    @on(Button.Pressed, "#ok")
    def _ok(self) -> None:
        raw = self.query_one("#export-path", Input).value.strip()
        if not raw:
            self.notify("Give a file to write.", severity="warning")
            return
        self.dismiss(
            ExportRequest(
                fmt=str(self.query_one("#export-format", Select).value),
                path=Path(raw).expanduser(),
                only_flagged=self.query_one("#export-flagged", Checkbox).value,
                only_confirmed=self.query_one("#export-confirmed", Checkbox).value,
                force=self.query_one("#export-force", Checkbox).value,
            )
        )


class OpenRecordingDialog(Dialog):
    """Ask for a recording to analyse (library screen)."""

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="open-dialog"):
            yield Label("Analyse a recording", classes="dialog-title")
            yield Input(placeholder="path/to/recording.wav", id="open-path")
            yield Label("Enter analyse · Esc cancel", classes="dialog-hint")
            yield from self.buttons("Analyse")

    def on_mount(self) -> None:
        path = self.query_one(Input)
        path.cursor_blink = False
        path.focus()

    @on(Input.Submitted)
    @on(Button.Pressed, "#ok")
    def _ok(self) -> None:
        raw = self.query_one(Input).value.strip()
        if raw:
            self.dismiss(Path(raw).expanduser())


class ConfirmDialog(Dialog):
    """Ask before an action that changes the analyst's work; dismisses ``True`` or ``None``.

    A ``danger`` action (one that destroys notes) starts on Cancel, so that the Enter that
    follows a stray key press cancels it; ``y`` or the red button confirms."""

    BINDINGS = [Binding("y", "confirm", "Yes", show=False)]

    def __init__(self, title: str, body: RenderableType, ok: str, *, danger: bool = False):
        super().__init__()
        self.title_text = title
        self.body = body
        self.ok = ok
        self.danger = danger

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="confirm-dialog"):
            yield Label(self.title_text, classes="dialog-title")
            yield Static(self.body, id="confirm-body")
            hint = "y confirms" if self.danger else "Enter or y confirm"
            yield Label(f"{hint} · Esc cancel", classes="dialog-hint")
            with Horizontal(classes="dialog-buttons"):
                yield Button(self.ok, variant="error" if self.danger else "primary", id="ok")
                yield Button("Cancel", id="cancel")

    def on_mount(self) -> None:
        self.query_one("#cancel" if self.danger else "#ok", Button).focus()

    @on(Button.Pressed, "#ok")
    def action_confirm(self) -> None:
        self.dismiss(True)
