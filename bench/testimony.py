"""How the evasion scorer ranks and labels hearing-style answers: samples/testimony_pairs.csv.

QEvasion, the labelled corpus the combiners are fit on, is presidential interviews; analysts
read testimony, where witnesses answer in short, formulaic ways ("I'd have to check", "we
comply with all applicable laws"). This set is the project's own writing (1,610 questions asked
the way committee members ask, each with a clear and an evasive answer; MIT like the rest),
so it can ship. `dev` (50 questions) was read to find false reasons and missing phrases;
`dev2` (20) was written as a second held-out set, scored once before and after the changes
`dev` led to, then read too; `held` (20), `held2` (15), `held3` (20) and `held4` to
`held102` (15 each) were each written as a held-out check, scored, and later read.
`held11` to `held24` are hard by design: the evasive answer talks about what was asked in
the question's own words, and the clear one is terse, so plain cosine ranks them backwards;
`held21` to `held102` ask in members' forms.

Prints one JSON line per split and encoder: ROC-AUC, average precision, macro-F1 (evasive =
label partial or evasive), plain cosine's ROC-AUC, how often the evasive answer outscores
the clear answer to the same question, and the labels' errors. BENCH_ENCODER=both (default),
static or minilm.
"""

from __future__ import annotations

import csv
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
PAIRS = ROOT / "samples" / "testimony_pairs.csv"


def load(path: Path = PAIRS) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def twin_wins(rows: list[dict[str, str]], scores: list[float]) -> float:
    """Share of questions whose evasive answer scores above their clear one."""
    by_q: dict[str, dict[str, float]] = {}
    for r, s in zip(rows, scores, strict=True):
        by_q.setdefault(r["question"], {})[r["gold"]] = s
    pairs = [d for d in by_q.values() if {"clear", "evasive"} <= d.keys()]
    return sum(d["evasive"] > d["clear"] for d in pairs) / len(pairs)


def summarise(rows: list[dict[str, str]], scored: list) -> dict:
    from hearing.evasion.metrics import metrics

    y = [int(r["gold"] == "evasive") for r in rows]
    scores = [s.score for s in scored]
    m = metrics(y, scores, [int(s.label != "answered") for s in scored])
    base = metrics(y, [-s.similarity_whole for s in scored], [0] * len(y))
    return {
        "pairs": len(rows),
        "roc_auc": round(m["roc_auc"], 4),
        "average_precision": round(m["average_precision"], 4),
        "macro_f1": round(m["macro_f1"], 4),
        "baseline_roc_auc": round(base["roc_auc"], 4),
        "evasive_outscores_its_clear_twin": round(twin_wins(rows, scores), 4),
        "evasive_labelled_answered": sum(
            t and s.label == "answered" for t, s in zip(y, scored, strict=True)
        ),
        "clear_labelled_evasive": sum(
            not t and s.label == "evasive" for t, s in zip(y, scored, strict=True)
        ),
        "clear_labelled_partial": sum(
            not t and s.label == "partial" for t, s in zip(y, scored, strict=True)
        ),
    }


def main() -> None:
    from hearing.evasion.both import make_scorer

    encoder = os.environ.get("BENCH_ENCODER", "both")
    scorer = make_scorer(encoder)
    rows = load()
    scored = scorer.score_many([(r["question"], r["answer"]) for r in rows])
    splits = [*dict.fromkeys(r["split"] for r in rows), "all"]  # in the order written
    for split in splits:
        keep = [i for i, r in enumerate(rows) if split in ("all", r["split"])]
        out = {"bench": "testimony", "encoder": encoder, "split": split}
        out |= summarise([rows[i] for i in keep], [scored[i] for i in keep])
        print(json.dumps(out))


if __name__ == "__main__":
    main()
