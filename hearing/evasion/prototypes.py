"""Prototype sentences (written for this project) whose embeddings stand for a kind of
question or a kind of answer move; a feature is the best cosine to the prototypes. They
catch what no phrase list can ("Our record on this issue is very strong") at the price of
one embedding each, computed once per extractor."""

from __future__ import annotations

QUESTION_PROTOTYPES: dict[str, list[str]] = {
    "future": [
        "What will you do next?",
        "Are you going to change the policy in the future?",
        "When will this be decided?",
        "Will you run again?",
    ],
    "hypothetical": [
        "What would you do if that happened?",
        "Would you consider doing something different?",
        "If they refuse, what is your plan?",
    ],
    "opinion": [
        "Do you think he was right?",
        "What is your view of his decision?",
        "Do you agree with the criticism?",
        "Are you confident it will work?",
    ],
    "accusation": [
        "Critics say you misled the public. How do you respond?",
        "Isn't it true that you knew about the problem?",
        "Do you take responsibility for the failure?",
        "Did you break your promise?",
    ],
    "specifics": [
        "How much money was spent on the program?",
        "How many people were affected?",
        "On what date did you learn about it?",
        "Which company received the contract?",
    ],
}

ANSWER_PROTOTYPES: dict[str, list[str]] = {
    "decline": [
        "I'm not going to comment on that.",
        "I can't get into the details of that.",
        "I won't speculate about it.",
    ],
    "unknown": [
        "I don't know the answer to that.",
        "I would have to check and get back to you.",
        "I'm not aware of that.",
    ],
    "record": [
        "We have done a great deal to help working families.",
        "Our record on this issue is very strong.",
        "We are committed to keeping the American people safe.",
    ],
    "wait": [
        "We'll see what happens.",
        "Time will tell.",
        "We're looking at it very closely.",
    ],
    # testimony's retreats, said so that no phrase list need hold the words
    "rules": [
        "We follow every law and regulation that applies to us.",
        "That is handled according to our standard procedures.",
        "Everything was done under the policy in place at the time.",
        "Decisions like that go through the normal review process.",
    ],
    "direct": [
        "Yes, we did that last year.",
        "No, that is not correct.",
        "The answer is yes.",
    ],
}
