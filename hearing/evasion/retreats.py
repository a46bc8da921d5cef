"""The retreats: phrase lists for answers that give up what was asked for something safer to
say. Generalities in place of the one asked about ("a variety of government agencies" for
"ICE"), a vague time for a date, one's own record or priorities in place of the point, and
rules or process in place of the fact ("we comply with all applicable laws"). Testimony's
non-denials are mostly these; ``lexicon`` compiles them with the other lists.
"""

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
_COUNTED = r"(?<!\d )" + "".join(
    rf"(?<!\b{n} )"
    for n in (
        "two three four five six seven eight nine ten eleven twelve fifteen twenty thirty "
        "forty fifty hundred thousand million billion dozen"
    ).split()
)
GENERIC = [
    *QUANTIFIERS,
    r"\bdifferent\b",
    r"\bcertain\b",
    r"\b(?:government|federal|state|local|public|law enforcement) (?:agencies|entities|partners|"
    r"bodies|authorities|officials|organizations)\b",
    # (not counted: "below four people per bus", "about 50 people from Congress"; QEvasion:
    # 140 answers, 64 % evasive against 69 % for all)
    r"\b" + _COUNTED + r"(?:customers|partners|stakeholders|folks|people|entities|"
    r"organizations|communities|others|everyone|everybody|anyone)\b",
    # "Overtime across the police department went down" for "How much did the chief claim?"
    r"\bacross the (?:whole |entire |[a-z]+ )?(?:board|government|industry|country|department|"
    r"agency|administration|organi[sz]ation|company|city|state|region|system|force|county|"
    r"district|nation|network|province|borough|parish|township|town|village|municipality)\b",
    # "something we are modernising across the entire agency" for "Where are the laptops?"
    r"\b(?:across|throughout) (?:the|our|this) (?:whole|entire) \w+",
    # "part of a wider program of testing across the district" (QEvasion: 21 answers, 76 %
    # evasive)
    r"\bpart of (?:a|an|the|our|its|their) (?:much )?(?:wider|broader|larger|bigger|overall|"
    r"ongoing|regular|routine|comprehensive|whole)\b",
    # the one asked about made one of a great number: "the vaccine shipment is one of
    # thousands we handle every year" (QEvasion: 2 and 3 answers, all evasive)
    r"\bone of (?:the )?(?:thousands|hundreds|millions|dozens|many)\b",
    r"\b(?:thousands|hundreds|millions|dozens) of \w+ (?:\w+ )?(?:every|each|a) (?:year|day|"
    r"week|month)\b",
    # the responsibility spread: "safety is a shared responsibility"
    r"\b(?:a|is|our) (?:shared|collective|joint) responsibility\b",
    # "Protecting our wetlands is a responsibility we share with many partners."
    r"\bresponsibility (?:that |which )?(?:we|they|all of us|everyone) (?:all )?shares?\b",
    # "the responsibility of the agency as a whole" for "Who at the agency approved it?"
    r"\bas a whole\b",
    # the one asked about made one of many: "a challenge for every hospital in the country",
    # "We receive complaints about every contractor"
    r"\b(?:every|any other|like all) (?:\w+ )?(?:hospitals?|clinics?|city|cities|county|counties|"
    r"states?|"
    r"agency|agencies|company|companies|contractors?|departments?|districts?|schools?|"
    r"businesses|business|employers?|governments?|country|countries|records?|requests?|cases?|"
    r"contracts?|payments?|events?|audits?|complaints?|reports?|files?|documents?|employees?|"
    r"vendors?|patients?|students?|applications?|projects?|claims?)\b",
    # "mistakes can occur in any large health system" (QEvasion: 14 answers, 86 % evasive)
    r"\b(?:in|at|for|to|with) any (?:[\w-]+ ){0,2}(?:systems?|organi[sz]ations?|institutions?|"
    r"hospitals?|agenc(?:y|ies)|compan(?:y|ies)|business(?:es)?|cit(?:y|ies)|departments?|"
    r"countr(?:y|ies)|government|administration|democrac(?:y|ies)|society)\b",
    r"\b(?:appropriate|authorized|relevant|designated) (?:personnel|staff|officials|people|"
    r"parties|individuals)\b",
    # the instance made a daily routine: "Shelter staff make very difficult decisions every
    # single day." to "Would it be fair to say the shelter euthanized dogs that ...?"
    # (QEvasion: 33 answers with these, 88 % evasive against 70 % for all)
    r"\b(?:every single day|each and every day|day in and day out|day after day)\b",
    # ... and its hardship in place of the act (37 answers, 86 % evasive)
    r"\b(?:difficult|hard|tough|painful|heartbreaking|agonizing|agonising|split-second) "
    r"(?:decisions|choices|calls|judgments|judgements)\b",
    # the one asked about made one of a flood: "The department receives a high volume of
    # correspondence." to "Did anyone at the department read the firm's warning letter?"
    r"\ba (?:very )?(?:high|large|huge|enormous|tremendous|massive|heavy|great|steady) volume "
    r"of\b",
    # a standing assurance for all of a class: "Inmates always have access to medical care."
    # to "Is it correct that the jail's medical unit went without a doctor for six weeks?"
    r"\b(?:always|at all times) (?:have|has) (?:full |ready )?access to\b",
    # an amount said as a size: "a significant investment" to "How much did it cost?"
    r"\ba (?:significant|substantial|considerable|sizeable|sizable|major|large) (?:investment|"
    r"amount|sum|share|number|portion|part|expense|cost)\b",
]

