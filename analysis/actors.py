"""Actors and their mentions: per article from a Doc, then canonical across articles.

Per article, ``article_actors(doc)`` turns the repaired entities (``analysis.actor_rules``)
into mentions of local actors keyed by type and name, and adds the mentions that carry
no name: pronouns and role nouns resolved to a person named before. Across articles,
``canonical_actors`` merges local actors that are the same real-world actor into one row
of the actors table and gives every local actor its ``actor_id``.

Mention kinds (``Mention.kind``):

- ``name``: the actor's name or an alias ("Rajnath Singh", "Singh", "the EU");
- ``acronym``: an acronym ("IFC-IOR", "NATO");
- ``demonym``: an adjective or noun standing for a state ("Indian", "Filipinos");
- ``metonym``: a capital standing for its state, as subject or possessor ("Tokyo said");
- ``role``: a role noun resolved to a person ("the Minister", "the undersecretary");
- ``pronoun``: "he", "she", "his", "her" ... resolved to a person.

Pronouns and role nouns are resolved by a documented heuristic: the nearest person
mentioned before, within ``PRONOUN_WINDOW`` sentences for a pronoun (whose gender must
not contradict the person's) and ``ROLE_WINDOW`` sentences for a role noun (whose office
the person's titles must hold: ``analysis.roles.holds_role``, which the quote and
commitment role speakers of ``analysis.role_coref`` ask too). A person's gender comes from courtesy titles
("Ms."), the first-name list in ``data/actor_rules.toml``, then the pronouns resolved
to them; an unknown gender is compatible with both.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cache

from rapidfuzz.distance import Levenshtein
from spacy.attrs import ORTH
from spacy.tokens import Doc, Span, Token

from analysis.actor_merging import (  # noqa: F401
    canonical_actors,
    most_common,
    normalise_name,
    without_marks,
)
from analysis.actor_rules import (
    STATES_OWNING_THINGS,
    honorifics,
    noun_before_comma,
    surname_forms,
    title_words,
)
from analysis.entity_rules import (
    DEMONYM_LABEL,
    actor_rule_words,
    canonical_names,
    entries_by_name,
    given_name_genders,
    state_body_kind,
    top_affiliation,
)
from analysis.person_names import names_agree, parse_person_name
from analysis.quote_spans import QuoteSpan, quote_spans
from analysis.roles import (
    Candidate,
    Office,
    holds_role,
    names_no_holder,
    phrase_office,
    phrase_words,
    role_holders,
)
from analysis.spans import doc_text, entity_at, of_objects, token_indices
from analysis.tables import join_list

ACTOR_TYPES: tuple[str, ...] = ("person", "country", "organisation", "place")
MENTION_KINDS: tuple[str, ...] = ("name", "acronym", "demonym", "metonym", "role", "pronoun")

# Sentences a pronoun may look back for its person; role nouns are more specific and
# may look further.
PRONOUN_WINDOW = 3
ROLE_WINDOW = 8
# Dependencies under which a capital stands for its state ("Tokyo said", "Berlin's").
_STATE_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "agent"})

_LABEL_TYPES = {
    "PERSON": "person",
    "ORG": "organisation",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
}


@dataclass(frozen=True)
class LocalActor:
    """One actor as named within one article."""

    key: str
    name: str
    type: str
    title: str = ""
    affiliation: str = ""
    aliases: tuple[str, ...] = ()
    gender: str = ""
    outlet: bool = False  # the article names it as a news outlet ("the magazine Corvo")


@dataclass(frozen=True)
class Mention:
    """One mention of a local actor: its text, offsets, sentence and kind (see the module)."""

    actor_key: str
    text: str
    start_char: int
    end_char: int
    sentence_index: int
    kind: str = "name"


@dataclass
class ArticleActors:
    """The actors of one article and every mention of them, in text order."""

    actors: dict[str, LocalActor] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.mentions.sort(key=lambda m: (m.start_char, m.end_char))
        self._starts = [m.start_char for m in self.mentions]
        self._longest = max((m.end_char - m.start_char for m in self.mentions), default=0)

    def mentions_in(self, start_char: int, end_char: int) -> list[Mention]:
        """Return the mentions that lie inside the character span, in text order."""
        lo = bisect.bisect_left(self._starts, start_char)
        hi = bisect.bisect_left(self._starts, end_char, lo)
        return [m for m in self.mentions[lo:hi] if m.end_char <= end_char]

    def mentions_before(self, char: int) -> list[Mention]:
        """Return the mentions that end at or before ``char``, in text order."""
        hi = bisect.bisect_left(self._starts, char)
        return [m for m in self.mentions[:hi] if m.end_char <= char]

    def actor_at(self, start_char: int, end_char: int) -> LocalActor | None:
        """Return the actor of the mention that covers or overlaps the span, if any.

        A mention containing the span wins over one inside it; among mentions inside
        the span the first wins.
        """
        # Only a mention starting at most the longest mention's length earlier can cover it.
        lo = bisect.bisect_left(self._starts, start_char - self._longest)
        hi = bisect.bisect_right(self._starts, start_char, lo)
        for m in self.mentions[lo:hi]:
            if m.end_char >= end_char:
                return self.actors[m.actor_key]
        inside = self.mentions_in(start_char, end_char)
        return self.actors[inside[0].actor_key] if inside else None


def _clean_name(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip(" \"'‘’“”")
    text = re.sub(r" [\"“‘][^\"“”‘’]{1,24}[\"”’] ", " ", text)  # a quoted nickname
    text = re.sub(r"^(the|The)\s+", "", text).strip(" \"'‘’“”")
    return re.sub(r"('s|’s|'|’)$", "", text).strip()


@cache
def _gender_words(section: str) -> dict[str, str]:
    """Return the words of a gendered section of the rules (pronouns, ...) -> gender."""
    words = actor_rule_words()[section]
    return {w.lower(): gender for gender in ("male", "female") for w in words[gender]}


# ---- one article: names


@dataclass
class _Found:
    """A named mention before grouping: the span, its actor's name, type and kind."""

    span: Span
    name: str
    type: str
    kind: str
    title: str = ""
    affiliation: str = ""
    gender: str = ""
    key_name: str = ""
    # Character offsets of a mention that is only part of its token ("U.S." of
    # "U.S.-Canada"); None for the whole span.
    chars: tuple[int, int] | None = None

    def key(self) -> str:
        """Return the local actor key: type and the name the actor is grouped by."""
        return f"{self.type}:{normalise_name(self.key_name or self.name)}"


def _stands_for_state(span: Span) -> bool:
    """Return True when a capital is the subject or possessor ("Tokyo said", "Berlin's")
    or names a state body ("the Tokyo government")."""
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    if root.dep_ == "compound" and root.head.lower_ in _state_body_words():
        return True  # "the Nairobi government", "the Kabul authorities"
    return root.dep_ in _STATE_DEPS or _acted_on(root)


def _acted_on(root: Token) -> bool:
    """Return True for a capital a verb makes act or answer ("urged Tokyo to act",
    "accused Tokyo of lying", "warned Tokyo"), that does a passive act ("resisted by
    Tokyo"), that a relation is with ("talks with Tokyo", "relations between Tokyo and
    Seoul") or that holds the state's people in power ("officials in Tokyo"); see
    ``[capitals]`` in the rules."""
    words = actor_rule_words()["capitals"]
    head = root.head
    if root.dep_ == "dobj":
        if head.lemma_ in words["agent_object_verbs"]:
            return True
        return any(
            c.dep_ == "xcomp"
            and any(a.lower_ == "to" for a in c.children)
            or c.dep_ == "prep"
            and c.lower_ == "of"
            and any(p.tag_ == "VBG" for p in c.children)
            for c in head.children
        )
    if root.dep_ == "pobj" and head.dep_ == "agent":
        # "the request is resisted by Tokyo": the doer of a passive act
        return head.head.lemma_ not in words["city_acts"]
    if root.dep_ == "pobj" and head.lower_ in {"with", "between", "against"}:
        return head.head.lemma_ in words["relation_words"]
    if root.dep_ == "pobj" and head.lower_ == "in":
        return head.head.lemma_ in words["people_in"]
    return False


@cache
def _possessed_state_bodies() -> frozenset[str]:
    return frozenset(w.lower() for w in actor_rule_words()["state_bodies"]["possessed"])


def _state_body_owned(f: _Found) -> int | None:
    """Return the token end of the body a state's possessive owns ("Osmark's newly elected
    government", "Osmark's leadership"): the mention of the state runs to it, since the
    phrase names the state acting. None when no such body follows."""
    doc = f.span.doc
    i = f.span.end
    if i >= len(doc) or doc[i].lower_ not in {"'s", "’s", "'"}:
        return None
    for j in range(i + 1, min(i + 5, len(doc))):
        token = doc[j]
        if token.lower_ in _possessed_state_bodies():
            return j + 1 if f.span.root.head.i == j else None
        modifier = token.pos_ in {"ADJ", "ADV", "VERB"} or token.dep_ == "compound"
        if not modifier or token.is_punct or token.ent_type_:
            return None
    return None


@cache
def _state_body_words() -> frozenset[str]:
    return frozenset(w.lower() for w in actor_rule_words()["state_bodies"]["forms"])


def _is_acronym(text: str, name: str) -> bool:
    """Return True for a short form written mostly in capitals ("IFC-IOR", "PCdoB"), not a
    name with two capitals ("McKellan")."""
    letters = text.replace("-", "").replace(".", "").replace("&", "")
    capitals = sum(map(str.isupper, letters))
    return (
        text != name
        and " " not in text
        and letters.isalnum()
        and capitals >= 2
        and capitals * 2 > len(letters)
    )


# Lower-case words inside a name that stay lower case ("Ministry of Defence").
_NAME_JOINERS = frozenset({"of", "for", "and", "the", "on", "in", "de", "du", "da", "del"})


