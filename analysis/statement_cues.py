"""Statement cues: commitments stated by a predicate, with no cue verb.

``statement_cue(token, lexicon)`` says whether a predicate word starts such a cue and
returns it as a ``Cue`` (the same record ``analysis.cues.find_cue`` returns), so the
background filters and the crediting of ``analysis/commitments.py`` treat it as any other.
The words live in ``analysis/data/statement_cues.toml``, one section per class:

- Necessity, a call. "It is essential that Vesland withdraw", "it is important for Norland
  to stay", "it is time for the council to act", "the time has come to act", "there is a
  need to review the rules": an extraposed or existential predicate that says an act
  is needed asks it, and the one who says so calls for it (the speaker of a quotation or
  of reported speech; the writer's own "it is essential that" names nobody who asks, so it
  commits nobody). The act is the "to"/"that" clause. Not calls: a predicate with a
  subject of its own ("the dam is essential", "the coming weeks are crucial", and even
  "deploying the shield is necessary to counter the threat", which justifies a plan more
  often than it asks anyone), a view ("it is important to note"), a "that" clause in the
  past ("it is important that the aid was praised"), a negated predicate and a past one
  in the speaker's own words ("it was vital to act").

- Welcome, an endorsement. "Ivo Tarn said the resolution was welcome", '"the proposal
  is a welcome step," said Anna Berg': the speaker endorses what the subject names; "is
  not welcome" refuses it. A person, a place or a pronoun as subject, or "welcome in" a
  place, is hospitality ("Tarn would be welcome in Norland"), no commitment.

- Onus, a call ("the burden lies with Vesland to act", "it is up to the council
  to decide"); on the speaker's own side ("it's up to me to clean it up") an intent.

- Policy, an intent ("it is our policy to answer every letter within a week").

- Off the agenda, a refusal ("talks with Vesland are not on our agenda", "force is off
  the table"): the subject names the act refused, and the one who says so refuses it.

- Plans, an intent ("there are plans to reopen the crossing", in someone's words); "there
  are no plans to" refuses the act.

- Premature, a refusal ("it is too early to fix a timetable", "it would be
  premature to set a date"): the speaker's side declines the act for now; "it was too
  early in the morning to travel" tells of the past, and "early" alone declines nothing.

- Resolve, an intent. "Norland is determined to stay", "is keen to develop ties", "was
  keen on a single army", "is intent on building a port": the subject's own course, when
  the subject is a side (a name, a pronoun, "the government"); "said the prisoner is
  determined to" tells of someone no side stands for. "is not keen to" sets no course.

Strength: a statement cue binds less firmly than a cue verb. Its row has the type's
strength (the scale in ``analysis/commitments.py``) lowered by ``STATEMENT_PENALTY``.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from spacy.tokens import Token

from analysis.commitment_background import subject_of
from analysis.cue_lexicon import COMMITMENT_TYPES, CueLexicon
from analysis.cues import Cue, _lemma, _negated

STATEMENT_FILE = "statement_cues.toml"
STATEMENT_PENALTY = 0.1

_COPULAS = frozenset({"be", "remain", "become", "seem"})
_EXTRAPOSED = frozenset({"it"})
# The speaker's own side after "up to" or "on" ("it is up to us to act").
_SPEAKERS = frozenset({"me", "us"})
_PAST_TAGS = frozenset({"VBD", "VBN"})


@dataclass(frozen=True)
class StatementLexicon:
    """The predicate words of ``statement_cues.toml``, by role."""

    necessity_kind: str
    necessity_adjectives: frozenset[str]
    judging_verbs: frozenset[str]
    time_nouns: frozenset[str]
    not_acts: frozenset[str]
    time_verbs: frozenset[str]
    need_nouns: frozenset[str]
    welcome_kind: str
    unwelcome_kind: str
    welcome_adjectives: frozenset[str]
    welcome_nouns: frozenset[str]
    welcome_guests: frozenset[str]
    resolve_kind: str
    resolve_adjectives: frozenset[str]
    resolve_preps: frozenset[str]
    resolve_bodies: frozenset[str] = frozenset()
    onus_kind: str = "call"
    onus_nouns: frozenset[str] = frozenset()
    onus_verbs: frozenset[str] = frozenset()
    onus_preps: frozenset[str] = frozenset()
    policy_kind: str = "intent"
    policy_nouns: frozenset[str] = frozenset()
    off_agenda_kind: str = "refusal"
    off_agenda_nouns: frozenset[str] = frozenset()
    off_agenda_negated_preps: frozenset[str] = frozenset()
    off_agenda_preps: frozenset[str] = frozenset()
    plans_kind: str = "intent"
    no_plans_kind: str = "refusal"
    plans_nouns: frozenset[str] = frozenset()
    premature_kind: str = "refusal"
    premature_too_adjectives: frozenset[str] = frozenset()
    premature_adjectives: frozenset[str] = frozenset()


@cache
def statement_lexicon() -> StatementLexicon:
    """Return the shipped statement-cue lexicon (read once)."""
    text = resources.files("analysis").joinpath("data", STATEMENT_FILE).read_text("utf-8")
    return parse_statement_lexicon(text)


def parse_statement_lexicon(text: str) -> StatementLexicon:
    """Return the statement-cue lexicon held in TOML ``text``; an unknown type is an error."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise ValueError(f"the statement cue lexicon is not valid TOML: {err}") from err

    def kind(section: str, key: str, default: str) -> str:
        value = data.get(section, {}).get(key, default)
        if value not in COMMITMENT_TYPES:
            raise ValueError(f"unknown commitment type in [{section}]: {value}")
        return value

    def words(section: str, key: str) -> frozenset[str]:
        return frozenset(w.lower() for w in data.get(section, {}).get(key, []))

    return StatementLexicon(
        necessity_kind=kind("necessity", "kind", "call"),
        necessity_adjectives=words("necessity", "adjectives"),
        judging_verbs=words("necessity", "judging_verbs"),
        time_nouns=words("necessity", "time_nouns"),
        not_acts=words("necessity", "not_acts"),
        time_verbs=words("necessity", "time_verbs"),
        need_nouns=words("necessity", "need_nouns"),
        welcome_kind=kind("welcome", "kind", "endorsement"),
        unwelcome_kind=kind("welcome", "negated_kind", "refusal"),
        welcome_adjectives=words("welcome", "adjectives"),
        welcome_nouns=words("welcome", "nouns"),
        welcome_guests=words("welcome", "guests"),
        resolve_kind=kind("resolve", "kind", "intent"),
        resolve_adjectives=words("resolve", "adjectives"),
        resolve_preps=words("resolve", "preps"),
        resolve_bodies=words("resolve", "bodies"),
        onus_kind=kind("onus", "kind", "call"),
        onus_nouns=words("onus", "nouns"),
        onus_verbs=words("onus", "verbs"),
        onus_preps=words("onus", "preps"),
        policy_kind=kind("policy", "kind", "intent"),
        policy_nouns=words("policy", "nouns"),
        off_agenda_kind=kind("off_agenda", "kind", "refusal"),
        off_agenda_nouns=words("off_agenda", "nouns"),
        off_agenda_negated_preps=words("off_agenda", "negated_preps"),
        off_agenda_preps=words("off_agenda", "preps"),
        plans_kind=kind("plans", "kind", "intent"),
        no_plans_kind=kind("plans", "negated_kind", "refusal"),
        plans_nouns=words("plans", "nouns"),
        premature_kind=kind("premature", "kind", "refusal"),
        premature_too_adjectives=words("premature", "too_adjectives"),
        premature_adjectives=words("premature", "adjectives"),
    )


