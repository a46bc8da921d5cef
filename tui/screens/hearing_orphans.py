"""Orphaned notes on the hearing screen (a mixin, to keep that module small).

On open the screen asks the library once how many verdicts/notes a re-analysis left without
their exchange, and says so; ``o`` opens ``OrphansDialog``, and what the analyst confirms there
is saved through the library before the screen shows it. Nothing here runs per key.
"""

from __future__ import annotations

from hearing.errors import HearingError
from tui.screens.orphans import OrphanRequest, OrphansDialog, ReattachTarget

ORPHANS_KEY = "o"


def orphan_count(n: int) -> str:
    return "1 note lost its exchange" if n == 1 else f"{n} notes lost their exchange"


class OrphanReview:
    """Needs ``state``, ``current``, ``library``, ``hearing_id``, the panes, ``_update_counts``."""

    n_orphans = 0

    @property
    def orphan_badge(self) -> str:
        """Appended to the screen's sub-title while there are orphans."""
        return f" · {self.n_orphans} orphaned" if self.n_orphans else ""

    def _read_orphans(self):
        try:
            orphans = self.library.orphaned_annotations(self.hearing_id)
        except HearingError as exc:
            self.notify(str(exc), severity="error")
            return None
        self.n_orphans = len(orphans)
        return orphans

    def check_orphans(self) -> None:
        """Called once on open: a notification if there are orphans."""
        if self._read_orphans():
            self.notify(
                f"{orphan_count(self.n_orphans)} on re-analysis — press {ORPHANS_KEY} to review.",
                title="Orphaned notes",
                severity="warning",
                timeout=12,
            )

    def action_orphans(self, index: int = 0) -> None:
        if self.state is None:
            return
        orphans = self._read_orphans()
        if orphans is None:
            return
        self._update_counts()
        if not orphans:
            self.notify("No orphaned notes: every verdict and note is on its exchange.", timeout=3)
            return
        self.app.push_screen(OrphansDialog(orphans, self._reattach_target(), index), self._chosen)

    def _reattach_target(self) -> ReattachTarget | None:
        eid = self.current
        if eid is None or eid not in self.state.exchanges:
            return None
        ex = self.state.exchanges[eid]
        annotated = self.state.verdict(eid) is not None or bool(self.state.note(eid))
        return ReattachTarget(eid, ex.question, ex.start, ex.end, annotated)

    def _chosen(self, request: OrphanRequest | None) -> None:
        if request is None or self.state is None:
            return
        if request.action == "reattach" and request.exchange_id is not None:
            self._reattach(request)
        elif request.action == "discard":
            self._discard(request)

    def _reattach(self, request: OrphanRequest) -> None:
        orphan, eid = request.orphan, request.exchange_id
        try:
            self.library.reattach_orphan(self.hearing_id, orphan.id, eid)
        except HearingError as exc:
            self.notify(f"Not reattached: {exc}", severity="error", timeout=8)
            return
        self.state.set_verdict(eid, orphan.verdict)
        self.state.set_note(eid, orphan.note)
        self.n_orphans = max(0, self.n_orphans - 1)
        self.queue.update_row(eid)
        self.detail.refresh_content()
        self.transcript.invalidate()
        self._update_counts()
        more = f" {self.n_orphans} more: press {ORPHANS_KEY}." if self.n_orphans else ""
        self.notify(f"Note reattached to exchange #{eid}.{more}", timeout=4)

    def _discard(self, request: OrphanRequest) -> None:
        try:
            self.library.discard_orphan(self.hearing_id, request.orphan.id)
        except HearingError as exc:
            self.notify(f"Not discarded: {exc}", severity="error", timeout=8)
            return
        self.n_orphans = max(0, self.n_orphans - 1)
        self._update_counts()
        self.notify("Orphaned note discarded.", timeout=3)
        if self.n_orphans:
            # after this dialog is fully gone, not from inside its dismissal
            self.call_after_refresh(self.action_orphans, request.index)