def _classify(ent: Span) -> _Found | None:
    """Return what an entity mentions, or None for entities that are no actor or place."""
    text = _clean_name(ent.text)
    if not text:
        return None
    entity_id = ent.ent_id_
    entry = entries_by_name().get(entity_id) if entity_id else None
    if entry is not None:
        if ent.label_ == DEMONYM_LABEL:
            return _Found(ent, entry.name, entry.type, "demonym")
        if text in entry.capitals:
            if entry.type != "place" and _stands_for_state(ent):
                return _Found(ent, entry.name, entry.type, "metonym")
            return _Found(ent, text, "place", "name")
        kind = "acronym" if _is_acronym(text, entry.name) else "name"
        if entry.named_as_written:
            written = " ".join(
                w if w[:1].isupper() or w in _NAME_JOINERS else w.title() for w in text.split()
            )
            return _Found(ent, written, entry.type, kind, key_name=entry.name)
        return _Found(ent, entry.name, entry.type, kind)
    if entity_id:
        kind = "acronym" if _is_acronym(text, entity_id) else "name"
        kind_type = _LABEL_TYPES.get(ent.label_, "organisation")
        return _Found(ent, _clean_name(entity_id), kind_type, kind)
    kind_type = _LABEL_TYPES.get(ent.label_)
    if kind_type is None:
        return None
    if kind_type == "person" and text.isupper() and len(text.replace(" ", "")) > 2:
        # A name in capitals (a transcript's "MINISTER VARGA:", "JULIA MARSH:") is a name,
        # not an acronym.
        return _Found(ent, _from_capitals(text), kind_type, "name")
    return _Found(ent, text, kind_type, "acronym" if _is_acronym(text, "") else "name")


def _from_capitals(text: str) -> str:
    """Return a name written in capitals as a name is written ("JULIA MARSH III" ->
    "Julia Marsh III"); roman numerals and initials stay as they are."""
    return " ".join(
        w if re.fullmatch(r"[IVX]+|[A-Z]\.", w) else w.capitalize() for w in text.split()
    )


def _named_mentions(doc: Doc) -> list[_Found]:
    found = [g for ent in doc.ents if (f := _classify(ent)) is not None for g in _pair_parts(f)]
    found += _groups_read_as_bodies(doc, found)
    return sorted(found, key=lambda f: f.span.start)


def _groups_read_as_bodies(doc: Doc, found: list[_Found]) -> list[_Found]:
    """Return the party members' plurals the model tagged as a people or group ("the
    Democrats", "Liberals", ``[organisations] party_members``) as the party they stand
    for, named as written. Counted or described members ("five Democrats", "other
    Liberals", "well-known Republicans") are people, not the party."""
    members = {w.lower() for w in actor_rule_words()["organisations"]["party_members"]}
    return [
        _Found(ent, name, "organisation", "name")
        for ent in doc.ents
        if ent.label_ == "NORP"
        and not ent.ent_id_
        and ent[-1].lower_ in members
        and ent[-1].text[:1].isupper()
        and not _counted_or_described(doc, ent.start)
        and (name := _clean_name(ent.text))
    ]


# Words before a plural of people that make it some of them, not the body they form.
_SOME_OF = frozenset({"other", "some", "many", "several", "few", "most", "all", "fellow", "both"})


def _counted_or_described(doc: Doc, start: int) -> bool:
    """Return whether the word before ``start`` counts or describes the people named
    there ("five", "other", "moderate", "well-known")."""
    if start == 0:
        return False
    before = doc[start - 1]
    return before.like_num or before.lower_ in _SOME_OF or before.pos_ == "ADJ"


def _pair_parts(f: _Found) -> list[_Found]:
    """Return the two states a one-token pair names ("U.S.-Canada", which the tokenizer
    keeps whole after an abbreviation's stop) as two mentions; else the mention itself."""
    if len(f.span) != 1 or f.type == "person":
        return [f]
    parts = f.span.text.split("-")
    entries = [canonical_names().get(part.lower()) for part in parts]
    if len(parts) != 2 or any(e is None or e.type != "country" for e in entries):
        return [f]
    start = f.span.start_char
    middle = start + len(parts[0])
    return [
        _Found(f.span, entries[0].name, "country", "name", chars=(start, middle)),
        _Found(f.span, entries[1].name, "country", "name", chars=(middle + 1, f.span.end_char)),
    ]


def _generic_alone(f: _Found) -> bool:
    """Return True for an organisation named by one generic head noun ("the Government",
    "the Party") that no known body and no longer name of the article stands behind."""
    if f.type != "organisation" or " " in f.name or f.key_name:
        return False
    if f.span.ent_id_ and f.span.ent_id_ in entries_by_name():
        return False
    generic = actor_rule_words()["organisations"]["generic_alone"]
    return f.name.lower() in {w.lower() for w in generic}


def _untagged_governments(doc: Doc, found: list[_Found]) -> list[_Found]:
    """Return "the Government" where the model tagged none ("The Government is
    committed", "the Government's plan", "our Government"): a capitalised state body
    word right after "the" or "our", in no mention, and not before "of" (whose state
    is named after it)."""
    taken = {i for f in found for i in range(f.span.start, f.span.end)}
    out = []
    bodies = _state_body_words()
    for i in token_indices(doc, bodies):
        token = doc[i]
        if (
            token.lower_ not in bodies
            or i in taken
            or i == 0
            or not token.is_title
            or doc[i - 1].lower_ not in {"the", "our"}
            or token.ent_type_
            or (i + 1 < len(doc) and doc[i + 1].lower_ == "of")
        ):
            continue
        out.append(_Found(doc[i : i + 1], token.text, "organisation", "name"))
    return out


def _state_of_government(f: _Found, found: list[_Found]) -> _Found:
    """Return "the Government" as the state whose government or whose office-holder the
    article named before ("the Osmani Government", "the Government of Osmark", "the
    Osmani Foreign Minister Lena Varr"), when it named one state's only, or, when it named
    none before, named one state's only anywhere; otherwise the mention unchanged (and
    dropped as whose government?)."""
    if f.name.lower() not in _state_body_words():
        return f
    bodies = _state_body_words()
    governed = [
        g
        for g in found
        if g.type == "country"
        and (
            any(t.lower_ in bodies for t in g.span.doc[max(0, g.span.start - 3) : g.span.end])
            or _opens_title(g)
        )
    ]
    states = {g.name for g in governed if g.span.end <= f.span.start}
    if not states:
        # A statement may open on "The Government" and name it later ("... the Osmani
        # Government will send aid"): one state's government named anywhere is it.
        states = {g.name for g in governed}
    if len(states) != 1:
        return f
    return _Found(f.span, states.pop(), "country", "metonym")


def _bare_heads(doc: Doc, found: list[_Found]) -> list[_Found]:
    """Return untagged capitalised head nouns that stand for one longer body named before.

    After "the Northland Defence Alliance", "the Alliance" and "Alliance members" are
    that body: the head noun ("alliance", from the organisation heads in
    ``data/actor_rules.toml``) is capitalised and ends exactly one organisation name of
    the article ("Coalition" of "Global Coalition against Raiders"). A head inside
    another capitalised name ("Alliance Party") is not one. A capitalised head from
    ``[organisations] standing_alone`` in mid-sentence ("the Coalition") is a body as
    written even with no longer name before it.
    """
    heads = _organisation_heads()
    bodies: dict[str, list[_Found]] = defaultdict(list)
    for f in found:
        words = [t for t in f.span if t.lower_ not in {"the", "'s", "’s"}]
        named = [t.lower_ for t in words if t.is_title and t.lower_ in heads]
        if (
            f.type == "organisation"
            and len(words) > 1
            and named
            and not any(b.name == f.name for b in bodies[named[-1]])
        ):
            bodies[named[-1]].append(f)
    standing = {w.lower() for w in actor_rule_words()["organisations"]["standing_alone"]}
    out = []
    for i in token_indices(doc, bodies.keys() | standing):
        token = doc[i]
        long = bodies.get(token.lower_)
        alone = not long and token.lower_ in standing and not token.is_sent_start
        if alone:  # "the Coalition" with no longer name before it: the body as written
            long = [_Found(doc[token.i : token.i + 1], token.text, "organisation", "name")]
        if long and len(long) > 1 and token.lower_ in standing:
            # Two bodies end in the head ("the Global Coalition", "the Counter-Raider
            # Coalition"): a head that names a body alone is the one named last before it.
            long = [b for b in long if b.span.end <= token.i][-1:]
        if not long or len(long) > 1 or token.ent_type_ or not token.is_title:
            continue
        body = long[0]
        if token.i < body.span.end and not alone:
            continue  # only after the full name
        before = doc[token.i - 1] if token.i > 0 else None
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if after is not None and after.is_title and after.pos_ == "PROPN":
            continue
        if (
            before is not None
            and before.lower_ != "the"
            and not before.is_punct
            and (before.is_title or before.is_upper or token.is_sent_start)
        ):
            continue
        out.append(
            _Found(doc[token.i : token.i + 1], body.name, body.type, "name", key_name=body.key_name)
        )
    return out


@cache
def _organisation_heads() -> frozenset[str]:
    return frozenset(w.lower() for w in actor_rule_words()["organisations"]["heads"])


def _full_name(name: str) -> bool:
    """Return whether a person's name has a given name ("de Chastelain" has none)."""
    return parse_person_name(name) is not None


