"""Who commits: the parties credited with a commitment cue.

``parties`` resolves a cue's subject (a name, a pronoun, a role, a group, a document or a
speaker in reported speech) to the article's actors, and ``counterpart`` finds to whom
it is made. The classes of language behind the crediting rules live in
``analysis/data/credit.toml`` and ``analysis/issuers.py``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache

from spacy.tokens import Doc, Span, Token

from analysis.actors import ArticleActors, LocalActor
from analysis.commitment_background import (
    FIRST_PERSON,
    clause_path,
    is_thing,
    one_among,
    passive,
    subject_of,
)
from analysis.cue_lexicon import CueLexicon, cue_lexicon
from analysis.cues import (
    Cue,
    _lemma,
    _modal_of,
    _stance,
    joint_phrase,
    unowned_purpose,
)
from analysis.entity_rules import gazetteer
from analysis.issuers import (
    country_named_with,
    credit_words,
    document_issuer,
    institution_speaker,
    is_document,
    is_outlet,
    last_country,
    last_organisation,
    quote_document,
    reported_document,
    represented_actor,
    speaker_words,
    statement_speaker,
)
from analysis.quote_cues import expletive_report
from analysis.quotes import Attribution
from analysis.spans import doc_text, of_objects
from analysis.statement_cues import refuses_a_subject
from analysis.subject_coref import quoted_first_person

_VAGUE_QUANTIFIERS = frozenset({"several", "some", "many", "other", "few", "most", "all"})
_DEMONSTRATIVES = frozenset({"that", "this", "these", "those", "which", "what"})
_THIRD_PERSON = frozenset({"he", "she", "they"})
# Said to or of another inside a quotation: "you want to know" is no act of the speaker.
_OTHER_PERSON = _THIRD_PERSON | {"you"}


# -- actors ----------------------------------------------------------------------------


@dataclass(frozen=True)
class ClauseParties:
    """Who commits in one clause, and who the clause names besides them."""

    actors: tuple[LocalActor, ...]
    others: tuple[LocalActor, ...] = ()
    own_voice: bool = False  # an outlet speaking of its own course, not reporting


def agent_phrase(verb: Token) -> Token | None:
    """Return the "by" phrase object of a passive clause ("signed by officials").

    A finite active verb has none: "called for X's resignation following the claim last
    week by the police chief" is a "by" the parser hung on the wrong word.
    """
    if verb.tag_ in ("VBD", "VBZ", "VBP") and not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    for child in verb.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _apposed_body(subject: Token, actors: ArticleActors) -> list[LocalActor]:
    """Return the organisations named in an apposition to a common-noun subject ("the
    country's main opposition party, the Green Alliance,"), or [] when it names none."""
    if subject.pos_ != "NOUN":
        return []
    found: list[LocalActor] = []
    for child in subject.children:
        if child.dep_ != "appos":
            continue
        for actor in _phrase_actors(child, actors):
            if actor.type == "organisation" and actor not in found:
                found.append(actor)
    return found


def _apposed_people(subject: Token, actors: ArticleActors) -> list[LocalActor]:
    """Return the persons named in an apposition to a plural common noun and its
    conjuncts ("Senators Ann Ek and Per Holm", "the two ministers, A and B,"), or []."""
    if subject.pos_ != "NOUN" or subject.tag_ != "NNS":
        return []
    found: list[LocalActor] = []
    for child in subject.children:
        if child.dep_ != "appos":
            continue
        for name in (child, *child.conjuncts):
            actor = actors.actor_at(name.idx, name.idx + len(name))
            if actor is not None and actor.type == "person" and actor not in found:
                found.append(actor)
    return found if len(found) > 1 else []


def _phrase_actors(token: Token, actors: ArticleActors) -> list[LocalActor]:
    """Return the non-place actors named in a token's phrase, in text order, once each."""
    start = token.left_edge.idx
    end = token.right_edge.idx + len(token.right_edge)
    # "members from nations other than the US": who is excluded is not in the phrase
    # "a member, who has long had an interest in Timorese affairs, asked": what a relative
    # clause tells about the subject names no one the subject stands for
    # "Coastwatch, a lobby based in Norland, said": where a body sits is not who it is
    excluded = [
        (t.left_edge.idx if t.dep_ == "relcl" else t.idx, t.right_edge.idx + len(t.right_edge))
        for t in token.subtree
        if (t.lower_ in _EXCLUDING and t.dep_ == "prep")
        or (t.dep_ == "relcl" and t != token)
        or (t.dep_ == "acl" and t.lemma_.lower() in _SEATED)
    ]
    # "the Sudvian ambassador in Norland": where the subject is posted, not who it speaks
    # for, once the phrase names that otherwise
    located = [
        (t.idx, t.right_edge.idx + len(t.right_edge))
        for t in token.children
        if t.dep_ == "prep" and t.lower_ in _LOCATING
    ]
    found: list[LocalActor] = []
    placed: list[LocalActor] = []
    for mention in actors.mentions_in(start, end):
        if any(a <= mention.start_char < b for a, b in excluded):
            continue
        actor = actors.actors.get(mention.actor_key)
        if actor is None or actor.type == "place" or actor in found:
            continue
        found.append(actor)
        if any(a <= mention.start_char < b for a, b in located):
            placed.append(actor)
    kept = [a for a in found if a not in placed]
    return kept or found


_EXCLUDING = frozenset({"than", "except", "excluding", "besides"})
_LOCATING = frozenset({"in", "at", "inside"})
_SEATED = frozenset({"base", "locate", "headquarter", "register", "station"})
_DEFINITE = frozenset({"the", "both", "these", "those", "all", "each"})


def _is_definite(noun: Token) -> bool:
    """Return whether a noun phrase points at known referents ("the two sides", "their leaders")."""
    return any(
        (c.dep_ in ("det", "predet") and c.lower_ in _DEFINITE) or c.dep_ == "poss" or c.like_num
        for c in noun.children
    )


def _group_parties(subject: Token, actors: ArticleActors, lex: CueLexicon) -> list[LocalActor]:
    """Return the parties a group subject ("the two leaders", "both sides") stands for.

    A pair of persons ("both leaders", "the two ministers") stands for people the
    article gives an office; only when it names no two such does it stand for untitled
    people ("the joint authors of the report, Ola Berg and Jon Ek" are no leaders).
    """
    if _lemma(subject) in lex.group_persons and any(
        c.lower_ in ("both", "two", "2") for c in subject.children
    ):
        titled = _group_members(subject, actors, lex, titled=True)
        if titled:
            return titled
    return _group_members(subject, actors, lex, titled=False)


def _group_members(
    subject: Token, actors: ArticleActors, lex: CueLexicon, *, titled: bool
) -> list[LocalActor]:
    """Return the parties of :func:`_group_parties`, persons only with an office when
    ``titled``."""
    if titled:
        actors = _without_untitled_people(actors)
    lemma = _lemma(subject)
    if lemma not in lex.group_persons and lemma not in lex.group_parties:
        return []
    if any(c.lower_ in _VAGUE_QUANTIFIERS for c in subject.children):
        return []  # "several delegations", "some members": nobody named
    if not _is_definite(subject) and not any(c.lower_ == "member" for c in subject.children):
        return []  # a bare plural names a class ("developed countries"), not the parties
    if subject.tag_ not in ("NNS", "NNPS") and not any(
        c.lower_ in ("both", "two") for c in subject.children
    ):
        return []
    numbers = [c for c in subject.children if c.like_num and c.lower_ not in ("two", "2")]
    earlier = actors.mentions_before(subject.idx)
    if lemma == "party":
        # "the parties called for": parties, never the parliament they sit in
        earlier = [m for m in earlier if not _hosts_parties(actors.actors[m.actor_key], lex)]
    wanted_person = lemma in lex.group_persons
    states = lemma in lex.state_nouns
    count = _small_number(numbers[0]) if numbers else 0
    if count:
        # "the four countries": the four parties named last.
        return _nearest_parties(earlier, actors, wanted_person, count, states)
    if numbers or lemma in ("member", "ally", "state"):
        # "the 27 leaders", "member states": the bloc they belong to.
        for mention in reversed(earlier):
            actor = actors.actors[mention.actor_key]
            if actor.type == "organisation":
                return [actor]
        return []
    if subject.tag_ in ("NNS", "NNPS") and not any(
        c.lower_ in ("both", "two", "2") for c in subject.children
    ):
        # "the leaders agreed": every party of that kind named in this sentence and the
        # two before it, when there are more than two.
        first = subject.sent.start
        for _ in range(2):
            first = subject.doc[first - 1].sent.start if first > 0 else first
        recent = [m for m in earlier if m.start_char >= subject.doc[first].idx]
        # "The leaders of A and B met to discuss C. The leaders pledged": those named as
        # who met, not what they discussed
        met = [m for m in recent if _names_a_subject(subject.doc, m.start_char, m.end_char)]
        for kind in (wanted_person, False) if wanted_person else (False,):
            present = _nearest_parties(met, actors, kind, MAX_GROUP, states and not kind)
            if len(present) >= 2:
                return present
        present = _nearest_parties(recent, actors, wanted_person, MAX_GROUP, states)
        if wanted_person and len(present) < 2:
            # "Leaders of A, B and C met. The leaders agreed": the states they lead.
            present = _nearest_parties(recent, actors, False, MAX_GROUP)
        if len(present) > 2:
            return present
        if wanted_person and len(present) < 2:
            host = _gathering_body(subject.doc, earlier, actors, lex)
            if host is not None:
                # "The Nordic Council summit closed. The leaders agreed": the body whose
                # gathering the article reports, when it names no parties present
                return [host]
    if any(c.lower_ in ("both", "two", "2") for c in subject.children):
        pair = _last_pair(subject, actors, wanted_person, states)
        if pair:
            return pair  # "Norway and Sweden ... a court in Geneva ... both parties agreed"
    return _nearest_parties(earlier[-40:], actors, wanted_person, 2, states)


def _hosts_parties(actor: LocalActor, lex: CueLexicon) -> bool:
    """Return whether a body is a parliament or a court, where parties sit or plead."""
    words = actor.name.lower().split()
    return actor.type == "organisation" and bool(words) and words[-1] in lex.not_parties


def _gathering_body(
    doc: Doc, mentions: list, actors: ArticleActors, lex: CueLexicon
) -> LocalActor | None:
    """Return the organisation named as holding a gathering before the subject ("the
    Nordic Council summit", "the summit of the Nordic Council", "a meeting of the Union"),
    the last such, or None."""
    gatherings = lex.scheduled_meetings
    for mention in reversed(mentions):
        actor = actors.actors[mention.actor_key]
        if actor.type != "organisation" or is_outlet(actor):
            continue
        span = doc.char_span(mention.start_char, mention.end_char, alignment_mode="expand")
        if span is None:
            continue
        after = doc[span.end] if span.end < len(doc) else None
        k = span.start - 1
        if k >= 0 and doc[k].lower_ == "the":
            k -= 1
        of_gathering = k >= 1 and doc[k].lower_ == "of" and _lemma(doc[k - 1]) in gatherings
        if of_gathering or (after is not None and _lemma(after) in gatherings):
            return actor
    return None


def _without_untitled_people(actors: ArticleActors) -> ArticleActors:
    """Return the article's actors without the persons it gives no title."""
    kept = {k: a for k, a in actors.actors.items() if a.type != "person" or a.title}
    return replace(
        actors,
        actors=kept,
        mentions=[m for m in actors.mentions if m.actor_key in kept],
    )


# How many sentences back "both parties" looks for the pair named together.
PAIR_SENTENCES = 5


def _last_pair(
    subject: Token, actors: ArticleActors, wanted_person: bool, states_only: bool
) -> list[LocalActor]:
    """Return the last two parties of the wanted kind named together ("A and B", "between
    A and B") in the subject's sentence or the few before; none when there is no such pair."""
    doc = subject.doc
    first = subject.sent.start
    for _ in range(PAIR_SENTENCES):
        first = doc[first - 1].sent.start if first > 0 else first
    for token in reversed(doc[first : subject.i]):
        if token.dep_ == "conj" or not token.conjuncts:
            continue
        found: list[LocalActor] = []
        for part in (token, *token.conjuncts):
            actor = actors.actor_at(part.idx, part.idx + len(part))
            if actor is None or actor.type == "place" or is_outlet(actor) or actor in found:
                continue
            if (actor.type == "person") != wanted_person:
                continue
            if states_only and actor.type != "country":
                continue
            found.append(actor)
        if len(found) == 2 and len(token.conjuncts) == 1:
            return found
    return []


def _names_a_subject(doc: Doc, start: int, end: int) -> bool:
    """Return whether the words at ``start:end`` stand in a clause's subject phrase
    ("the leaders of A and B met"), not in what the clause is about."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    node = span.root
    while node.head.i != node.i:
        if node.dep_ in ("nsubj", "nsubjpass"):
            return True
        if node.pos_ in ("VERB", "AUX"):
            return False
        node = node.head
    return False


# The most parties a plural subject ("the leaders") stands for.
MAX_GROUP = 6
_NUMBER_WORDS = {"three": 3, "four": 4, "five": 5, "six": 6}


def _small_number(token: Token) -> int:
    """Return a count from three to six written in a group subject ("the four sides")."""
    value = _NUMBER_WORDS.get(token.lower_) or (int(token.text) if token.text.isdigit() else 0)
    return value if 3 <= value <= MAX_GROUP else 0


def _nearest_parties(
    mentions: list,
    actors: ArticleActors,
    wanted_person: bool,
    count: int,
    states_only: bool = False,
) -> list[LocalActor]:
    """Return the ``count`` distinct parties of the wanted kind named last, in text order.

    Fewer than ``count`` found gives none, except for an open count (``MAX_GROUP``).
    ``states_only`` keeps countries ("both countries" are no company or bloc).
    """
    found: list[LocalActor] = []
    for mention in reversed(mentions):
        actor = actors.actors[mention.actor_key]
        if actor.type == "place" or actor in found or is_outlet(actor):
            continue
        if states_only and actor.type != "country":
            continue
        if (actor.type == "person") == wanted_person:
            found.append(actor)
        if len(found) == count:
            break
    if len(found) < min(count, 2) or (count < MAX_GROUP and len(found) < count):
        return []
    return list(reversed(found))


def subject_parties(
    subject: Token | None, context: Attribution, lex: CueLexicon
) -> tuple[list[LocalActor], bool | None]:
    """Return the actors a subject names and whether it stands for the speaker.

    The flag is true for pronouns, "we", role nouns, groups and names of states or bodies:
    subjects a speaker of reported speech commits through; false for a named person;
    None for a thing that is no actor ("the centre").
    """
    if subject is None or subject.is_punct:
        return [], True  # no subject, or a bracket the parser took for one
    actors = context.actors
    lower = subject.lower_
    if lower in FIRST_PERSON and subject.text != "US":  # "US" is a country
        return [], True
    if any(c.dep_ == "poss" and c.lower_ in ("our", "my") for c in subject.children):
        named = [a for c in subject.children if c.dep_ == "appos" for a in _head_actors(c, actors)]
        if named:
            return named, False  # '"Our close allies, the Germans, proposed it"': Germany
        return [], True  # "our country will": the speaker's side
    if _lemma(subject) in lex.scheduled_subjects and unowned_purpose(subject, lex):
        return [], True  # '"The aim is to hand over the province," she said': her side's
    if lower in _VAGUE_QUANTIFIERS and not list(subject.children):
        return [], None  # "many hope he will": nobody named
    if lower in _VAGUE_QUANTIFIERS and all(
        c.dep_ == "prep" and c.lower_ in _LOCATING | {"from", "across"} for c in subject.children
    ):
        return [], False  # "many in Osmark do not want to": people there, not the state
    if (
        subject.tag_ in ("NNS", "NNPS")
        and subject.ent_type_ == "NORP"
        and any(c.lower_ in _VAGUE_QUANTIFIERS for c in subject.children)
    ):
        return [], False  # "most Israelis support": part of a people, not its state
    if (
        lower in ("who", "which", "that")
        and subject.tag_ in ("WP", "WDT")
        and subject.head.dep_ == "relcl"
        and subject.head.head.pos_ in ("NOUN", "PROPN")
    ):
        # "Ekberg, who has vowed to", "a resolution which calls for": the noun the
        # relative clause describes
        return subject_parties(subject.head.head, context, lex)
    if subject.pos_ == "PRON" and lower in _DEMONSTRATIVES | {"who"}:
        return [], None  # "that will make them stronger", "who would have thought"
    if _is_partitive(subject, lex) and not any(c.dep_ == "appos" for c in subject.children):
        return [], False  # "ten of its members plan to": a part, not the body, and unnamed
    if _country_parties(subject, actors):
        # "all major parties in Norland agreed", "Norland's parties vowed": the parties,
        # never the state; an organisation their phrase names, else nobody named
        return [a for a in _phrase_actors(subject, actors) if a.type != "country"], False
    if _leaders_following(subject, actors):
        # "Tarn's own party has come out against it": the followers, not their leader
        named = _apposed_body(subject, actors) or _phrase_actors(subject, actors)
        return [a for a in named if a.type == "organisation"], False
    if subject.pos_ == "PRON" and lower == "it":
        framed = _framing_clause_body(subject, actors)
        if framed is not None:
            return [framed], True  # "While the party remains in the coalition, it has decided"
    if subject.pos_ == "PRON":
        found = context.resolve(subject, "")
        if found.actor is None and lower == "they":
            joint = _joint_antecedent(subject, actors)  # "A and B met. They pledged"
            if joint:
                return joint, True
            body = _plural_body_antecedent(subject, context, lex)
            return ([body] if body is not None else []), True
        return ([found.actor] if found.actor is not None else []), True
    if is_document(subject):
        # "the resolution calls for", "the declaration commits": its issuer commits.
        issuer = statement_speaker(subject, actors, same_kind=True)
        if issuer is None and subject.dep_ == "appos" and subject.head.pos_ == "PROPN":
            # "According to Holm, the declaration will": no issuer named, the source tells
            return subject_parties(subject.head, context, lex)
        return ([issuer] if issuer is not None else []), True
    people = _apposed_people(subject, actors)
    if people:
        # "Senators Ann Ek and Per Holm demanded", "the two ministers, A and B, agreed":
        # the people the plural role names, each in their own right
        return people, False
    named = _head_actors(subject, actors)
    if named:
        # "Norway, along with Sweden and Finland, pledged": the parties joined to it
        named += [a for a in _joined_parties(subject, actors) if a not in named]
    if not named and _is_people_group(subject):
        # "the growers demand", "rebels in Ostria vowed", "said the strikers had agreed":
        # the group itself, never the country in its phrase nor the speaker reporting it
        return _group_body(subject, actors), False
    if not named and _subnational(subject, lex):
        # "the provincial government of Ostria", "the city council": a body below the
        # state; the place it governs when the article names it, never the country
        place = _governed_place(subject, actors)
        return ([place], True) if place is not None else ([], False)
    if (
        not named
        and _lemma(subject) in credit_words().leaders_bodies
        and _unknown_owner(subject, actors)
    ):
        # "the Ekberg administration" with Ekberg no actor the article names: someone
        # unknown's body, never the state named last
        return [], None
    if not named and _lemma(subject) in lex.institutions:
        led = _led_government(subject, actors)
        if led is not None:
            return [led], True
        seated = _government_in_capital(subject, actors)
        if seated is not None:
            return [seated], True  # "the government in Oslo urged": the state it governs
    if subject.pos_ == "NOUN":
        members = _counted_members(subject, actors)
        if members is not None:
            # "seven member states of the Union have ratified": the states the sentence
            # names, never the bloc
            return members, False
    if not named:
        bloc = _bloc_of_members(subject, actors)
        if bloc is not None:
            return [bloc], True  # "NATO members pledged": the bloc, acting together
    if not named and _lemma(subject) in lex.entourage:
        return [], None  # "advisers to the prime minister": not the minister
    if not named and _lemma(subject) in lex.members:
        return [], None  # "members of the Vesland Congress": not the body, and unnamed
    if not named:
        named = _phrase_actors(subject, actors)
        apposed = _apposed_body(subject, actors)
        if apposed:
            # "Norland's main opposition party, the Green Alliance, asked": the apposition
            # names the body the description stands for; its owner does not act
            named = apposed
        if subject.lower_ in credit_words().other_side_nouns:
            # "his Sudvian counterpart pledged": whoever "his" is does not act
            owners = [c for c in subject.children if c.dep_ == "poss"]
            named = [a for a in named if a not in _owner_actors(owners, actors)]
        placed = _placing_actors(subject, actors)
        if named and placed:
            # "the leader of a rebel group in the north of Sudvia threatened", "the head
            # of the Front in Sudvia": Sudvia is only where the body is
            named = [a for a in named if a not in placed]
            if not named:
                return [], None
        hosts = _posted_to(subject, actors)
        if hosts:
            # "the Norland ambassador to Sudvia asked": Sudvia only hosts the envoy
            named = [a for a in named if a not in hosts]
            if not named:
                return [], None
        holders = [a for a in named if a.type == "person"]
        if (
            len(holders) == 1
            and len(named) > 1
            and _lemma(subject) in credit_words().title_nouns
            and not subject.conjuncts
        ):
            # "Prime Minister of Sudvia Jon Ek welcomed": the title's holder, not the state
            named = holders
        if (
            named
            and _lemma(subject) in lex.private_bodies
            and all(a.type == "country" for a in named)
        ):
            # "a Romanian media workers' union has asked": a body of the country's
            # people, not its state; "the Peru-based organisation" after one was named:
            # that organisation
            body = _named_body(subject, actors)
            return ([body], True) if body is not None else ([], None)
        if named and _is_party_of_people(subject, named, lex):
            # "the Norland Greens oppose", "the Sudvian Socialists vowed": a party of the
            # country's people, not its state
            return [], False
        if named and _lemma(subject) in lex.body_staff:
            # "UN experts urged", "a group of IAEA inspectors called for": the staff of a
            # body act in its name; "Norland's experts" are people of a country, and
            # speak for no state
            bodies = [a for a in named if a.type == "organisation"]
            return (bodies, True) if bodies else ([], None)
        if named and is_thing(subject, lex) and subject.lower_ not in credit_words().force_nouns:
            # "the planned shield in Norland", "Sudvian arms supplies": a thing that
            # names actors; it commits none of them by itself.
            return named, None
    if named and _is_role_noun(subject, named):
        found = context.resolve(subject, "")
        named = [found.actor] if found.actor is not None else named
    if named:
        persons = [a for a in named if a.type == "person"]
        return named, not persons
    if subject.pos_ == "PRON":
        found = context.resolve(subject, "")
        return ([found.actor] if found.actor is not None else []), True
    if not named and _is_state_epithet(subject):
        # "the island nation will", "the Islamic Republic has vowed": the state named last
        country = last_country(subject, actors)
        return ([country], True) if country is not None else ([], None)
    if all(c.dep_ in ("det", "amod", "compound") for c in subject.children):
        # "the group will disarm", "the organisation said": a body that is no state
        body = _named_body(subject, actors)
        if body is not None:
            return [body], True
    group = _group_parties(subject, actors, lex)
    if group:
        return group, True
    if _lemma(subject) in lex.institutions and _is_definite_singular(subject):
        return _institution(subject, actors), True
    if (subject.lower_ in lex.own_bodies or _lemma(subject) in lex.own_bodies) and _is_definite(
        subject
    ):
        return [], True  # '"the board will meet," the Fund said': the speaker's own body
    if subject.pos_ in ("NOUN", "PROPN"):
        found = context.resolve(subject, "")
        if found.actor is not None and found.actor.type != "place":
            return [found.actor], True
    if _lemma(subject.head) in lex.outcome_verbs:
        return [], None  # '"that money will help our schools"': what a thing will do
    if _lemma(subject) in lex.deliverables and not any(
        c.dep_ == "poss" and c.lower_ not in FIRST_PERSON for c in subject.children
    ):
        return [], True  # '"two more battalions will come," the minister said': the speaker's
    # Any other thing ("prices", "the partnership") commits nobody by itself; only a
    # speaker reporting on it may (None tells the caller so).
    return [], None


def _is_party_of_people(subject: Token, named: list[LocalActor], lex: CueLexicon) -> bool:
    """Return whether a subject is a plural proper name ("the Greens", "the Socialists")
    that only a nationality before it ties to a country."""
    return (
        subject.pos_ == "PROPN"
        and subject.text[:1].isupper()
        and subject.text.endswith("s")
        and not subject.ent_type_
        and subject.lower_ not in lex.agent_nouns
        and _lemma(subject) not in lex.agent_nouns
        and all(a.type == "country" for a in named)
        and all(c.ent_type_ == "NORP" for c in subject.lefts if c.dep_ in ("amod", "compound"))
    )


def _framing_clause_body(pronoun: Token, actors: ArticleActors) -> LocalActor | None:
    """Return the one body or state that is the subject of a clause ("While X remains in
    the coalition, ...") opening the sentence before "it"."""
    outer = pronoun.head
    if outer.dep_ in ("ccomp", "xcomp") and outer.head.i != outer.i:
        # "it has decided that ... it would not": the second "it" is the first
        first = next((c for c in outer.head.children if c.dep_ == "nsubj"), None)
        if first is not None and first.lower_ == "it" and first.i < pronoun.i:
            return _framing_clause_body(first, actors)
    sent = pronoun.sent
    for token in sent:
        if token.i >= pronoun.i:
            break
        if token.dep_ != "advcl" or token.head.i < pronoun.i or token.i > pronoun.i:
            continue
        subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.conjuncts:
            continue
        named = [a for a in _head_actors(subject, actors) if a.type in ("organisation", "country")]
        if not named:
            named = [
                a for a in _phrase_actors(subject, actors) if a.type in ("organisation", "country")
            ]
        # "the Union for French Democracy (UDF) party": the body, not the country
        bodies = [a for a in named if a.type == "organisation"] or named
        if len(bodies) == 1 and not is_outlet(bodies[0]):
            return bodies[0]
    return None


def _owner_actors(owners: list[Token], actors: ArticleActors) -> list[LocalActor]:
    """Return the actors named in possessor phrases ("his", "Norland's")."""
    found = []
    for owner in owners:
        start, end = owner.left_edge.idx, owner.right_edge.idx + len(owner.right_edge)
        for mention in actors.mentions_in(start, end):
            actor = actors.actors.get(mention.actor_key)
            if actor is not None:
                found.append(actor)
    return found


def _joined_parties(subject: Token, actors: ArticleActors) -> list[LocalActor]:
    """Return the non-place actors joined to a subject by "along with", "together with" or
    "alongside" ("Norway, along with Sweden, pledged")."""
    found: list[LocalActor] = []
    for token in subject.subtree:
        if token.dep_ != "prep" or subject.i not in (token.head.i, token.head.head.i):
            continue
        joined = token.lower_ == "alongside" or (
            token.lower_ == "with"
            and token.i > 0
            and token.doc[token.i - 1].lower_ in ("along", "together")
        )
        if not joined:
            continue
        for pobj in (c for c in token.children if c.dep_ == "pobj"):
            for part in (pobj, *pobj.conjuncts):
                actor = actors.actor_at(part.idx, part.idx + len(part))
                if actor is not None and actor.type != "place" and actor not in found:
                    found.append(actor)
    return found


def _named_body(subject: Token, actors: ArticleActors) -> LocalActor | None:
    """Return the organisation "the group" or "the organisation" stands for: the one named
    last before it, never a state body."""
    if not (
        _is_definite_singular(subject)
        and _lemma(subject) in credit_words().non_state_bodies
        and subject.dep_ in ("nsubj", "nsubjpass")
    ):
        return None
    return last_organisation(subject, actors)


def _country_parties(subject: Token, actors: ArticleActors) -> bool:
    """Return whether a subject is a country's political parties or factions ("the main
    parties of Norland", "Norland's parties", "all of Norland's parties", "all the
    political parties"), not listed one by one."""
    if subject.lower_ in _VAGUE_QUANTIFIERS | {"both", "each"}:
        subject = next(iter(of_objects(subject)), subject)  # "all of Norland's parties"
    words = credit_words()
    qualified = any(c.lower_ in words.party_qualifiers for c in subject.children)
    if subject.lower_ == "party" and qualified:
        return True  # "Norland's ruling party", "the opposition party": a party, no state
    if subject.lower_ not in words.political_groups:
        return False
    if qualified:
        return True  # "all the political parties", "the opposition parties X and Y"
    if any(c.dep_ in ("appos", "conj") for c in subject.children):
        return False  # "the parties, Norland and Sudvia, agreed": the sides named
    return any(a.type == "country" for a in _phrase_actors(subject, actors))


def _leaders_following(subject: Token, actors: ArticleActors) -> bool:
    """Return whether a subject is a person's or a state's following ("Tarn's own party",
    "his backbenchers", "Norland's ruling party"): a possessor that is a person, a country
    or a personal pronoun."""
    if subject.lower_ not in credit_words().followings:
        return False
    owners = [c for c in subject.children if c.dep_ == "poss"]
    if not owners:
        return False
    if any(o.lower_ in ("his", "her") for o in owners):
        # "Tarn said his party would back the bill": a leader telling of his own party
        # speaks for it; told by the writer ("his backbenchers will reject it"), it acts
        return subject.head.dep_ not in ("ccomp", "xcomp")
    # "Norland's ruling party said it would": the party acts, not the state
    return any(a.type in ("person", "country") for a in _owner_actors(owners, actors))


def _talks_parties(subject: Token, actors: ArticleActors, lex: CueLexicon) -> list[LocalActor]:
    """Return who held the talks a subject names ("the talks", "several hours of talks"):
    the parties of its own "between" phrase, else of the last talks "between" A and B
    named in its sentence or the one before."""
    words = credit_words()
    talks = next((o for o in of_objects(subject) if o.lower_ in words.meeting_objects), subject)
    if talks.lower_ not in words.meeting_objects:
        return []
    sent = talks.sent
    start = talks.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    for noun in (talks, *reversed(talks.doc[start : talks.i])):
        if noun.lower_ not in words.meeting_objects:
            continue
        for prep in noun.children:
            if prep.dep_ != "prep" or prep.lower_ not in lex.joint_preps:
                continue
            parties = [
                a
                for o in prep.children
                if o.dep_ == "pobj"
                for a in _phrase_actors(o, actors)
                if a.type != "place"
            ]
            if len(parties) > 1:
                return parties
    return []


@cache
def _capital_states() -> dict[str, str]:
    """Return each capital the gazetteer lists, lower case, with the state it is the seat of."""
    return {
        capital.lower(): entry.name
        for entry in gazetteer()
        if entry.type == "country"
        for capital in entry.capitals
    }


def _government_in_capital(subject: Token, actors: ArticleActors) -> LocalActor | None:
    """Return the state whose capital an institution noun is placed in ("the government
    in Oslo", "the authorities in Stockholm"), when the article names that state."""
    for place in (
        o
        for c in subject.children
        if c.dep_ == "prep" and c.lower_ == "in"
        for o in c.children
        if o.dep_ == "pobj"
    ):
        words = " ".join(t.text for t in place.subtree if not t.is_punct and t.dep_ != "det")
        state = _capital_states().get(words.lower())
        if state is None:
            continue
        return next(
            (a for a in actors.actors.values() if a.name == state and a.type == "country"), None
        )
    return None


def _placing_actors(subject: Token, actors: ArticleActors) -> list[LocalActor]:
    """Return the actors that only place the body a title heads ("the leader of a rebel
    group in the north of Sudvia", "the head of the Front in Sudvia"): those named in an
    "in" or "at" phrase of the title's "of" object."""
    if _lemma(subject) not in credit_words().title_nouns:
        return []
    keys = {
        mention.actor_key
        for body in of_objects(subject)
        if body.pos_ in ("NOUN", "PROPN")
        for prep in body.children
        if prep.dep_ == "prep" and prep.lower_ in _LOCATING
        for mention in actors.mentions_in(prep.idx, prep.right_edge.idx + len(prep.right_edge))
    }
    return [actors.actors[k] for k in keys if k in actors.actors]


def _posted_to(subject: Token, actors: ArticleActors) -> list[LocalActor]:
    """Return the states an envoy noun is posted to ("the ambassador to Sudvia", "envoy to
    the Union"): the hosts, never the sender."""
    if _lemma(subject) not in credit_words().representatives and (
        subject.lower_ not in credit_words().representatives
    ):
        return []
    return [
        actor
        for c in subject.children
        if c.dep_ == "prep" and c.lower_ == "to"
        for o in c.children
        if o.dep_ == "pobj"
        for actor in _phrase_actors(o, actors)
    ]


def _unknown_owner(noun: Token, actors: ArticleActors) -> bool:
    """Return whether an institution noun is qualified by a name that is no actor ("the
    Ekberg administration" where Ekberg is not found), and by no actor at all."""
    names = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if not names or any(c.dep_ == "poss" for c in noun.children):
        return False
    return all(
        actors.actor_at(t.idx, t.idx + len(t)) is None for c in names for t in c.subtree
    ) and not _phrase_actors(noun, actors)


def _is_people_group(subject: Token) -> bool:
    """Return whether a subject is a plural noun for people acting for themselves."""
    return subject.pos_ in ("NOUN", "PROPN") and subject.lower_ in credit_words().people_groups


def _group_body(subject: Token, actors: ArticleActors) -> list[LocalActor]:
    """Return the organisation a group of people belongs to, when the article names it.

    One named in the subject's own phrase ("Front rebels", "rebels of the Front"), else for
    "the rebels" the organisation named before with that noun ("the Sudvian rebels",
    "Front rebels"); no country, person or outlet.
    """
    # "students at the University", "workers in the Kestrel plant": where they are, not
    # the body they belong to
    located = [
        (t.idx, t.right_edge.idx + len(t.right_edge))
        for t in subject.children
        if t.dep_ == "prep" and t.lower_ in _LOCATING | {"near"}
    ]
    placed = {
        mention.actor_key
        for mention in actors.mentions_in(
            subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)
        )
        if any(a <= mention.start_char < b for a, b in located)
    }
    found = [
        actor
        for actor in _phrase_actors(subject, actors)
        if actor.type == "organisation" and not is_outlet(actor) and actor.key not in placed
    ]
    if found or not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
        return found
    text = doc_text(subject.doc)
    noun = subject.lower_
    for mention in reversed(actors.mentions_before(subject.idx)):
        actor = actors.actors.get(mention.actor_key)
        if actor is None or actor.type != "organisation" or is_outlet(actor):
            continue
        after = text[mention.end_char : mention.end_char + len(noun) + 1].strip().lower()
        if actor.name.lower().split()[-1] == noun or after == noun:
            return [actor]
    return []


def _subnational(subject: Token, lex: CueLexicon) -> bool:
    """Return whether an institution noun is qualified as a body below the state."""
    lemma = _lemma(subject)
    if lemma not in lex.institutions and lemma not in speaker_words().institutions:
        return False
    words = credit_words()
    below = words.subnational | {"state"}
    if any(
        c.dep_ in ("amod", "compound", "nmod")
        and c.lower_ in below
        and (c.lower_ != "state" or lemma in words.state_level_heads)
        for c in subject.children
    ):
        return True
    # "the government of the state Lower Saxony", "the council of the province of Ostria":
    # the body of a unit below the state, named after "of" ("the government of the State
    # of Israel" is the state itself)
    return any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(
            o.dep_ == "pobj"
            and (
                (
                    o.lower_ in below
                    and o.pos_ == "NOUN"
                    and not (o.lower_ == "state" and any(g.lower_ == "of" for g in o.children))
                )
                # the parser may make the unit word a modifier of the name after it
                or any(
                    g.dep_ == "compound" and g.pos_ == "NOUN" and g.lower_ in below
                    for g in o.children
                )
            )
            for o in c.children
        )
        for c in subject.children
    )


