"""What a short answer with no retreat may give bare, without the words that mark it in
``answer_types.EXPECTED``: a finding said as a noun phrase ("Blocked exits and a sprinkler
system that had been switched off.") and a cause told as what happened ("The lab we used
closed in May."). ``given.BARE`` says which answer types read which; ``event`` reads a
cause told this way at any length.
"""

from __future__ import annotations

import re

# A finding said as a bare noun phrase: "Blocked exits and a sprinkler system that had been
# switched off.", "About two million dollars with no receipts" - no article, pronoun or
# verb of its own in its first words (of its first sentence: "Serious. Water is seeping
# through it."). Read only in a short answer that shows no retreat. A "the" may open one
# when a preposition follows in a few words: "The state ban on dumping washout.", "The
# property line along the creek by forty feet."
FINDING_TOLD = re.compile(
    # (so may "its" or "their": "Its right to fine the company for three years.")
    r"^(?:(?:the|its|their) (?=(?:[\w-]+ ){1,3}(?:on|of|against|for|to|in|along|at|near|"
    r"under|behind|between|across)\b)|"
    r"(?!(?:the|a|an|our|my|their|its|this|these|those|we|i|they|it|he|she|there|as|well|"
    r"look|so|yes|no|"
    # a sentence adverb opens a clause, not a thing found: "Thankfully most walked away"
    r"thankfully|fortunately|luckily|happily|sadly|unfortunately|regrettably|frankly|"
    r"honestly|clearly|obviously|certainly|hopefully)\b))"
    # (a verb of a relative clause is the thing's own: "Software that had been copying voter
    # files to a private drive since June.")
    r"(?!(?:[^\s.!?]+ ){0,5}(?<!\bthat )(?<!\bwhich )(?<!\bwho )(?:is|are|was|were|has|have|"
    r"had|will|would|can|"
    r"could|do|does|did|we|i|they|vary|varies|varied|depend|depends|differ|differs|"
    # a general remark: "Hindsight makes everything look clearer than it was."
    r"makes?|seems?|looks|means|happens|tends?|feels|shows?|"
    # ... or a present that says what it is like: "The zoning reflects years of input."
    r"reflects?|represents?|remains?|includes?|involves?|requires?|supports?|follows?|meets|"
    r"exceeds|complies|apply|applies|enforce|enforces)\b)[a-z$\d][\w$,.-]*"
)

# Things named, for "which": a bare finding whose first words hold no past tense either
# ("Library hours and the summer youth jobs program"; not "Firefighters reached the
# building within minutes", a clause).
NAMED_TOLD = re.compile(r"(?!(?:[^\s.!?]+ ){0,4}[a-z]+ed\b)" + FINDING_TOLD.pattern)

