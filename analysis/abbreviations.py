"""Abbreviations read from the article itself, not from lists.

An all-capitals word ("SDF", "AFP"), or a mixed-case one whose small letters stand for
connectors ("MoD" for "Ministry of Defence"), means whatever the article it stands in
says it means. ``link_initials`` gives it the actor of the nearest name used before it in the
same article whose initials spell it ("the Veltranian Border Guard ... the VBG said"),
whether the model, the gazetteer or nobody tagged that name. The article wins over the
gazetteer: an acronym that names different bodies in different articles is never tied
to one of them. Definitions in brackets ("Coastal Defence Force (CDF)") are applied
before, by ``analysis.actor_rules``.
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy
from spacy.attrs import IS_ALPHA, IS_UPPER
from spacy.tokens import Doc, Span, Token

# Words that may stand inside a long form without giving the acronym a letter.
ACRONYM_CONNECTORS = frozenset(
    {"of", "for", "the", "and", "&", "on", "in", "de", "des", "du", "la", "le", "to", "-"}
)
_NAME_LABELS = frozenset({"ORG", "GPE", "NORP", "LOC", "FAC"})
MIN_LETTERS, MAX_LETTERS = 2, 8
# Roman numerals of regnal names and wars ("II", "XIV") are no acronyms.
_ROMAN = re.compile(r"X{0,3}(IX|IV|V?I{0,3})")


def is_acronym_token(token: Token) -> bool:
    """Return True for an all-capitals word of two to eight letters ("SDF", "G&T" no)."""
    text = token.text
    return (
        MIN_LETTERS <= len(text) <= MAX_LETTERS
        and text.isalpha()
        and text.isupper()
        and not _ROMAN.fullmatch(text)
    )


# A mixed-case acronym spells its connectors in lower case ("MoD", "DfID", "DoJ").
_CASED_ACRONYM = re.compile(r"\b[A-Z](?:[a-z]?[A-Z])+\b")


def is_cased_acronym(token: Token) -> bool:
    """Return True for a mixed-case acronym whose small letters stand for connectors
    ("MoD" for "Ministry of Defence"); all-capitals words are ``is_acronym_token``'s."""
    text = token.text
    return (
        MIN_LETTERS < len(text) <= MAX_LETTERS
        and not text.isupper()
        and _CASED_ACRONYM.fullmatch(text) is not None
    )


def cased_initials(words: list[str]) -> str:
    """Return the mixed-case acronym a name spells: a capital for each word, a small
    letter for each connector ("Ministry of Defence" -> "MoD"); "" when it has none."""
    words = [w for w in words if w.isalpha()]
    if len(words) < 2 or not any(w.lower() in ACRONYM_CONNECTORS for w in words):
        return ""
    return "".join(w[0].lower() if w.lower() in ACRONYM_CONNECTORS else w[0].upper() for w in words)


def _spells(text: str, span: Span) -> bool:
    """Return whether the acronym ``text`` is the initials of ``span``."""
    if text.isupper():
        return text in _span_initials(span)
    words = [t.text for t in span if not (t.i == span.start and t.lower_ == "the")]
    # "the Osmani Ministry of Defence ... the MoD": the body's own words may follow its
    # state's name, which the acronym leaves out
    return any(cased_initials(words[k:]) == text for k in range(len(words) - 1))


def initials(words: list[str]) -> set[str]:
    """Return the acronyms a name's words spell: without its connectors, and with them.

    "Agence France-Presse" -> {"AFP"}; "Bank of Veltrania" -> {"BV", "BOV"}.
    """
    words = [w for w in words if w.isalpha() or w == "&"]
    if len(words) < 2:
        return set()
    bare = "".join(w[0] for w in words if w.lower() not in ACRONYM_CONNECTORS)
    full = "".join(w[0] for w in words)
    return {bare.upper(), full.upper()} if bare else {full.upper()}


def _span_initials(span: Span) -> set[str]:
    return _initials_of(tuple(t.text for t in span))


