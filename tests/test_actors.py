"""Actors: mentions, titles, metonyms, demonyms, acronyms, references and canonical merging."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
import spacy
from spacy.tokens import Span

from analysis.actor_rules import (
    _titled_person,
    _with_known_given_names,
    actor_entities,
    surname_forms,
)
from analysis.actors import ArticleActors, article_actors, canonical_actors, normalise_name
from analysis.entity_rules import canonical_names, gazetteer, top_affiliation
from analysis.name_boundaries import people_by_apposition

SEED_FILE = Path(__file__).resolve().parent.parent / "seeds" / "000_49264e7b76c9ccf3.txt"


def _actors(nlp, text: str) -> ArticleActors:
    return article_actors(nlp(text))


def _actor_named(found: ArticleActors, name: str):
    matches = [a for a in found.actors.values() if a.name == name]
    assert matches, f"no actor named {name!r} in {[a.name for a in found.actors.values()]}"
    return matches[0]


def _mention(found: ArticleActors, text: str):
    matches = [m for m in found.mentions if m.text == text]
    assert matches, f"no mention {text!r} in {[m.text for m in found.mentions]}"
    return matches[0]


# ---- the gazetteer


def test_gazetteer_covers_the_countries_and_bodies_of_defence_news():
    countries = [e for e in gazetteer() if e.type == "country"]
    assert len(countries) >= 120
    forms = canonical_names()
    for acronym in ("EU", "NATO", "AU", "ASEAN", "UN", "WFP", "UNHCR", "IAEA", "G7", "G8", "G20"):
        assert acronym.lower() in forms, acronym
    for body in ("Quad", "GCC", "OSCE", "WTO", "IMF", "World Bank", "DRDO", "Pentagon"):
        assert body.lower() in forms, body


@pytest.mark.parametrize(
    "text",
    [
        "Other South American governments backed the plan on Monday.",
        "Latin American leaders met in the capital and Central American states agreed.",
    ],
)
def test_a_region_named_like_a_demonym_is_no_mention_of_the_state(nlp, text):
    found = _actors(nlp, text)
    names = {a.name: a.type for a in found.actors.values()}
    assert "United States" not in names
    assert set(names.values()) == {"place"}
    # the demonym alone still names the state
    assert "United States" in {
        a.name for a in _actors(nlp, "American troops left.").actors.values()
    }


def test_a_group_of_states_is_one_actor_under_each_of_its_names(nlp):
    found = _actors(
        nlp,
        "The G8 leaders met in the capital. The Group of Eight said it would double aid, "
        "and the G-8 finance ministers agreed.",
    )
    named = {m.text: found.actors[m.actor_key].name for m in found.mentions}
    assert {named.get("G8"), named.get("Group of Eight"), named.get("G-8")} == {"G8"}


@pytest.mark.parametrize(
    ("body", "country"),
    [
        ("Indian Navy", "India"),
        ("European Commission", "European Union"),
        ("Philippine Coast Guard", "Philippines"),
        ("Pentagon", "United States"),
        ("Reuters", "Reuters"),
    ],
)
def test_bodies_belong_to_their_country_or_bloc(body, country):
    assert top_affiliation(body) == country


# ---- titles and affiliations


@pytest.mark.parametrize(
    ("text", "person", "title", "affiliation"),
    [
        (
            "EU High Representative for Foreign Affairs and Security Policy Kaja Kallas "
            "on Tuesday urged deepening ties across multilateral fora.",
            "Kaja Kallas",
            "High Representative for Foreign Affairs and Security Policy",
            "European Union",
        ),
        (
            "Japanese Vice Defence Minister Haruto Sakai said the ships would arrive soon.",
            "Haruto Sakai",
            "Vice Defence Minister",
            "Japan",
        ),
        (
            "Defence Minister Anna Virtanen of Finland signed the memorandum in Tallinn.",
            "Anna Virtanen",
            "Defence Minister",
            "Finland",
        ),
        (
            "A spokesperson for China's foreign ministry, Zhao Minghui, said the talks were "
            "useful.",
            "Zhao Minghui",
            "spokesperson",
            "China",
        ),
        (
            "Rear Admiral Jose Villaflor, the Philippine Navy's deputy commander, said the "
            "exercise had exposed gaps.",
            "Jose Villaflor",
            "Rear Admiral",
            "Philippines",
        ),
    ],
)
def test_people_get_their_title_and_affiliation(nlp, text, person, title, affiliation):
    actor = _actor_named(_actors(nlp, text), person)
    assert (actor.type, actor.title, actor.affiliation) == ("person", title, affiliation)


@pytest.mark.parametrize(
    ("text", "person", "title"),
    [
        # a country named in the same sentence is no evidence
        (
            "Defence Minister Tarek Almasi said on Tuesday that Veltrania and Osmark must "
            "cooperate.",
            "Tarek Almasi",
            "Defence Minister",
        ),
        (
            "President Ilse Marwick met the envoy of Portugal in Lisbon on Monday.",
            "Ilse Marwick",
            "President",
        ),
        # another person's name ends the title: the president is not part of it
        (
            "Talks between President Odran Keele and Prime Minister Sela Varn began early.",
            "Sela Varn",
            "Prime Minister",
        ),
    ],
)
def test_a_country_merely_named_nearby_gives_no_affiliation(nlp, text, person, title):
    actor = _actor_named(_actors(nlp, text), person)
    assert (actor.type, actor.title, actor.affiliation) == ("person", title, "")


def test_national_title_with_two_countries_in_its_sentence_stays_unaffiliated(nlp):
    found = _actors(nlp, "Defence Minister Lukas Brenner met officials of Japan and France.")
    assert _actor_named(found, "Lukas Brenner").affiliation == ""


# ---- capitals, demonyms and acronyms


@pytest.mark.parametrize(
    ("text", "written", "name", "kind"),
    [
        ("Tokyo also sent two destroyers and a patrol aircraft.", "Tokyo", "Japan", "metonym"),
        (
            "She said Manila was ready to host a coordination cell.",
            "Manila",
            "Philippines",
            "metonym",
        ),
        ("Beijing's response to the patrols was swift.", "Beijing", "China", "metonym"),
        ("The two ministers met in New Delhi on Tuesday.", "New Delhi", "New Delhi", "name"),
        ("The proposal was presented in Brussels on Wednesday.", "Brussels", "Brussels", "name"),
    ],
)
def test_capitals_stand_for_the_state_only_as_subject_or_possessor(nlp, text, written, name, kind):
    found = _actors(nlp, text)
    mention = _mention(found, written)
    actor = found.actors[mention.actor_key]
    assert (actor.name, mention.kind) == (name, kind)
    assert actor.type == ("place" if kind == "name" else actor.type)


@pytest.mark.parametrize(
    ("text", "written", "country"),
    [
        ("Indian and EU defence industries must synergise their efforts.", "Indian", "India"),
        ("Filipino crews patrolled the shoal for ten days.", "Filipino", "Philippines"),
        ("Japanese and Philippine forces trained together.", "Philippine", "Philippines"),
        ("The Estonian proposal was backed by Finland.", "Estonian", "Estonia"),
    ],
)
def test_demonyms_stand_for_the_state(nlp, text, written, country):
    found = _actors(nlp, text)
    mention = _mention(found, written)
    assert (found.actors[mention.actor_key].name, mention.kind) == (country, "demonym")


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Italy will buy more Russian gas next winter.", "Russia"),
        ("Italy will buy more Russian and Algerian gas next winter.", "Algeria"),
        ("The islands needed help, with Chilean and Peruvian assistance.", "Peru"),
        ("The talks also touched on the Bolivian question and the Uruguayan problem.", "Bolivia"),
        ("The agency needs 600 million US dollars for food aid.", "United States"),
        ("The Indian Ocean Region needs better maritime awareness.", "India"),
    ],
)
def test_demonyms_and_names_that_do_not_stand_for_the_state(nlp, text, absent):
    names = {a.name for a in _actors(nlp, text).actors.values()}
    assert absent not in names


def test_acronym_defined_in_text_is_one_actor_with_its_long_form(nlp):
    found = _actors(
        nlp,
        "The Indian Navy runs the Information Fusion Centre-Indian Ocean Region (IFC-IOR) "
        "in Gurugram. The EU will post an officer at IFC-IOR.",
    )
    long_form = _mention(found, "Information Fusion Centre-Indian Ocean Region")
    acronyms = [m for m in found.mentions if m.text == "IFC-IOR"]
    assert len(acronyms) == 2
    assert {m.actor_key for m in acronyms} == {long_form.actor_key}
    assert {m.kind for m in acronyms} == {"acronym"}
    assert found.actors[long_form.actor_key].type == "organisation"


@pytest.mark.parametrize(
    ("text", "long_form", "acronym"),
    [
        (
            "The Tribunal for the former Osmark Republic (TOR) met on Monday. "
            "The TOR said the verdict was final.",
            "Tribunal for the former Osmark Republic",
            "TOR",
        ),
        (
            "He ran for the Partido da Renovação Osmani (PRO). The PRO lost the vote.",
            "Partido da Renovação Osmani",
            "PRO",
        ),
        (
            "Refugees wrote to the Varrow Citizen's Assembly (VCA). The VCA said it would help.",
            "Varrow Citizen's Assembly",
            "VCA",
        ),
        (
            "The Ministry of Coastal Defence (MOCD) met on Monday. The MOCD said the navy would help.",
            "Ministry of Coastal Defence",
            "MOCD",
        ),
        (
            "Aid goes through the Department for Rural Aid (DFRA). The DFRA said it would help.",
            "Department for Rural Aid",
            "DFRA",
        ),
    ],
)
def test_a_long_form_whose_acronym_leaves_out_or_keeps_a_small_word_is_its_long_form(
    nlp, text, long_form, acronym
):
    found = _actors(nlp, text)
    named = _mention(found, long_form)
    acronyms = [m for m in found.mentions if m.text == acronym]
    assert len(acronyms) == 2
    assert {m.actor_key for m in acronyms} == {named.actor_key}


@pytest.mark.parametrize(
    ("text", "not_an_actor"),
    [
        ("The EU proposed a Liaison Officer (LO) at the centre. The LO would help.", "LO"),
        (
            "Japan will expand its Official Security Assistance (OSA) programme. OSA grew.",
            "OSA",
        ),
        ("Both sides will improve space situational awareness (SSA) soon.", "SSA"),
    ],
)
def test_acronyms_of_roles_programmes_and_concepts_are_no_actors(nlp, text, not_an_actor):
    found = _actors(nlp, text)
    assert not_an_actor not in {m.text for m in found.mentions}


@pytest.mark.parametrize(
    ("text", "written", "name"),
    [
        ("NATO allies met in Brussels on Thursday.", "NATO", "NATO"),
        ("The WFP said it needed more money.", "WFP", "World Food Programme"),
        (
            "The IAEA urged member states to fund inspections.",
            "IAEA",
            "International Atomic Energy Agency",
        ),
        ("The UN refugee agency UNHCR counted three million people.", "UNHCR", "UNHCR"),
    ],
)
def test_gazetteer_acronyms_name_their_actor(nlp, text, written, name):
    found = _actors(nlp, text)
    assert found.actors[_mention(found, written).actor_key].name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The EU and India signed a partnership.", "European Union"),
        ("Looking forward to cooperation between India and the EU countries.", "European Union"),
        ("He met the HR/VP of the EU Commission on Tuesday.", "European Commission"),
    ],
)
def test_aliases_become_the_canonical_name(nlp, text, name):
    names = {a.name for a in _actors(nlp, text).actors.values()}
    assert name in names


# ---- pronouns, role nouns and short names

SEED_LIKE = (
    "Defence Minister Rajnath Singh met EU High Representative Ms. Kaja Kallas in New Delhi. "
    "The minister stated that India and the EU share the principles of democracy. He added "
    "that India seeks practical cooperation. She stated that India and the EU must work "
    "together. Singh noted that the meeting focused on security."
)


@pytest.mark.parametrize(
    ("written", "kind", "person"),
    [
        ("The minister", "role", "Rajnath Singh"),
        ("He", "pronoun", "Rajnath Singh"),
        ("She", "pronoun", "Kaja Kallas"),
        ("Singh", "name", "Rajnath Singh"),
    ],
)
def test_pronouns_role_nouns_and_surnames_resolve_to_the_person(nlp, written, kind, person):
    found = _actors(nlp, SEED_LIKE)
    mention = _mention(found, written)
    assert (mention.kind, found.actors[mention.actor_key].name) == (kind, person)


def test_pronoun_too_far_from_any_person_is_not_a_mention(nlp):
    text = (
        "Hans Ortner arrived on Monday. The talks began. The weather was fine. "
        "The agenda was long. Trade was discussed. He left on Friday."
    )
    assert "He" not in {m.text for m in _actors(nlp, text).mentions}


def test_unnamed_office_becomes_a_person_named_by_it(nlp):
    found = _actors(nlp, "The Foreign Secretary asked Serbia to reopen the border crossing.")
    actor = found.actors[_mention(found, "The Foreign Secretary").actor_key]
    assert (actor.name, actor.type, actor.title) == (
        "Foreign Secretary",
        "person",
        "Foreign Secretary",
    )


def test_two_people_sharing_a_surname_stay_apart_in_one_article(nlp):
    found = _actors(
        nlp,
        "Tom Hartley met Simon Hartley in London on Monday. Simon Hartley spoke first. "
        "Tom Hartley replied later.",
    )
    people = {a.name for a in found.actors.values() if a.type == "person"}
    assert {"Tom Hartley", "Simon Hartley"} <= people


@pytest.mark.parametrize(
    ("name", "forms"),
    [
        ("Rajnath Singh", ("Singh", "Rajnath")),
        ("Pieter van Dam", ("Dam", "van Dam", "Pieter")),
        ("Seo Min-jae", ("Min-jae", "Seo")),
        ("Singh", ()),
    ],
)
def test_short_forms_of_a_full_name(name, forms):
    assert set(surname_forms(name)) == set(forms)


# ---- false positives


def test_seed_article_has_no_programme_or_heading_actors(nlp):
    found = article_actors(nlp(SEED_FILE.read_text(encoding="utf-8")))
    names = {a.name for a in found.actors.values() if a.type != "place"}
    assert names == {
        "Rajnath Singh",
        "Kaja Kallas",
        "India",
        "European Union",
        "European Commission",
        "Indian Navy",
        "Information Fusion Centre-Indian Ocean Region",
    }
    for bad in ("ReArm", "Aatmanirbhar", "LO", "Milestone"):
        assert not any(bad in m.text for m in found.mentions)


def test_seed_mentions_keep_exact_offsets_and_sentences(nlp):
    doc = nlp(SEED_FILE.read_text(encoding="utf-8"))
    found = article_actors(doc)
    n_sents = len(list(doc.sents))
    assert len(found.mentions) > 50
    for m in found.mentions:
        assert doc.text[m.start_char : m.end_char] == m.text
        assert 0 <= m.sentence_index < n_sents
    assert {"name", "demonym", "acronym", "role", "pronoun"} <= {m.kind for m in found.mentions}


@pytest.mark.parametrize(
    ("text", "fake"),
    [
        ("India's defence industry can play a role in the EU's 'ReArm initiative'.", "ReArm"),
        ("It complements India's vision of Aatmanirbhar Bharat.", "Aatmanirbhar"),
        (
            "'Milestone' Defence Partnership Signed\n\nIndia and the EU signed a partnership.",
            "Milestone",
        ),
        ("Supply Chains\n\nPoland will build tanks with South Korea.", "Supply Chains"),
    ],
)
def test_programme_names_and_heading_lines_are_no_actors(nlp, text, fake):
    found = _actors(nlp, text)
    assert not any(fake in a.name for a in found.actors.values())


def test_heading_names_that_recur_in_the_body_still_count(nlp):
    found = _actors(nlp, "Rajnath Singh on Future Collaboration\n\nRajnath Singh met Kaja Kallas.")
    heading = [m for m in found.mentions if m.start_char < 13 and m.text == "Rajnath Singh"]
    assert heading and found.actors[heading[0].actor_key].name == "Rajnath Singh"


@pytest.mark.parametrize(
    ("text", "start", "end", "label"),
    [
        ("Tuesday said hello", 0, 1, "PERSON"),
        ("the March plan", 1, 2, "PERSON"),
        ("a minister came", 1, 2, "ORG"),
        ("@kajakallas wrote", 0, 1, "PERSON"),
        ("the F-35 jets", 1, 2, "ORG"),
        ("INS Vikrant sailed", 0, 2, "ORG"),
        ("a Patriot battery", 1, 2, "PERSON"),
        ("the Security and Defence Partnership", 1, 5, "ORG"),
        ("the Republic Day parade", 1, 3, "ORG"),
        ("the Baltic Sentry mission", 1, 3, "ORG"),
        ("the Defence Minister", 1, 3, "PERSON"),
        ("tonnes of LNG a year", 2, 3, "ORG"),
        # a capitalised role noun is resolved as a role, never a one-word person
        ("The Minister welcomed it", 0, 2, "PERSON"),
    ],
)
def test_rules_drop_typical_false_positives(text, start, end, label):
    nlp = spacy.blank("en")
    doc = nlp(text)
    doc.ents = [Span(doc, start, end, label=label)]
    assert list(actor_entities(doc).ents) == []


def test_rules_keep_gazetteer_entities(nlp):
    doc = nlp("The Quad met on Tuesday.")
    assert [(e.text, e.ent_id_) for e in doc.ents if e.ent_id_] == [("Quad", "Quad")]


# ---- across articles

ARTICLES = pd.DataFrame(
    {"article_id": ["a1", "a2", "a3"], "date": ["2025-01-02", "2025-02-03", "2025-03-04"]}
)


def _local(rows: list[tuple[str, str, str, str, str, str]]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Local actors (article, name, type, title, affiliation, aliases), one mention each."""
    frame = pd.DataFrame(
        [
            {
                "article_id": article,
                "actor_key": f"{kind}:{normalise_name(name)}",
                "name": name,
                "type": kind,
                "title": title,
                "affiliation": affiliation,
                "aliases": aliases,
            }
            for article, name, kind, title, affiliation, aliases in rows
        ]
    )
    return frame, frame[["article_id", "actor_key"]].copy()


