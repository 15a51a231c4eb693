"""Commitment cues: the words that make a clause a commitment, and of which type.

``find_cue(token, lexicon)`` says whether a token starts a cue (a verb, a modal, an
adjective or a noun of one of the seven types) and returns it with the clause whose
subject commits and the verb of the committed act. The words live in
``analysis/data/commitment_cues.toml``, read by ``analysis/cue_lexicon.py``; who commits
and whether the clause is background is decided in ``analysis/commitments.py``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache

import numpy
from spacy.attrs import POS, TAG
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from analysis.cue_lexicon import CueLexicon, cue_lexicon

# Verbs that after "will" state a future condition or a forecast, not an act.
_STATE_VERBS = frozenset(
    {"be", "become", "remain", "have", "look", "need", "face", "see", "lose", "get"}
)
_FUTURE = frozenset({"will", "would", "shall"})
_FIRST_PERSON = frozenset({"we", "i"})
_PEOPLE_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "they"})


# -- cues ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Cue:
    """A commitment cue found in the parse.

    ``token`` is the cue word, ``clause`` the verb whose subject commits, ``act`` the
    verb of the committed act (the head of ``content``) and ``words`` the cue as shown.
    ``owner`` is who commits when a noun carries the cue ("its demand that").
    """

    kind: str
    token: Token
    clause: Token
    act: Token
    words: str
    owner: Token | None = None


_INFLECTIONS = (
    ("es", ""),
    ("s", ""),
    ("ed", ""),
    ("ed", "e"),
    ("d", ""),
    ("ing", ""),
    ("ing", "e"),
)


def _lemma(token: Token) -> str:
    """Return the token's lemma, mended where the model misreads a cue verb ("hopes": "hop")."""
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB" or token.tag_ in ("VB", "VBP"):
        return lemma
    known = _verb_lemmas()
    if lemma in known:
        return lemma
    lower = token.lower_
    for suffix, ending in _INFLECTIONS:
        if lower.endswith(suffix):
            candidate = lower[: -len(suffix)] + ending
            if candidate in known:
                return candidate
    return lemma


@cache
def _verb_lemmas() -> frozenset[str]:
    lex = cue_lexicon()
    return frozenset(lex.verbs) | frozenset(lex.complement_verbs) | lex.reporting


def _xcomp(token: Token) -> Token | None:
    """Return the "to" complement of a verb (the parser sometimes calls it advcl, also
    after an adverb of time: "is preparing today to open talks")."""
    for child in token.children:
        if child.dep_ == "xcomp":
            return child
        if (
            child.dep_ == "advcl"
            and child.i >= token.i + 2
            and token.doc[child.i - 1].lower_ == "to"
            and all(
                t.head == token
                and t.dep_ in ("advmod", "npadvmod")
                and t.lower_ not in ("here", "there")  # "I am here to sell my fish": a purpose
                for t in token.doc[token.i + 1 : child.i - 1]
            )
            and child.tag_ == "VB"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
            and not any(c.dep_ == "mark" for c in child.children)
        ):
            return child
        if (
            child.dep_ == "ccomp"
            and child.tag_ == "VB"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
            and any(c.dep_ == "nsubj" and _TALLY.fullmatch(c.text) for c in child.children)
        ):
            return child  # "voted 14–0 to extend": the tally is no subject of the act
    return None


def _effort_with(token: Token) -> Token | None:
    """Return the "to" clause right after the "with" partner of a verb of joint effort
    ("working with the Red Cross to deliver tents"), or None."""
    partner = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "with"), None)
    if partner is None:
        return None
    return next(
        (
            c
            for c in token.children
            if c.dep_ == "advcl"
            and c.left_edge.i == partner.right_edge.i + 1
            and c.tag_ == "VB"
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ),
        None,
    )


# A vote tally read as one token ("14–0", "75-23").
_TALLY = re.compile(r"\d+\s*[-\u2013\u2014]\s*\d+")


def _modal_of(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "aux" and c.tag_ == "MD"), None)


_NOBODY = frozenset({"nobody", "nothing", "none", "noone"})


def _negation(*tokens: Token) -> Token | None:
    """Return the word that negates a clause, or None.

    "did not", "never", "neither supports"; a subject with "no" ("no plants would be
    built") or "nobody"; a verb joined by "nor" ("never attacked nor will allow").
    """
    for token in tokens:
        for c in token.children:
            if c.dep_ == "neg" or (c.lower_ == "neither" and c.dep_ in ("preconj", "advmod", "cc")):
                return c
            if c.dep_ == "advmod" and c.i < token.i and c.pos_ == "ADV":
                # "we do not morally recognise it": the parser hangs "not" on the adverb
                neg = next(
                    (
                        d
                        for d in c.children
                        if d.dep_ == "neg" and d.i < c.i and d.lower_ in ("not", "n't")
                    ),
                    None,
                )
                if neg is not None:
                    return neg
            if c.dep_ in ("nsubj", "nsubjpass"):
                if c.lower_ in _NOBODY:
                    return c
                no = next((d for d in c.children if d.dep_ == "det" and d.lower_ == "no"), None)
                if no is not None:
                    return no
        if token.dep_ == "conj":
            nor = next(
                (
                    c
                    for c in token.head.children
                    if c.lower_ == "nor" and token.head.i < c.i < token.i
                ),
                None,
            )
            if nor is not None:
                return nor
    return None


def _negated(*tokens: Token) -> bool:
    """Return whether a clause is negated (see ``_negation``)."""
    return _negation(*tokens) is not None


_CANDIDATES = "commitment_tracker.cue_candidates"
# The only parts of speech ``find_cue`` reads (with any token tagged as a modal).
_CUE_POS = ("VERB", "AUX", "ADJ", "NOUN")


def cue_candidates(sent: Span) -> list[int]:
    """Return, in order, the indices of the sentence's tokens that may start a cue.

    ``find_cue`` returns None for every token that is no verb, auxiliary, modal,
    adjective or noun; the others are read from one array of the doc (kept in its
    ``user_data``), so finding cues never walks every token in Python.
    """
    doc = sent.doc
    found = doc.user_data.get(_CANDIDATES)
    if found is None:
        found = doc.user_data[_CANDIDATES] = _candidates(doc)
    return found[bisect.bisect_left(found, sent.start) : bisect.bisect_left(found, sent.end)]


def _candidates(doc: Doc) -> list[int]:
    if not len(doc):
        return []
    array = doc.to_array([POS, TAG])
    parts = numpy.array([get_string_id(p) for p in _CUE_POS], dtype=array.dtype)
    wanted = numpy.isin(array[:, 0], parts) | (array[:, 1] == get_string_id("MD"))
    adverbs = numpy.flatnonzero(array[:, 0] == get_string_id("ADV")).tolist()
    misread = [i for i in adverbs if _misread_verb(doc[i])]
    return sorted(numpy.flatnonzero(wanted).tolist() + misread)


def _misread_verb(token: Token) -> bool:
    """Return whether the model tagged a verb as an adverb: a clause head with a subject
    and an auxiliary ("we did not authorise anyone to sign", British "-ise" spellings)."""
    return (
        token.pos_ == "ADV"
        and token.dep_ in ("ROOT", "ccomp", "conj", "advcl", "xcomp")
        and any(c.dep_ == "nsubj" for c in token.children)
        and any(c.dep_ == "aux" for c in token.children)
    )


def _elided_refusal(modal: Token, lemma: str) -> Cue | None:
    """Return the refusal a negated "will"/"would" states with its verb left out ("Qatar
    said that it would not", "we will not"): the course asked about before is refused."""
    if (
        lemma in _FUTURE
        and modal.dep_ in ("ccomp", "conj", "ROOT")
        and any(c.dep_ == "neg" for c in modal.children)
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in modal.children)
        and not any(c.dep_ in ("xcomp", "ccomp", "acomp", "attr", "dobj") for c in modal.children)
    ):
        return Cue("refusal", modal, modal, modal, f"{modal.text} not")
    return None


def _ruled_by_norm(verb: Token, lex: CueLexicon) -> bool:
    """Return whether a law or a norm is the verb's subject ("Osmark's constitution
    forbids it"; see [phrases] leave_verbs)."""
    return any(
        c.dep_ == "nsubj" and (c.ent_type_ == "LAW" or _lemma(c) in lex.against_norms)
        for c in verb.children
    )


def find_cue(token: Token, lex: CueLexicon) -> Cue | None:
    """Return the commitment cue ``token`` starts, or None when it starts none."""
    lemma = _lemma(token)
    if lemma in lex.past_efforts and _told_as_done(token):
        return None  # "we have worked to open markets": an effort told of, not a course
    if (token.pos_ in ("VERB", "AUX") and token.tag_ != "MD") or _misread_verb(token):
        cue = _verb_cue(token, lemma, lex) or _keeps_a_course(token, lex)
        cue = cue or _stands_against(token, lemma, lex)
        if cue is not None and cue.clause.i == token.i and _asked_by_modal(token, lex):
            # "Norland should ratify the treaty": the modal's call (or the speaker's own
            # intent, "we must support") is the commitment, not a ratification
            return None
        if cue is not None and cue.clause.i == token.i and _aimed_at_another(token):
            # "will try to get Ostland to accept the plan": the one getting aims, and
            # Ostland has accepted nothing
            return None
        if cue is not None and _counterfactual(token, lex):
            # "would likely have preferred not to attend": a guess about the past
            return None
        if cue is not None and cue.kind == "call" and _kept_up(token, lex):
            # "we will continue to push for sanctions": the speaker pledges to keep pushing
            return None
        if cue is not None and _guessed_wish(token, lemma, lex):
            # "he might want to show that": a guess at another's wish
            return None
        if cue is not None and lemma in lex.leave_verbs and _ruled_by_norm(token, lex):
            return None  # "the constitution forbids it": a rule, no side's refusal
        if cue is not None and cue.kind == "refusal" and _refused_subject(token):
            # "I was turned down": the person is refused, and nobody named refuses (with
            # "by the council" the council refuses; a thing refused stays the teller's)
            return None
    elif token.tag_ == "MD" and token.dep_ == "aux":
        cue = _modal_cue(token, lemma, lex)
    elif token.tag_ == "MD":
        cue = _clause_modal_cue(token, lemma, lex) or _elided_refusal(token, lemma)
    elif token.pos_ == "ADJ":
        cue = _adjective_cue(token, lemma, lex)
    elif token.pos_ == "NOUN" and lex.nouns:
        cue = _noun_cue(token, lemma, lex) or _stance_phrase(token, lex)
    else:
        cue = None
    if cue is None and token.pos_ == "VERB" and token.dep_ == "acomp":
        cue = _stance_to(token, lemma, lex)  # "she was opposed to including them"
    if cue is None:
        return None
    if cue.owner is None and cue.clause.dep_ == "relcl":
        who = next(
            (c for c in cue.clause.children if c.dep_ == "nsubj" and c.lower_ == "who"), None
        )
        if who is not None:
            # "Jon Hale, who is calling for a referendum": "who" is the person before it
            cue = Cue(cue.kind, cue.token, cue.clause, cue.act, cue.words, cue.clause.head)
    return _with_polarity(cue, lex)


def _clause_modal_cue(modal: Token, lemma: str, lex: CueLexicon) -> Cue | None:
    """Return the cue of a modal that heads its clause with a "to" verb ("we ought to
    act", "Norland ought to withdraw"): the modal's type, the "to" verb the act."""
    kind = lex.modals.get(lemma)
    act = next(
        (
            c
            for c in modal.children
            if c.dep_ == "xcomp"
            and c.pos_ in ("VERB", "AUX")
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ),
        None,
    )
    if kind is None or act is None or not any(c.dep_ == "nsubj" for c in modal.children):
        return None
    if any(c.dep_ == "aux" and c.lower_ == "have" for c in act.children):
        return None  # "ought to have acted": a reproach
    return Cue(_first_person_kind(kind, modal), modal, modal, act, f"{modal.text} to")


_IMPERATIVE_LEAD = frozenset(
    {"do", "n't", "not", "never", "please", "just", "so", "now", "and", "but"}
)


def imperative_cue(token: Token, lex: CueLexicon) -> Cue | None:
    """Return the call an imperative makes ('"Stop the shelling and return to the talks"',
    '"Do not sell your land to the speculators"'), or None. Only a quotation's imperative asks
    anyone: the caller checks that ``token`` is quoted.

    The verb is a bare form heading its clause, with no subject, no "to", no conjunction
    before it and something it acts on; the first of joined imperatives stands for all.
    """
    if token.tag_ != "VB" or token.pos_ != "VERB":
        return None
    if token.dep_ not in ("ROOT", "ccomp", "parataxis"):
        return None
    if any(
        c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "mark")
        or (c.dep_ in ("aux", "auxpass") and c.lower_ not in ("do", "please"))
        for c in token.children
    ):
        return None
    before = [t for t in token.subtree if t.i < token.i]
    if any(not t.is_punct and t.lower_ not in _IMPERATIVE_LEAD for t in before):
        return None
    joined = next(
        (
            c
            for c in token.children
            if c.dep_ in ("conj", "dep")
            and c.tag_ == "VB"
            and any(g.dep_ == "dobj" for g in c.children)
        ),
        None,
    )
    if joined is None and not any(
        c.dep_ in ("dobj", "prep", "xcomp", "ccomp", "dative", "prt") for c in token.children
    ):
        return None  # "Listen!", "Wait.": no act named
    negated = _negated(token)
    if _lemma(token) in (lex.negated_imperative_not_asks if negated else lex.imperative_not_asks):
        if joined is not None and not negated:
            # "Come clean on the tests, close the site": the imperative joined after it asks
            return Cue("call", joined, joined, joined, joined.text)
        return None
    # a negated imperative asks that something not be done: still a call, shown with "not"
    words = f"not {token.text}" if negated else token.text
    return Cue("call", token, token, token, words)


def _withheld_leave(verb: Token, lemma: str, lex: CueLexicon) -> Cue | None:
    """Return the refusal a negated verb of leave states with no modal ("Pakistan does not
    allow foreign warships to enter its ports", "does not permit inspectors to enter"): a
    standing policy refused. With a modal ("will not allow") the modal's cue says so."""
    if lemma not in lex.permission_verbs or not _negated(verb) or _modal_of(verb) is not None:
        return None
    act = next(
        (
            c
            for c in verb.children
            if c.dep_ in ("xcomp", "ccomp")
            and c.pos_ in ("VERB", "AUX")
            and (
                any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
                or any(o.dep_ == "dobj" and o.i < c.i for o in verb.children)
            )
        ),
        None,
    )
    if act is None or not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    return Cue("refusal", verb, verb, act, f"not {verb.text}")


def _refused_subject(verb: Token) -> bool:
    """Return whether a refusing verb is passive, with a person as subject and no agent
    ("I was turned down", "the envoy was rejected"). A thing refused in the passive is
    still the teller's side's refusal ('"any such offer would be turned down"').
    """
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return (
        subject is not None
        and (subject.lower_ in _PEOPLE_PRONOUNS or subject.ent_type_ == "PERSON")
        and not any(c.dep_ == "agent" for c in verb.children)
    )


def _asked_by_modal(verb: Token, lex: CueLexicon) -> bool:
    """Return whether a calling modal ("should", "must") governs the verb."""
    modal = _modal_of(verb)
    return modal is not None and lex.modals.get(_lemma(modal)) == "call"


def _aimed_at_another(verb: Token) -> bool:
    """Return whether the verb is an infinitive with a subject of its own that complements
    another verb ("get Ostland to accept", "helping the rebels to disarm" as parsed): what
    the main verb's subject seeks of that side, not a course that side has set."""
    return (
        verb.dep_ == "ccomp"
        and verb.head.pos_ in ("VERB", "AUX")
        and any(c.dep_ == "aux" and c.lower_ == "to" and c.i < verb.i for c in verb.children)
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )


