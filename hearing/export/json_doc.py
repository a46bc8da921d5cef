"""JSON: the hearing document itself, with the analyst's names, verdicts and notes in it.

It reads back with ``HearingDocument.load`` and ``hearing import``. Word timings are large
(tens of thousands of entries for a long hearing) and are included only with ``word_timing``;
without them the turns keep their word spans but ``words`` is empty. A filter keeps only the
selected exchanges, their annotations and their turns.
"""

from __future__ import annotations

import copy

from hearing.export.view import DocumentView


def render(view: DocumentView) -> str:
    doc = copy.copy(view.doc)
    if not view.word_timing:
        doc.words = []
    if view.filtered:
        keep = {v.exchange.id for v in view.exchanges}
        doc.exchanges = [v.exchange for v in view.exchanges]
        doc.annotations = [a for a in doc.annotations if a.exchange_id in keep]
        doc.turns = list(view.turns)
    return doc.to_json(indent=1) + "\n"
