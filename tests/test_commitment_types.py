"""Commitment types and non-commitments decided by word sense and construction."""

from __future__ import annotations

import pytest

from tests.test_commitments import extract, pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "call for X to act", "plead for/with X to act": the parser makes "for" a mark
        ("Norland called for Vesland to withdraw its troops.", {("Norland", "call")}),
        ("Jon Hale pleaded for the rebels to attend the talks.", {("Jon Hale", "call")}),
        ("Jon Hale pleaded with Vesland to reopen the border.", {("Jon Hale", "call")}),
        ("The suspect Jon Hale pleaded guilty to fraud.", set()),
        # "object to" refuses what follows; "objected that" states a view
        ("Norland objected to the Vesland plan to build a dam.", {("Norland", "refusal")}),
        ("Foreign Minister Ana Kovac objected that the plan was unfair.", set()),
    ],
)
def test_call_and_refusal_constructions(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wish or need in the speaker's own words, told in the past: then, not now
        ('"I had to pay for the repairs myself," said Mara Lind.', set()),
        ('"We wanted to help them, but nobody listened," said Mara Lind.', set()),
        ('"We want to help them," said Mara Lind.', {("Mara Lind", "intent")}),
        # reported speech shifts "have to" back: still a call
        ("Mara Lind said Norland had to withdraw its troops.", {("Mara Lind", "call")}),
    ],
)
def test_past_wishes(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a vote takes the type of the act voted; a decision to reject refuses
        ("The Norland parliament voted to approve the treaty.", {("Norland", "endorsement")}),
        ("The Norland parliament voted to reject the treaty.", {("Norland", "refusal")}),
        ("The Norland parliament voted to ratify the treaty.", {("Norland", "agreement")}),
        ("The Norland parliament voted to send troops.", {("Norland", "intent")}),
        ("Norland decided to reject the offer.", {("Norland", "refusal")}),
        ("Norland decided to sign the agreement.", {("Norland", "intent")}),
        # a wish that another join is an invitation; any other act wished is asked
        ("Norland wants Vesland to join the alliance.", {("Norland", "offer")}),
        ("Norland wants Vesland to withdraw its troops.", {("Norland", "call")}),
        # "will hopefully" states a course hoped for
        ('"We will hopefully reach a deal by Friday," said Mara Lind.', {("Mara Lind", "intent")}),
        ('"We will reach a deal by Friday," said Mara Lind.', {("Mara Lind", "pledge")}),
        # a past act set in history
        ("Vesland has accepted refugees in the past.", set()),
        ("Vesland has accepted the proposal.", {("Vesland", "endorsement")}),
    ],
)
def test_types_by_construction(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what a thing will do is a forecast, whoever says it
        ("Mara Lind said the agreement would end the dispute.", set()),
        ("Mara Lind said the new bill would improve public safety.", set()),
        ("Ratification by Norland would mark a historic step forward.", set()),
        ("Mara Lind said the accords would set back development.", set()),
        # an actor's act, or what the speaker's side sends, still commits
        ("Mara Lind said Norland would end the blockade.", {("Mara Lind", "pledge")}),
        ('"Our aid will reach the camps by Friday," said Mara Lind.', {("Mara Lind", "pledge")}),
    ],
)
def test_a_things_future_is_a_forecast(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "warned X of consequences" threatens, however the parser hangs "of"
        ("Mara Lind warned Vesland of serious consequences.", {("Mara Lind", "intent")}),
        ("Foreign Minister Mara Lind warned that the rebels are regrouping.", set()),
        # "denied the request" withholds what was asked; "denied the allegations" denies a fact
        ("Norland denied the request for overflight rights.", {("Norland", "refusal")}),
        ("Norland denied the allegations.", set()),
        # readiness for an offerable act with a noun ("open to talks")
        ("Mara Lind said Norland is open to talks with Vesland.", {("Mara Lind", "offer")}),
        ("Norland is ready for dialogue with the rebels.", {("Norland", "offer")}),
        ("Norland is open to criticism.", set()),
    ],
)
def test_threats_refusals_and_offers_by_sense(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ending an engagement between sides refuses it
        ("Norland terminated the mediation of the Vesland president.", {("Norland", "refusal")}),
        ("Norland broke off diplomatic relations with Vesland.", {("Norland", "refusal")}),
        ("Norland suspended aid to Vesland.", {("Norland", "refusal")}),
        # ending anything else refuses nothing
        ("The league suspended the player for two games.", set()),
        ("Norland froze the assets of the Vesland bank.", set()),
        # "will halt construction" is still the modal's pledge
        ("Mara Lind said Norland will halt construction of the dam.", {("Mara Lind", "pledge")}),
    ],
)
def test_ending_an_engagement_refuses(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "would consider" offers; "could consider" only muses, a hedged intent
        ("Norland would consider a ceasefire, Mara Lind said.", {("Mara Lind", "offer")}),
        ("Norland could consider a ceasefire, Mara Lind said.", {("Mara Lind", "intent")}),
        # a subjunctive "that" clause after "insist" asks; an indicative one reports a view
        ("Mara Lind insisted that Vesland withdraw its troops.", {("Mara Lind", "call")}),
        ("Mara Lind insisted that the talks be resumed at once.", {("Mara Lind", "call")}),
        ("Mara Lind insisted that the talks were going well.", set()),
    ],
)
def test_hedges_and_mandatives(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # rejecting a finding or a view disputes a statement; rejecting a plan refuses it
        ("The Norland government has rejected the inquiry's findings.", set()),
        ("Mara Lind opposed the president's view in a statement.", set()),
        ("Norland rejected the peace plan.", {("Norland", "refusal")}),
    ],
)
def test_rejecting_a_statement_is_no_refusal(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # word sense: one seals a deal, not a border; adopts a resolution, not a policy
        ("Norland sealed its border with Vesland.", set()),
        ("Norland and Vesland sealed a deal on gas prices.", {("Norland", "agreement")}),
        ("Norland is adopting a more assertive policy.", set()),
        # a decision judged, not taken; a hope about what is going on
        ('"The deputies have made a historically correct decision," said Jon Hale.', set()),
        ("Norland made the decision to send troops.", {("Norland", "intent")}),
        ('"I hope they are talking about the budget," said Jon Hale.', set()),
        # a thing "would support" an idea: it backs nothing
        ("Jon Hale said the footage would support the idea that the army is biased.", set()),
        ("Jon Hale said Norland would support the plan.", {("Jon Hale", "endorsement")}),
    ],
)
def test_word_sense_and_judgements(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "nobody"/"nothing" doing something is defiance of others, not a refusal
        ('"Nobody will stop us," said Mara Lind.', set()),
        ('"Nothing will change our position," said Mara Lind.', set()),
        # "no troops will be sent" still withholds them
        ("Mara Lind said no troops would be sent to Vesland.", {("Mara Lind", "refusal")}),
    ],
)
def test_negative_pronoun_subjects(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what a joint document says the sides will do is concluded jointly
        (
            'The joint statement said: "President Anna Berg and Prime Minister Jon Hale will '
            'continue to meet every two weeks to follow up the talks."',
            {("Anna Berg", "agreement")},
        ),
        (
            "In a joint statement, Norland and Vesland said they would open a hotline.",
            {("Norland", "agreement")},
        ),
        ("Norland said it would open a hotline with Vesland.", {("Norland", "pledge")}),
    ],
)
def test_a_joint_document_agrees(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "agreed that" a course will be taken concludes it; "agreed that X is" shares a view
        (
            "Norland and Vesland agreed that the border zone would be examined next year.",
            {("Norland", "agreement")},
        ),
        ("Norland and Vesland agreed that climate change is the main challenge.", set()),
        ("The inquiry concluded that Norland would need more troops.", set()),
        # "called for X" with a "that" clause hung on the verb by the parser still calls
        (
            "Mara Lind called for the release of the prisoners after claims that they were beaten.",
            {("Mara Lind", "call")},
        ),
    ],
)
def test_agreed_courses_and_calls_for(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an assurance pledges what it assures of
        (
            "Mara Lind reassured her host that Norland will hold a fair election next month.",
            {("Mara Lind", "pledge")},
        ),
        ("Mara Lind reassured Vesland of Norland's support.", {("Mara Lind", "pledge")}),
        ("Mara Lind assured the markets.", set()),
    ],
)
def test_assurances(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "with X abstaining": an absolute clause is X's act, not a manner
        (
            "The resolution passed 14-0, with the United States abstaining.",
            {("United States", "refusal")},
        ),
        # "end" refuses an engagement; "will end the blockade" is still the modal's pledge
        ("Norland ended the mediation of the Vesland president.", {("Norland", "refusal")}),
        ("Mara Lind said Norland will end the blockade.", {("Mara Lind", "pledge")}),
    ],
)
def test_absolute_votes_and_endings(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # counts of people forecast what happens to them; what a side sends is delivered
        ("Mara Lind said thousands of workers will lose their jobs.", set()),
        ("Mara Lind said 5,000 troops will be sent to Vesland.", {("Mara Lind", "pledge")}),
        # a vote on a date is a timetable; a vote told with its side still commits
        ("Norlanders will vote on a referendum on Sunday.", set()),
        ("Mara Lind said Norland would vote against the resolution.", {("Mara Lind", "refusal")}),
    ],
)
def test_counts_and_scheduled_votes(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # idioms: an award accepted, a glimpse offered, a cab hailed, a family supported
        ("Mara Lind accepted an award from the Vesland academy.", set()),
        ("Mara Lind offered a glimpse of the new plan.", set()),
        ("Mara Lind hailed a taxi outside the ministry.", set()),
        ("Mara Lind supported her family by working in a factory.", set()),
        ("Norland offered Vesland a loan of 2 billion euros.", {("Norland", "offer")}),
    ],
)
def test_idioms_commit_nobody(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a negated refusal refuses nothing; "not rule out" keeps a course open
        ("Mara Lind did not rule out sending troops.", {("Mara Lind", "intent")}),
        ("Norland did not reject the plan.", set()),
        # reported speech shifts "is not planning" back; a speaker's own past stays past
        ("Mara Lind said Norland was not planning to send troops.", {("Mara Lind", "refusal")}),
        ('Jon Hale added, "We did not plan to stay."', set()),
        # "has yet to" withholds an act so far
        ("Norland has yet to accept the proposal.", {("Norland", "refusal")}),
        ("Norland has yet to decide.", set()),
    ],
)
def test_polarity_and_backshift(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a decision to make a request, an offer: the noun's type
        (
            "John Howard said that Norland had decided to make an urgent request to all "
            "countries to renew their efforts.",
            {("John Howard", "call")},
        ),
        ("Norland decided to send troops.", {("Norland", "intent")}),
        # a body's statement rejected is a document refused; a person's statement, a claim
        (
            "The Norland Forum has rejected the NATO statement because it sets no targets.",
            {("Norland Forum", "refusal")},
        ),
        ("Mara Lind rejected the minister's statement.", set()),
    ],
)
def test_decided_nouns_and_rejected_documents(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "it will take weeks" forecasts how long; "we will take steps" commits
        ('"It will take years to rebuild the bridge," said Mara Lind.', set()),
        ('"We will take steps to protect the camp," said Mara Lind.', {("Mara Lind", "pledge")}),
    ],
)
def test_time_it_takes_is_a_forecast(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what another side "would face" in a warning is the warner's threat
        (
            "Mara Lind warned that Vesland would face serious consequences if it crossed the border.",
            {("Mara Lind", "intent")},
        ),
        ("Mara Lind warned that farmers would face higher costs.", set()),
        # "warned X against doing" advises: a call
        ("Mara Lind warned Vesland against crossing the border.", {("Mara Lind", "call")}),
        # "threatened that it would" reports the threatener's own act, as "warned" does
        ("Vesland threatened that it would retaliate against Norland.", {("Vesland", "intent")}),
        ("Mara Lind threatened that the talks would collapse.", set()),
    ],
)
def test_warnings_threaten_or_advise(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "would have to be done" (a passive need) asks for it; "will need to build" forecasts
        (
            "Envoy Jon Hale added that the Northern Border Accord would have to be discussed "
            "at the peace talks.",
            {("Jon Hale", "call")},
        ),
        ("Mara Lind said the state will need to build more schools.", set()),
        # stressed or believed, a need of another side is asked of it
        (
            "The European Commission stresses that the candidate states will have to do "
            "more to reform their courts.",
            {("European Commission", "call")},
        ),
        # a purpose put before it makes the need a requirement, not a demand
        (
            "The European Commission stresses that to join the union, the candidate states "
            "will have to win a vote in every parliament.",
            set(),
        ),
    ],
)
def test_a_passive_need_asks(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a negated present progressive of an act refuses a course already set
        ('"We are not sending troops to Vesland," said Mara Lind.', {("Mara Lind", "refusal")}),
        (
            '"If the mediators fail to decide by Friday, then the Norland Front is not '
            'attending the talks," said Jon Hale.',
            {("Norland Front", "refusal")},
        ),
    ],
)
def test_negated_progressive_refuses(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "kind", "content"),
    [
        (
            "Osmark is committed to pursuing a diplomatic solution, Foreign Minister Dario "
            "Velt said.",
            "pledge",
            "pursue a diplomatic solution",
        ),
        (
            "Foreign Minister Lena Varn said she was opposed to including Norland in the talks.",
            "refusal",
            "include Norland",
        ),
    ],
)
def test_a_stance_towards_an_act_after_to_commits(nlp, text, kind, content):
    rows = extract(nlp, text)
    assert [(r["type"], r["content"]) for r in rows] == [(kind, content)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an order or pressure with a "to" complement asks the one addressed to act
        (
            "Foreign Minister Mara Lind told Vesland to withdraw its troops from the border.",
            {("Mara Lind", "call")},
        ),
        ("Norland pressured Vesland to release the prisoners.", {("Norland", "call")}),
        # "told reporters that" reports; "told reporters to expect" forecasts
        ("Mara Lind told reporters that Norland would send two ships.", {("Mara Lind", "pledge")}),
        ("Mara Lind told reporters to expect a decision on Friday.", set()),
        ('Jon Hale told the parliament, "Let me form a government."', set()),
    ],
)
def test_orders_and_pressure_ask(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a warning under "would" or "will" keeps its own type: advice is a call
        (
            '"I would caution against drawing hasty conclusions," said Mara Lind.',
            {("Mara Lind", "call")},
        ),
        (
            '"We will warn Vesland against crossing the border," said Mara Lind.',
            {("Mara Lind", "call")},
        ),
    ],
)
def test_a_modal_warning_keeps_its_type(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "it is our intention to" sets a course; negated, it refuses one
        (
            '"It is the intention of my government to propose a new treaty," said Mara Lind.',
            {("Mara Lind", "intent")},
        ),
        (
            '"It is not our intention to interfere in the affairs of Vesland," said Mara Lind.',
            {("Mara Lind", "refusal")},
        ),
        (
            "It is the intention of the Norland government to close the border.",
            {("Norland", "intent")},
        ),
        # told in the past, or no course named
        ("It was his wish to be buried at sea.", set()),
        ("It is an agreement to be proud of.", set()),
    ],
)
def test_an_extraposed_course_commits(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an act dated years ago is history; weeks ago is news
        ("The Norland parties opposed the war four years ago.", set()),
        ("Norland signed the treaty two weeks ago.", {("Norland", "agreement")}),
    ],
)
def test_years_ago_is_history(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a negated report asserts nothing; a record on file commits nobody
        ("None of the reports says that Jon Hale offered money to the rebels.", set()),
        ("Mara Lind did not say that Norland would send troops.", set()),
        ("The memo said planners would brief the minister on 1 August.", set()),
        ("The leaked cable said the army would withdraw two brigades by March.", set()),
        # a negated act inside an asserted report still refuses; a statement still pledges
        ("Mara Lind said that Norland would not send troops.", {("Mara Lind", "refusal")}),
        ("The statement said Norland would send two ships.", {("Norland", "pledge")}),
    ],
)
def test_unasserted_reports_commit_nobody(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # refusing to discuss a proposal refuses it; declining to discuss details withholds
        ("Norland refused to discuss the proposal.", {("Norland", "refusal")}),
        ("Norland declined to discuss details of the case.", set()),
        (
            "Norland officials also do not intend to discuss the Vesland human rights record.",
            {("Norland", "refusal")},
        ),
        ("Mara Lind refused to discuss the matter.", set()),
        # a suggestion rejected is a proposal refused; a suggestion that something is so,
        # a claim denied
        ("Norland rejected this suggestion.", {("Norland", "refusal")}),
        ("Norland rejected suggestions that it had bribed the judges.", set()),
    ],
)
def test_proposals_refused_and_claims_denied(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "quoted as saying" reports the quoted person's words
        (
            "Defence Minister Jon Hale was quoted as saying that Norland will send two ships.",
            {("Jon Hale", "pledge")},
        ),
        (
            "The newspaper quoted Jon Hale as saying the army will withdraw by May.",
            {("Jon Hale", "pledge")},
        ),
    ],
)
def test_quoted_as_saying_reports(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # another's wish guessed under "may" or "might" is no intent; the speaker's own is
        ("Jon Hale suggests that the president might want to show that Norland is free.", set()),
        ("Mara Lind said Norland may wish to delay the vote.", set()),
        ('"We may want to revisit the treaty," said Mara Lind.', {("Mara Lind", "intent")}),
    ],
)
def test_a_guessed_wish_is_no_intent(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "do" with a vague object names no act; a "to" clause names one
        ('"We will do things differently," said Mara Lind.', set()),
        ('"We would do something about it," said Mara Lind.', set()),
        ('"We will do more to help the refugees," said Mara Lind.', {("Mara Lind", "pledge")}),
    ],
)
def test_vague_doing_names_no_act(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # pressure put on another side to act asks it to
        ("Norland has put Vesland under pressure to release the prisoners.", {("Norland", "call")}),
        ("Norland put pressure on Vesland to release the prisoners.", {("Norland", "call")}),
        ("Norland has stepped up pressure on the rebels to disarm.", {("Norland", "call")}),
        # pressure suffered asks nothing
        ("Norland is under pressure to release the prisoners.", set()),
    ],
)
def test_pressure_to_act_asks(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title before the subject may make the main verb a relative clause of the title
        (
            "The bloc's top diplomat Jon Hale has offered Vesland a loan to rebuild the port.",
            {("Jon Hale", "offer")},
        ),
    ],
)
def test_a_title_before_the_subject_keeps_the_main_clause(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a passive belief with a perfect infinitive reports an act done; it forecasts none
        ("Jon Hale is thought to have offered help to rebuild the port.", {("Jon Hale", "offer")}),
        ("Norland is believed to have agreed to the ceasefire.", {("Norland", "agreement")}),
        ("Norland is expected to sign the treaty next week.", set()),
    ],
)
def test_reportedly_done_is_no_forecast(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a British "-ise" verb the model tags as an adverb still heads its clause, and a
        # "that" tagged as a wh-word opens no question
        (
            '"We did not authorise anyone to sign an agreement," said Jon Hale.',
            {("Jon Hale", "refusal")},
        ),
        (
            '"We say to our people that we did not authorise anyone to sign a deal," said Jon Hale.',
            {("Jon Hale", "refusal")},
        ),
    ],
)
def test_misread_verbs_and_that_still_commit(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # talks that lead to an agreement conclude it; other causes conclude nothing
        (
            "Several hours of talks between Norland and Vesland have led to an agreement "
            "for joint patrols along the border.",
            {("Norland", "agreement")},
        ),
        ("The war led to an agreement.", set()),
    ],
)
def test_talks_leading_to_an_agreement_conclude_it(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a commitment noun stated through a measure of it
        (
            'Mara Lind said: "We have a great deal of hope that the summit will bring peace."',
            {("Mara Lind", "intent")},
        ),
        (
            "Norland expressed a lot of support for the plan to open the border.",
            {("Norland", "endorsement")},
        ),
        # support had is received, not given
        ("The plan has a lot of support among farmers.", set()),
    ],
)
def test_a_measured_commitment_noun_commits(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a proposal that another "should" or "must" act asks it: a call
        (
            "Jon Hale suggested that rebel groups who break the truce should be stripped of "
            "their benefits.",
            {("Jon Hale", "call")},
        ),
        ("Norland proposed that Vesland must withdraw its troops.", {("Norland", "call")}),
        ("Norland proposed a joint patrol.", {("Norland", "offer")}),
    ],
)
def test_a_proposal_that_another_should_act_calls(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # help sought or wanted from another side asks for it: a call
        (
            "Norland sought assistance from the United Nations to restrain the militias.",
            {("Norland", "call")},
        ),
        (
            "The government of Norland wants help from the UN to restore order.",
            {("Norland", "call")},
        ),
        # seeking a course of one's own stays an intent
        ("Norland sought to restore order.", {("Norland", "intent")}),
    ],
)
def test_help_sought_is_asked(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a negated "avoid" or "escape" warns; it refuses nothing
        ('"If we cannot agree, we will not avoid a civil war," Jon Hale said.', set()),
        ('"We will not accept the plan," Jon Hale said.', {("Jon Hale", "refusal")}),
    ],
)
def test_a_negated_avoidance_refuses_nothing(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what a body "heard" shifts back a tense like reported speech; bare narration does not
        (
            "The parliament also heard that Norland had agreed with Vesland to conduct a new "
            "operation in the north.",
            {("Norland", "agreement")},
        ),
        ("Norland had agreed to the plan before the war began.", set()),
    ],
)
def test_what_a_body_heard_is_backshifted(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # readiness for what another side would send is an offer, also with "for" on the copula
        (
            '"The Norland government will be open for any assistance," Mara Lind said.',
            {("Mara Lind", "offer")},
        ),
        ("Norland is ready for UN peacekeepers, Mara Lind said.", {("Mara Lind", "offer")}),
        ("Norland is open to criticism.", set()),
    ],
)
def test_readiness_for_what_others_send_offers(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a course announced in a clause of time still holds, and the named state owns it
        (
            "Two days after Norland announced plans to build a dam, Vesland protested.",
            {("Norland", "intent")},
        ),
        (
            "The visit came two days after he announced Norland's intent to strengthen ties "
            "with the breakaway region.",
            {("Norland", "intent")},
        ),
        # an act in a clause of circumstance stays background
        (
            "As the EU seeks to diversify its supplies, Norland signed a deal.",
            {("Norland", "agreement")},
        ),
    ],
)
def test_a_course_announced_in_a_clause_of_time_holds(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an order told in the past in the speaker's own words is an event
        ('"We aimed our weapons at him and told him to move away," said Jon Hale.', set()),
        # "anything" with what it is against names an act
        (
            '"Norland would not do anything against the peace plan," said Mara Lind.',
            {("Mara Lind", "refusal")},
        ),
    ],
)
def test_past_orders_and_restraint(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # briefings and testimony on a timetable are schedules
        ("Mara Lind said that military planners would brief the minister on 1 August.", set()),
        ("Mara Lind said the general will testify before the committee on Tuesday.", set()),
    ],
)
def test_briefings_and_testimony_are_schedules(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a need or a wish named by a "what" clause before "is"
        (
            '"What we want is for Vesland to withdraw its troops," said Mara Lind.',
            {("Mara Lind", "call")},
        ),
        (
            '"What is needed is for both sides to return to the talks," said Mara Lind.',
            {("Mara Lind", "call")},
        ),
        ('"What we want is to live in peace," said Mara Lind.', {("Mara Lind", "intent")}),
        ("What happened is that the talks failed.", set()),
    ],
)
def test_a_pseudo_cleft_need_or_wish_commits(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # every act joined in a clause of purpose is the purpose, not a commitment of its own
        (
            "Norland has requested military assistance from the European Union to help "
            "restrain and instruct the army.",
            {("Norland", "call")},
        ),
        ("Norland sent troops to secure the border and support the talks.", set()),
    ],
)
def test_joined_acts_of_a_purpose_are_the_purpose(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wish that another "should" act asks it, as "wish X to" does
        ('"We wish that Vesland should open its border," said Mara Lind.', {("Mara Lind", "call")}),
        (
            "Jon Hale declared that he wished that the two commissions should work together.",
            {("Jon Hale", "call")},
        ),
    ],
)
def test_a_wish_that_another_should_act_asks(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative clause of a denied noun commits nobody; of a noun that stands, the speaker
        (
            '"We do not have any objectives for which we will need to use a bomb," said Jon Hale.',
            set(),
        ),
        (
            '"These are the topics which we have agreed to take up," said Jon Hale.',
            {("Jon Hale", "agreement")},
        ),
    ],
)
def test_a_relative_clause_of_a_denied_noun_commits_nobody(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a present stance told in passing in a "who" clause is the person's
        (
            "Jon Hale, who has pledged to cut taxes, addressed the assembly.",
            {("Jon Hale", "pledge")},
        ),
        # history, or a restrictive clause picking out whom the sentence means, is not
        ("Jon Hale, who signed the treaty in 1990, addressed the assembly.", set()),
        ("The minister who is calling for sanctions addressed the assembly.", set()),
    ],
)
def test_a_stance_told_in_passing_commits(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a suggestion that something be done asks for it; "could" still offers
        (
            "Foreign Minister Ana Kovac suggested that sanctions be imposed on Vesland.",
            {("Ana Kovac", "call")},
        ),
        (
            "Foreign Minister Ana Kovac suggested that Vesland could rely on Norland gas.",
            {("Ana Kovac", "offer")},
        ),
    ],
)
def test_a_suggestion_in_the_subjunctive_is_a_call(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a refusing predicate refuses its subject or its extraposed clause
        (
            "The new tariff is completely unacceptable, says Foreign Minister Jon Hale.",
            "the new tariff",
        ),
        (
            "Foreign Minister Jon Hale said it was unacceptable that Vesland closed the border.",
            "Vesland closed the border",
        ),
    ],
)
def test_a_refusing_predicate_names_what_it_refuses(nlp, text: str, content: str) -> None:
    assert [row["content"] for row in extract(nlp, text)] == [content]