def _guessed_wish(verb: Token, lemma: str, lex: CueLexicon) -> bool:
    """Return whether a wish is another's, guessed under "may", "might" or "could" ("the
    president might want to show", "Norland may wish to delay"); "we may want to" is the
    speaker's own, a hedged intent."""
    modal = _modal_of(verb)
    if lemma not in lex.wanting_verbs or modal is None or _lemma(modal) not in lex.hedge_modals:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lower_ not in ("i", "we")


def _counterfactual(verb: Token, lex: CueLexicon) -> bool:
    """Return whether a verb is told as what would have happened ("would have preferred",
    "might have agreed") or as a likelihood ("would likely prefer")."""
    auxes = [c for c in verb.children if c.dep_ == "aux"]
    modal = any(a.tag_ == "MD" for a in auxes)
    perfect = any(_lemma(a) == "have" for a in auxes)
    likely = any(c.dep_ == "advmod" and c.lower_ in lex.forecast_adverbs for c in verb.children)
    return modal and (perfect or likely)


def _kept_up(verb: Token, lex: CueLexicon) -> bool:
    """Return whether a verb is what a future "continue"/"keep" carries on ("will continue
    to press for", "would keep pushing for"): the future is the commitment, a pledge."""
    if verb.dep_ != "xcomp":
        return False
    head = verb.head
    modal = _modal_of(head)
    return _lemma(head) in lex.continued and modal is not None and _lemma(modal) in _FUTURE


def _schedules(verb: Token, lex: CueLexicon) -> bool:
    """Return whether a verb announces a timetable, not an act.

    "the leaders will meet", "will depart on Monday", "the hearing will begin", "will
    begin hearing the case", "will hold talks"; "will meet its obligations", "will begin
    withdrawing troops", "will never start a war" and "will end the blockade" still commit.
    """
    lemma = _lemma(verb)
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if lemma in lex.vote_verbs and lemma in lex.schedule_verbs:
        # "Norlanders will vote on a referendum" is a timetable; "would vote no" and "will
        # not vote on the treaty as planned" still set a course
        return (
            not objects
            and not _negated(verb)
            and any(c.dep_ == "prep" and c.lower_ == "on" for c in verb.children)
        )
    if lemma in lex.schedule_verbs:
        return lemma != "meet" or not any(_lemma(o) in lex.met_objects for o in objects)
    if lemma in lex.phase_verbs:
        xcomp = _xcomp(verb)
        if xcomp is not None:
            return _lemma(xcomp) in lex.schedule_verbs | lex.event_verbs
        return not objects
    if lemma in lex.hosting_verbs:
        return any(_lemma(o) in lex.event_nouns for o in objects)
    if lemma in lex.journey_verbs:
        # "will return to the capital on Friday"; "will return to the talks" and "the
        # captives will be returned" commit
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
        bound = [o for c in verb.children if c.dep_ == "prep" for o in c.children]
        return (
            not objects
            and not passive
            # a destination or a date makes the timetable ("would only return if given
            # guarantees" sets a condition, not a timetable)
            and (bool(bound) or any(c.dep_ == "npadvmod" for c in verb.children))
            and not any(c.dep_ == "advcl" for c in verb.children)
            and not any(
                o.dep_ == "pobj" and _lemma(o) in lex.talk_nouns | lex.event_nouns for o in bound
            )
        )
    return False


def _praises_an_act(verb: Token, lex: CueLexicon) -> bool:
    """Return whether praise is for an act, a plan or a policy ("praised the decision",
    "commended Norland for its offer", "for sending aid"), not of people alone."""
    praised = []
    if _lemma(verb) not in lex.thanked_persons:
        praised = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        if verb.dep_ == "acl" and verb.tag_ == "VBN":
            praised.append(verb.head)
    holders = [verb]
    if _lemma(verb) in lex.thanked_persons:
        # "thanked the Latvian authorities and the Lithuanian leadership for the support":
        # the parser may hang the "for" phrase on the people thanked
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        holders += objects + [c for o in objects for c in o.conjuncts]
    preps = [c for h in holders for c in h.children if c.dep_ == "prep"]
    for prep in (c for c in preps if c.lower_ in ("for", "on")):
        if any(c.dep_ == "pcomp" for c in prep.children):
            return True
        praised.extend(c for c in prep.children if c.dep_ == "pobj")
    people = lex.praised_people | lex.hospitality_objects | lex.group_persons
    people = people | lex.entourage | lex.private_bodies | lex.favours
    return any(p.pos_ == "NOUN" and not p.ent_type_ and _lemma(p) not in people for p in praised)


def _hopes_for_a_state(verb: Token) -> bool:
    """Return whether a hope's clause states how things are ("there are", "he is well")."""
    if _xcomp(verb) is not None:
        return False
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    return bool(clauses) and all(
        any(c.dep_ == "expl" for c in clause.children)
        or (_lemma(clause) == "be" and not any(c.dep_ == "aux" for c in clause.children))
        or _in_progress(clause)
        for clause in clauses
    )


def _in_progress(clause: Token) -> bool:
    """Return whether a clause tells what is going on now ("they are talking about it")."""
    return clause.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") and _lemma(c) == "be" for c in clause.children
    )


def _agrees_with_someone(verb: Token) -> bool:
    """Return whether "agree" only sides with a person ("I agree with her"): an opinion."""
    if any(c.dep_ in ("dobj", "xcomp", "ccomp", "advcl", "prt") for c in verb.children):
        return False
    preps = [c for c in verb.children if c.dep_ == "prep"]
    withs = [c for c in preps if c.lower_ == "with"]
    if not withs or len(withs) != len(preps):
        return False
    partners = [o for p in withs for o in p.children if o.dep_ == "pobj"]
    return bool(partners) and all(
        o.pos_ in ("PRON", "PROPN") or o.ent_type_ == "PERSON" for o in partners
    )


def _objects(token: Token) -> list[Token]:
    """Return the direct objects of a verb, or its subject when the verb is passive.

    A passive joined to another without a subject of its own shares that one's subject
    ("the plan was accepted by Norland and rejected by Varia": the plan is rejected).
    """
    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    if (
        not objects
        and token.dep_ == "conj"
        and token.tag_ == "VBN"
        and any(c.dep_ == "agent" for c in token.children)
        and not any(c.dep_ in ("nsubj", "auxpass") for c in token.children)
    ):
        objects = [c for c in token.head.children if c.dep_ == "nsubjpass"]
    return objects


def _shares_complement(token: Token, lex: CueLexicon) -> bool:
    """Return whether a bare verb joined to a cue verb shares what that verb took ("Sudvia
    agreed to the new border, and the Union approved"): its subject takes the same stance."""
    if token.dep_ != "conj" or _lemma(token.head) not in lex.verbs:
        return False
    if any(c.dep_ not in ("nsubj", "cc", "punct", "advmod", "neg") for c in token.children):
        return False
    if not any(c.dep_ == "nsubj" for c in token.children):
        return False
    return any(
        c.dep_ in ("dobj", "xcomp", "ccomp")
        or (c.dep_ == "prep" and c.lower_ not in lex.circumstance_preps)
        for c in token.head.children
    )


def _in_sense(token: Token, lemma: str, kind: str, lex: CueLexicon) -> bool:
    """Return whether a cue verb is used in its committing sense (see [senses])."""
    objects = _objects(token)
    if token.dep_ == "acl" and token.tag_ == "VBN":
        objects = [*objects, token.head]  # "a note signed by X": the note is what was signed
    excluded = (lex.not_objects or {}).get(lemma)
    if excluded and any(_lemma(o) in excluded or o.lower_ in excluded for o in objects):
        return False  # "commit suicide", "accept the blame"
    if token.dep_ == "csubj":
        return False  # "to suggest police turn a blind eye is insulting": a subject clause
    if lemma in lex.opinion_verbs and _states_a_fact(token) and _own_suggestion(token) is None:
        return False  # "suggested that the drop was due to": an opinion, not a proposal
    if (
        kind == "endorsement"
        and _modal_of(token) is None
        and any(o.lower_ in lex.armed_groups for o in objects)
        and not any(c.dep_ == "nsubj" and c.lower_ in ("we", "i") for c in token.children)
    ):
        return False  # "Norland is supporting the insurgents": an accusation, no course
    if lemma in lex.acknowledging_verbs and _states_a_fact(token):
        return False  # "accepted that the vote means the end of the war": a fact granted
    if lemma in lex.remarking_verbs and _tells_a_state(token):
        return False  # "offered that it has long been clear": a remark
    if lemma in lex.own_efforts and not _own_effort(token):
        return False  # "Norland is trying to hide its losses", "we tried to reach the port"
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children)
    if kind == "intent" and passive:
        return False  # "is aimed at", "was planned by": a purpose or a past arrangement
    if (
        lemma in lex.needs_to
        and _xcomp(token) is None
        and not _seeks_an_outcome(token, lemma, lex)
        and (
            any(c.dep_ == "dobj" for c in token.children)
            or not any(c.dep_ == "prep" and c.lower_ in ("at", "for") for c in token.children)
        )
    ):
        return False  # "aimed their weapons at him": pointing, not intent
    if (
        lemma in lex.needs_object_or_to
        and _xcomp(token) is None
        and not any(c.dep_ in ("dobj", "nsubjpass") for c in token.children)
    ):
        return False  # "support declined in the polls": a fall, nothing declined
    granted = (lex.only_objects or {}).get(lemma)
    if granted is not None and lemma == "deny" and passive:
        return False  # "staff are denied access": said of those refused, by nobody named
    if granted is not None:
        # "warned Norway of consequences", "threatened it with sanctions"; the parser may
        # hang the "of" phrase on the one warned
        holders = [token, *(c for c in token.children if c.dep_ == "dobj")]
        # "warned Vesland on Monday of consequences": or on the time said between
        holders += [
            o
            for c in token.children
            if c.dep_ == "prep" and c.i > token.i
            for o in c.children
            if o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME")
        ]
        objects = objects + [
            o
            for h in holders
            for c in h.children
            if c.dep_ == "prep" and c.lower_ in ("of", "with")
            for o in c.children
            if o.dep_ == "pobj"
        ]
    if (
        granted is not None
        and _xcomp(token) is None
        and not any(_lemma(o) in granted for o in objects)
    ):
        return False  # "denied the allegation": only "denied access" withholds something
    if lemma in lex.ending_verbs and _concludes_own_gathering(token, objects, lex):
        return False  # "ended their summit by declaring a new era": concluded, not broken off
    clauses = [c for c in token.children if c.dep_ == "ccomp"]
    if (
        lemma in lex.needs_complement
        and not _shares_complement(token, lex)
        and not any(
            c.dep_ in ("dobj", "xcomp", "ccomp", "nsubjpass", "prt", "advcl")
            or (c.dep_ == "prep" and c.lower_ not in lex.circumstance_preps)
            for c in token.children
        )
    ):
        return False  # "We agree.", "agreed during the hearing": assent, nothing agreed
    if (
        lemma in lex.findings
        and clauses
        and _xcomp(token) is None  # "agreed to drop the draft ...: 'we have renounced'"
        and not any(c.dep_ == "dobj" for c in objects)
        and not (
            lex.verbs.get(lemma) == "agreement"
            and _sets_a_course(clauses)
            and not any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children)
        )
    ):
        return False  # "concluded that ...": a finding
    if lemma in lex.findings and _agrees_with_someone(token):
        return False  # "I agree with Vorn": an opinion shared, nothing concluded
    if lemma in lex.praise_verbs and not _praises_an_act(token, lex):
        return False  # "praised his colleagues": praise of people, no act endorsed
    if lemma in lex.state_hopes and _hopes_for_a_state(token):
        return False  # "we hope there are survivors": a state wished, no act
    if lemma in lex.state_hopes and any(
        c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in token.children
    ):
        return False  # "I had hoped you would have stayed": a wish that came to nothing
    if lemma == "wish" and any(
        c.dep_ == "dative" or (c.dep_ == "dobj" and any(g.dep_ == "nsubj" for g in c.children))
        for c in token.children
    ):
        return False  # "wished the soldier a speedy recovery": a greeting
    if lemma in lex.scheduling_orders and any(
        c.dep_ == "dobj" and _lemma(c) in lex.scheduled_meetings for c in token.children
    ):
        return False  # "ordered a second meeting": a timetable
    assured = [token, *(c for c in token.children if c.dep_ == "dobj")]  # "assured X of"
    if lemma in lex.assurances and not any(
        (c.dep_ in ("ccomp", "xcomp") and h == token) or (c.dep_ == "prep" and c.lower_ == "of")
        for h in assured
        for c in h.children
    ):
        return False  # "assured the markets": nothing assured of
    if lemma in lex.assurances and _assures_a_done_act(assured):
        return False  # "assured them that no ransom was paid": a claim about the past
    if lemma in lex.to_phrase_refusals and not any(
        c.dep_ == "prep" and c.lower_ == "to" for c in token.children
    ):
        return False  # "objected that the plan was unfair": a view, not a refusal
    if kind == "refusal" and lemma in lex.refusal_needs_object:
        if _stance(token, lemma, lex):
            return True  # "is opposed to the deployment"
        if lemma in lex.gerund_refusals and any(
            c.dep_ in ("xcomp", "ccomp") and c.tag_ == "VBG" and c.i > token.i
            for c in token.children
        ):
            return True  # "has opposed extending the mission"
        if clauses or not objects:
            return False  # "denied that ...": a denial of fact
        if lemma == "dismiss" and any(
            o.ent_type_ == "PERSON" or o.pos_ in ("PRON", "PROPN") for o in objects
        ):
            return False  # "dismissed the minister"
    return True


def _seeks_an_outcome(verb: Token, lemma: str, lex: CueLexicon) -> bool:
    """Return whether "seek" has for object an outcome between sides ("will seek further
    sanctions", "is seeking talks with the rebels"), a course without "to"."""
    return lemma in lex.help_seeking and any(
        c.dep_ == "dobj" and (_lemma(c) in lex.sought_outcomes or c.lower_ in lex.sought_outcomes)
        for c in verb.children
    )


def _sets_a_course(clauses: list[Token]) -> bool:
    """Return whether an "agreed that" clause sets a future course ("agreed that the zone
    would be examined", "that talks should resume"), not a view ("agreed that it is")."""
    return any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "MD" and c.lower_ in _COURSE_MODALS
        for clause in clauses
        if clause.lemma_ != "be"  # "agreed that this would be the last budget": a view
        for c in clause.children
    )


_COURSE_MODALS = frozenset({"will", "would", "shall", "should", "must"})


def _stance(token: Token, lemma: str, lex: CueLexicon) -> bool:
    """Return whether a passive participle states its subject's stance ("is opposed to",
    "is set to resume talks")."""
    if lemma in lex.course_participles:
        return any(c.dep_ == "auxpass" for c in token.children) and _xcomp(token) is not None
    return (
        lemma in lex.stance_passives
        and any(c.dep_ == "auxpass" for c in token.children)
        and any(
            c.dep_ == "prep" and c.lower_ == "to" and any(o.dep_ == "pobj" for o in c.children)
            for c in token.children
        )
    )


def _conditional_facing(token: Token, lemma: str, lex: CueLexicon) -> Cue | None:
    """Return the threat a speaker makes by saying what another side will face unless it
    acts ("said the militia will face a crushing response unless they disarm"):
    an intent of the speaker, as with "warned". Without the condition it is a forecast."""
    if lemma not in lex.reporting or lemma in lex.threat_verbs or _negated(token):
        return None
    for clause in (c for c in token.children if c.dep_ == "ccomp"):
        facing = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if (
            _lemma(clause) in lex.facing_verbs
            and facing is not None
            and any(c.tag_ == "MD" for c in clause.children)
            and any(c.dep_ == "dobj" for c in clause.children)
            and any(_condition_on(c, facing) for c in clause.children)
        ):
            return Cue("intent", token, token, clause, token.text)
    return None


def _condition_on(clause: Token, side: Token) -> bool:
    """Return whether an "if"/"unless" clause sets a condition on what ``side`` does ("if
    they do not agree", "unless Vesland withdraws"), not on events ("if the talks fail")."""
    if clause.dep_ != "advcl" or not any(
        m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in clause.children
    ):
        return False
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return subject is not None and (
        subject.tag_ == "PRP"
        and subject.lower_ not in ("i", "we", "you")
        or subject.lower_ == side.lower_
    )