def statement_cue(token: Token, lex: CueLexicon) -> Cue | None:
    """Return the statement cue ``token`` starts (see the module rules), or None."""
    words = statement_lexicon()
    if token.pos_ == "ADJ" and _lemma(token) in words.necessity_adjectives:
        return _necessity(token, words, lex)
    if token.pos_ == "ADJ" and token.lower_ in words.welcome_adjectives:
        return _welcome(token, words, lex)
    if token.lower_ in words.resolve_adjectives and (
        token.pos_ == "ADJ" or _copula_conjunct(token)
    ):
        return _resolve(token, words, lex)
    if token.pos_ == "NOUN" and _lemma(token) in words.time_nouns:
        return _time_for(token, words, lex)
    if token.pos_ == "NOUN" and _lemma(token) in words.need_nouns:
        return _need_for(token, words, lex)
    if token.pos_ == "NOUN" and _lemma(token) in words.onus_nouns:
        return _onus(token, words, lex)
    if token.pos_ == "AUX" and _lemma(token) == "be":
        return _up_to(token, words, lex)
    if token.pos_ == "NOUN" and _lemma(token) in words.policy_nouns:
        return _policy(token, words, lex)
    if token.pos_ == "NOUN" and _lemma(token) in words.off_agenda_nouns:
        return _off_agenda(token, words, lex)
    if token.pos_ == "NOUN" and _lemma(token) in words.plans_nouns:
        return _plans(token, words, lex)
    if token.pos_ == "ADJ" and (
        token.lower_ in words.premature_adjectives or token.lower_ in words.premature_too_adjectives
    ):
        return _premature(token, words, lex)
    return None


