"""The later forms of ``asked_by.ASKED_BY``, tried after those there: where and when, what
was found or said, what is planned, done or known, and how something is done or come by.
The order across both modules is the order of trial; the first form that matches names
the type, so a form here that overlaps one in ``asked_by`` loses to it. The forms of what
was found, said or written are in ``asked_by_found``.
"""

from __future__ import annotations

import re

from hearing.evasion.asked_by_found import CONTENT, FINDING, TOLD

# What a part that failed did ("What part of the gym roof gave way first?"): such a part is
# asked as "which" here, and ``asked_for`` keeps it from reading as an amount.
GAVE_WAY = (
    r"gave way|gave out|failed|collapsed|broke|cracked|caved in|fell|leaked|burst|caught fire|"
    r"buckled"
)

ACTS = (
    # "At what point did you learn ...?", "On which day ...?"
    # "Which years did the district fail to file its reports?"
    (
        "when",
        re.compile(
            r"\b(?:what|which) (?:time|date|year|day|month|week)s?\b|\bat what point\b"
            # "How late did the polls stay open in the fourth ward?"
            r"|\bhow late (?:did|does|do|will|would|is|was|are|were|can|could)\b"
            # "What is the deadline for the refinery to finish the cleanup?"
            # ... "What is the expiration date on the contractor's license?"
            r"|\bwhat(?:'s| is| was| are| were) the (?:[\w-]+ )?(?:deadline|date|dates)\b"
        ),
    ),
    # "In which county were the ballots found?"
    (
        "where",
        re.compile(
            r"\b(?:in|at|to|from) (?:what|which) (?:county|counties|state|city|town|country|"
            r"district|precinct|neighbou?rhood|building|facility|prison|jail|hospital|room|"
            r"office|site|location|warehouse|plant|port|airport|court)\b"
            # "Which neighborhoods lost their bus service under the new plan?"
            r"|\bwhich (?:neighbou?rhoods|areas|streets|blocks|wards|precincts|districts|towns|"
            r"counties|routes|intersections|corners|crossings|roads|highways|bridges|parks)\b"
        ),
    ),
    FINDING,
    TOLD,
    # what will be done: "What, specifically, will you do to shorten the wait?"
    (
        "plan",
        re.compile(
            r"\bwhat (?:\w+ )?(?:will|would|are|is|do|does) (?:you|we|they|your \w+|the \w+) "
            r"(?:\w+ )?(?:do|going to do|plan to do|intend to do|propose to do|(?:plan|intend|"
            r"propose) to take)\b"
            r"|\bwhat (?:\w+ )?(?:steps|actions?|measures) (?:will|would|are|is) (?:\w+ ){1,3}?"
            r"(?:take|taking|going to take)\b"
            # the way a problem will be met: "How will the county fix the backlog?", "How do
            # you plan to win back moderates?" (not "How will you vote?")
            r"|\bhow (?:will|would|are|is|do|does|can|could|should) (?:you|we|they|the [\w-]+"
            r"(?: [\w-]+)?|your [\w-]+|it)(?: (?:be able to|going to|plan to|plan on|intend to|"
            r"propose to|hope to|expect to))? (?:fix|solve|resolve|address|stop|prevent|reduce|"
            r"cut|clear|end|tackle|curb|combat|fight|handle|deal with|"
            # (keeping track is a method: "How does the jail keep track of ...?")
            r"keep(?! track| tabs| records?| count)|protect|improve|"
            r"bring down|lower|meet|reach|achieve|make sure|ensure|guarantee|speed up|restore|"
            r"rebuild|reopen|replace|recover|get back|win back|attract|retain|recruit|hire|"
            r"enforce|avoid|catch up|house|feed|course-correct|get|push|convince|persuade|break|"
            r"overcome)(?:ing)?\b"
            # "What will happen to the workers when the plant closes?"
            r"|\bwhat (?:will|would|is going to) happen to\b|\bwhat happens to\b"
            # "What happens next for the families whose homes were flooded?"
            r"|\bwhat (?:happens|comes|is) next\b|\bwhat's next for\b"
            # "What is the next step for the families who lost their homes?"
            r"|\bwhat(?:'s| is| are| will be) (?:the|your|their|its|the [\w-]+'s) next steps?\b"
            # "What is your plan for the families still living in motels?"
            r"|\bwhat(?:'s| is) (?:your|the|their|his|her|its|the [\w-]+'s) plan (?:for|to)\b"
            # "What's the plan B if the state grant does not come through?"
            r"|\bwhat(?:'s| is) (?:the |your )?(?:plan b|backup plan|fallback|contingency plan)\b"
            # a body's plans: "What are the department's plans for the empty firehouse?" (not
            # Circa's "What are your plans for tonight?")
            r"|\bwhat (?:are|were) (?:the [\w-]+'s|its|their) plans for\b"
            # steps demanded of others: "What do the new rules require landlords to do?"
            r"|\bwhat (?:do|does|did|will|would) (?:[\w'-]+ ){1,4}?(?:require|force|oblige) "
            r"(?:[\w'-]+ ){1,3}?to do\b"
            # "What did the fire marshal order the club to change?"
            r"|\bwhat (?:do|does|did|will|would|has|have) (?:[\w'-]+ ){1,4}?(?:order|ordered|"
            r"direct|directed|tell|told|instruct|instructed) (?:[\w'-]+ ){1,3}?to (?:do|change|fix|"
            r"stop|remove|add|install|repair|pay|close|move)\b"
            r"|\bwhat (?:are|is|were|was|will) (?:[\w'-]+ ){1,3}?(?:be )?"
            r"(?:required|obliged|forced) to do\b"
            # what others are to do: "What are residents supposed to do if their basements
            # flood again?"
            r"|\bwhat (?:are|is|should|were|was) (?:[\w'-]+ ){1,3}?(?:supposed|expected|meant|told|"
            r"advised|instructed) to do\b"
            # a change under way: "What is the new warden changing about visits?"
            r"|\bwhat (?:is|are|will|would) (?:[\w'-]+ ){1,4}?(?:changing|going to change|change) "
            r"(?:about|in)\b"
        ),
    ),
    # what was meant: "What did you mean when you told reporters the audit was a formality?"
    ("meaning", re.compile(r"\bwhat (?:did|do|does) (?:you|they|he|she|the \w+|your \w+) mean\b")),
    CONTENT,
    # how far: "To what extent were the contractors supervised?"
    # ... or how likely: "What are the chances the paper mill reopens this year?"
    (
        "degree",
        re.compile(
            r"\bto what (?:extent|degree)\b|\bhow well (?:did|does|do|is|are|was|were|has|have|"
            r"will|would)\b"
            r"|\bwhat (?:are|is|were|was) the (?:chances|odds|likelihood|probability)\b"
        ),
    ),
    # what stands in the way: "What is preventing you from releasing the tapes?"
    (
        "obstacle",
        re.compile(
            r"\bwhat(?:'s| is| was| has been) (?:preventing|stopping|keeping|holding)\b"
            # "What is standing in the way of a settlement with the teachers?"
            r"|\bwhat(?:'s| is| was| has been) (?:standing |still )?in the way\b"
            # what stood in the way: "What kept the ambulance from reaching the house sooner?"
            r"|\bwhat (?:kept|stopped|prevented|held back|blocked|stops|prevents|keeps) "
            r"(?:[\w'-]+ ){1,4}?from\b"
            # what would stand in the way: "What safeguards stop a guard from ...?"
            r"|\bwhat (?:safeguards|protections|controls|checks|mechanisms) (?:\w+ )?(?:stops?|"
            r"prevents?|keeps?|are in place|exist)\b"
            # "What was the sticking point in the garbage contract?", "What's the biggest
            # obstacle to reopening the paper mill?", "What is the bottleneck at the passport
            # office?" ("the holdup with" asks a cause, read before)
            r"|\bwhat(?:'s| is| was| are| were) the (?:(?:biggest|main|largest|greatest|chief|"
            r"only|last|remaining|real|major) )?(?:obstacles?|hurdles?|barriers?|roadblocks?|"
            r"holdups?|sticking points?|impediments?|bottlenecks?|choke ?points?)\b"
            # "What stands between the city and a balanced budget?"
            r"|\bwhat (?:stands|stood|is standing|still stands) between\b"
        ),
    ),
    # where something stands: "What's the status of the lawsuit?"
    # "What is the state of the investigation into the missing funds?" (not "What is the
    # state of Black America ...?", which asks for a view)
    (
        "status",
        re.compile(
            r"\bwhat(?:'s| is| was) the (?:current |latest )?status of\b"
            r"|\bwhat(?:'s| is| was) the (?:current |latest )?state of (?:the|your|its|their) "
            r"(?:[\w-]+ )?(?:investigation|inquiry|case|lawsuit|suit|talks|negotiations|audit|"
            r"review|project|repairs?|work|contract|deal|application|permit|appeal|probe)\b"
        ),
    ),
    # what was had for something: "What did the city get in return for the tax break?"
    (
        "return",
        re.compile(
            r"\bwhat (?:did|does|do|will|would|has|have) (?:\w+ ){1,3}(?:get|gotten|receive|"
            r"received|gain|gained|obtain|obtained)\b(?= (?:\w+ ){0,3}(?:in return|in exchange|"
            r"out of|for)\b)"
            # "What did the city trade for the land under the stadium?"
            r"|\bwhat (?:did|does|do|will|would|has|have) (?:[\w'-]+ ){1,3}?(?:trade|traded|swap|"
            r"swapped|exchange|exchanged) for\b"
            # "What did the city give up in the cable settlement?"
            r"|\bwhat (?:did|does|do|will|would|has|have) (?:[\w'-]+ ){1,3}?(?:give up|gave up|"
            r"given up|concede|conceded|surrender|surrendered|trade away|traded away|give away|"
            r"sign away|signed away|gave away)\b"
            # "What's in it for the developer?", "What does the city stand to lose if ...?"
            r"|\bwhat(?:'s| is| was) in it for\b"
            r"|\bwhat (?:do|does|did|would|will) (?:[\w'-]+ ){1,3}?stand to (?:lose|gain|make|"
            r"get)\b"
            # "What did the mayor receive from the developer last year?"
            r"|\bwhat (?:did|does|do|will|would|has|have) (?:[\w'-]+ ){1,3}?(?:receive|get|accept|"
            r"take|obtain) from\b"
        ),
    ),
    # what was done: "What steps has your agency taken ...?", "What did you do ...?"
    (
        "action",
        re.compile(
            # "What changed in the hiring process after the lawsuit?"
            r"\bwhat (?:has |have |had )?changed\b|"
            # "What, if any, role did your campaign play in the robocalls?"
            r"\bwhat (?:\w+ )?(?:role|part) (?:did|has|have|had) (?:\w+ ){1,3}?play(?:ed)?\b|"
            # "What was your role in choosing the vendor?"
            r"\bwhat (?:was|is|were) (?:your|his|her|their|its|the [\w-]+'s) role in\b|"
            r"\bwhat (?:\w+ )?(?:steps|actions?|measures|precautions|safeguards)\b(?= (?:\w+ )"
            r"{0,4}(?:taken|took|done|"
            r"did)\b)|\bwhat (?:have|has|did) (?:you|we|they|your \w+|the \w+) (?:\w+ )?"
            r"(?:done|do)\b"
            # a part taken: "What was the mayor's involvement in awarding the contract?"
            r"|\bwhat (?:was|is|were) (?:[\w'-]+ ){0,2}?(?:involvement|role) in\b"
            # "What was the mayor's first act after the flood?"
            r"|\bwhat (?:was|were) (?:[\w'-]+ ){1,3}?(?:first|last|next) (?:acts?|steps?|moves?|"
            r"actions?|orders?|decisions?)\b"
            # "What was the first thing the new fire chief changed?"
            r"|\bwhat (?:was|were) the (?:first|last|next|only) things? (?:[\w'-]+ ){1,4}?(?:did|"
            r"changed|ordered|cut|fixed|stopped|ended|signed|cancell?ed|did away with)\b"
            # faults done: "What mistakes did the dispatchers make the night of the flood?"
            r"|\bwhat (?:mistakes|errors|failures|missteps|lapses|blunders) (?:did|were|was|have|"
            r"has|had)\b"
        ),
    ),
    # what was known: "What did the sheriff know about the deputy's drinking?"
    (
        "knew",
        re.compile(
            r"\bwhat did (?:you|he|she|they|the \w+|your \w+) know\b"
            r"|\bwhat (?:was|were) (?:you|he|she|they|the \w+) aware of\b"
        ),
    ),
    # how something is done now: "How is the relief money being tracked?", "How did you
    # verify the contractor's claims?", "How were the families notified?"
    (
        "method",
        re.compile(
            r"\bhow (?:is|are|was|were) (?:\w+ ){1,4}?being (?:tracked|monitored|spent|used|"
            r"trained|handled|checked|audited|enforced|verified|counted|protected|stored|secured|"
            r"distributed|allocated|tested|accounted for)\b"
            r"|\bhow (?:did|do|does|will|would|can|could) (?:you|they|we|the \w+|your \w+) "
            r"(?:\w+ )?(?:verify|check|confirm|vet|test|validate|ensure)\b"
            r"|\bhow (?:were|was|are|is) (?:\w+ ){1,5}?(?:notified|told|informed|warned|alerted|"
            r"contacted|chosen|selected|picked|hired|trained|vetted|screened|identified|located|"
            r"traced|tracked down|caught)\b"
            # "How does the jail keep track of the medications it gives inmates?"
            r"|\bhow (?:do|does|did|is|are|was|were|will|would) (?:[\w'-]+ ){1,4}?(?:keep track of|"
            r"keep records? of|keep tabs on|keep count of)\b"
            # "How are complaints against judges handled now?"
            r"|\bhow (?:are|is|were|was) (?:\w+ ){1,4}?(?:handled|processed|dealt with|reviewed|"
            r"investigated|resolved)\b"
            # "How are the new school attendance boundaries drawn?"
            r"|\bhow (?:is|are|was|were) (?:[\w'-]+ ){1,5}?(?:drawn|set|decided|determined|"
            r"calculated|assigned|ranked|scored|priced|allocated)\b"
            # "How do residents apply for the flood rebate?"
            r"|\bhow (?:do|does|can|should|would|will) (?:residents|people|tenants|families|"
            r"voters|businesses|owners|homeowners|parents|students|veterans|citizens|patients|"
            r"applicants|one|someone) (?:apply|sign up|register|enroll|qualify|file|request|"
            r"appeal|claim)\b"
            # "What training did the new dispatchers get before working alone?"
            r"|\bwhat (?:training|instruction|preparation|screening|vetting|supervision) (?:did|"
            r"do|does|have|has|had|will|would) (?:[\w'-]+ ){1,3}?(?:get|receive|undergo|complete|"
            r"have|give|provide)\b"
        ),
    ),
    # what another did in reply: "What was the vendor's response when you raised the
    # defects?" (not "What is your response to ...?", a view asked for)
    (
        "response",
        re.compile(
            r"\bwhat (?:was|has been) (?:the|their|his|her|its) (?:[\w'-]+ )?(?:response|reply|"
            r"reaction|answer)\b|\bhow did (?:the \w+|they|he|she) (?:respond|react|reply)\b"
        ),
    ),
    # "What kind of oversight does the board have over the pension fund?"
    (
        "oversight",
        re.compile(
            r"\bwhat (?:kind|type|sort|level|degree) of (?:oversight|control|authority|say|"
            r"power|input|supervision|review)\b"
        ),
    ),
    # "Which of the auditor's recommendations have been carried out?": those named or counted
    (
        "which",
        re.compile(
            r"\bwhich (?:of (?:the|your|its|their|our|these|those) )?(?:[\w'-]+ )?"
            r"(?:recommendations|findings|provisions|changes|reforms|measures|steps|items|"
            r"projects|promises|conditions|requirements|lines|programs|services|positions|"
            r"accounts|funds|grants|cuts|shifts?|"
            # things of a fleet or a network: "Which school buses were running without GPS?"
            r"bus(?:es)?|vehicles|trucks|cars|vans|routes|buildings|bridges|roads|streets|"
            r"stations|sites|wells|pumps|beds|units)\b"
            # a part that failed: "What part of the gym roof gave way first?"
            r"|\bwhat (?:part|section|piece|portion) of (?:[\w'-]+ ){1,4}?(?:" + GAVE_WAY + r")\b"
            # "Which way was the wind blowing when the smoke reached the school?" (not "Which
            # way are you leaning?")
            r"|\b(?:which (?:way|direction)|what direction)\b(?! (?:are|is|were|was) (?:you|we|"
            r"they|he|she)\b)"
            # one of a row: "What floor did the fire start on?", "What rank does the city hold
            # ...?", "What is the nearest fire station to ...?", "Which lane was the bus in ...?"
            r"|\b(?:what|which) (?:floor|room|unit|wing|gate|door|exit|entrance|lane|platform|"
            r"level|rank|place|position|shift) (?:of (?:the |that |this )?(?:[\w-]+ ){0,2})?"
            r"(?:was|were|is|are|did|does|do|has|have)\b"
            r"|\bwhat(?:'s| is| was| are| were) the (?:nearest|closest) \w+"
            # what is gone: "What equipment was missing from the ambulance?", "What went
            # missing from the evidence locker?"
            r"|\bwhat (?:[\w-]+ ){0,2}(?:was|were|is|are|has been|have been) (?:missing|stolen|"
            r"lost|taken)\b|\bwhat (?:went|has gone|had gone) missing\b"
            # what was handed over, taken or done away with: "What did the whistleblower hand
            # over to the auditor?", "What did the deputies seize from the farmhouse?", "What
            # did the mayor's aide delete from her phone?", "What did the council vote to cut?"
            # (the verb not after an article: "What did the tow company haul off ...?")
            r"|\bwhat (?:did|has|have|had) (?:[\w'-]+ ){1,4}?(?<!\bthe )(?<!\ba )(?:(?:hand|handed|"
            r"turn|turned) over|"
            r"seize|confiscate|impound|recover|tow|delete|shred|destroy|erase|throw out|toss|"
            r"vote to cut|vote to close|vote to fund|vote to keep|vote to drop)\b"
            # skipped: "What does the new bus route skip?"
            r"|\bwhat (?:does|did|will|would) (?:[\w'-]+ ){1,4}?(?:skip|bypass|leave out|cut out)\b"
            # bought: "What did the fire department buy with the overtime savings?"; or short:
            # "What is the warming shelter short on?"
            r"|\bwhat (?:did|does|will|would|has|have) (?:[\w'-]+ ){1,4}?(?:buy|purchase) with\b"
            # given, replaced, cut or broken into: "What did the paramedics give the patient
            # ...?", "What is the new library going to replace?", "What did the contractor
            # substitute for the beams?", "What did the mayor cut from the library budget?",
            # "What did the hackers get into?"
            r"|\bwhat (?:did|do|does|has|have|had|will|would) (?:[\w'-]+ ){1,4}?(?:give|gave|"
            r"given|administer|administered|prescribe|prescribed|feed|fed|serve|served)\b"
            r"(?! up\b| away\b| back\b| in\b)"
            r"|\bwhat (?:is|are|was|were|will|would|did|does) (?:[\w'-]+ ){1,4}?(?:going to )?"
            r"(?:replace|replaced|supplant|substitute|substituted|swap in|swapped in)\b"
            r"|\bwhat (?:did|does|do|has|have|had|will|would) (?:[\w'-]+ ){1,4}?(?:cut|slash|"
            r"slashed|trim|trimmed|eliminate|eliminated|drop|dropped) (?:from|out of)\b"
            r"|\bwhat (?:did|does|do|has|have|had) (?:[\w'-]+ ){1,4}?(?:get into|got into|break "
            r"into|broke into|hack|hacked|hack into|hacked into|breach|breached)\b"
            # ... or missing: "What are the new garbage trucks missing that the old ones had?"
            r"|\bwhat (?:is|are|was|were) (?:[\w'-]+ ){1,4}?(?:short on|low on|out of|running "
            r"(?:out of|low on|short on)|missing|lacking)\b"
            r"|\bwhat (?:does|do|did) (?:[\w'-]+ ){1,4}?lack\b"
            # "What information did the agency share with the developer?": the items given
            r"|\bwhat (?:information|documents?|records|data|details|materials|files) (?:did|"
            r"does|do|has|have|had|was|were|will) (?:\w+ ){1,4}?(?:share|shared|give|gave|"
            r"given|provide|provided|release|released|send|sent|hand|handed|turn|turned)\b"
        ),
    ),
    # how something was come by: "How did the contractor get access to the database?"
    (
        "means",
        re.compile(
            r"\bhow (?:did|was|were|had|has|have) (?:\w+ ){1,3}?(?:get|gain|gained|obtain|"
            r"obtained|acquire|acquired|access|receive|enter|got|gotten|end up|wind up|make (?:it|"
            r"its|their) way|manage to|managed to"
            # "How did a cell phone make it past the jail's front desk?"
            r"|make it(?= (?:past|into|through|onto|inside|out of|across|over)\b))\b"
            # how a way in was found: "How did the intruders break into the database?", "How
            # were the thieves able to slip past the guards?" (not "How do you break this
            # impasse?": what was done, not what will be)
            r"|\bhow (?:did|had|have|has|was|were) (?:\w+ ){1,3}?(?:(?:able|allowed) to )?(?:break|"
            r"broken|hack|hacked|sneak|snuck|slip|slipped|steal|stolen|smuggle|smuggled|"
            r"breach|breached)\b"
            # "How did you learn that the nursing home had falsified its records?"
            # ("How did the prisoner's family find out he had died?")
            r"|\bhow did (?:you|they|he|she|we|(?:the|his|her|their|its|our) (?:[\w'’-]+ ){0,2}?"
            r"[\w'’-]+) (?:first )?(?:learn|find out|hear|discover|"
            r"become aware)\b"
            # how it is paid for: "How will you pay for the new stadium?"
            r"|\bhow (?:will|would|do|does|did|is|are|was|were|can|could) (?:\w+ ){1,4}?(?:pay|"
            r"paid|fund|funded|finance|financed|afford)\b"
            # "How will the county cover the shortfall in the pension fund?"
            r"|\bhow (?:will|would|do|does|did|is|are|was|were|can|could) (?:\w+ ){1,3}?(?:cover|"
            r"close|plug|fill|make up|bridge|balance|replace) (?:\w+ ){0,4}?(?:shortfall|gap|"
            r"deficit|hole|costs?|bill|overrun|budget|revenue|money|funds?|income|loss|losses)s?\b"
            # "By what route did the intruder reach the county's payroll servers?"
            r"|^(?:by|through|via) what (?:route|means|way|method|path|channel)s?\b"
        ),
    ),
)