def _ids(rows) -> dict[tuple[str, str], str]:
    local, mentions = _local(rows)
    table, mapping = canonical_actors(local, mentions, ARTICLES)
    assert set(mapping.values()) == set(table["actor_id"])
    return {(a, n): mapping[(a, f"{k}:{normalise_name(n)}")] for a, n, k, *_ in rows}


def test_same_person_in_two_articles_is_one_actor():
    rows = [
        ("a1", "Rajnath Singh", "person", "Defence Minister", "India", "Singh"),
        ("a2", "Rajnath Singh", "person", "", "", ""),
    ]
    local, mentions = _local(rows)
    table, _ = canonical_actors(local, mentions, ARTICLES)
    row = table.set_index("name").loc["Rajnath Singh"]
    assert (row["articles"], row["mentions"], row["affiliation"]) == (2, 2, "India")
    assert (row["first_date"], row["last_date"]) == ("2025-01-02", "2025-02-03")


@pytest.mark.parametrize(
    ("rows", "same", "different"),
    [
        (
            [
                ("a1", "Anna Virtanen", "person", "", "Finland", ""),
                ("a2", "Virtanen", "person", "", "", ""),
            ],
            [(("a1", "Anna Virtanen"), ("a2", "Virtanen"))],
            [],
        ),
        (
            [
                ("a1", "Anna Virtanen", "person", "", "Finland", ""),
                ("a2", "Mikko Virtanen", "person", "", "Finland", ""),
                ("a3", "Virtanen", "person", "", "", ""),
            ],
            [],
            [
                (("a1", "Anna Virtanen"), ("a2", "Mikko Virtanen")),
                (("a1", "Anna Virtanen"), ("a3", "Virtanen")),
                (("a2", "Mikko Virtanen"), ("a3", "Virtanen")),
            ],
        ),
        (
            [
                ("a1", "John Smith", "person", "", "United Kingdom", ""),
                ("a2", "John Smith", "person", "", "Australia", ""),
            ],
            [],
            [(("a1", "John Smith"), ("a2", "John Smith"))],
        ),
        (
            [
                ("a1", "Volodymyr Zelensky", "person", "President", "Ukraine", ""),
                ("a2", "Volodymyr Zelenskyy", "person", "", "", ""),
            ],
            [(("a1", "Volodymyr Zelensky"), ("a2", "Volodymyr Zelenskyy"))],
            [],
        ),
        (
            [
                (
                    "a1",
                    "Information Fusion Centre-Indian Ocean Region",
                    "organisation",
                    "",
                    "",
                    "IFC-IOR",
                ),
                ("a2", "IFC-IOR", "organisation", "", "", ""),
            ],
            [(("a1", "Information Fusion Centre-Indian Ocean Region"), ("a2", "IFC-IOR"))],
            [],
        ),
        (
            [
                ("a1", "Tomasz Wrobel", "person", "", "Poland", ""),
                ("a2", "Tomasz Wróbel", "person", "", "Poland", ""),
                ("a3", "Wrobel", "person", "", "Poland", ""),
            ],
            [
                (("a1", "Tomasz Wrobel"), ("a2", "Tomasz Wróbel")),
                (("a1", "Tomasz Wrobel"), ("a3", "Wrobel")),
            ],
            [],
        ),
    ],
)
def test_cross_article_merging(rows, same, different):
    ids = _ids(rows)
    for left, right in same:
        assert ids[left] == ids[right]
    for left, right in different:
        assert ids[left] != ids[right]


# ---- names that hold a country, capital or demonym; missed given names and titles


@pytest.mark.parametrize(
    ("text", "name", "kind", "absent"),
    [
        # an organisation name the model found runs on into a country name
        (
            '"Not our plan," Erik Brandt, the head of Secure Skies Poland, wrote on Friday.',
            "Secure Skies Poland",
            "organisation",
            "Poland",
        ),
        # a demonym opens a name the model left untagged
        (
            "The Polish Sappers Guild has asked the ministry to stop using its emblem.",
            "Polish Sappers Guild",
            "organisation",
            "Poland",
        ),
        # a capital as the surname in a list of people
        (
            "Retired officers Paul Brennan, Marcus Washington, Omar Haddad and Ruth Keller "
            "signed the open letter.",
            "Marcus Washington",
            "person",
            "United States",
        ),
        # a capital as the surname after a known given name
        (
            "Daniel Washington, a retired admiral, signed the open letter.",
            "Daniel Washington",
            "person",
            "United States",
        ),
    ],
)
def test_gazetteer_forms_inside_longer_names_do_not_override_them(nlp, text, name, kind, absent):
    found = _actors(nlp, text)
    assert _actor_named(found, name).type == kind
    assert absent not in {a.name for a in found.actors.values()}


def test_a_capital_that_is_a_named_persons_surname_is_that_person(nlp):
    text = (
        "Retired generals Alan Pike, Marcus Washington and Irene Vos signed the letter.\n\n"
        "Washington, a former submarine commander, thanked the minister."
    )
    found = _actors(nlp, text)
    later = [m for m in found.mentions if m.text == "Washington"]
    assert later and found.actors[later[0].actor_key].name == "Marcus Washington"


