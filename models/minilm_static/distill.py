"""Distil all-MiniLM-L6-v2 into static word-piece embeddings (model2vec) for fast scoring.

    python -m models.minilm_static.distill [--out DIR]

Why: on a 2-core CPU the transformer scores ~30 question–answer pairs a second, the
static model over 150, and on QEvasion the two give the evasion combiner the same
grouped-CV ROC-AUC within 0.01 (numbers in ``models/evasion/CARD.md``). Every vocabulary
entry of the installed MiniLM is embedded once by MiniLM itself (no corpus, no hub),
reduced to 256 dimensions by PCA, weighted by Zipf rank (SIF) and stored as int8.
Deterministic: the same installed MiniLM gives byte-identical files.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parent
DIMS = 256
KEEP = ("model.safetensors", "tokenizer.json", "config.json")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    import torch
    from model2vec.distill import distill

    from models.registry import model_path

    torch.set_num_threads(1)
    torch.manual_seed(0)
    static = distill(
        model_name=str(model_path("all-minilm-l6-v2")),
        pca_dims=DIMS,
        device="cpu",
        quantize_to="int8",
    )
    with tempfile.TemporaryDirectory() as tmp:
        static.save_pretrained(tmp)
        args.out.mkdir(parents=True, exist_ok=True)
        for name in KEEP:
            shutil.copyfile(Path(tmp) / name, args.out / name)
    config_path = args.out / "config.json"
    config = json.loads(config_path.read_text(encoding="utf-8"))
    config["tokenizer_name"] = "sentence-transformers/all-MiniLM-L6-v2"  # not this machine's path
    config_path.write_text(json.dumps(config, indent=4) + "\n", encoding="utf-8")
    print(f"wrote {', '.join(KEEP)} to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
