"""What a wh-question asks for: a checkable answer type ("who", "when", "how_many", a
finding, a step to take ...) read from the words that ask it.

Members ask in many forms ("Whose decision was it ...?", "At what point ...?", "What,
specifically, will you do ...?", "What's the status of ...?"); each form (the amount and
the cause here, the rest in ``asked_by.ASKED_BY``) was added when a testimony split
written in it showed a terse answer that gave what was asked losing to an evasive one (the
model card's rounds). ``answer_types.EXPECTED`` says what answers each type.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from hearing.evasion.asked_by import ASKED_BY
from hearing.evasion.asked_by_acts import GAVE_WAY
from hearing.stems import irregular_pasts_pattern

if TYPE_CHECKING:
    from hearing.evasion.question import QuestionInfo


# a part that failed: "What part of the gym roof gave way first?" (or just "gave")
_GAVE_WAY = rf" (?:[\w'-]+ ){{1,4}}?(?:{GAVE_WAY}|gave)\b"


def asked_for(info: QuestionInfo) -> tuple[str | None, str]:
    """The answer type a wh-question expects, and the words that ask for it ("how long")."""
    if info.kind != "wh":
        return None, ""
    # "What, if anything, did you do ...?", "What steps, if any, did the district take?",
    # "What, specifically, will you do ...?"
    focus = re.sub(
        r",? (?:if (?:anything|any)\b,?|(?:specifically|exactly|precisely|concretely)\b,)",
        "",
        info.focus.lower(),
    )
    # "What exactly did the inspector find ...?"
    focus = re.sub(
        r"\b(what|who|when|where|why|how) (?:exactly|precisely|specifically)\b", r"\1", focus
    )
    amount = re.search(
        r"\bhow (?:many|much|long|often|big|large|soon|quickly|fast)\b"
        r"|\bwhat (?:percent|number|share)\w*|\bhow (?:close|near)\b"
        r"|\bwhat(?:'s| is| was| were| are) (?:still )?left (?:of|in|on)\b"
        # "How far behind schedule is the light rail extension?"
        r"|\bhow far (?:behind|over|past|off)\b"
        # "How far did the oil spread?" (not "How far are you willing to go?")
        r"|\bhow far (?:away |down |up |out |along |inland |downstream )?(?:did|has|have|had|was|"
        r"were|is|does|do)\b(?! (?:you|we) )"
        # "What part of the grant went to salaries?" (not "What part did Japan play?", nor
        # "What part of the roof gave way first?", which asks which)
        r"|\bwhat (?:part|portion|fraction|proportion) of\b(?!" + _GAVE_WAY + ")"
        # "What is the vacant hospital building worth today?", "How high did the water rise?"
        r"|\bwhat (?:is|was|are|were|would be|will be) (?:[\w'-]+ ){1,4}?worth\b"
        r"|\bhow (?:high|deep|tall|wide|heavy|old|loud|hot|cold|steep)\b(?= (?:did|does|do|is|"
        r"was|are|were|will|"
        r"would|has|have|had|can|could)\b)"
        # "What would it cost to replace every lead pipe?"
        r"|\bwhat (?:would|will|does|did|could|might) (?:it|that|this) cost\b"
        # "What did the new radios cost the fire department?"
        # "What is the city paying the consultant per hour?"
        r"|\bwhat (?:is|are|was|were|will|would) (?:[\w'-]+ ){1,3}?(?:be )?(?:paying|charging|"
        r"earning)\b"
        # "What are the tenants being charged for parking?" (not "... being charged with?")
        # (nor "What are the tenants being charged for that they never had before?", the
        # things they pay for)
        r"|\bwhat (?:is|are|was|were) (?:[\w'-]+ ){1,3}?(?:being )?(?:charged|billed|paid)\b"
        r"(?! with\b| for\s*(?:[?.!]|$|(?:that|which|now|today|anymore)\b))"
        # "What is the Elm Street bridge rated to carry?"
        r"|\bwhat (?:is|are|was|were) (?:[\w'-]+ ){1,4}?(?:rated|designed|built|certified) to "
        r"(?:carry|hold|handle|seat|withstand)\b"
        # "What would the new hotel tax raise in its first year?"
        r"|\bwhat (?:would|will|does|did|do|could|might) (?:(?:the|a|an) [\w-]+(?: [\w-]+){0,2}|"
        r"they|these|those) (?:cost|raise|bring in|generate|save|collect|yield)\b"
        # "What did the parks director's chauffeur collect in overtime last year?"
        r"|\bwhat (?:did|does|do|has|have|had|will|would) (?:[\w'-]+ ){1,4}?(?:collect|collected|"
        r"earn|earned|make|made|receive|received|draw|drew|bill|billed|claim|claimed|pocket|"
        r"pocketed|take home|rack up|racked up|get|got) in (?:overtime|pay|salary|salaries|wages|"
        r"bonus(?:es)?|fees|commissions?|severance|benefits|compensation|stipends?|per diem|"
        r"tips|royalties|settlements?|damages|fines|penalties|revenue|rent|interest)\b"
        # "What did the pension fund lose on the hedge fund investment?", "What did the city
        # make on the land sale?" (not "What did you gain from the experience?")
        r"|\bwhat (?:did|does|do|has|have|had|will|would) (?:[\w'-]+ ){1,4}?(?:lose|lost|make|"
        r"made|earn|earned|net|netted|gain|gained|clear|cleared|save|saved) on(?= (?:the|its|"
        r"their|that|this|those|these|his|her|our|your) )"
        # "What do the downtown parking meters take in each month?"
        r"|\bwhat (?:do|does|did|will|would) (?:[\w'-]+ ){1,4}?(?:take in|rake in|bring in|net|"
        r"gross)\b"
        # "What did the county pay per ton for road salt?" (not "pay attention", "pay tribute")
        r"|\bwhat (?:did|does|do|will|would) (?:[\w'-]+ ){1,3}?(?:pay|charge|spend)\b"
        # (nor "What does the fee pay for?", what it funds)
        # (nor "What did the sheriff's office spend the grant on?", what it bought)
        r"(?! (?:attention|tribute|heed|respects?|homage)\b| for\s*[?.!]*$|(?: [\w'-]+){1,4} on"
        r"\s*[?.!]*$)"
        # "What was the longest a caller waited for 911 to answer?"
        # ("What's the most the state will pay a family under the buyout?")
        r"|\bwhat(?:'s| is| was| were) the (?:longest|shortest|most|fewest|least|highest|lowest|"
        r"largest|biggest|smallest|fastest|slowest) (?:a|an|any|the|anyone|one)\b"
        # "At what temperature does the county open its warming centers?"
        r"|\bat what (?:temperature|speed|age|price|rate|height|depth|level)\b"
        # "What age was the youngest worker at the plant?"
        r"|^what age\b"
        # "What size fine did the state levy on the refinery?"
        r"|\bwhat (?:size|sum)\b"
        # "What price did the state pay a design firm for the new license plates?"
        r"|\bwhat (?:price|fee|amount|figure)\b(?! (?:of|for) (?:the )?(?:freedom|success|"
        r"progress|failure)\b)"
        # "What does the county owe the paving contractor?"
        r"|\bwhat (?:does|did|do|will|would) (?:[\w'-]+ ){1,3}?owes?\b|\bwhat (?:is|was) owed\b"
        # "What is the city's share of the cost of the new arena?"
        # ("What's the turnover among the county's 911 dispatchers?")
        r"|\bwhat(?:'s| is| was| are| were| will| would)(?: be)? the (?:[\w'-]+ ){0,2}(?:cost|"
        r"amount|price|budget|number|size|percentage|rate|figure|toll|backlog|deficit|shortfall|turnout|salary|"
        r"fine|fee|share|penalty|capacity|hours|speed limit|speed|level|population|liability|"
        r"headcount|caseload|enrollment|staffing level|vacancy rate|turnover|attrition|"
        r"(?:response|wait|waiting|processing|turnaround|hold|travel|commute) time|wait|delay|"
        r"total)s?\b"
        # "What was the final bill from the firm ...?" (a bill of a kind, not "What is the
        # bill about?", a measure), "What's the price tag on ...?"
        r"|\bwhat(?:'s| is| was| were| will| would)(?: be)? the (?:[\w'-]+ )?(?:final|total|"
        r"monthly|annual|yearly|legal|repair|cleanup|clean-up|overtime|consulting|hotel|phone|"
        r"energy|electric|electricity|heating|fuel|water|utility|medical|catering|travel) bills?\b"
        r"|\bprice tags?\b|\bwhat(?:'s| is| was) the (?:final |total )?tab\b",
        focus,
    )
    if amount:
        return "how_many", amount.group(0)
    # "from" ending the question, not "Where is the footage from the night of ...?"
    # "Where did you get the figure of ten thousand new jobs?" asks for a source too
    source = (
        r"\bwhere\b.*\bfrom\s*(?:[?.!,;]|$)|\bfrom where\b"
        r"|\bwhere did (?:you|they|he|she|we|the \w+) get\b"
    )
    if info.wh == "where" and re.search(source, focus):
        return "where_from", "where ... from"
    # a side asked for, not a place: "Where does the county stand on the pipeline permit?"
    stand = re.search(r"\bwhere (?:do|does|did) (?:[\w'-]+ ){1,3}?stand\b", focus)
    if stand:
        return "stance", stand.group(0)
    if info.wh in ("when", "why", "who", "where"):
        return info.wh, info.wh
    # "How is it that the same vendor won all three?", "How come ...?" ask why
    # "What caused the delay in mailing the ballots?", "How did it come to be that ...?" too
    cause = re.search(
        # "How could a patient be discharged with a broken hip?"
        r"\bhow (?:could|can|did) (?:a|an|the|this|that|such an?) (?:[\w'-]+ ){1,6}?(?:be|get|go|"
        r"have been) (?:[a-z]+(?:ed|en)|sent|let|left|kept|put|told|paid|sold|lost|made|hit|shot|"
        r"cut|held)\b|"
        r"\bhow is it (?:possible )?that\b|\bhow was it possible that\b|\bhow come\b"
        r"|\bhow did it (?:come (?:to be |about )?|happen )that\b"
        # "How do you explain the fact that the same two firms won every contract?"
        r"|\bhow (?:do|does|can|would) (?:you|they|we|the \w+) explain\b"
        r"|\bwhat went wrong\b|\bwhat(?:'s| is| was) (?:the |your )?basis for\b"
        # "What's the holdup with the new voting machines?", "How did this happen to ...?"
        r"|\bwhat(?:'s| is| was) the (?:holdup|hold-up|snag|hang-up|hangup|bottleneck) with\b"
        # "What stopped the fire at the third floor?", "What ended the standoff?" (not "What
        # stopped you from ...?", which asks what stood in the way)
        r"|\bwhat (?:stopped|ended|halted|contained|slowed|broke up|defused)\b"
        r"(?!(?: [\w'-]+){1,4}? from\b)"
        r"|\bhow (?:did|could|can|does|do) (?:this|that|it) happen\b"
        # "How did the inspector miss the cracks in the garage?"
        # ... or get past a check: "How did the teacher pass the background check?"
        r"|\bhow (?:did|could|can|was|were) (?:[\w'-]+ ){1,4}?(?:miss|overlook|fail to (?:see|"
        r"notice|catch|spot|find)|pass|get past|get through|slip through|slip past|evade|escape|"
        # ... or lose what it held: "How did the state lose track of three thousand sex
        # offenders?"
        r"dodge|lose track of|lose|misplace|mislay|mix up)\b"
        # "How did the fire at the recycling plant start?"
        r"|\bhow did (?:the|this|that|a|an) (?:[\w'-]+ ){1,5}?(?:start|begin|break out|happen|"
        # "How did the fire spread to the second warehouse?"
        r"occur|come about|spread|jump|reach)\b"
        r"|\bwhat led (?:you|them|him|her|us|the \w+|your \w+) to\b"
        # "What kept the tornado sirens silent on Sunday?" (not "... from ...", in the way)
        r"|\bwhat (?:kept|keeps|left|has kept|had kept) (?:[\w'-]+ ){1,4}?(?:silent|closed|dark|"
        r"shut|offline|down|quiet|idle|grounded|empty|locked|off|stuck|waiting)\b"
        # "What was the crane operator distracted by?", "What did the coroner list as the
        # cause of death?"
        r"|\bwhat (?:was|were|is|are) (?:[\w'-]+ ){1,4}?(?:distracted|hit|struck|killed|injured|"
        r"damaged|destroyed|startled|woken|set off|sickened|poisoned) by\s*[?.!]*$"
        r"|\bwhat (?:did|does|do|has|have|had|was|were) (?:[\w'-]+ ){0,4}?(?:list|listed|give|"
        r"gave|given|rule|ruled|name|named|cite|cited|record|recorded|put down|identify|"
        r"identified) as the (?:[\w-]+ )?(?:cause|reason|source|origin)\b"
        # "What's behind the spike in overdose deaths?"
        r"|\bwhat(?:'s| is| was| are| were) (?:really )?behind\b"
        # "What made the dam operators open the spillway?" (not "What made you a fan ...?")
        r"|\bwhat (?:made|makes) (?:[\w'-]+ ){1,4}?(?:decide|choose|change|open|close|stop|start|"
        r"leave|quit|call|sell|buy|cancel|delay|raise|cut|order|move|shut|pull|reverse|drop|"
        # (not "What makes you think ...?": QEvasion's 4 such questions, read as asking a
        # reason, lowered `both` by 0.0003)
        r"switch|fire|hire|release|evacuate|act|come back|go|turn|"
        # ... or what befell them: "What made forty inmates sick at the jail in October?"
        r"sick|ill|fail|collapse|crash|flood|overheat|explode|break down)\b"
        # "What went into the decision to close the public pool?"
        r"|\bwhat went into (?:the|your|their|his|her|its|that|this) (?:[\w-]+ )?(?:decision|"
        r"choice|call|ruling|vote)\b"
        # "What sparked the brush fire behind the middle school?"
        # ("What tipped off the auditors to the double billing?")
        r"|\bwhat (?:caused|causes|led to|prompted|triggered|sparked|set off|touched off|ignited|"
        r"tipped off|tipped|alerted|clued in|"
        # "What drove the hospital's decision to shut its birthing unit?"
        r"drove|drives|motivated|motivates|spurred|fueled|fuelled|forced|compelled|pushed|"
        # ... or what changed it: "What doubled the Eastwood water bills this April?"
        r"doubled|tripled|halved|inflated|drove up|pushed up|sent up|"
        r"explains)\b"
        # "What is your agency's explanation for the missing footage?"
        r"|\bwhat (?:is|was) (?:the |your |his |her |their |its |our )?(?:[\w-]+'s )?(?:reason|"
        r"cause|explanation|source|origin|excuse|justification|rationale)(?: given| offered| "
        r"cited)? (?:for|of|behind)\b"
        # "What reason did the board give for firing the director?"
        r"|\bwhat (?:reasons?|explanation|justification|excuse) (?:did|does|do|has|have|was|were) "
        r"(?:[\w'-]+ ){1,3}?(?:give|gave|given|offer|offered|provide|provided|cite|cited)\b"
        # "What was the reason the shelter's permit was denied?"
        r"|\bwhat(?:'s| is| was) (?:the |your |his |her |their |its |our )?(?:[\w-]+'s )?"
        r"(?:reason|explanation) (?:why|that|the|you|they|he|she|it|we)\b",
        focus,
    )
    if cause:
        return "why", cause.group(0)
    if info.wh in ("whose", "whom"):  # "Whose decision was it ...?", "To whom did ...?"
        return "who", info.wh
    # "What's the name of the firm that audited the pension fund?"
    # ... "What was the name on the search warrant?"
    name = re.search(r"\bwhat(?:'s| is| was| are| were) the names? (?:of|on)\b", focus)
    if name:
        return "who", name.group(0)
    if info.wh == "name":  # "Name one contract ...", "Can you name ...?": a name is asked for
        m = re.search(r"\b(?:name|list|identify)\b", focus)
        return "who", m.group(0) if m else info.focus.split()[0].lower()
    for kind, pattern in ASKED_BY:
        m = pattern.search(focus)
        if m:
            return kind, m.group(0)
    thing = OPEN_WHAT.search(focus) or _irregular_past().search(focus)
    if thing:
        return "thing", thing.group(0).strip(" .?!")
    return None, ""


# A "what" asked of a third party's deeds or things in a form no type above reads ("What did
# the storm take out first?", "What is the county storing in the old armory?"). Such a
# question still asks for a thing, which a terse answer names ("The substation on Route
# Nine."); but a reply to it has no mark of its own, so a type read this way only credits a
# short answer that names a thing (``thing.names_thing``) and never counts one that does
# not as missing it (``text_features``). Not asked of the witness ("What do you make of
# ...?", "What would you say to ...?", a view), nor of a view or stance ("What is the
# mayor's position on ...?"), nor of what a thing is like or means ("What does the new
# normal look like?").
OPEN_WHAT = re.compile(
    r"\bwhat (?:else |more )?(?:did|does|do|is|are|was|were|has|have|had|will|would|can|"
    r"could|should)(?! (?:you|we|i|your|our|my|it|that|this|there)\b)"
    r"(?! (?:[\w'-]+ ){0,3}?(?:think|believe|feel|make of|say|view|views|opinion|position|"
    r"stance|take on|reaction|response|message|answer|assessment|feeling|thinking|goal|aim|"
    r"hope|priority|priorities|agenda|strategy|vision|philosophy|policy|point|problem|"
    r"difference|idea|sense|mean|means|(?:look|looks|be|feel|feels|sound|sounds|seem) like)\b)"
    r" [a-z][\w'-]*"
    r"(?: [\w'-]+){0,5}"
    # "What delayed the ambulances?": a past verb of the thing asked for
    r"|^what (?!happened|changed)[a-z]+ed (?:the|a|an|his|her|their|its)\b"
    # "Which fire hydrants were dry when the crews arrived?": some of a kind, to be named
    r"|\bwhich (?:[\w'-]+ ){1,2}?(?:did|does|do|is|are|was|were|has|have|had|will|would)\b"
    # ... or with a past verb of their own: "Which shelters turned families away?" (opening
    # a sentence: not a relative, "... the program which the council approved")
    r"|(?:^|[.?!] )which (?:[\w'-]+ ){1,2}?[a-z]{3,}ed\b"
)


@functools.cache
def _irregular_past() -> re.Pattern[str]:
    """ "What broke down at the plant?", "What went into the decision?": OPEN_WHAT's "What
    delayed ...?" with an irregular past, from the lemmatizer's table (no list to outgrow);
    not asked of the witness ("What made you change your mind?")."""
    pasts = irregular_pasts_pattern()
    return re.compile(r"(?:^|[.?!] )what (?:" + pasts + r")\b(?! (?:you|we|i|me|us)\b)")
