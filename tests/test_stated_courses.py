"""Courses stated in ways the plain cue words miss: conduct expected of another side, an
answer by force, a course announced inside a clause of time, and the senses that are none."""

from __future__ import annotations

import pytest

from tests.extraction import commitment_rows


def typed(rows: list[dict]) -> set[tuple[str, str]]:
    return {(row["actor"], row["type"]) for row in rows}


@pytest.mark.parametrize(
    "text",
    [
        '"The fault lies with Peru, and I expect Peru to act responsibly," Foreign '
        "Minister Ivo Tarn said.",
        "Chile expects Peru to show restraint along the border, Foreign Minister Ivo Tarn said.",
    ],
)
def test_conduct_expected_of_another_side_is_asked_of_it(nlp, text: str) -> None:
    rows = commitment_rows(nlp, text)
    assert [row["type"] for row in rows if row["cue"].startswith("expect")] == ["call"]


def test_conduct_that_onlookers_expect_asks_nothing(nlp) -> None:
    rows = commitment_rows(nlp, "Analysts expect the central bank of Peru to act within weeks.")
    assert not [row for row in rows if row["cue"].startswith("expect")]


def test_an_answer_by_force_is_a_threat(nlp) -> None:
    rows = commitment_rows(
        nlp,
        "Defence Minister Ivo Tarn said Chile would respond by sending more gunboats up the river.",
    )
    assert typed(rows) == {("Ivo Tarn", "intent")}


def test_an_answer_in_words_commits_to_nothing(nlp) -> None:
    rows = commitment_rows(
        nlp, "Defence Minister Ivo Tarn said he would respond by explaining his views."
    )
    assert rows == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The protests faded after the Chilean government announced that it would lift the "
            "curfew.",
            {("Chile", "pledge")},
        ),
        (
            "Shelling resumed after Peru said it would not pull its troops back.",
            {("Peru", "refusal")},
        ),
        # a past act in a clause of time is background, not a course
        ("The talks ended after Peru and Chile signed the accord.", set()),
    ],
)
def test_a_course_announced_in_a_clause_of_time_holds(nlp, text: str, expected) -> None:
    assert typed(commitment_rows(nlp, text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Premier Ivo Tarn spoke in support of the fishing pact with Chile.",
        "Premier Ivo Tarn argued in favour of the fishing pact with Chile.",
        "Premier Ivo Tarn came out in support of the fishing pact with Chile.",
    ],
)
def test_speaking_up_in_support_endorses(nlp, text: str) -> None:
    assert typed(commitment_rows(nlp, text)) == {("Ivo Tarn", "endorsement")}


def test_a_bare_verb_joined_to_a_stance_shares_its_object(nlp) -> None:
    rows = commitment_rows(
        nlp, "Chile grudgingly agreed to the new border, and the European Union approved."
    )
    assert typed(rows) == {("Chile", "agreement"), ("European Union", "endorsement")}


def test_a_bare_verb_after_no_stance_takes_nothing(nlp) -> None:
    rows = commitment_rows(nlp, "Premier Ivo Tarn spoke at length, and Peru agreed.")
    assert rows == []


def test_offering_a_remark_offers_nothing(nlp) -> None:
    rows = commitment_rows(
        nlp,
        "Opposition leader Ivo Tarn offered that it has long been clear that the mission "
        "was never finished.",
    )
    assert rows == []


@pytest.mark.parametrize(
    "text",
    [
        "Opposition leader Ivo Tarn offered that the two sides meet in Lima.",
        "Opposition leader Ivo Tarn offered that Chile would send doctors.",
    ],
)
def test_offering_an_act_still_offers(nlp, text: str) -> None:
    assert typed(commitment_rows(nlp, text)) == {("Ivo Tarn", "offer")}