def _condition_on_a_side(clause: Token, lex: CueLexicon) -> bool:
    """Return whether an "if"/"unless" clause is about what a side does or suffers ("if
    Norland closed the border", "if Vesland was attacked", "if the rebels attack"), not
    about events ("if the rain continued")."""
    if clause.dep_ != "advcl" or not any(
        m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in clause.children
    ):
        return False
    sides = lex.armed_groups | lex.group_parties | lex.agent_nouns
    return any(
        c.dep_ in ("nsubj", "nsubjpass")
        and (
            c.pos_ == "PROPN"
            or c.ent_type_ in ("GPE", "ORG", "NORP", "PERSON")
            or (c.tag_ == "PRP" and c.lower_ in ("he", "she", "they"))
            or c.lemma_.lower() in sides
        )
        for c in clause.children
    )


def _warning_cue(token: Token, lemma: str, lex: CueLexicon) -> Cue | None:
    """Return the threat or the advice a warning makes: "warned that Vesland would face
    sanctions" threatens (an intent), "warned Vesland against crossing" advises (a call)."""
    if lemma not in lex.threat_verbs:
        return None
    consequences = (lex.only_objects or {}).get("warn", frozenset()) | {"price"}
    for clause in (c for c in token.children if c.dep_ == "ccomp"):
        if _lemma(clause) in lex.facing_verbs and any(
            c.dep_ == "dobj" and _lemma(c) in consequences for c in clause.children
        ):
            return Cue("intent", token, token, clause, token.text)
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in ("of", "about")):
        outcome = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if outcome is not None and any(
            _condition_on_a_side(c, lex) for c in token.children if c.i > outcome.i
        ):
            # "warned of a halt to gas deliveries if Norland closed the border": what the
            # warner will do if the other side acts is a threat
            return Cue("intent", token, token, outcome, f"{token.text} {prep.text}")
    if lemma in lex.advising_warnings:
        for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "against"):
            act = next((c for c in prep.children if c.dep_ == "pcomp"), None)
            if act is not None:
                return Cue("call", token, token, act, f"{token.text} against")
        warned = next((c for c in token.children if c.dep_ == "dobj"), None)
        act = _xcomp(token) or next(
            (
                c
                for c in token.children
                if c.dep_ == "advcl"
                and warned is not None
                and c.i > warned.i
                and c.tag_ == "VB"
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                and not any(a.dep_ == "mark" for a in c.children)
            ),
            None,
        )
        if act is not None and warned is not None:
            if _lemma(act) in lex.prediction_verbs:
                # "warned Vesland to expect sanctions": the warner's own threat
                return Cue("intent", token, token, act, token.text)
            # "warned their nationals in Tonga to stay away": advice to those warned
            return Cue("call", token, token, act, f"{token.text} to")
    return None


def _scheduled_act(token: Token, lemma: str, xcomp: Token | None, lex: CueLexicon) -> Cue | None:
    """Return the plan an actor's schedule states ("Harper is set to meet Hu", "the
    president is scheduled to visit Norland", "Vell is expected to travel to Ghana"): an
    intent, when the act is a visit, meeting or signing and the one scheduled is an actor
    ("prices are expected to rise" schedules nobody)."""
    if (
        lemma not in lex.schedule_participles
        or token.tag_ != "VBN"
        or xcomp is None
        or _lemma(xcomp) not in lex.scheduled_acts
        or _negated(token, xcomp)
    ):
        return None
    if not (_actor_subject(token, lex) or _forces_subject(token, lex)):
        return None
    if any(
        c.dep_ in ("nsubj", "nsubjpass") and c.ent_type_ == "NORP" and c.tag_ in ("NNS", "NNPS")
        for c in token.children
    ):
        return None  # "Norwegians are scheduled to attend the rallies": a people, not its state
    return Cue("intent", token, token, xcomp, f"{token.text} to")


def _expected_of_others(token: Token, lemma: str, lex: CueLexicon) -> Token | None:
    """Return what a side expects another to do of what it owes, or None.

    "We expect Vesland to honour the court's ruling", "Norland said it expected the
    observers to keep to their remit", "we expect an apology", "said she expected a
    swift pullout": the expecting side asks
    it of the other. A side expecting its own act, an act that is no duty ("expects
    Vesland to win", "expects the sale to proceed"), a negated or passive expectation
    ("is expected to comply") and one held by onlookers ("analysts expect") forecast.
    """
    if lemma not in lex.expecting_verbs or token.tag_ == "VBN" or _negated(token):
        return None
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is None or not (_actor_subject(token, lex) or subject.lower_ == "it"):
        return None
    act = _to_clause_after(token, [c for c in token.children if c.tag_ == "VB"], ("xcomp", "ccomp"))
    if act is None:
        owed = next(
            (c for c in token.children if c.dep_ == "dobj" and _lemma(c) in lex.asked_acts),
            None,
        )
        own_words = subject.lower_ in _FIRST_PERSON or (
            # 'said she expected a swift pullout': the speaker's "I expect", reported
            subject.lower_ in ("he", "she", "they")
            and token.dep_ == "ccomp"
            and _lemma(token.head) in lex.reporting
        )
        return owed if owed is not None and own_words else None
    if _lemma(act) not in lex.owed_acts:
        return None
    doer = next((c for c in act.children if c.dep_ == "nsubj"), None) or next(
        (c for c in token.children if c.dep_ == "dobj" and c.i < act.i), None
    )
    if doer is None or doer.lower_ in _FIRST_PERSON or doer.lower_ in ("itself", "themselves"):
        return None
    return act


def _reminded_duty(token: Token, lemma: str, lex: CueLexicon) -> Token | None:
    """Return the clause of what a reminder says another side must or can still do.

    "The board reminds that any settlement must have the backing of both towns",
    "reminded Vesland that it must still open its books", "I remind them they can pay
    their share": a call on them. A
    reminder of a fact ("reminded everyone that Norland is an old seafaring nation") asks nothing.
    """
    if lemma not in lex.reminding_verbs or _negated(token):
        return None
    clause = next((c for c in token.children if c.dep_ == "ccomp"), None)
    if clause is None:
        return None
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.lower_ in _FIRST_PERSON:
        return None  # "we remind you that we can strike": the speaker's own course
    words = [t for t in clause.subtree if t.i <= clause.i or t.head.i == clause.i]
    if not any(t.lower_ in lex.duty_words for t in words):
        return None
    return clause


def _verb_cue(token: Token, lemma: str, lex: CueLexicon) -> Cue | None:
    warning = _warning_cue(token, lemma, lex) or _conditional_facing(token, lemma, lex)
    if warning is not None:
        return warning
    withheld = _withheld_leave(token, lemma, lex)
    if withheld is not None:
        return withheld
    xcomp = _xcomp(token)
    if xcomp is None and lemma in lex.joint_effort_verbs:
        xcomp = _effort_with(token)  # "is working with the Red Cross to deliver tents"
    if xcomp is not None and lemma in lex.wanting_verbs and _thanked_for_an_act(xcomp, lex):
        # "I would like to thank Norland for leading the talks": praise of what was done
        return Cue("endorsement", token, token, xcomp, xcomp.text)
    if xcomp is not None and _courtesy(token, lemma, xcomp, lex):
        return None
    scheduled = _scheduled_act(token, lemma, xcomp, lex)
    if scheduled is not None:
        return scheduled
    expected = _expected_of_others(token, lemma, lex) or _reminded_duty(token, lemma, lex)
    if expected is not None:
        return Cue("call", token, token, expected, token.text)
    if lemma in lex.help_seeking and any(
        c.dep_ == "dobj" and _lemma(c) in lex.requested_help for c in token.children
    ):
        return Cue("call", token, token, token, token.text)  # "sought assistance from the UN"
    if (
        lemma in lex.help_needing
        and any(c.dep_ == "nsubj" and c.lower_ in _FIRST_PERSON for c in token.children)
        and any(c.dep_ == "dobj" and _lemma(c) in lex.requested_help for c in token.children)
    ):
        return Cue("call", token, token, token, token.text)  # "we need the help of the UN"
    if lemma in lex.deciding_verbs:
        decided = _subjunctive_clause(token) or _willed_clause(token)
        if decided is not None:
            # "has decided that the official be dismissed", "decided that the mission will
            # be extended": the decision sets the course, as "decided to" does
            return Cue("intent", token, token, decided, token.text)
    kind = lex.verbs.get(lemma)
    if _stands_by_its_own(token, lemma, lex):
        return None  # "defended his plan", "defended its approach": answers critics
    if kind is not None:
        if lemma == "back" and (
            token.pos_ != "VERB"
            or any(c.lower_ in lex.back_particles and c.i > token.i for c in token.children)
        ):
            return None  # "backed down", "backed off": a retreat, not support
        if not _in_sense(token, lemma, kind, lex):
            return None
        if _wants_others_to_know(token, lemma, lex):
            return None  # "I want the country to know what our soldiers did": no act
        wanted = _wanted_of_others(token, lemma, lex)
        if wanted is not None:
            return Cue(_wished_kind(wanted, lex), token, token, wanted, token.text)
        hoped = _hoped_of_others(token, lemma, lex)
        if hoped is not None:
            return Cue("call", token, token, hoped, token.text)
        urged = _urged_in_proposal(token, lemma, lex)
        if urged is not None:
            return Cue("call", token, token, urged, token.text)
        if (
            lemma in lex.advising_warnings
            and xcomp is not None
            and any(c.dep_ == "dobj" and c.i < xcomp.i for c in token.children)
        ):
            return Cue("call", token, token, xcomp, token.text)  # "warned its citizens to"
        if _strives(token, lemma, xcomp, lex):
            return Cue("intent", token, token, xcomp, token.text)  # "are pressing to reach"
        return Cue(kind, token, token, xcomp or token, token.text)
    if lemma in lex.vote_verbs and xcomp is None:
        for prep in (c for c in token.children if c.dep_ == "prep"):
            if any(o.dep_ == "pobj" for o in prep.children):
                if prep.lower_ in lex.vote_against:
                    return Cue("refusal", token, token, token, f"{token.text} {prep.text}")
                if prep.lower_ in lex.vote_for:
                    return Cue("endorsement", token, token, token, f"{token.text} {prep.text}")
    kind = lex.complement_verbs.get(lemma)
    if kind is not None:
        particles = [
            c
            for c in token.children
            if c.dep_ in ("prep", "prt") and c.lower_ in ("on", "upon", "for")
        ]
        # the particle written after the verb ("called for") before an opening "On Friday"
        particle = next(
            (c for c in particles if c.i > token.i), particles[0] if particles else None
        )
        asked = _for_clause(token) if kind == "call" else None
        if asked is not None:
            # "called for Vesland to withdraw": the parser makes "for" the mark of the act
            particle = particle or next(c for c in asked.children if c.dep_ == "mark")
            xcomp = xcomp or asked
        if lemma == "like" and (
            _modal_of(token) is None or _modal_of(token).lower_ not in ("would", "'d", "should")
        ):
            return None  # "would like to", not "like" nor "will not like leaving"
        if token.dep_ in ("acomp", "amod") or any(
            c.dep_ == "advmod" and c.lower_ in ("very", "so", "too", "deeply")
            for c in token.children
        ):
            return None  # "it was very moving to visit": a feeling, not a move
        if lemma in lex.needs_particle and particle is None:
            return None  # "called her counterpart to express concern": a phone call
        wanted = _wanted_of_others(token, lemma, lex)
        if wanted is not None:
            return Cue(_wished_kind(wanted, lex), token, token, wanted, token.text)
        if lemma in lex.addressed_orders and (
            xcomp is None
            or _lemma(xcomp) in lex.prediction_verbs
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in xcomp.children)
        ):
            # "told reporters that", "told them to expect delays", 'told the house, "Let
            # me ..."': reported, not ordered
            return None
        if xcomp is None and kind == "call":
            # "called for the resignation ... following the claim that he orchestrated":
            # with a "for"/"on" phrase the "that" clause is the parser's misattachment
            xcomp = _addressed_complement(token) or (
                _that_complement(token) if particle is None else None
            )
        if _strives(token, lemma, xcomp, lex):
            return Cue("intent", token, token, xcomp, token.text)  # "is pushing to join"
        if xcomp is not None:
            return Cue(_decided_kind(kind, lemma, xcomp, lex), token, token, xcomp, token.text)
        if particle is not None and kind == "call":
            # the particle is written after the verb ("called for"); a sentence's opening
            # "On Friday" is no part of the cue's words
            words = f"{token.text} {particle.text}" if particle.i > token.i else token.text
            return Cue(kind, token, token, token, words)
        return None
    if lemma in lex.mandative_verbs:
        asked = _subjunctive_clause(token)
        if asked is not None:  # "insisted that Vesland withdraw its troops"
            return Cue("call", token, token, asked, token.text)
        on = next(
            (
                c
                for c in token.children
                if c.dep_ == "prep"
                and c.lower_ in ("on", "upon")
                and c.i > token.i
                and any(o.dep_ in ("pobj", "pcomp") for o in c.children)
            ),
            None,
        )
        if on is not None:
            # "have been insisting on the opening of two consulates": a demand
            return Cue("call", token, token, token, f"{token.text} {on.text}")
    if (
        lemma in lex.progressive_refusals
        and token.tag_ == "VBG"
        and any(
            c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") and _lemma(c) == "be"
            for c in token.children
        )
        and any(c.dep_ in ("dobj", "prep") for c in token.children)
    ):
        neg = _negation(token)
        if neg is not None and neg.dep_ == "neg":
            # "then the movement is not attending the talks": a course refused
            return Cue("refusal", token, token, token, f"{neg.text} {token.text}")
    if lemma in lex.progressive_deployments and _sending_under_way(token, lex):
        return Cue("intent", token, token, token, token.text)  # "is sending 300 engineers"
    if lemma in lex.keeping_verbs and _keeping_an_accord(token, lex):
        return Cue("pledge", token, token, token, token.text)  # "is adhering to the truce"
    if lemma in lex.policy_refusals and _policy_refused(token):
        # '"We do not negotiate with kidnappers"': a standing policy of refusal
        neg = _negation(token)
        return Cue("refusal", token, token, token, f"{neg.text} {token.text}")
    if lemma == "be":
        cleft = _pseudo_cleft(token, lex)
        if cleft is not None:
            return cleft
    if lemma == "announce":
        return _announced(token, lex)
    if lemma in lex.future_verbs and xcomp is not None:
        return _going_to(token, xcomp, lex)
    if lemma == "be" and xcomp is not None and token.dep_ != "xcomp":
        return _scheduled(token, xcomp, lex)
    if (
        lemma in lex.course_participles
        and xcomp is not None
        and token.dep_ != "xcomp"
        and any(c.dep_ == "auxpass" for c in token.children)
    ):
        return _scheduled(token, xcomp, lex)  # "is set to resume talks", "is poised to sign"
    for particle in (c for c in token.children if c.dep_ == "prt"):
        if f"{lemma} {particle.lower_}" in lex.refusal_phrasals:
            # "ruled out sending troops", "turned down the request"
            return Cue("refusal", token, token, xcomp or token, f"{token.text} {particle.text}")
        if f"{lemma} {particle.lower_}" in lex.proposal_phrasals and any(
            _lemma(o) in lex.proposed_objects or o.lower_ in lex.proposed_objects
            for o in _objects(token)
        ):
            # "put forward a resolution on sanctions": a proposal the other side may take up
            return Cue("offer", token, token, token, f"{token.text} {particle.text}")
    kind = (lex.object_verbs or {}).get(lemma)
    if kind is not None and any(_lemma(o) in lex.formal_objects for o in _objects(token)):
        return Cue(kind, token, token, token, token.text)  # "passed a resolution"
    if lemma in lex.look_forward and any(c.lower_ == "forward" for c in token.children):
        if _awaits_an_outcome(token, lex):
            return None  # "looks forward to the outcome of the talks": a hope, no course
        return Cue("intent", token, token, token, f"{token.text} forward")
    if (
        lemma in lex.need_verbs
        and xcomp is not None
        and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in token.children)
        and lex.verbs.get(_lemma(xcomp)) in ("agreement", "pledge", "endorsement", "offer")
    ):
        # "has yet to accept the proposal", "has yet to sign": withheld so far
        return Cue("refusal", token, token, xcomp, f"yet to {xcomp.text}")
    if lemma in lex.need_verbs and any(
        c.dep_ == "advmod" and c.lower_ == "yet" for c in token.children
    ):
        return None  # "he has yet to talk to the minister": not done so far, nothing asked
    if lemma in lex.need_verbs and xcomp is not None and token.pos_ == "VERB":
        modal = _modal_of(token)
        if (
            (
                (modal is not None and _lemma(modal) in _FUTURE)
                or (token.dep_ == "xcomp" and _lemma(token.head) in lex.future_verbs)
            )
            and _first_person_kind("call", token) == "call"
            and not any(c.dep_ == "auxpass" for c in xcomp.children)
            and not _demanded_by_speaker(token, lex)
        ):
            # "the state will need to build": a forecast, nobody is asked ("the deal would
            # have to be discussed" asks that it be done)
            return None
        return Cue(_first_person_kind("call", token), token, token, xcomp, f"{token.text} to")
    if lemma in lex.role_verbs:
        modal = _modal_of(token)
        if modal is not None and any(
            c.dep_ == "dobj" and _lemma(c) in lex.role_objects for c in token.children
        ):
            return Cue("offer", token, token, token, f"{modal.text} {token.text} a role")
    if lemma in lex.considering_acts and _considers_own_act(token, xcomp):
        return Cue("intent", token, token, xcomp, token.text)  # "is considering pulling out"
    modal = _modal_of(token)
    if (
        lemma in lex.deliberation
        and modal is not None
        and _lemma(modal) in _FUTURE | lex.hedge_modals
    ):
        kind = "intent"
        if lemma in lex.considered_offers and _lemma(modal) == "would":
            # "we would consider a truce": open for the other side to take up; "could" or
            # "may consider" only muses on a course, a hedged intent
            kind = "offer"
        return Cue(kind, token, token, token, f"{modal.text} {token.text}")
    return None


