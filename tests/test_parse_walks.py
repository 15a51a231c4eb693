"""Walks up the parse end at the root, also in a sentence the model cut short.

A line with no verb (a caption, a name and its role alone on a line) is a sentence whose
root is a noun; a rank written with abbreviations ("Lt. Cmdr.") once made the model end
a sentence inside it, with the same kind of fragment after it. spaCy makes a new
Token object on every access, so a walk that stops when ``node.head is node`` never
stops there: the build hung on such an article until its time budget ran out, and the
article was lost.
"""

from __future__ import annotations

import pytest

from tests.extraction import commitment_rows


@pytest.mark.timeout(120)
def test_a_group_subject_after_a_verbless_fragment_is_read(nlp) -> None:
    rows = commitment_rows(
        nlp,
        "The truce was signed in the port.\n\nAnna Holm, commander of the Norland-led "
        "forces.\n\nThe forces agreed to leave the capital.",
    )
    assert [(r["type"], r["content"]) for r in rows] == [("agreement", "leave the capital")]


@pytest.mark.timeout(120)
def test_the_root_of_a_verbless_fragment_is_its_own_head(nlp) -> None:
    doc = nlp("Talks were chaired in the port.\n\nAnna Holm, head of the monitoring force.")
    roots = [s.root for s in doc.sents]
    assert any(r.pos_ not in ("VERB", "AUX") for r in roots)  # the fragment this is about
    for root in roots:
        assert root.head.i == root.i
        assert root.head is not root  # why identity cannot end a walk
