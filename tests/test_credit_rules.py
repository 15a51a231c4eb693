"""Who a commitment is credited to: classes of language seen crediting the wrong actor."""

from __future__ import annotations

import pytest

from analysis.actors import ArticleActors, LocalActor, article_actors
from analysis.commitments import commitments
from analysis.issuers import seat_state
from analysis.quotes import quotations
from tests.test_commitments import pairs


def extract(nlp, text: str) -> list[dict]:
    """Return the commitment rows of ``text`` as the build computes them."""
    doc = nlp(text)
    found = article_actors(doc)
    themes = [frozenset() for _ in doc.sents]
    return commitments(doc, found, themes, quotations(doc, found))


def actors_of(rows: list[dict], cue: str) -> set[str]:
    return {row["actor"] for row in rows if row["cue"].startswith(cue)}


@pytest.mark.parametrize(
    ("text", "cue", "actor"),
    [
        (
            "Foreign Minister Karl Holm said Jon Ekberg had asked Norway for more time.",
            "asked",
            "Jon Ekberg",
        ),
        (
            "Foreign Minister Karl Holm of Norway said the Swedish government had asked "
            "for more time to respond.",
            "asked",
            "Sweden",
        ),
    ],
)
def test_a_reported_call_verb_belongs_to_the_other_party_named(
    nlp, text: str, cue: str, actor: str
) -> None:
    assert actors_of(extract(nlp, text), cue) == {actor}


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # a modal call: its subject is who is called on, the speaker calls
        ("Foreign Minister Karl Holm said that Sweden must open the border.", "Karl Holm"),
        # the speaker's own state asked
        (
            "Foreign Minister Karl Holm of Norway said Norway had asked Sweden to open the border.",
            "Karl Holm",
        ),
    ],
)
def test_a_reported_call_of_the_speakers_side_stays_with_the_speaker(
    nlp, text: str, actor: str
) -> None:
    rows = [row for row in extract(nlp, text) if row["type"] == "call"]
    assert {row["actor"] for row in rows} == {actor}


@pytest.mark.parametrize(
    "text",
    [
        # the country in the group's phrase is where they are, not who acts
        "Peru's President Ana Berg visited the region on Monday. Rebels in Peru vowed to "
        "continue fighting.",
        # a speaker reporting the group's act does not commit to it
        "President Ana Berg of Peru met the rebel leaders on Monday. She said the rebels had "
        "agreed to lay down their arms.",
    ],
)
def test_a_group_of_people_is_not_the_state_nor_the_speaker(nlp, text: str) -> None:
    assert extract(nlp, text) == []


def test_the_group_is_the_organisation_named_with_its_noun(nlp) -> None:
    rows = extract(
        nlp,
        "The Peruvian rebels attacked a police post on Monday. President Ana Berg said the "
        "rebels had agreed to a ceasefire.",
    )
    assert {(row["actor"], row["type"]) for row in rows} == {("Peruvian rebels", "agreement")}


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("Seven member states of the European Union have ratified the treaty so far.", set()),
        ("The treaty has been ratified by three EU countries so far.", set()),
        (
            "The treaty has been ratified by seven member states of the European Union, "
            "including Portugal and Finland.",
            {"Portugal"},  # an agreement of several parties is one row
        ),
        ("Three EU countries, Portugal, Spain and Greece, have ratified the treaty.", {"Portugal"}),
    ],
)
def test_counted_members_of_a_bloc_are_not_the_bloc(nlp, text: str, actors: set[str]) -> None:
    assert {row["actor"] for row in extract(nlp, text)} == actors


def test_the_members_of_a_bloc_acting_together_are_the_bloc(nlp) -> None:
    rows = extract(nlp, "NATO members pledged to send more troops.")
    assert {row["actor"] for row in rows} == {"NATO"}


