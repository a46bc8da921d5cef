"""Whether an answer says a yes/no question's predicate back, which reads as a reply ("Are
you satisfied?" - "I'm satisfied with the team"), and the forms that only look like one: the
verb said as a noun or a degree ("All meetings with vendors are logged"), done by someone
else or by nobody named ("It was reviewed by our legal team"), or about something generic
("I was briefed on many topics")."""

from __future__ import annotations

import re

from hearing.evasion import lexicon as lx
from hearing.evasion.question import ASPECT, QuestionInfo
from hearing.evasion.text import lower_words
from hearing.stems import stem, stem_in


def generic_echo(sents: list[str], info: QuestionInfo, bases: dict[str, str]) -> str | None:
    """The generic words the first sentence says the question's verb back about, or None:
    "Were you briefed on this?" - "I was briefed on many topics" is the non-denial, not a
    reply (the words after the verb hold "many", "various", "a number of", "thousands of"
    or bare kinds listed: "residents, businesses and developers")."""
    tokens = sents[0].lower().split() if sents and info.predicate else []
    said = [t.strip(".,;:!?\"'()") for t in tokens]
    at = next((k for k, w in enumerate(said) if stem_in(w, info.predicate, bases)), None)
    if at is None:
        return None
    # past a preposition: "I speak with a great many people"
    start = (
        at + 2 if said[at + 1 : at + 2] in (["with"], ["to"], ["about"], ["on"], ["by"]) else at + 1
    )
    window = range(start, min(start + ECHO_WINDOW, len(said)))
    after = " ".join(said[k] for k in window)
    # a quantifier counts within the verb's own clause: not "I support the bill, as do many
    # members"
    stop = next((k + 1 for k in window if tokens[k].endswith((",", ";", ":"))), window.stop)
    clause = " ".join(said[start:stop])
    kinds = _KINDS.match(after)
    if kinds:
        return kinds.group(0)
    m = next(filter(None, (p.search(clause) for p in lx.QUANTIFIER_RE)), None)
    m = m or _VOLUME.match(clause)
    # with the word it quantifies: "thousands of emails"
    return " ".join(clause[m.start() :].split()[: len(m.group(0).split()) + 1]) if m else None


# the asker's "Am I right ...?" turned round: "You are.", "You're not.", "You're correct."
_AM_I_RIGHT = re.compile(r"\bam i (?:correct|right|wrong|mistaken)\b")
_TURNED = re.compile(
    r"you(?:'re| are)(?: not)?(?: (?:quite |absolutely |entirely )?(?:right|correct|wrong|"
    r"mistaken))?(?=[.,;!]|\s*$)"
)
# words after the verb said back in which a generic quantifier makes the echo generic:
# "We share data with a variety of partners" (the object, a preposition, then the quantifier)
ECHO_WINDOW = 5
# kinds listed bare, the one asked about among them: "My office speaks with residents,
# businesses and developers all the time" to "Did anyone speak to the developer?"
_KINDS = re.compile(r"(?:[a-z]+s ){1,3}(?:and|or) [a-z]+s\b")
_VOLUME = re.compile(r"(?:tens of )?(?:thousands|hundreds|millions|dozens) of\b")


# A verb said back as a noun or an adjective of degree is no reply: "Did you meet with the
# vendor?" - "All meetings with vendors are logged"; "Do your drivers get paid for waiting?"
# - "Our drivers are among the best paid". Nouns and adjectives that answer a copular
# question ("Is this a big problem?" - "It's not a big problem") still say it back.
_DETERMINERS = frozenset(
    "a an the all our their his her its my your these those such any every many most some "
    "no each".split()
)
_DEGREE = frozenset("best better highest lowest".split())
_NOUN_ENDINGS = ("ment", "ments", "tion", "tions", "sion", "sions")
_PASSIVE = frozenset("was were been is are being be".split())
# "Deputies are trained to use a taser only when ...": the rule for the act, not the act
_RULE_FRAMES = frozenset(
    "trained authorized authorised permitted allowed required expected supposed instructed "
    "obliged obligated entitled empowered".split()
)
# "Did you personally review the contract?" asks what the witness did
_ASKS_YOU = re.compile(r"\b(?:did|do|does|have|has|had|will|would|can|could)\s+you\b", re.I)


_ASPECT_STEMS = tuple(stem(v) for v in ASPECT)


def _aspect(words: list[str], k: int, bases: dict[str, str]) -> bool:
    """Whether words[k] is a verb of going on with a verb of its own after it."""
    after = words[k + 1] if k + 1 < len(words) else ""
    return stem_in(words[k], _ASPECT_STEMS, bases) and (after == "to" or after.endswith("ing"))