def is_statement_cue(cue: Cue, lex: CueLexicon) -> bool:
    """Return whether ``cue`` is a statement cue (its row's strength is lowered)."""
    found = statement_cue(cue.token, lex)
    return found is not None and found.kind == cue.kind


def statement_strength(value: float) -> float:
    """Return a cue verb's strength lowered for a statement cue (floored at 0.05)."""
    return round(max(0.05, value - STATEMENT_PENALTY), 2) if value > 0 else value


def _necessity(adjective: Token, words: StatementLexicon, lex: CueLexicon) -> Cue | None:
    """ "it is essential that X act", "it is important for X to act": a call."""
    judged = _judged_needed(adjective, words)
    if judged is not None:
        return judged
    copula = adjective.head
    if adjective.dep_ != "acomp" or _lemma(copula) not in _COPULAS:
        return None
    if not _asserted_now(copula, lex) or _negated(copula, adjective):
        return None
    if not any(c.dep_ in ("nsubj", "expl") and c.lower_ in _EXTRAPOSED for c in copula.children):
        return None
    act = _clause_act(adjective, words) or _clause_act(copula, words)
    if act is None:
        return None
    return Cue(words.necessity_kind, adjective, copula, act, f"{copula.text} {adjective.text}")


def _judged_needed(adjective: Token, words: StatementLexicon) -> Cue | None:
    """ "called it vital to hold the vote", "considers it essential that the talks resume":
    who judges the act needed asks for it, a call; the verb's tense tells when it was said."""
    verb = adjective.head
    if _lemma(verb) not in words.judging_verbs or adjective.i < verb.i:
        return None
    as_object = adjective.dep_ == "oprd" and any(
        c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children
    )
    as_clause = adjective.dep_ == "ccomp" and any(
        c.dep_ == "nsubj" and c.lower_ == "it" for c in adjective.children
    )
    if not (as_object or as_clause) or any(c.dep_ == "neg" for c in verb.children):
        return None
    act = _clause_act(adjective, words) or _clause_act(verb, words)
    if act is None:
        return None
    return Cue(words.necessity_kind, adjective, verb, act, f"{verb.text} it {adjective.text}")


def _time_for(noun: Token, words: StatementLexicon, lex: CueLexicon) -> Cue | None:
    """ "it is time for the council to act", "the time has come to act": a call."""
    copula = noun.head
    if noun.dep_ == "nsubj" and _lemma(copula) in words.time_verbs:
        # "the time has come for Norland to act"
        if not _asserted_now(copula, lex) or _negated(copula, noun):
            return None
        act = _clause_act(noun, words) or _clause_act(copula, words)
        if act is None:
            return None
        return Cue(words.necessity_kind, noun, copula, act, noun.doc[noun.i : copula.i + 1].text)
    if noun.dep_ != "attr" or _lemma(copula) != "be":
        return None
    if not _asserted_now(copula, lex) or _negated(copula, noun):
        return None
    if not any(c.dep_ in ("nsubj", "expl") and c.lower_ in _EXTRAPOSED for c in copula.children):
        return None
    act = _clause_act(noun, words)
    if act is None:
        return None
    return Cue(words.necessity_kind, noun, copula, act, f"{copula.text} {noun.text}")


