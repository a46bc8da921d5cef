"""Hand-written phrase lists for the evasion features.

Each list names one move an analyst recognises (declining, claiming not to know, deferring,
hedging; the retreats to generalities, record and process are in ``retreats``). Patterns
are regular expressions over lower-cased text with straight apostrophes; a match is quoted
back in the reasons (see ``phrases``), so a flag can always be checked against the words
actually said.
"""

from __future__ import annotations

import re

# the answer-side retreats (generalities, vague times, pivots, process) live in their own
# module; they are compiled here with the other lists
from hearing.evasion.retreats import GENERIC, GENERIC_TIME, PIVOT, PROCESS, QUANTIFIERS

YES_NO_AUX = (
    "is are was were am do does did will would can could should shall have has had may might "
    "must isn't aren't wasn't weren't don't doesn't didn't won't wouldn't can't couldn't "
    "shouldn't haven't hasn't hadn't"
).split()
WH_WORDS = ("what", "why", "how", "when", "where", "who", "whom", "whose", "which")

# Where a committing opener ends: at punctuation, the end, an address or a conjunction
# ("Not yet, Senator.", "I agree, but ...")
_OPENER_ENDS = r"(?=[.,;:!]|\s*$|\s+(?:sir|senator|ma'am|madam|congress\w+|mr\.?|ms\.?|but|and)\b)"

# How a reply to a yes/no question commits (Circa's "Yes"/"No" classes begin this way).
YES_NO_OPENERS = re.compile(
    r"^(?:well,?\s+|look,?\s+|so,?\s+|oh,?\s+|i mean,?\s+|senator,?\s+|congressman,?\s+|"
    r"congresswoman,?\s+|chairman,?\s+|madam chair,?\s+|mr\.? \w+,?\s+|ms\.? \w+,?\s+)*"
    r"(?:(?:yes|yeah|yep|no|nope|absolutely|certainly|definitely|sure|of course|correct|"
    r"(?:that's|that is) (?:correct|right|true|not true|false|not correct)|not at all|never|"
    r"exactly|"
    r"none|zero|(?:please,?\s+)?go ahead)\b"  # "May I finish?" "Go ahead."
    # "I agree (with you)." commits; "I disagree with a number of the auditor's conclusions"
    # to "Are you going to repay ...?" disputes something else
    r"|i (?:do |don't |do not |would |wouldn't |would not |certainly |fully )?(?:dis)?agree"
    r"(?: (?:completely|entirely|fully|totally|strongly|wholeheartedly))?"
    r"(?: with (?:you|that|this|it|him|her|them|the (?:senator|chair\w*|congress\w+)))?"
    + _OPENER_ENDS
    +
    # "Not yet, Senator." "Not anymore." (Circa: 90 % or more of such replies resolve to no)
    r"|(?:not (?:yet|really|anymore|any more|much|quite|lately|recently|right now|at the "
    r"moment|fully|entirely|completely|always|in full)|partly|partially|in part|"
    # "Not a cent." to "Has the state repaid the money?"; "Not once."
    r"not (?:a (?:single )?(?:cent|penny|dime|dollar|one|thing|bit)|one|once|ever|even close)|"
    # a share of them: "Not all of them. About four hundred families are still waiting."
    r"not (?:all|every one|everyone)(?: of (?:them|it|us))?|(?:only )?(?:some|most|half|a few) "
    r"of (?:them|it))"
    + _OPENER_ENDS
    + r"|(?:i|we|it|they|there|he|she|that)(?: (?:do|did|does|will|would|have|has|had|am|are|is|"
    r"was|were|can|could|cannot|should|don't|didn't|doesn't|won't|wouldn't|haven't|hasn't|"
    r"hadn't|isn't|aren't|wasn't|weren't|can't|couldn't|shouldn't)|'m not|'re not|'s not)"
    # ("She did: eight million dollars, in two installments.")
    r"(?:\s+not)?(?=[.,;:!]|\s*$|\s+(?:sir|senator|ma'am|madam|congress\w+|mr\.?|ms\.?)\b"
    # "We did until last year.", "It has, twice.": a yes bounded in time or count
    r"|\s+(?:until|till|up until|once|twice|at first|back then|previously|in the past|"
    r"for (?:years|a while|a time))\b))"
)

