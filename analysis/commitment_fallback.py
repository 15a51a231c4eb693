"""Fallback crediting: who commits when ``credited_parties`` names nobody.

Applied only after every other crediting rule has found no party, so it adds rows and never
changes one. Two classes of language, each crediting only actors the article names:

- A document that speaks ("the deal invites", "the resolution calls on", "the plan
  proposes", "a joint statement calling for"): whoever issued, signed or adopted it, read
  from the document's own phrase ("the proposal by X", "X's plan"), from the verb that
  has it as object in the same sentence ("the two leaders made a joint statement"), or
  from the nearest earlier sentence in which a named actor signed, adopted or issued a
  document of the same word (for words of agreement, any word of agreement: "signed a
  pact" ... "the deal invites"). A word of agreement speaks first for the parties its own
  phrase names ("an accord between A and B", "the deal signed between A and B", "the
  A-B accord"); a document bodies adopt by vote ("the resolution demands") with no issuer
  found, for the voting body named last in the few sentences before. Only an active
  speaking verb; "the bill was passed", "the law should be changed" and "the act would
  share" stay uncredited. The same holds for a document that reports a cue ("the pact
  stated that the two sides will") when no speaker was found.
- A call whose subject is a thing, inside a named speaker's report ('X said "the killing
  must end"'): the speaker calls, by a modal or a need verb only, unless "should" or
  "would" forecasts an outcome.
- A subjectless participle clause ("..., stating these should continue", "Although
  calling for ..., X supported"): the subject of the clause it hangs on.

The word classes live in ``analysis/data/credit.toml`` (``fallback.*``).
"""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

from spacy.tokens import Span, Token

from analysis.actors import LocalActor
from analysis.commitment_background import first_conjunct, subject_of
from analysis.commitment_parties import (
    ClauseParties,
    _phrase_actors,
    reporting_speaker,
    subject_parties,
)
from analysis.cue_lexicon import CueLexicon
from analysis.cues import Cue, _lemma
from analysis.issuers import document_issuer, is_outlet, last_named, speaker_words
from analysis.quotes import Attribution

_SUBJECTS = ("nsubj", "nsubjpass", "csubj")
_PARTICIPLE_DEPS = ("advcl", "pcomp", "csubj")
_CONCESSIVE = ("although", "though")
# How many sentences back the body that voted a resolution is looked for.
VOTING_SENTENCES = 4


@dataclass(frozen=True)
class FallbackWords:
    """Word classes of the fallback (``[credit] fallback.*`` in credit.toml)."""

    speaking_documents: frozenset[str]
    agreement_documents: frozenset[str]
    issuing_verbs: frozenset[str]
    voted_documents: frozenset[str]
    voting_bodies: frozenset[str]
    purpose_verbs: frozenset[str]


@cache
def fallback_words() -> FallbackWords:
    """Return the shipped fallback word classes (read once)."""
    text = resources.files("analysis").joinpath("data", "credit.toml").read_text("utf-8")
    table = tomllib.loads(text).get("credit", {}).get("fallback", {})
    return FallbackWords(
        **{
            name: frozenset(w.lower() for w in table.get(name, []))
            for name in (
                "speaking_documents",
                "agreement_documents",
                "issuing_verbs",
                "voted_documents",
                "voting_bodies",
                "purpose_verbs",
            )
        }
    )


def fallback_parties(
    cue: Cue,
    sent: Span,
    context: Attribution,
    quoted: Sequence[tuple[int, int, LocalActor | None]],
    lex: CueLexicon,
) -> ClauseParties | None:
    """Return the parties of a kept cue nobody is credited with, or None."""
    named = (
        _document_parties(cue, sent, context, lex)
        or _reporting_document(cue, sent, context, quoted, lex)
        or _participle_parties(cue, sent, context, lex)
        or _reported_call(cue, sent, context, quoted, lex)
    )
    return ClauseParties(tuple(named)) if named else None


def _reported_call(
    cue: Cue,
    sent: Span,
    context: Attribution,
    quoted: Sequence[tuple[int, int, LocalActor | None]],
    lex: CueLexicon,
) -> list[LocalActor]:
    """Return the named speaker of a call whose subject is a thing ('X said "the killing
    must end"', "X says the truce should include"): the speaker calls. "Should" or
    "would" before an outcome verb ("the figures should spur action") is a forecast."""
    if cue.kind != "call" or first_conjunct(cue.clause).dep_ in ("acl", "relcl"):
        return []  # "material advocating violence": a participle describing a thing
    if cue.token.pos_ != "AUX" and _lemma(cue.token) not in lex.need_verbs:
        return []  # "their courage demands admiration": only "must", "should", "has to"
    subject = cue.owner if cue.owner is not None else subject_of(cue.clause, sent)
    if subject is None or subject.pos_ != "NOUN" or subject.ent_type_:
        return []
    if _lemma(cue.token) in ("should", "would") and (
        _lemma(cue.clause) in lex.outcome_verbs | lex.thing_outcomes
    ):
        return []
    reported, speaker, _verb = reporting_speaker(cue, sent, context, quoted)
    if not reported or speaker is None or speaker.type == "place" or is_outlet(speaker):
        return []
    return [speaker]


