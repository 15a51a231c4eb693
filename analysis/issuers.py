"""Who issues a statement: the body or person behind "the statement", "the ministry", "it".

Quotations and commitments both meet speakers that are no names: a document ("a
statement from the foreign ministry", "the statement continued"), an institution named
by its kind ("the ministry said") or a pronoun ("it said"). This module turns them into
the actor the article names, or into nothing; it never returns the words themselves.

Rules (the word classes live in ``analysis/data/speakers.toml``):

- A document noun ("statement", "communique", "email", "letter", "press release") speaks
  for its issuer: the actor after "from" or before "'s" in its own phrase ("a statement
  from Olsen's office" is Olsen's), else the subject of the verb that issued it ("the
  ministry issued a statement"), else the issuer of the latest document the article
  named before it ("The statement added" after "a statement from the ministry").
- An institution noun with "the" ("the ministry", "the foreign office", "the
  government") is the organisation named earlier whose name holds that word, else the
  country an adjective or possessive before it names ("the Valdorian ministry"), else
  the country named last in the same or the two sentences before.
- "it" is the document named in its sentence or the two before ("issued a statement.
  '...,' it read"), else the organisation or country that was last the subject of a
  clause in the same or the previous paragraph.
- An office owned by someone ("Olsen's office") speaks for its owner.
- A news outlet (a name holding an outlet word: "Radio", "News Agency", "Times") issues
  reports, not statements: it is never returned.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from dataclasses import dataclass, fields
from functools import cache
from importlib import resources

from spacy.tokens import Doc, Token

from analysis.actors import ArticleActors, LocalActor, Mention
from analysis.entity_rules import state_body_kinds
from analysis.spans import of_objects, sentence_index

SPEAKERS_FILE = "speakers.toml"


@dataclass(frozen=True)
class SpeakerWords:
    """Word classes of ``speakers.toml``."""

    documents: frozenset[str]
    issue_verbs: frozenset[str]
    institutions: frozenset[str]
    outlet_words: frozenset[str]
    body_pronouns: frozenset[str]
    never_speakers: frozenset[str]
    title_markers: frozenset[str] = frozenset()
    naming_words: frozenset[str] = frozenset()
    site_suffixes: frozenset[str] = frozenset()
    quoting_verbs: frozenset[str] = frozenset()
    thing_nouns: frozenset[str] = frozenset()
    person_roles: frozenset[str] = frozenset()
    own_voice_roles: frozenset[str] = frozenset()
    unnamed_sources: frozenset[str] = frozenset()
    kin_nouns: frozenset[str] = frozenset()
    document_parts: frozenset[str] = frozenset()
    government_nouns: frozenset[str] = frozenset()


@cache
def speaker_words() -> SpeakerWords:
    """Return the shipped word classes (read once)."""
    text = resources.files("analysis").joinpath("data", SPEAKERS_FILE).read_text("utf-8")
    return parse_speaker_words(text)


CREDIT_FILE = "credit.toml"


@dataclass(frozen=True)
class CreditWords:
    """Word classes of ``credit.toml``: who a commitment is credited to."""

    subnational: frozenset[str]
    state_level_heads: frozenset[str]
    representatives: frozenset[str] = frozenset()
    representing_prepositions: frozenset[str] = frozenset()
    non_state_bodies: frozenset[str] = frozenset()
    bloc_member_nouns: frozenset[str] = frozenset()
    assembly_words: frozenset[str] = frozenset()
    title_nouns: frozenset[str] = frozenset()
    state_epithets: frozenset[str] = frozenset()
    state_body_words: frozenset[str] = frozenset()
    people_groups: frozenset[str] = frozenset()
    company_words: frozenset[str] = frozenset()
    other_side_nouns: frozenset[str] = frozenset()
    drafting_verbs: frozenset[str] = frozenset()
    force_nouns: frozenset[str] = frozenset()
    seat_words: frozenset[str] = frozenset()
    chamber_ranks: frozenset[str] = frozenset()
    political_groups: frozenset[str] = frozenset()
    followings: frozenset[str] = frozenset()
    party_qualifiers: frozenset[str] = frozenset()
    meeting_verbs: frozenset[str] = frozenset()
    meeting_objects: frozenset[str] = frozenset()
    telling_verbs: frozenset[str] = frozenset()
    leaders_bodies: frozenset[str] = frozenset()
    hoping_adjectives: frozenset[str] = frozenset()
    unnamed_voices: frozenset[str] = frozenset()
    analytic_documents: frozenset[str] = frozenset()


@cache
def credit_words() -> CreditWords:
    """Return the shipped crediting word classes (read once)."""
    text = resources.files("analysis").joinpath("data", CREDIT_FILE).read_text("utf-8")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise ValueError(f"the crediting word classes are not valid TOML: {err}") from err
    return CreditWords(**_word_classes(CreditWords, data.get("credit", {})))


def parse_speaker_words(text: str) -> SpeakerWords:
    """Return the word classes held in TOML ``text``."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise ValueError(f"the speaker word classes are not valid TOML: {err}") from err

    return SpeakerWords(**_word_classes(SpeakerWords, data.get("speakers", {})))


