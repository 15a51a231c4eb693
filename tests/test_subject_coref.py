"""Who a pronoun subject of a commitment stands for, across sentences (subject_coref)."""

from __future__ import annotations

import pytest
from extraction import commitment_rows

extract = commitment_rows


@pytest.mark.parametrize(
    ("text", "cue", "actor"),
    [
        # the quotation opened in the sentence before, inside the writer's sentence
        (
            'Jon Ekberg, the new Norland minister of trade, said of the talks "There are '
            'encouraging signs. We hope that these steps will be taken quickly."',
            "hope",
            "Jon Ekberg",
        ),
        (
            'Foreign Minister Karl Holm condemned the attack, saying that the "Norland stands '
            'with its friend Sudvia. Together we will defeat this threat."',
            "will",
            "Karl Holm",
        ),
        # the quotation follows a speech verb with no comma
        (
            'Holm proclaimed "We will raise the Norland flag in Sudvia and the Sudvian flag '
            'in Norland".',
            "will",
            "Holm",
        ),
    ],
)
def test_a_first_person_subject_in_a_quotation_is_its_speaker(
    nlp, text: str, cue: str, actor: str
) -> None:
    rows = extract(nlp, text)
    assert {row["actor"] for row in rows if row["cue"] == cue} == {actor}


def test_a_first_person_subject_outside_any_quotation_stays_nobodys(nlp) -> None:
    text = "Jon Ekberg spoke to the press on Monday. We will send more troops, the leaflet read."
    assert not [row for row in extract(nlp, text) if row["actor"] == "Jon Ekberg"]


def test_a_crowd_chanting_we_commits_no_party(nlp) -> None:
    text = (
        'Tens of thousands of Norwegians waving flags chanted "Norway is free and will '
        'remain free" and "We do not want a king as president!".'
    )
    assert not extract(nlp, text)


def test_a_past_act_told_in_a_quotation_is_no_commitment(nlp) -> None:
    text = (
        'Colonel Ivo Tarn told the court of the night "There was a lot of noise. I shouted '
        'at them and ordered them to keep silent, my voice is very clear in the recording."'
    )
    assert not [row for row in extract(nlp, text) if row["cue"] == "ordered"]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # an organisation spoken of in the plural, in the sentence before
        (
            "The Nordic Refugee Council published a report on Monday. In the report, they "
            "also called for Sudvia to close the camps.",
            "Nordic Refugee Council",
        ),
        # a government noun in the same sentence stands for its state
        (
            "Portugal's Prime Minister Jon Ekberg said his government was making every effort "
            "to free the hostages, and they would not yield to the kidnappers' demands.",
            "Portugal",
        ),
    ],
)
def test_they_for_one_body_is_that_body(nlp, text: str, actor: str) -> None:
    assert actor in {row["actor"] for row in extract(nlp, text)}


@pytest.mark.parametrize(
    "text",
    [
        # plural people between the body and the pronoun are the likelier antecedent
        "The Nordic Refugee Council welcomed the offer of the rebels. They promised to "
        "disarm by May.",
        # and plural forces, whoever sent them
        "The Nordic Refugee Council approved the deployment of 900 troops to Sudvia. They "
        "pledged to monitor the truce.",
        # so are plural things that were the subject
        "The Nordic Refugee Council said the talks had stalled. They pledged to resume "
        "them in May.",
    ],
)
def test_they_after_a_plural_antecedent_is_not_the_body(nlp, text: str) -> None:
    rows = [row for row in extract(nlp, text) if row["cue"] in ("promised", "pledged")]
    assert all(row["actor"] != "Nordic Refugee Council" for row in rows)


def test_it_saying_in_its_own_statement_is_the_government_named_before(nlp) -> None:
    text = (
        "The Portuguese government has made no comment since the deadline passed. In its last "
        "statement, it said that it would not withdraw the troops."
    )
    assert {(row["actor"], row["type"]) for row in extract(nlp, text)} == {("Portugal", "refusal")}