@lru_cache(maxsize=1 << 12)
def _initials_of(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(initials(list(words)))


def _is_capital_word(token: Token) -> bool:
    return token.is_alpha and token.text[:1].isupper()


def _capitalised_runs(doc: Doc) -> list[Span]:
    """Return the runs of two or more capitalised words (connectors between them allowed)."""
    runs: list[Span] = []
    i = 0
    n = len(doc)
    while i < n:
        if not _is_capital_word(doc[i]):
            i += 1
            continue
        end = i + 1
        while end < n:
            if _is_capital_word(doc[end]):
                end += 1
            elif (
                (doc[end].lower_ in ACRONYM_CONNECTORS or doc[end].text in {"'s", "’s"})
                and end + 1 < n
                and _is_capital_word(doc[end + 1])
            ):
                end += 2
            else:
                break
        if sum(_is_capital_word(t) for t in doc[i:end]) >= 2:
            runs.append(doc[i:end])
        i = end
    return runs


def _long_form_before(token: Token, ents: list[Span], runs: list[Span]) -> Span | None:
    """Return the nearest name before ``token`` whose initials spell it, if any.

    Among capitalised runs, the end of a run may spell it ("Monday the Veltranian
    Border Guard" gives "Veltranian Border Guard").
    """
    doc = token.doc
    text = token.text
    named = [
        e
        for e in ents
        if e.end <= token.i and e.label_ in _NAME_LABELS and len(e) > 1 and _spells(text, e)
    ]
    if named:
        return max(named, key=lambda e: e.start)
    spelled = [
        doc[start : r.end]
        for r in runs
        if r.end <= token.i
        for start in range(r.start, r.end - 1)
        if _is_capital_word(doc[start]) and _spells(text, doc[start : r.end])
    ]
    return max(spelled, key=lambda r: (r.end, r.start), default=None)


def _all_capitals(doc: Doc) -> list[int]:
    """Return the indices of the all-capitals words (the only acronym candidates), read
    from one array instead of token by token."""
    if not len(doc):
        return []
    flags = doc.to_array([IS_ALPHA, IS_UPPER])
    return numpy.flatnonzero(flags[:, 0] & flags[:, 1]).tolist()


def _cased_acronyms(doc: Doc) -> list[int]:
    """Return the indices of the mixed-case acronym words ("MoD"), found in the text."""
    found = []
    for match in _CASED_ACRONYM.finditer(doc.text):
        if match.group().isupper():
            continue
        span = doc.char_span(match.start(), match.end())
        if span is not None and len(span) == 1:
            found.append(span.start)
    return found


def link_initials(
    doc: Doc, ents: list[Span], *, defined: frozenset[str] | set[str] = frozenset()
) -> list[Span]:
    """Return the entities with every all-capitals word linked to the name it abbreviates.

    Only words the model, the gazetteer or a bracket definition already made an entity,
    or that the parser reads as proper nouns, are looked at, and none the article
    defines in brackets (``defined``). The article's own name wins over the gazetteer's
    reading of the acronym.
    """
    covering = {i: e for e in ents for i in range(e.start, e.end)}
    runs: list[Span] | None = None
    out = list(ents)
    for i in _all_capitals(doc) + _cased_acronyms(doc):
        token = doc[i]
        if not (is_acronym_token(token) or is_cased_acronym(token)) or token.text in defined:
            continue
        ent = covering.get(token.i)
        if ent is None and token.pos_ != "PROPN":
            continue
        if ent is not None and len(ent) > 1:
            continue
        if runs is None:
            runs = _capitalised_runs(doc)
        long_form = _long_form_before(token, out, [])
        if long_form is None:
            run = _long_form_before(token, [], runs)
            if run is None:
                continue
            if any(e.start < run.start < e.end or e.start < run.end < e.end for e in out):
                continue  # a longer name runs across the run's edge
            long_form = Span(doc, run.start, run.end, label="ORG", span_id=run.text)
            out = [e for e in out if not (e.start < run.end and run.start < e.end)]
            out.append(long_form)
        label, entity_id = long_form.label_, long_form.ent_id_ or long_form.text
        if ent is not None and ent.ent_id_ == entity_id:
            continue
        out = [e for e in out if not (e.start <= token.i < e.end)]
        out.append(Span(doc, token.i, token.i + 1, label=label, span_id=entity_id))
    return out


def repeated_acronyms(doc: Doc, ents: list[Span]) -> list[Span]:
    """Return the entities with every untagged repeat of a tagged acronym added.

    An all-capitals word the article tags as a body is that body where it opens a
    sentence or a headline untagged: "KLDR rebels seize a town", which the model read as
    a common word, with "the KLDR said" tagged below. Only a body's acronym repeats so;
    a word that is a body in one place and tagged as something else in another is left.
    """
    tagged: dict[str, Span] = {}
    other: set[str] = set()
    taken = set()
    for ent in ents:
        taken.update(range(ent.start, ent.end))
        if len(ent) == 1 and is_acronym_token(ent[0]):
            if ent.label_ == "ORG":
                tagged.setdefault(ent.text, ent)
            else:
                other.add(ent.text)
    if not tagged:
        return ents
    new = [
        Span(doc, i, i + 1, label="ORG", span_id=tagged[doc[i].text].ent_id_)
        for i in _all_capitals(doc)
        if i not in taken
        and doc[i].is_sent_start
        and doc[i].text in tagged
        and doc[i].text not in other
    ]
    return ents + new
