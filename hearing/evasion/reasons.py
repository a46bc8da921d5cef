"""Turn features into reasons an analyst can check against the transcript.

Each reason quotes the words said (or the numbers measured) and carries the part of the
score its features account for (positive = pushes towards evasive). Reasons that argue
for the answer ("opens with 'yes'") are kept too, with a negative weight, so a reader sees
both sides of a borderline score.
"""

from __future__ import annotations

from hearing.document import Reason
from hearing.evasion.credit import UNREPLIED_SHORT_EVASIVE
from hearing.evasion.features import PairFeatures

LOW_SIM = 0.30
HIGH_SIM = 0.55
LOW_ON_TOPIC = 0.25


# Kinds that say an answer answers. The features behind one can still carry a small
# positive share of a score, so callers that list signs of evasion (the TUI's filter) skip
# them by kind rather than by the sign of their weight.
ANSWERING_KINDS = frozenset({"high_similarity", "yes_no_answered", "wh_answered", "yes_no_settled"})

# Kinds that carry no share of the score yet are signs of evasion an analyst filters by:
# the asker saying the answer did not answer (scorer._note_presses).
NOTED_SIGNS = frozenset({"pressed"})

# The resolution head's (class-balanced) probability that a reply leaves a yes/no question
# open, at or above which a reason says so, and at or below which it says it is settled.
OPEN_P = 0.5
SETTLED_P = 0.2


def two_places(x: float) -> str:
    """``x`` to two decimals without a "-0.00": a similarity of -0.001 reads as 0.00."""
    return f"{round(x, 2) + 0.0:.2f}"