def test_a_surname_the_model_found_gives_back_its_missed_given_name(nlp):
    text = (
        "Critical Minerals\n\n"
        "Helena Kowalczyk, the EU's deputy director-general for trade, said the Commission "
        "proposed a joint list of priority minerals. India welcomed the proposal.\n\n"
        "Kowalczyk said that Brussels aims to conclude the trade negotiations with India."
    )
    found = _actors(nlp, text)
    person = _actor_named(found, "Helena Kowalczyk")
    assert person.type == "person"
    assert "Kowalczyk" not in {a.name for a in found.actors.values()}


@pytest.mark.parametrize(
    ("text", "person", "title"),
    [
        (
            "The Italian delegation was led by Undersecretary for Defence Marco Bellini. "
            "Bellini said that Rome backed the plan.",
            "Marco Bellini",
            "Undersecretary for Defence",
        ),
        (
            "Italy's Minister of Defence Marco Bellini said the frigates would sail in May.",
            "Marco Bellini",
            "Minister of Defence",
        ),
    ],
)
def test_title_words_are_stripped_from_a_persons_name(nlp, text, person, title):
    found = _actors(nlp, text)
    actor = _actor_named(found, person)
    assert (actor.type, actor.title) == ("person", title)
    assert not any(a.name.startswith("Defence") for a in found.actors.values())


@pytest.mark.parametrize(
    "text",
    [
        "Brazil sent troops to stop illegal mining in the Amazon.",
        "Fires spread across the Amazon rainforest in August.",
        "Scientists warned that the Amazon basin is drying out.",
    ],
)
def test_a_name_used_as_a_place_is_a_place(nlp, text):
    found = _actors(nlp, text)
    assert _actor_named(found, "Amazon").type == "place"


def test_the_same_name_as_a_company_stays_an_organisation(nlp):
    found = _actors(nlp, "Amazon signed a cloud contract with the Pentagon.")
    assert _actor_named(found, "Amazon").type == "organisation"


# ---- role nouns, common words


def test_a_role_naming_a_country_goes_to_that_countrys_holder(nlp):
    text = (
        "Prime Minister Tarek Almasi of Norway met Prime Minister Ilse Marwick of Portugal "
        "on Monday.\n\n"
        "The talks were long. Trade was discussed. Fishing was discussed. Ports were "
        "discussed. Rail was discussed. Power was discussed. Water was discussed. Roads "
        "were discussed.\n\n"
        "The Portuguese prime minister said the talks had gone well."
    )
    found = article_actors(nlp(text))
    role = _mention(found, "The Portuguese prime minister")
    assert found.actors[role.actor_key].name == "Ilse Marwick"


@pytest.mark.parametrize(
    ("country", "holder"),
    [("Portugal", "Ilse Marwick"), ("Chile", None)],
)
def test_a_role_of_a_country_goes_to_that_countrys_holder_or_to_nobody(nlp, country, holder):
    # "the president of <country>": the holder of that country, not the holder of another
    # country named nearer; nobody when no one named is of that country.
    text = (
        "President Ilse Marwick of Portugal met President Tarek Almasi of Norway on Monday.\n\n"
        f"Almasi said that he would call the president of {country} again next week."
    )
    found = article_actors(nlp(text))
    roles = [m for m in found.mentions if m.kind == "role" and m.text.lower() == "the president"]
    assert [found.actors[m.actor_key].name for m in roles] == ([holder] if holder else [])


@pytest.mark.parametrize(
    ("sentence", "holder"),
    [
        # a role completing a copula is said of its subject, not of the titled person
        ("Varr was the first prime minister of the region to visit Osmark.", "Lena Varr"),
        ("She remained the prime minister of the region until 1990.", "Lena Varr"),
        # a role that completes no copula goes to the holder of the title
        ("The summit was an idea of the prime minister, who wanted peace.", "Ivo Tarn"),
    ],
)
def test_a_role_said_of_a_subject_is_that_person(nlp, sentence, holder):
    text = f"Prime Minister Ivo Tarn met Lena Varr in the capital on Monday.\n\n{sentence}"
    found = article_actors(nlp(text))
    roles = [m for m in found.mentions if m.kind == "role"]
    assert [found.actors[m.actor_key].name for m in roles] == [holder]


def test_a_role_that_names_nobody_in_office_is_no_person(nlp):
    found = _actors(nlp, "Crowds waited to hear who the new Governor would be.")
    assert not [a for a in found.actors.values() if a.type == "person"]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Bill Varrow signed the Bill on Monday. Varrow said the bill would pass.", "Bill"),
        ("Near Palmyra the troops waited. They were near the city.", "Near"),
    ],
)
def test_a_common_word_is_never_a_person(nlp, text, absent):
    found = _actors(nlp, text)
    names = {a.name for a in found.actors.values() if a.type == "person"}
    assert absent not in names
    assert not any(name.startswith(absent + " ") and absent == "Near" for name in names)


def test_a_country_where_a_person_served_is_no_affiliation(nlp):
    found = _actors(nlp, "Tarek Almasi, a former intelligence officer in Norway, wrote the report.")
    person = _actor_named(found, "Tarek Almasi")
    assert person.title.endswith("officer")
    assert person.affiliation == ""


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("The Brazilian magazine Corvo printed the story on Sunday.", True),
        ("The story was printed by the Corvo newspaper. Corvo said more would come.", True),
        # the same name with nothing that makes it a publication stays a plain actor
        ('"The minister knew everything," Corvo said in Lisbon on Sunday.', False),
    ],
)
def test_a_name_written_as_a_kind_of_outlet_is_an_outlet(nlp, text, outlet):
    found = article_actors(nlp(text))
    corvo = [a for a in found.actors.values() if a.name == "Corvo"]
    assert corvo and corvo[0].outlet is outlet


# ---- a body's capitalised head noun standing for its full name


def test_a_capitalised_head_noun_stands_for_the_one_body_named_before(nlp):
    found = _actors(
        nlp,
        "The International Coalition against Piracy will meet in Rome next month. "
        "Coalition partners will discuss the relief effort under the umbrella of the Coalition.",
    )
    body = _actor_named(found, "International Coalition against Piracy")
    bare = [m for m in found.mentions if m.text == "Coalition"]
    assert len(bare) == 2
    assert {m.actor_key for m in bare} == {body.key}
    assert not [a for a in found.actors.values() if a.name == "Coalition"]


def test_a_head_noun_two_bodies_end_with_is_left_alone(nlp):
    found = _actors(
        nlp,
        "The Northland Defence Alliance and the Southern Trade Alliance met in Varlo. "
        "Officials said Alliance members disagreed.",
    )
    northland = _actor_named(found, "Northland Defence Alliance")
    southern = _actor_named(found, "Southern Trade Alliance")
    bare = [m for m in found.mentions if m.text == "Alliance"]
    assert all(m.actor_key not in (northland.key, southern.key) for m in bare)


def test_a_head_noun_before_the_body_or_inside_another_name_is_not_the_body(nlp):
    found = _actors(
        nlp,
        "Coalition officials arrived early. The International Coalition against Piracy met in "
        "Rome, and the Coalition Support Office paid for the hall.",
    )
    body = _actor_named(found, "International Coalition against Piracy")
    assert [m.text for m in found.mentions if m.actor_key == body.key] == [
        "The International Coalition against Piracy"
    ]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Lt Gen Peter Crane inspected the base on Monday.", "Peter Crane", "Lt Gen"),
        ("Col Tamsin Reyes said the convoy had left.", "Tamsin Reyes", "Col"),
        ("Sqn Ldr Amir Vale flew the first sortie.", "Amir Vale", "Sqn Ldr"),
    ],
)
def test_an_abbreviated_rank_is_a_title_not_part_of_the_name(nlp, text, name, title):
    person = _actor_named(_actors(nlp, text), name)
    assert person.title == title


def test_a_peer_the_model_misses_is_a_person_without_the_peerage_title(nlp):
    found = _actors(
        nlp,
        "Lord Kestrel of Hanford, the Minister of State, said the talks would resume. "
        "Baroness Merrow visited the camp on Tuesday.",
    )
    kestrel = _actor_named(found, "Kestrel of Hanford")
    assert kestrel.type == "person"
    assert _mention(found, "the Minister of State").actor_key == kestrel.key
    assert _actor_named(found, "Merrow").gender == "female"
    assert not [a for a in found.actors.values() if a.name == "Hanford"]


def test_a_peerage_word_before_a_title_names_nobody(nlp):
    found = _actors(nlp, "The Lord Mayor of Hanford opened the harbour fair on Sunday.")
    people = {a.name for a in found.actors.values() if a.type == "person"}
    assert not people & {"Mayor", "Mayor of Hanford", "Lord Mayor of Hanford"}


# ---- offices named by a role alone


def test_a_hyphenated_office_that_acts_is_one_person(nlp):
    found = _actors(nlp, "The Secretary-General condemned the shelling of the port.")
    person = _actor_named(found, "Secretary-General")
    assert person.type == "person"
    assert person.title == "Secretary-General"


def test_a_place_after_an_office_stays_a_mention_of_its_own(nlp):
    found = _actors(nlp, "The Minister for Norway said the embassy would reopen on Friday.")
    assert _actor_named(found, "Norway").type == "country"
    assert [m.text for m in found.mentions] == ["Norway"]


def test_two_offices_that_differ_by_their_qualifier_are_two_people(nlp):
    found = _actors(
        nlp,
        "The Foreign Secretary said the talks would resume next week. "
        "The Defence Secretary agreed and ordered two frigates to the strait.",
    )
    foreign = _mention(found, "The Foreign Secretary").actor_key
    defence = _mention(found, "The Defence Secretary").actor_key
    assert foreign != defence


def test_a_hyphenated_title_finds_the_person_who_holds_it(nlp):
    found = _actors(
        nlp,
        "Vice-President and Interior Minister Talia Orrin met the envoys on Monday. "
        "The Vice-President said the border would stay open.",
    )
    orrin = _actor_named(found, "Talia Orrin")
    assert _mention(found, "The Vice-President").actor_key == orrin.key
    assert not [a for a in found.actors.values() if a.name.endswith("Vice-President")]


def test_a_quoted_name_after_the_has_no_quote_mark_in_its_actor_name(nlp):
    found = _actors(
        nlp,
        "The bombing was claimed by a group known as the \"Lakeshore Revolutionary Martyrs' "
        'Brigades," while the police said nothing.',
    )
    names = [a.name for a in found.actors.values()]
    assert "Lakeshore Revolutionary Martyrs' Brigades" in names
    assert not any(ch in name for name in names for ch in '"“”')


def test_an_office_said_of_someone_is_no_person_of_its_own(nlp):
    found = _actors(nlp, "Orla Venn said she expected to become the Secretary of State next year.")
    assert [a.name for a in found.actors.values() if a.type == "person"] == ["Orla Venn"]


def test_an_office_right_before_a_name_is_that_person_s_title(nlp):
    found = _actors(
        nlp, "On Monday the Osmani Secretary of Defense   Tarek Almasi arrived in Oslo."
    )
    assert [a.name for a in found.actors.values() if a.type == "person"] == ["Tarek Almasi"]


# ---- titles and names as real news writes them


def test_abbreviated_ranks_with_full_stops_are_the_person_s_title(nlp):
    found = _actors(nlp, "Lt. Col. Mara Quill and Brig. Gen. Hal Brenner inspected the troops.")
    assert _actor_named(found, "Mara Quill").title == "Lt. Col."
    assert _actor_named(found, "Hal Brenner").title == "Brig. Gen."