def _governed_place(subject: Token, actors: ArticleActors) -> LocalActor | None:
    """Return the non-country actor a sub-national body's phrase names ("of Ostria")."""
    for token in subject.subtree:
        if token == subject:
            continue
        actor = actors.actor_at(token.idx, token.idx + len(token))
        if actor is not None and actor.type != "country" and not is_outlet(actor):
            return actor
    return None


def _bloc_of_members(subject: Token, actors: ArticleActors) -> LocalActor | None:
    """Return the bloc whose members a plural subject names ("NATO members", "members of
    the League", "the Union's leaders"); an assembly's members are not its voice."""
    words = credit_words()
    if subject.tag_ not in ("NNS", "NNPS") or _lemma(subject) not in words.bloc_member_nouns:
        return None
    if any(c.lower_ in _VAGUE_QUANTIFIERS or c.dep_ == "nummod" for c in subject.children):
        return None  # "some NATO members", "thirty members of": not the bloc
    if any(c.lower_ in words.assembly_words for c in subject.lefts):
        return None  # "party members": a party's members speak for themselves
    owners = [c for c in subject.lefts if c.dep_ in ("compound", "nmod", "poss")]
    owners += of_objects(subject)
    for owner in owners:
        actor = actors.actor_at(owner.idx, owner.idx + len(owner))
        if (
            actor is not None
            and actor.type == "organisation"
            and not is_outlet(actor)
            and not set(actor.name.lower().split()) & words.assembly_words
        ):
            return actor
    return None