def _sending_under_way(verb: Token, lex: CueLexicon) -> bool:
    """Return whether a present progressive sends troops, aid or an envoy ("Norland is
    sending 300 engineers", "we are deploying a frigate", "the UN is sending its aid chief
    to meet the junta"); "is sending a message" sends words, and a negated one refuses."""
    if not _in_progress(verb) or _negated(verb):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects:
        return False
    purpose = any(
        c.dep_ in ("advcl", "xcomp")
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in verb.children
    )
    return purpose or any(
        _lemma(o) in lex.deliverables
        or o.lower_ in lex.envoys
        or _lemma(o) in lex.envoys
        or o.ent_type_ == "PERSON"
        for o in objects
    )


def _keeping_an_accord(verb: Token, lex: CueLexicon) -> bool:
    """Return whether a verb of keeping to an accord says it is kept now: a present
    tense or progressive with an accord as object ("we abide by the truce", "Norland is
    complying with the resolution"), or a past progressive in reported words ("said
    Norland was adhering to the deal"). Negated, it accuses or refuses, and is left to
    the other rules; so is a modal ("will honour"), which commits on its own."""
    if _negated(verb) or any(c.tag_ == "MD" for c in verb.children):
        return False
    aux = [c for c in verb.children if c.dep_ == "aux" and _lemma(c) == "be"]
    if verb.tag_ in ("VBZ", "VBP"):
        now = True
    elif verb.tag_ == "VBG" and aux:
        now = aux[0].tag_ in ("VBZ", "VBP") or (
            aux[0].tag_ == "VBD" and verb.dep_ == "ccomp" and _lemma(verb.head) in lex.reporting
        )
    else:
        now = False
    if not now:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"] + [
        o
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in ("to", "by", "with")
        for o in c.children
        if o.dep_ == "pobj"
    ]
    return any(o.lower_ in lex.kept_accords or _lemma(o) in lex.kept_accords for o in objects)


def _stands_by_its_own(verb: Token, lemma: str, lex: CueLexicon) -> bool:
    """Return whether a verb of standing up for something ("defend") has the subject's own
    course or deed as object ("defended his plan", "will defend its approach"): that
    answers critics, and the plan's own words, or a modal, carry any commitment."""
    return (
        lex.verbs.get(lemma) == "endorsement"
        and lemma in lex.only_objects
        and any(
            o.dep_ == "dobj" and any(p.dep_ == "poss" and p.pos_ == "PRON" for p in o.children)
            for o in verb.children
        )
    )


def _policy_refused(verb: Token) -> bool:
    """Return whether a negated present simple states a side's standing refusal ("we do
    not negotiate with kidnappers", "Norland does not recognise the regime"): the subject
    is the speaker's side or a named actor, and the act has an object or a partner."""
    neg = _negation(verb)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return (
        verb.tag_ == "VB"
        and neg is not None
        and neg.dep_ == "neg"
        and any(c.dep_ == "aux" and c.lower_ in ("do", "does") for c in verb.children)
        and subject is not None
        and (subject.lower_ == "we" or subject.ent_type_ in ("GPE", "ORG", "NORP"))
        and any(c.dep_ in ("dobj", "prep") for c in verb.children)
    )


def _strives(verb: Token, lemma: str, act: Token | None, lex: CueLexicon) -> bool:
    """Return whether a verb of pressing strives for its own act: a "to" clause and no one
    addressed ("are pressing hard to reach a deal"; "pressed Vesland to withdraw" asks)."""
    return (
        lemma in lex.striving_calls
        and act is not None
        and act.i > verb.i
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in act.children)
        and not any(
            c.dep_ in ("dobj", "dative", "nsubj", "nsubjpass")
            or (c.dep_ == "prep" and c.lower_ in ("on", "for"))
            for c in verb.children
            if c.i > verb.i
        )
        and not any(c.dep_ == "nsubjpass" for c in verb.children)
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in act.children)
    )


def _considers_own_act(verb: Token, act: Token | None) -> bool:
    """Return whether a verb of deliberation in the present progressive weighs an act of
    its subject's own ("is considering sending troops"), not a thing put to it ("is
    considering the report") nor a past deliberation ("was considering")."""
    return (
        act is not None
        and verb.tag_ == "VBG"
        and act.tag_ == "VBG"
        and act.i > verb.i
        and any(
            c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") and _lemma(c) == "be"
            for c in verb.children
        )
    )


def _urged_in_proposal(token: Token, lemma: str, lex: CueLexicon) -> Token | None:
    """Return the act a proposal says another "should" or "must" do ("suggested that the
    groups should be stripped of their benefits", "proposed that Vesland must withdraw"):
    a call, not an offer the other side may take up."""
    if lemma not in lex.opinion_verbs:
        return None
    if lemma in lex.mandative_verbs:
        asked = _subjunctive_clause(token)
        if asked is not None:  # "suggested that an envoy be sent": asks, like "should"
            return asked
        asked = _own_suggestion(token)
        if asked is not None:  # '"I would suggest that he sends more troops"'
            return asked
    for clause in token.children:
        if clause.dep_ != "ccomp":
            continue
        modal = _modal_of(clause)
        if modal is None or lex.modals.get(_lemma(modal)) != "call":
            continue
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.lower_ not in ("we", "i"):
            return clause
    return None


def _told_as_done(verb: Token) -> bool:
    """Return whether a verb is told in the simple past or the perfect, not going on
    ("worked to", "have worked to", not "have been working to" or "will work to")."""
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and _lemma(c) == "have" for c in verb.children
    )


def _own_effort(verb: Token) -> bool:
    """Return whether an effort ("trying to") is a course set now: promised with "will",
    or said in the first person or of "he"/"she" in reported speech, not in the past.
    Another side's "is trying to" is a charge, and "we tried to" tells of the past."""
    if verb.tag_ in ("VBD", "VBN") or any(
        c.dep_ == "aux" and c.lower_ == "did" for c in verb.children
    ):
        return False  # "we tried to", "he has tried to": told of the past
    if any(c.tag_ == "MD" and c.lower_ in ("will", "shall") for c in verb.children):
        return True  # "Norland will try to broker a truce": a course set now
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if subject.lower_ in ("he", "she"):
        return verb.dep_ == "ccomp"  # "Holm said he was trying to", not the writer's "he"
    return subject.lower_ in ("i", "we")


def _own_suggestion(verb: Token) -> Token | None:
    """Return the clause a speaker's own present suggestion asks ("I suggest that Vesland
    sends an envoy", "I would suggest that he calls up more troops"): said now in the
    first person, whatever the mood of the clause; "I suggested that" tells of the past."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in ("i", "we"):
        return None
    modal = _modal_of(verb)
    if verb.tag_ != "VBP" and (modal is None or _lemma(modal) not in ("would", "will")):
        return None
    if _negated(verb):
        return None
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.tag_ in ("VBD", "VBN") or clause.pos_ != "VERB":
            continue
        if _lemma(clause) in ("be", "have", "seem", "remain", "mean"):
            continue  # "I suggest that the figures are wrong": an opinion
        asked = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if asked is not None and asked.lower_ not in ("i", "we", "it", "this", "that"):
            return clause
    return None


def _pseudo_cleft(token: Token, lex: CueLexicon) -> Cue | None:
    """Return the call or intent of "what is required from Vesland is that it withdraw",
    "what we want is for Norland to leave", "what we want is to live in peace": the wh-
    clause names a need or a wish, the clause after "is" what is needed or wished."""
    head = next((c for c in token.children if c.dep_ == "csubj"), None)
    if head is None or not any(c.tag_ == "WP" and c.lower_ == "what" for c in head.children):
        return None
    verb = _lemma(head)
    if verb in lex.cleft_offers:
        return _cleft_offer(token, head)
    if verb not in lex.cleft_needs and verb not in lex.wanting_verbs:
        return None
    act = next(
        (
            c
            for c in token.children
            if c.dep_ in ("ccomp", "advcl", "xcomp") and c.i > token.i and c.pos_ in ("VERB", "AUX")
        ),
        None,
    )
    if act is None:
        return _cleft_noun(token, head)
    subject = next((c for c in act.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    own = subject is None or subject.lower_ in ("we", "i", "us")
    kind = "intent" if verb in lex.wanting_verbs and own else "call"
    wisher = _cleft_subject(head)
    return Cue(kind, token, token, act, f"what {head.text} {token.text}", owner=wisher)


def _cleft_subject(head: Token) -> Token | None:
    """Return who wants, needs or proposes in a pseudo-cleft's "what" clause ("what we
    want", "what I am suggesting"), not the "what" itself."""
    return next((c for c in head.children if c.dep_ == "nsubj" and c.tag_ != "WP"), None)


def _cleft_offer(copula: Token, head: Token) -> Cue | None:
    """Return the offer of "what I am suggesting is to bring the ports together", "what we
    propose is a joint patrol": said now by the speaker's side ("what he suggested was"
    tells of another's proposal, which the sentence's own cues carry)."""
    proposer = _cleft_subject(head)
    if proposer is None or proposer.lower_ not in ("we", "i") or copula.tag_ not in ("VBZ", "VBP"):
        return None
    act = next(
        (
            c
            for c in copula.children
            if c.i > copula.i
            and (
                (c.dep_ in ("ccomp", "advcl", "xcomp") and c.pos_ in ("VERB", "AUX"))
                or (c.dep_ == "attr" and c.pos_ == "NOUN")
            )
        ),
        None,
    )
    if act is None:
        return None
    return Cue("offer", copula, copula, act, f"what {head.text} {copula.text}", owner=proposer)


def _cleft_noun(copula: Token, head: Token) -> Cue | None:
    """Return the call of "what we demand from Vesland is more autonomy", "what we need is a
    ceasefire": the noun after the present "is" names what is asked. "What I want to say is"
    (a wish to speak) and "what he wanted was" (a past wish told) ask nothing."""
    noun = next(
        (c for c in copula.children if c.dep_ == "attr" and c.i > copula.i and c.pos_ == "NOUN"),
        None,
    )
    if noun is None or copula.tag_ not in ("VBZ", "VBP"):
        return None
    if any(c.dep_ in ("xcomp", "ccomp") for c in head.children):
        return None
    wisher = _cleft_subject(head)
    if wisher is None or not (wisher.lower_ in ("we", "i") or wisher.pos_ == "PROPN"):
        return None  # "what they want is power": a claim about others' aims, no one asks
    return Cue("call", copula, copula, noun, f"what {head.text} {copula.text}", owner=wisher)


def _decided_kind(kind: str, lemma: str, xcomp: Token, lex: CueLexicon) -> str:
    """Return the type of a decision that takes its act's type ("voted to approve" is an
    endorsement, "decided to reject" a refusal; see [decided_acts])."""
    passed = (lex.decided_acts or {}).get(lemma)
    if passed and _lemma(xcomp) in lex.stating_verbs and not _negated(xcomp):
        # "decided to make an urgent request to": the request is what was decided
        nouns = [(lex.nouns or {}).get(_lemma(c)) for c in xcomp.children if c.dep_ == "dobj"]
        if any(nouns):
            return next(n for n in nouns if n)
    act_kind = lex.verbs.get(_lemma(xcomp))
    if not passed or act_kind not in passed or _negated(xcomp):
        return kind
    return act_kind if _in_sense(xcomp, _lemma(xcomp), act_kind, lex) else kind


def _subjunctive_clause(token: Token) -> Token | None:
    """Return a "that" clause in the subjunctive ("that Vesland withdraw", "that the
    talks be resumed"): a base-form verb with a subject and no modal asks for an act."""
    for clause in token.children:
        if clause.dep_ != "ccomp":
            continue
        passive_be = any(
            c.dep_ == "auxpass" and c.tag_ == "VB" and c.lower_ == "be" for c in clause.children
        )
        if clause.tag_ != "VB" and not (clause.tag_ == "VBN" and passive_be):
            continue
        if any(c.dep_ == "aux" for c in clause.children):
            continue  # "that Vesland will withdraw", "that they did not withdraw"
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
            return clause
    return None


def _willed_clause(token: Token) -> Token | None:
    """Return a "that" clause whose act is set for the future and done to something
    ("that the mission will be extended"), asked ("that the troops should stay") or the
    decider's own ("the council decided it would end the measures"), or None. A decided
    "it would not take part" is a refusal, a cue of its own."""
    for clause in token.children:
        if clause.dep_ != "ccomp":
            continue
        modals = {c.lower_ for c in clause.children if c.dep_ == "aux"}
        done_to = any(c.dep_ == "auxpass" for c in clause.children)
        if modals & _ASKED or (done_to and modals & _WILLED):
            return clause
        own = any(c.dep_ == "nsubj" and c.lower_ in ("it", "they") for c in clause.children)
        if own and modals & _WILLED and not _negated(clause):
            return clause
    return None


_WILLED = frozenset({"will", "would", "'ll"})
_ASKED = frozenset({"shall", "should"})


def _for_clause(token: Token) -> Token | None:
    """Return the act a "for ... to" clause asks of someone ("called for Vesland to
    withdraw", "pleaded for all factions to attend")."""
    return next(
        (
            c
            for c in token.children
            if c.dep_ == "advcl"
            and c.i > token.i
            and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ),
        None,
    )


def _that_complement(token: Token) -> Token | None:
    """Return the act a "that" clause asks for ("asked that the talks be reopened")."""
    return next(
        (
            c
            for c in token.children
            if c.dep_ == "ccomp"
            and c.pos_ in ("VERB", "AUX")
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        ),
        None,
    )


