"""The ``actor_entities`` component: rule repairs of the model's entities, after the NER.

It runs these general rules, in this order:

1. Acronyms defined in the text ("Information Fusion Centre-Indian Ocean Region
   (IFC-IOR)"): the long form and every occurrence of the acronym become one entity
   whose ``ent_id_`` is the long form. A long form that names a role ("Liaison Officer
   (LO)") or a programme ("Official Security Assistance (OSA) programme") is no actor,
   and neither is its acronym. Then every other all-capitals word takes the actor of
   the name before it in the article whose initials spell it
   (``analysis.abbreviations``).
2. False positives of the model are dropped (never gazetteer entities): names with no
   capital letter or a single character, handles and links, day and month names, names
   inside a short quotation ("the 'ReArm initiative'"), names followed by a programme,
   vehicle or weapon word ("ReArm initiative", "Type 26 frigates") or ending in one
   ("Security and Defence Partnership", "Republic Day"), names after "vision of",
   vessels ("INS Vikrant"), names headed by an operation or a document ("Operation
   Tidewater", "National Strategy for Renewal", "Review of Local Councils"), names
   mixing letters and digits ("F-35", "77th"), bare
   titles ("Defence Minister", "the Special Representative"), a portfolio alone
   ("Consumer Affairs"), a transcript's label that names no one ("QUESTION:"), one
   capitalised word after "the" heading its phrase ("the Bill"), and names that stand
   only in heading lines (a short line of its own) and never in the body text.
3. Person names lose leading courtesy titles and title words ("Ms. Kaja Kallas",
   "Rear Admiral Jose Villaflor" -> "Kaja Kallas", "Jose Villaflor").
4. Persons and places the model swapped are put right ("Helena Vasconcelos" tagged
   as an organisation, "in Darwin" tagged as a person), and a short form of a full
   person name in the same article ("Singh", which the model tags as a place) becomes
   a person entity. A model name made of title words and a person's name ("Defence
   Marco Bellini") is that person; a capitalised role noun alone ("The Minister") is no
   entity (the actors resolve it as a role); a surname the model found gets back the
   given name it missed elsewhere ("Helena Kowalczyk"). A name after a courtesy style
   ("the Hon Talia Orrin MP", "Mr Dorlan" read as a place) and a transcript's speaker
   label in capitals ("MINISTER VARGA:") are persons where the model missed them, as are
   a name read as a work with a title in apposition ("Park Min-Seong, deputy head of
   the harbour board") and a name with a particle that runs on into a second surname
   ("Tavio de Ramos e Sousa").
5. A gazetteer form inside a longer name does not override it: a model organisation
   running on into a country ("Secure Skies Poland"), a demonym opening an untagged
   capitalised name ("The Polish Sappers Guild"), a capital after a given name or in a
   list of people ("Marcus Washington", even when the model tagged "Marcus" alone); the
   capital alone later in the article is then that person, except after "in", "at",
   "from" ... Heading lines are left alone.
6. A one-word model organisation used as a region ("in the Amazon", "the Amazon
   basin") is a place, in every mention of the article.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from functools import cache, lru_cache

from spacy.attrs import ORTH
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from analysis.abbreviations import ACRONYM_CONNECTORS, link_initials, repeated_acronyms
from analysis.entity_rules import (
    DEMONYM_LABEL,
    actor_rule_words,
    canonical_names,
    entity_label,
    entries_by_name,
    entries_by_spelling,
    given_name_genders,
    spelling_key,
)
from analysis.name_boundaries import (
    acting_unit,
    bodies_for_a_cause,
    bodies_named_for_a_purpose,
    bodies_of_known_bodies,
    cut_people_at_commas,
    group_actors,
    hyphen_compounds,
    hyphened_given_names,
    names_around_aliases,
    names_around_places,
    names_joined_by_and,
    numbered_units,
    people_after_demonyms,
    people_by_apposition,
    people_of_places,
    people_run_on,
    regnal_numerals,
    split_at_line_breaks,
    split_at_slashes,
    split_lists,
    split_possessives,
    surnames_joined_by_and,
    untagged_bodies,
    whole_portfolios,
    without_trailing_voices,
)
from analysis.person_names import surname_particles, without_hyphened_particle
from analysis.spans import doc_text, token_indices, whole_words

ACTOR_ENTITIES = "actor_entities"
# The span group of demonyms before a thing of their state ("Osmani gas", "Osmani
# citizens") and of countries hyphened to another before a thing ("the Osmark-Norland
# talks"): no entity, but a mention of the state where the article has it as an actor.
STATES_OWNING_THINGS = "states_owning_things"

ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})
QUOTE_MARKS = frozenset({'"', "'", "‘", "’", "“", "”", "`", "``", "''"})
# A heading line is short; longer lines are body text even without a full stop.
HEADING_MAX_WORDS = 12
# How many tokens a quotation around a programme name may hold.
SHORT_QUOTE_TOKENS = 5

_ACRONYM_DEFINITION = re.compile(r"\( ?([A-Z][A-Za-z0-9&./\-]{0,14}[A-Za-z0-9]) ?\)")
LOCATIVE_PREPOSITIONS = frozenset(
    {"in", "at", "near", "from", "to", "into", "outside", "across", "around", "off"}
)
# Prepositions before "the <name>" that put a region there ("across the Amazon"); "to the",
# "from the", "at the" are as often said of organisations.
_REGION_PREPOSITIONS = frozenset({"in", "across", "throughout", "into", "inside"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_LETTERS_AND_DIGITS = re.compile(r"[A-Za-z].*\d|\d.*[A-Za-z]")


@cache
def _words(section: str, key: str) -> frozenset[str]:
    return frozenset(w.lower() for w in actor_rule_words()[section][key])


@cache
def title_words() -> frozenset[str]:
    """Return every word that may stand in a person's title (heads and modifiers)."""
    heads = {part for head in _words("titles", "heads") for part in head.split()}
    return frozenset(heads | _words("titles", "modifiers"))


@cache
def honorifics() -> frozenset[str]:
    """Return every courtesy title ("mr", "ms.", "dr"), lower-cased."""
    return (
        _words("honorifics", "male")
        | _words("honorifics", "female")
        | _words("honorifics", "neutral")
    )


@Language.component(ACTOR_ENTITIES)
def actor_entities(doc: Doc) -> Doc:
    """Return the doc with its entities repaired by the actor rules (see the module)."""
    ents = [span for span in map(_trimmed, doc.ents) if span is not None]
    ents = [_known_spelling(ent) for ent in ents] + _untagged_known_spellings(doc)
    ents = split_possessives(doc, ents)
    ents = split_lists(doc, ents)
    ents = cut_people_at_commas(doc, ents)
    ents = regnal_numerals(doc, ents)
    ents = hyphened_given_names(doc, ents)
    ents = group_actors(doc, ents)
    ents = untagged_bodies(doc, ents)
    ents = people_of_places(doc, ents)
    ents = names_around_places(doc, ents, skip=_in_heading)
    ents = bodies_of_known_bodies(doc, ents)
    ents = bodies_named_for_a_purpose(doc, ents)
    ents = names_joined_by_and(doc, ents)
    ents = hyphen_compounds(doc, ents)
    ents = names_around_aliases(doc, ents)
    ents = whole_portfolios(doc, ents)
    ents = people_after_demonyms(doc, ents)
    ents = bodies_for_a_cause(doc, ents)
    ents = people_by_apposition(doc, ents)
    ents = _apply_acronyms(doc, ents)
    defined = {m.group(1) for m in _ACRONYM_DEFINITION.finditer(doc_text(doc))}
    ents = link_initials(doc, ents, defined=defined)
    body = _body_text(doc)
    ents = [
        _as_organisation(ent) if acting_unit(ent) else ent
        for ent in ents
        if ent.ent_id_ or acting_unit(ent) or not _is_false_positive(ent, body)
    ]
    owning = [ent for ent in ents if _is_thing_of_state(ent)]
    doc.spans[STATES_OWNING_THINGS] = [ent for ent in owning if _owns_as_party(ent)]
    ents = [ent for ent in ents if not _is_thing_of_state(ent)]
    things = _names_defined_as_things(ents)
    ents = [ent for ent in ents if ent.text not in things]
    ents = [_titled_organisation(ent) for ent in ents]
    ents = _organisations_called_he_or_she(ents)
    ents = [part for ent in ents for part in _office_holder_after_body(ent)]
    ents = [part for ent in ents for part in _office_taken_for_a_body(ent)]
    ents = [_strip_person_titles(ent) for ent in ents]
    ents = [_titled_person(ent, ents) for ent in ents if ent is not None]
    ents = _nicknamed_people(doc, [ent for ent in ents if ent is not None])
    ents = _repair_people(doc, ents)
    ents = _bodies_named_as_people(ents)
    ents = _names_through_particles(doc, ents)
    ents = _hyphened_particle_surnames(doc, ents)
    ents = _peers(doc, ents)
    ents = _styled_people(doc, ents)
    ents = _transcript_speakers(doc, ents)
    ents = _longer_names(doc, ents)
    ents = numbered_units(doc, ents)
    ents = _places_in_context(ents)
    ents = _add_titled_names(doc, ents)
    ents = _add_names_after_portfolios(doc, ents)
    ents = regnal_numerals(doc, ents)  # "Queen Ana II", a name found only after its title
    ents = _add_given_names(doc, ents)
    ents = [_with_apposed_given_name(ent, ents) for ent in ents]
    ents = _with_known_given_names(ents)
    ents = _add_surnames(doc, ents)
    ents = _without_common_word_people(doc, ents)
    ents = _without_post_qualifiers(doc, ents)
    ents = people_run_on(doc, ents)
    ents = split_at_line_breaks(doc, ents)
    ents = split_at_slashes(doc, ents)
    ents = without_trailing_voices(doc, ents)
    ents = surnames_joined_by_and(doc, ents)
    ents = repeated_acronyms(doc, ents)
    ents = [ent for ent in map(_without_trailing_joiners, ents) if ent is not None]
    doc.ents = filter_spans(ents)
    doc.user_data.pop(_HEADINGS, None)  # a cache for this component only
    return doc


# Words that join the parts of a name and never end one ("Kestrel Force of the").
_TRAILING_JOINERS = frozenset({"of", "the", "for", "and", "on", "in", "de", "del", "-"})


def _without_trailing_joiners(ent: Span) -> Span | None:
    """Return the entity without joining words left at its end by a rule that stopped
    at a bracket or another name ("the Kestrel Force of the Coast Guard (CG)"), or None
    when one word or less is left: a name cut at both ends ("Kingdom" of "the Kingdom of
    the Netherlands") names nobody for sure."""
    end = ent.end
    while end > ent.start and ent.doc[end - 1].lower_ in _TRAILING_JOINERS:
        end -= 1
    if end == ent.end:
        return ent
    if end - ent.start <= 1 or (end - ent.start == 2 and ent.doc[ent.start].lower_ == "the"):
        return None
    span_id = ent.ent_id_ if ent.ent_id_ != ent.text else ent.doc[ent.start : end].text
    return Span(ent.doc, ent.start, end, label=ent.label_, span_id=span_id)


# Marks that never belong to a name: brackets, citation and markup characters.
_EDGE_MARKS = frozenset("()[]{}<>|=*#_~^:;")
# Lower-case words that may open a model's entity but never a name ("all Member States").
_LEADING_WORDS = frozenset(
    {"all", "a", "an", "some", "both", "every", "each", "any", "many", "their", "its", "his"}
    | {"her", "our", "my", "your", "this", "that", "these", "those"}
)


def _is_edge(token: Token) -> bool:
    return (
        token.is_space
        or _is_mark(token)
        or (token.is_punct and set(token.text) <= _EDGE_MARKS)
        or token.lower_ in _LEADING_WORDS
        or bool(re.fullmatch(r"\[\d+\]", token.text))
        # "Later Harlan said": an adverb opening the sentence, capitalised only there, as
        # is a participle used as a preposition ("Following Harlan's exit")
        or (token.tag_ in {"RB", "RBR", "RBS", "VBG"} and token.is_sent_start and token.is_title)
    )