# Thanks right after an opening yes/no ("Yes, thank you, Senator.", "No, thanks. A couple of
# points"): the asker is thanked, nothing is answered. QEvasion's 6 yes/no questions
# answered so are all evasive.
ACKNOWLEDGEMENT = re.compile(
    r"[\s,.;!-]*(?:(?:sir|ma'am|senator|chairman|madam chair|congress\w+|mr\.? \w+|ms\.? \w+)"
    r"[\s,.;!-]*)?(?:thanks|thank you)(?:\s+for\b[^.!?;]*)?"
    r"(?=\s*(?:[,.;!]|$))"  # a phrase of its own: not "Yes, thank you all for coming."
)

# A committing yes/no somewhere early ("Go ahead. Yes, I do think so."; "the answer is no").
YES_NO_EARLY = re.compile(
    r"\b(?:yes|yeah|yep|no|nope|absolutely|certainly|definitely|sure|of course|correct|"
    r"exactly|not at all|not really|not yet|not anymore|not any more|"
    r"i do|i don't|i did|i didn't|i will|i won't|we will|we won't|"
    r"(?:i|we) (?:do|did|will|would|have|am|are|can|could|should) not|i'm not|we're not|"
    r"(?:absolutely|certainly|definitely|of course) not|"
    r"(?:it's|that's|it is|that is) (?:just |simply )?(?:not )?(?:true|correct|accurate|false)|"
    r"(?:it|that) (?:isn't|wasn't|is not|was not) (?:true|correct|accurate)|"
    r"i think so|i don't think so|i hope so|i doubt it|i agree|i disagree|"
    # a qualified no or yes, the witness's hedge: a reply, but hedged
    r"not to my knowledge|not that i(?:'m| am) aware of|not that i know of|not as far as i know|"
    r"i (?:don't )?believe so)"
    r"(?=[.,;!:?—–-]|\s+(?:sir|ma'am|i|we|it|that|and|but|because)\b)"
    r"|\bthe (?:short |simple )?answer is,?:? (?:yes|no)\b"
)

# Talking about the parts of a multi-part question ("what was the second part?").
MULTIPART = [
    r"\b(?:first|second|third|last|other|latter|final) (?:part|half|question|point)\b",
    r"\bpart(?:s)? of (?:your|the|that) question",
    r"\byour (?:two|three|several|many|multiple|multi-?part) ?(?:part )?questions?\b",
    r"\bwhat (?:was|is|were) (?:your|the) (?:\w+ )?question",
    r"\b(?:repeat|remind me of) (?:the|your) (?:\w+ )?(?:question|part)",
    r"\b(?:a |the )?(?:two|three|multi)-part question",
]

# Announcing an answer instead of giving it ("let me tell you", "i'll tell you what").
OPENERS = re.compile(
    r"^(?:well|look|so|listen|you know|first of all|let me|first|i mean|of course|"
    r"as i said|again|okay|ok|thank you|thanks)\b"
)
TELL_YOU = [
    r"\b(?:i'll|i will|let me|i can|i'd|i would) (?:just )?(?:tell|say to|remind) (?:you|this)\b",
    r"\b(?:here's|here is) (?:what|the thing)\b",
    r"\blet me (?:answer|start|be clear|put it|just say|finish|explain)\b",
    r"\bi (?:answered|addressed) (?:that|this|it)\b",
]
FUTURE = [r"\b(?:will|won't|going to|gonna|'ll)\b"]