def quote(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _names(items: list[str], limit: int = 3) -> str:
    shown = ", ".join(f"'{i}'" for i in items[:limit])
    return shown + (f" and {len(items) - limit} more" if len(items) > limit else "")


def build_reasons(
    f: PairFeatures,
    contrib: dict[str, float],
    flagged: bool = True,
    denied: float = 0.0,
    topic: float = 0.0,
    held: float = 0.0,
) -> list[Reason]:
    """Reasons sorted by weight, strongest evidence of evasion first.

    ``flagged``: the score reached *partial*. Only then, if no single sign argues for
    evasion, do the weak signals that added up get named; on a clear answer that summary
    would read as an accusation. ``denied``: what the denial of the resolution head's
    "settles it" reading added (Combiner.denied_credit), given to the retreat behind it;
    ``topic``: what capping the similarities of a reply that gives no reply and retreats
    or is short added (Combiner.denied_topic, credit.py), given to the same retreat, or
    where none shows, to the missing reply; ``held``: what holding a short answer with no
    reply at the *evasive* threshold added (credit.held_at_evasive), a reason of its own.
    """
    v, ev = f.values, f.evidence
    out: list[Reason] = []

    def add(kind: str, text: str, feats: tuple[str, ...]) -> None:
        out.append(Reason(kind, text, round(sum(contrib.get(n, 0.0) for n in feats), 3)))

    # A quoted phrase's weight is the phrase's own, plus the closeness to the prototype
    # non-answers only where that adds: the prototype score is a best-of-sentences
    # cosine, lower for a one-sentence reply than for a long answer, and it made "claims
    # not to know: 'I haven't seen the report'" count against evasion (-0.18).
    def add_phrase(kind: str, prefix: str, feature: str, proto: str) -> None:
        weight = contrib.get(feature, 0.0) + max(contrib.get(proto, 0.0), 0.0)
        out.append(Reason(kind, f"{prefix}: '{ev[kind]}'", round(weight, 3)))

    if v["yn_unanswered"]:
        said = ev.get("acknowledged")  # "Yes, thank you, Senator.": thanks, not a yes
        late = ev.get("late_yes_no")  # "... And to your question, yes, we did."
        if said:
            text = f"yes/no question; '{said}' only acknowledges the asker, no yes/no follows"
        elif late:
            text = f"yes/no question, no yes/no until late in the answer ('{late}')"
        else:
            text = "yes/no question, no yes/no in answer"
        add("yes_no_unanswered", text, ("yn_unanswered",))
    elif v["yn_answered"] and ev.get("opener"):
        add("yes_no_answered", f"answer opens with '{ev['opener']}'", ("yn_answered",))

    # How the reply resolves, read by the Circa head (resolution.py), quoting the opening
    # the analyst can check it against. Named only where the head is clear either way: in
    # between, most replies to yes/no questions (Circa's resolve 98 % of the time) lean a
    # little towards "settled", and an evasive "We take every incident seriously" would
    # read as settling the question.
    open_p = ev.get("open")
    if open_p is not None and not v["yn_answered"] and not ev.get("open_discounted"):
        opening = quote(" ".join(f.sentences[:2]))
        if open_p >= OPEN_P and contrib.get("yn_unresolved", 0.0) > 0:
            add("yes_no_open", f"reply reads as leaving it open: '{opening}'", ("yn_unresolved",))
        elif open_p <= SETTLED_P:
            # "I have read it, yes, and ...": a yes said later than the opening words
            how = "settling it" if v["yn_early"] else "settling it without a yes or no"
            add("yes_no_settled", f"reply reads as {how}: '{opening}'", ("yn_unresolved",))

    if ev.get("wh"):
        expect, asked, given = ev["wh"]
        feats = ("wh_expected", "wh_satisfied")
        if given:
            add("wh_answered", f"asks '{asked}'; the answer gives one: '{quote(given)}'", feats)
        else:
            add("wh_unanswered", f"asks '{asked}'; the answer gives {_WH_NONE[expect]}", feats)

    index, count = ev.get("part", (0, 1))
    if index > 0:
        add(
            "later_question",
            f"question {index + 1} of {count} asked in one turn; answers tend to address the first",
            ("part_index", "part_later", "parts_log", "part_last"),
        )

    sim_feats = ("sim_best", "sim_whole", "sim_first", "sim_mean", "sim_best_gap")
    # A high similarity carries only the similarities themselves: the gap between the best
    # and the mean sentence is 0 for a one-sentence answer, below the corpus mean, and
    # pushed the "high similarity" of a short direct answer above zero (+0.08 on the
    # sample's "And can people ask you to remove their own photos?").
    high_feats = sim_feats[:4]
    if v["sim_best"] < LOW_SIM:
        add(
            "low_similarity",
            f"answer's best sentence similarity {two_places(v['sim_best'])} (low)",
            sim_feats,
        )
    elif v["sim_best"] >= HIGH_SIM:
        add(
            "high_similarity",
            f"answer's best sentence similarity {two_places(v['sim_best'])}: "
            f"'{quote(f.best_sentence)}'",
            high_feats,
        )
    if len(f.sentences) >= 3 and v["on_topic_frac"] < LOW_ON_TOPIC and v["sim_best"] >= LOW_SIM:
        add(
            "topic_change",
            f"most of the answer is off the question's topic "
            f"({v['on_topic_frac']:.0%} of its words in sentences close to it)",
            ("on_topic_frac", "about_frac", "new_content_log"),
        )

    for kind, prefix, proto in (
        ("refusal", "declines", "ap_decline"),
        ("ignorance", "claims not to know", "ap_unknown"),
        ("deferral", "defers", "ap_wait"),
    ):
        if ev.get(kind):
            add_phrase(kind, prefix, kind, proto)

    shift_text = _shift_text(f)
    if shift_text:
        add("shift", shift_text, ("shift", "generic_rate"))
    elif ev.get("missing_entities"):
        add(
            "missing_entity",
            f"question names {_names(ev['missing_entities'])}, answer never does",
            ("cov_entities",),
        )

    if v["restate"]:
        add("restate", "restates the question", ("restate", "new_content_log"))

    terms = ev.get("terms") or []
    if len(terms) >= 3 and v["cov_terms"] < 0.5:
        missing = [t for t in terms if t not in (ev.get("covered") or [])]
        add(
            "coverage",
            f"answer covers {len(ev['covered'])} of {len(terms)} key terms of the question "
            f"(missing {_names(missing)})",
            ("cov_terms", "cov_terms_first", "about_frac"),
        )
    if v["hedge_rate"] >= 3.0:
        add("hedging", f"hedges often ({v['hedge_rate']:.1f} per 100 words)", ("hedge_rate",))
    if ev.get("pivot") and v["pivot_rate"] >= 1.0:
        add("pivot", f"turns to its own record or priorities: '{ev['pivot']}'", ("pivot_rate",))
    if ev.get("process"):
        add_phrase("process", "appeals to rules or process", "process_rate", "ap_rules")
    if v["counter_question"]:
        add("counter_question", "answers with a question of its own", ("counter_question",))
    # the topic named only where the quoted similarity is not low: static vectors can find
    # "I have to check with our team" close to a question MiniLM finds it far from (0.04)
    _credit_denied(
        out, denied, topic, say_topic=v["sim_best"] >= LOW_SIM, generic=ev.get("generic")
    )
    if held > 0:
        out.append(
            Reason(
                "short_unreplied",
                "short answer that gives no reply to what was asked "
                f"({UNREPLIED_SHORT_EVASIVE:.0%} of such answers in political interviews "
                "are evasive)",
                round(held, 3),
            )
        )

    if flagged and not any(r.weight > 0 for r in out):
        # No single clear sign: say which measured features pushed the score up, so even
        # a borderline flag names evidence the analyst can weigh rather than none at all.
        top = sorted((c, n) for n, c in contrib.items() if c > 0)[::-1][:3]
        if top:
            out.append(
                Reason(
                    "weak_signals",
                    "no single clear sign; weak signals add up: "
                    + ", ".join(_FEATURE_WORDS.get(n, n.replace("_", " ")) for _, n in top),
                    round(sum(c for c, _ in top), 3),
                )
            )
    out.sort(key=lambda r: -r.weight)
    return out


# The reasons whose evidence can deny a reply the resolution head's credit for settling a
# yes/no question (credit.RETREATS), most specific first. A shift names what was asked
# and what was said instead, so it comes before a pivot: "We provide our service to a
# variety of government agencies ..., and we are proud of our work" is the shift.
_RETREAT_KINDS = ("process", "refusal", "ignorance", "deferral", "shift", "pivot")


def _credit_denied(
    out: list[Reason],
    settles: float,
    topic: float,
    say_topic: bool = True,
    generic: str | None = None,
) -> None:
    """Give the denied credit's share to the retreat that denied it: for settling a yes/no
    question, for being on topic, or both.

    "We have strict anti-bribery policies" reads to the Circa head as settling "Has your
    company ever paid a foreign official?"; the appeal to policy floors that reading, and
    the floor is what the appeal does to the score. Its own feature weighs ~0 on QEvasion,
    so its reason had shown "(+0.00)" while the floor's share was named nowhere. Likewise
    "Tuberculosis testing follows the protocol" is on topic, and the appeal to protocol is
    why that no longer counts as answering. A generic phrase with no shift to name
    (``generic``: "the shipment is one of thousands we handle every year") gets a reason
    of its own here, since the share it denied is its whole weight. Shares under 0.005
    are left out."""
    settles = settles if settles > 0.005 else 0.0
    topic = topic if topic > 0.005 else 0.0
    if not (settles or topic):
        return
    on_topic = topic > 0 and say_topic
    if settles and on_topic:
        why = "so it counts neither as settling the question nor, being on topic, as a reply"
    elif settles:
        why = "so it does not count as settling the question"
    else:
        why = "so being on topic does not count as a reply" if on_topic else ""
    for kind in _RETREAT_KINDS:
        for i, r in enumerate(out):
            if r.kind == kind:
                text = f"{r.text}, {why}" if why else r.text
                out[i] = Reason(r.kind, text, round(r.weight + settles + topic, 3))
                return
    if generic:
        text = f"speaks in generalities: '{generic}'" + (f", {why}" if why else "")
        out.append(Reason("generic", text, round(settles + topic, 3)))
        return
    # a short answer with no reply loses the credit with no retreat shown: the missing
    # reply is what denies it ("yes/no question, no yes/no in answer, so being on topic ...")
    for i, r in enumerate(out):
        if topic and r.kind in ("yes_no_unanswered", "wh_unanswered"):
            text = f"{r.text}, {why}" if why else r.text
            out[i] = Reason(r.kind, text, round(r.weight + topic, 3))
            return


# How a reason says that the answer lacks what a wh-question asks for (features.py's
# expected answer types; the checks are regular expressions, answer_types.EXPECTED).
_WH_NONE = {
    "who": "no name",
    "when": "no time or date",
    "where": "no place",
    "where_from": "no place or source",
    "why": "no reason ('because', 'so that', 'due to' ...)",
    "how_many": "no number",
    "action": "no step taken ('we hired', 'I stopped' ...)",
    "plan": "no step to take ('hire ...', 'we will add ...')",
    "status": "no state ('settled', 'dismissed', 'on hold' ...)",
    "return": "nothing had in return ('nothing', 'we got ...')",
    "content": "nothing of what it said ('that ...', 'a request to ...')",
    "degree": "no degree ('barely', 'fully', 'about half' ...)",
    "obstacle": "nothing named in the way ('a court order', 'because ...')",
    "means": "no means ('through', 'by using' ...)",
    "finding": "no finding ('that ...', 'they found ...')",
    "told": "nothing of what was said ('that ...', 'we told them ...')",
    "authority": "no law or order named ('the state forfeiture statute', 'a court order' ...)",
    "criteria": "no standard ('under sixty percent', 'the lowest bid' ...)",
    "options": "no option named ('cutting ...', 'we considered ...')",
    "kind": "no kind named ('ammonium nitrate', 'it was a ...')",
    "meaning": "nothing of what was meant ('that ...', 'I meant ...')",
    "evidence": "nothing of how it is known ('we tested ...', 'the footage shows ...')",
    "need": "nothing of what it would take ('twelve million dollars', 'thirty nurses' ...)",
    "difference": "no difference named ('about six million dollars', 'it drops ...')",
    "fate": "nothing of what became of it ('it was destroyed ...', 'most of it paid ...')",
    "event": "nothing of what happened ('a pump failed ...')",
    "purpose": "no purpose ('to lobby ...', 'it was meant to ...')",
    "doing": "no step taken or under way ('we are building ...', 'we moved ...')",
    "outcome": "nothing of how it ended ('two guards were fired', 'it was dismissed' ...)",
    "terms": "no terms ('four hundred thousand dollars', 'she agreed not to sue' ...)",
    "discussed": "nothing of what was discussed ('the tax abatement ...', 'we discussed ...')",
    "assurance": "no assurance given or denied ('a written promise ...', 'none')",
    "lesson": "no lesson ('that we should never ...', 'we learned that ...')",
    "method": "no way it is done ('through one account', 'the auditor checks it monthly' ...)",
    "response": "nothing of the reply ('they refused ...', 'he said that ...')",
    "oversight": "no oversight said ('very little', 'it approves ...')",
    "stance": "no side taken ('against it', 'we support ...')",
    # (the examples are of what would count, as in the rest: before, the one non-answer
    # quoted here read as a quote from the answer scored)
    "thing": "no thing named ('road salt', 'the substation on Route Nine' ...), only a remark "
    "on what was asked about",
    "knew": "nothing of what was known ('everything', 'two sergeants had reported it ...')",
    "which": "nothing named or counted ('only two of the eleven: ...', 'the bid and the ...')",
}

_FEATURE_WORDS = {
    "a_len_log": "answer length",
    "len_ratio_log": "answer much longer than the question",
    "sim_whole": "similarity of the whole answer",
    "sim_first": "similarity of the first sentence",
    "sim_mean": "mean sentence similarity",
    "sim_best": "best sentence similarity",
    "cov_terms": "share of the question's key terms covered",
    "cov_terms_first": "key terms in the opening words",
    "about_frac": "share of the answer about the question",
    "new_content_log": "amount of new content",
    "we_rate": "speaks as 'we'",
    "they_rate": "speaks of 'they'",
    "hedge_rate": "hedging",
    "generic_rate": "generic phrases",
    "ap_direct": "closeness to a typical direct answer",
    "ap_rules": "closeness to a typical appeal to rules or process",
    "wh_expected": "whether it gives what the wh-question asks for",
    "a_n_sent_log": "number of sentences",
    "parts_log": "several questions asked at once",
    "yn_unresolved": "reply reads as leaving the yes/no question open",
}


def _shift_text(f: PairFeatures) -> str | None:
    ev = f.evidence
    if not f.values["shift"]:
        # Transcripts often lose the capitals NER needs; a named multi-noun phrase the
        # answer never mentions, answered with a generic plural, is the same shift.
        if ev.get("missing_phrases") and ev.get("generic"):
            return (
                f"shift of level: question names '{ev['missing_phrases'][-1]}', "
                f"answer speaks of '{ev['generic']}'"
            )
        return None
    if ev.get("level"):
        said, asked = ev["level"]
        ask = f"'{asked}'" if asked.split()[0] in ("who", "which") else f"about '{asked}'"
        return f"shift of level: question asks {ask}, answer speaks of '{said}' in general"
    if ev.get("missing_entities") and ev.get("generic"):
        ents = ev["missing_entities"]
        things = [e for e in ents if e not in f.question.people]
        ent = (things or ents)[-1]  # the object asked about tends to come last
        what = "agent" if _is_person(f, ent) else "level"
        return f"shift of {what}: question names '{ent}', answer speaks of '{ev['generic']}'"
    if ev.get("missing_times") and ev.get("generic_time"):
        return (
            f"shift of time: question asks about '{ev['missing_times'][0]}', "
            f"answer speaks of '{ev['generic_time']}'"
        )
    return None


def _is_person(f: PairFeatures, entity: str) -> bool:
    return entity in f.question.people
