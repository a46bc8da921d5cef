"""Diarization error rate of ``hearing.diarize`` on real and bundled speech with references.

Prints ONE JSON line: DER per file (pyannote.metrics, collar 0.25 s, overlap scored),
speakers found vs. in the reference, the AMI mean, and the real-time factor.

Files: pyannote's own wheel sample (real, 2 speakers), the AMI meeting excerpts in
``../shared/data/ami-dev`` (real, overlapping talk; override with ``HEARING_AMI_DIR``) and
the bundled synthetic hearing ``samples/hearing.opus`` (when its RTTM exists).

    .venv/bin/python bench/der.py [--files sample,dev00,dev01,hearing] [--device cpu]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

COLLAR = 0.25
AMI_DIR = Path(os.environ.get("HEARING_AMI_DIR", ROOT.parent / "shared" / "data" / "ami-dev"))
AMI_FILES = ("dev00", "dev01")


@dataclass
class Case:
    name: str
    audio: Path
    rttm: Path
    uri: str

    @property
    def available(self) -> bool:
        return self.audio.is_file() and self.rttm.is_file()


def pyannote_sample_dir() -> Path:
    spec = importlib.util.find_spec("pyannote.audio")
    return Path(next(iter(spec.submodule_search_locations))) / "sample"


def all_cases() -> list[Case]:
    sample = pyannote_sample_dir()
    cases = [Case("sample", sample / "sample.wav", sample / "sample.rttm", "sample")]
    cases += [Case(n, AMI_DIR / f"{n}.wav", AMI_DIR / "dev.rttm", n) for n in AMI_FILES]
    cases.append(
        Case("hearing", ROOT / "samples/hearing.opus", ROOT / "samples/hearing.rttm", "hearing")
    )
    return [c for c in cases if c.available]


def load_waveform(path: Path):
    from hearing.ingest import decode

    return decode(path).waveform


def load_reference(case: Case):
    from pyannote.database.util import load_rttm

    return load_rttm(str(case.rttm))[case.uri]


def to_annotation(segments, uri: str = "hyp"):
    from pyannote.core import Annotation, Segment

    ann = Annotation(uri=uri)
    for i, seg in enumerate(segments):
        ann[Segment(seg.start, seg.end), i] = seg.speaker
    return ann


def der(reference, segments) -> float:
    """DER of ``segments`` (SpeakerSegment list) against a pyannote Annotation."""
    from pyannote.metrics.diarization import DiarizationErrorRate

    metric = DiarizationErrorRate(collar=COLLAR, skip_overlap=False)
    return float(metric(reference, to_annotation(segments)))


def summarise(rows: dict[str, dict]) -> dict:
    ami = [rows[n]["der"] for n in AMI_FILES if n in rows]
    audio = sum(r["duration_s"] for r in rows.values())
    wall = sum(r["wall_s"] for r in rows.values())
    return {
        "files": rows,
        "ami_mean_der": round(sum(ami) / len(ami), 4) if ami else None,
        "mean_der": round(sum(r["der"] for r in rows.values()) / len(rows), 4) if rows else None,
        "audio_s": round(audio, 2),
        "wall_s": round(wall, 2),
        "rtf": round(wall / audio, 4) if audio else None,
        "cpu_rtf": round(sum(r["cpu_s"] for r in rows.values()) / audio, 4) if audio else None,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", default="", help="comma-separated subset of case names")
    parser.add_argument("--device", default="cpu")
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--view", choices=("overlapped", "exclusive"), default="overlapped")
    args = parser.parse_args()

    from hearing.diarize import DEFAULT_PARAMS, diarize, load_pipeline

    wanted = {n for n in args.files.split(",") if n}
    cases = [c for c in all_cases() if not wanted or c.name in wanted]
    t0 = time.perf_counter()
    load_pipeline(args.device, args.threads, DEFAULT_PARAMS.segmentation_step or 0.1)
    load_s = time.perf_counter() - t0
    rows: dict[str, dict] = {}
    for case in cases:
        waveform = load_waveform(case.audio)
        reference = load_reference(case)
        t, cpu = time.perf_counter(), time.process_time()
        result = diarize(waveform, device=args.device, threads=args.threads)
        wall, cpu = time.perf_counter() - t, time.process_time() - cpu
        segments = result.overlapped if args.view == "overlapped" else result.segments
        rows[case.name] = {
            "der": round(der(reference, segments), 4),
            "der_exclusive": round(der(reference, result.segments), 4),
            "speakers_found": len(result.speakers),
            "speakers_ref": len(reference.labels()),
            "duration_s": round(len(waveform) / 16000, 2),
            "wall_s": round(wall, 2),
            "rtf": round(wall / (len(waveform) / 16000), 4),
            "cpu_s": round(cpu, 2),  # wall time is inflated when other jobs share the cores
        }
    out = summarise(rows)
    out.update(
        {
            "view": args.view,
            "collar": COLLAR,
            "device": args.device,
            "load_s": round(load_s, 2),
            "params": DEFAULT_PARAMS.__dict__,
        }
    )
    print(json.dumps(out))


if __name__ == "__main__":
    main()