def _word_classes(kind: type, table: dict) -> dict[str, frozenset[str]]:
    """Return each field of the word-class dataclass ``kind`` read from the TOML table
    under its own name, lower case; a missing list is empty."""
    return {f.name: frozenset(w.lower() for w in table.get(f.name, [])) for f in fields(kind)}


def is_outlet(actor: LocalActor | None) -> bool:
    """Return whether an actor is a news outlet: the article names it as one ("the magazine
    Corvo") or its name holds an outlet word."""
    if actor is None:
        return False
    if actor.outlet:
        return True
    if actor.type == "person":
        return False
    return is_outlet_name(actor.name)


def is_agency_word(actor: LocalActor) -> bool:
    """Return whether an actor's whole name is an outlet word: an agency the model may
    have taken for a person ("Xinhua reports that ..."), which never speaks."""
    return actor.name.lower() in speaker_words().outlet_words


def is_outlet_name(name: str) -> bool:
    """Return whether a name is a news outlet's: it holds an outlet word or is a web
    address of a site ("Harbourwatch.com")."""
    words = {w.lower().strip(".,") for w in name.split()}
    lower = name.lower().strip()
    found = speaker_words()
    if any(lower.endswith(suffix) and len(lower) > len(suffix) for suffix in found.site_suffixes):
        return True
    return bool(words & found.outlet_words) or any(
        " " in w and w in lower for w in found.outlet_words
    )


def is_document(token: Token) -> bool:
    """Return whether a noun names a statement-like document ("the statement")."""
    return token.pos_ in ("NOUN", "PROPN") and _lemma(token) in speaker_words().documents


def whole_document(token: Token) -> Token:
    """Return the document a part of it belongs to ("the foreword to the report" →
    "report", "the preface of the study" → "study"), else the token itself."""
    if token.pos_ != "NOUN" or _lemma(token) not in speaker_words().document_parts:
        return token
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in ("to", "of")):
        whole = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if whole is not None and is_document(whole):
            return whole
    return token


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _usable(actor: LocalActor | None) -> bool:
    return actor is not None and actor.type != "place" and not is_outlet(actor)


def _token_actor(token: Token, actors: ArticleActors) -> LocalActor | None:
    actor = actors.actor_at(token.idx, token.idx + len(token))
    return actor if _usable(actor) else None