def _group_people(found: list[_Found]) -> None:
    """Give short person names ("Singh", "Seo") the full name they stand for.

    A full name whose parts agree with exactly one fuller name of the article ("Ramos da
    Cunha" and "Luis Tavio Ramos da Cunha") is that name. A short form shared by several
    full names goes to the nearest full name mentioned before it, else to the first one
    after it; once it has meant one of them, it keeps meaning that one ("Vesk" after "Tor
    Vesk" stays his when his son "Aron Emil Vesk" is named later).
    """
    people = [f for f in found if f.type == "person"]
    marked = _marked_spellings(f.name for f in people)
    for f in people:
        f.name = marked.get(f.name, f.name)
    full_names = list(dict.fromkeys(f.name for f in people if _full_name(f.name)))
    fuller: dict[str, str] = {}
    for name in sorted(full_names, key=lambda n: -len(n.split())):
        longer = {
            fuller.get(other, other)
            for other in full_names
            if len(other.split()) > len(name.split()) and names_agree(name, other)
        }
        if len(longer) == 1:
            fuller[name] = longer.pop()
    for f in people:
        f.name = fuller.get(f.name, f.name)
    full_at: list[tuple[int, str]] = [(f.span.start, f.name) for f in people if _full_name(f.name)]
    by_form: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for start, name in full_at:
        for form in surname_forms(name):
            by_form[form.lower()].append((start, name))
            by_form.setdefault(without_marks(form).lower(), by_form[form.lower()])
    kin = {f.name for f in people if _full_name(f.name) and _introduced_as_kin(f.span)}
    taken: dict[tuple[str, str], str] = {}  # (short form, courtesy) -> the person it meant
    for f in sorted(people, key=lambda p: p.span.start):
        if _full_name(f.name):
            continue
        options = by_form.get(f.name.lower(), [])
        courtesy = _honorific_gender(f.span)
        if courtesy:
            # "Mr Holm" is not "Jana Holm": a courtesy title of the other gender than the
            # full name's given name makes the short name another person.
            options = [
                (start, name)
                for start, name in options
                if _given_name_gender(name) in ("", courtesy)
            ]
        if not options:
            slip = _misspelt_surname(f.name, full_names)
            if slip is not None:
                f.name = slip  # "Henrik Karlsson ... Karlson said": one slip of the pen
            continue
        if len({name for _, name in options}) == 1:
            f.name = options[0][1]
            continue
        key = (f.name.lower(), courtesy)
        if taken.get(key) in {name for _, name in options}:
            # "Vesk" already meant the party leader: his son named in full later
            # does not take the short name over (one short name, one person)
            f.name = taken[key]
            continue
        if {name for _, name in options} - kin:
            # "the ambassador Salim al-Haddad ... his son, Samir Haddad ... said
            # Haddad": a relative named beside the newsmaker does not take the
            # surname they share from him
            options = [(start, name) for start, name in options if name not in kin]
        before = [name for start, name in options if start < f.span.start]
        f.name = taken[key] = before[-1] if before else options[0][1]


def _marked_spellings(names: Iterable[str]) -> dict[str, str]:
    """Map each name that an article also writes with diacritics ("Tomas Ibanez" beside
    "Tomás Ibáñez") to that spelling: the plain one is the same name typed without them."""
    by_plain: dict[str, str] = {}
    for name in names:
        plain = without_marks(name)
        if plain != name and len(plain) == len(name):
            by_plain.setdefault(plain, name)
    return by_plain


# A one-word name this long or longer may be a slip for a surname one letter away.
MISSPELT_SURNAME_LENGTH = 6


def _misspelt_surname(name: str, full_names: list[str]) -> str | None:
    """Return the one full name of the article whose surname a one-word name misspells
    by a single letter ("Karlson" for "Henrik Karlsson"), or None."""
    if " " in name or len(name) < MISSPELT_SURNAME_LENGTH:
        return None
    close = {
        full
        for full in full_names
        if (last := full.split()[-1])[:1] == name[:1]
        and Levenshtein.distance(last.lower(), name.lower()) == 1
    }
    return close.pop() if len(close) == 1 else None


def _introduced_as_kin(span: Span) -> bool:
    """Return whether a person is named as someone's relative: in apposition to a kin
    noun ("his son, Aron Vesk") or right after one ("his wife Ana Vesk")."""
    root = span.root
    if root.dep_ == "appos" and _owned_kin(root.head):
        return True
    return span.start > 0 and _owned_kin(span.doc[span.start - 1])


def _owned_kin(noun: Token) -> bool:
    """Return whether a noun is a relative of someone ("his son", "the envoy's cousin");
    "the father Lund" is a priest's title."""
    return noun.lemma_.lower() in _kin_nouns() and (
        any(c.dep_ == "poss" for c in noun.children)
        or (noun.i > 0 and noun.doc[noun.i - 1].tag_ in ("PRP$", "POS"))
    )


@cache
def _kin_nouns() -> frozenset[str]:
    """Return the kin nouns of ``speakers.toml``."""
    from analysis.issuers import speaker_words  # issuers reads this module's actors

    return speaker_words().kin_nouns


def _honorific_gender(span: Span) -> str:
    """Return "male"/"female" from the courtesy titles right before a name ("Mr", "Mrs."),
    or "" when there are none or they tell no gender."""
    doc = span.doc
    genders = _gender_words("honorifics")
    i = span.start - 1
    found = ""
    while i >= 0 and doc[i].lower_ in honorifics():
        found = found or genders.get(doc[i].lower_, "")
        i -= 1
    if found and i >= 0 and doc[i].lower_ in _COUPLE_LINKS:
        return ""  # "President and Mrs. Vell": the courtesy title is the spouse's
    return found


# Words joining a title to a courtesy title of one surname ("President and Mrs. Vell").
_COUPLE_LINKS = frozenset({"and", "&"})


def _given_name_gender(name: str) -> str:
    """Return "male"/"female" from a full name's given name, "" when it tells none."""
    gender = given_name_genders().get(name.split()[0].lower(), "")
    return {"m": "male", "f": "female"}.get(gender, "")


def _group_organisations(found: list[_Found]) -> None:
    """Give a shortened organisation name the one longer name of the article it shortens.

    "Council" for "Security Council", "Global Coalition" for "Global Coalition against
    Ruritanian Raiders": the short name's words open or end exactly one longer name. One
    word may also be the head before its "of" or "for" ("Court" for "International
    Court of Justice").
    """
    names = {f.name for f in found if f.type == "organisation" and " " in f.name}
    for f in found:
        if f.type != "organisation" or f.kind == "acronym" or f.key_name:
            continue
        if f.span.ent_id_ and f.span.ent_id_ in entries_by_name():
            continue  # a known body keeps its own name
        short = f.name.lower().split()
        n = len(short)
        longer = {
            name
            for name in names
            if len(name.split()) > n
            and (
                short
                in ([w.lower() for w in name.split()[:n]], [w.lower() for w in name.split()[-n:]])
                or (n == 1 and short[0] == _head_before_of(name))
            )
            and not _national_branch(name, n)
        }
        if len(longer) == 1:
            f.name = longer.pop()


def _national_branch(name: str, opening: int) -> bool:
    """Return whether the words of a longer name after its first ``opening`` ones name a
    country ("Amnesty International USA", "Save the Children UK"): a national branch of
    the body the short name is, another actor."""
    rest = " ".join(name.split()[opening:]).lower()
    entry = canonical_names().get(rest)
    return entry is not None and entry.type == "country"


def _head_before_of(name: str) -> str:
    """Return the lower-case word before the first "of" or "for" of a name ("court" of
    "International Court of Justice"), which names the body alone; "" if none."""
    words = name.lower().split()
    for i, word in enumerate(words[1:], start=1):
        if word in {"of", "for"}:
            return words[i - 1]
    return ""


# ---- titles, affiliations and gender of person mentions


def _affiliation_of(span: Span) -> str:
    """Return the canonical country, bloc or organisation an entity span names, if any."""
    if span.label_ == "ORG" and not span.ent_id_:
        return _clean_name(span.text)
    if span.label_ not in {"ORG", "GPE", DEMONYM_LABEL} or not span.ent_id_:
        return ""
    entry = entries_by_name().get(span.ent_id_)
    if entry is None:
        return _clean_name(span.ent_id_) if span.label_ == "ORG" else ""
    return "" if entry.type == "place" else entry.name


def _title_before(person: Span) -> tuple[str, str, str]:
    """Return (title, affiliation, gender) from the words right before a person's name.

    "EU High Representative for Foreign Affairs and Security Policy Kaja Kallas" gives
    the title after the leading entity and that entity as affiliation; "Vice President
    of the European Union Ms. Kaja Kallas" gives the entity after "of" and the gender
    of "Ms.".
    """
    doc = person.doc
    genders = _gender_words("honorifics")
    i = person.start - 1
    while i >= 0 and doc[i].is_space:
        i -= 1  # "Senator  Ana Ruiz": a link the source lost left a gap before the name
    gender = ""
    while i >= 0 and doc[i].lower_ in honorifics():
        gender = gender or genders.get(doc[i].lower_, "")
        i -= 1
    if i >= 0 and doc[i].lower_ in _COUPLE_LINKS and i + 1 < person.start:
        gender = ""  # "President and Mrs. Vell", "Mr and Mrs Vell": a couple of one name
    end = i + 1
    affiliation = ""
    words: list[Token] = []
    while i >= 0:
        token = doc[i]
        ent = entity_at(token)
        if ent is not None and ent.label_ == "PERSON":
            break  # another person's name ends the title ("President Croft and ... Varn")
        if ent is not None:
            found = _affiliation_of(ent)
            before = doc[ent.start - 1] if ent.start > 0 else None
            if found and before is not None and before.lower_ in {"of", "for"}:
                affiliation = affiliation or found
                i = ent.start - 1
                continue
            if found and words:
                affiliation = affiliation or found
            break
        if token.lower_ in {"of", "for", "and", "the", "-", "/", "(", ")"} or (
            token.is_title and token.is_alpha or token.text.isupper() or _abbreviated(token)
        ):
            words.append(token)
            i -= 1
            continue
        if token.is_lower and _lower_case_title(token, words):
            # "Foreign Ministry spokesman Ana Ruiz", "opposition leader Jon Berg", "former
            # prime minister Tor Vell": a title written in small letters
            words.append(token)
            i -= 1
            continue
        if token.text in {"'s", "’s"} and i > 0:
            ent = entity_at(doc[i - 1])
            if ent is not None and words:
                affiliation = affiliation or _affiliation_of(ent)
        break
    title = _title_text(doc, i + 1, end)
    return title, affiliation if title else "", gender


def _lower_case_title(token: Token, words: list[Token]) -> bool:
    """Return whether a word in small letters belongs to the title before a name: a head
    right before it ("spokesman Ana Ruiz"), or a title word before such a head ("prime
    minister", "deputy spokesman")."""
    if not words:
        return token.lower_ in _single_title_heads()
    return all(w.is_lower for w in words) and token.lower_ in title_words()


@cache
def _single_title_heads() -> frozenset[str]:
    """Return the one-word title heads ("spokesman", "leader", "minister")."""
    return frozenset(w.lower() for w in actor_rule_words()["titles"]["heads"] if " " not in w)


def _abbreviated(token: Token) -> bool:
    """Return True for an abbreviated title word with its full stop ("Gen.", "Lt."), or
    that full stop split off ("Maj", ".")."""
    text = token.text
    if text.endswith(".") and text[:-1].isalpha() and text[:1].isupper():
        return True
    previous = token.nbor(-1) if token.i > 0 else None
    return text == "." and previous is not None and previous.is_title and len(previous) <= 5


