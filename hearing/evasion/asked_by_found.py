"""The forms of ``asked_by_acts.ACTS`` that ask what was found, said or written: an
inquiry's findings ("What did the inspector find at the plant?"), words said ("What exactly
did you tell the families ...?") and what a document, rule or side said or asked ("What
exactly was in the memo ...?"). Kept apart only for length; ``ACTS`` tries them in its
order.
"""

from __future__ import annotations

import re

# what an inquiry found: "What did the inspector find at the plant?"
FINDING = (
    "finding",
    re.compile(
        r"\bwhat (?:else |more )?(?:did|does|do|has|have|had|will) (?:[\w'-]+ ){1,7}?(?:find|"
        # ("What did the inspectors measure at the smokestack?")
        r"show|reveal|measure|detect|record|clock|capture|pick up|rule out|ruled out|flag|"
        r"conclude|discover|uncover|turn up|determine)\b|\bwhat (?:were|are|was|is) the "
        # ("What was the coroner's finding on the death of ...?")
        r"(?:[\w'’-]+ )?(?:findings?|results?|conclusions?)\b"
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
        # ... or turned up: "What turned up in the councilman's trunk during the stop?"
        r"|\bwhat (?:else )?(?:turned up|showed up|came to light|surfaced)\b"
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
        # ... said in the active: "What did the fire marshal cite the stadium for?"
        r"|\bwhat (?:did|does|do|has|have|had|will|would) (?:[\w'-]+ ){1,4}?(?:cite|fine|"
        r"penalize|penalise|sanction|flag|write up|reprimand|discipline|suspend|fire|sue|arrest|"
        r"ticket) (?:[\w'-]+ ){1,4}?for\b"
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
        # "What did the tap water smell like?" (not "What does the new normal look like?")
        r"|\bwhat (?:did|does|do) (?:[\w'-]+ ){1,4}?(?:smell|taste|sound) like\b"
        # what was sought or kept hidden: "What was the bridge inspector looking for?" (not
        # "What are you looking for in a running mate?"), "What is the county hiding ...?"
        r"|\bwhat (?:was|were|is|are) (?!you\b|we\b)(?:[\w'-]+ ){1,4}?(?:looking|searching|"
        r"checking|testing) for\b"
        r"|\bwhat (?:is|are|was|were|has|have) (?:[\w'-]+ ){1,4}?(?:hiding|covering up|"
        r"concealing|withholding|keeping (?:secret|quiet|hidden))\b"
        # the fault punished: "What did the health inspector shut the kitchen down for?"
        r"|\bwhat (?:did|was|were|has|have) (?:[\w'-]+ ){1,3}?(?:shut|close|closed|fine|fined|"
        r"cite|cited|arrest|arrested|fire|fired|suspend|suspended|ticket|ticketed|sue|sued|"
        r"discipline|disciplined)(?: [\w'-]+){0,4} for\s*[?.!]*$"
        # "What did the school bus driver test positive for?"
        r"|\bwhat (?:did|has|have|had|does) (?:[\w'-]+ ){1,4}?test(?:ed)? positive for\b"
        r"|\bwhat (?:have|has|had|are|is|were|was) (?:[\w'-]+ ){1,4}?(?:been )?(?:living|going|"
        r"making do|getting by) without\b"
        # what was on them: "What were the officers wearing during the raid?"
        r"|\bwhat (?:was|were|is|are) (?:[\w'-]+ ){1,3}?(?:wearing|carrying|holding|driving)\b"
        # what was faced: "What were the firefighters up against in the canyon?"
        r"|\bwhat (?:is|are|was|were|has|have|had) (?:[\w'-]+ ){1,4}?(?:been )?(?:up against|"
        r"facing|contending with|battling|grappling with|coping with)\b"
        # what was missed: "What did the jail nurse miss in the intake screening?"
        r"|\bwhat (?:did|does|do|has|have|had) (?:[\w'-]+ ){1,4}?(?:miss|missed|overlook|"
        r"overlooked|fail to (?:see|notice|catch|spot|find))\b"
        # what keeps it going: "What is the ferry running on since the engine fire?"
        r"|\bwhat (?:is|are|was|were|has|have|had) (?:[\w'-]+ ){1,4}?(?:been )?(?:running|"
        r"operating|surviving|living|getting by|making do) (?:on|with)\b"
        # "What condition is the Hollis Creek dam in today?"
        r"|\bwhat (?:condition|shape|state) (?:is|are|was|were) (?:[\w'-]+ ){1,5}?in\b"
    ),
)

