"""Each export parses back with the format's own tools and shows the analyst's work."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import docx
import pytest
import srt
import webvtt
from docs_factory import sample_document, synthetic_document
from hypothesis import given
from hypothesis import strategies as st
from test_export_golden import docx_dump

from hearing.document import HearingDocument
from hearing.errors import InputError, OutputError
from hearing.export import (
    FORMATS,
    default_filename,
    export_document,
    is_flagged,
    render,
    sanitize_filename,
)
from hearing.export.subtitles import MAX_CUE_S
from hearing.store import Library


@pytest.fixture
def doc() -> HearingDocument:
    return sample_document()


def flagged_ids(doc: HearingDocument) -> set[int]:
    return {e.id for e in doc.exchanges if is_flagged(e, doc.annotation(e.id))}


def _secs(stamp: str) -> float:
    h, m, s = stamp.split(":")
    return int(h) * 3600 + int(m) * 60 + float(s)


# -- subtitles ------------------------------------------------------------------------------
def test_vtt_parses_with_voices_and_covers_every_turn(doc):
    captions = webvtt.from_string(render(doc, "vtt")).captions
    assert captions
    names = {s.display_name for s in doc.speakers}
    assert {c.voice for c in captions} == names
    text = " ".join(c.text.replace("\n", " ") for c in captions)
    for t in doc.turns:
        assert t.text.split()[-1] in text
    starts = [_secs(c.start) for c in captions]
    assert starts == sorted(starts)
    for c in captions:
        assert _secs(c.end) > _secs(c.start)
        assert len(c.text.splitlines()) <= 2


def test_vtt_word_timing_is_valid_webvtt(doc):
    captions = webvtt.from_string(render(doc, "vtt", word_timing=True)).captions
    assert any(re.search(r"<\d\d:\d\d:\d\d\.\d{3}>", c.raw_text) for c in captions)


def test_srt_parses_with_speaker_names(doc):
    subs = list(srt.parse(render(doc, "srt")))
    assert [s.index for s in subs] == list(range(1, len(subs) + 1))
    speakers = {s.content.split(":", 1)[0] for s in subs}
    assert speakers == {s.display_name for s in doc.speakers}
    assert all(s.end > s.start for s in subs)
    assert all(len(s.content.splitlines()) <= 2 for s in subs)
    assert srt.compose(subs, reindex=False)  # round-trips through the library's writer


def test_long_turns_are_split_at_sentences_within_limits():
    long = synthetic_document(seed=5, n_turns=6, n_words=600, n_exchanges=2)
    subs = list(srt.parse(render(long, "srt")))
    assert len(subs) > len(long.turns)
    for s in subs:
        assert (s.end - s.start).total_seconds() <= MAX_CUE_S + 1.0
    turn_ends = {round(t.end, 3) for t in long.turns}
    for s in subs:
        end = round(s.end.total_seconds(), 3)
        # A cue either ends its turn or ends on a sentence end / at the length limit.
        assert end in turn_ends or s.content.endswith((".", "?")) or len(s.content) > 40


# -- DOCX -----------------------------------------------------------------------------------
def test_docx_opens_with_bold_names_and_highlighted_flags(doc):
    document = docx.Document(io.BytesIO(render(doc, "docx")))
    headings = [
        p.text for p in document.paragraphs if p.style.name.startswith(("Heading", "Title"))
    ]
    assert doc.title in headings and "Transcript" in headings and "Flagged exchanges" in headings
    bold = {r.text.rstrip(": ") for p in document.paragraphs for r in p.runs if r.bold}
    assert {s.display_name for s in doc.speakers} <= bold
    highlighted = " ".join(
        r.text for p in document.paragraphs for r in p.runs if r.font.highlight_color
    )
    for e in doc.exchanges:
        assert (e.answer in highlighted) == (e.id in flagged_ids(doc))
    notes = " ".join(p.text for p in document.paragraphs)
    assert all(a.note in notes for a in doc.annotations if a.note)


def test_docx_converts_with_libreoffice(doc, tmp_path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed: apt install libreoffice-writer-nogui")
    src = export_document(doc, "docx", tmp_path / "hearing.docx")
    result = subprocess.run(
        [soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo-profile",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(src)],
        capture_output=True, text=True, timeout=240,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    pdf = tmp_path / "hearing.pdf"
    assert pdf.exists() and pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 5000


# -- HTML -----------------------------------------------------------------------------------
class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs += attrs

    def handle_data(self, data):
        self.text.append(data)


def test_html_is_self_contained_and_escaped(doc):
    doc.annotations[0].note = '<script>alert("x")</script> & <img src=x onerror=alert(1)>'
    doc.turns[0].text = "Order <b>now</b> & forever"
    page = render(doc, "html")
    parser = _Collector()
    parser.feed(page)
    assert "script" not in parser.tags and "img" not in parser.tags and "link" not in parser.tags
    assert not re.search(r"https?://|src=|url\(|@import", page.replace("&lt;img src=x", ""))
    assert "default-src 'none'" in page
    text = "".join(parser.text)
    assert '<script>alert("x")</script>' in text and "Order <b>now</b> & forever" in text
    for v in flagged_ids(doc):
        assert f'id="ex-{v}"' in page and f'href="#ex-{v}"' in page


def test_html_renders_in_headless_chromium(doc, tmp_path):
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        pytest.skip("headless Chromium is not installed")
    page = export_document(doc, "html", tmp_path / "report.html")
    result = subprocess.run(
        [chromium, "--headless", "--no-sandbox", "--disable-gpu",
         "--disable-background-networking", f"--user-data-dir={tmp_path}/profile",
         "--dump-dom", page.as_uri()],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Flagged exchanges" in result.stdout and "Dana Hale" in result.stdout


# -- CSV, RTTM, JSON, TXT -------------------------------------------------------------------
def test_csv_rows_carry_verdicts_notes_and_are_formula_safe(doc):
    doc.annotations[1].note = '=HYPERLINK("http://x")'
    rows = list(csv.DictReader(io.StringIO(render(doc, "csv"))))
    assert list(rows[0]) == ["id", "start", "end", "asker", "answerer", "question", "answer",
                             "score", "label", "reasons", "verdict", "note", "follows"]  # fmt: skip
    assert [int(r["id"]) for r in rows] == [e.id for e in doc.exchanges]
    assert [r["follows"] for r in rows] == [
        "" if e.follows is None else str(e.follows) for e in doc.exchanges
    ]
    by_id = {int(r["id"]): r for r in rows}
    for a in doc.annotations:
        assert by_id[a.exchange_id]["verdict"] == (a.verdict or "")
    assert by_id[doc.annotations[1].exchange_id]["note"].startswith("'=")
    flagged = list(csv.DictReader(io.StringIO(render(doc, "csv", only_flagged=True))))
    assert {int(r["id"]) for r in flagged} == flagged_ids(doc)


def test_rttm_fields_and_sanitised_names(doc):
    doc.speakers[0].name = "Chair  Ann Brooks"
    lines = render(doc, "rttm").splitlines()
    assert len(lines) == len(doc.segments)
    for line in lines:
        f = line.split(" ")
        assert len(f) == 10 and f[0] == "SPEAKER" and float(f[4]) > 0
    assert {line.split(" ")[7] for line in lines} == {
        "Chair_Ann_Brooks", "Dana_Hale", "Senator_Ortiz", "Senator_Chen"
    }  # fmt: skip


def test_rttm_falls_back_to_turns(doc):
    doc.segments = []
    assert len(render(doc, "rttm").splitlines()) == len(doc.turns)


def test_json_is_the_document_and_words_follow_the_option(doc):
    full = HearingDocument.from_json(render(doc, "json", word_timing=True))
    assert full.to_dict() == doc.to_dict()
    lean = json.loads(render(doc, "json"))
    assert lean["words"] == [] and len(lean["turns"]) == len(doc.turns)


@pytest.mark.parametrize("fmt", ["md", "html", "txt"])
def test_word_timing_appendix(doc, fmt):
    plain, timed = render(doc, fmt), render(doc, fmt, word_timing=True)
    assert "Word timing" not in plain and "Word timing" in timed
    assert len(timed) > len(plain) + 20 * len(doc.words)


def test_filters_select_exchanges_and_their_turns(doc):
    confirmed = {a.exchange_id for a in doc.annotations if a.verdict == "confirmed"}
    data = json.loads(render(doc, "json", only_confirmed=True))
    assert {e["id"] for e in data["exchanges"]} == confirmed
    flagged = json.loads(render(doc, "json", only_flagged=True))
    assert {e["id"] for e in flagged["exchanges"]} == flagged_ids(doc)
    dismissed = next(a.exchange_id for a in doc.annotations if a.verdict == "dismissed")
    assert dismissed not in flagged_ids(doc)
    keep = {t for e in flagged["exchanges"] for t in e["question_turns"] + e["answer_turns"]}
    assert {t["id"] for t in flagged["turns"]} == keep
    txt = render(doc, "txt", only_flagged=True)
    assert "Good morning" not in txt and "So is that a yes?" in txt


# -- a renamed speaker shows in every format ------------------------------------------------
def test_renamed_speaker_appears_in_every_format(tmp_path):
    with Library.open(tmp_path / "lib.sqlite3") as lib:
        hearing_id = lib.import_document(sample_document())
        before = lib.load(hearing_id)
        lib.rename_speaker(hearing_id, "S4", "Sen. Lin Chen")
        lib.set_note(hearing_id, 4, "a new note from the TUI")
        after = lib.load(hearing_id)

    def text(doc, fmt):
        out = render(doc, fmt)
        return docx_dump(out) if fmt == "docx" else out

    for fmt in FORMATS:
        old, new = ("Senator Chen", "Sen. Lin Chen")
        if fmt == "rttm":
            old, new = old.replace(" ", "_"), new.replace(" ", "_")
        was, now = text(before, fmt), text(after, fmt)
        if fmt == "json":
            speaker = next(s for s in json.loads(now)["speakers"] if s["id"] == "S4")
            assert speaker["name"] == new
        else:
            # Every place the old name stood as a label now shows the new one (the old name
            # may still be *said* in the transcript: "Thank you, Senator Chen").
            assert now.count(new) > 0, fmt
            assert was.count(old) == now.count(old) + now.count(new), fmt
        if fmt not in ("rttm", "srt", "vtt"):
            assert "a new note from the TUI" in now, fmt


# -- writing files ----------------------------------------------------------------------------
def test_never_overwrites_without_force(doc, tmp_path):
    target = tmp_path / "out.md"
    target.write_text("precious")
    with pytest.raises(OutputError, match="--force"):
        export_document(doc, "md", target)
    assert target.read_text() == "precious"
    export_document(doc, "md", target, force=True)
    assert target.read_text().startswith("# Face recognition")
    assert [p.name for p in tmp_path.iterdir()] == ["out.md"]  # no temp files left


def test_folder_target_gets_a_sanitised_name(doc, tmp_path):
    doc.title = "Hearing: ICE / CBP <contracts>?"
    path = export_document(doc, "html", tmp_path)
    assert path.parent == tmp_path and path.name == "Hearing_ICE_CBP_contracts.html"
    assert default_filename(doc, "markdown") == "Hearing_ICE_CBP_contracts.md"


def test_unknown_format_is_an_input_error(doc):
    with pytest.raises(InputError, match="unknown export format"):
        render(doc, "pdf")


@given(st.text(max_size=200))
def test_sanitised_filenames_are_safe(name):
    safe = sanitize_filename(name)
    assert safe and len(safe) <= 110
    assert not safe.startswith((".", "-")) and "/" not in safe and "\\" not in safe
    assert re.fullmatch(r"[\w.\-]+", safe)
    assert safe.split(".")[0].lower() not in {"con", "nul", "prn", "aux"}


def test_export_to_unwritable_folder_is_an_output_error(doc, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(OutputError):
        export_document(doc, "txt", blocker / "sub" / "out.txt")


def test_exported_json_reimports_with_analyst_work(doc, tmp_path):
    path = export_document(doc, "json", tmp_path / "h.json", word_timing=True)
    with Library.open(tmp_path / "lib.sqlite3") as lib:
        loaded = lib.load(lib.import_document(HearingDocument.load(Path(path))))
    assert loaded.to_dict() == doc.to_dict()


def test_reasons_are_grouped_by_which_way_they_moved_the_score(doc):
    """A reason the combiner weighed *against* evasion must not read as a reason for a flag."""
    from hearing.document import Reason

    ex = doc.exchanges[0]
    ex.reasons = [
        Reason("yes_no_unanswered", "yes/no question, no yes/no in answer", 0.26),
        Reason("pivot", "turns to its own record or priorities: 'we are proud'", -0.13),
        Reason("no_question", "measured, weighed nothing", 0.0),
    ]
    groups = ("Signs of evasion", "Counted against evasion", "Noted, no effect on the score")
    md = render(doc, "md")
    at = [md.index(f"{g}:") for g in groups]
    assert at == sorted(at)
    assert at[0] < md.index("no yes/no in answer (+0.26)") < at[1]
    assert at[1] < md.index("own record or priorities: 'we are proud' (-0.13)") < at[2]
    txt = render(doc, "txt")
    assert ">> sign: yes/no question, no yes/no in answer (+0.26)" in txt
    assert ">> against: turns to its own record" in txt
    # under "Noted, no effect on the score" a "(+0.00)" would only repeat the heading
    assert ">> noted: measured, weighed nothing\n" in txt
    assert "measured, weighed nothing (+0.00)" not in md + txt
    html = render(doc, "html")
    assert '<div class="why">Counted against evasion:</div>' in html
    assert "measured, weighed nothing (+0.00)" not in html
    dump = docx_dump(render(doc, "docx"))
    assert "[B]Counted against evasion:" in dump
    assert re.search(r"List Bullet 3\| Turns to own record: .*\(-0\.13\)", dump)
    row = next(csv.DictReader(io.StringIO(render(doc, "csv"))))
    assert row["reasons"].startswith("yes/no question, no yes/no in answer (+0.26); turns to")
    assert row["reasons"].endswith("measured, weighed nothing (+0.00)")  # no groups in a CSV


def test_speaker_tallies_count_the_whole_hearing_whatever_the_filter() -> None:
    from hearing.export.view import build_view

    doc = sample_document()
    full = build_view(doc)
    narrow = build_view(doc, only_confirmed=True)
    for s in doc.speakers:
        asked = sum(1 for e in doc.exchanges if e.asker == s.id)
        answers = [v for v in full.exchanges if v.exchange.answerer == s.id]
        text = narrow.tally(s.id)
        assert text == full.tally(s.id)
        if asked:
            assert f"{asked} question" in text
        if answers:
            assert f"{len(answers)} answer" in text
            assert f"{sum(v.flagged for v in answers)} flagged" in text
        if not asked and not answers:
            assert text == "no exchanges"


def test_reports_open_with_the_transcript_note(doc) -> None:
    """German read to the English-only model (real run: test_language) is said at the top of
    every report people read; an English hearing Whisper was sure of gets no such line."""
    assert "Transcript:" not in render(doc, "md") + render(doc, "txt") + render(doc, "html")
    doc.language = "de"
    said = "The recording sounds like German, but Whisper tiny.en transcribes English only"
    md = render(doc, "md")
    assert f"- **Transcript:** {said}" in md and md.index(said) < md.index("## Speakers")
    assert f"Transcript: {said}" in render(doc, "txt").split("\n\n")[0]
    assert f'<p class="warning"><b>Transcript:</b> {said}' in render(doc, "html")
    assert said in docx_dump(render(doc, "docx"))


def test_reports_name_the_models_and_the_evasion_scorer(doc) -> None:
    """A report travels without its hearing document: its header says which models made
    the transcript and the scores, and where each ran (the pipeline records them)."""
    line = (
        "transcription: whisper-tiny.en; "
        "diarization: pyannote-segmentation-3.0 + campplus (cpu); "
        "evasion scorer both: all-minilm-l6-v2 (cuda) + minilm-static (cpu)"
    )
    md = render(doc, "md")
    assert f"- Models: {line}" in md and md.index(line) < md.index("## Speakers")
    assert f"Models: {line}" in render(doc, "txt").split("\n\n")[0]
    assert f'<p class="meta">Models: {line}</p>' in render(doc, "html")
    assert f"Models: {line}" in docx_dump(render(doc, "docx"))
    # MiniLM on the CPU runs on onnxruntime (the static model's runtime is not news)
    doc.models[3].settings.update(device="cpu", runtime="onnxruntime")
    doc.models[4].settings["runtime"] = "model2vec"
    ran = "all-minilm-l6-v2 (cpu, onnxruntime) + minilm-static (cpu)"
    assert ran in render(doc, "md") and ran in render(doc, "txt")
    doc.models = [m for m in doc.models if m.role != "evasion-similarity"]
    doc.models[0].settings["device"] = "cuda\n# injected"  # one line, escaped, whatever it holds
    md = render(doc, "md")
    assert "evasion scorer" not in md and "\n# injected" not in md
    doc.models = []
    assert "Models:" not in render(doc, "md") + render(doc, "txt") + render(doc, "html")


def test_a_reason_after_its_sign_name_does_not_say_the_name_twice(doc):
    """ "**Declines**: declines: '...'" read as a stutter; the quote follows the name."""
    from hearing.document import Reason

    ex = doc.exchanges[0]
    ex.reasons = [
        Reason("refusal", "declines: 'not in a position to discuss'", 0.5),
        Reason("ignorance", "claims not to know: 'I don't know'", 0.3),
        Reason("shift", "shift of level: asks about ICE", 0.2),
    ]
    md = render(doc, "md")
    assert "- **Declines**: 'not in a position to discuss' (+0.50)" in md
    assert "- **Claims not to know**: 'I don't know' (+0.30)" in md
    assert "- **Shift of agent/level/time**: shift of level: asks about ICE (+0.20)" in md
    html = render(doc, "html")
    assert "<li><b>Declines</b>: &#x27;not in a position to discuss&#x27; (+0.50)</li>" in html
    dump = docx_dump(render(doc, "docx"))
    assert "List Bullet 3| Declines: 'not in a position to discuss' (+0.50)" in dump
    # Where the text stands alone (the plain-text report's tagged lines), it keeps its verb.
    assert ">> sign: declines: 'not in a position to discuss' (+0.50)" in render(doc, "txt")


def test_a_follow_up_names_the_exchange_it_presses_on(doc):
    """ "So is that a yes?" read alone says little; every report ties it to its answer."""
    first, second = doc.exchanges[0], doc.exchanges[1]
    second.follows = first.id
    for e in doc.exchanges[2:]:
        e.follows = None
    ref = f"exchange {second.id}, follow-up to exchange {first.id}"
    md = render(doc, "md")
    assert f"*Follow-up to exchange {first.id}.*" in md and ref in md
    assert md.count("Follow-up to exchange") == 1 and md.count("follow-up to exchange") == 1
    assert f"({ref})" in render(doc, "txt")
    assert f"</span> {ref}" in render(doc, "html")
    assert ref in docx_dump(render(doc, "docx"))
    rows = list(csv.DictReader(io.StringIO(render(doc, "csv"))))
    assert [r["follows"] for r in rows][:2] == ["", str(first.id)]