# Words of a style of address before a title ("His Excellency President"): no title.
_STYLE_WORDS = frozenset(
    {"right", "honourable", "honorable", "rt", "rt.", "most", "very", "his", "her"}
    | {"excellency", "majesty", "highness", "hon", "hon."}
)


def _title_text(doc: Doc, start: int, end: int) -> str:
    """Return the title words in doc[start:end], trimmed of connectors and entities."""
    tokens = [t for t in doc[start:end] if not (t.ent_type_ and t.ent_type_ != "PERSON")]
    connectors = {"of", "for", "and", "the", "-", "/"}
    while tokens and (tokens[0].lower_ in connectors or tokens[0].lower_ in _STYLE_WORDS):
        tokens.pop(0)
    while tokens and tokens[-1].lower_ in connectors:
        tokens.pop()
    if not tokens or not any(t.lower_ in _heads() for t in tokens):
        return ""
    text = doc[tokens[0].i : tokens[-1].i + 1].text
    # An acronym in brackets repeats the title ("Vice President (HRVP)"); other brackets
    # are part of it ("Secretary (Defence Production)").
    text = re.sub(r"\s*\([A-Z/\-]+\)\s*", " ", text).strip()
    return text.strip("( ") if text.count("(") != text.count(")") else text


@cache
def _reference_words() -> frozenset[str]:
    """Return the words that may refer to a person named before: pronouns, title heads."""
    return frozenset(_gender_words("pronouns")) | _heads()


@cache
def _heads() -> frozenset[str]:
    """Return every word of a title head ("minister", "secretary", ...)."""
    return frozenset(
        w.lower() for head in actor_rule_words()["titles"]["heads"] for w in head.split()
    )


def _title_apposition(person: Span) -> tuple[str, str]:
    """Return (title, affiliation) from an apposition or "of <country>" next to a name.

    "Liisa Rantanen, Finland's minister", "a spokesperson for China's foreign ministry,
    Zhao Minghui", "Defence Minister Anna Virtanen of Finland".
    """
    root = person.root
    candidates = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        candidates.append(root.head)
    noun = noun_before_comma(person)
    if noun is not None:
        candidates.append(noun)
    for noun in candidates:
        if noun.lower_ not in _heads() or noun.ent_type_:
            continue
        while (office := _office_of(noun)) is not None:
            noun = office  # "the Special Representative of the Secretary-General"
        title_tokens = [c for c in noun.lefts if c.dep_ in {"compound", "amod"} and not c.ent_type_]
        title = " ".join(t.text for t in [*title_tokens, noun])
        office_end = _complement_end(noun)
        if office_end > noun.i + 1 and not person.start <= office_end <= person.end:
            title = " ".join([title, noun.doc[noun.i + 1 : office_end].text])
        affiliation = ""
        for token in noun.subtree:
            if token.i in range(person.start, person.end):
                continue
            if token.dep_ == "pobj" and token.head.lower_ in _PLACE_PREPOSITIONS:
                continue  # "an officer in Osmark": where, not whom he serves
            if token.dep_ in ("compound", "amod", "nmod", "poss") and token.head.lower_ in _parts():
                continue  # "the Osmark branch of the Red Crescent": the body he serves
            ent = entity_at(token)
            if ent is not None and (found := _affiliation_of(ent)):
                affiliation = found
                break
        return title, affiliation
    for child in root.children:
        # "Anna Virtanen of Finland": the preposition right after the name.
        if child.dep_ == "prep" and child.lower_ in {"of", "from"} and child.i == person.end:
            for obj in child.children:
                ent = entity_at(obj)
                if obj.dep_ == "pobj" and ent is not None and (found := _affiliation_of(ent)):
                    return "", found
    return "", ""


@cache
def _parts() -> frozenset[str]:
    return frozenset(w.lower() for w in actor_rule_words()["organisations"]["parts"])


def _office_of(noun: Token) -> Token | None:
    """Return the title head whose office names this title ("Representative" for
    "Secretary-General" in "the Special Representative of the Secretary-General")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in {"of", "for"} or prep.head.i == prep.i:
        return None
    owner = prep.head
    if owner.lower_ in _heads() and owner.is_title and _complement_end(owner) > noun.i:
        return owner
    return None


def _describe_people(found: list[_Found]) -> None:
    """Fill title, affiliation and gender of every person name mention."""
    for f in found:
        if f.type != "person" or f.kind != "name":
            continue
        title, affiliation, gender = _title_before(f.span)
        appos_title, appos_affiliation = _title_apposition(f.span)
        f.title = title or appos_title
        f.affiliation = affiliation or appos_affiliation
        f.gender = gender or _given_name_gender(f.name)


def _opens_title(f: _Found) -> bool:
    """Return True for a demonym before an office ("the Osmani Foreign Minister")."""
    doc = f.span.doc
    return f.kind == "demonym" and f.span.end < len(doc) and doc[f.span.end].lower_ in title_words()


def _demonym_in_title(f: _Found) -> bool:
    """Return True for a demonym that opens a person's title ("Osmani Foreign Minister
    Lena Varr"): it tells the person's affiliation, it is no mention of the state."""
    if f.kind != "demonym":
        return False
    doc = f.span.doc
    i = f.span.end
    words = title_words()
    while i < len(doc) and (doc[i].lower_ in words or doc[i].lower_ in {"of", "for", "-"}):
        i += 1
    return i > f.span.end and i < len(doc) and doc[i].ent_type_ == "PERSON"


# ---- pronouns and role nouns


@dataclass
class _Person:
    key: str
    titles: set[str]
    gender: str
    affiliations: set[str] = field(default_factory=set)
    apposed_title: str = ""
    apposed_affiliation: str = ""
    gender_from_pronoun: bool = False  # told only by the pronouns resolved to the person


def _role_span(token: Token) -> tuple[Span, int | None] | None:
    """Return a role noun phrase the token heads, and the person it stands beside.

    "the Minister", "the Defence Minister" (with "the"), or a title in apposition to a
    name ("The Foreign Secretary, Helen Ashby", "Minister for the Western Balkans, Owen
    Pryce"), whose person is the token index of that name (None when not apposed).
    A title right before a name ("Defence Minister Rajnath Singh") is part of the name's
    title, not a role mention.
    """
    if token.lower_ not in _heads() or token.pos_ not in {"NOUN", "PROPN"}:
        return None
    if token.ent_type_ or token.tag_ in {"NNS", "NNPS"} or token.dep_ == "compound":
        return None
    doc = token.doc
    apposed = _apposed_person(token)
    dets = [c for c in token.lefts if c.dep_ == "det"]
    with_the = bool(dets) and dets[0].lower_ == "the"
    end = _complement_end(token)
    if apposed is None:
        following = [t for t in doc[end : end + 6] if not t.is_space][:3]
        if not with_the or any(t.ent_type_ == "PERSON" for t in following):
            return None
    if with_the:
        start = dets[0].i
    else:
        mods = [c.i for c in token.lefts if c.dep_ in {"compound", "amod"} and not c.ent_type_]
        start = min(mods, default=token.i)
    return doc[start:end], apposed


def _complement_end(token: Token) -> int:
    """Return where a capitalised title's office ends: "the Minister for Foreign Affairs",
    "the Secretary of State", "the High Commissioner for Refugees" name one office, so
    "of"/"for" and the capitalised words after the head belong to the role. A name the
    model tagged ("of Osmark", "of the Northern Alliance") is left to its own mention."""
    doc = token.doc
    end = token.i + 1
    if not token.is_title:
        return end
    while end + 1 < len(doc) and doc[end].lower_ in {"of", "for"}:
        j = end + 1
        while j < len(doc) and (
            (doc[j].is_title and doc[j].is_alpha and not doc[j].ent_type_)
            or doc[j].lower_ == "the"
            or (doc[j].lower_ in {"and", "&"} and j > end + 1 and not _opens_office(doc, j + 1))
            or (doc[j].text == "-" and j > end + 1 and doc[j - 1].is_title)
        ):
            j += 1
        while j > end + 1 and doc[j - 1].lower_ in {"and", "the", "&", "-"}:
            j -= 1
        if j == end + 1:
            break
        end = j
    return end


def _opens_office(doc: Doc, i: int) -> bool:
    """Return True when a second office starts at ``i`` after "and" ("the Minister for
    Foreign Affairs and the Attorney-General", "... and Minister for Trade"): "the" or a
    title head (up to two capitalised words on) is no part of the first office's name."""
    if i >= len(doc):
        return False
    if doc[i].lower_ == "the":
        return True
    for token in doc[i : i + 3]:
        if not token.is_title:
            return False
        if token.lower_ in _heads():
            return True
    return False


# Words before a role that say it of someone ("to become the Secretary of State").
_PREDICATING = frozenset({"be", "become", "remain", "as", "name", "appoint", "elect"})


def _acts(role: Span, token: Token) -> bool:
    """Return False for a role said of someone ("is the Secretary of State", "named as
    Minister for Trade"): the office, not a person acting."""
    if token.dep_ in {"attr", "oprd"}:
        return False
    if token.dep_ == "pobj" and token.head.lower_ == "as":
        return False
    head = token
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if head.dep_ == "pobj":
        return False  # "answered by the President and the Secretary of State": the office
    return role.start == 0 or role.doc[role.start - 1].lemma_.lower() not in _PREDICATING


def _title_set(title: str) -> set[str]:
    """Return the lower-case words of a title, hyphenated ones also by part
    ("Vice-President" holds "vice-president", "vice" and "president")."""
    words = title.lower().split()
    return set(words) | {part for w in words if "-" in w for part in w.split("-") if part}


def _role_words(role: Span) -> int:
    """Return how many words a role phrase has, a hyphen joining two ("Secretary-General")."""
    return len(re.split(r"[\s\-]+", _clean_name(role.text).strip("- ")))


# Prepositions after which a country is where a person is, not whom they speak for.
_PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "inside", "outside", "across", "into"})

# Words of a courtesy style between a title and a name ("the Most Honourable").
_COURTESY = frozenset({"the", "right", "honourable", "honorable", "rt", "rt.", "most", "very"})


# How many tokens after a title's phrase an apposed name may start (comma and courtesy
# words included).
_APPOSITION_GAP = 6


