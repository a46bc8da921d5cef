"""What the analyst writes on a hearing: notes, speaker names and roles (a mixin, to keep
the hearing screen small).

Each change is saved to the library first and shown after; a save that fails (the hearing
removed by `hearing remove` meanwhile, a library that cannot be written) gives the typed
text back in its dialog, marked as not saved, instead of dropping it.
"""

from __future__ import annotations

from hearing.errors import HearingError
from tui.screens.dialogs import NoteDialog, RenameDialog, RoleDialog


class AnalystEdits:
    """Needs ``state``, ``library``, ``hearing_id``, ``current``, ``transcript``, ``queue``,
    ``detail`` and ``_need_exchange`` from the screen."""

    def action_note(self) -> None:
        eid = self._need_exchange()
        if eid is None or self.state is None:
            return
        title = f"Note on exchange #{eid}"

        def done(note: str | None) -> None:
            if note is None or self.state is None:
                return
            try:
                self.library.set_note(self.hearing_id, eid, note)
            except HearingError as exc:
                # the typed text is the analyst's work: give it back rather than drop it
                self.notify(f"Note not saved: {exc}", severity="error", timeout=8)
                self.app.push_screen(NoteDialog(f"{title} (not saved)", note), done)
                return
            self.state.set_note(eid, note)
            self.detail.refresh_content()
            self.notify("Note saved." if note else "Note cleared.", timeout=2)

        self.app.push_screen(NoteDialog(title, self.state.note(eid)), done)

    def _default_speaker(self) -> str:
        assert self.state is not None
        if self.current is not None:
            return self.state.exchanges[self.current].answerer
        turns = self.state.doc.turns
        return turns[self.transcript.cursor].speaker if turns else self.state.speaker_ids()[0]

    def action_rename(self) -> None:
        if self.state is None or not self.state.doc.speakers:
            return
        speakers = [(s.display_name, s.id) for s in self.state.doc.speakers]

        def done(result: tuple[str, str] | None) -> None:
            if result is None or self.state is None:
                return
            sid, name = result
            try:
                self.library.rename_speaker(self.hearing_id, sid, name)
            except HearingError as exc:  # as with a note: the typed name comes back
                self.notify(f"Name not saved: {exc}", severity="error", timeout=8)
                self.app.push_screen(RenameDialog(speakers, sid, name), done)
                return
            self.state.rename_speaker(sid, name)
            self._speakers_changed()
            self.notify(f"{sid} is now “{self.state.doc.display_name(sid)}”.", timeout=3)

        self.app.push_screen(RenameDialog(speakers, self._default_speaker()), done)

    def action_role(self) -> None:
        if self.state is None or not self.state.doc.speakers:
            return
        speakers = [(s.display_name, s.id, s.role) for s in self.state.doc.speakers]

        def done(result: tuple[str, str] | None) -> None:
            if result is None or self.state is None:
                return
            sid, role = result
            try:
                self.library.set_role(self.hearing_id, sid, role)
            except HearingError as exc:
                self.notify(str(exc), severity="error")
                return
            self.state.set_role(sid, role)
            self._speakers_changed()
            self.notify(f"{self.state.doc.display_name(sid)}: {role}", timeout=3)

        self.app.push_screen(RoleDialog(speakers, self._default_speaker()), done)

    def _speakers_changed(self) -> None:
        self.transcript.invalidate()
        self.queue.refresh_speakers()
        self.queue.rebuild(keep=self.current)
        self.detail.refresh_content()