def _trimmed(ent: Span) -> Span | None:
    """Return the entity without what never belongs to a name, or None when nothing is left.

    Leading or trailing spaces, quote marks, brackets, citation marks ("[3]") and
    markup characters go, and so do leading words such as "all"; a bracket or a word of
    the page's layout inside the entity ends it ("the Coastal Guard (CG" -> "the Coastal
    Guard", "Ana Ruiz Infobox" -> "Ana Ruiz"). A name must keep a capital letter.
    """
    doc = ent.doc
    start, end = ent.start, ent.end
    layout = _words("not_actor", "layout_words")
    for i in range(start + 1, end):
        if doc[i].text in {"(", "["} or doc[i].text.startswith("@") or doc[i].lower_ in layout:
            end = i  # a bracket, a handle ("Twitter @osterberg") or a layout word ends it
            break
    if doc[start].lower_ in layout:
        start += 1
    while start < end and _is_edge(doc[start]):
        if doc[start].lower_ in _LEADING_WORDS and _known_form(doc[start:end]):
            break  # a known name that opens with such a word ("Her Majesty's Government")
        start += 1
    while end > start and (_is_edge(doc[end - 1]) or doc[end - 1].text in {"'s", "’s"}):
        end -= 1
    while end > start + 1 and doc[end - 1].is_lower and doc[end - 1].tag_ in _FINITE_VERBS:
        end -= 1  # "the Harbour Front ended its strike": the verb after the name
    if ent.label_ == "PERSON" and all(t.lower_ in honorifics() for t in doc[start:end]):
        return None  # "Her Majesty's visit": a style, no name
    if start == end or not any(t.text[:1].isupper() for t in doc[start:end] if t.lower_ != "the"):
        return None if ent.label_ in ACTOR_LABELS else (ent if start < end else None)
    if (start, end) == (ent.start, ent.end):
        return ent
    return Span(doc, start, end, label=ent.label_, span_id=ent.ent_id_)


# Finite verb tags: a lower-case word so tagged at the end of an entity is its clause's verb.
_FINITE_VERBS = frozenset({"VBD", "VBZ", "VBP"})


def _known_form(span: Span) -> bool:
    """Return True when the span, apostrophes made plain, is a known form of a name."""
    return span.text.replace("’", "'").lower() in canonical_names()


# Initials written with dots between them but none after the last ("U.S", "U.N").
_UNFINISHED_INITIALISM = re.compile(r"(?:[A-Z]\.)+[A-Z]")


def _known_spelling(ent: Span) -> Span:
    """Return a model entity that writes a known name another way as that name.

    "DA'ESH" or "Da-esh" for a gazetteer's "Daesh": case, apostrophes, hyphens and
    spaces aside, the same letters.
    """
    if ent.ent_id_ or ent.label_ not in ACTOR_LABELS:
        return ent
    entry = entries_by_spelling().get(spelling_key(ent.text))
    if entry is None and _UNFINISHED_INITIALISM.fullmatch(ent.text):
        # "the U.S government", "U.N troops": an initialism that lacks only its last dot
        entry = canonical_names().get(ent.text.lower() + ".")
    if entry is None:
        return ent
    return Span(ent.doc, ent.start, ent.end, label=entity_label(entry), span_id=entry.name)


def _untagged_known_spellings(doc: Doc) -> list[Span]:
    """Return one-word proper nouns no entity covers that write a known name another way."""
    known = entries_by_spelling()
    out = []
    for token in doc:
        if token.ent_type_ or token.pos_ != "PROPN" or not token.text[:1].isupper():
            continue
        entry = known.get(spelling_key(token.text))
        if entry is not None:
            out.append(
                Span(doc, token.i, token.i + 1, label=entity_label(entry), span_id=entry.name)
            )
    return out


def _as_organisation(ent: Span) -> Span:
    return Span(ent.doc, ent.start, ent.end, label="ORG", span_id=ent.ent_id_ or ent.text)


_HEADINGS = "actor_rules.headings"


def _heading_ranges(doc: Doc) -> list[tuple[int, int]]:
    """Return the token ranges of the doc's heading lines, worked out once per doc."""
    ranges = doc.user_data.get(_HEADINGS)
    if ranges is None:
        ranges = doc.user_data[_HEADINGS] = [
            (sent.start, sent.end) for sent in doc.sents if _is_heading(sent)
        ]
    return ranges


def _in_heading(ent: Span) -> bool:
    """Return True when the entity stands in a heading line."""
    if not ent.doc.has_annotation("SENT_START"):
        return False
    ranges = _heading_ranges(ent.doc)
    i = bisect.bisect_right(ranges, (ent.start, len(ent.doc) + 1)) - 1
    return i >= 0 and ranges[i][0] <= ent.start < ranges[i][1]


# ---- acronyms


def _apply_acronyms(doc: Doc, ents: list[Span]) -> list[Span]:
    """Return the entities with every acronym defined in the text applied."""
    for match in _ACRONYM_DEFINITION.finditer(doc_text(doc)):
        acronym = match.group(1)
        paren = doc.char_span(match.start(), match.start() + 1)
        if paren is None:
            continue
        long_form = (
            _long_form(doc, paren.start, acronym)
            or _translated_long_form(paren.start, acronym, ents)
            or _name_before_bracket(doc, paren.start, acronym, ents)
            or _clipped_long_form(doc, paren.start, acronym, ents)
        )
        if long_form is None:
            if paren.start > 0 and _under_programme(doc[paren.start - 1]):
                drop = _occurrences(doc, acronym)
                ents = [e for e in ents if e.ent_id_ or not _overlaps_any(e, drop)]
            continue
        occurrences = _occurrences(doc, acronym)
        if _names_no_actor(long_form, doc, match.end()):
            drop = [long_form, *occurrences]
            ents = [e for e in ents if e.ent_id_ or not _overlaps_any(e, drop)]
            continue
        long_form, label, entity_id = _long_form_identity(long_form, ents)
        new = [Span(doc, long_form.start, long_form.end, label=label, span_id=entity_id)]
        new += [Span(doc, s.start, s.end, label=label, span_id=entity_id) for s in occurrences]
        ents = [e for e in ents if not _overlaps_any(e, new)] + new
    return ents


def _long_form(doc: Doc, paren_i: int, acronym: str) -> Span | None:
    """Return the words before "(" whose initials spell the acronym, if they do.

    Connectors ("of", "for", "and") are passed over, unless the acronym needs their
    letter ("Ministry of Defence (MOD)", "Department for Rural Aid (DFRA)")."""
    letters = [ch for ch in acronym if ch.isupper()]
    if len(letters) < 2:
        return None
    limit = max(0, paren_i - 3 * len(letters) - 4)
    first = _initials_from(doc, paren_i - 1, len(letters) - 1, letters, limit, 0)
    if first is None:
        return None
    start = first
    while start < paren_i and doc[start].lower_ in ACRONYM_CONNECTORS:
        start += 1
    return doc[start:paren_i] if start < paren_i else None


def _initials_from(
    doc: Doc, i: int, j: int, letters: list[str], limit: int, skipped: int
) -> int | None:
    """Return where the words ending at ``i`` that spell ``letters[: j + 1]`` begin (a
    search backwards from the bracket), or None when they do not spell them."""
    if j < 0:
        return i + 1
    if i < limit:
        return None
    token = doc[i]
    connector = token.lower_ in ACRONYM_CONNECTORS
    if connector or token.is_punct and token.text in {"-", "–", "/"}:
        found = _initials_from(doc, i - 1, j, letters, limit, skipped)
        if found is not None or not connector or token.text[0].upper() != letters[j]:
            return found
        return _initials_from(doc, i - 1, j - 1, letters, limit, skipped)
    if token.is_alpha and token.text[0].upper() == letters[j]:
        return _initials_from(doc, i - 1, j - 1, letters, limit, skipped)
    if j < len(letters) - 1 and skipped < _MAX_SKIPPED and _skippable(token):
        # "Tribunal for the former Osmark (TO)", "Partido da Renovação (PR)",
        # "Oslo Citizen's Forum (OCF)": a lower-case word or a possessive inside a
        # long form has no letter of its own in the acronym.
        return _initials_from(doc, i - 1, j, letters, limit, skipped + 1)
    return None


# Words inside a long form that have no letter in its acronym, beyond the connectors.
_MAX_SKIPPED = 2


def _skippable(token: Token) -> bool:
    """Return True for a lower-case word or a possessive mark inside a long form."""
    return token.text in {"'s", "’s"} or (token.is_alpha and token.is_lower)


def _translated_long_form(paren_i: int, acronym: str, ents: list[Span]) -> Span | None:
    """Return the name right before "(" whose initials are the acronym's letters in
    another order: the acronym of the name in its own language ("Armed Revolutionary
    Front (FAR)"). A leading demonym or country word may be left out of it."""
    letters = sorted(ch for ch in acronym if ch.isupper())
    for ent in ents:
        if ent.end != paren_i or ent.label_ not in {"ORG", "NORP", "GPE"} or len(ent) < 2:
            continue
        words = [
            t.text[0].upper() for t in ent if t.is_alpha and t.lower_ not in ACRONYM_CONNECTORS
        ]
        if len(letters) >= 2 and letters in (sorted(words), sorted(words[1:])):
            return ent
    return None


def _name_before_bracket(doc: Doc, paren_i: int, short: str, ents: list[Span]) -> Span | None:
    """Return the organisation a short name in brackets stands for when its capitals do
    not spell it ("the Osmani Agency of surveys (Anos)"): an organisation ending at
    most three lower-case words before the bracket, one of whose capitalised words starts
    with the short name's first letter. The short name may be the body's name in its own
    language, whose words come in another order ("the Osmani Survey Agency (Aso)").
    A known name in brackets ("(Norway)") is none."""
    if short.lower() in canonical_names() or not short[:1].isupper() or short.isupper():
        return None  # all-capitals acronyms are read by their letters
    for ent in ents:
        if ent.label_ != "ORG" or not paren_i - 4 <= ent.end <= paren_i:
            continue
        between = doc[ent.end : paren_i]
        if any(t.text[:1].isupper() or not t.is_alpha for t in between):
            continue
        capitals = {t.text[:1] for t in ent if t.is_title}
        if short[0] in capitals and not _under_programme(ent.root):
            return doc[ent.start : paren_i]
    return None


def _clipped_long_form(doc: Doc, paren_i: int, acronym: str, ents: list[Span]) -> Span | None:
    """Return the organisation right before "(" whose words' first letters, each word
    giving one or more, spell an all-capitals short name ("Coastal Patrol Command
    (COPACOM)", "Central Command (CENTCOM)"): a clipped acronym the initials cannot read."""
    if not acronym.isupper() or len(acronym) < 4:
        return None
    for ent in ents:
        if ent.label_ != "ORG" or ent.end != paren_i:
            continue
        words = [
            t.text.upper()
            for t in ent
            if t.is_alpha and t.lower_ not in ACRONYM_CONNECTORS and t.lower_ != "the"
        ]
        if len(words) >= 2 and _clipped(words, acronym):
            return ent
    return None


def _clipped(words: list[str], letters: str) -> bool:
    """Return whether ``letters`` is a prefix of each word in turn, each at least one letter."""
    if not words:
        return not letters
    return any(
        words[0][:n] == letters[:n] and _clipped(words[1:], letters[n:])
        for n in range(1, min(len(words[0]), len(letters)) + 1)
    )


def _occurrences(doc: Doc, acronym: str) -> list[Span]:
    """Return every span of the doc that spells the acronym as a whole word."""
    spans = []
    for start, end in whole_words(doc_text(doc), acronym):
        span = doc.char_span(start, end)
        if span is not None:
            spans.append(span)
    return spans


def _names_no_actor(long_form: Span, doc: Doc, end_char: int) -> bool:
    """Return True when a defined long form names a role, programme, document, event or
    concept.

    A long form in lower case ("space situational awareness (SSA)") is a concept.
    """
    if not any(t.text[:1].isupper() for t in long_form if t.lower_ not in ACRONYM_CONNECTORS):
        return True
    last = long_form[-1].lower_
    following = doc.char_span(end_char, len(doc_text(doc)), alignment_mode="expand")
    if following is not None and len(following) and _called_a_body(doc, following.start):
        return False  # "the Harbour Peace Initiative (HPI), a non-profit group": a body
    if last in _words("titles", "heads") or last in _words("not_actor", "last_word"):
        return True
    if _headed_by_a_thing([t for t in long_form if not t.is_punct]):
        return True  # "Harbour Charter of Fishing Rights (HCFR)": a text, by its head
    if following is not None and len(following):
        return following[0].lower_ in _words("not_actor", "followed_by")
    return False