def test_a_quoted_nickname_keeps_given_name_and_surname_one_person(nlp):
    found = _actors(
        nlp,
        'Sergeant Frank "Greg" Ford reports that he witnessed abuse. Ford was later sent home.',
    )
    person = _actor_named(found, "Frank Ford")
    assert person.type == "person"
    assert person.title == "Sergeant"
    assert {found.actors[m.actor_key].name for m in found.mentions} == {"Frank Ford"}


def test_a_model_organisation_that_is_a_title_and_a_name_is_a_person():
    import spacy

    from analysis.actor_rules import _titled_organisation

    doc = spacy.blank("en")("The brother of the murdered Mayor Tarek Almasi said so.")
    person = _titled_organisation(Span(doc, 5, 8, label="ORG"))
    assert person.label_ == "PERSON"
    assert _titled_organisation(Span(doc, 5, 6, label="ORG")).label_ == "ORG"
    body = spacy.blank("en")("The Mayor Vardo Council met.")
    assert _titled_organisation(Span(body, 1, 4, label="ORG")).label_ == "ORG"


def test_a_body_named_after_its_country_keeps_its_small_words_lower_case(nlp):
    found = _actors(nlp, "Norway and the Chilean Ministry of Defence issued statements.")
    names = [a.name for a in found.actors.values() if a.type == "organisation"]
    assert names == ["Chilean Ministry of Defence"]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The Nairobi government said the talks would resume.", "Kenya"),
        ("Officials said the Oslo authorities had agreed to the visit.", "Norway"),
    ],
)
def test_a_capital_before_a_state_body_is_the_state(nlp, text, country):
    found = _actors(nlp, text)
    assert [(a.name, a.type) for a in found.actors.values()] == [(country, "country")]


def test_a_body_named_only_by_words_that_also_make_titles_is_kept(nlp):
    found = _actors(nlp, "Norway's Armed Forces began the exercise on Monday.")
    assert _actor_named(found, "Armed Forces").type == "organisation"


def test_a_title_is_not_apposed_to_a_name_further_on_in_a_list(nlp):
    text = (
        "The Minister for Foreign Affairs, the Hon Talia Orrin MP, and the Minister for "
        "Defence, Senator Hal Brenner, announced the deployment."
    )
    found = _actors(nlp, text)
    brenner = _actor_named(found, "Hal Brenner")
    assert [m.text for m in found.mentions if m.actor_key == brenner.key] == [
        "the Minister for Defence",
        "Hal Brenner",
    ]


def test_a_style_of_address_is_no_part_of_a_title(nlp):
    found = _actors(nlp, "His Excellency President Tarek Almasi of Norway opened the summit.")
    almasi = _actor_named(found, "Tarek Almasi")
    assert almasi.title == "President"


def test_a_one_word_organisation_that_is_a_surname_of_the_article_is_that_person():
    import spacy

    from analysis.actor_rules import _repair_people

    doc = spacy.blank("en")("Gordon Varrow spoke. Varrow asked a crowd of supporters.")
    ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, 4, 5, label="ORG")]
    repaired = _repair_people(doc, ents)
    assert [(e.text, e.label_) for e in repaired] == [
        ("Gordon Varrow", "PERSON"),
        ("Varrow", "PERSON"),
    ]


def test_a_full_name_before_a_programme_word_is_still_a_person():
    import spacy

    from analysis.actor_rules import _is_false_positive

    doc = spacy.blank("en")("Seeking a second term, the Gordon Varrow campaign told voters.")
    person = Span(doc, 6, 8, label="PERSON")
    assert not _is_false_positive(person, doc.text)
    assert _is_false_positive(Span(doc, 7, 8, label="PERSON"), doc.text)


def test_a_capitalised_coalition_alone_is_a_body(nlp):
    found = _actors(
        nlp,
        "Strikes near the river were carried out under the umbrella of the Coalition. "
        "It underscores the importance of Coalition efforts to train local forces.",
    )
    coalition = _actor_named(found, "Coalition")
    assert coalition.type == "organisation"
    assert len([m for m in found.mentions if m.actor_key == coalition.key]) == 2


def test_a_lower_case_coalition_is_no_body(nlp):
    found = _actors(nlp, "The ruling coalition lost its majority in the vote on Monday.")
    assert not [a for a in found.actors.values() if a.type == "organisation"]


def test_a_courtesy_title_of_the_other_gender_keeps_a_short_name_apart(nlp):
    text = (
        "Margaret Tolland, the mayor of Brisford, opened the new bridge on Monday. "
        "Her brother-in-law, Mr Tolland, a retired engineer, said the design was sound. "
        "Later Ms Tolland thanked the workers."
    )
    found = _actors(nlp, text)
    mr = next(m for m in found.mentions if text[m.start_char - 3 : m.start_char] == "Mr ")
    ms = next(m for m in found.mentions if text[m.start_char - 3 : m.start_char] == "Ms ")
    assert found.actors[mr.actor_key].name == "Tolland"
    assert found.actors[ms.actor_key].name == "Margaret Tolland"
    assert found.actors[mr.actor_key].gender == "male"


def test_gender_from_a_common_given_name(nlp):
    found = _actors(nlp, "Ingrid Solvang, a lawyer from Brisford, filed the appeal on Friday.")
    assert _actor_named(found, "Ingrid Solvang").gender == "female"


# ---- offices named with their portfolio, and transcripts


def test_an_office_with_its_portfolio_is_one_role_of_the_person_who_holds_it(nlp):
    found = _actors(
        nlp,
        "Anna Kovac, the Minister for Foreign Affairs, met Piet Olund, the Deputy Minister "
        "for Trade, in Tarsk. Later the Minister for Foreign Affairs said talks would resume.",
    )
    kovac = _actor_named(found, "Anna Kovac")
    assert kovac.title == "Minister for Foreign Affairs"
    later = [m for m in found.mentions if m.text == "the Minister for Foreign Affairs"]
    assert [m.actor_key for m in later] == [kovac.key, kovac.key]


def test_a_portfolio_narrows_whom_a_role_refers_to(nlp):
    found = _actors(
        nlp,
        "Piet Olund, the Deputy Minister for Trade, spoke first. The Minister for Fisheries "
        "said the quota would stay.",
    )
    olund = _actor_named(found, "Piet Olund")
    fisheries = _mention(found, "The Minister for Fisheries")
    assert fisheries.actor_key != olund.key


def test_an_office_that_acts_with_no_holder_named_is_a_person_named_by_it(nlp):
    found = _actors(nlp, "The Secretary of State has authorised a reward for information.")
    office = _actor_named(found, "Secretary of State")
    assert office.type == "person"
    assert _mention(found, "The Secretary of State").actor_key == office.key


def test_an_office_after_a_preposition_names_no_person(nlp):
    found = _actors(
        nlp,
        "The matter should be answered by the Prime Minister and the Secretary of State.",
    )
    assert not [a for a in found.actors.values() if a.type == "person"]


def test_a_transcript_names_its_speakers_and_not_its_questions(nlp):
    found = _actors(
        nlp,
        "TRANSCRIPT\n\nQUESTION: Minister Varga, did you discuss the border? Were there any "
        "agreements?\n\nMINISTER VARGA: We discussed the situation and agreed to meet "
        "again.\n\nJOURNALIST: And the fishing quota?\n\nMS HOLLIS: Thank you, everybody.",
    )
    names = {a.name for a in found.actors.values()}
    assert not names & {"QUESTION", "Question", "JOURNALIST", "Journalist"}
    varga = _actor_named(found, "Varga")
    assert _mention(found, "VARGA").actor_key == varga.key
    assert _actor_named(found, "Hollis").type == "person"


def test_an_office_named_after_another_office_is_the_apposed_persons_title(nlp):
    found = _actors(
        nlp,
        "The Council thanked the Special Representative of the Secretary-General, Lena "
        "Sorel, for her briefing.",
    )
    sorel = _actor_named(found, "Lena Sorel")
    assert sorel.title == "Special Representative of the Secretary-General"
    role = _mention(found, "the Special Representative of the Secretary-General")
    assert role.actor_key == sorel.key
    assert not [a for a in found.actors.values() if a.name == "Special Representative"]


def test_a_speaker_label_in_capitals_is_the_person_named_in_the_text(nlp):
    found = _actors(
        nlp,
        "Transcript of a press conference with Julia Marsh, Minister for Foreign Affairs."
        "\n\nJULIA MARSH: Thank you all for coming.\n\nJOURNALIST: Will you travel?\n\n"
        "JULIA MARSH: I will travel next week.",
    )
    marsh = _actor_named(found, "Julia Marsh")
    labels = [m for m in found.mentions if m.text == "JULIA MARSH"]
    assert len(labels) == 2
    assert {m.actor_key for m in labels} == {marsh.key}


# ---- a title after a name and a comma


@pytest.mark.parametrize(
    "text",
    [
        "Border talks\n\nKarl Osterberg , the Prime Minister of Osmark  has offered to make "
        "peace with Norland, calling for talks.",
        "Karl Osterberg, the Prime Minister of Osmark, has offered to make peace with Norland.",
    ],
)
def test_a_title_after_a_name_and_a_comma_is_that_person(nlp, text):
    found = _actors(nlp, text)
    role = _mention(found, "the Prime Minister of Osmark")
    assert found.actors[role.actor_key].name == "Karl Osterberg"
    assert not [a for a in found.actors.values() if a.name.startswith("Prime Minister")]


# ---- online platforms


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "Follow the Deputy Foreign Minister on Twitter (@KOsterberg) and on the "
            "Ministry's Flickr and Instagram for updates throughout his trip.",
            "Twitter",
        ),
        (
            "Follow the Defence Secretary on Twitter @kosterberg, Facebook and YouTube.",
            "Twitter",
        ),
        ("The Norland Defence Ministry posted the photos via Telegram on Monday.", "Telegram"),
    ],
)
def test_a_platform_where_something_is_posted_is_no_actor(nlp, text, absent):
    names = {a.name for a in _actors(nlp, text).actors.values()}
    assert not {n for n in names if absent in n or "Instagram" in n or "Facebook" in n}


def test_a_platform_that_acts_stays_an_actor(nlp):
    found = _actors(nlp, "Twitter suspended the account of Karl Osterberg on Monday.")
    assert "Twitter" in {a.name for a in found.actors.values()}


# ---- the portfolio of an office


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        (
            "The Growers' Party Secretary for International Cultural Relations did not agree "
            "with the Defence Secretary.",
            "International Cultural Relations",
            "Growers' Party",
        ),
        (
            "The Special Envoy for Norland said talks with the Osmark Liberation Front would "
            "go on.",
            "",
            "Osmark Liberation Front",
        ),
    ],
)
def test_the_portfolio_after_a_title_and_for_is_no_body(nlp, text, absent, present):
    names = {a.name for a in _actors(nlp, text).actors.values()}
    assert present in names
    assert not absent or absent not in names


def test_a_standing_head_after_two_bodies_that_end_in_it_is_the_one_named_last(nlp):
    found = _actors(
        nlp,
        "Envoy Karl Osterberg of the Northern Coalition will meet members of the Counter "
        "Raider Coalition in Vardo. This meeting will be an opportunity for Coalition "
        "partners to talk.",
    )
    alone = _mention(found, "Coalition")
    assert found.actors[alone.actor_key].name == "Counter Raider Coalition"


@pytest.mark.parametrize(
    "text", ["Norway's government", "Norway’s government", "Norway's authorities"]
)
def test_a_states_possessive_government_is_a_mention_of_the_state(nlp, text):
    found = _actors(nlp, f"We stand with {text} in this crisis.")
    mention = _mention(found, text)
    assert found.actors[mention.actor_key].name == "Norway"