def said_back(words: list[str], info: QuestionInfo, bases: dict[str, str]) -> bool:
    """Whether ``words`` say the yes/no question's predicate back, not as a noun of it, nor
    as done by someone else: "Did you review it?" - "It was reviewed by our legal team"
    shifts the agent, and "Did the minister approve the contract?" - "Emergency contracts
    are approved according to the rules" names none. A passive answer to a passive question
    ("Was it approved?" - "It was approved in May") still says it back."""
    asks_you = _ASKS_YOU.search(info.focus) is not None
    q_words = lower_words(info.focus)
    asks_active = not any(
        stem_in(w, info.predicate, bases) and _PASSIVE & set(q_words[max(0, k - 5) : k])
        for k, w in enumerate(q_words)
    )
    agents = {"me", "myself"} if asks_you else {"me", "him", "her", "them", "us"} | set(q_words)
    aspectual = any(_aspect(q_words, k, bases) for k in range(len(q_words)))
    for k, w in enumerate(words):
        if not stem_in(w, info.predicate, bases):
            continue
        # "... kept buying road salt ...?" - "... essential to keeping roads safe": the
        # aspect's verb said back only with a verb of its own ("We kept buying until May")
        if aspectual and stem_in(w, _ASPECT_STEMS, bases) and not _aspect(words, k, bases):
            continue
        before = words[k - 1] if k else ""
        # "All meetings with vendors are logged"; "Moving the residents is a hard decision"
        # opens on the verb as a noun
        gerund = (before in _DETERMINERS or k == 0) and w.endswith(("ing", "ings"))
        # "Will the council release it?" - "Any release of it will be handled with care":
        # the verb's form between a determiner and "of" is its noun (not "a big problem"
        # for "Is this a big problem?")
        noun = before in _DETERMINERS and words[k + 1 : k + 2] == ["of"]
        # ... and a noun made from it, as the reply's subject, is none either: "All pension
        # investments are vetted" for "Did the treasurer invest pension money ...?"
        noun = noun or (k < 4 and w.endswith(_NOUN_ENDINGS) and w not in q_words)
        after = words[k + 1 : k + 3]
        by = after.index("by") if "by" in after else None
        named = by is not None and bool(agents & set(words[k + 2 + by : k + 4 + by]))
        participle = w.endswith("ed") or (w in bases and not w.endswith("ing"))
        passive_other = before in _PASSIVE and participle and asks_active and not named
        ruled = before == "to" and k > 1 and words[k - 2] in _RULE_FRAMES
        if not (gerund or noun) and before not in _DEGREE and not passive_other and not ruled:
            return True
    return False


# "... made by the board or by your staff?": the words either side of an "or" that ends the
# question (not "... destabilize the economy or cause China to be more aggressive, including
# with Taiwan?", "whether or not ...", nor "any material on him or his family?")
_ALTERNATIVES = re.compile(
    r"^(?!.*\bany\b.*\bor\b)(?:.*\s)?((?:[\w'-]+,?\s+){1,3})or\s+(?!not\b)((?:[\w'-]+\s*){1,3})\?\s*$",
    re.I,
)
_AUX = r"(?:did|does|do|was|were|is|are|has|have|had|will|would)"


# words that open both alternatives alike: "... by lower sales tax receipts or by higher
# pension costs?", "... expect a water rate increase next year or a flat rate?" (not "the"
# or a possessive, which as often open the question's subject: "Did the mayor approve it or
# the council?")
_PARALLEL = re.compile(
    r"^(?!.*\bany\b.*\bor\b)(.*)\bor\s+(?!not\b)((a|an|by|to|in|on|at|for|with|from|through|"
    r"under|into)\s+(?:[\w'-]+\s*){1,4})\?\s*$",
    re.I,
)


# a cleft choice: "Was it the mayor or the city manager who ordered the encampment cleared?"
# (the "or" ends no question; not "Is it your opinion or is it your contention that ...")
_CLEFT = re.compile(
    r"\b(?:was|is|were|will|would) it\s+((?:[\w'-]+\s+){1,4}?)or\s+(?!(?:is|was|were) it\b)"
    r"((?:[\w'-]+\s+){1,4}?)(?:who|that|which)\s",
    re.I,
)


