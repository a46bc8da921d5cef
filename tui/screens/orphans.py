"""The orphaned-notes dialog (``o`` on the hearing screen).

A re-analysis can drop an exchange the analyst had annotated; the library keeps that verdict
and note as an "orphan", with a snapshot of the question it was made on, rather than attach it
to some other exchange. This dialog lists them and lets the analyst put one on the exchange
selected in the hearing screen, or discard it; each after a confirmation showing both texts.

Like the other dialogs it saves nothing itself: it dismisses with an ``OrphanRequest`` and the
hearing screen (``tui/screens/hearing_orphans.py``) writes it to the library.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Label, OptionList, Static
from textual.widgets.option_list import Option

from hearing.store import OrphanedAnnotation
from tui.backend import clock
from tui.screens.dialogs import ConfirmDialog, Dialog
from tui.widgets.detail import VERDICT_TEXT


@dataclass(frozen=True)
class ReattachTarget:
    """The exchange selected in the hearing screen when the dialog opened."""

    exchange_id: int
    question: str
    start: float
    end: float
    annotated: bool  # it already has a verdict or a note: the library would refuse


@dataclass(frozen=True)
class OrphanRequest:
    """What the analyst confirmed: ``reattach`` to ``exchange_id``, or ``discard``."""

    action: str
    orphan: OrphanedAnnotation
    exchange_id: int | None = None
    index: int = 0  # the orphan's row, to reopen the dialog there


def shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def span(start: float | None, end: float | None) -> str:
    if start is None:
        return "no time"
    return clock(start) if end is None else f"{clock(start)}–{clock(end)}"


def orphan_summary(o: OrphanedAnnotation, question_chars: int = 150) -> Text:
    """Three lines: when and what the verdict was, the question, the note."""
    made = o.updated_at[:10] if o.updated_at else ""
    head = [span(o.start, o.end), f"was #{o.exchange_id}", VERDICT_TEXT.get(o.verdict, "?")]
    head += [x for x in (o.author, made) if x]
    return Text.assemble(
        (" · ".join(head), "bold"),
        "\n",
        ("Q  ", "bold"),
        (shorten(o.question, question_chars) or "(no question text)", "italic"),
        "\n",
        ("Note  ", "bold"),
        (o.note, "") if o.note else ("none (a verdict only)", "dim"),
    )


def _grid(*rows: tuple[str, Text | str]) -> Table:
    """Label and text side by side, so that wrapped text keeps its indent."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column()
    for label, text in rows:
        grid.add_row(label, text)
    return grid


def reattach_text(o: OrphanedAnnotation, target: ReattachTarget) -> Group:
    """Both sides of a reattach: what the note was made on, and where it would go."""
    work = Text.assemble((VERDICT_TEXT.get(o.verdict, "?"), "bold"), " · ", o.note or "no note")
    return Group(
        Text(f"Made on (before re-analysis, {span(o.start, o.end)})", style="bold"),
        _grid(
            ("  Q", Text(shorten(o.question, 300), style="italic")),
            ("  A", Text(shorten(o.answer, 160), style="dim")),
            ("  ", work),
        ),
        Text(""),
        Text(
            f"Goes to exchange #{target.exchange_id} ({span(target.start, target.end)})",
            style="bold",
        ),
        _grid(("  Q", Text(shorten(target.question, 300), style="italic"))),
    )


class OrphansDialog(Dialog):
    """Orphaned verdicts/notes of one hearing; r reattaches, x discards, Escape closes."""

    BINDINGS = [
        Binding("r", "reattach", "Reattach"),
        Binding("x,delete", "discard", "Discard"),
    ]

    def __init__(
        self, orphans: list[OrphanedAnnotation], target: ReattachTarget | None, index: int = 0
    ) -> None:
        super().__init__()
        self.orphans = orphans
        self.target = target
        self.index = max(0, min(index, len(orphans) - 1))

    def compose(self) -> ComposeResult:
        n = len(self.orphans)
        with Vertical(classes="dialog", id="orphans-dialog"):
            yield Label(
                f"Orphaned notes · {n} lost {'its' if n == 1 else 'their'} exchange on re-analysis",
                classes="dialog-title",
            )
            options: list[Option | None] = []
            for k, orphan in enumerate(self.orphans):
                if k:
                    options.append(None)  # a separator
                options.append(Option(orphan_summary(orphan), id=str(orphan.id)))
            yield OptionList(*options, id="orphans-list")
            yield Static(self._target_text(), id="orphans-target")
            yield Label("Enter or r reattach · x discard · Esc close", classes="dialog-hint")
            with Horizontal(classes="dialog-buttons"):
                yield Button(
                    self._reattach_label(),
                    variant="primary",
                    id="reattach",
                    disabled=self.target is None,
                )
                yield Button("Discard…", variant="error", id="discard")
                yield Button("Close", id="cancel")

    def _reattach_label(self) -> str:
        return "Reattach…" if self.target is None else f"Reattach to #{self.target.exchange_id}…"

    def _target_text(self) -> Text:
        t = self.target
        if t is None:
            return Text("No exchange is selected: close, select one, and press o again.")
        text = Text.assemble(
            ("Reattach goes to the selected exchange ", ""),
            (f"#{t.exchange_id} ({span(t.start, t.end)})", "bold"),
            ": ",
            (shorten(t.question, 90), "italic"),
        )
        if t.annotated:
            text.append("\nIt already has a verdict or note; pick an exchange without one.")
        return text

    def on_mount(self) -> None:
        self.app.clear_notifications()  # the "press o" warning would cover the buttons
        options = self.query_one(OptionList)
        options.highlighted = options.get_option_index(str(self.orphans[self.index].id))
        options.focus()

    def _selected(self) -> tuple[int, OrphanedAnnotation] | None:
        options = self.query_one(OptionList)
        if options.highlighted is None:
            return None
        orphan_id = options.get_option_at_index(options.highlighted).id
        for k, orphan in enumerate(self.orphans):
            if str(orphan.id) == orphan_id:
                return k, orphan
        return None

    @on(Button.Pressed, "#reattach")
    @on(OptionList.OptionSelected)
    def action_reattach(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        index, orphan = chosen
        target = self.target
        if target is None:
            self.notify(
                "No exchange is selected: close this, select the exchange the note belongs "
                "to, then press o again.",
                severity="warning",
            )
            return
        if target.annotated:
            self.notify(
                f"Exchange #{target.exchange_id} already has a verdict or note: "
                "pick an exchange without one (or clear it first).",
                severity="error",
            )
            return

        def confirmed(ok: bool | None) -> None:
            if ok:
                self.dismiss(OrphanRequest("reattach", orphan, target.exchange_id, index))

        self.app.push_screen(
            ConfirmDialog("Reattach this note?", reattach_text(orphan, target), "Reattach"),
            confirmed,
        )

    @on(Button.Pressed, "#discard")
    def action_discard(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        index, orphan = chosen

        def confirmed(ok: bool | None) -> None:
            if ok:
                self.dismiss(OrphanRequest("discard", orphan, None, index))

        body = Group(orphan_summary(orphan, 300), Text(""), Text("This cannot be undone."))
        self.app.push_screen(
            ConfirmDialog("Discard this orphaned note?", body, "Discard", danger=True), confirmed
        )
