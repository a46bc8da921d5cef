"""Run the stages on one recording: ingest → transcribe → diarize → align → exchanges → evasion.

The model-heavy stages (transcribe, diarize) are cached by audio fingerprint and settings,
so a repeated or interrupted run resumes, and a changed evasion setting re-scores in
seconds. Progress goes through ``on_progress(stage, done, total)``; cancellation is a
``threading.Event`` checked between stages and inside the long ones.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from hearing.align import assign_speakers, build_turns
from hearing.cache import StageCache
from hearing.document import HearingDocument, ModelInfo, Source, Speaker, SpeakerSegment, Word
from hearing.errors import Cancelled, InputError, ModelError
from hearing.ingest import decode
from hearing.transcribe import TranscribeOptions, transcribe

Progress = Callable[[str, float, float], None]
STAGES = ("ingest", "transcribe", "diarize", "align", "exchanges", "evasion")


@dataclass
class Settings:
    model: str = "tiny.en"
    device: str = "auto"  # auto | cpu | cuda
    num_speakers: int | None = None
    min_speakers: int | None = None
    max_speakers: int | None = None
    language: str | None = None
    threads: int = 0  # 0: min(cores, 4); torch runs ~8x slower when oversubscribed
    encoder: str = "auto"  # evasion scorer: auto | static | minilm | both
    use_cache: bool = True
    cache_dir: str | None = None

    def validate(self) -> None:
        if self.model not in ("tiny.en", "base"):
            raise InputError(f"unknown model {self.model!r}: choose tiny.en or base")
        check_device(self.device)
        from hearing.evasion.both import check_choice

        self.encoder = check_choice(self.encoder)
        for name in ("num_speakers", "min_speakers", "max_speakers"):
            value = getattr(self, name)
            if value is not None and not 1 <= value <= 50:
                raise InputError(f"--{name.replace('_', '-')} must be between 1 and 50")
        if self.min_speakers and self.max_speakers and self.min_speakers > self.max_speakers:
            raise InputError("--min-speakers is larger than --max-speakers")
        if self.threads < 0:
            raise InputError("--threads must be 0 (automatic) or more")
        from hearing.language import check_language

        self.language = check_language(self.language, self.model)


def check_device(device: str) -> None:
    """InputError unless ``device`` is one ``--device`` takes."""
    from models.devices import CHOICES

    if device not in CHOICES:
        raise InputError(f"unknown device {device!r}: choose auto, cpu or cuda")


def _threads(settings: Settings) -> int:
    return settings.threads or max(1, min(4, os.cpu_count() or 1))


def _split_threads(settings: Settings, devices) -> tuple[int, int]:
    """Threads for (Whisper, pyannote) when both run at once: oversubscribing a core
    slowed torch ~8x here, so the two stages share the budget instead of each taking it.
    An engine on the GPU needs one thread to feed it, and the other takes the rest."""
    total = _threads(settings)
    if devices.torch == "cuda" and devices.whisper == "cpu":
        return total, 1
    if devices.whisper == "cuda" and devices.torch == "cpu":
        return 1, total
    whisper = max(1, total // 2)
    return whisper, max(1, total - whisper)


def _check(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise Cancelled("analysis cancelled")


def _speakers_in_order(segments: list[SpeakerSegment], words: list[Word]) -> list[Speaker]:
    seen: list[str] = []
    for label in [s.speaker for s in segments] + [w.speaker for w in words]:
        if label and label not in seen:
            seen.append(label)
    return [Speaker(id=label, label=label) for label in seen]


def run_transcribe(audio, settings: Settings, devices, cache: StageCache, on_progress, cancel):
    # v2: pieces; v3: the English-only model's documents record a language it was not given
    key = {"model": settings.model, "language": settings.language, "v": 3}
    cached = cache.get(audio.sha256, "transcribe", key)
    if cached is not None:
        if on_progress:
            on_progress("transcribe", 1, 1)
        return [Word(**w) for w in cached["words"]], cached["language"]
    options = TranscribeOptions(
        model=settings.model,
        device=devices.whisper,
        language=settings.language,
        cpu_threads=_split_threads(settings, devices)[0],
    )
    result = transcribe(audio.waveform, options, on_progress, cancel)
    cache.put(
        audio.sha256,
        "transcribe",
        key,
        {"words": [asdict(w) for w in result.words], "language": result.language},
    )
    return result.words, result.language


def run_diarize(audio, settings: Settings, devices, cache: StageCache, on_progress, cancel):
    from hearing.diarize import DEFAULT_PARAMS, diarize

    key = {
        "num": settings.num_speakers,
        "min": settings.min_speakers,
        "max": settings.max_speakers,
        "params": asdict(DEFAULT_PARAMS),
        "v": 2,  # 2: chunk embeddings pooled from one CAM++ trunk pass
    }
    cached = cache.get(audio.sha256, "diarize", key)
    if cached is not None:
        if on_progress:
            on_progress("diarize", 1, 1)
        return [SpeakerSegment(**s) for s in cached]
    _check(cancel)
    result = diarize(
        audio.waveform,
        num_speakers=settings.num_speakers,
        min_speakers=settings.min_speakers,
        max_speakers=settings.max_speakers,
        device=devices.torch,
        on_progress=on_progress,
        threads=_split_threads(settings, devices)[1],
        cancel=cancel,
    )
    cache.put(audio.sha256, "diarize", key, [asdict(s) for s in result.segments])
    return list(result.segments)


def _transcribe_and_diarize(audio, settings, devices, cache, on_progress, cancel):
    """Whisper and pyannote side by side: both release the GIL in their native kernels,
    so on two cores the pair takes about as long as the slower one alone. A failure in
    either stops the other at its next checkpoint."""
    stop = threading.Event()

    def watch() -> None:  # mirror the caller's cancel into our stop event
        while cancel is not None and not stop.wait(0.2):
            if cancel.is_set():
                stop.set()

    threading.Thread(target=watch, daemon=True).start()
    import torch

    # torch's intra-op thread count is per OS thread, so it is set inside the diarizer's
    # thread. Giving it both cores once Whisper finished measured slower (77 s vs 64 s on
    # the sample): CAM++'s small convolutions do not scale past one thread here.
    diarize_threads = _split_threads(settings, devices)[1]
    try:
        with ThreadPoolExecutor(
            max_workers=1,
            thread_name_prefix="diarize",
            initializer=lambda: torch.set_num_threads(diarize_threads),
        ) as pool:
            diarized = pool.submit(run_diarize, audio, settings, devices, cache, on_progress, stop)
            diarized.add_done_callback(lambda f: f.exception() and stop.set())
            try:
                words, language = run_transcribe(audio, settings, devices, cache, on_progress, stop)
            except BaseException:
                stop.set()  # the diarizer gives up at its next hook call
                failed = diarized.exception() if isinstance(sys.exc_info()[1], Cancelled) else None
                if failed is not None:  # the diarizer's error is the real one
                    raise failed from None
                raise
            segments = diarized.result()
    finally:
        stop.set()  # also ends the watcher
    _check(cancel)
    return words, language, segments


def analyze(
    path: str | Path,
    settings: Settings | None = None,
    on_progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> HearingDocument:
    """Analyse one recording into a hearing document (nothing is written to disk here)."""
    from models.registry import ModelMissing

    settings = settings or Settings()
    settings.validate()
    devices = resolve_devices(settings.device)
    cache = StageCache(settings.cache_dir, enabled=settings.use_cache)
    audio = decode(path, on_progress)
    _check(cancel)
    try:
        words, language, segments = _transcribe_and_diarize(
            audio, settings, devices, cache, on_progress, cancel
        )
    except ModelMissing as exc:
        raise ModelError(str(exc)) from exc

    words = assign_speakers(words, segments)
    turns = build_turns(words)
    if on_progress:
        on_progress("align", 1, 1)
    doc = HearingDocument(
        source=Source(path=str(audio.path), sha256=audio.sha256, duration=round(audio.duration, 3)),
        title=audio.path.stem,
        models=_model_infos(settings, devices),
        speakers=_speakers_in_order(segments, words),
        segments=segments,
        words=words,
        turns=turns,
        language=language,
        created_at=datetime.now(UTC).isoformat(timespec="seconds"),
    )
    _check(cancel)
    add_exchanges(doc, on_progress, settings.encoder, devices.torch)
    return doc


def add_exchanges(
    doc: HearingDocument,
    on_progress: Progress | None = None,
    encoder: str = "auto",
    torch_device: str = "cpu",
) -> HearingDocument:
    """Roles, question–answer pairing and evasion scores (re-runnable on a stored document).

    ``encoder`` is ``--encoder``; MiniLM runs on ``torch_device``, the device the diarizer
    got, so ``--device`` moves every torch model at once."""
    from hearing.evasion import score_exchanges
    from hearing.evasion.both import scorer_for
    from hearing.exchanges import build_exchanges
    from hearing.roles import assign_roles

    doc.speakers = assign_roles(doc.speakers, doc.turns)
    doc.exchanges = build_exchanges(doc.turns, doc.speakers)
    if on_progress:
        on_progress("exchanges", 1, 1)
    doc.models = [m for m in doc.models if m.role != "evasion-similarity"]
    try:
        if doc.exchanges:  # no sentence model is loaded for a hearing without a question
            scorer = scorer_for(len(doc.exchanges), encoder, torch_device)
            doc.exchanges = score_exchanges(doc.exchanges, scorer)
            doc.models += _evasion_models(scorer)
    except Exception as exc:
        from models.registry import ModelMissing

        if isinstance(exc, ModelMissing):
            raise ModelError(str(exc)) from exc
        raise
    if on_progress:
        on_progress("evasion", 1, 1)
    return doc


def resolve_devices(requested: str):
    """Per-engine devices (see ``models.devices``); ModelError if ``cuda`` cannot be had."""
    from models.devices import DeviceUnavailable
    from models.devices import resolve_devices as resolve

    try:
        return resolve(requested)
    except DeviceUnavailable as exc:
        raise ModelError(str(exc)) from exc


def _model_infos(settings: Settings, devices) -> list[ModelInfo]:
    from models.registry import entry

    whisper = entry("whisper-tiny.en" if settings.model == "tiny.en" else "whisper-base")

    seg, emb = entry("pyannote-segmentation-3.0"), entry("campplus")
    return [
        ModelInfo(
            whisper.id,
            "transcribe",
            whisper.package,
            whisper.version,
            {
                "device": devices.whisper,
                "compute_type": "float16" if devices.whisper == "cuda" else "int8",
            },
        ),
        ModelInfo(
            seg.id, "diarize-segmentation", seg.package, seg.version, {"device": devices.torch}
        ),
        ModelInfo(emb.id, "diarize-embedding", emb.package, emb.version, {"device": devices.torch}),
        # the sentence models the evasion scorer ran are added once it has run
    ]


def _evasion_models(scorer) -> list[ModelInfo]:
    """The sentence models behind the evasion scores, where each ran, and which scorer
    combined them."""
    from models.registry import entry

    out = []
    for model_id, device, runtime in scorer.models():
        e = entry(model_id)
        settings = {"scorer": scorer.name, "device": device, "runtime": runtime}
        out.append(ModelInfo(e.id, "evasion-similarity", e.package, e.version, settings))
    return out