def _alternatives(focus: str) -> tuple[str, str]:
    """The two alternatives a choice question offers, as words: "the board" and "your
    staff" in "... by the board or by your staff?". Where the second is an auxiliary and
    its subject ("Did the mayor approve the demolition, or did her staff?"), the subjects
    are what is asked between, not the first clause's last words. Where the second opens
    with a word the first opened with too, the first runs from there ("a water rate
    increase next year" against "a flat rate"), up to three words longer than the second. A
    cleft's alternatives stand between "was it" and "who": "mayor" and "manager" in "Was it
    the mayor or the city manager who ordered ...?"."""
    cleft = _CLEFT.search(focus)
    if cleft:
        # each is a noun phrase: its last word names it ("The city acted as one team" picks
        # neither "the mayor" nor "the city manager"), unless both end alike ("... office")
        first, second = cleft.group(1).rstrip(", ").split(), cleft.group(2).split()
        if first[-1].lower() != second[-1].lower():
            return first[-1], second[-1]
        return " ".join(first), " ".join(second)
    par = _PARALLEL.search(focus)
    if par:
        before = par.group(1).split()
        second = par.group(2).split()
        start = [
            k
            for k, w in enumerate(before)
            if w.lower() == par.group(3).lower() and len(before) - k <= len(second) + 3
        ]
        if start:
            return " ".join(before[start[0] :]).rstrip(","), par.group(2)
    m = _ALTERNATIVES.search(focus)
    if not m:
        return "", ""
    second = re.match(rf"{_AUX}\s+(.*)", m.group(2), re.I)
    first = re.search(rf"\b{_AUX}\s+((?:[\w'-]+\s+){{1,2}})", focus, re.I)
    if second and first:
        return first.group(1), second.group(1)
    return m.group(1), m.group(2)


# "Has anyone been disciplined?", "Were there any deaths ...?": asks whether any exist
_EXISTENTIAL = re.compile(
    r"\b(?:has|have|had|was|were|is|are|did|do|does)\s+(?:there\s+(?:been\s+)?)?"
    r"(?:any|anyone|anybody|any\w+)\b"
    # "Did the company pay any bonuses?"; "Has the company ever paid a ransom?" - "Once"
    r"|\b(?:has|have|had|did|do|does)\s+(?:\w+\s+){1,3}?(?:any|anyone|anybody|anything|ever)\b",
    re.I,
)
_COUNT_OPENER = re.compile(
    # "About a million dollars, to six executives." to "Did the company pay any bonuses?"
    r"^(?:(?:about|roughly|around|nearly|almost|over|more than|fewer than|less than|just|only) )?"
    r"(?:\$?\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
    r"forty|fifty|a (?:few|handful|dozen|hundred|thousand|million|billion)|several|dozens|"
    r"hundreds|thousands|once|twice)\b"
    r"(?! of\b))"
)

# a word that makes "Only the board can answer that." a clause, not a share said alone
_VERBISH = (
    r"(?:can|could|will|would|should|may|might|must|is|are|was|were|has|have|had|did|does|do|"
    r"\w+ed)\b"
)
# A yes or a no bounded by how often, how long, where, when or by what: "Twice: on June
# 2nd and June 9th." to "Did the agency test the river?" (how often it was done says that
# it was); "For ninety days, then they are deleted." to "Does the agency keep the
# recordings?"; "Only in two counties now."; "Not until the next morning."; "Not with its
# current equipment."
_BOUNDED = re.compile(
    r"^(?:once|twice|(?:two|three|four|five|six|seven|eight|nine|ten|\d+) times)"
    r"(?=[,.;:!?]|\s+(?:in|on|last|this|that|before|after|since|and|but|a|each|per)\b)"
    r"|^for (?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|thirty|sixty|ninety|"
    r"several|a few) (?:hours?|days?|weeks?|months?|years?)\b"
    r"|^only (?:in|for|to|at|on|with|when|if|after|before|since|until|partly|partially)\b"
    r"|^(?:on|in|at|for) (?:[\w-]+ ){0,2}only\b"  # "On weekends only, for now."
    # "Only the summary. Nobody read the full report.": a share said alone (not "Only the
    # board can answer that.": no verb in the words up to the stop)
    r"|^only (?:the|a|an|one|part of|some of|its|their|his|her) (?:(?!"
    + _VERBISH
    + r")[\w-]+ ){0,3}?"
    r"(?!" + _VERBISH + r")[\w-]+(?=[.;,!])"
    # (not "Not in a position to say", "Not with any certainty", refusals and hedges)
    r"|^not (?!in a position\b|with any (?:certainty|confidence)\b|for (?:me|us|now)\b)"
    r"(?:until|with|without|before|since|unless|for|in|on)\b"
)
# a short subject and the question's own auxiliary: "The treasurer did.", "Nobody has."
_AUX_ENDS = re.compile(
    r"^(?:[\w'-]+ ){1,4}?(did|does|do|has|have|had|was|were|is|are|will|would|can|could)"
    r"(?: not|n't)?(?: now| still| already| too| again| so)?[.!]"
)
# a yes or a no closing a brief first clause: "To about two hundred, yes." (QEvasion: 27
# answers open so, 26 % evasive)
_CLAUSE_THEN_YES_NO = re.compile(r"^(?:[\w'-]+ ){0,4}[\w'-]+,? (?:yes|no)(?=[.!;])")
# a one-word reply naming one side of an "or" (not "Well." nor "It.")
_ONE_WORD = re.compile(
    r"^(?!(?:it|that|this|the|a|i|we|you|they|he|she|not|so|well|look|and|but|or)\b)([a-z]+)[.!,;:]"
)

