"""What a wh-question expects to hear, by the type it asks for (``asked_for.asked_for``):
a time for "when", a number for "how many", a name for "who" ... An answer "of the right
type" is the strongest sign a wh-question was answered, and the match is quoted in the
reasons ("asks 'how many'; the answer gives one: 'Four hundred and twelve'").

Patterns run over the lower-cased answer, except those for a name or a place
(``READ_AS_SAID``), which read capitals and so run over the answer as said.
"""

from __future__ import annotations

import re

from hearing.evasion.answer_types_members import (
    A_THING,
    COUNT,
    GOING_ON,
    MEMBERS,
    NOT_DOING,
    PLACE,
    REPORTED,
    SINCE,
)
from hearing.evasion.answer_types_who import WHO
from hearing.evasion.told import CAUSE_TOLD

# Past tenses of a state of mind, not of a step: "we were concerned", "we are committed"
_NOT_STEPS = (
    "need|used|based|concerned|committed|pleased|focused|engaged|supposed"
    # a state of mind, said as done: "We have reflected deeply on what happened"
    "|reflect|listen|pray|griev|hop|wish|want|struggl"
)


def _done(not_steps: str = _NOT_STEPS) -> str:
    """Something done, said as done: "We encrypted every record", "we have hired", "I fired
    him"; not "we take this seriously" or "we are working on it". The pattern of the
    ``action`` type, and part of ``meaning`` and ``doing``, each with the past tenses
    (``not_steps``, without their "-ed") that do not count as a step."""
    no_step = rf"(?!(?:{not_steps})ed\b)"
    return (
        r"\b(?:we|i|they|he|she)(?:'ve| have| had| also| then| already| immediately| just)* "
        + no_step
        + r"(?:[a-z]{3,}ed|began|brought|bought|built|cut|fired|fought|found|gave|held|hired|"
        r"kept|led|made|met|paid|put|ran|sent|set|shut|sold|spent|stopped|took|told|wrote|"
        r"chose)\b"
        # the step said with its doer understood: "Dumped it in a lot on Ferry Road."
        r"|^"
        + no_step
        + r"(?:[a-z]{3,}ed|sold|gave|kept|sent|put|took|cut|shut|left|threw|burned|buried|hid|"
        r"moved|paid|spent) (?:it|them|him|her|all|most|some|every|the|a|an)\b"
        # "None. The report sat in an inbox.": that nothing was done is what was done
        # ("Nothing for six weeks.")
        r"|^(?:none|nothing|no steps?|no action)(?=[.,;!]| at all| whatsoever| was| were| until\b"
        r"| for (?:\w+ ){0,2}(?:hours?|days?|weeks?|months?|years?)\b)"
    )


