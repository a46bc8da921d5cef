"""Transcribe: Whisper words with times and probabilities.

faster-whisper yields segments lazily, so progress and cancellation are checked between
segments: a user who presses cancel waits for one segment, not the whole file. Silero VAD
(inside faster-whisper) skips silence, which both speeds up long hearings and stops
Whisper from hallucinating text into pauses.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from hearing.document import Word
from hearing.errors import Cancelled, InputError, ModelError
from models.registry import ModelMissing


@dataclass
class TranscribeOptions:
    model: str = "tiny.en"  # "tiny.en" (English, default) or "base" (multilingual)
    device: str = "cpu"  # already resolved: "cpu" or "cuda"
    language: str | None = None  # None: English for tiny.en, detected for base
    beam_size: int = 5
    vad: bool = True
    cpu_threads: int = 0  # 0: a sane default for this machine
    # Words with an initial prompt of hearing vocabulary transcribe names more reliably.
    initial_prompt: str | None = None


@dataclass
class Transcript:
    words: list[Word]
    language: str
    language_probability: float
    segments: list[tuple[float, float, str]] = field(default_factory=list)


def transcribe(
    waveform: np.ndarray,
    options: TranscribeOptions | None = None,
    on_progress: Callable[[str, float, float], None] | None = None,
    cancel: threading.Event | None = None,
) -> Transcript:
    from models.whisper import load_whisper

    options = options or TranscribeOptions()
    try:
        model = load_whisper(options.model, options.device, options.cpu_threads)
    except ModelMissing as exc:
        raise ModelError(str(exc)) from exc
    duration = len(waveform) / 16000
    language = options.language or ("en" if options.model.endswith(".en") else None)
    segments, info = model.transcribe(
        waveform,
        language=language,
        beam_size=options.beam_size,
        vad_filter=options.vad,
        word_timestamps=True,
        condition_on_previous_text=False,
        initial_prompt=options.initial_prompt,
    )
    words: list[Word] = []
    spans: list[tuple[float, float, str]] = []
    for segment in segments:
        if cancel is not None and cancel.is_set():
            raise Cancelled("transcription cancelled")
        spans.append((segment.start, segment.end, segment.text.strip()))
        for w in segment.words or []:
            text = w.word.strip()
            if text:
                words.append(
                    Word(text, round(w.start, 3), round(w.end, 3), round(w.probability, 4))
                )
        if on_progress:
            on_progress("transcribe", min(segment.end, duration), duration)
    if on_progress:
        on_progress("transcribe", duration, duration)
    if not words:
        raise InputError("no speech found in the recording (Whisper heard no words)")
    return Transcript(words, info.language, float(info.language_probability), spans)