REFUSAL = [
    r"(?:i'm|i am|we're|we are) not (?:going|able|prepared|in a position) to "
    r"(?:comment|discuss|get into|go into|speak|talk|speculate|answer|share|disclose|"
    r"characterize|tell you|say|reveal|get ahead)",
    r"not in a position to (?:\w+ ){0,2}(?:discuss|comment|say|share|disclose|speak|answer)",
    r"(?:i|we) (?:won't|will not|can't|cannot|couldn't|wouldn't|would not|don't) "
    r"(?:comment|discuss|get into|go into|speculate|characterize|disclose|share|talk about)",
    r"(?:no|without) comment",
    r"(?:i|we) (?:would|will|'d) (?:rather|prefer) not",
    r"(?:i|we) (?:don't|do not) (?:comment|discuss|talk about|speculate)",
    r"(?:that's|that is|those are) (?:a |an )?(?:confidential|classified|privileged|proprietary|"
    r"internal|personnel|legal) (?:matter|information|issue|discussion)s?",
    r"(?:can't|cannot|can not|couldn't) (?:\w+ ){0,2}(?:discuss|disclose|share|comment|speak to)",
    r"(?:ongoing|pending) (?:investigation|litigation|review|matter)",
    # ... said the other way round: "The investigation is ongoing and I can't get ahead of it."
    r"(?:investigation|inquiry|probe|litigation) (?:is|remains) (?:still )?(?:ongoing|pending|"
    r"underway|under way|open|active)",
    r"(?:can't|cannot|won't|will not|don't|do not) (?:want to )?get ahead of (?:it|that|this|"
    r"the|any)\b",
    r"i'm not going to (?:\w+ ){0,3}(?:that|this|it|those)",
    # "not going to negotiate" is a stance ("... with terrorists"), not declining to answer
    r"not going to (?:answer|respond)",
    r"(?:decline|refuse) to (?:answer|comment|discuss|speculate)",
    r"hypothetical",
    # a claim of privilege: "My conversations with the President are privileged."
    r"(?:conversations?|discussions?|communications?|deliberations?|advice) (?:\w+ ){0,5}"
    r"(?:are|is|were|was|remain|remains) (?:privileged|confidential)",
    r"(?:executive|attorney-client|deliberative(?:[- ]process)?) privilege",
    r"(?:i|we) (?:won't|will not) be (?:discussing|commenting|talking about|getting into|"
    r"going into|rendering|previewing|negotiating|announcing)",
    r"(?:i|we) (?:don't|do not) (?:want|wish|intend|plan|care) to (?:\w+ ){0,2}(?:discuss|talk|"
    r"comment|say|get into|go into|speculate|characterize|reveal|disclose|announce|telegraph|"
    r"preview|step on|negotiate|weigh in|prejudge|get ahead)",
    r"(?:i'm|i am|we're|we are) not going to (?:(?:publicly|specifically|further|now|here|"
    r"today|really) )?(?:talk about|discuss|comment|get into|go into|reveal|disclose|announce|"
    r"preview|telegraph|weigh in|prejudge|get ahead)",
    r"(?:can't|cannot|won't|will not|not going to) weigh in",
    r"(?:maintain|keep|respect) (?:the |their |his |her )?confidentiality",
    # "personnel matters are handled confidentially" to "Has anyone been fired?"
    r"(?:personnel|disciplinary|employment|hr) matters? (?:are|is) (?:\w+ )?(?:handled|kept|"
    r"treated|dealt with) (?:confidentially|in confidence|privately)",
    r"(?:can|could),? but i (?:won't|will not)",
    # "My testimony speaks for itself." to "Is it your testimony that no one saw it?"
    r"(?:testimony|record|statement|answer|letter|report|document|decision)s? speaks? for "
    r"(?:itself|themselves)",
    r"(?:i'm|i am) not (?:responding|answering)",
    r"(?:can't|cannot|won't) answer (?:that|the question|your question|it)",
]

IGNORANCE = [
    r"(?:i|we) (?:don't|do not|didn't|did not) (?:know|recall|remember|have (?:that|those|the|"
    r"any|a) (?:\w+ )?(?:number|figure|detail|information|data|answer)s?)",
    r"(?:i|we)(?:'d| would| will|'ll) (?:have|need) to (?:check|look|get back|find out|"
    r"go back|review|confirm|verify|consult|see)",
    r"(?:i'm|i am) not (?:sure|certain|aware|familiar)",
    r"not (?:aware|familiar) (?:of|with)",
    r"(?:i|we) (?:have|had) no (?:idea|knowledge|information|recollection)",
    r"(?:i|we) (?:can't|cannot|couldn't|could not) (?:recall|remember|say for sure|tell you)",
    r"(?:don't|do not) have (?:that|the|those|this) (?:\w+ )?(?:in front of me|with me|"
    r"information|number|figure|detail)",
    r"to the best of my (?:knowledge|recollection)",
    r"(?:no|not) (?:first-?hand|direct) knowledge",
    r"i'm not the (?:right )?(?:person|one) to",
    # "I haven't seen it." / "... the report" - not "we have not seen this sort of growth"
    r"(?:i|we) (?:haven't|have not|hadn't|had not) (?:yet )?(?:seen|read|heard|looked at|studied) "
    r"(?:(?:it|that|this|them|those)(?=[.,;:!?\u2014]| yet| myself| ourselves| personally|$)|"
    r"the (?:\w+ )?(?:reports?|story|article|letter|memo|comments?|remarks|statement|tweet|video|"
    r"details|poll|study|picture|piece|interview|data|numbers|proposal|bill|text|language))\b",
    r"(?:i|we) (?:haven't|have not|hadn't|had not) (?:yet )?(?:been (?:told|briefed|informed)|"
    r"had (?:a|the) chance to)",
    r"(?:i|we) (?:didn't|did not) (?:hear|see|read) (?:that|it|this|about)\b",
    r"(?:i'm|i am|we're|we are) not being (?:told|briefed|informed)",
    r"(?:i'm|i am) not (?:involved|privy|briefed)",
    r"(?:wasn't|was not|weren't|were not) (?:aware|told|informed|briefed)",
    r"first (?:i've|i have|time i've|time i have|time i) heard",
    r"news to me",
]