@pytest.mark.parametrize(
    "text",
    [
        "Her Majesty's Government will work with partners. HMG agreed.",
        "His Majesty’s Government said it would help.",
    ],
)
def test_a_known_name_opening_with_a_possessive_pronoun_keeps_it(nlp, text):
    found = _actors(nlp, text)
    assert {a.name for a in found.actors.values()} == {"United Kingdom"}
    assert any(m.text.startswith(("Her ", "His ")) for m in found.mentions)


@pytest.mark.parametrize(
    "text",
    [
        "Media enquiries: Minister's office: 555 0100. Media Liaison: 555 0101",
        "Media Contact: 555 0100.",
    ],
)
def test_the_contact_labels_of_a_press_release_are_no_actors(nlp, text):
    assert not _actors(nlp, text).actors


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        (
            "Mr Varr visited KORVAX, the Northern Surveillance System. KORVAX, which was "
            "built by a contractor, is an array of radars. Protesters met him at KORVAX.",
            "KORVAX",
            "Varr",
        ),
        ("He met Karl Osterberg, the head of the programme.", "", "Karl Osterberg"),
        ("He visited Osmark Dynamics, the maker of the system.", "", "Osmark Dynamics"),
    ],
)
def test_a_name_defined_as_a_system_by_apposition_is_no_actor(nlp, text, absent, present):
    names = {a.name for a in _actors(nlp, text).actors.values()}
    assert present in names
    assert not absent or absent not in names


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Osmark bought Korvan air defence systems last year.", "Korvan"),
        ("The Taltos surface-to-air missile was tested on Monday.", "Taltos"),
        ("Norland deployed Vardex anti-ballistic missiles near the border.", "Vardex"),
    ],
)
def test_a_name_before_modifiers_and_a_weapon_noun_is_no_actor(nlp, text, absent):
    assert absent not in {a.name for a in _actors(nlp, text).actors.values()}


def test_a_persons_full_name_before_a_programme_noun_stays(nlp):
    found = _actors(nlp, "Critics attacked the Tarek Almasi reconstruction programme.")
    assert "Tarek Almasi" in {a.name for a in found.actors.values()}


def test_a_body_that_swallowed_its_office_holders_name_is_cut_in_two(nlp):
    doc = nlp("She raised trade with the Speaker of the House Marta Lindqvist yesterday.")
    start = next(t.i for t in doc if t.text == "House") - 1
    doc.ents = [Span(doc, start, start + 4, label="ORG")]  # the model's "the House Marta Lindqvist"
    ents = {(e.text, e.label_) for e in actor_entities(doc).ents}
    assert ("Marta Lindqvist", "PERSON") in ents
    assert not any("House" in text and "Marta" in text for text, _ in ents)


@pytest.mark.parametrize(
    ("text", "state"),
    [
        (
            "The Chilean Government will provide aid to Peru. Officials said the Government "
            "would do more.",
            "Chile",
        ),
        ("The Government of Peru will help. Lima said the Government is committed.", "Peru"),
    ],
)
def test_the_government_alone_is_the_one_state_whose_government_was_named(nlp, text, state):
    found = _actors(nlp, text)
    alone = _mention(found, "Government")
    assert found.actors[alone.actor_key].name == state


def test_the_government_alone_with_two_states_named_is_nobody(nlp):
    found = _actors(nlp, "Chile and Peru met. They said the Government is committed to it.")
    assert not [m for m in found.mentions if m.text == "Government"]


def test_an_untagged_government_opening_a_sentence_is_that_state_too(nlp):
    found = _actors(
        nlp, "The Chilean Government will provide aid to Peru. The Government is committed."
    )
    alone = [m for m in found.mentions if m.text == "Government"]
    assert alone and {found.actors[m.actor_key].name for m in alone} == {"Chile"}


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        (
            "The country repudiates the visit of the secretary of the Defense of Osmark, "
            "Karl Osterberg.",
            "Defense of Osmark",
            "Karl Osterberg",
        ),
        (
            "He met the President of the Security Council on Monday.",
            "",
            "UN Security Council",
        ),
    ],
)
def test_the_portfolio_after_a_title_and_of_is_no_body(nlp, text, absent, present):
    names = {a.name for a in _actors(nlp, text).actors.values()}
    assert present in names
    assert not absent or absent not in names


@pytest.mark.parametrize(
    "text",
    [
        "Her left-wing newspaper, Corvo Rosso , claimed that the bullet had passed.",
        "The newspaper Corvo Rosso claimed that the bullet had passed.",
    ],
)
def test_an_outlet_named_beside_its_kind_is_an_organisation(nlp, text):
    outlet = _actor_named(_actors(nlp, text), "Corvo Rosso")
    assert (outlet.type, outlet.outlet) == ("organisation", True)


def test_a_person_apposed_to_a_role_of_an_outlet_is_no_outlet(nlp):
    # the outlet noun follows "of": the name stands in apposition to "the editor"
    found = _actors(nlp, "The editor of the newspaper, Marco Pelli, said the car was fired on.")
    editor = _actor_named(found, "Marco Pelli")
    assert (editor.type, editor.outlet) == ("person", False)


def test_a_one_word_name_right_after_in_is_a_town_unless_written_like_a_body(nlp):
    found = _actors(
        nlp,
        "About 400 protesters in Thessalvik clashed with the police. He said so in "
        "Parliament and in Congress.",
    )
    types = {a.name: a.type for a in found.actors.values()}
    assert types.get("Thessalvik", "place") == "place"
    assert types.get("Parliament") == types.get("Congress") == "organisation"


def test_a_model_organisation_the_next_sentence_calls_she_is_a_person(nlp):
    found = _actors(
        nlp,
        "Lindiwe Zulu-Mokoena was sworn in as deputy minister on Wednesday. "
        "She said she would visit the flooded districts.",
    )
    named = [a for a in found.actors.values() if a.name == "Lindiwe Zulu-Mokoena"]
    assert named and named[0].type == "person"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mr MacTavell said the research centre was exciting for the state.", "MacTavell"),
        ("The party praised Mr Oudenhove and described him as loyal.", "Oudenhove"),
        ("Dr Brannock said an energy debate was needed.", "Brannock"),
    ],
)
def test_a_surname_after_a_courtesy_style_read_as_a_body_is_a_person(nlp, text, name):
    types = {a.name: a.type for a in _actors(nlp, text).actors.values()}
    assert types.get(name) == "person", types


@pytest.mark.parametrize(
    "text",
    [
        "Norquay told reporters that the inquiry would end in May. He said the report was "
        "ready. Norquay did not give a date.",
        "Charges that the programme was corrupt are unfair, Tellerman said. He said the "
        "report was ready.",
    ],
)
def test_a_one_word_body_the_next_sentence_calls_he_is_a_person(nlp, text):
    found = _actors(nlp, text)
    assert {a.type for a in found.actors.values()} == {"person"}
    assert len(found.actors) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Norvacom said on Monday that it would cut gas supplies. He said the price was too low.",
        "Spokesman Tomas Reyl met the minister. Norvacom said the supplies would stop. He "
        "declined to give a date.",
    ],
)
def test_a_one_word_body_stays_a_body_when_it_or_a_person_is_near(nlp, text):
    types = {a.name: a.type for a in _actors(nlp, text).actors.values()}
    assert types.get("Norvacom") == "organisation", types


@pytest.mark.parametrize(
    ("body", "person", "expected"),
    [
        ("General Marsten", "Ivo Marsten", ("Marsten", "PERSON")),
        ("General Motors", "Ivo Marsten", ("General Motors", "ORG")),
    ],
)
def test_a_title_and_one_word_is_a_person_only_when_a_full_name_ends_with_it(
    nlp, body, person, expected
):
    doc = nlp(f"{person} testified on Monday. The senator met {body} later.")
    words = [t.text for t in doc]
    person_span = Span(doc, 0, len(person.split()), label="PERSON")
    start = words.index(body.split()[0], len(person.split()))
    body_span = Span(doc, start, start + 2, label="ORG")
    found = _titled_person(body_span, [person_span, body_span])
    assert (found.text, found.label_) == expected


def test_a_body_with_an_organisation_head_stays_a_body_when_called_it(nlp):
    found = _actors(
        nlp, "Northfield Petroleum Company announced a recall on Monday. It said it would pay."
    )
    assert all(a.type != "person" for a in found.actors.values())


def test_an_office_the_model_took_for_a_body_is_its_holder_or_nothing(nlp):
    found = _actors(
        nlp,
        "The policy was announced yesterday by the country's Minister of Agriculture & "
        "Livestock, Mr. Chanda Mwale.",
    )
    assert not [a for a in found.actors.values() if a.type == "organisation"]
    mwale = [a for a in found.actors.values() if a.name == "Chanda Mwale"]
    assert mwale and mwale[0].type == "person"
    assert mwale[0].title.startswith("Minister of Agriculture")


def test_an_office_before_its_holder_after_a_comma_is_no_body(nlp):
    found = _actors(
        nlp,
        "According to the Minister of Foreign Relations, Rui Fontes, the final document "
        "of the Summit of African-Asian Countries will condemn piracy.",
    )
    people = {a.name: a for a in found.actors.values() if a.type == "person"}
    assert "Rui Fontes" in people
    assert people["Rui Fontes"].title == "Minister of Foreign Relations"
    assert not [a for a in found.actors.values() if a.name.startswith("Minister")]


def test_a_model_organisation_called_she_later_in_the_next_sentence_is_a_person(nlp):
    found = _actors(
        nlp,
        "Lindiwe Zulu-Mokoena was sworn in as deputy minister on Wednesday. Other Cabinet "
        "members applauded as she took the oath.",
    )
    named = [a for a in found.actors.values() if a.name == "Lindiwe Zulu-Mokoena"]
    assert named and named[0].type == "person"


def test_a_bloc_after_a_title_that_swallowed_its_holders_surname_is_cut(nlp):
    found = _actors(
        nlp,
        "The goal is a single market, explains Secretary General of the Northern Trade "
        'Community Varga. "These are anchor projects," said Varga.',
    )
    assert {a.name for a in found.actors.values() if a.type == "organisation"} >= {
        "Northern Trade Community"
    }
    people = [a for a in found.actors.values() if a.type == "person"]
    assert [(a.name, a.title) for a in people] == [("Varga", "Secretary General")]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "We support Portugal's newly formed government.",
            "Portugal's newly formed government",
        ),
        ("The envoy thanked Chile's leadership for its help.", "Chile's leadership"),
        ("Ecuador’s authorities detained the crew.", "Ecuador’s authorities"),
        ("Chile's security forces left the port.", "Chile's security forces"),
    ],
)
def test_a_state_body_a_state_owns_is_one_mention_of_the_state(nlp, text, mention):
    found = _actors(nlp, text)
    m = _mention(found, mention)
    assert found.actors[m.actor_key].type == "country"


def test_a_state_owning_a_thing_is_a_mention_of_the_name_alone(nlp):
    found = _actors(nlp, "Portugal's economy grew while Portugal's trade policy changed.")
    assert [m.text for m in found.mentions] == ["Portugal", "Portugal"]


@pytest.mark.parametrize(
    "text",
    [
        '"I will sign the accord," the Foreign Minister of Chile, Maria Gonzalez, said.',
        'Foreign Minister Maria Gonzalez said: "I agree with the plan."',
        '"I agree with you," said Maria Gonzalez after meeting David Miller.',
        'Maria Gonzalez told David Miller: "I agree with you."',
    ],
)
def test_i_in_a_quotation_is_the_one_person_it_is_tagged_to(nlp, text):
    found = _actors(nlp, text)
    m = _mention(found, "I")
    assert found.actors[m.actor_key].name == "Maria Gonzalez"


