"""Who a commitment is credited to: general crediting mechanisms (round 15)."""

from __future__ import annotations

import pytest

from analysis.actors import article_actors
from analysis.quotes import quotations
from tests.extraction import commitment_rows


def actors_of(rows: list[dict], cue: str) -> set[str]:
    return {row["actor"] for row in rows if row["cue"].startswith(cue)}


@pytest.mark.parametrize(
    ("text", "cue", "parties"),
    [
        (
            "The Norland Farmers Union and the Sudvian Workers Front met in Ostria on Monday. "
            "The Norland Farmers Union and the Sudvian Workers Front said they will lift the "
            "blockade of the port.",
            "will",
            {"Norland Farmers Union", "Sudvian Workers Front"},
        ),
        (
            # a list of three the parser reads as a name and its apposition
            "The Norland Farmers Union, the Sudvian Workers Front and the Ostrian Traders League "
            "said on Friday they will investigate the claims.",
            "will",
            {"Norland Farmers Union", "Sudvian Workers Front", "Ostrian Traders League"},
        ),
        (
            "Norland Farmers Union and Sudvian Workers Front officials said they hoped the talks "
            "would resume on Tuesday.",
            "hope",
            {"Norland Farmers Union", "Sudvian Workers Front"},
        ),
    ],
)
def test_joint_reporters_all_commit(nlp, text: str, cue: str, parties: set[str]) -> None:
    """'A and B said they will': "they" is every party of the reporting subject."""
    assert actors_of(commitment_rows(nlp, text), cue) == parties


def test_one_body_and_its_speaker_are_no_joint_party(nlp) -> None:
    """'the spokesman for the Norland Farmers Union said they': one party, not two."""
    rows = commitment_rows(
        nlp,
        "The spokesman for the Norland Farmers Union said they will lift the blockade of the port.",
    )
    assert actors_of(rows, "will") == {"Norland Farmers Union"}


@pytest.mark.parametrize(
    "text",
    [
        "An accord between the Norland Farmers Union and the Sudvian Workers Front was signed "
        "in Ostria on Monday. The accord calls for an end to the blockade of the port.",
        "A deal to set up a joint council between the Norland Farmers Union and the Sudvian "
        "Workers Front has been reached. The agreement calls for an end to the blockade of the "
        "port.",
    ],
)
def test_agreement_speaks_for_the_parties_it_names(nlp, text: str) -> None:
    """'an accord between A and B ... The accord calls for': A and B call."""
    rows = commitment_rows(nlp, text)
    assert actors_of(rows, "calls for") == {"Norland Farmers Union", "Sudvian Workers Front"}


def test_agreement_parties_are_not_those_of_what_it_ended(nlp) -> None:
    """'the deal that ended the feud between A and B calls for': not A and B's call."""
    rows = commitment_rows(
        nlp,
        "The deal that ended the feud between the Norland Farmers Union and the Sudvian "
        "Workers Front calls for an end to the blockade of the port.",
    )
    assert actors_of(rows, "calls for") <= {""}


def test_resolution_speaks_for_the_council_that_voted_it(nlp) -> None:
    """'The Ostrian Security Council voted ... The resolution demands': the council demands."""
    rows = commitment_rows(
        nlp,
        "The Ostrian Security Council voted on Monday to impose sanctions on the Sudvian Workers "
        "Front. The resolution demands that the group end the blockade of the port.",
    )
    assert actors_of(rows, "demands") == {"Ostrian Security Council"}


def test_document_that_reports_speaks_for_its_parties(nlp) -> None:
    """'an accord between A and B ... The accord also states that the port will': A and B."""
    rows = commitment_rows(
        nlp,
        "An accord between the Norland Farmers Union and the Sudvian Workers Front was signed "
        "in Ostria on Monday. The accord also states that the blockade of the port will be "
        "lifted within a week.",
    )
    assert actors_of(rows, "will") == {"Norland Farmers Union", "Sudvian Workers Front"}


def test_agreement_purpose_is_no_party_commitment(nlp) -> None:
    """'an accord between A and B ... The accord aims to reassure': the aim, not a pledge."""
    rows = commitment_rows(
        nlp,
        "An accord between the Norland Farmers Union and the Sudvian Workers Front was signed "
        "in Ostria on Monday. The accord aims to reassure traders that the port will stay open.",
    )
    assert not actors_of(rows, "aims") & {"Norland Farmers Union", "Sudvian Workers Front"}


