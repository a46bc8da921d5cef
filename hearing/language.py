"""Which language a recording is spoken in, for runs of the English-only Whisper.

tiny.en (the default) does not refuse other languages: on German it wrote confident-looking
English nonsense, on French nothing at all. Whisper base, shipped alongside, identifies the
language of the first speech in about three seconds on this CPU (1.5 s to load, one to
detect): German 0.97, French 0.52, the sample hearing and two real AMI meetings English
0.92, 0.93 and 0.80, with English never above 0.01 for the other two; English stayed at
0.59-0.65 with white noise at 10, 5 and 0 dB SNR, at 0.69 for a 2 s clip, and at 0.90 for
AMI speech at telephone bandwidth. It is loaded uncached and dropped after use, so a long
hearing does not carry a second model's memory.
"""

from __future__ import annotations

import numpy as np

# Only a transcript tiny.en was unsure of is checked: mean word probability 0.89 on the
# sample hearing and 0.69 / 0.79 on the AMI meetings (checked, found English), against
# 0.56 for the German clip and 0.28-0.40 for the French one; a confident transcript of
# English speech skips the second model's load, memory and seconds.
CHECK_BELOW = 0.8
ENGLISH_FLOOR = 0.2  # below this probability of English the speech is called another language
SEGMENTS = 3  # 30 s windows of speech the detection reads

NAMES = {
    "ar": "Arabic", "cs": "Czech", "da": "Danish", "de": "German", "el": "Greek",
    "es": "Spanish", "fi": "Finnish", "fr": "French", "he": "Hebrew", "hi": "Hindi",
    "hu": "Hungarian", "it": "Italian", "ja": "Japanese", "ko": "Korean", "nl": "Dutch",
    "no": "Norwegian", "pl": "Polish", "pt": "Portuguese", "ro": "Romanian", "ru": "Russian",
    "sv": "Swedish", "tr": "Turkish", "uk": "Ukrainian", "zh": "Chinese",
}  # fmt: skip


def language_name(code: str) -> str:
    return NAMES.get(code, f"language '{code}'")


def check_language(value: str | None, model: str) -> str | None:
    """The Whisper language code ``--language`` names (a code in any case, or a name from
    ``NAMES``), checked before any model loads: an unknown code had stopped the run with
    faster-whisper's traceback after diarization, and tiny.en silently ignores any language
    but English."""
    from faster_whisper.tokenizer import _LANGUAGE_CODES  # the codes Whisper accepts

    from hearing.errors import InputError

    if value is None:
        return None
    said = value.strip()
    by_name = {name.casefold(): code for code, name in NAMES.items()}
    code = by_name.get(said.casefold(), said.lower())
    if code not in _LANGUAGE_CODES:
        raise InputError(
            f"unknown language {said!r}: give a Whisper language code such as en, de, fr, es"
        )
    if model.endswith(".en") and code != "en":
        raise InputError(f"--language {code} needs --model base: {model} understands English only")
    return code


def other_language(
    waveform: np.ndarray, device: str = "cpu", cpu_threads: int = 0
) -> tuple[str, float] | None:
    """(code, probability) when the speech is not English, else None (English, no speech,
    or Whisper base not installed: the check then says nothing rather than guess)."""
    from models.registry import ModelMissing
    from models.whisper import open_whisper

    try:
        model = open_whisper("base", device, cpu_threads)
        code, p, probs = model.detect_language(
            waveform, vad_filter=True, language_detection_segments=SEGMENTS
        )
    except (ModelMissing, OSError, RuntimeError, ValueError, IndexError):
        return None
    if code == "en" or dict(probs).get("en", 0.0) >= ENGLISH_FLOOR:
        return None
    return code, float(p)