def test_a_refusing_predicate_of_a_bare_pronoun_gives_no_row(nlp) -> None:
    assert extract(nlp, "Foreign Minister Jon Hale said this was unacceptable.") == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a passive act done "by" its actor names what was done to: the subject
        (
            "The announcement was also welcomed by the Norland government.",
            "welcome the announcement",
        ),
        (
            "The resolution was adopted by the Vesland Assembly on Monday.",
            "adopt the resolution on Monday",
        ),
    ],
)
def test_a_passive_act_by_its_actor_names_its_subject(nlp, text: str, content: str) -> None:
    assert [row["content"] for row in extract(nlp, text)] == [content]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plan or decision named with nothing but "its" or "the" names no act
        ("The Norland Trade Committee issued its decision on Monday.", set()),
        ("Norland announced its plans on Friday.", set()),
        ("Norland announced plans to close the border.", {("Norland", "intent")}),
    ],
)
def test_a_bare_plan_noun_names_no_act(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # withholding what one side gives or another asks refuses it; a road is no stance
        (
            "Norland and Vesland have blocked financial aid to the rebels.",
            {("Norland", "refusal"), ("Vesland", "refusal")},
        ),
        ("Norland blocked the resolution at the council.", {("Norland", "refusal")}),
        ("Police in Norland blocked the road to the airport.", set()),
    ],
)
def test_blocking_what_is_given_or_asked_refuses(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a side weighing an act of its own in the present progressive: an intent
        ("Norland is seriously considering pulling out its troops.", {("Norland", "intent")}),
        ("Vesland is considering the report of the commission.", set()),
        # "is set to", "is poised to" with an actor as subject; an event subject schedules
        (
            "After the vote, Norland is now set to resume talks with Vesland.",
            {("Norland", "intent")},
        ),
        ("Norland is poised to sign the treaty with Vesland.", {("Norland", "intent")}),
        ("The talks are set to resume on Monday.", set()),
    ],
)
def test_a_course_being_weighed_or_set_is_an_intent(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a side's view framing "must" or "should" still asks; an analyst's view forecasts
        (
            'Mara Lind said, "We believe the government of Vesland must withdraw its troops."',
            {("Mara Lind", "call")},
        ),
        ("Analysts believe the government of Vesland must resign.", set()),
        ('"I think that we will just have to wait and see," said Mara Lind.', set()),
    ],
)
def test_a_view_held_frames_a_demand(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what a thing will do, quoted or not, forecasts; what a side's act will bring too
        ('Mara Lind said that "the new bank will enhance trade between the two countries."', set()),
        ("Mara Lind said the move would do nothing to help the farmers.", set()),
        ("Also, the two countries will benefit from a greater role in the Union.", set()),
        ("Mara Lind said the transfer of the equipment would take ten days.", set()),
        (
            "Minister Ana Kovac said Norland troops will take a larger role in the exercises next year.",
            {("Ana Kovac", "pledge")},
        ),
        # an act of the speaker's side told in the passive still pledges
        (
            "Prime Minister Mara Lind said existing settlements will be expanded.",
            {("Mara Lind", "pledge")},
        ),
    ],
)
def test_what_a_thing_will_do_is_forecast(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # pressing with no one addressed strives for one's own act; pressing another asks
        ("Norland is pushing to join the alliance.", {("Norland", "intent")}),
        (
            "Norland and Vesland are pressing hard to reach a deal.",
            {("Norland", "intent"), ("Vesland", "intent")},
        ),
        ("Norland pressed Vesland to withdraw its troops.", {("Norland", "call")}),
        # curtailing an engagement refuses it; curtailing damage refuses nothing
        ("Norland will limit its cooperation with the agency.", {("Norland", "refusal")}),
        ("The new dams in Norland limited the damage.", set()),
        # no comment on a proposal leaves it unanswered; none on a case withholds facts
        (
            "Minister Ana Kovac said she would not comment on the proposal.",
            {("Ana Kovac", "refusal")},
        ),
        ("Minister Ana Kovac said she would not comment on the case.", set()),
    ],
)
def test_striving_curtailing_and_unanswered_proposals(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "declined" with nothing declined is a fall; "has yet to" with no committing act
        ("Support for the Norland Party declined in the polls.", set()),
        ("Norland declined the invitation to the summit.", {("Norland", "refusal")}),
        ("Mara Lind said she has yet to talk to the minister.", set()),
        # journeys and commands are timetables and appointments; returning to talks commits
        ("Prime Minister Mara Lind will return to the capital on Friday.", set()),
        (
            "Minister Ana Kovac said she would only return if she were given guarantees.",
            {("Ana Kovac", "pledge")},
        ),
        (
            "Minister Ana Kovac said Norland will end its part in the mission in 2011.",
            {("Ana Kovac", "pledge")},
        ),
        ("General Jon Hale will soon lead the alliance forces in the north.", set()),
        ("Minister Ana Kovac said Norland would return to the talks.", {("Ana Kovac", "pledge")}),
        (
            "Minister Ana Kovac said the captives will be returned on request.",
            {("Ana Kovac", "pledge")},
        ),
        ("President Mara Lind was to meet with the speaker of the parliament.", set()),
        # readiness for force threatens; readiness for anything else offers
        ("Norland is ready to strike the rebel camps.", {("Norland", "intent")}),
        ("Norland is ready to send peacekeepers.", {("Norland", "offer")}),
        # what "this" step or "the move" will do is forecast
        ("Mara Lind said that this will discourage voters.", set()),
        ("Mara Lind said the move would hand victory to the rebels.", set()),
    ],
)
def test_falls_timetables_threats_and_forecasts(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a role taken "as", an office directed, an election held, a broadcast aired: no pledge
        ("Jon Hale will step in as campaign manager.", set()),
        ('"As prime minister, I will cut taxes," said Mara Lind.', {("Mara Lind", "pledge")}),
        ("Mara Lind will direct the new office of the president.", set()),
        ("The provinces of Norland will elect their assemblies in May.", set()),
        ("A long interview with Mara Lind will air on Sunday night.", set()),
        ('"I will assert the truth," said Mara Lind.', set()),
        # what is sent "as" something is still sent
        (
            "Minister Ana Kovac said Norland would send troops as peacekeepers.",
            {("Ana Kovac", "pledge")},
        ),
    ],
)
def test_roles_offices_elections_and_broadcasts_are_no_pledges(
    nlp, text: str, expected: set
) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # feelings negated refuse nothing; "would like to" still states an intent
        ('"I won\'t find it easy to retire," said Mara Lind.', set()),
        ('"I will not like leaving the job," said Mara Lind.', set()),
        ('"We would like to join the talks," said Mara Lind.', {("Mara Lind", "intent")}),
        # "going to have to" forecasts like "will have to"; "we are going to have to" is ours
        ('"They are going to have to make some decisions," said Mara Lind.', set()),
    ],
)
def test_feelings_and_forecast_needs(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what a named actor says or does "in which" a recording or a meeting shows commits
        (
            "A tape was aired in which Mara Lind offers a truce to Norland.",
            {("Mara Lind", "offer")},
        ),
        ("Officials did not say in which city Norland plans to build the dam.", set()),
    ],
)
def test_in_which_clauses_and_agreed_acts(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


def test_agreed_to_with_a_stray_that_clause_still_agrees() -> None:
    """The parser may hang a later quotation's clause on "agreed to drop" as a "that"
    clause; the "to" complement still makes it an agreement, not a finding."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from analysis.cues import cue_lexicon, find_cue

    words = ["Leaders", "agreed", "to", "drop", "it", ":", "we", "have", "given", "up"]
    heads = [1, 1, 3, 1, 3, 1, 8, 8, 1, 8]
    deps = ["nsubj", "ROOT", "aux", "xcomp", "dobj", "punct", "nsubj", "aux", "ccomp", "prt"]
    pos = ["NOUN", "VERB", "PART", "VERB", "PRON", "PUNCT", "PRON", "AUX", "VERB", "ADP"]
    tags = ["NNS", "VBD", "TO", "VB", "PRP", ":", "PRP", "VBP", "VBN", "RP"]
    lemmas = ["leader", "agree", "to", "drop", "it", ":", "we", "have", "give", "up"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)
    cue = find_cue(doc[1], cue_lexicon())
    assert cue is not None and cue.kind == "agreement"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a side's negated present simple of an engagement is a standing refusal
        ('"We do not negotiate with kidnappers," said Mara Lind.', {("Mara Lind", "refusal")}),
        ("Norland does not recognise the new regime in Vesland.", {("Norland", "refusal")}),
        ('"I do not go to church," said Mara Lind.', set()),
        # a support withheld from a report refuses it; rejecting a report denies it
        (
            "Minister Ana Kovac said Norland would never endorse the report.",
            {("Ana Kovac", "refusal")},
        ),
    ],
)
def test_standing_refusals_and_withheld_support(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a negated journey or meeting refuses it; an unnegated one is a timetable
        ('"We will never depart from the capital," said Mara Lind.', {("Mara Lind", "refusal")}),
        ("Prime Minister Mara Lind and Jon Hale will meet on Friday.", set()),
        # "add" with something sent pledges it; "I would add that" is a way of speaking
        ('"We will add two more battalions," said Mara Lind.', {("Mara Lind", "pledge")}),
        ('"I would add that the talks went well," said Mara Lind.', set()),
        # resisting what others ask refuses it; resisting arrest refuses nothing asked
        ("Minister Ana Kovac is resisting calls for an inquiry.", {("Ana Kovac", "refusal")}),
        ("The suspect Jon Hale resisted arrest.", set()),
    ],
)
def test_negated_journeys_added_forces_and_resisted_calls(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # readiness for a standoff threatens
        (
            "Mara Lind said Norland was prepared to have a standoff with Vesland.",
            {("Mara Lind", "intent")},
        ),
    ],
)
def test_readiness_for_a_standoff_threatens(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what a people believes others should do is opinion
        ('Many Norlanders believe "that their government should take a tougher stance".', set()),
        # exercises are events: held, not pledged; what a policy covers is its content
        ("Minister Ana Kovac said military exercises will be held this summer.", set()),
        ("Minister Ana Kovac said the policy will cover all sectors of farming.", set()),
    ],
)
def test_peoples_views_events_and_contents(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            '"If the boats cross the line, we will be forced to board them," Minister Lena '
            "Varr said.",
            "board them",
        ),
        ("Osmark said it would be compelled to close the border.", "close the border"),
    ],
)
def test_being_made_to_act_warns_of_the_act_an_intent(nlp, text, content):
    rows = extract(nlp, text)
    assert [(r["type"], r["content"]) for r in rows] == [("intent", content)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "must" and "has to" ask the act whatever their subject is: the speaker calls
        (
            "Foreign Minister Ana Kovac said any settlement has to respect the old border.",
            {("Ana Kovac", "call")},
        ),
        (
            "Foreign Minister Ana Kovac said more must be done to protect the refugees.",
            {("Ana Kovac", "call")},
        ),
        (
            '"The whole region has to put pressure on the rebels," said Foreign Minister Ana '
            "Kovac.",
            {("Ana Kovac", "call")},
        ),
        # "should" with a thing for subject forecasts; a thing backs nothing
        ("Foreign Minister Ana Kovac said the new treaty should boost trade.", set()),
        ("Foreign Minister Ana Kovac said the footage would support the claim.", set()),
    ],
)
def test_calls_whatever_the_subject(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a commitment noun in the plural after a stating verb commits as the singular does
        ("Norland has made repeated calls for a ceasefire.", {("Norland", "call")}),
        ("Norland issued repeated appeals for calm.", {("Norland", "call")}),
        (
            "Interior Minister Ana Kovac has given assurances that the schools will reopen.",
            {("Ana Kovac", "pledge")},
        ),
        # calls made by telephone, and calls by nobody named, commit nobody
        ("Volunteers made phone calls to voters in Norland.", set()),
        ("Calls for a ceasefire have grown in Norland.", set()),
    ],
)
def test_plural_commitment_nouns(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # support held names who gives it: the "of" party endorses
        ("The new treaty has the support of Vesland.", {("Vesland", "endorsement")}),
        ("The plan secured the backing of the Norland government.", {("Norland", "endorsement")}),
        # support sought, lost, denied or claimed is nobody's endorsement
        ("The candidate needs to win the support of 300 delegates.", set()),
        ("Ana Kovac claimed to have the support of Vesland.", set()),
        ("Ana Kovac does not have the support of Vesland.", set()),
        ("The party lost the support of Vesland.", set()),
        ("The proposal had the support of 60 percent of voters.", set()),
    ],
)
def test_support_held_names_its_giver(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a course noun of the speaker's side or a named party, subject of "is ... to"
        (
            '"Our priority is to reopen the border," Foreign Minister Ana Kovac said.',
            {("Ana Kovac", "intent")},
        ),
        ("Norland's goal is to rebuild the port.", {("Norland", "intent")}),
        # another's aim as told, and a thing's purpose, set no course
        ('"Their aim is to frighten us," Foreign Minister Ana Kovac said.', set()),
        ('"Its purpose is to confuse people," Foreign Minister Ana Kovac said.', set()),
    ],
)
def test_stated_purpose_sets_a_course(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an inference drawn from a fact or a thing, or the writer's own reading: nobody's word
        (
            "Vesland released two hostages on Monday, indicating that it may be willing to withdraw.",
            set(),
        ),
        (
            "Failing to drop the amendments indicates that the Union Party is going to block the bill.",
            set(),
        ),
        ("The evacuation showed that Norland would leave the border area.", set()),
        # a side that indicates, or a statement that suggests, still speaks
        ("Norland indicated that it would withdraw its troops.", {("Norland", "pledge")}),
        (
            "A statement from the ministry suggested that Norland will send aid.",
            {("Norland", "pledge")},
        ),
    ],
)
def test_inferences_commit_nobody(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a reported "there will be no talks": the speaker's side withholds them
        (
            "Foreign Minister Ana Kovac said there would be no talks with the rebels.",
            {("Ana Kovac", "refusal")},
        ),
        (
            "Foreign Minister Ana Kovac said there will not be any concessions on the border.",
            {("Ana Kovac", "refusal")},
        ),
        # the withheld noun is the act: nothing needs to follow it
        (
            "Foreign Minister Ana Kovac has stated that there will be no negotiations.",
            {("Ana Kovac", "refusal")},
        ),
        # affirmative: a timetable; unframed: a forecast; a state of things: no act
        ("Foreign Minister Ana Kovac said there will be talks with the rebels in May.", set()),
        ("There will be no deal with the rebels this year.", set()),
        ("Foreign Minister Ana Kovac said there will be no rain in May.", set()),
    ],
)
def test_withheld_grants_in_reported_existentials(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # forces asked to stay where they are: a call
        (
            "President Ana Kovac said that the Vesland and other foreign troops should remain "
            "in the country.",
            {("Ana Kovac", "call")},
        ),
        (
            "President Ana Kovac said peacekeepers must stay until the elections.",
            {("Ana Kovac", "call")},
        ),
        # a thing's state is no act
        ("President Ana Kovac said prices should remain stable.", set()),
    ],
)
def test_forces_asked_to_stay(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a reported welcome to a person: the speaker's side offers a place
        (
            "President Ana Kovac announced that the exiled leader Jon Tallis would be welcome "
            "in Portugal.",
            {("Ana Kovac", "offer")},
        ),
        (
            "President Ana Kovac said Jon Tallis is welcome to stay in Portugal.",
            {("Ana Kovac", "offer")},
        ),
    ],
)
def test_a_reported_welcome_to_a_person_is_an_offer(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # looking forward to an act of one's own side: an intent
        (
            "Foreign Minister Ana Kovac said Portugal looks forward to working with the new "
            "government.",
            {("Ana Kovac", "intent")},
        ),
        # looking forward to what others decide: a hope, no course
        ("Foreign Minister Ana Kovac said Portugal was looking forward to its outcome.", set()),
        ("Foreign Minister Ana Kovac said she looked forward to the results of the vote.", set()),
    ],
)
def test_looking_forward_to_an_outcome_is_no_intent(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a refused agreement is a refusal, though "agree" may also report
        "Foreign Minister Ana Kovac said Portugal will not agree to independence for the province.",
        "Foreign Minister Ana Kovac said that she will not agree to the partition of the province.",
    ],
)
def test_a_refused_agreement_is_a_refusal(nlp, text: str) -> None:
    found = pairs(extract(nlp, text))
    assert found and found <= {("Ana Kovac", "refusal"), ("Portugal", "refusal")}


def test_declining_to_say_is_still_no_commitment(nlp) -> None:
    assert not extract(nlp, "Ana Kovac would not say whether Portugal will attend.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a decision that an act be done, or will be, sets a course as "decided to" does
        (
            "The Nordic Council decided that the mission be extended until May.",
            {("Nordic Council", "intent")},
        ),
        (
            "The Nordic Council decided that the mission will be extended until May.",
            {("Nordic Council", "intent")},
        ),
        # a decision about how things are is a finding
        ("The Nordic Council decided that the evidence was weak.", set()),
    ],
)
def test_a_decision_that_an_act_be_done_is_an_intent(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # never giving up a course refuses to abandon it, though "give" may withhold words
        (
            "President Ana Kovac said that Portugal will never give up its space programme.",
            {("Ana Kovac", "refusal")},
        ),
        ("President Ana Kovac refused to give details of the programme.", set()),
    ],
)
def test_never_giving_up_a_course_is_no_withheld_statement(nlp, text: str, expected: set) -> None:
    found = pairs(extract(nlp, text))
    assert found == expected or (expected and found == {("Portugal", "refusal")})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a notice "of its intention to" states the course, as "announced its intention" does
        (
            "Norway notified the council on Monday of its intention to sell two frigates to Chile.",
            {("Norway", "intent")},
        ),
        (
            "Norway informed Chile of its decision to withdraw its ambassador.",
            {("Norway", "intent")},
        ),
        ("Norway informed Chile of the decision.", set()),
    ],
)
def test_a_notice_of_an_intention_states_it(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # being against a course opposes it
        (
            "Chile and Peru are against an independent province.",
            {("Chile", "refusal"), ("Peru", "refusal")},
        ),
        ("Norway is against sending more troops.", {("Norway", "refusal")}),
        # against a norm judges an act; "not against" refuses nothing
        ("Mara Lind said the settlement is against international law.", set()),
        ("Norway is not against the plan.", set()),
    ],
)
def test_being_against_a_course_refuses_it(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the side's own mission or task "is to" act: an intent, as "our goal is to" is
        (
            '"Our mission is to protect the convoys," Colonel Jon Hale said.',
            {("Jon Hale", "intent")},
        ),
        ("Norway's task is to train the police.", {("Norway", "intent")}),
        # disclaiming an aim sets none
        ('"Our purpose here is not to conclude a treaty," Colonel Jon Hale said.', set()),
        # a body's mission told by nobody in particular commits no one
        ("The mission of the force is to protect civilians.", set()),
    ],
)
def test_a_stated_mission_is_an_intent(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # dismissing a resolution or a ruling refuses it, in the passive too
        (
            "A resolution imposing sanctions on Chile has been dismissed by President Ana "
            "Berg as a piece of paper.",
            {("Ana Berg", "refusal")},
        ),
        ("Norway dismissed the accusations as lies.", set()),
    ],
)
def test_dismissing_a_resolution_refuses_it(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the "for" phrase of thanks hung on the second of the people thanked still names
        # what is endorsed
        (
            "President Jon Hale thanked both the Latvian authorities and the Lithuanian "
            "leadership for the firm support given to Norland.",
            {("Jon Hale", "endorsement")},
        ),
        (
            "President Jon Hale thanked the Latvian authorities and the Lithuanian "
            "leadership for their hospitality.",
            set(),
        ),
    ],
)
def test_thanks_for_an_act_hung_on_the_people_thanked(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what a step brings about or does to people's feelings is an effect, whatever
        # "it" stands for
        ("One Norwegian official said it would lead to more crime.", set()),
        ("Mara Lind said that if the government agrees, it will anger many voters.", set()),
        # leading the talks is an act
        ("Norway said it would lead the talks.", {("Norway", "pledge")}),
    ],
)
def test_what_a_step_brings_about_is_an_effect(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # hopeful that the speaker's own side can act: a hoped-for course
        (
            '"We are hopeful that we can continue the drawdown in a measured way," Admiral '
            "Jon Hale said.",
            {("Jon Hale", "intent")},
        ),
        # hopeful about what others or things do: a forecast
        ('"We are hopeful that the talks will succeed," Admiral Jon Hale said.', set()),
    ],
)
def test_hope_for_the_sides_own_act_is_an_intent(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "would" under a text's terms states a party's term
        (
            "Under the proposed deal, worth more than 120 million dollars, Norway would "
            "provide Chile with 900 kits.",
            {("Norway", "pledge")},
        ),
        # under anything else the writer's "would" stays a conditional; a thing commits no one
        ("Under the circumstances, Chile would cut its tariffs.", set()),
        ("Under the deal, prices would fall.", set()),
    ],
)
def test_would_under_a_texts_terms_is_a_term(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state's forces that "will remain" are kept there: the state's course
        (
            "Norwegian troops will remain in the country until at least 2008.",
            {("Norway", "pledge")},
        ),
        # anything else that "will remain" is a state of things
        ("The problems will remain until 2008.", set()),
    ],
)
def test_forces_that_will_remain_are_kept_there(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Opposition leader Tolan Vesk wants the troops pulled out of the province.", "troops"),
        ("Norland wants the sanctions lifted by June.", "sanctions"),
    ],
)
def test_a_wish_that_a_thing_be_done_asks_it_of_others(nlp, text, content) -> None:
    rows = extract(nlp, text)
    assert [r["type"] for r in rows] == ["call"]
    assert content in rows[0]["content"]


def test_a_wish_for_a_thing_is_the_wishers_intent(nlp) -> None:
    rows = extract(nlp, "Norland wants more satellites in orbit.")
    assert [r["type"] for r in rows] == ["intent"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            '"Norway will be a reliable partner of the new government," Norwegian Foreign '
            "Minister Ana Ruiz said.",
            "pledge",
        ),
        (
            "Norwegian Foreign Minister Ana Ruiz said Norway will not be a party to the talks.",
            "refusal",
        ),
    ],
)
def test_a_role_a_side_will_take_on_binds_it(nlp, text, kind) -> None:
    assert [r["type"] for r in extract(nlp, text)] == [kind]


def test_what_a_thing_will_be_binds_nobody(nlp) -> None:
    assert extract(nlp, "Analysts said the deal will be a turning point for the region.") == []


def test_an_event_that_must_not_happen_again_is_a_call(nlp) -> None:
    text = '"Such violations must not happen again," Finnish Prime Minister Matti Ruiz said.'
    assert [r["type"] for r in extract(nlp, text)] == ["call"]


def test_an_event_that_should_not_last_is_a_forecast(nlp) -> None:
    assert extract(nlp, "The talks should not last long, Ruiz said.") == []


def test_concluding_ones_own_summit_is_no_refusal(nlp) -> None:
    text = (
        "Leaders of Africa and the European Union have ended their summit by declaring a new "
        "era in relations."
    )
    assert not [r for r in extract(nlp, text) if r["type"] == "refusal"]


@pytest.mark.parametrize(
    "text",
    [
        "Norway abruptly ended its visit to Sweden in protest.",
        "Norway ended the talks with the rebels on Monday.",
    ],
)
def test_breaking_off_a_visit_or_talks_is_a_refusal(nlp, text) -> None:
    assert [r["type"] for r in extract(nlp, text)] == ["refusal"]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "The Harbour Foundation said a deal had been reached to free the hostages.",
            "Harbour Foundation",
        ),
        (
            "Norwegian Foreign Minister Ana Ruiz said an agreement had been reached with Sweden "
            "on fishing rights.",
            "Ana Ruiz",
        ),
    ],
)
def test_a_deal_reached_that_a_side_tells_of_is_its_agreement(nlp, text, actor) -> None:
    rows = extract(nlp, text)
    assert [(r["type"]) for r in rows] == ["agreement"]
    assert actor in rows[0]["actor"]


def test_a_deal_reached_that_analysts_tell_of_is_nobodys(nlp) -> None:
    assert extract(nlp, "Analysts said a deal had been reached.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hope that another side act asks it of them
        (
            '"We hope that they do everything they can to free him," Foreign Minister '
            "Lena Varga said.",
            {("Lena Varga", "call")},
        ),
        (
            '"We still hope that the Senate of Vesland will shelve this motion," the Turkish '
            "statement added.",
            {("Turkey", "call")},
        ),
        # a hope of the speaker's own side, or for a thing or a state, stays a hope
        (
            '"I hope that we can reach an agreement before the winter," spokesman Tor Vesk said.',
            {("Tor Vesk", "intent")},
        ),
        (
            '"We hope that these reforms will be passed quickly," said Minister Ana Lind.',
            {("Ana Lind", "intent")},
        ),
    ],
)
def test_a_hope_that_another_side_act_asks_it(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


def test_an_assurance_that_a_side_will_not_act_is_one_pledge(nlp) -> None:
    rows = extract(
        nlp,
        "President Arvid Holm assured Chile that Norway would not back out of the grain contract.",
    )
    assert pairs(rows) == {("Arvid Holm", "pledge")}
    assert len(rows) == 1 and rows[0]["content"].startswith("not back out of")


@pytest.mark.parametrize(
    "text",
    [
        '"I had hoped you would have stayed and finished the job," Secretary Tor Vesk '
        "wrote to him.",
        '"We had hoped to sign the deal this week," Secretary Tor Vesk said.',
    ],
)
def test_a_hope_that_came_to_nothing_commits_no_one(nlp, text: str) -> None:
    assert extract(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # condemning what is proposed or decided opposes it
        ("Norland condemned the draft resolution on Monday.", {("Norland", "refusal")}),
        ("Norland condemned Vesland's decision to close the border.", {("Norland", "refusal")}),
        ("The plan was denounced by Foreign Minister Ana Kovac.", {("Ana Kovac", "refusal")}),
        # condemning an event or a deed takes no stance on any course
        ("Norland condemned the attack on the embassy.", set()),
        ("Norland strongly condemned the killing of two soldiers.", set()),
    ],
)
def test_condemning_a_proposal_opposes_it(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected", "content"),
    [
        (
            "The truce terms were accepted by Norland and rejected by Vesland.",
            {("Norland", "endorsement"), ("Vesland", "refusal")},
            "reject the truce terms",
        ),
        (
            "The ceasefire plan was drawn up by Norland and rejected by Vesland.",
            {("Vesland", "refusal")},
            "reject the ceasefire plan",
        ),
    ],
)
def test_a_joined_passive_shares_what_the_first_was_done_to(
    nlp, text: str, expected: set, content: str
) -> None:
    rows = extract(nlp, text)
    assert pairs(rows) == expected
    assert content in {r["content"] for r in rows if r["type"] == "refusal"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what an envoy travels to say is said
        (
            "Foreign Minister Ana Kovac flew to Vesland to urge an end to the shelling.",
            {("Ana Kovac", "call")},
        ),
        (
            "Foreign Minister Ana Kovac is in Vesland to offer help with the flood relief.",
            {("Ana Kovac", "offer")},
        ),
        (
            "Foreign Minister Ana Kovac went to the summit to support the Vesland plan.",
            {("Ana Kovac", "endorsement")},
        ),
        # other purposes only aim, and a visit to attend something commits to nothing
        ("Norland deployed troops to support the return of the refugees.", set()),
        ("Foreign Minister Ana Kovac flew to Vesland to attend the funeral.", set()),
        ("It is nonsense to ask the troops to leave now, Foreign Minister Ana Kovac said.", set()),
    ],
)
def test_words_said_on_a_journey_are_said(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norland tabled a demand for a recount of the votes.", {("Norland", "call")}),
        ("Norland sent its proposal for a ceasefire to the council.", {("Norland", "offer")}),
        ("Norland sent a letter to the council on Friday.", set()),
        (
            "Interior Minister Ana Kovac dismissed the new decree on fishing rights.",
            {("Ana Kovac", "refusal")},
        ),
    ],
)
def test_a_proposal_sent_or_tabled_and_a_decree_dismissed(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # judging an act needed asks for it
        (
            "Foreign Minister Ana Kovac calls it vital to hold the vote by June.",
            {("Ana Kovac", "call")},
        ),
        (
            "Foreign Minister Ana Kovac considers it essential that Vesland withdraw its troops.",
            {("Ana Kovac", "call")},
        ),
        ("Foreign Minister Ana Kovac does not consider it necessary to send troops.", set()),
        ("Foreign Minister Ana Kovac called it important to note that the war is over.", set()),
    ],
)
def test_an_act_judged_needed_is_asked(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # money set aside for a purpose is pledged
        (
            "Norway has earmarked 40 million kroner for rebuilding schools in the valley.",
            {("Norway", "pledge")},
        ),
        ("Norway allocated funds to the peacekeeping mission.", {("Norway", "pledge")}),
        # seats or blame allotted pledge nothing
        ("The Norwegian parliament allocated seats to the parties.", set()),
        ("Norway allocated the blame to Sweden.", set()),
    ],
)
def test_money_set_aside_is_pledged(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected", "content"),
    [
        # the parser hangs the "to" clause on the verb after a place and a day: it is still
        # what the proposal or the request is for
        (
            "Holm sent an offer to Vesland last Tuesday to set up a joint coast guard.",
            {("Holm", "offer")},
            "set up a joint coast guard",
        ),
        (
            "Norland made a request to the council last week to extend the mission.",
            {("Norland", "call")},
            "extend the mission",
        ),
        # a statement issued to explain something states no course
        ("Holm issued a statement on Friday to explain the decision.", set(), None),
    ],
)
def test_a_to_clause_hung_on_the_stating_verb_is_the_nouns_content(
    nlp, text: str, expected: set, content
) -> None:
    rows = extract(nlp, text)
    assert pairs(rows) == expected
    if content is not None:
        assert rows[0]["content"] == content


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an accord kept now, in the side's own or reported words, is a pledge
        (
            "Officials said that Norland was carefully abiding by the truce it had signed in May.",
            {("Norland", "pledge")},
        ),
        ('"We abide by the truce," Holm said.', {("Holm", "pledge")}),
        ("Norland is complying with the resolution.", {("Norland", "pledge")}),
        # kept in the past, kept when something else happened, or not kept: no pledge
        ("Norland complied with the truce last year.", set()),
        ("Norland was adhering to the truce when the raid began.", set()),
        ("Norland is not complying with the resolution, inspectors said.", set()),
        # respect for people is no accord kept
        ("Norland respects its neighbours.", set()),
    ],
)
def test_an_accord_kept_now_is_a_pledge(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pledge or a promise kept now is a pledge too
        ("Norland is honouring its pledge to withdraw.", {("Norland", "pledge")}),
        ("Vesland is abiding by its pledge to open the border.", {("Vesland", "pledge")}),
    ],
)
def test_a_pledge_kept_now_is_a_pledge(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the answer is the answering side's, the offer to act its maker's
        (
            "Vesland accepted Norland's offer to send engineers to the port.",
            {("Vesland", "endorsement"), ("Norland", "offer")},
        ),
        (
            "Ostland welcomed a Norwegian offer to mediate between the two parties.",
            {("Ostland", "endorsement"), ("Norway", "offer")},
        ),
        # reported by a third side, the offer is still its maker's (the backing goes to
        # the speaker, who speaks for the side as far as the text tells)
        (
            "Holm added that the Ostland government backed a Norwegian proposal to pool "
            "their fishery patrols.",
            {("Holm", "endorsement"), ("Norway", "offer")},
        ),
        # an offer to act is needed: a proposal on a subject names no course
        (
            "Vesland rejected the latest proposal from Norland on fishing rights.",
            {("Vesland", "refusal")},
        ),
        # a person's offer to resign is no side's offer answered
        ("Vesland rejected his offer to resign.", {("Vesland", "refusal")}),
    ],
)
def test_an_offer_another_side_answers_stays_its_makers(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # leave withheld from others is a refusal
        (
            "Norland has disallowed foreign monitors to enter the port.",
            {("Norland", "refusal")},
        ),
        ("Norland has forbidden the inspectors to enter the site.", {("Norland", "refusal")}),
        # a rule forbidding something, or a wish, refuses nobody's course
        ("The new rules forbid smoking in the hall.", set()),
        ("Norland's constitution forbids the navy from sailing beyond its waters.", set()),
        ("God forbid that it happens again.", set()),
    ],
)
def test_leave_withheld_is_a_refusal(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # satisfaction with what another side did or gives endorses it
        (
            "Defence Minister Tor Lind said he is pleased with the cooperation of the "
            "harbour authorities.",
            {("Tor Lind", "endorsement")},
        ),
        ("Norland is satisfied with the outcome of the talks.", {("Norland", "endorsement")}),
        # not with a person or the weather, and not when denied
        ("Holm was pleased with his son.", set()),
        ("Holm said she was happy with the weather.", set()),
        ("Holm is not happy with the plan.", set()),
    ],
)
def test_satisfaction_with_an_act_endorses_it(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare verb after "propose", or after a past "suggest", puts a course forward
        ("Norland proposed that the two sides meet in Geneva.", {("Norland", "offer")}),
        ("Norway proposes that we rebuild the harbour council.", {("Norway", "offer")}),
        ("Holm suggested that the rebels hold the talks in Oslo.", {("Holm", "offer")}),
        # an indicative states a view
        ("Holm suggested that the sanctions were working.", set()),
        ("Holm suggests that the sanctions work well.", set()),
    ],
)
def test_a_bare_verb_after_propose_puts_a_course_forward(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a warning issued with what will or would happen threatens, as "warned that" does
        (
            "Norway issued a warning that the camp would be shelled unless the rebels surrendered.",
            {("Norway", "intent")},
        ),
        # a warning that only tells, or one for travellers, threatens nothing
        ("Norway issued a warning that prices are rising.", set()),
        ("Norway issued a travel warning for its citizens.", set()),
    ],
)
def test_a_warning_of_what_would_happen_is_a_threat(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an effort going on or promised sets a course
        ("Norland is working to restore power in the north.", {("Norland", "intent")}),
        ("Norland has been working to restore power.", {("Norland", "intent")}),
        ("Norland will work to restore power.", {("Norland", "intent")}),
        # told in the past or the perfect, it tells of what was done
        ('"We have worked to open markets across the region," Holm said.', set()),
        ("Norland worked hard to end the siege last year.", set()),
    ],
)
def test_an_effort_told_as_done_sets_no_course(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # carrying on an act of force is a threat, as the act itself is
        (
            '"We will continue to strike their bases until the shelling stops," said '
            "Tor Lind, the Norwegian defence minister.",
            "intent",
        ),
        # carrying on anything else stays a pledge
        ('"We will continue to send aid to the region," said Tor Lind.', "pledge"),
    ],
)
def test_carrying_on_an_act_of_force_is_a_threat(nlp, text: str, kind: str) -> None:
    assert {r["type"] for r in extract(nlp, text)} == {kind}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # confronting those who threaten is a threat of force
        ('"Norway will confront those who threaten our troops," Tor Lind said.', {"intent"}),
        # an answer promised under a condition is a threat, not a pledge
        (
            '"We will react firmly if the raids on the coast go on," said Ana Berg of '
            "the European Commission.",
            {"intent"},
        ),
        # "cease your support" asks that support end and endorses nothing; "come clean"
        # passes the call to the imperatives joined after it
        (
            '"Come clean on the missile tests, stop the raids on the coast, and cease your '
            'support for the militias," the Norwegian prime minister, Tor Lind, said.',
            {"call"},
        ),
    ],
)
def test_threats_of_answer_and_joined_imperatives(nlp, text: str, expected) -> None:
    assert {r["type"] for r in extract(nlp, text)} == expected