def _long_form_identity(long_form: Span, ents: list[Span]) -> tuple[Span, str, str]:
    """Return (span, label, id) for a long form: a gazetteer entity's own, else an
    organisation. A known name that ends where the long form does and starts before it
    ("Veltrania Coast Guard (CG)") is the long form."""
    for ent in ents:
        if ent.end == long_form.end and ent.start <= long_form.start and ent.ent_id_:
            return ent, ent.label_, ent.ent_id_
    return long_form, "ORG", long_form.text


def _overlaps_any(span: Span, others: Iterable[Span]) -> bool:
    return any(span.start < o.end and o.start < span.end for o in others)


def _in_place_of(ents: list[Span], added: list[Span]) -> list[Span]:
    """Return ``ents`` with ``added`` in place of the entities they overlap."""
    if not added:
        return ents
    return [e for e in ents if not _overlaps_any(e, added)] + added


# ---- false positives


def _is_heading(sent: Span) -> bool:
    """Return True for a short line that stands alone and ends without punctuation."""
    text = doc_text(sent.doc)
    # The line break after a heading usually belongs to the heading's last token.
    # (The sentence's text is sliced from the doc's, not joined from its tokens.)
    start, end = sent.start_char, sent.end_char
    ends_line = text[start:end].rstrip(" \t").endswith("\n") or _line_break_or_end(text, end, 1)
    if not (ends_line and _line_break_or_end(text, start - 1, -1)):
        return False
    words = [t for t in sent if not t.is_punct and not t.is_space]
    text = text[start:end].strip()
    return 0 < len(words) <= HEADING_MAX_WORDS and not text.endswith(
        (".", "!", "?", ":", ";", '"', "”", ",")
    )


def _line_break_or_end(text: str, i: int, step: int) -> bool:
    """Return whether, from ``i`` on in direction ``step``, past spaces and tabs, the text
    ends or a line break comes (a scan, not a copy of the text before or after)."""
    while 0 <= i < len(text) and text[i] in " \t":
        i += step
    return not 0 <= i < len(text) or text[i] == "\n"


def _body_text(doc: Doc) -> str:
    """Return the text of every sentence that is not a heading line."""
    if not doc.has_annotation("SENT_START"):
        return doc_text(doc)
    headings = set(_heading_ranges(doc))
    text = doc_text(doc)  # a sentence's text, sliced instead of joined from its tokens
    return "\n".join(
        text[sent.start_char : sent.end_char]
        for sent in doc.sents
        if (sent.start, sent.end) not in headings
    )


def _headed_by_a_thing(tokens: list[Token]) -> bool:
    """Return whether a name is a document, programme or operation by its head: its
    first word names an operation ("Operation Tidewater"), or the word before its "of",
    "for" or "on" names a document ("National Strategy for Renewal", "Review of Local
    Councils", "Covenant on Fishing Rights")."""
    words = [t for t in tokens if t.lower_ != "the"]
    if len(words) < 2:
        return False
    first = words[0].lower_
    if first in _words("not_actor", "preceded_by") and words[0].is_title:
        # "Operation Tidewater"; not "Operations Command" nor "Exercise Control Group"
        return not first.endswith("s") and not any(
            t.lower_ in _words("organisations", "heads") for t in words[1:]
        )
    joint = next((i for i, t in enumerate(words) if t.lower_ in ("of", "for", "on")), None)
    if not joint:
        return False
    head = words[joint - 1].lower_
    if words[joint].lower_ == "on":
        # "Covenant on Fishing Rights" is a text; a "Conference on Nuclear Testing" acts
        return head in _words("not_actor", "instruments")
    return head in _words("not_actor", "last_word")


def _is_false_positive(ent: Span, body: str) -> bool:
    """Return True when a model entity is one of the model's typical false positives."""
    if ent.label_ not in ACTOR_LABELS:
        return False
    text = ent.text.strip()
    tokens = [t for t in ent if not t.is_punct]
    checks = (
        not any(ch.isupper() for ch in text) or len(text) <= 1,
        _PLURAL_S.sub("", text).lower() in _words("not_actor", "acronyms"),
        _is_concept_word(tokens),
        text.startswith(("@", "#")) or "http" in text or "www." in text,
        _is_date_name(tokens),
        bool(_LETTERS_AND_DIGITS.search(text)),
        bool(tokens) and (tokens[-1].pos_ in {"ADP", "CCONJ"} or tokens[0].pos_ == "ADP"),
        _in_short_quote(ent),
        _next_word(ent) in _words("not_actor", "followed_by") and not _full_name(ent),
        _modifies_a_thing(ent) and not _full_name(ent),
        bool(tokens)
        and tokens[-1].lower_ in _words("not_actor", "last_word")
        and not _called_a_body(ent.doc, ent.end),
        _headed_by_a_thing(tokens),
        _named_by_programme(ent),
        _under_programme(ent.root) and not _full_name(ent),
        _previous_word(ent) in _words("not_actor", "preceded_by") and not _after_portfolio(ent),
        len(tokens) > 1 and tokens[0].lower_ in _words("not_actor", "vessel_prefixes"),
        _is_title_alone([t for t in tokens if t.lower_ != "the"])
        and not (ent.label_ == "PERSON" and len(ent) == 1 and _styled_surname(ent, ent.start)),
        _only_in_headings(ent, body),
        _is_transcript_label(text, ent),
        _is_portfolio(tokens),
        _is_office_portfolio(ent, tokens),
        _is_office_of_portfolio(ent, tokens),
        _is_portfolio_before_office(ent, tokens),
        _is_common_noun_person(ent, tokens),
        _is_channel(ent, tokens),
        " ".join(t.lower_ for t in tokens if t.lower_ != "the")
        in _words("state_bodies", "generic_governments"),
    )
    return any(checks)


# A plural "s" the source wrote apart from its acronym ("with RPG s and rifles").
_PLURAL_S = re.compile(r"\s+s$")


def _is_concept_word(tokens: list[Token]) -> bool:
    """Return True for one capitalised word for an idea or a process ("Globalisation")."""
    if len(tokens) != 1 or not tokens[0].is_title:
        return False
    word = tokens[0].lower_
    return len(word) > 6 and word.endswith(tuple(_words("not_actor", "concept_endings")))


_CHANNEL_PREPOSITIONS = frozenset({"on", "via", "through"})


def _is_channel(ent: Span, tokens: list[Token]) -> bool:
    """Return True for an online platform where something is posted or followed ("follow
    the Minister on Twitter and Facebook", "said via Telegram"): a channel, not an actor.
    A platform that acts ("Twitter suspended the account") stays."""
    platform_words = {w for name in _words("not_actor", "platforms") for w in name.split()}
    words = [t.lower_ for t in tokens if t.lower_ not in {"and", "or"}]
    if not words or not set(words) <= platform_words:
        return False
    root = ent.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    if root.dep_ == "pobj" and root.head.lower_ in _CHANNEL_PREPOSITIONS:
        return True  # "on the Ministry's Flickr and Instagram"
    doc = ent.doc
    i = ent.start - 1
    # Back over a list of platforms ("on Twitter, Flickr and Instagram") to its preposition.
    while i >= 0 and (
        doc[i].is_space or doc[i].text == "," or doc[i].lower_ in {"and", "or"} | platform_words
    ):
        i -= 1
    return i >= 0 and doc[i].lower_ in _CHANNEL_PREPOSITIONS


def _is_title_alone(tokens: list[Token]) -> bool:
    """Return True for title words alone ("the Special Representative"), but not for a
    body whose name ends in a head noun ("Armed Forces")."""
    return (
        bool(tokens)
        and all(t.lower_ in title_words() for t in tokens)
        and (len(tokens) == 1 or tokens[-1].lower_ not in _words("organisations", "heads"))
    )


def _is_common_noun_person(ent: Span, tokens: list[Token]) -> bool:
    """Return True for one capitalised word after "the" read as a person and heading its
    own phrase ("the Bill was passed"): a name takes no article; "the Varga government"
    (a name before a noun) keeps it."""
    return (
        ent.label_ == "PERSON"
        and len(tokens) == 1
        and _previous_word(ent) == "the"
        and ent.root.dep_ != "compound"
        and not (ent.end < len(ent.doc) and ent.doc[ent.end].text in {"'s", "’s"})
    )


def _is_portfolio(tokens: list[Token]) -> bool:
    """Return True for a portfolio's name with no body's head noun ("Consumer Affairs")."""
    heads = _words("organisations", "heads")
    return (
        bool(tokens)
        and tokens[-1].lower_ in _words("not_actor", "portfolio_last_words")
        and not any(t.lower_ in heads for t in tokens)
    )


def _is_office_portfolio(ent: Span, tokens: list[Token]) -> bool:
    """Return True for the portfolio of an office after "<title> for" ("the Party's
    Secretary for International Relations", "Minister for Rural Development"): the
    remit of the office, not a body, unless a body's head noun ends it. One word ("Envoy
    for Norland") may be a state the model took for a body, and a portfolio with an
    acronym ("Advisor for KLF Resettlement") names a body, so both stay."""
    doc = ent.doc
    i = ent.start - 1
    if i > 0 and doc[i].lower_ == "the":
        i -= 1
    return (
        ent.label_ == "ORG"
        and len(tokens) > 1
        and not any(t.is_upper and len(t) > 1 for t in tokens)  # names a body by acronym
        and tokens[-1].lower_ not in _words("organisations", "heads")
        and i > 0
        and doc[i].lower_ == "for"
        and doc[i - 1].lower_ in title_words()
        and doc[i - 1].is_title
    )


def _is_portfolio_before_office(ent: Span, tokens: list[Token]) -> bool:
    """Return True for one unknown word the model took for a body right before an office
    that holds a portfolio or a faith ("Israel's Transportation Minister", "the current
    Press Secretary", "a Methodist minister"): the office's remit, not a body. A
    spokesman or leader speaks for a body ("the Harbour spokesman"), so those stay."""
    doc = ent.doc
    if ent.label_ not in ("ORG", "NORP") or len(tokens) != 1 or ent.end >= len(doc):
        return False
    before = doc[ent.start - 1] if ent.start > 0 else None
    return (
        not tokens[0].is_upper
        and doc[ent.end].lower_ in _words("titles", "portfolio_offices")
        and before is not None
        and (before.pos_ in ("DET", "ADJ") or before.tag_ == "POS")
    )


def _is_office_of_portfolio(ent: Span, tokens: list[Token]) -> bool:
    """Return True for the portfolio of an office after "<title> of" ("the secretary of
    the Defence of Osmark", "Minister of the Interior"): it opens with a word that only
    qualifies a title and holds no body's head noun ("President of the Security Council"
    names the Council)."""
    doc = ent.doc
    i = ent.start - 1
    if i > 0 and doc[i].lower_ == "the":
        i -= 1
    words = [t for t in tokens if t.lower_ != "the"]
    heads = _words("organisations", "heads")
    return (
        ent.label_ == "ORG"
        and bool(words)
        and words[0].lower_ in _words("titles", "modifiers")
        and not any(t.lower_ in heads or (t.is_upper and len(t) > 1) for t in words)
        and i > 0
        and doc[i].lower_ == "of"
        and doc[i - 1].lower_ in _words("titles", "heads")
    )


def _is_transcript_label(text: str, ent: Span) -> bool:
    """Return True for a speaker or contact label that names no one ("QUESTION:",
    "JOURNALIST:", "Media enquiries:", "Media Liaison:"): label words written in capitals
    or running up to a colon."""
    words = text.lower().split()
    labels = _words("not_actor", "transcript_labels")
    if not words or not all(w in labels for w in words):
        return False
    doc = ent.doc
    i = ent.end
    while i < len(doc) and doc[i].lower_ in labels and i - ent.end < 3:
        i += 1
    return text.isupper() or (i < len(doc) and doc[i].text == ":")


def _is_thing_of_state(ent: Span) -> bool:
    """Return True when a country name or demonym does not stand for the state acting.

    "600 million US dollars" (a currency), "Russian gas", "a US-Russian arms control
    treaty" (a demonym, or a country joined to one by a hyphen, before a thing).
    """
    if ent.label_ not in {"GPE", DEMONYM_LABEL}:
        return False
    doc = ent.doc
    if ent.end < len(doc) and doc[ent.end].lower_ in _words("not_actor", "currencies"):
        return True
    paired = ent.end + 1 < len(doc) and doc[ent.end].text == "-" and doc[ent.end + 1].ent_type_
    if ent.label_ != DEMONYM_LABEL and not paired:
        return False
    root = doc[ent.end + 1] if paired else ent.root
    things = _words("not_actor", "demonym_things") | _words("not_actor", "last_word")
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head  # "with Osmani and Norlandic assistance"
    while root.dep_ in {"amod", "compound", "nmod", "npadvmod"} and root.head.i != root.i:
        root = root.head
        if root.lower_ in things:
            return True
    return False