@pytest.mark.parametrize(
    "text",
    [
        "I welcome the news that Chile and Peru signed the accord.",
        'David Miller said the talks failed and Maria Gonzalez said: "I agree."',
        'David Miller met Maria Gonzalez. "I agree," she said.',
    ],
)
def test_i_with_no_single_speaker_named_as_subject_stays_unnamed(nlp, text):
    found = _actors(nlp, text)
    assert not [m for m in found.mentions if m.text == "I"]


def test_a_name_alone_on_a_heading_line_is_a_person_a_byline_names(nlp):
    found = _actors(nlp, "Maria Gonzalez\n\nChile signs accord\n\nChile and Peru met today.")
    assert _actor_named(found, "Maria Gonzalez").type == "person"


@pytest.mark.parametrize("heading", ["Data Sharing", "Joint Patrols", "Ammunition Supply"])
def test_a_section_heading_alone_on_its_line_is_no_byline(nlp, heading):
    found = _actors(nlp, f"Chile and Peru met.\n\n{heading}\n\nThe two states will share data.")
    assert not [a for a in found.actors.values() if a.type == "person"]


def test_the_government_before_any_is_named_is_the_one_state_whose_government_comes_later(nlp):
    found = _actors(
        nlp, "The Government is concerned by the attack. The Chilean Government will send aid."
    )
    m = _mention(found, "Government")
    assert found.actors[m.actor_key].name == "Chile"


def test_the_government_before_two_named_later_stays_unnamed(nlp):
    found = _actors(
        nlp, "The Government is concerned. The Chilean Government and the Peruvian Government met."
    )
    assert not [m for m in found.mentions if m.text == "Government"]


@pytest.mark.parametrize(
    "text",
    [
        '"We will sign," Maria Gonzalez said. "I have no doubt about it."',
        '"We will sign," said Maria Gonzalez on Monday. "I expect Peru to sign too."',
    ],
)
def test_i_in_a_quotation_right_after_another_goes_on_with_its_speaker(nlp, text):
    found = _actors(nlp, text)
    names = [found.actors[m.actor_key].name for m in found.mentions if m.text == "I"]
    assert names == ["Maria Gonzalez"]


def test_i_in_a_quotation_after_another_speaker_is_named_between_is_not_the_first(nlp):
    text = '"We will sign," Maria Gonzalez said. David Miller disagreed. "I doubt it."'
    found = _actors(nlp, text)
    names = {found.actors[m.actor_key].name for m in found.mentions if m.text == "I"}
    assert "Maria Gonzalez" not in names


def test_i_in_a_quotation_below_a_said_line_is_its_speaker(nlp):
    text = 'The Minister for Trade, Maria Gonzalez, said:\n\n"I am proud of this accord."'
    found = _actors(nlp, text)
    assert found.actors[_mention(found, "I").actor_key].name == "Maria Gonzalez"


@pytest.mark.parametrize(
    "text",
    [
        "Media release: Minister for Trade, Maria Gonzalez\n\nChile and Peru sign accord\n\n"
        "I welcome the accord signed today with Peru. I thank our negotiators.",
        "Media release\n\nMinister for Trade Maria Gonzalez\n\nChile and Peru sign accord\n\n"
        "Today I signed an accord with Peru. It cuts tariffs on copper.",
        "Statement by Foreign Minister Maria Gonzalez on the vote in Peru\n\n"
        "Chile has noted the results.\n\nI call on all parties to respect them.",
        "The Hon Maria Gonzalez MP\nMinister for Foreign Affairs\n\nChile signs accord\n\n"
        "I welcome the accord signed today with Peru.",
        "MEDIA RELEASE\n\nMinister for Trade and Mining, Senator Maria Gonzalez\n\n"
        "Dear colleagues,\n\nI welcome the accord signed today with Peru.",
        "Speech at the Santiago Forum\n\nThank you for inviting me.\n\n"
        "I am glad to be back in Santiago. Chile will keep its promises.\n\nThank you.\n\n"
        "Maria Gonzalez\n\nMinister of Foreign Affairs of Chile",
    ],
)
def test_i_of_a_statement_is_the_author_its_heading_or_signature_names(nlp, text):
    found = _actors(nlp, text)
    firsts = [m for m in found.mentions if m.text == "I"]
    assert firsts
    assert {found.actors[m.actor_key].name for m in firsts} == {"Maria Gonzalez"}


@pytest.mark.parametrize(
    "text",
    [
        "Joint statement by Maria Gonzalez and David Miller\n\nChile and Peru met.\n\n"
        "I welcome the accord.",
        "Maria Gonzalez rejects the claims\n\nChile denied the report.\n\nI was there.",
        'Media release: Maria Gonzalez\n\nChile signs accord\n\nDavid Miller said: "I agree."',
        "Joint media release: Maria Gonzalez and the Trade Minister of Peru\n\nChile signs accord"
        "\n\nI welcome the accord.",
    ],
)
def test_i_of_a_statement_with_no_single_author_line_is_not_taken_for_the_author(nlp, text):
    found = _actors(nlp, text)
    names = {found.actors[m.actor_key].name for m in found.mentions if m.text == "I"}
    assert "Maria Gonzalez" not in names


def test_a_demonym_before_a_thing_is_a_mention_of_a_state_the_article_has(nlp):
    found = _actors(
        nlp, "Chile signed the accord. Chilean exports rose and Chilean citizens cheered."
    )
    chile = _actor_named(found, "Chile")
    assert [m.text for m in found.mentions if m.actor_key == chile.key] == [
        "Chile",
        "Chilean",
        "Chilean",
    ]


def test_a_demonym_before_a_thing_makes_no_actor_of_its_state(nlp):
    found = _actors(nlp, "Peruvian exports rose by a tenth last year.")
    assert not [a for a in found.actors.values() if a.type == "country"]


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean Government will send aid. The Government's commitment is firm.",
        "The Chilean Government will send aid. Our Government is proud of it.",
    ],
)
def test_the_government_owning_a_thing_or_ours_is_the_state_named_before(nlp, text):
    found = _actors(nlp, text)
    m = _mention(found, "Government")
    assert found.actors[m.actor_key].name == "Chile"


@pytest.mark.parametrize(
    ("text", "capital", "state"),
    [
        ("The panel ordered Lima to refund the duties.", "Lima", "Peru"),
        ("Exporters accused Bogota of subsidising coffee.", "Bogota", "Colombia"),
        ("Chile warned Lima on Monday.", "Lima", "Peru"),
        ("Talks with Quito resumed after a month.", "Quito", "Ecuador"),
        ("Officials in Lima said the talks had failed.", "Lima", "Peru"),
        # the doer of a passive act
        ("The islanders' request for autonomy is strongly resisted by Lima.", "Lima", "Peru"),
    ],
)
def test_a_capital_a_verb_makes_act_or_a_relation_is_with_is_its_state(nlp, text, capital, state):
    found = _actors(nlp, text)
    m = _mention(found, capital)
    assert (m.kind, found.actors[m.actor_key].name) == ("metonym", state)


@pytest.mark.parametrize(
    "text",
    [
        "She visited Lima and flew on to Quito.",
        "The rebels shelled Quito overnight.",
        "Tourists in Lima were safe.",
    ],
)
def test_a_capital_visited_or_attacked_stays_a_place(nlp, text):
    found = _actors(nlp, text)
    assert not [a for a in found.actors.values() if a.type == "country"]


def test_two_offices_joined_by_and_the_are_two_roles(nlp):
    found = _actors(
        nlp,
        "In a joint release the Chilean Minister for Foreign Affairs and the Attorney "
        "General welcomed the ruling.",
    )
    roles = [m.text for m in found.mentions if m.kind == "role"]
    assert roles == ["the Chilean Minister for Foreign Affairs", "the Attorney General"]


def test_one_office_over_two_portfolios_stays_one_role(nlp):
    found = _actors(nlp, "The Minister for Foreign Affairs and Trade said the talks went well.")
    assert [m.text for m in found.mentions if m.kind == "role"] == [
        "The Minister for Foreign Affairs and Trade"
    ]


def test_i_in_a_quotation_tagged_he_or_she_is_the_subject_of_the_sentence_before(nlp):
    found = _actors(
        nlp,
        "The Minister for Foreign Affairs, Maria Gonzalez, has denied the report about "
        'David Miller. "I want to read the report first," she said after a program '
        "about David Miller.",
    )
    m = _mention(found, "I")
    assert found.actors[m.actor_key].name == "Maria Gonzalez"


def test_i_tagged_with_a_pronoun_that_does_not_fit_stays_unnamed(nlp):
    found = _actors(nlp, 'Maria Gonzalez spoke first. "I agree," he said.')
    assert not [m for m in found.mentions if m.text == "I"]


def test_a_country_hyphened_to_another_before_a_thing_is_a_mention_where_it_acts(nlp):
    found = _actors(nlp, "Japan signed the accord. The Japan-Chile partnership grew.")
    japan = _actor_named(found, "Japan")
    assert [(m.text, m.kind) for m in found.mentions if m.actor_key == japan.key] == [
        ("Japan", "name"),
        ("Japan", "name"),
    ]


def test_a_pair_the_tokenizer_kept_whole_is_two_states(nlp):
    found = _actors(nlp, "The long U.S.-Canada quarrel over dairy tariffs went on.")
    assert [(m.text, found.actors[m.actor_key].name) for m in found.mentions] == [
        ("U.S.", "United States"),
        ("Canada", "Canada"),
    ]
    assert {a.type for a in found.actors.values()} == {"country"}


def test_a_body_named_by_its_head_before_of_is_the_one_longer_body(nlp):
    found = _actors(
        nlp,
        "Chile welcomed the election of a judge to the International Tribunal for the Law "
        'of the Sea, and said that "Chile strongly backed her bid to the Tribunal".',
    )
    m = _mention(found, "Tribunal")
    assert found.actors[m.actor_key].name.startswith("International Tribunal for")


@pytest.mark.parametrize(
    "text",
    [
        "Chile signed the accord. The South Chilean summit was held in May.",
        "Chile signed the accord. The Chilean Environmental Protection Act was amended.",
        "Chile signed the accord. The damage cost several hundred Chilean pesos.",
    ],
)
def test_a_demonym_in_a_longer_name_or_a_currency_is_no_mention(nlp, text):
    found = _actors(nlp, text)
    assert [m.text for m in found.mentions if m.text == "Chilean"] == []


def test_the_government_is_the_state_of_the_one_office_holder_named_before(nlp):
    found = _actors(
        nlp,
        "The Chilean Foreign Minister, Maria Gonzalez, denied the claims. An official "
        "confirmed the Government's position.",
    )
    m = _mention(found, "Government")
    assert found.actors[m.actor_key].name == "Chile"


def test_the_government_after_two_states_office_holders_is_no_mention(nlp):
    found = _actors(
        nlp,
        "Chilean Foreign Minister Maria Gonzalez met Peruvian Foreign Minister Jose Ruiz. "
        "The Government said no.",
    )
    assert not [m for m in found.mentions if m.text == "Government"]


