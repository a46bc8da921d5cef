"""The sample hearing's script: voices, lines and the exchanges it is meant to contain.

Kept apart from ``make_sample.py`` (which turns it into audio and references) so the words
and labels can be read and reviewed on their own.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Voice:
    """One speaker's synthetic voice; every parameter stays fixed so the speaker is consistent."""

    speaker: str
    name: str
    role: str  # "asker" | "answerer"
    espeak: str  # espeak-ng voice+variant
    pitch: int  # espeak -p, 0..99
    speed: int  # espeak -s, words per minute
    sox: tuple[str, ...]  # sox effects after synthesis (formant/pitch shift, EQ, room)
    level_dbfs: float  # RMS level of the speaker's speech


VOICES: dict[str, Voice] = {
    v.speaker: v
    for v in (
        # Deep male voice: synthesised fast, then slowed by 15% (pitch and formants drop
        # together, like a longer vocal tract), in a large room.
        Voice(
            speaker="CHAIR", name="Chair Brooks", role="asker",
            espeak="en-us+m6", pitch=28, speed=176, level_dbfs=-21.0,
            sox=("speed", "0.85", "equalizer", "200", "1.0q", "3", "reverb", "15", "50", "60"),
        ),
        # Bright female voice, formants raised 12%, close microphone, dry.
        Voice(
            speaker="ORTIZ", name="Senator Ortiz", role="asker",
            espeak="en-us+f5", pitch=66, speed=148, level_dbfs=-20.0,
            sox=("speed", "1.12", "highpass", "150", "equalizer", "3000", "1.0q", "3"),
        ),
        # Young male voice, formants raised 15%, band-limited lapel microphone across the dais.
        Voice(
            speaker="CHEN", name="Senator Chen", role="asker",
            espeak="en-us+m2", pitch=64, speed=150, level_dbfs=-22.0,
            sox=("speed", "1.15", "highpass", "220", "lowpass", "6000",
                 "equalizer", "1000", "1.0q", "4", "reverb", "10", "50", "30"),
        ),
        # Low female witness voice, formants lowered 12%, slow and measured, at the witness table.
        Voice(
            speaker="HALE", name="Director Hale", role="answerer",
            espeak="en-us+f2", pitch=36, speed=168, level_dbfs=-21.0,
            sox=("speed", "0.88", "equalizer", "300", "1.0q", "3", "reverb", "10", "50", "40"),
        ),
    )
}  # fmt: skip


@dataclass(frozen=True)
class Line:
    """One utterance. ``gap`` is the silence before it; ``overlap`` > 0 starts it that many
    seconds before the previous utterance ends (an interruption)."""

    speaker: str
    text: str
    gap: float = 0.5
    overlap: float = 0.0