def _owns_as_party(ent: Span) -> bool:
    """Return True for a state before a thing of its own or one it is party to: a demonym
    ("Osmani exports") or a country joined to another by a hyphen ("the Osmark-Norland
    talks"), not a currency's country ("US dollars")."""
    doc = ent.doc
    paired = ent.end + 1 < len(doc) and doc[ent.end].text == "-"
    return ent.label_ == DEMONYM_LABEL or paired


def _names_defined_as_things(ents: list[Span]) -> set[str]:
    """Return the names the article defines as a system, programme or treaty by an
    apposition ("KORVAX, the Northern Surveillance System", "Aldra, the joint missile
    programme"): every mention of such a name is that thing, not an actor. A person's
    name, a known actor's, or one ending in a body's head noun is never one."""
    things = _words("not_actor", "last_word") | _words("not_actor", "followed_by")
    out = set()
    for ent in ents:
        if ent.ent_id_ or ent.label_ not in ACTOR_LABELS - {"PERSON"}:
            continue
        if ent[-1].lower_ in _words("organisations", "heads"):
            continue  # "the Osmark Alliance, a defence pact": a body all the same
        if _apposed_thing(ent, things):
            out.add(ent.text)
    return out


def _apposed_thing(ent: Span, things: frozenset[str]) -> bool:
    """Return True when ", the ... <thing noun>" follows the name up to a punctuation
    mark, in at most six words ("KORVAX, the Northern Surveillance System."); a phrase
    with a preposition ("the head of the programme") is headed before it."""
    doc = ent.doc
    i = ent.end
    if i + 2 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ != "the":
        return False
    end = i + 2
    while end < len(doc) and end - i <= 7 and doc[end].pos_ not in {"PUNCT", "VERB", "ADP"}:
        end += 1
    return end < len(doc) and doc[end].is_punct and end > i + 2 and doc[end - 1].lower_ in things


def _called_a_body(doc: Doc, i: int) -> bool:
    """Return True when ", a/an/the ... <body noun>" starts at token ``i``, the noun within
    ten tokens ("the Harbour Peace Initiative, a non-profit group founded in 2000"): the
    apposition says the name before it, whatever its last word, is an organisation's."""
    if i + 2 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ not in ("a", "an", "the"):
        return False
    heads = _words("organisations", "heads")
    for token in doc[i + 2 : i + 12]:
        if token.pos_ in {"VERB", "ADP"} or (token.is_punct and token.text not in ("-", ",")):
            return False
        if token.pos_ == "NOUN" and token.lower_ in heads:
            return True
    return False


def _modifies_a_thing(ent: Span) -> bool:
    """Return True for a name before lower-case modifiers and a weapon or programme noun
    ("Vardex anti-ballistic missiles", "Korvan air defence systems"): the thing's name."""
    root = ent.root
    while root.dep_ in {"compound", "amod", "nmod"} and root.head.i != root.i:
        root = root.head
    between = ent.doc[ent.end : root.i]
    return (
        root.i > ent.end
        and len(between) <= 6
        and root.lower_ in _words("not_actor", "followed_by")
        and all(t.is_lower or t.text == "-" for t in between)
    )


def _full_name(ent: Span) -> bool:
    """Return True for a person's name of two words or more: "the Tarek Almasi campaign"
    mentions the person, whatever the campaign is."""
    return ent.label_ == "PERSON" and sum(t.is_alpha and t.is_title for t in ent) >= 2


def _is_date_name(tokens: list[Token]) -> bool:
    days = _words("not_actor", "days_and_months")
    named = [t for t in tokens if not t.like_num]
    return bool(named) and all(t.lower_.rstrip(".") in days for t in named)


def _next_word(ent: Span) -> str:
    doc = ent.doc
    i = ent.end
    while i < len(doc) and (doc[i].is_quote or doc[i].is_space):
        i += 1
    if i < len(doc) and doc[i].text == "-" and i + 1 < len(doc):
        return "-" + doc[i + 1].lower_
    return doc[i].lower_ if i < len(doc) else ""


def _previous_index(ent: Span) -> int:
    """Return the index of the word before an entity, past quote marks and gaps (-1 if none)."""
    i = ent.start - 1
    while i >= 0 and (ent.doc[i].is_quote or ent.doc[i].is_space):
        i -= 1
    return i


def _previous_word(ent: Span) -> str:
    i = _previous_index(ent)
    return ent.doc[i].lower_ if i >= 0 else ""


def _after_portfolio(ent: Span) -> bool:
    """Return True for a person's name after a title's portfolio ("director of
    operations Meeri-Ann Vesk"): "operations" there is the title's, not an operation's
    name."""
    i = _previous_index(ent)
    return (
        ent.label_ == "PERSON"
        and len(ent) > 1
        and i >= 2
        and ent.doc[i - 1].lower_ == "of"
        and ent.doc[i - 2].lower_ in title_words()
    )


def _under_programme(token: Token) -> bool:
    """Return True when the token hangs by "of"/"on" from a programme or treaty noun.

    "Treaty on the Non-Proliferation of Nuclear Weapons", "India's vision of
    Aatmanirbhar Bharat": the words after the noun name the document, not an actor.
    """
    names = _words("not_actor", "last_word") | _words("not_actor", "named_by")
    while token.dep_ in {"pobj", "compound", "amod", "appos"} and token.head.i != token.i:
        token = token.head
        if token.dep_ == "prep" and token.lower_ in {"of", "on"}:
            token = token.head
            if token.lower_ in names:
                return True
        elif token.dep_ != "pobj" and token.lower_ in names:
            return True
    return False


def _in_short_quote(ent: Span) -> bool:
    """Return True when quote marks enclose the entity and only a few words with it."""
    doc = ent.doc
    sent = ent.sent if doc.has_annotation("SENT_START") else doc[:]
    left = [i for i in range(max(sent.start, ent.start - 3), ent.start) if _is_mark(doc[i])]
    right_end = min(sent.end, ent.end + SHORT_QUOTE_TOKENS)
    right = [i for i in range(ent.end, right_end) if _is_mark(doc[i])]
    return bool(left and right) and right[0] - left[-1] - 1 <= SHORT_QUOTE_TOKENS


def _is_mark(token: Token) -> bool:
    return token.text in QUOTE_MARKS


def _named_by_programme(ent: Span) -> bool:
    doc = ent.doc
    i = ent.start - 1
    return i >= 1 and doc[i].lower_ == "of" and doc[i - 1].lower_ in _words("not_actor", "named_by")


def _only_in_headings(ent: Span, body: str) -> bool:
    if not _in_heading(ent) or _on_a_line_of_its_own(ent):
        return False
    return ent.text.strip(" '\"‘’“”") not in body


def _on_a_line_of_its_own(ent: Span) -> bool:
    """Return True for a person's full name alone on its line but for a title, courtesy
    style or letters after it: a statement's byline or signature ("The Hon Ana Ruiz MP",
    "Ana Ruiz" above "Minister for Trade"), which names a person though no sentence does.
    """
    if ent.label_ != "PERSON" or len(ent) < 2:
        return False
    doc = ent.doc
    start, end = ent.start, ent.end
    while start > 0 and "\n" not in doc[start - 1].text:
        start -= 1
    while end < len(doc) and "\n" not in doc[end].text:
        end += 1
    allowed = title_words() | honorifics() | _words("honorifics", "post_nominal")
    around = list(doc[start : ent.start]) + list(doc[ent.end : end])
    # A heading like "Intelligence Sharing" the model read as a name is no byline: the
    # name must open on a known given name, stand after a title or courtesy style, or
    # stand above a line that opens on a title (a signature: "Ana Ruiz" / "Minister ...").
    styled = any(t.lower_ in allowed for t in doc[start : ent.start])
    below = next((t for t in doc[end:] if not t.is_space), None)
    signed = below is not None and below.is_title and below.lower_ in title_words()
    return (styled or signed or ent[0].lower_ in _first_names()) and all(
        not t.is_alpha or t.is_stop or t.lower_ in allowed for t in around
    )


# ---- person names


def _nicknamed_people(doc: Doc, ents: list[Span]) -> list[Span]:
    """Return the entities with a name cut by a quoted nickname made whole: in 'Sergeant
    Frank "Greg" Tolliver' the given name, the nickname and the surname are one person
    when a title or courtesy title comes before it or the model tagged a part a person."""
    people = {i for e in ents if e.label_ == "PERSON" for i in range(e.start, e.end)}
    out = list(ents)
    for mark in doc[1:-3]:
        i = mark.i
        if not _is_mark(mark) or not _name_word(doc[i - 1]):
            continue
        close = next((j for j in range(i + 2, min(i + 4, len(doc))) if _is_mark(doc[j])), None)
        if close is None or not all(t.is_title and t.is_alpha for t in doc[i + 1 : close]):
            continue
        end = close + 1
        while end < len(doc) and _name_word(doc[end]) and not doc[end].is_sent_start:
            end += 1
        begin = i - 1
        while begin > 0 and _name_word(doc[begin - 1]) and not doc[begin].is_sent_start:
            begin -= 1
        before = doc[begin - 1].lower_ if begin > 0 else ""
        titled = before in title_words() or before in honorifics()
        if end == close + 1 or not (titled or people & set(range(begin, end))):
            continue
        span = Span(doc, begin, end, label="PERSON")
        out = [e for e in out if not (e.start < span.end and span.start < e.end)] + [span]
    return out


def _titled_organisation(ent: Span) -> Span:
    """Return a model organisation that is a title before a name as a person ("the
    murdered Mayor Tarek Almasi"): a title head (not one that also opens organisation
    names, such as "General") then name words, and no organisation head noun."""
    if ent.label_ != "ORG" or ent.ent_id_:
        return ent
    tokens = [t for t in ent if t.lower_ != "the"]
    ambiguous = _words("titles", "ambiguous_heads")
    heads = _words("titles", "heads")
    if len(tokens) < 2 or tokens[0].lower_ not in heads or tokens[0].tag_ in {"NNS", "NNPS"}:
        return ent
    rest = tokens[1:]
    while rest and rest[0].lower_ in title_words():
        rest = rest[1:]
    org_heads = _words("organisations", "heads")
    particles = surname_particles()
    if not rest or rest[-1].lower_ in particles:
        return ent
    if not all(
        (t.is_title and t.is_alpha and t.lower_ not in org_heads) or t.lower_ in particles
        for t in rest
    ):
        return ent
    if tokens[0].lower_ in ambiguous and not _surname_of_a_person(rest, particles):
        return ent  # "General Assembly", "General Dynamics"
    return Span(ent.doc, ent.start, ent.end, label="PERSON")


def _surname_of_a_person(words: list[Token], particles: frozenset[str]) -> bool:
    """Return whether words after a title that also opens bodies' names ("General") are
    a surname: one with a particle ("General de Brath"), or the end of a person's name
    the model found elsewhere in the text ("General Jon Brath ... General Brath")."""
    if any(t.lower_ in particles for t in words):
        return True
    text = " ".join(t.text for t in words)
    return any(
        e.label_ == "PERSON" and len(e) > len(words) and e.text.endswith(" " + text)
        for e in words[0].doc.ents
    )


def _office_taken_for_a_body(ent: Span) -> list[Span]:
    """Return a model organisation that is an office ("the country's Minister of
    Agriculture & Co-Operatives", "Minister of Foreign Relations, Ana Ruiz") as no body:
    nothing, or the holder's name the office runs into after a comma, as a person.

    The office opens with a title head that never opens a body's name, then "of" or
    "for"; the office itself is left to the role nouns that stand for its holder."""
    if ent.label_ != "ORG" or ent.ent_id_:
        return [ent]
    tokens = [t for t in ent if t.lower_ != "the"]
    heads = _words("titles", "heads") - _words("titles", "ambiguous_heads")
    if len(tokens) < 3 or tokens[0].lower_ not in heads or tokens[1].lower_ not in {"of", "for"}:
        return [ent]
    commas = [t.i for t in ent if t.text == ","]
    if not commas:
        return []
    name = [t for t in ent.doc[commas[-1] + 1 : ent.end]]
    if 2 <= len(name) <= 4 and all(t.is_title and t.is_alpha for t in name):
        return [Span(ent.doc, commas[-1] + 1, ent.end, label="PERSON")]
    return []


