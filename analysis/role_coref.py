"""Role coreference: which named person a definite role phrase stands for.

News names a person once and then by a role: "Prime Minister Lena Varr ... the prime
minister said", "the Norland envoy", "Ivo Tarn won the vote. The Kestrel senator said".
``role_holder`` resolves such a phrase, for quote speakers and commitment subjects alike
(both go through ``analysis.quote_coref.Attribution.resolve``). Whether a person holds the
role is decided in ``analysis.roles``, which the actors' role mentions ask too:

1. the one person whose title (written beside a name of theirs, or in apposition) holds
   the phrase's office (``roles.role_holders``: its role class of ``data/roles.toml``,
   leader / chief; prime minister / premier; minister / secretary; envoy / ambassador /
   representative; ..., and every narrowing word, "foreign", "defence") and whose
   affiliation agrees with the country or body the phrase names;
2. when nobody in the article holds that role, the one person named in the writer's
   sentence before (or earlier in the phrase's own sentence) whose known title is no
   other role and whose affiliation does not conflict: the role is then a description of
   the person just named ("Tarn ... The Norland senator");
3. otherwise nobody, and the caller's usual rules apply.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from analysis.entity_rules import actor_rule_words
from analysis.issuers import is_agency_word, is_outlet, speaker_words
from analysis.quote_cues import is_main_clause, lemma_of, noun_phrase
from analysis.roles import (
    Candidate,
    Office,
    names_no_holder,
    phrase_office,
    role_holders,
    role_words,
    title_offices,
)

if TYPE_CHECKING:
    from analysis.actors import LocalActor
    from analysis.quote_coref import Attribution

# The most words a person's title phrase has: more are a list of several people's titles
# that the parser hung on one name.
TITLE_WORDS = 8

# How many tokens after the comma behind a role phrase a name counts as its apposition.
APPOSITION_REACH = 6

# How many sentences back a role word introduced with "a" and no name is looked for.
ROLE_REACH_SENTENCES = 3

# Affiliation types a role phrase may name ("the Norland envoy", "the Greens leader").
_AFFILIATION_TYPES = frozenset({"country", "organisation"})


@dataclass(frozen=True)
class RolePhrase:
    """A definite role phrase: the office it names and the affiliations it names."""

    office: Office
    affiliations: tuple[LocalActor, ...]
    words: frozenset[str]


def role_phrase(subject: Token, context: Attribution) -> RolePhrase | None:
    """Return the role a subject names when it is a definite singular role phrase ("the
    prime minister", "the Norland envoy", "Norland's top diplomat"), else None.

    A phrase that names a person in it ("the minister, Ivo Tarn", "Tarn's spokesman"),
    an office nobody holds yet ("the new governor") or a plural ("the leaders") is none.
    """
    if subject.pos_ not in ("NOUN", "PROPN") or subject.tag_ in ("NNS", "NNPS"):
        return None
    if context.in_quote(subject.idx):
        return None
    dets = [c for c in subject.children if c.dep_ == "det"]
    owners = [c for c in subject.children if c.dep_ == "poss"]
    if dets and dets[0].lower_ != "the":
        return None
    if not dets and not owners:
        return None
    if any(c.dep_ == "appos" for c in subject.children):
        return None  # "the minister, Ivo Tarn,": the name is given
    left = list(subject.doc[subject.left_edge.i : subject.i + 1])
    of_objects = [
        o
        for p in subject.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children
        if o.dep_ == "pobj"
    ]
    if names_no_holder(t.lower_ for t in left):
        return None
    words = {lemma_of(t) for t in left if t.is_alpha or t.text.endswith(".")}
    words |= {lemma_of(t) for o in of_objects for t in o.subtree if t.is_alpha}
    office = phrase_office(lemma_of(subject), words)
    if office is None:
        return None
    affiliations = []
    # A role mention the actors made of the phrase ("the French Minister") is the phrase.
    own = context.actors.actor_at(subject.idx, subject.idx + len(subject))
    for token in [*left, *(t for o in of_objects for t in o.subtree)]:
        if token.i == subject.i:
            continue
        actor = context.actors.actor_at(token.idx, token.idx + len(token))
        if actor is None or (actor is own and actor.type == "person"):
            continue
        if actor.type == "person":
            return None  # "Tarn's spokesman": someone else's role
        if actor.type in _AFFILIATION_TYPES and actor not in affiliations:
            affiliations.append(actor)
    if owners and not affiliations:
        return None  # "his deputy", "the party's leader": an owner that names nobody
    return RolePhrase(office, tuple(affiliations), frozenset(words))


def _person_words(actor: LocalActor, context: Attribution) -> set[str]:
    """Return the lower-case words a person was introduced with: title words beside or in
    apposition to each of their mentions, their title, and a title word that opens their
    name ("Judge Ivo Tarn")."""
    words = set()
    for person in context.people:
        if person.actor.key == actor.key and len(person.roles) <= TITLE_WORDS:
            words.update(person.roles)
    words.update(w.lower() for w in actor.title.split())
    first = actor.name.split()[0].lower() if actor.name.split() else ""
    if first in role_words().classes:
        words.add(first)
    return words


def _agrees(phrase: RolePhrase, actor: LocalActor, words: set[str]) -> bool | None:
    """Return True when a person's affiliation is the one the phrase names, False when it
    is known and another, None when the phrase names none or the person's is unknown."""
    if not phrase.affiliations:
        return None
    for named in phrase.affiliations:
        if actor.affiliation == named.name:
            return True
        # "the Greens leader" for "Greens leader Ivo Tarn": the body's word in the title
        if words & {w.lower() for w in named.name.split()} - {"the", "of", "party"}:
            return True
    return False if actor.affiliation else None


def role_holder(subject: Token, context: Attribution) -> LocalActor | None:
    """Return the person a definite role phrase stands for, or None (see the module)."""
    phrase = role_phrase(subject, context)
    if phrase is None or _named_after(subject, context) or _unnamed_before(subject, context):
        return None
    before: dict[str, LocalActor] = {}
    after: dict[str, LocalActor] = {}
    for person in context.people:
        actor = person.actor
        if actor.type != "person" or actor.name == actor.title:
            continue  # a person known only by a role ("French Minister") is no holder
        if subject.left_edge.idx <= person.start_char <= subject.idx:
            continue  # the phrase itself
        side = before if person.start_char < subject.idx else after
        side.setdefault(actor.key, actor)
    later = {k: a for k, a in after.items() if k not in before}
    by_key = {**before, **later}
    person_roles = speaker_words().person_roles
    titled: list[LocalActor] = []
    groups = []
    for people in (before, later):
        group = []
        for actor in people.values():
            words = _person_words(actor, context)
            if title_offices(words)[0] or words & person_roles:
                titled.append(actor)
            group.append(Candidate(actor.key, frozenset(words), _agrees(phrase, actor, words)))
        groups.append(group)
    # The holder named before; else one named later ("the judge ... Judge Tarn").
    of_body = any(a.type == "organisation" for a in phrase.affiliations)
    holders = role_holders(phrase.office, groups, of_body=of_body)
    if holders:
        return by_key[holders[0]] if len(holders) == 1 else None
    return _described_before(subject, phrase, context, before, titled)


def _named_after(subject: Token, context: Attribution) -> bool:
    """Return whether a person is named right after the phrase and a comma ("the team
    head, Special Advisor Ivo Tarn, said"): an apposition the parser missed."""
    if _apposed_to_of_object(subject, context):
        return True
    doc = subject.doc
    end = subject.right_edge.i + 1
    if end >= len(doc) or doc[end].text != ",":
        return False
    for token in doc[end + 1 : end + 1 + APPOSITION_REACH]:
        if token.pos_ in ("VERB", "AUX") or token.text in (",", ".", ";"):
            return False
        actor = context.actors.actor_at(token.idx, token.idx + len(token))
        if token.ent_type_ == "PERSON" or (actor is not None and actor.type == "person"):
            return True
    return False


def _apposed_to_of_object(subject: Token, context: Attribution) -> bool:
    """Return whether a person named in apposition closes the role's "of" phrase ("the
    president of Norland, Ivo Tarn, said"): the parser hangs the name on the state, but
    it names who holds the role."""
    for prep in subject.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for obj in prep.children:
            for appos in obj.children:
                if appos.dep_ != "appos" or appos.i < obj.i:
                    continue
                actor = context.actors.actor_at(appos.idx, appos.idx + len(appos))
                if appos.ent_type_ == "PERSON" or (actor is not None and actor.type == "person"):
                    return True
    return False


def _unnamed_before(subject: Token, context: Attribution) -> bool:
    """Return whether a person was introduced with the same role word and no name up to
    ``ROLE_REACH_SENTENCES`` sentences before ("A ministry spokesperson said ... the
    spokesperson added"): that unnamed person is meant, whom the caller's rules credit."""
    word = lemma_of(subject)
    sent = context.sentence_index(subject.idx)
    for token in reversed(subject.doc[: subject.left_edge.i]):
        if context.sentence_index(token.idx) < sent - ROLE_REACH_SENTENCES:
            return False
        if lemma_of(token) != word or token.pos_ not in ("NOUN", "PROPN"):
            continue
        if context.in_quote(token.idx) or token.tag_ in ("NNS", "NNPS"):
            continue
        if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children):
            return not any(
                (actor := context.actors.actor_at(t.idx, t.idx + len(t))) is not None
                and actor.type == "person"
                for t in noun_phrase(token)
            )
    return False