def _counted_members(noun: Token, actors: ArticleActors) -> list[LocalActor] | None:
    """Return the members a counted members phrase names, or None for no such phrase.

    "seven member states of the Union", "some EU countries, Spain and Greece": a part of
    a bloc's members acts, not the bloc; the members named in the phrase ("including
    Spain and Greece") act, and none when the phrase names none.
    """
    words = credit_words()
    if noun.tag_ not in ("NNS", "NNPS") or _lemma(noun) not in words.bloc_member_nouns:
        return None
    if not any(
        c.dep_ == "nummod" or c.lower_ in _VAGUE_QUANTIFIERS for c in noun.children if c.i < noun.i
    ):
        return None
    owners = [c for c in noun.lefts if c.dep_ in ("compound", "nmod", "poss")]
    owners += of_objects(noun)
    blocs = {
        actor
        for owner in owners
        for actor in [actors.actor_at(owner.idx, owner.idx + len(owner))]
        if actor is not None and actor.type == "organisation"
    }
    if not blocs or any(c.lower_ in _DEFINITE or c.dep_ == "poss" for c in noun.children):
        return None  # "the two leaders", "both countries": the parties named before
    here = actors.actor_at(noun.idx, noun.idx + len(noun))  # "EU countries" as one mention
    return [a for a in _phrase_actors(noun, actors) if a not in blocs and a != here]