# Retreat from a specific date or period to a vague one ("over the years").
GENERIC_TIME = [
    r"\b(?:over the years|from time to time|at various times|in the past|historically|"
    r"going forward|in the future|at some point|over time|in due course|for some time|"
    r"for a long time|recently|these days|at times)\b",
]

# who professes trust, opening the answer: "I", "The commissioner", "Our fire chief"
_TRUSTING = r"^(?:i|we|he|she|they|(?:the|our|my|this|his|her|their|its) (?:[\w-]+ ){0,3}?[\w-]+) "

# Talking about one's record or principles instead of the point asked.
PIVOT = [
    r"\bwhat i (?:can|will) (?:tell|say)\b",
    r"\bwhat i(?:'m| am) (?:telling|saying to) (?:you|the committee|this committee)\b",
    r"\blet me (?:say|tell you|be clear|just say)\b",
    r"\bthe (?:real|more important|bigger|larger) (?:question|issue|point|problem)\b",
    r"\bwhat (?:we|i)(?:'ve| have) (?:done|said)\b",
    r"\bi(?:'ve| have) (?:always )?said\b",
    r"\bas i said\b",
    r"\bthe fact (?:is|of the matter)\b",
    r"\bat the end of the day\b",
    # "What matters now is that the leak is fixed" to "Did the company know before?"
    r"\bwhat (?:really |truly )?matters(?: now| most| here| today)? is\b",
    # sympathy in place of the fact: "Our hearts go out to every family affected" (QEvasion:
    # 4 answers, 3 evasive)
    r"\b(?:hearts?|thoughts|prayers) (?:go|goes|went|are) (?:out )?(?:to|with)\b",
    # "a positive campaign focused on the issues that matter to voters" to "Did your campaign
    # pay for the mailers?"
    r"\b(?:issues|things|priorities) that (?:really |truly )?matter(?: most)? to\b",
    # "The council believes in transparency, and any release will be handled with the
    # public's interest in mind" to "Will the council release the agreement?"
    r"\bbelieves? (?:strongly |deeply |firmly )?in (?:transparency|accountability|openness|"
    r"fairness|the rule of law)\b",
    r"\bwith (?:the |our |their |its |everyone's )?(?:[\w'’-]+ ){0,2}(?:best )?interests? "
    r"(?:at heart|in mind|first)\b",
    r"\bthe (?:most )?important thing (?:now |here |today )?is\b",
    r"\bwe(?:'re| are) (?:committed|working|focused|looking at|going to)\b",
    # "we have been working with retailers ..." (QEvasion: 26 answers, 85 % evasive)
    r"\bwe(?:'ve| have) been (?:working|focused|committed)\b",
    # the record in place of the case: "The relief fund has helped hundreds of local
    # businesses survive" to "Has any of it gone to council members' companies?"
    r"\b(?:has|have|had) (?:already )?(?:helped|served|supported|assisted|reached) "
    r"(?:hundreds|thousands|millions|tens of thousands|countless) of\b",
    # good faith in place of the fact: "has always made the safety of children a priority",
    # "the best decision I could with the information I had at the time" ("did everything
    # in its power" is not: QEvasion, 6 answers, 67 % evasive)
    r"\bmade (?:[\w'-]+ ){1,5}a (?:top |high |real |major |key )?priority\b",
    r"\bwith the (?:information|facts|knowledge) (?:i|we|he|she|they) had\b",
    # "Both sides came to the table in good faith." (QEvasion: 29 answers, 79 % evasive)
    r"\bin good faith\b",
    # standards and cooperation professed: "The lab maintains the highest standards of
    # scientific integrity" (QEvasion: 6 answers with "highest standards", 83 % evasive), "I
    # cooperated fully with the inspector general" (5, 80 %)
    r"\bhighest (?:\w+ )?standards\b",
    r"\b(?:cooperated|cooperating|cooperate) fully\b|\bfully cooperat\w*|\bfull cooperation\b",
    # "Patient safety was at the center of every decision we made"
    r"\bat the (?:center|centre|core) of (?:every|all|everything|our|what)\b",
    # "The jail works closely with the fire marshal" (QEvasion: 11 answers, 82 % evasive)
    r"\b(?:works?|working|worked) (?:closely|cooperatively|collaboratively) with\b",
    r"\b(?:our|my) (?:priority|commitment|focus|goal)\b",
    # a commitment professed ("The hospital remains deeply committed to ..."), not money
    # "committed to the spring projects" (QEvasion: 39 answers, 80 % evasive, against 85 at
    # 77 % for any "committed to")
    r"\b(?:we|i|they|he|she|who|everyone|everybody)(?:'re|'m| are| am| is| remain| remains| have "
    r"been| were| was)? (?:fully |deeply |absolutely |very |totally |firmly |strongly )?"
    r"committed to\b",
    r"\b(?:remain|remains|remained|stay|stays) (?:\w+ )?committed to\b",
    # any subject: "The board is committed to keeping ..." (QEvasion: 47 answers, 83 %
    # evasive), but not money: "The rest is committed to the spring projects"
    r"\b(?!(?:rest|money|funds?|balance|remainder|budget|amount|dollars|it|which|that|grant|sum|"
    r"cash|share|half|most|all|much|some|part)\b)[a-z]+(?:'s)? (?:is|are|was|were) (?:\w+ )?"
    r"committed to\b",
    r"\b(?:fully|deeply|absolutely|very|totally|firmly|strongly|completely|wholly) committed to\b",
    r"\b(?:i(?:'m| am)|we(?:'re| are)) (?:very |so |extremely )?proud\b",
    # trust professed as the whole reply: "I have full confidence in the fire marshal." (only
    # opening it: QEvasion's 35 answers with "have ... confidence in" anywhere are evasive at
    # its base rate, 69 %)
    # ... or said of another: "The commissioner has full confidence in the officers
    # involved.", "The chief continues to have the full confidence of the mayor."
    _TRUSTING + r"(?:has|have|continues to have|continue to have|still has|still have|'ve got) "
    r"(?:full |complete |total |every |the utmost |absolute )?confidence in\b",
    _TRUSTING + r"(?:has|have|continues to have|continue to have|still has|still have|retains?|"
    r"enjoys?) the (?:full |complete |total |unwavering |absolute )?(?:confidence|trust) of\b",
    r"\bwe take (?:\w+ ){1,4}seriously\b",  # "we take every incident seriously"
    # values professed, opening the reply: "We value every customer and want every bill to
    # be right." to "Has the utility refunded the customers it double-billed?"
    r"^(?:we|i) (?:deeply |truly |really |greatly )?(?:value|respect|appreciate) (?:every|each|"
    r"all|our)\b",
    # the subject made a topic of one's own work: "Asset management is something we are
    # modernising" for "Where are the laptops now?" (QEvasion: 82 answers, 82 % evasive)
    # "... is something our engineers evaluate on an ongoing basis"
    # "... is something this administration cares deeply about"
    r"\b(?:is|are) (?:something|a problem|an issue|a challenge|a matter) (?:that )?(?:we|i|"
    r"(?:the|our|this|my|their) [\w-]+ [a-z]+)\b",
    # "always treated with the seriousness they deserve"
    r"\bwith the (?:seriousness|care|attention|respect|urgency|priority) (?:it|they|that|this|"
    r"each|every \w+) (?:deserves?|warrants?|merits?)\b",
    # "the health of our soldiers always comes first"
    r"\b(?:always |will always )?comes? first\b",
    r"\bseriously\b",
    r"\bat the heart of\b",
    r"\b(?:top|highest|first|number one|main|primary|greatest) (?:priority|concern|focus|goal)\b",
    # "The safety of our visitors and animals is paramount." (QEvasion: 2 answers, evasive)
    r"\b(?:is|are|remains?|remained|was|were) (?:absolutely |always |still )?paramount\b|"
    r"\bof paramount (?:importance|concern)\b",
    # the worth of a general good, opening the reply: "Winter readiness is essential to
    # keeping roads safe." to "Isn't it the case that the county kept buying road salt from a
    # vendor it had already banned?"
    r"^(?:[\w'’-]+ ){1,4}(?:is|are|remains?) (?:absolutely |so |always |still )?(?:essential|"
    r"vital|critical|crucial) to (?:keeping|ensuring|protecting|maintaining|safeguarding|"
    r"preserving)\b",
    r"\beverything (?:we|i) do\b",
    # "The health and safety of beachgoers is always top of mind."
    r"\b(?:is|are|remains?|stays?) (?:always |very much |still )?(?:top of mind|front and "
    r"cent(?:er|re))\b",
    # praise of the ones asked about: "Foster families are the backbone of our child welfare
    # system." to "Has the state paid the foster families the rate increase it promised?"
    r"\b(?:is|are|remains?) (?:truly |really |the very )?the (?:backbone|lifeblood|cornerstone|"
    r"bedrock|heart and soul) of\b",
    # sympathy for the stakes, opening the reply: "The state understands how important those
    # funds are to families." to "Has the state returned the deposits ...?"
    r"^(?:[\w'’-]+ ){0,4}(?:understands?|understood|recogni[sz]es?|appreciates?|knows?) (?:just |"
    r"fully |very well )?how (?:important|difficult|hard|frustrating|painful|stressful|serious|"
    r"upsetting|concerning)\b",
    # effort in place of the result: "Our staff continue to do everything possible"
    r"\b(?:do|does|doing|did|done) (?:everything|all) (?:possible|(?:in )?(?:our|my|their) power|"
    r"(?:we|i|they) (?:can|could))\b",
    # effort and record in place of the result asked for ("Our staff worked tirelessly")
    r"\b(?:work|works|worked|working) (?:very |so |extremely )?(?:hard|tirelessly|around the "
    r"clock|day and night)\b",
    r"\b(?:heroic|incredible|tremendous|extraordinary|outstanding) (?:work|job|effort)\b",
    # "Our firefighters performed heroically that night."
    r"\b(?:performed|acted|responded|served|did) (?:heroically|admirably|bravely|courageously|"
    r"flawlessly|superbly|magnificently)\b",
    r"\b(?:an? )?(?:enormous|huge|tremendous|great|incredible) (?:amount|deal) of "
    r"(?:work|effort)\b",
    # the record of keeping people told, in place of what was told: "I've always kept the
    # board fully informed" to "What did you tell the board about the breach?"
    r"\b(?:kept|keep|keeps|keeping) (?:\w+ ){0,3}(?:fully |well |properly |closely )?"
    r"(?:informed|updated|apprised|in the loop)\b",
    r"\b(?:strong|proud|long|excellent|good) (?:track )?record\b",
    # "The lab has made great strides in recent years" (QEvasion: 7 answers, 86 % evasive)
    r"\bmade (?:great |enormous |significant |tremendous |real |major |huge )?(?:strides|"
    r"headway)\b",
    # "The Eastside pool has always been an important part of summer in the district"
    r"\b(?:has|have|'s|'ve) always been (?:an? )?(?:\w+ )?(?:important|integral|vital|key|"
    r"central|essential|big) part of\b",
    # "The clinic has a long history of caring for uninsured patients"
    r"\b(?:a )?(?:long|proud|rich) (?:history|tradition) of\b",
    # "We have a very constructive relationship with the regulator" for "Has the company paid
    # the fine?"
    r"\b(?:good|great|strong|constructive|productive|close|positive|excellent|solid) "
    r"(?:working )?relationship\b",
    # ... or contact kept with a whole class: "We maintain close communication with all
    # critical care facilities" to "Did the utility warn hospitals before ...?" (not "in
    # constant contact with their counterparts", said of those asked about)
    r"\b(?:maintain|maintains|maintained|have|has|keep|keeps|kept|are in|is in|am in|stay|"
    r"stays|remain|remains) (?:very |a |in )?(?:close|regular|constant|ongoing|open|frequent|"
    r"continuous|daily|strong) (?:communication|contact|dialogue|coordination|consultation|"
    r"touch)s? with (?:all|every|each|our)\b",
    r"\b(?:invested|done|spent|accomplished|achieved) more (?:[\w-]+ ){0,6}than (?:any|ever)\b",
    r"\bi(?:'ve| have) always (?:supported|fought|stood|believed)\b",
    # ... or said of another: "The mayor has always been a strong supporter of our public
    # works crews." to "Did the mayor use the city's snowplow contractor ...?"
    r"\b(?:has|have|'s|'ve) (?:always|long) been (?:a |an )?(?:very |really )?(?:strong |"
    r"staunch |great |big |committed |tireless |vocal |loyal |steadfast |fierce |passionate )?"
    r"(?:supporters?|advocates?|champions?|friends?|allies|ally|backers?|defenders?) (?:of|"
    r"for)\b",
    # blame on those before, said first: "The previous administration left that shelter in a
    # condition nobody could defend" to "Who decided to close the shelter?" (on QEvasion, 5
    # answers open so, all evasive; said later in a long answer it is often part of a reply)
    r"^(?:\S+ ){0,15}?(?:(?:the|my|our|this) (?:previous|prior|last|former|past) (?:"
    r"administration|government|council|board|management|director|leadership|owners?|mayor|"
    r"governor)|(?:my|our|his|her|their) predecessors?|(?:i|we) inherited)\b",
    r"\b(?:been|am|are|is) (?:very |fully |extremely |always |completely )*(?:forthcoming|"
    r"transparent|open (?:about|with))\b",
    # "fully engaged", not "we are engaged in talks with them"
    r"\b(?:been|am|are|is) (?:very |fully |extremely |always |completely )+(?:cooperative|"
    r"engaged)\b",
]

