"""Helpers shared by the extraction tests: rows of one text as the build computes them."""

from __future__ import annotations

from analysis.actors import article_actors
from analysis.commitments import commitments
from analysis.quotes import quotations


def commitment_rows(nlp, text: str) -> list[dict]:
    """Return the commitment rows of ``text`` as the build computes them (no themes)."""
    doc = nlp(text)
    found = article_actors(doc)
    themes = [frozenset() for _ in doc.sents]
    return commitments(doc, found, themes, quotations(doc, found))