def _phrase_actor(token: Token, actors: ArticleActors) -> LocalActor | None:
    """Return the actor the phrase's own word names ("Norland's envoy Ivo Tal" is Ivo Tal),
    else the first usable actor in it ("Olsen's office" speaks for Olsen). A clause that
    describes the phrase's head ("a journalist attached to Norland's forces") names
    someone else, and is passed over."""
    described = {t.i for c in token.children if c.dep_ in ("acl", "relcl") for t in c.subtree}
    for t in (token, *token.subtree):
        if t.i in described:
            continue
        actor = _token_actor(t, actors)
        if actor is not None:
            return actor
    return None


def document_issuer(noun: Token, actors: ArticleActors) -> LocalActor | None:
    """Return who issued the document a noun names, from its own phrase or its verb."""
    for child in noun.children:
        if child.dep_ == "poss":
            found = _phrase_actor(child, actors)
            if found is not None:
                return found
    # "an email to the press from Olsen's office": the "from" may hang off a later word.
    preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"]
    preps += [t for t in noun.subtree if t.dep_ == "prep" and t.lower_ in ("from", "by")]
    for prep in preps:
        if prep.head.dep_ in ("relcl", "acl") or prep.head.pos_ == "VERB":
            continue
        for pobj in prep.children:
            found = _phrase_actor(pobj, actors)
            if found is None and _lemma(pobj) in speaker_words().institutions:
                found = institution_actor(pobj, actors)
            if found is not None:
                return found
    compound = [c for c in noun.lefts if c.dep_ in ("compound", "amod")]
    for child in compound:
        found = _token_actor(child, actors)
        if found is not None:
            return found
    # "a statement issued by the council spokesman": the agent of the issuing participle.
    for child in noun.children:
        if child.dep_ != "acl" or _lemma(child) not in speaker_words().issue_verbs:
            continue
        for agent in (c for c in child.children if c.dep_ == "agent"):
            for pobj in (c for c in agent.children if c.dep_ == "pobj"):
                found = _phrase_actor(pobj, actors)
                if found is None and _lemma(pobj) in speaker_words().institutions:
                    found = institution_actor(pobj, actors)
                if found is not None:
                    return found
    head = noun.head
    # "The resolution, passed 27-21 by the committee, states": the parser may make the
    # document the subject of the participle; its agent still issued it.
    passed_by = noun.dep_ == "nsubj" and any(c.dep_ == "agent" for c in head.children)
    issued = _lemma(head) in speaker_words().issue_verbs
    if issued and (noun.dep_ in ("dobj", "nsubjpass") or passed_by):
        for child in head.children:
            if child.dep_ in ("nsubj", "agent"):
                subject = next((c for c in child.children if c.dep_ == "pobj"), child)
                if _lemma(subject) in credit_words().non_state_bodies and _usable(
                    found := last_organisation(subject, actors)
                ):
                    return found  # "the group issued a statement": the group named before
                found = _phrase_actor(subject, actors)
                if found is None and _lemma(subject) in speaker_words().institutions:
                    found = institution_actor(subject, actors)
                if found is not None:
                    return found
    return None


def seat_state(actor: LocalActor, actors: ArticleActors) -> LocalActor:
    """Return the state a body named by its building speaks for, else the actor itself.

    "The Hill House said", "the Palace announced": an organisation whose name ends in a
    word for a government's building or address and holds no word for a kind of body,
    and that belongs to a state the article names, is that state speaking (as an office
    speaks for its owner). "The Upper House" is an assembly, not a building.
    """
    if actor.type != "organisation" or not actor.affiliation:
        return actor
    words = [w.lower().strip(".,") for w in actor.name.split()]
    words = words[1:] if words[:1] == ["the"] else words
    found = credit_words()
    if len(words) < 2 or words[-1] not in found.seat_words:
        return actor
    if set(words[:-1]) & (found.state_body_words | found.assembly_words | found.chamber_ranks):
        return actor
    state = next(
        (a for a in actors.actors.values() if a.name == actor.affiliation and a.type == "country"),
        None,
    )
    return state if state is not None else actor


