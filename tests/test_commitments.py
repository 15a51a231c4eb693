"""Commitments: detection on the real model, types, actors, details, strength and groups."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.actors import article_actors
from analysis.commitments import (
    BASE_STRENGTH,
    assign_groups,
    commitments,
    content_keywords,
    strength,
)
from analysis.cue_lexicon import cue_lexicon, parse_lexicon
from analysis.quotes import quotations


def extract(nlp, text: str, *, article_date: str = "") -> list[dict]:
    """Return the commitment rows of ``text`` as the build computes them."""
    doc = nlp(text)
    found = article_actors(doc)
    themes = [frozenset() for _ in doc.sents]
    return commitments(doc, found, themes, quotations(doc, found), article_date=article_date)


def pairs(rows: list[dict]) -> set[tuple[str, str]]:
    return {(row["actor"], row["type"]) for row in rows}


@pytest.mark.parametrize(
    ("text", "actor", "kind"),
    [
        # one cue per type, stated directly
        (
            "Portugal and Brazil signed a maritime cooperation agreement on Friday.",
            "Portugal",
            "agreement",
        ),
        ("Spain offered to host the next summit in Madrid.", "Spain", "offer"),
        ("Germany welcomed the French proposal.", "Germany", "endorsement"),
        ("Poland urged Germany to deliver more air defence systems.", "Poland", "call"),
        ("Canada plans to buy twelve submarines.", "Canada", "intent"),
        ("Norway rejected the request for troops.", "Norway", "refusal"),
        ("Italy did not commit to new funding for the mission.", "Italy", "refusal"),
        ("Greece was ready to host the talks.", "Greece", "offer"),
        ("Sweden pledged 200 million euros for reconstruction.", "Sweden", "pledge"),
        # reported speech: the speaker commits for their state, a pronoun or "we"
        (
            "Prime Minister Anna Berg said that Sweden would send a medical team to Gaza.",
            "Anna Berg",
            "pledge",
        ),
        (
            "Japan will deliver five patrol vessels to Vietnam by 2029, "
            "Defence Minister Kenji Mori said on Monday.",
            "Kenji Mori",
            "pledge",
        ),
        (
            "Foreign Minister Elena Costa said that Spain and Italy must cooperate more closely.",
            "Elena Costa",
            "call",
        ),
        (
            "Foreign Minister Elena Costa said that Portugal can play a role in the mission.",
            "Elena Costa",
            "offer",
        ),
        (
            "Chancellor Markus Adler said he is looking forward to closer cooperation with India.",
            "Markus Adler",
            "intent",
        ),
        # a direct quotation: the quote's speaker commits
        (
            '"We will pay for the new radars," Foreign Minister Elena Costa said.',
            "Elena Costa",
            "pledge",
        ),
        # passive with an agent
        ("The treaty was signed by Poland and Lithuania in Vilnius.", "Poland", "agreement"),
        # a group subject stands for the parties named before it
        (
            "Chancellor Markus Adler met President Claire Fontaine in Paris. "
            "The two leaders agreed to set up a joint fund.",
            "Markus Adler",
            "agreement",
        ),
        # a negated pledge is a refusal
        (
            "Finance Minister Karl Weber said Austria would not accept new joint debt.",
            "Karl Weber",
            "refusal",
        ),
    ],
)
def test_commitment_found(nlp, text: str, actor: str, kind: str) -> None:
    assert (actor, kind) in pairs(extract(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "The agreement entered into force last year.",
        "Analysts expect that Japan will deliver the vessels late.",
        "Will Japan deliver the vessels to Vietnam on time?",
        "The commitment of the alliance was discussed at length in Brussels.",
        "France signed the treaty with Germany in 1998.",
        "The partnership will become a force multiplier for both navies.",
        "Japan declined to say whether it would send troops to the region.",
        "Spain rejected criticism from environmental groups.",
        "The EU liaison officer would enhance coordination with the Indian Navy.",
        "Germany Backs Joint Procurement Plan",
        "The vessels already promised to Manila arrived in port.",
        "Several delegations welcomed the offer.",
    ],
)
def test_no_commitment(nlp, text: str) -> None:
    assert extract(nlp, text) == []


def test_row_details_of_a_concrete_pledge(nlp) -> None:
    text = (
        "Japan will deliver five patrol vessels to Vietnam by 2029, "
        "Defence Minister Kenji Mori said on Monday."
    )
    (row,) = extract(nlp, text)
    assert row["content"] == "deliver five patrol vessels to Vietnam by 2029"
    assert row["amount"] == "five vessels"
    assert row["deadline"] == "by 2029"
    assert row["counterpart"] == "Vietnam"
    assert row["cue"] == "will"
    assert row["strength"] == pytest.approx(BASE_STRENGTH["pledge"] + 0.2)
    assert text[row["start_char"] : row["end_char"]] == row["sentence"] == text


@pytest.mark.parametrize(
    ("text", "kind", "hedged"),
    [
        ("Spain may consider sending a frigate to the Red Sea.", "intent", True),
        ("Canada plans to buy twelve submarines.", "intent", False),
        ("Greece was ready to host the talks if both sides agreed.", "offer", True),
        ("Greece was ready to host the talks.", "offer", False),
    ],
)
def test_hedges_lower_strength(nlp, text: str, kind: str, hedged: bool) -> None:
    rows = [row for row in extract(nlp, text) if row["type"] == kind]
    assert rows
    assert (rows[0]["strength"] < BASE_STRENGTH[kind]) is hedged


def test_two_commitments_in_one_sentence(nlp) -> None:
    rows = extract(nlp, "Germany backed the plan and urged Poland to join it.")
    assert pairs(rows) == {("Germany", "endorsement"), ("Germany", "call")}
    call = next(row for row in rows if row["type"] == "call")
    assert call["counterpart"] == "Poland"
    assert call["content"] == "join it"


def test_one_row_per_actor_and_type_in_a_sentence(nlp) -> None:
    rows = extract(nlp, "Spain will send two ships and will fund the new base.")
    assert [(row["actor"], row["type"]) for row in rows] == [("Spain", "pledge")]


def test_joint_subject_gives_each_party_a_row(nlp) -> None:
    rows = extract(nlp, "France and Germany welcomed the proposal.")
    assert pairs(rows) == {("France", "endorsement"), ("Germany", "endorsement")}


def test_agreement_counterpart_is_the_other_party(nlp) -> None:
    (row,) = extract(nlp, "Portugal and Brazil signed a maritime cooperation agreement on Friday.")
    assert (row["actor"], row["counterpart"]) == ("Portugal", "Brazil")


@pytest.mark.parametrize(
    ("kind", "amount", "deadline", "hedged", "expected"),
    [
        ("agreement", False, False, False, 0.8),
        ("pledge", True, True, False, 0.9),
        ("agreement", True, True, False, 1.0),
        ("intent", False, False, True, 0.2),
        ("call", False, False, True, 0.15),
        ("refusal", True, True, False, 0.0),
        ("offer", True, False, True, 0.5),
    ],
)
def test_strength_scale(kind: str, amount: bool, deadline: bool, hedged: bool, expected: float):
    got = strength(kind, amount=amount, deadline=deadline, hedged=hedged)
    assert got == pytest.approx(expected)


def test_lexicon_covers_every_type() -> None:
    lex = cue_lexicon()
    assert set(lex.verbs.values()) == {
        "agreement",
        "pledge",
        "offer",
        "endorsement",
        "call",
        "intent",
        "refusal",
    }
    assert lex.modals["must"] == "call"


def test_lexicon_rejects_unknown_types() -> None:
    with pytest.raises(ValueError, match="threat"):
        parse_lexicon('[verbs]\nthreat = ["threaten"]\n')


def _table(rows: list[tuple[str, str, str, str, str, int]]) -> pd.DataFrame:
    return pd.DataFrame(
        rows, columns=["actor_id", "actor", "counterpart", "content", "date", "start_char"]
    ).assign(article_id=lambda t: "a" + t["date"])


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        # restated in other words, later
        (
            ("country:japan", "Japan", "Vietnam", "deliver five patrol vessels to Vietnam"),
            ("country:japan", "Japan", "Vietnam", "delivering the five patrol vessels"),
            True,
        ),
        # proposed, then agreed: one commitment seen twice
        (
            ("country:japan", "Japan", "", "set up a joint maritime coordination cell"),
            ("country:japan", "Japan", "Philippines", "set up a maritime coordination cell"),
            True,
        ),
        # another actor
        (
            ("country:japan", "Japan", "", "deliver five patrol vessels"),
            ("country:korea", "South Korea", "", "deliver five patrol vessels"),
            False,
        ),
        # another act
        (
            ("country:japan", "Japan", "", "deliver five patrol vessels"),
            ("country:japan", "Japan", "", "host a conference on maritime law"),
            False,
        ),
        # another counterpart
        (
            ("country:japan", "Japan", "Vietnam", "deliver five patrol vessels"),
            ("country:japan", "Japan", "Malaysia", "deliver five patrol vessels"),
            False,
        ),
    ],
)
def test_assign_groups(first: tuple, second: tuple, same: bool) -> None:
    table = _table([(*first, "2026-01-01", 10), (*second, "2026-02-01", 50)])
    keys = assign_groups(table)
    assert (keys[0] == keys[1]) is same
    assert all(len(key) == 12 for key in keys)


def test_group_keys_do_not_depend_on_row_order() -> None:
    rows = [
        ("country:japan", "Japan", "", "deliver five patrol vessels", "2026-01-01", 10),
        ("country:japan", "Japan", "", "host a conference on maritime law", "2026-01-01", 90),
        ("country:japan", "Japan", "", "deliver the five patrol vessels", "2026-03-01", 5),
    ]
    forward = assign_groups(_table(rows)).tolist()
    backward = assign_groups(_table(rows[::-1])).tolist()
    assert forward == backward[::-1]
    assert forward[0] == forward[2] != forward[1]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("deliver five patrol vessels to Vietnam", "deliver five patrol vessel vietnam"),
        ("the deliveries of vessels", "deliver vessel"),
    ],
)
def test_content_keywords(content: str, expected: str) -> None:
    assert content_keywords(content) == " ".join(sorted(expected.split()))


@pytest.mark.parametrize(
    "text",
    [
        # a negated modal before a verb of attitude withholds no commitment
        'Italian Energy Minister Giulia Romano said: "We learned that lesson in 2022, and we '
        'will not forget it."',
        "Italy will not forget the help it received.",
        # tolerance of "it" (a thing or a clause after it is refused: see test_cue_senses)
        "Foreign Minister Anna Berg said Norway would not tolerate it.",
        "We will not see a solution this year, Spain said.",
    ],
)
def test_negated_attitude_is_no_refusal(nlp, text: str) -> None:
    assert "refusal" not in {row["type"] for row in extract(nlp, text)}


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        # an intention absent in the past binds nobody now
        (
            '"We did not plan to stay in the valley this long," Portugal\'s defence minister said.',
            False,
        ),
        ("It is a war which we never wanted, the foreign minister of Greece said.", False),
        ("Canada had not intended to close its embassy in the capital.", False),
        # the same intention negated now is a refusal, and so is a past pledge negated
        ("Canada does not want a confrontation with its neighbours.", True),
        ("Poland did not commit any troops to the new mission.", True),
    ],
)
def test_an_intention_negated_in_the_past_is_no_refusal(nlp, text: str, refused: bool) -> None:
    assert ("refusal" in {row["type"] for row in extract(nlp, text)}) is refused


@pytest.mark.parametrize(
    ("text", "article_date", "committed"),
    [
        # an act completed in a year before the article's is history
        (
            "ECOWAS agreed in principle to create a standby counter-terrorism brigade in 2023.",
            "2025-05-22",
            False,
        ),
        ("Greece signed the contract for four frigates in 2021.", "2024-03-01", False),
        # an undated act is news
        ("Greece signed the contract for four frigates on Monday.", "2024-03-01", True),
        # a date inside a relative clause does not date the act
        (
            "Ghana's navy chief Abena Okafor called on coastal states to share their data "
            "through the centres, which were set up under an agreement signed in 2013.",
            "2025-05-22",
            True,
        ),
        # with no article date only "since" and a dated preposition on the act count
        ("Greece signed the contract for four frigates in 2021.", "", False),
        (
            "ECOWAS agreed in principle to create a standby counter-terrorism brigade in 2023.",
            "",
            True,
        ),
    ],
)
def test_acts_dated_before_the_article_are_background(
    nlp, text: str, article_date: str, committed: bool
) -> None:
    assert bool(extract(nlp, text, article_date=article_date)) is committed


def test_closing_handle_of_a_post_stays_in_the_evidence(nlp) -> None:
    text = (
        'In a post on X, Singh noted the meeting. "Delighted to meet Ms. Kaja Kallas in New '
        "Delhi today. Looking forward to greater cooperation between India and the EU "
        'countries. @kajakallas," Rajnath Singh said.'
    )
    rows = [row for row in extract(nlp, text) if row["type"] == "intent"]
    assert rows
    assert rows[0]["sentence"].endswith("the EU countries. @kajakallas")
    assert text[rows[0]["start_char"] : rows[0]["end_char"]] == rows[0]["sentence"]


@pytest.mark.parametrize(
    ("second", "committed"),
    [
        ("The two governments agreed to open a joint liaison cell.", True),
        ("Both sides agreed to open a joint liaison cell.", True),
        ("Developed countries agreed to raise adaptation finance.", False),
        ("Coastal states agreed to share patrol data.", False),
    ],
)
def test_only_a_definite_group_stands_for_the_parties_named_before(nlp, second, committed):
    first = "Norway and Chile held defence talks in Oslo on Monday. "
    found = pairs(extract(nlp, first + second))
    assert (("Norway", "agreement") in found) is committed


# -- quotations, cue classes, institutions and statements ------------------------------


@pytest.mark.parametrize(
    ("text", "actor", "kind"),
    [
        # first person inside a direct quotation: the speaker commits
        (
            '"We will not renounce this obligation," Foreign Minister Lena Haugen said.',
            "Lena Haugen",
            "refusal",
        ),
        (
            '"Our country will send two more battalions to the border," '
            "Defence Minister Piet Vos said on Monday.",
            "Piet Vos",
            "pledge",
        ),
        # a commitment in the words a telegram read
        (
            "President Ivo Kral sent a telegram which read: "
            '"I hope for a constructive dialogue with you."',
            "Ivo Kral",
            "intent",
        ),
        # cue classes
        ("Norway ordered its diplomats to reopen talks with Finland.", "Norway", "intent"),
        ("Norway announced new aid for the flooded provinces.", "Norway", "pledge"),
        ("Finland reiterated its demand that Norway withdraw its ships.", "Finland", "call"),
        ("Norway asked for international help to clear the mines.", "Norway", "call"),
        ("Finland praised Norway's leadership of the mission.", "Finland", "endorsement"),
        ("Norway threatened to close its border with Finland.", "Norway", "intent"),
        (
            "Minister Lena Haugen of Norway warned that Norway would close its border.",
            "Lena Haugen",
            "intent",
        ),
        ("Finland opposed the plan to expand the mission.", "Finland", "refusal"),
        ("The plan to expand the mission is strongly opposed by Finland.", "Finland", "refusal"),
        ("Norway abstained in the vote on the mission.", "Norway", "refusal"),
        # institutions and documents
        (
            "The Nordic Council passed a resolution on the border on Monday. "
            "The resolution calls for an immediate ceasefire.",
            "Nordic Council",
            "call",
        ),
    ],
)
def test_capabilities_give_the_committing_actor(nlp, text: str, actor: str, kind: str) -> None:
    assert (actor, kind) in pairs(extract(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        # word sense: crimes and suicide are committed, nobody commits to them
        "The soldier committed suicide in the barracks.",
        "The rebels committed crimes against civilians in the north.",
        # a finding, not an agreement
        "The inquiry of Norway concluded that the vessel had sunk in the storm.",
        # a claim about another party's things is an accusation, not a pledge
        "Minister Lena Haugen of Norway said Finnish arms supplies would aid the rebels.",
        # a denial of fact is no refusal
        "Norway denied that it had sent troops across the border.",
        # a phone call, not a call on someone
        "Minister Lena Haugen called her Finnish counterpart to express her concern.",
        # a belief about the future
        '"We are sure that this attempt will not fool our friends," Minister Lena Haugen said.',
        # assent in a conversation
        '"We agree," Minister Lena Haugen said.',
        # a purpose, a past arrangement and a thing done to people
        "The new law is aimed at calming the border region of Norway.",
        "The meeting was planned by Minister Lena Haugen of Norway.",
        "Eight thousand Norwegian settlers will be evacuated from the valley.",
        # hospitality, not support
        "Minister Lena Haugen of Norway was welcomed by President Ivo Kral of Finland.",
        # said of another person, not the speaker's own commitment
        '"He is willing to exploit the crisis," Minister Lena Haugen of Norway said.',
        # weapons are aimed, no plan
        "Norwegian soldiers aimed their weapons at the Finnish patrol.",
        # praised by someone unnamed: Norway is praised, it praises nothing
        "Norway has recently been praised for its action against corruption.",
        # what happens to the subject
        "Norway and Finland will receive extra funding from the union next year.",
        # behaviour, not a threat of what one will do
        "Norway was not threatening its neighbours, Minister Lena Haugen of Finland said.",
        # those refused are named, not who refuses
        '"Our doctors are denied access to the camp," Minister Lena Haugen of Norway said.',
        # a shared finding, not an agreement
        '"We agreed that we have settled most of the issue," Minister Lena Haugen said.',
    ],
)
def test_no_commitment_in_other_senses(nlp, text: str) -> None:
    assert extract(nlp, text) == []


def test_us_is_a_country_not_the_pronoun(nlp) -> None:
    text = "Minister Lena Haugen said the US will send two ships to the region."
    rows = extract(nlp, text)
    assert rows, "the pledge is found"
    assert all(row["actor"] != "Lena Haugen" or row["type"] == "pledge" for row in rows)
    assert not any(row["actor"] == "" for row in rows)


def test_the_leaders_stand_for_the_parties_named_as_present(nlp) -> None:
    text = (
        "The leaders of Norway, Finland and Estonia met in Tallinn on Monday. "
        "The leaders agreed to hold a summit on energy next year."
    )
    rows = [row for row in extract(nlp, text) if row["type"] == "agreement"]
    assert rows
    assert rows[0]["actor"] in {"Norway", "Finland", "Estonia"}
    assert rows[0]["counterpart"] in {"Norway", "Finland", "Estonia"}


def test_the_three_countries_are_the_three_named_last(nlp) -> None:
    text = (
        "Norway, Finland and Estonia met in Tallinn on Monday. "
        "The three countries approved a joint declaration on border trade."
    )
    assert {row["actor"] for row in extract(nlp, text)} == {"Norway", "Finland", "Estonia"}


def test_a_statement_speaks_for_its_issuer(nlp) -> None:
    text = (
        "Prime Minister Elena Markov of Finland spoke to reporters on Monday.\n\n"
        '"We will send a medical team to the north," said a statement from '
        "Markov's office."
    )
    assert ("Elena Markov", "pledge") in pairs(extract(nlp, text))


def test_no_right_to_demand_is_the_speakers_refusal(nlp) -> None:
    text = '"Finland has no right to demand our withdrawal," Minister Lena Haugen said.'
    assert ("Lena Haugen", "refusal") in pairs(extract(nlp, text))


def test_we_will_in_a_release_belongs_to_its_publisher(nlp) -> None:
    text = (
        "Prime Minister Anna Berg of Norway visited the northern garrison on Monday.\n\n"
        "We will open two new training centres in the north next year."
    )
    doc = nlp(text)
    found = article_actors(doc)
    themes = [frozenset() for _ in doc.sents]
    rows = commitments(doc, found, themes, [], article_source="Office of Anna Berg")
    assert ("Anna Berg", "pledge") in pairs(rows)
    assert commitments(doc, found, themes, []) == []


@pytest.mark.parametrize(
    "text",
    [
        # hospitality to an office holder, not support for a policy
        "Premier Tomas Halvard welcomed the chancellor back to the capital of Norland.",
        # a note or a letter signed is no agreement between parties
        "Police found a note signed by the Free Sudvia Front near the station in Norland.",
        "The Farmers Party of Norway released an official statement signed by its president "
        "Ola Brekke denying the report.",
        # pointing a weapon, not an aim
        '"We aimed our rifles at the crowd," Sudvian officer Piet Dalgaard said.',
        # "you" in a quotation is said to another, not done by the speaker
        '"I know you want to leave Norland," Interior Minister Ola Brekke told the crowd.',
        # the speaker was asked; nobody named asks anything
        '"I was only asked to help guard the border," Norland envoy Rune Vestby said.',
        # support received, not given
        "Ola Brekke had the political support of farmers and unions in Norland.",
        # a reported act done to the subject: the speaker backs nobody
        "Ola Brekke said that the Norland opposition was supported with money from Sudvia.",
        # a request told as earlier narration
        "Documents show that Ola Brekke of Norway had requested and had received oil "
        "allocations from Sweden.",
        # a plan told as earlier narration
        "The rebels had planned to attack the town of Varna, according to the Norland "
        "Interior Ministry.",
    ],
)
def test_no_commitment_in_passive_or_personal_senses(nlp, text: str) -> None:
    assert extract(nlp, text) == []


def test_passive_modal_in_reported_speech_is_the_speakers_act(nlp) -> None:
    text = (
        "Norland's Foreign Minister Ola Brekke said that Piet Dalgaard would be handed over "
        "to Sudvia next week."
    )
    rows = extract(nlp, text)
    assert ("Ola Brekke", "pledge") in pairs(rows)
    assert all(row["actor"] != "Piet Dalgaard" for row in rows)


def test_passive_call_names_who_is_called_on_not_who_calls(nlp) -> None:
    text = (
        "Tomas Halvard, the Norland Prime Minister, has said that Piet Dalgaard should be "
        "removed from the Sudvian council."
    )
    assert all(row["actor"] != "Piet Dalgaard" for row in extract(nlp, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body inside the speaking organisation stands for it
        (
            '"The executive directors have agreed to hold informal meetings with the '
            'nominee," the International Monetary Fund said in a statement.',
            {("International Monetary Fund", "agreement")},
        ),
        # what a declaration records its signatories pledged
        (
            "The summit ended with a declaration in which the leaders of Norway and Sweden "
            "pledged to cut tariffs.",
            {("Norway", "pledge"), ("Sweden", "pledge")},
        ),
        # warnings of consequences and threats with sanctions are threats
        (
            "Norway warned Sweden of serious consequences if it tested another missile.",
            {("Norway", "intent")},
        ),
        ("Norway threatened Sweden with sanctions.", {("Norway", "intent")}),
        # a vote against refuses, a vote for endorses
        ("Finland's parliament voted against the treaty with Estonia.", {("Finland", "refusal")}),
        (
            "Latvian ministers voted for the plan to build a pipeline to Finland.",
            {("Latvia", "endorsement")},
        ),
        # "unacceptable" in reported speech: the speaker refuses another's demand
        (
            "Sweden's foreign ministry said Norway's demand was unacceptable.",
            {("Sweden", "refusal")},
        ),
        # a stance held, in the passive form
        ("Sweden is opposed to the deployment of missiles in Finland.", {("Sweden", "refusal")}),
        # what the speaker's side sends, in a quotation
        (
            '"Two more battalions will come to Estonia next month," Norwegian Defence '
            "Minister Ola Brekke said.",
            {("Ola Brekke", "pledge")},
        ),
    ],
)
def test_statements_threats_votes_and_refusals(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Norway warned that prices would rise next year.",
        # speaking about another's commitment does not make one
        "The newspaper questioned Ola Brekke's commitment to the army of Norway.",
        # a thing backs nothing, even in reported speech
        "Ola Brekke of Norway said the footage would support the idea that the army had failed.",
        # an agenda, not a pledge
        '"The Oslo conference will focus on ways to promote Norway abroad," Ola Brekke said.',
        # a belief about another
        "Some workers feel that Ola Brekke of Norway may be approving the attacks.",
        # an exclamation: nothing wished for
        '"I wish!" Ola Brekke of Norway said.',
        # another party's means, in a quotation: an accusation, not the speaker's pledge
        '"The rebels\' weapons will be used against civilians," Ola Brekke said.',
        "The rebels voted for Ola Brekke in the election in Finland.",
    ],
)
def test_warnings_of_facts_and_votes_for_people_commit_nobody(nlp, text: str) -> None:
    assert extract(nlp, text) == []


def test_refusal_adjective_names_whose_demand_is_refused(nlp) -> None:
    rows = extract(nlp, "Sweden's foreign ministry said Norway's demand was unacceptable.")
    assert [(r["actor"], r["counterpart"]) for r in rows] == [("Sweden", "Norway")]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the speaker's own need is their intent
        ("Ola Brekke said he may have to close the border with Sweden.", "intent"),
        # another person named just before: "she" may be her, a call stays a call
        ("Ola Brekke of Norway met Anna Lind of Sweden. Ola Brekke said she must resign.", "call"),
    ],
)
def test_a_reported_need_of_the_speaker_is_intent(nlp, text: str, kind: str) -> None:
    assert pairs(extract(nlp, text)) == {("Ola Brekke", kind)}


@pytest.mark.parametrize(
    "text",
    [
        # assent during a hearing: nothing agreed
        "Former Norwegian minister Ola Brekke agreed during the hearing in Oslo.",
        # a reproach of the past, not a call
        '"Norway should have acted sooner," Ola Brekke of Sweden said.',
        # the writer's view of what a government needs: nobody calls
        "The Norwegian government will need to make quick reforms if it is to survive.",
    ],
)
def test_no_commitment_in_assent_reproach_or_the_writers_need(nlp, text: str) -> None:
    assert extract(nlp, text) == []


def test_a_passive_agent_that_is_a_thing_commits_nobody_it_mentions(nlp) -> None:
    text = (
        "Norwegian President Ola Brekke, backed by huge protests against Sweden in the "
        "capital, rejected the resolution."
    )
    assert pairs(extract(nlp, text)) == {("Ola Brekke", "refusal")}


def test_a_passive_agent_naming_leaders_gives_their_states(nlp) -> None:
    rows = extract(nlp, "The treaty was opposed by the leaders of Norway and Sweden.")
    assert pairs(rows) == {("Norway", "refusal"), ("Sweden", "refusal")}


@pytest.mark.parametrize(
    "text",
    [
        # people around a leader speak for themselves, not for the leader
        "Advisers to British Prime Minister Ola Brekke are suggesting that new dams would be "
        "the best way to meet the country's targets.",
        # a greeting on return, not support
        "The three hostages were welcomed back by an official Norwegian delegation, including "
        "President Ola Brekke.",
    ],
)
def test_no_commitment_from_entourage_or_a_welcome_back(nlp, text: str) -> None:
    assert extract(nlp, text) == []


def test_a_party_named_as_excluded_does_not_commit(nlp) -> None:
    assert (
        extract(
            nlp, "Board members from nations other than Norway are seeking to settle the dispute."
        )
        == []
    )
    assert pairs(extract(nlp, "Delegates from Norway are seeking to settle the dispute.")) == {
        ("Norway", "intent")
    }


@pytest.mark.parametrize(
    ("text", "offered"),
    [
        ("Chile apologised for the delay and offered its condolences to the families.", False),
        ("Peru offered an apology to Chile for the border incident.", False),
        ("The Greek minister offered his views on the crisis to reporters.", False),
        # what the other side can take up is offered
        ("Peru offered emergency help to Chile after the earthquake.", True),
        ("Peru offered to host the next round of talks.", True),
    ],
)
def test_words_of_feeling_or_courtesy_are_not_offers(nlp, text: str, offered: bool) -> None:
    assert ("offer" in {row["type"] for row in extract(nlp, text)}) is offered


@pytest.mark.parametrize(
    ("text", "committed"),
    [
        # the writer's "must" governs the verb joined to it as well
        (
            "Under the new rules, Austria must notify the commission and submit a budget plan "
            "every spring.",
            False,
        ),
        # a joined verb with its own "will" commits on its own
        ("Austria must notify the commission and will submit a budget plan every spring.", True),
    ],
)
def test_a_joined_verb_shares_the_writers_must(nlp, text: str, committed: bool) -> None:
    assert bool(extract(nlp, text)) is committed


@pytest.mark.parametrize(
    ("text", "committed"),
    [
        ("In the survey, over 70% agreed Europe should attempt to counterbalance Russia.", False),
        ("Most respondents said Germany should send more troops to the mission.", False),
        # a named speaker's call and a count of officials still count
        ("Chancellor Anna Weber said Germany should send more troops to the mission.", True),
        ("Three ministers said Germany would send more troops to the mission.", True),
    ],
)
def test_what_those_polled_say_is_opinion(nlp, text: str, committed: bool) -> None:
    assert bool(extract(nlp, text)) is committed


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # a part of a group is not the group
        ("The EU announced Monday that ten of its member nations plan to participate.", set()),
        ("NATO said some of its members will send ships.", set()),
        # the whole group, and a part the sentence names, still commit
        ("NATO said its members will send ships to the gulf.", {"NATO"}),
        ("Two of the countries, Chile and Peru, agreed to join the patrol.", {"Chile"}),
    ],
)
def test_a_part_of_a_group_commits_only_where_named(nlp, text: str, actors: set) -> None:
    assert {row["actor"] for row in extract(nlp, text)} == actors


def test_the_cue_of_a_call_reads_as_written(nlp) -> None:
    # "On Friday" opens the sentence; the call is "called for"
    rows = extract(
        nlp, "On Friday, Education Minister Jan Oster called for an end to the violence."
    )
    assert [(row["actor"], row["cue"]) for row in rows] == [("Jan Oster", "called for")]


def test_an_outlet_reporting_a_pledge_is_not_its_author(nlp) -> None:
    rows = extract(
        nlp,
        "The weekly magazine Corvo printed the story. Corvo reports that the rebel envoy Ivo "
        "Marek announced that he would donate 5 million dollars to the campaign.",
    )
    assert {row["actor"] for row in rows} == {"Ivo Marek"}


@pytest.mark.parametrize(
    ("text", "committed"),
    [
        # a speaker's second or third conditional imagines; it commits nobody
        (
            '"If I were a soldier on the front line, I would not want someone next to me who '
            'is on drugs," Senator Ola Brenn said.',
            False,
        ),
        ('"If we had the money, we would build the bridge," the Greek minister said.', False),
        # a real condition, and a condition shifted back in reported speech, still commit
        (
            '"If parliament approves the funds, we will build the bridge," the Greek minister said.',
            True,
        ),
        ("Greece said it would send troops if the United Nations asked it to.", True),
    ],
)
def test_a_speakers_hypothetical_commits_nobody(nlp, text: str, committed: bool) -> None:
    assert bool(extract(nlp, text)) is committed


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a wish that another side act asks it of them: a call; a wish that it join the
        # speaker's side or project invites it, an offer it may take up
        ('"We want Norland to join the programme," Prime Minister Tom Harlow said.', "offer"),
        ('"We would like Vesland to reopen its embassy," Prime Minister Tom Harlow said.', "call"),
        # a wish for the speaker's own act stays an intent
        ('"We want to join the programme," Prime Minister Tom Harlow said.', "intent"),
    ],
)
def test_a_wish_that_another_side_act_is_a_call(nlp, text: str, kind: str) -> None:
    assert pairs(extract(nlp, text)) == {("Tom Harlow", kind)}


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # a vow told in the past perfect still binds its actor
        (
            "Karel Vondra, who won the presidency a year ago, had vowed to stamp out "
            "corruption in Lerin.",
            {("Karel Vondra", "pledge")},
        ),
        # an agreement told so is earlier narration
        ("The Norland government had signed the treaty with Vesland.", set()),
    ],
)
def test_a_vow_told_in_the_past_perfect_still_binds(nlp, text: str, kinds: set) -> None:
    assert pairs(extract(nlp, text)) == kinds


@pytest.mark.parametrize(
    "text",
    [
        "A ceasefire agreement was reached on Sunday between Norland and Vesland.",
        "A ceasefire agreement between Norland and Vesland was signed on Sunday.",
        "An agreement was signed between Norland and Vesland to reopen the border.",
    ],
)
def test_a_passive_agreement_belongs_to_the_parties_between(nlp, text: str) -> None:
    rows = extract(nlp, text)
    assert [row["type"] for row in rows] == ["agreement"]
    assert {rows[0]["actor"], rows[0]["counterpart"]} == {"Norland", "Vesland"}


def test_a_passive_agreement_with_no_parties_commits_nobody(nlp) -> None:
    assert extract(nlp, "The agreement was reached after long talks in Lerin.") == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a course decided or preferred in the negative is withheld: a refusal
        ("Norland decided not to send troops to Vesland.", "refusal"),
        ("Norland prefers not to interfere in the affairs of Vesland.", "refusal"),
        # a promise or an agreement to abstain still binds
        ("Norland vowed not to raise taxes.", "pledge"),
        ("Norland agreed not to attack Vesland.", "agreement"),
        ("Norland prefers to negotiate with Vesland.", "intent"),
        # an order or warning that others not act is no course withheld by the speaker
        ("Norland ordered its soldiers not to fire on the crowds.", "intent"),
        # verbs with a particle that refuse
        ("Norland ruled out sending troops to Vesland.", "refusal"),
        ("Norland turned down the request for troops.", "refusal"),
    ],
)
def test_a_course_withheld_is_a_refusal(nlp, text: str, kind: str) -> None:
    assert pairs(extract(nlp, text)) == {("Norland", kind)}


def test_a_passive_refusal_belongs_to_its_agent(nlp) -> None:
    rows = extract(
        nlp, "Prime Minister Tom Harlow said any such treaty would be turned down by Norland."
    )
    assert pairs(rows) == {("Norland", "refusal")}


@pytest.mark.parametrize(
    "text",
    [
        # an event as subject schedules something; nobody commits
        "The summit will take place in Lerin and will be attended by Prime Minister Tom Harlow.",
        "Minister Tom Harlow said the inquiry will probably run for a week.",
    ],
)
def test_an_event_that_will_happen_commits_nobody(nlp, text: str) -> None:
    assert extract(nlp, text) == []


def test_a_party_that_will_attend_an_event_commits(nlp) -> None:
    rows = extract(nlp, "Prime Minister Tom Harlow said Norland will attend the summit.")
    assert pairs(rows) == {("Tom Harlow", "pledge")}


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # "is to" sets a course, told by whoever announces it
        (
            "Prime Minister Tom Harlow announced yesterday that Norland is to withdraw the "
            "rest of its troops from Vesland.",
            {("Tom Harlow", "intent")},
        ),
        # a purpose noun as subject names an aim, not a course
        ("The aim of Norland is to reduce emissions by half.", set()),
        # ... unless nobody else is named for it: the purpose of whoever tells it
        ("Karel Vondra said the goal is to reopen the border.", {("Karel Vondra", "intent")}),
        ("Karel Vondra said Norland is to blame for the attack.", set()),
        # "it is vital to" sets no course of the speaker's own ("is to"); it asks the act
        # (a statement cue, analysis/statement_cues.py)
        ('"It is absolutely vital to disarm," Karel Vondra said.', {("Karel Vondra", "call")}),
        ("The summit is to be held in Lerin next month.", set()),
        ("Karel Vondra said that this money is to provide the troops with armour.", set()),
        # a future feeling is a state, not an act
        ("Karel Vondra said Norland will feel safe if the talks succeed.", set()),
        # an event as subject of "would not" forecasts; nobody refuses
        ("Karel Vondra said the attack would not derail the peace process.", set()),
        # plural commitment nouns: "announced plans to", "has no plans to"
        (
            "Norland announced plans to send two battalions to Vesland.",
            {("Norland", "intent")},
        ),
        ("Norland has no plans to send troops to Vesland.", {("Norland", "refusal")}),
    ],
)
def test_a_scheduled_course_and_announced_plans(nlp, text: str, kinds: set) -> None:
    assert pairs(extract(nlp, text)) == kinds


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # a wish that frames courtesy, a need that names a state: nothing set or asked
        ('"I want to thank you for your patience," Karel Vondra told the crowd.', set()),
        ('"We have to be very careful," Karel Vondra said.', set()),
        # readiness and acts still count
        ('"We have to be ready to send troops," Karel Vondra said.', {("Karel Vondra", "intent")}),
        ('"We want to send troops to Vesland," Karel Vondra said.', {("Karel Vondra", "intent")}),
    ],
)
def test_courtesy_and_states_set_no_course(nlp, text: str, kinds: set) -> None:
    assert pairs(extract(nlp, text)) == kinds


def test_neither_negates_a_cue(nlp) -> None:
    rows = extract(
        nlp, "The Norland Labour Party neither supports the plan nor opposes it, Karel Vondra said."
    )
    # the party named as the subject commits; its spokesman only voices it
    assert pairs(rows) == {("Norland Labour Party", "refusal")}


@pytest.mark.parametrize(
    ("text", "kind", "content"),
    [
        (
            "The Ardent Council asked member states not to sell arms to the rebels.",
            "call",
            "not sell arms to the rebels",
        ),
        (
            "President Tomas Keller urged the rebels not to close the border crossing.",
            "call",
            "not close the border crossing",
        ),
        ("Norland and Valdonia agreed not to raise tariffs on grain.", "agreement", "not raise"),
        ("The minister of Norland refused to attend the summit.", "refusal", "attend the summit"),
    ],
)
def test_a_negated_act_keeps_its_negation_unless_the_type_says_it(
    nlp, text: str, kind: str, content: str
) -> None:
    rows = [r for r in extract(nlp, text) if r["type"] == kind]
    assert rows, extract(nlp, text)
    assert rows[0]["content"].startswith(content), rows[0]["content"]


# -- credit, issuers, forecasts and phrasings seen on real news ---------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a named body's course is the body's, whoever voices it
        (
            "The Norland Farmers Union calls on the government to lift the export ban, "
            "said its director Karel Vosk.",
            {("Norland Farmers Union", "call")},
        ),
        (
            "The Norland Farmers Union will keep up its protests until the ban is lifted, "
            "its spokesman Ivo Dran told reporters.",
            {("Norland Farmers Union", "pledge")},
        ),
        # "it" and a body the speaker owns stay with the speaker
        (
            "The Eastmark Council released a letter stating that the council would fund "
            "two new schools.",
            {("Eastmark Council", "pledge")},
        ),
    ],
)
def test_a_named_body_commits_for_itself(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Norland Foreign Ministry issued a statement saying that Norland would "
            "freeze the assets of the group.",
            {("Norland Foreign Ministry", "pledge")},
        ),
        (
            'The Norland Foreign Ministry issued a statement which read: "We will not '
            'negotiate with the kidnappers."',
            {("Norland Foreign Ministry", "refusal")},
        ),
        # a letter read out by one person is its writer's
        (
            "Minister Ola Brik read out a letter from President Dag Vorn of Norland: "
            '"We will not abandon the islands."',
            {("Dag Vorn", "refusal")},
        ),
        # a ministry the text names in lower case speaks for its state
        (
            "Denmark's foreign ministry said it would expel the diplomats.",
            {("Denmark", "pledge")},
        ),
    ],
)
def test_statements_speak_for_their_issuer(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Opposition leader Mara Tesk said it will harm the support for the government.",
        "Police chief Ana Velk said people should not be alarmed by the drills.",
        "Senator Ola Brik said the remarks should be beneath any decent politician.",
        '"I have to tell you, this plan is a disaster," Senator Ola Brik said.',
        "Mayor Ken Osk said he may appeal the ruling to the High Court.",
        "Recent polls show that 60 percent of Norland voters oppose the new law.",
        '"It\'s going to take a long time," rebel leader Piet Ardo said.',
        '"I am not going to say who was responsible," rebel leader Piet Ardo said.',
        # who took part in an event; the subject of an unattributed "should"
        "A rally was supported by several Norland parties, including the Union of Right "
        "Forces and the Green League.",
        "Many right-wing opponents argue that Norway should not become a member of the union.",
        # a body of a country's people is not its state; an unnamed share of parties
        "A Norwegian media workers' union has asked the ambassador in Oslo to help with the "
        "release of the journalists.",
        "Most major political parties in Norway have stated they will abide by the referendum.",
        # refusing to accuse withholds a statement, not a commitment
        "Police spokesman Ivo Dran at first refused to implicate the rebels in the attacks.",
    ],
)
def test_forecasts_states_and_frames_commit_nobody(nlp, text: str) -> None:
    assert extract(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a warning: what they have to know is the speaker's threat
        (
            '"They have to know that we will respond to any attack," General Piet Ardo said.',
            {("Piet Ardo", "intent")},
        ),
        (
            "Norland has warned that it may cut off the gas supply to Sudvia.",
            {("Norland", "intent")},
        ),
        (
            '"We are not going to surrender," rebel leader Ivo Dran said.',
            {("Ivo Dran", "refusal")},
        ),
        (
            "Norland pushed for the formation of a joint commission with Sudvia.",
            {("Norland", "call")},
        ),
        ("Norland asked that the talks with Sudvia be reopened.", {("Norland", "call")}),
        (
            "The Eastmark Council appealed to Sudvia to release the prisoners.",
            {("Eastmark Council", "call")},
        ),
        (
            "The Norland defence ministry announced that three bases are to close by 2010.",
            {("Norland", "intent")},
        ),
        # a still-standing passive call keeps its caller
        (
            "Senator Ola Brik said Norland should be suspended from the council.",
            {("Ola Brik", "call")},
        ),
    ],
)
def test_warnings_futures_and_requests(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


def test_both_countries_are_states_not_companies(nlp) -> None:
    text = (
        "Norway and Denmark met the Borealis Shipping Company in Oslo. "
        "Both countries seek to secure gas from the northern fields."
    )
    assert pairs(extract(nlp, text)) == {("Norway", "intent"), ("Denmark", "intent")}


def test_a_maxim_and_a_second_threatened_act_are_no_calls(nlp) -> None:
    rows = extract(
        nlp,
        '"Free trade must be fair trade, and we will work to ensure that workers compete '
        'on a level field," read a statement issued by the Norland Trade Ministry.',
    )
    assert pairs(rows) == {("Norland Trade Ministry", "intent")}
    rows = extract(
        nlp,
        "Karel Vosk threatened to pull out of the race and ask his supporters to boycott "
        "the elections.",
    )
    assert pairs(rows) == {("Karel Vosk", "intent")}


def test_not_allowing_an_act_refuses_a_policy(nlp) -> None:
    rows = extract(
        nlp,
        "Norway will not allow uranium to be exported to any country which has not signed "
        "the treaty.",
    )
    assert pairs(rows) == {("Norway", "refusal")}
    assert extract(nlp, '"We will not allow it," Norwegian Prime Minister Karel Vosk said.') == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a "that" clause stating a fact or a possibility gives an opinion
        (
            "The Norland Liberal Party suggested that the drop in crime was due to the police "
            "campaign.",
            set(),
        ),
        (
            "Prime Minister Karel Vosk suggested that policy may change depending on "
            "circumstances.",
            set(),
        ),
        ('"To suggest police turn a blind eye to crime is insulting," Karel Vosk said.', set()),
        # a bare verb, "should" or "could" puts something forward
        (
            "Karel Vosk proposed that the number of provinces be reduced from twelve to four.",
            {("Karel Vosk", "offer")},
        ),
        (
            "Karel Vosk suggested that Sweden could rely on the Norwegian radar station.",
            {("Karel Vosk", "offer")},
        ),
        ("Karel Vosk proposed a meeting with Sweden in March.", {("Karel Vosk", "offer")}),
    ],
)
def test_a_suggestion_of_fact_is_no_offer(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Minister Karel Vosk said a suspension of voting rights would be justified if any "
            "country breached the rules.",
            set(),
        ),
        (
            "The ministry stated that Prime Minister Karel Vosk would likely talk with Ivo Dran "
            "when the two meet.",
            set(),
        ),
        (
            "Minister Karel Vosk said the new port would involve the construction of a dry dock.",
            set(),
        ),
        # a passive act of the speaker's side still commits the speaker
        (
            "Minister Karel Vosk said the existing penalties would be toughened.",
            {("Karel Vosk", "pledge")},
        ),
    ],
)
def test_judgements_and_likely_futures_are_forecasts(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what "they" will ask of the speaker is their call, not the speaker's
        (
            '"If we accept that, they will ask us to give up our weapons," rebel leader Piet '
            "Ardo said.",
            set(),
        ),
        (
            '"They must give up their weapons," rebel leader Piet Ardo said.',
            {("Piet Ardo", "call")},
        ),
        # a relative clause about the subject names nobody it stands for
        (
            "Senator Ola Brik, who has long had an interest in Norwegian affairs, asked Minister "
            "Karel Vosk to update the parliament.",
            {("Ola Brik", "call")},
        ),
        # an inverted condition and a thing that "should spur" ask nothing
        ('"Should the talks fail, we will see," Minister Karel Vosk said.', set()),
        (
            '"Today\'s figures should spur our Environment Minister to real action," Ola Brik said.',
            set(),
        ),
    ],
)
def test_calls_of_others_conditions_and_things(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what a call asks is the call's content, not a refusal of the one called on
        (
            "Minister Ola Brik repeated the call for the rebels to reject violence and "
            "recognise the government.",
            {("Ola Brik", "call")},
        ),
        ("Minister Karel Vosk said that she still has not decided what to do.", set()),
        (
            "The Norland government argues the treaty will not work because it does not bind "
            "the big emitters.",
            set(),
        ),
    ],
)
def test_contents_questions_and_a_things_failure(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Political analyst Stelian Tanase said, "It will be a shock. If the authorities '
            'fail to free the journalists, it will harm the support that Vosk enjoys."',
            set(),
        ),
        (
            "The journalists also embraced the President and Prime Minister, after which "
            "they waved at the crowd.",
            set(),
        ),
        ("Norway embraced the proposal for a ceasefire.", {("Norway", "endorsement")}),
        ("Candidates Karel Vosk and Ivo Dran will square off next week.", set()),
        (
            "Further, at no time did Minister Ola Brik request any campaign assistance from me.",
            set(),
        ),
    ],
)
def test_a_quoted_it_hugs_contests_and_inversions(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"It was very moving to visit," Minister Karel Vosk said.', set()),
        ("Norway may be preparing to have its troops face those of Sweden.", set()),
        ("Norway does have an extradition treaty with Sweden.", set()),
        ("Minister Karel Vosk signed his resignation on Monday.", set()),
        ("Norway and Sweden signed a border treaty.", {("Norway", "agreement")}),
    ],
)
def test_feelings_speculation_standing_treaties_and_resignations(
    nlp, text: str, expected: set
) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norway sent two frigates to support the blockade.", set()),
        (
            "Norway reiterated its support for Swedish legislative measures to oppose forces "
            "seeking to secede.",
            {("Norway", "endorsement")},
        ),
    ],
)
def test_a_purpose_is_no_second_commitment(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a timetable: meetings, journeys, hearings and talks to be held
        "Norland's Prime Minister Arvid Holm and Vesland's President Mira Kask will meet in "
        "Tallor on Friday.",
        "Foreign Minister Arvid Holm said the delegation would depart for Vesland on Monday.",
        "The two leaders will travel to Vesland for the summit, Minister Arvid Holm said.",
        "Mira Kask will visit Norland next week, her office said.",
        "The Norland court will begin hearing arguments in the case next week.",
        "Norland will hold talks with Vesland next month, Foreign Minister Arvid Holm said.",
        # forecasts: a likelihood, a probable outcome, a need foreseen
        "It is unlikely that Arvid Holm or Mira Kask will attend the summit.",
        "Minister Arvid Holm said the new pipeline will probably displace coal.",
        "According to Professor Lena Sato, Norland will need to build two new plants.",
        '"That money will help our schools," said Minister Arvid Holm.',
        # "it" in a speaker's own words is another party or a thing
        '"Sudvia is responsible and it will pay for this," said Defence Minister Arvid Holm.',
        # praise of people, thanks for a favour, a retreat, an opinion shared
        "Premier Arvid Holm praised his colleagues in the cabinet.",
        "Arvid Holm thanked President Mira Kask for the opportunity to speak.",
        "Arvid Holm said he would only back down if the recount was held.",
        '"I agree with Mira Kask," said Arvid Holm.',
        # a commitment kept is told, not made
        "The new budget fulfils Arvid Holm's commitment to cut spending.",
    ],
)
def test_timetables_forecasts_and_courtesies_commit_nobody(nlp, text: str) -> None:
    assert extract(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # acts that look like a timetable still commit
        (
            '"We will meet our obligations to the alliance," said Norland\'s Defence Minister '
            "Arvid Holm.",
            {("Arvid Holm", "pledge")},
        ),
        (
            '"We will begin withdrawing our troops next month," said Defence Minister Arvid Holm.',
            {("Arvid Holm", "pledge")},
        ),
        ('"We will never start a war," President Mira Kask said.', {("Mira Kask", "refusal")}),
        (
            '"Our troops will leave Sudvia by March," said Defence Minister Arvid Holm.',
            {("Arvid Holm", "pledge")},
        ),
        # a negated subject, "nor" and a vote against refuse
        (
            "Premier Arvid Holm said no foreign troops would be stationed in Norland.",
            {("Arvid Holm", "refusal")},
        ),
        (
            '"We never sold such weapons nor will allow anyone to do so," said Arvid Holm.',
            {("Arvid Holm", "refusal")},
        ),
        (
            '"Nobody will be sent home," said Defence Minister Arvid Holm.',
            {("Arvid Holm", "refusal")},
        ),
        (
            "Senator Ilse Brandt said she would vote against the treaty.",
            {("Ilse Brandt", "refusal")},
        ),
        # announced support endorses; praise and thanks for an act endorse it
        (
            "Norland has announced its support for the Vesland peace plan.",
            {("Norland", "endorsement")},
        ),
        (
            "Premier Arvid Holm praised Vesland's decision to reopen the border.",
            {("Arvid Holm", "endorsement")},
        ),
        (
            "Arvid Holm thanked President Mira Kask for Vesland's support.",
            {("Arvid Holm", "endorsement")},
        ),
        # "should ratify" asks it of Norland: a call by the speaker, not an agreement
        (
            "Senator Ilse Brandt said Norland should ratify the treaty.",
            {("Ilse Brandt", "call")},
        ),
        # an authorisation is a formal decision of the body
        (
            "The Norland cabinet authorised the army to enter the buffer zone.",
            {("Norland", "agreement")},
        ),
    ],
)
def test_commitments_kept_apart_from_timetables_and_forecasts(nlp, text: str, expected) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # nobody named: a vague quantifier as subject
        "Many hope Arvid Holm will bring peace to Norland.",
        # a wish or an attempt that only frames words
        '"I would like to reiterate our position," said Minister Arvid Holm.',
        "Arvid Holm's office sought to explain his remarks.",
        '"I would like to offer my condolences to the families," said Arvid Holm.',
        # greetings, hopes about a state, a meeting ordered, a view urged
        '"I wish the injured soldier a speedy recovery," said Arvid Holm.',
        '"We hope there are survivors on board," said Arvid Holm.',
        "Premier Arvid Holm ordered a second meeting with the defence chiefs.",
        "Minister Arvid Holm said other countries should see the plan as positive.",
        # refusing words or a description refuses no commitment
        "Arvid Holm refused to call the fighting a civil war.",
        "Mira Kask rejected that classification of the rebels.",
        # an accusation commits neither side; a speech or a visit is a timetable
        "Norland alleges that the rebels have been trained and supported by Vesland.",
        "Arvid Holm claimed that Vesland was accepting bribes from the cartel.",
        "Arvid Holm will give a speech on security policy on June 4.",
        # a guess about the past, what will happen to someone, thanks for conduct
        "Premier Arvid Holm would likely have preferred not to attend the summit at all.",
        '"People now know that they are going to be exposed," said Arvid Holm.',
        "Arvid Holm thanked the families of the hostages for the dignity of their behaviour.",
        # an agenda, a forecast, an experience offered, a private move
        "The organisers say that Norland and Vesland will discuss trade and security cooperation.",
        "Arvid Holm said that an imposed settlement will jeopardise stability in the region.",
        "Arvid Holm later appeared on television, offering his personal experience of the talks.",
        "Former minister Arvid Holm will move from Tallor to his new home in Vesland.",
        '"We will pay a visit to Tallor next month," Arvid Holm said.',
    ],
)
def test_frames_greetings_and_views_commit_nobody(nlp, text: str) -> None:
    assert extract(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a threat of force is an intent, not a pledge to another side
        ('"If they attack our capital, we will bomb theirs," said General Arvid Holm.', "intent"),
        # "would consider" leaves it open for the other side: an offer
        ('"We would consider a truce," said Arvid Holm.', "offer"),
        ('"We will study the proposal carefully," said Arvid Holm.', "intent"),
        # an inquiry ordered is a decision, unlike a meeting ordered
        ("Premier Arvid Holm ordered an inquiry into the shooting.", "intent"),
    ],
)
def test_type_of_threats_considered_offers_and_orders(nlp, text: str, kind: str) -> None:
    assert pairs(extract(nlp, text)) == {("Arvid Holm", kind)}


def test_the_government_is_the_one_named_with_that_word_before(nlp) -> None:
    # Peru is the country named last, but "the government" is the Chilean one
    text = (
        "The Chilean government has sent two frigates to the gulf. Pirates based in Peru "
        "attacked a tanker there last week. The government said it would also send a team "
        "of advisers to the region."
    )
    assert pairs(extract(nlp, text)) == {("Chile", "pledge")}


@pytest.mark.parametrize(
    "text",
    [
        # an assembly's members speak for themselves, not for the body
        '"We will never accept this treaty," Norland Parliament deputies said.',
        "Members of the Vesland Congress urged the president to veto the bill.",
    ],
)
def test_members_of_an_assembly_do_not_commit_the_body(nlp, text: str) -> None:
    assert extract(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Norland's Foreign Minister Arvid Holm said his government would continue to push for "
        "a ceasefire.",
        '"We will continue to push for sanctions against Sudvia," Arvid Holm said.',
    ],
)
def test_continuing_to_push_for_is_a_pledge_not_a_call(nlp, text: str) -> None:
    assert pairs(extract(nlp, text)) == {("Arvid Holm", "pledge")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # reported speech shifts "has offered" back to "had offered": no earlier narration;
        # the offer made is the state's, whichever side the minister speaks for
        (
            "Foreign Minister Arvid Holm said that Chile had offered to send 120 police "
            "officers by the weekend.",
            {("Chile", "offer")},
        ),
        # "Majority" in a title is no poll of a majority
        (
            "Senate Majority Leader Arvid Holm called for swift talks with the lower house.",
            {("Arvid Holm", "call")},
        ),
        # "who" of a relative clause opens no indirect question
        (
            "Unlike the battalions from Peru, who serve under a joint command, Chile refused to "
            "put its troops under foreign command.",
            {("Chile", "refusal")},
        ),
    ],
)
def test_backshift_titles_and_relatives_keep_the_commitment(nlp, text: str, expected) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a warning to someone to act advises them; a warning of one's own act threatens
        (
            "On Friday, the Norland government warned its citizens in Vesland to keep a low "
            "profile.",
            {("Norland", "call")},
        ),
        ("Arvid Holm warned that Norland would close its embassy.", {("Arvid Holm", "intent")}),
        # moving troops still commits
        (
            '"We will move two battalions to the border," said Arvid Holm.',
            {("Arvid Holm", "pledge")},
        ),
    ],
)
def test_warnings_to_act_call_and_moves_of_troops_pledge(nlp, text: str, expected) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Norland wants a full investigation into the shooting at the border post.", "call"),
        ('"We want an apology and compensation," said Anna Korbel, the Vesland minister.', "call"),
        ("Norland wants to build two new frigates for its coast guard.", "intent"),
        ("Norland wants a timetable for the withdrawal of Osmani forces.", "call"),
        ("Norland wants guarantees that the border will stay open.", "call"),
        ("Norland wants a new stadium for its capital.", "intent"),
    ],
)
def test_a_wish_for_an_act_others_carry_out_is_a_call(nlp, text: str, kind: str) -> None:
    rows = extract(nlp, text)
    assert rows, text
    assert {row["type"] for row in rows} == {kind}


@pytest.mark.parametrize(
    ("text", "actor", "kind"),
    [
        # a negated verb of giving up refuses to give the course up, also when told in
        # the present progressive
        (
            'President Ilsa Marov said: "We are not renouncing this obligation to Chile."',
            "Ilsa Marov",
            "refusal",
        ),
        (
            "President Ilsa Marov said Peru would not back out of the gas contract with Chile.",
            "Ilsa Marov",
            "refusal",
        ),
        # a reporting verb that also names an act of force ("point out" / "point at")
        (
            "President Ilsa Marov said that Peru will point its missiles at Chile.",
            "Ilsa Marov",
            "intent",
        ),
        # "assured X that" binds the speaker
        (
            "President Ilsa Marov assured Chile that Peru would deliver the turbines.",
            "Ilsa Marov",
            "pledge",
        ),
        # "the need for X to act", where the parser hangs the clause on the verb
        (
            "Minister Tomas Rell said that Peru underlines the need for Chile to comply with"
            " the ruling.",
            "Tomas Rell",
            "call",
        ),
    ],
)
def test_kept_course_and_asked_act(nlp, text: str, actor: str, kind: str) -> None:
    assert (actor, kind) in pairs(extract(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Peru did not abandon the plan in 1998.",
        "Minister Tomas Rell said that Peru will point out the risks to Chile.",
    ],
)
def test_giving_up_in_the_past_and_pointing_out(nlp, text: str) -> None:
    assert extract(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Minister Tomas Rell is reportedly in support of the agreement.", "endorsement"),
        ("Minister Tomas Rell voted in favour of the resolution.", "endorsement"),
        ("Minister Tomas Rell is not in favour of the new treaty.", "refusal"),
    ],
)
def test_stance_held_in_support_or_favour(nlp, text: str, kind: str) -> None:
    assert ("Tomas Rell", kind) in pairs(extract(nlp, text))


def test_a_march_in_support_is_no_stance(nlp) -> None:
    assert extract(nlp, "Minister Tomas Rell spoke at a rally in support of the strikers.") == []


@pytest.mark.parametrize(
    "text",
    [
        # "it" of a reported statement is its subject, acting on an object
        '"Peru has clearly stated that it\'s going to finish this bridge," President Ilsa'
        " Marov said.",
    ],
)
def test_reported_it_pledges(nlp, text: str) -> None:
    assert ("Ilsa Marov", "pledge") in pairs(extract(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        '"It\'s going to take a long time," President Ilsa Marov said.',
        "President Ilsa Marov said that it is going to rain on the parade.",
        # a promise only to consider is no commitment
        '"We will look at it carefully," President Ilsa Marov said.',
        # an appointment to an office
        "Economist Ilsa Marov will head the new Energy Ministry.",
        # what a thing would do for others is an accusation or a forecast
        "President Ilsa Marov said the plan would aid terrorists.",
        "President Ilsa Marov said the move would embolden the rebels.",
    ],
)
def test_forecasts_and_looks_commit_nobody(nlp, text: str) -> None:
    assert extract(nlp, text) == []


def test_leading_talks_still_commits(nlp) -> None:
    text = "President Ilsa Marov said Peru will lead the talks on the border with Chile."
    assert ("Ilsa Marov", "pledge") in pairs(extract(nlp, text))


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The Osmani government said aid will be delivered to the flooded provinces "
            "within a week.",
            "deliver aid to the flooded provinces within a week",
        ),
        (
            "President Varn said a new parliament has to be elected before June.",
            "elect a new parliament before June",
        ),
        ("President Varn said the hostages must be freed.", "free the hostages"),
    ],
)
def test_a_passive_act_names_what_it_is_done_to(nlp, text, content):
    assert [r["content"] for r in extract(nlp, text)] == [content]


def test_a_linking_adverb_before_the_act_is_not_content(nlp):
    rows = extract(nlp, 'President Varn said: "So we will fight them there."')
    assert [r["content"] for r in rows] == ["fight them there"]
    rows = extract(nlp, "The Osmani President will still attend the ceremony.")
    assert [r["content"] for r in rows] == ["attend the ceremony"]
    rows = extract(nlp, "President Varn later welcomed the verdict.")
    assert [r["content"] for r in rows] == ["welcome the verdict"]


def test_what_an_agreement_says_should_be_done_is_its_content_not_a_call(nlp):
    rows = extract(
        nlp,
        "Osmark and Norland are agreed that the borders between them should be sealed "
        "more tightly.",
    )
    assert [(r["type"], r["content"]) for r in rows] == [
        ("agreement", "seal the borders between them more tightly")
    ]
    # Without an agreement the same clause is a call.
    rows = extract(nlp, "President Varn said the borders should be sealed more tightly.")
    assert [r["type"] for r in rows] == ["call"]


def test_an_agreement_with_no_named_party_takes_the_parties_of_what_was_agreed(nlp):
    rows = extract(
        nlp,
        "The Norland government said on Monday that the Cabinet had agreed that three new "
        "submarines should be built.",
    )
    assert [(r["actor"], r["type"], r["content"]) for r in rows] == [
        ("Norland", "agreement", "build three new submarines")
    ]


@pytest.mark.parametrize(
    ("text", "actor", "wrong"),
    [
        # a body below the state is the place it governs, never the country named before
        (
            "The Valdorian government said it would double its aid. "
            "The provincial government of Ostmark promised to fund the new bridge.",
            "Ostmark",
            "Valdoria",
        ),
        (
            "Canada said it would double its aid. "
            "The state government of Manitoba promised to fund the new bridge.",
            "Manitoba",
            "Canada",
        ),
        (
            "Canada said it would double its aid. "
            "The regional council promised to fund the new bridge.",
            None,
            "Canada",
        ),
    ],
)
def test_a_sub_national_body_is_not_the_country(nlp, text: str, actor, wrong: str) -> None:
    last = [row for row in extract(nlp, text) if "bridge" in row["sentence"]]
    assert all(row["actor"] != wrong for row in last)
    if actor is not None:
        assert actor in {row["actor"] for row in last}


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # who reports for a body or a person commits it: "officials from X", "X's spokesman"
        ("Officials from Ecuador said they would not attend the summit.", "Ecuador"),
        ("Officials of the African Union said they would send monitors.", "African Union"),
        ("A delegate from Chile said they would send two frigates.", "Chile"),
        (
            "Pedro Alcantara's spokesman said the president would send troops to the border.",
            "Pedro Alcantara",
        ),
    ],
)
def test_a_representative_reports_for_whom_they_represent(nlp, text: str, actor: str) -> None:
    assert actor in {row["actor"] for row in extract(nlp, text)}


@pytest.mark.parametrize(
    "second",
    [
        "The group will hand over its weapons by June.",
        "Instead the organization will hand over its weapons by June.",
    ],
)
def test_the_group_is_the_organisation_named_before_not_a_country(nlp, second: str) -> None:
    text = (
        "Ireland welcomed the talks. "
        "The Free Valley Front announced a ceasefire in Colombia. " + second
    )
    last = [row for row in extract(nlp, text) if "weapons" in row["sentence"]]
    assert {row["actor"] for row in last} == {"Free Valley Front"}


def test_the_group_issuing_a_statement_is_the_organisation_named_before(nlp) -> None:
    text = (
        "The Free Valley Front announced a ceasefire on Monday. The group, considered a "
        "terrorist group in both the United States and Canada, issued a statement which "
        'stated that "we will assume a civilian role." It also added, "All recruitment '
        'will cease."'
    )
    assert {row["actor"] for row in extract(nlp, text)} == {"Free Valley Front"}


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # the members of a bloc acting together commit the bloc
        ("NATO members pledged to send more troops to the mission.", "NATO"),
        ("Members of the Arab League pledged to send aid to the refugees.", "Arab League"),
        ("ASEAN countries agreed to cut tariffs on rice.", "ASEAN"),
        # an assembly's members, or some of a bloc's, do not
        ("Members of the Liberal Party pledged to block the bill.", None),
        ("Some NATO members refused to send troops to the mission.", None),
    ],
)
def test_a_blocs_members_commit_the_bloc(nlp, text: str, actor) -> None:
    actors = {row["actor"] for row in extract(nlp, text)}
    if actor is None:
        assert not actors & {"NATO", "Liberal Party"}
    else:
        assert actor in actors


@pytest.mark.parametrize(
    "second",
    ["They pledged to build a new road.", "They said they would build a new road."],
)
def test_they_after_a_joint_subject_is_both_parties(nlp, second: str) -> None:
    text = "Chile and Peru met in Lima on Monday. " + second
    rows = [row for row in extract(nlp, text) if "road" in row["sentence"]]
    assert {row["actor"] for row in rows} == {"Chile", "Peru"}


def test_they_of_others_is_not_the_joint_subject(nlp) -> None:
    text = "Chile and Peru met in Lima on Monday. Analysts said they would fail to agree."
    assert not extract(nlp, text)


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # "Title of State Name": the title's holder acts, the state only qualifies the title
        ("President of Chile Pedro Alcantara pledged to send troops.", {"Pedro Alcantara"}),
        # a plural of titles names the states
        ("The leaders of Chile and Peru pledged to send troops.", {"Chile", "Peru"}),
    ],
)
def test_a_title_of_a_state_credits_its_holder(nlp, text: str, actors: set[str]) -> None:
    assert {row["actor"] for row in extract(nlp, text)} == actors


@pytest.mark.parametrize(
    ("second", "actor"),
    [
        # an epithet for a state is the country named just before
        ("The island nation will also close its embassy in the capital.", "Fiji"),
        ("The Pacific state has pledged to close its embassy in the capital.", "Fiji"),
        # a bare "the state" or a named unit is no epithet
        ("The state will build a new school in the capital.", None),
        ("The state of Texas will build a new school in the capital.", None),
    ],
)
def test_an_epithet_for_a_state_is_the_country_named_before(nlp, second: str, actor) -> None:
    text = "Fiji expelled the envoy on Monday. " + second
    rows = [row for row in extract(nlp, text) if "capital" in row["sentence"]]
    assert {row["actor"] for row in rows} == ({actor} if actor else set())


@pytest.mark.parametrize(
    "text",
    [
        # some of a bloc's members, or a party's members, are not the bloc
        "Some NATO members voted for the extension of the mission.",
        "NATO party members will decide tomorrow on the new leader.",
    ],
)
def test_some_members_are_not_the_bloc(nlp, text: str) -> None:
    assert "NATO" not in {row["actor"] for row in extract(nlp, text)}


def test_the_group_is_never_a_state_body(nlp) -> None:
    text = (
        "The Interior Ministry banned the Free Valley Front on Monday. "
        "Ana Berg said that the group will protest against the decision in court."
    )
    assert "Interior Ministry" not in {row["actor"] for row in extract(nlp, text)}


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Osmani minister Lena Varr spoke about the raiders. She then wished that they "
            "should be sought and prosecuted.",
            "seek them",
        ),
        ("Minister Lena Varr said that they will be sent to the border.", "send them"),
    ],
)
def test_a_passive_pronoun_subject_is_the_object_of_the_content(nlp, text, content) -> None:
    rows = extract(nlp, text)
    assert any(r["content"].startswith(content) for r in rows), rows
    assert not any(
        r["content"].split()[1:2] in (["they"], ["we"]) for r in rows
    )  # never "seek they"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Lena Varr said Osmark should not withdraw its troops.", "not withdraw its troops"),
        (
            '"I don\'t think anybody should jump to conclusions," the Osmani minister Lena '
            "Varr said.",
            "not jump to conclusions",
        ),
        (
            '"No country should interfere in our elections," the Osmani minister Lena Varr said.',
            "not interfere in our elections",
        ),
        (
            '"Nobody should be allowed to block the talks," the Osmani minister Lena Varr said.',
            "not allow anybody to block the talks",
        ),
    ],
)
def test_a_call_not_to_act_keeps_its_negation_in_the_content(nlp, text, content) -> None:
    rows = extract(nlp, text)
    assert [(r["type"], r["content"]) for r in rows] == [("call", content)]


# -- rows an analyst would distrust: forecasts, events and past acts -----------------------


@pytest.mark.parametrize(
    "text",
    [
        # what a thing will do, whatever the verb: a forecast, not the speaker's pledge
        "Prime Minister Tomas Brel said the new treaty would provide a large boost to the "
        "country's revenues.",
        "Minister Ana Velk said such measures will flood the market with cheap grain.",
        '"Prosperity will never come to this region without peace," Senator Ola Brik said.',
    ],
)
def test_what_a_thing_will_do_is_a_forecast(nlp, text: str) -> None:
    assert extract(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body or a place that governs itself still acts after "will"
        (
            "Mayor Ken Osk said the city would enforce the strike law.",
            {("Ken Osk", "pledge")},
        ),
        (
            "Minister Ana Velk said the new centre would begin work in the spring.",
            {("Ana Velk", "pledge")},
        ),
        # a course kept up is the side's own
        (
            "Interior Minister Ana Velk said the ban on the rallies will continue.",
            {("Ana Velk", "pledge")},
        ),
    ],
)
def test_a_body_after_will_still_commits(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the statement that reported the course is dated in an earlier year
        "In 2019, Norland's foreign minister Ana Velk said the country would build its own "
        "launcher.",
        "Ana Velk had stressed in the negotiations of 2018 that Norland would enforce the law.",
        # a time clause dates the act it hangs from
        "Prime Minister Ola Brik committed to closer cooperation with Vesland when he came to "
        "office in 2019.",
        # a participle goes with the dated act it is joined to
        "In early March 2018 Norway expelled two envoys from the country, announcing plans "
        "to cut its aid.",
    ],
)
def test_a_course_stated_in_an_earlier_year_is_history(nlp, text: str) -> None:
    assert extract(nlp, text, article_date="2021-05-04") == []


@pytest.mark.parametrize(
    "text",
    [
        "In 2021, Norland's foreign minister Ana Velk said the country would build its own "
        "launcher.",
        "On Monday Norway closed the border, announcing plans to reopen it in May.",
        "Prime Minister Ola Brik said he would resign when the treaty is signed in 2022.",
        # a date that tells who the speaker is dates nothing said
        "Ola Brik, premier of Norland since 2017, said he would encourage the councils to "
        "seek changes.",
        "Ola Brik, the 2016 winner of the Norland peace prize, said the government should "
        "release the prisoners.",
        # a year that gives the baseline of a cut dates no act
        "Chancellor Ola Brik proposed a 40% cut in fishing catches by 2030 compared to 1995 "
        "levels.",
    ],
)
def test_a_course_stated_this_year_still_commits(nlp, text: str) -> None:
    assert extract(nlp, text, article_date="2021-05-04") != []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # backing a claim of fact agrees with it; nothing proposed is endorsed
        (
            "In its report, the Vesland Herald supported the earlier claims that Norland troops "
            "had crossed the border.",
            set(),
        ),
        ("Ana Velk's view was supported by Norland's deputy minister Ola Brik.", set()),
        # backing a plan or a proposal still endorses it
        ("Norland supported the Vesland proposal for a ceasefire.", {("Norland", "endorsement")}),
    ],
)
def test_backing_a_claim_endorses_nothing(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # taking up a post is an appointment told ahead
        ("Ola Brik will take over the post of foreign secretary in October.", set()),
        ("Ambassador Ana Velk will assume the leadership of the mission in June.", set()),
        ("Minister Ola Brik said he will return to his earlier position in parliament.", set()),
        # declining a post is still a refusal; taking account of a position still pledges
        (
            "Ola Brik said he will not assume the post of prime minister.",
            {("Ola Brik", "refusal")},
        ),
        (
            "Norland will take into account the position of its neighbours, minister Ana Velk "
            "said.",
            {("Ana Velk", "pledge")},
        ),
    ],
)
def test_taking_up_a_post_is_no_commitment(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a passive whose "by" phrase names the doer is that doer's act, whatever the subject
        (
            "It was announced on Monday that thousands of tonnes of grain would be shipped to "
            "Vesland by Norland.",
            {("Norland", "pledge")},
        ),
        (
            '"The choice of which ports may be opened will be made by Norland alone," minister '
            "Ola Brik said.",
            {("Norland", "pledge")},
        ),
        # a thing done to by another thing is still a forecast
        ("Ola Brik said the harvest would be ruined by the drought.", set()),
    ],
)
def test_passive_with_a_named_doer_is_no_forecast(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the "that" clause of a view a named side states asks, as under "believe"
        (
            "Minister Ana Velk expressed the view that Vesland must take more responsibility "
            "for its own border.",
            {("Ana Velk", "call")},
        ),
        (
            "Ola Brik reiterated his position that Norland should not join the alliance.",
            {("Ola Brik", "call")},
        ),
        # a view held by unnamed many is opinion; a "will" under a view forecasts
        ("Many analysts hold the view that the talks should resume.", set()),
        ("Ola Brik expressed the belief that the talks will fail.", set()),
    ],
)
def test_call_in_a_stated_view(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a stating verb with a commitment noun, in the plural or after "affirm"/"restate"
        (
            "Norland has announced its intentions to buy grain for its reserves.",
            {("Norland", "intent")},
        ),
        (
            "Norland and Vesland affirmed their commitment to the training of police officers.",
            {("Norland", "pledge"), ("Vesland", "pledge")},
        ),
        ("Norland restated its support for the plan.", {("Norland", "endorsement")}),
        # a view restated is no commitment
        ("Norland restated its view of the war.", set()),
    ],
)
def test_stated_commitment_noun(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year in a present-perfect clause does not date the act into history
        (
            "Norland has agreed to new elections in 2031 in which most seats would be contested.",
            {("Norland", "agreement")},
        ),
        (
            "Since then Norland has indicated its willingness to resume talks.",
            {("Norland", "offer")},
        ),
        # the simple past with a year is still history
        ("Norland signed the treaty with Vesland in 2002.", set()),
    ],
)
def test_present_perfect_is_no_dated_past(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize("apostrophe", ["'", "\u2019"])
def test_a_contraction_commits_whichever_apostrophe_writes_it(nlp, apostrophe) -> None:
    text = (
        f'"We{apostrophe}ll send two more battalions to the border," Defence Minister '
        "Karel Vondra said on Monday."
    )
    assert pairs(extract(nlp, text)) == {("Karel Vondra", "pledge")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Valdonian officials said the resolution will damage relations between the two countries.",
        "House speaker Ana Ruiz said the resolution will go forward for a vote in the House.",
    ],
)
def test_what_an_adopted_text_will_bring_about_or_go_through_commits_nobody(nlp, sentence) -> None:
    text = (
        "The resolution, passed 27-21 by the Norland House Committee on Foreign Affairs on "
        "Wednesday, condemns the war. " + sentence
    )
    rows = extract(nlp, text)
    assert not [r for r in rows if r["sentence"].startswith(sentence[:30])]


@pytest.mark.parametrize(
    "text",
    [
        '"The danger is that Norland will make the declaration, Valdonia will question it, '
        'and the talks will stall," said analyst Ana Ruiz.',
        "The fear is that Norland will walk out of the talks, an official said.",
        # the parser hangs the list on its second clause, and the frame below it
        '"The danger is that North Korea will make the declaration, the U.S. will question '
        'it, and they will say take it or leave it," said Gary Holm, an analyst with the '
        "Harbour Council in New York.",
    ],
)
def test_a_risk_foreseen_commits_nobody(nlp, text) -> None:
    assert extract(nlp, text) == []


def test_the_same_course_stated_plainly_is_still_a_commitment(nlp) -> None:
    rows = extract(nlp, "Norland will sign the treaty on Monday, Foreign Minister Ana Ruiz said.")
    assert rows and rows[0]["type"] in ("pledge", "agreement")


def test_should_focus_asks_an_actor_to_take_up_a_task(nlp) -> None:
    rows = extract(
        nlp,
        '"Norland should focus on the disarmament of the border region and fulfil its '
        'obligations," spokesman Tor Vesk said.',
    )
    assert [(r["type"], r["actor"]) for r in rows] == [("call", "Tor Vesk")]
    assert rows[0]["content"].startswith("focus on the disarmament")


def test_talks_that_should_focus_on_a_topic_commit_nobody(nlp) -> None:
    assert extract(nlp, "The talks should focus on trade, the minister Tor Vesk said.") == []


@pytest.mark.parametrize(
    ("text", "kind", "actor"),
    [
        (
            "Norland and Vesland warned their nationals in Harland to stay away from large "
            "gatherings.",
            "call",
            "Norland",
        ),
        ("The minister Ana Ruiz warned Vesland to expect sanctions.", "intent", "Ana Ruiz"),
        (
            "The Norland Navy has issued a warning, advising all ships to stay at least 200 "
            "miles off the coast.",
            "call",
            "Norland Navy",
        ),
        (
            "The settlers blocked the gate, and Tor Vesk called upon the soldiers to refuse "
            "their orders.",
            "call",
            "Tor Vesk",
        ),
        (
            "Since the attack, the Harbour Food Agency has suspended deliveries by ship.",
            "refusal",
            "Harbour Food Agency",
        ),
        (
            "Norland has been insisting on the opening of two new consulates in Vesland.",
            "call",
            "Norland",
        ),
        (
            "Prime Minister Ana Ruiz is set to meet the president of Vesland at the summit.",
            "intent",
            "Ana Ruiz",
        ),
        # a schedule in the passive, in the writer's words or reported
        ("Prime Minister Ana Ruiz is scheduled to open the new embassy.", "intent", "Ana Ruiz"),
        (
            "Prime Minister Ana Ruiz is scheduled to open the new embassy, the palace said.",
            "intent",
            "Ana Ruiz",
        ),
        (
            "Norland and Vesland were asked to join the blockade. Vesland has already said "
            "that it would not.",
            "refusal",
            "Vesland",
        ),
        (
            '"We can\'t accept this, it is not possible," journalist Maria Conti said.',
            "refusal",
            "Maria Conti",
        ),
        (
            "Tor Vesk accused the mission of taking sides, and stated that he will not honour "
            "the ceasefire.",
            "refusal",
            "Tor Vesk",
        ),
    ],
)
def test_classes_of_round_twenty_commit(nlp, text, kind, actor) -> None:
    assert (actor, kind) in pairs(extract(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Prices are expected to rise next year.",
        "The talks are expected to open on Monday.",
        "Analysts expect that Norland will sign the treaty and Vesland will follow.",
        # counsel on a topic asks nothing of the one advised
        "Lord Harrow, who has been advising the Norland cabinet on various issues, retired.",
    ],
)
def test_a_schedule_of_no_actor_or_a_forecast_commits_nobody(nlp, text) -> None:
    assert extract(nlp, text) == []


def test_an_empty_it_reporting_names_no_teller(nlp) -> None:
    text = (
        "The African Union said it would send more troops to the region. It has been noted "
        "that aid agencies are refusing to travel with African Union personnel."
    )
    assert [r["type"] for r in extract(nlp, text) if r["actor"] == "African Union"] == ["pledge"]


def test_wire_agencies_reporting_a_crowd_name_no_body(nlp) -> None:
    text = (
        "As many as a thousand rioters tried to storm the Japanese embassy in Beijing. "
        'Protesters proclaimed, "Chinese people shouldn\'t protect Japanese," at the police '
        "who had arrived to guard the compound, wire agencies reported."
    )
    assert extract(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # staff of an international body act in its name
        (
            "UN legal experts urged every member state to ratify the accord without delay.",
            {("United Nations", "call")},
        ),
        (
            "IAEA inspectors asked Vesland to open the northern site to visits.",
            {("International Atomic Energy Agency", "call")},
        ),
        # experts of a country, and experts alone, speak for no one
        ("Norwegian experts urged every member state to ratify the accord without delay.", set()),
        ("Experts urged every member state to ratify the accord without delay.", set()),
    ],
)
def test_staff_of_an_international_body_act_in_its_name(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


def test_a_people_scheduled_to_vote_is_not_its_state(nlp) -> None:
    rows = extract(nlp, "Norwegians are scheduled to attend the rallies on May 4.")
    assert pairs(rows) == set()
    rows = extract(nlp, "Norwegian troops are scheduled to arrive on Monday.")
    assert pairs(rows) == {("Norway", "intent")}
