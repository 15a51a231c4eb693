"""What a commitment row says is committed: the content phrase."""

from __future__ import annotations

import pytest

from tests.test_commitments import extract


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the act verb in its base form, mended where the model misreads it ("hoped": "hop")
        (
            "Mara Lind said that she hoped the talks would resume soon.",
            "hope the talks would resume soon",
        ),
        (
            "Jon Hale is hoping that the envoys will meet again.",
            "hope that the envoys will meet again",
        ),
        (
            "Norland has promised two patrol boats to Vesland.",
            "promise two patrol boats to Vesland",
        ),
    ],
)
def test_content_verb_in_base_form(nlp, text: str, content: str) -> None:
    assert [row["content"] for row in extract(nlp, text)] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a relative clause set off by a comma is an aside about its noun, not the act
        (
            "Norland has refused to ratify the treaty, which pledges members to cut emissions.",
            "ratify the treaty",
        ),
        (
            "Norland urged Vesland to support the reform, which he said would help farmers.",
            "support the reform",
        ),
        # a restrictive one names which thing is meant and stays
        (
            "Norland asked Vesland to release the prisoners who were arrested last week.",
            "release the prisoners who were arrested last week",
        ),
    ],
)
def test_content_ends_before_an_aside(nlp, text: str, content: str) -> None:
    assert [row["content"] for row in extract(nlp, text)] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a verb written with a bound prefix and a hyphen is one verb, not "re" or "co"
        (
            "Minister Lena Varr said Norland will co-operate fully with the inquiry.",
            "co-operate fully with the inquiry",
        ),
        (
            "The Norland government said it would re-open its embassy in Vesland.",
            "re-open its embassy in Vesland",
        ),
    ],
)
def test_content_keeps_a_prefixed_verb_whole(nlp, text: str, content: str) -> None:
    assert [row["content"] for row in extract(nlp, text)] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the closing mark the parser hangs on the verb comes back after the quoted words
        (
            'The Norland State Department demanded an "immediate and full withdrawal".',
            'demand an "immediate and full withdrawal"',
        ),
        (
            'Lena Varr said Norland will support the "revolution made by the people."',
            'support the "revolution made by the people"',
        ),
        # a closing bracket inside the act, dropped with the verb's punctuation
        (
            "The minister said Norland will re-route the flights (around the capital) next week.",
            "re-route the flights (around the capital) next week",
        ),
        # the opening mark before the first word comes back when the content closes it
        (
            "Lena Varr pledged to \"fight for the rights of 'small' farmers\" in the capital.",
            "\"fight for the rights of 'small' farmers\" in the capital",
        ),
        # an act quoted with its cue ends at the closing mark: the writer's words after it
        # are not the speaker's
        (
            'Karl Olsen, a spokesman for Norland, said, "we will respect it", indicating '
            "that others may stop, however, some violence has greeted the truce.",
            "respect it",
        ),
        # a few words quoted inside the writer's clause do not end the act
        (
            'Lena Varr said that Norland would "never endorse" a report on the raid.',
            "endorse a report on the raid",
        ),
        # a quotation inside the quotation does not end it
        (
            'Lena Varr said: "Norland will not accept insults against our "comrades" (friends)."',
            'accept insults against our "comrades" (friends)',
        ),
        # marks around the whole act are dropped
        (
            'Lena Varr said Norland will "support the new plan".',
            "support the new plan",
        ),
    ],
)
def test_content_closes_the_marks_it_opens(nlp, text: str, content: str) -> None:
    assert [row["content"] for row in extract(nlp, text)] == [content]
