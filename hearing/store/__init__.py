"""The hearing library: an SQLite file of analysed hearings and the analyst's work on them.

Public API: ``Library`` (open, import, load, annotate, search), ``HearingSummary``,
``SearchHit``. See ``library.py`` for the safety rules every write follows.
"""

from hearing.store.library import HearingSummary, Library, default_path
from hearing.store.schema import SCHEMA_VERSION
from hearing.store.search import SearchHit, to_fts_query

__all__ = [
    "SCHEMA_VERSION",
    "HearingSummary",
    "Library",
    "SearchHit",
    "default_path",
    "to_fts_query",
]