MONTHS = "january february march april may june july august september october november december"
EXPECTED = {
    "when": re.compile(
        rf"\b(?:\d{{4}}|{MONTHS.replace(' ', '|')}|monday|tuesday|wednesday|thursday|friday|"
        # not "soon" ("as soon as we could", "Soon, I hope"): a promise, not a time
        r"today|tomorrow|yesterday|tonight|next (?:week|month|year)|last (?:week|month|year)|"
        # "On the morning of the 14th", "by the 3rd"
        r"(?:the|on) \d{1,2}(?:st|nd|rd|th)|(?:morning|afternoon|evening|night) of|"
        r"(?:days|weeks|months|years) ago|by the end of|within \w+ (?:days|weeks|months)|"
        # "Next spring", "By Christmas", "Around two in the morning", "In about six weeks"
        # (a season after a word that makes it one: not "prices will fall")
        r"(?:this|next|last|the|in|by|until|before|after|early|late|mid)[ -](?:spring|summer|fall|"
        r"autumn|winter)|christmas|thanksgiving|easter|new year's|weekend|noon|midnight|midday|"
        r"(?:first|second|third|fourth|next|last) quarter|"
        r"(?:in|at|at about|at around) (?:the )?(?:morning|afternoon|evening|night)|"
        # "Until nine-forty", "by six-thirty"
        r"(?:until|till|past|after|before|around|about|by|at) (?:one|two|three|four|five|six|seven|"
        r"eight|nine|ten|eleven|twelve)-(?:oh-\w+|ten|fifteen|twenty|thirty|forty|fifty)(?:-\w+)?\b|"
        # "At 3:12 a.m.", "about four o'clock" (not "I am")
        r"(?:\d{1,2}(?::\d\d)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) ?"
        r"(?:a\.m|p\.m|am|pm|o'clock)|this (?:week|month|year|morning|afternoon|evening)|"
        r"in (?:about |around |roughly |another |the next )?(?:a|an|one|two|three|four|five|six|"
        r"seven|eight|nine|ten|a few|several|\d+) (?:hours?|days?|weeks?|months?|years?)|"
        # "On the first of the year", "Sixty days after publication"
        r"(?:the )?(?:first|second|third|fourth|fifth|tenth|fifteenth|twentieth|last|end|middle) "
        r"of (?:the )?(?:year|month|week|" + MONTHS.replace(" ", "|") + r")|"
        r"(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|thirty|sixty|ninety|a few) "
        r"(?:days?|weeks?|months?|years?) (?:after|before|from|of)|"
        # "At 11:40 that night", "The next morning", "The day before the vote"
        r"\d{1,2}:\d\d|(?:that|the same|the next|the following|the previous) (?:night|morning|"
        r"evening|afternoon|day)|the (?:day|night|week) (?:before|after))\b"
    ),
    "how_many": re.compile(
        r"\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|"
        r"fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty|dozen|dozens|"
        r"hundreds?|thousands?|millions?|billions?|percent|half|none|zero|twice)\b"
        # "About a third."
        r"|\b(?:a|one|two|three) (?:third|quarter|fifth|tenth)s?\b"
        # "Nothing." to "How much did the city pay?" (not "Nothing has changed")
        r"|\bnothing(?=[.,;!]|$| at all| yet| so far)"
        # "one" and "once" as counts, not "one of our priorities", "no one", "once it is safe",
        # "the one on Pine Street" (but "Just the one."), nor the "one" of "Even one child
        # lost is one too many" (but "Not even one.")
        r"|(?<!\bno )(?<!\bany)(?<!\bevery)(?<!\bthis )(?<!\bthat )(?<!\beach )(?<!\bwhich )"
        r"(?<!(?<!just )(?<!only )\bthe )(?<!(?<!not )\beven )\bone\b(?! of\b)"
        r"(?! (?:is |was )?too many\b)"
        # "Savings are one factor", one of many, not a count
        r"(?! (?:factor|consideration|part|piece|element|aspect|issue|option|thing|way|reason)s?\b)"
        r"|\bonce\b(?! (?:it|we|they|the|this|that|he|she|i|you|our|all|there|everything)\b)"
        # how close, said as near or far: "Very close.", "Not close.", "Weeks away."
        r"|^(?:very |quite |fairly |pretty |not (?:very |that )?|nowhere )?(?:close|near)"
        r"(?=[.,;!]|\s*$)|^(?:days|weeks|months|years) (?:away|off)\b"
    ),
    # "..., so we did not know about it": a consequence said with its cause
    "why": re.compile(
        r"\b(?:because|reason|so that|in order to|that's why|due to|for lack of|owing to|"
        r"as a result of)\b|"
        # the end it serves, said of the thing asked about as the reply opens: "The levee is
        # critical to protecting the homes along the river." (not in passing, later in a
        # long answer: "... what I thought was necessary to protect this country")
        r"^(?:[\w'’-]+ ){1,5}(?:is|are|was|were) (?:absolutely |so |very )?(?:essential|vital|"
        r"critical|crucial|necessary|needed|required) (?:to|for)\b|"
        + SINCE
        # the reason another gave, named: "In private, board members cited her audit" (not
        # "pointed to", which QEvasion's answers use of directions: "pointed to the left")
        + r"|\b(?:cited|blamed)\b"
        # one who was away: "The clerk who handles it was out on medical leave"
        r"|\b(?:was|were|had been) (?:out sick|out|away|absent|sick|ill|on (?:medical |sick |"
        r"maternity |paternity |family )?leave|on vacation)\b"
        r"|, so (?:we|i|they|he|she|it|the|nobody|no one)\b"
        # ... with a subject of one word and what it then did: "Two crews were threatened
        # there in March, so dispatch began waiting for deputies."
        r"|, so (?:our |its |their )?[a-z]+ (?:[a-z]{3,}ed|began|kept|sent|put|took|had to|chose|"
        r"made|stopped|shut|cut|gave|held|left|told)\b"
        # the reason reported: "That the building was too close to the wetland."
        r"|^that (?:the|it|they|he|she|we|there|its|their|our|his|her)\b"
        # the premise denied: "They shouldn't. I have repaid the full amount myself." to "Why
        # should taxpayers cover the cost ...?"
        r"|^(?:they|we|he|she|it|you|taxpayers) (?:shouldn't|should not|don't|do not|won't|will "
        r"not)(?=[.,;!])"
    ),
    "who": WHO,
    # how it was come by: "Through a shared password", "by bribing a clerk", "using his badge"
    "means": re.compile(
        # (not "Through no fault of our officers", "Through the proper channels")
        r"(?!(?:through|via) (?:no fault|(?:the )?(?:[\w-]+ )?channels)\b)(?:"
        # another's act that brought it: "A guard sold it to him."
        # ("His sister works in the badge office and printed it for him.")
        r"^(?:a|an|the|one|two|his|her|their|someone|somebody) (?:[\w-]+ ){0,7}?(?:sold|gave|"
        r"brought|passed|smuggled|handed|mailed|threw|dropped|slipped|lent|leaked|sent|"
        r"forwarded|shared|hid|printed|forged|copied|faked|issued)\b|"
        r"^(?:\w+, )?(?:through|via|by way of|using|with the help of)\b|\bby (?:\w+ing|using|means "
        r"of)\b|\b(?:through|via) (?:a|an|the|his|her|their|our|one of)\b"
        # what pays for it: "With a hotel tax", "out of the general fund"
        r"|^(?:\w+, )?with (?:a|an|the|our|new|higher|federal|state|local|private) [\w-]+"
        r"|\b(?:from|out of) (?:a|an|the|our|their|its|federal|state|local|private|general) "
        r"(?:[\w-]+ )?(?:tax(?:es)?|funds?|budget|grants?|bonds?|reserves?|loans?|fees?|revenue)\b"
        # "Entirely by a state grant that runs out in June."
        r"|^(?:\w+,? )?by (?:a|an|the|our|their|its|federal|state|local|private) (?:[\w-]+ )?"
        r"(?:tax(?:es)?|funds?|grants?|bonds?|reserves?|loans?|fees?|levy|levies|donations?|"
        r"donors?|revenue|surcharges?|appropriations?)\b"
        # where news came from: "From a reporter, two days later" to "How did the family find
        # out he had died?"
        r"|^(?:\w+,? )?(?:from|through|via|on|in) (?:a|an|the|his|her|their|our|its) (?:[\w-]+ )"
        r"{0,2}?(?:reporters?|neighbou?rs?|friends?|relatives?|lawyers?|attorneys?|calls?|letters?|"
        r"e-?mails?|texts?|news|newspapers?|stor(?:y|ies)|broadcasts?|posts?|tweets?|websites?|"
        r"notices?|chaplains?|callers?|tips?|tipsters?)\b)"
    ),
    # "Houston.": a name said alone is the place
    "where": re.compile(
        PLACE + r"|^(?!(?:Yes|No|Well|Nowhere|Here|There|Somewhere|Everywhere|Sure|Right|"
        r"Again|Look|Listen|Sir|Senator|Congressman|Congresswoman|Madam|Mister)\b)[A-Z][a-z]+"
        r"(?:[ ,]+[A-Z][a-z]+)*(?=[.!]?\s*$|[.;])"
    ),
    # what an inquiry found, reported: "That he falsified the logs", "They found mold in two
    # classrooms" (a bare finding, "Rodent droppings in two rooms", is read by ``given.BARE``)
    "finding": re.compile(
        # ("Signs that the beams had rusted through at the joints.")
        REPORTED + r"|^(?:signs?|evidence|proof|traces?) (?:that|of)\b"
        r"|\b(?:it|they|we|he|she|the \w+|our \w+) (?:found|showed|shows|"
        r"revealed|concluded|discovered|uncovered|determined|identified) (?!no problems?\b)"
        # things found, counted: "Three empty bags that should have held cash, and a seal."
        r"|^" + COUNT + r" [a-z-]+(?: [a-z-]+)? (?:that|which|with|of|and|in|from)\b"
        # a fact found, counted: "Two employees were being paid for jobs they never did"
        r"|^" + COUNT + r" (?:[\w-]+ ){0,3}(?:was|were|had|had been) (?:being )?(?!(?:reviewed|"
        r"handled|addressed|examined|considered|looked)\b)[a-z]+(?:ed|en|id)\b"
        # a fault, said of the thing or of what did it: "Their batteries fail after four hours
        # and the printers jam.", "A software update reset their clocks"
        r"|\b(?:it|they|(?:a|an|the|their|its) [\w-]+(?: [\w-]+)?)(?: \w+)? (?:fail|fails|"
        r"failed|jam|jams|jammed|leak|leaks|leaked|break|breaks|broke|crash|crashes|crashed|"
        r"overheat|overheats|overheated|freeze|freezes|froze|stall|stalls|stalled|reset|resets|"
        r"rejected|rejects|erased|deleted|corrupted|"
        r"(?:do|does|did)(?: not|n't) (?:work|start|print|connect|close|lock|hold|count))\b"
        # a count that moved: "They went from eight minutes to eleven, on average"
        r"|\b(?:went|rose|fell|dropped|climbed|grew|jumped|increased|decreased|declined) "
        r"(?:from|by) \S+"
        # a thing found, named: "A crack in the north pier that a jogger photographed in May."
        rf"|{A_THING}"
    ),
    # what was said, reported: "That the beds would not be ready until March", "We told
    # them the beds were late"; not "We have kept the families informed"
    "told": re.compile(
        # the words themselves, quoted: '"Losing power, turning back."'
        REPORTED + r"|^[\"\u201c]\w"
        r"|\b(?:i|we|he|she|they) (?:\w+ )?(?:told|said|mentioned|explained|warned|made "
        r"(?:it )?clear|raised|expressed|asked|assured|reminded|stressed|wrote)\b"
        # an apology is what is said: "I'm sorry. We had eleven drivers out sick ..." (not
        # "I'm sorry, could you repeat the question?")
        r"|^(?:i'm|i am|we're|we are) (?:\w+ )?sorry\b(?![,.!]? ?(?:could|can|would|what|i "
        r"(?:lost|missed|didn't)|say that|repeat)\b)|^(?:i|we) apologi[sz]e\b"
    ),
    # "Where do the images come from?" - "From public web pages ...": a source is the place
    "where_from": re.compile(
        # "From our tank farm.", not "From our perspective, ..." or "from what I know"
        PLACE + r"|\b(?i:from) (?:(?i:my|our|their|his|her|its) (?!(?:own )?(?:perspective|"
        r"point|standpoint|side|view|experience|understanding|vantage)\b)|(?!(?:what|my|our|their|"
        r"his|her|its|time|where|here|there|that|this)\b))\w+"
    ),
    # something done, said as done (``_done``)
    # (and a precaution said in the passive: "The street was closed and a hazmat crew stood
    # by"; not "The matter was reviewed")
    # ("It added metal detectors at both entrances", an institution's step)
    "action": re.compile(
        _done() + r"|^it (?!(?:seemed|happened|appeared|worked|depended|needed|mattered|followed|"
        r"complied|acted|tried)\b)(?:[a-z]{3,}ed|hired|built|bought|cut|fired|gave|paid|put|sent|"
        r"shut|sold|spent|took)\b"
        + r"|^the [\w-]+(?: [\w-]+)? (?:was|were) (?:first )?(?:closed|evacuated|shut|cleared|"
        r"sealed|locked|blocked|fenced off|cordoned off|drained|emptied|secured|shut down|"
        r"tested)\b"
    ),
    **MEMBERS,
}

