"""Direct quotations: quote spans from the marks alone, then speakers on the real model."""

from __future__ import annotations

import pytest

from analysis.actors import article_actors
from analysis.quotes import quotations, quote_spans


def quoted_texts(text: str) -> list[str]:
    return [text[span.start : span.end] for span in quote_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('He said "we will stay" and left.', ["we will stay"]),
        ("She said: “The fleet is ready.”", ["The fleet is ready."]),
        (
            "“The sea is ours,” she said, “and we will guard it.”",
            ["The sea is ours", "and we will guard it."],
        ),
        # apostrophes inside words and after a name are no marks
        ("India's navy and Kallas' visit don’t count.", []),
        # single marks inside a double quote belong to it
        ("He said \"the 'ReArm' plan will work\" today.", ["the 'ReArm' plan will work"]),
        # an unbalanced mark is skipped and the next paragraph is still read
        (
            'He said "we will stay.\n\nThe talks ended. "We will fight," she said.',
            ["We will fight"],
        ),
        # a quote running on into a paragraph that opens with a mark
        (
            '"We came to help. We will stay.\n\n"We will not leave," he said.',
            ["We came to help. We will stay.", "We will not leave"],
        ),
    ],
)
def test_quote_spans(text: str, expected: list[str]) -> None:
    assert quoted_texts(text) == expected


def rows_of(nlp, text: str) -> list[dict]:
    doc = nlp(text)
    return quotations(doc, article_actors(doc))


@pytest.mark.parametrize(
    ("text", "quote_start", "speaker"),
    [
        # cue after the quote
        (
            '"We will defend every island," Defence Minister Maria Lopez said.',
            "We will",
            "Maria Lopez",
        ),
        # cue before, with a colon
        (
            'Defence Minister Maria Lopez told reporters: "We will defend every island."',
            "We will",
            "Maria Lopez",
        ),
        # multi-sentence quote
        (
            '"The patrols will continue. Our sailors are ready," Admiral John Carter said.',
            "The patrols",
            "John Carter",
        ),
        # a pronoun speaker resolves to the person named before
        (
            'Foreign Minister Anna Berg arrived in Oslo on Monday. "This is a good day," she said.',
            "This is",
            "Anna Berg",
        ),
        # a role noun resolves to the person introduced with that role
        (
            "Defence Minister Maria Lopez visited the base in Cadiz.\n\n"
            '"The base will grow," the minister said.',
            "The base",
            "Maria Lopez",
        ),
        # a paragraph that is only a quote takes the speaker of the paragraph before
        (
            'Admiral John Carter spoke to the crew on Friday. "You did well," he said.\n\n'
            '"Now we prepare for the next mission."',
            "Now we",
            "John Carter",
        ),
        # a spokesperson with no name: the descriptor as written
        ('"The talks were useful," a spokesperson said.', "The talks", "a spokesperson"),
    ],
)
def test_speaker(nlp, text: str, quote_start: str, speaker: str) -> None:
    rows = [row for row in rows_of(nlp, text) if row["quote"].startswith(quote_start)]
    assert rows, f"no quote starting {quote_start!r}"
    assert rows[0]["speaker"] == speaker
    assert text[rows[0]["start_char"] : rows[0]["end_char"]] == rows[0]["quote"]


def test_split_quote_gives_two_rows_with_one_speaker(nlp) -> None:
    text = '"The sea lanes are open," Admiral John Carter said, "and they will stay open."'
    rows = rows_of(nlp, text)
    assert [row["quote"] for row in rows] == ["The sea lanes are open", "and they will stay open."]
    assert {row["speaker"] for row in rows} == {"John Carter"}
    assert not any(row["partial"] for row in rows)


def test_scare_quote_in_reported_speech_is_partial_and_attributed(nlp) -> None:
    text = 'Defence Minister Maria Lopez said that both navies must "synergise" their efforts.'
    (row,) = rows_of(nlp, text)
    assert row["quote"] == "synergise"
    assert row["partial"] is True
    assert row["speaker"] == "Maria Lopez"