def _named(subject: Token | None, context: Attribution, lex: CueLexicon) -> list[LocalActor]:
    """Return the actors a subject names (none for a thing or an unresolved pronoun)."""
    if subject is None or subject.pos_ not in ("PROPN", "NOUN", "PRON"):
        return []
    found: list[LocalActor] = []
    twins = [c for c in subject.head.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"]
    for word in dict.fromkeys((subject, *subject.conjuncts, *twins)):  # "A and B signed"
        named, flag = subject_parties(word, context, lex)
        if flag is None:
            return []
        found += [a for a in named if a.type != "place" and a not in found]
    return found


def _document_parties(
    cue: Cue, sent: Span, context: Attribution, lex: CueLexicon
) -> list[LocalActor]:
    """Return the issuers of a document that speaks through an active verb."""
    verb = cue.clause
    if (
        cue.token != verb
        or verb.pos_ != "VERB"
        or _lemma(verb) in lex.need_verbs
        or any(c.dep_ in ("auxpass", "neg") for c in verb.children)
        or any(g.dep_ == "auxpass" for c in verb.children if c.dep_ == "xcomp" for g in c.children)
    ):
        return []  # "the accord has to be ratified": acted on, not speaking
    subject = cue.owner if cue.owner is not None else subject_of(verb, sent)
    if subject is None and first_conjunct(verb).dep_ == "acl":
        subject = first_conjunct(verb).head  # "a joint statement calling for"
    words = fallback_words()
    if (
        subject is None
        or subject.dep_ == "nsubjpass"
        or subject.pos_ != "NOUN"
        or _lemma(subject) not in words.speaking_documents
    ):
        return []
    return _document_issuers(
        subject, sent, context, lex, purpose=_lemma(verb) in words.purpose_verbs
    )


def _reporting_document(
    cue: Cue,
    sent: Span,
    context: Attribution,
    quoted: Sequence[tuple[int, int, LocalActor | None]],
    lex: CueLexicon,
) -> list[LocalActor]:
    """Return the issuers of a document that reports the cue ("the pact stated that the
    two sides will", "the resolution says Norland must"), when no speaker was found."""
    reported, speaker, verb = reporting_speaker(cue, sent, context, quoted)
    if not reported or speaker is not None or verb is None:
        return []
    subject = subject_of(verb, verb.sent)
    if (
        subject is None
        or subject.dep_ != "nsubj"
        or subject.pos_ != "NOUN"
        or _lemma(subject) not in fallback_words().speaking_documents
    ):
        return []
    return _document_issuers(subject, sent, context, lex)


def _document_issuers(
    noun: Token, sent: Span, context: Attribution, lex: CueLexicon, *, purpose: bool = False
) -> list[LocalActor]:
    """Return who issued, signed or adopted the document ``noun`` names (module rules).

    With ``purpose`` (the document tells its aim) only an issuer named as such commits,
    never the parties of an agreement or a voting body.
    """
    parties = [] if purpose else _agreement_parties(noun, context, lex)
    if parties:
        return parties
    issuer = document_issuer(noun, context.actors)
    if issuer is not None and issuer.type != "place":
        return [issuer]
    named = _issued_by(noun, context, lex)
    if named:
        return named
    earlier = _earlier_issuers(noun, sent, context, lex, agreements=not purpose)
    return earlier or ([] if purpose else _voting_body(noun, context))


def _voting_body(noun: Token, context: Attribution) -> list[LocalActor]:
    """Return the body of a voting kind ("the Security Council", "the House") named last in
    the few sentences before a document such bodies adopt ("The resolution demands")."""
    words = fallback_words()
    if _lemma(noun) not in words.voted_documents or any(c.dep_ == "poss" for c in noun.children):
        return []  # "Olsen's motion": a member's, whoever votes on it
    body = last_named(
        noun,
        context.actors,
        VOTING_SENTENCES,
        lambda actor: (
            actor.type == "organisation"
            and bool(set(actor.name.lower().split()) & words.voting_bodies)
        ),
    )
    return [body] if body is not None else []


def _issued_by(noun: Token, context: Attribution, lex: CueLexicon) -> list[LocalActor]:
    """Return who issued, signed or adopted ``noun`` by the verb it is the object of."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep" and verb.head.pos_ == "VERB":
        verb = verb.head  # "agreed on a plan", "signed up to the accord"
    elif noun.dep_ not in ("dobj", "nsubjpass", "nsubj"):
        return []
    lemma = _lemma(verb)
    if lemma not in fallback_words().issuing_verbs | speaker_words().issue_verbs or any(
        c.dep_ == "neg" for c in verb.children
    ):
        return []
    if noun.dep_ in ("nsubjpass", "nsubj"):
        # "the resolution, passed by the committee" (the parser may read it as active)
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
        return _named(pobj, context, lex)
    subject = subject_of(verb, verb.sent)
    if subject is not None and subject.tag_ == "NNS":
        return []  # "the leaders put out a declaration": which of them is not said
    return _named(subject, context, lex)


def _agreement_parties(noun: Token, context: Attribution, lex: CueLexicon) -> list[LocalActor]:
    """Return the two or more parties a word of agreement names in its own phrase: "an
    accord between A and B" (the "between" may hang on the participle that concluded it
    or on what it sets up), else a joined pair before it ("the A-B accord")."""
    if _lemma(noun) not in fallback_words().agreement_documents:
        return []
    actors = context.actors
    for prep in noun.subtree:
        if prep.dep_ != "prep" or prep.lower_ not in lex.joint_preps:
            continue
        if any(
            t.dep_ == "relcl" and any(c.dep_ in _SUBJECTS for c in t.children)
            for t in _path_to(prep, noun)
        ):
            break  # "the deal that ended the war between A and B": not the deal's parties
        # every party named after "between", also one the parser hung under a place
        # ("between the Front in Sudvia and the Sudvian government")
        parties = [
            a
            for o in prep.children
            if o.dep_ == "pobj"
            for t in o.subtree
            if (a := actors.actor_at(t.idx, t.idx + len(t))) is not None
            and a.type != "place"
            and not is_outlet(a)
        ]
        parties = list(dict.fromkeys(parties))
        return parties if len(parties) > 1 else []
    pair = [
        a
        for c in noun.lefts
        if c.dep_ in ("compound", "amod")
        for a in _phrase_actors(c, actors)
        if a.type != "place"
    ]
    pair = list(dict.fromkeys(pair))
    return pair if len(pair) > 1 else []


def _path_to(token: Token, top: Token) -> list[Token]:
    """Return the tokens from ``token`` up to (not including) its ancestor ``top``."""
    path = []
    while token.i != top.i and token.head.i != token.i:
        path.append(token)
        token = token.head
    return path


def _earlier_issuers(
    noun: Token, sent: Span, context: Attribution, lex: CueLexicon, *, agreements: bool = True
) -> list[LocalActor]:
    """Return the issuers of the same document named in the nearest earlier sentence."""
    words = fallback_words()
    lemma = _lemma(noun)
    kin = words.agreement_documents if lemma in words.agreement_documents else {lemma}
    doc = sent.doc
    for token in reversed(doc[: sent.start]):
        if token.pos_ == "NOUN" and _lemma(token) in kin:
            named = _issued_by(token, context, lex)
            if agreements:
                named = _agreement_parties(token, context, lex) or named
            if named:
                return named
            issuer = document_issuer(token, context.actors)
            if issuer is not None and issuer.type != "place":
                return [issuer]  # "The resolution, passed by the committee"
    return []


def _participle_parties(
    cue: Cue, sent: Span, context: Attribution, lex: CueLexicon
) -> list[LocalActor]:
    """Return the subject of the clause a subjectless participle clause hangs on."""
    clause = first_conjunct(cue.clause)
    participle = None
    if (
        clause.tag_ == "VBG"
        and clause.dep_ in _PARTICIPLE_DEPS
        and (clause.dep_ != "pcomp" or clause.head.lower_ in _CONCESSIVE)
        and _lemma(cue.token) not in lex.need_verbs
    ):
        # "..., calling for talks", "Although calling for talks, X" ("after having to
        # wait" sets the scene)
        participle = clause
    else:
        subject = subject_of(cue.clause, sent)
        if (
            subject is not None
            and subject.tag_ == "VBG"
            and subject.dep_ == "csubj"
            and _lemma(subject) in lex.reporting
        ):
            participle = subject  # "..., stating these should continue"
            clause = cue.clause
    if participle is None or any(c.dep_ in _SUBJECTS for c in participle.children):
        return []
    node = clause.head
    for _ in range(4):
        if node.pos_ in ("VERB", "AUX"):
            subject = next(
                (c for c in node.children if c.dep_ in ("nsubj",) and c.tag_ != "VBG"), None
            )
            if subject is not None:
                return _named(subject, context, lex)
        if node.head.i == node.i:
            break
        node = node.head
    return []