# what was meant: "That I expected no findings.", "I meant the outside auditors", or the
# thing said plainly, as done ("We removed names and addresses"); a rule kept is no meaning
# ("I mean that we followed industry best practices")
EXPECTED["meaning"] = re.compile(
    REPORTED
    + r"|\b(?:i|we|he|she|they) meant\b|\b(?:it|that|this) means\b|"
    + _done(_NOT_STEPS + "|follow|compli|adher|conform|act|work|tri")
)

# what is being done, said as done, to be done or under way: "We are building a storage
# tank", "We moved the residents out"; not "we are taking it very seriously"
EXPECTED["doing"] = re.compile(
    EXPECTED["plan"].pattern
    + "|"
    + _done()
    # ("Two investigators are going through the logs"; not "ERs across the state are seeing")
    # (or a bare plural opening the reply: "Crews are pouring grout this week")
    + r"|\b(?:we|they|it|he|she|(?<!across )(?<!throughout )(?<!in )(?<!of )the \w+|"
    r"^(?!(?:things|others|people|folks|officials|efforts|talks|discussions|plans)\b)[a-z-]+s|"
    r"(?:two|three|four|five|six|\d+|our|several) [\w-]+)(?:'re| are| is)(?: now| already|"
    r" currently)? (?!(?:looking|working|committed|focused|reviewing|monitoring|evaluating|"
    r"considering|exploring|assessing|studying|taking|doing|trying|making|continuing|"
    # ("We're gathering information to decide": facts sought, no step; not "Crews are
    # gathering samples")
    r"(?:gathering|collecting) (?:more |the |all (?:the )?)?(?:information|facts|data|input|"
    r"feedback|details)|"
    # ("We are keeping a close eye on it": watching, no step)
    r"keeping (?:a (?:close |careful |watchful )?eye|an eye|watch|tabs)|watching|"
    r"going(?! through)|seeing|experiencing|facing|struggling|grappling|dealing|something|"
    r"nothing|anything|everything)\b)[a-z]+ing\b"
    # a step joined to work going on: "We're collecting data from the gauges and raising
    # the road by two feet"
    rf"|\b(?:'re|are|is) (?:now |already |currently |still )?[a-z]+ing\b[^.;]*?\band (?:also |"
    rf"now )?(?!(?:{NOT_DOING}|{GOING_ON})\b)[a-z]{{3,}}ing (?:the|a|an|it|them|its|their|our|"
    r"his|her|\d)\b"
    # where one was, for "What was the mayor doing when ...?": "He was at a fundraiser"
    r"|^(?:he|she|they|i|we) (?:was|were) (?:at|in|on|asleep|home|away|out of)\b"
    # a step said as now done: "Every dispatcher is now retrained each spring"
    r"|\b(?:is|are) now (?!(?:reviewed|handled|addressed|considered|being|committed|focused|"
    r"looked|monitored|evaluated)\b)[a-z]{3,}(?:ed|en)\b"
    # the step said bare: "Putting half into reserves ...", "Driving his brother home ..."
    # (not a gerund that is the subject of a remark: "Protecting our wetlands is a
    # responsibility we share")
    rf"|^(?!(?:{NOT_DOING}|{GOING_ON})\b)[a-z]+ing (?:half|"
    r"all|most|some|part|the|it|them|\d|a|an|two|three|more|his|her|their|its|our|my)\b"
    r"(?!(?: [\w'’-]+){0,3} (?:is|are|remains|was)\b)"
    # ... or with a bare noun: "Hauling firewood to his cabin." (not "Moving forward")
    rf"|^(?!(?:{NOT_DOING}|{GOING_ON})\b)[a-z]{{3,}}ing (?!(?:forward|ahead|closely|hard|"
    r"together|on|with|into|through|to|toward|towards|for|around|out|up|about|over|everything|"
    r"anything|something|it|this|that|these|those)\b)[a-z]{3,}\b"
    # ... or alone: "Drinking. The receipts show six rounds." (not "Reviewing.", "Nothing.")
    rf"|^(?!(?:{NOT_DOING}|nothing|something|everything|anything)\b)[a-z]{{3,}}ing"
    r"(?=[.,;!]|\s*$)"
)

