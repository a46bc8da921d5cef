"""Diarize: who speaks when, with pyannote.audio on the offline segmentation-3.0 + CAM++ pair.

Two views of the same result are returned. ``segments`` is exclusive (at most one speaker
at any instant): words are attributed from it, so a word is never claimed by two people.
``overlapped`` keeps overlapping talk (interruptions, cross-talk) for display and RTTM.

Speaker ids are renumbered "S1", "S2", ... in order of first appearance so the same
recording always yields the same ids whatever the clustering's internal numbering.

Memory on long recordings: audio is passed in memory (shared with the caller, no temp
file). pyannote keeps every 10 s chunk's segmentation (589 frames x 3 speakers, ~7 KB; one
chunk per second at the default step, ~300 MB for 12 h) and one 192-d embedding per chunk
and local speaker (~100 MB for 12 h); its reconstruction step briefly holds chunks x 589 x
speakers float64 (~200 MB per speaker for 12 h). All of that grows linearly. The one
quadratic cost, linkage over every embedding (1.6 GB of distances for 6 h), is capped by
clustering an evenly spaced subset (``models.pyannote_loader.BoundedAgglomerativeClustering``);
the CAM++ trunk frames (float16, 51 KB per audio second) are kept for resegmentation
only up to an hour of audio; longer recordings keep 60 s pieces at a time and
resegmentation recomputes its own pass (``models.campplus_trunk``).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np

from hearing.document import SpeakerSegment
from hearing.errors import Cancelled, ModelError

SAMPLE_RATE = 16000
# Below this much audio there is nothing a 10 s segmentation window can tell apart.
MIN_DURATION_S = 0.5
# Whole-recording RMS below this (about -60 dBFS) is silence.
SILENCE_RMS = 1e-3
FRAME_S = 0.01  # resegmentation frame grid


@dataclass(frozen=True)
class DiarizationParams:
    """Tuned defaults (bench/tune_diarization.py); measured DERs in ``TUNING_NOTE``.

    threshold: cosine-distance cut of the centroid-linkage dendrogram. Lower splits more.
    min_cluster_size: clusters with fewer chunk-embeddings are folded into the nearest
        large one, so a few noisy chunks cannot invent a speaker.
    min_duration_off: gaps shorter than this within one speaker's talk are filled.
    segmentation_step: window step as a fraction of segmentation-3.0's 10 s window; sets
        the segmentation cost and how many chunk embeddings are pooled from the CAM++
        trunk (which itself runs once over the recording whatever the step).
    """

    threshold: float = 0.6
    method: str = "centroid"
    min_cluster_size: int = 12
    min_duration_off: float = 0.0
    segmentation_step: float | None = None  # None: step_for(duration)
    # Resegmentation: segmentation-3.0 sometimes gives two alternating voices to one local
    # speaker for a whole 10 s window (AMI); re-checking each exclusive turn with CAM++ on
    # 1.5 s windows against the speaker centroids moves such stretches to the right
    # speaker when another centroid is closer by more than ``resegment_margin``. Windows
    # pool only frames ``resegment_guard`` seconds inside the turn (the trunk's frames at
    # a turn's edge also hear the neighbouring speaker).
    resegment: bool = True
    resegment_window: float = 1.5
    resegment_hop: float = 0.5
    resegment_margin: float = 0.05
    resegment_guard: float = 0.25

    def pipeline_params(self) -> dict[str, Any]:
        return {
            "segmentation": {"min_duration_off": self.min_duration_off},
            "clustering": {
                "threshold": self.threshold,
                "method": self.method,
                "min_cluster_size": self.min_cluster_size,
            },
        }


DEFAULT_PARAMS = DiarizationParams()
# Measured with bench/der.py and bench/tune_diarization.py --around-default (DER,
# pyannote.metrics collar 0.25 s, overlap scored; speakers found / reference), these
# defaults with chunk embeddings pooled from one CAM++ trunk pass (models.campplus_trunk):
#   pyannote sample 1.3 % (2/2, no hint) | AMI dev00 19.7 % (2/2), dev01 25.8 % (2/2),
#   mean 22.7 % | bundled hearing 3.1 % (4/4; 2.7 % at step 0.1).
# (Embedding each chunk and speaker separately, the previous method, at threshold 0.625:
# 1.3 % | 22.2 %, 26.1 %, mean 24.2 % | 3.0 %, for 4-5x the CPU.) Flat region:
# thresholds 0.55-0.65 keep the AMI mean at 20.7-22.7 %; 0.525 splits dev01 into 3
# (34.1 %), 0.675 merges dev01's turns (29.1 %), 0.70 also breaks the sample (43.6 %),
# so 0.60 sits in the middle; the hearing stays at 3.1 %. min_cluster_size 6 == 12.
# Resegmentation: without it AMI mean is 42.2 %; margin 0.10 gives 27.7 %; guard 0 (pool
# windows up to the turn's edges) 23.9 %. Step 0.25 gives AMI 28.5 % (guard 0), so
# short recordings keep 0.1 (now ~0.07 CPU-s per audio second: the trunk runs once
# whatever the step, only segmentation scales with 1/step). Long ones use 0.25: with
# minutes of speech each speaker gets hundreds of chunk embeddings, so clustering no
# longer depends on the overlap between windows (bundled 229 s hearing: 0.06 CPU-s per
# audio second at 0.25, ~60 % the trunk pass, ~35 % segmentation; previously 0.21).
SHORT_RECORDING_S = 120.0


def step_for(duration: float) -> float:
    """Window step: dense on short clips (few chunks to vote), cheaper on long hearings."""
    return 0.1 if duration <= SHORT_RECORDING_S else 0.25


TUNING_NOTE = (
    "threshold 0.6 centroid, min_cluster_size 12, step 0.1 (<= 120 s) or 0.25, "
    "CAM++ trunk pooled on eroded single-speaker masks, resegment margin 0.05 guard 0.25"
)


@dataclass
class DiarizationResult:
    segments: list[SpeakerSegment] = field(default_factory=list)  # exclusive, sorted
    overlapped: list[SpeakerSegment] = field(default_factory=list)  # may overlap, sorted
    speakers: list[str] = field(default_factory=list)  # "S1", "S2", ... in first-appearance order
    params: dict[str, Any] = field(default_factory=dict)


_pipelines: dict[tuple, Any] = {}
_lock = threading.Lock()
_run_lock = threading.Lock()  # one pipeline object is shared: instantiate + run as one step


def load_pipeline(device: str = "cpu", threads: int | None = 1, segmentation_step: float = 0.1):
    """The pyannote pipeline for these settings, built once per process."""
    key = (device, threads, segmentation_step)
    with _lock:
        if key not in _pipelines:
            try:
                from models.pyannote_loader import ModelMissing, build_pipeline
            except ImportError as exc:  # pyannote itself missing
                raise ModelError(f"pyannote.audio is not installed ({exc})") from exc
            try:
                _pipelines[key] = build_pipeline(
                    device=device, threads=threads, segmentation_step=segmentation_step
                )
            except ModelMissing as exc:
                raise ModelError(str(exc)) from exc
        return _pipelines[key]


def _progress_hook(on_progress, cancel, duration: float):
    """Map pyannote's per-step hook to one ``on_progress("diarize", seconds, duration)``.

    Segmentation is ~35 % of the work, embeddings (the CAM++ trunk pass) ~60 %,
    clustering and resegmentation (pooling the same trunk frames) the rest.
    """
    weights = {"segmentation": (0.0, 0.35), "embeddings": (0.35, 0.6)}  # rest: the others

    def hook(step_name, step_artifact, file=None, total=None, completed=None):
        if cancel is not None and cancel.is_set():
            raise Cancelled("diarization cancelled")
        if on_progress is None or step_name not in weights or not total or completed is None:
            return
        start, span = weights[step_name]
        frac = start + span * min(1.0, completed / total)
        on_progress("diarize", frac * duration, duration)

    return hook


def relabel_frames(
    frames: np.ndarray, windows: list[tuple[int, int, int, np.ndarray]], margin: float
) -> np.ndarray:
    """Move each window's frames to a clearly closer speaker.

    ``frames``: speaker index per 10 ms frame (-1 = nobody). ``windows``: (first frame,
    last frame + 1, current speaker, similarity to every centroid). A window moves only
    if some other centroid beats the current speaker's by more than ``margin``.
    """
    out = frames.copy()
    for a, b, current, sims in windows:
        best = int(np.argmax(sims))
        if best != current and sims[best] - sims[current] > margin:
            out[a:b] = best
    return out


def frames_to_segments(frames: np.ndarray, step: float) -> list[tuple[float, float, int]]:
    """Runs of equal, non-negative frame labels as (start, end, label)."""
    change = np.flatnonzero(np.diff(frames)) + 1
    bounds = np.concatenate([[0], change, [len(frames)]])
    return [
        (round(a * step, 3), round(b * step, 3), int(frames[a]))
        for a, b in zip(bounds[:-1], bounds[1:], strict=True)
        if b > a and frames[a] >= 0
    ]


def _trunk_for(pipeline, waveform: np.ndarray):
    """The CAM++ trunk of this recording: the one the embedding step left, else a new one."""
    import torch

    from models.campplus_trunk import RecordingTrunk

    trunk = getattr(pipeline, "last_trunk", None)
    if trunk is not None and trunk.num_samples == len(waveform):
        return trunk
    net = pipeline._embedding.model_.net
    device = next(net.parameters()).device
    return RecordingTrunk(net, torch.from_numpy(waveform).to(device), keep=False)


def _resegment(pipeline, waveform: np.ndarray, exclusive, output, params: DiarizationParams):
    """Re-check each exclusive turn with short-window CAM++ embeddings (see params)."""
    import torch
    from pyannote.core import Annotation, Segment

    labels = output.speaker_diarization.labels()
    centroids = np.asarray(output.speaker_embeddings, dtype=np.float32)
    norms = np.linalg.norm(centroids, axis=1, keepdims=True)
    if centroids.shape[0] != len(labels) or np.any(norms == 0):
        return exclusive
    centroids = centroids / norms
    trunk = _trunk_for(pipeline, waveform)
    step, win, hop = FRAME_S, params.resegment_window, params.resegment_hop
    frames = np.full(int(len(waveform) / SAMPLE_RATE / step) + 1, -1, dtype=np.int64)
    turns = sorted(
        ((t, labels.index(lab)) for t, _, lab in exclusive.itertracks(yield_label=True)),
        key=lambda tk: (tk[0].start, tk[0].end),
    )
    for turn, k in turns:
        frames[int(turn.start / step) : int(turn.end / step)] = k
    windows = []
    with torch.inference_mode():
        for turn, k in turns:
            start, end = turn.start, turn.end
            embs = trunk.window_embeddings(start, end, win, hop, params.resegment_guard)
            embs = embs / np.maximum(np.linalg.norm(embs, axis=1, keepdims=True), 1e-8)
            for i, emb in enumerate(embs):
                if np.isnan(emb).any():
                    continue  # too little speech away from the turn's edges to judge
                t = start + i * hop
                a = t + (win - hop) / 2 if i else start  # each window owns its centre hop
                b = t + (win + hop) / 2 if i < len(embs) - 1 else end
                windows.append((int(a / step), int(b / step), k, centroids @ emb))
    frames = relabel_frames(frames, windows, params.resegment_margin)
    result = Annotation(uri=exclusive.uri)
    for start, end, k in frames_to_segments(frames, step):
        result[Segment(start, end)] = labels[k]
    return result


def postprocess(pipeline, waveform: np.ndarray, output, params: DiarizationParams):
    """(exclusive, overlapped) pyannote Annotations after optional resegmentation."""
    exclusive = output.exclusive_speaker_diarization
    overlapped = output.speaker_diarization
    if params.resegment and len(overlapped.labels()) > 1:
        exclusive = _resegment(pipeline, waveform, exclusive, output, params)
        # overlapping talk stays as pyannote found it; elsewhere the resegmented turns
        extra = overlapped.crop(overlapped.get_overlap())
        overlapped = exclusive.copy().update(extra).support()
    return exclusive, overlapped


def _segments(annotation) -> list[tuple[float, float, Any]]:
    return sorted(
        (round(turn.start, 3), round(turn.end, 3), label)
        for turn, _, label in annotation.itertracks(yield_label=True)
        if turn.end > turn.start
    )


def normalise_labels(
    exclusive: list[tuple[float, float, Any]], overlapped: list[tuple[float, float, Any]]
) -> dict[Any, str]:
    """Raw label -> "S<n>" by first appearance in the exclusive view, then the overlapped one."""
    mapping: dict[Any, str] = {}
    for _, _, label in sorted(exclusive, key=lambda s: s[:2]) + sorted(
        overlapped, key=lambda s: s[:2]
    ):
        if label not in mapping:
            mapping[label] = f"S{len(mapping) + 1}"
    return mapping


def diarize(
    waveform: np.ndarray,
    *,
    num_speakers: int | None = None,
    min_speakers: int | None = None,
    max_speakers: int | None = None,
    device: str = "cpu",
    on_progress: Callable[[str, float, float], None] | None = None,
    params: DiarizationParams | None = None,
    threads: int | None = 1,
    cancel: threading.Event | None = None,
) -> DiarizationResult:
    """Speaker turns of a 16 kHz mono float32 recording.

    ``num_speakers`` fixes the count; ``min_speakers``/``max_speakers`` bound the estimate.
    Too short or silent audio gives an empty result rather than an error: "nobody spoke"
    is a valid answer for a stage (ingest rejects speechless files before we get here).
    """
    import torch

    params = params or DEFAULT_PARAMS
    waveform = np.asarray(waveform, dtype=np.float32).reshape(-1)
    duration = len(waveform) / SAMPLE_RATE
    result = DiarizationResult(params=asdict(params))
    if duration < MIN_DURATION_S or float(np.sqrt(np.mean(waveform**2))) < SILENCE_RMS:
        if on_progress:
            on_progress("diarize", duration, duration)
        return result

    if cancel is not None and cancel.is_set():
        raise Cancelled("diarization cancelled")
    pipeline = load_pipeline(device, threads, params.segmentation_step or step_for(duration))
    audio = {
        "waveform": torch.from_numpy(waveform).unsqueeze(0),
        "sample_rate": SAMPLE_RATE,
        "uri": "hearing",
    }
    with _run_lock, torch.inference_mode():
        pipeline.instantiate(params.pipeline_params())
        try:
            output = pipeline(
                audio,
                num_speakers=num_speakers,
                min_speakers=min_speakers,
                max_speakers=max_speakers,
                hook=_progress_hook(on_progress, cancel, duration),
            )
            exclusive_ann, overlapped_ann = postprocess(pipeline, waveform, output, params)
        finally:
            pipeline.last_trunk = None  # up to ~180 MB of CAM++ frames for an hour
    exclusive = _segments(exclusive_ann)
    overlapped = _segments(overlapped_ann)
    mapping = normalise_labels(exclusive, overlapped)
    result.segments = [SpeakerSegment(s, e, mapping[lab]) for s, e, lab in exclusive]
    result.overlapped = [SpeakerSegment(s, e, mapping[lab]) for s, e, lab in overlapped]
    result.speakers = sorted(set(mapping.values()), key=lambda sid: int(sid[1:]))
    if on_progress:
        on_progress("diarize", duration, duration)
    return result
