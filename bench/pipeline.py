"""Pipeline speed on the bundled hearing: one JSON line with per-stage and total figures.

Real-time factor here is "times faster than real time" (audio seconds / wall seconds),
so the goal ">= 5x with tiny.en on 2 cores" reads directly. The stage cache is disabled so
every stage really runs. ``cpu_s`` (process CPU time) and the 1-minute load average
before/after tell a slow run on a busy machine from a slow pipeline.
Usage: python bench/pipeline.py [AUDIO] [--model tiny.en|base]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("audio", nargs="?", default=str(ROOT / "samples" / "hearing.opus"))
    parser.add_argument("--model", default="tiny.en")
    parser.add_argument("--device", default="auto")
    parser.add_argument("--threads", type=int, default=0)
    args = parser.parse_args()

    from hearing.pipeline import Settings, analyze

    ends: dict[str, float] = {}  # seconds since start of each stage's last progress report
    t0, cpu0 = time.perf_counter(), time.process_time()
    load_before = os.getloadavg()[0]

    def on_progress(stage: str, done: float, total: float) -> None:
        ends[stage] = time.perf_counter() - t0

    settings = Settings(model=args.model, device=args.device, threads=args.threads, use_cache=False)
    doc = analyze(args.audio, settings, on_progress=on_progress)
    total = time.perf_counter() - t0
    cpu = time.process_time() - cpu0
    audio_s = doc.source.duration
    # Transcription and diarization run side by side, both starting when ingest ends.
    begins = {"ingest": 0.0, "transcribe": ends["ingest"], "diarize": ends["ingest"]}
    begins["align"] = max(ends["transcribe"], ends["diarize"])
    begins["exchanges"] = ends["align"]
    begins["evasion"] = ends["exchanges"]
    stages = {}
    for stage, begin in begins.items():
        wall = ends[stage] - begin
        stages[stage] = {
            "wall_s": round(wall, 2),
            "x_realtime": round(audio_s / max(wall, 1e-6), 1),
        }
    print(
        json.dumps(
            {
                "bench": "pipeline",
                "audio": Path(args.audio).name,
                "model": args.model,
                "device": next((m.settings.get("device") for m in doc.models), "cpu"),
                "audio_s": round(audio_s, 2),
                "wall_s": round(total, 2),
                "x_realtime": round(audio_s / total, 2),
                # all threads of this process: comparable when other jobs share the cores
                "cpu_s": round(cpu, 2),
                "load_avg_1m": [round(load_before, 2), round(os.getloadavg()[0], 2)],
                "stages": stages,
                "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
                "cpus": os.cpu_count(),
                "machine": platform.machine(),
                "words": len(doc.words),
                "speakers": len(doc.speakers),
                "exchanges": len(doc.exchanges),
            }
        )
    )


if __name__ == "__main__":
    main()
