"""Names said in a hearing, and whom they belong to.

Hearings name people constantly but never in the first person: the chair *recognizes* the
next questioner, a member *thanks* the witness who just answered, a witness opens with "Thank
you, Mr. Chairman". So a name is evidence about a neighbouring speaker, not the one talking.
Every sighting is kept as an evidence string so an analyst can see why a name was proposed;
all sightings vote, and each surname goes to one speaker only.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from hearing.document import Turn
from hearing.procedural import chair_cues
from hearing.sentences import is_question, split_sentences
from hearing.titles import TITLE_RE, Title, lookup

_NAME_WORD = r"[A-Z][a-z][\w'’-]*|[A-Z]'[A-Z][\w'’-]*|[A-Z]{2}[a-z][\w'’-]*"
# A title, then one or two capitalised words (first name and surname, or surname alone).
_TITLED = re.compile(
    rf"(?<![\w.])(?P<title>{TITLE_RE})(?:\s+(?P<n1>{_NAME_WORD})(?:\s+(?P<n2>{_NAME_WORD}))?)?"
)
_NOT_NAMES = {
    "the", "and", "thank", "thanks", "you", "yes", "no", "so", "is", "are", "do", "does", "did",
    "i", "we", "our", "your", "this", "that", "for", "of", "in", "on", "to", "from", "with",
    "have", "has", "will", "would", "can", "could", "let", "please", "good", "morning",
    "afternoon", "evening", "welcome", "today", "now", "then", "again", "but", "as", "at",
}  # fmt: skip
_PREFIX = r"^(?:(?:and|now|so|well|okay|ok|again|also|but),?\s+)?"
_RECOGNITION = re.compile(
    r"(?i:chair\s+(?:now\s+|will\s+now\s+|would\s+now\s+)?recogni[sz]es"
    r"|i\s+(?:now\s+|will\s+now\s+|would\s+now\s+)?(?:like\s+to\s+)?recogni[sz]e)"
    r"(?:\s+(?i:the\s+)?(?i:gentle(?:man|woman|lady)|(?:distinguished\s+)?ranking\s+member|distinguished\s+\w+)"
    # "from New York," "from the great state of Texas," (the place is no name)
    r"(?:\s+from\s+(?i:the\s+(?:great\s+)?(?:state|commonwealth)\s+of\s+)?"
    r"[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*)?,?)?"
    r"\s+(?P<who>.*)$"
)
_RECOGNIZED = re.compile(
    r"^(?P<who>.*?),?\s+(?i:you're|you\s+are|is)\s+(?i:now\s+)?(?i:recogni[sz]ed)\b"
)
_THANKS = re.compile(
    rf"{_PREFIX}(?i:thank\s+you|thanks)(?i:\s+(?:very|so)\s+much)?,?\s+(?P<who>.*)$"
    r"|(?i:i\s+(?:want\s+to\s+|would\s+like\s+to\s+|'d\s+like\s+to\s+)?thank)\s+(?P<who2>.*)$"
)
_VOCATIVE = re.compile(rf"{_PREFIX}(?P<who>{TITLE_RE}(?:\s+(?:{_NAME_WORD})){{0,2}})\s*,")
_VOCATIVE_END = re.compile(rf",\s+(?P<who>{TITLE_RE}(?:\s+(?:{_NAME_WORD})){{0,2}})\s*[.?!]*$")
_INVITE = re.compile(
    r"(?i:you\s+may\s+(?:now\s+)?(?:begin|proceed)|please\s+(?:begin|proceed)|floor\s+is\s+yours"
    r"|you(?:'re|\s+are)\s+(?:now\s+)?recogni[sz]ed|opening\s+statement)"
)
# "Our witness is Director Dana Hale of ...", "welcome our witness, Dana Hale, director of ..."
_INTRO = re.compile(
    r"(?i:witness(?:es)?(?:\s+today)?(?:\s+is|\s+are|,)|welcome|joined\s+by|introduce)\s+"
    rf"(?:(?i:our|the|today's)\s+)?(?:(?i:first|next|only)\s+)?(?:(?i:witness),?\s+)?"
    rf"(?P<who>(?:{TITLE_RE}\s+)?(?:{_NAME_WORD})(?:\s+(?:{_NAME_WORD})){{0,2}})"
    rf"(?:,?\s+(?:(?i:the|our|who\s+is(?:\s+the)?)\s+)?(?P<office>{TITLE_RE}))?"
)
_SELF = re.compile(
    rf"(?i:my\s+name\s+is|i'm|i\s+am)\s+(?P<who>(?:{TITLE_RE}\s+)?(?:{_NAME_WORD})"
    rf"(?:\s+(?:{_NAME_WORD}))?)(?:,?\s+(?:(?i:the|and\s+i\s+am\s+the|and\s+i'm\s+the)\s+)?"
    rf"(?P<office>{TITLE_RE}))?"
)


@dataclass
class NameEvidence:
    speaker: str  # whom the evidence names
    title: Title | None
    first: str
    surname: str
    weight: float
    kind: str  # "recognition", "thanks", "vocative", "introduction", "self", "chair"
    text: str  # the sentence, with where it was said, for an analyst to check


@dataclass
class NameProposal:
    speaker: str
    name: str  # display name: "Senator Ortiz", "Director Hale", "Chair"
    title: str
    surname: str
    score: float
    evidence: list[str] = field(default_factory=list)


@dataclass
class _Mention:
    title: Title | None
    first: str
    surname: str


def parse_mention(text: str) -> _Mention | None:
    """The first "Title [First] Surname" (or bare title) at the start of ``text``."""
    m = _TITLED.match(text.strip())
    if m:
        title = lookup(m.group("title"))
        words = [w for w in (m.group("n1"), m.group("n2")) if w and w.lower() not in _NOT_NAMES]
        words = [w for w in words if lookup(w) is None]
        if m.group("n1") and m.group("n1").lower() in _NOT_NAMES:
            words = []
        first, surname = (words[0], words[1]) if len(words) == 2 else ("", "".join(words[:1]))
        return _Mention(title, first, _clean(surname))
    m = re.match(rf"^(?P<n1>{_NAME_WORD})\s+(?P<n2>{_NAME_WORD})\b", text.strip())
    if (
        m
        and not {m.group("n1").lower(), m.group("n2").lower()} & _NOT_NAMES
        and lookup(m.group("n1")) is None
        and lookup(m.group("n2")) is None
    ):
        return _Mention(None, m.group("n1"), _clean(m.group("n2")))
    return None


def _clean(surname: str) -> str:
    return re.sub(r"['’]s$", "", surname)


class _Resolver:
    """Finds the speaker a name points to: the next or previous *other* speaker whose role
    fits the title (a "Senator" is not the witness), scanning a few turns."""

    def __init__(self, turns: Sequence[Turn], roles: Mapping[str, str], chair: str | None):
        self.spk = [t.speaker for t in turns]
        self.roles = roles
        self.chair = chair

    def _fits(self, speaker: str, title: Title | None) -> bool:
        if title is None or not title.role:
            return True
        return self.roles.get(speaker, "unknown") in (title.role, "unknown")

    def scan(self, i: int, step: int, title: Title | None, window: int = 6) -> str | None:
        j = i + step
        while 0 <= j < len(self.spk) and abs(j - i) <= window:
            s = self.spk[j]
            if s != self.spk[i] and self._fits(s, title):
                return s
            j += step
        return None

    def resolve(self, i: int, direction: int, title: Title | None) -> str | None:
        if title is not None and title.display == "Chair" and self.chair:
            return self.chair if self.chair != self.spk[i] else None
        return self.scan(i, direction, title) or self.scan(i, -direction, title)


def find_evidence(
    turns: Sequence[Turn],
    roles: Mapping[str, str] | None = None,
    chair: str | None = None,
) -> list[NameEvidence]:
    """Every name sighting in ``turns``, attributed to the speaker it most likely names."""
    turns = list(turns)
    if chair is None:
        chair = likely_chair(turns)
    res = _Resolver(turns, roles or {}, chair)
    out: list[NameEvidence] = []

    def add(who: str | None, mention: _Mention | None, weight: float, kind: str, why: str) -> None:
        if who is None or mention is None or (mention.title is None and not mention.surname):
            return
        out.append(
            NameEvidence(who, mention.title, mention.first, mention.surname, weight, kind, why)
        )

    chair_title = _Mention(lookup("chair"), "", "")
    for i, turn in enumerate(turns):
        sents = split_sentences(turn.text)
        forward = any(is_question(s) for s in sents) or bool(_INVITE.search(turn.text))
        for k, sent in enumerate(sents):
            where = f'turn {turn.id} ({turn.speaker}): "{sent}"'
            for who, mention, weight, kind, note in _sightings(res, i, k, sent, forward):
                add(who, mention, weight, kind, f"{where} {note}")
        cues = chair_cues(turn.text)
        if cues and turn.speaker == chair:
            why = f'turn {turn.id} ({turn.speaker}): runs the hearing ("{_first_cue(sents)}")'
            add(turn.speaker, chair_title, min(cues, 2) * 1.0, "chair", why)
    return out


_Sighting = tuple[str | None, _Mention | None, float, str, str]


def _sightings(res: _Resolver, i: int, k: int, sent: str, forward: bool) -> list[_Sighting]:
    """Name sightings in sentence ``k`` of turn ``i``: (whom, mention, weight, kind, note).

    ``forward`` says the turn hands the floor on (it asks or invites), so a vocative in it
    addresses the next speaker rather than the previous one.
    """
    me = res.spk[i]
    if m := _RECOGNITION.search(sent):
        if re.match(r"(?i)myself\b", m.group("who")):
            return [(me, _Mention(lookup("chair"), "", ""), 3.0, "self", "(the chair)")]
        mention = parse_mention(m.group("who"))
        if mention is None or (mention.title is not None and mention.title.display == "Chair"):
            return []
        return [(res.scan(i, 1, mention.title), mention, 3.0, "recognition", _NEXT)]
    if m := _RECOGNIZED.search(sent):
        mention = parse_mention(_strip_prefix(m.group("who")))
        if mention is None:
            return []
        return [(res.scan(i, 1, mention.title), mention, 3.0, "recognition", _NEXT)]
    out: list[_Sighting] = []
    if (m := _SELF.search(sent)) and (mention := parse_mention(m.group("who"))):
        if m.group("office") and mention.title is None:
            mention.title = lookup(m.group("office"))
        out.append((me, mention, 3.0, "self", "names the speaker"))
    if (m := _INTRO.search(sent)) and (mention := parse_mention(m.group("who"))):
        if mention.title is None and m.group("office"):
            mention.title = lookup(m.group("office"))
        if mention.title is not None:
            who = res.scan(i, 1, mention.title)
            out.append((who, mention, 2.0, "introduction", "introduces the next speaker"))
    if m := _THANKS.match(sent) or _THANKS.search(sent):
        mention = parse_mention(_strip_prefix(m.group("who") or m.group("who2") or ""))
        if mention is not None:
            who = res.resolve(i, -1, mention.title)
            out.append((who, mention, 2.0 if k == 0 else 1.5, "thanks", _PREV))
            return out
    if (m := _VOCATIVE.match(sent) or _VOCATIVE_END.search(sent)) and (
        mention := parse_mention(m.group("who"))
    ):
        who = res.resolve(i, 1 if forward else -1, mention.title)
        side = "next" if forward else "previous"
        out.append((who, mention, 1.5, "vocative", f"addresses the {side} speaker"))
    return out


_NEXT = "names the next speaker"
_PREV = "names the previous speaker"


def _strip_prefix(text: str) -> str:
    return re.sub(r"^(?i:(?:and|also|again|all|both|now)\s+)", "", text.strip(" ,"))


def _first_cue(sents: list[str]) -> str:
    for s in sents:
        if chair_cues(s):
            return s
    return sents[0] if sents else ""


def likely_chair(turns: Sequence[Turn]) -> str | None:
    """The speaker who says the most chair phrases ("the chair recognizes", "without
    objection"), or None when nobody does. Ties go to whoever spoke first."""
    counts: dict[str, int] = defaultdict(int)
    first: dict[str, int] = {}
    for i, t in enumerate(turns):
        first.setdefault(t.speaker, i)
        counts[t.speaker] += chair_cues(t.text)
    best = sorted(counts, key=lambda s: (-counts[s], first[s]))
    return best[0] if best and counts[best[0]] > 0 else None


_UNIQUE_TITLES = {"Chair", "Vice Chair", "Ranking Member"}


def propose_names(
    turns: Sequence[Turn],
    roles: Mapping[str, str] | None = None,
    chair: str | None = None,
) -> dict[str, NameProposal]:
    """Display names per speaker id, voted over all evidence; speakers without a usable name
    are absent. Each surname and each unique title (Chair) goes to one speaker only."""
    evidence = find_evidence(turns, roles, chair)
    by_speaker: dict[str, list[NameEvidence]] = defaultdict(list)
    for ev in evidence:
        by_speaker[ev.speaker].append(ev)

    # Surnames: strongest (speaker, surname) pairs first, each side used once.
    pairs: dict[tuple[str, str], float] = defaultdict(float)
    for ev in evidence:
        if ev.surname:
            pairs[(ev.speaker, ev.surname)] += ev.weight
    surname_of: dict[str, str] = {}
    used: set[str] = set()
    for (spk, sur), _w in sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0])):
        if spk not in surname_of and sur.lower() not in used:
            surname_of[spk] = sur
            used.add(sur.lower())

    # Titles: weighted by how informative the title is; unique titles go to one speaker.
    title_votes: dict[str, dict[str, float]] = {}
    for spk, evs in by_speaker.items():
        votes: dict[str, float] = defaultdict(float)
        for ev in evs:
            if ev.title is not None and (not ev.surname or ev.surname == surname_of.get(spk)):
                votes[ev.title.display] += ev.weight * (1 + ev.title.rank / 2)
        title_votes[spk] = votes
    for unique in sorted(_UNIQUE_TITLES):
        holders = sorted(
            (s for s in title_votes if title_votes[s].get(unique)),
            key=lambda s: (-title_votes[s][unique], s),
        )
        for loser in holders[1:]:
            del title_votes[loser][unique]

    out: dict[str, NameProposal] = {}
    for spk in sorted(by_speaker):
        votes = title_votes.get(spk, {})
        title = min(votes, key=lambda t: (-votes[t], t)) if votes else ""
        surname = surname_of.get(spk, "")
        if surname and title:
            name = f"{title} {surname}"
        elif title in _UNIQUE_TITLES:
            name = title
        else:
            continue  # a bare "Senator" or a surname without a title is not a display name
        keep = [
            ev
            for ev in by_speaker[spk]
            if (ev.surname == surname or not ev.surname)
            and (ev.title is None or ev.title.display == title or ev.surname)
        ]
        score = sum(ev.weight for ev in keep)
        out[spk] = NameProposal(spk, name, title, surname, score, [ev.text for ev in keep])
    return out