def _described_before(
    subject: Token,
    phrase: RolePhrase,
    context: Attribution,
    seen: dict[str, LocalActor],
    titled: list[LocalActor],
) -> LocalActor | None:
    """Return the person the writer's sentence before the phrase (or its own sentence,
    before it) is about, when the role can describe them: the person who is the main
    subject there, else the one person named there; never one with a title of another
    class, an affiliation other than the phrase's, or an outlet."""
    start = context._writers_sentence_before(subject)
    doc = subject.doc
    named = [
        p
        for p in context.people
        if doc[start].idx <= p.start_char < subject.idx and p.actor.key in seen
    ]
    main = [
        actor
        for t in doc[start : subject.i]
        if t.dep_ in ("nsubj", "nsubjpass")
        and is_main_clause(t.head)
        and not context.in_quote(t.idx)
        and (actor := context.actors.actor_at(t.idx, t.idx + len(t))) is not None
        and actor.type == "person"
    ]
    # "Tarn assessed that Vell would ...": the sentence is about Tarn, not Vell
    candidates = [main[-1]] if main else list(dict.fromkeys(p.actor for p in named))
    fits = [actor for actor in candidates if _may_be(actor, phrase, context, titled)]
    return fits[0] if len(fits) == 1 else None


def _may_be(
    actor: LocalActor, phrase: RolePhrase, context: Attribution, titled: list[LocalActor]
) -> bool:
    """Return whether a person named without the role may be the one it describes."""
    if actor in titled or is_outlet(actor) or is_agency_word(actor):
        return False  # a person with a title of another class is not this role
    words = _person_words(actor, context)
    if words & title_head_words():
        return False  # "Commissioner Vell" is not "the minister"
    agreement = _agrees(phrase, actor, words)
    if agreement is None and any(a.type == "organisation" for a in phrase.affiliations):
        # "The head of the Harbour Workers Union said": a body's officer is someone new
        # unless the person just named is known to be of that body
        return False
    return agreement is not False


@cache
def title_head_words() -> frozenset[str]:
    """Return the words that head a title before a name (``actor_rules.toml``)."""
    return frozenset(w.lower() for w in actor_rule_words()["titles"]["heads"])
