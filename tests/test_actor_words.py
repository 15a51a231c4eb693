"""Words that are no actors (weapons by class, ideas), and titles the model does not know."""

from __future__ import annotations

import pytest

from analysis.actors import article_actors
from tests.test_quote_speakers import speaker_of


def names(nlp, text: str) -> set[str]:
    return {actor.name for actor in article_actors(nlp(text)).actors.values()}


@pytest.mark.parametrize(
    ("text", "weapon"),
    [
        ("About forty gunmen attacked the Vesland outpost with RPG s and rifles.", "RPG"),
        ("The rebels fired RPGs at the convoy near the Vesland border.", "RPG"),
        ("Sudvia launched its first SSBN on Monday, the navy of Sudvia said.", "SSBN"),
    ],
)
def test_a_weapon_named_by_its_class_is_no_actor(nlp, text: str, weapon: str) -> None:
    assert not any(weapon in name for name in names(nlp, text))


def test_a_word_for_an_idea_is_no_actor(nlp) -> None:
    found = names(
        nlp,
        "Premier Ivo Tarn spoke about Globalisation and warned that Protectionism would hurt "
        "Vesland.",
    )
    assert "Ivo Tarn" in found
    assert not {"Globalisation", "Protectionism"} & found


def test_the_irish_head_of_government_is_titled(nlp) -> None:
    found = article_actors(
        nlp("Taoiseach Sean Dolan met the Chilean premier. The Taoiseach said he was pleased.")
    )
    dolan = [a for a in found.actors.values() if a.name == "Sean Dolan"]
    assert dolan and dolan[0].title == "Taoiseach"
    assert "Taoiseach Sean Dolan" not in {a.name for a in found.actors.values()}


@pytest.mark.parametrize(
    "text",
    [
        'The fighting began in July. A lecturer at Harbour University said "the army had '
        'prepared for this war for many years".',
        "The fighting began in July. Ivo Tarn, a professor of history at Harbour University, "
        'said "the army had prepared for this war for many years".',
    ],
)
def test_a_scholar_speaks_for_no_university(nlp, text: str) -> None:
    assert speaker_of(nlp, text, "the army had") != "Harbour University"


def test_an_abbreviated_ambassador_is_a_title(nlp) -> None:
    found = article_actors(
        nlp(
            "Gen. Holm, Amb. Tarn testify before Senate panel\n\nGeneral Ivo Holm and "
            "Ambassador Per Tarn testified today before the Senate."
        )
    )
    found_names = {a.name for a in found.actors.values()}
    assert "Per Tarn" in found_names
    assert "Amb" not in found_names