def _apposed_person(token: Token) -> int | None:
    """Return the start of the person name in apposition to a title noun, if any."""
    doc = token.doc
    # "The Treasury Secretary, the Most Honourable Tom Vane MP": the comma
    # after the title's phrase, then courtesy words, then the name.
    ends = [token.i + 1, _complement_end(token)]
    ends += [c.right_edge.i + 1 for c in token.rights if c.dep_ == "prep"]
    near = max(ends) + _APPOSITION_GAP  # a parse that apposes a name further on is wrong
    for child in token.children:
        if child.dep_ == "appos" and child.ent_type_ == "PERSON":
            start = entity_at(child).start
            if start <= near:
                return start
    for prep in (c for c in token.children if c.dep_ == "prep"):
        # "The President of the PNDM, Pedro Lima, said": the parser hung the name on the
        # body the title is of, but a body has no person in apposition; the title has.
        for pobj in (c for c in prep.children if c.dep_ == "pobj" and c.ent_type_ != "PERSON"):
            for child in pobj.children:
                if child.dep_ == "appos" and child.ent_type_ == "PERSON":
                    start = entity_at(child).start
                    if start <= near and doc[start - 1].text == ",":
                        return start
    if token.dep_ == "appos" and token.head.ent_type_ == "PERSON":
        return entity_at(token.head).start
    named_before = _name_before_comma(token)
    if named_before is not None:
        return named_before
    for after in dict.fromkeys(ends):
        if after >= len(doc) or doc[after].text != ",":
            continue
        j = after + 1
        while j < len(doc) and (
            doc[j].lower_ in honorifics()
            or doc[j].lower_ in _COURTESY
            or (doc[j].lower_ in title_words() and doc[j].is_title)  # ", Senator Hal Brenner"
        ):
            j += 1
        if j < len(doc) and doc[j].ent_type_ == "PERSON" and j - after <= 5:
            return entity_at(doc[j]).start
    return None


def _name_before_comma(token: Token) -> int | None:
    """Return the start of the person named right before ", the <title>" ("Lena Varr ,
    the Prime Minister of Osmark has said"), where the parser made the title a second
    subject instead of an apposition; None when the title opens a list ("Varr, the
    President and the Foreign Minister met")."""
    doc = token.doc
    dets = [c for c in token.lefts if c.dep_ == "det" and c.lower_ == "the"]
    if not dets or dets[0].i < 2 or doc[dets[0].i - 1].text != ",":
        return None
    before = doc[dets[0].i - 2]
    if before.ent_type_ != "PERSON":
        return None
    name = entity_at(before)
    if name.end != before.i + 1:
        return None
    after = [t for t in doc[_complement_end(token) : _complement_end(token) + 3] if not t.is_space]
    if after and after[0].lower_ in {"and", "or", "&"}:
        return None
    return name.start


def _resolve_references(
    doc: Doc,
    named: list[tuple[Span, str]],
    people: dict[str, _Person],
    sentence_of,
    quotations: list[QuoteSpan],
) -> tuple[list[tuple[Span, str, str]], list[_Found]]:
    """Return pronouns and role nouns resolved to a person, and persons named by a role.

    The first list holds (span, actor key, kind). A capitalised role of two words or
    more that no person named before fits ("The Foreign Secretary asked ...") becomes
    a person of its own, named and titled by the role, in the second list.
    """
    pronouns = _gender_words("pronouns")
    quoted = [(q.start, q.end) for q in quotations]

    def _quoted(char: int) -> bool:
        return any(start <= char < end for start, end in quoted)

    # A name the parser split across two sentences counts in the sentence it ends in.
    by_start = {span.start: (key, span.end - 1) for span, key in named if key in people}
    all_starts = {span.start: key for span, key in named}
    history: list[tuple[int, str]] = []
    out: list[tuple[Span, str, str]] = []
    named_by_role: list[_Found] = []
    # The person each token of a name or a resolved pronoun stands for.
    keys_at = {i: key for span, key in named if key in people for i in range(span.start, span.end)}
    covered = 0
    # Only a name's first token, a pronoun or a title head can change anything below.
    words = token_indices(doc, _reference_words())
    for i in sorted(by_start.keys() | set(words)):
        token = doc[i]
        if token.i in by_start:
            key, last = by_start[token.i]
            history.append((sentence_of(last), key))
            continue
        if token.ent_type_:
            continue
        sent = sentence_of(token.i)
        gender = pronouns.get(token.lower_)
        if gender is not None and token.pos_ == "PRON":
            bound = _clause_subject_keys(token, all_starts)
            key = _subject_in_sentence(token, named, people, sentence_of, gender, bound)
            key = key or _nearest(history, sent, people, gender=gender, not_keys=bound)
            if key is not None:
                if not people[key].gender and not _quoted(token.idx):
                    # a pronoun inside a quotation may be anyone the speaker talks of
                    # ('"our condolences to his family," she said'): it tells no gender
                    people[key].gender, people[key].gender_from_pronoun = gender, True
                out.append((doc[token.i : token.i + 1], key, "pronoun"))
                keys_at[token.i] = key
                history.append((sent, key))
            continue
        if token.i < covered:
            continue  # inside the office of a role before ("of the Secretary-General")
        found = _role_span(token)
        if found is None:
            continue
        role, apposed = found
        covered = role.end
        if apposed is None and names_no_holder(t.lower_ for t in role):
            continue  # "the new Governor", "a former minister": nobody named here
        affiliation = _role_affiliation(role)
        if apposed is not None:
            key = all_starts.get(apposed)
            if key in people:
                # The apposed title is the person's: later role nouns find them by it.
                people[key].titles.update(_title_set(role.text))
                people[key].apposed_title = people[key].apposed_title or _title_text(
                    doc, role.start, role.end
                )
                if affiliation:
                    people[key].affiliations.add(affiliation)
                    people[key].apposed_affiliation = people[key].apposed_affiliation or affiliation
        else:
            office = _office(role, token)
            # "the president of Tarsia": nobody known to be of another country; "the head
            # of the Harbour Union": only a person known to be of that body
            of_body = "" if affiliation else _of_affiliation(token)
            if of_body and _is_body(of_body):
                affiliation, of_body = of_body, ""
            others = frozenset(
                k
                for k, p in people.items()
                if of_body and p.affiliations and of_body not in p.affiliations
            )
            key = _nearest(
                history, sent, people, office=office, affiliation=affiliation, not_keys=others
            )
            # Else the one holder named before, as quote and commitment role speakers
            # find them. Not one named after: a role noun here may be any noun phrase
            # ("acted as the head of", "sent to the President"), not a speaker.
            before = [k for k in dict.fromkeys(k for _, k in history) if k not in others]
            key = key or _holder(people, office, affiliation, before)
            # "Tarn was the only president who ...": the role is said of the subject
            key = _predicated_of(token, keys_at) or key
        if key is not None:
            out.append((role, key, "role"))
            history.append((sent, key))
        elif token.is_title and apposed is None and _role_words(role) > 1 and _acts(role, token):
            name = _clean_name(role.text + _post_of(role))
            # "The Norwegian Ambassador to the Council", named by role alone, is of the state
            # the role names
            person = _Found(role, name, "person", "role", title=name, affiliation=affiliation)
            named_by_role.append(person)
            people.setdefault(person.key(), _Person(person.key(), _title_set(name), ""))
            history.append((sent, person.key()))
    return out, named_by_role


def _post_of(role: Span) -> str:
    """Return the post after a title held at a state or body, as written (" to the Council"
    in "the Norwegian Ambassador to the Council"), or "" when none follows."""
    doc = role.doc
    if role[-1].lower_ not in actor_rule_words()["titles"]["posted_heads"]:
        return ""
    i = role.end
    if i + 1 >= len(doc) or doc[i].lower_ != "to":
        return ""
    j = i + 1 + (doc[i + 1].lower_ == "the")
    if j >= len(doc) or not doc[j].ent_type_ or doc[j].ent_type_ in ("DATE", "TIME", "CARDINAL"):
        return ""
    end = j
    while (
        end < len(doc)
        and doc[end].ent_iob_ in ("B", "I")
        and (end == j or doc[end].ent_iob_ == "I")
    ):
        end += 1
    return " " + doc[i:end].text


def _predicated_of(token: Token, keys_at: dict[int, str]) -> str | None:
    """Return the person a role is said of when it completes a copula ("Tarn was the
    first president", "she would be the only envoy", "Vell remained the president"): the
    person the copula's subject names, if the subject is one; else None."""
    if token.dep_ not in {"attr", "oprd"}:
        return None
    for child in token.head.children:
        if child.dep_ in {"nsubj", "nsubjpass"}:
            return keys_at.get(child.i)
    return None


def _role_affiliation(role: Span) -> str:
    """Return the country or body a role phrase names ("the Osmani minister"), if any."""
    for token in role:
        ent = entity_at(token)
        if ent is not None and (found := _affiliation_of(ent)):
            return top_affiliation(found)
    return ""


def _of_affiliation(head: Token) -> str:
    """Return the country or body the "of" phrase of a role's head names ("the president
    of Tarsia", "the leader of the Harbour Union"), as the quote and commitment role
    speakers read it (``analysis.role_coref.role_phrase``); "" when it names none."""
    for obj in of_objects(head):
        for token in obj.subtree:
            ent = entity_at(token)
            if ent is not None and (found := _affiliation_of(ent)):
                return top_affiliation(found)
    return ""


def _is_body(affiliation: str) -> bool:
    """Return whether a role's affiliation is a body (an organisation, or a name the
    gazetteer does not know), not a state."""
    entry = entries_by_name().get(affiliation)
    return entry is None or entry.type == "organisation"


def _office(role: Span, head: Token) -> Office:
    """Return the office a role noun phrase names (``analysis.roles``): the role class of
    its head and the words that narrow it: title modifiers before the head ("defence" in
    "the Defence Secretary") and the office after it ("foreign", "affairs" in "the
    Minister for Foreign Affairs"), but not the words a class of several words uses up
    ("prime" in "the Prime Minister"); the office's narrowing words of ``roles.toml`` may
    also stand in an "of" phrase after a lower-case head ("the secretary of state")."""
    modifiers = {w.lower() for w in actor_rule_words()["titles"]["modifiers"]}
    words = [t.lower_ for t in role]
    # "the secretary of state": the words of its "of" phrase narrow it as well
    of_words = [t.lower_ for o in of_objects(head) for t in o.subtree if t.is_alpha]
    office = phrase_office(head.lower_, words + of_words) or Office(head.lower_)
    before = {t.lower_ for t in role if t.i < head.i and not t.ent_type_ and t.lower_ in modifiers}
    after = {t.lower_ for t in role if t.i > head.i and t.lower_ not in _CONNECTORS}
    narrowing = (before | after) - phrase_words(head.lower_, words)
    return Office(office.role, office.qualifiers | narrowing)


