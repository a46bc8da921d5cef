"""Forms of question that members use and interviews rarely do, and what answers them.

"Whose decision was it ...?", "Isn't it the case that ...?", "What, specifically, will you
do ...?", "What caused ...?": each asks for a checkable thing (a name, a clause settled, a
step to take, a cause). Read as a plain wh-question, a terse answer giving it lost to an
evasive one that said the question's words back. Each case here failed before the round
that read it (see the model card's testimony rounds).
"""

from __future__ import annotations

import pytest

from tests.evasion_helpers import assert_gives_what_was_asked, real_scorer


@pytest.fixture(scope="module")
def scorer():
    return real_scorer()


@pytest.mark.parametrize(
    ("question", "predicate", "not_terms"),
    [
        # the claim is the clause; the frame is said back too ("I can confirm ...")
        ("Can you confirm that the agency deleted the emails?", {"delet", "confirm"}, {"confirm"}),
        ("Isn't it the case that the warden knew about the doors?", set(), {"case"}),
        ("Would you agree to meet with the families?", {"agre"}, set()),
        # "COVID" tagged as an adjective is what is asked about, not what is asked
        ("Did the hospital bill patients for the COVID tests that were free?", set(), set()),
    ],
)
def test_a_framed_claim_is_asked_about_its_clause(scorer, question, predicate, not_terms) -> None:
    info = scorer.extractor.extract_many([(question, "No.")], [(0, 1)])[0].question
    assert predicate <= set(info.predicate) and "covid" not in info.predicate, info.predicate
    assert not (not_terms & set(info.terms)), info.terms