def test_a_relative_who_subject_is_the_person_it_describes(nlp) -> None:
    from analysis.commitment_parties import subject_parties
    from analysis.cue_lexicon import cue_lexicon
    from analysis.quotes import attribution

    doc = nlp(
        "Norway's Foreign Minister Karl Holm, who vowed last week to double aid, said on "
        "Monday that Norway would send two ships."
    )
    found = article_actors(doc)
    who = next(token for token in doc if token.lower_ == "who")
    named, _ = subject_parties(who, attribution(doc, found), cue_lexicon())
    assert [actor.name for actor in named] == ["Karl Holm"]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Chile has demanded that the broadcaster stop airing the tapes. Harbour TV said it "
            "will continue to cover the war.",
            "Harbour TV",
        ),
        (
            "The Chilean government criticised the channel on Monday. Harbour TV said that it "
            "would not stop airing the tapes.",
            "Harbour TV",
        ),
        # what an outlet reports of others stays theirs
        (
            "The Chilean government criticised the channel on Monday. Harbour TV reported that "
            "the government would send troops to the border.",
            "Chile",
        ),
    ],
)
def test_an_outlet_stating_its_own_course_commits_itself(nlp, text: str, actor: str) -> None:
    rows = extract(nlp, text)
    assert {row["actor"] for row in rows if row["sentence"].startswith("Harbour")} == {actor}


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("The Chilean ambassador in Peru demanded an apology for the incident.", {"Chile"}),
        # with nothing else named, the place still tells whose officials they are
        ("Officials in Peru demanded an apology for the incident.", {"Peru"}),
    ],
)
def test_where_a_representative_is_posted_is_not_who_it_speaks_for(
    nlp, text: str, actors: set[str]
) -> None:
    assert {row["actor"] for row in extract(nlp, text)} == actors


def test_the_organisation_named_before_is_the_based_organisation(nlp) -> None:
    rows = extract(
        nlp,
        "Earlier, a rally organised by the Liberty Front saw thousands of people take to the "
        "streets of Lima. The Peru-based leftist organization, which maintains an armed wing "
        "in the south, promised more rallies throughout Peru.",
    )
    assert {row["actor"] for row in rows} == {"Liberty Front"}


@pytest.mark.parametrize(
    "text",
    [
        "Most Norwegians support the withdrawal of troops from the region.",
        "Many Chileans oppose the new treaty with Peru.",
    ],
)
def test_part_of_a_people_is_not_its_state(nlp, text: str) -> None:
    assert extract(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "After a war over their border, Norway and Sweden decided to settle their "
            "differences in court. The International Court in Geneva, Switzerland, ruled on "
            "the case. Both parties agreed to the decision in advance.",
            "Norway",
        ),
        (
            "Portugal and Brazil held talks in Lisbon with officials from Spain. Both sides "
            "agreed to cut tariffs.",
            "Portugal",
        ),
    ],
)
def test_both_parties_are_the_pair_named_together(nlp, text: str, actor: str) -> None:
    rows = [row for row in extract(nlp, text) if row["sentence"].startswith("Both")]
    assert [(row["actor"], row["counterpart"]) for row in rows][0][0] == actor


def test_a_state_in_the_words_of_unnamed_speakers_commits_nothing(nlp) -> None:
    text = (
        'Western powers reject the claim and say that "Chile is to stop any work that could '
        'help it build a bomb."'
    )
    assert extract(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Judges have said that Chile threatened to cut off the gas supply.",
        "The judges said Chile had threatened to cut off the gas supply.",
    ],
)
def test_what_a_state_did_is_its_own_whoever_reports_it(nlp, text: str) -> None:
    assert pairs(extract(nlp, text)) == {("Chile", "intent")}


def test_a_state_in_the_words_of_its_minister_is_the_ministers(nlp) -> None:
    rows = extract(
        nlp, '"Chile will send two ships to the region," Foreign Minister Ana Berg said.'
    )
    assert {row["actor"] for row in rows} == {"Ana Berg"}


def test_a_body_reporting_a_states_act_does_not_commit_to_it(nlp) -> None:
    rows = extract(nlp, "According to the United Nations, Chile has agreed to open the border.")
    assert {row["actor"] for row in rows} == {"Chile"}


