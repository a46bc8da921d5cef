"""Roles, names and question/answer pairs on the bundled sample's script.

The script says who asks, who answers and which exchanges there are; pairing over its
turns must recover exactly those, and still do so when the turns arrive as a noisy
pipeline would give them (no question marks, turns cut in two).
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest

from hearing.document import Turn
from hearing.exchanges import build_exchanges
from hearing.roles import assign_roles
from hearing.sentences import split_sentences

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


@pytest.fixture(scope="module")
def sample():
    script = SAMPLES / "hearing.script.tsv"
    scripted = SAMPLES / "hearing.exchanges.json"
    if not (script.exists() and scripted.exists()):
        pytest.skip("samples/hearing.script.tsv or samples/hearing.exchanges.json is absent")
    with script.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    turns = [
        Turn(int(r["index"]), r["speaker"], float(r["start"]), float(r["end"]), r["text"], 0, 0)
        for r in rows
    ]
    return rows, turns, json.loads(scripted.read_text(encoding="utf-8"))


def test_sample_roles_and_names_match_the_script(sample):
    rows, turns, _ = sample
    out = {s.id: s for s in assign_roles([], turns)}
    spoken = _norm(" ".join(t.text for t in turns)).replace("mister chairman", "chair")
    for r in rows:
        s = out[r["speaker"]]
        assert s.role == r["role"], (r["speaker"], s.role, r["role"])
        if _norm(r["name"]) in spoken:  # the hearing says the full name
            assert s.proposed_name == r["name"]
        else:  # e.g. "Chair Brooks": only "Mr. Chairman" is said
            assert s.proposed_name and r["name"].startswith(s.proposed_name)


def test_sample_exchanges_recover_every_scripted_exchange(sample):
    _, turns, scripted = sample
    exs = build_exchanges(turns, assign_roles([], turns))
    mine_of: dict[int, list] = {}
    for e in exs:
        mine_of.setdefault(tuple(e.question_turns)[0], []).append(e)
    first_of = {}
    for ref in scripted:
        got = mine_of.get(ref["question_utterances"][0], [])
        assert got, f"scripted exchange {ref['id']} not found"
        for e in got:
            assert e.question_turns == ref["question_utterances"]
            assert e.answer_turns == ref["answer_utterances"]
            assert (e.asker, e.answerer) == (ref["asker"], ref["answerer"])
            assert _norm(e.question) in _norm(ref["question"])
            assert ref["start"] - 0.01 <= e.start and abs(e.end - ref["end"]) < 0.01
        subs = ref.get("questions") or []
        if subs:
            assert sorted(_norm(e.question) for e in got) == sorted(_norm(q) for q in subs)
        else:
            assert len(got) == 1
        first_of[ref["id"]] = got[0].id
    for ref in scripted:
        want = None if ref["follows"] is None else first_of[ref["follows"]]
        assert mine_of[ref["question_utterances"][0]][0].follows == want, ref["id"]
    scripted_q = {ref["question_utterances"][0] for ref in scripted}
    assert set(mine_of) == scripted_q, "exchanges the script does not have"


def _perturbed(turns: list[Turn]) -> list[Turn]:
    """The sample as a noisy pipeline might give it: no question marks (Whisper drops them),
    every multi-sentence turn cut in two by the diarizer, "Mister" written "Mr."."""
    out: list[Turn] = []
    for t in turns:
        text = t.text.replace("?", ".").replace("Mister", "Mr.")
        sents = split_sentences(text)
        if len(sents) > 1:
            mid = (t.start + t.end) / 2
            out.append(Turn(len(out), t.speaker, t.start, mid, sents[0], 0, 0))
            out.append(Turn(len(out), t.speaker, mid, t.end, " ".join(sents[1:]), 0, 0))
        else:
            out.append(Turn(len(out), t.speaker, t.start, t.end, text, 0, 0))
    return out


def test_sample_survives_dropped_question_marks_and_split_turns(sample):
    _, turns, _ = sample
    noisy = _perturbed(turns)
    assert len(noisy) > len(turns)

    def summary(ts):
        speakers = assign_roles([], ts)
        exs = build_exchanges(ts, speakers)
        keys = [(e.asker, e.answerer, _norm(e.question), _norm(e.answer)) for e in exs]
        key_of = dict(zip((e.id for e in exs), keys, strict=True))
        follows = [None if e.follows is None else key_of[e.follows] for e in exs]
        return {(s.id, s.role, s.proposed_name) for s in speakers}, list(
            zip(keys, follows, strict=True)
        )

    assert summary(noisy) == summary(turns)