@pytest.mark.parametrize(
    ("question", "answer", "gives"),
    [
        ("Whose decision was it to close the ward?", "Mine. I made it with the board.", True),
        ("Whose idea was it to move the polling place?", "The county clerk's.", True),
        ("Whose decision was it to close the ward?", "It was a decision reached together.", False),
        ("At what point did you learn of the losses?", "The week before the report.", True),
        ("In which county were the ballots found?", "Lyon County.", True),
        ("In which county were the ballots found?", "They are a concern in every county.", False),
        ("What did you tell the families?", "That the beds would not be ready until March.", True),
        ("What did you tell the families?", "I told them the beds were late.", True),
        ("What did you tell the families?", "We kept the families informed.", False),
        ("What steps, if any, did the district take?", "None. The report sat in an inbox.", True),
        ("For whom was the loan program designed?", "Small landlords with under ten units.", True),
        ("Which of your officers fired first?", "The officers involved are on leave.", False),
        ("Who, if anyone, was disciplined?", "Two guards were suspended without pay.", True),
        ("How is it that the same vendor won all three?", "It was the only bidder on two.", True),
        ("What did the tests of the fountains show?", "Lead above the limit in four.", True),
        ("Who wrote the memo telling officers to stop?", "It is about how officers work.", False),
        ("Which of your officers fired first?", "Two of our officers did.", True),
        ("Which hospitals were told to stop?", "Mercy General and St. Luke's.", True),
        ("Which hospitals were told to stop?", "Hospitals across the region were told.", False),
        ("What was the name of the firm that built it?", "Carver and Lowe, out of Denver.", True),
        # the firm said back, not named
        ("What was the name of the firm that built it?", "The firm was selected fairly.", False),
        ("What caused the delay?", "The printer sent them with the wrong address.", True),
        ("What caused the fund to miss?", "We were overweight in offices when values fell.", True),
        ("What caused the outage?", "A transformer at the Milton substation failed.", True),
        ("What caused the delay?", "It is a complex operation with many steps.", False),
        ("What, specifically, will you do?", "Hire forty clerks and open on Saturdays.", True),
        ("What will you do about the wait?", "We will add two clerks in May.", True),
        (
            "What will you do about the wait?",
            "It is a top priority, and I am looking at it.",
            False,
        ),
        ("What will you do about the wait?", "We will keep working on it.", False),
        ("How did it come to be that it had no heat?", "The boiler contract lapsed.", True),
        ("How did it come to be that it had no heat?", "It is something we monitor.", False),
        ("What's the status of the lawsuit?", "Settled last month for nine million.", True),
        ("What's the status of the lawsuit?", "The lawsuit is moving forward.", False),
        ("What did the city get in return for the tax break?", "Nothing enforceable.", True),
        ("What did the city get in return?", "It was part of a broader strategy.", False),
        ("Could you walk us through when you heard?", "A nurse emailed me on March 2nd.", True),
        ("What will happen to the workers?", "Two hundred will move to our Dayton plant.", True),
        ("What will happen to the workers?", "Every worker will be treated fairly.", False),
        ("How do you explain the fact that they won?", "They were the only bidders.", True),
        ("How do you explain the fact that they won?", "Contracts follow the rules.", False),
        ("How do you explain the rise in cost?", "Two things: steel prices rose by a third.", True),
        ("Name one contract you cancelled.", "The parking garage lease with Westgate.", True),
        ("Name one contract you cancelled.", "We reviewed contracts across the board.", False),
        ("What, if any, role did your campaign play?", "None. An outside group paid.", True),
        ("What role did you play in choosing the site?", "I chose it.", True),
        ("What, if any, role did your campaign play?", "We have always run a clean race.", False),
        ("What exactly was in the memo?", "A request to delay the layoffs.", True),
        ("What exactly was in the memo?", "It was one of many memos that month.", False),
        ("Where were you when the order was given?", "At home. I joined the call later.", True),
        ("To what extent were they supervised?", "Barely. One inspector for four sites.", True),
        ("To what extent were they supervised?", "Supervision is a shared responsibility.", False),
        ("What is preventing you from releasing the tapes?", "A court order.", True),
        ("What is preventing you from releasing the tapes?", "We want to be transparent.", False),
        ("Which of the two bids was cheaper?", "Harmon's, by about a million dollars.", True),
        ("Which of the two bids was cheaper?", "Both were evaluated on many criteria.", False),
        ("What would it cost to replace them?", "Roughly three hundred million dollars.", True),
        ("What would it cost to replace them?", "It is a significant undertaking.", False),
        ("What is the name of the lobbyist?", "Gary Stroud, from Capitol Strategies.", True),
        ("What is the name of the lobbyist?", "A number of people were involved.", False),
        ("Why was the Eastfield clinic chosen?", "It had the fewest patients of all.", True),
        ("What exactly did the inspector find?", "Mouse droppings and a warm fridge.", True),
        ("What exactly did the inspector find?", "The kitchen is inspected regularly.", False),
        ("What did your office do with it?", "Nothing for six weeks. It sat in an inbox.", True),
        ("What is the total the state has paid?", "Nine point four million dollars.", True),
        ("What is the total the state has paid?", "The state has received good value.", False),
        ("Who paid for the mayor's trip?", "The developer's trade group.", True),
        ("What changed in the hiring process?", "We added a second interviewer.", True),
        ("What changed in the hiring process?", "We always look for ways to improve.", False),
        ("What did the contractor do with it?", "Dumped it in a lot on Ferry Road.", True),
        ("What did the contractor do with it?", "The contractor handles disposal.", False),
        ("How long did the patient wait?", "Nine hours and twenty minutes.", True),
        ("How long did the patient wait?", "It varied with the cases that night.", False),
        ("Who told the nurses not to report it?", "Our nurses are told to report it all.", False),
        ("What was the reason given for denying it?", "That it was too near the wetland.", True),
        ("What was the reason given for denying it?", "Permits are reviewed on criteria.", False),
        ("What is your agency's explanation for it?", "The officer never turned it on.", True),
        ("What is your agency's explanation for it?", "Cameras are an important tool.", False),
        ("Where did the chemicals come from?", "From our tank farm. A valve failed.", True),
        ("Where did the chemicals come from?", "From our perspective, the creek is safe.", False),
        ("What did you mean by 'a formality'?", "That I expected no findings.", True),
        ("What exactly do you mean by anonymized?", "We removed names and addresses.", True),
        ("What exactly do you mean by anonymized?", "I mean that we followed the rules.", False),
        ("What did you mean by 'a formality'?", "My remarks were taken out of context.", False),
        ("Under what authority did the sheriff seize them?", "The state forfeiture statute.", True),
        (
            "Under what authority did the sheriff seize them?",
            "The office acts within the framework of applicable law.",
            False,
        ),
        ("What was your role in choosing the vendor?", "I chaired the selection panel.", True),
        ("What was your role in choosing the vendor?", "Vendor selection is a team effort.", False),
        ("What happens to the tenants?", "They get ninety days and a relocation payment.", True),
        ("What happens to the tenants?", "We will work with all stakeholders.", False),
        ("What criteria were used to pick them?", "Fewer than ten visits a day.", True),
        ("What criteria were used to pick them?", "It followed a careful process.", False),
        ("What prompted the transfer of the detectives?", "A complaint from a witness.", True),
        ("What prompted the transfer of the detectives?", "A number of factors.", False),
        ("What options did the council consider?", "Cutting two routes and freezing fares.", True),
        ("What options did the council consider?", "It considered every option available.", False),
        ("What kind of chemical was stored there?", "Ammonium nitrate, about forty tons.", True),
        ("What type of weapon did the officer fire?", "It was a beanbag shotgun.", True),
        ("What kind of chemical was stored there?", "It held a range of farm materials.", False),
        ("What is the basis for the fee increase?", "Our loan payments rose by a third.", True),
        ("What is the basis for the fee increase?", "We keep fees as low as we can.", False),
        ("What went wrong with the payroll system?", "An update deleted the overtime codes.", True),
        ("What went wrong with the payroll system?", "Big projects face unexpected snags.", False),
        ("What safeguards stop a guard from doing it?", "None right now.", True),
        (
            "What safeguards stop a guard from doing it?",
            "Our rules bar tampering of any kind.",
            False,
        ),
        (
            "How do you know the leak has stopped?",
            "We put dye in the line and none came out.",
            True,
        ),
        ("How do you know the leak has stopped?", "Our engineers are highly trained.", False),
        ("Who will pay for the cleanup?", "We will be discussing it with partners.", False),
        ("Who will pay for the cleanup?", "We will. It is in the budget.", True),
        ("How close did it come to running dry?", "Within eleven days of empty.", True),
        ("What part of the grant went to salaries?", "About sixty percent.", True),
        ("What part of the grant went to salaries?", "A portion of it supported staff.", False),
        ("How did the inmate get a phone into his cell?", "A guard sold it to him.", True),
        ("How did the inmate get a phone into his cell?", "Contraband is a problem.", False),
        ("Who benefits from the tax district?", "Mostly the two developers who own it.", True),
        ("Who benefits from the tax district?", "The whole community benefits.", False),
        ("What would you say to the parents?", "That we failed them.", True),
        ("What would you say to the parents?", "Parents are our most important partners.", False),
        ("How far did the oil spread?", "About eleven miles.", True),
        ("How far did the oil spread?", "The spill has been contained.", False),
        ("What would it take to reopen it?", "Twelve million dollars a year.", True),
        ("What would it take to reopen it?", "A new roof and a state license.", True),
        (
            "What would it take to reopen it?",
            "It would take a lot of people working together.",
            False,
        ),
        ("What is the difference between the two budgets?", "About six million dollars.", True),
        (
            "What is the difference between the two budgets?",
            "Budgets evolve in the process.",
            False,
        ),
        ("Can you name the company that built it?", "Hartwell Construction.", True),
        ("Can you name the company that built it?", "It was built by a licensed firm.", False),
        ("What became of the evidence?", "It was destroyed in March by mistake.", True),
        ("What became of the evidence?", "It is being handled appropriately.", False),
        ("What happened to the money?", "Most of it paid the organizer's salary.", True),
        ("Who pays for the mayor's security?", "It is reviewed for public officials.", False),
        ("What's the holdup with the machines?", "The vendor failed the state test.", True),
        ("What's the holdup with the machines?", "We want to get this right.", False),
        ("What exactly happened at the plant?", "A pump failed and the alarm was off.", True),
        ("What exactly happened at the plant?", "That is under review.", False),
        # "one too many" says no number
        (
            "How many children were separated last year?",
            "Even one child separated is one too many.",
            False,
        ),
        ("How many inspectors checked the wiring?", "Not even one.", True),
        # the question's own noun said first as a class, in a general rule, names nobody
        (
            "Who hired the contractor who installed the gas line?",
            "Contractors are brought on through an established selection process.",
            False,
        ),
        ("Who benefits from the tax break?", "Contractors. Mostly the big ones.", True),
        ("What happened after the nurse filed her complaint?", "Nothing. It sat for months.", True),
        (
            "What happened after the nurse filed her complaint?",
            "Nothing is more important to us than patient safety.",
            False,
        ),
        ("How will the county cover the shortfall?", "With a one-cent sales tax increase.", True),
        (
            "How will the county cover the shortfall?",
            "We will look at all options to keep the fund sound.",
            False,
        ),
        ("What kept the ambulance from the house?", "A freight train blocked the crossing.", True),
        (
            "What stopped the county from collecting the fines?",
            "Collecting fines is a complex process involving several agencies.",
            False,
        ),
        ("Which years did the district fail to file its reports?", "2019 and 2021.", True),
        (
            "Which years did the district fail to file its reports?",
            "The district has made significant improvements in its reporting.",
            False,
        ),
        ("What did the consultant's report recommend?", "Closing two fire stations.", True),
        (
            "What did the consultant's report recommend?",
            "The report contains a number of recommendations that we are reviewing.",
            False,
        ),
        ("What is the source of the contamination?", "A leaking fuel tank at the depot.", True),
        (
            "What is the source of the contamination?",
            "Groundwater contamination can come from many sources.",
            False,
        ),
        ("What is the current headcount at the lab?", "Fourteen analysts.", True),
        (
            "What is the current headcount at the lab?",
            "The lab is staffed to meet its needs.",
            False,
        ),
        ("What was the outcome of the investigation?", "Two guards were fired.", True),
        (
            "What was the outcome of the investigation?",
            "The investigation was thorough and followed our policy.",
            False,
        ),
        ("What were the terms of the settlement?", "She agreed not to sue.", True),
        ("What were the terms of the settlement?", "Both parties were satisfied.", False),
        ("What was discussed at the meeting?", "The tax abatement and the sewer line.", True),
        ("What was discussed at the meeting?", "It was a productive conversation.", False),
        ("What was discussed at the meeting?", "We discussed a range of issues.", False),
        (
            "What assurances did the developer give?",
            "A written promise, but nothing binding.",
            True,
        ),
        ("What assurances did the developer give?", "The developer is a strong partner.", False),
        ("What guarantee can you give that the levee will hold?", "None.", True),
        (
            "What assurance can you give that the machines will be tested?",
            "Every machine will be tested in public on October 12th.",
            True,
        ),
        ("What have you learned from the rollout?", "That we should never skip a pilot.", True),
        ("What have you learned from the rollout?", "We are always learning and growing.", False),
        # "Yes." to "Can you explain why ...?" says only that the witness can
        ("Can you explain why the wait times doubled?", "Yes. We lost four doctors.", True),
        ("What led you to cancel the route?", "Ridership fell below forty a day.", True),
        ("What led you to cancel the route?", "We are always looking to serve riders.", False),
        (
            "How is the relief money being tracked?",
            "Every payment goes through one account and the auditor checks it monthly.",
            True,
        ),
        (
            "How is the relief money being tracked?",
            "We take stewardship of public funds very seriously.",
            False,
        ),
        ("How did the rifles end up with a gang?", "A clerk in the evidence room sold them.", True),
        (
            "How did the rifles end up with a gang?",
            "Firearms trafficking is a serious problem across the region.",
            False,
        ),
        ("What were you told about the mold?", "That it had been cleaned up.", True),
        ("What was the vendor's response?", "They blamed our staff.", True),
        ("What was the vendor's response?", "We have had an ongoing dialogue.", False),
        ("What kind of oversight does the board have?", "Very little.", True),
        ("What kind of oversight does the board have?", "It sees a report once a year.", True),
        (
            "What kind of oversight does the board have?",
            "The board plays an important role in our governance structure.",
            False,
        ),
        ("How did you verify the claims?", "We didn't. We took their word for it.", True),
        ("How did you verify the claims?", "Our team conducts appropriate due diligence.", False),
        ("Which of the recommendations were carried out?", "Only two of the eleven.", True),
        (
            "Which of the recommendations were carried out?",
            "We are making steady progress on the recommendations.",
            False,
        ),
        ("What is the district doing with the surplus?", "Putting half into reserves.", True),
        (
            "What is the district doing with the surplus?",
            "The surplus will be used responsibly for the benefit of students.",
            False,
        ),
        ("How were the families notified?", "By a robocall the night before.", True),
        ("How were the families notified?", "We made every effort to reach families.", False),
        ("What do you say to the parents who waited?", "I'm sorry. We had no backup plan.", True),
        ("What do you say to the parents who waited?", "I'm sorry, could you repeat that?", False),
        ("What information did the agency share?", "The minimum bid and the appraisal.", True),
        (
            "What information did the agency share?",
            "The agency shares information with all interested parties as appropriate.",
            False,
        ),
        ("Why weren't the residents evacuated?", "The sirens had been switched off.", True),
        ("Why didn't anyone call the police?", "The only phone had been broken for a week.", True),
        (
            "Why weren't the residents evacuated?",
            "Evacuation decisions are made based on the best available forecasts.",
            False,
        ),
        (
            "Why didn't anyone call the police?",
            "Staff responded according to their training.",
            False,
        ),
        ("What else did the auditors find?", "Two employees were being paid for no work.", True),
        ("What else did the auditors find?", "The audit covered a broad range of areas.", False),
        ("What is your plan for the families in motels?", "Move all forty by March 1.", True),
        (
            "What is your plan for the families in motels?",
            "We are committed to finding lasting solutions for every family.",
            False,
        ),
        ("What was said at the meeting?", "The mayor asked for a donation.", True),
        ("What was said at the meeting?", "It was a cordial meeting.", False),
        ("How did the inmate manage to leave?", "He walked out with a work crew.", True),
        ("How did the inmate manage to leave?", "Facility security is reviewed often.", False),
        ("What did the new radios cost?", "Three point one million dollars.", True),
        ("What did the new radios cost?", "The radios are a critical investment.", False),
        ("What did the sheriff know about it?", "Everything. Two sergeants reported it.", True),
        ("What did the sheriff know about it?", "He holds deputies to high standards.", False),
        ("What happens next for the families?", "They get hotel vouchers through Friday.", True),
        ("What happens next for the families?", "They get the support they need.", False),
        ("Where did you get the jobs figure?", "From the developer's own brochure.", True),
        ("Where did you get the jobs figure?", "It is consistent with projections.", False),
        (
            "What did you find in the locker?",
            "Three empty bags that should have held cash, and a broken seal.",
            True,
        ),
        ("What did you find in the locker?", "The locker was opened by the book.", False),
        ("What did the developer promise?", "Two hundred jobs and a public park.", True),
        ("What did the developer promise?", "The developer has been a valued partner.", False),
        ("What were the results of the tests?", "Lead at three times the limit.", True),
        ("What stops a contractor from billing twice?", "Nothing, right now.", True),
        ("What stops a contractor from billing twice?", "We trust our contractors.", False),
        ("What has the company done with the money?", "It has paid out about half.", True),
        ("How is it possible that he got a contract?", "Nobody ran a background check.", True),
        ("How did you learn of the falsified records?", "A former aide called my office.", True),
        ("Which neighborhoods lost bus service?", "Eastgate, Millbrook and Riverside.", True),
        ("Why should taxpayers cover the trip?", "They shouldn't. I have repaid it.", True),
        ("Why should taxpayers cover the trip?", "Engagement brings real benefits.", False),
        ("What did the inspector see in the kitchen?", "Mouse droppings on the prep tables.", True),
        ("What did the inspector see in the kitchen?", "She was thorough and professional.", False),
        ("What was in the boxes the courier took?", "Personnel files and two hard drives.", True),
        ("What was in the boxes the courier took?", "The office handles a lot of material.", False),
        ("What was the reason the permit was denied?", "The building had no second exit.", True),
        ("What was the reason the permit was denied?", "Permits are decided on merit.", False),
        ("What are you going to do about the mold?", "We are moving the students out.", True),
        ("What are you going to do about the mold?", "We are looking at every option.", False),
        ("What went wrong with the new payroll system?", "It rounded overtime hours down.", True),
        ("What went wrong with the new payroll system?", "Any new system has its pains.", False),
        ("How far behind schedule is the rail line?", "About fourteen months.", True),
        ("How far behind schedule is the rail line?", "Projects this big face challenges.", False),
        ("What do the new rules require landlords to do?", "Test for lead every two years.", True),
        ("What do the new rules require landlords to do?", "They strike a fair balance.", False),
        ("What kind of training do officers receive?", "A sixteen-hour course, with a test.", True),
        ("What kind of training do officers receive?", "Our officers are the best trained.", False),
        ("What will happen to the nurses?", "All of them were offered jobs at Northside.", True),
        ("What will happen to the nurses?", "We value our nurses and their care.", False),
        ("What is the difference between the contracts?", "The new one caps overtime.", True),
        ("What is the difference between the contracts?", "The new one reflects new needs.", False),
        ("What did you hope to achieve by closing it?", "Saving two million dollars a year.", True),
        ("What did you hope to achieve by closing it?", "We want the best library system.", False),
        ("What is the city's share of the cost?", "Ninety million, plus the land.", True),
        ("What is the city's share of the cost?", "The arena will pay for itself.", False),
        ("Who else was in the room?", "The developer's lawyer and two of my aides.", True),
        ("Who else was in the room?", "People were coming and going all day.", False),
        ("What changed between the draft and the report?", "Two findings were removed.", True),
        ("What changed between the draft and the report?", "Drafts are routinely revised.", False),
        ("What is wrong with the voting machines?", "Their batteries fail after an hour.", True),
        ("What is wrong with the voting machines?", "Our elections are secure.", False),
        ("How were the contractors chosen?", "By lottery among the five bidders.", True),
        ("How were the contractors chosen?", "The selection was fair.", False),
        ("What were the inspectors told to look for?", "Rodents and broken seals.", True),
        ("What were the inspectors told to look for?", "Inspectors use their judgment.", False),
        ("What is the county doing to find them?", "Two clerks are going through logs.", True),
        ("What is the county doing to find them?", "The county takes it very seriously.", False),
        ("How will the county make up the lost revenue?", "With a hiring freeze.", True),
        ("How will the county make up the lost revenue?", "We will find the right path.", False),
        ("What did the developer get in return?", "A zoning variance for the tower.", True),
        ("What did the developer get in return?", "A lot of goodwill, I suppose.", False),
        ("What was wrong with the machines?", "A software update reset their clocks.", True),
        ("What precautions were taken?", "The street was closed and a crew stood by.", True),
        ("What precautions were taken?", "Safety is always our first consideration.", False),
        ("What was the mayor's involvement in the award?", "He called the director twice.", True),
        ("What was the mayor's involvement in the award?", "Contracts follow city rules.", False),
        ("Where does the county stand on the permit?", "Against it. The board voted no.", True),
        ("Where does the county stand on the permit?", "It is weighing many things.", False),
        ("What is being done about it?", "Every dispatcher is now retrained each spring.", True),
        ("What is being done about it?", "We are committed to learning from this.", False),
        ("Who benefits from the exemption?", "Mostly the two largest landowners.", True),
        ("Which contractor installed the wiring?", "Several contractors worked on it.", False),
        ("What were the warning signs that were missed?", "Three falls in a week.", True),
        ("What were the warning signs that were missed?", "Hindsight makes it look clear.", False),
        ("How did the department respond to it?", "It closed the complaint after one call.", True),
        ("How did the department respond to it?", "The department takes it seriously.", False),
        ("What is the state of the investigation?", "Finished. The report is done.", True),
        ("What is the state of the investigation?", "The investigation is moving forward.", False),
        ("What evidence did the board rely on?", "Enrollment figures showing it half empty.", True),
        ("What evidence did the board rely on?", "A wide range of information.", False),
        ("What are the chances the mill reopens?", "Slim. The buyer pulled out.", True),
        ("What are the chances the mill reopens?", "We remain hopeful.", False),
        ("What would the new hotel tax raise?", "About nine million dollars a year.", True),
        ("What would the new hotel tax raise?", "Visitors should pay their fair share.", False),
        ("What is standing in the way of a deal?", "The union wants a cap on class sizes.", True),
        ("What is standing in the way of a deal?", "Both sides are working in good faith.", False),
        ("How does the city decide which streets?", "Bus routes go first. Then the rest.", True),
        ("How does the city decide which streets?", "We try to serve everyone fairly.", False),
        ("What is the county's excuse for the delay?", "The clerk was out on medical leave.", True),
        ("What is the county's excuse for the delay?", "Deadlines are important to us.", False),
        ("What is the city paying the consultant?", "Three hundred dollars an hour.", True),
        ("What is the city paying the consultant?", "The rate is in line with others.", False),
        ("What does the new contract give the union?", "A four percent raise each year.", True),
        ("What does the new contract give the union?", "The contract is fair to everyone.", False),
        ("How are complaints against judges handled?", "A panel reviews each one.", True),
        ("How are complaints against judges handled?", "Every complaint gets attention.", False),
        ("What are the department's plans for it?", "To sell it to the library board.", True),
        ("What are the department's plans for it?", "No decisions have been made yet.", False),
        ("What steps has the school taken?", "It added metal detectors at the doors.", True),
        ("What steps has the school taken?", "The school has come together.", False),
        ("What other sites did the board look at?", "The old armory and a lot on Main.", True),
        ("What other sites did the board look at?", "The board did its due diligence.", False),
        ("What were the consequences for the officers?", "One was fired and two lost pay.", True),
        ("What were the consequences for the officers?", "Accountability is a core value.", False),
        ("What did the fire marshal say about the exits?", "That two were chained shut.", True),
        ("What did the fire marshal say about the exits?", "The report speaks for itself.", False),
        ("How much longer will the freeze last?", "Until the end of March.", True),
        ("How much longer will the freeze last?", "As long as it needs to.", False),
        ("How bad is the damage to the pier?", "Two of the six pilings cracked.", True),
        ("How bad is the damage to the pier?", "Engineers are assessing the pier.", False),
        ("How serious is the crack?", "Serious. Water is seeping through it.", True),
        ("What was the mayor doing when the sirens went off?", "He was at a fundraiser.", True),
        ("What was the mayor doing when the sirens went off?", "The mayor was engaged.", False),
        ("What would it mean for the district if it fails?", "Two hundred teachers cut.", True),
        ("What would it mean for the district if it fails?", "I am confident it will pass.", False),
        ("What is in the settlement with the chief?", "Six hundred thousand dollars.", True),
        ("What is in the settlement with the chief?", "It resolves the matter.", False),
        ("What's the plan B if the grant falls through?", "We borrow against parking fees.", True),
        ("What's the plan B if the grant falls through?", "We are confident it will come.", False),
        ("How are the new inspectors being trained?", "They shadow a senior for six weeks.", True),
        ("How are the new inspectors being trained?", "Our program is one of the best.", False),
        ("What is your department doing differently?", "Every hydrant is now tested twice.", True),
        ("What is your department doing differently?", "We have reflected deeply on it.", False),
        ("Who paid for the councilman's trip?", "A towing company that has a city contract.", True),
        ("Who paid for the councilman's trip?", "All travel was disclosed as required.", False),
        ("Why was nobody at the desk?", "The night clerk quit the week before.", True),
        ("Why was nobody at the desk?", "The desk is normally staffed around the clock.", False),
        ("Which supervisor approved the overtime?", "Lieutenant Marsh. He signed it.", True),
        ("Which supervisor approved the overtime?", "It is handled at that level.", False),
        ("What was said in the call with the owner?", "The governor asked him to wait.", True),
        ("What was said in the call with the owner?", "The governor speaks with many.", False),
        (
            "What was found in the basement of the evidence building?",
            "Forty boxes of untested kits.",
            True,
        ),
        (
            "What was found in the basement of the evidence building?",
            "The building is being reviewed.",
            False,
        ),
        (
            "What is the county going to do with the old jail?",
            "Tear it down and build housing.",
            True,
        ),
        (
            "What is the county going to do with the old jail?",
            "All options remain on the table.",
            False,
        ),
        (
            "What did the union ask for in the talks?",
            "A three percent raise and a cap on overtime.",
            True,
        ),
        (
            "What did the union ask for in the talks?",
            "The talks were productive on both sides.",
            False,
        ),
        (
            "How close is the city to a deal with the teachers?",
            "Very close. Only the health plan is open.",
            True,
        ),
        (
            "How close is the city to a deal with the teachers?",
            "Both sides want what is best.",
            False,
        ),
        (
            "What were the officers doing in the bar while on duty?",
            "Drinking. The receipts show it.",
            True,
        ),
        (
            "What were the officers doing in the bar while on duty?",
            "The matter is under internal review.",
            False,
        ),
        ("How did the fire at the recycling plant start?", "A forklift battery shorted out.", True),
        (
            "How did the fire at the recycling plant start?",
            "The investigation will determine that.",
            False,
        ),
        ("What were the pilot's last words on the radio?", '"Losing power, turning back."', True),
        (
            "What were the pilot's last words on the radio?",
            "The recordings are under review.",
            False,
        ),
        (
            "How is the needle exchange program funded?",
            "Entirely by a state grant that ends in June.",
            True,
        ),
        ("How is the needle exchange program funded?", "The program enjoys broad support.", False),
        (
            "What is the vacant hospital building worth today?",
            "About eleven million dollars.",
            True,
        ),
        (
            "What is the vacant hospital building worth today?",
            "Its value goes beyond any number.",
            False,
        ),
        (
            "Who was driving the city truck when it hit the cyclist?",
            "A parks employee, Dale Brennan.",
            True,
        ),
        (
            "Who was driving the city truck when it hit the cyclist?",
            "The employee involved is on leave.",
            False,
        ),
        (
            "What was the biggest expense in the festival budget?",
            "Security. It cost the most.",
            True,
        ),
        (
            "What was the biggest expense in the festival budget?",
            "Every line was carefully considered.",
            False,
        ),
        (
            "What mistakes did the dispatchers make that night?",
            "They sent two crews to the wrong bridge.",
            True,
        ),
        (
            "What mistakes did the dispatchers make that night?",
            "Our dispatchers worked under hard conditions.",
            False,
        ),
        ("How high did the water rise in the courthouse basement?", "Almost five feet.", True),
        (
            "How high did the water rise in the courthouse basement?",
            "The courthouse has flood protections.",
            False,
        ),
        ("How is the county going to house the evacuees?", "In two hotels we have leased.", True),
        (
            "How is the county going to house the evacuees?",
            "Housing them is our top priority.",
            False,
        ),
        ("How will the county fix the permit backlog?", "We will hire six clerks.", True),
        ("How will the county fix the permit backlog?", "We are committed to fixing it.", False),
        ("How do residents apply for the flood rebate?", "Online or at any library branch.", True),
        (
            "How do residents apply for the flood rebate?",
            "We want it to be easy for residents.",
            False,
        ),
        ("What would a four-day school week save the district?", "About a million a year.", True),
        ("What would a four-day school week save the district?", "Savings are one factor.", False),
        ("In what condition were the fire trucks when sold?", "Two had cracked frames.", True),
        (
            "In what condition were the fire trucks when sold?",
            "They went through an auction.",
            False,
        ),
        ("What does the county owe the paving contractor?", "Three million dollars.", True),
        ("What does the county owe the paving contractor?", "The county honors its debts.", False),
        ("Which of the bids for the bridge came in lowest?", "Kessler Construction's.", True),
        (
            "Which of the bids for the bridge came in lowest?",
            "Every bid was scored on more.",
            False,
        ),
        ("How are the new school boundaries drawn?", "By consultant software, then by hand.", True),
        ("How are the new school boundaries drawn?", "They reflect the needs of families.", False),
        (
            "Which intersections have the most crashes?",
            "Fifth and Main, and the Route 9 ramp.",
            True,
        ),
        ("Which intersections have the most crashes?", "Traffic safety is a concern.", False),
        ("What training did the new dispatchers get?", "Two days in a classroom.", True),
        ("What training did the new dispatchers get?", "Training that meets state rules.", False),
        (
            "What was the weather like when the plane took off?",
            "Freezing rain and low cloud.",
            True,
        ),
        (
            "What was the weather like when the plane took off?",
            "The crew had what they needed.",
            False,
        ),
        ("What rules did the contractor break?", "The state ban on dumping washout.", True),
        ("What rules did the contractor break?", "The contractor has a long record.", False),
        ("What are residents supposed to do if it floods?", "Call 311, then photograph it.", True),
        (
            "What are residents supposed to do if it floods?",
            "We hope it will not happen again.",
            False,
        ),
        ("What are residents supposed to do if it floods?", "We will be calling the mayor.", False),
        (
            "What was the first sign that the bridge was failing?",
            "A crack in the north pier.",
            True,
        ),
        (
            "What was the first sign that the bridge was failing?",
            "Bridges show wear over time.",
            False,
        ),
        (
            "What exactly is the hospital accused of?",
            "Billing Medicare for scans never done.",
            True,
        ),
        ("What exactly is the hospital accused of?", "The hospital denies any wrongdoing.", False),
        (
            "Which budget lines will the council cut?",
            "Library hours and the youth jobs program.",
            True,
        ),
        (
            "Which budget lines will the council cut?",
            "Every department will share the sacrifice.",
            False,
        ),
        ("What did the county pay per ton for road salt?", "Ninety-two dollars.", True),
        (
            "What did the county pay per ton for road salt?",
            "Salt prices rose across the region.",
            False,
        ),
        ("What was the longest a caller waited for 911?", "Four minutes and ten seconds.", True),
        (
            "What was the longest a caller waited for 911?",
            "Most calls are answered within seconds.",
            False,
        ),
        ("Who tipped off the developer about the vote?", "A council aide, Mark Devlin.", True),
        (
            "Who tipped off the developer about the vote?",
            "Council business is conducted in the open.",
            False,
        ),
        ("What was left out of the final audit?", "The whole section on overtime payments.", True),
        (
            "What was left out of the final audit?",
            "The report reflects the auditor's judgment.",
            False,
        ),
        (
            "What is the oldest complaint still open?",
            "A 2019 complaint against an inspector.",
            True,
        ),
        (
            "What is the oldest complaint still open?",
            "The office works through them quickly.",
            False,
        ),
        (
            "What was on the laptop the detective took home?",
            "Names of two hundred informants.",
            True,
        ),
        (
            "What was on the laptop the detective took home?",
            "Laptops are issued under a policy.",
            False,
        ),
        (
            "What condition is the Hollis Creek dam in today?",
            "Poor. The spillway is cracked.",
            True,
        ),
        ("What condition is the Hollis Creek dam in today?", "It is one of many we watch.", False),
        ("What does the new ordinance ban?", "Gas leaf blowers in residential areas.", True),
        ("What does the new ordinance ban?", "It reflects what we heard from residents.", False),
        (
            "What did the contractor use instead of steel rebar?",
            "Fiberglass bars, never approved.",
            True,
        ),
        (
            "What did the contractor use instead of steel rebar?",
            "The contractor used materials that met the specs.",
            False,
        ),
        (
            "What are the side effects of the new water treatment?",
            "Some residents will see brown water.",
            True,
        ),
        (
            "What are the side effects of the new water treatment?",
            "The treatment is widely used.",
            False,
        ),
        (
            "How did the inspector miss the cracks in the garage?",
            "He never went to the lower level.",
            True,
        ),
        (
            "How did the inspector miss the cracks in the garage?",
            "Inspections are a snapshot in time.",
            False,
        ),
        (
            "What is the penalty for filing the forms late?",
            "Fifty dollars a day, up to a cap.",
            True,
        ),
        (
            "What is the penalty for filing the forms late?",
            "Filers are reminded of the deadlines.",
            False,
        ),
        (
            "What is the next step for the families?",
            "A caseworker meets each family this week.",
            True,
        ),
        ("What is the next step for the families?", "Our hearts go out to every family.", False),
        (
            "What size fine did the state levy on the refinery?",
            "One point two million dollars.",
            True,
        ),
        (
            "What size fine did the state levy on the refinery?",
            "The refinery is reviewing it.",
            False,
        ),
        (
            "What do the numbers show about response times?",
            "They went from eight minutes to eleven.",
            True,
        ),
        (
            "What do the numbers show about response times?",
            "Numbers never tell the whole story.",
            False,
        ),
        ("What did the 911 caller report seeing?", "Two men carrying a television out.", True),
        (
            "What did the 911 caller report seeing?",
            "The call was handled according to protocol.",
            False,
        ),
        ("What are the hours at the new health clinic?", "Eight to six on weekdays.", True),
        (
            "What are the hours at the new health clinic?",
            "It is designed around working families.",
            False,
        ),
        ("What is the capacity of the new shelter?", "One hundred and twenty beds.", True),
        ("What is the capacity of the new shelter?", "The shelter is a big step forward.", False),
        (
            "What are the eligibility rules for rent relief?",
            "Households under sixty percent of median.",
            True,
        ),
        (
            "What are the eligibility rules for rent relief?",
            "It helps those who need it most.",
            False,
        ),
        (
            "What language were the notices printed in?",
            "English only, in a Spanish-speaking district.",
            True,
        ),
        (
            "What language were the notices printed in?",
            "We work hard to reach every resident.",
            False,
        ),
        ("What color was the car that fled the scene?", "Dark green. Two witnesses agree.", True),
        (
            "What color was the car that fled the scene?",
            "Investigators are gathering statements.",
            False,
        ),
        (
            "What does the agency still not know about the spill?",
            "How much reached the aquifer.",
            True,
        ),
        (
            "What does the agency still not know about the spill?",
            "The agency has worked around the clock.",
            False,
        ),
        (
            "What was the mayor's first act after the flood?",
            "He declared an emergency that night.",
            True,
        ),
        (
            "What was the mayor's first act after the flood?",
            "The mayor was deeply moved by it.",
            False,
        ),
        ("How were the victims of the fire identified?", "By dental records.", True),
        (
            "How were the victims of the fire identified?",
            "Identification is a sensitive process.",
            False,
        ),
        (
            "What reason did the board give for firing her?",
            "In private, members cited her travel audit.",
            True,
        ),
        (
            "What reason did the board give for firing her?",
            "Personnel matters are confidential.",
            False,
        ),
        ("At what temperature does the county open warming centers?", "Twenty degrees.", True),
        (
            "At what temperature does the county open warming centers?",
            "The county watches the weather.",
            False,
        ),
        ("What grade did the state give the high school?", "A D, down from a C last year.", True),
        (
            "What grade did the state give the high school?",
            "Our students work incredibly hard.",
            False,
        ),
        ("Which inmate started the fight in the dining hall?", "Marcus Tate, on the video.", True),
        (
            "Which inmate started the fight in the dining hall?",
            "The incident remains under review.",
            False,
        ),
        # a thing named late in the answer is no event told
        (
            "What exactly happened at the plant?",
            "The matter is being reviewed by a team in the office.",
            False,
        ),
        ("What's left of the rainy day fund?", "About four hundred thousand dollars.", True),
        ("What's left of the rainy day fund?", "The fund remains an important tool.", False),
        ("How did this happen to a known child?", "Her case worker never visited.", True),
        ("How did this happen to a known child?", "The work involves judgments made fast.", False),
        ("What was the purpose of the payments?", "To lobby the council.", True),
        ("What was the purpose of the payments?", "It provided a range of services.", False),
        ("What is being done to stop it?", "We are building a storage tank.", True),
        ("What is being done to stop it?", "We are taking it very seriously.", False),
        ("What proof is there that it worked?", "None yet. We have four months of data.", True),
        ("How could a patient be sent home with it?", "The X-ray was read wrong.", True),
        ("How did you decide which streets got lights?", "By the number of crashes.", True),
        ("How did you decide which streets got lights?", "We listened to residents.", False),
        ("What remains to be done before it opens?", "The alarms and two inspections.", True),
        ("What remains to be done before it opens?", "The team is working hard.", False),
    ],
)
def test_members_forms_of_question_are_answered(scorer, question, answer, gives) -> None:
    assert_gives_what_was_asked(scorer.score(question, answer), gives)