def _welcome(adjective: Token, words: StatementLexicon, lex: CueLexicon) -> Cue | None:
    """ "the resolution is welcome", "is a welcome step": an endorsement (negated, a refusal)."""
    predicate = adjective
    if adjective.dep_ == "amod" and adjective.head.dep_ == "attr":
        predicate = adjective.head  # "is a welcome step forward"
        if _lemma(predicate) not in words.welcome_nouns:
            return None
    elif adjective.dep_ != "acomp":
        return None
    copula = predicate.head
    if _lemma(copula) not in _COPULAS or not _asserted_now(copula, lex):
        return None
    if any(c.dep_ == "prep" for c in adjective.children) or any(
        c.dep_ == "prep" and c.lower_ in ("in", "to", "at") for c in copula.children
    ):
        return None  # "would be welcome in Norland": hospitality
    subject = next((c for c in copula.children if c.dep_ == "nsubj"), None)
    if (
        subject is None
        or subject.pos_ != "NOUN"
        or subject.ent_type_
        or _lemma(subject) in words.welcome_guests
    ):
        return None  # a person, a place, a pronoun: hospitality or a thing unnamed
    kind = words.unwelcome_kind if _negated(copula, predicate) else words.welcome_kind
    # the clause stands for the act: its subject may be a bare noun ("the resolution")
    return Cue(kind, adjective, copula, copula, f"{copula.text} {adjective.text}")


def _copula_conjunct(token: Token) -> bool:
    """Return whether the parser read an adjective joined to a copula's clause as a verb
    ("the forces are on alert and determined to end it": "determined" as a past tense)."""
    return token.dep_ == "conj" and token.tag_ in ("VBD", "VBN") and _lemma(token.head) in _COPULAS