# Personal pronouns that open a sentence about the person the sentence before named.
_PERSONAL_SUBJECTS = frozenset({"he", "she"})
# Pronouns that stand for a body, not a person.
_NEUTER = frozenset({"it", "its", "itself"})


def _organisations_called_he_or_she(ents: list[Span]) -> list[Span]:
    """Return the entities with model organisations called "he" or "she" made persons
    (see ``_organisation_called_he_or_she``). A one-word name so made ("Varrow said ...
    He added") is a person wherever else the model read it as a body."""
    called = [_organisation_called_he_or_she(ent) for ent in ents]
    people = {
        new.text
        for old, new in zip(ents, called, strict=True)
        if len(new) == 1 and new.label_ != old.label_
    }
    return [
        Span(e.doc, e.start, e.end, label="PERSON")
        if e.label_ == "ORG" and not e.ent_id_ and e.text in people
        else e
        for e in called
    ]


def _organisation_called_he_or_she(ent: Span) -> Span:
    """Return a model organisation that the next sentence calls "he" or "she" as a person
    ("Anele Dube-Khumalo was sworn in on Monday. She said ...", "... Aides cheered as she
    took the oath."), before it names anyone else: a name of one to four
    capitalised words with no organisation head noun, no acronym and no "the" before it,
    the subject of its sentence. A one-word name ("Varrow told reporters. He said ...")
    also needs its own sentence and the one before to name no person, whom the pronoun
    might stand for, and no "it" or "its" after it in its sentence."""
    if ent.label_ != "ORG" or ent.ent_id_ or not 1 <= len(ent) <= 4:
        return ent
    doc = ent.doc
    if len(ent) == 1 and (
        _person_near(ent) or any(t.lower_ in _NEUTER for t in doc[ent.end : ent.sent.end])
    ):
        return ent  # "Norvacom said it would cut supplies": "it" tells a body
    org_heads = _words("organisations", "heads")
    words = [t for t in ent if t.text != "-"]
    if not all(
        t.is_alpha and t.text[:1].isupper() and not t.is_upper and t.lower_ not in org_heads
        for t in words
    ):
        return ent
    if ent.start > 0 and doc[ent.start - 1].lower_ == "the":
        return ent
    if ent.root.dep_ not in {"nsubj", "nsubjpass"} or ent.root.head.dep_ != "ROOT":
        return ent
    sentence = ent.root.sent
    if sentence.end >= len(doc):
        return ent
    for token in doc[sentence.end].sent:
        if token.ent_type_ == "PERSON":
            return ent  # a person named first may be whom the pronoun stands for
        if token.lower_ in _PERSONAL_SUBJECTS and token.dep_.startswith("nsubj"):
            return Span(doc, ent.start, ent.end, label="PERSON")
    return ent


def _person_near(ent: Span) -> bool:
    """Return True when the sentence of ``ent`` or the one before names a person."""
    doc = ent.doc
    sentence = ent.sent
    start = doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    return any(t.ent_type_ == "PERSON" for t in doc[start : sentence.end])


# Last words of a chamber's name in an office ("Speaker of the House", "President of the
# Chamber of Deputies"), beside the organisation heads.
_CHAMBER_WORDS = frozenset({"house", "deputies", "representatives", "commons", "lords"})


def _office_holder_after_body(ent: Span) -> list[Span]:
    """Return a body entity that swallowed the name of its office's holder cut in two:
    "the Speaker of [the House Tom Vane]" is the House and the person Tom Vane. Only
    after "of" (the body completes a title), and only two to four capitalised words
    after the body's last head word, or one right after a title's "of"."""
    doc = ent.doc
    before = ent.start - 1
    if before > 0 and doc[before].lower_ == "the":
        before -= 1
    if ent.label_ != "ORG" or ent.ent_id_ or before < 1 or doc[before].lower_ != "of":
        return [ent]
    ends = _words("organisations", "heads") | _CHAMBER_WORDS
    cut = max((t.i + 1 for t in ent if t.lower_ in ends), default=None)
    if cut is None or cut == ent.end:
        return [ent]
    name = doc[cut : ent.end]
    # One word is a surname only right after a title's body ("the Secretary General of
    # the Andes Union Varga"), where a name is what the title asks for.
    fewest = 1 if doc[before - 1].lower_ in _words("titles", "heads") else 2
    if not fewest <= len(name) <= 4 or not all(
        t.is_alpha and t.is_title and t.pos_ == "PROPN" and t.lower_ not in title_words()
        for t in name
    ):
        return [ent]
    return [Span(doc, ent.start, cut, label="ORG"), Span(doc, cut, ent.end, label="PERSON")]


def _strip_person_titles(ent: Span) -> Span | None:
    """Return a person entity without leading courtesy titles, title words and common
    words. A name the model read after a capitalised preposition ("Near Palmyra") is the
    place it names."""
    if ent.label_ != "PERSON":
        return ent
    start = ent.start
    doc = ent.doc
    label = ent.label_
    while start < ent.end - 1 and (
        doc[start].lower_ in honorifics()
        or doc[start].lower_ in title_words()
        or doc[start].lower_ in STOP_WORDS
        or doc[start].lower_ in LOCATIVE_PREPOSITIONS
        or doc[start].is_punct
        or doc[start].is_space  # "Senator  Ana Ruiz": a link the source lost left a gap
    ):
        if doc[start].lower_ in LOCATIVE_PREPOSITIONS:
            label = "GPE"
        start += 1
    end = ent.end
    post_nominal = _words("honorifics", "post_nominal")
    while end - 1 > start and (doc[end - 1].lower_ in post_nominal or doc[end - 1].text == ","):
        end -= 1
    if not doc[start].text[:1].isupper():
        return None
    if start == end - 1 and doc[start].lower_ in title_words() and not _styled_surname(ent, start):
        return None  # "The Minister": a role noun, resolved with the references
    if (start, end, label) == (ent.start, ent.end, ent.label_):
        return ent
    return Span(doc, start, end, label=label, span_id=ent.ent_id_)


def _styled_surname(ent: Span, i: int) -> bool:
    """Return True when the title word at ``i`` is the surname of a person the article
    names in full ("Anna King"): after a courtesy style or a title ("Ms King", "Foreign
    Minister Bishop") or alone ("Bishop will travel"), but not after a determiner ("the
    King") or before a name ("King Harald"). "Mr President" names no one so."""
    doc = ent.doc
    word = doc[i].text
    if not any(
        other.label_ == "PERSON"
        and len(other) > 1
        and other[-1].text == word
        and not other.start <= i < other.end
        for other in doc.ents
    ):
        return False
    before = doc[i - 1] if i > 0 else None
    after = doc[i + 1] if i + 1 < len(doc) else None
    if before is not None and (
        before.lower_.rstrip(".") in honorifics() or before.lower_ in title_words()
    ):
        return True
    return (before is None or before.pos_ not in {"DET", "PRON"}) and not (
        after is not None and after.pos_ == "PROPN" and after.is_title
    )


def _titled_person(ent: Span, ents: list[Span | None]) -> Span:
    """Return a model name that is a title and a person's name as that person.

    "Undersecretary for Defence Marco Bellini" tagged as the organisation "Defence Marco
    Bellini": leading title words go, and what is left is a person when it opens with a
    known first name or its last word stands alone as a person elsewhere ("Bellini said").
    A title and one word ("General Bellini") is a person only when that word stands alone
    as a person or ends a plain full person name of the article ("Ada Bellini").
    """
    if ent.ent_id_ or ent.label_ not in {"ORG", "GPE", "NORP"}:
        return ent
    doc = ent.doc
    start = ent.start
    while start < ent.end - 1 and doc[start].lower_ in title_words():
        start += 1
    rest = doc[start : ent.end]
    if start == ent.start or len(rest) > 3 or not all(t.is_title and t.is_alpha for t in rest):
        return ent
    people = [e for e in ents if e is not None and e.label_ == "PERSON"]
    singles = {e.text for e in people if len(e) == 1}
    if (len(rest) > 1 and rest[0].lower_ in _first_names()) or rest[-1].text in singles:
        return Span(doc, start, ent.end, label="PERSON")
    if (
        len(rest) == 1
        and rest[0].lower_ not in _words("organisations", "heads")
        and rest.text in {f for e in people if _plain_full_name(e) for f in surname_forms(e.text)}
    ):
        return Span(doc, start, ent.end, label="PERSON")  # "General Bellini" after "Ada Bellini"
    return ent


def surname_forms(name: str) -> tuple[str, ...]:
    """Return the short forms a full person name is referred to by.

    The last word ("Rajnath Singh" -> "Singh"), the surname with its particles ("Ana da
    Cunha" -> "da Cunha"), every run of words that ends the name after the first word
    ("Luis Tavio Ramos da Cunha" -> "Ramos da Cunha"), and the first word, which is the
    family name in romanised Korean, Chinese or Vietnamese names ("Seo Min-jae" -> "Seo")
    and the name used alone in Malay ones ("Farid Hassan" -> "Farid"). A surname whose
    particle is joined by a hyphen is also used without it ("Omar al-Rashidi" ->
    "Rashidi"). A word that is only a particle or an initial is no short form.
    """
    words = name.split()
    if len(words) < 2:
        return ()
    particles = surname_particles()
    tails = [" ".join(words[i:]) for i in range(len(words) - 1, 0, -1)]
    forms = [words[-1], *tails, words[0]]
    bare = without_hyphened_particle(words[-1])
    if bare:
        forms.insert(1, bare)
    return tuple(
        dict.fromkeys(
            f
            for f in forms
            if f[:1].isalpha() and f.lower() not in particles and not re.fullmatch(r"[A-Z]\.?", f)
        )
    )


@cache
def _first_names() -> frozenset[str]:
    return _words("names", "male") | _words("names", "female")


def _cites_a_source(preposition: Token) -> bool:
    """Return True for the "to" of "according to", which names a source, not a place."""
    i = preposition.i
    return preposition.lower_ == "to" and i > 0 and preposition.doc[i - 1].lower_ == "according"


def _person_read_as_place(ent: Span, people_named: set[str], used_as_places: set[str]) -> bool:
    """Return whether a model place is a person the article names elsewhere.

    "Tavio Renn said ... he" with "Tavio Renn" a person in another sentence, "Tavio told
    reporters" or "according to Renn" beside the full name "Tavio Renn": a place the
    gazetteer does not know whose words are the given name or surname of a plain full
    person name of the same article, or that whole name acting as a person, is that
    person, unless the article uses the name as a place somewhere ("in Renn", "Renn
    province") or another name follows it. A speech verb alone turns no place into a
    person.
    """
    doc = ent.doc
    if (
        ent.ent_id_
        or ent.id_
        or ent.label_ not in _PLACE_LABELS
        or len(ent) > 4
        or ent.text not in people_named
        or ent.text in used_as_places
        or not all(t.is_title or t.is_punct for t in ent)
        or (ent.end < len(doc) and doc[ent.end].is_title and doc[ent.end].pos_ == "PROPN")
    ):
        return False
    if len([t for t in ent if t.text != "-"]) == 1:
        return True  # a short form of a full name ("Renn", "Tavio")
    # A whole name the model also tagged a person may be a body's name it misread as one
    # ("the Velan Bloc"): the place must act as a person, the subject of a verb whose
    # sentence goes on with "he" or "she".
    return ent.root.dep_ in ("nsubj", "nsubjpass") and any(
        t.lower_ in ("he", "she") for t in doc[ent.end : ent.sent.end]
    )


def _plain_full_name(person: Span) -> bool:
    """Return whether a model person is plainly a given name and a surname: two or three
    capitalised proper nouns ("Tavio Renn", "Ana Lim-Soto"), no abbreviation, title,
    body's head word ("Velan Party"), party members' plural ("Velan Greens") or word in
    capitals."""
    words = [t for t in person if t.text != "-"]
    return 2 <= len(words) <= 3 and all(
        t.tag_ == "NNP"
        and t.is_alpha
        and t.is_title
        and len(t) > 1
        and t.lower_ not in title_words()
        and t.lower_ not in honorifics()
        and t.lower_ not in _words("organisations", "heads")
        and t.lower_ not in _words("organisations", "party_members")
        for t in words
    )


