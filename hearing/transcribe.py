"""Transcribe: Whisper words with times and probabilities.

faster-whisper yields segments lazily, so progress and cancellation are checked between
segments: a user who presses cancel waits for one segment, not the whole file. Silero VAD
(inside faster-whisper) skips silence, which both speeds up long hearings and stops
Whisper from hallucinating text into pauses.

Long recordings are transcribed in pieces of about ten minutes cut at the quietest moment
near each boundary: faster-whisper computes the log-mel spectrogram of everything it is
given at once, which for one hour of audio briefly took ~3 GB (5.1 GB peak for the whole
pipeline, against 1.9 GB for 15 minutes). Text is not conditioned on previous text anyway,
so a cut in a pause loses nothing.

There is no option to hand Whisper the hearing's names and terms: on the sample hearing
(tiny.en, WER 3.8 %) they fixed "Summit Vision" and "Director Hale" but cost words elsewhere,
whether given as ``hotwords`` to every window (WER 12.3 %) or as an ``initial_prompt``
to every 30 s piece (7.5 %); as a prompt for the first window only (faster-whisper's
``initial_prompt`` without conditioning on previous text) they reach only the opening.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from hearing.confidence import mean_probability
from hearing.document import Word
from hearing.errors import Cancelled, InputError, ModelError
from hearing.language import CHECK_BELOW, language_name, other_language
from models.registry import ModelMissing

SAMPLE_RATE = 16000
PIECE_S = 600.0  # longest stretch handed to Whisper at once
SEARCH_S = 30.0  # a cut may move this far back from the nominal boundary to find a pause
QUIET_S = 0.5  # the pause looked for: the quietest stretch this long


@dataclass
class TranscribeOptions:
    model: str = "tiny.en"  # "tiny.en" (English, default) or "base" (multilingual)
    device: str = "cpu"  # already resolved: "cpu" or "cuda"
    language: str | None = None  # None: English for tiny.en, detected for base
    beam_size: int = 5
    vad: bool = True
    cpu_threads: int = 0  # 0: a sane default for this machine


@dataclass
class Transcript:
    words: list[Word]
    language: str
    language_probability: float
    segments: list[tuple[float, float, str]] = field(default_factory=list)


def split_points(
    waveform: np.ndarray,
    piece_s: float = PIECE_S,
    search_s: float = SEARCH_S,
    sample_rate: int = SAMPLE_RATE,
) -> list[int]:
    """Sample indices where to cut a long recording: 0, cuts..., len(waveform).

    Each cut lies in the quietest ``QUIET_S`` stretch of the ``search_s`` seconds before
    the nominal boundary, so no piece is longer than ``piece_s`` and no word is cut unless
    someone talks without pause for the whole search stretch.
    """
    n = len(waveform)
    piece, search = int(piece_s * sample_rate), int(search_s * sample_rate)
    frame = max(1, sample_rate // 50)  # 20 ms
    width = max(1, int(QUIET_S * sample_rate / frame))
    cuts = [0]
    while n - cuts[-1] > piece:
        hi = cuts[-1] + piece
        lo = max(cuts[-1] + piece // 2, hi - search)
        frames = waveform[lo : lo + (hi - lo) // frame * frame].reshape(-1, frame)
        energy = np.square(frames, dtype=np.float64).mean(axis=1)
        if len(energy) > width:
            smooth = np.convolve(energy, np.ones(width) / width, mode="valid")
            best = int(np.argmin(smooth)) + width // 2
        else:
            best = len(energy) // 2
        cuts.append(int(lo + best * frame))
    cuts.append(n)
    return cuts


def transcribe(
    waveform: np.ndarray,
    options: TranscribeOptions | None = None,
    on_progress: Callable[[str, float, float], None] | None = None,
    cancel: threading.Event | None = None,
    piece_s: float = PIECE_S,
) -> Transcript:
    from models.whisper import load_whisper

    options = options or TranscribeOptions()
    try:
        model = load_whisper(options.model, options.device, options.cpu_threads)
        try:
            result = _transcribe_pieces(model, waveform, options, on_progress, cancel, piece_s)
        except InputError:
            heard = _other_language(waveform, options)
            if heard is None:
                raise
            raise InputError(
                f"no English speech found: the recording sounds like {language_name(heard[0])} "
                f"(Whisper base, p {heard[1]:.2f}), and {options.model} transcribes English "
                "only; run again with --model base"
            ) from None
        heard = _other_language(waveform, options, result.words)
        if heard is not None:  # the document records what was spoken; the report says so
            result.language, result.language_probability = heard
        return result
    except ModelMissing as exc:
        raise ModelError(str(exc)) from exc
    except RuntimeError as exc:
        # CTranslate2 reports a missing CUDA library or an exhausted GPU as RuntimeError,
        # possibly only at the first matrix product, so mid-file; on the CPU it is a bug.
        if options.device != "cuda":
            raise
        raise ModelError(f"Whisper failed on the GPU ({exc}); run again with --device cpu") from exc


def _other_language(
    waveform: np.ndarray, options: TranscribeOptions, words: list[Word] | None = None
) -> tuple[str, float] | None:
    """Only the English-only model needs telling which language it was given, and only
    when it was unsure of its words (``language.CHECK_BELOW``)."""
    if not options.model.endswith(".en") or options.language not in (None, "en"):
        return None
    mean = mean_probability(words or [])
    if mean is not None and mean >= CHECK_BELOW:
        return None
    return other_language(waveform, options.device, options.cpu_threads)


def _transcribe_pieces(model, waveform, options, on_progress, cancel, piece_s) -> Transcript:
    duration = len(waveform) / SAMPLE_RATE
    language = options.language or ("en" if options.model.endswith(".en") else None)
    words: list[Word] = []
    spans: list[tuple[float, float, str]] = []
    info = None
    cuts = split_points(waveform, piece_s)
    for a, b in zip(cuts[:-1], cuts[1:], strict=True):
        offset = a / SAMPLE_RATE
        segments, piece_info = model.transcribe(
            waveform[a:b],
            language=language,
            beam_size=options.beam_size,
            vad_filter=options.vad,
            word_timestamps=True,
            condition_on_previous_text=False,
        )
        if info is None:
            info = piece_info
            language = language or piece_info.language  # the whole hearing in one language
        for segment in segments:
            if cancel is not None and cancel.is_set():
                raise Cancelled("transcription cancelled")
            spans.append(
                (float(segment.start) + offset, float(segment.end) + offset, segment.text.strip())
            )
            for w in segment.words or []:
                text = w.word.strip()
                if text:
                    words.append(  # plain floats: faster-whisper hands out numpy scalars
                        Word(
                            text,
                            round(float(w.start) + offset, 3),
                            round(float(w.end) + offset, 3),
                            round(float(w.probability), 4),
                        )
                    )
            if on_progress:
                on_progress("transcribe", min(segment.end + offset, duration), duration)
    if on_progress:
        on_progress("transcribe", duration, duration)
    if not words or info is None:
        raise InputError("no speech found in the recording (Whisper heard no words)")
    return Transcript(words, info.language, float(info.language_probability), spans)
