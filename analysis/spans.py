"""Span helpers shared by the extractors.

``entity_at`` finds the named entity that covers a token by walking the token's own IOB
marks, so a lookup costs the length of that entity. Scanning ``doc.ents`` instead costs
the number of entities in the document, once per lookup: on a long article with many
commitments that turns extraction quadratic.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Doc, Span, Token

_DOC_TEXT = "commitment_tracker.text"
_SENTENCE_STARTS = "commitment_tracker.sentence_starts"


def doc_text(doc: Doc) -> str:
    """Return ``doc.text``, joined once per doc and kept in its ``user_data``.

    spaCy joins every token anew on each access to ``Doc.text``; reading it once per
    cue, quote or entity made long articles quadratic.
    """
    text = doc.user_data.get(_DOC_TEXT)
    if text is None:
        text = doc.user_data[_DOC_TEXT] = doc.text
    return text


def entity_at(token: Token) -> Span | None:
    """Return the entity ``token`` belongs to (as ``doc.ents`` holds it), or None."""
    if not token.ent_type:
        return None
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=token.ent_type, kb_id=token.ent_kb_id, span_id=token.ent_id)


def sentence_index(token: Token) -> int:
    """Return the index of the token's sentence in its doc (sentence starts kept per doc)."""
    starts = token.doc.user_data.get(_SENTENCE_STARTS)
    if starts is None:
        starts = token.doc.user_data[_SENTENCE_STARTS] = [s.start for s in token.doc.sents]
    return bisect.bisect_right(starts, token.i) - 1