def test_a_states_own_ministry_speaks_for_it(nlp) -> None:
    rows = extract(
        nlp,
        "Chile's foreign ministry said in a statement that the country would not accept the "
        "ruling.",
    )
    assert {row["actor"] for row in rows} == {"Chile"}


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("The Chilean Socialists vowed to block the treaty in parliament.", set()),
        (
            "The Norwegian government will send troops to Chile. The Norwegian Greens oppose "
            "the deployment of new troops.",
            {("Norway", "pledge")},
        ),
        # a nationality noun stays the state
        (
            "The Americans will withdraw their troops from Chile next year.",
            {("United States", "pledge")},
        ),
    ],
)
def test_a_party_of_a_countrys_people_is_not_its_state(nlp, text: str, actors: set) -> None:
    assert {(row["actor"], row["type"]) for row in extract(nlp, text)} == actors


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "The leaders of Norway and Sweden met in Oslo to discuss the crisis in Chile. The "
            "leaders pledged to send a joint mission.",
            {"Norway", "Sweden"},
        ),
        (
            "Foreign ministers of Norway, Sweden and Finland met in Oslo on Monday to discuss "
            "sanctions against Chile. The ministers vowed to freeze Chilean assets.",
            {"Norway", "Sweden", "Finland"},
        ),
    ],
)
def test_the_leaders_are_those_who_met_not_what_they_discussed(
    nlp, text: str, actors: set[str]
) -> None:
    rows = [row for row in extract(nlp, text) if row["sentence"].startswith("The")]
    assert {row["actor"] for row in rows} == actors


def test_it_in_a_ministers_reported_words_is_his_side(nlp) -> None:
    rows = extract(
        nlp,
        "Chile attacked a Norwegian ship on Monday. Norwegian Prime Minister Karl Holm said "
        "it would recall its ambassador.",
    )
    assert {row["actor"] for row in rows if row["sentence"].startswith("Norwegian")} == {
        "Karl Holm"
    }


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # no company named: nobody, never the state named before
        (
            "Chile fined the broadcaster on Monday. The channel said it would continue to "
            "broadcast the programme.",
            set(),
        ),
        (
            "Peru has banned imports from Chile. The dairy firm Andes Milk Corporation was "
            "hit hardest. The company said it would stop exports to Peru.",
            {"Andes Milk Corporation"},
        ),
    ],
)
def test_it_in_a_companys_words_is_the_company(nlp, text: str, actors: set[str]) -> None:
    rows = [row for row in extract(nlp, text) if row["sentence"].startswith("The c")]
    assert {row["actor"] for row in rows} == actors


def test_it_after_an_opening_clause_is_that_clauses_subject(nlp) -> None:
    rows = extract(
        nlp,
        "Prime Minister Karl Holm of Norway named a new cabinet on Monday. While the "
        "Norwegian Liberty Union (NLU) party, led by Ana Berg, formally remains in the ruling "
        "coalition along with the Centre Party, it has decided that, because the new "
        "government would probably do more of the same, it would not participate in it.",
    )
    assert {(row["actor"], row["type"]) for row in rows} == {("Norwegian Liberty Union", "refusal")}


def test_his_counterpart_is_not_him(nlp) -> None:
    rows = extract(
        nlp,
        "Norwegian Foreign Minister Karl Holm said his Chilean counterpart had promised to "
        "release the prisoners.",
    )
    assert {row["actor"] for row in rows} == {"Chile"}


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "The UN Security Council passed a resolution on Thursday calling for an immediate "
            "ceasefire in Chile. The resolution, drafted by Britain, calls for the unimpeded "
            "provision of aid.",
            "UN Security Council",
        ),
        # with no adopting body named, the drafter still speaks for the text
        (
            "The resolution, drafted by Britain, calls for the unimpeded provision of aid.",
            "United Kingdom",
        ),
    ],
)
def test_the_drafter_is_not_the_issuer_of_an_adopted_text(nlp, text: str, actor: str) -> None:
    rows = [row for row in extract(nlp, text) if "drafted" in row["sentence"]]
    assert {row["actor"] for row in rows} == {actor}


