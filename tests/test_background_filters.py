"""Background filters, both ways: what they must keep and what they must drop."""

from __future__ import annotations

import pytest

from tests.test_commitments import extract, pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an act as the subject: what it "will" do is an outcome, whoever says so
        ('Ana Kovac said: "Selling tanks to Vesland will make the border less safe."', set()),
        # a person is never "it": the speaker forecasts what a thing or a step does
        (
            "Mr Hale said the new port was a fine building and that it would put Norland on the map.",
            set(),
        ),
        ("Ana Kovac said that if the council agrees, it will anger many farmers.", set()),
        # a state or a body speaking of itself as "it" still commits
        ("Norland said it would send two ships to the strait.", {("Norland", "pledge")}),
        # a thing done to by the speaker's side stays the side's act
        ("Mr Hale said the money was a gift and that it will be returned.", {("Hale", "pledge")}),
    ],
)
def test_an_act_or_it_as_subject_forecasts(nlp, text: str, expected: set) -> None:
    assert pairs(extract(nlp, text)) == expected
