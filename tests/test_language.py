"""A hearing in another language must not pass for an English transcript.

The default Whisper (tiny.en) writes English nonsense for German and may write nothing
for French; the analyst is told which language was heard and to use ``--model base``.
Real Whisper models on the two short espeak-ng clips in samples/ (see
samples/make_other_languages.py).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from hearing.confidence import LOW_CONFIDENCE, confidence_note, transcript_note
from hearing.document import Word
from hearing.errors import InputError
from hearing.ingest import decode
from hearing.language import other_language

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
GERMAN, FRENCH = SAMPLES / "german.opus", SAMPLES / "french.opus"


@pytest.mark.parametrize("path, code", [(GERMAN, "de"), (FRENCH, "fr")])
def test_whisper_base_hears_the_language(path: Path, code: str) -> None:
    heard = other_language(decode(path).waveform)
    assert heard is not None and heard[0] == code, heard


def test_english_hearing_is_left_alone(sample_doc) -> None:
    assert sample_doc.language == "en"
    assert other_language(decode(SAMPLES / "hearing.opus").waveform) is None
    assert transcript_note(sample_doc) is None  # sure of its words, and English


def test_german_hearing_is_reported_not_trusted(tmp_path: Path) -> None:
    out = tmp_path / "out"
    proc = subprocess.run(
        [sys.executable, "-m", "hearing.cli", "analyze", str(GERMAN), "--out", str(out)]
        + ["--no-library", "--format", "md,json", "--quiet"],  # a warning is not progress
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    said = " ".join(proc.stderr.split())
    assert "sounds like German" in said and "--model base" in said, proc.stderr
    report = (out / "german.md").read_text(encoding="utf-8")
    assert "**Transcript:** The recording sounds like German" in report
    assert '"language": "de"' in (out / "german.json").read_text(encoding="utf-8")


def test_no_words_in_another_language_names_it(monkeypatch) -> None:
    """tiny.en wrote no word at all for French read at 22 kHz (it depends on the decoder's
    threads): the error then names the language instead of a bare "no speech found"."""
    from hearing import transcribe as tr

    def heard_nothing(*_args, **_kwargs):
        raise InputError("no speech found in the recording (Whisper heard no words)")

    monkeypatch.setattr(tr, "_transcribe_pieces", heard_nothing)
    with pytest.raises(InputError, match="sounds like French .*--model base"):
        tr.transcribe(decode(FRENCH).waveform)
    with pytest.raises(InputError, match="^no speech found"):  # English speech: unchanged
        tr.transcribe(decode(SAMPLES / "hearing.opus").waveform[: 16000 * 20])


def words(*probabilities: float) -> list[Word]:
    return [Word("w", i, i + 0.5, p) for i, p in enumerate(probabilities)]


def test_unsure_transcript_gets_a_note() -> None:
    assert confidence_note(words(0.9, 0.95, 0.6), "tiny.en") is None
    assert confidence_note([], "tiny.en") is None
    note = confidence_note(words(0.2, 0.4, 0.5), "tiny.en")
    assert note is not None and "0.37" in note and "--model base" in note
    note = confidence_note(words(0.1, LOW_CONFIDENCE - 0.01), "base")
    assert note is not None and "--model base" not in note and "noisy" in note


def test_multilingual_model_transcribes_it_and_says_what_still_reads_english(
    isolated_dirs,
) -> None:
    from hearing.pipeline import Settings, analyze

    settings = Settings(model="base", cache_dir=str(isolated_dirs / "base-cache"))
    doc = analyze(GERMAN, settings)
    assert doc.language == "de"
    text = " ".join(w.text for w in doc.words).lower()
    assert "ausschusses" in text and "behörden" in text, text
    note = transcript_note(doc)
    assert note is not None and "is in German" in note and "English only" in note
    assert "--model base" not in note  # that advice is for the English-only model


def test_a_confident_english_transcript_skips_the_check(monkeypatch) -> None:
    """The second model is loaded only for a transcript tiny.en was unsure of."""
    from hearing import transcribe as tr

    def must_not_run(*_args, **_kwargs):
        raise AssertionError("language check ran on a confident English transcript")

    monkeypatch.setattr(tr, "other_language", must_not_run)
    result = tr.transcribe(decode(SAMPLES / "hearing.opus").waveform[: 16000 * 30])
    assert result.language == "en" and len(result.words) > 20


def test_language_option_takes_codes_and_names_in_any_case() -> None:
    from hearing.errors import InputError
    from hearing.language import check_language

    assert check_language(None, "tiny.en") is None
    assert check_language(" EN ", "tiny.en") == "en"
    assert check_language("German", "base") == "de"
    assert check_language("fr", "base") == "fr"
    with pytest.raises(InputError, match="needs --model base"):
        check_language("French", "tiny.en")
    with pytest.raises(InputError, match="unknown language 'klingon'"):
        check_language("klingon", "base")
