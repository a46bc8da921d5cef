"""What members' forms of wh-question ask for: the answer type ``asked_for`` reads from
the words that ask it ("Under what authority ...?" a law or order, "What criteria were used
to pick which schools ...?" a standard, not the schools). ``test_evasion_members_forms``
checks what answers each; each form here came from a testimony round (see the model card).
"""

from __future__ import annotations

import pytest

from tests.evasion_helpers import real_scorer


@pytest.fixture(scope="module")
def scorer():
    return real_scorer()


@pytest.mark.parametrize(
    ("question", "expects"),
    [
        ("Whose decision was it to close the maternity ward?", "who"),
        ("To whom did the department give the software contract?", "who"),
        ("Which of your officers fired the first shot?", "who"),
        ("At what point did you learn that the bonds had lost value?", "when"),
        ("On which day did the sheriff order the deputies to stand down?", "when"),
        ("In which county were the fraudulent ballots found?", "where"),
        ("What, if anything, did you do after the nurse reported the overdose?", "action"),
        ("What steps, if any, did the district take after the report?", "action"),
        ("How quickly were the residents told that the water was unsafe?", "how_many"),
        ("What exactly did you tell the families about the delay?", "told"),
        ("How is it that the same vendor won all three contracts?", "why"),
        ("Who, if anyone, was disciplined after the inmate's death?", "who"),
        ("What did the tests of the school's drinking fountains show?", "finding"),
        ("Which hospitals were told to stop taking ambulances during the storm?", "who"),
        ("What was the name of the firm that designed the flood wall?", "who"),
        ("What caused the delay in mailing the absentee ballots?", "why"),
        ("What was the reason for the delay in mailing the ballots?", "why"),
        ("What, specifically, will you do to shorten the wait at the passport office?", "plan"),
        ("What steps will the board take to stop the leaks?", "plan"),
        ("What will the price of the insulin pen be for patients?", "how_many"),
        ("How did it come to be that the shelter was left without heat?", "why"),
        ("What's the status of the lawsuit against the water utility?", "status"),
        ("What did the city get in return for the tax break?", "return"),
        ("Could you walk us through when you first heard about the overbilling?", "when"),
        ("How do you explain the fact that the same two firms won every contract?", "why"),
        ("Name one contract the authority cancelled after the audit.", "who"),
        ("What, if any, role did your campaign play in the robocalls?", "action"),
        ("What exactly was in the memo the chief sent to the mayor?", "content"),
        ("To what extent were the contractors supervised on the bridge job?", "degree"),
        ("What is preventing you from releasing the body camera tapes?", "obstacle"),
        ("Which of the two bids was cheaper?", "who"),
        ("What would it cost to replace every lead pipe in the city?", "how_many"),
        ("What exactly did the inspector find in the school kitchen?", "finding"),
        ("What is the total the state has paid the consultants so far?", "how_many"),
        ("What changed in the hiring process after the lawsuit?", "action"),
        ("What is your agency's explanation for the missing footage?", "why"),
        ("What was the mayor's reason for firing the auditor?", "why"),
        ("What did you mean when you told reporters the audit was routine?", "meaning"),
        ("Under what authority did the sheriff seize the boats?", "authority"),
        ("What was your role in choosing the vendor for the voting machines?", "action"),
        ("What happens to the tenants if the building is condemned?", "plan"),
        ("What criteria were used to pick which clinics would close?", "criteria"),
        ("What options did the council consider before raising fares?", "options"),
        ("What kind of chemical was stored in the warehouse that burned?", "kind"),
        ("What is the basis for the water fee increase?", "why"),
        ("What went wrong with the payroll system in March?", "why"),
        ("What safeguards stop a guard from turning off the cameras?", "obstacle"),
        ("How do you know the leak has stopped?", "evidence"),
        ("What evidence do you have that the ballots were altered?", "evidence"),
        ("How close did the reservoir come to running dry?", "how_many"),
        ("What part of the grant went to salaries?", "how_many"),
        ("What part did the mayor play in the deal?", "action"),
        ("Can you name the company that built the collapsed parking garage?", "who"),
        ("What became of the evidence seized in the warehouse raid?", "fate"),
        ("What's the holdup with the new voting machines?", "why"),
        ("What exactly happened at the water plant on the night of the spill?", "event"),
        ("What's left of the rainy day fund?", "how_many"),
        ("How did this happen to a child who was already known to the agency?", "why"),
        ("What was the purpose of the payments to the consultant?", "purpose"),
        ("What is being done to stop the sewage discharges into the bay?", "doing"),
        ("What is the agency doing about the mold in the veterans' home?", "doing"),
        ("How could a patient be discharged with a broken hip?", "why"),
        ("How did you decide which neighborhoods got the new streetlights?", "criteria"),
        ("What remains to be done before the stadium can open?", "need"),
        ("What would you say to the parents whose children were sent home?", "told"),
        ("How far did the oil spread down the river?", "how_many"),
        ("What would it take to reopen the emergency room at Mercy?", "need"),
        (
            "What is the difference between the budget you presented and the one you signed?",
            "difference",
        ),
        ("What kept the ambulance from reaching the house sooner?", "obstacle"),
        ("What stopped the county from collecting the unpaid fines?", "obstacle"),
        ("Which years did the district fail to file its financial reports?", "when"),
        ("What did the consultant's report recommend?", "content"),
        ("What did the audit call for?", "content"),
        ("What is the source of the contamination in the well water?", "why"),
        ("What is the current headcount at the crime lab?", "how_many"),
        ("What was the outcome of the internal investigation?", "outcome"),
        ("What were the terms of the settlement with the former chief?", "terms"),
        ("What was discussed at the closed-door meeting with the developer?", "discussed"),
        ("What assurances did the developer give about affordable units?", "assurance"),
        ("What guarantee can you give that the levee will hold?", "assurance"),
        ("What have you learned from the failed software rollout?", "lesson"),
        ("What led you to cancel the bus route without a public hearing?", "why"),
        ("How is the relief money being tracked?", "method"),
        ("How did the stolen rifles end up in the hands of a gang?", "means"),
        ("What were you told about the mold before you signed the lease?", "told"),
        ("What was the vendor's response when you raised the defects?", "response"),
        ("What kind of oversight does the board have over the pension fund?", "oversight"),
        ("How did you verify the contractor's claims about its safety record?", "method"),
        ("Which of the auditor's recommendations have been carried out?", "which"),
        ("What is the district doing with the budget surplus?", "doing"),
        ("How were the families notified that the school would close?", "method"),
        ("What information did the agency share with the developer?", "which"),
        ("What else did the auditors find besides the missing laptops?", "finding"),
        ("What is your plan for the families still living in motels?", "plan"),
        ("What was said at the meeting between the mayor and the developer?", "discussed"),
        ("How did the inmate manage to leave the facility unseen?", "means"),
        ("What did the new radios cost the fire department?", "how_many"),
        ("What did the sheriff know about the deputy's drinking?", "knew"),
    ],
)
def test_what_members_forms_of_question_ask_for(scorer, question: str, expects: str) -> None:
    f = scorer.extractor.extract_many([(question, "We are looking at it.")], [(0, 1)])[0]
    assert f.question.expects[0] == expects
