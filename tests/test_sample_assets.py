"""The bundled sample hearing: its files exist, decode, and agree with each other (no models).

The real-model accuracy checks on this sample (WER, DER, speaker attribution, evasion labels)
live with the pipeline tests; these only guard the references those checks trust.
"""

from __future__ import annotations

import csv
import functools
import importlib.util
import json
import sys
from itertools import pairwise
from pathlib import Path

import av
import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
OPUS = SAMPLES / "hearing.opus"
TSV = SAMPLES / "hearing.script.tsv"
RTTM = SAMPLES / "hearing.rttm"
EXCHANGES = SAMPLES / "hearing.exchanges.json"
SR = 16_000


def _load_module(name: str):
    spec = importlib.util.spec_from_file_location(f"_sample_{name}", SAMPLES / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


@functools.cache
def _verify_module():
    return _load_module("verify_sample")


@pytest.fixture(scope="module")
def rows() -> list[dict[str, str]]:
    with TSV.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


@pytest.fixture(scope="module")
def rttm_lines() -> list[list[str]]:
    return [line.split() for line in RTTM.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def exchanges() -> list[dict]:
    return json.loads(EXCHANGES.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def audio() -> tuple[np.ndarray, int, int]:
    """(16 kHz mono float32 samples, channels and sample rate of the stream as stored)."""
    with av.open(str(OPUS)) as container:
        stream = container.streams.audio[0]
        channels, rate = stream.codec_context.channels, stream.codec_context.sample_rate
        resampler = av.AudioResampler(format="flt", layout="mono", rate=SR)
        chunks = [
            frame.to_ndarray().reshape(-1)
            for packet_frame in container.decode(stream)
            for frame in resampler.resample(packet_frame)
        ]
        chunks += [frame.to_ndarray().reshape(-1) for frame in resampler.resample(None)]
    return np.concatenate(chunks), channels, rate


def test_files_exist_and_are_small() -> None:
    for path in (OPUS, TSV, RTTM, EXCHANGES, SAMPLES / "README.md", SAMPLES / "make_sample.py"):
        assert path.is_file(), path
    assert 100_000 < OPUS.stat().st_size < 3_000_000


def test_opus_decodes_mono_with_hearing_length(audio, rows) -> None:
    samples, channels, rate = audio
    assert channels == 1
    assert rate in (8_000, 12_000, 16_000, 24_000, 48_000)
    duration = len(samples) / SR
    assert 180.0 <= duration <= 300.0
    assert max(float(r["end"]) for r in rows) <= duration
    assert np.isfinite(samples).all() and 0.01 < np.abs(samples).max() <= 1.0


def test_script_columns_speakers_and_roles(rows) -> None:
    assert list(rows[0]) == ["index", "speaker", "name", "role", "start", "end", "text"]
    assert [int(r["index"]) for r in rows] == list(range(len(rows)))
    speakers = {r["speaker"] for r in rows}
    assert len(speakers) >= 4
    for spk in speakers:
        mine = [r for r in rows if r["speaker"] == spk]
        assert len({(r["name"], r["role"]) for r in mine}) == 1, spk  # one name, one role each
    roles = {r["role"] for r in rows}
    assert roles == {"asker", "answerer"}
    for r in rows:
        assert 0.0 <= float(r["start"]) < float(r["end"])
        assert r["text"].strip() and "\t" not in r["text"]


def test_rttm_agrees_with_script(rows, rttm_lines) -> None:
    assert len(rttm_lines) == len(rows)
    for r, parts in zip(rows, rttm_lines, strict=True):
        assert len(parts) == 10 and parts[0] == "SPEAKER" and parts[1] == "hearing"
        start, dur = float(parts[3]), float(parts[4])
        assert start == pytest.approx(float(r["start"]), abs=1e-3)
        assert start + dur == pytest.approx(float(r["end"]), abs=2e-3)
        assert parts[7] == r["speaker"]


def test_turn_taking_has_short_pauses_and_one_real_interruption(rows) -> None:
    ordered = sorted(rows, key=lambda r: float(r["start"]))
    gaps = [float(b["start"]) - float(a["end"]) for a, b in pairwise(ordered)]
    overlaps = [-g for g in gaps if g < 0]
    assert len(overlaps) >= 1 and all(0.3 <= o <= 1.5 for o in overlaps)
    assert all(0.2 <= g <= 1.0 for g in gaps if g >= 0)


def test_rttm_times_match_the_audio(audio, rows) -> None:
    """Speech inside every reference turn is far louder than the silence between turns."""
    samples = audio[0]

    def rms(a: float, b: float) -> float:
        seg = samples[int(a * SR) : int(b * SR)]
        return float(np.sqrt(np.mean(seg.astype(np.float64) ** 2)))

    spans = sorted((float(r["start"]), float(r["end"])) for r in rows)
    for s, e in spans:
        assert rms(s, e) > 0.02
    quiet = [(a_end + 0.05, b_start - 0.05) for (_, a_end), (b_start, _) in pairwise(spans)]
    quiet = [(a, b) for a, b in quiet if b - a > 0.15]
    assert quiet, "expected pauses between turns"
    for a, b in quiet:
        assert rms(a, b) < 0.1 * rms(*spans[0]), (a, b)


def test_exchanges_refer_to_real_utterances(exchanges, rows) -> None:
    by_index = {int(r["index"]): r for r in rows}
    ids = [ex["id"] for ex in exchanges]
    assert ids == list(range(len(exchanges)))
    for ex in exchanges:
        q, a = ex["question_utterances"], ex["answer_utterances"]
        assert q and a and max(q) < min(a)
        assert all(i in by_index for i in q + a)
        assert {by_index[i]["role"] for i in q} == {"asker"}
        assert {by_index[i]["role"] for i in a} == {"answerer"}
        assert ex["asker"] == by_index[q[0]]["speaker"]
        assert ex["answerer"] == by_index[a[0]]["speaker"]
        assert ex["question"] == " ".join(by_index[i]["text"] for i in q)
        assert ex["answer"] == " ".join(by_index[i]["text"] for i in a)
        assert ex["expected"] in ("evasive", "answered")
        assert ex["why"].strip()
        assert ex["follows"] is None or 0 <= ex["follows"] < ex["id"]


def test_exchanges_cover_every_required_kind(exchanges) -> None:
    def having(kind: str, expected: str) -> list[dict]:
        return [ex for ex in exchanges if ex["kind"] == kind and ex["expected"] == expected]

    assert having("shift", "evasive")
    assert having("refusal", "evasive")
    assert having("yes_no_direct", "answered")
    assert having("direct", "answered")
    assert any(ex["follows"] is not None for ex in exchanges)
    assert any(ex["question_type"] == "multi" and len(ex["questions"]) >= 2 for ex in exchanges)
    ice = [ex for ex in having("shift", "evasive") if "Customs Enforcement" in ex["question"]]
    assert ice and "variety of government agencies" in ice[0]["answer"]
    assert any(
        "not in a position to discuss" in ex["answer"] for ex in having("refusal", "evasive")
    )


def test_committed_outputs_match_the_generator(rows, exchanges) -> None:
    """The committed references were produced by the current make_sample.py (same words)."""
    make_sample = _load_module("make_sample")
    assert [(r["speaker"], r["text"]) for r in rows] == [
        (line.speaker, line.text) for line in make_sample.SCRIPT
    ]
    assert {r["speaker"]: r["name"] for r in rows} == {
        v.speaker: v.name for v in make_sample.VOICES.values()
    }
    assert [ex["kind"] for ex in exchanges] == [ex.kind for ex in make_sample.EXCHANGES]
    assert len(make_sample.VOICES) >= 4


def test_number_words_known_values() -> None:
    verify = _verify_module()
    assert verify.number_words(2019) == "twenty nineteen"
    assert verify.number_words(400_000_000) == "four hundred million"
    assert verify.number_words(30) == "thirty"
    assert verify.normalise("Yes. We've had it since 2019, Mr. Chen!") == (
        "yes we've had it since twenty nineteen mister chen"
    )


@given(st.integers(min_value=0, max_value=10**12 - 1))
def test_number_words_spells_every_number(n: int) -> None:
    words = _verify_module().number_words(n)
    assert words and all(w.isalpha() for w in words.split())
