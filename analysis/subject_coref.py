"""Who a pronoun subject of a commitment stands for, across sentences.

A commitment cue whose subject is a pronoun ("we will", "they called on") is credited to
nobody unless the pronoun is tied to a party the article names. The rules here tie it only
where the evidence is one party or one named group; where it is ambiguous the pronoun
stays nobody's (a wrong party is worse than a missing row).

- ``quoted_first_person``: "we"/"I" inside a quotation is whoever the quotation's frame
  names as speaking it, also when the quotation opened in an earlier sentence
  ('X said of the talks "There are steps. We hope they are taken."').

Singular person pronouns go through the quote speaker resolver
(``analysis.quote_coref.Attribution.resolve``), shared with quotations.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from analysis.actors import LocalActor
from analysis.commitment_background import FIRST_PERSON
from analysis.issuers import credit_words
from analysis.quote_cues import cue_subject
from analysis.quotes import Attribution

_OF_LINKS = 3  # how many "of" phrases a subject's head is looked for through


def quoted_first_person(subject: Token | None, context: Attribution) -> LocalActor | None:
    """Return who speaks a first-person subject inside a quotation, by the speech verb of
    the quotation's frame before it, or None (no quotation, no frame, nobody named)."""
    if subject is None or subject.lower_ not in FIRST_PERSON or subject.text == "US":
        return None
    span = _quotation_at(subject.idx, context)
    if span is None:
        return None
    start, _ = span
    opening = context.sents[context.sentence_index(start)]
    frame = [t for t in opening if t.idx < start and not context.in_quote(t.idx)]
    verb = context.cue_in(frame, last=True)
    speaking = cue_subject(verb, context) if verb is not None else None
    if speaking is None or _is_crowd(speaking):
        # 'thousands of Turks chanted "We don't want ..."', 'a crowd waving flags chanted':
        # people nobody names, or a frame with no subject, make no party speak
        return None
    found = context.speaker_of_cue(verb, _outside(opening, context))
    return found.actor if found.actor is not None and found.actor.type != "place" else None


def _is_crowd(subject: Token) -> bool:
    """Return whether a subject is people nobody names: a plural people noun, a
    nationality ("Turks") or a count of either ("tens of thousands of Turks")."""
    heads = [subject]
    for head in heads[:_OF_LINKS]:  # "tens" of "thousands" of "Turks"
        heads += [
            o
            for p in head.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children
            if o.dep_ == "pobj"
        ]
    return any(
        (t.ent_type_ == "NORP" and t.tag_ in ("NNS", "NNPS"))
        or t.lower_ in credit_words().people_groups
        or t.ent_type_ == "CARDINAL"
        for t in heads
    )


def _quotation_at(char: int, context: Attribution) -> tuple[int, int] | None:
    """Return the (open, close) of the quotation holding a character offset, or None."""
    return next(((a, b) for a, b in context.quoted if a <= char < b), None)


def _outside(sent: Span, context: Attribution) -> list[Token]:
    """Return the tokens of a sentence outside any quotation."""
    return [t for t in sent if not context.in_quote(t.idx)]