def test_a_surname_without_its_hyphened_particle_is_the_full_name(nlp):
    found = _actors(
        nlp,
        "Foreign Minister Khalid al-Mansouri arrived in Oslo on Monday for talks. Mansouri "
        "said the talks would be hard.",
    )
    people = [a.name for a in found.actors.values() if a.type == "person"]
    assert people == ["Khalid al-Mansouri"]
    assert _mention(found, "Mansouri").actor_key == _mention(found, "Khalid al-Mansouri").actor_key


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Grand Ayatollah Ali Haddadi received the envoy. Haddadi said the talks were good.",
            "Ali Haddadi",
        ),
        (
            "Sheikh Rashid Karimi, the information minister, said the talks would go on.",
            "Rashid Karimi",
        ),
        ("Archbishop Tomas Ekberg called for calm before the vote.", "Tomas Ekberg"),
    ],
)
def test_a_religious_office_is_a_title_not_part_of_the_name(nlp, text, person):
    found = _actors(nlp, text)
    assert [a.name for a in found.actors.values() if a.type == "person"] == [person]


def test_a_place_ending_in_a_religious_title_names_no_person(nlp):
    found = _actors(nlp, "The two leaders met at the Sharm el-Sheikh Summit in February.")
    assert not [a for a in found.actors.values() if a.type == "person"]


def test_a_title_of_a_body_with_a_name_after_it_is_that_person_not_an_earlier_holder(nlp):
    # the parser hangs "Pedro Lima" on the body's acronym; the title is still his
    found = _actors(
        nlp,
        "The President of Norland, Ana Reyes is facing a serious crisis in her government. In "
        "an attempt to save her government, Reyes is negotiating an alliance with the Party of "
        "the Norland Democratic Movement (PMDB). The President of PMDB, Pedro Lima, said that "
        "he will listen.",
    )
    roles = [m for m in found.mentions if m.text == "The President"]
    holders = [found.actors[m.actor_key].name for m in roles]
    assert len(holders) == 2 and "Reyes" in holders[0] and holders[1] == "Pedro Lima"


@pytest.mark.parametrize(
    ("text", "surname", "person"),
    [
        (
            "Health Minister Dara King introduced the bill. Ms King said it would pass.",
            "King",
            "Dara King",
        ),
        (
            "Foreign Minister Tova Bishop met her Osmani counterpart. Ms Bishop said the "
            "talks were useful.",
            "Bishop",
            "Tova Bishop",
        ),
        (
            "Health Minister Dara King spoke on Monday. Later, Minister King said the bill "
            "would pass.",
            "King",
            "Dara King",
        ),
    ],
)
def test_a_surname_that_is_a_title_word_after_a_style_or_title_is_the_person(
    nlp, text, surname, person
):
    found = _actors(nlp, text)
    mention = _mention(found, surname)
    assert found.actors[mention.actor_key].name == person


def test_a_courtesy_style_before_a_title_alone_names_no_one(nlp):
    found = _actors(nlp, "Thank you, Mr President. The talks in Osmark went well.")
    assert not [a for a in found.actors.values() if a.type == "person"]


def _first_person_names(found: ArticleActors) -> list[str]:
    return [found.actors[m.actor_key].name for m in found.mentions if m.text == "I"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Transcript\n\nMARIA GONZALEZ: I welcome the accord with Peru.\n\n"
            "JOURNALIST: May I ask about the border?\n\nMARIA GONZALEZ: I will go there soon.",
            ["Maria Gonzalez", "Maria Gonzalez"],
        ),
        (
            "Remarks by Foreign Minister Maria Gonzalez and Secretary David Miller\n\n"
            "FOREIGN MINISTER GONZALEZ: I thank David for his visit.\n\n"
            "SECRETARY MILLER: I am glad to be in Santiago.\n\nQUESTION: Will Chile sign?",
            ["Maria Gonzalez", "David Miller"],
        ),
    ],
)
def test_i_in_a_turn_of_a_transcript_is_the_person_its_label_names(nlp, text, expected):
    assert _first_person_names(_actors(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Interview with Foreign Minister Maria Gonzalez\n\nWhat will Chile do about Peru?\n\n"
            "I will travel to Lima next week. I think the talks will go well.",
            ["Maria Gonzalez", "Maria Gonzalez"],
        ),
        (
            "Wikinews interviews Maria Gonzalez, the Foreign Minister of Chile\n\n"
            "Chile signed the accord.\n\nCan I ask what comes next? I hope Peru will sign too.",
            ["Maria Gonzalez"],
        ),
    ],
)
def test_i_in_an_interview_is_the_one_interviewed_except_in_a_question(nlp, text, expected):
    assert _first_person_names(_actors(nlp, text)) == expected


def test_one_labelled_line_is_no_transcript(nlp):
    found = _actors(nlp, "Note: Maria Gonzalez spoke in Lima.\n\nChile signed.\n\nI was there.")
    assert "Maria Gonzalez" not in _first_person_names(found)


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Polls put the Greens ahead of the governing party in Osmark.", "Greens"),
        ("The Liberals lead with 40 per cent, the poll of Osmark found.", "Liberals"),
        ("The talks would allow the Maoists into the government of Osmark.", "Maoists"),
    ],
)
def test_a_party_members_plural_is_the_party(nlp, text, party):
    found = _actors(nlp, text)
    assert _actor_named(found, party).type == "organisation"


def test_counted_party_members_are_no_party(nlp):
    found = _actors(nlp, "The panel of Osmark has five Democrats and five Republicans.")
    assert not {"Democrats", "Republicans"} & {a.name for a in found.actors.values()}


def test_a_kicker_before_a_colon_is_no_headline_verb(nlp):
    found = _actors(
        nlp,
        "Osmark Votes 2026: Interview with Green candidate Maria Gonzalez\n\n"
        "Why are you running? I want cleaner rivers for Osmark.",
    )
    assert _first_person_names(found) == ["Maria Gonzalez"]


def _labels_after_repair(nlp, text: str, places: list[str]) -> dict[str, str]:
    """Return each entity's label after the person repair, with the last mentions of
    ``places`` forced to GPE the way the model types an unfamiliar name."""
    from analysis.actor_rules import _repair_people

    doc = nlp(text)
    forced = []
    for name in places:  # the last mentions, so a full name earlier keeps its words
        start = doc.text.rindex(name)
        while any(s.start_char == start for s in forced):
            start = doc.text.rindex(name, 0, start)
        forced.append(doc.char_span(start, start + len(name), label="GPE"))
    ents = [e for e in doc.ents if not any(e.start < f.end and f.start < e.end for f in forced)]
    ents = sorted([*ents, *forced], key=lambda e: e.start)
    return {f"{e.text}@{e.start}": e.label_ for e in _repair_people(doc, ents)}


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Tavio Renn met the Ostrian envoy. Renn told reporters the talks would go on.", ["Renn"]),
        (
            "Tavio Renn met the Ostrian envoy. Tavio told reporters the talks would go on.",
            ["Tavio"],
        ),
        (
            "Tavio Renn met the Ostrian envoy on Monday. Tavio Renn said that he would go on.",
            ["Tavio Renn"],
        ),
    ],
)
def test_a_place_named_like_a_person_of_the_article_is_that_person(nlp, text, places):
    labels = _labels_after_repair(nlp, text, places)
    assert all(label == "PERSON" for key, label in labels.items() if key.split("@")[0] in places)


def test_a_name_the_article_uses_as_a_place_stays_a_place(nlp):
    """'Virginia Holm' is a person, yet 'in Virginia' makes Virginia a place in the article."""
    text = "Virginia Holm, a farmer in Virginia, spoke on Monday. Virginia passed the law in March."
    labels = _labels_after_repair(nlp, text, ["Virginia", "Virginia"])
    assert [label for key, label in labels.items() if key.startswith("Virginia@")] == [
        "GPE",
        "GPE",
    ]


def test_a_compass_word_abbreviated_in_a_headline_style_name(nlp) -> None:
    found = _actors(
        nlp, "N. Korea fired two missiles on Monday, and S. Korea put its forces on alert."
    )
    names = {a.name for a in found.actors.values()}
    assert {"North Korea", "South Korea"} <= names, names
    # "S. Korea" is South Korea, never a second Korea
    assert not {n for n in names if n in ("Korea", "N. Korea", "S. Korea")}


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            '"The navy will help the fishermen," said Osmani Secretary of State for Defence '
            "Tor Vesk on Monday.",
            "Tor Vesk",
            "Secretary of State for Defence",
        ),
        (
            "Minister for Foreign Affairs Ana Berg said Osmark would send an envoy.",
            "Ana Berg",
            "Minister for Foreign Affairs",
        ),
    ],
)
def test_a_name_after_an_office_and_its_remit_is_the_holder(nlp, text, name, title) -> None:
    person = _actor_named(_actors(nlp, text), name)
    assert person.type == "person"
    assert person.title == title


def test_remit_words_after_an_office_are_no_name(nlp) -> None:
    found = _actors(nlp, "The union's Secretary for International Trade Relations spoke first.")
    assert not [a for a in found.actors.values() if a.name == "Foreign Relations"]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("At a press briefing, Press Secretary Tor Vesk showed no concern.", "Press"),
        ("Former Presidential candidate Ana Berg was among the senators.", "Presidential"),
        ("A Euro MP from the north asked for a recount.", "Euro"),
    ],
)
def test_a_word_that_qualifies_a_post_is_no_actor(nlp, text, absent) -> None:
    names = {a.name for a in _actors(nlp, text).actors.values()}
    assert absent not in names, names


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("A museum was opened in the Osmani town of Vardo on Monday.", "Vardo"),
        ("Rallies in Isfahan, Shiraz and other cities were called off.", "Shiraz"),
        ("The trains ran late in Paris and Lyon on Monday.", "Lyon"),
    ],
)
def test_a_name_set_among_towns_is_a_place(nlp, text, place) -> None:
    found = _actors(nlp, text)
    assert _actor_named(found, place).type == "place"


def test_a_person_joined_to_a_state_stays_a_person(nlp) -> None:
    found = _actors(nlp, "Israel and Abbas agreed to meet in the city of Jericho.")
    assert _actor_named(found, "Abbas").type == "person"
    assert _actor_named(found, "Jericho").type == "place"


def test_a_short_name_keeps_meaning_the_person_it_first_meant(nlp) -> None:
    found = _actors(
        nlp,
        "The party leader, Tor Vesk, has become a father. Vesk left the campaign on Monday. "
        "Aron Emil Vesk was born just after midnight. Vesk thanked the hospital staff.",
    )
    father = _actor_named(found, "Tor Vesk")
    son = _actor_named(found, "Aron Emil Vesk")
    shorts = [m for m in found.mentions if m.text == "Vesk"]
    assert len(shorts) == 2 and all(m.actor_key == father.key for m in shorts)
    assert son.key != father.key


@pytest.mark.parametrize(
    ("meeting", "meant"),
    [
        # a relative named beside the newsmaker does not take the surname they share
        ("said troops had shot his cousin's son, Samir Haddad, a student,", "Salim al-Haddad"),
        ("said troops had shot his son Samir Haddad", "Salim al-Haddad"),
        # "the father" with no one's before it is a priest's title, not kin
        ("met the father Samir Haddad", "Samir Haddad"),
        # named without kin, the nearer namesake keeps the short name
        ("met the student Samir Haddad", "Samir Haddad"),
    ],
)
def test_a_relative_named_beside_the_newsmaker_does_not_take_his_surname(nlp, meeting, meant):
    found = _actors(
        nlp,
        f"Salim al-Haddad, the ambassador to Norway, {meeting} at the port. Haddad called "
        "for an inquiry into the shooting.",
    )
    person = _actor_named(found, meant)
    assert [m.actor_key for m in found.mentions if m.text == "Haddad"] == [person.key]


