"""The answer a "who" asks for: someone named. A name said as the reply's subject, one who
answers for themself ("I am."), a person or body named by office or role ("The presiding
judge did", "Our legal team", "A trained person on our staff checks every match"), or a
group said first ("Small landlords with fewer than ten units"); not an office as a modifier
("Council business is conducted in the open"), nor many for the one asked about ("Several
contractors worked on it"). Read over the answer as said, with its capitals
(``answer_types.READ_AS_SAID``); ``given`` skips a role the question itself says.
"""

from __future__ import annotations

import re

WHO = re.compile(
    # a name said first, as the whole reply's subject: "Dominion, with a bid of ...",
    # "Raytheon and Boeing." (not a sentence's usual first word)
    r"^(?!(?i:the|a|an|we|i|it|they|that|this|there|our|my|yes|no|well|so|look|what|in|"
    r"on|at|as|every|all|any|some|he|she|you|nobody|none|everyone|both|either|neither|"
    r"sure|okay|ok|listen|yeah|yep|nope|right|again|first|now|then|thanks|thank|good|"
    r"great|fine|please|sir|exactly|correct|true|perhaps|maybe|oh|sorry|anyway|indeed|"
    r"today|here|absolutely|certainly|definitely|probably)\b)"
    r"(?![A-Za-z]+ly\b)[A-Z][a-z]+(?:'s)?(?=[,.;]| and\b)|"
    # "Nobody, as far as I know.": a reply to "who", not a missing name (but "No one has
    # ever interfered with my work" to "Who told you to stop?" answers another question)
    r"^(?i:nobody|no one|none of (?:us|them))(?=[,.;]| did\b)|"
    # the witness names themself: "I am. The system was under my department."
    r"^(?:I am|I'm|I was|We are|We were|It was me|That was me|That's me|Me|Mine|Ours|It "
    r"was mine|It was ours)(?=[,.;!]|\s*$)|"
    # ("Only two: Cubic and ...", "a start-up called FareLoop": the whole name, which
    # is no word of the question's "fare card")
    # "We will." to "Who will pay?", not "We will be discussing it with our partners"
    r"(?<=[a-z,:] )[A-Z][a-z]+(?:[A-Z][a-z]+)*|\b(?:i|we|he|she|they) (?:did|do|will|was)\b"
    r"(?! (?:be|have|need|"
    r"continue|keep|look|work|consider|review|discuss|decide|determine|talk|meet|explore|"
    r"evaluate|see|wait)\b)"
    # "I did, and I stand by it." (not "We will let you know")
    r"|^(?:I|We|He|She|They) (?:did|do|will|was)(?=[.,;!]|\s*$)"
    # a person named by office: "Federal judges sign them", "my deputy did"; not "by a
    # judge" or "any officer", which name nobody
    r"|(?<!\b[Aa] )(?<!\b[Aa]n )(?<!\b[Aa]ny )(?<!\b[Ss]ome )(?<!\b[Ee]very )(?<!\b[Ee]ach )"
    r"(?<!\bacross the )"  # "reviewed its contracts across the board" names nobody
    # "arrangements for public officials" names nobody either
    r"(?<!\bpublic )(?<!\belected )(?<!\bgovernment )(?<!\bother )(?<!\bmany )(?<!\bfor )"
    r"\b(?i:judges?|directors?|secretary|ministers?|president|chair(?:man|woman)?|board|"
    r"counsel|attorneys?|officers?|officials?|deputy|managers?|governor|mayor|council|"
    r"court|ceo|cfo|chief|commissioners?|inspectors?|auditors?|administrators?|"
    r"superintendents?|sheriff|captain|lieutenant|sergeant|commander|treasurer|clerk|"
    r"comptroller|controller|supervisors?|warden|prosecutors?|coroner|trustees?|lawyers?|"
    r"aides?|staffers?)\b"
    # an office as a modifier names nobody: "Council business is conducted in the open"
    r"(?! (?:business|policy|policies|rules|procedures?|practices?|guidelines|protocols?)\b)"
    # one said alone at the start: "The superintendent, by phone.", "The railroad."
    r"|^(?i:the|our|my|his|her|their) (?:(?i:former|then|acting|deputy|assistant|interim|"
    r"new|previous) )?(?!(?i:process|system|decision|matter|question|answer|issue|policy|"
    r"rules?|law|same|latter|former|short|truth|record|facts?|usual|normal|standard|"
    r"reason|details?|point|problem)\b)[a-z][\w-]+(?: [a-z][\w-]+)?(?:'s)?(?=[,.;]|\s*$)"
    # a body described: "A towing company that has a contract with the city." (not "A
    # reputable national bank with decades of experience", which names none)
    r"|^(?i:a|an) (?!(?i:reputable|respected|trusted|well-known|leading|major|large|"
    r"qualified|experienced|reliable|established|national|local)\b)(?:[\w-]+ ){0,2}(?i:company|"
    r"firm|contractor|vendor|developer|lobbyist|donor|union|bank|charity|nonprofit|foundation|"
    # ("A PAC funded mostly by two towing companies with city contracts.")
    r"pac|super pac|law firm)\b(?= (?:that|which|who|owned|run|funded|financed|backed|"
    r"controlled|founded|formed|created|set up)\b)"
    # "The developer's trade group.": one named through whose it is
    r"|^(?i:the|our|my|his|her|their) [a-z][\w-]+'s [a-z][\w-]+(?: [a-z][\w-]+)?(?=[,.;]|\s*$)"
    # a body named as the answer's subject: "The county is paying", "Our legal team did";
    # not "made by teams across the company", "a question for the company"
    r"|^(?i:(?:the|our|my|their|his|her) (?:\w+ )?(?:county|city|state|department|"
    r"agency|company|committee|commission|office|district|ministry|firm|insurer|team|"
    r"union|contractor|vendor|hospital|university|treasury))\b"
    # a person named by role as the subject: "A trained person on our staff checks every
    # match", "Two of our analysts do"
    # (not "A number of people were involved", which names nobody)
    r"|^(?!(?i:a (?:number|lot|variety|range|host|couple) of|many|several|some|various)\b)"
    r"(?i:(?:a|an|the|our|my|one of our|two of our|two|three|four|five|six|seven|eight|"
    r"nine|ten|\d+|several|both) (?:[\w-]+ ){0,3}(?:person|people|guards?|deputies|agents?|"
    r"workers?|teachers?|managers?|supervisors?|inspectors?|"
    r"employees?|staff|staffers?|analysts?|reviewers?|engineers?|specialists?|technicians?|"
    # ("The dam operator on duty, on a call from the state engineer.")
    r"humans?|nurses?|doctors?|clerks?|operators?|dispatchers?|pilots?|drivers?|mechanics?|"
    r"foreman|forewoman|pharmacists?|paramedics?|firefighters?|accountants?|bookkeepers?))\b"
    # a group of people said first: "Small landlords with fewer than ten units" to "For
    # whom was the loan program designed?"
    # "Mostly the two developers who own the land." to "Who benefits from ...?"
    # (not "Several contractors worked on it", many for the one asked about)
    r"|^(?!(?i:several|many|various|numerous|multiple|different|a number of|a lot of|a "
    r"variety of|lots of)\b)"
    r"(?i:(?:mostly |mainly |largely |chiefly |primarily |only |just )?(?:[\w-]+ ){0,3}"
    r"(?:landlords|tenants|renters|families|residents|veterans|"
    r"students|seniors|workers|farmers|homeowners|owners|businesses|patients|children|"
    r"parents|teachers|retirees|immigrants|voters|drivers|developers|investors|"
    r"contractors|donors|lenders|banks|insurers|shareholders|landowners))\b"
)