def _joint_antecedent(pronoun: Token, actors: ArticleActors) -> list[LocalActor]:
    """Return the parties of the last joint subject ("Chile and Peru met") or meeting
    ("Chile met Peru", "Chile held talks with Peru") before "they" in its sentence or the
    one before; a "they" with no such subject names nobody."""
    sent = pronoun.sent
    start = pronoun.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    for token in reversed(pronoun.doc[start : pronoun.i]):
        if token.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if token.conjuncts:
            parties = _head_actors(token, actors)
        else:
            parties = _meeting_parties(token, actors)
        if len(parties) > 1 and not any(is_outlet(a) for a in parties):
            return parties
    return []


def _plural_body_antecedent(
    pronoun: Token, context: Attribution, lex: CueLexicon
) -> LocalActor | None:
    """Return the one body a narrated "they" stands for, or None.

    News often speaks of an organisation or a government in the plural ("Amnesty
    published a report. In it they called for", "his government is doing all it can,
    and they will not yield"). The nearest clause subject before the pronoun, in its
    sentence or the one before, decides: a single organisation (or a government noun
    that names one state or body) is what "they" is. Plural people or plural things
    in between ("the rebels' offer", "the talks") are likelier antecedents, so they
    leave the pronoun nobody's.
    """
    if pronoun.dep_ != "nsubj" or context.in_quote(pronoun.idx):
        return None
    sent = pronoun.sent
    start = pronoun.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    likelier = credit_words().people_groups | lex.agent_nouns  # read once, not per token
    actors = context.actors
    for token in reversed(pronoun.doc[start : pronoun.i]):
        if context.in_quote(token.idx):
            continue
        plural = token.tag_ in ("NNS", "NNPS") and token.dep_ != "compound"
        subject = token.dep_ in ("nsubj", "nsubjpass")
        if plural and subject:
            group = _head_actors(token, actors)
            if len(group) == 1 and group[0].type == "organisation" and not is_outlet(group[0]):
                return group[0]  # "Kurdish fighters met. They vowed": the group named
        if plural and (subject or token.lower_ in likelier or token.ent_type_ == "NORP"):
            return None  # "rebels", "Sudvians", "10,000 troops": likelier than the body
        if token.ent_type_ == "PERSON" and token.conjuncts:
            return None  # "Vell and Tarn": a pair of people
        if not subject:
            continue
        if token.pos_ == "PRON":
            return None
        named = _head_actors(token, actors)
        if len(named) == 1 and named[0].type == "organisation" and not is_outlet(named[0]):
            return named[0]
        if not named and _lemma(token) in lex.institutions:
            parties, _ = subject_parties(token, context, lex)
            if len(parties) == 1 and parties[0].type in ("organisation", "country"):
                return parties[0]
        return None
    return None


def _meeting_parties(subject: Token, actors: ArticleActors) -> list[LocalActor]:
    """Return the subject and the other side of a meeting verb ("Chile met Peru", "Chile
    talked with Peru", "Chile held talks with Peru"), or nothing."""
    words = credit_words()
    verb = subject.head
    if subject.dep_ != "nsubj" or _lemma(verb) not in words.meeting_verbs:
        return []
    holders = [verb]
    if _lemma(verb) == "hold":
        holders = [
            c for c in verb.children if c.dep_ == "dobj" and c.lower_ in words.meeting_objects
        ]
    others = [c for c in verb.children if c.dep_ == "dobj" and _lemma(verb) != "hold"]
    others += [
        o
        for holder in holders
        for prep in holder.children
        if prep.dep_ == "prep" and prep.lower_ == "with"
        for o in prep.children
        if o.dep_ == "pobj"
    ]
    found = [a for a in _head_actors(subject, actors) if a.type != "place"]
    for other in others:
        found += [a for a in _head_actors(other, actors) if a.type != "place" and a not in found]
    return found


def _is_state_epithet(subject: Token) -> bool:
    """Return whether a subject is "the <modifier> nation/state/republic" (module rules)."""
    lemma = subject.lower_ if subject.pos_ == "PROPN" else _lemma(subject)
    if lemma not in credit_words().state_epithets or subject.tag_ in ("NNS", "NNPS"):
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
        return False
    if any(c.dep_ == "prep" for c in subject.children):
        return False  # "the state of Ostria": a named unit, not an epithet
    modifiers = [c for c in subject.lefts if c.dep_ in ("amod", "compound", "nmod")]
    if any(c.lower_ in credit_words().subnational for c in modifiers):
        return False
    return lemma != "state" or bool(modifiers)


def _led_government(subject: Token, actors: ArticleActors) -> LocalActor | None:
    """Return the country of "the Markov Government" (a government named by its leader)."""
    for left in subject.lefts:
        if left.dep_ not in ("compound", "nmod", "amod", "poss"):
            continue
        person = actors.actor_at(left.idx, left.idx + len(left))
        if person is None or person.type != "person" or not person.affiliation:
            continue
        return next(
            (
                a
                for a in actors.actors.values()
                if a.type == "country" and a.name == person.affiliation
            ),
            None,
        )
    return None


def _is_role_noun(subject: Token, named: list[LocalActor]) -> bool:
    """Return whether "the X" was taken for a person named X (a name takes no article)."""
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
    if _lemma(subject) in credit_words().state_body_words:
        return False  # "the Ekberg administration": the body of the person it names
    return definite and named[0].type == "person" and " " not in named[0].name


def _is_definite_singular(token: Token) -> bool:
    return token.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)