def _stands_as_place(ent: Span, place_tokens: set[int]) -> bool:
    """Return whether a name stands where only a place does: after a locative preposition
    ("in Renn", not "according to Renn"), before or after a place kind word ("Renn
    province", "the state of Renn"), or beside another place ("Renn, Velan")."""
    doc = ent.doc
    kinds = _words("places", "kind_words")
    before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
    before2 = doc[ent.start - 2].lower_ if ent.start > 1 else ""
    after = doc[ent.end].lower_ if ent.end < len(doc) else ""
    if before in LOCATIVE_PREPOSITIONS and not _cites_a_source(doc[ent.start - 1]):
        return True
    if after in kinds or (before == "of" and before2 in kinds):
        return True
    return ent.label_ in _PLACE_LABELS and (
        (after == "," and ent.end + 1 in place_tokens)
        or (before == "," and ent.start - 2 in place_tokens)
    )


def _as_person(ent: Span) -> Span:
    """Return a span made a person without the courtesy titles and title words it opens
    with ("Dom Eusebio Scheid" the model had read as a body)."""
    return _strip_person_titles(ent) or ent


@cache
def _leading_body_words() -> frozenset[str]:
    """Return the words that, opening a "person", make it a body ("Group", "Der")."""
    return _words("organisations", "leader_named") | _words("organisations", "article_led")


@cache
def _plural_body_heads() -> frozenset[str]:
    """Return the body head nouns in the plural ("brigades", "forces")."""
    return frozenset(h for h in _words("organisations", "heads") if h.endswith("s"))


def _bodies_named_as_people(ents: list[Span]) -> list[Span]:
    """Return the entities with a "person" whose first word is a body's head noun ("Group
    Vesk", "Movement Tarn", a list or faction named after its leader, or a German title
    such as "Der Kurier") as an organisation: no given name is "Group" or "Der", and the
    leader's bare surname stays the leader's. So is a
    "person" whose last word is a body's head noun in the plural ("Omar Kassem
    Brigades", "Tarn Forces", a body named after a person): no surname is "Brigades"."""
    heads = _leading_body_words()
    plural_heads = _plural_body_heads()
    return [
        Span(e.doc, e.start, e.end, label="ORG")
        if e.label_ == "PERSON"
        and len(e) > 1
        and not e.ent_id_
        and (e[0].lower_ in heads or e[-1].lower_ in plural_heads)
        else e
        for e in ents
    ]


def _repair_people(doc: Doc, ents: list[Span]) -> list[Span]:
    """Return the entities with persons and places the model swapped put right.

    A short model name of an organisation or place whose first word is a known first
    name, or whose last word stands alone as a person elsewhere ("Helena Vasconcelos"
    ... "Vasconcelos said"), is a person; so is a one-word organisation that is the
    surname of a full name of the article or stands in apposition to a title ("the
    rebels' leader, Varrow,"). A lone one-word person name after "in", "at",
    "near" ... that no full name ends with ("in Darwin") is a place. A surname with a
    particle capitalised at a sentence's start ("De Vell said") is the person's.
    """
    single_people = {e.text for e in ents if e.label_ == "PERSON" and len(e) == 1}
    full_people = [e for e in ents if e.label_ == "PERSON" and len(e) > 1]
    short_forms = {form for e in full_people for form in surname_forms(e.text)}
    plain = [e.text for e in full_people if _plain_full_name(e)]
    people_named = {*plain, *(form for name in plain for form in surname_forms(name))}
    used_as_places: set[str] = set()
    if people_named:  # only then can a place be a person read as one
        place_tokens = {i for e in ents if e.label_ in _PLACE_LABELS for i in range(e.start, e.end)}
        used_as_places = {e.text for e in ents if _stands_as_place(e, place_tokens)}
        # A word that opens or ends the name of a body or place ("Green Party of Velan",
        # "Velan Liberal Party") is that place's name, whatever else the model made a person.
        used_as_places |= {
            t.text for e in ents if e.label_ != "PERSON" and len(e) > 1 for t in (e[0], e[-1])
        }
    taken = {i for e in ents for i in range(e.start, e.end)}
    out = []
    for ent in ents:
        words = [t for t in ent if not t.is_punct]
        if (
            not ent.ent_id_
            and ent.label_ in {"ORG", "GPE", "NORP", "LOC", "FAC", "WORK_OF_ART"}
            and 2 <= len(words) <= 6
            and all(t.is_title or t.lower_ in surname_particles() for t in words)
            and words[0].is_title
            and (
                words[0].lower_ in _first_names()
                or any(t.text in single_people for t in words)
                or _apposed_to_title(ent)
                or _joined_surname_follows(ent)
            )
        ):
            ent = _as_person(Span(doc, ent.start, ent.end, label="PERSON"))
        elif (
            not ent.ent_id_
            and ent.label_ in {"ORG", "GPE", "NORP", "LOC", "FAC"}
            and len(ent) > 1
            and ent[0].lower_ in surname_particles()
            and ent[0].lower_ + ent.text[len(ent[0].text) :] in short_forms
        ):
            # "De Vell refused": a surname with its particle, capitalised to open a sentence
            ent = _as_person(Span(doc, ent.start, ent.end, label="PERSON"))
        elif (
            not ent.ent_id_
            and not ent.id_  # a short name an earlier rule tied to its body ("(Anos)")
            and ent.label_ == "ORG"
            and len(ent) == 1
            and not ent.text.isupper()
            and (ent.text in short_forms or (ent[0].is_title and _apposed_to_title(ent)))
        ):
            # "Varrow asked", Varrow's; "the leader of the rebels, Varrow," (a one-word name)
            ent = _as_person(Span(doc, ent.start, ent.end, label="PERSON"))
        elif _person_read_as_place(ent, people_named, used_as_places):
            ent = _as_person(Span(doc, ent.start, ent.end, label="PERSON"))
        elif (
            not ent.ent_id_
            and ent.label_ in _PLACE_LABELS
            and len(ent) == 1
            and ent.text in single_people
            and ent.text not in used_as_places
            and ent.start > 0
            and ent.start - 1 not in taken
        ):
            # "Tavio [Renn] signed ..." beside "Renn said": a place the gazetteer does not
            # know, after a capitalised word, that stands alone as a person elsewhere.
            person = _with_given_name(Span(doc, ent.start, ent.end, label="PERSON"), taken)
            if len(person) == 2:
                ent = _as_person(person)
        elif (
            not ent.ent_id_
            and ent.label_ == "PERSON"
            and len(ent) == 1
            and ent.text not in short_forms
            and ent.root.dep_ == "pobj"
            and ent.root.head.lower_ in LOCATIVE_PREPOSITIONS
            and not _cites_a_source(ent.root.head)
        ):
            ent = Span(doc, ent.start, ent.end, label="GPE")
        elif ent.label_ == "PERSON" and len(ent) == 1 and ent.start > 0:
            ent = _with_given_name(ent, taken)
        out.append(ent)
    return out


def _joined_surname_follows(ent: Span) -> bool:
    """Return whether a name with a surname particle inside it runs on into a second
    surname ("Tavio de Ramos e Sousa" read as the body "Tavio de Ramos"): a person's."""
    doc = ent.doc
    return (
        any(t.lower_ in surname_particles() for t in ent[1:-1])
        and ent.end + 1 < len(doc)
        and doc[ent.end].text in _words("names", "surname_joiners")
        and doc[ent.end + 1].is_title
    )


def _hyphened_particle_surnames(doc: Doc, ents: list[Span]) -> list[Span]:
    """Return the entities with the untagged surnames that open with a hyphened particle
    added as people ('"We will fight on," al-Varani, the group's deputy leader, said'):
    the particle in lower case, a hyphen and a capitalised word, not after another
    capitalised word (a longer name the other rules read), and acting as a subject or
    described by an apposition."""
    particles = _words("names", "hyphened_particles")
    covered = {i for e in ents for i in range(e.start, e.end)}
    out = list(ents)
    for token in doc[: len(doc) - 2]:
        i = token.i
        name = doc[i + 2]
        if (
            token.text not in particles
            or doc[i + 1].text != "-"
            or not (name.is_title and name.is_alpha)
            or covered & {i, i + 1, i + 2}
            or (i > 0 and doc[i - 1].is_title and doc[i - 1].is_alpha)
        ):
            continue
        if name.dep_ in ("nsubj", "nsubjpass") or any(c.dep_ == "appos" for c in name.children):
            out.append(Span(doc, i, i + 3, label="PERSON"))
    return out


def _names_through_particles(doc: Doc, ents: list[Span]) -> list[Span]:
    """Return the entities with person names the model cut at a particle made whole.

    "Rui Baptista de" + "Sousa": a person name that ends in, or is followed by, a
    lower-case surname particle goes on through the capitalised words after it, and
    through a word that joins two surnames ("Costa e Silva"); whatever the model tagged
    inside the rest of the name (a city called Sousa) is part of the name.
    """
    particles = _words("names", "continuing_particles")
    joiners = _words("names", "surname_joiners")

    def joined(i: int) -> int:
        """Return the end of "particle* Capitalised" from ``i``, or ``i`` when none."""
        j = i
        while j < len(doc) and doc[j].text in particles:
            j += 1
        if j < len(doc) and doc[j].is_title and doc[j].is_alpha and j - i <= 2:
            return j + 1
        return i

    grown: list[Span] = []
    for ent in ents:
        if ent.label_ != "PERSON" or not ent[0].is_title:
            continue
        start, end = ent.start, ent.end
        if doc[end - 1].text in particles:
            end -= 1  # "Rui Baptista de": the particle opens the rest of the name
            while end > start + 1 and doc[end - 1].text in particles:
                end -= 1
        new_end = end  # never after a particle: the name so far ends on a capitalised word
        while new_end - ent.start < 9:
            step = joined(new_end)
            if step > new_end and doc[new_end].text in particles:
                new_end = step
            elif (
                new_end + 1 < len(doc)
                and doc[new_end].text in joiners
                and any(t.text in particles for t in doc[start:new_end])  # Iberian names
                and joined(new_end + 1) > new_end + 1
            ):
                new_end = joined(new_end + 1)
            else:
                break
        if new_end > end and new_end >= ent.end:
            grown.append(Span(doc, start, new_end, label="PERSON"))
    if not grown:
        return ents
    return [e for e in ents if not _overlaps_any(e, grown)] + grown


def _peers(doc: Doc, ents: list[Span]) -> list[Span]:
    """Return the entities with peers the model missed added as persons.

    "Lord Kestrel of Hanford", "Baroness Merrow": a capitalised name after a peerage
    title (``data/actor_rules.toml``) is a person, with its "of <place>" designation;
    the title itself is not part of the name. A title word after it ("Lord Mayor")
    makes no name.
    """
    titles = _words("honorifics", "peerage")
    people = {i for ent in ents if ent.label_ == "PERSON" for i in range(ent.start, ent.end)}
    added = []
    for i in token_indices(doc, titles):
        token = doc[i]
        start = token.i + 1
        if token.text.lower() not in titles or not token.is_title or start >= len(doc):
            continue
        if start in people or not _name_word(doc[start]):
            continue
        end = start + 1
        while end < len(doc) and _name_word(doc[end]) and not doc[end].is_sent_start:
            end += 1
        if end + 1 < len(doc) and doc[end].lower_ == "of" and _name_word(doc[end + 1]):
            end += 2
            while end < len(doc) and _name_word(doc[end]) and not doc[end].is_sent_start:
                end += 1
        added.append(Span(doc, start, end, label="PERSON"))
    return _in_place_of(ents, added)


# How many words a styled name may hold ("the Hon Talia Maren Orrin MP").
_STYLED_NAME_WORDS = 4