@pytest.mark.parametrize(
    "text",
    [
        "The Portuguese police unit agreed to patrol the capital together with Norwegian troops.",
        "Portugal's police unit agreed to patrol the capital together with Norwegian troops.",
    ],
)
def test_a_states_armed_or_police_unit_acts_for_it(nlp, text: str) -> None:
    assert {row["actor"] for row in extract(nlp, text)} == {"Portugal"}


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("Chile was urged by Norway to withdraw its troops from the border.", {"Norway"}),
        (
            "Peru has been asked by the United Nations to release the prisoners.",
            {"United Nations"},
        ),
        # a passive under a modal: the agent is asked, nobody named asks
        ("The plan must be approved by the Council of the European Union.", set()),
    ],
)
def test_the_agent_of_a_passive_asking_verb_asks(nlp, text: str, actors: set[str]) -> None:
    assert {row["actor"] for row in extract(nlp, text)} == actors


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "After meeting President Ana Berg of Peru, Norway's Karl Holm said that she had "
            "agreed to free the prisoners.",
            "Ana Berg",
        ),
        # the speaker's own "he" stays his
        (
            "After meeting President Ana Berg of Peru, Norway's Karl Holm said that he had "
            "agreed to free the prisoners.",
            "Karl Holm",
        ),
    ],
)
def test_a_reported_pronoun_of_the_other_gender_is_not_the_speaker(
    nlp, text: str, actor: str
) -> None:
    assert {row["actor"] for row in extract(nlp, text)} == {actor}


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "Norway, along with Sweden and Finland, pledged to send troops to Chile.",
            {"Norway", "Sweden", "Finland"},
        ),
        (
            "Norway, together with Sweden, has offered to mediate between Chile and Peru.",
            {"Norway", "Sweden"},
        ),
    ],
)
def test_parties_joined_by_along_with_commit_too(nlp, text: str, actors: set[str]) -> None:
    assert {row["actor"] for row in extract(nlp, text)} == actors


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # people placed at or in a body ("students at", "workers in") are not the body
        ("Students at Norland University vowed to continue the strike.", set()),
        ("Workers at the Kestrel Steel plant have vowed to strike.", set()),
        # a body their own phrase names them by still commits
        ("Rebels of the Liberation Front vowed to free the hostages.", {"Liberation Front"}),
    ],
)
def test_a_group_of_people_at_a_body_is_not_the_body(nlp, text: str, actors: set) -> None:
    assert actors_of(extract(nlp, text), "vowed") == actors


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "The Northern Trade Organisation met in Lanport on Monday. According to Foreign "
            "Minister Jon Hale, the final declaration of the Northern Trade Organisation will "
            "condemn piracy.",
            {"Northern Trade Organisation"},
        ),
        # the source's title and name parsed apart
        (
            "The Northern Trade Organisation met in Lanport on Monday. According to the "
            "Minister of Foreign Affairs, Jon Hale, the final declaration of the Northern "
            "Trade Organisation will condemn piracy.",
            {"Northern Trade Organisation"},
        ),
        # no issuer named: the source who tells of it
        (
            "According to Foreign Minister Jon Hale, the final declaration will condemn piracy.",
            {"Jon Hale"},
        ),
    ],
)
def test_a_document_told_of_after_according_to_is_its_issuers(nlp, text: str, actors: set) -> None:
    # the parser takes the source for the subject and the document for its apposition
    assert actors_of(extract(nlp, text), "will") == actors


@pytest.mark.parametrize(
    ("text", "cue", "actors"),
    [
        # a body's or person's words the quotation itself reports are theirs
        (
            '"The Union Party said it wanted to lower taxes," Karl Holm said.',
            "wanted",
            {"Union Party"},
        ),
        ('"Ana Berg said she would resign," Karl Holm said.', "would", {"Ana Berg"}),
        # the speaker's own words stay the speaker's
        ('"We will lower taxes," Karl Holm said.', "will", {"Karl Holm"}),
    ],
)
def test_words_a_quotation_reports_are_the_reported_partys(
    nlp, text: str, cue: str, actors: set
) -> None:
    assert actors_of(extract(nlp, text), cue) == actors


def test_a_comma_before_a_subject_after_the_main_verb_ends(nlp) -> None:
    # the source search climbs to the root and stops there
    text = "Jon Hale said on Monday, Norland will send troops to the border."
    assert {row["type"] for row in extract(nlp, text)} <= {"pledge"}


def _building_actors(name: str, affiliation: str) -> tuple:
    body = LocalActor(key="organisation:x", name=name, type="organisation", affiliation=affiliation)
    state = LocalActor(key="country:norland", name="Norland", type="country")
    return body, state, ArticleActors(actors={body.key: body, state.key: state})


@pytest.mark.parametrize(
    ("name", "is_state"),
    [
        ("Hill House", True),  # a government's building speaks for its state
        ("Amber Palace", True),
        ("Ostrava Street", True),
        ("Upper House", False),  # a chamber, not a building
        ("Norland Parliament House", False),  # holds a word for a body
        ("House", False),  # one word: the chamber
    ],
)
def test_a_body_named_by_its_building_speaks_for_its_state(name: str, is_state: bool) -> None:
    body, state, actors = _building_actors(name, "Norland")
    assert seat_state(body, actors) == (state if is_state else body)