def _reported_own_act(token: Token, subject: Token, xcomp: Token) -> bool:
    """Return whether "it" is going to do something the reporting subject stated ("Norland
    has stated that it is going to finish the bridge"): "it" is that subject, acting on an
    object, not the "it" of "it is going to take a long time"."""
    if subject.lower_ != "it" or token.dep_ != "ccomp" or token.head.pos_ != "VERB":
        return False
    if not any(c.lower_ == "that" and c.dep_ == "mark" for c in token.children):
        return False
    reporter = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
    has_object = any(c.dep_ == "dobj" for c in xcomp.children)
    return reporter is not None and reporter.pos_ == "PROPN" and has_object


def _going_to(token: Token, xcomp: Token, lex: CueLexicon) -> Cue | None:
    """Return the pledge "we are going to open" states, like "will" (None for a forecast).

    "is going to take a long time", "it is going to be useless" and "I am not going to
    say" forecast or speak; an actor's "are going to send" commits.
    """
    if token.tag_ != "VBG" or not any(
        c.dep_ == "aux" and _lemma(c) == "be" for c in token.children
    ):
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in xcomp.children):
        return None
    if _is_cue_word(xcomp, lex):
        return None  # "are going to sign": the verb's own cue says what kind
    if any(c.dep_ == "auxpass" for c in xcomp.children):
        return None  # "they are going to be exposed": what will happen to them
    subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or (
        subject.lower_ in ("it", "this", "that", "what", "which", "there")
        and not _reported_own_act(token, subject, xcomp)
    ):
        return None
    verb = _lemma(xcomp)
    if verb in _STATE_VERBS or verb in lex.event_verbs or verb in lex.reporting:
        return None
    if _schedules(xcomp, lex):
        return None
    if _lemma(subject) in lex.event_nouns or verb in lex.outcome_verbs:
        return None
    return Cue("pledge", token, token, xcomp, f"{token.text} to")


def _addressed_complement(token: Token) -> Token | None:
    """Return the act a call asks after its addressee ("appealed to Norland to release",
    "pleaded with Norland to reopen").

    The parser may hang "to release" on the verb as a clause of purpose once a "to"
    or "with" phrase naming the addressee stands between them.
    """
    addressees = [c for c in token.children if c.dep_ == "prep" and c.lower_ in ("to", "with")]
    for child in token.children:
        if (
            child.dep_ == "advcl"
            and child.tag_ == "VB"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
            and not any(c.dep_ == "mark" for c in child.children)
            and any(a.i < child.i and a.right_edge.i == child.i - 2 for a in addressees)
        ):
            return child
    return None


def _wants_others_to_know(token: Token, lemma: str, lex: CueLexicon) -> bool:
    """Return whether a wish only frames what others should know or understand ("I want
    the country to know what our soldiers did", "we wish the world to understand", "I want
    that to be clear", "we want it to be known that ..."): no act asked."""
    if lemma not in lex.wanting_verbs:
        return False
    for c in token.children:
        if c.dep_ not in ("xcomp", "ccomp") or not any(
            g.dep_ == "aux" and g.lower_ == "to" for g in c.children
        ):
            continue
        if _lemma(c) == "be" and any(
            g.dep_ == "acomp" and g.lower_ in lex.framing_adjectives for g in c.children
        ):
            return True  # "I want this point to be plain"
        if _lemma(c) in lex.framing_verbs and any(g.dep_ == "auxpass" for g in c.children):
            return True  # "we want it to be known that ..."
        if _lemma(c) in lex.framing_verbs and (
            any(g.dep_ == "nsubj" for g in c.children)
            or any(o.dep_ == "dobj" and o.i < c.i for o in token.children)
        ):
            return True
    return False


def _hoped_of_others(token: Token, lemma: str, lex: CueLexicon) -> Token | None:
    """Return the act a hope's "that" clause asks of another side, or None.

    "We hope that they do everything they can to free him", "we still hope that the Senate
    will shelve the motion": what the hope's speaker wants another side to do.
    A clause of the speaker's own side ("we hope that we can"), of a thing or an event
    ("that the talks succeed", "that day comes") or of a state hoped for stays a hope.
    """
    if lemma not in lex.state_hopes or _xcomp(token) is not None:
        return None
    clause = next((c for c in token.children if c.dep_ == "ccomp"), None)
    if clause is None or clause.pos_ not in ("VERB", "AUX"):
        return None
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    if subject.pos_ == "PRON":
        if subject.lower_ not in ("they", "he", "she", "you"):
            return None
    elif subject.ent_type_ not in _ACTOR_ENTITIES and subject.pos_ != "PROPN":
        return None
    if _lemma(clause) in _STATE_VERBS | lex.event_verbs | lex.outcome_verbs:
        return None
    return clause


def _wanted_of_others(token: Token, lemma: str, lex: CueLexicon) -> Token | None:
    """Return the act a wish asks of another ("we want Norland to join"), or None.

    A wish for the speaker's own act is an intent; a wish that someone else act is a call.
    """
    if lemma not in lex.wanting_verbs:
        return None
    xcomp = _xcomp(token)
    if xcomp is not None and any(
        c.dep_ == "dobj" and c.i < xcomp.i and c.pos_ != "PRON" for c in token.children
    ):
        return xcomp  # "would like Vesland to reopen": the object is asked to act
    if xcomp is None:
        for obj in (c for c in token.children if c.dep_ == "dobj"):
            if obj.lemma_.lower() in lex.asked_acts:
                return obj  # "we want an inquiry": an act others are to carry out
            asked = next(
                (
                    c
                    for c in obj.children
                    if c.dep_ == "acl"
                    and c.tag_ == "VB"
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                ),
                None,
            )
            if asked is not None and obj.pos_ == "NOUN" and _lemma(obj) not in lex.event_nouns:
                # "wants fishing to stop": the parser hangs the "to" clause on the
                # object; what others do is asked of them ("wants talks to resume" is an
                # event wished, left to the wish); the object with its clause is the act
                return obj
    for clause in token.children:
        if clause.dep_ != "ccomp" or clause.pos_ not in ("VERB", "AUX"):
            continue
        modal = _modal_of(clause)
        asked = modal is not None and lex.modals.get(_lemma(modal)) == "call"
        if not (asked or wished_done(clause)) and not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in clause.children
        ):
            continue  # "wishing that the commissions should meet" asks as "to" does
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.lower_ not in ("us", "me", "ourselves", "myself"):
            return clause
    return None


def wished_done(clause: Token) -> bool:
    """Return True for a participle with no auxiliary that a wish governs ("wants the
    troops pulled out"): a thing wished done by others, as a "to" clause is."""
    return clause.tag_ in ("VBN", "VBD") and not any(
        c.dep_ in ("aux", "auxpass", "mark") for c in clause.children
    )


def _wished_kind(act: Token, lex: CueLexicon) -> str:
    """Return "offer" for a wish that another join ("we want Vesland to join"), an
    invitation; any other act wished of another is asked of them, a call."""
    lemma = _lemma(act)
    phrases = {lemma} | {f"{lemma} {c.lower_}" for c in act.children if c.dep_ in ("dobj", "prt")}
    return "offer" if phrases & lex.joining_acts and act.pos_ == "VERB" else "call"


def _modal_cue(token: Token, lemma: str, lex: CueLexicon) -> Cue | None:
    kind = lex.modals.get(lemma)
    head = token.head
    if lemma in lex.hedge_modals and head.pos_ == "VERB" and _threatened(token, head, lex):
        # "warned that it could close the embassy": a threat of the speaker's own act
        return Cue("intent", token, head, head, token.text)
    if kind is None or head.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.i > token.i for c in head.children):
        return None  # "should it fail to", "would he agree": a condition or a question
    if head.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "have" for c in head.children):
        return None  # "should have acted", "would have signed": a reproach or a counterfactual
    if kind == "call":
        if _states_a_condition(head, lex):
            return None  # "should be ashamed", "need not be alarmed": a state, no act
        return Cue(_first_person_kind("call", head), token, head, head, token.text)
    if (
        _is_cue_word(head, lex)
        and not _abandons(head, lex)
        and not (_lemma(head) in lex.blaming_acts and _verb_cue(head, _lemma(head), lex) is None)
    ):
        # "will sign", "would back": the verb says what kind ("will condemn piracy" is
        # no opposition to a proposal: the modal says what kind)
        return None
    if _warning_cue(head, _lemma(head), lex) is not None:
        return None  # "I would caution against": the warning says what kind
    if _vague_doing(head, lex):
        return None  # "we will do things differently": no act named
    if any(c.dep_ == "advmod" and c.lower_ in lex.forecast_adverbs for c in head.children):
        return None  # "would likely talk with him": a forecast
    if _lemma(head) in lex.judgements and any(c.dep_ == "auxpass" for c in head.children):
        return None  # "would be justified", "would be abused": a judgement, no act
    if _subject_lemma(head) in lex.event_nouns:
        return None  # "the summit will take place", "the inquiry will run for a week"
    able = _able_to(head)
    if (
        able is not None
        and lemma in _FUTURE
        and kind == "pledge"
        and any(c.dep_ == "nsubj" and c.lower_ in ("we", "i") for c in head.children)
    ):
        # "we will be able to reduce our troops": a course the speaker's side expects to
        # take ("Norland would be able to enrich uranium" is a capability told)
        return Cue("intent", token, head, able, f"{token.text} be able to")
    withheld = _withheld_grant(head, lex)
    if withheld is not None and lemma in _FUTURE:
        # "said there would be no talks with the rebels": the speaker's side refuses them
        return Cue("refusal", token, head, withheld, token.text)
    threatened = _threatened_outcome(head, lex)
    if threatened is not None and lemma in _FUTURE:
        # "warned that there will be serious consequences": the speaker's side threatens
        return Cue("intent", token, head, threatened, token.text)
    staying = _lemma(head) in lex.staying_verbs and _forces_subject(head, lex)
    staying = staying or _takes_a_role(head, lex)
    if (_lemma(head) in _STATE_VERBS or _lemma(head) in lex.event_verbs) and not staying:
        # a future state, an event or a forecast, not an act ("British troops will remain
        # in the country until 2008" keeps them there: a course)
        return None
    if _schedules(head, lex) and not _negated(head):
        # "the leaders will meet on Friday": a timetable ('"we will never depart from the
        # capital"' refuses to go)
        return None
    if _takes_a_post(head, lex):
        return None  # "she will head the new ministry": an appointment
    if (
        _lemma(head) in lex.reporting
        and _lemma(head) not in lex.verbs
        and not _answers_an_act(head, lex)
        and not _aims_force(head, lex)
        and not any(c.dep_ == "dobj" and _lemma(c) in lex.deliverables for c in head.children)
    ):
        # "I would say", "he will argue": a way of speaking ("will add more troops" sends)
        return None
    carried = _xcomp(head) if _lemma(head) in lex.continued else None
    if kind == "pledge" and (
        _lemma(head) in lex.threat_acts
        or _answers_an_act(head, lex)
        or (carried is not None and _lemma(carried) in lex.threat_acts)
    ):
        # "we will strike back", "would respond by sending more ships", "we will continue
        # to strike their bases": a threat
        kind = "intent"
    if kind == "pledge" and _compelled(head, lex):
        # "we will be forced to respond": a warning of the act, an intent
        act = next(c for c in head.children if c.dep_ == "xcomp")
        return Cue("intent", token, head, act, token.text)
    if kind == "pledge" and _hoped(head, lex):
        kind = "intent"  # "we will hopefully reach a deal": a course hoped for
    return Cue(kind, token, head, head, token.text)


def _demanded_by_speaker(need: Token, lex: CueLexicon) -> bool:
    """Return whether "will have to" is a speaker's demand: the clause an emphatic or a
    believing verb frames (``need_frames``: "the Commission stresses that the candidate
    states will have to reform their courts", "believe that the richer states will need
    to pay"), unless a purpose put before it makes it a requirement of that purpose ("to
    join the union, they will have to win a vote in every parliament")."""
    if need.dep_ != "ccomp" or _lemma(need.head) not in lex.need_frames:
        return False
    return not any(
        c.dep_ == "advcl" and c.i < need.i and any(a.lower_ == "to" for a in c.children)
        for c in need.children
    )


def _able_to(verb: Token) -> Token | None:
    """Return the act of "be able to <act>" ("will be able to cut our troops"), or None."""
    if _lemma(verb) != "be" or any(c.dep_ == "neg" for c in verb.children):
        return None
    able = next((c for c in verb.children if c.dep_ == "acomp" and c.lower_ == "able"), None)
    if able is None:
        return None
    return next((c for c in able.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None)


def _concludes_own_gathering(token: Token, objects: list[Token], lex: CueLexicon) -> bool:
    """Return True when an ending verb's object is the subject's own gathering ("their
    summit", "its session") and nothing says it was broken off ("early", "abruptly")."""
    ended = [o for o in objects if _lemma(o) in lex.concluded_gatherings]
    if not ended or any(
        c.lower_ in lex.broken_off for c in token.children if c.dep_ in ("advmod", "prt")
    ):
        return False
    return all(any(c.dep_ == "poss" and c.pos_ == "PRON" for c in o.children) for o in ended)


def _takes_a_role(verb: Token, lex: CueLexicon) -> bool:
    """Return True for "will be" with a role a side takes on as its predicate ("Norland will
    be a reliable partner", "we will not be a party to it"), said of a named side or a
    pronoun, not of a thing ("the deal will be a member's right")."""
    if _lemma(verb) != "be":
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or not (subject.pos_ in ("PROPN", "PRON") or subject.ent_type_):
        return False
    return any(c.dep_ == "attr" and _lemma(c) in lex.pledged_roles for c in verb.children)


def _withheld_grant(verb: Token, lex: CueLexicon) -> Token | None:
    """Return the act an existential "there will be no talks" or "there will not be any
    concessions" withholds, or None.

    Only a clause a reporting verb frames counts ("he said there would be no deal"):
    the speaker's side is the one that grants or withholds such acts; an unframed
    "there will be no deal" forecasts.
    """
    if verb.dep_ != "ccomp" or _lemma(verb.head) not in lex.reporting:
        return None
    noun = _existential_noun(verb)
    if noun is None or (
        _lemma(noun) not in lex.granted_acts and noun.lower_ not in lex.granted_acts
    ):
        return None
    denied = any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)
    return noun if denied or _negated(verb) else None


def _existential_noun(verb: Token) -> Token | None:
    """Return what an existential "there will be ..." says there will be, or None."""
    if _lemma(verb) != "be" or not any(c.dep_ == "expl" for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "attr"), None)


def _threatened_outcome(verb: Token, lex: CueLexicon) -> Token | None:
    """Return the outcome an existential "there will be serious consequences" threatens,
    or None. A clause under a verb other than a reporting one ("analysts expect that
    there will be ...") threatens nothing; a main clause or a reported one
    ("warned that there would be a price to pay") does."""
    if verb.dep_ == "ccomp" and _lemma(verb.head) not in lex.reporting:
        return None
    if _negated(verb):
        return None
    noun = _existential_noun(verb)
    if noun is None or _lemma(noun) not in lex.threatened_outcomes:
        return None
    if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return None
    return noun


def _awaits_an_outcome(verb: Token, lex: CueLexicon) -> bool:
    """Return whether "look forward to" awaits what others decide ("the outcome", "the
    results of the vote"), not an act of the subject's ("to working with", "to the
    visit")."""
    objects = [
        o
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ == "to"
        for o in prep.children
        if o.dep_ == "pobj"
    ]
    return bool(objects) and all(_lemma(o) in lex.awaited_outcomes for o in objects)


def _compelled(verb: Token, lex: CueLexicon) -> bool:
    """Return whether a passive verb of compulsion takes a "to" act ("be forced to act")."""
    return (
        _lemma(verb) in lex.compelled_verbs
        and any(c.dep_ == "auxpass" for c in verb.children)
        and any(c.dep_ == "xcomp" for c in verb.children)
    )


def _vague_doing(verb: Token, lex: CueLexicon) -> bool:
    """Return whether "do" names no act: its object is a vague word ("will do things
    differently", "would do something") and no "to" clause says what for ("will do more
    to help the refugees" still pledges the help)."""
    if _lemma(verb) != "do":
        return False
    if not any(c.dep_ == "dobj" and _lemma(c) in lex.vague_objects for c in verb.children):
        return False
    return not any(
        any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in verb.subtree
        if c != verb and c.pos_ == "VERB"
    )