# Words joining the parts of an office's name ("Minister for Trade and Industry").
_CONNECTORS = frozenset({"of", "for", "and", "the", "&"})


def _holds(person: _Person, office: Office, affiliation: str) -> bool:
    """Return whether a person's titles hold the office and, when the role names a country
    or body, their affiliations hold it."""
    agrees = not affiliation or affiliation in person.affiliations
    return agrees and holds_role(office, person.titles)


def _holder(
    people: dict[str, _Person], office: Office, affiliation: str, before: list[str]
) -> str | None:
    """Return the one person named before who holds the office, if one
    (``analysis.roles.role_holders``)."""

    def candidate(key: str) -> Candidate:
        # Any noun phrase may be a role mention here, so a role that names a country or
        # body is held only by a person known to be of it.
        agrees = affiliation in people[key].affiliations if affiliation else None
        return Candidate(key, frozenset(people[key].titles), agrees)

    of_body = bool(affiliation) and _is_body(affiliation)
    holders = role_holders(office, [[candidate(k) for k in before]], of_body=of_body)
    return holders[0] if len(holders) == 1 else None


# A non-reflexive pronoun in these roles is never its own clause's subject ("X forced her out").
_OBJECT_DEPS = frozenset({"dobj", "dative", "iobj"})


def _clause_subject_keys(pronoun: Token, starts: dict[int, str]) -> frozenset[str]:
    """Return the actors named in the subject of the verb a pronoun is the object of.

    "The Bush administration forced her out": "her" is not Bush. A reflexive pronoun or a
    possessive ("X praised his staff") may be the subject, so only objects are bound.
    """
    if pronoun.dep_ not in _OBJECT_DEPS or pronoun.lower_.endswith(("self", "selves")):
        return frozenset()
    keys = set()
    for child in pronoun.head.children:
        if child.dep_ in ("nsubj", "nsubjpass", "agent"):
            keys.update(starts[t.i] for t in child.subtree if t.i in starts)
    return frozenset(keys)


def _subject_in_sentence(
    pronoun: Token,
    named: list[tuple[Span, str]],
    people: dict[str, _Person],
    sentence_of,
    gender: str,
    not_keys: frozenset[str],
) -> str | None:
    """Return the person named as a subject earlier in a subject pronoun's sentence
    ("Senator Vitter weighed in on Snowe's side, '...,' he said": Vitter, not the owner
    named last), or None when there is none of the pronoun's gender."""
    if pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    sent = sentence_of(pronoun.i)
    found = None
    for span, key in named:
        if span.end > pronoun.i or sentence_of(span.end - 1) != sent or key not in people:
            continue
        if key in not_keys or people[key].gender not in ("", gender):
            continue
        if span.root.dep_ in ("nsubj", "nsubjpass"):
            found = key
    return found


def _nearest(
    history: list[tuple[int, str]],
    sent: int,
    people: dict[str, _Person],
    *,
    gender: str = "",
    office: Office | None = None,
    affiliation: str = "",
    not_keys: frozenset[str] = frozenset(),
) -> str | None:
    """Return the latest person in ``history`` that fits a pronoun's gender or a role.

    A pronoun looks back ``PRONOUN_WINDOW`` sentences and skips people of the other
    gender; a role noun looks back ``ROLE_WINDOW`` sentences for a person who holds its
    office (``analysis.roles.holds_role``) and, when the role names a country or body
    ("the Osmani minister"), whose affiliation is that one.
    """
    window = ROLE_WINDOW if office else PRONOUN_WINDOW
    if gender == "female" and not office:
        # Most people of unknown gender in the news this tool reads are men: "she" goes to
        # a woman named within the longer window of a role, known by her name or a
        # courtesy title, before a nearer person of unknown gender ("Ms Lund arrived; the
        # envoy Tamba Kor said ...; her visit"), and only when there is none to the
        # nearest who may be one.
        for seen_sent, key in reversed(history):
            if sent - seen_sent > ROLE_WINDOW:
                break
            person = people[key]
            if key not in not_keys and person.gender == "female" and not person.gender_from_pronoun:
                return key
    for seen_sent, key in reversed(history):
        if sent - seen_sent > window:
            return None
        if key in not_keys:
            continue
        person = people[key]
        if office and _holds(person, office, affiliation):
            return key
        if not office and person.gender in ("", gender):
            return key
    return None


# ---- one article: assembly


def without_bystander_states(found: ArticleActors, acting: set[str], text: str) -> ArticleActors:
    """Return the actors without the states an article only qualifies its people by.

    "Palestinian militants fired rockets", "a British newspaper reported", "the Armenians
    mourned": a state the article knows only through a demonym, and that neither commits,
    is committed to nor speaks (``acting`` holds the keys that do), takes no part in it.
    A state that is named, or that a pronoun or role goes back to, stays; so does one a
    demonym credits ("Norwegian troops will stay" is Norway's pledge), one whose government
    a demonym names ("the Australian Government has responded"), and a person's
    affiliation read from a demonym ("Palestinian President Ana Haddad").
    """
    organs = _state_body_words()
    named = {
        m.actor_key
        for m in found.mentions
        if m.kind != "demonym"
        or (text[m.end_char : m.end_char + 16].split() or [""])[0].lower().strip(".,") in organs
    } | acting
    bystanders = {k for k, a in found.actors.items() if a.type == "country" and k not in named}
    if not bystanders:
        return found
    return replace(
        found,
        actors={k: a for k, a in found.actors.items() if k not in bystanders},
        mentions=[m for m in found.mentions if m.actor_key not in bystanders],
    )


def article_actors(doc: Doc) -> ArticleActors:
    """Return the actors of one article and every mention of them.

    Names are grouped into one local actor per real-world actor (surname and full
    name, acronym and long form, alias and canonical name); persons get their title
    (most frequent), affiliation (only from explicit evidence: a country or body in the
    title, an apposition, a possessive, "of <country>"; a country merely named nearby
    never counts) and gender; pronouns and role nouns resolved to a person
    are added as mentions.
    """
    sent_starts = [sent.start for sent in doc.sents] if doc.has_annotation("SENT_START") else [0]

    def sentence_of(token_i: int) -> int:
        return max(0, bisect.bisect_right(sent_starts, token_i) - 1)

    found = _named_mentions(doc)
    found += _bare_heads(doc, found)
    found.sort(key=lambda f: f.span.start)
    _group_people(found)
    _group_organisations(found)
    found += _untagged_governments(doc, found)
    found.sort(key=lambda f: f.span.start)
    found = [_state_of_government(f, found) if _generic_alone(f) else f for f in found]
    found = [f for f in found if not _generic_alone(f)]
    _describe_people(found)
    found = [f for f in found if not _demonym_in_title(f)]

    keys = [f.key() for f in found]
    people = _people(found, keys)
    full_text = doc_text(doc)  # Doc.text joins every token anew on each read
    quotations = quote_spans(full_text)
    references, named_by_role = _resolve_references(
        doc,
        [(f.span, k) for f, k in zip(found, keys, strict=True)],
        people,
        sentence_of,
        quotations,
    )
    found += named_by_role
    keys += [f.key() for f in named_by_role]
    mentions = []
    for f, k in zip(found, keys, strict=True):
        if f.chars is not None:
            text = full_text[f.chars[0] : f.chars[1]]
            mentions.append(Mention(k, text, *f.chars, sentence_of(f.span.start), f.kind))
            continue
        end = _state_body_owned(f) if f.type == "country" else None
        end_char = doc[end - 1].idx + len(doc[end - 1]) if end else f.span.end_char
        text = full_text[f.span.start_char : end_char]
        mentions.append(
            Mention(k, text, f.span.start_char, end_char, sentence_of(f.span.start), f.kind)
        )
    mentions += [
        Mention(k, span.text, span.start_char, span.end_char, sentence_of(span.start), kind)
        for span, k, kind in references
    ]
    mentions += _first_person_speakers(doc, mentions, people, sentence_of, quotations)
    mentions += _first_person_authors(doc, mentions, people, sentence_of, quotations)
    mentions += _demonyms_of_things(doc, set(keys), sentence_of)
    actors = _with_home_state_bodies(_local_actors(found, keys, people), mentions)
    actors, mentions = _owned_bodies_joined(actors, mentions)
    actors, mentions = _joined(actors, mentions, _party_of_members(actors))
    return ArticleActors(actors, mentions)


def _party_of_members(actors: dict[str, LocalActor]) -> dict[str, str]:
    """Return the members named for their party ("the Progressives", "the Greens") ->
    the one party of the article whose name opens with their word ("Progressive Party
    of Norland"): the members acting together are the party."""
    heads = {w.lower() for w in actor_rule_words()["organisations"]["leader_named"]}
    found = {}
    for key, actor in actors.items():
        word = actor.name.removeprefix("the ")
        if (
            actor.type != "organisation"
            or " " in word
            or not word.endswith("s")
            or not word.istitle()
        ):
            continue
        parties = [
            other
            for other, body in actors.items()
            if other != key
            and body.type == "organisation"
            and body.name.split()[0] == word[:-1]
            and heads & {w.lower() for w in body.name.split()[1:]}
        ]
        if len(parties) == 1:
            found[key] = parties[0]
    return found


def _joined(
    actors: dict[str, LocalActor], mentions: list[Mention], joined: dict[str, str]
) -> tuple[dict[str, LocalActor], list[Mention]]:
    """Return the actors and mentions with each key of ``joined`` made one with its value:
    the other's name becomes an alias, and its mentions move over."""
    if not joined:
        return actors, mentions
    out = {k: a for k, a in actors.items() if k not in joined}
    for key, into in joined.items():
        body = out[into]
        out[into] = replace(body, aliases=tuple(sorted({*body.aliases, actors[key].name})))
    moved = [replace(m, actor_key=joined.get(m.actor_key, m.actor_key)) for m in mentions]
    return out, moved


