"""From a follow-up to the answer it presses on (a mixin, to keep the hearing screen small).

"So is that a yes?" means little without the answer before it; ``b`` shows that earlier
exchange, in the queue when its filters let it be there, and always in the transcript and
the detail pane.
"""

from __future__ import annotations


class FollowUpLinks:
    """Needs ``state``, ``queue``, ``select_exchange`` and ``_need_exchange``."""

    def action_followed(self) -> None:
        eid = self._need_exchange()
        if eid is None or self.state is None:
            return
        earlier = self.state.exchanges[eid].follows
        if earlier is None or earlier not in self.state.exchanges:
            self.notify("This exchange is not a follow-up to an earlier one.", timeout=3)
            return
        self.select_exchange(earlier)
        if not self.queue.select(earlier):
            self.notify(
                f"Exchange {earlier} is outside the queue's filters; shown below.", timeout=3
            )