def test_a_building_of_no_state_named_is_itself() -> None:
    body, _, actors = _building_actors("Hill House", "Sudvia")
    assert seat_state(body, actors) == body


@pytest.mark.parametrize(
    "text",
    [
        "All major parties in Norway have vowed to boycott the election.",
        "Norway's major parties have vowed to reject the budget.",
        "All of Norway's major parties have pledged to support the treaty.",
        "The main political parties of Norway said they would boycott the vote.",
    ],
)
def test_a_countrys_parties_are_never_the_country(nlp, text: str) -> None:
    assert "Norway" not in {row["actor"] for row in extract(nlp, text)}


def test_the_sides_called_both_parties_stay_the_sides(nlp) -> None:
    text = "Norway and Sweden met in Geneva. Both parties pledged to respect the ceasefire."
    assert actors_of(extract(nlp, text), "pledged") == {"Norway", "Sweden"}


def rows_of(rows: list[dict]) -> set[tuple[str, str, str]]:
    return {(row["actor"], row["type"], row["counterpart"]) for row in rows}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"I hope that Sweden will sign the treaty," Foreign Minister Karl Holm of Norway said.',
            {("Karl Holm", "call", "Sweden")},
        ),
        (
            "Foreign Minister Karl Holm of Norway said he hoped the Swedish government would "
            "withdraw its troops.",
            {("Karl Holm", "call", "Sweden")},
        ),
        ("Norway hopes that Sweden will release the prisoners.", {("Norway", "call", "Sweden")}),
    ],
)
def test_a_hope_that_another_will_act_is_a_call_on_it(nlp, text: str, expected: set) -> None:
    assert rows_of(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a state of things or the speaker's own side hoped for: the speaker's intent
        '"I hope that the talks will succeed," Karl Holm said.',
        '"We hope that our proposal will be accepted by Sweden," Karl Holm said.',
    ],
)
def test_a_hope_for_things_or_ones_own_side_stays_an_intent(nlp, text: str) -> None:
    assert {row["type"] for row in extract(nlp, text)} == {"intent"}


def test_a_hope_of_nobody_named_commits_the_others_to_nothing(nlp) -> None:
    text = '"We need a system. I hope and pray that the Swedish leaders will provide it."'
    assert "Sweden" not in {row["actor"] for row in extract(nlp, text)}


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "The Norwegian government said it was ready to negotiate. It would send an envoy "
            "to Stockholm next week.",
            "Norway",
        ),
        (
            "Karl Holm said Norway was ready to negotiate. It would send an envoy to Stockholm "
            "next week.",
            "Karl Holm",
        ),
    ],
)
def test_a_would_clause_after_a_report_goes_on_with_it(nlp, text: str, actor: str) -> None:
    assert actors_of(extract(nlp, text), "would") == {actor}


@pytest.mark.parametrize(
    "text",
    [
        # a thing's effect, and a report by nobody named, commit nobody
        "Karl Holm said the deal was close. It would bring peace to the region.",
        "Analysts said the deal was close. It would be signed next week.",
        # a new paragraph does not go on with the report
        "Karl Holm said Norway was ready to negotiate.\n\nIt would send an envoy next week.",
    ],
)
def test_a_would_clause_after_no_report_of_a_named_speaker_commits_nobody(nlp, text: str) -> None:
    assert not actors_of(extract(nlp, text), "would")


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Sweden has proposed new trade talks. A spokesman for Karl Holm further said, it "
            "welcomes the talks with Sweden.",
            "Karl Holm",
        ),
        (
            "In its statement, the Norwegian government stated, Norway opposes any secession. "
            "The Norwegian government further said, it welcomes growing economic exchanges "
            "with Sweden.",
            "Norway",
        ),
    ],
)
def test_a_report_set_off_by_a_comma_before_its_clause_speaks_it(
    nlp, text: str, actor: str
) -> None:
    rows = [row for row in extract(nlp, text) if row["cue"] == "welcomes"]
    assert {row["actor"] for row in rows} == {actor}


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "Rebel chief Jon Ekberg met Prime Minister Karl Holm on Sunday. During the meeting "
            "they agreed to hold fresh talks on Monday.",
            {"Jon Ekberg"},  # an agreement's row is its first party, the other its counterpart
        ),
        (
            "Karl Holm talked with Jon Ekberg in Oslo. They pledged to meet again in May.",
            {"Karl Holm", "Jon Ekberg"},
        ),
    ],
)
def test_they_after_a_meeting_are_the_two_who_met(nlp, text: str, actors: set) -> None:
    assert {row["actor"] for row in extract(nlp, text)} == actors


