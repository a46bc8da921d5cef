"""Library benchmark: import time of a 3-hour hearing, and FTS query time over 100 of them.

Prints one JSON line. The synthetic hearings (``tests/docs_factory.synthetic_document``) have
~1,500 turns, ~30,000 words and ~600 exchanges each, with a realistic vocabulary mix
(function words, policy terms with inflections, a Zipf long tail, rare acronyms). Query time
is measured through ``Library.search`` (FTS5 match, ranking, snippets, speaker names and the
exchange each turn belongs to), limit 50, median of several runs per query.

Usage: ``python bench/store.py [--hearings 100] [--keep PATH]``
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from docs_factory import synthetic_document  # noqa: E402

from hearing.store import Library  # noqa: E402

QUERIES = (
    "Clearview",  # rare name
    "warrant",  # common policy term (stemmed: warrants, warranted)
    "ICE detention",  # two terms, AND
    '"inspector general"',  # phrase
    "surveil*",  # prefix
    "Palantir OR Rekognition",
    "retention deletion request",
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hearings", type=int, default=100)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--keep", type=Path, help="library file to (re)use instead of a temp one")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        path = args.keep or Path(tmp) / "bench.sqlite3"
        with Library.open(path) as lib:
            doc = synthetic_document(seed=0)
            t0 = time.perf_counter()
            lib.import_document(doc)
            first_import = time.perf_counter() - t0
            present = len(lib.list_hearings())
            imports = [first_import]
            for seed in range(max(1, present), args.hearings):
                d = synthetic_document(seed=seed)
                t0 = time.perf_counter()
                lib.import_document(d)
                imports.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            loaded = lib.load(lib.list_hearings()[-1].id)
            load_s = time.perf_counter() - t0
            per_query = {}
            all_times = []
            hits = {}
            for q in QUERIES:
                lib.search(q)  # warm the page cache
                times = []
                for _ in range(args.runs):
                    t0 = time.perf_counter()
                    hits[q] = len(lib.search(q, limit=50))
                    times.append((time.perf_counter() - t0) * 1000)
                per_query[q] = round(statistics.median(times), 2)
                all_times += times
            n_hearings = len(lib.list_hearings())
        size_mb = path.stat().st_size / 1e6
    all_times.sort()
    print(
        json.dumps(
            {
                "bench": "store",
                "hearing_turns": len(doc.turns),
                "hearing_words": len(doc.words),
                "hearing_exchanges": len(doc.exchanges),
                "hearing_hours": round(doc.source.duration / 3600, 2),
                "import_s": round(first_import, 3),
                "import_median_s": round(statistics.median(imports), 3),
                "load_s": round(load_s, 3),
                "loaded_words": len(loaded.words),
                "hearings": n_hearings,
                "library_mb": round(size_mb, 1),
                "fts_query_ms_median": round(statistics.median(all_times), 2),
                "fts_query_ms_p95": round(all_times[int(0.95 * (len(all_times) - 1))], 2),
                "fts_query_ms_max": round(all_times[-1], 2),
                "fts_goal_ms": 50,
                "per_query_ms": per_query,
                "hits": hits,
            }
        )
    )


if __name__ == "__main__":
    main()