def last_organisation(
    token: Token,
    actors: ArticleActors,
    *,
    outlets: bool = False,
    within: int = 3,
    acting: bool = False,
) -> LocalActor | None:
    """Return the organisation named last in the token's sentence or the ``within``
    before, never a state body, and an outlet only when ``outlets`` allows it. With
    ``acting``, only a name that is no object of a preposition counts ("sent to the
    leaders of the Union" names no group that acts)."""
    return last_named(
        token,
        actors,
        within,
        lambda actor: (
            actor.type == "organisation"
            and (outlets or not is_outlet(actor))
            and not set(actor.name.lower().split()) & credit_words().state_body_words
        ),
        mention_ok=_not_under_preposition(token.doc) if acting else None,
    )


def _not_under_preposition(doc: Doc) -> Callable[[Mention], bool]:
    def ok(mention: Mention) -> bool:
        span = doc.char_span(mention.start_char, mention.end_char, alignment_mode="expand")
        return span is not None and span.root.dep_ != "pobj"

    return ok


def last_country(token: Token, actors: ArticleActors) -> LocalActor | None:
    """Return the country named last in the token's sentence or the two before."""
    return last_named(token, actors, 2, lambda actor: actor.type == "country")


def last_named(
    token: Token,
    actors: ArticleActors,
    within: int,
    wanted: Callable[[LocalActor], bool],
    *,
    mention_ok: Callable[[Mention], bool] | None = None,
) -> LocalActor | None:
    """Return the actor ``wanted`` accepts that was named last before the token, in its
    sentence or the ``within`` sentences before it (by a mention ``mention_ok`` accepts)."""
    sentence_i = sentence_index(token)
    for mention in reversed(actors.mentions_before(token.idx)):
        if mention.sentence_index < sentence_i - within:
            break
        actor = actors.actors.get(mention.actor_key)
        if actor is not None and wanted(actor) and (mention_ok is None or mention_ok(mention)):
            return actor
    return None


def statement_speaker(
    noun: Token, actors: ArticleActors, *, same_kind: bool = False
) -> LocalActor | None:
    """Return the issuer of "the statement": its own, else the latest named document's.

    A document with an owner of its own that names no actor ("the campaign's
    statement") has no issuer among the actors; earlier documents are not searched.
    With ``same_kind`` only an earlier document of the same word is the one meant ("the
    resolution" after "a resolution of the Council", never after "media reports").
    """
    found = document_issuer(noun, actors)
    if found is not None and not _drafted_by(noun, found, actors):
        return found
    if found is None and any(c.dep_ == "poss" and c.pos_ != "PRON" for c in noun.children):
        return None
    doc = noun.doc
    for token in reversed(doc[: noun.i]):
        if same_kind and _lemma(token) != _lemma(noun):
            continue
        if is_document(token):
            earlier = document_issuer(token, actors)
            if earlier is not None and not _drafted_by(token, earlier, actors):
                return earlier
    return found  # "the resolution, drafted by Norland" with no adopting body named


def _drafted_by(noun: Token, actor: LocalActor, actors: ArticleActors) -> bool:
    """Return whether ``actor`` is only the drafter of "the resolution, drafted by X"."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return False
    for child in noun.children:
        if child.dep_ != "acl" or _lemma(child) not in credit_words().drafting_verbs:
            continue
        for agent in (c for c in child.children if c.dep_ == "agent"):
            for pobj in (c for c in agent.children if c.dep_ == "pobj"):
                if _phrase_actor(pobj, actors) == actor:
                    return True
    return False


def recent_document(token: Token, *, sentences: int = 2) -> Token | None:
    """Return the document noun named in the token's sentence or the ones just before."""
    sent = token.sent
    start = sent.start
    for _ in range(sentences):
        if start == 0:
            break
        start = token.doc[start - 1].sent.start
    return next((t for t in reversed(token.doc[start : token.i]) if is_document(t)), None)


