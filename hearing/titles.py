"""Forms of address used in hearings, and what each says about the person addressed.

Shared by name detection (which title goes in a display name), role assignment (a senator
asks, a director answers) and the procedural filter (a "thank you, Senator" is not content).
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Title:
    pattern: str  # regex alternative, matched case-insensitively
    display: str  # how the title is written in a proposed display name
    role: str  # "asker", "answerer" or "" (an honorific says nothing about the role)
    rank: int  # higher = more informative when several titles name the same person


# Longer forms first: the alternation is tried in order.
TITLES: tuple[Title, ...] = (
    Title(r"ranking\s+member", "Ranking Member", "asker", 5),
    Title(r"vice[\s-]+chair(?:man|woman|person)?", "Vice Chair", "asker", 5),
    Title(r"(?:madam|madame|mister|mr\.?)\s+chair(?:man|woman|person)?", "Chair", "asker", 5),
    Title(r"chair(?:man|woman|person)?", "Chair", "asker", 5),
    Title(r"senator|sen\.", "Senator", "asker", 4),
    Title(r"congress(?:man|woman|member)|representative|rep\.", "Representative", "asker", 4),
    Title(r"deputy\s+director", "Deputy Director", "answerer", 4),
    Title(r"director", "Director", "answerer", 4),
    Title(r"deputy\s+secretary", "Deputy Secretary", "answerer", 4),
    Title(r"secretary", "Secretary", "answerer", 4),
    Title(r"administrator", "Administrator", "answerer", 4),
    Title(r"commissioner", "Commissioner", "answerer", 4),
    Title(r"inspector\s+general", "Inspector General", "answerer", 4),
    Title(r"attorney\s+general", "Attorney General", "answerer", 4),
    Title(r"ambassador", "Ambassador", "answerer", 4),
    Title(r"general", "General", "answerer", 3),
    Title(r"admiral", "Admiral", "answerer", 3),
    Title(r"chief", "Chief", "answerer", 3),
    Title(r"commander", "Commander", "answerer", 3),
    Title(r"professor|prof\.", "Professor", "answerer", 3),
    Title(r"doctor|dr\.", "Dr.", "answerer", 2),
    Title(r"judge", "Judge", "answerer", 3),
    Title(r"governor|gov\.", "Governor", "answerer", 3),
    Title(r"mayor", "Mayor", "answerer", 3),
    Title(r"sheriff", "Sheriff", "answerer", 3),
    Title(r"mrs\.?", "Mrs.", "", 1),
    Title(r"ms\.?", "Ms.", "", 1),
    Title(r"mr\.?|mister", "Mr.", "", 1),
    Title(r"miss", "Ms.", "", 1),
)

# One regex alternative matching any title (case-insensitive, scoped so that the name
# patterns around it can stay case-sensitive).
TITLE_RE = "(?i:" + "|".join(f"(?:{t.pattern})" for t in TITLES) + r")(?![\w])"

_COMPILED = [(re.compile(rf"^(?:{t.pattern})$", re.IGNORECASE), t) for t in TITLES]


def lookup(text: str) -> Title | None:
    """The Title for a matched title string ("Senator", "Madam Chair", "Dr.")."""
    norm = " ".join(text.split())
    for rx, t in _COMPILED:
        if rx.match(norm):
            return t
    return None


def is_chair(title: Title | None) -> bool:
    return title is not None and title.display == "Chair"


# A title (and up to two name words) opening a sentence as an address: "Senator, ...",
# "Mr. Chairman, ...", "Director Hale, ...". It names who is spoken to, not an answer.
LEADING_VOCATIVE = re.compile(rf"^(?P<title>{TITLE_RE})(?:\s+[A-Z][\w'’-]+){{0,2}}\s*,\s*")