def _hoped(verb: Token, lex: CueLexicon) -> bool:
    """Return whether an adverb of hope qualifies the verb or a verb joined to it ("will go
    for and hopefully achieve")."""
    verbs = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    return any(
        c.dep_ == "advmod" and c.lower_ in lex.hoping_adverbs for v in verbs for c in v.children
    )


def _aims_force(verb: Token, lex: CueLexicon) -> bool:
    """Return whether a verb that may also report ("point") names an act of force on an
    object ("will point its missiles at"), not a way of speaking ("will point out")."""
    return (
        _lemma(verb) in lex.threat_acts
        and any(c.dep_ == "dobj" for c in verb.children)
        and not any(c.dep_ == "prt" for c in verb.children)
    )


def _threatened(modal: Token, verb: Token, lex: CueLexicon) -> bool:
    """Return whether "could" or "may" tells what a warning's speaker could do."""
    if verb.dep_ != "ccomp" or _lemma(verb.head) not in lex.threat_verbs:
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.dep_ == "nsubjpass" or subject.pos_ != "PRON":
        return False
    if subject.lower_ in ("you", "this", "that", "which", "what"):
        return False
    return _lemma(verb) not in _STATE_VERBS | lex.event_verbs | lex.outcome_verbs


def _tells_a_state(verb: Token) -> bool:
    """Return whether a verb's "that" clause tells a state or a past ("that it has been
    obvious", "that the plan was sound"), not an act to come."""
    if any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return False  # "offered Vell a pardon were he to come home": something offered
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        if any(c.tag_ == "MD" for c in clause.children):
            return False
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "expl")), None)
        if subject is None or subject.i > clause.i:
            continue  # "were he to return": a condition, no statement
        perfect = any(
            c.lower_ in ("has", "have", "had") for c in clause.children if c.dep_ == "aux"
        )
        if _lemma(clause) in ("be", "seem", "remain") or clause.tag_ == "VBD" or perfect:
            return True
    return False


def _states_a_fact(verb: Token) -> bool:
    """Return whether a verb's "that" clause states a fact (indicative) or a possibility.

    "suggested that the government was heading for defeat" or "that policy may change"
    give an opinion; "proposed that the provinces be reduced" (a bare verb), "that they
    should be stripped" or "that the West could rely on our radar" put something forward.
    A bare verb the tagger reads as a present ("proposed that the two sides meet",
    "proposes that we re-establish the council") puts forward too, after a past tense
    (an indicative would be past) or after "propose".
    """
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        modals = [c for c in clause.children if c.tag_ == "MD"]
        if modals:
            return all(_lemma(m) not in ("should", "shall", "must", "could") for m in modals)
        if (
            clause.tag_ == "VBP"
            and clause.lower_ == _lemma(clause)
            and (verb.tag_ in ("VBD", "VBN") or _lemma(verb) == "propose")
        ):
            continue
        auxes = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
        if clause.tag_ in ("VBD", "VBZ", "VBP") or any(
            a.tag_ in ("VBD", "VBZ", "VBP") for a in auxes
        ):
            return True
    return False


def _answers_an_act(verb: Token, lex: CueLexicon) -> bool:
    """Return whether a verb of answering answers with an act ("will respond to any attack",
    "would reply with force", "would respond by sending more ships", "will react
    accordingly if this goes further"), not with words."""
    return _lemma(verb) in lex.answering_acts and any(
        (
            c.dep_ == "prep"
            and (
                c.lower_ in ("to", "with")
                or (
                    c.lower_ == "by"
                    and any(
                        g.dep_ == "pcomp" and g.tag_ == "VBG" and _lemma(g) not in lex.reporting
                        for g in c.children
                    )
                )
            )
        )
        or (
            c.dep_ == "advcl"
            and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
        )
        for c in verb.children
    )


def _states_a_condition(verb: Token, lex: CueLexicon) -> bool:
    """Return whether "must/should" governs a state rather than an act.

    "should be careful", "must be beneath him" (an adjective or a place as predicate of
    "be") and "should not be alarmed" (a feeling) judge or reassure; "should be
    suspended" and "must be ready to" still ask for an act.
    """
    if _lemma(verb) == "be":
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if (
            subject is not None
            and subject.pos_ == "NOUN"
            and not subject.ent_type_
            and any(c.dep_ == "attr" for c in verb.children)
        ):
            return True  # "free trade must be fair trade": a maxim about a thing
        predicates = [c for c in verb.children if c.dep_ in ("acomp", "prep")]
        return bool(predicates) and not any(
            _lemma(c) in lex.ready_adjectives or c.dep_ == "attr" for c in verb.children
        )
    if _lemma(verb) in lex.staying_verbs and _forces_subject(verb, lex):
        return False  # "foreign troops should remain in the country": keep them there
    if _lemma(verb) in lex.topic_verbs and _actor_subject(verb, lex):
        return False  # "Norland should focus on disarmament": an act asked of Norland
    # "such violations must not happen again" asks that they be prevented: a call
    return (
        _lemma(verb) in lex.feelings | lex.opinions
        or verb.lower_ in lex.feelings
        or (
            _lemma(verb) in lex.event_verbs
            and not (_negated(verb) and _lemma(verb) in lex.preventable_events)
        )
    )


def _forces_subject(verb: Token, lex: CueLexicon) -> bool:
    """Return whether a clause's subject, or a word joined to it, is a body of agents
    ("the US and other foreign troops", "peacekeepers")."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    return any(
        _lemma(t) in lex.agent_nouns or t.lower_ in lex.agent_nouns
        for t in (subject, *subject.conjuncts)
    )


def _actor_subject(verb: Token, lex: CueLexicon) -> bool:
    """Return whether a clause's subject is an actor: a named state, body or person, a
    personal pronoun, or an institution ("the government"); "the talks" and "the summit"
    are none."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    return (
        subject.ent_type_ in ("GPE", "ORG", "PERSON", "NORP")
        or subject.lower_ in ("i", "we", "you", "he", "she", "they")
        or _lemma(subject) in lex.institutions
    )


def _subject_lemma(verb: Token) -> str:
    """Return the lemma of a clause's subject, shared along "and" ("will open and be
    attended by"), or "" when it has none."""
    node = verb
    for _ in range(3):
        subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return _lemma(subject)
        if node.dep_ != "conj" or node.head.i == node.i:
            return ""
        node = node.head
    return ""


# Entity labels of subjects that can set a course ("Norland is to withdraw").
_ACTOR_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _thanked_for_an_act(verb: Token, lex: CueLexicon) -> bool:
    """Return whether thanks name someone and what they did ("thank the Prime Minister for
    leading the talks"); "I want to thank you all" frames words."""
    if lex.verbs.get(_lemma(verb)) != "endorsement" or _lemma(verb) not in lex.courtesy_verbs:
        return False
    if not any(c.dep_ == "dobj" and c.pos_ == "PROPN" for c in verb.children):
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ == "for"
        and any(o.dep_ == "pcomp" or (o.dep_ == "pobj" and o.pos_ == "NOUN") for o in c.children)
        for c in verb.children
    )


def _courtesy(token: Token, lemma: str, xcomp: Token, lex: CueLexicon) -> bool:
    """Return whether a wish or a need only frames words or a state ("I want to thank
    you", "we have to be careful"): no act is set or asked."""
    if lemma in lex.wanting_verbs and _lemma(xcomp) in lex.courtesy_verbs:
        return True
    framed = _lemma(xcomp)
    if (
        lemma in lex.wanting_verbs | lex.needs_to
        and framed in lex.reporting | lex.framing_verbs
        and framed not in lex.verbs
        and framed != "announce"
    ):
        return True  # "would like to reiterate", "sought to explain", "I wish everyone to know"
    if lemma in lex.wanting_verbs and framed in lex.verbs:
        kind = lex.verbs[framed]
        if not _in_sense(xcomp, framed, kind, lex):
            return True  # "would like to offer my condolences": courtesy, nothing offered
    if lemma in lex.need_verbs and _lemma(xcomp) in lex.framing_verbs:
        return True  # "I have to tell you", "they have to know that": a frame, no act
    return (
        lemma in lex.need_verbs
        and _lemma(xcomp) == "be"
        and any(c.dep_ == "acomp" and _lemma(c) not in lex.ready_adjectives for c in xcomp.children)
    )


def _scheduled(token: Token, xcomp: Token, lex: CueLexicon) -> Cue | None:
    """Return the intent "is to" states ("Norland is to withdraw its troops"), or None.

    "The aim is to reduce" names a purpose, not a course: purpose nouns as subject, an
    expletive "there" and a question are left out.
    """
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in xcomp.children):
        return None
    subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subject is None or subject.dep_ == "expl" or subject.tag_ in ("WP", "WDT"):
        return None
    if token.i < subject.i:
        return None  # "Were Norland to take the reactor": an inverted condition
    judged = ("acomp", "attr", "prep", "neg") if _lemma(token) == "be" else ("neg",)
    if any(c.dep_ in judged for c in token.children):
        return None  # "it is vital to", "it was of interest to", "it is not to": a judgement
    if _lemma(subject) in lex.scheduled_subjects | lex.event_nouns:
        return None  # "the aim is to", "the summit is to be held": no actor's course
    announced = (
        token.dep_ == "ccomp"
        and _lemma(token.head) in lex.reporting
        and not any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in xcomp.children)
    )
    if (
        subject.pos_ not in ("PROPN", "PRON")
        and subject.ent_type_ not in _ACTOR_ENTITIES
        and not announced
    ):
        # "this money is to provide", "the system is to stop missiles": what a thing is
        # for; an announced "three bases are to close" is the announcer's decision
        return None
    if _lemma(xcomp) in lex.reporting | lex.unscheduled_verbs:
        return None  # "is to say", "is to blame"
    if _schedules(xcomp, lex):
        return None  # "the president was to meet the speaker": a timetable, as "will meet"
    return Cue("intent", token, token, xcomp, f"{token.text} to")


def _first_person_kind(kind: str, verb: Token) -> str:
    """Return "intent" for a call the speaker makes of themself ("we must deploy")."""
    if kind != "call":
        return kind
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.text.lower() in ("we", "i") and subject.text != "US":
        return "intent"
    return kind


def _announced(token: Token, lex: CueLexicon) -> Cue | None:
    """Return the pledge "announced new aid" makes (a plan or intent is a noun cue)."""
    for obj in _objects(token):
        if _lemma(obj) in lex.announced_objects or obj.lower_ in lex.announced_objects:
            return Cue("pledge", token, token, token, token.text)
        if any(c.ent_type_ == "MONEY" for c in obj.subtree):
            return Cue("pledge", token, token, token, token.text)
    return None


def _noun_complement(noun: Token) -> Token | None:
    """Return what a commitment noun commits to ("intent to strengthen", "need for talks")."""
    for child in noun.children:
        if child.dep_ in ("acl", "relcl", "ccomp", "advcl") and child.pos_ in ("VERB", "AUX"):
            marks = {c.lower_ for c in child.children if c.dep_ in ("aux", "mark")}
            if marks & {"to", "that"} or child.dep_ == "ccomp":
                return child
        if child.dep_ == "prep" and child.lower_ in ("to", "for", "on", "of"):
            return child
    if noun.dep_ == "dobj":
        # "underlines the need for Norland to comply": the parser hangs the "for ... to"
        # clause on the verb
        for child in noun.head.rights:
            marks = {c.lower_ for c in child.children if c.dep_ in ("aux", "mark")}
            if child.i > noun.i and child.dep_ == "advcl" and {"for", "to"} <= marks:
                return child
    return None


def _verb_taking(noun: Token, prepositions: tuple[str, ...], verbs: frozenset[str]) -> Token | None:
    """Return the verb of ``verbs`` that takes the noun as its object, directly ("put
    pressure") or after one of ``prepositions`` ("put X under pressure", "led to a deal")."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ in prepositions:
        verb = verb.head
    elif noun.dep_ != "dobj":
        return None
    if verb.pos_ != "VERB" or _lemma(verb) not in verbs:
        return None
    return verb


def _pressure_cue(token: Token, lemma: str, lex: CueLexicon) -> Cue | None:
    """Return the call "put Vesland under pressure to release", "put pressure on Vesland to
    release" makes: the pressure's "to" clause is the act asked, its verb's subject asks."""
    if lemma not in lex.pressure_nouns:
        return None
    verb = _verb_taking(token, ("under", "on"), lex.pressing_verbs)
    if verb is None:
        return _pressure_from(token)
    act = _to_clause_after(token, [*token.children, *verb.children], ("acl", "advcl", "xcomp"))
    if act is None:
        return None
    return Cue("call", token, verb, act, f"{verb.text} {token.text}")


def _to_clause_after(noun: Token, candidates: list[Token], deps: tuple[str, ...]) -> Token | None:
    """Return the first "to" clause among ``candidates`` after ``noun`` ("pressure ... to
    release"), with one of the dependency labels ``deps``, or None."""
    return next(
        (
            c
            for c in candidates
            if c.dep_ in deps
            and c.i > noun.i
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ),
        None,
    )


def _pressure_from(noun: Token) -> Cue | None:
    """Return the call of "came under pressure from Norland to lift the embargo", "faces
    pressure from Vesland to withdraw": the one the pressure comes from asks the act."""
    source = next(
        (
            o
            for p in noun.children
            if p.dep_ == "prep" and p.lower_ == "from"
            for o in p.children
            if o.dep_ == "pobj" and o.pos_ == "PROPN"
        ),
        None,
    )
    act = _to_clause_after(noun, list(noun.children), ("acl",))
    if source is None or act is None:
        return None
    return Cue("call", noun, noun, act, "pressure from", owner=source)


def _reached_through(token: Token, lemma: str, lex: CueLexicon) -> Cue | None:
    """Return the agreement talks lead to ("the talks led to an agreement on joint
    patrols", "the meeting resulted in a deal", "the summit produced an accord")."""
    if (lex.nouns or {}).get(lemma) != "agreement":
        return None
    verb = _verb_taking(token, ("to", "in"), lex.outcome_talks_verbs)
    if verb is None:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    talks = subject
    if _lemma(subject) not in lex.talk_nouns:
        # "several hours of talks": the talks are the object of "of"
        talks = next(
            (
                o
                for p in subject.children
                if p.lower_ == "of"
                for o in p.children
                if o.dep_ == "pobj"
            ),
            subject,
        )
    if _lemma(talks) not in lex.talk_nouns:
        return None
    return Cue("agreement", token, verb, token, f"{verb.text} {token.text}")


def _measured_noun_cue(token: Token, kind: str, lex: CueLexicon) -> Cue | None:
    """Return the cue of a commitment noun stated through a measure of it ("we have a
    great deal of hope that", "expressed a lot of support for the plan"): the measure is
    the stating verb's object, the noun and its complement the commitment."""
    of = token.head
    if token.dep_ != "pobj" or of.lower_ != "of" or _lemma(of.head) not in lex.measure_nouns:
        return None
    measure, verb = of.head, of.head.head
    if measure.dep_ != "dobj" or verb.pos_ not in ("VERB", "AUX"):
        return None
    if _lemma(verb) not in lex.stating_verbs or _lemma(verb) in lex.verbs:
        return None
    if kind == "endorsement" and _lemma(verb) in lex.received_nouns:
        return None  # "has a lot of support": support received
    if kind == "agreement" or _noun_complement(token) is None:
        return None
    return Cue(kind, token, verb, token, f"{verb.text} {token.text}")


