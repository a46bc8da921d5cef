"""Put the static model's cosines on MiniLM's scale: ``calibration.json`` (scale, offset).

    python -m models.minilm_static.calibrate [--data PATH-TO-qevasion-train.parquet]

Why: averaged word-piece vectors share a large common direction, so any two sentences
have a high static cosine (median question-to-best-sentence 0.62 on political interviews,
against 0.36 with MiniLM). The evasion features' "on topic" cut, the reasons' "low" and
"high" similarity and the similarity shown to analysts are all read on MiniLM's scale.
A linear map that gives static cosines MiniLM's mean and spread keeps their order and
makes those numbers mean the same under either encoder.

Fit on the cosines the scorer actually takes, question to answer sentence, on QEvasion
train (political interviews, CC BY-NC-ND 4.0; the nearest thing to testimony we have):
the first four sentences of 1,500 answers. Only the two numbers and the counts are written
(statistics, as its rules allow); a Circa fit (casual yes/no replies) gave a milder map
(1.13, -0.17) that left interview cosines ~0.15 above MiniLM's. Like the combiner's
``train.py``, this development script imports ``hearing`` to split sentences exactly as the
scorer does.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

OUT = Path(__file__).resolve().parent / "calibration.json"
DEFAULT_DATA = Path(__file__).resolve().parents[2].parent / "shared/data/qevasion/train.parquet"
ROWS = 1500
SENTENCES = 4
SEED = 0


def fit(static_cos: np.ndarray, minilm_cos: np.ndarray) -> tuple[float, float]:
    """scale, offset mapping static cosines to MiniLM's mean and standard deviation."""
    scale = float(minilm_cos.std() / static_cos.std())
    return scale, float(minilm_cos.mean() - scale * static_cos.mean())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    import pandas as pd
    import torch
    from model2vec import StaticModel

    from models.embeddings import StaticEncoder, load_sentence_model
    from models.registry import folder

    torch.set_num_threads(1)
    from hearing.evasion.text import split_sentences

    df = pd.read_parquet(args.data)
    rng = np.random.default_rng(SEED)
    rows = df.iloc[np.sort(rng.choice(len(df), size=min(ROWS, len(df)), replace=False))]
    questions: list[str] = []
    sentences: list[str] = []
    for q, a in zip(
        rows["question"].astype(str), rows["interview_answer"].astype(str), strict=True
    ):
        for sent in split_sentences(a)[:SENTENCES]:
            questions.append(q.strip())
            sentences.append(sent)

    def cosines(model) -> np.ndarray:
        q = model.encode(questions, normalize_embeddings=True)
        a = model.encode(sentences, normalize_embeddings=True)
        return (q * a).sum(1)

    # the raw model, unchecked: its calibration file is what this script makes
    static = StaticEncoder(StaticModel.from_pretrained(folder("minilm-static")))
    static_cos = cosines(static)
    minilm_cos = cosines(load_sentence_model())
    scale, offset = fit(static_cos, minilm_cos)
    mapped = scale * static_cos + offset
    result = {
        "scale": round(scale, 4),
        "offset": round(offset, 4),
        "fit": {
            "data": "QEvasion train (CC BY-NC-ND 4.0): question to answer-sentence cosines",
            "pairs": int(len(static_cos)),
            "seed": SEED,
            "correlation_with_minilm": round(float(np.corrcoef(mapped, minilm_cos)[0, 1]), 3),
        },
    }
    args.out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(result), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