def test_a_claim_put_to_the_witness_is_asked_about_its_clause(scorer) -> None:
    q = "Are you telling this committee that nobody at the agency read the warning letter?"
    got = scorer.extractor.extract_many([(q, "No.")], [(0, 1)])[0]
    assert got.question.kind == "yesno" and "tell" not in got.question.predicate


def test_or_anyone_asks_yes_or_no_not_a_choice(scorer) -> None:
    q = "Have you or has anyone on your staff been contacted by the defendant?"
    assert scorer.extractor.extract_many([(q, "No.")], [(0, 1)])[0].question.kind == "yesno"


@pytest.mark.parametrize(
    ("question", "answer", "commits"),
    [
        ("Am I correct that the contract was never put out for bid?", "You are.", True),
        (
            "Am I right that the vote came after the announcement?",
            "You're not. It came before.",
            True,
        ),
        # the asker's words turned round answer only "Am I ...?"
        ("Was the contract ever put out for bid?", "You are.", False),
    ],
)
def test_am_i_right_is_answered_by_you_are(scorer, question, answer, commits) -> None:
    f = scorer.extractor.extract_many([(question, answer)], [(0, 1)])[0]
    assert f.values["yn_answered"] == float(commits), f.evidence["opener"]


def test_a_participle_after_an_article_tells_no_cause(scorer) -> None:
    """ "a valued partner" is no cause told ("The printer sent them ..." is)."""
    q = "Why wasn't the council told about the audit findings?"
    a = "The council is a valued partner, and we share information with its members regularly."
    assert_gives_what_was_asked(scorer.score(q, a), False)