def _warning_given(noun: Token, lemma: str, lex: CueLexicon) -> Cue | None:
    """Return the threat a side states as a warning it issues or gives, with what will or
    would happen ("issued a warning that the prisoners would be killed unless they
    surrendered"), as "warned that ... would" does. A warning of a storm, or one that
    only tells ("a warning that prices are rising"), threatens nothing."""
    if lemma not in lex.warning_nouns or noun.dep_ != "dobj":
        return None
    verb = noun.head
    if _lemma(verb) not in lex.stating_verbs:
        return None
    for clause in noun.children:
        if clause.dep_ not in ("acl", "ccomp", "relcl") or clause.pos_ not in ("VERB", "AUX"):
            continue
        if not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
            continue
        if any(c.tag_ == "MD" and _lemma(c) in ("will", "would") for c in clause.children):
            return Cue("intent", noun, verb, clause, f"{verb.text} {noun.text}")
    return None


def _noun_cue(token: Token, lemma: str, lex: CueLexicon) -> Cue | None:
    """Return the cue a commitment noun carries (see [stating_verbs] and [nouns])."""
    pressed = _pressure_cue(token, lemma, lex)
    if pressed is not None:
        return pressed
    reached = _reached_through(token, lemma, lex)
    if reached is not None:
        return reached
    warned = _warning_given(token, lemma, lex)
    if warned is not None:
        return warned
    kind = (lex.nouns or {}).get(lemma) or ("refusal" if lemma in lex.denied_rights else None)
    if kind is None or (token.tag_ != "NN" and lemma not in lex.plural_nouns):
        return None
    if lemma in lex.verbal_nouns and token.dep_ in ("dobj", "pobj") and not _intended_act(token):
        return None  # "the policy of open borders": a policy named, no course set
    head = token.head
    if token.dep_ == "dobj" and (
        _lemma(head) in lex.ending_verbs or _phrasal(head) in lex.ceasing_until
    ):
        return None  # "cease your support for terror", "ended its backing": no support given
    refused = any(c.dep_ == "det" and c.lower_ == "no" for c in token.children)
    if lemma in lex.denied_rights:
        # "has no right to demand": the speaker refuses what another asks.
        if refused and token.dep_ == "dobj" and _noun_complement(token) is not None:
            return Cue("refusal", token, head, token, f"no {token.text}")
        return None
    measured = _measured_noun_cue(token, kind, lex)
    if measured is not None:
        return measured
    if token.dep_ == "dobj" and _lemma(head) in lex.received_nouns and kind == "endorsement":
        giver = _support_giver(token, head, lex)
        if giver is not None:
            # "the plan has the support of Norland": Norland endorses the plan
            return Cue(kind, token, head, token, f"{head.text} {token.text}", owner=giver)
        return None  # "had the support of farmers": support received, not given
    if token.dep_ == "dobj" and _lemma(head) == "have" and kind == "agreement":
        return None  # "does have an extradition treaty": a standing fact
    if (
        token.dep_ == "dobj"
        and head.pos_ in ("VERB", "AUX")
        and _lemma(head) in lex.stating_verbs
        and _lemma(head) not in lex.verbs
    ):
        purpose = None if _noun_complement(token) else _verb_purpose(token, head)
        act = _noun_complement(token) or purpose or token
        # "he announced Norland's intent to": the named state owns the course announced
        named = next((c for c in token.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        cue = Cue(kind, token, head, purpose or token, f"{head.text} {token.text}", owner=named)
        if (
            act == token
            and kind != "agreement"
            and not refused
            and not any(c.dep_ in ("amod", "compound", "poss") for c in token.children)
        ):
            return None  # "made a request": nothing said about what
        if (
            act == token
            and kind == "intent"
            and not refused
            and not any(c.dep_ in ("compound", "poss") for c in token.children)
        ):
            return None  # "made a historically correct decision": a judgement of what is done
        return _refused(cue) if refused else cue
    if (
        kind == "agreement"
        and token.dep_ == "nsubjpass"
        and head.pos_ in ("VERB", "AUX")
        and _lemma(head) in lex.stating_verbs
        and _lemma(head) not in lex.verbs
        and (
            joint_phrase(head, lex) is not None
            or (head.dep_ == "ccomp" and _lemma(head.head) in lex.reporting)
        )
    ):
        # "an agreement was reached between Norland and Vesland": the parties are named;
        # "the foundation said a deal had been reached": the one telling of it is a party
        return Cue(kind, token, head, token, f"{head.text} {token.text}")
    notice = _notified_course(token, kind, lex)
    if notice is not None:
        return notice
    standing = _still_stands(token, kind)
    if standing is not None:
        return standing
    extraposed = _extraposed_course(token, kind, lex) or _stated_purpose(token, kind, lex)
    if extraposed is not None:
        return extraposed
    owner = next((c for c in token.children if c.dep_ == "poss"), None) or _made_by(token)
    taken_up = _offer_taken_up(token, kind, head, owner, lex)
    if taken_up is not None:
        return taken_up
    if owner is None or _noun_complement(token) is None or kind == "agreement":
        return None
    if _lemma(head) in lex.about_nouns:
        return None  # "questioned his commitment to service": about it, not making it
    if (
        token.dep_ == "pobj"
        and lemma in lex.decision_nouns
        and head.lower_ in lex.cause_preps
        and _intended_act(token) is not None
    ):
        # "due to the government's decision not to take part", "after Norland's decision
        # to send troops": a decision the owner has made, told as a cause or a time
        return Cue(kind, token, token, token, f"{owner.text} {token.text}", owner=owner)
    if token.dep_ != "dobj" or head.pos_ != "VERB" or _is_cue_word(head, lex):
        # "their demand was rejected", "thanked them for their commitment": about the
        # commitment, not making it
        return None
    return Cue(kind, token, head, token, f"{head.text} {token.text}", owner=owner)


def _offer_taken_up(
    noun: Token, kind: str, verb: Token, owner: Token | None, lex: CueLexicon
) -> Cue | None:
    """Return the offer of a named side that another side answers ("Vesland accepted
    Norland's offer to send engineers", "rejected a Norwegian offer to mediate"), or an
    offer or plan that is answered as the subject ("a plan by Norland to open a trade
    zone drew a cool response"): the answer is the answering side's; the offer,
    with what it offers to do, stays its maker's. Only an offer to act counts ("to send
    ..."): "rejected the proposal" names no course."""
    if verb.pos_ != "VERB":
        return None
    if kind == "offer" and noun.dep_ == "dobj":
        if not _is_cue_word(verb, lex) or _lemma(verb) in lex.about_nouns:
            return None
    elif kind in ("offer", "intent") and noun.dep_ in ("nsubj", "nsubjpass"):
        # "a proposal by Norland to hold talks was welcomed", "a plan by Vesland to open a
        # trade zone drew a cool response": the answered course is its maker's
        if not (_is_cue_word(verb, lex) or _lemma(verb) in lex.reception_verbs):
            return None
    else:
        return None
    if owner is None or owner.pos_ != "PROPN":
        owner = next(
            (c for c in noun.children if c.dep_ == "amod" and c.ent_type_ in ("NORP", "GPE")),
            None,
        )
    if owner is None:
        return None
    to_act = next(
        (
            c
            for c in noun.children
            if c.dep_ == "acl" and c.pos_ == "VERB" and any(a.lower_ == "to" for a in c.children)
        ),
        None,
    )
    if to_act is None:
        return None
    return Cue(kind, noun, noun, to_act, f"{owner.text} {noun.text}", owner=owner)


def _verb_purpose(noun: Token, verb: Token) -> Token | None:
    """Return the "to" clause the parser hung on the stating verb instead of its noun
    ("sent an offer to Vesland last Tuesday to set up a coast guard": the offer is to
    set one up), when the noun has none of its own; None otherwise."""
    clause = _to_clause_after(noun, list(verb.children), ("advcl",))
    if clause is None or any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in clause.children):
        return None
    return clause


def _still_stands(noun: Token, kind: str) -> Cue | None:
    """Return the commitment a side says still holds: "their commitment to lift the embargo
    still stood", "our pledge to hold talks remains" (the noun owned, with what is
    committed; "its commitment remains strong" judges it)."""
    verb = noun.head
    if (
        noun.dep_ != "nsubj"
        or _lemma(verb) not in ("stand", "remain", "hold")
        or kind == "agreement"
    ):
        return None
    if any(c.dep_ in ("acomp", "attr", "dobj") for c in verb.children) or _negated(verb):
        return None  # "our offer remains open", "the pledge holds the key": said of it
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None or _noun_complement(noun) is None:
        return None
    return Cue(kind, noun, verb, noun, f"{noun.text} {verb.text}", owner=owner)


def _made_by(noun: Token) -> Token | None:
    """Return the named maker of a commitment noun ("a pledge by Norland to release the
    prisoners", as "Norland's pledge to"), or None."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "by" and prep.i == noun.i + 1:
            named = next((o for o in prep.children if o.dep_ == "pobj"), None)
            if named is not None and named.pos_ == "PROPN":
                return named
    return None


def _notified_course(noun: Token, kind: str, lex: CueLexicon) -> Cue | None:
    """Return the course a notice states: "notified Congress of its intention to sell",
    "informed the council of our decision to withdraw" (the noun owned, with what is
    committed after it; "informed him of the decision" says nothing of what)."""
    prep = noun.head
    verb = prep.head
    if (
        noun.dep_ != "pobj"
        or prep.lower_ != "of"
        or verb.pos_ != "VERB"
        or _lemma(verb) not in lex.notifying_verbs
        or not any(c.dep_ == "poss" for c in noun.children)
        or _noun_complement(noun) is None
    ):
        return None
    return Cue(kind, noun, verb, noun, f"{verb.text} {noun.text}")


def _support_giver(noun: Token, verb: Token, lex: CueLexicon) -> Token | None:
    """Return who gives the support a subject holds ("has the support of Norland",
    "secured the backing of Vesland"): the "of" phrase's noun, or None when the support
    is only sought, lost, denied or hoped for ("needs to win the support of", "does not
    have the backing of", "claimed to have the support of")."""
    if _lemma(verb) not in lex.held_support or verb.pos_ not in ("VERB", "AUX"):
        return None
    if verb.dep_ in ("xcomp", "advcl", "acl", "pcomp") or _negated(verb):
        return None
    if any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "to") for c in verb.children):
        return None
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None


def _extraposed_course(token: Token, kind: str, lex: CueLexicon) -> Cue | None:
    """Return the cue of "it is our intention to", "it is the plan of the government to":
    the noun after "it is" names the course its "to" clause sets, owned by the possessor
    or the "of" phrase (the speaker's side when neither is named)."""
    head = token.head
    if (
        kind not in lex.extraposed_kinds
        or token.dep_ != "attr"
        or _lemma(head) != "be"
        or head.tag_ == "VBD"
        or not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in head.children)
    ):
        return None  # "it was his wish to": told in the past
    act = next(
        (
            c
            for c in [*token.children, *head.children]
            if c.dep_ in ("acl", "xcomp")
            and c.i > token.i
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ),
        None,
    )
    if act is None:
        return None
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    if owner is None:
        of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        owner = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
    return Cue(kind, token, head, act, f"{token.text} to", owner=owner)


def unowned_purpose(noun: Token, lex: CueLexicon) -> bool:
    """Return whether a noun is a purpose nobody is named for, subject of "is" ("'The aim
    is to hand over the province,' the official said", "one objective of the trip is
    to"): the purpose of whoever tells it. "The goal of the rebels" is theirs as told, and
    "the forum goal" the forum's."""
    return (
        noun.dep_ == "nsubj"
        and _lemma(noun.head) == "be"
        and not any(c.dep_ in ("poss", "compound") for c in noun.children)
        and any(
            (c.dep_ == "det" and c.lower_ == "the") or (c.dep_ == "nummod" and c.lower_ == "one")
            for c in noun.children
        )
        and all(
            _lemma(g) in lex.event_nouns
            for c in noun.children
            if c.dep_ == "prep"
            for g in c.children
            if g.dep_ == "pobj"
        )
    )


def _stated_purpose(token: Token, kind: str, lex: CueLexicon) -> Cue | None:
    """Return the cue of "our goal is to reopen the border", "Norland's priority is to": a
    course noun owned by the speaker's side or a named party, subject of "is" with a "to"
    clause, sets that course ("their aim is to frighten us" is another's aim as told; "our
    purpose is not to" disclaims an aim and sets none)."""
    head = token.head
    if kind not in lex.extraposed_kinds or token.dep_ != "nsubj" or _lemma(head) != "be":
        return None
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    if owner is None:
        if not unowned_purpose(token, lex):
            return None
    elif not (
        owner.lower_ in ("our", "my")
        or owner.pos_ == "PROPN"
        or (_lemma(owner) in lex.institutions and any(c.dep_ == "det" for c in owner.children))
    ):
        # "the new administration's goal is to": the side the speaker speaks for
        return None
    if any(c.dep_ == "neg" for c in head.children):
        return None  # "our purpose is not to conclude a deal": what the meeting is not for
    act = next(
        (
            c
            for c in head.children
            if c.dep_ in ("xcomp", "ccomp", "advcl", "attr")
            and c.i > head.i
            and c.pos_ in ("VERB", "AUX")
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ),
        None,
    )
    if act is None or any(c.dep_ == "neg" and c.i < act.i for c in act.children):
        return None
    return Cue(kind, token, head, act, f"{token.text} {head.text} to", owner=owner)


def joint_phrase(verb: Token, lex: CueLexicon) -> Token | None:
    """Return the object of the "between" phrase of a passive agreement, or None.

    The phrase may hang on the verb ("was signed between A and B") or on its subject
    ("an accord between A and B was reached").
    """
    holders = [verb, *(c for c in verb.children if c.dep_ == "nsubjpass")]
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ in lex.joint_preps:
                pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    return pobj
    return None


def _refused(cue: Cue) -> Cue:
    return Cue("refusal", cue.token, cue.clause, cue.act, f"no {cue.words}", cue.owner)


def _adjective_cue(token: Token, lemma: str, lex: CueLexicon) -> Cue | None:
    if (
        lemma in lex.refusal_adjectives
        and token.dep_ == "acomp"
        and token.head.pos_ in ("VERB", "AUX")
        and token.head.dep_ in ("ccomp", "parataxis")
    ):
        # "said the demand was unacceptable": the speaker refuses it
        return Cue("refusal", token, token.head, token.head, token.text)
    if (
        lemma in lex.welcoming_adjectives
        and token.dep_ == "acomp"
        and token.head.dep_ in ("ccomp", "parataxis")
        and _lemma(token.head.head) in lex.reporting
        and _welcomes_someone(token.head)
    ):
        # "announced that the exiled leader would be welcome in Norland": the speaker's
        # side offers him a place
        act = _xcomp(token) or token.head
        return Cue("offer", token, token.head, act, token.text)
    hoped = _own_hope(token, lemma, lex)
    if hoped is not None:
        return Cue("intent", token, token.head, hoped, f"{token.text} that")
    satisfied_with = _satisfied_with(token, lemma, lex)
    if satisfied_with is not None:
        return Cue("endorsement", token, token.head, satisfied_with, f"{token.text} with")
    xcomp = _xcomp(token)
    if xcomp is None and lemma in lex.ready_adjectives and token.head.pos_ in ("VERB", "AUX"):
        offered = _readiness_for(token, lex)
        if offered is not None:  # "is open to talks", "ready for dialogue"
            return Cue("offer", token, token.head, token.head, f"{token.text} {offered.text}")
    if xcomp is None:
        return _stance_to(token, lemma, lex)  # "is committed to pursuing a solution"
    holder_verb = _ready_deliverables(token, lemma, lex)
    if holder_verb is not None:
        # "has assembled ships and marines in the region, ready to assist": what a side
        # holds ready, it offers; force held ready ("troops ready to strike") threatens
        kind = "intent" if _threatens_force(xcomp, lex) else "offer"
        return Cue(kind, token, holder_verb, xcomp, f"{token.text} to")
    if token.head.pos_ not in ("VERB", "AUX"):
        return None
    if lemma in lex.ready_adjectives and _lemma(xcomp) in lex.blaming_acts:
        return None  # "the authorities are quick and ready to accuse us": an accusation, no offer
    if lemma in lex.ready_adjectives and _threatens_force(xcomp, lex):
        return Cue("intent", token, token.head, xcomp, f"{token.text} to")  # "ready to strike"
    if lemma in lex.ready_adjectives:
        return Cue("offer", token, token.head, xcomp, f"{token.text} to")
    if lemma in lex.intent_adjectives:  # "determined to", "set to"
        return Cue("intent", token, token.head, xcomp, f"{token.text} to")
    kind = lex.verbs.get(lemma)
    if kind == "pledge":  # "remain committed to"
        return Cue(kind, token, token.head, xcomp, f"{token.text} to")
    return None