def _institution(subject: Token, actors: ArticleActors) -> list[LocalActor]:
    """Return the body "the ministry" or "the government" stands for, when named before.

    An organisation named earlier with that word ("Ministry of Defence") wins; otherwise
    the country named last before it in the same or the previous two sentences.
    """
    word = subject.lower_
    earlier = actors.mentions_before(subject.idx)
    for mention in reversed(earlier):
        actor = actors.actors[mention.actor_key]
        if actor.type == "organisation" and word in actor.name.lower():
            return [actor]
    qualified = country_named_with(subject, actors)
    if qualified is not None:
        return [qualified]  # "the Norland government ..." then "the government said"
    country = last_country(subject, actors)
    return [country] if country is not None else []


def _head_actors(subject: Token, actors: ArticleActors) -> list[LocalActor]:
    """Return the actors named by a subject's head words ("Minister Anna Virtanen", "X and Y").

    The head decides ("Finnish Defence Minister Anna Virtanen" is the person, not
    Finland); modifiers count only when no head word names an actor.
    """
    heads = [subject, *_one_list(subject)]
    if subject.pos_ == "NOUN" and actors.actor_at(subject.idx, subject.idx + len(subject)) is None:
        heads = [subject]  # "the shield in Poland and the Czech Republic": a misread list
    found: list[LocalActor] = []
    for head in heads:
        actor = actors.actor_at(head.idx, head.idx + len(head))
        if actor is not None and actor.type != "place" and actor not in found:
            found.append(actor)
    return found


def _without_pronoun_owner(
    agent: Token, named: list[LocalActor], actors: ArticleActors
) -> list[LocalActor]:
    """Return ``named`` without whom a possessive pronoun of the "by" phrase points at,
    when the phrase names someone else: "was assured by his Swedish counterpart, Nils
    Lindgren," is Lindgren's word to the subject, never the subject's own."""
    owners = [
        actors.actor_at(c.idx, c.idx + len(c))
        for c in agent.children
        if c.dep_ == "poss" and c.pos_ == "PRON"
    ]
    kept = [a for a in named if a not in owners]
    return kept or named


def _one_list(head: Token) -> list[Token]:
    """Return the conjuncts of ``head`` up to the one its "and"/"or" closes.

    "Backed by Norland and Vesland, the Front and its allies attacked": the parser may
    join the next clause's subject to the list; a list ends at its conjunction.
    """
    out: list[Token] = []
    for conj in sorted(head.conjuncts, key=lambda t: t.i):
        if conj.i < head.i:
            continue
        out.append(conj)
        if any(t.dep_ == "cc" for t in head.doc[max(head.i, conj.i - 2) : conj.i]):
            break
    return out


