"""The hearing library: an SQLite file of analysed hearings and the analyst's work on them.

Public API: ``Library`` (open, import, load, annotate, search, orphaned annotations),
``AnalystWork``, ``HearingSummary``, ``ImportReport``, ``OrphanedAnnotation``, ``SearchHit``. See
``library.py`` for the safety rules every write follows.
"""

from hearing.store.anchoring import ImportReport
from hearing.store.library import Library, default_path
from hearing.store.records import AnalystWork, HearingSummary, OrphanedAnnotation
from hearing.store.schema import SCHEMA_VERSION
from hearing.store.search import SearchHit, to_fts_query

__all__ = [
    "SCHEMA_VERSION",
    "AnalystWork",
    "HearingSummary",
    "ImportReport",
    "Library",
    "OrphanedAnnotation",
    "SearchHit",
    "default_path",
    "to_fts_query",
]