def institution_speaker(
    tokens, actors: ArticleActors, reporting: frozenset[str]
) -> LocalActor | None:
    """Return the body behind "the Sudvian interior ministry said" among ``tokens``.

    The subject of a reporting verb that is a word for an institution stands for the body
    the article names with that word, or for the state its modifier names.
    """
    for token in tokens:
        if _lemma(token) not in reporting or token.pos_ != "VERB":
            continue
        for subject in (c for c in token.children if c.dep_ == "nsubj"):
            # "wire agencies reported": a plural names no one body
            if _lemma(subject) in speaker_words().institutions and subject.tag_ != "NNS":
                found = institution_actor(subject, actors)
                if _usable(found):
                    return found
    return None


def represented_actor(verb: Token, actors: ArticleActors) -> LocalActor | None:
    """Return whom the subject of a reporting verb speaks for ("officials from Norland
    said", "a delegate of the Union said", "Olsen's spokesman said"), or None."""
    words = credit_words()
    for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        if subject.lower_ not in words.representatives and _lemma(subject) not in (
            words.representatives
        ):
            continue
        owners = [c for c in subject.children if c.dep_ == "poss"]
        owners += [
            o
            for c in subject.children
            if c.dep_ == "prep" and c.lower_ in words.representing_prepositions
            for o in c.children
            if o.dep_ == "pobj"
        ]
        for owner in owners:
            found = _phrase_actor(owner, actors)
            if found is not None and found.type in ("country", "organisation", "person"):
                return found
    return None


def institution_actor(noun: Token, actors: ArticleActors) -> LocalActor | None:
    """Return the body "the ministry" or "the government" stands for (module rules)."""
    word = _lemma(noun)
    # A party or faction is never its state ("Kenya's ruling party said"): the state
    # owning it names which one, and with none named, nobody speaks.
    following = word in credit_words().followings
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        found = _phrase_actor(owner, actors)
        if found is not None and not (following and found.type == "country"):
            return found  # "Olsen's office" speaks for Olsen
    # "the foreign ministry": a body whose name holds every word of the phrase, never
    # another ministry of the same state
    words = body_words(noun)
    for child in noun.lefts:
        if child.dep_ in ("amod", "compound", "poss", "nmod"):
            actor = _token_actor(child, actors)
            if actor is not None and actor.type in ("country", "organisation"):
                body = _named_body(words, actor, actors)
                if body is not None or not (following and actor.type == "country"):
                    return body or actor
    earlier = actors.mentions_before(noun.idx)
    for mention in reversed(earlier):
        actor = actors.actors.get(mention.actor_key)
        if (
            _usable(actor)
            and actor.type == "organisation"
            and all(w in actor.name.lower() for w in words)
        ):
            return actor
    if following:
        return None
    return country_named_with(noun, actors) or last_country(noun, actors)