DEFERRAL = [
    r"(?:get|come) back to you",
    r"follow up (?:with you|in writing|on that)",
    r"(?:in|for the) (?:written|the) record",
    r"(?:i|we)(?:'d| would| will|'ll) (?:refer|defer) (?:you )?to",
    # "I can't speak for the regional office": the question belongs to someone else
    r"(?:i|we) can(?:'t|not) speak (?:for|to) (?:the|my|our|what|why|how|whether|other|another|"
    r"him|her|them|that|individual|any)",
    r"(?:refer|defer) (?:you |that )?to (?:the|my|our)",
    r"(?:ask|question for|better asked of|direct that to) (?:the|my|our) (?:\w+ ){0,2}"
    r"(?:department|agency|team|colleagues|counsel|staff|general counsel|office|secretary)",
    r"(?:that's|that is) (?:a question|something) (?:for|better (?:asked|addressed|directed))",
    r"(?:we'll|we will|i'll|i will) (?:take (?:that|it) back|look into (?:it|that)|"
    r"have (?:my|our) (?:team|staff|office))",
    # wait and see - not "we will see more inspectors next year"
    r"(?:we'll|we will|let's) see(?=[.,;:!?\u2014]| what| how| whether| if| where| about| when|"
    r" who| which|$)",
    # (not "signed off without waiting for the inspector", "instead of waiting for")
    r"(?<!without )(?<!instead of )(?<!rather than )(?<!\bnot )(?<!no longer )"
    r"(?:wait|waiting) (?:for|until) (?:the|that|we)\b",
    r"(?:too early|premature) to (?:say|tell|comment|judge|speculate)",
    r"(?:remains to be|yet to be) (?:seen|determined|decided)",
    r"(?:when|once) (?:the|that) (?:review|investigation|process) is (?:complete|done|finished)",
    # "once the process has run its course"; "We'll consider what is appropriate to release"
    r"(?:when|once|until|after) (?:the|that|this) (?:review|investigation|process|inquiry|audit) "
    r"(?:has run its course|runs its course|concludes|has concluded|is over)",
    r"(?:we'll|we will|i'll|i will) (?:consider|decide|determine) what (?:is|would be) "
    r"(?:appropriate|possible|right)",
    r"(?:you'd|you would|you'll|you will|you're going to|you have to) (?:have to |need to )?"
    r"(?:ask|check with)",
    r"(?:be|been|being) (?:announced|unveiled|released) (?:\w+ ){0,2}(?:shortly|soon|later|"
    r"tomorrow|next week|in the coming|at the appropriate time)",
    r"(?:i'll|we'll|i will|we will|i'm going to|we're going to) (?:be )?(?:present|announce|"
    r"unveil|lay out|release|making|make) (?:\w+ ){0,3}(?:later|soon|shortly|tomorrow|"
    r"next week|in the coming|at the appropriate time|announcements?)",
    r"(?:haven't|have not|hasn't|has not) (?:yet )?(?:been )?(?:decided|made (?:a|that|the|any|"
    r"a final) (?:decision|determination))",
    r"no (?:final )?decisions? (?:has|have) been made",
    # the answer made someone else's or something else's: "Whether clinics reopen depends on
    # the budget, and the budget is up to the legislature" (QEvasion: 42 answers, 74 % evasive)
    r"\bdepends on (?:the|what|whether|how|a number|many)\b",
    # a review still going on, in place of its finding: "The blackout is something the
    # utility is reviewing along with the regulator"
    r"\b(?:is|are|'re|'s) (?:still |currently |now )?(?:reviewing|looking into|examining)\b",
    r"\b(?:is|are) (?:still |currently |now )?being (?:looked (?:at|into)|reviewed|examined)\b",
    r"\b(?:is|are|remains?) (?:still |currently |now )?under (?:review|investigation)\b",
    # facts still being gathered, or gathered to decide later: "We're gathering information
    # to decide on next steps." to "What is the school board doing about the mold?"
    r"\bstill (?:gathering|collecting)\b",
    r"\b(?:gather|gathering|collect|collecting) (?:more |all (?:the )?|the )?(?:information|facts|"
    r"data|evidence)(?: \w+){0,3} (?:to|before|so (?:we|that)) (?:decide|deciding|determine|"
    r"determining|make a decision|making a decision)\b",
    r"\b(?:decide|deciding|determine|determining|weigh|weighing) (?:on |about )?(?:the |our |any "
    r"|possible )?(?:appropriate |best |right )?next steps?\b",
    r"\b(?:is|are|will be|it's|that's|'s) up to (?:the|congress|parliament|them|him|her|each|"
    r"every|individual)\b",
    r"(?:make|made|making) (?:that|the|this|those|a) decisions? (?:at the time|when the time "
    r"comes|at the appropriate time|later)",
]