@pytest.mark.parametrize(
    "text",
    [
        "At the summit, G8 leaders pledged to double aid to the region by 2010.",
        "The Group of Eight said it would double aid to the region by 2010.",
    ],
)
def test_the_leaders_of_a_group_of_states_commit_the_group(nlp, text):
    assert actors_of(commitment_rows(nlp, text), "") == {"G8"}


def test_a_body_named_in_apposition_to_its_description_is_the_party(nlp):
    # the possessor in the description ("Europe's") is not the actor: the apposed body is
    rows = commitment_rows(
        nlp,
        "Europe's human rights body, the Council of Europe, asked member states not to "
        "cooperate with the interrogations.",
    )
    assert {row["actor"] for row in rows} == {"Council of Europe"}


@pytest.mark.parametrize(
    "text",
    [
        "Senators Ana Kovac and Mark Tallis demanded the withdrawal of the troops.",
        # party labels in brackets after each name
        "Senators Ana Kovac (D-NL) and Mark Tallis (R-SV) demanded the withdrawal of the troops.",
    ],
)
def test_people_apposed_to_a_plural_role_each_commit(nlp, text: str) -> None:
    assert actors_of(commitment_rows(nlp, text), "demand") == {"Ana Kovac", "Mark Tallis"}


def test_a_reported_joint_agreement_is_the_parties_not_the_reporter(nlp) -> None:
    rows = commitment_rows(
        nlp,
        "Foreign Minister Ana Kovac said that Portugal and Spain have agreed to reopen the border.",
    )
    agreed = [row for row in rows if row["cue"].startswith("agree")]
    assert agreed
    assert {row["actor"] for row in agreed} | {row["counterpart"] for row in agreed} >= {
        "Portugal",
        "Spain",
    }
    assert all(row["actor"] != "Ana Kovac" for row in agreed)


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "Foreign Minister Ana Kovac said her Spanish counterpart had pledged to reopen the "
            "consulate on Tuesday.",
            {"Spain"},
        ),
        # a counterpart the text does not name is nobody the table can show
        (
            "Foreign Minister Ana Kovac said her counterpart had pledged to reopen the "
            "consulate on Tuesday.",
            set(),
        ),
    ],
)
def test_a_reported_counterparts_pledge_is_not_the_reporters(
    nlp, text: str, parties: set[str]
) -> None:
    assert actors_of(commitment_rows(nlp, text), "pledge") == parties


def test_member_economies_of_a_bloc_act_for_it(nlp) -> None:
    rows = commitment_rows(
        nlp,
        "The final declaration of the ASEAN summit said that the member economies will "
        "support the new trade talks.",
    )
    assert actors_of(rows, "support") == {"ASEAN"}


@pytest.mark.parametrize(
    ("text", "cue", "parties"),
    [
        # one state telling of another state's course does not speak for it
        (
            "Chile is refusing to sign the fishing accord, Peru said.",
            "refusing",
            {"Chile"},
        ),
        (
            "France said that Iran is refusing to open its sites to inspectors.",
            "refusing",
            {"Iran"},
        ),
        # a state's own course told by itself stays its own
        ("France said it will send two frigates to the strait.", "will", {"France"}),
    ],
)
def test_a_state_telling_of_another_states_course(nlp, text, cue, parties) -> None:
    assert actors_of(commitment_rows(nlp, text), cue) == parties


def test_a_list_ends_at_its_conjunction(nlp) -> None:
    # the parser may join the next clause's subject to the agents' list
    rows = commitment_rows(
        nlp,
        "Endorsed by Norway and Chile, the Front and its partners sent the plan to the council.",
    )
    assert actors_of(rows, "Endorsed") == {"Norway", "Chile"}


def test_a_named_side_acted_on_in_the_passive_commits_nothing(nlp) -> None:
    rows = commitment_rows(
        nlp, "According to the accord, Iran would be dropped from the list of banned exporters."
    )
    assert not actors_of(rows, "would")
    # a speaker's report keeps the speaker's side acting on it
    rows = commitment_rows(
        nlp, "Foreign Minister Karl Olsen said Iran would be dropped from the list."
    )
    assert actors_of(rows, "would") == {"Karl Olsen"}


@pytest.mark.parametrize(
    ("text", "cue", "parties"),
    [
        # a body telling of another body's course does not speak for it
        (
            "The Harbour Law Group said on Friday that the Osmani Ministry of Defence has "
            "agreed to rebuild the school.",
            "agreed",
            {"Osmani Ministry of Defence"},
        ),
        # its own part stays its own
        (
            "The European Union said its Coordinated Maritime Presences would continue "
            "in the gulf.",
            "would",
            {"European Union"},
        ),
    ],
)
def test_a_body_telling_of_another_bodys_course(nlp, text, cue, parties) -> None:
    assert actors_of(commitment_rows(nlp, text), cue) == parties