# "Do you still have a contract with ...?" - "We ended that contract in 2020": an end said
# for what the question supposes goes on is a no (13 of 13 such replies in Circa)
_STILL = re.compile(r"\bstill\b", re.I)
_ENDED = re.compile(
    r"^(?:[\w']+\s+){0,3}?(?:ended|stopped|closed|terminated|cancell?ed|discontinued|ceased|"
    r"halted|dropped|shut (?:it |that |them )?down|wound (?:it |that |them )?down|no longer)\b"
)

# "Three of the five, in September." to "Will the agency reopen the clinics?": a share of
# what was asked about answers it, a partial yes (not "One of the great things about ...")
_SHARE = re.compile(
    r"^(?:only |just |about |nearly |almost |roughly )?(?:all but [\w-]+|all|most|some|none|"
    r"half|both|neither|each|\d+|one|two|three|four|"
    r"five|six|seven|eight|nine|ten|a few|a handful) of (?:it|them|those|these|the (?:\d+|two|"
    r"three|four|five|six|seven|eight|nine|ten|dozen|hundred))\b"
)


def commits_without_yes_no(info: QuestionInfo, said: str, bases: dict[str, str]) -> str | None:
    """The opening words of a reply that commits without a yes or no, quoted as said, or
    None: a choice question answered by one of its alternatives ("... by the board or by
    your staff?" - "By my staff."), or a question whether any exist answered with how many
    ("Has anyone been disciplined?" - "Two people. A supervisor was suspended ..."), or a
    "still" question answered with an end ("We ended that contract in 2020"), or any
    yes/no question answered with a share of what it asks about ("Three of the five").
    Each opening is the answer; read as "no yes/no in answer", it was flagged."""
    opening = said.split()[:6]
    words = [w.lower().strip(".,;:!?\"'") for w in opening]
    low = said.lower()
    # "After." to "Was the order given before or after the fire crossed the ridge?"
    pick = _ONE_WORD.match(low)
    q_low = info.focus.lower()
    if pick and re.search(rf"\b{pick.group(1)} or \w|\w or {pick.group(1)}\b", q_low):
        return said[: pick.end(1)]
    if info.kind == "choice":
        # "Mine." to "Was it your office or the mayor's office that approved it?"
        own = re.match(r"(?:mine|ours|me|us|i did|we did|my office|our office)\b", low)
        if own and re.search(r"\byour?\b", q_low):
            return said[: own.end()]
        # "Neither. It was the sheriff.": both alternatives denied (or both granted)
        either = re.match(r"(?:neither|both)(?: of them| one| did| were| was)?(?=[.,;:!]|$)", low)
        if either:
            return said[: either.end()]
        alts = lower_words(" ".join(_alternatives(info.focus)))
        picks = {stem(a) for a in alts if a not in lx.STOPWORDS and len(a) > 2}
        # "Her chief of staff did." to "... did the mayor approve it, or did her staff?"
        hit = next((k for k, w in enumerate(words[:5]) if stem_in(w, picks, bases)), None)
        return " ".join(opening[: hit + 1]).rstrip(".,;:!?") if hit is not None else None
    if info.kind != "yesno":
        return None
    # "You are." to "Am I correct that the contract was never put out for bid?"
    turned = _TURNED.match(low)
    if turned and _AM_I_RIGHT.search(q_low):
        return said[: turned.end()]
    if _EXISTENTIAL.search(info.focus) and _COUNT_OPENER.match(low):
        return " ".join(opening[:2]).rstrip(".,;:!?")
    # "The treasurer did." to "Did anyone know ...?": someone did, so it was done
    aux = _AUX_ENDS.match(low)
    if aux and q_low.split()[:1] == [aux.group(1)]:
        return said[: aux.end() - 1]
    bounded = _BOUNDED.match(low) or _CLAUSE_THEN_YES_NO.match(low)
    if bounded:
        return " ".join(said.split()[: len(bounded.group(0).split())]).rstrip(".,;:!?")
    opens = _SHARE.match(low) or (_STILL.search(info.focus) and _ENDED.match(low))
    return " ".join(said.split()[: len(opens.group(0).split())]) if opens else None