@pytest.mark.parametrize(
    ("question", "answer", "generic"),
    [
        (
            "Has the agency ever shared license plate data with federal immigration authorities?",
            "We share data with a variety of law enforcement partners at every level.",
            "a variety of",
        ),
        (
            "Did anyone from your office speak to the developer before the zoning vote?",
            "My office speaks with residents, businesses and developers all the time.",
            "residents, businesses and developers",
        ),
    ],
)
def test_the_verb_said_back_about_many_things_is_a_generality(
    scorer, question, answer, generic
) -> None:
    """The ICE-style non-denial: the question's verb said back, about a variety of partners
    (a quantifier up to five words on) or kinds listed bare, the one asked about among them."""
    f = scorer.extractor.extract_many([(question, answer)], [(0, 1)])[0]
    assert f.values["yn_echo"] == 0.0 and f.values["generic_rate"] > 0
    got = scorer.score(question, answer)
    assert got.label != "answered", got.reasons
    assert any(generic in r.text for r in got.reasons if r.kind in ("generic", "shift"))


def test_a_verb_said_back_about_the_one_asked_still_replies(scorer) -> None:
    q = "Did anyone from your office speak to the developer before the zoning vote?"
    f = scorer.extractor.extract_many([(q, "I spoke to the developer twice in May.")], [(0, 1)])
    assert f[0].values["yn_echo"] == 1.0


