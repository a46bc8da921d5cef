"""What answers the forms of wh-question committee members use and interviews rarely do
("What's the status of ...?", "Under what authority ...?", "What criteria were used to
...?", "What will you do ...?"): one pattern per answer type ``asked_for`` reads from them.
``answer_types.EXPECTED`` merges them with the plain wh-types; they sit apart because each
was added when a testimony split in that form showed a terse answer that gave what was
asked losing to an evasive one (the model card's rounds), and they grow with every round.

Patterns run over the lower-cased answer.
"""

from __future__ import annotations

import re

# the concrete steps a plan names ("hire", "hiring"): a promise to review, look at or keep
# working on something is not among them
STEPS = (
    r"(?:hir|add|open|clos|build|buy|fund|cut|rais|doubl|tripl|expand|extend|mov|creat|train|"
    r"replac|repair|fix|ban|requir|pay|giv|put|send|start|stop|end|launch|publish|releas|"
    r"post|fir|suspend|reopen|restor|lower|reduc|increas|install|upgrad|assign|appoint|"
    r"staff|refund|return|sell|scrap|cancel|drop|rehir|recall|test|inspect|borrow|transfer|"
    r"leas|shift|tear|demolish|rebuild|renovat|convert|raz|photograph|evacuat|boil|notif(?:y|ies|ied|ying)|"
    # orders given: "Unchain the back exit and cut its capacity to two hundred."
    r"unchain|unlock|unblock|remov|widen|reinforc|seal|"
    # "Call 311", not "We'll be calling President Moon" or "call on Congress"
    r"call(?=(?:s|ed|ing)? (?:\d|the (?:hotline|helpline|number|police|fire department)\b)))"
    r"(?:e|es|ed|ing|s)?"
)
# a count said in words or figures: "Forty boxes", "Two employees", "Dozens of"
COUNT = (
    r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|"
    r"eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty(?:-[a-z]+)?|\d[\d,]*|several|"
    r"a dozen|dozens of|hundreds of|thousands of)"
)
# what was found or said, reported as a clause: "That the beds would not be ready", "Nothing."
REPORTED = r"^(?:that|nothing)\b"
# a thing named as a noun phrase with an article: "A sixteen-hour course, with a written
# test", "A zoning variance for the Elm Street tower"; not "A variety of ..." or "A lot"
A_THING = (
    r"^(?:a|an) (?!(?:variety|range|number|mix|lot|host|combination|kind|type|sort|very|"
    r"really|great|good|whole)\b)[\w-]+(?: [\w-]+){0,2}(?=[,.;]| (?:with|of|on|in|that|for|"
    # ... or doing something: "A pilot saying his instruments had gone dark."
    r"and|against|from|about|over|under|until|[a-z]{3,}ing|"
    # ... or left somewhere: "A space heater plugged into an overloaded extension cord."
    r"(?:[a-z]{3,}ed|hidden|left|stuck|hung|kept|laid|found|built|torn|broken|stolen|frozen|"
    r"caught) (?:into|in|on|onto|to|under|behind|near|inside|beside|at|from|with))\b)"
)
# A place: a capitalised word after a lower-case one ("held in Dayton"), or "in the vault"
# "With the district attorney." for "Where is the footage?": who holds it is where it is
# "In the general fund." opens a sentence with a capital: the prepositions read either case
# "In a locked archive", "Into the general fund", "Downtown": a place said with any
# article or possessive, or a word that is one (not "in a way", "at a time when")
PLACE = (
    r"(?<=[a-z,] )[A-Z][a-z]+"
    # (not "according to the plan", "due to the storm")
    r"|(?<!according )(?<!due )(?<!pursuant )(?<!thanks )(?<!owing )(?<!subject )(?<!prior )"
    r"(?<!compared )(?<!addition )(?<!response )(?<!similar )(?<!committed )\b(?i:in|at|to) "
    r"the \w+|^(?i:with) (?:the|our|his|her|their) \w+"
    r"|\b(?i:in|at|into|inside|outside|behind|near|beside) (?i:a|an|our|their|his|her|its|"
    r"my|the) (?!(?i:(?:[\w-]+ ){0,2}(?:way|view|sense|manner|time|moment|position|opinion|word|"
    r"case|extent|degree|"
    r"fashion|respect|number|lot|bit|point|situation|world|context|process|future|past|end|"
    r"variety|range|host|wide|whole|large|great|certain|different|safe|secure)\b))"
    r"[a-z][\w-]*"
    # a surface or a line a thing is on, said as the reply opens: "On the department's
    # evidence server", "On a shelf in the basement" (not "On the advice of counsel", "On
    # the whole")
    r"|^(?i:on|onto|aboard|along|beneath|under) (?i:the|a|an|our|their|his|her|its|my) "
    r"(?!(?i:(?:[\w'’-]+ ){0,2}(?:whole|advice|basis|issue|question|matter|subject|hand|"
    r"contrary|record|grounds?|part|side|topic|face|way|day|night|morning|afternoon|evening|"
    r"eve|same|recommendations?|orders?|instructions?|understanding|assumption|condition|"
    r"terms|authority|direction|behalf|strength|merits|surface|point|level|scale|whole)\b))"
    r"[\w'’-]+"
    r"|\b(?i:downtown|overseas|abroad|offshore|upstate|downstate|nearby|next door|on[- ]site|"
    r"off[- ]site|in storage|in custody|at home|at work|on vacation|on leave|out of (?:the )?"
    r"(?:country|state|town|office))\b"
)
# "since" giving a reason ("since the budget was cut"), not a time: "Payment procedures
# have since been strengthened" to "How did the contractor get paid ...?", "ever since",
# "since then", "since March", "not used since."
SINCE = (
    r"(?<!\bhave )(?<!\bhas )(?<!\bhad )(?<!'ve )(?<!'s )(?<!'d )(?<!\bever )(?<!\blong )"
    r"\bsince\b(?!\s*(?:[.,;!]|$))(?! (?:then|that time|last|early|late|\d|the (?:start|"
    r"beginning|end|spring|summer|fall|autumn|winter)\b|(?:"
    + "|".join(
        "january february march april june july august september october november december".split()
    )
    + r")\b))"
)
# what was done to a thing, for its fate ("destroyed", "sold", "stolen"), not its handling
# ("handled", "reviewed", "being ...")
_DONE_TO = (
    r"(?:\w+ )?(?!(?:handled|managed|reviewed|processed|addressed|treated|dealt|being|looked|"
    r"overseen|tracked|monitored)\b)(?:[a-z]{3,}ed|[a-z]+en|lost|sold|spent|kept|left|gone|paid"
)
# a small count in words, as a fate counts its share ("two of the three", "two were moved",
# "took all twelve")
_FEW = r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
# gerunds that say work goes on, not what is done: "Reviewing.", "Looking at every option"
NOT_DOING = (
    r"looking|working|reviewing|considering|exploring|evaluating|assessing|studying|"
    r"continuing|focusing|ensuring|making|taking|doing|trying|monitoring"
)

