"""Background filters, both ways: what they must keep and what they must drop."""

from __future__ import annotations

import pytest

from analysis.commitment_background import is_background
from analysis.cues import cue_lexicon, find_cue
from tests.test_commitments import extract, pairs


def _modal_background(nlp, text: str) -> list[bool]:
    """Return, for each "will"/"would" cue of the first sentence, whether it is background."""
    sent = next(iter(nlp(text).sents))
    lex = cue_lexicon()
    cues = [find_cue(token, lex) for token in sent if token.tag_ == "MD"]
    return [is_background(cue, sent, lex) for cue in cues if cue is not None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an act as the subject: what it "will" do is an outcome, whoever says so
        ('Ana Kovac said: "Selling tanks to Vesland will make the border less safe."', set()),
        # a state or a body speaking of itself as "it" still commits
        ("Norland said it would send two ships to the strait.", {("Norland", "pledge")}),
        # a thing done to by the speaker's side stays the side's act
        ("Mr Hale said the money was a gift and that it will be returned.", {("Hale", "pledge")}),
    ],
)
def test_an_act_as_subject_forecasts(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person is never "it": the speaker forecasts what a thing or a step does
        (
            "Mr Hale said that the new port was exciting for Norland and that it would put "
            "the fishing industry in the spotlight.",
            [True],
        ),
        ("He said that if the council agrees, it will anger many farmers.", [True]),
        ("She said it would make a big difference if Vesland refused.", [True]),
        # a state, a body or a bare name (a party's name may look like a person's) keeps it
        ("Norland said it would send two ships to the strait.", [False]),
        ("The ministry said it would send two ships to the strait.", [False]),
        ("Mr Hale said the money was a gift and that it will be returned.", [False]),
    ],
)
def test_it_reported_by_a_person_is_a_thing(nlp, text: str, expected: list) -> None:
    assert _modal_background(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the parser joins the "if" clause to the one before as a conjunct; its mark still
        # makes it a condition, and a refusal under a condition is no refusal
        "The main points are: Lena Varr said that it would help politically and legally "
        "if Vesland refused to allow in the inspectors ...",
        "The summit papers say: The Prime Minister said that it would make a big difference "
        "politically and legally if Vesland refused to allow in the inspectors ...",
    ],
)
def test_a_condition_the_parser_reads_as_a_conjunct_commits_nobody(nlp, text):
    assert [r for r in extract(nlp, text) if r["type"] == "refusal"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a news peg ("This comes after ...") points to the act: it is the news itself
        (
            "This comes after Norland envoy Jon Hale asked for a freeze on new settlements.",
            {("Jon Hale", "call")},
        ),
        ("The visit came as Chile vowed to reopen the border.", {("Chile", "pledge")}),
        # a plain "after" clause still sets the scene
        ("Norland signed the accord after Vesland vowed to reopen the border.", set()),
    ],
)
def test_a_news_peg_points_to_the_news(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) - {("Norland", "agreement")} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year that names the occasion does not date the act in the past
        (
            "In his speech at the 2008 Lisbon summit on Thursday, President Jon Hale asked for "
            "international support.",
            {("Jon Hale", "call")},
        ),
        ("In his speech at the summit in 2003, President Jon Hale asked for support.", set()),
    ],
)
def test_a_year_naming_an_occasion_does_not_date_the_act(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text, article_date="2008-04-04")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a cue verb joined to an accusation is the accuser's own act
        (
            "The Dutch government accuses the shipping firm of dumping waste at sea, and "
            "demands that the firm pay for the clean-up.",
            {("Netherlands", "call")},
        ),
        # a cue inside what is alleged stays the accused party's alleged act
        (
            "The Dutch government accuses the shipping firm of demanding bribes from ports.",
            set(),
        ),
    ],
)
def test_a_cue_joined_to_an_accusation_is_an_act_of_its_own(nlp, text: str, expected) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # backing a named side's view takes that side's part
        (
            "Chancellor Anna Holm supported the Iranian view at the summit.",
            {("Anna Holm", "endorsement")},
        ),
        (
            "Chancellor Anna Holm backed Poland's claims at the summit.",
            {("Anna Holm", "endorsement")},
        ),
        # a view that tells a fact, or one nobody holds, is a claim of fact
        ("Chancellor Anna Holm supported the view that the troops fired first.", set()),
        ("Chancellor Anna Holm supported the Iranian view that the troops fired first.", set()),
        ("The minister backed the claims of the report.", set()),
    ],
)
def test_backing_a_sides_view_takes_its_part(nlp, text: str, expected) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people in a country, not its state
        ("But many in Ghana do not want to move back, like Kofi Mensah.", set()),
        # a "would" in a comparison commits nobody
        (
            "Several members of the Council have said that admitting the two states may help "
            "them curb smuggling more than it would be keeping them outside the bloc.",
            set(),
        ),
        (
            "Norway said it would send more troops than it had sent last year.",
            {("Norway", "pledge")},
        ),
    ],
)
def test_people_in_a_country_and_comparisons_commit_no_one(nlp, text: str, expected) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a free relative after a preposition frames the act and asks nothing
        (
            "In what many saw as a quiet snub to the envoy, Norland agreed to host two "
            "frigates at its northern port.",
            {("Norland", "agreement")},
        ),
        (
            "In what officials called a goodwill gesture, Vesland offered to free the crew.",
            {("Vesland", "offer")},
        ),
        # an undecided course held as an indirect question is none
        ("Norland has not decided what it would offer.", set()),
        ("Vesland asked how much aid Norland would provide.", set()),
    ],
)
def test_a_free_relative_after_a_preposition_is_no_indirect_question(nlp, text, expected):
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the clause before a semicolon is no complement of the verb after it
        (
            "Norland asked Vesland for two patrol boats; the council rejected the request.",
            {("Norland", "call")},
        ),
        (
            "Ostland requested medical aid from the Union on May 2; all six members "
            "responded to the request within a day.",
            {("Ostland", "call")},
        ),
        # reported words after a comma stay reported
        ("Norland will withdraw its troops, officials said.", {("Norland", "pledge")}),
        # a list of clauses, as in a motion, is left as the parser read it
        (
            "The Harbour Party adopted this motion: WHEREAS, the Ostland Memo shows that Berg "
            "and Lind began planning the raid before the vote; WHEREAS, inspectors found no "
            "weapons; and WHEREAS, there is more evidence that the cabinet misled the public; "
            "THEREFORE, RESOLVED, the party asks the assembly to open an inquiry.",
            {("Harbour Party", "call"), ("Harbour Party", "agreement")},
        ),
    ],
)
def test_a_clause_before_a_semicolon_stands_on_its_own(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "while" or "whereas" after a comma sets a second side's act against the first
        (
            "The rebels vowed to fight on, while Norland pledged to send more troops.",
            {("Norland", "pledge")},
        ),
        (
            "Vesland backed the deal, whereas Norland refused to sign it.",
            {("Vesland", "endorsement"), ("Norland", "refusal")},
        ),
        # a "while" that sets the scene stays the scene
        ("Troops opened fire, while protesters were marching to the palace.", set()),
        (
            "Norland signed the truce, while Vesland was still negotiating with the rebels.",
            {("Norland", "agreement")},
        ),
    ],
)
def test_a_contrasting_while_clause_is_news_too(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a past verb joined to a reported present clause goes with the reporting verb
        (
            "Holm said the blockade is a threat and called on Vesland to respond.",
            {("Holm", "call")},
        ),
        ("Norway said the plan is a provocation and rejected it.", {("Norway", "refusal")}),
        # inside the speaker's quotation it stays with the quoted clause
        (
            'President Tor Lind said that "all the state agencies are on alert and '
            'determined to find the missing crew."',
            {("Tor Lind", "intent")},
        ),
    ],
)
def test_a_past_verb_after_a_reported_present_clause_is_the_reporters(
    nlp, text: str, expected: set
) -> None:
    assert pairs(extract(nlp, text)) == expected
