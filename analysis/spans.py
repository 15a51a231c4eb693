"""Span helpers shared by the extractors.

``entity_at`` finds the named entity that covers a token by walking the token's own IOB
marks, so a lookup costs the length of that entity. Scanning ``doc.ents`` instead costs
the number of entities in the document, once per lookup: on a long article with many
commitments that turns extraction quadratic.

``whole_words`` finds a written name in a text as a whole word without compiling a
pattern per name (the names of every article are new to the pattern cache).
``token_indices`` finds the tokens written as one of a few words through one array of
the doc, so a rule that only cares about those words never walks every token in Python.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator
from functools import lru_cache

import numpy
from spacy.attrs import LOWER
from spacy.strings import get_string_id
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


def of_objects(token: Token) -> list[Token]:
    """Return the objects of the "of" phrases hanging off a token ("the ministry of Norland"
    gives Norland)."""
    return [
        o
        for c in token.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for o in c.children
        if o.dep_ == "pobj"
    ]


def misread_place_subject(subject: Token) -> Token:
    """Return the real subject when the parser took the country of "the embassy in Oslo,
    Norway, has warned" for it: a place right after "<place>," whose "in"/"at" phrase
    hangs from a noun before it. Otherwise the subject itself."""
    doc = subject.doc
    i = subject.i
    if subject.ent_type_ not in ("GPE", "LOC") or i < 3 or doc[i - 1].text != ",":
        return subject
    place = doc[i - 2]
    if place.ent_type_ not in ("GPE", "LOC") or place.dep_ != "pobj":
        return subject
    prep = place.head
    if prep.dep_ != "prep" or prep.lower_ not in ("in", "at") or prep.head.i >= prep.i:
        return subject
    return prep.head if prep.head.pos_ in ("NOUN", "PROPN") else subject


def token_indices(doc: Doc, words: Iterable[str], *, attr: int = LOWER) -> list[int]:
    """Return, in order, the indices of the tokens whose lower-case form (or the form
    ``attr`` names: ``ORTH`` for the text as written) is in ``words``."""
    wanted = _word_ids(frozenset(words))
    if not len(doc) or not len(wanted):
        return []
    return numpy.flatnonzero(numpy.isin(doc.to_array(attr), wanted)).tolist()


@lru_cache(maxsize=256)
def _word_ids(words: frozenset[str]) -> numpy.ndarray:
    return numpy.fromiter((get_string_id(w) for w in words), dtype=numpy.uint64)


def _joins_word(char: str) -> bool:
    # A word character (``\w``: letters, digits, the underscore) or a hyphen.
    return char.isalnum() or char in "_-"


def whole_words(text: str, word: str) -> Iterator[tuple[int, int]]:
    r"""Yield (start, end) of each place ``word`` stands in ``text`` with no word character
    or hyphen right before or after it, left to right, never overlapping: the matches of
    ``re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text)``."""
    if not word:
        return
    start = text.find(word)
    while start >= 0:
        end = start + len(word)
        if (start == 0 or not _joins_word(text[start - 1])) and (
            end == len(text) or not _joins_word(text[end])
        ):
            yield start, end
            start = text.find(word, end)
        else:
            start = text.find(word, start + 1)
