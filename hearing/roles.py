"""Who asks and who answers: roles per speaker from what they say and when.

Members and the chair ask (question marks, "can you tell us", running the hearing); witnesses
answer (they speak right after someone else's question, thank the committee for having them,
refer to "my testimony"). Each speaker gets a signed score from these cues; the sign decides
the role and a small dead zone leaves unclear speakers "unknown" rather than guessing.
An analyst's role (``role_source == "analyst"``) is never changed; display names detected in
speech go to ``proposed_name`` and never touch the analyst's ``name``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from hearing.document import ROLES, Speaker, Turn
from hearing.names import find_evidence, likely_chair, propose_names
from hearing.procedural import chair_cues, content_sentences, witness_cues
from hearing.sentences import is_question, word_count

ASK_THRESHOLD = 0.4  # score at or above: asker
ANSWER_THRESHOLD = -0.4  # score at or below: answerer
MIN_WORDS = 4  # fewer substantive words than this: too little to judge


@dataclass
class RoleFeatures:
    """Per-speaker evidence, kept so a role can be explained."""

    speaker: str
    turns: int = 0  # turns with non-procedural content
    words: int = 0
    question_turns: int = 0  # content turns that ask something
    after_question: int = 0  # content turns right after another speaker's question
    chair: int = 0  # chair phrases ("the chair recognizes", "without objection")
    witness: int = 0  # witness phrases ("thank you for having me", "my testimony")
    title_vote: float = 0.0  # + when addressed as an asker (Senator), - as a witness (Director)

    @property
    def score(self) -> float:
        n = max(self.turns, 1)
        return (
            2.0 * self.question_turns / n
            - 1.5 * self.after_question / n
            + 0.75 * min(self.chair, 3)
            - 0.75 * min(self.witness, 3)
            + 0.5 * max(-1.0, min(1.0, self.title_vote))
        )


def role_features(turns: Sequence[Turn]) -> dict[str, RoleFeatures]:
    feats: dict[str, RoleFeatures] = {}
    last: tuple[str, bool] | None = None  # (speaker, asked) of the last turn with content
    for turn in turns:
        f = feats.setdefault(turn.speaker, RoleFeatures(turn.speaker))
        f.chair += chair_cues(turn.text)
        f.witness += witness_cues(turn.text)
        content = content_sentences(turn.text)
        if not content:
            continue  # procedural turns neither ask nor answer
        asked = any(is_question(s) for s in content)
        f.turns += 1
        f.words += sum(word_count(s) for s in content)
        f.question_turns += asked
        f.after_question += last is not None and last[0] != turn.speaker and last[1]
        if last is not None and last[0] == turn.speaker:
            asked = asked or last[1]  # one speaker's split turns count as one
        last = (turn.speaker, asked)
    for ev in find_evidence(turns, chair=likely_chair(turns)):
        if ev.title is not None and ev.title.role and ev.speaker in feats:
            sign = 1.0 if ev.title.role == "asker" else -1.0
            feats[ev.speaker].title_vote += sign * ev.weight / 3.0
    return feats


def _decide(feats: dict[str, RoleFeatures]) -> dict[str, str]:
    roles: dict[str, str] = {}
    for spk, f in feats.items():
        if f.words < MIN_WORDS and f.chair == 0 and f.witness == 0:
            roles[spk] = "unknown"
        elif f.score >= ASK_THRESHOLD:
            roles[spk] = "asker"
        elif f.score <= ANSWER_THRESHOLD:
            roles[spk] = "answerer"
        else:
            roles[spk] = "unknown"
    # A hearing has both sides: when one side is missing, the clearest leaning speaker takes it.
    judged = [s for s, f in feats.items() if f.words >= MIN_WORDS]
    if len(judged) >= 2:
        ordered = sorted(judged, key=lambda s: (feats[s].score, s))
        if "answerer" not in roles.values() and feats[ordered[0]].score < 0:
            roles[ordered[0]] = "answerer"
        if "asker" not in roles.values() and feats[ordered[-1]].score > 0:
            roles[ordered[-1]] = "asker"
    return roles


def assign_roles(speakers: Sequence[Speaker], turns: Sequence[Turn]) -> list[Speaker]:
    """Speakers with roles and proposed names filled in (new objects; inputs untouched).

    Turns are taken in time order (start, end, id), whatever order they come in.
    Speakers that appear in ``turns`` but not in ``speakers`` are appended, in order of first
    appearance, so every turn's speaker has an entry. Deterministic for the same input.
    """
    turns = sorted(turns, key=lambda t: (t.start, t.end, t.id))  # roles follow time order
    out = [replace(s) for s in speakers]
    known = {s.id for s in out}
    for t in turns:
        if t.speaker not in known:
            out.append(Speaker(id=t.speaker, label=t.speaker))
            known.add(t.speaker)

    auto = _decide(role_features(turns))
    for s in out:
        if s.role_source == "analyst":
            if s.role not in ROLES:
                s.role = "unknown"
            continue
        s.role = auto.get(s.id, "unknown")
        s.role_source = "auto"

    roles = {s.id: s.role for s in out}
    for spk, proposal in propose_names(turns, roles=roles).items():
        for s in out:
            if s.id == spk:
                s.proposed_name = proposal.name
    return out


def explain_roles(turns: Sequence[Turn]) -> dict[str, RoleFeatures]:
    """The features behind each automatic role (for reports and debugging)."""
    return role_features(list(turns))
