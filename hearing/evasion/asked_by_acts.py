"""The later forms of ``asked_by.ASKED_BY``, tried after those there: where and when, what
was found or said, what is planned, done or known, and how something is done or come by.
The order across both modules is the order of trial; the first form that matches names
the type, so a form here that overlaps one in ``asked_by`` loses to it.
"""

from __future__ import annotations

import re

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
    # what an inquiry found: "What did the inspector find at the plant?"
    (
        "finding",
        re.compile(
            r"\bwhat (?:else |more )?(?:did|does|do|has|have|had|will) (?:[\w'-]+ ){1,7}?(?:find|"
            # ("What did the inspectors measure at the smokestack?")
            r"show|reveal|measure|detect|record|clock|capture|pick up|"
            r"conclude|discover|uncover|turn up|determine)\b|\bwhat (?:were|are|was|is) the "
            r"(?:[\w-]+ )?(?:findings?|results?|conclusions?)\b"
            # the state found: "In what condition were the fire trucks when the city sold
            # them?", "What was the weather like when the plane took off?"
            r"|\bin what (?:condition|shape|state)\b|\bwhat (?:was|were|is|are) (?:the )?"
            r"(?:weather|conditions|scene|visibility|road|roads|water) like\b"
            # rules broken: "What rules did the contractor break when it dumped the washout?"
            r"|\bwhat (?:rules|laws|regulations|policies|codes|standards|terms|conditions) (?:did|"
            r"has|have|had|was|were) (?:[\w'-]+ ){0,4}?(?:break|broke|broken|violate|violated|"
            r"breach|breached)\b"
            # found or cut, said in the passive: "What was found in the basement of the evidence
            # room?", "What was left out of the final version of the audit?"
            r"|\bwhat (?:else )?(?:was|were|has been|have been|had been) (?:\w+ )?(?:found|"
            r"discovered|uncovered|seized|recovered|turned up|left out|omitted|redacted|deleted|"
            r"taken out|removed|withheld)\b"
            # what a visit showed: "What did the inspector see when she walked in?"
            r"|\bwhat (?:exactly )?did (?:you|they|he|she|we|the [\w-]+(?: [\w-]+)?) "
            r"(?:actually )?(?:see|observe|notice|witness|spot)\b"
            # "What did the 911 caller report seeing?"
            r"|\bwhat did (?:[\w'-]+ ){1,3}?(?:report|say|claim|describe) (?:seeing|hearing|"
            r"finding|smelling)\b"
            # the unknowns: "What does the agency still not know about the spill?"
            r"|\bwhat (?:do|does|did) (?:[\w'-]+ ){1,3}?(?:still )?(?:not|n't) know\b"
            # signs missed: "What were the warning signs that the clinic's staff missed?"
            r"|\bwhat (?:were|are|was|is) the (?:\w+ )?(?:signs?|red flags?|warnings?|symptoms?|"
            r"clues?|indications?)\b"
            # the charge: "What exactly is the hospital accused of?"
            r"|\bwhat (?:is|are|was|were|has|have) (?:[\w'-]+ ){1,4}?(?:been )?(?:accused|charged|"
            r"suspected|cited|fined|sued) (?:of|with|for)\b"
            # a fault: "What is wrong with the current voting machines?"
            r"|\bwhat(?:'s| is| was| else is) wrong with\b"
            # how bad: "How bad is the damage to the pier?", "How serious is the crack?"
            r"|\bhow (?:bad|serious|severe|extensive) (?:is|was|are|were)\b"
            # what was looked for: "What were the inspectors told to look for at the plant?"
            r"|\bwhat (?:were|was|are|is) (?:[\w'-]+ ){1,3}?(?:told|asked|instructed|trained|sent) "
            r"to (?:look|check|watch|search|test) for\b"
            # what a container held: "What was in the boxes the courier took?"
            r"|\bwhat (?:exactly )?(?:was|is|were|are) (?:in|inside|on) (?:the|those|that|these|"
            r"this|his|her|their) (?:[\w-]+ )?(?:box|boxes|bags?|trucks?|safes?|lockers?|"
            r"containers?|packages?|parcels?|envelopes?|vaults?|drawers?|shipments?|crates?|"
            r"briefcases?|suitcases?|cabinets?|trunks?|laptops?|computers?|phones?|hard drives?|"
            r"drives?|tapes?|recordings?|videos?|servers?|disks?|thumb drives?|memory cards?)\b"
            # "What kind of shape is the police pension fund in?"
            r"|\bwhat (?:kind|sort) of (?:shape|condition) (?:is|are|was|were)\b"
            # what went missing for them: "What have the tenants been living without?"
            # what was left or taken in: "What did the contractor leave behind at the school?",
            # "What had the boy been eating before he got sick?"
            r"|\bwhat (?:did|has|have|had) (?:[\w'-]+ ){1,4}?(?:leave|left) behind\b"
            r"|\bwhat (?:had|has|have|was|were) (?:[\w'-]+ ){1,4}?(?:been )?(?:eating|drinking|"
            r"taking|using|smoking|inhaling)\b"
            # "What did the school bus driver test positive for?"
            r"|\bwhat (?:did|has|have|had|does) (?:[\w'-]+ ){1,4}?test(?:ed)? positive for\b"
            r"|\bwhat (?:have|has|had|are|is|were|was) (?:[\w'-]+ ){1,4}?(?:been )?(?:living|going|"
            r"making do|getting by) without\b"
            # what was on them: "What were the officers wearing during the raid?"
            r"|\bwhat (?:was|were|is|are) (?:[\w'-]+ ){1,3}?(?:wearing|carrying|holding|driving)\b"
            # "What condition is the Hollis Creek dam in today?"
            r"|\bwhat (?:condition|shape|state) (?:is|are|was|were) (?:[\w'-]+ ){1,5}?in\b"
        ),
    ),
    # what was said: "What exactly did you tell the families about the delay?"
    (
        "told",
        re.compile(
            r"\bwhat (?:exactly |precisely )?(?:did|have|has|had) (?:you|they|he|she|we|the \w+|"
            r"your \w+) (?:\w+ )?(?:tell|told|say to|said to|report to|reported to|write to|"
            r"wrote to)\b"
            # "What did the fire marshal say about the exits at the club?"
            r"|\bwhat (?:did|has|have) (?:the [\w-]+(?: [\w-]+)?|he|she|they|you) (?:say|said) "
            r"about\b"
            # "What did the robocalls to voters say about the polling places?", "What did the
            # inspector write in her report about the balconies?"
            r"|\bwhat (?:did|has|have|had) (?:the|a|an|his|her|their|its|your|our) "
            r"(?:[\w'-]+ ){1,4}?(?:say|said|write|wrote|written|state|stated) (?:in|about)\b"
            # "What would you say to the parents whose children were sent home?"
            r"|\bwhat (?:would|will|do) you (?:say|tell) to\b|\bwhat would you tell\b"
            # "What were you told about the mold before you signed the lease?"
            r"|\bwhat (?:were|was) (?:you|they|we|he|she|the \w+|your \w+) (?:\w+ )?told\b"
            # "What were the pilot's last words on the radio?"
            r"|\bwhat (?:were|was|are|is) (?:[\w'-]+ ){1,3}?(?:last|final|exact|first|very) words\b"
            # "What was the last thing the dispatcher said to the caller?"
            r"|\bwhat (?:were|was) the (?:last|first|final|only) things? (?:[\w'-]+ ){1,4}?(?:said|"
            r"told|wrote|asked)\b"
        ),
    ),
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
        ),
    ),
    # what was meant: "What did you mean when you told reporters the audit was a formality?"
    ("meaning", re.compile(r"\bwhat (?:did|do|does) (?:you|they|he|she|the \w+|your \w+) mean\b")),
    # what a document said: "What exactly was in the memo the chief sent?"
    (
        "content",
        re.compile(
            r"\bwhat (?:exactly |precisely )?(?:was|is|were) (?:written |said )?in (?:the|that|"
            r"this|his|her|their|your) (?:\w+ )?(?:memo|letter|e-?mail|report|message|note|text|"
            r"document|file|briefing|draft|complaint|warning)\b|\bwhat did (?:the|that|this|his|"
            r"her|their|your) (?:[\w'-]+ )?(?:memo|letter|e-?mail|report|message|note|text|"
            r"document|warning|study|audit|review|assessment) (?:say|tell|ask|recommend|propose|"
            r"suggest|call for|urge)\b"
            # what it was spent on: "What did the sheriff's office spend the drug grant on?"
            r"|\bwhat (?:did|does|do|will|would|has|have) (?:[\w'-]+ ){1,4}?(?:spend|spent|use|"
            r"used) (?:[\w'-]+ ){1,4}?on\s*[?.!]*$"
            # what is fought over: "What are the bus drivers striking over?"
            r"|\bwhat (?:are|is|were|was) (?:[\w'-]+ ){1,4}?(?:striking|protesting|picketing|"
            r"rallying|marching|walking out) (?:over|about|for|against)\b"
            # what it holds or allows: "What does the cleanup of the rail yard involve?", "What
            # is the ambulance crew allowed to give a patient?", "What came out of the meeting?"
            r"|\bwhat (?:does|did|will|would) (?:[\w'-]+ ){1,6}?(?:involve|entail|include)\b"
            r"|\bwhat (?:is|are|was|were) (?:[\w'-]+ ){1,4}?(?:allowed|permitted|authori[sz]ed) to "
            r"(?:give|use|carry|sell|take|say|charge|keep|do)\b"
            r"|\bwhat (?:came|has come|will come|comes) out of\b"
            # "What was on the agenda for the council's closed session?"
            r"|\bwhat (?:was|is|were|are|will be) on the (?:[\w-]+ )?(?:agenda|docket)\b"
            # "What was the tip that led police to the warehouse?"
            r"|\bwhat (?:was|is|were) the (?:[\w-]+ )?(?:tip|call|complaint|warning|message|"
            r"threat)s? that\b"
            # what money buys: "What does the new stormwater fee pay for?"
            r"|\bwhat (?:does|did|will|would) (?:the|this|that|its|their|your) (?:[\w-]+ ){0,2}"
            r"(?:fee|tax|levy|bond|fund|grant|money|surcharge|toll|budget)s? (?:pay for|fund|go to|"
            r"go toward|buy)\b"
            # what is made of: "What goes into the road brine the county sprays?"
            r"|\bwhat (?:goes|went|will go|is going) into (?:the|this|that|its|their|your) "
            # (not "What went into the effort to ...?", what was done)
            r"(?!(?:[\w-]+ )?(?:decision|choice|call|ruling|vote|effort|work|process|planning|"
            r"thinking|deliberations?|review|analysis)\b)"
            # "What did the consultants recommend about police overtime?"
            r"|\bwhat (?:did|does|do|has|have|will|would) (?:the|their|its|our|his|her) "
            r"(?:[\w'-]+ ){0,3}?(?:recommend|recommended|propose|proposed|suggest|suggested|advise|"
            r"advised|urge|urged)\b"
            # what a rule forbids or allows: "What does the new ordinance ban?"
            r"|\bwhat (?:does|did|will|would) (?:the|this|that|your|their|its) (?:[\w-]+ ){0,2}"
            # ("What does the new zoning allow on the waterfront?")
            r"(?:ordinance|law|bill|rules?|regulations?|policy|measure|order|amendment|code|zoning|"
            r"permit|license|variance) "
            r"(?:ban|bar|prohibit|forbid|outlaw|allow|permit|cover|restrict|limit)\b"
            # "What does the warranty on the new voting machines cover?"
            r"|\bwhat (?:does|did|will|would) (?:the|this|that|your|their|its) (?:[\w-]+ )?"
            r"(?:warranty|insurance|coverage|guarantee|lease|grant)(?: (?:on|for|of)(?: [\w-]+)"
            r"{1,4}?)? cover\b"
            # what a side asked for: "What did the union ask for in the talks?" (not "What do
            # you propose to do ...?", a plan)
            r"|\bwhat (?:exactly )?(?:did|does|do|is|are|was|were|has|have) (?:[\w'-]+ ){1,3}?"
            r"(?:ask(?:ing|ed)? for|demand(?:ing|ed)?|request(?:ing|ed)?|propos(?:e|ing|ed)|"
            r"offer(?:ing|ed)?|seek(?:ing)?|want(?:ing|ed)?)\b(?! to\b)"
        ),
    ),
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
            # "What stands between the city and a balanced budget?"
            r"|\bwhat (?:stands|stood|is standing|still stands) between\b"
            # "What's the biggest obstacle to reopening the paper mill?"
            r"|\bwhat(?:'s| is| was| are| were) the (?:biggest|main|largest|greatest|chief|only|"
            r"last|remaining|real|major) (?:obstacles?|hurdles?|barriers?|roadblocks?|holdups?|"
            r"sticking points?|impediments?)\b"
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
            # "What did the city give up in the cable settlement?"
            r"|\bwhat (?:did|does|do|will|would|has|have) (?:[\w'-]+ ){1,3}?(?:give up|gave up|"
            r"given up|concede|conceded|surrender|surrendered|trade away|traded away|give away|"
            r"gave away)\b"
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
            r"accounts|funds|grants|cuts|shifts?)\b"
            # one of a row: "What floor did the fire start on?", "What rank does the city hold
            # ...?", "What is the nearest fire station to ...?"
            # "What part of the gym roof gave way first?"
            r"|\bwhat (?:part|section|piece|portion) of (?:[\w'-]+ ){1,4}?(?:gave way|gave out|"
            r"failed|collapsed|broke|cracked|caved in|fell|leaked|burst|caught fire|buckled)\b"
            # "Which way was the wind blowing when the smoke reached the school?" (not "Which
            # way are you leaning?")
            r"|\b(?:which (?:way|direction)|what direction)\b(?! (?:are|is|were|was) (?:you|we|"
            r"they|he|she)\b)"
            # "Which lane was the bus in when it hit the cyclist?"
            r"|\b(?:what|which) (?:floor|room|unit|wing|gate|door|exit|entrance|lane|platform|"
            r"level|rank|place|position|shift) (?:of (?:the |that |this )?(?:[\w-]+ ){0,2})?"
            r"(?:was|were|is|are|did|does|do|has|have)\b"
            r"|\bwhat(?:'s| is| was| are| were) the (?:nearest|closest) \w+"
            # what is gone: "What equipment was missing from the ambulance?", "What went
            # missing from the evidence locker?"
            r"|\bwhat (?:[\w-]+ ){0,2}(?:was|were|is|are|has been|have been) (?:missing|stolen|"
            r"lost|taken)\b|\bwhat (?:went|has gone|had gone) missing\b"
            # what was done away with: "What did the mayor's aide delete from her phone?", "What
            # did the council vote to cut from the parks budget?"
            # ... or taken: "What did the deputies seize from the farmhouse?"; or bought: "What
            # did the fire department buy with the overtime savings?"; or short: "What is the
            # warming shelter short on?"
            r"|\bwhat (?:did|has|have|had) (?:[\w'-]+ ){1,4}?(?:seize|confiscate|impound|recover|"
            r"tow)\b|\bwhat (?:did|does|will|would|has|have) (?:[\w'-]+ ){1,4}?(?:buy|purchase) "
            r"with\b|\bwhat (?:is|are|was|were) (?:[\w'-]+ ){1,4}?(?:short on|low on|out of|"
            r"running (?:out of|low on|short on))\b"
            r"|\bwhat (?:did|has|have|had) (?:[\w'-]+ ){1,4}?(?:delete|shred|destroy|erase|"
            r"throw out|toss|vote to cut|vote to close|vote to fund|vote to keep|vote to drop)\b"
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
            r"its|their) way|manage to|managed to)\b"
            # "How did you learn that the nursing home had falsified its records?"
            r"|\bhow did (?:you|they|he|she|we|the \w+) (?:first )?(?:learn|find out|hear|discover|"
            r"become aware)\b"
            # how it is paid for: "How will you pay for the new stadium?"
            r"|\bhow (?:will|would|do|does|did|is|are|was|were|can|could) (?:\w+ ){1,4}?(?:pay|"
            r"paid|fund|funded|finance|financed|afford)\b"
            # "How will the county cover the shortfall in the pension fund?"
            r"|\bhow (?:will|would|do|does|did|is|are|was|were|can|could) (?:\w+ ){1,3}?(?:cover|"
            r"close|plug|fill|make up|bridge|balance|replace) (?:\w+ ){0,4}?(?:shortfall|gap|"
            r"deficit|hole|costs?|bill|overrun|budget|revenue|money|funds?|income|loss|losses)s?\b"
        ),
    ),
)
