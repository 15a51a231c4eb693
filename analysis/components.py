"""Rule components the project adds to the spaCy model.

``paragraph_sentences`` runs before the parser and marks the first token of every
paragraph as a sentence start and every other token as "not yet decided", so that a
heading ("Deepening Maritime Cooperation") is never glued onto the sentence after it and
no sentence runs across a blank line. The parser still splits sentences inside a
paragraph.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

PARAGRAPH_BREAK = "\n\n"


@Language.component("paragraph_sentences")
def paragraph_sentences(doc: Doc) -> Doc:
    """Start a sentence after every paragraph break and after every line break.

    Articles keep single line breaks only where a line stands alone (headings, list
    items, datelines), so a line break is a boundary too.
    """
    after_break = False
    for i, token in enumerate(doc):
        if i == 0:
            token.is_sent_start = True
            continue
        if after_break and not token.is_space:
            token.is_sent_start = True
            after_break = False
        elif token.is_space and "\n" in token.text or "\n" in token.whitespace_:
            after_break = True
    return doc
