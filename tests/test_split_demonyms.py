"""Demonyms a wiki export left split after the country's name ("Romania n government")."""

from __future__ import annotations

import pytest

from analysis.actors import article_actors
from tests.test_commitments import extract, pairs


def test_a_split_demonym_is_one_token_read_as_the_demonym(nlp):
    text = "The Romania n government will send more troops."
    doc = nlp(text)
    assert doc.text == text
    token = next(t for t in doc if t.text.startswith("Romania"))
    assert token.text == "Romania n"
    assert (token.idx, token.norm_, token.lower_) == (4, "romanian", "romanian")
    assert token.pos_ == "ADJ" or token.tag_ in ("JJ", "NNP")


def test_a_split_demonym_stands_for_its_country(nlp):
    text = "The Romania n government will send 200 more troops to Iraq."
    assert ("Romania", "pledge") in pairs(extract(nlp, text))
    found = article_actors(nlp(text))
    mention = next(m for m in found.mentions if found.actors[m.actor_key].name == "Romania")
    assert text[mention.start_char : mention.end_char].startswith("Romania n")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Brazil ian Landless Workers Movement said it will occupy more farms.",
            "Brazilian Landless Workers Movement",
        ),
        ("Iraq i Foreign Minister Karim Aziz arrived in Cairo.", "Karim Aziz"),
    ],
)
def test_names_show_the_joined_demonym(nlp, text: str, name: str) -> None:
    found = article_actors(nlp(text))
    names = {a.name for a in found.actors.values()}
    assert name in names
    assert not any(" ian " in n or " i " in n for n in names)


@pytest.mark.parametrize(
    "text",
    [
        "The minister gave Europe an ultimatum.",  # an article before a vowel
        "Troops from Iraq in the north were moved.",  # "in" is no ending of a demonym
        "Israel is ready to talk, and Pakistan is too.",  # "Israelis" split is the verb
    ],
)
def test_a_real_word_after_a_country_is_not_joined(nlp, text: str) -> None:
    doc = nlp(text)
    assert all(" " not in t.text for t in doc)