# more gerunds of work going on, said with no object: "Moving forward", "Responding to ..."
GOING_ON = (
    r"going|being|getting|moving|keeping|seeking|pursuing|addressing|handling|dealing|"
    r"following|complying|cooperating|waiting|planning|preparing|engaging|partnering|"
    r"supporting|serving|protecting|responding|reaching"
)

MEMBERS = {
    # a state said: "Settled last month for nine million dollars.", "It was dismissed in
    # May"; not "moving forward" or "ongoing", which say nothing of where it stands
    "status": re.compile(
        r"^(?:(?:it|the \w+|that)(?:'s| is| was| has been| were| are) )?(?:now |still |fully |"
        r"already )?(?:settled|dismissed|pending|closed|finished|complete|completed|done|stalled|"
        r"on hold|paused|halfway|delayed|cancell?ed|suspended|approved|rejected|signed|withdrawn|"
        r"resolved|dropped|lost|won|in (?:discovery|appeal|mediation|trial|arbitration))\b"
        r"|\b\d+ ?(?:percent|%) (?:complete|done|finished|built|spent)\b"
    ),
    # what was had in return: "Nothing enforceable.", "We got two hundred jobs"
    "return": re.compile(
        r"^(?:nothing|none|no|not (?:a|one|much|anything))\b|\b(?:we|they|it|the \w+) (?:\w+ )?"
        r"(?:got|received|gained|secured|won|obtained)\b"
        # what was had, named: "A zoning variance for the Elm Street tower a month later."
        rf"|{A_THING}"
    ),
    # what a document said: "A request to delay the layoffs", "That the beds were late"
    "content": re.compile(
        REPORTED + r"|^(?:a|an|one|two|three|\d+) [\w-]+ (?:to|for|about|from|on|asking|saying|"
        # ... or who said what: "A worker said a man had a gun in the barn."
        r"that|of|with|against|said|reported|claimed|warned)\b"
        r"|\b(?:it|the \w+) (?:said|asked|warned|proposed|recommended|requested|listed|described|"
        r"showed)\b"
        # "They recommended closing two of the five plants ..." (not "He said ...", "he asked
        # us ..." to "What was your request?": QEvasion's one such answer, another's words,
        # is ambivalent)
        r"|\bthey (?:recommended|proposed|suggested|urged|advised)\b"
        # ... or the question at issue: "Whether to pay the former chief's legal fees."
        r"|^whether\b"
        # ... or two things named: "The police chief's contract and a land swap on Route 9."
        r"|^(?:the|a|an) (?:[\w'-]+ ){0,4}?[\w'-]+ and (?:the|a|an|two|three|four|five|\d+|his|"
        r"her|their|its)\b"
        # what was asked for, named: "A three percent raise and a cap on overtime."
        rf"|{A_THING}"
    ),
    # how far: "Barely.", "Not at all", "Fully, by two inspectors", "About half"
    "degree": re.compile(
        r"^(?:barely|hardly|scarcely|not at all|not much|very little|little|fully|completely|"
        r"entirely|partly|partially|largely|mostly|somewhat|minimally|heavily|closely|loosely|"
        r"thoroughly|a great deal|a lot|not enough|only (?:partly|partially|in part))\b"
        # how well: "Poorly.", "Not well at all." (not the "Well, ..." that opens a reply)
        r"|^(?:poorly|badly|(?:very|fairly|quite|reasonably|not(?: very| that)?)(?: well| poorly|"
        r" badly))(?=[.,;!]| at all\b)"
        r"|\d+ ?(?:percent|%)|\b(?:half|a third|a quarter)\b"
        # how likely: "Slim. The buyer pulled out on Friday."
        r"|^(?:slim|remote|low|high|good|poor|excellent|zero|none|nil|fifty-fifty|even|"
        r"(?:very |fairly |quite )?(?:good|high|low|slim|likely|unlikely)|not (?:good|great|"
        r"likely|high))\b(?=[.,;!])"
    ),
    # what stands in the way: "A court order.", "Nothing is", "because the judge sealed them"
    "obstacle": re.compile(
        r"\b(?:because|due to|until)\b|" + SINCE + r"|^(?:nothing|no one|nobody)\b"
        # the question at issue: "Who pays for the new trucks."
        r"|^(?:who|whether|how much|how many|which) \w+"
        r"|^(?!(?:it|we|i|they|that|this|there|he|she)\b)(?:a|an|the|lack of|no|our|their|"
        r"its|his|her)? ?(?:[\w'-]+ ){0,3}[\w'-]+\.(?:\s|$)"
        # ... or a longer one of a thing "of" another, with no verb: "Cleanup of the old
        # dye pits." (not "Our rules bar tampering of any kind.")
        r"|^(?!(?:it|we|i|they|that|this|there|he|she)\b)(?!(?:[\w'-]+ ){0,6}(?:is|are|was|"
        r"were|has|have|had|will|would|can|could|do|does|did|[a-z]+ed)\b)(?:[\w'-]+ ){1,2}of "
        r"(?:[\w'-]+ ){1,4}[\w'-]+\.(?:\s|$)"
        # ... or one thing of up to ten words, with no verb: "A forty million dollar pension
        # payment due in July." (a word in -s or -ed read as a verb: "A union contract
        # requires ...")
        # ("One printer for the whole region.")
        r"|^(?:a|an|one) (?!(?:variety|range|number|mix|lot|host|combination|couple|series|whole|"
        r"complex|difficult|very|really|of)\b)(?!(?:[\w'-]+ ){0,8}(?:is|are|was|were|has|have|had|"
        r"will|would|can|could|do|does|did|[a-z]+ed|[a-z]+s)\b)(?:[\w'-]+ ){1,8}[\w'-]+\.(?:\s|$)"
        # the other side's demand, or what cannot be done: "The union wants a cap on class
        # sizes and we cannot afford one."
        r"|^(?:the|their|our) [\w-]+(?: [\w-]+)? (?:wants|want|demands|demand|insists on|insist "
        r"on|refuses|refuse|won't|will not|cannot|can't)\b"
    ),
    # the law or order acted under: "The state forfeiture statute, section twelve", "A court
    # order"; not "the framework of applicable law", which names none
    "authority": re.compile(
        r"\b(?:statutes?|sections?|ordinances?|code|court order|executive order|emergency "
        r"(?:powers|declaration|order)|warrants?|subpoenas?|charter|clause|amendment|article|"
        r"the (?:(?!(?:applicable|relevant|existing|current|same|appropriate|of|all|any)\b)"
        r"[a-z-]+ ){1,3}(?:act|law|statute|rule|regulation))\b"
    ),
    # the standard said: "Enrollment under sixty percent of capacity", "The lowest bid"
    "criteria": re.compile(
        r"\b(?:under|over|above|below|more than|fewer than|less than|at least|at most|exceed\w*|"
        r"lowest|highest|cheapest|oldest|newest|closest|nearest|fewest|percent)\b|\d"
        # "By the number of night-time crashes", "Based on enrollment"
        r"|^(?:by|based on|on the basis of) (?!(?:a variety|many|several|various|a number of "
        r"factors|a range)\b)"
        # an order said: "Bus routes and hospital access roads go first. Then everything else
        # by traffic count."
        r"|\b(?:go|goes|come|comes|get|gets|are done|is done) first\b"
    ),
    # the kind said: "It was a beanbag shotgun" (a bare name, "Ammonium nitrate", is read by
    # ``given.BARE``); not "They were of various kinds"
    "kind": re.compile(
        r"^(?:it|they|that|those|these)(?: was| were|'s| is| are) (?:a |an |mostly |all |only )?"
        r"(?!(?:variety|range|number|mix|lot|host|combination|kind|type|sort|of|various|"
        r"different|many|several)\b)[a-z-]+"
        # said as a noun phrase with an article
        rf"|{A_THING}"
    ),
    # how it is known: "We put dye in the line and none came out", "Two seals were broken",
    # "The footage shows him at the door"; not "Our engineers are highly trained"
    "evidence": re.compile(
        # "Enrollment figures showing it was at forty percent of capacity."
        r"\b(?:figures|data|numbers|records|footage|reports?|tests?|photos|logs|documents?|"
        r"e-?mails|stud(?:y|ies)|surveys?|counts?|audits?) (?:showing|that showed|that show|"
        r"which showed)\b|"
        # "None yet. We only have four months of data." says there is none
        r"^(?:none|nothing|no proof|no evidence)\b|"
        r"\b(?:we|i|they|he|she|inspectors?|the \w+|our \w+) (?:also )?(?:put|ran|tested|checked|"
        r"measured|inspected|saw|found|counted|sampled|watched|read|reviewed|confirmed|traced|"
        r"photographed|recorded|filmed|compared|heard)\b|\bbecause\b"
        r"|^(?:two|three|four|five|six|seven|eight|nine|ten|\d+|a|an|the) (?:[\w-]+ ){0,3}(?:were|"
        r"was) (?:broken|missing|found|altered|changed|signed|recorded|seen|caught|filmed|logged)\b"
        r"|\b(?:video|footage|records?|logs?|photos?|photographs|e-?mails?|receipts|tests?|"
        r"samples?|readings?|witness(?:es)?|dna|fingerprints) (?:shows?|showed|confirm\w*|prove\w*|"
        r"match\w*)\b"
    ),
    # what it would take, counted or listed ("Twelve million dollars a year and thirty nurses",
    # "A new roof and a state license"); not "It would take a lot of people working together"
    "need": re.compile(
        r"\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|"
        r"seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty|dozen|hundreds?|"
        r"thousands?|millions?|billions?|percent|half)\b"
        # things listed: "A new roof and a state license" (not "a lot of work and patience")
        r"|^(?:a|an|more|new) (?!(?:lot|great deal|number|variety|range|bit)\b)(?:[\w-]+ ){0,2}"
        r"[\w-]+ and\b"
    ),
    # how two things differ, counted or said: "About six million dollars", "The second one
    # drops the parks money"
    "difference": re.compile(
        r"\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|"
        r"hundreds?|thousands?|millions?|billions?|percent|half)\b|\b(?:more|less|fewer|higher|"
        r"lower|cheaper|bigger|smaller|longer|shorter) than\b|\b(?:it|the \w+ one|the \w+) "
        r"(?:drops|adds|removes|cuts|moves|raises|lowers|doubles|halves|caps|limits|ends|bans|"
        r"requires|extends|shortens|replaces|excludes|pays)\b|\b(?:instead of|rather than|in "
        r"place of|unlike)\b"
    ),
    # what became of it, told of it: "It was destroyed in March", "Most of it paid the
    # organizer's salary"; not "It is being handled appropriately"
    "fate": re.compile(
        r"^(?:it|they|all of (?:it|them)|most of (?:it|them)|some of (?:it|them)|half of (?:it|"
        r"them)|none of (?:it|them))(?:'s| is| was| were| are| has been| have been| got)? "
        + _DONE_TO
        + r"|went|sat|ended up)\b|^(?:nothing|none)\b"
        # a share's fate: "Half goes to the sheriff's budget, half to the schools.", "About
        # half paid wages; the rest was moved to cover a shortfall ..."
        r"|^(?:(?:about|roughly|nearly|almost|just over|just under|more than|less than|over|"
        r"under) )?(?:half|most|all|some|part|the rest|a third|a quarter|two thirds|three "
        r"quarters|\d+ (?:percent|%)|"
        # ... or counted: "Two of the three crews were disbanded and their trucks sold."
        rf"(?:{_FEW}|\d+|several|many|none) (?=of ))"
        r"(?: ?of (?:it|them|the money|that|(?:the|its|their|our|those|these|his|her) "
        r"(?:[\w-]+ ){0,2}[\w-]+))? (?:goes|go|went|paid|"
        r"covered|bought|funded|stayed|remains|remained|sat|ended up|(?:is|was|were|are|has been|"
        r"have been|got) " + _DONE_TO + r"))\b"
        # ... or counted bare: "Two were moved to night shifts, and one was fired."
        rf"|^(?:{_FEW}|\d+|several|both) (?:was|were|has been|have been|got) " + _DONE_TO + r")\b"
        # ... or taken whole by someone: "A rescue in Brandt County took all twelve; two have
        # been adopted."
        r"|\b(?:took|bought|adopted|received|got|kept|housed|sheltered|claimed|auctioned|sold|"
        r"destroyed|euthanized|removed|towed|scrapped|shredded|burned|buried|donated|returned) "
        r"(?:all|most|both|half|each|none|the rest|every one)(?: of (?:them|it|those|these|the "
        rf"[\w-]+))?(?: (?:\d+|{_FEW}|[a-z]+teen|[a-z]+ty))?\b"
    ),
    # what something was for: "To lobby the council for the zoning change", "It was meant to
    # cover the legal fees", an aim said as a gerund ("Saving about two million dollars a year")
    "purpose": re.compile(
        r"^(?:to|so that|in order to) [a-z]+|^(?:saving|cutting|reducing|lowering|raising|"
        r"getting|keeping|protecting|bringing|winning|freeing|balancing|ending|stopping|"
        r"avoiding|improving|increasing|covering|paying) (?!(?:it|that|this)\b)"
        r"|\b(?:was|were|is|are) (?:meant |intended |supposed |used )?to (?!be\b)(?:pay|buy|"
        r"lobby|cover|fund|hire|build|influence|win|secure|get|hide|settle|keep|reward|help)\b"
    ),
    # the choices named: "Cutting two routes and freezing fares", "We looked at a levy";
    # not "It considered every option available"
    "options": re.compile(
        r"^[a-z]+ing\b|^(?:none|nothing|no other)\b"
        r"|\b(?:we|they|it|he|she|the \w+) (?:also |only )?"
        r"(?:considered|looked at|weighed|studied|discussed|proposed|rejected|explored) "
        r"(?!(?:all|every|many|several|various|a (?:number|range|variety|lot)|the (?:options|"
        r"alternatives))\b)"
        # two named: "The old armory and a lot next to the highway garage."
        r"|^(?:the|a|an) (?!(?:number|range|variety|lot|host) )(?:[\w-]+ ){0,3}?[\w-]+ (?:and|or) "
        r"(?:the|a|an)\b"
    ),
    # a concrete step, said as one to take: "Hire forty clerks and open on Saturdays", "We
    # will add two inspectors", "We are moving the students out"; not "I am looking at every
    # option", "we will keep working"
    "plan": re.compile(
        r"(?:^|\b(?:we|i|they|[a-z]+)(?:'ll| will| are going to|'re going to| am going to|'m "
        r"going to| plan to| intend to| would| are|'re| am|'m) (?:\w+ )?|^(?:first|to|by),? "
        # said in the present: "We borrow against next year's parking revenue."
        r"|^(?:we|they|i) "
        # or as already taken: "... two hotels we have leased for a month"
        r"|\b(?:we|they|i|it)(?:'ve| have| has) (?:already |now |just )?)"
        rf"(?:{STEPS})\b"
        # what those asked about get: "They get ninety days and a relocation payment"
        r"|\b(?:they|he|she|each|every \w+|residents|tenants|workers)(?: will| would)? (?:get|gets|"
        r"receive|receives|are given|is given|will be given) (?:about |up to |at least )?"
        r"(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|"
        r"sixty|seventy|eighty|ninety|a hundred|hundreds)"
        # "They get hotel vouchers through Friday and a caseworker each by Monday" (not "They
        # get the support they need")
        r"|\b(?:they|he|she|each|every \w+|residents|tenants|workers|families)(?: will| would)? "
        r"(?:get|gets|receive|receives|are given|is given|will be given) (?:[\w-]+ ){0,2}"
        r"(?:vouchers?|payments?|checks?|grants?|rooms?|beds?|caseworkers?|refunds?|apartments?|"
        r"units?|notice|leases?)\b"
        # what is sent them: "... and rent checks go out on the first"
        r"|\b(?:checks?|payments?|notices?|letters?|vouchers?|refunds?) (?:go|goes|will go|are|is|"
        r"will be) (?:out|sent|mailed|paid|issued)\b"
        # who sees them: "A caseworker meets each family this week"
        r"|^(?:a|an|each|every|our|two|three) (?:[\w-]+ ){0,2}(?:caseworkers?|inspectors?|"
        r"counselors?|officers?|nurses?|crews?|teams?) (?:meets?|visits?|calls?|contacts?)\b"
        # what is done with them: "All of them were offered jobs at the Northside campus"
        r"|\b(?:they|(?:all|each|most|some|half|none) of them)(?: were| will be| are| have been| "
        r"would be) (?:all )?(?:offered|given|moved|transferred|placed|reassigned|rehired|paid|"
        r"relocated|laid off|let go|kept on)\b"
    ),
    # how it ended: "Two guards were fired and one was suspended", "It was dismissed";
    # not "The investigation was thorough"
    "outcome": re.compile(
        r"\b(?:was|were|got|been|is|are) (?:\w+ )?(?:fired|dismissed|suspended|disciplined|"
        r"charged|cleared|exonerated|reprimanded|demoted|terminated|removed|referred|convicted|"
        r"acquitted|fined|closed|upheld|overturned|rejected|sustained|unfounded|substantiated|"
        r"settled|dropped|reassigned|retrained)\b|^(?:no(?:body| one)?|nothing|none)\b"
        # who will bear it: "Some residents with older pipes will see brown water for weeks"
        r"|\b(?:residents|people|customers|families|users|drivers|patients|students|workers|"
        r"tenants|riders|taxpayers|homeowners)(?: [\w-]+){0,4} will (?:see|get|face|lose|pay|"
        r"notice|experience|need|have to)\b"
    ),
    # the terms said: "Four hundred thousand dollars, and she agreed not to sue"; not "Both
    # parties were satisfied with the outcome"
    "terms": re.compile(
        r"\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|"
        r"hundreds?|thousands?|millions?|billions?|percent|half)\b"
        r"|\b(?:agreed|agrees|must|has to|had to|will|would) (?:not )?(?:to )?(?:pay|drop|resign|"
        r"leave|sue|speak|repay|return|withdraw|waive|retire|release|admit|apologi[sz]e)\b"
        # a right given up: "Vendors give up the right to sue over repairs."
        r"|\b(?:give up|gives up|gave up|waive|waives|waived|forfeit|forfeits|forfeited|lose|"
        r"loses) (?:the|their|its|any|all|his|her) (?:rights?|claims?|deposits?)\b"
    ),
    # what a meeting was about, named: "The tax abatement and whether the city would pay for
    # the sewer line", "We discussed the sewer line"; not "It was a productive conversation"
    # or "We discussed a range of issues"
    "discussed": re.compile(
        # (not a habit said: "The governor speaks with many business leaders.")
        r"^(?!(?:\S+ ){0,5}(?:is|are|was|were|has|have|had|will|would|can|could|speaks|talks|"
        r"meets|says|discusses|works|deals|engages|communicates|hears|listens)\b)(?:the|a|an|"
        r"whether|how|why|when|where)\b"
        r"|\b(?:we|they|i|he|she) (?:\w+ )?(?:discussed|talked about|raised|covered|went over)\b"
        r"(?! (?:a (?:range|variety|number|lot)|many|several|various|a host|all sorts)\b)"
    ),
    # an assurance given or denied: "A written promise that twenty percent would be
    # affordable", "None.", or a step pinned to a date or number in the first sentence:
    # "Every machine will be tested in public on October 12th"; not "The developer has been
    # a strong partner"
    "assurance": re.compile(
        r"^[^.?!]{0,100}?(?:\d|\b(?:january|february|march|april|june|july|august|september|october|november|"
        r"december|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|fifty|hundreds?|"
        r"thousands?|millions?|percent|weekly|monthly|daily|every (?:day|week|month))\b)|"
        r"^(?:none|nothing|no (?:guarantees?|assurances?|promises?|commitments?)|not (?:a|one|"
        r"any))\b|\b(?:a|an) (?:[\w-]+ )?(?:promise|guarantee|assurance|commitment|pledge|"
        r"agreement|contract|letter|deed restriction|covenant)\b"
        r"|\b(?:promised|guaranteed|pledged|agreed) (?:in writing |verbally )?(?:to|that)\b"
        # what was promised, reported: "That no officer would be disciplined over the raid."
        r"|^that (?:no|none|nobody|every|all|the|it|they|he|she|we|there|its|their|his|her)\b"
    ),
    # what was known, said: "Everything. Two sergeants had reported it to him in writing.",
    # "We knew about one complaint"; not "The sheriff holds all deputies to the highest
    # standards"
    # a side taken: "Against it. The board voted four to one to oppose it.", "We support
    # it"; not "The county is weighing many considerations"
    "stance": re.compile(
        r"^(?:against|for it|in favou?r|opposed|supportive|undecided|neutral)\b"
        r"|\b(?:we|i|they|it|he|she|the \w+) (?:\w+ )?(?:supports?|opposes?|opposed|supported|"
        r"favou?rs?|favou?red|backs?|backed|voted (?:to|for|against))\b"
        r"|\b(?:i'm|i am|we're|we are|it is|it's) (?:firmly |strongly )?(?:for|against|in "
        r"favou?r of|opposed to)\b"
    ),
    "knew": re.compile(
        REPORTED + r"|^(?:everything|all of it|only|just|not much|very little|little|enough|"
        r"none of it)\b|\b(?:i|we|he|she|they) (?:\w+ )?(?:knew|learned|heard|was told|were told|"
        r"had been told|was aware|were aware|had seen|saw|read)\b|\b(?:had )?(?:reported|told|"
        r"warned|informed|briefed|emailed|wrote to) (?:him|her|them|me|us)\b"
    ),
    # the lesson said: "That we should never launch without a pilot"; not "We are always
    # learning and growing"
    "lesson": re.compile(
        REPORTED + r"|\b(?:we|i|they) (?:\w+ )?(?:learned|realized|saw|found out) (?:that|to|how)\b"
        r"|\b(?:should|must) (?:never|always|not)\b|\bshould not have\b|\bnever again\b"
    ),
}
