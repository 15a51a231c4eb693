"""Fallback crediting: who commits when ``credited_parties`` names nobody.

Applied only after every other crediting rule has found no party, so it adds rows and never
changes one. Two classes of language, each crediting only actors the article names:

- A document that speaks ("the deal invites", "the resolution calls on", "the plan
  proposes", "a joint statement calling for"): whoever issued, signed or adopted it, read
  from the document's own phrase ("the proposal by X", "X's plan"), from the verb that
  has it as object in the same sentence ("the two leaders made a joint statement"), or
  from the nearest earlier sentence in which a named actor signed, adopted or issued a
  document of the same word (for words of agreement, any word of agreement: "signed a
  pact" ... "the deal invites"). Only an active speaking verb; "the bill was passed",
  "the law should be changed" and "the act would share" stay uncredited.
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
from analysis.commitment_parties import ClauseParties, reporting_speaker, subject_parties
from analysis.cues import Cue, CueLexicon, _lemma
from analysis.issuers import document_issuer, is_outlet, speaker_words
from analysis.quotes import Attribution

_SUBJECTS = ("nsubj", "nsubjpass", "csubj")
_PARTICIPLE_DEPS = ("advcl", "pcomp", "csubj")
_CONCESSIVE = ("although", "though")


@dataclass(frozen=True)
class FallbackWords:
    """Word classes of the fallback (``[credit] fallback.*`` in credit.toml)."""

    speaking_documents: frozenset[str]
    agreement_documents: frozenset[str]
    issuing_verbs: frozenset[str]


@cache
def fallback_words() -> FallbackWords:
    """Return the shipped fallback word classes (read once)."""
    text = resources.files("analysis").joinpath("data", "credit.toml").read_text("utf-8")
    table = tomllib.loads(text).get("credit", {}).get("fallback", {})
    return FallbackWords(
        **{
            name: frozenset(w.lower() for w in table.get(name, []))
            for name in ("speaking_documents", "agreement_documents", "issuing_verbs")
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
        cue.token is not verb
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
    issuer = document_issuer(subject, context.actors)
    if issuer is not None and issuer.type != "place":
        return [issuer]
    named = _issued_by(subject, context, lex)
    if named:
        return named
    return _earlier_issuers(subject, sent, context, lex)


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


def _earlier_issuers(
    noun: Token, sent: Span, context: Attribution, lex: CueLexicon
) -> list[LocalActor]:
    """Return the issuers of the same document named in the nearest earlier sentence."""
    words = fallback_words()
    lemma = _lemma(noun)
    kin = words.agreement_documents if lemma in words.agreement_documents else {lemma}
    doc = sent.doc
    for token in reversed(doc[: sent.start]):
        if token.pos_ == "NOUN" and _lemma(token) in kin:
            named = _issued_by(token, context, lex)
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
        if node.head is node:
            break
        node = node.head
    return []
