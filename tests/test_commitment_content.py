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