def _owned_bodies_joined(
    actors: dict[str, LocalActor], mentions: list[Mention]
) -> tuple[dict[str, LocalActor], list[Mention]]:
    """Return the actors and mentions with a state's body named without its state joined
    to the one body of that kind and state the article also names ("Osmark's Ministry of
    Foreign Affairs ... the Osmani Foreign Ministry"): one ministry, two ways of writing it."""
    joined: dict[str, str] = {}
    for key, actor in actors.items():
        forms = _body_forms(actor.name)
        if actor.type != "organisation" or not actor.affiliation or not forms:
            continue
        same = [
            other
            for other, body in actors.items()
            if other != key
            and other not in joined
            and body.type == "organisation"
            and body.affiliation == actor.affiliation
            and not _body_forms(body.name)
            and any(n.lower().endswith(f) for n in (body.name, *body.aliases) for f in forms)
        ]
        if len(same) == 1:
            joined[key] = same[0]
    return _joined(actors, mentions, joined)


def _body_forms(name: str) -> frozenset[str]:
    """Return the forms of the kind of state body ``name`` is written as, or none."""
    kind = state_body_kind(name)
    return frozenset(f.lower() for f in actor_rule_words()["bodies"][kind]) if kind else frozenset()


def _with_home_state_bodies(
    actors: dict[str, LocalActor], mentions: list[Mention]
) -> dict[str, LocalActor]:
    """Return the actors with a state's body named without its state ("the Interior
    Ministry said") given the state it most likely belongs to: the state named last
    before it (by name or demonym), unless another is named at least twice as often in
    the article ("Osmani ... Vesland's gunmen ... the Parliament"); a state whose body
    of that kind goes by another name is never it. Such a body is a different one in
    each article: its state keeps the articles apart, and in an article that names no
    fitting state it stays unaffiliated."""
    bare = {
        key
        for key, actor in actors.items()
        if actor.type == "organisation" and not actor.affiliation and state_body_kind(actor.name)
    }
    if not bare:
        return actors
    states = sorted(
        (m.start_char, m.actor_key)
        for m in mentions
        if m.actor_key in actors and actors[m.actor_key].type == "country"
    )
    homes = {}
    for key in bare:
        kind = state_body_kind(actors[key].name)
        fitting = [
            (start, k)
            for start, k in states
            if kind not in _bodies_named_otherwise().get(actors[k].name, ())
        ]
        if not fitting:
            continue
        first = min(m.start_char for m in mentions if m.actor_key == key)
        before = [k for start, k in fitting if start < first]
        nearest = before[-1] if before else fitting[0][1]
        counts = Counter(k for _, k in fitting)
        most, n = counts.most_common(1)[0]
        homes[key] = actors[most if n >= 2 * counts[nearest] else nearest].name
    return {
        key: replace(a, affiliation=homes[key]) if key in homes else a for key, a in actors.items()
    }


@cache
def _bodies_named_otherwise() -> dict[str, frozenset[str]]:
    """Return each state -> the kinds of body ([bodies] keys) it names otherwise."""
    return {
        state: frozenset(kinds)
        for state, kinds in actor_rule_words().get("bodies_named_otherwise", {}).items()
    }


def _first_person_speakers(
    doc: Doc,
    mentions: list[Mention],
    people: dict[str, _Person],
    sentence_of,
    quotations: list[QuoteSpan],
) -> list[Mention]:
    """Return "I" inside a quotation as a mention of the one person named around it.

    The quotation's frame is the sentences holding its first and last words, with the
    sentence it is tagged to after a colon or before a comma, less every quotation: when
    exactly one person is a subject there, by name or role ('"I will sign," the Minister
    said', 'Ana Ruiz said: "I agree"'), the quotation is theirs and "I" in it is them.
    When the frame's subject is only "he" or "she" (whose resolution did not heed
    quotations), the person is the one subject of the nearest sentence before the
    quotation (two at most) that has a person as subject, if the pronoun fits them.
    "I" outside quotation marks (an unsigned statement's author) or in a quotation
    framed by no person or by two stays unnamed.
    """
    firsts = _first_person_tokens(doc)
    if not firsts or not doc.has_annotation("SENT_START"):
        return []
    inside = [(q.open_at, q.close_at) for q in quotations]
    by_sentence: dict[int, list[Mention]] = defaultdict(list)
    for m in mentions:
        if (
            m.actor_key in people
            and m.kind in {"name", "role"}
            and not any(a <= m.start_char < b for a, b in inside)
            and _is_subject(doc.char_span(m.start_char, m.end_char, alignment_mode="expand"))
        ):
            by_sentence[m.sentence_index].append(m)
    speakers: dict[int, str] = {}  # quotation -> its one speaker's key, "" when none
    for n, quote in enumerate(quotations):
        key = _quotation_speaker(doc, quote, inside, by_sentence, people, sentence_of)
        previous = quotations[n - 1] if n else None
        if (
            not key
            and previous is not None
            and previous.paragraph == quote.paragraph
            and quote.open_at - previous.close_at <= _CONTINUATION_CHARS
            and not any(
                previous.close_at < m.start_char < quote.open_at and m.actor_key != speakers[n - 1]
                for m in mentions
                if m.actor_key in people
            )
        ):
            # '"A," she said. "B."': a quotation framed by nobody right after another in
            # the same paragraph, with no one else named between, goes on with its speaker.
            key = speakers[n - 1]
        speakers[n] = key
    out = []
    for i in firsts:
        token = doc[i]
        n = next((n for n, q in enumerate(quotations) if q.start <= token.idx < q.end), None)
        if n is not None and speakers[n]:
            out.append(
                Mention(
                    speakers[n], token.text, token.idx, token.idx + 1, sentence_of(i), "pronoun"
                )
            )
    return out


# Characters between two quotations of one paragraph for the second to go on with the
# first one's speaker ('"A," said the Minister of Foreign Affairs of Osmark. "B."').
_CONTINUATION_CHARS = 120


def _quotation_speaker(
    doc: Doc, quote, inside: list[tuple[int, int]], by_sentence, people, sentence_of
) -> str:
    """Return the key of the one person framing a quotation (see
    ``_first_person_speakers``), or "" when none or several do."""
    if quote.continues or quote.continued:
        return ""
    first, last = _token_at(doc, quote.start), _token_at(doc, quote.end - 1)
    frame = {sentence_of(first), sentence_of(last)}
    before = first - 2
    while before > 0 and doc[before].is_space:
        before -= 1  # 'Ana Ruiz said:' on a line of its own, the quotation below it
    if before >= 0 and doc[before].text in {":", ","}:
        frame.add(sentence_of(before))  # 'Ana Ruiz said: "I agree."'
    after = _token_at(doc, quote.close_at) + 1
    if after < len(doc) and (doc[after - 2].text == "," or doc[after].is_lower):
        frame.add(sentence_of(after))  # '"I agree," she said.'
    keys = {m.actor_key for n in frame for m in by_sentence.get(n, [])}
    gender = None if keys else _frame_pronoun(doc, frame, inside, sentence_of)
    for n in range(min(frame) - 1, min(frame) - 3, -1) if gender else ():
        if by_sentence.get(n):
            keys = {
                m.actor_key for m in by_sentence[n] if people[m.actor_key].gender in {"", gender}
            }
            break
    return keys.pop() if len(keys) == 1 else ""


# A line ending so is a sentence of the body (or its salutation, "Dear colleagues,"), not
# a heading or a signature.
_SENTENCE_ENDS = (".", "!", "?", ":", ";", ",", '"', "\u201d", "'", "\u2019")


@cache
def _statement_words(key: str) -> frozenset[str]:
    if key == "post_nominal":
        return frozenset(actor_rule_words()["honorifics"][key])
    return frozenset(actor_rule_words()["statement_layout"][key])


def _first_person_tokens(doc: Doc) -> list[int]:
    """Return the indices of the pronoun "I" in a doc."""
    return [
        i
        for i in token_indices(doc, {"I"}, attr=ORTH)
        if doc[i].text == "I" and doc[i].pos_ == "PRON"
    ]


def _first_person_authors(
    doc: Doc,
    mentions: list[Mention],
    people: dict[str, _Person],
    sentence_of,
    quotations: list[QuoteSpan],
) -> list[Mention]:
    """Return "I" outside quotation marks as a mention of the one who speaks it, when the
    layout names them: the speaker of its turn in a transcript (``_speaker_turns``),
    else the author of the statement (``_statement_author``), but not in a question of
    an interview (the interviewer's); otherwise nothing."""
    firsts = _first_person_tokens(doc)
    if not firsts:
        return []
    turns = _speaker_turns(doc, mentions, people)
    author, interview = _statement_author(doc, mentions, people)
    if author is None and not turns:
        return []
    inside = [(q.open_at, q.close_at) for q in quotations]
    out = []
    for i in firsts:
        token = doc[i]
        if any(a <= token.idx <= b for a, b in inside):
            continue
        turn = bisect.bisect_right(turns, (token.idx, "\uffff")) - 1
        if turn >= 0:
            key = turns[turn][1]
        elif interview and token.sent.text.rstrip(" \"'\u201d").endswith("?"):
            key = None
        else:
            key = author
        if key:
            out.append(Mention(key, "I", token.idx, token.idx + 1, sentence_of(i), "pronoun"))
    return out


# A turn label of a transcript: words with capitals at the start of a line, then a colon
# and the words spoken ("ANA RUIZ: I agree.", "Foreign Minister Ruiz: Thank you.").
_TURN_LABEL = re.compile(
    r"^[^\S\n]*([A-Z][\w.'\u2019-]*(?:[^\S\n]+[\w.'\u2019-]+){0,5})[^\S\n]*:[^\S\n]+\S", re.M
)