# what was said: "What exactly did you tell the families about the delay?"
TOLD = (
    "told",
    re.compile(
        r"\bwhat (?:exactly |precisely )?(?:did|have|has|had) (?:you|they|he|she|we|the \w+|"
        r"your \w+) (?:\w+ )?(?:tell|told|say to|said to|report to|reported to|write to|"
        r"wrote to)\b"
        # "What did the fire marshal say about the exits at the club?"
        r"|\bwhat (?:did|has|have) (?:the [\w-]+(?: [\w-]+)?|he|she|they|you) (?:say|said) "
        r"about\b"
        # "What did the robocalls to voters say about the polling places?", "What did the
        # inspector write in her report about the balconies?", "What does the new contract
        # say about overtime?", "What did the state auditor report about ...?"
        r"|\bwhat (?:did|does|do|has|have|had) (?:the|a|an|his|her|their|its|your|our) "
        r"(?:[\w'-]+ ){1,4}?(?:say|said|write|wrote|written|state|stated|report|reported|note|"
        r"noted) (?:in|about)\b"
        # "What would you say to the parents whose children were sent home?"
        r"|\bwhat (?:would|will|do) you (?:say|tell) to\b|\bwhat would you tell\b"
        # "What were you told about the mold before you signed the lease?"
        r"|\bwhat (?:were|was) (?:you|they|we|he|she|the \w+|your \w+) (?:\w+ )?told\b"
        # "What were the pilot's last words on the radio?"
        r"|\bwhat (?:were|was|are|is) (?:[\w'-]+ ){1,3}?(?:last|final|exact|first|very) words\b"
        # "What was the crowd chanting outside city hall?"
        r"|\bwhat (?:was|were|is|are) (?:[\w'-]+ ){1,3}?(?:chanting|shouting|yelling|"
        r"screaming|singing)\b"
        # "What was the last thing the dispatcher said to the caller?"
        r"|\bwhat (?:were|was) the (?:last|first|final|only) things? (?:[\w'-]+ ){1,4}?(?:said|"
        r"told|wrote|asked)\b"
    ),
)

# what a document said: "What exactly was in the memo the chief sent?"
CONTENT = (
    "content",
    re.compile(
        r"\bwhat (?:exactly |precisely )?(?:was|is|were) (?:written |said )?in (?:the|that|"
        r"this|his|her|their|your) (?:\w+ )?(?:memo|letter|e-?mail|report|message|note|text|"
        r"document|file|briefing|draft|complaint|warning)\b|\bwhat did (?:the|that|this|his|"
        r"her|their|your) (?:[\w'-]+ )?(?:memo|letter|e-?mail|report|message|note|text|"
        r"document|warning|study|audit|review|assessment) (?:say|tell|ask|recommend|propose|"
        r"suggest|call for|urge)\b"
        # what it was spent on: "What did the sheriff's office spend the drug grant on?"
        # ("What is the sheriff's office spending the seized cash on?")
        r"|\bwhat (?:did|does|do|will|would|has|have|is|are|was|were) (?:[\w'-]+ ){1,4}?(?:spend|"
        r"spending|spent|use|using|used) (?:[\w'-]+ ){1,4}?on\s*[?.!]*$"
        # "What did the board members disagree about?", "What is the school board voting on
        # tonight?", "What had the tenant complained about before the fire?"
        r"|\bwhat (?:did|do|does|are|were|is|was|had|has|have) (?:[\w'-]+ ){1,4}?(?:disagree|"
        r"disagreeing|argue|arguing|fight|fighting|clash|clashing|differ|vote|voting|voted|"
        r"decide|deciding|rule|ruling|complain|complained|complaining) (?:about|over|on)\b"
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
        # ... or to give back: "What is the state asking the towns to give back?"
        r"|\bwhat (?:is|are|was|were|did|does|do|has|have) (?:[\w'-]+ ){1,3}?(?:ask(?:ing|ed)?|"
        r"want(?:ing|ed)?|expect(?:ing|ed)?|requir(?:e|ing|ed)) (?:[\w'-]+ ){1,3}?to (?:give "
        r"back|return|repay|pay back|hand back|refund)\b"
    ),
)