@pytest.mark.parametrize(
    "text",
    [
        "Ambassador Per Tarn said that Chile is supporting the insurgents in the hills.",
        "Ambassador Per Tarn said Chile backs the militias on the border.",
    ],
)
def test_support_of_armed_groups_told_as_fact_accuses(nlp, text: str) -> None:
    assert commitment_rows(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ambassador Per Tarn said Chile will arm the rebels.", {("Per Tarn", "pledge")}),
        ('"We back the rebels," Ambassador Per Tarn said.', {("Per Tarn", "endorsement")}),
        (
            "Ambassador Per Tarn said that Chile is supporting the peace plan.",
            {("Chile", "endorsement")},
        ),
    ],
)
def test_support_as_a_course_or_own_stance_still_commits(nlp, text: str, expected) -> None:
    assert typed(commitment_rows(nlp, text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        '"Everyone knew that Lima would chair the next summit," Minister Ana Holm said.',
        "Minister Ana Holm said everyone knew that Chile would send troops.",
    ],
)
def test_a_future_that_is_known_commits_no_one(nlp, text: str) -> None:
    assert commitment_rows(nlp, text) == []


def test_a_wish_to_be_understood_asks_no_act(nlp) -> None:
    rows = commitment_rows(nlp, '"I want this point to be plain," Minister Ana Holm said.')
    assert rows == []


def test_a_course_told_in_a_wish_to_be_known_holds(nlp) -> None:
    rows = commitment_rows(
        nlp, '"We want it to be known that Chile will not bow," Minister Ana Holm said.'
    )
    assert typed(rows) == {("Ana Holm", "refusal")}


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Ivo Tarn has announced that 80 navy personnel will be serving in "
        "Peru within two months.",
        "Prime Minister Ivo Tarn said Chilean troops will serve in Peru until May.",
    ],
)
def test_forces_that_will_serve_somewhere_are_deployed(nlp, text: str) -> None:
    assert typed(commitment_rows(nlp, text)) == {("Ivo Tarn", "pledge")}


def test_a_person_who_will_serve_as_envoy_takes_a_post(nlp) -> None:
    rows = commitment_rows(
        nlp, "Prime Minister Ivo Tarn said Ana Holm will serve as envoy to Peru."
    )
    assert rows == []


@pytest.mark.parametrize(
    "text",
    [
        "Minister Ana Holm warned that there will be serious consequences if Peru does not "
        "withdraw its troops.",
        "Minister Ana Holm said there would be a price to pay if Peru attacked.",
        '"There will be grave consequences if they cross the river," Minister Ana Holm said.',
    ],
)
def test_consequences_a_speaker_foretells_are_a_threat(nlp, text: str) -> None:
    assert typed(commitment_rows(nlp, text)) == {("Ana Holm", "intent")}


@pytest.mark.parametrize(
    "text",
    [
        "There will be consequences for the economy of Peru, analysts at the bank said.",
        "Minister Ana Holm said there will be no consequences for the farmers of Peru.",
    ],
)
def test_consequences_foretold_by_onlookers_or_denied_threaten_nothing(nlp, text) -> None:
    assert commitment_rows(nlp, text) == []


def test_offering_something_under_a_condition_still_offers(nlp) -> None:
    rows = commitment_rows(
        nlp, "Envoy Jan Tarn also offered the former king a pardon were he to come home to Peru."
    )
    assert typed(rows) == {("Jan Tarn", "offer")}


def test_accepting_a_fact_backs_nothing(nlp) -> None:
    rows = commitment_rows(
        nlp,
        "Rebel leader Agathon Holm has accepted that the new charter marks the close of the war.",
    )
    assert rows == []


def test_accepting_what_another_should_do_still_backs_it(nlp) -> None:
    rows = commitment_rows(
        nlp, "Rebel leader Agathon Holm accepted that Peru should lead the talks."
    )
    assert typed(rows) == {("Agathon Holm", "endorsement")}


def test_being_ready_to_blame_offers_nothing(nlp) -> None:
    rows = commitment_rows(
        nlp,
        '"It is understandable to us that the Peruvian authorities are ready to blame the '
        'Chilean side," the Chilean defence ministry said.',
    )
    assert not [row for row in rows if row["type"] == "offer"]
