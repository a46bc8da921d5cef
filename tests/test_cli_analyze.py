"""``hearing analyze`` and ``hearing models`` as a user runs them (subprocess, real exit codes)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import wave
from pathlib import Path

import numpy as np
import pytest
from conftest import SAMPLE_AUDIO, sigint_default

HEARING = [sys.executable, "-m", "hearing.cli"]


def run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*HEARING, *args],
        capture_output=True,
        text=True,
        timeout=900,
        env={**os.environ, **(env or {})},
    )


def silent_wav(path: Path) -> Path:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(16000)
        w.writeframes(np.zeros(16000 * 3, "<i2").tobytes())
    return path


@pytest.mark.parametrize("kind", ["missing", "directory", "empty", "text", "silent", "truncated"])
def test_bad_input_one_line_error_and_no_outputs(tmp_path, kind):
    src = tmp_path / "in"
    src.mkdir()
    path = {
        "missing": src / "nope.wav",
        "directory": src,
        "empty": src / "empty.mp3",
        "text": src / "minutes.m4a",
        "silent": src / "silence.wav",
        "truncated": src / "cut.opus",
    }[kind]
    if kind == "empty":
        path.write_bytes(b"")
    elif kind == "text":
        path.write_text("Minutes of the meeting.\n" * 100)
    elif kind == "silent":
        silent_wav(path)
    elif kind == "truncated":
        data = SAMPLE_AUDIO.read_bytes()
        path.write_bytes(data[: len(data) // 4])
    out = tmp_path / "out"
    proc = run("analyze", str(path), "--out", str(out), "--quiet", "--no-library")
    assert proc.returncode == 2, proc.stderr
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error:"), proc.stderr
    assert "Traceback" not in proc.stderr
    assert not out.exists()  # the folder made for the outputs went with them


def test_failed_run_removes_only_the_folders_it_made(tmp_path):
    """A mistyped --out should not leave empty folders behind; a folder that was there
    before, or that holds anything, stays."""
    bad = tmp_path / "empty.wav"
    bad.write_bytes(b"")
    proc = run("analyze", str(bad), "--out", str(tmp_path / "a" / "b"), "--quiet", "--no-library")
    assert proc.returncode == 2 and not (tmp_path / "a").exists(), proc.stderr
    kept = tmp_path / "kept"
    kept.mkdir()
    proc = run("analyze", str(bad), "--out", str(kept / "new"), "--quiet", "--no-library")
    assert proc.returncode == 2 and kept.is_dir() and not (kept / "new").exists()
    (kept / "notes.txt").write_text("mine")
    proc = run("analyze", str(bad), "--out", str(kept), "--quiet", "--no-library")
    assert proc.returncode == 2 and (kept / "notes.txt").read_text() == "mine"


def test_unwritable_output_folder(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    proc = run("analyze", str(SAMPLE_AUDIO), "--out", str(blocker / "sub"), "--quiet")
    assert proc.returncode == 4 and proc.stderr.startswith("error:"), proc.stderr
    proc = run("analyze", str(SAMPLE_AUDIO), "--out", str(blocker), "--quiet")
    assert proc.returncode == 4 and "is a file; give --out a folder" in proc.stderr, proc.stderr
    assert blocker.read_text() == "x"


def test_unknown_format_and_bad_options(tmp_path):
    proc = run("analyze", str(SAMPLE_AUDIO), "--out", str(tmp_path), "--format", "pdf")
    assert proc.returncode == 2 and "unknown format" in proc.stderr
    proc = run("analyze", str(SAMPLE_AUDIO), "--out", str(tmp_path), "--device", "tpu")
    assert proc.returncode == 2 and "device" in proc.stderr
    proc = run("analyze", str(SAMPLE_AUDIO), "--out", str(tmp_path), "--encoder", "gpt")
    assert proc.returncode == 2 and "choose auto, static, minilm, both" in proc.stderr
    # checked before any model loads (an unknown code was faster-whisper's traceback after
    # diarization; tiny.en ignored any other language)
    args = ("analyze", str(SAMPLE_AUDIO), "--out", str(tmp_path))
    proc = run(*args, "--model", "base", "--language", "xx")
    assert proc.returncode == 2 and "unknown language 'xx'" in proc.stderr, proc.stderr
    proc = run(*args, "--language", "de")
    assert proc.returncode == 2 and "--language de needs --model base" in proc.stderr
    proc = run(*args, "--threads", "-2")
    assert proc.returncode == 2 and "--threads must be 0" in proc.stderr
    assert "Traceback" not in proc.stderr and not list(tmp_path.iterdir())


def test_help_documents_exit_codes():
    proc = run("--help")
    assert proc.returncode == 0 and "Exit codes" in proc.stdout


def test_analyze_flags_have_no_doubled_negatives():
    proc = run("analyze", "--help")
    assert proc.returncode == 0 and "--no-cache" in proc.stdout and "--force" in proc.stdout
    assert "--no-no-" not in proc.stdout and "--no-force" not in proc.stdout


def test_models_table_verifies_checksums():
    proc = run("models")
    assert proc.returncode == 0, proc.stderr
    for model_id in ("whisper-tiny.en", "pyannote-segmentation-3.0", "campplus"):
        assert model_id in proc.stdout
    assert "missing" not in proc.stdout
    assert "--device auto: Whisper on " in proc.stdout  # where each engine would run
    # set-up runs this: it makes MiniLM's onnxruntime export, so no analysis waits for it
    assert "MiniLM on the CPU runs on onnxruntime" in proc.stdout


@pytest.mark.slow
def test_analyze_writes_every_output(sample_doc, isolated_dirs, tmp_path):
    """The CLI on the sample (stage cache shared with ``sample_doc``, so Whisper runs once)."""
    out = tmp_path / "out"
    env = {"HEARING_CACHE": str(isolated_dirs / "sample-cache")}
    proc = run("analyze", str(SAMPLE_AUDIO), "--out", str(out), "--quiet", env=env)
    assert proc.returncode == 0, proc.stderr
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted(f"hearing.{e}" for e in "json rttm srt vtt txt csv md".split())
    doc = json.loads((out / "hearing.json").read_text())
    assert doc["schema_version"] >= 1 and len(doc["words"]) == len(sample_doc.words)
    assert "<v " in (out / "hearing.vtt").read_text()
    rttm = (out / "hearing.rttm").read_text().splitlines()
    assert rttm and all(line.startswith("SPEAKER hearing 1 ") for line in rttm)
    # without --force an existing output is never overwritten
    again = run("analyze", str(SAMPLE_AUDIO), "--out", str(out), "--quiet", env=env)
    assert again.returncode == 4 and "--force" in again.stderr
    assert not [p for p in out.iterdir() if p.name.startswith(".")]  # no temp files left
    # --encoder static re-scores the same exchanges with the static combiner alone
    static = run(
        "analyze", str(SAMPLE_AUDIO), "--out", str(out), "--quiet", "--force", "--no-library",
        "--encoder", "static", "--format", "json", env=env,
    )  # fmt: skip
    assert static.returncode == 0, static.stderr
    redone = json.loads((out / "hearing.json").read_text())
    evasion = [
        (m["id"], m["settings"]) for m in redone["models"] if m["role"] == "evasion-similarity"
    ]
    static_settings = {"scorer": "static", "device": "cpu", "runtime": "model2vec"}
    assert evasion == [("minilm-static", static_settings)]
    assert len(redone["exchanges"]) == len(doc["exchanges"])
    assert [e["score"] for e in redone["exchanges"]] != [e["score"] for e in doc["exchanges"]]


def analyze_in_flight(tmp_path) -> tuple[subprocess.Popen, Path]:
    """Start analyze on the sample and return once its first model stage is cached.

    Whisper and pyannote run side by side on the sample; whichever ends first, the other
    engine, the alignment and the scorer are left. Waiting on this instead of a fixed pause
    keeps an interrupt inside the run on a machine of any speed (a 12 s pause was 2.7 s
    from the end of a 15 s run on a fast CPU)."""
    import time

    out, cache = tmp_path / "out", tmp_path / "cache"
    proc = subprocess.Popen(
        [*HEARING, "analyze", str(SAMPLE_AUDIO), "--out", str(out), "--quiet", "--no-library"],
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "HEARING_CACHE": str(cache)},
        preexec_fn=sigint_default,
    )
    deadline = time.monotonic() + 300
    while not list(cache.glob("*/*.json")):
        assert proc.poll() is None, "the run ended before any stage was cached"
        assert time.monotonic() < deadline, "no stage cached in 300 s"
        time.sleep(0.02)
    return proc, out


def interrupted_analyze(tmp_path, *after: float) -> tuple[int, str, Path]:
    """Run analyze on the sample and send SIGINT after each of these pauses (seconds),
    counted from the moment its first model stage is cached."""
    import signal
    import time

    proc, out = analyze_in_flight(tmp_path)
    for pause in after:
        time.sleep(pause)
        proc.send_signal(signal.SIGINT)
    err = proc.communicate(timeout=120)[1]
    return proc.returncode, err, out


def test_interrupt_exits_130_and_keeps_nothing(tmp_path):
    code, err, out = interrupted_analyze(tmp_path, 0)  # one engine still running
    assert code == 130, err
    lines = err.strip().splitlines()
    # heard at once, although the engines stop only at their next checkpoint
    assert lines[0].startswith("interrupting: stopping at the next safe point"), err
    assert lines[-1].startswith("error: interrupted") and "Traceback" not in err
    assert not out.exists()


def test_second_interrupt_quits_at_once_and_keeps_nothing(tmp_path):
    # an engine running: the first Ctrl-C takes a moment to land, the second may not wait
    code, err, out = interrupted_analyze(tmp_path, 0, 0.3)
    assert code == 130, err
    assert "interrupting: stopping" in err and "Traceback" not in err
    assert "no partial output was kept" in err.strip().splitlines()[-1]
    assert not out.exists() or not any(out.iterdir())  # quitting at once may leave it empty


def test_interrupt_during_teardown_still_exits_130(tmp_path):
    """A Ctrl-C that lands after the first was obeyed, while the loaded engines are being
    torn down (~1.5 s), once killed the process by signal (-2) instead of the documented 130."""
    import signal
    import time

    proc, out = analyze_in_flight(tmp_path)
    proc.send_signal(signal.SIGINT)
    said = []
    for line in proc.stderr:  # the error line is the last thing said before the teardown
        said.append(line)
        if line.startswith("error:"):
            time.sleep(0.4)
            proc.send_signal(signal.SIGINT)
            break
    said.append(proc.communicate(timeout=120)[1])
    assert proc.returncode == 130, "".join(said)
    assert "Traceback" not in "".join(said)
    assert not out.exists() or not any(out.iterdir())


def test_quiet_batch_still_says_errors_and_notes(tmp_path):
    """--quiet drops progress, not what went wrong: one bad file among several is named,
    the others are written, and a transcript note still reaches the terminal."""
    bad = tmp_path / "minutes.wav"
    bad.write_text("not audio at all", encoding="utf-8")
    german = SAMPLE_AUDIO.parent / "german.opus"
    out = tmp_path / "out"
    proc = run("analyze", str(bad), str(german), "--out", str(out), "--quiet", "--no-library")
    assert proc.returncode == 2, proc.stderr
    said = " ".join(proc.stderr.split())
    assert "error:" in said and "minutes.wav" in said, proc.stderr
    assert "german.opus: The recording sounds like German" in said, proc.stderr
    assert (out / "german.md").is_file() and not list(out.glob("minutes.*"))


def test_command_help_paragraphs_are_not_broken_at_the_source_lines() -> None:
    """Typer keeps a docstring's line breaks; with the terminal's own wrapping they left a
    lone word on a line. Each paragraph reaches Typer as one line."""
    from hearing.cli import _unwrapped, app

    assert (
        _unwrapped("""One.

        Two lines
        of one paragraph.""")
        == "One.\n\nTwo lines of one paragraph."
    )
    helps = {info.callback.__name__: info.help for info in app.registered_commands}
    assert "questions asked together in one turn" in helps["score_pairs"]
    for name, text in helps.items():
        assert all("\n" not in p for p in text.split("\n\n")), name