def _styled_people(doc: Doc, ents: list[Span]) -> list[Span]:
    """Return the entities with persons after a courtesy style added where the model
    missed them or read them as a body: "the Hon Talia Orrin MP", "Hon Dara Kell said",
    "the Honourable Trevor Mallow", "Prof Vane said". The style and post-nominal letters
    are no part of the name; a title word after the style ("Dr Minister") makes none."""
    styles = _words("honorifics", "styles")
    post_nominal = _words("honorifics", "post_nominal")
    people = {i for ent in ents if ent.label_ == "PERSON" for i in range(ent.start, ent.end)}
    # The one-word name of each model body that holds nothing else, maybe after a style,
    # mapped to where the body opens.
    bodies = {
        ent.end - 1: ent.start
        for ent in ents
        if ent.label_ in ("ORG", "GPE", "LOC") and not ent.ent_id_ and 1 <= len(ent) <= 2
    }
    added = []
    for i in token_indices(doc, styles):
        token = doc[i]
        start = i + 1
        if token.lower_ not in styles:
            continue
        if not token.text[:1].isupper() or start >= len(doc) or start in people:
            continue
        if bodies.get(start, -1) >= i and _body_name_word(doc[start]):
            # "Mr Vane" alone read as a body or a place the gazetteer does not know ("[Prof
            # Vane] said", "Mr [MacVane] said"): a courtesy style is bound to a person.
            added.append(Span(doc, start, start + 1, label="PERSON"))
            continue
        end = start
        while (
            end < len(doc)
            and end - start < _STYLED_NAME_WORDS
            and _name_word(doc[end])
            and doc[end].lower_ not in post_nominal
            and (end == start or not doc[end].is_sent_start)
        ):
            end += 1
        if end - start == 1 and end < len(doc) and _surname_like_title(doc, end):
            end += 1  # "the Hon Annette King": a title word as a surname
        if end - start < 2:
            continue  # "Mr Vane" alone: the model's and the surname rules' call
        added.append(Span(doc, start, end, label="PERSON"))
    return _in_place_of(ents, added)


def _body_name_word(token: Token) -> bool:
    """Return True for a capitalised word that may be a surname the model read as a body
    ("Vane", "MacVane"): letters only, not in capitals, no title or body head word."""
    return (
        token.is_alpha
        and token.text[:1].isupper()
        and not token.is_upper
        and token.lower_ not in title_words()
        and token.lower_ not in _words("organisations", "heads")
    )


def _surname_like_title(doc: Doc, i: int) -> bool:
    """Return True for a capitalised title word that ends a name ("King" in "Annette King
    signed"): a proper noun that no office follows ("of", "for") and no other name."""
    token = doc[i]
    after = doc[i + 1] if i + 1 < len(doc) else None
    return (
        token.is_title
        and token.is_alpha
        and token.pos_ == "PROPN"
        and token.lower_ not in _words("honorifics", "post_nominal")
        and (after is None or (after.lower_ not in {"of", "for"} and not after.is_title))
    )


# Tokens a transcript's speaker label may hold before its colon ("SECRETARY VANE:").
_LABEL_MAX_TOKENS = 5


def _transcript_speakers(doc: Doc, ents: list[Span]) -> list[Span]:
    """Return the entities with the persons of a transcript's speaker labels added.

    A line that opens with a label in capitals and a colon ("MINISTER VARGA:", "MS
    HOLLIS:") names its speaker: the words after the courtesy and title words are a
    person's name. Labels that name no one ("QUESTION:") are left alone.
    """
    text = doc_text(doc)
    skip = honorifics() | title_words() | _words("not_actor", "transcript_labels")
    added = []
    for colon in (t for t in doc if t.text == ":"):
        start = colon.i
        while start > 0 and colon.i - start < _LABEL_MAX_TOKENS and _label_word(doc[start - 1]):
            start -= 1
        if start == colon.i or not _line_break_or_end(text, doc[start].idx - 1, -1):
            continue
        words = [t for t in doc[start : colon.i] if t.text != "."]
        name = [t for t in words if t.lower_.rstrip(".") not in skip and t.lower_ not in skip]
        if not name or words.index(name[0]) + len(name) != len(words) or len(name) > 3:
            continue
        added.append(Span(doc, name[0].i, name[-1].i + 1, label="PERSON"))
    return _in_place_of(ents, added)


def _label_word(token: Token) -> bool:
    """Return True for a word of a speaker label: capitals only, or a full stop."""
    return (
        token.text == "."
        or (token.is_alpha and token.is_upper and len(token) > 1)
        or (token.text.endswith(".") and token.text[:-1].isalpha() and token.text[:-1].isupper())
    )


def _name_word(token: Token) -> bool:
    return token.is_title and token.is_alpha and token.lower_ not in title_words()


def _longer_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """Return the entities with gazetteer forms inside longer names given to those names.

    A country, capital or demonym that is only part of a name does not stand for the
    state: a model organisation runs on into it ("Secure Skies" + "Poland"), or a capital
    follows a first name or stands in a list of people ("Paul Brennan, Marcus Washington").
    Organisations named after a place are made whole by ``analysis.name_boundaries``.
    """
    by_start = {e.start: e for e in ents}
    by_end = {e.end: e for e in ents}
    out: list[Span] = []
    replaced: set[tuple[int, int]] = set()
    for ent in ents:
        if not ent.ent_id_ or ent.label_ not in {"GPE", "LOC", DEMONYM_LABEL}:
            continue
        before = by_end.get(ent.start)
        if before is not None and before.label_ == "ORG" and not before.ent_id_:
            # The name may go on ("the International Moldova Support Group").
            end = ent.end if ent.end in by_start else _name_run_end(doc, ent.end)
            out.append(_named_span(doc, before.start, end, "ORG"))
            replaced |= {(before.start, before.end), (ent.start, ent.end)}
            continue
        if doc.has_annotation("SENT_START") and _is_heading(ent.sent):
            continue  # a heading's capitals ("Danish Proposal") are no name
        if ent.label_ != DEMONYM_LABEL and len(ent) == 1 and _given_name_before(ent, by_end):
            out.append(_named_span(doc, ent.start - 1, ent.end, "PERSON"))
            replaced.add((ent.start, ent.end))
            remnant = by_end.get(ent.start)
            if remnant is not None:
                replaced.add((remnant.start, remnant.end))
    kept = [e for e in ents if (e.start, e.end) not in replaced]
    return kept + out


def _places_in_context(ents: list[Span]) -> list[Span]:
    """Return the entities with model organisations that the text uses as places as places.

    "in the Amazon", "across the Sahel", "the Amazon basin": a name after a preposition
    and "the", or before a geographic noun, is a place, and so is every other mention
    of the same name in the article.
    """
    after = {w.lower() for w in actor_rule_words()["places"]["after_place"]}
    place_of = _words("places", "place_of")
    where = {
        i
        for e in ents
        if e.label_ in ("GPE", "LOC") and not _names_a_state(e)
        for i in range(e.start, e.end)
    }
    places = {
        ent.text
        for ent in ents
        if ent.label_ == "ORG" and not (ent.ent_id_ or ent.id_) and _place_context(ent, after)
    }
    # A one-word "person" or body the text sets among places is a place: "the town of
    # Vardo", "in Vardo and Holmby", "Vardo, Holmby and other towns".
    places |= {
        ent.text
        for ent in ents
        if ent.label_ in ("ORG", "PERSON")
        and len(ent) == 1
        and not (ent.ent_id_ or ent.id_)
        and (
            _named_place_of(ent, place_of)
            # a body joined to a place may be a state ("Norland and Valdonia agreed")
            or (ent.label_ == "PERSON" and _listed_with_places(ent, where))
        )
    }
    return [
        Span(ent.doc, ent.start, ent.end, label="LOC")
        if ent.label_ in ("ORG", "PERSON") and not (ent.ent_id_ or ent.id_) and ent.text in places
        else ent
        for ent in ents
    ]


def _names_a_state(ent: Span) -> bool:
    """Return whether a place entity is written as a state's name (not its capital)."""
    entry = canonical_names().get(ent.text.lower())
    return entry is not None and entry.type == "country" and ent.text not in entry.capitals


def _named_place_of(ent: Span, place_of: frozenset[str]) -> bool:
    """Return whether a one-word name follows "town of", "city of" ("the city of Holmby")."""
    doc = ent.doc
    return (
        ent.start >= 2
        and doc[ent.start - 1].lower_ == "of"
        and doc[ent.start - 2].lower_ in place_of
    )


def _listed_with_places(ent: Span, where: set[int]) -> bool:
    """Return whether a one-word name is joined by "and" or a list comma only to places
    the model found that are no states ("in Vardo and Holmby", "Vardo, Holmby and
    Strand", "Vardo, Holmby and other towns")."""
    root = ent.root
    joined = [c for c in root.children if c.dep_ == "conj"]
    if root.dep_ == "conj":
        joined.append(root.head)
    # "and other cities" is no name; a state joined to a name ("Norland and Holm") is
    # no list of towns
    named = [t for t in joined if t.pos_ != "NOUN"]
    return bool(named) and all(t.i in where for t in named)


def _place_context(ent: Span, after: set[str]) -> bool:
    """Return whether a one-word name stands where a region does ("in the Amazon")."""
    doc = ent.doc
    if len(ent) != 1 or not ent[0].is_title:
        return False
    if ent.end < len(doc) and doc[ent.end].lower_ in after:
        return True
    if ent.start >= 1 and ent.root.dep_ == "pobj" and doc[ent.start - 1].lower_ in {"in", "near"}:
        # "protesters in Vardo": a one-word name right after "in" is a town, unless it
        # is written like a body ("in Congress", "in NATO").
        heads = _words("organisations", "heads") | _words("organisations", "untagged_heads")
        return not ent[0].is_upper and ent[0].lower_ not in heads
    if ent.start < 2 or doc[ent.start - 1].lower_ != "the" or ent.root.dep_ != "pobj":
        return False
    return doc[ent.start - 2].lower_ in _REGION_PREPOSITIONS


def _named_span(doc: Doc, start: int, end: int, label: str) -> Span:
    """Return a new entity whose id is its own text, so the gazetteer id inside it is gone."""
    return Span(doc, start, end, label=label, span_id=doc[start:end].text)


def _name_run_end(doc: Doc, start: int) -> int:
    """Return the end of the capitalised proper nouns from ``start`` that name no title,
    body, place or date ("Sappers Guild" after "Polish"), or ``start`` when there are none."""
    stop = (
        title_words()
        | honorifics()
        | _words("not_actor", "days_and_months")
        | {w.lower() for w in actor_rule_words()["places"]["geo_nouns"]}
        | {w.lower() for forms in actor_rule_words()["bodies"].values() for w in forms}
        | {w.lower() for w in actor_rule_words()["state_bodies"]["forms"]}
    )
    end = start
    while (
        end < len(doc)
        and end - start < 3
        and doc[end].pos_ == "PROPN"
        and doc[end].is_title
        and doc[end].is_alpha
        and not doc[end].ent_type_
        and doc[end].lower_ not in stop
    ):
        end += 1
    return end


def _given_name_before(ent: Span, by_end: dict[int, Span]) -> bool:
    """Return whether a one-word place follows a given name ("Marcus Washington")."""
    doc = ent.doc
    if ent.start == 0:
        return False
    # The gazetteer claims the capital before the model runs, so the model may tag the
    # given name left over on its own ("Marcus" as a place); a known name there is no
    # given name ("Tokyo Washington" would be two places).
    remnant = by_end.get(ent.start)
    if remnant is not None and (len(remnant) > 1 or remnant.ent_id_):
        return False
    before = doc[ent.start - 1]
    if not (before.pos_ == "PROPN" and before.is_title and before.is_alpha):
        return False
    if before.lower_ in title_words() or before.lower_ in honorifics():
        return False
    if before.lower_ in _first_names():
        return True
    # A list of people: "Paul Brennan, Marcus Washington, Omar Haddad".
    neighbours = []
    if ent.start >= 3 and doc[ent.start - 2].text in {",", "and"}:
        neighbours.append(doc[ent.start - 3])
    if ent.end + 1 < len(doc) and doc[ent.end].text in {",", "and"}:
        neighbours.append(doc[ent.end + 1])
    return any(t.ent_type_ == "PERSON" for t in neighbours)


def _with_given_name(ent: Span, taken: set[int]) -> Span:
    """Return a one-word person name with the proper noun before it ("Helena Kowalczyk")."""
    before = ent.doc[ent.start - 1]
    if _free_name_word(before, taken):
        return Span(ent.doc, before.i, ent.end, label="PERSON", span_id=ent.ent_id_)
    return ent


def _free_name_word(token: Token, taken: set[int]) -> bool:
    """Return whether a token may be a given name before a person's name: a capitalised
    proper noun in no entity, neither a title nor a courtesy title."""
    return (
        token.pos_ == "PROPN"
        and token.is_title
        and token.is_alpha
        and token.i not in taken
        and token.lower_ not in title_words()
        and token.lower_ not in honorifics()
    )


def noun_before_comma(span: Span) -> Token | None:
    """Return the noun a phrase ending right before ", <span>" hangs from, if any.

    "the agency's deputy director general for safeguards, Lars Henriksen" gives
    "general": the word before the comma, climbed through "for"/"of" phrases. A short
    name in brackets before the comma ("the Survey Agency (Aso), Lena Varr") is skipped.
    """
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].text != ",":
        return None
    i = span.start - 2
    if doc[i].text == ")" and i >= 3 and doc[i - 2].text == "(":
        i -= 3
    token = doc[i]
    while token.dep_ in {"pobj", "prep"} and token.head.i < token.i:
        token = token.head
    return token