def _resolve(adjective: Token, words: StatementLexicon, lex: CueLexicon) -> Cue | None:
    """ "Norland is determined to stay", "was keen on a single army": an intent."""
    copula = adjective.head
    if adjective.dep_ not in ("acomp", "conj") or _lemma(copula) not in _COPULAS:
        return None
    subject = subject_of(copula, copula.sent)
    if subject is None or (
        subject.pos_ not in ("PROPN", "PRON")
        and _lemma(subject) not in lex.institutions | words.resolve_bodies
    ):
        return None  # "said the asylum seeker is determined to": someone unnamed, not a side
    if _negated(copula, adjective):
        return None  # "is not keen to": reluctance, no course set
    act = next((c for c in adjective.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    if act is None:
        act = next(
            (
                o
                for p in adjective.children
                if p.dep_ == "prep" and p.lower_ in words.resolve_preps
                for o in p.children
                if o.dep_ in ("pcomp", "pobj")
            ),
            None,
        )
    if act is None:
        return None
    return Cue(
        words.resolve_kind,
        adjective,
        copula,
        act,
        f"{adjective.text} {'to' if act.dep_ == 'xcomp' else act.head.text}",
    )


def _need_for(noun: Token, words: StatementLexicon, lex: CueLexicon) -> Cue | None:
    """ "there is a need to review the rules", "an urgent need for X to act": a call."""
    copula = noun.head
    if noun.dep_ != "attr" or _lemma(copula) != "be":
        return None
    if not any(c.dep_ == "expl" for c in copula.children):
        return None
    if not _asserted_now(copula, lex) or _negated(copula, noun):
        return None
    if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return None  # "there is no need to": nothing asked
    act = _clause_act(noun, words)
    if act is None:
        return None
    return Cue(words.necessity_kind, noun, copula, act, noun.doc[copula.i : noun.i + 1].text)


def _to_clause(head: Token, deps: tuple[str, ...] = ("xcomp", "advcl")) -> Token | None:
    """Return the "to" verb hung on ``head`` after it with one of ``deps`` ("lies with
    Vesland to act")."""
    return next(
        (
            c
            for c in head.children
            if c.dep_ in deps
            and c.i > head.i
            and c.pos_ in ("VERB", "AUX")
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ),
        None,
    )


def _onus(noun: Token, words: StatementLexicon, lex: CueLexicon) -> Cue | None:
    """ "the burden lies with Vesland to act", "the onus is on Norland to move":
    a call on the side named after the preposition."""
    verb = noun.head
    if noun.dep_ != "nsubj" or _lemma(verb) not in words.onus_verbs:
        return None
    whom = next(
        (
            g
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ in words.onus_preps
            for g in c.children
            if g.dep_ == "pobj"
        ),
        None,
    )
    if whom is None:
        return None
    if not _asserted_now(verb, lex) or _negated(verb, noun):
        return None
    act = _to_clause(verb)
    if act is None or _lemma(act) in words.not_acts:
        return None
    # "the onus is on us to act": the speaker's own course
    kind = words.resolve_kind if whom.lower_ in _SPEAKERS else words.onus_kind
    return Cue(kind, noun, verb, act, noun.doc[noun.i : verb.i + 1].text)


def _up_to(copula: Token, words: StatementLexicon, lex: CueLexicon) -> Cue | None:
    """ "it is up to the council to decide": a call on the council."""
    up = next(
        (c for c in copula.children if c.dep_ in ("prep", "advmod") and c.lower_ == "up"), None
    )
    if up is None or not any(
        c.dep_ in ("nsubj", "expl") and c.lower_ in _EXTRAPOSED for c in copula.children
    ):
        return None
    whom = next(
        (g for c in up.children if c.lower_ == "to" for g in c.children if g.dep_ == "pobj"),
        None,
    )
    if whom is None:
        return None
    if not _asserted_now(copula, lex) or _negated(copula):
        return None
    act = _to_clause(copula)
    if act is None or _lemma(act) in words.not_acts:
        return None
    # "it's up to me to clean it up": the speaker's own course
    kind = words.resolve_kind if whom.lower_ in _SPEAKERS else words.onus_kind
    return Cue(kind, copula, copula, act, f"{copula.text} up to")


def _policy(noun: Token, words: StatementLexicon, lex: CueLexicon) -> Cue | None:
    """ "it is our policy to answer every letter within a week": the side's standing course."""
    copula = noun.head
    if noun.dep_ != "attr" or _lemma(copula) != "be":
        return None
    if not any(c.dep_ in ("nsubj", "expl") and c.lower_ in _EXTRAPOSED for c in copula.children):
        return None
    if not _asserted_now(copula, lex) or _negated(copula, noun):
        return None
    act = _clause_act(noun, words) or _to_clause(copula)
    if act is None:
        return None
    return Cue(words.policy_kind, noun, copula, act, f"{copula.text} {noun.text}")


def refuses_a_subject(cue: Cue) -> bool:
    """Return whether ``cue`` refuses what its subject names ("talks are not on our
    agenda"): the subject is the act refused, never a party; the speaker refuses."""
    words = statement_lexicon()
    return cue.kind == words.off_agenda_kind and (
        cue.token.pos_ == "NOUN" and _lemma(cue.token) in words.off_agenda_nouns
    )


def _off_agenda(noun: Token, words: StatementLexicon, lex: CueLexicon) -> Cue | None:
    """ "talks with Vesland are not on our agenda", "force is off the table": a refusal
    of the act the subject names, by whoever says so."""
    prep = noun.head
    copula = prep.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or _lemma(copula) not in _COPULAS:
        return None
    negated = _negated(copula)
    if not (
        (negated and prep.lower_ in words.off_agenda_negated_preps)
        or (not negated and prep.lower_ in words.off_agenda_preps)
    ):
        return None
    if not _asserted_now(copula, lex):
        return None
    subject = next((c for c in copula.children if c.dep_ in ("nsubj", "csubj")), None)
    if subject is None or subject.pos_ not in ("NOUN", "VERB"):
        return None  # "it is not on the agenda": nothing named
    shown = f"not {prep.text} {noun.text}" if negated else f"{prep.text} {noun.text}"
    return Cue(words.off_agenda_kind, noun, copula, subject, shown)


def _plans(noun: Token, words: StatementLexicon, lex: CueLexicon) -> Cue | None:
    """ "there are plans to reopen the crossing": an intent; "there are no plans to", a refusal."""
    copula = noun.head
    if noun.dep_ != "attr" or _lemma(copula) != "be":
        return None
    if not any(c.dep_ == "expl" for c in copula.children) or not _asserted_now(copula, lex):
        return None
    if any(c.dep_ == "poss" for c in noun.children):
        return None  # "there are Norland's plans": owned, the noun cue's
    act = _to_clause(noun, ("acl", "relcl"))
    if act is None:
        return None
    denied = _negated(copula, noun) or any(
        c.dep_ == "det" and c.lower_ == "no" for c in noun.children
    )
    kind = words.no_plans_kind if denied else words.plans_kind
    return Cue(kind, noun, copula, act, noun.doc[copula.i : noun.i + 1].text)


def _premature(adjective: Token, words: StatementLexicon, lex: CueLexicon) -> Cue | None:
    """ "it is too early to fix a timetable", "it would be premature to": a refusal."""
    copula = adjective.head
    if adjective.dep_ != "acomp" or _lemma(copula) not in _COPULAS:
        return None
    if adjective.lower_ in words.premature_too_adjectives and not any(
        c.dep_ == "advmod" and c.lower_ == "too" for c in adjective.children
    ):
        return None
    if _negated(copula, adjective) or copula.tag_ in _PAST_TAGS:
        return None  # "it is not too early to", "it was too early to": nothing declined now
    if not any(c.dep_ in ("nsubj", "expl") and c.lower_ in _EXTRAPOSED for c in copula.children):
        return None
    act = _to_clause(adjective, ("xcomp", "ccomp")) or _to_clause(copula, ("xcomp", "ccomp"))
    if act is None:
        return None
    too = "too " if any(c.lower_ == "too" for c in adjective.children) else ""
    return Cue(words.premature_kind, adjective, copula, act, f"{copula.text} {too}{adjective.text}")


def _clause_act(head: Token, words: StatementLexicon) -> Token | None:
    """Return the verb of the "to" or "that" clause on ``head`` that names an act."""
    for child in head.children:
        if child.dep_ not in ("xcomp", "ccomp", "advcl", "relcl", "acl") or child.pos_ not in (
            "VERB",
            "AUX",
        ):
            continue
        if child.i < head.i:
            continue  # a clause before the predicate is not its content
        marked = any(
            (c.dep_ == "aux" and c.lower_ == "to") or (c.dep_ == "mark" and c.lower_ == "that")
            for c in child.children
        )
        if child.dep_ == "ccomp" or marked:
            return None if _lemma(child) in words.not_acts or _told_as_past(child) else child
    return None


def _told_as_past(verb: Token) -> bool:
    """Return whether a "that" clause tells what was done ("it is important that the
    activity was praised"): a judgement of the past, no act asked."""
    return verb.tag_ == "VBD" or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children
    )


def _asserted_now(copula: Token, lex: CueLexicon) -> bool:
    """Return whether the predicate holds now: present, present perfect ("the time has
    come") or future, or a past backshifted by a reporting verb ("said it was essential
    that"); "it was vital to act" tells the past."""
    tense = copula if copula.tag_ in _PAST_TAGS else None
    if (
        tense is not None
        and tense.tag_ == "VBN"
        and any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in copula.children)
    ):
        return True  # "the time has come": a present perfect holds now
    if tense is None:
        tense = next((c for c in copula.children if c.dep_ == "aux" and c.tag_ in _PAST_TAGS), None)
    if tense is None:
        return True
    head = copula.head
    return copula.dep_ == "ccomp" and _lemma(head) in lex.reporting