def _speaker_turns(
    doc: Doc, mentions: list[Mention], people: dict[str, _Person]
) -> list[tuple[int, str]]:
    """Return the turns of a transcript as (first character, speaker key) in text order.

    A line that begins with a label and a colon opens a turn that lasts until the next
    such line: "I" outside quotation marks in it is the one person the label names
    ("ANA RUIZ:", "FOREIGN MINISTER RUIZ:"); a label naming no person ("JOURNALIST:",
    "QUESTION:") or several gives a turn of nobody. Two turns at least make a transcript;
    a single labelled line is a heading ("Media release: ..."). Every word of a label is
    capitalised, save short joining words ("Minister for Trade:").
    """
    text = doc_text(doc)
    labels = _statement_words("labels") | _statement_words("interview_labels")
    turns = []
    for match in _TURN_LABEL.finditer(text):
        words = match.group(1).split()
        if any(w.lower() in labels for w in words) or any(
            not w[0].isupper() and not (len(w) <= 3 and w.islower()) for w in words
        ):
            continue
        start, end = match.span(1)
        keys = {
            m.actor_key
            for m in mentions
            if start <= m.start_char < end and m.actor_key in people and m.kind == "name"
        }
        turns.append((match.start(1), keys.pop() if len(keys) == 1 else ""))
    return turns if len(turns) >= 2 else []


def _statement_author(
    doc: Doc, mentions: list[Mention], people: dict[str, _Person]
) -> tuple[str | None, bool]:
    """Return the one person the layout of a statement names as its author, or None, and
    whether the heading is an interview's ("Interview with ...": its author answers).

    The heading (the first three lines, up to the first sentence) and the signature (the
    lines after the body's last sentence, three at most) are read. A heading that holds
    a label of the layout ("Media release", "Statement by ...", ``data/actor_rules.toml``
    [statement_layout]) names its author in any of its lines; a line that is a title and
    a name alone ("The Hon Ana Ruiz MP", "Minister for Trade Ana Ruiz") names the author
    wherever it stands in either. A line with a verb of its own ("Ruiz rejects the
    claims") is a headline about someone, not an author line. A heading shared by several
    ("Joint media release: ...") or two people named so name no single author.
    """
    interview_labels = _statement_words("interview_labels")
    text = doc_text(doc)
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]*\S[^\n]*", text)]
    ends = [n for n, (a, b) in enumerate(lines) if text[a:b].rstrip().endswith(_SENTENCE_ENDS)]
    if len(lines) < 2 or not ends:
        return None, False
    heading = [doc.char_span(a, b, alignment_mode="expand") for a, b in lines[: min(3, ends[0])]]
    signature = [
        doc.char_span(a, b, alignment_mode="expand")
        for a, b in (lines[ends[-1] + 1 :][-3:] if ends[-1] > 2 else [])
    ]
    words = {t.lower_ for line in heading for t in line}
    if words & _statement_words("shared"):
        return None, False
    interview = bool(words & interview_labels)
    labelled = interview or bool(words & _statement_words("labels"))
    authors = set()
    for line in heading + signature:
        named = [
            m
            for m in mentions
            if line.start_char <= m.start_char < line.end_char
            and m.actor_key in people
            and m.kind == "name"
        ]
        if named and _author_line(line, named, labelled=labelled and line in heading):
            authors |= {m.actor_key for m in named}
    return (authors.pop() if len(authors) == 1 else None), interview


def _author_line(line: Span, named: list[Mention], *, labelled: bool = False) -> bool:
    """Return whether a line naming persons names an author (see ``_statement_author``)."""
    labels = _statement_words("labels") | _statement_words("interview_labels")
    colons = [t.i for t in line if t.text == ":"]
    told = line.doc[colons[-1] + 1 : line.end] if colons else line  # past a kicker ("X 2007:")
    if any(t.morph.get("VerbForm") == ["Fin"] and t.lower_ not in labels for t in told):
        return False
    if labelled or any(t.lower_ in labels for t in line):
        return True
    in_name = {i for m in named for i in range(m.start_char, m.end_char)}
    courtesy = honorifics() | _statement_words("post_nominal")
    return all(
        t.idx in in_name
        or not t.is_alpha
        or t.is_stop
        or t.lower_ in title_words()
        or t.lower_ in courtesy
        for t in line
    )


def _frame_pronoun(doc: Doc, frame: set[int], inside: list[tuple[int, int]], sentence_of):
    """Return the gender of "he" or "she" as a subject outside quotation marks in the
    frame's sentences ("..., he said"), or None when there is none."""
    pronouns = _gender_words("pronouns")
    for i in token_indices(doc, ("he", "she")):
        token = doc[i]
        if (
            token.lower_ in {"he", "she"}
            and sentence_of(i) in frame
            and token.dep_ == "nsubj"
            and not any(a <= token.idx < b for a, b in inside)
        ):
            return pronouns.get(token.lower_)
    return None


def _demonyms_of_things(doc: Doc, keys: set[str], sentence_of) -> list[Mention]:
    """Return the demonyms before a thing of their state ("Osmani exports", "Osmani
    citizens") and the countries hyphened to another before a thing ("the
    Osmark-Norland talks") as mentions of the state, where the article has that state as
    an actor already: such a phrase names the state but never makes it an actor."""
    out = []
    currencies = {w.lower() for w in actor_rule_words()["not_actor"]["currencies"]}
    for span in doc.spans.get(STATES_OWNING_THINGS, []):
        entry = entries_by_name().get(span.id_)
        before = doc[span.start - 1] if span.start else None
        after = doc[span.end] if span.end < len(doc) else None
        if (
            entry is None
            or (before is not None and (before.pos_ == "PROPN" or before.text == "-"))
            or (after is not None and (after.is_title or after.lower_ in currencies))
        ):
            continue  # "South American", "the Osmani Trade Act", "Osmani dollars"
        key = _Found(span, entry.name, entry.type, "demonym").key()
        if key in keys:
            out.append(
                Mention(
                    key,
                    span.text,
                    span.start_char,
                    span.end_char,
                    sentence_of(span.start),
                    "demonym" if span.label_ == DEMONYM_LABEL else "name",
                )
            )
    return out


def _is_subject(span: Span | None) -> bool:
    """Return True for a subject, or a name in apposition to one ("the Minister, Ana
    Ruiz, said"); a pronoun's guess or a name in a clause about something else is no
    quotation's frame."""
    if span is None:
        return False
    root = span.root
    if root.dep_ == "appos":
        root = root.head
    return root.dep_ in {"nsubj", "nsubjpass"}


def _token_at(doc: Doc, char: int) -> int:
    """Return the index of the token at or just before character ``char``."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None else len(doc) - 1


@cache
def _outlet_kinds() -> frozenset[str]:
    return frozenset(w.lower() for w in actor_rule_words()["organisations"]["outlet_kinds"])


@cache
def _personal_outlet_kinds() -> frozenset[str]:
    words = actor_rule_words()["organisations"].get("personal_outlet_kinds", [])
    return frozenset(w.lower() for w in words)


def _named_as_outlet(span: Span) -> bool:
    """Return whether a name stands next to a kind of outlet ("the magazine Corvo",
    "Corvo magazine", "the newspaper, Corvo,"), which makes its actor a news outlet. An
    outlet noun after a preposition heads nothing the name is apposed to ("the editor of
    the newspaper, Marco Pelli,")."""
    doc = span.doc
    kinds = _outlet_kinds()
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    closed = after is not None and after.text == ","
    if before is not None and before.text == "," and span.start > 1 and closed:
        before = doc[span.start - 2]  # an apposition: "her left-wing newspaper, Corvo Rosso,"
        if before.dep_ == "pobj":
            # "the editor of the newspaper, Marco Pelli,": the name is the editor's
            before = None
    if (
        before is not None
        and before.lower_ in _personal_outlet_kinds()
        and span.label_ == "PERSON"
        and len(span) > 1
    ):
        before = None  # "religious broadcaster Pat Robertson": a person's full name
    return any(t is not None and t.pos_ == "NOUN" and t.lower_ in kinds for t in (before, after))


def _people(found: list[_Found], keys: list[str]) -> dict[str, _Person]:
    people: dict[str, _Person] = {}
    for f, key in zip(found, keys, strict=True):
        if f.type != "person":
            continue
        person = people.setdefault(key, _Person(key, set(), ""))
        person.titles.update(_title_set(f.title))
        person.gender = person.gender or f.gender
        if f.affiliation:
            person.affiliations.add(top_affiliation(f.affiliation))
    return people


def _local_actors(
    found: list[_Found], keys: list[str], people: dict[str, _Person]
) -> dict[str, LocalActor]:
    grouped: dict[str, list[_Found]] = defaultdict(list)
    for f, key in zip(found, keys, strict=True):
        grouped[key].append(f)
    actors = {}
    for key, items in grouped.items():
        first = items[0]
        titles = Counter(f.title for f in items if f.title)
        affiliations = Counter(top_affiliation(f.affiliation) for f in items if f.affiliation)
        affiliation = most_common(affiliations)
        if key in people and not affiliation:
            affiliation = people[key].apposed_affiliation
        if first.type == "organisation" and not affiliation:
            known = first.key_name or first.name
            top = top_affiliation(known)
            affiliation = "" if top == known else top
        aliases = {_clean_name(f.span.text) for f in items if f.kind in ("name", "acronym")}
        aliases |= {f.key_name for f in items if f.key_name}
        outlet = any(f.kind == "name" and _named_as_outlet(f.span) for f in items)
        actors[key] = LocalActor(
            key=key,
            name=first.name,
            # An outlet the model read as a person's name is a body all the same.
            type="organisation" if outlet and first.type == "person" else first.type,
            title=most_common(titles) or (people[key].apposed_title if key in people else ""),
            affiliation=affiliation,
            aliases=tuple(sorted(a for a in aliases - {first.name} if a)),
            gender=_stored_gender(people[key], first.name, first.title or titles)
            if key in people
            else "",
            outlet=outlet,
        )
    return actors


def _stored_gender(person: _Person, name: str, titled) -> str:
    """Return the gender an article tells of a person for merging across articles.

    A pronoun is resolved by distance and can be someone else's ("President Dornik ... her
    lawyers"). A bare surname is merged with one of its namesakes elsewhere; when it holds
    a title, the title says more about which one than such a pronoun, so a titled bare
    surname whose gender only pronouns told keeps none and the title decides.
    """
    bare = len(name.split()) == 1
    return "" if person.gender_from_pronoun and titled and bare else person.gender


def local_actor_rows(article_id: str, actors: Iterable[LocalActor]) -> list[dict]:
    """Return the stored rows of one article's local actors."""
    return [
        {
            "article_id": article_id,
            "actor_key": a.key,
            "name": a.name,
            "type": a.type,
            "title": a.title,
            "affiliation": a.affiliation,
            "aliases": join_list(a.aliases),
            "gender": a.gender,
        }
        for a in actors
    ]
