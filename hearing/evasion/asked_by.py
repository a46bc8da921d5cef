"""The words that ask for each checkable answer type, in the forms members and reporters
use ("Whose decision was it ...?", "What were the terms of ...?", "How is the money being
tracked?"), tried in order by ``asked_for.asked_for`` after the amount, the plain wh-word
and the asked-for cause. Each form was added when a testimony split written in it showed
a terse answer that gave what was asked losing to an evasive one (the model card's rounds).
"""

from __future__ import annotations

import re

from hearing.evasion.asked_by_acts import ACTS

# The words that ask for a checkable type, tried in order after the amount and the plain
# wh-word: which type each asks for, and the pattern over the lower-cased question (the
# forms of place, time, findings, words said, acts and means follow, from ``asked_by_acts``).
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
            # "What are the eligibility rules for the rent relief program?"
            r"|\bwhat (?:are|were|is|was) the (?:[\w-]+ )?(?:rules|requirements|criteria|"
            r"qualifications) (?:for|to)\b"
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
            # (not "What sort of condition was the bridge in?", the state found)
            r"\bwhat (?:kind|type|sort)s? of (?!(?:shape|condition)\b)(?:[\w-]+ ){1,2}?(?:was|were|"
            r"did|had)\b"
            # (oversight, control ... had are asked by ``oversight``, in ``asked_by_acts``)
            r"|\bwhat (?:kind|type|sort)s? of (?!(?:oversight|control|authority|say|power|input|"
            r"supervision|review)\b)(?:[\w-]+ ){1,2}?(?:do|does) (?:[\w'-]+ ){1,3}?"
            # ("What sort of record does the demolition contractor have?")
            r"(?:receive|get|undergo|complete|have|carry|hold)\b"
            # ... or of a thing that does something now: "What sort of fencing surrounds the
            # substation?" (a noun, then a verb in -s before its object; not "What kind of
            # American troops can ...?")
            r"|\bwhat (?:kind|type|sort) of [\w-]+(?<!s) (?!(?:does|has|is|was)\b)[a-z]+[^s\W]s "
            r"(?:the|a|an|its|their|his|her|our|your|this|that|these|those)\b"
            # "What language were the evacuation notices printed in?", "What color was the car
            # that fled?", "What grade did the state give the high school?"
            r"|\bwhat (?:language|languages|colou?r|colou?rs|brand|make|model|grade|rating)"
            r"(?: of [\w-]+)? (?:was|were|is|are|did|does|do|has|have|went|goes)\b"
            # what stood in for another: "What did the contractor use instead of steel rebar?"
            r"|\bwhat (?:did|does|do|will|would) (?:[\w'-]+ ){1,3}?use (?:instead of|in place of|"
            r"rather than)\b"
            # the one at the top of a list: "What was the biggest expense in the budget?"
            r"|\bwhat (?:was|is|were|are) (?:the|its|their) (?:single )?(?:biggest|largest|"
            r"costliest|most expensive|most common|leading|oldest|newest|latest|earliest|most "
            r"recent|worst|most serious) (?:[\w-]+ )?(?:expenses?|costs?|"
            r"items?|sources?|causes?|complaints?|contracts?|donors?|customers?|buyers?|users?|"
            r"polluters?|expenditures?|line items?|purchases?|payments?|injur(?:y|ies)|"
            r"violations?|crimes?|charges?|offen[cs]es?)\b"
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
            # "What does the county do with the cash it seizes?" (not a plan asked of "you")
            # (a habit; "What did the contractor do with it?" asks what was done)
            r"|\bwhat (?:does|do|will) (?!you\b|we\b)(?:[\w'-]+ ){1,3}?do with\b"
        ),
    ),
    # what happened, asked as such: "What exactly happened at the water plant that night?"
    # (not "What is your view on what happened?")
    # ... or what went wrong in it: "What did the county get wrong in the flood maps?"
    (
        "event",
        re.compile(
            r"^(?:and |so |but )?what (?:exactly |really )?(?:has )?happened\b"
            # ("What did the surveyors mark wrong on the plat?")
            r"|\bwhat (?:did|does|do|has|have|had) (?:[\w'-]+ ){1,5}?wrong\b"
            # "What's the story behind the missing evidence bags?"
            r"|\bwhat(?:'s| is| was) the (?:real |whole )?story (?:behind|with)\b"
            # "What was the turning point in the contract talks?"
            r"|\bwhat(?:'s| is| was) the (?:turning point|breakthrough|last straw)\b"
        ),
    ),
    # how it ended: "What was the outcome of the internal investigation?"
    (
        "outcome",
        re.compile(
            # (the results of tests are a finding: "What were the results of the water tests?")
            r"\bwhat (?:was|is|were|has been) the (?:final )?(?:outcome|upshot) of\b"
            # "What was the jury's verdict in the wrongful death suit?"
            r"|\bwhat(?:'s| was| is| were) the (?:[\w'-]+ )?(?:verdict|ruling|judgment|sentence)\b"
            # what would follow: "What would it mean for the district if the levy fails?"
            r"|\bwhat (?:would|will|does) (?:it|that|this) mean for\b"
            r"|\bwhat (?:would|will) happen if\b"
            # "What were the consequences for the officers involved in the raid?"
            r"|\bwhat (?:were|are|was|is|have been) the (?:\w+ )?consequences? for\b"
            # "What are the side effects of the new water treatment?"
            r"|\bwhat (?:were|are|was|is|will be|would be) the (?:\w+ )?(?:side effects|fallout)\b"
        ),
    ),
    # "What were the terms of the settlement with the former chief?", "What does the new
    # contract give the police union?"
    (
        "terms",
        re.compile(
            r"\bwhat (?:were|are|was|is|will be) the (?:\w+ )?terms\b|\bon what terms\b"
            # "What's the catch in the new lease for the market vendors?"
            r"|\bwhat(?:'s| is| was) the catch\b"
            # "What exactly is in the settlement with the former police chief?"
            # "What's in the new union contract for the nurses?"
            r"|\bwhat(?:'s| is| was| are| were) in the (?:[\w-]+ ){0,2}?(?:settlement|contract|"
            r"deal|agreement)\b"
            r"|\bwhat (?:does|did|will|would) (?:the |this |that )?(?:[\w-]+ )?(?:contract|deal|"
            r"agreement|settlement) (?:give|offer|provide|guarantee)\b"
            # "What does the union get under the new pension deal?"
            r"|\bwhat (?:does|do|did|will|would) (?:[\w'-]+ ){1,3}?(?:get|receive|gain) under\b"
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
            # "What was the deputy doing with a county car at the casino?"
            r"during|that|in|inside|on|out|there|with)\b"
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
            # "What sets the new ambulance contract apart from the last one?"
            r"|\bwhat (?:sets|set|makes|made) (?:[\w'-]+ ){1,5}?(?:apart from|different from)\b"
        ),
    ),
    # the choices weighed: "What options did the council consider before raising fares?"
    (
        "options",
        re.compile(
            r"\bwhat (?:other )?(?:options|alternatives|choices|proposals|scenarios) (?:did|do|"
            r"does|has|have|had|were|are|was|will|would)\b"
            # "What is the school board weighing for the Lincoln building?"
            r"|\bwhat (?:is|are|was|were) (?!you\b|we\b)(?:[\w'-]+ ){1,4}?(?:weighing|considering|"
            r"mulling|debating|eyeing)\b"
            # "What alternative sites did the board look at for the jail?"
            r"|\bwhat (?:other|alternative) (?:[\w-]+ )?(?:did|do|does|have|has|had) (?:you|we|"
            r"they|the \w+|your \w+) (?:\w+ )?(?:consider|look at|weigh|study|explore|review)\b"
        ),
    ),
    # "Which company won the contract?", "Which officers fired?": a name is asked for
    (
        "who",
        re.compile(
            r"\bwhich (?:of (?:your|the|our|their|his|her|these|those) )?(?:\w+ ){0,2}?"
            r"(?:compan(?:y|ies)|firms?|vendors?|contractors?|officers?|"
            # "Which school board trustees had dinner with the bus contractor?"
            r"trustees?|commissioners?|council(?:l)?ors?|aldermen|alderman|directors?|"
            r"agenc(?:y|ies)|persons?|people|officials?|banks?|members?|staff|employees?|"
            r"judges?|lawyers?|supervisors?|managers?|inspectors?|commanders?|lieutenants?|"
            r"captains?|sergeants?|deputies|guards?|clerks?|"
            # "Which hospitals were told to stop taking ambulances?": the ones named
            r"hospitals?|clinics?|schools?|universit(?:y|ies)|colleges?|charit(?:y|ies)|"
            r"organi[sz]ations?|groups?|unions?|donors?|suppliers?|manufacturers?|developers?|"
            r"landlords?|lobbyists?|consultants?|doctors?|nurses?|lawmakers?|legislators?|"
            r"senators?|insurers?|utilit(?:y|ies)|airlines?|"
            # "Which of the bids for the bridge came in lowest?": whose bid
            r"bids|bidders?|offers|proposals|applicants?|candidates?|"
            # "Which inmate started the fight in the dining hall?"
            r"inmates?|prisoners?|students?|patients?|drivers?|pilots?|witnesses?|passengers?|"
            r"players?|teachers?|residents?|tenants?)\b"
            # ... as the head, not the first word of another thing: "Which school buses were
            # running without GPS?" asks which buses
            r"(?! (?:bus(?:es)?|boards?|districts?|buildings?|grounds?|zones?|cars?|trucks?|vans?|"
            r"vehicles?|fleets?|routes?|contracts?|records?|accounts?|budgets?|funds?|policies|"
            r"rules?|beds?|kitchens?|roofs?|lunches?|meals?|programs?|systems?|computers?|"
            r"laptops?|phones?)\b)"
            # "What was the name of the firm that designed the flood wall?"
            r"|\bwhat (?:is|was|are|were) (?:the )?names? of\b"
        ),
    ),
    # "Which of the two bids was cheaper?": one of those named
    ("who", re.compile(r"\bwhich of (?:the|these|those) (?:two|three|four|both)\b")),
) + ACTS
