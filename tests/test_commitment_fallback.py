"""Fallback crediting (analysis/commitment_fallback.py) on the real model, invented text."""

from __future__ import annotations

import pytest

from analysis.actors import article_actors
from analysis.commitments import commitments
from analysis.quotes import quotations


def extract(nlp, text: str) -> set[tuple[str, str]]:
    """Return the (actor, type) pairs of the commitment rows of ``text``."""
    doc = nlp(text)
    found = article_actors(doc)
    themes = [frozenset() for _ in doc.sents]
    rows = commitments(doc, found, themes, quotations(doc, found))
    return {(row["actor"], row["type"]) for row in rows}


@pytest.mark.parametrize(
    ("text", "actor", "kind"),
    [
        # a document that speaks: its signers, named in an earlier sentence
        (
            "Norway and Chile signed a fisheries pact in Oslo on Monday. "
            "The deal invites other coastal states to join the patrols.",
            "Chile",
            "offer",
        ),
        # ... the subjects of the verb whose object it is
        (
            "Norway and Chile made a joint statement calling for a ceasefire in the north.",
            "Norway",
            "call",
        ),
        # ... its own "by" phrase
        ("The proposal by Norway encourages other states to fund the bank.", "Norway", "call"),
        # a call with a thing as subject, in a named speaker's report: the speaker calls
        (
            "Trade group Nordwind warned that coastal towns should not be disadvantaged by "
            "the new toll.",
            "Nordwind",
            "call",
        ),
    ],
)
def test_fallback_credits(nlp, text: str, actor: str, kind: str) -> None:
    assert (actor, kind) in extract(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # a document that is acted on, not speaking: nobody commits
        "Norway and Chile signed a fisheries pact. The pact must still be ratified.",
        # a law's effect is no one's commitment
        "The parliament passed a budget law. The law would cut fuel taxes next year.",
        # "should" before an outcome verb forecasts
        "Foreign Minister Karl Olsen said the new trade figures should spur investment.",
        # no issuer named anywhere
        "The plan proposes a new bridge over the river.",
    ],
)
def test_fallback_leaves_uncredited(nlp, text: str) -> None:
    assert not {pair for pair in extract(nlp, text) if pair[1] in ("call", "pledge", "offer")}
