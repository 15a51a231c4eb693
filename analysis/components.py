"""Rule components the project adds to the spaCy model.

``paragraph_sentences`` runs before the parser and fixes what the layout already tells:

- the first token of every paragraph and of every line starts a sentence, so a heading
  ("Deepening Maritime Cooperation") is never glued onto the sentence after it and no
  sentence runs across a blank line;
- a token that follows a word or number on the same line never starts one: a sentence
  begins after punctuation or a line break, not between "Rajnath" and "Singh" (the small
  model's parser sometimes splits the first words of a paragraph that follows a heading).

Every other token is left undecided and the parser splits sentences inside a paragraph.
"""

from __future__ import annotations

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Token


def _ends_line(token: Token) -> bool:
    return "\n" in token.whitespace_ or (token.is_space and "\n" in token.text)


def _is_word(token: Token) -> bool:
    return not token.is_space and (token.is_alpha or token.like_num)


@Language.component("paragraph_sentences")
def paragraph_sentences(doc: Doc) -> Doc:
    """Return ``doc`` with sentence starts set at line breaks and ruled out after words.

    The starts are written in one array (``Doc.from_array``): setting
    ``Token.is_sent_start`` token by token checks the whole doc for a parse each time.
    """
    if len(doc) == 0:
        return doc
    if doc.has_annotation("DEP"):
        raise ValueError("paragraph_sentences must run before the parser")
    starts = doc.to_array([SENT_START]).astype(numpy.int64)
    starts[0] = 1
    after_break = False
    previous_word = previous_ends = False
    for i, token in enumerate(doc):
        space = token.is_space
        ends = _ends_line(token)
        if i > 0:
            if after_break and not space:
                starts[i] = 1
                after_break = False
            elif previous_word and not previous_ends and not space:
                starts[i] = -1
            if ends:
                after_break = True
        previous_word = _is_word(token)
        previous_ends = ends
    doc.from_array([SENT_START], starts.astype(numpy.uint64))
    return doc