def test_they_after_meeting_unnamed_people_are_nobody_named(nlp) -> None:
    text = "Karl Holm met reporters in Oslo. They asked him about the border."
    assert not extract(nlp, text)


def test_a_by_phrase_the_parser_hangs_on_an_active_verb_is_no_agent(nlp) -> None:
    text = (
        "Former Norland Prime Minister Jon Ekberg called for the resignation of Prime Minister "
        "Karl Holm following the allegation last week by former police chief Ana Berg that "
        "Holm orchestrated the unrest."
    )
    assert actors_of(extract(nlp, text), "called") == {"Jon Ekberg"}


def test_the_agent_of_a_passive_still_acts(nlp) -> None:
    text = "Sweden was urged by Norway to withdraw its troops from the border."
    assert actors_of(extract(nlp, text), "urged") == {"Norway"}


@pytest.mark.parametrize("verb", ["notified", "informed", "reminded"])
def test_a_call_in_what_a_body_tells_another_is_the_bodys(nlp, verb: str) -> None:
    text = f"The Northern Trade Council has {verb} Norway that it must deal with organised crime."
    assert {row["actor"] for row in extract(nlp, text)} == {"Northern Trade Council"}


@pytest.mark.parametrize(
    "text",
    [
        "Norway held a referendum on the treaty. All the political parties except Labour "
        "have pledged their opposition to the proposal.",
        "The treaty was signed in May. It is backed by all major Norwegian political parties.",
    ],
)
def test_political_parties_never_stand_for_the_state(nlp, text: str) -> None:
    assert "Norway" not in {row["actor"] for row in extract(nlp, text)}


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # a party qualified as ruling or political is never its country
        (
            "Norway's constitution forbids it, but Norway's ruling party, the Union Front, has "
            "recently proposed amendments.",
            {"Union Front"},
        ),
        (
            "Last week, the pro-western political parties Union Front and Green League "
            "announced that they would demand a major change.",
            {"Union Front", "Green League"},
        ),
        # a leader's administration is the leader's, not the country named last
        (
            "Norway held talks with Sweden. The Ekberg administration has pledged to send aid.",
            {"Ekberg"},
        ),
    ],
)
def test_parties_and_administrations_are_not_the_last_country(nlp, text: str, actors: set) -> None:
    assert {row["actor"] for row in extract(nlp, text)} == actors


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Talks between Norwegian and Swedish officers were held today. The government in "
            "Oslo urged Norwegian citizens in Sweden to leave the country.",
            "Norway",
        ),
        (
            "Talks between Norwegian and Swedish officers were held today. The authorities in "
            "Stockholm asked Norway to return the captured soldiers.",
            "Sweden",
        ),
    ],
)
def test_a_government_placed_in_a_capital_is_that_capitals_state(
    nlp, text: str, actor: str
) -> None:
    assert {row["actor"] for row in extract(nlp, text)} == {actor}


@pytest.mark.parametrize(
    "text",
    [
        "Today saw talks between Norwegian and Swedish military leaders after a skirmish. "
        "Several hours of talks have led to an agreement for joint patrols along the border.",
        "The talks between Norway and Sweden ended on Monday. The talks produced an agreement "
        "on fishing rights.",
    ],
)
def test_an_agreement_the_talks_led_to_is_the_talks_parties(nlp, text: str) -> None:
    assert rows_of(extract(nlp, text)) & {("Norway", "agreement", "Sweden")}


def test_a_title_split_from_the_name_it_heads_is_the_names(nlp) -> None:
    text = (
        "The newly appointed leader of the Norwegian Labour Party, the main opposition party "
        "in Norway, Karl Holm has urged his supporters to stay calm."
    )
    assert actors_of(extract(nlp, text), "urged") == {"Karl Holm"}


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Karl Holm expressed hope that Sweden would join the talks.",
        "Foreign Minister Karl Holm of Norway said he was hopeful that Sweden would join the "
        "talks.",
    ],
)
def test_a_hope_noun_or_hopeful_that_another_will_act_is_a_call_on_it(nlp, text: str) -> None:
    assert rows_of(extract(nlp, text)) == {("Karl Holm", "call", "Sweden")}


