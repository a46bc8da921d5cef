"""What the analyst must know before trusting a transcript: its language, Whisper's doubt.

An English-only model given another language does not fail: it writes English nonsense
whose words it rates low. Mean word probability measured with tiny.en: 0.89 on the sample
hearing, 0.69 and 0.79 on the two real AMI meeting excerpts, 0.56 and 0.28-0.40 for the
German and French clips in samples/ (0.32 for the German one as an uncompressed WAV).
``analyze`` prints the note, the review app shows it when a hearing opens, and the
Markdown, text, HTML and Word reports open with it.
"""

from __future__ import annotations

from hearing.document import HearingDocument, Word

LOW_CONFIDENCE = 0.5  # mean word probability under which the transcript is called unsure


def mean_probability(words: list[Word]) -> float | None:
    """Whisper's mean confidence in its words (None without words): the one measure both
    this note and the language check (``transcribe``) go by."""
    return sum(w.probability for w in words) / len(words) if words else None


def confidence_note(words: list[Word], model: str) -> str | None:
    """A line for the analyst when Whisper was unsure of most words, else None."""
    mean = mean_probability(words)
    if mean is None or mean >= LOW_CONFIDENCE:
        return None
    english_only = model.endswith(".en")
    why = "noisy or not in English" if english_only else "noisy or hard to follow"
    hint = "; for another language run with --model base" if english_only else ""
    return (
        f"Whisper was unsure of this transcript (mean word probability {mean:.2f}): the "
        f"recording may be {why}{hint}. Check the transcript before trusting the flags."
    )


def transcript_note(doc: HearingDocument) -> str | None:
    """What the analyst must know before reading the transcript, or None.

    The English-only model records the language Whisper base heard when it was not English
    (``hearing.language``): its transcript is then nonsense. The multilingual model's
    transcript of another language is sound, but pairing and scoring read English only.
    Otherwise the words' mean probability speaks."""
    from hearing.language import language_name

    model = next((m.id for m in doc.models if m.role == "transcribe"), "whisper-tiny.en")
    model = model.removeprefix("whisper-")
    unsure = confidence_note(doc.words, model)
    if not doc.language or doc.language == "en":
        return unsure
    language = language_name(doc.language)
    if model.endswith(".en"):
        return (
            f"The recording sounds like {language}, but Whisper {model} transcribes English "
            "only: this transcript and its flags are not usable. Run again with --model base."
        )
    note = (
        f"The hearing is in {language}: its transcript and speakers can be used, but question "
        "pairing and the evasion scorer read English only, so its exchanges and flags cannot."
    )
    return f"{note} {unsure}" if unsure else note
