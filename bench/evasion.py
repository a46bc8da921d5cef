"""Evasion scoring throughput: pairs per second for ~100-word answers, and peak RSS.

The text is generated here (a fixed-seed mix of hearing-like sentences), never taken from
a licensed data set. Prints one JSON line. BENCH_ENCODER=static (default), minilm or both
picks the scorer (score-pairs' auto uses both up to 10,000 pairs, static above);
HEARING_THREADS sets MiniLM's threads (default 2); HEARING_MINILM_RUNTIME=torch runs
MiniLM on torch's float model instead of onnxruntime's int8 one (scores within ~0.01, a
fifth of the speed).
"""

from __future__ import annotations

import json
import os
import random
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

SUBJECTS = ["The department", "Our agency", "The committee", "My office", "The company", "We"]
VERBS = ["reviewed", "shared", "funded", "audited", "suspended", "expanded", "reported"]
OBJECTS = [
    "the border program",
    "customer location data",
    "the grant to the state",
    "the contract with the vendor",
    "the pilot in three cities",
    "the safety inspections",
]
TAILS = [
    "in the last fiscal year",
    "after the inspector general's report",
    "under the new rule",
    "with a variety of partners",
    "as the law requires",
    "before the deadline in March",
]
QUESTIONS = [
    "Did {s} share {o} with immigration enforcement in 2021?",
    "How much did {s} spend on {o}?",
    "Why was {o} delayed?",
    "Will {s} commit to releasing {o} to this committee?",
]


def make_pairs(n: int, words: int = 100, seed: int = 7) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    pairs = []
    for _ in range(n):
        q = rng.choice(QUESTIONS).format(s=rng.choice(SUBJECTS).lower(), o=rng.choice(OBJECTS))
        sents: list[str] = []
        while sum(len(s.split()) for s in sents) < words:
            sents.append(
                f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} "
                f"{rng.choice(TAILS)}, and I think {rng.choice(OBJECTS)} was "
                f"{rng.choice(VERBS)} too."
            )
        pairs.append((q, " ".join(sents)))
    return pairs


def main() -> None:
    threads = int(os.environ.get("HEARING_THREADS", "2"))
    os.environ["HEARING_THREADS"] = str(threads)  # the scorer sets torch's threads (minilm)
    from hearing.evasion.both import make_scorer

    # static: what score-pairs uses for files over 10,000 pairs (auto); both (auto's choice
    # below) is measured by `make bench` too
    encoder = os.environ.get("BENCH_ENCODER", "static")
    t0 = time.perf_counter()
    scorer = make_scorer(encoder)
    load_s = time.perf_counter() - t0
    n = int(os.environ.get("BENCH_PAIRS", "400"))
    pairs = make_pairs(n)
    scorer.score_many(pairs[:32])  # warm-up
    t0, c0 = time.perf_counter(), time.process_time()
    scorer.score_many(pairs)
    elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    mean_words = sum(len(a.split()) for _, a in pairs) / n
    print(
        json.dumps(
            {
                "bench": "evasion",
                "pairs": n,
                "answer_words_mean": round(mean_words, 1),
                "pairs_per_s": round(n / elapsed, 1),
                "seconds": round(elapsed, 2),
                # CPU-seconds spent: on a shared machine wall time mostly measures the others.
                "pairs_per_cpu_s": round(n / cpu, 1),
                "load_s": round(load_s, 2),
                "torch_threads": threads,
                "peak_rss_mb": round(peak_kb / 1024, 1),
                # Other processes share the 2 cores: read pairs_per_s against the load.
                "loadavg_1m": round(os.getloadavg()[0], 2),
                "loadavg_5m": round(os.getloadavg()[1], 2),
                "encoder": encoder,
                # MiniLM on the CPU: onnxruntime, or torch (HEARING_MINILM_RUNTIME=torch)
                "runtimes": {m: r for m, _, r in scorer.models()},
                "embed_sentences_max": scorer.encoder.embed_sentences,
            }
        )
    )


if __name__ == "__main__":
    main()