def test_an_expressed_hope_for_things_stays_an_intent(nlp) -> None:
    text = "Foreign Minister Karl Holm expressed hope that the talks would succeed."
    assert {row["type"] for row in extract(nlp, text)} == {"intent"}


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # no side known for the speaker: the state named acts
        ("Karl Holm said Sweden will send troops to the border.", "Sweden"),
        # a call's subject is who is called on: the speaker calls
        ("Karl Holm said Sweden must send troops to the border.", "Karl Holm"),
    ],
)
def test_a_state_a_speaker_of_no_known_side_reports_on_acts_itself(
    nlp, text: str, actor: str
) -> None:
    assert {row["actor"] for row in extract(nlp, text)} == {actor}


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "The Norwegian ambassador to Sweden asked the president to fight corruption.",
            {"Norway"},
        ),
        ("The ambassador to Sweden asked the president to fight corruption.", set()),
    ],
)
def test_the_state_an_envoy_is_posted_to_never_acts(nlp, text: str, actors: set) -> None:
    assert {row["actor"] for row in extract(nlp, text)} == actors


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "The leader of an important rebel group in the northern region of Sweden has "
            "threatened to withdraw from scheduled peace talks.",
            set(),
        ),
        (
            "The leader of the Northern Liberation Front in Sweden has threatened to withdraw "
            "from the talks.",
            {"Northern Liberation Front"},
        ),
    ],
)
def test_the_place_of_the_body_a_title_heads_never_acts(nlp, text: str, actors: set) -> None:
    assert {row["actor"] for row in extract(nlp, text)} == actors


@pytest.mark.parametrize(
    "text",
    [
        "Norway will vote on the visa deal in June. Supporters say it would encourage tourism.",
        "Norway will vote on the visa deal in June. Critics say it will cut Norway's aid.",
    ],
)
def test_what_unnamed_supporters_or_critics_report_commits_nobody(nlp, text: str) -> None:
    assert not extract(nlp, text)


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # "the resolution" is no earlier document of another kind (a report, a statement)
        (
            "A report by the Norwegian Institute described the vote. The resolution calls on "
            "Sudvia to free the prisoners.",
            set(),
        ),
        (
            "The Norwegian Foreign Ministry issued a statement criticising the vote. Speaker "
            "Ana Berg said the resolution will go forward for a vote in the chamber.",
            {"Ana Berg"},
        ),
        # an earlier document of the same word is the one meant
        (
            "The Union Council adopted a resolution on Friday. The resolution calls on Sudvia "
            "to free the prisoners.",
            {"Union Council"},
        ),
    ],
)
def test_a_document_is_only_the_earlier_one_of_the_same_word(nlp, text: str, actors: set) -> None:
    assert {
        row["actor"] for row in extract(nlp, text) if row["cue"] in ("calls on", "will")
    } == actors


@pytest.mark.parametrize(
    "text",
    [
        'A report by the Norwegian Institute was released on Monday. "Sweden would find it '
        'hard to live with a nuclear Finland," the report states.',
        "A report by the Norwegian Institute says Sweden will send more troops to the border.",
        "The study by the Norwegian Institute says that Sweden will send more troops.",
    ],
)
def test_a_studys_finding_about_another_party_commits_nobody(nlp, text: str) -> None:
    assert not extract(nlp, text)


def test_a_call_a_report_makes_stays_its_authors(nlp) -> None:
    text = "The report by the Norwegian Institute calls for Sweden to free the prisoners."
    assert {row["actor"] for row in extract(nlp, text)} == {"Norwegian Institute"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what the speaker tells the people addressed they would do commits nobody
        (
            'General Carl Hobson said the cadets were "the first who chose to stay, knowing '
            'you would raise your right hand and swear to defend the republic."',
            set(),
        ),
        # a call on them stays the speaker's
        (
            '"You must leave the town now," Minister Carl Hobson told the rebels.',
            {("Carl Hobson", "call")},
        ),
    ],
)
def test_you_in_a_quotation_is_the_people_addressed(nlp, text, expected) -> None:
    assert {(r["actor"], r["type"]) for r in extract(nlp, text)} == expected