# how something is done, said as a way or a routine: "Every payment goes through one
# account and the auditor checks it monthly"; not "We take stewardship of public funds
# very seriously"
EXPECTED["method"] = re.compile(
    EXPECTED["means"].pattern + r"|\b(?:through|via) (?:one|each|every|a single|its|separate)\b"
    # "By a robocall the night before."; "We didn't. We took their word for it."
    r"|^by (?:a|an|the|phone|mail|letter|e-?mail|text|robocall|hand|word of mouth|lottery|"
    r"vote|ballot|seniority|auction|interview|random)\b"
    # "By consultant software that balances enrollment", "Online or at any library branch"
    r"|^by (?:[\w-]+ ){0,2}(?:software|formula|computer|algorithm|program|committee|panel|"
    r"map|census|test|exam|score|record|fingerprint|dna|photo|camera|video|footage|x-ray)s?\b"
    r"|^(?:online|in person|over the phone)\b"
    # a course of some length: "Two days in a classroom."
    r"|^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|\d+|a few|several) "
    r"(?:hours?|days?|weeks?|months?) (?:of|in|with|at|on|shadowing)\b"
    r"|^(?:we|i|they|he|she|nobody|no one) (?:did not|didn't|never did|never)(?=[.,;!]|\s*$| "
    r"(?:check|verify|test|confirm|vet)\b)"
    # a course of some length: "They shadow a senior inspector for six weeks"
    r"|\bfor (?:two|three|four|five|six|seven|eight|nine|ten|twelve|\d+) (?:hours|days|weeks|"
    r"months)\b"
    r"|\b(?:daily|weekly|monthly|quarterly|annually|nightly|hourly|every (?:day|night|week|"
    r"month|quarter|year))\b|\b(?:checks?|audits?|reviews?|logs?|records?|tracks?|counts?|"
    r"inspects?|reconciles?|tags?|scans?) (?:it|them|each|every|all)\b"
)