@pytest.mark.parametrize(
    ("answer", "commits"),
    [
        ("Her chief of staff did. The mayor was out of the country.", True),
        ("The mayor did, on the advice of the fire marshal.", True),
        # the first clause's object said back is no pick between the two
        ("The demolition was approved through the normal channels.", False),
    ],
)
def test_which_is_it_asks_between_the_subjects(scorer, answer: str, commits: bool) -> None:
    q = "Which is it: did the mayor approve the demolition, or did her staff?"
    f = scorer.extractor.extract_many([(q, answer)], [(0, 1)])[0]
    assert f.question.kind == "choice" and f.values["yn_answered"] == float(commits)


@pytest.mark.parametrize(
    ("answer", "feature"),
    [
        ("The jail works closely with the fire marshal on every inspection.", "pivot_rate"),
        ("Fire safety in the jail is a shared responsibility.", "generic_rate"),
        ("Patient safety was at the center of every decision we made.", "pivot_rate"),
        ("The jail's budget is reviewed every quarter by our finance team.", "process_rate"),
        ("The jail is one of the most closely monitored sites in the state.", "process_rate"),
        ("The jail has helped thousands of inmates find work.", "pivot_rate"),
        ("The warden has always made the safety of inmates a priority.", "pivot_rate"),
        ("I made the best call I could with the information I had.", "pivot_rate"),
        ("The jail maintains the highest standards of safety.", "pivot_rate"),
        ("I cooperated fully with the fire marshal throughout.", "pivot_rate"),
        ("The jail is inspected on the schedule the state sets.", "process_rate"),
        ("The jail continues to work cooperatively with the fire marshal.", "pivot_rate"),
        ("Mistakes can occur in any large corrections system.", "generic_rate"),
        ("The jail is committed to the safety of every inmate.", "pivot_rate"),
        ("The jail has made great strides in recent years.", "pivot_rate"),
        ("The jail follows the inspection schedule set by the state.", "process_rate"),
        ("The jail respects the court and its role in this process.", "process_rate"),
        ("The jail is something this administration cares deeply about.", "pivot_rate"),
        ("The warden relies on his staff to brief him on inspections.", "process_rate"),
        ("The warden relies on staff to vet contractors.", "process_rate"),
        ("Our hearts go out to everyone at the jail.", "pivot_rate"),
        ("Jail business is conducted in the open.", "process_rate"),
    ],
)
def test_praise_oversight_and_shared_duty_in_place_of_the_fact_are_retreats(
    scorer, answer: str, feature: str
) -> None:
    """Working closely with others, a shared responsibility, a principle at the centre of
    every decision, oversight claimed: each stands where the fact asked for should be."""
    q = "Isn't it a fact that the jail failed its last two fire inspections?"
    f = scorer.extractor.extract_many([(q, answer)], [(0, 1)])[0]
    assert f.values[feature] > 0


def test_can_you_assure_asks_about_the_clause(scorer) -> None:
    """ "Can you assure residents that the landfill is not leaking?" asks about the leak; the
    frame said back ("I can assure you ...") still replies."""
    q = "Can you assure residents that the landfill is not leaking into the river?"
    info = scorer.extractor.extract_many([(q, "No.")], [(0, 1)])[0].question
    assert "leak" in info.predicate, info.predicate
