"""One person one actor, two people two actors: person names in parts and merging across
articles, with the reason of every merge recorded."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.actor_merging import canonical_actors, normalise_name
from analysis.actor_rules import surname_forms
from analysis.actors import article_actors
from analysis.person_names import names_agree, parse_person_name, titles_agree

DATES = [f"2024-{m:02d}-01" for m in range(1, 13)]


def _build(
    rows: list[tuple[str, str, str, str]],
    countries: list[tuple[str, str]] = (),
    aliases: dict[tuple[str, str], str] | None = None,
) -> tuple[pd.DataFrame, dict]:
    """Canonical actors of person rows (article, name, title, affiliation), one mention
    each, beside the countries the articles name (article, country) and the aliases of a
    person in one article ((article, name) -> aliases)."""
    articles = sorted({r[0] for r in rows} | {c[0] for c in countries})
    aliases = aliases or {}
    local = pd.DataFrame(
        [
            {
                "article_id": article,
                "actor_key": f"person:{normalise_name(name)}",
                "name": name,
                "type": "person",
                "title": title,
                "affiliation": affiliation,
                "aliases": aliases.get((article, name), ""),
            }
            for article, name, title, affiliation in rows
        ]
        + [
            {
                "article_id": article,
                "actor_key": f"country:{normalise_name(name)}",
                "name": name,
                "type": "country",
                "title": "",
                "affiliation": "",
                "aliases": "",
            }
            for article, name in countries
        ]
    )
    mentions = local[["article_id", "actor_key"]]
    frame = pd.DataFrame({"article_id": articles, "date": DATES[: len(articles)]})
    table, mapping = canonical_actors(local, mentions, frame)
    ids = {(a, n): mapping[(a, f"person:{normalise_name(n)}")] for a, n, *_ in rows}
    return table, ids


@pytest.mark.parametrize(
    ("a", "b", "agree"),
    [
        ("Harlan Croft", "Harlan J. Croft", True),
        ("Harlan J. Croft", "H. J. Croft", True),
        ("Harlan J. Croft", "Harlan R. J. Croft", False),
        ("Harlan Croft", "Maren Croft", False),
        ("Tavio Ramos da Cunha", "Ramos DaCunha", True),
        ("Luis Tavio Ramos da Cunha", "Ramos da Cunha", True),
        ("Pieter van der Wal", "Pieter Wal", False),
        ("Ana Lucia Reis", "Ana Lucia Reis Prado", True),
        ("Ana Reis", "Ana Lucia Reis Prado", False),
    ],
)
def test_names_agree_part_by_part(a, b, agree):
    assert names_agree(a, b) is agree


def test_a_surname_keeps_its_particles():
    assert parse_person_name("Karim bin Rashed").surname == "binrashed"
    assert parse_person_name("Karim Rashed al-Nouri").surname == "alnouri"
    assert parse_person_name("Pieter van der Wal").surname == "vanderwal"
    forms = surname_forms("Pieter van der Wal")
    assert "van der Wal" in forms and "Wal" in forms
    assert not {"van", "der"} & set(forms)


@pytest.mark.parametrize(
    ("a", "b", "agree"),
    [
        ("President", "Veltranian President", True),
        ("President", "former President", False),
        ("President", "Foreign Minister", False),
        ("", "former President", True),
        # a word that names no one office agrees with any office
        ("leader", "President", True),
        ("former leader", "President", False),
    ],
)
def test_titles_agree(a, b, agree):
    assert titles_agree(a, b) is agree


def test_father_and_son_stay_apart_and_short_names_follow_the_title():
    table, ids = _build(
        [
            ("a1", "Harlan J. Croft", "President", "Veltrania"),
            ("a2", "Harlan J. Croft", "President", "Veltrania"),
            ("a3", "Harlan R. J. Croft", "former President", "Veltrania"),
            ("a4", "Harlan Croft", "President", ""),
            ("a5", "Croft", "President", ""),
            ("a6", "Croft", "former President", ""),
        ]
    )
    son, father = ids[("a1", "Harlan J. Croft")], ids[("a3", "Harlan R. J. Croft")]
    assert son != father
    assert ids[("a4", "Harlan Croft")] == son
    assert ids[("a5", "Croft")] == son
    assert ids[("a6", "Croft")] == father
    evidence = table.set_index("actor_id").loc[son, "merged_from"]
    assert "Harlan Croft:" in evidence and "title President agrees" in evidence
    assert "Croft: short name of Harlan J. Croft" in evidence


def test_a_bare_surname_joins_a_person_only_where_its_article_supports_him():
    # Two people are called Croft. An article that says only "Croft", with no office
    # and no country, joins the far more named President of Veltrania only where it
    # names Veltrania.
    table, ids = _build(
        [
            ("a1", "Harlan J. Croft", "President", "Veltrania"),
            ("a2", "Harlan J. Croft", "President", "Veltrania"),
            ("a6", "Harlan J. Croft", "President", "Veltrania"),
            ("a7", "Maren Croft", "", ""),
            ("a3", "Croft", "", ""),
            ("a4", "Croft", "", ""),
            ("a5", "Croft", "President", ""),
        ],
        countries=[("a1", "Veltrania"), ("a3", "Veltrania"), ("a4", "Ostmark")],
    )
    president = ids[("a1", "Harlan J. Croft")]
    assert ids[("a3", "Croft")] == president
    assert ids[("a5", "Croft")] == president
    assert ids[("a4", "Croft")] not in {president, ids[("a7", "Maren Croft")]}
    assert table.set_index("actor_id").loc[ids[("a4", "Croft")], "name"] == "Croft"


def test_a_bare_given_name_joins_a_person_of_no_country_only_when_he_goes_by_it():
    # Other articles call Ilario Vessant "Ilario"; nobody calls Tomas Brell "Tomas".
    _, ids = _build(
        [
            ("a1", "Ilario Vessant", "", ""),
            ("a2", "Ilario", "", ""),
            ("a3", "Tomas Brell", "", ""),
            ("a4", "Tomas", "", ""),
        ],
        aliases={("a1", "Ilario Vessant"): "Ilario"},
    )
    assert ids[("a2", "Ilario")] == ids[("a1", "Ilario Vessant")]
    assert ids[("a4", "Tomas")] != ids[("a3", "Tomas Brell")]


def test_a_name_that_fits_two_people_equally_stays_apart():
    _, ids = _build(
        [
            ("a1", "Harlan J. Croft", "", ""),
            ("a2", "Harlan R. J. Croft", "", ""),
            ("a3", "Harlan Croft", "", ""),
            ("a4", "Harlan Croft", "", ""),
        ]
    )
    merged = ids[("a3", "Harlan Croft")]
    assert merged not in {ids[("a1", "Harlan J. Croft")], ids[("a2", "Harlan R. J. Croft")]}
    assert ids[("a4", "Harlan Croft")] == merged  # the same choice in every article


def test_a_name_that_fits_two_people_goes_to_the_one_far_more_named():
    rows = [(f"a{i}", "Harlan J. Croft", "", "") for i in range(1, 7)]
    rows += [("a7", "Harlan R. J. Croft", "", ""), ("a8", "Harlan Croft", "", "")]
    table, ids = _build(rows)
    assert ids[("a8", "Harlan Croft")] == ids[("a1", "Harlan J. Croft")]
    evidence = table.set_index("actor_id").loc[ids[("a1", "Harlan J. Croft")], "merged_from"]
    assert "named in 6 articles against 1" in evidence


def test_particle_surnames_merge_across_articles():
    _, ids = _build(
        [
            ("a1", "Luis Tavio Ramos da Cunha", "President", "Veltrania"),
            ("a2", "Ramos da Cunha", "President", ""),
            ("a3", "Ramos DaCunha", "", ""),
        ]
    )
    assert len({ids[("a1", "Luis Tavio Ramos da Cunha")], ids[("a2", "Ramos da Cunha")]}) == 1
    assert ids[("a3", "Ramos DaCunha")] == ids[("a1", "Luis Tavio Ramos da Cunha")]


def test_one_article_groups_a_shorter_full_name_with_the_fuller_one(nlp):
    text = (
        "President Luis Tavio Ramos da Cunha of Veltrania arrived on Monday.\n\n"
        "Ramos da Cunha said the talks had gone well. Ramos DaCunha later left for home."
    )
    found = article_actors(nlp(text))
    people = {a.name for a in found.actors.values() if a.type == "person"}
    assert people == {"Luis Tavio Ramos da Cunha"}


def test_only_two_known_affiliations_contradict():
    _, ids = _build(
        [
            ("a1", "Ivo Marek", "", "Poland"),
            ("a2", "Ivo Marek", "", "Czech Republic"),
            ("a3", "Ivo Marek", "", "Veltranian Workers' Front"),
        ]
    )
    assert ids[("a1", "Ivo Marek")] != ids[("a2", "Ivo Marek")]
    assert ids[("a3", "Ivo Marek")] in {ids[("a1", "Ivo Marek")], ids[("a2", "Ivo Marek")]}


def test_a_title_apposed_with_a_courtesy_style_is_that_person(nlp):
    text = (
        "The Treasury Secretary of Veltrania, the Most Honourable Tom Vane MP, presented "
        "the accounts on Wednesday. The Treasury Secretary said taxes would fall."
    )
    found = article_actors(nlp(text))
    roles = [m for m in found.mentions if m.kind == "role"]
    assert roles
    assert {found.actors[m.actor_key].name for m in roles} == {"Tom Vane"}
    person = next(a for a in found.actors.values() if a.name == "Tom Vane")
    assert person.title == "Treasury Secretary"


def test_a_short_name_another_article_defines_is_that_organisation():
    local = pd.DataFrame(
        [
            {
                "article_id": "a1",
                "actor_key": "organisation:norwegian agency of surveys",
                "name": "Norwegian Agency of surveys",
                "type": "organisation",
                "title": "",
                "affiliation": "",
                "aliases": "Anos",
            },
            {
                "article_id": "a2",
                "actor_key": "person:anos",
                "name": "Anos",
                "type": "person",
                "title": "",
                "affiliation": "",
                "aliases": "",
            },
        ]
    )
    articles = pd.DataFrame({"article_id": ["a1", "a2"], "date": ["", ""]})
    table, mapping = canonical_actors(local, local[["article_id", "actor_key"]], articles)
    assert (
        mapping[("a2", "person:anos")]
        == mapping[("a1", "organisation:norwegian agency of surveys")]
    )
    assert list(table["type"]) == ["organisation"]


def test_merge_reasons_split_back_into_one_entry_per_name():
    from analysis.tables import split_list

    table, ids = _build(
        [
            ("a1", "Harlan J. Croft", "President", ""),
            ("a2", "Harlan R. J. Croft", "former President", ""),
            ("a3", "Harlan Croft", "President", ""),
            ("a4", "Croft", "President", ""),
        ]
    )
    entries = split_list(
        table.set_index("actor_id").loc[ids[("a1", "Harlan J. Croft")], "merged_from"]
    )
    assert sorted(e.split(":")[0] for e in entries) == ["Croft", "Harlan Croft"]


def _body(article: str, name: str, aliases: str = "") -> dict:
    """An organisation row of the local actors table."""
    return {
        "article_id": article,
        "actor_key": f"organisation:{normalise_name(name)}",
        "name": name,
        "type": "organisation",
        "title": "",
        "affiliation": "",
        "aliases": aliases,
    }


def _organisations(names: list[tuple[str, str]]) -> dict:
    """Canonical ids of organisation rows (article, name), one mention each."""
    local = pd.DataFrame([_body(article, name) for article, name in names])
    frame = pd.DataFrame({"article_id": sorted(set(local["article_id"])), "date": DATES[:3]})
    _, mapping = canonical_actors(local, local[["article_id", "actor_key"]], frame)
    return {n: mapping[(a, f"organisation:{normalise_name(n)}")] for a, n in names}


def test_bodies_spelt_alike_but_of_two_states_stay_apart_while_a_slip_merges():
    ids = _organisations(
        [
            ("a1", "Iranian Foreign Ministry"),
            ("a2", "Indian Foreign Ministry"),
            ("a3", "Iranian Foriegn Ministry"),
        ]
    )
    assert ids["Iranian Foreign Ministry"] != ids["Indian Foreign Ministry"]
    assert ids["Iranian Foreign Ministry"] == ids["Iranian Foriegn Ministry"]


def test_a_bodys_name_the_model_read_as_a_person_once_is_that_body():
    rows = [
        ("a1", "Harbour Watch International", "organisation", ""),
        ("a2", "Harbour Watch International", "organisation", ""),
        ("a3", "Harbour Watch International", "person", "representative"),
        ("a3", "Maria Lindqvist", "person", "director"),
    ]
    local = pd.DataFrame(
        [
            {
                "article_id": article,
                "actor_key": f"{kind}:{normalise_name(name)}",
                "name": name,
                "type": kind,
                "title": title,
                "affiliation": "",
                "aliases": "",
            }
            for article, name, kind, title in rows
        ]
    )
    frame = pd.DataFrame({"article_id": ["a1", "a2", "a3"], "date": DATES[:3]})
    table, mapping = canonical_actors(local, local[["article_id", "actor_key"]], frame)
    body = mapping[("a1", "organisation:harbour watch international")]
    assert mapping[("a3", "person:harbour watch international")] == body
    assert table.set_index("actor_id").loc[body, "type"] == "organisation"
    assert mapping[("a3", "person:maria lindqvist")] != body


def test_a_surname_written_without_its_hyphened_particle_is_the_same_person():
    # "al-Rashidi" is also written "Rashidi": in one article and across articles
    table, ids = _build(
        [("a1", "Omar al-Rashidi", "Prime Minister", ""), ("a2", "Rashidi", "Prime Minister", "")]
    )
    assert ids[("a1", "Omar al-Rashidi")] == ids[("a2", "Rashidi")]
    assert "Rashidi" in surname_forms("Omar al-Rashidi")
    # a hyphen that joins two surnames is no particle
    assert "Aignan" not in surname_forms("Anne Dupont-Aignan")


def test_a_spelling_slip_in_the_oldest_article_does_not_name_the_person():
    rows = [("a1", "Tavio Marenski", "Foreign Minister", ""), ("a2", "Tavio Maresnki", "", "")]
    local = pd.DataFrame(
        [
            {
                "article_id": a,
                "actor_key": f"person:{normalise_name(n)}",
                "name": n,
                "type": "person",
                "title": t,
                "affiliation": f,
                "aliases": "",
            }
            for a, n, t, f in rows
        ]
    )
    # The slip is written once; the right spelling is repeated three times in its article.
    mentions = local[["article_id", "actor_key"]].iloc[[0, 0, 0, 1]]
    first = pd.DataFrame({"article_id": ["a1", "a2"], "date": ["2024-02-01", "2024-01-01"]})
    table, _ = canonical_actors(local, mentions, first)
    assert table["name"].tolist() == ["Tavio Marenski"]
    (merged,) = table["merged_from"].tolist()
    # The slip came first and founded the actor; it is still told as merged, with why.
    assert merged == "Tavio Maresnki: spelling close with Tavio Marenski"


def test_two_places_of_one_kind_spelt_alike_stay_apart_while_a_slip_merges():
    local = pd.DataFrame(
        [
            {"article_id": a, "actor_key": f"place:{normalise_name(n)}", "name": n,
             "type": "place", "title": "", "affiliation": "", "aliases": ""}
            for a, n in [
                ("a1", "Velan province"), ("a2", "Vilan province"),
                ("a3", "Tarnopolia"), ("a4", "Tarnoppolia"),
            ]
        ]
    )  # fmt: skip
    frame = pd.DataFrame({"article_id": ["a1", "a2", "a3", "a4"], "date": DATES[:4]})
    _, mapping = canonical_actors(local, local[["article_id", "actor_key"]], frame)
    assert mapping[("a1", "place:velan province")] != mapping[("a2", "place:vilan province")]
    assert mapping[("a3", "place:tarnopolia")] == mapping[("a4", "place:tarnoppolia")]


def test_a_person_known_only_by_a_role_is_one_actor_per_country_or_article():
    table, ids = _build(
        [
            ("a1", "Prime Minister", "Prime Minister", ""),
            ("a2", "Prime Minister", "Prime Minister", ""),
            ("a3", "Foreign Secretary", "Foreign Secretary", "United Kingdom"),
            ("a4", "Foreign Secretary", "Foreign Secretary", "United Kingdom"),
            ("a5", "Foreign Secretary", "Foreign Secretary", "Ireland"),
        ]
    )
    # Two articles' prime ministers may be two people: nothing tells they are one.
    assert ids[("a1", "Prime Minister")] != ids[("a2", "Prime Minister")]
    assert ids[("a3", "Foreign Secretary")] == ids[("a4", "Foreign Secretary")]
    assert ids[("a3", "Foreign Secretary")] != ids[("a5", "Foreign Secretary")]
    assert ids[("a2", "Prime Minister")].endswith("--a2")
    assert len(table) == 4


def test_the_fuller_name_names_the_person_however_often_the_shorter_is_mentioned():
    local = pd.DataFrame(
        [
            {"article_id": a, "actor_key": f"person:{normalise_name(n)}", "name": n,
             "type": "person", "title": "President", "affiliation": "", "aliases": ""}
            for a, n in [("a1", "Harlan J. Croft"), ("a2", "Harlan Croft")]
        ]
    )  # fmt: skip
    mentions = local[["article_id", "actor_key"]].iloc[[0, 1, 1, 1, 1]]
    frame = pd.DataFrame({"article_id": ["a1", "a2"], "date": DATES[:2]})
    table, _ = canonical_actors(local, mentions, frame)
    assert table["name"].tolist() == ["Harlan J. Croft"]


def test_a_states_body_named_without_its_state_is_not_merged_across_articles():
    # one article calls the Norwegian ministry "Foreign Ministry" too; in another article
    # a bare "Foreign Ministry" is another state's
    local = pd.DataFrame(
        [
            _body("a1", "Norwegian Foreign Ministry", "Foreign Ministry"),
            _body("a2", "Foreign Ministry"),
            _body("a3", "Harbour Trade Council", "Trade Council"),
            _body("a4", "Trade Council"),
        ]
    )
    articles = pd.DataFrame({"article_id": ["a1", "a2", "a3", "a4"], "date": [""] * 4})
    _, mapping = canonical_actors(local, local[["article_id", "actor_key"]], articles)
    ministry = mapping[("a1", "organisation:norwegian foreign ministry")]
    assert mapping[("a2", "organisation:foreign ministry")] != ministry
    # a distinctive short name of a body still joins it
    council = mapping[("a3", "organisation:harbour trade council")]
    assert mapping[("a4", "organisation:trade council")] == council


def _bodies(written: list[str]) -> pd.DataFrame:
    """Canonical actors of one gazetteer body named "US Senate", written in each article
    as ``written`` says."""
    local = pd.DataFrame(
        [
            {
                "article_id": f"a{i}",
                "actor_key": "organisation:us senate",
                "name": "US Senate",
                "type": "organisation",
                "title": "",
                "affiliation": "United States",
                "aliases": "" if form == "US Senate" else form,
            }
            for i, form in enumerate(written)
        ]
    )
    frame = pd.DataFrame(
        {"article_id": [f"a{i}" for i in range(len(written))], "date": DATES[: len(written)]}
    )
    table, _ = canonical_actors(local, local[["article_id", "actor_key"]], frame)
    return table


def test_a_body_is_shown_as_most_of_its_articles_spell_it() -> None:
    table = _bodies(["U.S. Senate", "U.S. Senate", "US Senate"])
    assert list(table["name"]) == ["U.S. Senate"]
    assert "US Senate" in table["aliases"].iloc[0]
    # the gazetteer's spelling stays when as many articles write it
    assert list(_bodies(["U.S. Senate", "US Senate"])["name"]) == ["US Senate"]
    # another name of the body ("Senate") or a leading article is no spelling of it
    assert list(_bodies(["Senate", "Senate", "the U.S. Senate"])["name"]) == ["US Senate"]


def test_a_ministry_named_without_its_state_is_each_states_own() -> None:
    rows = [
        ("a1", "Interior Ministry", "Norway"),
        ("a2", "Interior Ministry", "Norway"),
        ("a3", "Interior Ministry", "Spain"),
        ("a4", "Interior Ministry", ""),
        ("a5", "Interior Ministry", ""),
        ("a6", "Norwegian Interior Ministry", "Norway"),
    ]
    local = pd.DataFrame(
        [
            {
                "article_id": article,
                "actor_key": "organisation:interior-ministry",  # one key: each article's own
                "name": name,
                "type": "organisation",
                "title": "",
                "affiliation": affiliation,
                "aliases": "",
            }
            for article, name, affiliation in rows
        ]
    )
    frame = pd.DataFrame({"article_id": [r[0] for r in rows], "date": DATES[: len(rows)]})
    table, mapping = canonical_actors(local, local[["article_id", "actor_key"]], frame)
    ids = {article: mapping[(article, "organisation:interior-ministry")] for article, *_ in rows}
    # one state's ministry across its articles, named in full where one article does so;
    # another state's apart, unknown ones alone
    assert ids["a1"] == ids["a2"] == ids["a6"]
    assert len({ids["a1"], ids["a3"], ids["a4"], ids["a5"]}) == 4
    names = dict(zip(table["actor_id"], table["name"], strict=True))
    assert names[ids["a1"]] == "Norwegian Interior Ministry"
    assert names[ids["a3"]] == "Interior Ministry (Spain)"
    assert names[ids["a4"]] == names[ids["a5"]] == "Interior Ministry"


@pytest.mark.parametrize(
    ("text", "state"),
    [
        # the state named last before it
        (
            "Floods hit the north of Sweden on Monday, and the Norwegian police closed two "
            "roads near the border. The Interior Ministry said 300 homes were lost.",
            "Norway",
        ),
        # unless another is named at least twice as often
        (
            "Sweden asked for help. Sweden and its towns were flooded, and Sweden closed "
            "its schools. Norwegian boats came. The Interior Ministry said 300 homes were lost.",
            "Sweden",
        ),
        # a state whose body of that kind has another name is never it
        (
            "Floods hit Norway. The United States sent help. The Interior Ministry said "
            "300 homes were lost.",
            "Norway",
        ),
        # an article naming no state tells none
        ("The Interior Ministry said the talks went well.", ""),
    ],
)
def test_a_ministry_named_without_its_state_belongs_to_the_likeliest_state(
    nlp, text: str, state: str
) -> None:
    actors = article_actors(nlp(text)).actors.values()
    assert next(a.affiliation for a in actors if a.name == "Interior Ministry") == state


@pytest.mark.parametrize(
    "text",
    [
        "Norway's Ministry of Foreign Affairs protested. The Norwegian Foreign Affairs Ministry "
        "said it would recall its envoy.",
        "The Interior Ministry of Chad said two men were held. The Chadian Interior "
        "Ministry later released them.",
    ],
)
def test_a_states_body_written_two_ways_in_one_article_is_one_actor(nlp, text: str) -> None:
    bodies = [a for a in article_actors(nlp(text)).actors.values() if a.type == "organisation"]
    assert len(bodies) == 1


def test_a_name_typed_without_its_accents_is_the_accented_name(nlp):
    text = (
        "Tomas Ibanez, the president of Chile, arrived in Lima on Monday.\n\n"
        "Later President Tomás Ibáñez said the talks had gone well. Ibanez then left, and "
        "Ibáñez's aides stayed behind."
    )
    found = article_actors(nlp(text))
    people = {a.name for a in found.actors.values() if a.type == "person"}
    assert people == {"Tomás Ibáñez"}


def test_across_articles_the_accented_spelling_names_the_person():
    # one article types the name without accents, another with them: a tie the accents win
    table, ids = _build(
        [("a1", "Tomas Ibanez", "President", "Chile"), ("a2", "Tomás Ibáñez", "President", "Chile")]
    )
    assert table["name"].tolist() == ["Tomás Ibáñez"]
    assert ids[("a1", "Tomas Ibanez")] == ids[("a2", "Tomás Ibáñez")]


def test_a_body_written_in_lower_case_keeps_its_capitalised_name() -> None:
    # sentences write "the US senate"; the body's name keeps its capitals
    assert list(_bodies(["US senate", "US senate", "US Senate"])["name"]) == ["US Senate"]


def test_a_local_name_in_lower_case_takes_the_capitals_another_article_gives_it() -> None:
    local = pd.DataFrame(
        [
            {
                "article_id": f"a{i}",
                "actor_key": "organisation:green party",
                "name": name,
                "type": "organisation",
                "title": "",
                "affiliation": "",
                "aliases": alias,
            }
            for i, (name, alias) in enumerate([("Green party", ""), ("Green party", "Green Party")])
        ]
    )
    frame = pd.DataFrame({"article_id": ["a0", "a1"], "date": DATES[:2]})
    table, _ = canonical_actors(local, local[["article_id", "actor_key"]], frame)
    assert list(table["name"]) == ["Green Party"]
