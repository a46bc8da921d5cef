"""The words that ask for each checkable answer type, in the forms members and reporters
use ("Whose decision was it ...?", "What were the terms of ...?", "How is the money being
tracked?"), tried in order by ``asked_for.asked_for`` after the amount, the plain wh-word
and the asked-for cause. Each form was added when a testimony split written in it showed
a terse answer that gave what was asked losing to an evasive one (the model card's rounds).
"""

from __future__ import annotations

import re

# The words that ask for a checkable type, tried in order after the amount and the plain
# wh-word: which type each asks for, and the pattern over the lower-cased question.
ASKED_BY = (
    # the standard a choice was made by, before the "which clinics" it chose: "What criteria
    # were used to pick which clinics would close?"
    (
        "criteria",
        re.compile(
            r"\bwhat (?:criteria|standards?|factors|benchmarks?|metrics?|thresholds?|tests?) "
            r"(?:were|was|are|is|did|do|does|will|would|had|has|have)\b"
            # "How did you decide which neighborhoods got the new streetlights?"
            r"|\bhow (?:did|do|does|will|would) (?:you|they|we|the \w+|your \w+) (?:decide|choose|"
            r"pick|select|determine) (?:which|who|where|what)\b"
        ),
    ),
    # the law or order acted under: "Under what authority did the sheriff seize the boats?"
    (
        "authority",
        re.compile(
            r"\b(?:under|by|with) what (?:legal |statutory )?(?:authority|power|law|right)\b"
            r"|\bwhat (?:legal |statutory )?authority (?:did|does|do|allows?|allowed|gave|gives)\b"
        ),
    ),
    # a kind named, of something past: "What kind of chemical was stored in the warehouse?",
    # "What type of weapon did the officer fire?" (not "What kind of shift would there be?")
    # ... or of what people get: "What kind of training do officers receive ...?"
    (
        "kind",
        re.compile(
            r"\bwhat (?:kind|type|sort)s? of (?:[\w-]+ ){1,2}?(?:was|were|did|had)\b"
            r"|\bwhat (?:kind|type|sort)s? of (?:[\w-]+ ){1,2}?(?:do|does) (?:[\w'-]+ ){1,3}?"
            r"(?:receive|get|undergo|complete)\b"
        ),
    ),
    # how it is known: "How do you know the leak has stopped?", "What evidence do you have
    # that ...?"
    (
        "evidence",
        re.compile(
            r"\bhow (?:do|does|did|can|could) (?:you|they|we|he|she|the \w+|your \w+) know\b"
            r"|\bwhat (?:evidence|proof) (?:do|does|did|is|was|has|have)\b"
        ),
    ),
    # what became of something: "What became of the evidence seized in the raid?", "What
    # happened to the money?"
    # "What has the company done with the settlement money?"
    (
        "fate",
        re.compile(
            r"\bwhat (?:became|has become|happened|has happened) (?:of|to)\b"
            r"|\bwhat (?:has|have|did) (?:\w+ ){1,3}?done with\b"
        ),
    ),
    # what happened, asked as such: "What exactly happened at the water plant that night?"
    # (not "What is your view on what happened?")
    ("event", re.compile(r"^(?:and |so |but )?what (?:exactly |really )?(?:has )?happened\b")),
    # how it ended: "What was the outcome of the internal investigation?"
    (
        "outcome",
        re.compile(
            # (the results of tests are a finding: "What were the results of the water tests?")
            r"\bwhat (?:was|is|were|has been) the (?:final )?(?:outcome|upshot) of\b"
            # what would follow: "What would it mean for the district if the levy fails?"
            r"|\bwhat (?:would|will|does) (?:it|that|this) mean for\b"
            r"|\bwhat (?:would|will) happen if\b"
            # "What were the consequences for the officers involved in the raid?"
            r"|\bwhat (?:were|are|was|is|have been) the (?:\w+ )?consequences? for\b"
        ),
    ),
    # "What were the terms of the settlement with the former chief?", "What does the new
    # contract give the police union?"
    (
        "terms",
        re.compile(
            r"\bwhat (?:were|are|was|is|will be) the (?:\w+ )?terms\b|\bon what terms\b"
            # "What exactly is in the settlement with the former police chief?"
            r"|\bwhat (?:is|was|are|were) in the (?:[\w-]+ )?(?:settlement|contract|deal|"
            r"agreement)\b"
            r"|\bwhat (?:does|did|will|would) (?:the |this |that )?(?:[\w-]+ )?(?:contract|deal|"
            r"agreement|settlement) (?:give|offer|provide|guarantee)\b"
        ),
    ),
    # "What was discussed at the closed-door meeting with the developer?"
    (
        "discussed",
        re.compile(
            r"\bwhat (?:was|were|is|will be|got) (?:\w+ )?(?:discussed|talked about|raised|said)\b"
            r"|\bwhat did (?:you|they|we|the \w+|your \w+) (?:\w+ )?(?:discuss|talk about)\b"
        ),
    ),
    # "What assurances did the developer give about affordable units?", "What guarantee can
    # you give that the levee will hold?"
    (
        "assurance",
        re.compile(
            r"\bwhat (?:assurances?|guarantees?|commitments?|promises?|pledges?)\b"
            # "What did the developer promise in exchange for the tax break?"
            r"|\bwhat (?:did|has|have|had|does|do|will) (?:\w+ ){1,3}?(?:promise|promised|"
            r"pledge|pledged|offer|offered|commit to|committed to|guarantee|guaranteed)\b"
        ),
    ),
    # "What have you learned from the failed software rollout?"
    (
        "lesson",
        re.compile(
            r"\bwhat (?:have|has|did) (?:you|we|they|the \w+|your \w+) (?:\w+ )?learn(?:ed|t)?\b"
            r"|\bwhat lessons?\b"
        ),
    ),
    # what something was for: "What was the purpose of the payments to the consultant?"
    # "What did you hope to achieve by closing the library branches?" (the aim of an act; not
    # "What do you hope to achieve from your tour?", which asks for a hope)
    (
        "purpose",
        re.compile(
            r"\bwhat(?:'s| is| was| were) the (?:purpose|aim|objective) of\b"
            r"|\bwhat (?:did|do|does|were|was|are|is) (?:you|they|we|he|she|the \w+) (?:\w+ )?"
            r"(?:hope|hoping|trying|try|want|wanting|aim|aiming|intend|intending|seek|seeking) to "
            r"(?:achieve|accomplish|gain) by\b"
        ),
    ),
    # what it would take: "What would it take to reopen the emergency room?"
    # "What remains to be done before the stadium can open?"
    (
        "need",
        re.compile(
            r"\bwhat (?:would|will|does|did|could) it take\b"
            r"|\bwhat (?:remains|is left|still needs) to be done\b"
        ),
    ),
    # what is being done now: "What is being done to stop the sewage discharges?", "What is
    # the agency doing about the mold?"
    (
        "doing",
        re.compile(
            r"\bwhat(?:'s| is| are) being done\b|\bwhat (?:is|are) (?:you|we|they|the \w+|your \w+)"
            r" (?:\w+ )?doing (?:about|to|for|with|differently)\b"
            # "What was the mayor doing when the flood sirens went off?"
            r"|\bwhat (?:was|were) (?:you|he|she|they|the \w+|your \w+) doing (?:when|while|at|"
            r"during|that)\b"
        ),
    ),
    # how two things differ: "What is the difference between the budget you presented and
    # the one you signed?"
    # "What changed between the first draft of the audit and the final report?"
    (
        "difference",
        re.compile(
            r"\bwhat(?:'s| is| was| are| were) the differences? between\b"
            r"|\bwhat (?:was |were |got |has been |had been )?changed between\b"
        ),
    ),
    # the choices weighed: "What options did the council consider before raising fares?"
    (
        "options",
        re.compile(
            r"\bwhat (?:other )?(?:options|alternatives|choices|proposals|scenarios) (?:did|do|"
            r"does|has|have|had|were|are|was|will|would)\b"
            # "What alternative sites did the board look at for the jail?"
            r"|\bwhat (?:other|alternative) (?:[\w-]+ )?(?:did|do|does|have|has|had) (?:you|we|"
            r"they|the \w+|your \w+) (?:\w+ )?(?:consider|look at|weigh|study|explore|review)\b"
        ),
    ),
    # "Which company won the contract?", "Which officers fired?": a name is asked for
    (
        "who",
        re.compile(
            r"\bwhich (?:of (?:your|the|our|their|his|her|these|those) )?(?:\w+ )?"
            r"(?:compan(?:y|ies)|firms?|vendors?|contractors?|officers?|"
            r"agenc(?:y|ies)|persons?|people|officials?|banks?|members?|staff|employees?|"
            r"judges?|lawyers?|"
            # "Which hospitals were told to stop taking ambulances?": the ones named
            r"hospitals?|clinics?|schools?|universit(?:y|ies)|colleges?|charit(?:y|ies)|"
            r"organi[sz]ations?|groups?|unions?|donors?|suppliers?|manufacturers?|developers?|"
            r"landlords?|lobbyists?|consultants?|doctors?|nurses?|lawmakers?|legislators?|"
            r"senators?|insurers?|utilit(?:y|ies)|airlines?)\b"
            # "What was the name of the firm that designed the flood wall?"
            r"|\bwhat (?:is|was|are|were) (?:the )?names? of\b"
        ),
    ),
    # "Which of the two bids was cheaper?": one of those named
    ("who", re.compile(r"\bwhich of (?:the|these|those) (?:two|three|four|both)\b")),
    # "At what point did you learn ...?", "On which day ...?"
    # "Which years did the district fail to file its reports?"
    (
        "when",
        re.compile(r"\b(?:what|which) (?:time|date|year|day|month|week)s?\b|\bat what point\b"),
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
            r"counties|routes)\b"
        ),
    ),
    # what an inquiry found: "What did the inspector find at the plant?"
    (
        "finding",
        re.compile(
            r"\bwhat (?:else |more )?(?:did|does|do|has|have|had|will) (?:[\w'-]+ ){1,7}?(?:find|"
            r"show|reveal|"
            r"conclude|discover|uncover|turn up|determine)\b|\bwhat (?:were|are|was|is) the "
            r"(?:[\w-]+ )?(?:findings?|results?|conclusions?)\b"
            # what a visit showed: "What did the inspector see when she walked in?"
            r"|\bwhat (?:exactly )?did (?:you|they|he|she|we|the [\w-]+(?: [\w-]+)?) "
            r"(?:actually )?(?:see|observe|notice|witness|spot)\b"
            # signs missed: "What were the warning signs that the clinic's staff missed?"
            r"|\bwhat (?:were|are|was) the (?:\w+ )?(?:signs|red flags|warnings|symptoms|clues)\b"
            # a fault: "What is wrong with the current voting machines?"
            r"|\bwhat(?:'s| is| was| else is) wrong with\b"
            # how bad: "How bad is the damage to the pier?", "How serious is the crack?"
            r"|\bhow (?:bad|serious|severe|extensive) (?:is|was|are|were)\b"
            # what was looked for: "What were the inspectors told to look for at the plant?"
            r"|\bwhat (?:were|was|are|is) (?:[\w'-]+ ){1,3}?(?:told|asked|instructed|trained|sent) "
            r"to (?:look|check|watch|search|test) for\b"
            # what a container held: "What was in the boxes the courier took?"
            r"|\bwhat (?:exactly )?(?:was|is|were|are) (?:in|inside) (?:the|those|that|these|"
            r"this|his|her|their) (?:[\w-]+ )?(?:box|boxes|bags?|trucks?|safes?|lockers?|"
            r"containers?|packages?|parcels?|envelopes?|vaults?|drawers?|shipments?|crates?|"
            r"briefcases?|suitcases?|cabinets?|trunks?)\b"
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
            # "What would you say to the parents whose children were sent home?"
            r"|\bwhat (?:would|will|do) you (?:say|tell) to\b|\bwhat would you tell\b"
            # "What were you told about the mold before you signed the lease?"
            r"|\bwhat (?:were|was) (?:you|they|we|he|she|the \w+|your \w+) (?:\w+ )?told\b"
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
            # "What will happen to the workers when the plant closes?"
            r"|\bwhat (?:will|would|is going to) happen to\b|\bwhat happens to\b"
            # "What happens next for the families whose homes were flooded?"
            r"|\bwhat (?:happens|comes|is) next\b|\bwhat's next for\b"
            # "What is your plan for the families still living in motels?"
            r"|\bwhat(?:'s| is) (?:your|the|their|his|her|its|the [\w-]+'s) plan (?:for|to)\b"
            # "What's the plan B if the state grant does not come through?"
            r"|\bwhat(?:'s| is) (?:the |your )?(?:plan b|backup plan|fallback|contingency plan)\b"
            # a body's plans: "What are the department's plans for the empty firehouse?" (not
            # Circa's "What are your plans for tonight?")
            r"|\bwhat (?:are|were) (?:the [\w-]+'s|its|their) plans for\b"
            # steps demanded of others: "What do the new rules require landlords to do?"
            r"|\bwhat (?:do|does|did|will|would) (?:[\w'-]+ ){1,4}?(?:require|force|oblige) "
            r"(?:[\w'-]+ ){1,3}?to do\b|\bwhat (?:are|is|were|was|will) (?:[\w'-]+ ){1,3}?(?:be )?"
            r"(?:required|obliged|forced) to do\b"
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
        ),
    ),
    # how far: "To what extent were the contractors supervised?"
    # ... or how likely: "What are the chances the paper mill reopens this year?"
    (
        "degree",
        re.compile(
            r"\bto what (?:extent|degree)\b"
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
            r"|\bhow (?:were|was|are|is) (?:\w+ ){1,3}?(?:notified|told|informed|warned|alerted|"
            r"contacted|chosen|selected|picked|hired|trained|vetted|screened)\b"
            # "How are complaints against judges handled now?"
            r"|\bhow (?:are|is|were|was) (?:\w+ ){1,4}?(?:handled|processed|dealt with|reviewed|"
            r"investigated|resolved)\b"
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
            r"projects|promises|conditions|requirements)\b"
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
            r"|\bhow (?:will|would|do|does|did|is|are|was|were|can|could) (?:\w+ ){1,3}?(?:pay|"
            r"paid|fund|funded|finance|financed|afford)\b"
            # "How will the county cover the shortfall in the pension fund?"
            r"|\bhow (?:will|would|do|does|did|is|are|was|were|can|could) (?:\w+ ){1,3}?(?:cover|"
            r"close|plug|fill|make up|bridge|balance|replace) (?:\w+ ){0,4}?(?:shortfall|gap|"
            r"deficit|hole|costs?|bill|overrun|budget|revenue|money|funds?|income|loss|losses)s?\b"
        ),
    ),
)