# what another did in reply, said or done: "They blamed our staff and refused to replace the
# parts"; not "We have had an ongoing dialogue with the vendor"
EXPECTED["response"] = re.compile(
    EXPECTED["told"].pattern
    + r"|\b(?:they|he|she|it|the \w+) (?:\w+ )?(?:blamed|refused|denied|agreed|offered|promised|"
    r"ignored|rejected|replied|responded|answered|apologi[sz]ed|threatened|admitted|insisted|"
    r"declined|sued|hung up)\b"
    # "It closed the complaint after one phone call and took no statement."
    r"|^it (?!(?:was|is|has|had)\b)(?:[a-z]{3,}ed|took|sent|gave|kept|shut|did nothing)\b"
)
# the oversight said, by degree or by what it does: "Very little. It sees a report once a
# year."; not "The board plays an important role in our governance structure"
EXPECTED["oversight"] = re.compile(
    EXPECTED["degree"].pattern
    + r"|^(?:none|no)\b|\b(?:it|they|he|she|the \w+) (?:\w+ )?(?:approves?|signs? off|reviews?|"
    r"sees?|audits?|votes? on|sets?|appoints?|can (?:veto|fire|remove|block|approve|overrule))\b"
)
# those named or counted: "Only two of the eleven: the new sign-off form and ...", "None."
EXPECTED["which"] = re.compile(
    EXPECTED["how_many"].pattern
    + r"|^(?:none|all|both|neither|only|just)\b|^(?:the|a|an) (?:[\w-]+ ){0,4}?[\w-]+(?: and|,) "
    # one of a row: "First, for the third year in a row.", "The fourth, in a unit with ..."
    r"|^(?:the )?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|top|"
    r"bottom|ground|\d+(?:st|nd|rd|th))\b"
    # a list begun bare: "Cots, baby formula and anyone to staff the night shift."
    r"|^(?!(?:yes|no|well|look|so|again|first|frankly|honestly|now|sure|okay|sir|senator)\b)"
    r"[a-z-]+(?: [a-z-]+)?, (?:[a-z-]+ ){0,2}[a-z-]+(?:,| and)\b"
    # one named alone, with no verb: "The bike lane." to "Which lane was the bus in ...?"
    r"|^the (?!(?:[\w-]+ ){0,2}(?:is|are|was|were|did|does|do|has|have|had|can|will)\b)"
    r"(?:[\w-]+ ){0,2}[\w-]+\.(?:\s|$)"
)

READ_AS_SAID = frozenset({"who", "where", "where_from"})
# A length said as a span or by when it ends, for "how long"
# (not "that night" or "the next morning": a point in time is no length, "Wait times vary
# depending on the number of cases that night")
LENGTH_TOLD = re.compile(
    r"(?!(?:that|the same|the next|the following|the previous) (?:night|morning|evening|"
    r"afternoon|day)\b)(?:"
    + EXPECTED["when"].pattern
    + r"|\b(?:most|all|much|part|the rest) of the (?:day|night|week|month|year|summer|winter|"
    r"spring|fall|autumn|season|term)\b)"
)

# what happened, told as it happened ("A pump failed and the backup alarm had been switched
# off"): an event, read as a cause is told; or that nothing did ("Nothing. It sat unopened
# for three months.", not "Nothing is more important to us than ...")
EXPECTED["event"] = re.compile(
    r"^(?:nothing|none)(?=[.,;!]|$| (?:happened|at all|was done|whatsoever)\b)|"
    + CAUSE_TOLD.pattern
)