HEDGES = [
    r"\bi think\b",
    r"\bi believe\b",
    r"\bmaybe\b",
    r"\bperhaps\b",
    r"\bpossibly\b",
    r"\bprobably\b",
    r"\bsort of\b",
    r"\bkind of\b",
    r"\bgenerally\b",
    r"\bin general\b",
    r"\btypically\b",
    r"\bto some extent\b",
    r"\b(?:to|of) (?:my|our) knowledge\b",
    r"\bas far as i (?:know|am aware|'m aware)\b",
    r"\bmore or less\b",
    r"\bit depends\b",
    r"\bin some cases\b",
    r"\bat times\b",
    r"\bi would say\b",
    r"\bi guess\b",
    r"\bcould be\b",
    r"\bmight\b",
    r"\bsomewhat\b",
    r"\bbroadly\b",
    # "Waits vary a great deal from day to day" to "How long did patients wait?"
    r"\b(?:varies|vary|varied) (?:a (?:great deal|lot)|widely|greatly|considerably|enormously|"
    r"from \w+ to)\b",
]

REFUSAL_RE = [re.compile(p) for p in REFUSAL]
MULTIPART_RE = [re.compile(p) for p in MULTIPART]
TELL_YOU_RE = [re.compile(p) for p in TELL_YOU]
FUTURE_RE = [re.compile(p) for p in FUTURE]
IGNORANCE_RE = [re.compile(p) for p in IGNORANCE]
DEFERRAL_RE = [re.compile(p) for p in DEFERRAL]
HEDGE_RE = [re.compile(p) for p in HEDGES]
GENERIC_RE = [re.compile(p) for p in GENERIC]
QUANTIFIER_RE = GENERIC_RE[: len(QUANTIFIERS)]
GENERIC_TIME_RE = [re.compile(p) for p in GENERIC_TIME]
PIVOT_RE = [re.compile(p) for p in PIVOT]
PROCESS_RE = [re.compile(p) for p in PROCESS]

FIRST_PERSON = frozenset("i me my mine myself".split())
WE = frozenset("we us our ours ourselves".split())
THIRD = frozenset("they them their theirs he him his she her".split())
NEGATIONS = frozenset("not no never nothing none nobody n't don't didn't won't can't isn't".split())

STOPWORDS = frozenset(
    """a an the and or but if then so of to in on at by for with about as from into over
    under up down out is are was were be been being am do does did doing have has had having
    will would shall should can could may might must i me my we us our you your he him his she
    her it its they them their this that these those there here what which who whom whose why
    how when where not no yes all any some more most other such than too very just also only
    own same both each few again further once s t don now let lets get got go going gonna
    want think know say said tell thing things way well really mr mrs ms sir madam one would
    can't don't won't isn't aren't didn't doesn't i'm you're we're they're it's that's
    there's i've we've you've i'll we'll you'll i'd we'd you'd make made going done see
    look like mean""".split()
)
