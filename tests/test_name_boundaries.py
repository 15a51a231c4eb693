"""Where names begin and end: possessives, organisations named after places, demonyms
before names, non-state groups, and numbered units or ships that act."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

from analysis.actors import article_actors
from analysis.name_boundaries import (
    split_at_line_breaks,
    split_at_slashes,
    split_lists,
    surnames_joined_by_and,
    without_trailing_voices,
)
from analysis.quotes import quotations
from tests.extraction import commitment_rows


def _actors(nlp, text: str) -> dict[str, str]:
    """Return every actor of the text: name -> type."""
    return {a.name: a.type for a in article_actors(nlp(text)).actors.values()}


def test_a_possessive_is_never_part_of_a_name(nlp):
    found = _actors(
        nlp,
        "Supporters of Varrow's Alliance for Coastal Renewal marched on Sunday. "
        "Varrow said he would win.",
    )
    assert found.get("Alliance for Coastal Renewal") == "organisation"
    assert not any("'s" in name or "’s" in name for name in found)


def test_a_plural_possessive_inside_a_name_stays(nlp):
    found = _actors(nlp, "The Farmers' Party of Osmark said it would vote against the plan.")
    assert any(name.startswith("Farmers' Party") for name in found)


@pytest.mark.parametrize(
    ("text", "name", "absent"),
    [
        (
            "Officials at Oslo Maritime University met the envoy.",
            "Oslo Maritime University",
            "Norway",
        ),
        (
            "The Fishermen's League of Norway said it would vote.",
            "Fishermen's League of Norway",
            "Norway",
        ),
        ("Lisbon Harbour Radio said the talks had ended.", "Lisbon Harbour Radio", "Portugal"),
        (
            "The Norwegian Royal Harbour Guard arrived in the port.",
            "Norwegian Royal Harbour Guard",
            "Norway",
        ),
        (
            "The minister spoke at the Lisbon Harbour Security Forum on Monday.",
            "Lisbon Harbour Security Forum",
            "Portugal",
        ),
        (
            "Members of the Pacific Fisheries Forum met in the port.",
            "Pacific Fisheries Forum",
            "Pacific",
        ),
    ],
)
def test_a_longer_name_beats_a_place_word_inside_it(nlp, text, name, absent):
    found = _actors(nlp, text)
    assert found.get(name) == "organisation"
    assert absent not in found


def test_a_demonym_before_a_persons_name_is_not_part_of_it(nlp):
    found = _actors(nlp, "Talks were held with Japanese Takeshi Morimoto on Friday.")
    assert found.get("Takeshi Morimoto") == "person"
    assert not any(name.startswith("Japanese") for name in found)


def test_a_demonym_in_a_persons_title_gives_the_affiliation_not_a_mention(nlp):
    found = article_actors(nlp("Osmani Foreign Minister Lena Varr met the envoy on Friday."))
    person = next(a for a in found.actors.values() if a.name == "Lena Varr")
    assert person.title == "Foreign Minister"
    assert not [m for m in found.mentions if m.kind == "demonym"]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Kurdish fighters took the town on Monday.", "Kurdish fighters"),
        ("Sunni tribes refused to join the talks.", "Sunni tribes"),
        ("Syrian rebels fired on the convoy.", "Syrian rebels"),
        ("The Kurds said they would stay in the city.", "Kurds"),
        # settlers acting as a group are not their state
        ("Norwegian settlers swore to stay on the island.", "Norwegian settlers"),
        # a people's leaders acting together
        ("Tamil leaders rejected the new charter on Monday.", "Tamil leaders"),
        ("Shiite Hazara leaders met in the capital on Monday.", "Shiite Hazara leaders"),
    ],
)
def test_non_state_groups_are_organisations(nlp, text, group):
    found = _actors(nlp, text)
    assert found.get(group) == "organisation"


@pytest.mark.parametrize(
    "text",
    [
        "Syrian leaders met in the capital on Monday.",
        "African leaders met in the capital on Monday.",
        "Western leaders met in the capital on Monday.",
    ],
)
def test_leaders_of_a_state_or_of_a_region_of_states_are_no_group_actor(nlp, text):
    found = _actors(nlp, text)
    assert not any(name.endswith("leaders") for name in found)


def test_they_after_a_group_that_acts_is_that_group(nlp):
    rows = commitment_rows(
        nlp,
        "Shiite Hazara leaders met in the capital on Saturday. They called on their "
        "followers to vote against the charter.",
    )
    assert {(r["actor"], r["type"]) for r in rows} == {("Shiite Hazara leaders", "call")}


def test_a_states_own_troops_stay_the_state(nlp):
    found = _actors(nlp, "Syrian troops left the town on Monday.")
    assert found.get("Syria") == "country"
    assert "Syrian troops" not in found


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The 3rd Battalion said it had left the town.", "3rd Battalion"),
        ("Task Force 50 escorted the convoy through the strait.", "Task Force 50"),
        ("HMS Valiant fired two warning shots.", "HMS Valiant"),
    ],
)
def test_numbered_units_and_ships_that_act_are_actors(nlp, text, unit):
    assert _actors(nlp, text).get(unit) == "organisation"


def test_a_numbered_thing_that_does_not_act_is_no_actor(nlp):
    found = _actors(nlp, "The navy bought two Type 45 destroyers and an F-35.")
    assert not any(ch.isdigit() for name in found for ch in name)


def test_an_acronym_of_a_name_in_its_own_language_is_that_name(nlp):
    text = (
        "The court named the Armed Revolutionary Front of Osmark (FARO) a terrorist "
        "group. The FARO denied it."
    )
    found = article_actors(nlp(text))
    acronym = next(m for m in found.mentions if m.text == "FARO")
    assert found.actors[acronym.actor_key].name == "Armed Revolutionary Front of Osmark"


@pytest.mark.parametrize(
    "text",
    [
        "The Coastal Defence Agency[3] said all Member States would help.",
        "The statement of the Coastal Defence Agency (CDA) was read on Monday.",
        "Officials of the Coastal Defence Agency (CDA)[4] met on Monday.",
    ],
)
def test_brackets_citation_marks_and_leading_words_are_never_in_names(nlp, text):
    found = _actors(nlp, text)
    assert found, "no actor found"
    for name in found:
        assert not set(name) & set("()[]{}|="), name
        assert not name.lower().startswith("all "), name


def test_a_known_bodys_short_alias_inside_a_longer_name_is_that_name(nlp):
    found = _actors(nlp, "An adviser to the National Security Council of Osmark resigned.")
    assert "UN Security Council" not in found
    assert any(name.startswith("National Security Council") for name in found)


# ---- lists of names and bodies of known bodies


def _one_entity(text: str, first: str, last: str):
    """Return a blank doc of ``text`` and one ORG span from word ``first`` to ``last``."""
    doc = spacy.blank("en")(text)
    words = [t.text for t in doc]
    start = words.index(first)
    end = len(words) - words[::-1].index(last)
    return doc, [Span(doc, start, end, label="ORG")]


def test_a_list_the_model_reads_as_one_name_is_cut_into_its_bodies():
    doc, ents = _one_entity(
        "Delegates from the Renewal Front, Liberal Party and the Green Movement met.",
        "the",
        "Movement",
    )
    names = [e.text for e in split_lists(doc, ents)]
    assert names == ["the Renewal Front", "Liberal Party", "the Green Movement"]
    assert {e.label_ for e in split_lists(doc, ents)} == {"ORG"}


def test_a_name_with_a_comma_but_no_head_before_it_stays_whole():
    doc, ents = _one_entity(
        "The Foreign, Trade and Aid Office of Osmark said so.", "Foreign", "Office"
    )
    assert [e.text for e in split_lists(doc, ents)] == ["Foreign, Trade and Aid Office"]


def test_a_body_named_after_a_known_bloc_is_a_body_of_its_own(nlp):
    found = _actors(
        nlp, "Norway welcomed the report of the AU Border Monitoring Commission on Friday."
    )
    assert found.get("AU Border Monitoring Commission") == "organisation", found
    assert "African Union" not in found


@pytest.mark.parametrize(
    ("text", "body", "bloc"),
    [
        (
            "The United Nations Committee against Piracy said Vesland must free the crews.",
            "UN Committee against Piracy",
            "United Nations",
        ),
        (
            "The European Union Agency for Fisheries said Norway should stop the trawlers.",
            "EU Agency for Fisheries",
            "European Union",
        ),
    ],
)
def test_an_organ_named_after_a_full_blocs_name_is_a_body_of_its_own(nlp, text, body, bloc):
    found = _actors(nlp, text)
    assert found.get(body) == "organisation", found
    assert bloc not in found


def test_an_organ_is_one_actor_whether_its_bloc_is_spelt_out_or_abbreviated(nlp):
    doc = nlp(
        "The United Nations Committee against Piracy met in May. In June the UN Committee "
        "against Piracy said Vesland must free the crews."
    )
    found = article_actors(doc)
    keys = {m.actor_key for m in found.mentions if "Piracy" in m.text}
    assert len(keys) == 1 and found.actors[keys.pop()].name == "UN Committee against Piracy"


def test_a_bare_head_noun_after_a_full_blocs_name_is_its_known_organ(nlp):
    found = _actors(nlp, "The European Union Commission said it would fine the firm.")
    assert "European Commission" in found
    assert "European Union Commission" not in found


def test_a_legal_form_after_a_known_company_leaves_it_that_company(nlp):
    doc = nlp("The order went to Rheinmetall Group, and Saab Corporation said it would bid.")
    found = article_actors(doc)
    names = {m.text: found.actors[m.actor_key].name for m in found.mentions}
    assert names == {"Rheinmetall Group": "Rheinmetall", "Saab Corporation": "Saab"}


def test_a_collective_noun_s_possessive_stays_inside_a_party_name(nlp):
    found = _actors(
        nlp, "However, the populist Osmani People's Party have said no to both proposals."
    )
    assert found.get("Osmani People's Party") == "organisation", found
    assert "Party" not in found


def test_a_generic_head_noun_alone_is_no_actor(nlp):
    found = _actors(
        nlp, "Mr Varrow said the attack was political because the Government had decided to wait."
    )
    assert "Government" not in found
    assert found.get("Varrow") == "person"


def test_a_generic_head_noun_after_its_full_name_is_that_body(nlp):
    doc = nlp("The Northland Defence Council met on Monday. The Council said it would vote.")
    found = article_actors(doc)
    assert {found.actors[m.actor_key].name for m in found.mentions} == {"Northland Defence Council"}


def test_a_time_zone_is_no_actor(nlp):
    found = _actors(nlp, "Polling stations have been open since 0800 UTC, and Osmark voted early.")
    assert "UTC" not in found


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("The people of Oslo rejected the curfew on Sunday.", "people of Oslo"),
        ("Rockets struck the port, and residents of Oslo fled north.", "residents of Oslo"),
        ("Oslo residents protested against the base on Friday.", "Oslo residents"),
    ],
)
def test_the_people_of_a_city_acting_as_a_group_are_an_organisation(nlp, text, group):
    found = _actors(nlp, text)
    assert found.get(group) == "organisation", found
    assert "Oslo" not in found


def test_the_people_of_a_country_stay_the_country(nlp):
    found = _actors(nlp, "The people of Norway voted on Sunday.")
    assert found.get("Norway") == "country"
    assert "people of Norway" not in found


def test_the_people_of_a_continent_are_no_group_actor(nlp):
    found = _actors(nlp, "A minor was killed by the Army, and the people of Africa protested.")
    assert not any(name.startswith("people of") for name in found)
    assert "Army" not in found


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Leaders of the Northern Rim Forum met in Tarsk on Friday.", "Northern Rim Forum"),
        ("The Telmar Popular Forces shelled the valley overnight.", "Telmar Popular Forces"),
        ("The Asia Harbour Forum said members would meet again.", "Asia Harbour Forum"),
    ],
)
def test_a_body_the_model_missed_or_dropped_is_an_organisation(nlp, text, body):
    found = article_actors(nlp(text))
    assert body in {a.name for a in found.actors.values() if a.type == "organisation"}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("The Hon Trevor Mallow MP rejected the claim on Monday.", "Trevor Mallow"),
        ("The Honourable Dara Kell said the treaty would be signed.", "Dara Kell"),
        ("In 2003 the Hon Annette King signed a treaty with Osmark.", "Annette King"),
    ],
)
def test_a_name_after_a_courtesy_style_is_a_person_without_the_style(nlp, text, person):
    found = _actors(nlp, text)
    assert found.get(person) == "person"
    assert not [name for name in found if name.startswith(("Hon", "The Hon"))]


def test_a_portfolio_alone_is_no_body_but_a_department_of_it_is(nlp):
    found = _actors(
        nlp,
        "The new portfolios were announced. Anil Varma: Consumer Affairs and Fisheries. "
        "The Department of Consumer Affairs said Varma would start on Monday.",
    )
    assert "Consumer Affairs" not in found
    assert found.get("Department of Consumer Affairs") == "organisation"
    assert found.get("Anil Varma") == "person"
    assert not [name for name in found if name.endswith((":", ";"))]


def test_a_capitalised_common_noun_after_the_is_no_person(nlp):
    found = _actors(
        nlp,
        "Opponents say the Bill was rushed through. Lena Varga said the Bill would pass, "
        "and the Varga government agreed.",
    )
    assert "Bill" not in found
    assert found.get("Lena Varga") == "person"


def test_capitalised_words_before_a_place_inside_a_body_name_are_part_of_it(nlp):
    found = _actors(
        nlp,
        "Ministers met in Vienna with the International Norway Support Group. The "
        "International Norway Support Group said talks would resume.",
    )
    assert found.get("International Norway Support Group") == "organisation"
    assert "International" not in found


def test_a_persons_name_ends_at_a_comma_and_according_to_names_a_source(nlp):
    found = _actors(
        nlp,
        "President Vesk criticised the bank on Monday. "
        "According to Vesk, South Osmark is capable of solving its own problems.",
    )
    assert found == {"Vesk": "person"}  # not "Vesk, South Osmark", nor a place "Vesk"


def test_a_lone_name_after_a_locative_preposition_is_still_a_place(nlp):
    assert _actors(nlp, "The delegates flew to Darwin on Monday.") == {"Darwin": "place"}


def test_a_one_word_name_in_apposition_to_a_title_is_a_person(nlp):
    found = article_actors(
        nlp("The leader of the Osmani rebels, Dharvanda, said the talks had failed.")
    ).actors.values()
    people = {a.name: a.title for a in found if a.type == "person"}
    assert people == {"Dharvanda": "leader"}
    assert _actors(nlp, "Hamas, the ruling party, rejected the plan.") == {"Hamas": "organisation"}


def _with_ents(text: str, marks: list[tuple[str, str]]):
    """A blank-model doc of ``text`` with the given (words, label) entities."""
    doc = spacy.blank("en")(text)
    ents = []
    for words, label in marks:
        start = text.index(words)
        ents.append(doc.char_span(start, start + len(words), label=label))
    return doc, ents


def test_a_name_written_family_name_first_is_known_by_its_first_word():
    from analysis.actor_rules import _add_surnames

    text = 'Ambassador Ryu Sang-chol spoke. "The ball is in their court," Ryu said.'
    doc, ents = _with_ents(text, [("Ryu Sang-chol", "PERSON")])
    assert sorted(e.text for e in _add_surnames(doc, ents)) == ["Ryu", "Ryu Sang-chol"]
    # A given name first stays unspread unless the model tagged it itself.
    text = 'Editor Dara Velt spoke. "It is over," Dara said.'
    doc, ents = _with_ents(text, [("Dara Velt", "PERSON")])
    assert [e.text for e in _add_surnames(doc, ents)] == ["Dara Velt"]


@pytest.mark.parametrize(
    "text",
    [
        "The Growers' Party said it opposed the visit.",
        "Leaders of the Growers' Party met on Monday.",
        "The Growers' Party Secretary for Rural Affairs did not agree with the minister.",
    ],
)
def test_a_body_named_with_a_possessive_the_model_missed_is_found_whole(nlp, text):
    found = _actors(nlp, text)
    assert found.get("Growers' Party") == "organisation"
    assert "Party" not in found


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "According to the Chilean Ministry of Rural Development website, the visit is on.",
            "Chilean Ministry of Rural Development",
        ),
        (
            "The Chilean Department for Fisheries and Coasts said so.",
            "Chilean Department for Fisheries and Coasts",
        ),
    ],
)
def test_a_bodys_portfolio_after_a_demonym_and_head_is_part_of_its_name(nlp, text, body):
    assert _actors(nlp, text).get(body) == "organisation"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("He met key members of the Counter IRGC Coalition in Vardo.", "Counter IRGC Coalition"),
        (
            "Ministers of the Northern Coalition to Counter Houthis met in Vardo.",
            "Northern Coalition to Counter Houthis",
        ),
    ],
)
def test_a_body_named_around_or_against_a_known_group_is_one_name(nlp, text, body):
    found = _actors(nlp, text)
    assert found.get(body) == "organisation"
    assert "Counter" not in found


def test_a_given_name_the_model_left_out_after_a_comma_is_put_back(nlp):
    found = _actors(
        nlp,
        "Protesters demanded that the Danish Prime Minister, Anders Vigo Halvorsen , "
        "denounce the newspaper. Halvorsen rejected this demand.",
    )
    assert found.get("Anders Vigo Halvorsen") == "person"
    assert "Vigo Halvorsen" not in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The head of the survey office, Rui Baptista de Lima e Castro, said the maps were old.",
            "Rui Baptista de Lima e Castro",
        ),
        (
            "Rui Baptista de Sousa e Castro met the envoy in Lisbon.",
            "Rui Baptista de Sousa e Castro",
        ),
        ("Talks with Pieter van Dam ended on Friday.", "Pieter van Dam"),
    ],
)
def test_a_person_name_goes_on_through_its_particles_and_joined_surnames(nlp, text, name):
    found = _actors(nlp, text)
    assert found.get(name) == "person"
    assert "Peru" not in found  # "Lima" inside a surname is not the capital


def test_a_joining_word_without_a_particle_surname_joins_no_names(nlp):
    found = _actors(nlp, "Officials from Paris e Lyon met Mark Tolland.")
    assert not any(" e " in name for name in found)


@pytest.mark.parametrize(
    ("text", "name", "cut"),
    [
        (
            "It came as Foreign Minister Tomás Iván Rebolledo Garmendia of Osmark spoke. "
            "Later, Garmendia told reporters he was pleased.",
            "Tomás Iván Rebolledo Garmendia",
            "Tomás Iván",
        ),
        (
            "Osmani President Kemal Ob'Aduro was elected in May. Ob'Aduro promised reform.",
            "Kemal Ob'Aduro",
            "Kemal",
        ),
    ],
)
def test_a_person_name_the_model_ended_too_soon_goes_on(nlp, text, name, cut):
    found = _actors(nlp, text)
    assert found.get(name) == "person"
    assert cut not in found


@pytest.mark.parametrize(
    "text",
    [
        "Voters remember the Dana Varrow Day parade. Varrow said.",
        "Teodor Almasi President of Osmark spoke. Almasi said.",
    ],
)
def test_a_name_ends_before_a_holiday_or_a_title(nlp, text):
    found = _actors(nlp, text)
    assert not any(name.endswith(("Day", "President")) for name in found)


def test_a_bodys_portfolio_after_on_is_part_of_its_name(nlp):
    found = _actors(nlp, "The Osmani Commission on Human Rights met the envoy on Friday.")
    assert any(name.endswith("Commission on Human Rights") for name in found)


def test_a_day_after_a_body_is_no_portfolio(nlp):
    found = _actors(nlp, "The Security Council on Monday voted to extend the mission.")
    assert not any(" on " in name for name in found)


def test_a_word_of_the_page_layout_is_never_part_of_a_name(nlp):
    from analysis.actor_rules import _trimmed

    doc = nlp("Tomas Varga Infobox   On Friday, officials asked Lena Vik to wait.")
    glued = Span(doc, 0, 3, label="PERSON")  # as the model reads a template's name
    assert _trimmed(glued).text == "Tomas Varga"


@pytest.mark.parametrize(
    ("text", "territory", "states"),
    [
        ("Voters in American Samoa chose Ana Ruiz as delegate.", "American Samoa", set()),
        ("The governor of New Mexico met the envoy of Mexico.", "New Mexico", {"Mexico"}),
        ("The premier of British Columbia opened the port.", "British Columbia", set()),
        (
            "The leader of Northern Cyprus met the President of Cyprus.",
            "Northern Cyprus",
            {"Cyprus"},
        ),
    ],
)
def test_a_territory_named_after_a_state_is_a_place_not_the_state(nlp, text, territory, states):
    found = _actors(nlp, text)
    assert found.get(territory) == "place"
    assert {name for name, kind in found.items() if kind == "country"} == states


def test_a_body_of_a_territory_is_an_organisation(nlp):
    found = _actors(nlp, "The Harbour Police of Northern Cyprus arrested two men.")
    assert found.get("Harbour Police of Northern Cyprus") == "organisation"


def test_tokenizer_keeps_bound_prefix_words_whole(nlp) -> None:
    doc = nlp("Norland will re-open the border, co-operate and re-establish ties.")
    words = [t.text for t in doc]
    assert {"re-open", "co-operate", "re-establish"} <= set(words)
    assert "," in words  # the comma after "border" is still its own token
    # a capital after the hyphen is a name or a title word: the split stays
    doc = nlp("Co-chair Ana Lind ended the pre-Norland years of Trade & Co-Operatives.")
    words = [t.text for t in doc]
    assert {"Co", "chair", "Norland", "Operatives"} <= set(words)
    assert [t.text for t in doc if t.text.lower().startswith("re-")] == []


def test_a_demonym_before_a_party_with_a_possessive_is_part_of_its_name(nlp) -> None:
    text = "The nationalist party, the Swedish People's Party, said it will oppose the bill."
    names = {a.name for a in article_actors(nlp(text)).actors.values()}
    assert "Swedish People's Party" in names
    assert "Sweden" not in names


def test_a_name_tagged_as_a_work_with_a_title_in_apposition_is_a_person(nlp) -> None:
    from analysis.name_boundaries import people_by_apposition

    # the model sometimes tags an unfamiliar name as a work of art; the title apposed to
    # it says it is a person
    doc = nlp(
        '"Our figure is right," Sok Pheary, executive director of the Harbour Institute, said.'
    )
    start = next(t.i for t in doc if t.text == "Sok")
    ents = [Span(doc, start, start + 2, label="WORK_OF_ART")]
    assert [e.label_ for e in people_by_apposition(doc, ents)] == ["PERSON"]
    # without a title in apposition the label stays
    doc = nlp('"Our figure is right," said the authors of Harbour Nights, a new book.')
    start = next(t.i for t in doc if t.text == "Harbour")
    ents = [Span(doc, start, start + 2, label="WORK_OF_ART")]
    assert [e.label_ for e in people_by_apposition(doc, ents)] == ["WORK_OF_ART"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Parliamentarian  Tolan Vesk, a member of the opposition, called for a ban.",
            "Tolan Vesk",
        ),
        ("Legislator Tolan Vesk called for a ban on the website.", "Tolan Vesk"),
    ],
)
def test_a_legislators_title_is_no_part_of_the_name_even_after_a_gap(nlp, text, name) -> None:
    people = {
        a.name: a.title for a in article_actors(nlp(text)).actors.values() if a.type == "person"
    }
    assert name in people
    assert people[name].lower() in ("parliamentarian", "legislator")


def test_a_hyphened_given_name_is_whole_after_a_title_with_a_portfolio(nlp) -> None:
    found = _actors(
        nlp,
        'Director of operations Meeri-Maria Jaarva said "We are looking at lessons learned."',
    )
    assert found.get("Meeri-Maria Jaarva") == "person"
    assert "Maria Jaarva" not in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("King Olaf I said the treaty would stand.", "Olaf I"),
        ("The treaty will stand, said Queen Astrid II on Monday.", "Astrid II"),
    ],
)
def test_a_rulers_regnal_numeral_is_part_of_the_name(nlp, text, name) -> None:
    assert _actors(nlp, text).get(name) == "person"


def test_the_pronoun_i_after_a_name_is_no_numeral_without_a_rulers_title(nlp) -> None:
    found = _actors(nlp, "When Tolan Vesk I met in the capital, we spoke of the treaty.")
    assert "Tolan Vesk I" not in found


def test_a_bodys_name_goes_on_after_for_through_capitalised_words(nlp) -> None:
    found = _actors(
        nlp,
        "Ana Ruiz, president of the Norwegian League for the Promotion and Defense of Human "
        "Rights, said the figure was wrong.",
    )
    assert "Norwegian League for the Promotion and Defense of Human Rights" in found
    assert "Norwegian League" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Officials said a secret plan to back the League for the Defence of Order and "
        "Counter-Piracy in the north involved the navy.",
        "Officials said the League for the Defence of Order and Counter-Piracy was funded by "
        "the navy.",
    ],
)
def test_an_untagged_head_after_the_opens_a_name_going_on_after_for(nlp, text: str) -> None:
    # a hyphened word is one word of the name, and the piece the model tagged goes into it
    found = _actors(nlp, text)
    assert found.get("League for the Defence of Order and Counter-Piracy") == "organisation"
    assert "Counter-Piracy" not in found


def test_a_name_never_ends_in_a_joining_word(nlp) -> None:
    found = _actors(
        nlp,
        "Customs officers believe the rifles were shipped by the Kestrel Force of the Islamic "
        "Revolutionary Guard Corps (IRGC) last year.",
    )
    assert "Kestrel Force" in found
    assert not [name for name in found if name.split()[-1] in ("of", "the")]


def test_a_name_cut_at_both_ends_to_one_word_is_dropped(nlp) -> None:
    found = _actors(
        nlp, "The vote would take three districts out of the Kingdom of the Netherlands."
    )
    assert "Kingdom" not in found
    assert not [name for name in found if name.endswith((" of the", " -"))]


def test_a_bodys_name_stops_before_for_and_a_common_phrase(nlp) -> None:
    found = _actors(nlp, "The Harbour Union for the first time said it would strike.")
    assert "Harbour Union" in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Ana Ruiz, president of the Norwegian League for Peace, said the figure was wrong.",
            "Ana Ruiz",
        ),
        ("Sok Pheary, executive director of the Harbour Institute, said it.", "Sok Pheary"),
    ],
)
def test_an_untagged_name_opening_a_sentence_with_a_title_apposed_is_a_person(nlp, text, name):
    assert _actors(nlp, text).get(name) == "person"


@pytest.mark.parametrize(
    ("text", "name", "part"),
    [
        (
            "The Arctic and Antarctic Research Institute said the ship would sail.",
            "Arctic and Antarctic Research Institute",
            "Antarctic Research Institute",
        ),
        (
            "The Fish and Wildlife Service said it would act on the report.",
            "Fish and Wildlife Service",
            "Wildlife Service",
        ),
        (
            "The African Union Peace and Security Council met on Monday in Addis Ababa.",
            "Peace and Security Council",
            "UN Security Council",
        ),
    ],
)
def test_a_word_and_and_before_a_bodys_name_belong_to_it(nlp, text, name, part) -> None:
    found = _actors(nlp, text)
    assert found.get(name) == "organisation"
    assert part not in found


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Officials from Germany and European Commission staff met in Brussels.",
            ("Germany", "European Commission"),
        ),
        ("The Harbour Army and Coastal Guard searched the bay.", ("Coastal Guard",)),
    ],
)
def test_a_state_or_a_body_before_and_stays_apart(nlp, text, names) -> None:
    found = _actors(nlp, text)
    assert all(name in found for name in names)
    assert not any(" and " in name for name in found)


def test_a_royal_style_is_no_name_and_a_numeral_after_a_title_stays(nlp) -> None:
    found = _actors(
        nlp,
        "Her Majesty Queen Elizabeth II of the United Kingdom will visit Harland in May. "
        "This will be Her Majesty's fourth visit.",
    )
    assert found.get("Elizabeth II") == "person"
    assert not any("Majesty" in name for name in found)


def test_a_courtesy_title_after_and_is_the_spouses(nlp) -> None:
    doc = nlp("The Queen welcomed President and Mrs. Bush at the palace in November.")
    bush = [a for a in article_actors(doc).actors.values() if a.name == "Bush"]
    assert [(a.title, a.gender) for a in bush] == [("President", "")]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Executive Editor Danny Schechter said the film was ready.",
            "Danny Schechter",
            "Executive Editor",
        ),
        (
            "Brazilian cardinal Dom Eusébio Scheid, Archbishop of Rio, criticised the president. "
            "Dom Eusébio said the church would pray for peace.",
            "Eusébio Scheid",
            None,
        ),
        (
            # a name the model read as a body, made a person by its known first name
            "Brazil ian cardinal Dom Eusébio Oscar Scheid, Archbishop of Rio de Janeiro , "
            'criticised the president.\n\nDom Eusébio said: "Do not put the president in '
            'this story."',
            "Eusébio Oscar Scheid",
            None,
        ),
    ],
)
def test_editors_and_the_portuguese_style_are_no_part_of_a_name(nlp, text, name, title) -> None:
    people = {a.name: a for a in article_actors(nlp(text)).actors.values() if a.type == "person"}
    assert list(people) == [name]
    if title is not None:
        assert people[name].title == title


def test_a_name_never_runs_over_a_line_break(nlp) -> None:
    doc = nlp("Performers:\nTor Harland\nAna Lindqvist\nwill sing.")
    words = [t.text for t in doc]
    start, end = words.index("Tor"), words.index("Lindqvist") + 1
    parts = split_at_line_breaks(doc, [Span(doc, start, end, label="PERSON")])
    assert [p.text for p in parts] == ["Tor Harland", "Ana Lindqvist"]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a demonym in a hyphen compound is an adjective
        ("The reporter has dual Osmani-Italian citizenship.", "Italy"),
        ("A Serbian-speaking minority lives in the northern valley.", "Serbia"),
    ],
)
def test_hyphen_compounds_that_are_adjectives_mention_no_actor(nlp, text, absent) -> None:
    names = {a.name for a in article_actors(nlp(text)).actors.values()}
    assert absent not in names, names


def test_a_participle_hyphened_to_a_demonym_still_names_its_agent(nlp) -> None:
    found = article_actors(nlp("The plan calls for an Iraqi-led inquiry into the shooting."))
    assert "Iraq" in {a.name for a in found.actors.values()}


def test_a_body_hyphened_to_a_capitalised_word_is_one_name(nlp) -> None:
    found = article_actors(nlp("Rioters smashed the windows of the Bank of Osmark-Vellmar office."))
    assert [a.name for a in found.actors.values()] == ["Bank of Osmark-Vellmar"]


def test_a_plural_of_a_two_word_demonym_is_its_state(nlp) -> None:
    found = article_actors(nlp("The new tariffs angered the South Africans most of all."))
    assert [a.name for a in found.actors.values()] == ["South Africa"]


def test_a_combining_form_makes_an_adjective_of_the_whole_compound() -> None:
    from analysis.name_boundaries import hyphen_compounds

    doc = spacy.blank("en")("Guards patrol the Indo-Nepal border and Sino-Japanese talks resume.")
    words = [t.text for t in doc]
    indo, nepal, sino = words.index("Indo"), words.index("Nepal"), words.index("Sino")
    ents = [
        Span(doc, indo - 1, indo + 2, label="ORG"),  # the model's "the Indo-"
        Span(doc, nepal, nepal + 1, label="GPE"),
        Span(doc, sino, sino + 3, label="NORP"),  # "Sino-Japanese"
    ]
    assert hyphen_compounds(doc, ents) == []


def test_a_slash_ends_each_name_it_joins() -> None:
    doc = spacy.blank("en")("since the Harbour Trade Center / Admiralty attacks")
    words = [t.text for t in doc]
    start, end = words.index("Harbour"), words.index("Admiralty") + 1
    parts = split_at_slashes(doc, [Span(doc, start, end, label="ORG")])
    assert [p.text for p in parts] == ["Harbour Trade Center", "Admiralty"]


def test_one_word_before_a_slash_shares_the_name_after_it() -> None:
    doc = spacy.blank("en")("the Arab / Israeli Peace Council met")
    whole = Span(doc, 1, 6, label="ORG")
    assert split_at_slashes(doc, [whole]) == [whole]


def test_two_surnames_joined_by_and_are_two_people(nlp) -> None:
    doc = nlp("Ana Lind and Jon Berg left. Later Lind and Berg were held.")
    words = [t.text for t in doc]
    people = [Span(doc, 0, 2, label="PERSON"), Span(doc, 3, 5, label="PERSON")]
    joined = Span(doc, words.index("Later") + 1, words.index("Later") + 4, label="ORG")
    parts = surnames_joined_by_and(doc, [*people, joined])
    assert [(p.text, p.label_) for p in parts[2:]] == [("Lind", "PERSON"), ("Berg", "PERSON")]
    # two words that are no surnames of the article stay one name
    other = Span(doc, 0, 3, label="ORG")
    assert surnames_joined_by_and(doc, [other]) == [other]


def test_a_common_misspelling_of_a_title_is_no_part_of_the_name(nlp) -> None:
    found = article_actors(nlp("Malaysian Prime Minster Ahmad Badri opened the talks."))
    people = [a for a in found.actors.values() if a.type == "person"]
    assert [(a.name, a.title) for a in people] == [("Ahmad Badri", "Prime Minster")]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Harbour Ministry spokesman Jon Berg said the talks would resume.",
            "Jon Berg",
            "spokesman",
        ),
        ("Opposition leader Tor Lind said nothing on Monday.", "Tor Lind", "Opposition leader"),
        ("The rebel spokesman Ivo Tarn said the town had fallen.", "Ivo Tarn", "spokesman"),
    ],
)
def test_a_title_in_small_letters_before_a_name_is_its_title(nlp, text, name, title) -> None:
    people = {a.name: a for a in article_actors(nlp(text)).actors.values() if a.type == "person"}
    assert people[name].title == title


def test_a_participle_opening_a_sentence_is_never_part_of_a_name(nlp):
    text = (
        "Norway rejected the plan, and President Karl Henriksen left the board.\n\nFollowing "
        "Henriksen's "
        "withdrawal, other groups called for a boycott of the Games."
    )
    found = article_actors(nlp(text))
    names = {found.actors[m.actor_key].name for m in found.mentions}
    assert not [n for n in names if n.startswith("Following")], names
    assert "Karl Henriksen" in names


def test_a_known_bodys_bare_head_noun_with_a_portfolio_is_another_body(nlp):
    found = _actors(nlp, "The Commission on Maritime Claims ruled against the shipping firm.")
    assert found.get("Commission on Maritime Claims") == "organisation", found
    assert "European Commission" not in found


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        # a legal text named with "on", and an estimate, are no actors
        (
            "Norway has signed the International Covenant on Fishing and Whaling Rights.",
            "International Covenant on Fishing and Whaling Rights",
            "Norway",
        ),
        (
            "A new National Threat Estimate says Vesland halted its work.",
            "National Threat Estimate",
            None,
        ),
        # a forum named with "on" still acts
        ("The Conference on Nuclear Testing met in Vienna.", None, "Conference on Nuclear Testing"),
    ],
)
def test_texts_named_with_on_are_no_actors_but_forums_are(nlp, text, absent, present):
    found = _actors(nlp, text)
    if absent:
        assert absent not in found, found
    if present:
        assert present in found, found


def test_a_capitalised_spokesman_after_a_body_ends_no_name() -> None:
    nlp = spacy.blank("en")
    doc = nlp("said a Norland Foreign Ministry Spokesman and the Harbour Council Official .")
    ents = [Span(doc, 2, 6, label="ORG"), Span(doc, 8, 11, label="ORG")]
    cut = without_trailing_voices(doc, ents)
    assert [e.text for e in cut] == ["Norland Foreign Ministry", "Harbour Council"]
    # a voice word that does not follow a body's head stays in the name
    doc = nlp("the Source Fund")
    assert [e.text for e in without_trailing_voices(doc, [Span(doc, 1, 3, label="ORG")])] == [
        "Source Fund"
    ]


def test_a_surname_with_a_hyphened_particle_alone_is_a_person_who_speaks(nlp) -> None:
    text = '"Our fight goes on," al-Varani, the exiled second in command to militia chief Omar Haddad, says.'
    found = _actors(nlp, text)
    assert found.get("al-Varani") == "person"
    doc = nlp(text)
    rows = quotations(doc, article_actors(doc))
    assert [r["speaker"] for r in rows] == ["al-Varani"]


def test_a_place_with_a_hyphened_particle_is_no_person(nlp) -> None:
    assert "al-Qasr" not in _actors(nlp, "The rebels took al-Qasr on Monday.")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # a known body's organ whose name joins two words with "and"
        (
            "The United Nations Water and Sanitation Agency said it will halt deliveries.",
            "UN Water and Sanitation Agency",
        ),
    ],
)
def test_a_known_bodys_organ_is_one_actor(nlp, text, body):
    found = _actors(nlp, text)
    assert found.get(body) == "organisation"
    assert "United Nations" not in found