def _nearest_person_before(verb: Token, sent: Span, actors: ArticleActors) -> list[LocalActor]:
    """Return the person named just before a finite verb the parser left without a subject."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return []
    window = sent.doc[max(sent.start, verb.i - 8) : verb.i]
    for mention in reversed(actors.mentions_in(window.start_char, window.end_char)):
        actor = actors.actors.get(mention.actor_key)
        if actor is not None and actor.type == "person":
            return [actor]
    return []


def reporting_speaker(
    cue: Cue, sent: Span, context: Attribution, quoted: Sequence[tuple[int, int, LocalActor | None]]
) -> tuple[bool, LocalActor | None, Token | None]:
    """Return whether the cue is reported or quoted, its speaker, and the reporting verb."""
    lex = cue_lexicon()
    for start, end, actor in quoted:
        if start <= cue.token.idx < end:
            # 'a statement which read: "We will ..."', 'read out a letter from Vorn: "..."':
            # the document's issuer speaks, not whoever reads it out
            document = quote_document(start, sent.doc, lex.document_verbs)
            if document is not None:
                issuer = document_issuer(document, context.actors)
                if issuer is None and actor is None:
                    issuer = statement_speaker(document, context.actors, same_kind=True)
                actor = issuer or actor
            opening = sent.doc.char_span(start, end, alignment_mode="expand")
            frame = (
                [] if opening is None else [t for t in opening[0].sent if not start <= t.idx < end]
            )
            if actor is None:
                actor = institution_speaker(frame, context.actors, lex.reporting)
            if actor is not None and actor.type != "person" and _members_speak(frame, lex):
                actor = None  # '"...," Norland Parliament deputies said': not the body
            inner = _reported_inside(cue, sent, context, (start, end))
            if inner is not None and inner[0] != actor:
                return True, *inner  # '"The party said it wanted to ...," Holm said'
            return True, actor, None
    for node in clause_path(cue.clause, sent)[:-1]:
        head = node.head
        if (
            node.dep_ in ("ccomp", "parataxis")
            and (
                _lemma(head) in lex.reporting
                or _tells_whom(head)
                # "Lind believed Vesland should withdraw": who holds the view asks
                or (cue.kind == "call" and _lemma(head) in lex.opinion_frames)
            )
            and head.pos_ == "VERB"
            and not context.in_quote(head.idx)
        ):
            if expletive_report(head):
                return True, None, head  # "It has been noted that aid agencies are ..."
            document = reported_document(head)
            if document is not None:
                # "issued a statement saying it would": the statement's issuer says it
                issuer = statement_speaker(document, context.actors, same_kind=True)
                if issuer is not None:
                    return True, None if is_outlet(issuer) else issuer, head
            found = context.speaker_of_cue(head, list(sent))
            actor = found.actor or institution_speaker([head], context.actors, lex.reporting)
            actor = actor or represented_actor(head, context.actors)
            # An outlet reports what others commit to; it commits nothing itself.
            return True, None if is_outlet(actor) else actor, head
    root = clause_path(cue.clause, sent)[-1]
    for head in (c for c in root.children if c.dep_ == "parataxis" and c.i < cue.token.i):
        # "The Norland government further said, it welcomes the talks": the parser hangs
        # the report, set off by a comma, on the reported clause
        if (
            _lemma(head) in lex.reporting
            and head.pos_ == "VERB"
            and not context.in_quote(head.idx)
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children)
            and head.right_edge.i + 1 < sent.end
            and sent.doc[head.right_edge.i].is_punct
        ):
            found = context.speaker_of_cue(head, list(sent))
            actor = found.actor or institution_speaker([head], context.actors, lex.reporting)
            actor = actor or represented_actor(head, context.actors)
            return True, None if is_outlet(actor) else actor, head
    for token in sent:
        if (
            token.lower_ == "according"
            and token.i + 1 < sent.end
            and token.nbor().lower_ == "to"
            and not context.in_quote(token.idx)
        ):
            found = context.speaker_of_cue(token, list(sent))
            return True, found.actor, token
    subject = cue.owner if cue.owner is not None else subject_of(cue.clause, sent)
    speaker = quoted_first_person(subject, context) if cue.token.tag_ != "VBD" else None
    if speaker is not None:
        # 'Vell said of the talks "There are steps. We hope ..."': a quotation the
        # quotes table keeps as partial still has its speaker, who is the "we" (a past
        # act the speaker tells of, 'I ordered them to', is no commitment)
        return True, speaker, None
    return False, None, None


# Pronouns that carry a report into the next sentence ("X said ... . It would ...").
_CARRIED_PRONOUNS = frozenset({"it", "he", "she", "they"})


def _carried_report(
    cue: Cue, sent: Span, context: Attribution, lex: CueLexicon
) -> tuple[LocalActor, Token] | None:
    """Return the speaker, and the reporting verb, of the sentence before a "would" clause
    that goes on with its report ("The ministry said Norland was ready. It would send an
    envoy"): the main clause's subject is a pronoun, the sentence before in the same
    paragraph is a report whose main verb reports with a named speaker. None otherwise.
    """
    subject = subject_of(cue.clause, sent)
    if subject is None or subject.lower_ not in _CARRIED_PRONOUNS or cue.clause != sent.root:
        return None
    if sent.start == 0 or context.in_quote(cue.token.idx):
        return None
    before = sent.doc[sent.start - 1].sent
    if context.paragraph_index(before.start_char) != context.paragraph_index(sent.start_char):
        return None
    verb = before.root
    if (
        _lemma(verb) not in lex.reporting
        or verb.pos_ != "VERB"
        or context.in_quote(verb.idx)
        or not any(c.dep_ == "ccomp" for c in verb.children)
    ):
        return None
    found = context.speaker_of_cue(verb, list(before))
    speaker = found.actor or institution_speaker([verb], context.actors, lex.reporting)
    speaker = speaker or represented_actor(verb, context.actors)
    if speaker is None or speaker.type == "place" or is_outlet(speaker):
        return None
    return speaker, verb


def _tells_whom(verb: Token) -> bool:
    """Return whether a verb informs someone named as its object of a clause ("notified
    Norland that it must", "reminded Sudvia that it should"): it reports to that party."""
    return _lemma(verb) in credit_words().telling_verbs and any(
        c.dep_ == "dobj" for c in verb.children
    )


def _reported_inside(
    cue: Cue, sent: Span, context: Attribution, quote: tuple[int, int]
) -> tuple[LocalActor, Token] | None:
    """Return the named reporter, and its verb, of a cue that a quotation itself reports
    ('"The Union Party said it wanted to cut taxes," Holm said'): the party speaks."""
    lex = cue_lexicon()
    for node in clause_path(cue.clause, sent)[:-1]:
        head = node.head
        if not (node.dep_ in ("ccomp", "parataxis") and _lemma(head) in lex.reporting):
            continue
        if head.pos_ != "VERB" or not quote[0] <= head.idx < quote[1]:
            return None
        reporter = subject_of(head, sent)
        if reporter is None or reporter.pos_ != "PROPN":
            return None
        named = _head_actors(reporter, context.actors)
        if len(named) != 1 or named[0].type == "country":
            return None  # '"Norland has stated that it will," its president said': his side
        return named[0], head
    return None


def _unnamed_speaker(verb: Token | None, sent: Span, context: Attribution) -> bool:
    """Return whether the reporting verb (for a quotation, the first one outside it) has a
    subject that names no actor ("Western powers say that ...")."""
    lex = cue_lexicon()
    for token in [verb] if verb is not None else sent:
        if context.in_quote(token.idx) or _lemma(token) not in lex.reporting:
            continue
        subject = subject_of(token, sent)
        if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
            return False
        words = credit_words()
        speaks_for_state = lex.group_persons | words.title_nouns
        # "three ministers said Norland would": officials speak for a state
        return _lemma(subject) not in speaks_for_state and not _phrase_actors(
            subject, context.actors
        )
    return False


def _own_side(speaker: LocalActor | None, named: Sequence[LocalActor]) -> bool:
    """Return whether a subject names the speaker or the body the speaker speaks for."""
    return speaker is not None and any(
        a == speaker or a.name == speaker.affiliation or speaker.name == a.affiliation
        for a in named
    )


def _analytic_source(
    cue: Cue,
    sent: Span,
    context: Attribution,
    quoted: Sequence[tuple[int, int, LocalActor | None]],
    verb: Token | None,
) -> bool:
    """Return whether what the cue's clause reports comes from a study or an assessment
    ("the report states", "a memo by the agency said that", "the study says")."""
    analytic = credit_words().analytic_documents
    if verb is not None:
        source = subject_of(verb, sent) or reported_document(verb)
        return source is not None and source.pos_ == "NOUN" and _lemma(source) in analytic
    for start, end, _actor in quoted:
        if not start <= cue.token.idx < end:
            continue
        document = quote_document(start, sent.doc, cue_lexicon().document_verbs)
        if document is not None:
            return _lemma(document) in analytic
        reporting = cue_lexicon().reporting
        frame = [t for t in sent if not start <= t.idx < end and not context.in_quote(t.idx)]
        return any(
            t.dep_ == "nsubj"
            and t.pos_ == "NOUN"
            and _lemma(t) in analytic
            and _lemma(t.head) in reporting
            for t in frame
        )
    return False


def _members_speak(frame: Sequence[Token], lex: CueLexicon) -> bool:
    """Return whether the subject of a reporting verb in ``frame`` is an assembly's
    members ("deputies said"), who speak for themselves, not for the body."""
    return any(
        token.dep_ == "nsubj"
        and _lemma(token) in lex.members
        and _lemma(token.head) in lex.reporting
        and not token.ent_type_
        for token in frame
    )


def _under_terms(clause: Token, lex: CueLexicon) -> bool:
    """Return whether a clause is set "under" a text's terms ("Under the proposed deal,
    Norland would supply the kits"): its "would" states a term."""
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "under"
        and any(o.dep_ == "pobj" and _lemma(o) in lex.terms_nouns for o in prep.children)
        for prep in clause.children
    )


def _brings_about(act: Token, lex: CueLexicon) -> bool:
    """Return whether an act is an outcome phrase ("lead to", "result in")."""
    preps = (c.lower_ for c in act.children if c.dep_ == "prep")
    return any(f"{_lemma(act)} {prep}" in lex.outcome_phrases for prep in preps)


def _reported_deed(cue: Cue, subject: Token) -> bool:
    """Return whether a reported clause tells what its subject did ("judges said that
    Norland threatened to withdraw", "had refused"): the deed is the subject's whoever
    reports it, unlike a course others set for it ("Norland is to refrain")."""
    verb = cue.token
    done = verb.tag_ == "VBD" or (
        verb.tag_ == "VBN" and any(c.dep_ == "aux" and _lemma(c) == "have" for c in verb.children)
    )
    return verb.pos_ == "VERB" and subject.dep_ == "nsubj" and subject.head == verb and done


def _under_way(verb: Token) -> bool:
    """Return whether a verb tells an act under way ("is offering", "had been sending")."""
    return verb.tag_ == "VBG" and any(c.dep_ == "aux" and _lemma(c) == "be" for c in verb.children)


def _one_among_doer(cue: Cue, subject: Token | None, sent: Span) -> Token | None:
    """Return who acts in a relative clause said of a group the named one is among ("Holm
    was among the deputies who wrote Berg a note urging him to skip the parade", "Holm was
    one of the leaders who signed it"): the named one, where the clause's own doer is the
    group or the letter it sent. None otherwise."""
    for node in clause_path(cue.clause, sent):
        among = one_among(node)
        if among is None:
            continue
        group = node.head
        if (
            subject is None
            or subject.tag_ in ("WP", "WDT")
            or subject == group
            or (is_document(subject) and subject.head == node)
        ):
            return among
        return None
    return None


def _answered_offer(cue: Cue) -> bool:
    """Return whether the cue is a named side's offer that another side answers (the noun
    is its own clause, and its maker is a name or a people's adjective on it)."""
    return (
        cue.kind == "offer"
        and cue.owner is not None
        and cue.clause == cue.token
        and cue.owner.head == cue.token
        and cue.owner.dep_ in ("poss", "amod")
    )


# Possessive pronouns a named subject of the same clause binds ("Norland is keeping its
# pledge": its pledge is Norland's, whoever reports it).
_BOUND_POSSESSIVES = frozenset({"its", "their", "his", "her"})


def _bound_owner(cue: Cue, sent: Span) -> Token:
    """Return the owner of a noun cue, or the named subject a possessive pronoun owner
    stands for when the noun is the object of that subject's verb ("Vesland reaffirmed
    its commitment to the truce, Holm said": Vesland's commitment, not the speaker's)."""
    owner = cue.owner
    if owner.dep_ != "poss" or owner.lower_ not in _BOUND_POSSESSIVES:
        return owner
    noun = owner.head
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
    if noun.dep_ not in ("dobj", "pobj") or verb.pos_ not in ("VERB", "AUX"):
        return owner
    binder = subject_of(verb, sent)
    if binder is None or binder.pos_ == "PRON" or not binder.i < owner.i:
        return owner
    if (owner.lower_ in ("his", "her")) != (binder.ent_type_ == "PERSON"):
        return owner  # "the party changed his decision": his is a person's, not the party's
    return binder


def credited_parties(
    cue: Cue,
    sent: Span,
    context: Attribution,
    quoted: Sequence[tuple[int, int, LocalActor | None]],
    lex: CueLexicon,
) -> ClauseParties | None:
    """Return who commits in the cue's clause (rules in the module docstring)."""
    if _answered_offer(cue):
        # "Vesland accepted a Norwegian offer to mediate", also in words reported by a
        # third side: the offer is its maker's alone
        named, _ = subject_parties(cue.owner, context, lex)
        return ClauseParties(tuple(named)) if named else None
    subject = _bound_owner(cue, sent) if cue.owner is not None else subject_of(cue.clause, sent)
    if subject is None and cue.clause.dep_ == "acl" and is_document(cue.clause.head):
        subject = cue.clause.head  # "a resolution calling for a ceasefire"
    subject = _one_among_doer(cue, subject, sent) or subject
    agent = agent_phrase(cue.clause)
    if agent is None and cue.kind == "agreement" and passive(cue.clause):
        agent = joint_phrase(cue.clause, lex)  # "a truce was signed between A and B"
    stance = _stance(cue.token, _lemma(cue.token), lex)
    if (
        agent is not None
        and subject is not None
        and _lemma(subject) in lex.event_nouns
        and cue.kind != "refusal"
    ):
        # "a rally was supported by several parties": who took part in an event ("the visit
        # was opposed by the party" is the party's stance against it)
        return None
    if agent is not None and cue.kind != "call":
        members = _counted_members(agent, context.actors) if agent.pos_ == "NOUN" else None
        if members is not None and not members:
            return None  # "ratified by seven member states of the Union": not the Union
        named, through_speaker = members or _head_actors(agent, context.actors), False
        if not named and _country_parties(agent, context.actors):
            # "backed by all major Norland parties, including the Union Front": the
            # parties named, never the state
            named = [a for a in _phrase_actors(agent, context.actors) if a.type != "country"]
            if not named:
                return None
        if not named and not is_thing(agent, lex):
            named = _phrase_actors(agent, context.actors)  # "by the leaders of Norway"
            named = _without_pronoun_owner(agent, named, context.actors)
    elif (
        agent is not None
        and cue.token == cue.clause
        and cue.token.pos_ == "VERB"
        and _lemma(cue.token) not in lex.need_verbs
        and passive(cue.clause)
    ):
        # "Chile was urged by Norway to withdraw": the agent of a passive asking verb asks
        named, through_speaker = _head_actors(agent, context.actors), False
        if not named and not is_thing(agent, lex):
            named = _phrase_actors(agent, context.actors)
    elif agent is not None:
        return None  # "must be approved by the Council": the Council is asked, not asking
    else:
        named, through_speaker = subject_parties(subject, context, lex)
        if not named and cue.kind == "agreement" and subject is not None:
            held = _talks_parties(subject, context.actors, lex)
            if held:
                # "Several hours of talks have led to an agreement": who held the talks
                named, through_speaker = held, True
    if subject is not None and (
        (
            _lemma(subject) in lex.prediction_subjects
            and not (named and _lemma(subject) in lex.body_staff)  # "UN experts urged"
        )
        or (subject.ent_type_ != "CARDINAL" and _is_polled(subject, lex))
    ):
        return None  # "analysts expect", "68 percent of voters oppose": opinions
    reported, speaker, verb = reporting_speaker(cue, sent, context, quoted)
    if (
        reported
        and cue.kind != "call"
        and not _own_side(speaker, named)
        and all(a.type == "country" for a in named)
        and subject is not None
        and subject.pos_ == "PROPN"
        and _analytic_source(cue, sent, context, quoted, verb)
    ):
        # '"Norland would find it hard to accept a nuclear Sudvia," the report states': a
        # study's finding about a state, which neither it nor its author commits to
        return None
    if (
        reported
        and speaker is None
        and through_speaker
        and named
        and subject is not None
        and subject.pos_ == "PROPN"
        and all(a.type == "country" for a in named)
        and _unnamed_speaker(verb, sent, context)
        and not _reported_deed(cue, subject)
    ):
        # 'Western powers say that "Norland is to refrain ..."': unnamed speakers talk
        # about the state; it commits nothing in their words
        return None
    if reported and subject is not None and subject.lower_ == "you" and cue.kind != "call":
        # 'said the cadets chose to stay, "knowing you would swear to defend it"': what
        # the speaker tells the people addressed they will do commits neither of them
        return None
    if (
        reported
        and verb is None
        and subject is not None
        and subject.lower_ in _OTHER_PERSON
        and (
            cue.kind != "call"
            or (
                subject.lower_ in ("they", "you")
                and cue.token.pos_ == "VERB"
                and _lemma(cue.token) not in lex.need_verbs
            )
        )
    ):
        # '"He is willing to exploit it," she said', '"they will ask us to",' he said: said
        # of another (a call "they must", "he has to" is the speaker's; a spokesman's "he
        # calls on" is the principal's)
        return None
    if (
        (not reported or speaker is None)
        and agent is None
        and passive(cue.clause)
        and cue.token.tag_ == "MD"
        and cue.kind in ("pledge", "intent")
        and subject is not None
        and subject.pos_ == "PROPN"
    ):
        # "Under the accord, Vesland would be dropped from the list": the named side is
        # acted on, and nobody named acts
        return None
    # "Holm is scheduled to visit": a passive whose subject does the act scheduled
    scheduled = cue.token == cue.clause and _lemma(cue.token) in lex.fixed_schedules
    if reported and agent is None and passive(cue.clause) and not stance and not scheduled:
        if cue.kind in lex.passive_receivers and cue.token.tag_ != "MD":
            # '"I was asked to help"', "said the opposition was supported": the subject
            # receives the act, nobody named performs it
            return None
        if cue.kind == "call" and speaker is None:
            return None  # "X said Y should be suspended": Y is acted on, the caller unknown
        if cue.token.tag_ == "MD" and speaker is not None and through_speaker is not None:
            # "said the envoy would be sent home": the speaker's side acts on the subject
            named, through_speaker = [], True
    if (
        not reported
        and cue.kind == "intent"
        and cue.clause.tag_ == "VBG"
        and any(c.dep_ == "aux" and c.lower_ in ("may", "might") for c in cue.clause.children)
    ):
        return None  # the writer's "Norland may be preparing to": speculation
    if cue.words.lower() == "would" and not reported and not _under_terms(cue.clause, lex):
        carried = _carried_report(cue, sent, context, lex)
        if carried is None:
            return None  # outside reported speech "would" is a conditional or a forecast
        # "Norland said it was ready to talk. It would send an envoy": the report goes on
        reported, (speaker, verb) = True, carried
    if not reported and _shares_a_call_modal(cue.clause, lex):
        return None  # the writer's "X must notify ... and submit a plan": X is called on
    if (
        cue.kind == "call"
        and not reported
        and (
            cue.token.tag_ == "MD"
            or (cue.token.pos_ in ("VERB", "AUX") and _lemma(cue.token) in lex.need_verbs)
        )
    ):
        return None  # the writer's "X must ...", "X will need to": X is called on
    if (
        not reported
        and agent is None
        and passive(cue.clause)
        and cue.kind != "agreement"
        and not stance
        and not scheduled
    ):
        # the writer's "thousands will be evacuated", "Norway has been praised": the
        # subject is who it is done to, nobody named commits
        return None
    if (
        through_speaker is None
        and _lemma(cue.act) in lex.outcome_verbs
        and not _asks_whatever_subject(cue, subject, lex)
    ):
        return None  # "the agreement will ensure peace": a forecast about a thing
    if subject is not None and subject.lower_ == "it" and _brings_about(cue.act, lex):
        return None  # "said it would lead to more crime": what a step brings about
    if (
        reported
        and verb is None
        and cue.token.tag_ == "MD"
        and subject is not None
        and subject.lower_ == "it"
    ):
        # '"it will bear responsibility," he said', '"it will extend the safeguards"': in a
        # speaker's own words "it" is a thing or another party (a body speaks as "we")
        return None
    if (
        subject is not None
        and subject.lower_ == "it"
        and (
            (not named and (speaker is None or speaker.type == "person"))
            or (reported and verb is None and speaker is not None and speaker.type == "person")
        )
        and _lemma(cue.act) in lex.outcome_verbs | lex.event_verbs
    ):
        # in a person's own words "it" is a thing or another party, never the speaker
        # "Tesk said it will harm the economy": an "it" that is neither a named body nor
        # a body speaking of itself is a thing, and what it will do a forecast
        return None
    if (
        through_speaker is None
        and subject is not None
        and is_thing(subject, lex)
        and cue.token == cue.clause
        and cue.token.pos_ == "VERB"
        and cue.kind in lex.passive_receivers
        and not _asks_whatever_subject(cue, subject, lex)
    ):
        return None  # "said the footage would support the idea": a thing backs nothing
    if subject is None and agent is None and not reported:
        named = _nearest_person_before(cue.clause, sent, context.actors)
    if (
        reported
        and speaker is None
        and cue.kind == "call"
        and (cue.token.tag_ == "MD" or _lemma(cue.token) in lex.need_verbs)
    ):
        return None  # "opponents argue that Norway should not": the subject is called on
    if reported:
        reporter = subject_of(verb, sent) if verb is not None else None
        if reporter is not None and (
            _lemma(reporter) in lex.prediction_subjects or _is_polled(reporter, lex)
        ):
            return None
        if (
            speaker is None
            and reporter is not None
            and (_is_people_group(reporter) or reporter.lower_ in credit_words().unnamed_voices)
            and not _group_body(reporter, context.actors)
        ):
            return None  # "supporters say it would encourage tourism": nobody named says it
        if reporter is not None and _country_parties(reporter, context.actors):
            # "the main parties of Norland said they would boycott": the parties, never
            # the state
            bodies = [
                a for a in _phrase_actors(reporter, context.actors) if a.type == "organisation"
            ]
            return ClauseParties(tuple(bodies)) if bodies else None
        if (
            speaker is None
            and reporter is not None
            and any(c.lower_ in _VAGUE_QUANTIFIERS for c in reporter.children)
        ):
            return None  # "most parties have stated they will": nobody named says it
        if (
            speaker is None
            and reporter is not None
            and subject is not None
            and subject.lower_ in ("it", "we")
            and _is_definite_singular(reporter)
            and _lemma(reporter) in credit_words().company_words | credit_words().non_state_bodies
        ):
            # "The company said it would appeal": the company named before, or nobody;
            # never the state "it" might otherwise be taken for
            body = last_organisation(reporter, context.actors, outlets=True)
            return ClauseParties((body,), own_voice=True) if body is not None else None
        outlet = _outlet_own_voice(subject, speaker, verb, reporter, context.actors)
        if outlet is not None:
            # "the channel said it will continue to cover the war": the outlet's own course
            return ClauseParties((outlet,), own_voice=True)
        # Reported (not quoted) speech about a thing ("said the centre would open") is
        # the speaker's word on their own project; a quotation about one is not.
        speaks_for = cue.kind == "call" or bool(through_speaker)
        speaks_for = speaks_for or (through_speaker is None and verb is not None)
        if through_speaker is None and named and speaker is not None:
            # A thing of another party ("said Sudvian arms would aid the rebels") is a
            # claim about that party, not the speaker's commitment.
            own = {speaker.name, speaker.affiliation}
            speaks_for = any(a.name in own for a in named)
        if (
            _lemma(cue.token) in lex.refusal_adjectives
            or (_lemma(cue.token) in lex.welcoming_adjectives and cue.token.dep_ == "acomp")
            or refuses_a_subject(cue)
        ):
            if speaker is None:
                return None
            return ClauseParties((speaker,), tuple(a for a in named if a != speaker))
        if _lemma(cue.token) in lex.denied_rights:
            if speaker is None or any(a.type == "person" for a in named):
                return None
            return ClauseParties((speaker,), tuple(a for a in named if a != speaker))
        if subject is not None and is_document(subject) and named and cue.kind != "call":
            # "According to Holm, the final declaration of the summit will condemn piracy":
            # the text's issuer commits; whoever tells of it only reports. What the text
            # will bring about ("will damage relations") or go through ("will go forward
            # for a vote") is a forecast: nobody commits.
            if _lemma(cue.act) in lex.thing_outcomes | lex.event_verbs | lex.document_course:
                return None
            return ClauseParties(tuple(named))
        if (
            speaker is not None
            and verb is not None
            and cue.kind != "call"
            and through_speaker
            and speaker.affiliation
            and named
            and all(a.type in ("country", "organisation") for a in named)
            and not any(a.name in (speaker.name, speaker.affiliation) for a in named)
            and (subject is None or subject.pos_ != "PRON")
        ):
            # ("Holm of Norway said it would recall its envoy": the pronoun is his side,
            # whichever state was named last)
            # "Minister Khan said the United States had been offering a reward": another
            # state's act as reported, not the speaker's.
            return ClauseParties(tuple(named))
        if (
            speaker is not None
            and cue.kind == "intent"
            and _lemma(cue.token) in lex.charged_plans
            and _lemma(cue.act) in lex.threat_acts
            and named
            and not any(a.name in (speaker.name, speaker.affiliation) for a in named)
            and not any(speaker.name == a.affiliation for a in named)
            and subject is not None
            and subject.pos_ == "PROPN"
        ):
            # "the Velan Front says that Norland is planning to attack": a side's charge
            # that another plans force; nobody commits to it
            return None
        # a named speaker reports, in its own verb, the course of a side named as subject
        tells_of_named = (
            speaker is not None
            and verb is not None
            and cue.kind != "call"
            and bool(through_speaker)
            and bool(named)
            and subject is not None
            and subject.pos_ == "PROPN"
        )
        if (
            tells_of_named
            and speaker.type == "organisation"
            and _body_name(speaker)
            and not speaker.affiliation
            and not set(speaker.name.lower().split()) & credit_words().state_body_words
            and all(a.type == "country" for a in named)
        ):
            # "According to the United Nations, Norland has agreed": a body that is no
            # state's reports a state's act; it does not speak for that state.
            return ClauseParties(tuple(named))
        if (
            tells_of_named
            and speaker.type in ("country", "organisation")
            and all(a.type in ("country", "organisation") for a in named)
            and speaker not in named
            and not any(speaker.name in (a.affiliation, a.name) for a in named)
            and speaker.affiliation not in {a.name for a in named}
            # "the Union said its maritime mission would continue": its own part
            and not any(c.dep_ == "poss" for c in subject.children)
        ):
            # "Vesland is refusing to sign the accord, Norland said", "a law firm said the
            # ministry has agreed to rebuild the school": one side tells of another's
            # course; it does not speak for it
            return ClauseParties(tuple(named))
        if (
            tells_of_named
            and speaker.type == "person"
            and not speaker.affiliation
            and not speaker.title
            and all(a.type == "country" for a in named)
        ):
            # "Holm said Sweden will send troops" with no side or office known for Holm:
            # the state named acts (a minister's "said Sweden would" stays the minister's)
            return ClauseParties(tuple(named))
        if (
            tells_of_named
            and speaker.type == "person"
            and not speaker.affiliation
            and all(a.type == "country" for a in named)
            and cue.token.pos_ == "VERB"
            and subject.head == cue.token
            and (_reported_deed(cue, subject) or _under_way(cue.token))
        ):
            # "Minister Khan said the United States had been offering a reward", with no
            # side known for him: what a state has done or is doing is its own act; only
            # a course ahead ("would send") may be the minister's side's word
            return ClauseParties(tuple(named))
        if _other_gender(subject, speaker, named) and not (
            cue.kind == "call" and (cue.token.tag_ == "MD" or _lemma(cue.token) in lex.need_verbs)
        ):
            # "Holm said that she had agreed": not the speaker, the woman meant
            return ClauseParties(tuple(named))
        if _others_call(cue, subject, named, through_speaker, speaker, lex):
            # "Minister Holm said Ekberg had urged Norway to act": the named other party
            # asked it; the speaker only reports the call.
            return ClauseParties(tuple(named))
        if _body_speaks(cue, subject, agent, named, through_speaker, lex):
            # "The Union calls on ..., said its director": a named organisation's stated
            # course is the organisation's; its spokesman or director only voices it.
            return ClauseParties(tuple(named))
        if (
            subject is not None
            and subject.lower_ in credit_words().other_side_nouns
            and cue.kind != "call"
        ):
            # "Straw said his Uzbek counterpart had pledged": the other side acts, as
            # far as the text names it; never the speaker reporting it
            return ClauseParties(tuple(named)) if named else None
        if (
            cue.kind == "agreement"
            and len(named) > 1
            and subject is not None
            and subject.conjuncts
            and subject.pos_ == "PROPN"
        ):
            # "the minister said Norland and Sudvia have agreed to": the parties named
            # concluded it; whoever tells of it only reports
            return ClauseParties(tuple(named))
        joint = _joint_reporters(reporter, subject, speaker, context.actors)
        if joint and speaks_for:
            # "Norland and Sudvia said they will lift the restrictions", "Union and Front
            # officials said they hoped": "they" is every party of the reporting subject
            others = tuple(a for a in named if a not in joint) if cue.kind == "call" else ()
            return ClauseParties(tuple(joint), others)
        if (
            speaker is not None
            and speaker.type == "person"
            and subject is not None
            and subject.lower_ == "they"
            and subject.dep_ != "nsubjpass"  # "said they will be sent": sent by her side
            and cue.kind != "call"
            and (reporter is None or _one_reporter(reporter))
            and _they_of_others(subject, reporter, speaker, context.actors)
        ):
            # "Ostrow said they were quietly planning the invasion": one person's "they"
            # is others, whose course she tells of or charges them with; it is not hers
            # ("her aides said they will" is the aides')
            others = tuple(a for a in named if a != speaker and a.type != "place")
            return ClauseParties(others) if others else None
        if cue.kind == "call" and agent is not None and passive(cue.clause):
            # "Holm said he was told by Colonel Berg to leave": who told him asks, and an
            # unnamed one ("by the recruiter") is nobody named; never the one who reports it
            return ClauseParties(tuple(named)) if named else None
        if speaker is not None and speaker.type != "place" and speaks_for:
            # The subject of a call is who is called on; otherwise it is the speaker's
            # own side ("said Japan would deliver"), no counterpart.
            others = tuple(a for a in named if a != speaker) if cue.kind == "call" else ()
            return ClauseParties((speaker,), others)
        if speaker is None and reporter is not None and speaks_for:
            group = _group_parties(reporter, context.actors, lex)
            if not group and reporter.lower_ == "they":
                group = _joint_antecedent(reporter, context.actors)  # "A and B ... They said"
            if group:  # "both ministers said"
                return ClauseParties(tuple(group))
    if (
        not named
        or through_speaker is None
        or _lemma(cue.token) in lex.denied_rights | lex.refusal_adjectives
    ):
        return None
    return ClauseParties(tuple(named))


def _they_of_others(
    they: Token, reporter: Token | None, speaker: LocalActor, actors: ArticleActors
) -> bool:
    """Return whether the subject named last before a reported "they" in its sentence is
    others: "as the ministry was assuring the assembly, they were", not "despite Norland
    not being satisfied, they would" told by Norland's minister."""
    before = [
        t
        for t in they.sent
        if t.i < they.i
        and t.dep_ in ("nsubj", "nsubjpass")
        and t != reporter
        and t.pos_ in ("NOUN", "PROPN")
    ]
    if not before:
        return False
    last = before[-1]
    actor = actors.actor_at(last.idx, last.idx + len(last))
    return actor is None or actor.name not in (speaker.name, speaker.affiliation)


def _one_reporter(reporter: Token) -> bool:
    """Return whether a reporting subject is one person or body, not several."""
    return (
        reporter.tag_ in ("NN", "NNP")
        or reporter.lower_ in ("he", "she")
        or reporter.ent_type_ == "PERSON"  # "Conyers said", which the tagger may read as plural
    ) and not reporter.conjuncts


def _joint_reporters(
    reporter: Token | None,
    subject: Token | None,
    speaker: LocalActor | None,
    actors: ArticleActors,
) -> list[LocalActor]:
    """Return the parties of a joined reporting subject that a reported "they"/"we" is.

    "Norland and Sudvia have said they will", "Union and Front officials said they
    hoped": the reporting subject joins two or more named parties (or names them before a
    word for their representatives) and the reported subject is a plural pronoun, so all
    of them commit, not only the first. A "they" told by one party stays as it was.
    """
    if reporter is None or subject is None or subject.lower_ not in ("they", "we"):
        return []
    listed = next((c for c in reporter.children if c.dep_ == "appos" and c.conjuncts), None)
    if reporter.conjuncts:
        parties = _head_actors(reporter, actors)
    elif listed is not None:
        # "A, B and C said": the parser reads a list of three as a name and its apposition
        parties = _head_actors(reporter, actors)
        parties += [a for a in _head_actors(listed, actors) if a not in parties]
    elif _lemma(reporter) in credit_words().representatives or reporter.lower_ in (
        credit_words().representatives
    ):
        # "Union and Front officials": names joined inside the phrase; "the spokesman for
        # the Sudvian Security Council" names one body and its state, no two parties
        joined = next(
            (t for t in reporter.subtree if t != reporter and t.conjuncts and t.dep_ != "conj"),
            None,
        )
        parties = [] if joined is None else _head_actors(joined, actors)
    else:
        return []
    parties = [a for a in parties if a.type != "place" and not is_outlet(a)]
    if len(parties) < 2 or (speaker is not None and speaker not in parties):
        return []
    return parties


def _asks_whatever_subject(cue: Cue, subject: Token | None, lex: CueLexicon) -> bool:
    """Return whether a call asks its act of whatever its subject is, so that a thing or
    an unnamed many for subject is no forecast: "must" and "has to"/"needs to" ("said
    any plan has to respect the border", "more must be done"), or "should" said of
    actors ("all states should stop the sales"); "the deal should boost trade" forecasts.
    """
    if cue.kind != "call":
        return False
    lemma = _lemma(cue.token)
    if cue.token.tag_ != "MD":
        return cue.token.pos_ in ("VERB", "AUX") and lemma in lex.need_verbs
    return lemma in lex.asking_modals or (subject is not None and not is_thing(subject, lex))


_PRONOUN_GENDER = {"he": "male", "she": "female"}


def _other_gender(
    subject: Token | None, speaker: LocalActor | None, named: list[LocalActor]
) -> bool:
    """Return whether a reported "he"/"she" is a person other than the speaker: the
    pronoun's gender is not the speaker's and it was resolved to one such person."""
    if subject is None or speaker is None or speaker.type != "person" or len(named) != 1:
        return False
    gender = _PRONOUN_GENDER.get(subject.lower_)
    other = named[0]
    return (
        gender is not None
        and speaker.gender in ("male", "female")
        and speaker.gender != gender
        and other.type == "person"
        and other != speaker
        and other.gender == gender
    )


def _others_call(
    cue: Cue,
    subject: Token | None,
    named: list[LocalActor],
    through_speaker: bool | None,
    speaker: LocalActor | None,
    lex: CueLexicon,
) -> bool:
    """Return whether a reported call verb's named subject is another party who calls.

    "said Ekberg had asked for more time", "said Sweden urged Norway to": a verb of
    asking whose subject names a person other than the speaker, or a state or body
    other than the one the speaker speaks for, is that party's call. A modal or "need
    to" call ("said Sweden must") is the speaker's: its subject is who is called on.
    """
    if cue.kind != "call" or speaker is None or subject is None or not named:
        return False
    if subject.pos_ == "PRON" or cue.token.tag_ == "MD" or cue.token.pos_ != "VERB":
        return False
    if _lemma(cue.token) in lex.need_verbs:
        return False
    own = {speaker.name, speaker.affiliation} - {""}
    if any(a.name in own or a == speaker for a in named):
        return False
    if through_speaker is False:
        return True  # a named person
    return bool(through_speaker) and bool(speaker.affiliation)


def _outlet_own_voice(
    subject: Token | None,
    speaker: LocalActor | None,
    verb: Token | None,
    reporter: Token | None,
    actors: ArticleActors,
) -> LocalActor | None:
    """Return the outlet that states its own course ("the channel said it will continue").

    An outlet that says, not reports ("reported", "quoted"), what "it" or "we" will do
    speaks for itself; what it reports of others stays theirs.
    """
    if subject is None or not (
        (subject.lower_ in FIRST_PERSON and subject.text != "US") or subject.lower_ == "it"
    ):
        return None
    if verb is None:
        return speaker if is_outlet(speaker) and subject.lower_ != "it" else None
    if reporter is None or _lemma(verb) in speaker_words().quoting_verbs:
        return None
    outlet = next((a for a in _head_actors(reporter, actors) if is_outlet(a)), None)
    if outlet is None or actors.mentions_in(verb.idx, subject.idx):
        return None  # "said Chile's army would": an actor named before "it" may be meant
    return outlet


def _body_speaks(
    cue: Cue,
    subject: Token | None,
    agent: Token | None,
    named: list[LocalActor],
    through_speaker: bool | None,
    lex: CueLexicon,
) -> bool:
    """Return whether a reported clause's named organisation subject commits itself.

    A body named as the subject ("the Union will", "the Council asked") is the one that
    commits, whoever reads out or voices its position; a pronoun ("it would") and a body
    the speaker owns ("its patrol mission") stay with the speaker. A state named as the subject stays
    with the speaker who speaks for it (the speaker's own country, see the docstring).
    The subject of a modal or "need to" call is who is called on, not who calls.
    """
    if agent is not None or not named or not through_speaker or subject is None:
        return False
    if subject.pos_ == "PRON" or any(
        c.dep_ == "poss" and c.pos_ == "PRON" for c in subject.children
    ):
        return False  # "it would", "its patrol mission will": the speaker's own side
    if not all(a.type == "organisation" and _body_name(a) for a in named):
        return False
    return not (
        cue.kind == "call" and (cue.token.tag_ == "MD" or _lemma(cue.token) in lex.need_verbs)
    )


def _body_name(actor: LocalActor) -> bool:
    """Return whether an organisation's name reads as a body's: several words ("the Union
    of Farmers") or an acronym ("the AU"). A bare one-word name may be a state the
    article does not say is one."""
    return " " in actor.name.strip() or any(
        alias.isupper() and len(alias) > 1 for alias in (actor.name, *actor.aliases)
    )


def counterpart_of(
    cue: Cue, actor: LocalActor, parties: ClauseParties, context: Attribution, sent: Span
) -> LocalActor | None:
    """Return the other actor the clause names (with whom, to whom, whose proposal)."""
    subject = cue.owner if cue.owner is not None else subject_of(cue.clause, sent)
    skip = set()
    if subject is not None:
        skip = {t.i for t in subject.subtree}
    candidates: list[LocalActor] = list(parties.others)
    heads = {cue.token, cue.clause, cue.act}
    for head in sorted(heads, key=lambda t: t.i):
        for child in head.children:
            if child.i in skip or child.dep_ in ("aux", "neg", "punct", "mark", "cc"):
                continue
            if child.dep_ in ("ccomp", "advcl", "conj", "relcl") and child.pos_ in ("VERB", "AUX"):
                continue
            candidates.extend(_phrase_actors(child, context.actors))
    for candidate in candidates:
        if candidate != actor and (not actor.affiliation or candidate.name != actor.affiliation):
            return candidate
    return None


def _is_partitive(subject: Token, lex: CueLexicon) -> bool:
    """Return whether a subject names a part of a group ("ten of its members")."""
    quantity = (
        subject.like_num or subject.ent_type_ == "CARDINAL" or subject.lower_ in lex.partitives
    )
    return quantity and any(c.dep_ == "prep" and c.lower_ == "of" for c in subject.children)


def _is_polled(reporter: Token, lex: CueLexicon) -> bool:
    """Return whether those who say it were polled ("70% agreed", "most respondents said")."""
    if reporter.pos_ == "PROPN" or reporter.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return False  # "Senate Majority Leader Vorn": a named actor, whatever their title
    phrase = [t for t in reporter.subtree if t.i <= reporter.i]
    return reporter.ent_type_ in ("PERCENT", "CARDINAL") or any(
        _lemma(t) in lex.polled or t.lower_ in lex.polled for t in phrase
    )


def _shares_a_call_modal(verb: Token, lex: CueLexicon) -> bool:
    """Return whether a bare conjunct verb shares the calling modal of the verb it is joined
    to ("must notify the commission and submit a plan": "must" governs "submit" too)."""
    while verb.dep_ == "conj" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        verb = verb.head
        modal = _modal_of(verb)
        if modal is not None:
            return lex.modals.get(_lemma(modal)) == "call"
    return False