def _apposed_to_title(ent: Span) -> bool:
    """Return True for a name in apposition to a title ("Brazil's ambassador, Rodrigo
    Almeida," or "Siriporn Chaiyasit, the agency's deputy head")."""
    root = ent.root
    heads = _words("titles", "heads")
    if root.dep_ == "appos" and root.head.lower_ in heads:
        return True
    if any(c.dep_ == "appos" and c.lower_ in heads for c in root.children):
        return True
    noun = noun_before_comma(ent)
    return noun is not None and noun.lower_.split("-")[-1] in heads | {
        w.split("-")[-1] for w in heads
    }


def _add_titled_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """Return the entities with names the model missed marked as persons.

    "Commodore Nikolaos Petridis": one to three capitalised words that belong to no
    known entity, right after a capitalised title word, name a person. Title words that
    also start organisation names ("General", "Chief") do not count. So do a known first
    name and the capitalised words after it ("Daniel Koh").
    """
    heads = _words("titles", "heads") - _words("titles", "ambiguous_heads")
    out = list(ents)
    # The doc's own entity marks are the model's; the rules' current entities are in out.
    labels = {i: e.label_ for e in ents for i in range(e.start, e.end)}
    # Only a title head or a known first name starts a name here.
    for i in token_indices(doc, heads | _first_names()):
        token = doc[i]
        label = labels.get(token.i, "")
        first_name = token.lower_ in _first_names() and token.is_title and not label
        if first_name and token.i > 0:
            token = doc[token.i - 1]
        elif token.lower_ not in heads or not token.is_title or label == "PERSON":
            continue
        end = token.i + 1
        while end < len(doc) and end - token.i <= 3 and doc[end].is_title and doc[end].is_alpha:
            if doc[end].lower_ in title_words() or doc[end].lower_ in honorifics():
                break
            end += 1
        if end == token.i + 1:
            continue
        span = doc[token.i + 1 : end]
        covering = [e for e in out if _overlaps_any(e, [span])]
        if any(e.ent_id_ or e.label_ == "PERSON" or e.start < span.start for e in covering):
            continue
        out = [e for e in out if e not in covering]
        out.append(Span(doc, span.start, span.end, label="PERSON"))
    return out


def _add_names_after_portfolios(doc: Doc, ents: list[Span]) -> list[Span]:
    """Return the entities with a name the model missed after an office and its remit
    marked as a person.

    "UK Secretary of State for Defence Tor Vesk", "Minister for Foreign Affairs Ana
    Berg": an office word ("secretary", "minister": ``portfolio_offices``), its "of"/"for"
    remit, and a run of capitalised words after it; the run's last two words, when the
    run is longer than them and no entity holds them, are the holder's name.
    """
    offices = _words("titles", "portfolio_offices")
    heads = _words("titles", "heads")
    remits = _words("titles", "portfolio_remits")
    taken = {i for e in ents for i in range(e.start, e.end) if e.label_ == "PERSON"}
    out = list(ents)
    for i in token_indices(doc, offices):
        token = doc[i]
        if not (token.is_title or token.is_lower):
            continue  # "minister of Foreign Affairs" too: the remit is capitalised
        j = i + 1
        if j + 1 < len(doc) and doc[j].lower_ == "of" and doc[j + 1].lower_ == "state":
            j += 2  # "Secretary of State for ..."
        if j >= len(doc) or doc[j].lower_ not in ("of", "for"):
            continue
        end = j + 1
        while end < len(doc) and end - j <= 5 and doc[end].is_title and doc[end].is_alpha:
            if doc[end].lower_ in heads or doc[end].lower_ in honorifics():
                break  # a second office ("... for Defence Minister"), or a style
            end += 1
        # The name starts after the remit's last known word ("Minister of Foreign Affairs
        # Per Arne Lund"); a remit of words not known leaves the last two for the name.
        known = [k for k in range(j + 1, end) if doc[k].lower_ in remits]
        start = known[-1] + 1 if known and 2 <= end - known[-1] - 1 <= 3 else end - 2
        if start - (j + 1) < 1 or end - start < 2 or any(k in taken for k in range(start, end)):
            continue  # a remit of one word at least, then a name of two or three words
        name = doc[start:end]
        if any(t.lower_ in remits for t in name) or name[-1].pos_ != "PROPN":
            continue  # "Secretary for International Foreign Relations": all remit
        covering = [e for e in out if _overlaps_any(e, [name])]
        if any(e.label_ == "PERSON" or e.ent_id_ for e in covering):
            continue
        out = [e for e in out if e not in covering]
        out.append(Span(doc, name.start, name.end, label="PERSON"))
    return out


def _add_given_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """Return the entities with full names the model missed where it found the surname.

    "Helena Kowalczyk, the EU's deputy director-general" untagged, then "Kowalczyk said"
    tagged as a person: a capitalised proper noun right before the surname elsewhere in
    the article, in no entity and no title, is the person's given name.
    """
    surnames = {e.text for e in ents if e.label_ == "PERSON" and len(e) == 1 and e[0].is_title}
    taken = {i for e in ents for i in range(e.start, e.end)}
    out = list(ents)
    for i in token_indices(doc, surnames, attr=ORTH):
        token = doc[i]
        if token.i == 0 or token.text not in surnames or token.i in taken:
            continue
        given = doc[token.i - 1]
        if (
            given.i in taken
            or given.pos_ != "PROPN"
            or not (given.is_title and given.is_alpha)
            or given.lower_ in title_words()
            or given.lower_ in honorifics()
        ):
            continue
        out.append(Span(doc, given.i, token.i + 1, label="PERSON"))
        taken |= {given.i, token.i}
    return out


def _with_known_given_names(ents: list[Span]) -> list[Span]:
    """Return the entities with a known given name the model left before a person's name
    put back ("prime minister Anders Berg Halvorsen" tagged "Berg Halvorsen")."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    given_names = given_name_genders()
    out = []
    for ent in ents:
        before = ent.doc[ent.start - 1] if ent.start > 0 else None
        if (
            ent.label_ == "PERSON"
            and before is not None
            and before.lower_ in given_names
            and _free_name_word(before, taken)
        ):
            ent = Span(ent.doc, before.i, ent.end, label="PERSON", span_id=ent.ent_id_)
        out.append(ent)
    return out


def _with_apposed_given_name(ent: Span, ents: list[Span]) -> Span:
    """Return a person's name of two or three words with the given name the model left
    out put back, where the name stands after a comma or a title ("the Prime Minister,
    Anders Vigo Halvorsen ,", "Prime Minister Anders Vigo Halvorsen")."""
    doc = ent.doc
    if ent.label_ != "PERSON" or not 2 <= len(ent) <= 3 or ent.start < 2:
        return ent
    given, mark = doc[ent.start - 1], doc[ent.start - 2]
    if (
        given.ent_type_
        or any(e.start <= given.i < e.end for e in ents)
        or given.pos_ != "PROPN"
        or not (given.is_title and given.is_alpha)
        or given.is_sent_start
        or given.lower_ in title_words()
        or given.lower_ in honorifics()
        or not (mark.text in {",", "("} or (mark.lower_ in title_words() and mark.is_title))
    ):
        return ent
    return Span(doc, given.i, ent.end, label="PERSON", span_id=ent.ent_id_)


@lru_cache(maxsize=4)
def _lower_words(text: str) -> frozenset[str]:
    """Return the words a text writes in lower case."""
    return frozenset(re.findall(r"(?<![\w-])[a-z][\w-]*", text))


def _spreads(form: str, name: str, text: str, tagged: set[str]) -> bool:
    """Return whether a short form of a name may be tagged wherever it stands.

    A common word never is: a stop or title word, or a word the article also writes in
    lower case ("Near", "Bill"). Nor is a name's first word (a family name only in some
    naming orders) unless the model tagged it as a person itself or the name is written
    family name first.
    """
    lower = form.lower()
    if lower in STOP_WORDS or lower in title_words() or lower in honorifics():
        return False
    if " " not in form and lower in _lower_words(text):
        return False
    words = name.split()
    return form != words[0] or form in tagged or _given_name_last(words)


def _given_name_last(words: list[str]) -> bool:
    """Return True for a name written family name first: two words, the second a
    hyphenated given name of the romanised East Asian kind ("Seo Min-jae", "Tran Van-an")."""
    return len(words) == 2 and bool(re.fullmatch(r"[A-Z][a-z]+-[a-z]+", words[1]))


def _without_common_word_people(doc: Doc, ents: list[Span]) -> list[Span]:
    """Return the entities without one-word persons that are common words: the article
    writes the word in lower case too ("the Bill ... the bill") and no full name of a
    person ends with it."""
    text = doc_text(doc)
    surnames = {e[-1].text for e in ents if e.label_ == "PERSON" and len(e) > 1}
    out = []
    for ent in ents:
        word = ent.text
        if (
            ent.label_ == "PERSON"
            and len(ent) == 1
            and not ent.ent_id_
            and word not in surnames
            and word.lower() in _lower_words(text)
        ):
            continue
        out.append(ent)
    return out


def _without_post_qualifiers(doc: Doc, ents: list[Span]) -> list[Span]:
    """Return the entities without one capitalised word that only qualifies the post
    after it ("Press Secretary Tor Vesk", "former Presidential candidate Ana Berg", "a
    Euro MP": ``portfolio_remits`` before a title word or ``post_nouns``)."""
    qualifiers = _words("titles", "portfolio_remits")
    posts = title_words() | _words("titles", "post_nouns")
    return [
        ent
        for ent in ents
        if not (
            len(ent) == 1
            and not ent.ent_id_
            and ent[0].lower_ in qualifiers
            and ent.end < len(doc)
            and doc[ent.end].lower_ in posts
        )
    ]


def _add_surnames(doc: Doc, ents: list[Span]) -> list[Span]:
    """Return the entities with short forms of full person names tagged as persons."""
    full = [e for e in ents if e.label_ == "PERSON" and len(e) > 1]
    names = {e.text for e in full}
    text = doc_text(doc)
    tagged = {e.text for e in ents if e.label_ == "PERSON"}
    forms = sorted(
        {f for e in full for f in surname_forms(e.text) if _spreads(f, e.text, text, tagged)},
        key=len,
        reverse=True,
    )
    out = list(ents)
    # Every full name first, so "Kaja Kallas" where the model only saw "Kallas" is whole.
    for name in sorted(names, key=len, reverse=True):
        for start, end in whole_words(text, name):
            span = doc.char_span(start, end)
            if span is None or any(e.start == span.start and e.end == span.end for e in out):
                continue
            covering = [e for e in out if _overlaps_any(e, [span])]
            if any(e.ent_id_ or len(e) > len(span) for e in covering):
                continue
            out = [e for e in out if e not in covering]
            out.append(Span(doc, span.start, span.end, label="PERSON"))
    full = [e for e in out if e.label_ == "PERSON" and e.text in names]
    for form in forms:
        for start, end in whole_words(text, form):
            span = doc.char_span(start, end)
            if span is None or _overlaps_any(span, full):
                continue
            covering = [e for e in out if _overlaps_any(e, [span])]
            if any(
                (e.ent_id_ and not _capital_of_person(e, full))
                or e.label_ == "PERSON"
                or len(e) > len(span)
                for e in covering
            ):
                continue
            out = [e for e in out if e not in covering]
            # A fresh id, or the capital's gazetteer id would stay on its token.
            span_id = span.text if any(e.ent_id_ for e in covering) else ""
            out.append(Span(doc, span.start, span.end, label="PERSON", span_id=span_id))
    return out


def _capital_of_person(ent: Span, full: list[Span]) -> bool:
    """Return whether a capital is the surname of a person named before it in full.

    "Marcus Washington ... Washington, a former submarine commander": the person, except
    after "in", "at", "from" ... where the capital is a place.
    """
    entry = entries_by_name().get(ent.ent_id_)
    if entry is None or ent.text not in entry.capitals or ent.label_ != "GPE":
        return False
    if not any(f.end <= ent.start and f[-1].text == ent.text for f in full):
        return False
    return ent.start == 0 or ent.doc[ent.start - 1].lower_ not in LOCATIVE_PREPOSITIONS