# A cause told as what happened, without "because": "The lab we used closed in May",
# "Our supplier relabelled them", "We did not believe the reports at first" to a "why"
# question. Read only in a short answer that shows no retreat (``given.BARE``): in a long one
# a past-tense clause is as likely the history told in place of the reason.
CAUSE_TOLD = re.compile(
    # a cause named as a thing, opening the answer: "A complaint from a witness that they
    # had threatened her." (not "A number of factors", "A variety of reasons"; nor a thing
    # named later on, "... reviewed by a team in the office", where ``event`` reads on)
    r"^(?:a|an|one|two|three) (?!(?:number|variety|range|lot|host|combination|couple|series|mix|"
    r"abundance|wide|whole|bunch) )(?:[\w-]+ ){0,2}?[\w-]+ (?:from|by|about|over|after|in|on|"
    # ... or two: "A cracked basin and a repair bid of four million dollars."; or one doing
    # something: "A video showing how to start one model with a phone cable."; or dealt to
    # one: "A blow to the head consistent with a fall."
    r"with|against|at|at the|that|and (?:a|an|the|two|three)|[a-z]{3,}ing|to (?:the|his|her|"
    r"their|its|a|an))\b|"
    # ... or bare, where it came from: "Sparks from a mower blade hitting a rock."
    r"^(?!(?:answers|questions|reports|information|details|updates|word|news|data|results|"
    r"comments|input|feedback|guidance)\b)(?:[\w-]+ ){0,1}[a-z-]+ (?:from|off of)\b|"
    # a subject of a few words ("Steel prices", "The lab we used"), not a discourse opener,
    # nor the care taken: "A great deal of thought went into that decision.", "Both sides
    # came to the table in good faith."
    r"^(?!(?:as|well|look|so|again|first|frankly|honestly|i think|we think)\b)"
    r"(?!(?:[\w'-]+ ){0,4}(?:(?:thought|consideration|deliberation|care|effort|work|analysis) "
    r"went into|came to the (?:negotiating |bargaining )?table)\b)"
    # "Two things: steel prices rose ...", but not past a present tense that says what
    # something is like: "Child welfare work involves difficult judgments made under ..."
    r"(?:(?!(?:involves?|requires?|includes?|means|entails?|demands?)\b)[\w'-]+:? ){1,7}?"
    # not said of a state or a record: "has sold heaters for fifty years", "remains
    # committed", "how we get more roads repaired", "The decision was made ..."
    r"(?<!\bhas )(?<!\bhave )(?<!\bis )(?<!\bare )(?<!\bbe )(?<!\bbeen )(?<!\bremains )"
    r"(?<!\bget )(?<!\bgets )(?<!\bwas )(?<!\bwere )"
    # nor work going on: "Hiring practices across the township are being modernized"
    r"(?<!\bbeing )"
    # nor a routine: "The front desk is normally staffed around the clock"
    r"(?<!\bnormally )(?<!\busually )(?<!\balways )(?<!\btypically )(?<!\bgenerally )"
    # nor a quality: "Our negotiators are highly trained professionals"
    r"(?<!\bhighly )(?<!\bwell )(?<!\bfully )(?<!\bvery )(?<!\bspecially )(?<!\bproperly )"
    # a participle after an article is an adjective: "The council is a valued partner"
    r"(?<!\ba )(?<!\ban )(?<!\bthe )"
    # nor an adjective: "projects often face unexpected challenges"
    r"(?!un[a-z]+ed\b)"
    r"(?!(?:remained|continued|focused|committed|concerned|pleased|proud|dedicated|engaged|"
    r"worked|tried|acted|followed|complied|reviewed|considered|decided|based|guided|driven|"
    r"dictated|governed)\b"
    # "We made the decision that was right": who decided, not why
    r"|made (?:the|a|that|this|our) (?:right |best |difficult |hard |tough )?(?:decision|choice|"
    r"call|determination)\b)"
    r"(?:did not|didn't|could not|couldn't|cannot|can't|had no|hadn't|had not|was not|wasn't|"
    r"were not|weren't|never|[a-z]{3,}ed|went|lost|made|broke|left|ran|fell|took|got|gave|found|"
    r"quit|sold|came|became|forgot|missed|hit|cut|shut|sent|spent|paid|kept|held|chose|began|"
    r"grew|rose|drove|drew|wrote|cost|spread|split|blew|froze|sank|shrank|wore|tore|stole|fled|sat|"
    # "The dispatcher misheard the street name over a bad line."
    r"misheard|misread|mistook|misunderstood|misspelt|misled|heard|saw|thought|understood|"
    # "Ridership after ten at night had fallen below four people per bus."
    r"fallen|risen|grown|shrunk|sunk|frozen|broken|gone|worn|torn|stolen|dried up|"
    # ("It used last year's rates for every parcel", not "It used to be ...")
    r"used(?! to\b))\b"
    # a measure told: "Participation was under ten percent and the federal grant that paid
    # for it ended." to "Why did the district drop the free breakfast program?" (not "The
    # program is under review": a number must follow)
    r"|^(?:[\w'-]+ ){1,6}?(?:was|were|had been|had fallen|had dropped|stood|sat) (?:well |"
    r"just |far )?(?:under|below|above|over|less than|more than|fewer than|down to|at) "
    r"(?:about |only |just |barely |roughly )?(?:\d|a (?:third|quarter|fifth|tenth|handful|"
    r"dozen|hundred|thousand)\b|half\b|(?:one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b)"
    # a thing out of service: "One of its two boats was in dry dock until March."
    r"|^(?:[\w'-]+ ){1,6}?(?:was|were|had been) (?:in (?:dry ?dock|the shop|for repairs?)|"
    r"out of (?:service|commission|order)|under repair|offline|broken down|down for (?:repairs?|"
    r"maintenance|service|an upgrade))\b"
    # "It was the only bidder on two of them." to "How is it that the same vendor won?"
    # "It had the fewest patients and the oldest building." to "Why was it the one chosen?"
    r"|^(?:it|they|he|she|that) (?:was|were|had|has) the (?:only|lowest|cheapest|highest|sole|"
    r"fewest|most|least|oldest|newest|largest|smallest|worst|best|longest|shortest) [a-z]+"
    # what happened, told as when it happened: "We were overweight in commercial real estate
    # when office values fell." to "What caused the fund to miss its target?"
    r"|^(?!(?:as|well|look|so|again|first|frankly|honestly)\b)(?:[\w'-]+ ){2,9}?when (?:[\w'-]+ )"
    r"{1,4}?(?:[a-z]{3,}ed|fell|rose|ran|went|broke|came|left|hit|lost|froze|sank|spread|"
    r"quit|cut|shut|blew|grew)\b"
    # harm done, told: "Two crews were threatened there in March."
    r"|^(?:[\w'-]+ ){1,4}?(?:was|were) (?:threatened|attacked|assaulted|robbed|injured|hurt|shot|"
    r"stabbed|damaged|vandali[sz]ed|flooded|burned|hacked|sued|evicted|arrested|killed)\b"
    # a check nobody made: "... and nobody cross-checked them."
    r"|^(?:[\w'’,-]+ ){0,12}?(?:nobody|no one) (?:ever |had |then )?(?:[a-z-]{3,}ed|caught|saw|"
    r"read|knew|took)\b"
    # a mistake told: "The X-ray was read wrong.", "The alarm was ignored."
    r"|^(?:[\w'-]+ ){1,6}?(?:was|were|got) (?:\w+ )?(?:wrong|wrongly|incorrectly|by mistake|"
    r"in error)\b|^(?:[\w'-]+ ){1,6}?(?:was|were) (?:missed|misread|mislabell?ed|misfiled|"
    r"ignored|overlooked)\b"
    # a thing out of use told: "The only phone on that floor had been broken for a week."
    r"|^(?:[\w'-]+ ){1,8}?(?:had been|was|were) (?:already |still )?(?:badly |severely |heavily "
    r"|so )?(?:broken|locked|disabled|"
    r"switched off|turned off|shut off|cut off|out of service|out of order|dead|unplugged|"
    r"stolen|missing"
    # ... or worn out: "The pipe was ninety years old and the freeze shifted the ground."
    r"|(?:[\w-]+ ){1,2}years old|decades old|a century old|corroded|rusted|rotted|rotten|"
    r"cracked|worn (?:out|through|thin)|overloaded|undersized|past its (?:design |useful )?life)\b"
)