# An appeal to rules or process in place of the fact asked ("we comply with all applicable
# laws" to "Did you share data with ICE?"): testimony's non-denial.
PROCESS = [
    r"\b(?:comply|complies|complied|complying|compliance) with\b",
    # independence claimed, opening the reply: "The parole board acts independently under
    # state law." to "Did anyone from the governor's office call the parole board ...?"
    r"^(?:the|our|this|that|my) (?:[\w-]+ ){0,3}(?:acts?|operates?|functions?|works?|decides?) "
    r"(?:fully |completely |entirely |wholly )?independently\b",
    # the law named in place of what was done under it: "Asset forfeiture is governed by
    # state statute." to "Has the sheriff returned the cash his deputies seized?"
    r"\b(?:is|are|was|were) (?:governed|regulated) by (?:the |state |federal |local |our |its |"
    r"their )?(?:[\w'’-]+ ){0,2}(?:laws?|statutes?|regulations?|rules|codes?|charter|polic(?:y|"
    r"ies)|ordinances?|protocols)\b",
    # a standing vouched for by others, in place of the fact: "The crime lab is accredited by
    # a national body." to "Is it true that the crime lab lost DNA samples ...?"
    r"\b(?:is|are|was|were|remains?|has been|have been) (?:fully |nationally |independently |"
    r"internationally )?accredited\b",
    # oversight claimed for the fact asked: "The program's budget is reviewed every quarter"
    r"\b(?:is|are|was|were) (?:reviewed|audited|monitored|checked|examined|inspected) (?:every|"
    r"each|regularly|routinely|annually|quarterly|monthly|weekly|on (?:the|a|its|our) (?:\w+ )?"
    r"(?:schedule|cycle|basis))\b",
    # "one of the most closely monitored sites in the state"
    r"\b(?:closely|carefully|constantly|strictly|heavily) (?:monitored|regulated|supervised|"
    r"overseen|inspected)\b",
    r"\bapplicable (?:laws?|rules|regulations|requirements)\b",
    r"\bin (?:line|accordance|keeping) with\b",
    r"\bconsistent with (?:our|the|all|applicable|its|their)\b",
    # "follows the state's notification rules": a possessive is one word of the slot
    r"\b(?:follows?|followed|following) (?:the |our |all |every |its |their )?(?:[\w'’-]+ ){0,2}"
    r"(?:policy|policies|procedures?|process|processes|rules?|guidelines|protocols?|laws?|"
    r"regulations?|guidance|directives?|instructions|schedules?|standards|requirements)\b",
    # deference in place of the fact: "The agency respects the court and its role in this
    # process" to "Is the agency prepared to pay the fine?"
    r"\brespects? (?:the|our|this) (?:court|courts|process|judge|ruling|decision|judiciary|"
    r"verdict|rule of law|legal process)\b",
    r"\b(?:rules?|laws?|regulations?|requirements?) that (?:apply|applies)\b",
    r"\b(?:went|goes|go|going) through (?:the |our |an? |its )?(?:\w+ ){0,2}(?:process|procedures?"
    r"|channels)\b",
    # "Payments are released through our accounts payable process" (QEvasion: 37 answers
    # with "through ... process", 73 % evasive); "through an established selection process"
    r"\bthrough (?:our|the|its|their|an?) (?:[\w-]+ ){0,3}(?:process|procedures?|channels)\b",
    # "on administrative leave, as our policy requires"
    r"\bas (?:our|the|its|their) (?:[\w-]+ )?(?:policy|policies|rules|procedures?|protocols?|"
    r"law|statute|guidelines) (?:requires?|demands?|dictates?)\b",
    r"\b(?:as|where) (?:the law (?:requires|allows|permits)|required by law|permitted by law|"
    r"appropriate)\b",
    # "The commissioner has filed every financial disclosure the law requires." to "Did the
    # commissioner own stock in the vaccine maker ...?"
    r"\b(?:every|all|each|any) (?:[\w-]+ ){0,3}(?:the )?(?:law|statute|rules?|regulations?|policy|"
    r"code) (?:requires|required|demands|calls for)\b",
    # another's word taken for the fact: "The contractor assures us its drivers are fit for
    # duty." to "Is the contractor still using drivers who failed their drug tests?"
    # (said now, not "She assured us the bridge was safe", what was told)
    r"\bassures (?:us|me) (?:that )?(?:its|their|his|her|the|all|every|it|they|he|she)\b",
    r"\blawful (?:requests?|process|orders?)\b",
    r"\bthe (?:procedures|rules|process|processes|policies) (?:in place|that apply)\b",
    # "We have strict anti-bribery policies" to "Has your company ever paid an official?"
    r"\b(?:we|i) (?:have|maintain|enforce) (?:very |extremely )?(?:strict|robust|rigorous|"
    r"strong|stringent|tough|comprehensive|zero[- ]tolerance) (?:[\w-]+ ){0,2}(?:policy|"
    r"policies|procedures|controls|safeguards|rules|standards)\b",
    # "The water meets all federal standards" to "Is the water safe to drink?"; "All of our
    # officers meet the qualifications for the job" to "Isn't it a fact that the chief's son
    # was hired without the exam?" (not "did not meet the standards")
    r"(?<!n't )(?<!\bnot )\b(?:meets?|exceeds?|exceeded) (?:all |every )?(?:of )?(?:the )?"
    r"(?:applicable |relevant )?(?:(?:federal|state|local|industry|safety|legal|international|"
    r"environmental|job|minimum) )*(?:standards?|requirements?|qualifications?|criteria)\b",
    # training claimed for the act, as the reply opens: "Groundskeeping crews are trained in
    # safe chemical application." to "Did the parks department spray weed killer while
    # children were there?" (not "Yes, every one of them is trained in CPR")
    r"^(?:[\w'’-]+ ){1,4}(?:are|is|were|was|have been|has been) (?:fully |well |properly |"
    r"extensively |highly |specially |all |thoroughly )?trained (?:in|on|to)\b",
    # ... or said as training received: "Deputies receive extensive training on search
    # procedures." to "Did the deputies strip-search the teenagers ...?"
    r"\b(?:receive|receives|received|get|gets|undergo|undergoes|underwent) (?:extensive|"
    r"rigorous|thorough|regular|speciali[sz]ed|ongoing|annual|intensive) training\b",
    # "We will continue to work with the committee" to "Will you release the report?": a
    # promise of process, not the commitment asked for
    r"\b(?:continue|continuing|keep) (?:to )?work(?:ing)? (?:closely |together )?with "
    r"(?:the |this |your )?(?:committee|congress|office|staff|members|chair(?:man|woman)?|you)\b",
    # "All meetings with vendors are logged according to our ethics policy"
    r"\baccording to (?:the |our |its |their |all )?(?:[\w'’-]+ ){0,2}(?:policy|policies|"
    r"procedures?|rules|laws?|guidelines|protocols?|regulations|training)\b",
    # "Evacuation decisions are made based on the best available forecasts" (QEvasion: 4
    # answers, 75 % evasive)
    r"\b(?:decisions?|choices?|calls?) (?:are|is|were|was|get|gets) (?:made|taken) (?:based on|"
    r"on the basis of|in accordance|according)\b",
    # checks claimed for the fact: "The district conducts thorough background checks on all
    # employees." to "Had the superintendent been told the coach was fired elsewhere?"
    r"\b(?:conducts?|conducted|performs?|runs?|does|do) (?:thorough|rigorous|extensive|"
    r"comprehensive|careful|full|regular|routine) (?:[\w-]+ )?(?:checks|reviews|screenings?|"
    r"vetting|inspections|audits)\b",
    # "Every placement decision is made in the best interest of the child."
    r"\bin the best interests? of (?:the|each|every|our|all|this)\b",
    # "turned off only under the prison's written procedures"; "checked as part of our food
    # safety program": the rule or routine the act falls under, in place of the act
    # "handled under the city's records schedule"
    r"\bunder (?:the |our |its |their |all )?(?:[\w'’-]+ ){0,2}(?:policy|policies|procedures?|"
    r"rules|guidelines|protocols?|regulations|schedules?)\b",
    r"\bas part of (?:the |our |its |their |a |an )?(?:[\w'’-]+ ){0,3}(?:program(?:me)?|process|"
    r"routine|procedures?|protocols?|policy|review)\b",
    # "Each of the contracts was awarded on its own merits" to "How is it that the same
    # vendor won all three?"
    r"\bon (?:its|their|the) (?:own )?merits\b",
    # "The trip was reviewed by the ethics office" to "Who paid for your trip?"
    # ("All pension investments are vetted by an independent advisory firm")
    r"\b(?:reviewed|approved|cleared|vetted|screened|overseen) by (?:the |our |an? )?"
    r"(?:independent |outside |external )?(?:\w+ ){0,2}(?:office|committee|counsel|council|"
    r"board|lawyers|attorneys|department|team|staff|unit|firm|auditors?|advis[eo]rs?|"
    r"consultants?|panel)\b",
    # "All of my donations were properly reported and fully legal" to "Will you return them?"
    r"\b(?:properly|fully|legally|duly) (?:reported|disclosed|documented|vetted|recorded|"
    r"approved|licensed|permitted)\b",
    r"\b(?:fully|perfectly|entirely|completely) (?:legal|lawful|appropriate|proper)\b",
    # reliance and openness in place of the act: "The chief relies on his staff to brief him
    # on audits" to "Did the chief read the audit?"; "Council business is conducted in the
    # open" to "Who tipped off the developer?"
    r"\b(?:relies|rely|relied|depends|depended) (?:on|upon) (?:(?:his|her|their|our|its|the) )?"
    r"(?:\w+ )?(?:staff|team|aides|advisers|advisors|experts|deputies|people)\b",
    r"\b(?:conducted|done|held|carried out) (?:in the open|in public|openly|transparently)\b",
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
