"""Who a commitment is credited to: general crediting mechanisms (round 15)."""

from __future__ import annotations

import pytest

from tests.extraction import commitment_rows


def actors_of(rows: list[dict], cue: str) -> set[str]:
    return {row["actor"] for row in rows if row["cue"].startswith(cue)}


@pytest.mark.parametrize(
    ("text", "cue", "parties"),
    [
        (
            "The Norland Farmers Union and the Sudvian Workers Front met in Ostria on Monday. "
            "The Norland Farmers Union and the Sudvian Workers Front said they will lift the "
            "blockade of the port.",
            "will",
            {"Norland Farmers Union", "Sudvian Workers Front"},
        ),
        (
            # a list of three the parser reads as a name and its apposition
            "The Norland Farmers Union, the Sudvian Workers Front and the Ostrian Traders League "
            "said on Friday they will investigate the claims.",
            "will",
            {"Norland Farmers Union", "Sudvian Workers Front", "Ostrian Traders League"},
        ),
        (
            "Norland Farmers Union and Sudvian Workers Front officials said they hoped the talks "
            "would resume on Tuesday.",
            "hope",
            {"Norland Farmers Union", "Sudvian Workers Front"},
        ),
    ],
)
def test_joint_reporters_all_commit(nlp, text: str, cue: str, parties: set[str]) -> None:
    """'A and B said they will': "they" is every party of the reporting subject."""
    assert actors_of(commitment_rows(nlp, text), cue) == parties


def test_one_body_and_its_speaker_are_no_joint_party(nlp) -> None:
    """'the spokesman for the Norland Farmers Union said they': one party, not two."""
    rows = commitment_rows(
        nlp,
        "The spokesman for the Norland Farmers Union said they will lift the blockade of the port.",
    )
    assert actors_of(rows, "will") == {"Norland Farmers Union"}