def country_named_with(noun: Token, actors: ArticleActors) -> LocalActor | None:
    """Return the country an earlier use of the same word named ("the Norland government",
    "the government of Norland", "Norland's government"): "the government" later in the
    article is that one, even when another country was named since."""
    word = _lemma(noun)
    for token in reversed(noun.doc[: noun.i]):
        if _lemma(token) != word or token.pos_ != "NOUN":
            continue
        modifiers = [c for c in token.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
        modifiers += of_objects(token)
        for modifier in modifiers:
            actor = _token_actor(modifier, actors)
            if actor is not None and actor.type == "country":
                return actor
    return None


def body_words(noun: Token) -> list[str]:
    """Return the words a body's name must hold to be the one a noun names: its own word
    and the words before it that tell one state body from another ("the foreign
    ministry" -> ["ministry", "foreign"]); "the former ruling party" -> ["party"]."""
    return [_lemma(noun)] + [
        c.lower_
        for c in noun.lefts
        if c.dep_ in ("amod", "compound") and c.lower_ in _body_kind_words()
    ]


@cache
def _body_kind_words() -> frozenset[str]:
    """Return the words that tell state bodies apart in their written forms ([bodies])."""
    return frozenset(word for form in state_body_kinds() for word in form.split()) - {
        "of",
        "the",
        "for",
    }


def _named_body(words: list[str], country: LocalActor, actors: ArticleActors) -> LocalActor | None:
    """Return the organisation of ``country`` whose name holds ``words`` (its ministry)."""
    for actor in actors.actors.values():
        if (
            actor.type == "organisation"
            and all(w in actor.name.lower() for w in words)
            and actor.affiliation == country.name
        ):
            return actor
    return None


def body_before(
    token: Token, actors: ArticleActors, paragraph_of, *, window: int = 1
) -> LocalActor | None:
    """Return the organisation or country last a clause's subject before ``token``.

    ``paragraph_of`` maps a character offset to its paragraph; only the token's own
    paragraph and ``window`` paragraphs before it are searched.
    """
    floor = paragraph_of(token.idx) - window
    doc = token.doc
    for mention in reversed(actors.mentions_before(token.idx)):
        if paragraph_of(mention.start_char) < floor:
            break
        actor = actors.actors.get(mention.actor_key)
        if not _usable(actor) or actor.type not in ("organisation", "country"):
            continue
        span = doc.char_span(mention.start_char, mention.end_char, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        if root.dep_ in ("nsubj", "nsubjpass"):
            return actor
        if (
            actor.type == "country"
            and root.dep_ in ("amod", "compound", "poss")
            and root.head.dep_ in ("nsubj", "nsubjpass")
            and _lemma(root.head) in speaker_words().government_nouns
        ):
            return actor  # "The Norland government has made no comment. It said": Norland
        if (
            actor.type == "organisation"
            and root.dep_ == "compound"
            and root.head.dep_ in ("nsubj", "nsubjpass")
            and root.head.pos_ == "PROPN"
        ):
            return actor  # "The European Union Naval Force said it will": the Union's force
    return None


def reported_document(verb: Token) -> Token | None:
    """Return the document a subjectless reporting verb speaks for, or None.

    "issued a statement saying it would", "a statement which read", "released a letter
    stating that": the participle or relative clause hangs on the document (or on the
    verb that issues it) and the document, not a nearby name, is what says it.
    """
    if any(c.dep_ in ("nsubj", "nsubjpass") and not _relative(c) for c in verb.children):
        return None
    head = verb.head
    if verb.dep_ in ("acl", "relcl") and is_document(head):
        return head
    if verb.dep_ in ("advcl", "xcomp", "conj") and _lemma(head) in speaker_words().issue_verbs:
        return next((c for c in head.children if c.dep_ == "dobj" and is_document(c)), None)
    return None


def _relative(token: Token) -> bool:
    return token.tag_ in ("WDT", "WP") or token.lower_ in ("which", "that", "who")


def quote_document(start_char: int, doc, reading_verbs: frozenset[str]) -> Token | None:
    """Return the document a quotation is read from ('a statement which read: "..."').

    The document noun stands in the quotation's own sentence before the opening mark and
    a reading verb ("read", "said", "stated") hangs on it or takes it as subject, or it
    is the object of a verb that issues or reads it out ("read out a letter from").
    """
    opening = next((t for t in doc if t.idx >= start_char), None)
    if opening is None:
        return None
    sent = opening.sent
    for token in reversed(doc[sent.start : opening.i]):
        if not is_document(token):
            continue
        verbs = [c for c in token.children if c.dep_ in ("acl", "relcl")]
        if token.dep_ in ("nsubj",):
            verbs.append(token.head)
        if any(_lemma(v) in reading_verbs for v in verbs):
            return token
        if token.dep_ == "dobj" and _lemma(token.head) in speaker_words().issue_verbs:
            return token  # 'Brik read out a letter from Vorn: "..."', 'issued a statement:'

    return None