def test_who_is_assured_by_a_counterpart_pledges_nothing(nlp) -> None:
    rows = commitment_rows(
        nlp,
        "The Norwegian defence minister Ola Brandt was assured by his Swedish counterpart, "
        "Nils Lindgren, that no such flights would take place again.",
    )
    actors = {row["actor"] for row in rows}
    assert "Nils Lindgren" in actors
    assert "Ola Brandt" not in actors


def test_an_apposed_name_after_our_names_the_side_not_the_speaker(nlp) -> None:
    rows = commitment_rows(
        nlp,
        '"Our close allies, the Germans, proposed a freeze on new loans," Foreign '
        "Minister Tor Vesk said.",
    )
    assert {(row["actor"], row["type"]) for row in rows} == {("Germany", "offer")}
    own = commitment_rows(nlp, '"Our country will send two ships," Foreign Minister Tor Vesk said.')
    assert {(row["actor"], row["type"]) for row in own} == {("Tor Vesk", "pledge")}


@pytest.mark.parametrize(
    ("text", "cue", "parties"),
    [
        (
            "Premier Ilse Varga faces a hard vote on the navy budget. Varga's own party has long "
            "been opposing the new frigates.",
            "oppos",
            set(),
        ),
        (
            "Premier Ilse Varga set the vote for Thursday. Her backbenchers will reject the "
            "treaty with Sudvia.",
            "reject",
            set(),
        ),
    ],
)
def test_a_leaders_following_is_not_the_leader(nlp, text: str, cue: str, parties) -> None:
    """ "Varga's own party", "her backbenchers": the followers act, never their leader."""
    rows = [row for row in commitment_rows(nlp, text) if row["cue"].startswith(cue)]
    assert {row["actor"] for row in rows} == parties
    assert all(row["actor"] != "Ilse Varga" for row in rows)


@pytest.mark.parametrize(
    "text",
    [
        "The count went on for a week. Kenya's ruling party will not accept the results.",
        "The count went on for a week. Kenya's ruling party said: \"We will not accept the "
        'results until every vote is counted."',
    ],
)
def test_a_states_party_is_not_the_state(nlp, text: str) -> None:
    """ "Kenya's ruling party": the party acts and speaks, never its state."""
    rows = commitment_rows(nlp, text)
    assert "Kenya" not in {row["actor"] for row in rows}
    doc = nlp(text)
    speakers = {q["speaker"] for q in quotations(doc, article_actors(doc))}
    assert "Kenya" not in speakers
    assert speakers <= {"Kenya's ruling party"}


def test_a_states_government_is_still_the_state(nlp) -> None:
    text = 'Kenya\'s government said: "We will not accept the results until every vote is counted."'
    assert {(r["actor"], r["type"]) for r in commitment_rows(nlp, text)} == {("Kenya", "refusal")}


def test_a_party_named_in_its_own_phrase_still_acts(nlp) -> None:
    rows = commitment_rows(
        nlp,
        "Premier Ilse Varga leads the coalition. Varga's party, the Green Alliance, will vote "
        "against the treaty with Sudvia.",
    )
    assert actors_of(rows, "vote against") == {"Green Alliance"}


def test_a_leader_telling_of_his_own_party_speaks_for_it(nlp) -> None:
    rows = commitment_rows(
        nlp,
        "Opposition leader Stefan Holm said on Thursday his party plans to vote down the "
        "budget bill.",
    )
    assert actors_of(rows, "plan") == {"Stefan Holm"}


@pytest.mark.parametrize(
    "text",
    [
        "Coastwatch, a lobby group based in Norway, welcomed the new quotas.",
        "Coastwatch, a lobby group headquartered in Norway, welcomed the new quotas.",
    ],
)
def test_where_a_body_sits_is_not_who_it_is(nlp, text: str) -> None:
    assert "Norway" not in {row["actor"] for row in commitment_rows(nlp, text)}


def test_troops_stationed_abroad_are_still_their_states(nlp) -> None:
    rows = commitment_rows(nlp, "Norwegian troops stationed in Iraq will stay until June.")
    assert {(row["actor"], row["type"]) for row in rows} == {("Norway", "pledge")}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Human Rights Watch praised the ruling on the prison camps.", "Human Rights Watch"),
        ("Amnesty urged Norway to free the prisoners.", "Amnesty International"),
        ("Doctors Without Borders offered to run the field hospital.", "Médecins Sans Frontières"),
    ],
)
def test_rights_and_aid_groups_are_known_bodies(nlp, text: str, body: str) -> None:
    assert {row["actor"] for row in commitment_rows(nlp, text)} == {body}


