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

from spacy.language import Language
from spacy.tokens import Doc, Token


def _ends_line(token: Token) -> bool:
    return "\n" in token.whitespace_ or (token.is_space and "\n" in token.text)


def _is_word(token: Token) -> bool:
    return not token.is_space and (token.is_alpha or token.like_num)


@Language.component("paragraph_sentences")
def paragraph_sentences(doc: Doc) -> Doc:
    """Return ``doc`` with sentence starts set at line breaks and ruled out after words."""
    after_break = False
    for i, token in enumerate(doc):
        if i == 0:
            token.is_sent_start = True
            continue
        previous = doc[i - 1]
        if after_break and not token.is_space:
            token.is_sent_start = True
            after_break = False
        elif _is_word(previous) and not _ends_line(previous) and not token.is_space:
            token.is_sent_start = False
        if _ends_line(token):
            after_break = True
    return doc
