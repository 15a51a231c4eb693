"""Statement cues (analysis/statement_cues.py) on the real model, invented text."""

from __future__ import annotations

import pytest
from extraction import commitment_rows

from analysis.commitments import BASE_STRENGTH
from analysis.statement_cues import (
    STATEMENT_PENALTY,
    parse_statement_lexicon,
    statement_lexicon,
    statement_strength,
)

extract = commitment_rows


@pytest.mark.parametrize(
    ("text", "actor", "content"),
    [
        # an extraposed necessity in a quotation: the speaker calls for the act
        (
            '"It is vital to reach a ceasefire before the winter," Norland\'s President '
            "Anna Berg said.",
            "Anna Berg",
            "reach a ceasefire",
        ),
        # ... in reported speech, backshifted, with a "that" clause
        (
            "Foreign Minister Karl Olsen said it was essential that Vesland withdraw its troops.",
            "Karl Olsen",
            "withdraw its troops",
        ),
        # ... with "for X to"
        (
            "Foreign Minister Karl Olsen said it is important for Norland to stay in the alliance.",
            "Karl Olsen",
            "stay in the alliance",
        ),
        # "the time has come to", an existential "there is a need to"
        (
            '"The time has come to look at tougher sanctions," said Foreign Minister Karl Olsen.',
            "Karl Olsen",
            "look at tougher sanctions",
        ),
        (
            "Foreign Minister Karl Olsen said there was an urgent need to reform the council.",
            "Karl Olsen",
            "reform the council",
        ),
        # "it is time for X to"
        (
            '"It is time for Vesland to leave the border zone," said Foreign Minister Karl Olsen.',
            "Karl Olsen",
            "leave the border zone",
        ),
    ],
)
def test_necessity_calls(nlp, text: str, actor: str, content: str) -> None:
    rows = [r for r in extract(nlp, text) if r["actor"] == actor and r["type"] == "call"]
    assert rows, extract(nlp, text)
    assert content in rows[0]["content"]


@pytest.mark.parametrize(
    "text",
    [
        # a thing or a time as subject asks nothing
        "Foreign Minister Karl Olsen said the new dam is essential for the farmers.",
        "Foreign Minister Karl Olsen said the coming weeks are crucial for the region.",
        # a view, not an act
        '"It is important to note that the talks continue," Anna Berg said.',
        # a negated predicate
        "Anna Berg said it is not necessary to send more troops to the border.",
        "Anna Berg said there is no need to send more troops to the border.",
        # a "that" clause in the past judges what was done
        'Anna Berg said: "It is very important that our aid was praised by the council."',
        # the writer's own necessity names nobody who asks
        "It is essential that Vesland withdraw its troops.",
        # a past necessity in the writer's narration
        "It was important to finish the bridge before the rains.",
    ],
)
def test_not_necessity_calls(nlp, text: str) -> None:
    assert not [
        r
        for r in extract(nlp, text)
        if r["cue"].split()[-1] in ("essential", "crucial", "important", "necessary", "need")
    ]


def test_statement_strength_is_lower(nlp) -> None:
    rows = extract(nlp, '"It is time for Vesland to leave the border zone," said Karl Olsen.')
    assert rows[0]["strength"] == round(BASE_STRENGTH["call"] - STATEMENT_PENALTY, 2)
    assert statement_strength(0.0) == 0.0
    assert statement_strength(0.1) == 0.05


def test_lexicon_loads_and_rejects_unknown_types() -> None:
    words = statement_lexicon()
    assert "essential" in words.necessity_adjectives
    assert words.necessity_kind == "call"
    with pytest.raises(ValueError, match="unknown commitment type"):
        parse_statement_lexicon('[necessity]\nkind = "wish"\n')


@pytest.mark.parametrize(
    ("text", "actor", "kind"),
    [
        # a thing said to be welcome: the speaker endorses it
        (
            "Norland's spokesman Ivo Tarn said the new resolution was welcome.",
            "Ivo Tarn",
            "endorsement",
        ),
        (
            "Anna Berg said that more help from the Union would be welcome.",
            "Anna Berg",
            "endorsement",
        ),
    ],
)
def test_welcome_endorses(nlp, text: str, actor: str, kind: str) -> None:
    assert (actor, kind) in {(r["actor"], r["type"]) for r in extract(nlp, text)}


@pytest.mark.parametrize(
    "text",
    [
        # people nobody names made welcome: hospitality (a named person made welcome is
        # offered a place: test_a_reported_welcome_to_a_person_is_an_offer)
        "Anna Berg said the visitors are welcome.",
        # the writer's own judgement names nobody who endorses
        "The new resolution is welcome.",
    ],
)
def test_welcome_of_people_or_by_nobody_commits_nobody(nlp, text: str) -> None:
    assert not [r for r in extract(nlp, text) if "welcome" in r["cue"]]


@pytest.mark.parametrize(
    ("text", "actor", "content"),
    [
        ("Norland is determined to stay until the border is secure.", "Norland", "stay"),
        ('"We are determined to continue the talks," said Anna Berg.', "Anna Berg", "continue"),
        ("Vesland is intent on building a new port.", "Vesland", "build a new port"),
        # a conjoined predicate keeps the first one's subject
        (
            "Norland has refused to set a date but is keen to resume the talks.",
            "Norland",
            "resume the talks",
        ),
    ],
)
def test_resolve_is_an_intent(nlp, text: str, actor: str, content: str) -> None:
    rows = [r for r in extract(nlp, text) if r["actor"] == actor and r["type"] == "intent"]
    assert rows, extract(nlp, text)
    assert content in rows[0]["content"]