def test_a_party_described_by_an_adjective_is_the_party_named_before(nlp) -> None:
    text = (
        "The Norland Workers' Party won the vote on Sunday. The former communist party has "
        "said that it is now committed to democracy."
    )
    rows = commitment_rows(nlp, text)
    assert {(row["actor"], row["type"]) for row in rows} == {("Norland Workers' Party", "pledge")}


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("Karl Holm said he was told by Colonel Ana Berg to leave the village.", {"Ana Berg"}),
        # an unnamed one who told him is nobody named, never the one who reports it
        ("Karl Holm said he was told by the officer to leave the village.", set()),
    ],
)
def test_a_passive_order_told_in_reported_speech_is_its_agents(nlp, text: str, actors) -> None:
    assert {row["actor"] for row in commitment_rows(nlp, text) if row["type"] == "call"} == actors


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the named one among a group does what the group's relative clause tells
        (
            "Deputy Anna Holm was among six deputies who wrote Berg a note urging him to skip "
            "the parade.",
            {("Anna Holm", "call")},
        ),
        ("Holm was one of the leaders who signed the accord.", {("Holm", "agreement")}),
        ("Holm was among the senators who voted against the bill.", {("Holm", "refusal")}),
        # a relative clause of people one only meets tells nothing of one's own acts
        ("Holm met the senators who signed the accord.", set()),
    ],
)
def test_one_among_those_who_acted_acted(nlp, text: str, expected: set) -> None:
    rows = commitment_rows(nlp, text)
    assert {(r["actor"], r["type"]) for r in rows} == expected


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # "its" is the subject's: another state's minister only reports the commitment
        (
            "Vesland's defence minister Tor Lind said Norland had reaffirmed its commitment "
            "to the truce.",
            {"Norland"},
        ),
        (
            "Vesland's defence minister Tor Lind visited the port on Monday. Norland is also "
            "maintaining its commitment to free passage, Lind said.",
            {"Norland"},
        ),
        # a side's own minister speaks for it: the speaker, as the evaluation convention has it
        (
            "Norland's defence minister Tor Lind said Norland had reaffirmed its commitment "
            "to the truce.",
            {"Tor Lind"},
        ),
    ],
)
def test_a_possessive_pronoun_is_the_named_subject_it_follows(nlp, text: str, parties) -> None:
    rows = commitment_rows(nlp, text)
    assert {row["actor"] for row in rows if row["type"] == "pledge"} == parties


def test_his_is_never_bound_by_a_party_subject(nlp) -> None:
    rows = commitment_rows(
        nlp,
        "Deputy Jon Berg had vowed to block the inquiry. Under pressure, the Harbour Party "
        "then changed his earlier decision to stop the inquiry.",
    )
    committed = {row["actor"] for row in rows if row["content"].endswith("stop the inquiry")}
    assert committed and "Harbour Party" not in committed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the leaders at a body's gathering, with no parties named as present, are that body
        (
            "The African Union summit closed in Addis Ababa on Friday. The leaders agreed to "
            "support the peace talks.",
            {("African Union", "agreement")},
        ),
        (
            "A summit of the Arab League closed in Cairo on Friday. The ministers said they "
            "will support the trade talks.",
            {("Arab League", "endorsement")},
        ),
    ],
)
def test_leaders_at_a_bodys_gathering_are_that_body(nlp, text: str, expected) -> None:
    rows = commitment_rows(nlp, text)
    assert {(r["actor"], r["type"]) for r in rows} == expected


def test_it_after_a_bodys_named_organ_is_that_body(nlp) -> None:
    rows = commitment_rows(
        nlp,
        "The Norwegian coast guard rescued ten fishermen on Monday. The European Union "
        "Naval Force said it will escort the grain ships.",
    )
    assert {(r["actor"], r["type"]) for r in rows} == {("European Union", "pledge")}


def test_the_parties_are_never_the_parliament_they_sit_in(nlp) -> None:
    rows = commitment_rows(
        nlp,
        "The Norland Farmers Union won 40 seats in the Swedish Parliament on Sunday, a "
        "result that gives the union a voice in the Swedish Parliament. The parties renewed "
        "their demand for a new harbour law.",
    )
    actors = {r["actor"] for r in rows if r["type"] == "call"}
    assert not any("Parliament" in a for a in actors)