def _ready_deliverables(token: Token, lemma: str, lex: CueLexicon) -> Token | None:
    """Return the verb whose subject holds the troops, ships or aid that a readiness
    adjective after them describes ("Norland has massed ships, helicopters and marines
    in the region, ready to assist"), or None."""
    noun = token.head
    if lemma not in lex.ready_adjectives or token.dep_ != "amod" or token.i < noun.i:
        return None
    if _lemma(noun) not in lex.deliverables:
        return None
    while noun.dep_ == "conj":
        noun = noun.head
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ not in ("VERB", "AUX"):
        return None
    return verb if any(c.dep_ == "nsubj" for c in verb.children) else None


def _own_hope(token: Token, lemma: str, lex: CueLexicon) -> Token | None:
    """Return the act of "we are hopeful that we can continue": a hope whose clause has
    the speaker's own side as subject; "hopeful that the talks will succeed" forecasts."""
    if lemma not in lex.hoping_adjectives or token.dep_ != "acomp":
        return None
    clause = next((c for c in token.children if c.dep_ == "ccomp"), None)
    if clause is None or clause.pos_ not in ("VERB", "AUX") or _negated(clause):
        return None
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return clause if subject is not None and subject.lower_ in ("we", "i") else None


def _welcomes_someone(clause: Token) -> bool:
    """Return whether the subject of "X would be welcome" is a person or a party ("the
    exiled leader", "Akem", "they"), not a thing ("the decision was welcome")."""
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if subject.pos_ == "PRON":
        return subject.lower_ in ("he", "she", "they", "you")
    if subject.ent_type_ in _ACTOR_ENTITIES or subject.pos_ == "PROPN":
        return True
    return any(t.ent_type_ == "PERSON" for t in subject.subtree)  # "the exiled leader Jon Tallis"


def _threatens_force(act: Token, lex: CueLexicon) -> bool:
    """Return whether an act is one of force ("strike", "fight", "make an attack")."""
    force = (lex.only_objects or {}).get("threaten", frozenset()) | lex.fighting_acts
    return _lemma(act) in lex.threat_acts | lex.fighting_acts or any(
        c.dep_ == "dobj" and _lemma(c) in force for c in act.children
    )


def _satisfied_with(token: Token, lemma: str, lex: CueLexicon) -> Token | None:
    """Return what a side says it is pleased or satisfied with ("is pleased with the
    cooperation of the government"): a thing done or given, never a person, and not
    when the satisfaction is denied ("is not happy with the plan")."""
    if lemma not in lex.satisfied_adjectives or token.dep_ != "acomp":
        return None
    if token.head.pos_ not in ("VERB", "AUX") or _negated(token.head) or _negated(token):
        return None
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "with":
            thing = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if thing is not None and _act_noun(thing, lex):
                return thing
    return None


# Endings of nouns made from verbs ("cooperation", "commitment", "assistance",
# "delivery", "closure"): something done or given.
_ACT_NOUN_ENDINGS = ("tion", "sion", "ment", "ance", "ence", "ery", "ure", "ing", "sis")


def _act_noun(noun: Token, lex: CueLexicon) -> bool:
    """Return whether a noun names something done or given ("the handover", "the
    outcome of the talks"; see [phrases] satisfied_objects), not a person or a body."""
    if noun.pos_ != "NOUN" or noun.ent_type_:
        return False
    lemma = _lemma(noun)
    return lemma in lex.satisfied_objects or lemma.endswith(_ACT_NOUN_ENDINGS)


def _stance_to(token: Token, lemma: str, lex: CueLexicon) -> Cue | None:
    """Return the cue of a stance held towards an act or a thing after "to": "is committed
    to pursuing a solution" pledges, "was opposed to including them" refuses."""
    if token.dep_ != "acomp" or token.head.pos_ not in ("VERB", "AUX"):
        return None
    lower = token.lower_
    forms = [lemma, *(lower[: -len(end)] + add for end, add in _INFLECTIONS if lower.endswith(end))]
    forms += [f[:-1] for f in forms if len(f) > 3 and f[-1] == f[-2]]  # "committ" -> "commit"
    kind = next((lex.verbs[f] for f in forms if f in lex.verbs), None)
    if kind not in ("pledge", "refusal"):
        return None
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "to":
            act = next((c for c in prep.children if c.dep_ in ("pcomp", "pobj")), None)
            if act is not None:
                return Cue(kind, token, token.head, act, f"{token.text} to")
    return None


def _readiness_for(adjective: Token, lex: CueLexicon) -> Token | None:
    """Return the "to"/"for" of a readiness for an offerable act ("open to talks")."""
    if adjective.dep_ != "acomp":
        return None
    # the parser may hang the phrase on the copula ("will be open for any assistance")
    after = [c for c in adjective.head.children if c.i == adjective.right_edge.i + 1]
    return next(
        (
            prep
            for prep in [*adjective.children, *after]
            if prep.dep_ == "prep"
            and prep.lower_ in ("to", "for")
            and any(o.dep_ == "pobj" and _lemma(o) in lex.ready_for for o in prep.children)
        ),
        None,
    )


def _is_cue_word(token: Token, lex: CueLexicon) -> bool:
    lemma = _lemma(token)
    if lemma in lex.ending_verbs or (
        lemma in lex.only_objects and lex.verbs.get(lemma) == "endorsement"
    ):
        # "will halt construction" is the modal's pledge; only "will halt the talks" refuses
        # ("will defend the government" pledges, "defended the principle" stands for it)
        return not _stands_by_its_own(token, lemma, lex) and _in_sense(
            token, lemma, lex.verbs.get(lemma, "refusal"), lex
        )
    if lemma in lex.own_efforts:
        # "Norland is trying to block the deal": the block, told of Norland, is the cue
        return _own_effort(token)
    if lemma in lex.verbs:
        return True
    if lemma in lex.complement_verbs and _xcomp(token) is not None:
        return True
    if lemma in lex.look_forward and any(c.lower_ == "forward" for c in token.children):
        return True
    if any(
        c.dep_ == "prt" and f"{lemma} {c.lower_}" in lex.refusal_phrasals for c in token.children
    ):
        return True
    if lemma in lex.role_verbs or lemma in lex.deliberation:
        return _modal_of(token) is not None
    # "would vote against the bill": the vote says what kind
    return lemma in lex.vote_verbs and any(
        c.dep_ == "prep" and c.lower_ in lex.vote_against | lex.vote_for for c in token.children
    )


def _backshifted(clause: Token, lex: CueLexicon) -> bool:
    """Return whether a clause reported by a past verb shifts its tense back ("said Norland
    was not planning to": it is not planning to now)."""
    return (
        clause.dep_ == "ccomp"
        and clause.head.i < clause.i  # '"we did not plan to," she said' is her own past
        and _lemma(clause.head) in lex.reporting
        and clause.head.tag_ == "VBD"
        and clause.tag_ != "VBN"
        and not any(c.dep_ == "aux" and _lemma(c) == "have" for c in clause.children)
        # 'he added, "I did not have to sign"': a quotation keeps the speaker's own tense
        and not any(t.is_quote for t in clause.doc[clause.head.i + 1 : clause.left_edge.i + 1])
    )


def _assures_a_done_act(assured: list[Token]) -> bool:
    """Return whether every "that" clause of an assurance (the verb and its objects,
    ``assured``) tells an act already done.

    "assured reporters that no ransom was paid" and "assured them the prisoners had been
    freed" vouch for a past fact; "assured them that the troops would leave" and "that it
    was ready to talk" (a state, told in the past after a past verb) still promise.
    """
    clauses = [c for h in assured for c in h.children if c.dep_ == "ccomp"]
    return bool(clauses) and all(_done_act(clause) for clause in clauses)


def _done_act(clause: Token) -> bool:
    """Return whether a clause tells a finished act: a past passive ("was paid"), a past
    perfect ("had freed"), or a simple past of a verb other than "be" and "have"."""
    children = list(clause.children)
    if any(c.tag_ == "MD" for c in children):
        return False
    if clause.tag_ == "VBN":
        return any(
            (c.dep_ == "auxpass" and c.tag_ == "VBD")
            or (c.dep_ == "aux" and _lemma(c) == "have" and c.tag_ == "VBD")
            for c in children
        )
    return clause.tag_ == "VBD" and _lemma(clause) not in ("be", "have")


def _told_in_past(verb: Token) -> bool:
    """Return whether ``verb`` is told in the past ("wanted", "did not plan", "had hoped")."""
    if verb.tag_ == "VBD":
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)


def _takes_a_post(verb: Token, lex: CueLexicon) -> bool:
    """Return whether a verb tells the office someone will hold ("will head the ministry",
    "will chair the committee"): an appointment, not a commitment (see [predictions])."""
    if any(
        c.dep_ == "prep"
        and c.lower_ == "as"
        and c.i > verb.i  # "As prime minister, I will make it clear": a capacity, not a post
        and any(o.dep_ == "pobj" and _lemma(o) in lex.roles for o in c.children)
        for c in verb.children
    ):
        return True  # "will step in as campaign manager", "will take over as mayor"
    return _lemma(verb) in lex.post_verbs and any(
        c.dep_ == "dobj" and _lemma(c) in lex.posts for c in verb.children
    )


def _stance_phrase(noun: Token, lex: CueLexicon) -> Cue | None:
    """Return the endorsement of "is in support of the plan", "voted in favour of", or None.

    The stance noun is the object of "in" on a copula, a vote verb or a verb of speaking
    up ("spoke in support of") and names what it
    backs with "of"; "not in favour of" is made a refusal by the negation.
    """
    prep = noun.head
    verb = prep.head
    if noun.dep_ != "pobj" or prep.lower_ != "in" or noun.lower_ not in lex.stance_nouns:
        return None
    if (
        verb.pos_ not in ("VERB", "AUX")
        or _lemma(verb) not in {"be"} | lex.vote_verbs | lex.stance_verbs
    ):
        return None
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is None or not any(c.dep_ == "pobj" for c in of.children):
        return None
    return Cue("endorsement", noun, verb, noun, f"in {noun.text} of")


def _abandons(verb: Token, lex: CueLexicon) -> bool:
    """Return whether a verb gives up a course ("renounce", "back out"; see [phrases])."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    lemma = _lemma(verb)
    particles = [c.lower_ for c in verb.children if c.dep_ in ("prt", "prep")]
    return lemma in lex.abandoning or any(f"{lemma} {p}" in lex.abandoning for p in particles)


def _stands_against(token: Token, lemma: str, lex: CueLexicon) -> Cue | None:
    """Return the refusal of "Norland and Vesland are against an independent province":
    a subject that "is against" a course or a thing opposes it; a norm or an interest
    after "against" judges instead ("is against the law")."""
    if lemma != "be" or not any(c.dep_ == "nsubj" for c in token.children):
        return None
    if any(c.dep_ == "neg" for c in token.children):
        return None
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "against"):
        target = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
        if target is not None and _lemma(target) not in lex.against_norms:
            return Cue("refusal", token, token, prep, f"{token.text} against")
    return None


def _keeps_a_course(token: Token, lex: CueLexicon) -> Cue | None:
    """Return the cue of "we are not renouncing this obligation", or None.

    A negated verb of giving up told in the present progressive refuses to give the
    course up, as "will not renounce" does; told in the past ("did not abandon the
    plan") it is a past event. The negation makes the cue a refusal.
    """
    if token.tag_ != "VBG" or not _abandons(token, lex):
        return None
    auxes = [c for c in token.children if c.dep_ == "aux"]
    if not any(a.tag_ in ("VBP", "VBZ") and _lemma(a) == "be" for a in auxes):
        return None
    neg = _negation(token)
    if neg is None:
        return None
    return Cue("pledge", token, token, token, f"{neg.text} {token.text}")


def _intended_act(noun: Token) -> Token | None:
    """Return the act a noun of intent is followed by: its infinitive ("a plan to send")
    or its gerund after "of" ("a policy of paying")."""
    act = _noun_complement(noun)
    if act is not None and act.dep_ == "prep":
        return next((g for g in act.children if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)
    if act is not None and any(a.dep_ == "aux" and a.lower_ == "to" for a in act.children):
        return act
    return None


def _with_polarity(cue: Cue, lex: CueLexicon) -> Cue | None:
    """Return the cue as a refusal when it is negated ("did not commit", "will not").

    A negated cue of a type in ``past_negation_voids`` told in the past ("we did not plan
    to stay") is no commitment at all.
    """
    if cue.kind == "call" and cue.token.pos_ == "VERB" and _negated(cue.token):
        return None  # "we are not asking them to": no call made
    if (
        cue.kind == "refusal"
        and cue.token.pos_ == "VERB"
        and _negated(cue.token)
        and not cue.words.lower().startswith(("not ", "n't ", "never "))  # already negation
    ):
        if cue.words.lower().endswith(" out"):
            # "did not rule out sending troops": the course is kept open, a hedged intent
            return Cue("intent", cue.token, cue.clause, cue.act, f"not {cue.words}", cue.owner)
        return None  # "did not reject the plan": nothing refused, nothing committed
    if cue.kind in ("call", "refusal"):
        return cue
    if (
        cue.kind == "intent"
        and cue.act != cue.token
        and cue.act.dep_ == "xcomp"
        and _negated(cue.act)
        and not _negated(cue.token, cue.clause)
        and not any(c.dep_ in ("dobj", "iobj") for c in cue.token.children)
    ):
        # "decided not to send", "prefers not to interfere": a course withheld
        return Cue("refusal", cue.token, cue.clause, cue.act, f"{cue.words} not", cue.owner)
    if cue.kind == "intent" and cue.token.pos_ == "NOUN" and not _negated(cue.token, cue.clause):
        act = _intended_act(cue.token)
        if act is not None and _negated(act):
            # "has a firm policy not to sell", "a plan of not paying": a course withheld
            return Cue("refusal", cue.token, cue.clause, cue.act, f"{cue.words} not", cue.owner)
    if _negated(cue.token, cue.clause):
        if (
            cue.kind in lex.past_negation_voids
            and _told_in_past(cue.token)
            and not _backshifted(cue.clause, lex)
        ):
            return None
        neg = _negation(cue.token, cue.clause)
        if (
            neg.dep_ == "nsubj"
            and neg.lower_ in ("nobody", "nothing")
            and not any(c.dep_ == "auxpass" for c in cue.clause.children)
        ):
            return None  # '"nobody will stop us"': defiance of others, nothing withheld
        if persists_until(cue.act, lex):
            # "we will not rest until the border is safe": a pledge to go on
            return Cue(
                "pledge", cue.token, cue.clause, cue.act, f"{neg.text} {cue.words}", cue.owner
            )
        return Cue("refusal", cue.token, cue.clause, cue.act, f"{neg.text} {cue.words}", cue.owner)
    return cue


def persists_until(act: Token, lex: CueLexicon) -> bool:
    """Return whether a verb of ceasing has an "until" clause or phrase after it, or after
    the verb it is joined to ("will not let up or stop until the job is done")."""
    verbs = [act, *(c for c in act.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))]
    if not any(_phrasal(v) in lex.ceasing_until for v in verbs):
        return False
    return any(
        c.i > act.i and ((c.dep_ == "prep" and c.lower_ in ("until", "till")) or until_clause(c))
        for v in verbs
        for c in v.children
    )


def until_clause(child: Token) -> bool:
    """Return whether a dependent is an "until" clause ("until the job is done")."""
    return child.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in ("until", "till") for m in child.children
    )


def _phrasal(verb: Token) -> str:
    """Return a verb's lemma with its particle ("let up", "back down")."""
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    return f"{_lemma(verb)} {particle}" if particle else _lemma(verb)
