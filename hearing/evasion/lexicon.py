"""Hand-written phrase lists for the evasion features.

Each list names one move an analyst recognises (declining, claiming not to know,
deferring, hedging, retreating to generalities). Patterns are regular expressions over
lower-cased text with straight apostrophes; a match is quoted back in the reasons (see
``phrases``), so a flag can always be checked against the words actually said.
"""

from __future__ import annotations

import re

YES_NO_AUX = (
    "is are was were am do does did will would can could should shall have has had may might "
    "must isn't aren't wasn't weren't don't doesn't didn't won't wouldn't can't couldn't "
    "shouldn't haven't hasn't hadn't"
).split()
WH_WORDS = ("what", "why", "how", "when", "where", "who", "whom", "whose", "which")

# How a reply to a yes/no question commits (Circa's "Yes"/"No" classes begin this way).
YES_NO_OPENERS = re.compile(
    r"^(?:well,?\s+|look,?\s+|so,?\s+|oh,?\s+|i mean,?\s+|senator,?\s+|congressman,?\s+|"
    r"congresswoman,?\s+|chairman,?\s+|madam chair,?\s+|mr\.? \w+,?\s+|ms\.? \w+,?\s+)*"
    r"(?:(?:yes|yeah|yep|no|nope|absolutely|certainly|definitely|sure|of course|correct|"
    r"(?:that's|that is) (?:correct|right|true|not true|false|not correct)|not at all|never|"
    r"exactly|"
    r"i agree|i disagree|none|zero|(?:please,?\s+)?go ahead)\b"  # "May I finish?" "Go ahead."
    # "Not yet, Senator." "Not anymore." (Circa: 90 % or more of such replies resolve to no)
    r"|(?:not (?:yet|really|anymore|any more|much|quite|lately|recently|right now|at the "
    r"moment|fully|entirely|completely|always|in full)|partly|partially|in part)"
    r"(?=[.,;!]|\s*$|\s+(?:sir|senator|ma'am|madam|congress\w+|mr\.?|ms\.?|but|and)\b)"
    r"|(?:i|we|it|they|there|he|she|that)(?: (?:do|did|does|will|would|have|has|had|am|are|is|"
    r"was|were|can|could|cannot|should|don't|didn't|doesn't|won't|wouldn't|haven't|hasn't|"
    r"hadn't|isn't|aren't|wasn't|weren't|can't|couldn't|shouldn't)|'m not|'re not|'s not)"
    r"(?:\s+not)?(?=[.,;!]|\s*$|\s+(?:sir|senator|ma'am|madam|congress\w+|mr\.?|ms\.?)\b))"
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
    r"(?:can|could),? but i (?:won't|will not)",
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
    r"(?:wait|waiting) (?:for|until) (?:the|that|we)",
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

# Retreat from a specific agent, time or object to a generic one ("a variety of agencies").
# Vague quantities ("a variety of", "many"): what a generic answer speaks of, and what a
# verb said back about something generic is said about ("briefed on many topics").
QUANTIFIERS = [
    r"\ba (?:variety|number|range|host|wide range|whole range|lot) of\b",
    r"\bvarious\b",
    r"\bnumerous\b",
    r"\bseveral\b",
    r"\bmany\b",
    r"\bsome\b",
    r"\ball kinds of\b",
    r"\ball sorts of\b",
    r"\bmultiple\b",
]
GENERIC = [
    *QUANTIFIERS,
    r"\bdifferent\b",
    r"\bcertain\b",
    r"\b(?:government|federal|state|local|public|law enforcement) (?:agencies|entities|partners|"
    r"bodies|authorities|officials|organizations)\b",
    r"\b(?:customers|partners|stakeholders|folks|people|entities|organizations|"
    r"communities|others|everyone|everybody|anyone)\b",
    r"\bacross the (?:whole |entire )?(?:board|government|industry|country)\b",
    # "the responsibility of the agency as a whole" for "Who at the agency approved it?"
    r"\bas a whole\b",
    # the one asked about made one of many: "a challenge for every hospital in the country",
    # "We receive complaints about every contractor"
    r"\b(?:every|any other|like all) (?:\w+ )?(?:hospitals?|city|cities|county|counties|states?|"
    r"agency|agencies|company|companies|contractors?|departments?|districts?|schools?|"
    r"businesses|business|employers?|governments?|country|countries)\b",
    r"\b(?:appropriate|authorized|relevant|designated) (?:personnel|staff|officials|people|"
    r"parties|individuals)\b",
]

# Retreat from a specific date or period to a vague one ("over the years").
GENERIC_TIME = [
    r"\b(?:over the years|from time to time|at various times|in the past|historically|"
    r"going forward|in the future|at some point|over time|in due course|for some time|"
    r"for a long time|recently|these days|at times)\b",
]

# Talking about one's record or principles instead of the point asked.
PIVOT = [
    r"\bwhat i (?:can|will) (?:tell|say)\b",
    r"\blet me (?:say|tell you|be clear|just say)\b",
    r"\bthe (?:real|more important|bigger|larger) (?:question|issue|point|problem)\b",
    r"\bwhat (?:we|i)(?:'ve| have) (?:done|said)\b",
    r"\bi(?:'ve| have) (?:always )?said\b",
    r"\bas i said\b",
    r"\bthe fact (?:is|of the matter)\b",
    r"\bat the end of the day\b",
    # "What matters now is that the leak is fixed" to "Did the company know before?"
    r"\bwhat (?:really |truly )?matters(?: now| most| here| today)? is\b",
    r"\bthe (?:most )?important thing (?:now |here |today )?is\b",
    r"\bwe(?:'re| are) (?:committed|working|focused|looking at|going to)\b",
    r"\b(?:our|my) (?:priority|commitment|focus|goal)\b",
    r"\bcommitted to\b",
    r"\b(?:i(?:'m| am)|we(?:'re| are)) (?:very |so |extremely )?proud\b",
    r"\bwe take (?:\w+ ){1,4}seriously\b",  # "we take every incident seriously"
    r"\bseriously\b",
    r"\bat the heart of\b",
    r"\b(?:top|highest|first|number one|main|primary|greatest) (?:priority|concern|focus|goal)\b",
    r"\beverything (?:we|i) do\b",
    # effort in place of the result: "Our staff continue to do everything possible"
    r"\b(?:do|does|doing|did|done) (?:everything|all) (?:possible|(?:in )?(?:our|my|their) power|"
    r"(?:we|i|they) (?:can|could))\b",
    # effort and record in place of the result asked for ("Our staff worked tirelessly")
    r"\b(?:work|works|worked|working) (?:very |so |extremely )?(?:hard|tirelessly|around the "
    r"clock|day and night)\b",
    r"\b(?:heroic|incredible|tremendous|extraordinary|outstanding) (?:work|job|effort)\b",
    r"\b(?:an? )?(?:enormous|huge|tremendous|great|incredible) (?:amount|deal) of "
    r"(?:work|effort)\b",
    # the record of keeping people told, in place of what was told: "I've always kept the
    # board fully informed" to "What did you tell the board about the breach?"
    r"\b(?:kept|keep|keeps|keeping) (?:\w+ ){0,3}(?:fully |well |properly |closely )?"
    r"(?:informed|updated|apprised|in the loop)\b",
    r"\b(?:strong|proud|long|excellent|good) (?:track )?record\b",
    # "We have a very constructive relationship with the regulator" for "Has the company paid
    # the fine?"
    r"\b(?:good|great|strong|constructive|productive|close|positive|excellent|solid) "
    r"(?:working )?relationship\b",
    r"\b(?:invested|done|spent|accomplished|achieved) more (?:[\w-]+ ){0,6}than (?:any|ever)\b",
    r"\bi(?:'ve| have) always (?:supported|fought|stood|believed)\b",
    # blame on those before, said first: "The previous administration left that shelter in a
    # condition nobody could defend" to "Who decided to close the shelter?" (on QEvasion, 5
    # answers open so, all evasive; said later in a long answer it is often part of a reply)
    r"^(?:\S+ ){0,15}?(?:(?:the|my|our|this) (?:previous|prior|last|former|past) (?:"
    r"administration|government|council|board|management|director|leadership|owners?|mayor|"
    r"governor)|(?:my|our|his|her|their) predecessors?|(?:i|we) inherited)\b",
    r"\b(?:been|am|are|is) (?:very |fully |extremely |always |completely )*(?:forthcoming|"
    r"transparent)\b",
    # "fully engaged", not "we are engaged in talks with them"
    r"\b(?:been|am|are|is) (?:very |fully |extremely |always |completely )+(?:cooperative|"
    r"engaged)\b",
]

# An appeal to rules or process in place of the fact asked ("we comply with all applicable
# laws" to "Did you share data with ICE?"): testimony's non-denial.
PROCESS = [
    r"\b(?:comply|complies|complied|complying|compliance) with\b",
    r"\bapplicable (?:laws?|rules|regulations|requirements)\b",
    r"\bin (?:line|accordance|keeping) with\b",
    r"\bconsistent with (?:our|the|all|applicable|its|their)\b",
    r"\b(?:follows?|followed|following) (?:the |our |all |every |its |their )?(?:\w+ ){0,2}"
    r"(?:policy|policies|procedures?|process|processes|rules?|guidelines|protocols?|laws?|"
    r"regulations?)\b",
    r"\b(?:rules?|laws?|regulations?|requirements?) that (?:apply|applies)\b",
    r"\b(?:went|goes|go|going) through (?:the |our |a |its )?(?:\w+ ){0,2}(?:process|procedures?"
    r"|channels)\b",
    r"\b(?:as|where) (?:the law (?:requires|allows|permits)|required by law|permitted by law|"
    r"appropriate)\b",
    r"\blawful (?:requests?|process|orders?)\b",
    r"\bthe (?:procedures|rules|process|processes|policies) (?:in place|that apply)\b",
    # "We have strict anti-bribery policies" to "Has your company ever paid an official?"
    r"\b(?:we|i) (?:have|maintain|enforce) (?:very |extremely )?(?:strict|robust|rigorous|"
    r"strong|stringent|tough|comprehensive|zero[- ]tolerance) (?:[\w-]+ ){0,2}(?:policy|"
    r"policies|procedures|controls|safeguards|rules|standards)\b",
    # "The water meets all federal standards" to "Is the water safe to drink?"
    r"\b(?:meets?|exceeds?|exceeded) (?:all |every )?(?:applicable |relevant )?(?:(?:federal|"
    r"state|local|industry|safety|legal|international|environmental) )*(?:standards?|"
    r"requirements?)\b",
    # "We will continue to work with the committee" to "Will you release the report?": a
    # promise of process, not the commitment asked for
    r"\b(?:continue|continuing|keep) (?:to )?work(?:ing)? (?:closely |together )?with "
    r"(?:the |this |your )?(?:committee|congress|office|staff|members|chair(?:man|woman)?|you)\b",
    # "All meetings with vendors are logged according to our ethics policy"
    r"\baccording to (?:the |our |its |their |all )?(?:\w+ ){0,2}(?:policy|policies|procedures?|"
    r"rules|laws?|guidelines|protocols?|regulations)\b",
    # "The trip was reviewed by the ethics office" to "Who paid for your trip?"
    r"\b(?:reviewed|approved|cleared) by (?:the |our )?(?:\w+ ){0,2}(?:office|committee|counsel|"
    r"board|lawyers|attorneys|department|team|staff|unit)\b",
    # "All of my donations were properly reported and fully legal" to "Will you return them?"
    r"\b(?:properly|fully|legally|duly) (?:reported|disclosed|documented|vetted|recorded|"
    r"approved|licensed|permitted)\b",
    r"\b(?:fully|perfectly|entirely|completely) (?:legal|lawful|appropriate|proper)\b",
    # an assurance of manner in place of the fact: "The fund is being managed responsibly"
    r"\b(?:managed|handled|run|administered|spent) (?:\w+ )?(?:responsibly|appropriately|"
    r"properly|prudently|carefully|lawfully)\b",
    # a power in place of the act asked about: "Pardons are a power the constitution gives
    # to the governor alone" to "Did the governor approve the pardon?"
    r"\b(?:the constitution|the law|the statute|the charter) (?:gives|grants|allows|permits)\b",
    # the terms in place of what was done under them: "Payments follow the schedule set out
    # in each contract" to "Did you pay the consultant before the work was delivered?"
    r"\b(?:set out|laid out|spelled out|provided for|specified|stipulated) in (?:the |each |every "
    r"|our |its |their |all )?(?:\w+ )?(?:contracts?|agreements?|rules|polic(?:y|ies)|statutes?|"
    r"laws?|regulations|guidelines|charter)\b",
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
