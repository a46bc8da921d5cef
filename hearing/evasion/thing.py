"""Whether a short answer names a thing, read from spaCy's part-of-speech tags.

A "what" question that no answer type reads (``asked_for.OPEN_WHAT``: "What did the storm
take out first?", "What is the county storing in the old armory?") still asks for a thing,
and a witness who gives it is often terse: "The substation on Route Nine.", "Road salt and
the spare voting machines.", "Trucks dumping gravel after midnight." The on-topic
non-answer is a clause: "The armory is a county asset like any other.", "The company
invests in reliability every single year." Regular expressions told these apart only by
lists of verbs, which every new split outgrew; the tagger already loaded for the questions
tells a noun phrase from a clause in any words.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

# finite verbs: a clause, not a thing named ("The lease complies ...", "They can park ...")
_FINITE = frozenset({"VBZ", "VBP", "VBD", "MD"})
# what a noun phrase opens with: an article, a number, an adjective, a noun, a gerund
# ("Rewriting the bus schedules, ..."); not a pronoun, an adverb or a preposition
_OPENS = frozenset({"DT", "PDT", "CD", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "VBG"})
# determiners that point back or generalise: "That is a question for ...", "All of them
# ...", "No comment." ("Every street without a bus route." names streets)
_POINTING = frozenset(
    {"that", "this", "those", "these", "which", "what", "all", "any", "no", "another", "both"}
    | {"either", "neither", "such"}
)
_NEAR = frozenset(
    {"about", "roughly", "nearly", "almost", "around", "approximately", "over", "just", "only"}
    | {"barely", "some", "under"}
)
# where the thing named ends and a clause about it may begin: "Change orders that the board
# never reviewed.", "Rewriting the bus schedules, which she never finished."
_ENDS = frozenset(
    {"which", "who", "whom", "whose", "where", "when", "because", "so", "after", "before"}
    | {"until", "while", "if", ",", ";", ":"}
)


def names_thing(doc: Any) -> bool:
    """Whether a tagged sentence opens as a noun phrase with no finite verb of its own before
    a clause about it begins ("New cables to replace the ones that failed in June." names
    one; "The city is committed to safe river crossings." does not)."""
    if not len(doc):
        return False
    first = doc[0]
    # a participle before a noun is an adjective: "Blocked exits and a broken sprinkler."
    adjective = first.tag_ == "VBN" and len(doc) > 1 and doc[1].tag_[:2] in ("NN", "JJ")
    # ... and an amount may open with how near it is: "Roughly four thousand gallons ..."
    near = first.lower_ in _NEAR and len(doc) > 1 and doc[1].tag_ == "CD"
    # ... and "not" may open one: "Not having a bed left after nine o'clock."
    opens = first.tag_ in _OPENS or adjective or near or first.lower_ == "not"
    if not opens or first.lower_ in _POINTING:
        return False
    # after a number above one, a noun's "-s" is a plural the tagger took for a verb's: "Three
    # food stands, for ..." (a verb after "three ..." would not take "-s")
    counted = first.tag_ == "CD" and first.lower_ not in ("one", "1")
    for tok in doc:
        if counted and tok.tag_ == "VBZ" and doc[tok.i - 1].tag_[:2] == "NN":
            continue
        # "that" ends it as a relative, not as a determiner ("Decisions of that kind ...")
        if tok.i >= 2 and (tok.lower_ in _ENDS or (tok.lower_ == "that" and tok.tag_ != "DT")):
            return True
        if tok.tag_ in _FINITE and not _absolute(doc, tok.i):
            return False
        # a base form after a plural noun is a present the tagger missed: "Payments to
        # consultants follow the schedule ..." (not "New cables to replace ...", nor after a
        # singular, which would take "-s": "A twelve percent raise for its executives.")
        if tok.tag_ == "VB" and tok.i and doc[tok.i - 1].tag_ in ("NNS", "NNPS"):
            return False
    return True


def _absolute(doc: Any, i: int) -> bool:
    """Whether a past form is a participle in a "with" phrase ("... with the door closed"),
    not a clause's verb: "with", then at most four words of a noun phrase, then the past."""
    if doc[i].tag_ != "VBD":
        return False
    j = i - 1
    while j >= 0 and i - j <= 4 and doc[j].tag_[:2] in ("DT", "JJ", "NN", "PR", "CD"):
        j -= 1
    return j >= 0 and i - j >= 2 and doc[j].lower_ == "with"


def things_named(
    nlp: Any | None, expects: Sequence[str | None], firsts: Sequence[str], short: Sequence[bool]
) -> list[bool]:
    """Per pair: whether its answer's first sentence names a thing, read only for a short
    answer to a question typed "thing" (the rest are False, and untagged: the tagger's time
    goes to the few that need it)."""
    want = [
        i
        for i, (kind, first, ok) in enumerate(zip(expects, firsts, short, strict=True))
        if kind == "thing" and ok and first
    ]
    named = [False] * len(expects)
    if nlp is None or not want:
        return named
    for i, doc in zip(want, nlp.pipe([firsts[i] for i in want]), strict=True):
        named[i] = names_thing(doc)
    return named