def test_one_persons_they_is_others_whose_course_she_only_tells_of(nlp):
    rows = extract(
        nlp,
        "Senator Lena Ostrow said that as the ministry was assuring the assembly, they "
        "were quietly planning the invasion.",
    )
    assert not actors_of(rows, "planning")
    # the "they" of several speakers, or of a group, is theirs
    rows = extract(
        nlp, "President Arlo Venn's spokesmen said that they will review every contract."
    )
    assert actors_of(rows, "will") == {"Arlo Venn"}
    # a minister's "they" after his own country is his side
    rows = extract(
        nlp,
        "Foreign Minister Tor Vesk of Norway said that although Norway was not entirely "
        "satisfied with the declaration, they would live with it.",
    )
    assert actors_of(rows, "would") == {"Tor Vesk"}


def test_the_name_before_a_gerund_does_it_not_the_subject_who_complains(nlp):
    rows = extract(
        nlp,
        "Minister Tor Vesk of Velan complained about Osmark pushing the Union to lower its fish quota.",
    )
    assert actors_of(rows, "pushing") == {"Osmark"}
    # a place before a gerund after a comma does nothing
    rows = extract(nlp, "Norway signed the accord in Stockholm, promising to withdraw its troops.")
    assert actors_of(rows, "promising") == {"Norway"}


def test_the_country_after_a_city_is_no_subject_of_the_body_in_that_city(nlp):
    # the parser may take "Kenya" for the subject of "has pledged"
    rows = extract(
        nlp, "The United States Embassy in Nairobi, Kenya has pledged to reopen its visa office."
    )
    assert actors_of(rows, "pledged") and "Kenya" not in actors_of(rows, "pledged")


def test_a_sides_charge_that_another_plans_force_commits_nobody(nlp):
    rows = extract(nlp, "The Velan Front says that Norway is planning to attack its camps in May.")
    assert not actors_of(rows, "planning")
    # a minister's word on his own side's preparations is that side's course
    rows = extract(
        nlp, "Defence Minister Tor Vesk of Norway said Norway is preparing to strike the sites."
    )
    assert actors_of(rows, "preparing") == {"Tor Vesk"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the leaders are the office holders, not the untitled authors named last
        (
            "Prime Minister Jon Ek flew to Tarsia to meet President Ana Berg. The report "
            "was written by Ola Dahl and Per Sund. Both leaders had expressed willingness "
            "to open talks with Vesland.",
            {"Jon Ek", "Ana Berg"},
        ),
        # with no office holder named, the people named last
        (
            "Writers Ana Berg and Jon Ek met Mr Holm in the capital on Monday. Both leaders "
            "had expressed willingness to open talks with Vesland.",
            {"Jon Ek"},
        ),
    ],
)
def test_a_group_of_leaders_stands_for_the_office_holders_named(nlp, text, expected) -> None:
    found = actors_of(extract(nlp, text), "expressed willingness")
    assert expected <= found
    assert not found & {"Ola Dahl", "Per Sund", "Holm"}


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        # a state's act done or under way, told by a minister of no known side, is the state's
        (
            "Interior Minister Ali Khan stated that Norway had been offering a reward for "
            "information on the smugglers.",
            "offering",
            {"Norway"},
        ),
        (
            "Interior Minister Ali Khan said that Norway has offered a reward for information "
            "on the smugglers.",
            "offered",
            {"Norway"},
        ),
        # a course ahead may be the minister's own side's word
        (
            "Interior Minister Ali Khan said that Norway would send two frigates.",
            "would",
            {"Ali Khan"},
        ),
    ],
)
def test_a_states_deed_told_by_a_minister_of_no_known_side(nlp, text, cue, expected) -> None:
    assert actors_of(extract(nlp, text), cue) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Austria's upper house passed the law on Friday. Only the government of the state "
        "Lower Saxony abstained from voting.",
        "Austria's upper house passed the law. The council of the province of Ostria "
        "abstained from voting.",
        "Austria's upper house passed the law. Only the government of the state "
        "Varna-Eastern Holmia abstained from voting.",
    ],
)
def test_the_government_of_a_unit_below_the_state_is_never_the_country(nlp, text) -> None:
    assert "Austria" not in actors_of(extract(nlp, text), "abstained")


def test_the_government_of_the_state_of_a_country_is_that_country(nlp) -> None:
    rows = extract(nlp, "The government of the State of Israel abstained from voting.")
    assert actors_of(rows, "abstained") == {"Israel"}