@pytest.mark.parametrize(
    "text",
    [
        # a name in quote marks is not speech
        "The ministers discussed the 'ReArm Europe' initiative in Brussels.",
        # an unclosed mark quotes nothing
        'The minister said "we will stay and left the room.',
    ],
)
def test_no_quotation(nlp, text: str) -> None:
    assert rows_of(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "quote_start", "speaker"),
    [
        # a headline names its speaker before the colon, even with a partial quote
        (
            "Trump: Cruz Has 'To Come a Long Way' On Ethanol\n\n"
            "Republican presidential candidate Donald Trump spoke in Iowa on Friday.",
            "To Come",
            "Donald Trump",
        ),
        # the head of the lead-in speaks, not the name that qualifies it
        (
            "McCain Challenger Kelli Ward: Impeach Lynch, 'Stop DC at the Bathroom Door.'\n\n"
            "Former state senator Kelli Ward spoke on Saturday.",
            "Stop DC",
            "Kelli Ward",
        ),
        # a topic after "on" is not the speaker
        (
            "Gillibrand on Clinton Releasing Her Speech Transcripts: 'I Think She Will.'\n\n"
            "Sen. Kirsten Gillibrand said on Friday that Hillary Clinton would release them.",
            "I Think",
            "Kirsten Gillibrand",
        ),
        # a headline role is the person the article names with it
        (
            "CNN President On Trump: 'We Do Not Pay Candidates To Appear At Debates.'\n\n"
            "CNN President Jeff Zucker rejected the demand on Thursday.",
            "We Do Not",
            "Jeff Zucker",
        ),
    ],
)
def test_headline_speaker(nlp, text: str, quote_start: str, speaker: str) -> None:
    rows = [row for row in rows_of(nlp, text) if row["quote"].startswith(quote_start)]
    assert rows, f"no quote starting {quote_start!r}"
    assert rows[0]["speaker"] == speaker


@pytest.mark.parametrize(
    ("text", "quote_start", "speaker"),
    [
        # an organisation in the frame heads the speaker, it does not speak
        (
            '"Not us but we cannot argue with it!" Murphy, the head of Right to Rise USA, '
            "tweeted on Friday.\n\nMike Murphy runs the group.",
            "Not us",
            "Mike Murphy",
        ),
        # the agent of a passive cue asks the question
        (
            "Rubio was asked by Fox Business moderator Gerard Baker whether the plan would "
            'risk "adding another expensive entitlement program to the budget."',
            "adding another",
            "Gerard Baker",
        ),
        # the subject next to the verb, not a place set off before it
        (
            "Speaking at a town hall event in Salem, New Hampshire, Trump went after Bush, "
            'calling him "a total stiff."',
            "a total stiff",
            "Trump",
        ),
        # a quoted name inside the tag does not cut it off from its cue
        (
            '"We have had more successful conventions than this one," Texas delegate Bill '
            'Eastland, wearing a cowboy hat and "Ted Cruz" pins, said.',
            "We have had",
            "Bill Eastland",
        ),
        # the possessor of a speech noun speaks the quote it governs
        (
            "Hillary Clinton won Virginia.\n\nAnd he said that Clinton’s call earlier in the "
            "night to “make America whole again” — itself a rebuttal to Trump’s “Make America "
            "Great Again” rallying cry — was an inferior slogan.",
            "make America",
            "Hillary Clinton",
        ),
        (
            "Donald Trump spoke on Friday.\n\nMerkel rejected Trump’s claim that Germany was "
            "“ripping off” its allies.",
            "ripping off",
            "Donald Trump",
        ),
        # "shot back" reports speech; the earlier "criticized" belongs to another clause
        (
            "After former California Gov. Jerry Brown criticized Bill Clinton during a debate, "
            'Hillary Clinton shot back, "I suppose I could have stayed home and baked cookies."',
            "I suppose",
            "Hillary Clinton",
        ),
        # a person who owns the subject does not speak for it
        (
            "In response to the proposal, Hillary Clinton’s right-hand woman rallied "
            "supporters, saying: “We have to be ready to stop him.”",
            "We have to",
            "right hand woman",
        ),
        # the source of a report, not a verb someone refused to use
        (
            "As Breitbart News reported, the White House was refusing to call the attack "
            'terrorism:\n\n"The administration is still reluctant to call the attack an act '
            'of terrorism."',
            "The administration",
            "Breitbart News",
        ),
    ],
)
def test_speaker_rules_on_news_sentences(nlp, text: str, quote_start: str, speaker: str) -> None:
    rows = [row for row in rows_of(nlp, text) if row["quote"].startswith(quote_start)]
    assert rows, f"no quote starting {quote_start!r}"
    assert rows[0]["speaker"].endswith(speaker)
