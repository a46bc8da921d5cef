"""A crude English stem, shared by the pairing (is a question asked again?) and the evasion
features (does the answer say the question's words?), so both match words alike.

Regex and suffix rules, and the spaCy model's tables of irregular verb forms and plurals
("told" -> "tell", "children" -> "child"), read once without loading spaCy: answers are many
and long, and are not parsed.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable
from functools import cache, lru_cache

# A short verb whose final "e" an ending replaced: "fired", "hiring", "votes" (too short for
# the general rule, which keeps 4 letters, so "fired" stayed apart from "fire").
_SHORT_E = re.compile(r"^((?:[a-z]?[^aeiou])?[aeiou][^aeiouwxy])(?:ed|ing|es)$")
# ... and a short noun whose plural took "es": "taxes" ~ "tax", "boxes" ~ "box"
_SHORT_ES = re.compile(r"^([a-z]{1,3}(?:x|z|ch|sh))es$")

# A consonant an ending doubled ("running", "planned"); not "ll", "ss", "ff", "zz", which
# bases end in ("called", "missed", "staffed"), nor in a 3-letter base ("added").
_DOUBLED = re.compile(r"^[a-z]{2,}([bdgmnprt])\1$")
# Four-letter words whose "s" is no plural ending: "news" is not "new"
_NOT_PLURAL = frozenset({"this", "news", "lens", "does", "goes", "bias", "alas"})


def _short_base(rest: str, suf: str, word: str) -> bool:
    """Whether a three-letter ``rest`` is the base of ``word``: "pays", "paying" ~ "pay",
    "asked" ~ "ask", "jobs" ~ "job". The question's verbs are read by their lemma and the
    answer's words are not parsed, so "Who is paying?" missed "The county is paying"."""
    if len(rest) != 3 or suf not in ("s", "ing", "ed") or not set(rest) & set("aeiouy"):
        return False
    if suf == "ed" and rest.endswith("e"):
        return False  # "speed", "need", "feed" are no past tenses
    return word not in _NOT_PLURAL


_SUFFIXES = (
    "nesses",  # "businesses" ~ "business"
    "ations",
    "ation",
    "ments",
    "ment",
    "ities",
    "ity",
    "ness",
    "ings",
    "ing",
    "ies",
    "ied",
    "ers",
    "er",
    "ed",
    "es",
    "ly",
    "s",
)


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A crude stem: enough to match 'tariffs'~'tariff', 'negotiating'~'negotiations'."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    short = _SHORT_E.match(w)
    if short:  # "fired" ~ "fire", "voting" ~ "vote", "uses" ~ "use"
        w = short.group(1) + "e"
    elif short := _SHORT_ES.match(w):
        w = short.group(1)
    for suf in _SUFFIXES:
        if suf == "s" and w.endswith(("ss", "us")):
            continue  # "discuss", "status" are not plurals: "discuss" ~ "discussed"
        if suf == "ly" and w.endswith(("ily", "ply")):
            continue  # "family", "supply" are no adverbs: "supply" ~ "supplies"
        if suf == "es" and w.endswith("ees"):
            continue  # "employees" ~ "employee": only the "s" is an ending
        if not w.endswith(suf):
            continue
        rest = w[: -len(suf)]
        if len(rest) >= (3 if suf in ("ies", "ied") else 4) or _short_base(rest, suf, w):
            # "agencies" ~ "agency", "denied" ~ "deny": the "y" comes back
            w = rest + ("y" if suf in ("ies", "ied") else "")
            if suf in ("ing", "ed") and _DOUBLED.search(w):
                w = w[:-1]  # "running" ~ "run", "stopped" ~ "stop", "committed" ~ "commit"
            elif suf in ("ing", "ed") and (
                (w.endswith("er") and len(w) >= 6) or (w.endswith("ment") and len(w) >= 8)
            ):
                # "considered" ~ "consider", "implemented" ~ "implement": a base's own
                # ending goes too, as it does from the base
                w = w[: -(2 if w.endswith("er") else 4)]
            break
    if len(w) > 4 and w.endswith("e"):
        w = w[:-1]  # approve ~ approved ~ approving
    return w[:7]


def stems_of(words: Iterable[str], bases: dict[str, str]) -> set[str]:
    """Stems of ``words``, plus the base form's stem of each irregular one (``bases``)."""
    out: set[str] = set()
    for w in words:
        out.add(stem(w))
        if w in bases:
            out.add(stem(bases[w]))
    return out


def stem_in(word: str, stems: Container[str], bases: dict[str, str]) -> bool:
    """Whether ``word`` (or its base form, if irregular) has its stem among ``stems``."""
    return stem(word) in stems or (word in bases and stem(bases[word]) in stems)


@cache
def irregular_bases() -> dict[str, str]:
    """Irregular verb forms and plurals and their base ("told" -> "tell", "children" ->
    "child"), from the installed spaCy model's lemmatizer tables; {} without the model (then
    "told" stays apart from "tell")."""
    from models.spacy_nlp import ModelMissing, irregular_nouns, irregular_verbs

    try:
        return {**irregular_nouns(), **irregular_verbs()}  # a verb's reading wins ("saw")
    except ModelMissing:
        return {}


_AUXILIARIES = frozenset({"be", "do", "have", "will", "shall", "can", "may", "must", "get"})


@cache
def irregular_pasts() -> dict[str, str]:
    """Irregular pasts and participles of full verbs and their base ("broke", "hidden" ->
    "break", "hide"), from the same table: no "-ing" or "-s" forms, no auxiliaries' ("did",
    "been"); {} without the model. Question readings use them where a hand list would
    outgrow itself."""
    from models.spacy_nlp import ModelMissing, irregular_verbs

    try:
        forms = irregular_verbs()
    except ModelMissing:
        return {}
    return {
        f: base
        for f, base in forms.items()
        if f.isalpha() and not f.endswith(("ing", "s")) and base not in _AUXILIARIES
    }


@cache
def irregular_pasts_pattern() -> str:
    """``irregular_pasts`` as a regular-expression alternation, longest first; "(?!)", which
    never matches, without the model (a bare "" would match anything)."""
    return "|".join(sorted(irregular_pasts(), key=len, reverse=True)) or "(?!)"