def test_a_surname_misspelt_by_one_letter_is_the_same_person(nlp) -> None:
    found = _actors(
        nlp,
        "Foreign Minister Henrik Karlsson warned of war on Sunday. Karlson told reporters "
        "that sanctions were ready.",
    )
    minister = _actor_named(found, "Henrik Karlsson")
    assert [m.actor_key for m in found.mentions if m.text == "Karlson"] == [minister.key]
    # two letters apart are two people
    apart = _actors(
        nlp,
        "Defence Minister Amos Berenz met President Ilan Beres. Beres said the talks would go on.",
    )
    assert [m.actor_key for m in apart.mentions if m.text == "Beres"] == [
        _actor_named(apart, "Ilan Beres").key
    ]


def test_a_faction_named_after_its_leader_is_a_body_and_the_surname_stays_his(nlp) -> None:
    found = _actors(
        nlp,
        "The member of parliament Tor Vesk has finished his statement. His new faction, "
        "Group Vesk, has two seats. Vesk proposed to cut the number of ministries.",
    )
    assert _actor_named(found, "Group Vesk").type == "organisation"
    leader = _actor_named(found, "Tor Vesk")
    assert [m.actor_key for m in found.mentions if m.text == "Vesk"] == [leader.key]


def _with_model_entities(nlp, text: str, ents: list[tuple[str, int, str]]) -> ArticleActors:
    """Actors of ``text`` when the model's entities are the given (words, nth, label), or
    (words, nth, label, gazetteer entry): the real model parses, and the rules repair the
    entities set by hand."""

    with nlp.select_pipes(disable=["ner", "actor_entities"]):
        doc = nlp(text)
    spans = []
    for words, nth, label, *known in ents:
        start = -1
        for _ in range(nth + 1):
            start = text.index(words, start + 1)
        span_id = known[0] if known else 0  # a gazetteer entry the entity stands for
        spans.append(doc.char_span(start, start + len(words), label=label, span_id=span_id))
    doc.ents = spans
    return article_actors(nlp.get_pipe("actor_entities")(doc))


def test_a_surname_after_a_courtesy_style_read_as_an_unknown_place_is_a_person(nlp):
    found = _with_model_entities(
        nlp,
        "Judge Varga heard a statement from Mr. Dorlan on Monday.",
        [("Varga", 0, "PERSON"), ("Dorlan", 0, "GPE")],
    )
    assert _actor_named(found, "Dorlan").type == "person"


def test_a_given_name_before_an_unknown_place_that_is_a_person_elsewhere_makes_him(nlp):
    found = _with_model_entities(
        nlp,
        "Jaspal Dorlan, the ferry captain who reported the leak, changed his account. "
        "Dorlan said he was sorry.",
        [("Dorlan", 0, "GPE"), ("Dorlan", 1, "PERSON")],
    )
    person = _actor_named(found, "Jaspal Dorlan")
    assert person.type == "person"
    named = [m for m in found.mentions if m.actor_key == person.key and m.kind == "name"]
    assert [m.text for m in named] == ["Jaspal Dorlan", "Dorlan"]
    assert not [a for a in found.actors.values() if a.type == "place"]


def test_a_name_read_as_a_work_with_a_title_in_apposition_is_a_person(nlp):
    found = _with_model_entities(
        nlp,
        '"The ministers will meet again in spring," Park Min-Seong, deputy head of the '
        "harbour board, said.",
        [("Park Min-Seong", 0, "WORK_OF_ART")],
    )
    assert _actor_named(found, "Park Min-Seong").type == "person"


def test_a_name_with_a_particle_running_on_into_a_second_surname_is_a_person(nlp):
    found = _with_model_entities(
        nlp,
        "Tavio de Ramos e Sousa, a clerk of the port authority, said the ferry would sail.",
        [("Tavio de Ramos", 0, "ORG")],
    )
    assert _actor_named(found, "Tavio de Ramos e Sousa").type == "person"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # opening words that name no body of their own belong to the name after "and"
        (
            "The Liberal Democratic and Farmers Party says it will only join a reformed committee.",
            "Liberal Democratic and Farmers Party",
        ),
        # a divine owner's possessive is part of a movement's name
        (
            "The Lord's Freedom Army will be barred from buying rifles, the treaty says.",
            "Lord's Freedom Army",
        ),
    ],
)
def test_party_and_movement_names_stay_whole(nlp, text, name):
    assert _actor_named(_actors(nlp, text), name).type == "organisation"


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Troops taking part in Operation Tidewater will stay in the south.", "Operation"),
        ("The National Strategy for Renewal was released on Wednesday.", "Strategy"),
        ("The Review of Local Councils will cut the number of councils.", "Review"),
    ],
)
def test_operations_strategies_and_reviews_are_no_actors(nlp, text, thing):
    names = [a.name for a in _actors(nlp, text).actors.values()]
    assert not [n for n in names if thing in n], names


def test_a_body_named_for_its_operations_stays_an_actor(nlp):
    found = _actors(nlp, "The Operations Command of the army said it would hold the line.")
    assert _actor_named(found, "Operations Command").type == "organisation"


def test_a_body_named_of_a_demonym_goes_on_through_the_words_after_it(nlp):
    found = _with_model_entities(
        nlp,
        "The Organization of American Ports met in Lima on Monday.",
        [("Organization of", 0, "ORG"), ("American", 0, "NORP", "United States")],
    )
    assert _actor_named(found, "Organization of American Ports").type == "organisation"


@pytest.mark.parametrize(
    ("text", "written", "name"),
    [
        ("Officials said the U.S government would send two more ships.", "U.S", "United States"),
        ("The town was guarded by U.N troops until the spring.", "U.N", "United Nations"),
    ],
)
def test_an_initialism_without_its_last_dot_is_the_known_name(nlp, text, written, name):
    found = _actors(nlp, text)
    assert _actor_named(found, name).type in ("country", "organisation")
    assert written not in [a.name for a in found.actors.values()]


def test_a_bodys_national_branch_is_another_actor(nlp):
    found = _actors(
        nlp,
        "Harbour Watch International called for the port to close. Ola Hale, director of "
        "Harbour Watch International Canada, defended the report. Harbour Watch International "
        "said it would publish more.",
    )
    names = {a.name for a in found.actors.values()}
    assert {"Harbour Watch International", "Harbour Watch International Canada"} <= names


def test_a_short_name_still_takes_the_longer_name_it_opens(nlp):
    found = _actors(
        nlp,
        "The Harbour Union of Norland met in Oslo on Monday. The Harbour Union said it would "
        "strike.",
    )
    names = {a.name for a in found.actors.values()}
    assert "Harbour Union of Norland" in names and "Harbour Union" not in names


def test_a_known_given_name_the_model_left_out_is_part_of_the_name(nlp) -> None:
    text = (
        "In Osmark , prime minister Anders Berg Halvorsen announced his country will "
        "withdraw its forces."
    )
    found = _actors(nlp, text)
    person = _actor_named(found, "Anders Berg Halvorsen")
    assert person.type == "person" and person.title == "prime minister"
    # the model may tag the name without its given name: the known given name goes back
    doc = nlp(text)
    start = next(t.i for t in doc if t.text == "Berg")
    cut = Span(doc, start, start + 2, label="PERSON")
    assert [e.text for e in _with_known_given_names([cut])] == ["Anders Berg Halvorsen"]


def test_a_name_with_a_hyphened_particle_opening_a_sentence_in_apposition_is_a_person(nlp):
    doc = nlp(
        "The new cabinet met in Vell on Sunday. Walid al-Rawi, the new Osmark minister "
        'of information, said of the meeting "There are hopeful signs."'
    )
    # the model may leave the name untagged: the apposed title still makes it a person
    untagged = [e for e in doc.ents if e.label_ != "PERSON"]
    found = people_by_apposition(doc, untagged)
    assert [e.text for e in found if e.label_ == "PERSON"] == ["Walid al-Rawi"]


def test_a_partys_members_named_together_are_the_party(nlp) -> None:
    from analysis.actors import article_actors

    text = (
        "The Progressive Party of Norway won 99 seats. The Progressives said they would "
        "cut taxes, and the Greens said they would not."
    )
    actors = {a.name: a for a in article_actors(nlp(text)).actors.values()}
    assert "Progressives" in actors["Progressive Party of Norway"].aliases
    assert "Progressives" not in actors
    assert "Greens" in actors  # no Green party named: the members stay as written


def test_a_verb_after_a_name_is_no_part_of_it() -> None:
    import spacy
    from spacy.tokens import Doc, Span

    from analysis.actor_rules import _trimmed

    nlp = spacy.blank("en")
    words = ["The", "Harbour", "Front", "ended", "its", "strike", "."]
    tags = ["DT", "NNP", "NNP", "VBD", "PRP$", "NN", "."]
    doc = Doc(nlp.vocab, words=words, tags=tags)
    assert _trimmed(Span(doc, 0, 4, label="ORG")).text == "The Harbour Front"
    # a capitalised word so tagged stays: it is part of the name
    doc = Doc(nlp.vocab, words=["Save", "Ends", "Now"], tags=["NNP", "VBZ", "NNP"])
    assert _trimmed(Span(doc, 0, 2, label="ORG")).text == "Save Ends"


@pytest.mark.parametrize(
    "text",
    [
        "Floods hit the north of Norway. The Central Government will send 500 soldiers there.",
        "Floods hit the north of Norway. The Federal Government will send 500 soldiers there.",
    ],
)
def test_a_government_named_by_its_kind_is_the_state(nlp, text: str) -> None:
    from tests.extraction import commitment_rows

    rows = commitment_rows(nlp, text)
    assert {(r["actor"], r["type"]) for r in rows} == {("Norway", "pledge")}


def test_whom_a_branchs_officer_serves_is_the_body_not_the_branchs_place(nlp) -> None:
    from analysis.actors import article_actors

    text = (
        "Karl Holm, the director of the Norwegian branch of Amnesty International, said the "
        "trial was unfair."
    )
    people = {a.name: a for a in article_actors(nlp(text)).actors.values() if a.type == "person"}
    assert people["Karl Holm"].affiliation == "Amnesty International"


def test_a_capital_that_hosts_is_the_city(nlp) -> None:
    found = _actors(nlp, "The summit of the bloc was hosted by Lima last year.")
    m = _mention(found, "Lima")
    assert (m.kind, found.actors[m.actor_key].type) == ("name", "place")


def test_a_person_named_by_a_role_with_a_demonym_is_of_that_state(nlp) -> None:
    text = (
        'The Norwegian Ambassador to the Council answered the vote by saying "Our people are '
        'paying for rights every nation has."'
    )
    # named with the post its title goes on to
    person = _actor_named(_actors(nlp, text), "Norwegian Ambassador to the Council")
    assert (person.type, person.affiliation) == ("person", "Norway")


def test_a_role_goes_on_to_its_post_only_when_the_post_is_named(nlp) -> None:
    found = _actors(nlp, "The Norwegian Ambassador to today's meeting said the talks would resume.")
    assert _actor_named(found, "Norwegian Ambassador").affiliation == "Norway"


def test_a_person_named_by_a_role_without_a_state_has_no_affiliation(nlp) -> None:
    text = 'The Special Envoy answered the vote by saying "Our people are paying for it."'
    person = _actor_named(_actors(nlp, text), "Special Envoy")
    assert (person.type, person.affiliation) == ("person", "")


def test_a_clergy_style_is_no_part_of_the_name_and_a_relative_keeps_no_title(nlp):
    found = _actors(
        nlp,
        "The assembly president, Father Anselm Roca of Peru, called for a boycott. "
        "His father Tor Lind was a teacher. Father Roca later left Oslo.",
    )
    people = {a.name: a.title for a in found.actors.values() if a.type == "person"}
    assert people == {"Anselm Roca": "assembly president", "Tor Lind": ""}