@pytest.mark.parametrize(
    "text",
    [
        # reluctance sets no course
        "Vesland is not keen to join the talks.",
        # an unnamed person in another's report is no side that commits
        "Karl Olsen said the prisoner is determined to continue his strike.",
    ],
)
def test_resolve_not_an_intent(nlp, text: str) -> None:
    assert not [r for r in extract(nlp, text) if r["type"] == "intent"]


@pytest.mark.parametrize(
    ("text", "actor", "kind", "content"),
    [
        # the onus put on another side asks it to act
        (
            "Opposition leader Anna Berg said the burden now lies with the Union Front "
            "to reopen the border.",
            "Anna Berg",
            "call",
            "reopen the border",
        ),
        ('"The onus is on Vesland to act," Karl Olsen said.', "Karl Olsen", "call", "act"),
        ('"It is up to the council to decide," Karl Olsen said.', "Karl Olsen", "call", "decide"),
        # a side's standing policy is its course
        (
            '"It is our policy to answer every letter from a neighbour within a week," '
            "Karl Olsen said.",
            "Karl Olsen",
            "intent",
            "answer every letter",
        ),
        # a present perfect holds now, even under the speaker's own "I think"
        (
            '"I think the time has come that we use our veto," Karl Olsen said.',
            "Karl Olsen",
            "call",
            "use our veto",
        ),
    ],
)
def test_onus_policy_and_time_state_a_course(
    nlp, text: str, actor: str, kind: str, content: str
) -> None:
    rows = [r for r in extract(nlp, text) if r["actor"] == actor and r["type"] == kind]
    assert rows, extract(nlp, text)
    assert content in rows[0]["content"]


@pytest.mark.parametrize(
    "text",
    [
        # blame with no "to" clause asks nothing
        "Karl Olsen said the responsibility lies with the army.",
        # a denied view asks nothing
        '"I don\'t think there is a need to hold any more talks," Karl Olsen said.',
        # the time that came then is past
        "Karl Olsen recalled that in 1990 the time had come to act.",
    ],
)
def test_blame_a_denied_need_and_a_past_hour_ask_nothing(nlp, text: str) -> None:
    assert not [r for r in extract(nlp, text) if r["type"] == "call"], extract(nlp, text)


@pytest.mark.parametrize(
    ("text", "actor", "content"),
    [
        (
            '"Any deal with the rebels is simply not on our agenda," spokesman Karl Olsen said.',
            "Karl Olsen",
            "Any deal with the rebels",
        ),
        (
            "Foreign Minister Anna Berg said military action against Vesland was off the table.",
            "Anna Berg",
            "military action",
        ),
    ],
)
def test_an_act_off_the_agenda_is_refused_by_the_speaker(
    nlp, text: str, actor: str, content: str
) -> None:
    rows = [r for r in extract(nlp, text) if r["type"] == "refusal"]
    assert [r["actor"] for r in rows] == [actor], extract(nlp, text)
    assert content in rows[0]["content"]


def test_an_act_on_the_agenda_is_no_refusal(nlp) -> None:
    assert not [
        r
        for r in extract(nlp, '"Trade with Vesland is on the agenda," Karl Olsen said.')
        if r["type"] == "refusal"
    ]


def test_the_onus_on_the_speakers_own_side_is_its_course(nlp) -> None:
    rows = extract(nlp, '"It is up to me to clean it up," Prime Minister Karl Olsen said.')
    assert [(r["actor"], r["type"]) for r in rows] == [("Karl Olsen", "intent")]


@pytest.mark.parametrize(
    ("text", "actor", "kind", "content"),
    [
        # plans stated as existing are the speaker's side's course
        (
            '"There are plans to reopen the northern crossing, but not this year," Defence '
            "Minister Tor Vesk of Norway said.",
            "Tor Vesk",
            "intent",
            "reopen the northern crossing",
        ),
        # "no plans" refuses it
        (
            '"There are no plans to reopen the northern crossing," Defence Minister Tor Vesk of '
            "Norway said.",
            "Tor Vesk",
            "refusal",
            "reopen the northern crossing",
        ),
        # an act declined for now
        (
            "Norway says it is too early to fix a timetable for the new bases.",
            "Norway",
            "refusal",
            "fix a timetable",
        ),
        (
            "Foreign Minister Tor Vesk of Norway said it would be premature to set a date for "
            "the vote.",
            "Tor Vesk",
            "refusal",
            "set a date",
        ),
    ],
)
def test_plans_and_premature_acts(nlp, text: str, actor: str, kind: str, content: str) -> None:
    rows = [r for r in extract(nlp, text) if r["actor"] == actor and r["type"] == kind]
    assert rows and content in rows[0]["content"], extract(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # "early" without "too", and an hour that was too early, decline nothing
        "Foreign Minister Tor Vesk of Norway said it was early enough to travel.",
        "Foreign Minister Tor Vesk of Norway said it was too early in the morning to travel.",
    ],
)
def test_early_hours_decline_nothing(nlp, text: str) -> None:
    assert not [r for r in extract(nlp, text) if r["type"] == "refusal"]
