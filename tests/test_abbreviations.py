"""Abbreviations read from the article: initials of a name used before, spelling variants
of known names, and acronyms that mean different bodies in different articles."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.abbreviations import initials
from analysis.actor_merging import canonical_actors, normalise_name
from analysis.actors import article_actors
from analysis.entity_rules import canonical_names


def _actor_of(found, text: str) -> str:
    mentions = [m for m in found.mentions if m.text == text]
    assert mentions, f"no mention {text!r} in {[m.text for m in found.mentions]}"
    return found.actors[mentions[0].actor_key].name


@pytest.mark.parametrize(
    ("words", "acronym"),
    [
        ("Veltranian Border Guard", "VBG"),
        ("Bank of Veltrania", "BV"),
        ("Bank of Veltrania", "BOV"),
        ("Press Agency of Osmark", "PAO"),
    ],
)
def test_initials_spell_the_acronym(words, acronym):
    assert acronym in initials(words.split())


@pytest.mark.parametrize(
    ("text", "acronym", "long_form"),
    [
        (
            "On Monday the Veltranian Border Guard said it had seized two boats. "
            "A VBG spokesman said the crews were held in the port.",
            "VBG",
            "Veltranian Border Guard",
        ),
        # the article wins over the gazetteer's reading of an acronym
        (
            "The Island Cricket Council met in Port Aster on Friday. "
            "The ICC said the season would start in May.",
            "ICC",
            "Island Cricket Council",
        ),
        (
            "Fighters of the Southern Defence Front took the hill on Sunday. "
            "The SDF said it had lost four men.",
            "SDF",
            "Southern Defence Front",
        ),
    ],
)
def test_an_acronym_is_the_earlier_name_whose_initials_spell_it(nlp, text, acronym, long_form):
    found = article_actors(nlp(text))
    assert _actor_of(found, acronym) == long_form


def test_an_acronym_defined_in_brackets_as_a_role_is_not_relinked(nlp):
    found = article_actors(
        nlp("The council named a Liaison Officer (LO) for the port. The LO will report weekly.")
    )
    assert "LO" not in {m.text for m in found.mentions}


def test_no_acronym_is_hard_wired_to_one_body():
    # an acronym that names different forces in different places is left to the article
    forms = canonical_names()
    for acronym in ("sdf", "afp", "adf", "plan", "mod", "ap"):
        assert acronym not in forms, acronym


def test_spelling_variants_of_a_known_name_are_that_name(nlp):
    text = "Osmark condemned Da’esh on Friday. DAESH had attacked a convoy."
    found = article_actors(nlp(text))
    assert _actor_of(found, "Da’esh") == "Islamic State"
    assert _actor_of(found, "DAESH") == "Islamic State"


def test_a_shortened_organisation_name_is_the_longer_one(nlp):
    text = (
        "The Global Alliance for Coastal Security met in Port Aster. "
        "The Global Alliance said it would send two ships."
    )
    found = article_actors(nlp(text))
    names = {a.name for a in found.actors.values() if a.type == "organisation"}
    assert "Global Alliance for Coastal Security" in names
    assert "Global Alliance" not in names


def test_an_acronym_of_two_bodies_across_articles_merges_with_neither():
    rows = [
        ("a1", "Southern Defence Front", "SDF"),
        ("a2", "Sea Defence Force", "SDF"),
        ("a3", "SDF", ""),
        ("a4", "SDF", ""),
    ]
    local = pd.DataFrame(
        [
            {
                "article_id": a,
                "actor_key": f"organisation:{normalise_name(n)}",
                "name": n,
                "type": "organisation",
                "title": "",
                "affiliation": "",
                "aliases": aliases,
            }
            for a, n, aliases in rows
        ]
    )
    articles = pd.DataFrame({"article_id": ["a1", "a2", "a3", "a4"], "date": [""] * 4})
    _, mapping = canonical_actors(local, local[["article_id", "actor_key"]], articles)
    ids = {a: mapping[(a, f"organisation:{normalise_name(n)}")] for a, n, _ in rows}
    assert len({ids["a1"], ids["a2"], ids["a3"]}) == 3
    assert ids["a3"] == ids["a4"]


def test_a_short_name_in_brackets_after_an_organisation_is_that_organisation(nlp):
    text = (
        "Papers of the Norwegian Agency of surveys (Anos) say that money was paid. "
        "Anos said the papers were genuine."
    )
    found = article_actors(nlp(text))
    assert _actor_of(found, "Anos") == "Norwegian Agency of surveys"
    assert not [a for a in found.actors.values() if a.type == "person"]


def test_a_country_in_brackets_is_no_short_name(nlp):
    found = article_actors(nlp("The Coastal Defence Agency (Norway) said the ships left."))
    assert _actor_of(found, "Norway") == "Norway"


def test_a_short_form_defined_in_brackets_with_a_stray_space_is_linked(nlp):
    doc = nlp(
        "The director-general of the Osmani Survey Agency (Osa ), Lena Varr, said the "
        "documents were archived. Osa said it keeps all reports."
    )
    found = article_actors(doc)
    agency = [a for a in found.actors.values() if a.name == "Osmani Survey Agency"]
    assert agency and "Osa" in agency[0].aliases


def test_a_short_name_in_the_bodys_own_language_is_that_body(nlp):
    # The short name's first letter is the third word of the translated name, and the
    # title before the body ("the director-general of") does not make the short name a person.
    text = (
        "The director-general of the Osmani Survey Agency (Aso), Lena Varr, said the "
        "documents were archived. Aso keeps every report."
    )
    found = article_actors(nlp(text))
    assert _actor_of(found, "Aso") == "Osmani Survey Agency"
    assert not [a for a in found.actors.values() if a.name == "Aso"]


def test_a_short_name_tied_to_its_body_stays_the_body_after_in(nlp):
    text = (
        "Officials of the Osmani Survey Agency (Aso) spoke on Monday. The analyst "
        "worked in Aso for ten years, the officials said."
    )
    found = article_actors(nlp(text))
    assert _actor_of(found, "Aso") == "Osmani Survey Agency"
    assert not [a for a in found.actors.values() if a.type == "place" and a.name == "Aso"]


def test_a_title_before_a_bracketed_short_name_still_describes_the_person(nlp):
    text = (
        "The director-general of the Osmani Survey Agency (Aso), Lena Varr, said the "
        "documents were archived."
    )
    found = article_actors(nlp(text))
    person = [a for a in found.actors.values() if a.name == "Lena Varr"][0]
    assert "director" in person.title
    assert person.affiliation == "Osmani Survey Agency"


@pytest.mark.parametrize(
    ("words", "acronym"),
    [
        ("Ministry of Defence", "MoD"),
        ("Department for International Development", "DfID"),
        ("Bank of Veltrania", "BoV"),
        # no connector, no mixed-case form
        ("Veltranian Border Guard", ""),
    ],
)
def test_cased_initials_spell_connectors_in_small_letters(words, acronym):
    from analysis.abbreviations import cased_initials

    assert cased_initials(words.split()) == acronym


def test_a_mixed_case_acronym_is_the_body_named_before(nlp):
    found = article_actors(
        nlp(
            "The Osmani Ministry of Defence opened the base to visitors on Monday. "
            'In a letter, the MoD wrote: "The visits will go on every weekend until the '
            'end of the summer."'
        )
    )
    assert _actor_of(found, "MoD") == "Osmani Ministry of Defence"


def test_an_untagged_repeat_of_a_tagged_acronym_is_that_body(nlp):
    text = "KLDR fighters took the town. Later the KLDR said it would fight on."
    # the model tags only the second "KLDR"
    found = article_actors(nlp(text))
    starts = sorted(m.start_char for m in found.mentions if m.text == "KLDR")
    assert starts == [0, text.rindex("KLDR")]
    assert len({m.actor_key for m in found.mentions if m.text == "KLDR"}) == 1


def test_repeated_acronyms_add_only_bodies_and_never_overlap_a_name():
    import spacy
    from spacy.tokens import Span

    from analysis.abbreviations import repeated_acronyms

    nlp = spacy.blank("en")
    doc = nlp("KLDR men met US envoys. The KLDR and the US Navy talked. US aid came.")
    doc[0].is_sent_start = True
    doc[6].is_sent_start = True
    doc[14].is_sent_start = True
    kldr = Span(doc, 7, 8, label="ORG")  # "the KLDR"
    navy = Span(doc, 10, 12, label="ORG")  # "US Navy"
    us = Span(doc, 3, 4, label="GPE")  # "US envoys"
    out = repeated_acronyms(doc, [kldr, navy, us])
    added = sorted((e.start, e.text, e.label_) for e in out if e not in (kldr, navy, us))
    # the headline repeat of the body is added; "US" is tagged as a place elsewhere
    assert added == [(0, "KLDR", "ORG")]


@pytest.mark.parametrize(
    ("text", "name", "short"),
    [
        (
            "The Coastal Patrol Command (COPACOM) warned ships. COPACOM said two ships were held.",
            "Coastal Patrol Command",
            "COPACOM",
        ),
        (
            "The Northern Naval Force (NORNAVFOR) escorted the convoy. NORNAVFOR will stay.",
            "Northern Naval Force",
            "NORNAVFOR",
        ),
    ],
)
def test_a_clipped_acronym_defined_in_brackets_names_its_body(nlp, text, name, short) -> None:
    actors = {a.name: a for a in article_actors(nlp(text)).actors.values()}
    assert short in actors[name].aliases
    assert short not in actors


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a text defined in brackets, and its short form later, are no actor
        (
            "The treaty was drafted to mark ten years of the Harbour Charter of Fishing "
            "Rights (HCFR). Holm said the HCFR binds every government.",
            "Harbour Charter of Fishing Rights",
        ),
        # an award named by its last word
        (
            "Crowds gathered for the poet, who will be given the Harbour Gold Medal next month.",
            "Harbour Gold Medal",
        ),
    ],
)
def test_a_document_or_award_defined_or_named_is_no_actor(nlp, text: str, absent: str) -> None:
    found = article_actors(nlp(text))
    assert absent not in {a.name for a in found.actors.values()}
    assert not {"HCFR", "Medal"} & {m.text for m in found.mentions}


def test_a_body_defined_in_brackets_stays_an_actor(nlp) -> None:
    text = "The Organisation for Coastal Safety (OCS) said it would send inspectors."
    assert _actor_of(article_actors(nlp(text)), "OCS") == "Organisation for Coastal Safety"


@pytest.mark.parametrize(
    ("text", "acronym", "long_form"),
    [
        # a name ending in a programme word, said by an apposition to be a body, is a body
        (
            "The talks are arranged by Norway's Harbour Peace Initiative (HPI), a non-profit, "
            "non-governmental organization founded by Ola Berg in 2001. The HPI said the "
            "talks would resume in May.",
            "HPI",
            "Harbour Peace Initiative",
        ),
    ],
)
def test_a_programme_word_name_said_to_be_a_body_is_an_actor(nlp, text, acronym, long_form):
    found = article_actors(nlp(text))
    assert _actor_of(found, acronym) == long_form


def test_a_programme_word_name_said_to_be_a_plan_is_no_actor(nlp):
    found = article_actors(
        nlp(
            "Norway signed the Harbour Peace Initiative (HPI), a plan to clear the coast of "
            "mines. The HPI will take two years."
        )
    )
    assert "HPI" not in {m.text for m in found.mentions}