SCRIPT: tuple[Line, ...] = (
    Line(
        "CHAIR",
        "Good morning. The Committee on Privacy and Technology will come to order. "
        "Today we look at how federal agencies use face recognition, and what the "
        "companies that sell this technology will tell the public. Our witness today is Director "
        "Dana Hale, from a company called Summit Vision, which sells face recognition to police "
        "departments and to federal agencies. Director Hale, thank you for being here. You may "
        "begin.",
    ),
    Line(
        "HALE",
        "Thank you, Mister Chairman, and thank you to the members of the committee. "
        "Our software compares a photo with a set of images chosen by our customer. We believe "
        "this technology can help find missing children and prevent fraud, and we believe it "
        "must be used with care. I look forward to your questions.",
        gap=0.7,
    ),
    Line("CHAIR", "Thank you, Director Hale. The chair recognizes Senator Ortiz for five minutes."),
    Line(
        "ORTIZ",
        "Thank you, Mister Chairman. Director Hale, I want to start with a simple "
        "question. Does your company have a contract with Immigration and Customs Enforcement?",
        gap=0.4,
    ),
    Line(
        "HALE",
        "We provide our face recognition service to a variety of government agencies, at "
        "the federal, state and local level, and we are proud of our work.",
        gap=0.6,
    ),
    Line("ORTIZ", "So is that a yes?", gap=0.4),
    Line("HALE", "I'm not in a position to discuss specific contracts or specific customers."),
    Line(
        "ORTIZ",
        "I have a question on accuracy. What was the error rate of your system in the "
        "most recent government test?",
        gap=0.7,
    ),
    Line("HALE", "I'd have to check with our team and get back to you."),
    Line(
        "ORTIZ",
        "Please send the number to the committee in writing. Does your "
        "company require a warrant before police can search your database?",
        gap=0.6,
    ),
    Line(
        "HALE",
        "Yes. We have had that policy since twenty nineteen. Every search by a police "
        "customer must cite a warrant or a court order, and we look at a sample of them "
        "every month.",
        gap=0.4,
    ),
    Line("ORTIZ", "Thank you, Mister Chairman. I yield back."),
    Line(
        "CHAIR",
        "Thank you, Senator Ortiz. The chair recognizes Senator Chen for five minutes.",
        gap=0.8,
    ),
    Line(
        "CHEN",
        "Thank you, Mister Chairman. Director Hale, I have three questions. How many "
        "images are in your database? Where do the images come from? And can people ask you to "
        "remove their own photos?",
    ),
    Line(
        "HALE",
        "Our database has about four hundred million images. They come from public web "
        "pages, from the news, and from police records. People can ask us to remove their "
        "photos on our website, and we remove them within thirty days.",
        gap=0.6,
    ),
    Line("CHEN", "Have you ever sold access to your system to a foreign government?"),
    Line(
        "HALE",
        "Our focus has always been on customers here at home, and we follow every export "
        "rule that applies to companies in our industry, which is something we take very "
        "seriously.",
        gap=0.6,
    ),
    Line(
        "CHEN",
        "Director, that was not my question. Yes or no, have you sold access to a foreign "
        "government?",
        overlap=0.8,
    ),
    Line("HALE", "No. We have never sold our service to a foreign government."),
    Line(
        "CHEN",
        "Thank you. One last question. Who checks each match before it is sent to the police?",
        gap=0.6,
    ),
    Line(
        "HALE",
        "A trained person on our staff checks every match by hand before any result "
        "leaves our system. If that person is not sure, the match is not sent.",
    ),
    Line("CHEN", "Thank you, Director. I yield back.", gap=0.4),
    Line(
        "CHAIR",
        "Thank you, Senator Chen. I have one more question myself. Director Hale, how "
        "long does your company keep the photos that police send you?",
        gap=0.8,
    ),
    Line("HALE", "I don't know the answer to that, and I would not want to guess."),
    Line(
        "CHAIR",
        "I ask that you answer that question in writing. Without objection, the record will stay "
        "open for two weeks for questions from members. Without objection, so ordered.",
        gap=0.7,
    ),
    Line(
        "CHAIR",
        "I want to thank Director Hale for testifying today, and I thank the members "
        "for their questions. The committee stands adjourned.",
        gap=0.6,
    ),
)


@dataclass(frozen=True)
class ExpectedExchange:
    """A scripted question/answer pair and what an analyst should conclude about the answer."""

    question: tuple[int, ...]
    answer: tuple[int, ...]
    expected: str  # "evasive" | "answered"
    kind: str  # answer kind: direct, yes_no_direct, shift, refusal, deferral, ignorance
    question_type: str  # yes_no | wh | multi
    why: str
    follows: int | None = None  # index in EXCHANGES of the exchange this one follows up
    questions: tuple[str, ...] = field(default=())  # the questions of a multi-question turn


EXCHANGES: tuple[ExpectedExchange, ...] = (
    ExpectedExchange(
        (3,),
        (4,),
        "evasive",
        "shift",
        "yes_no",
        "shift of level: asks about one agency (Immigration and Customs Enforcement), "
        "answers about 'a variety of government agencies'; no yes or no",
    ),
    ExpectedExchange(
        (5,),
        (6,),
        "evasive",
        "refusal",
        "yes_no",
        "follow-up to the contract question; declines: 'not in a position to discuss "
        "specific contracts'",
        follows=0,
    ),
    ExpectedExchange(
        (7,),
        (8,),
        "evasive",
        "deferral",
        "wh",
        "asks for an error rate; defers: 'I would have to check with our team and get back to you'",
    ),
    ExpectedExchange(
        (9,),
        (10,),
        "answered",
        "yes_no_direct",
        "yes_no",
        "yes/no question answered with 'Yes' and a date the policy started",
    ),
    ExpectedExchange(
        (13,),
        (14,),
        "answered",
        "direct",
        "multi",
        "three questions (how many, where from, can people remove photos), each answered in turn",
        questions=(
            "How many images are in your database?",
            "Where do the images come from?",
            "And can people ask you to remove their own photos?",
        ),
    ),
    ExpectedExchange(
        (15,),
        (16,),
        "evasive",
        "shift",
        "yes_no",
        "shift of topic: asks whether the company sold to a foreign government, "
        "answers about its focus on customers at home and export rules; no yes or no",
    ),
    ExpectedExchange(
        (17,),
        (18,),
        "answered",
        "yes_no_direct",
        "yes_no",
        "follow-up that interrupts the evasive answer; answered with a plain 'No'",
        follows=5,
    ),
    ExpectedExchange(
        (19,),
        (20,),
        "answered",
        "direct",
        "wh",
        "asks who checks a match; names who (a trained person on the staff) and the rule",
    ),
    ExpectedExchange(
        (22,),
        (23,),
        "evasive",
        "ignorance",
        "wh",
        "asks how long uploaded photos are kept; claims not to know: 'I don't know "
        "the answer to that'",
    ),
)
