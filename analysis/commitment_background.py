"""Whether a commitment cue's clause commits anyone now.

Headings, questions, conditions, scene-setting and relative clauses, forecasts of what a
thing will do, denials and past acts are background: ``is_background`` and the
tests beside it drop such clauses before any row is made. ``commitments.py`` calls them;
the word classes live in ``analysis/data/commitment_cues.toml``.
"""

from __future__ import annotations

import re
from itertools import islice

from spacy.tokens import Span, Token

from analysis.actor_rules import honorifics
from analysis.cue_lexicon import CueLexicon, cue_lexicon
from analysis.cues import (
    Cue,
    _abandons,
    _lemma,
    _modal_of,
    _negated,
)
from analysis.issuers import (
    credit_words,
    is_document,
    speaker_words,
)
from analysis.spans import doc_text, misread_place_subject

YEAR = re.compile(r"(19|20)\d\d")
FIRST_PERSON = frozenset({"we", "i", "us", "our", "my"})
_SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj", "expl")
# Entity types of a doer named in a "by" phrase (a government, a body, a person)
NAMED_DOERS = frozenset({"GPE", "ORG", "NORP", "PERSON"})


# -- filters ---------------------------------------------------------------------------


def is_heading(sent: Span) -> bool:
    if len(sent) > 14:
        return False
    text = _sentence_text(sent).strip()
    return bool(text) and text[-1] not in ".!?\"”’'…:;)"


def _sentence_text(sent: Span) -> str:
    # ``Span.text`` joins the tokens anew; slicing the doc's text gives the same string.
    return doc_text(sent.doc)[sent.start_char : sent.end_char] if len(sent) else ""


def is_question(sent: Span) -> bool:
    """Return whether a sentence asks: a question mark, or a modal before its subject."""
    if _sentence_text(sent).rstrip(" \"”’'").endswith("?"):
        return True
    # The first three words tell (a modal, its subject, one word more).
    words = list(islice((t for t in sent if not t.is_punct and not t.is_space), 3))
    return len(words) > 2 and words[0].tag_ == "MD" and words[1].dep_ in ("nsubj", "nsubjpass")


def clause_path(token: Token, sent: Span) -> list[Token]:
    """Return ``token`` and its ancestors inside the sentence, nearest first."""
    path = [token]
    for ancestor in token.ancestors:
        if ancestor.i < sent.start or ancestor.i >= sent.end:
            break
        path.append(ancestor)
    return path


def _hypothetical(verb: Token) -> bool:
    """Return whether a "would" clause rests on a condition told in the past ("if I were",
    "if we had known"): the second and third conditionals imagine, they commit nobody."""
    modal = _modal_of(verb)
    if modal is None or modal.lower_ not in ("would", "'d"):
        return False
    for clause in verb.children:
        if clause.dep_ != "advcl" or not any(
            c.dep_ == "mark" and c.lower_ == "if" for c in clause.children
        ):
            continue
        if clause.tag_ == "VBD" or any(
            c.dep_ == "aux" and c.tag_ == "VBD" for c in clause.children
        ):
            return True
    return False


def _after_risk_frame(cue: Cue, sent: Span, lex: CueLexicon) -> bool:
    """Return whether the sentence opens on a risk foreseen ("The danger is that", "Our
    biggest fear was that") and the cue comes after it.

    The frame governs every clause of the list it opens ("the danger is that Norland will
    make the declaration, Vesland will question it, and they will walk out"), though the
    parser often hangs that list on a later clause and the frame below it.
    """
    words = [t for t in sent if not (t.is_punct or t.is_quote)][:6]
    for k, token in enumerate(words[:4]):
        if _lemma(token) in lex.risk_nouns and token.pos_ == "NOUN":
            rest = words[k + 1 : k + 3]
            before = words[:k]
            if (
                all(t.pos_ in ("DET", "PRON", "ADJ") or t.tag_ == "PRP$" for t in before)
                and len(rest) == 2
                and _lemma(rest[0]) == "be"
                and rest[1].lower_ == "that"
            ):
                return cue.token.i > rest[1].i
            return False
    return False


# Subordinators that may set one asserted clause against another ("Ostland vowed to
# fight on, while Norland pledged to send troops"), not only frame it.
_CONTRAST_MARKS = frozenset({"while", "whereas"})


def _contrast_clause(node: Token, marks: set[str]) -> bool:
    """Return whether a "while" or "whereas" clause after a comma, with a subject of its
    own and a verb not in progress, sets a second side's act against the first: both are
    told as news ("X refused, while Y agreed to mediate"). "While talks were going on,
    Y agreed" and "Y agreed while visiting Oslo" stay the scene."""
    if not marks & _CONTRAST_MARKS or node.i < node.head.i or node.tag_ == "VBG":
        return False
    mark = next(c for c in node.children if c.dep_ == "mark")
    if mark.i == 0 or node.doc[mark.i - 1].text != ",":
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children)


def is_background(
    cue: Cue, sent: Span, lex: CueLexicon, quote: tuple[int, int] | None = None
) -> bool:
    """Return whether the cue sits in a clause that is no commitment (see module rules)."""
    path = clause_path(cue.clause, sent)
    if quote is not None:
        path = [node for node in path if quote[0] <= node.idx < quote[1]]
    # a reporting verb joined to a verb of belief or accusation reports its own clause
    # ("accused the AU of bias and stated that he will not honour the truce"), and a cue
    # verb so joined is its own act ("accuses the firm of fraud and demands that it pay")
    joined = {
        node.head.i
        for node in path
        if node.dep_ == "conj" and (_lemma(node) in lex.reporting or node == cue.clause)
    }
    if (
        cue.token.tag_ == "MD"
        and cue.clause.dep_ == "ccomp"
        and _lemma(cue.clause.head) in lex.knowing_verbs
        and not any(c.dep_ == "auxpass" for c in cue.clause.head.children)
        and not _has_first_person_subject(cue.clause)
    ):
        # "everyone knew that Norland would chair the summit": a fact ("they have to
        # know that we will respond" still warns of the speaker's own act)
        return True
    for node in path:
        if node.dep_ == "relcl" and _has_first_person_subject(node) and quote is not None:
            if _denied_antecedent(node.head):
                return True  # '"we have no aims for which we will need a bomb"': none
            continue  # '"the topics, which we have agreed to take up"': the speaker's act
        marks = {_lemma(c) for c in node.children if c.dep_ == "mark"}
        if (
            # "conj": a subordinate clause the parser joined to the one before ("it would
            # matter and legally if Vesland refused"); its mark still says what it is
            node.dep_ in ("advcl", "ccomp", "conj")
            and marks & lex.background_marks - {"that"}
            and not _course_stated_before(cue, node, marks, lex)
            and not _pegged_news(node, marks, lex)
            and not _contrast_clause(node, marks)
        ):
            return True
        # "a resolution calling for a ceasefire" is what the resolution says.
        said_by_document = node == cue.clause and node.dep_ == "acl" and is_document(node.head)
        # "a declaration in which the leaders pledged": what the document records
        said_by_document = said_by_document or (
            node == cue.clause
            and node.dep_ == "relcl"
            and is_document(node.head)
            and any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ != "WDT" for c in node.children)
        )
        # "a video in which the rebel leader offers a truce": what a named actor says in it
        said_by_document = said_by_document or (
            node == cue.clause and node.dep_ == "relcl" and _said_in_which(node)
        )
        # "a statement saying it would", "a letter stating that": the document speaks
        said_by_document = said_by_document or (
            node != cue.clause
            and node.dep_ in ("acl", "relcl")
            and is_document(node.head)
            and _lemma(node) in lex.reporting | lex.document_verbs
        )
        if (
            node.dep_ in ("relcl", "acl", "amod")
            and node.pos_ in ("VERB", "AUX", "ADJ")
            and not said_by_document
            and not _main_clause_as_relative(node)
            and one_among(node) is None
            and not (node == cue.clause and _standing_stance(node))
            and not (node == cue.clause and stated_view(cue, lex) is not None)
        ):
            return True
        if (
            node.dep_ == "pcomp"
            and _lemma(node.head) not in lex.gerund_preps
            and not _absolute_clause(node)
            and not _quoted_as_saying(node, lex)
        ):
            return True
        if (
            node != cue.clause
            and _lemma(node) in lex.prediction_verbs
            and node.i not in joined
            and not _reportedly_done(node, cue.clause)
            and not _held_view_asks(cue, node, lex)
        ):
            return True
        if (
            node != cue.clause
            and _lemma(node) == "be"
            and any(c.dep_ == "nsubj" and _lemma(c) in lex.risk_nouns for c in node.children)
        ):
            return True  # "the danger is that Norland will walk out": a risk foreseen
        if node != cue.clause and _inferred(node, path, lex):
            return True  # "the results mean that the party could": an inference, no word
        if node != cue.clause and _unasserted_report(node, lex):
            return True  # "did not say that it would", "the memo said planners would"
        if (
            node != cue.clause
            and node.i < cue.clause.i  # '"We can't accept this, it is not possible"'
            and any(c.dep_ == "acomp" and _lemma(c) in lex.belief_adjectives for c in node.children)
        ):
            return True  # "we are sure that it will": a forecast
    clause = cue.clause
    if _after_risk_frame(cue, sent, lex):
        return True  # "The danger is that Norland will walk out, Vesland will answer, ..."
    if _thing_forecast(cue, sent, lex):
        return True  # "said the agreement would end the dispute": a forecast about a thing
    if _past_wish(cue, sent, lex, quote):
        return True  # '"we wanted to help them"', "the army had to retreat": then, not now
    if quote is not None and _hypothetical(clause):
        # '"If I were a soldier, I would not want"': no real course is set. Only in the
        # speaker's own words: reported speech shifts "if they ask" to "if they asked".
        return True
    if (
        clause.dep_ == "xcomp"
        and not _passes_through(clause.head, lex)
        and not wished_statement(cue, lex)
        and not _said_on_a_journey(cue, lex)
        and not (
            _lemma(clause.head) in lex.prediction_verbs and _reportedly_done(clause.head, clause)
        )
    ):
        return True
    if _is_indirect_question(clause):
        return True  # "what the plant should look like", "how much it would provide"
    purpose = first_conjunct(clause)  # "to help restrain and instruct the army"
    if (
        purpose.dep_ == "advcl"
        and clause == cue.token
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in purpose.children)
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in purpose.children)
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
        and not _asks_through_an_act(cue)
        and not _said_on_a_journey(cue, lex)
    ):
        return True  # "plans on deploying troops to support the return": a purpose
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and any(
        c.dep_ == "aux" and _lemma(c) in ("do", "have") and c.i < subject.i for c in clause.children
    ):
        return True  # "at no time did she request", "had we known": inverted, no act
    if (
        cue.act != cue.token
        and cue.act.dep_ in ("xcomp", "ccomp")
        and any(t.tag_ in ("WP", "WRB") and cue.token.i < t.i < cue.act.i for t in cue.act.subtree)
    ):
        return True  # "has not decided what to do", "what it would offer": no course set
    if (
        clause.dep_ in ("acl", "relcl")
        and clause.head.pos_ == "NOUN"
        and (_lemma(clause.head) in (lex.nouns or {}))
    ):
        return True  # "the call for Hamas to reject violence": the content of the call
    if _is_dated_past(clause, lex) or _in_history(clause, lex):
        return True  # "adopted a declaration in 2002", "accepted them in the past": history
    if (
        cue.kind == "refusal"
        and (
            # "will not agree to the plan" withholds the agreement: a verb of committing
            # that also reports ("agree") is refused as itself
            (
                _lemma(cue.act) in lex.reporting
                and not (cue.act == cue.token and lex.verbs.get(_lemma(cue.act)) == "agreement")
            )
            or (
                cue.act != cue.token
                and _lemma(cue.act) in lex.withheld_statements
                and not _abandons(cue.act, lex)  # "will never give up": a course kept
            )
        )
        and not _engagement_refused(cue, lex)
    ):
        return True  # "declined to say whether": no commitment withheld ("denied the
        # request" withholds what was asked)
    if (
        cue.kind == "refusal"
        # "would never endorse a report" withholds support; "rejected the report" denies
        and lex.verbs.get(_lemma(cue.token)) != "endorsement"
        # "does not recognise Norland's claims" refuses a claim to land or rights
        and _lemma(cue.token) not in lex.recognising_verbs
    ) and any(
        c.dep_ in ("dobj", "nsubjpass")
        and _lemma(c) in lex.rejected_statements
        and not _body_document(c)
        and not (_lemma(c) in lex.proposed_statements and not _states_a_claim(c))
        for c in cue.token.children
    ):
        return True  # "rejected criticism": a denial, not a refusal to commit
    if _takes_a_post(cue, lex):
        return True  # "will take over the post of foreign secretary": an appointment
    if _elided_perfect(cue):
        return True  # "later than it should have": what was due in the past, nobody asked
    if _standing_support(cue, lex):
        return True  # "Backed by Norland, the Front attacked": a relation described
    if _backs_a_claim(cue, lex):
        return True  # "supported the claims that the army fired": agreement with a fact
    if (
        cue.kind == "refusal"
        and cue.token.tag_ == "MD"
        and _lemma(cue.act) in lex.negated_attitudes
        and not _permits_an_act(cue.act, lex)
        and not _tolerance_refused(cue.act, lex)
    ):
        return True  # "we will not forget it": an attitude, no commitment withheld
    if (
        cue.kind == "endorsement"
        and _lemma(cue.token) in lex.hospitality
        and any(c.dep_ == "prt" and c.lower_ == "back" for c in cue.token.children)
    ):
        return True  # "were welcomed back by the delegation": a greeting on return
    if (
        cue.kind == "endorsement"
        and _lemma(cue.token) in lex.hospitality
        and any(
            c.dep_ in ("dobj", "nsubjpass")
            and (
                c.pos_ == "PRON" or c.ent_type_ == "PERSON" or _lemma(c) in lex.hospitality_objects
            )
            for c in cue.token.children
        )
    ):
        return True  # "welcomed us", "welcomed the minister": hospitality
    # "had signed", "had authorised", "had planned to": earlier narration. A vow told so
    # ("had vowed to stamp out") still binds its actor; "had promised that it would" is
    # a forecast recalled. An offer or a request told so ("had earlier offered to train",
    # "had called for talks") stands until it is withdrawn, and is kept.
    kept_vow = cue.kind == "pledge" and cue.token.pos_ == "VERB" and cue.act.dep_ == "xcomp"
    # "said that Norland had offered to": reported speech shifts "has offered" back a tense
    # "Parliament heard that Norland had agreed": what a body was told shifts back too
    backshifted = (
        clause.dep_ == "ccomp"
        and _lemma(clause.head) in lex.reporting | lex.hearing_verbs
        and clause.head.tag_ == "VBD"
    )
    return (
        cue.kind in ("agreement", "pledge", "intent")
        and not kept_vow
        and not backshifted
        and any(
            c.dep_ == "aux" and _lemma(c) == "have" and c.tag_ == "VBD" for c in clause.children
        )
    )


def _takes_a_post(cue: Cue, lex: CueLexicon) -> bool:
    """Return whether "will" tells that someone takes up a post ("will assume the
    leadership", "will take over the post of envoy", "will return to his position"): an
    appointment told ahead, no commitment. A post declined stays a refusal."""
    act = cue.act
    if cue.kind != "pledge" or cue.token.tag_ != "MD" or act.pos_ != "VERB":
        return False
    particles = [c.lower_ for c in act.children if c.dep_ == "prt"]
    verb = " ".join([_lemma(act), *particles[:1]])
    if verb not in lex.post_taking or any(
        c.dep_ == "prep" and c.lower_ == "into" for c in act.children
    ):
        return False  # "will take into account the position of": an act of attention
    objects = [c for c in act.children if c.dep_ == "dobj"] + [
        o
        for c in act.children
        if c.dep_ == "prep" and c.lower_ in ("to", "over")
        for o in c.children
        if o.dep_ == "pobj"
    ]
    return any(_lemma(o) in lex.posts_held for o in objects)


def _elided_perfect(cue: Cue) -> bool:
    """Return whether a modal's act is a bare "have" whose participle is left out ("it
    came later than it should have", "I would have, but"): a past that did not happen."""
    act = cue.act
    return (
        cue.token.tag_ == "MD"
        and act.lower_ in ("have", "'ve")
        and act.tag_ == "VB"
        and not any(
            c.dep_ in ("dobj", "xcomp", "ccomp", "attr", "acomp", "prep", "oprd")
            for c in act.children
        )
    )


def _standing_support(cue: Cue, lex: CueLexicon) -> bool:
    """Return whether an endorsement is support described in a participle with no
    auxiliary, before or after the side supported ("Backed by Norland, the Front
    attacked", "the rebels, armed by Vesland, took the town")."""
    token = cue.token
    return (
        cue.kind == "endorsement"
        and token.tag_ == "VBN"
        and token.dep_ in ("acl", "advcl")
        and _lemma(token) in lex.standing_support
        and not any(c.dep_ in ("aux", "auxpass") for c in token.children)
    )


def _backs_a_claim(cue: Cue, lex: CueLexicon) -> bool:
    """Return whether an endorsement backs a claim of fact ("supported the claims that
    the troops fired", "her view was backed by the minister"), not a proposal or an act."""
    return (
        cue.kind == "endorsement"
        and _lemma(cue.token) in lex.corroborating_verbs
        and any(
            c.dep_ in ("dobj", "nsubjpass") and _lemma(c) in lex.claims and not _sides_stand(c)
            for c in cue.token.children
        )
    )


def _sides_stand(claim: Token) -> bool:
    """Return whether a view or claim is a state's or a body's stand, with no fact told
    after it ("supported the Osmark view", "backed Norland's claim"): backing it takes
    that side's part. "The view that the troops fired" tells a fact, and a person's view
    backed is a claim seconded."""
    if any(c.dep_ in ("acl", "ccomp", "relcl") for c in claim.children):
        return False
    return any(
        c.dep_ in ("poss", "amod", "compound")
        and c.ent_type_ in ("NORP", "GPE", "ORG")
        # "Ana Velk's view": a given name the model left out of the entity is a person's
        and not any(g.dep_ == "compound" and not g.ent_type_ for g in c.children)
        for c in claim.children
    )


def _inferred(node: Token, path: list[Token], lex: CueLexicon) -> bool:
    """Return whether ``node`` draws an inference whose "that" clause holds the cue, from a
    fact or a thing rather than a speaker ("the evacuation showed that they would run",
    "failing to drop it indicates that they are going to", ", indicating that some groups
    may be willing"): the reading of whoever wrote it, no one's commitment."""
    if _lemma(node) not in lex.inference_verbs or not any(
        n.dep_ == "ccomp" and n.head.i == node.i for n in path
    ):
        return False
    subject = next((c for c in node.children if c.dep_ in ("nsubj", "csubj")), None)
    if subject is None:
        return node.tag_ == "VBG" and node.dep_ in ("advcl", "xcomp", "conj")
    if subject.tag_ in ("WDT", "WP") and node.dep_ == "relcl":
        subject = node.head  # "results which show that"
    if subject.dep_ == "csubj" or subject.pos_ == "VERB":
        return True  # "failing to drop the amendments indicates that"
    # "government sources indicate that": people who speak, not a thing read
    return (
        is_thing(subject, lex)
        and not is_document(subject)
        and not _acts(subject, lex)
        and _lemma(subject) not in speaker_words().person_roles
    )


def _said_in_which(clause: Token) -> bool:
    """Return whether a relative clause opened by "in which" has a named actor as subject
    ("portions were aired in which the rebel leader offers a truce"): what the actor says
    or does in a recording, a speech or a meeting, not a description of the noun."""
    opened = any(
        c.dep_ == "prep"
        and c.lower_ == "in"
        and c.i < clause.i
        and any(o.dep_ == "pobj" and o.lower_ == "which" for o in c.children)
        for c in clause.children
    )
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if not opened or subject is None:
        return False
    if subject.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return True
    # "gave a speech in which she urged": a pronoun for the actor named before, when the
    # noun is an occasion of speaking ("a world in which she would like to live" is none)
    return (
        subject.pos_ == "PRON"
        and subject.lower_ in ("he", "she", "they")
        and (_lemma(clause.head) in cue_lexicon().speaking_occasions or is_document(clause.head))
    )


def _held_view_asks(cue: Cue, belief: Token, lex: CueLexicon) -> bool:
    """Return whether a side's view frames what it asks ("we believe Vesland must withdraw",
    "Norland thinks the talks should resume"): the "must" or "should" still asks, where
    "experts expect the talks will fail" only forecasts."""
    subject = next((c for c in belief.children if c.dep_ == "nsubj"), None)
    asking_modal = cue.token.tag_ == "MD" and lex.modals.get(cue.token.lower_) == "call"
    return (
        # "I think we'll have to wait and see" sets no course; "I think we ought to act"
        # (a call on the speaker's own side, read as an intent) does
        (cue.kind == "call" or (cue.kind == "intent" and asking_modal))
        and _lemma(belief) in lex.opinion_frames
        and subject is not None
        # a state, a body or a named person ("Norland believes", "Lind believed"); "many
        # Norlanders believe" is opinion
        and (subject.lower_ in FIRST_PERSON or subject.ent_type_ in ("GPE", "ORG", "PERSON"))
        and (
            asking_modal
            or (_lemma(cue.token) in lex.need_verbs and cue.token.pos_ == "VERB")
            # a predicate that asks: "I think it is time to act", "the time has come";
            # "I don't think there's a need to" asks nothing (a modal's negation moves
            # into the clause: "I don't think anybody should" asks them not to)
            or (
                cue.token.pos_ in ("ADJ", "NOUN")
                and _lemma(cue.clause) in ("be", "come")
                and not any(c.dep_ == "neg" for c in belief.children)
            )
        )
    )


def stated_view(cue: Cue, lex: CueLexicon) -> Token | None:
    """Return the view noun when the cue's call is the "that" clause of a view a named side
    states or shares ("Norland expressed the view that Vesland must withdraw": Norland asks,
    as under "believe"), or None."""
    clause = cue.clause
    view = clause.head
    if clause.dep_ != "acl" or _lemma(view) not in lex.opinion_nouns or view.dep_ != "dobj":
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return None
    holder = next((c for c in view.head.children if c.dep_ == "nsubj"), None)
    # a side, a person or "we"; "many analysts hold the view" is opinion
    holders = [holder, *holder.conjuncts] if holder is not None else []
    named = any(
        h.pos_ in ("PROPN", "PRON") or h.ent_type_ in ("GPE", "ORG", "PERSON") for h in holders
    )
    asks = (cue.token.tag_ == "MD" and lex.modals.get(cue.token.lower_) == "call") or (
        _lemma(cue.token) in lex.need_verbs and cue.token.pos_ == "VERB"
    )
    return view if cue.kind == "call" and named and asks else None


# Subjects that negate what they "should" do ("nobody should", "no one must").
_NO_ONE = frozenset({"nobody", "none", "noone"})


def asked_not_to(cue: Cue, lex: CueLexicon) -> bool:
    """Return whether a call asks that the act NOT be done although its own verb carries no
    "not": the view framing it is negated ("I don't think anybody should leave" asks that
    nobody leave) or its subject is nobody ("no one should leave", "no country must")."""
    if cue.kind != "call" or cue.token.tag_ != "MD":
        return False
    clause = cue.clause
    if any(c.dep_ == "neg" for c in clause.children):
        return False  # the content keeps its own "not"
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and (
        subject.lower_ in _NO_ONE
        or (subject.lower_ == "one" and subject.i > 0 and subject.nbor(-1).lower_ == "no")
        or any(c.dep_ == "det" and c.lower_ == "no" for c in subject.children)
    ):
        return True
    view = clause.head
    return (
        clause.dep_ == "ccomp"
        and _lemma(view) in lex.opinion_frames | lex.prediction_verbs
        and any(c.dep_ == "neg" for c in view.children)
    )


def _standing_stance(node: Token) -> bool:
    """Return whether a relative clause tells a person's present stance in passing ("Jon
    Hale, who is calling for a referendum, said"): set off by a comma, opened by "who",
    in the present tense ("who signed the treaty in 1990" is history)."""
    who = next((c for c in node.children if c.dep_ == "nsubj" and c.lower_ == "who"), None)
    if node.dep_ != "relcl" or who is None or who.i == 0:
        return False
    if node.doc[who.i - 1].text != ",":
        return False
    return node.tag_ in ("VBZ", "VBP") or any(
        c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in node.children
    )


def _denied_antecedent(noun: Token) -> bool:
    """Return whether a relative clause's noun is denied ("no aims for which", "we do not
    have any objectives for which"): what the clause says of it commits nobody."""
    if any(c.dep_ == "det" and c.lower_ in ("no", "neither") for c in noun.children):
        return True
    verb = noun.head if noun.dep_ in ("dobj", "attr") else None
    while verb is not None and verb.dep_ == "conj" and noun.dep_ != "dobj":
        verb = verb.head
    return verb is not None and verb.pos_ in ("VERB", "AUX") and _negated(verb)


def _course_stated_before(cue: Cue, node: Token, marks: set[str], lex: CueLexicon) -> bool:
    """Return whether a clause of time states a course that still holds: "two days after
    he announced Norland's intent to strengthen ties", "since Vesland made its demand for
    talks" (a plan, pledge, offer or demand announced stays the actor's)."""
    if not marks <= lex.stated_course_marks:
        return False
    if node != cue.clause:
        # "after the government announced that it would lift the curfew": the course it
        # announced is still its own; "after both sides signed" stays background
        return (
            node.dep_ == "advcl"
            and _lemma(node) in lex.reporting
            and cue.clause.dep_ == "ccomp"
            and cue.clause.head.i == node.i
            and cue.kind in ("intent", "pledge", "offer", "refusal")
            and any(c.dep_ == "aux" and c.lower_ in ("will", "would") for c in cue.clause.children)
        )
    return (
        cue.token.pos_ == "NOUN"
        and cue.kind in ("intent", "pledge", "offer", "call")
        and _lemma(node) in lex.stating_verbs
    )


def _reportedly_done(belief: Token, clause: Token) -> bool:
    """Return whether a passive belief verb reports a past act ("is thought to have
    offered help", "is believed to have agreed"): the act is told as done, hedged, not
    forecast ("is expected to sign" still forecasts)."""
    return (
        any(c.dep_ == "auxpass" for c in belief.children)
        and clause.dep_ == "xcomp"
        and clause.head.i == belief.i
        and clause.tag_ == "VBN"
        and any(c.dep_ == "aux" and c.lower_ == "have" for c in clause.children)
    )


def one_among(node: Token) -> Token | None:
    """Return the named subject said to be one of those a relative clause tells of ("Holm
    was among the senators who signed the letter", "Holm was one of the leaders who
    backed the plan"): the clause is that subject's act. None for other clauses."""
    if node.dep_ != "relcl" or not any(c.tag_ in ("WP", "WDT") for c in node.children):
        return None
    those = node.head
    prep = those.head
    if those.dep_ != "pobj" or prep.lower_ not in ("among", "of"):
        return None
    copula = prep.head
    if prep.lower_ == "of":
        if copula.lower_ != "one" or copula.dep_ != "attr":
            return None
        copula = copula.head
    elif copula.dep_ == "attr":
        copula = copula.head  # "was one among the senators"
    if _lemma(copula) != "be":
        return None
    subject = next((c for c in copula.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and subject.pos_ == "PROPN" else None


def _main_clause_as_relative(node: Token) -> bool:
    """Return whether the parser made a sentence's main verb a relative clause of a title
    before the subject ("The bloc's top diplomat Jon Hale has offered Vesland a loan":
    "diplomat" the root): no relative word opens it, its subject is named and its
    object is in place, so no gap marks a real relative ("the treaty Norland signed")."""
    head = node.head
    if node.dep_ != "relcl" or head.dep_ != "ROOT" or head.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(c.tag_ in ("WDT", "WP", "WP$", "WRB") or c.lower_ == "that" for c in node.children):
        return False
    subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
    return (
        subject is not None
        and subject.pos_ == "PROPN"
        and subject.left_edge.i == head.i + 1
        and any(c.dep_ in ("dobj", "dative", "xcomp", "ccomp") for c in node.children)
    )


def _unasserted_report(node: Token, lex: CueLexicon) -> bool:
    """Return whether a reporting verb asserts no commitment of anyone: it is negated
    ("did not say that Norland would", "none of the reports says that he offered"), or
    its subject is a record kept or leaked rather than a statement issued ("the memo said
    planners would brief the minister": a schedule on file)."""
    if _lemma(node) not in lex.reporting | lex.document_verbs:
        return False
    if _negated(node):
        return True
    return any(c.dep_ == "nsubj" and _lemma(c) in lex.recorded_documents for c in node.children)


def _quoted_as_saying(node: Token, lex: CueLexicon) -> bool:
    """Return whether a gerund reports speech after "quoted as" ("was quoted as saying
    that Norland will send ships"): what it reports is the quoted person's."""
    prep = node.head
    return (
        _lemma(node) in lex.reporting
        and prep.lower_ == "as"
        and _lemma(prep.head) in lex.quoting_verbs
    )


def _engagement_refused(cue: Cue, lex: CueLexicon) -> bool:
    """Return whether refusing to discuss refuses an engagement, not information: an issue
    or a proposal put to talks ("refused to discuss the offer", "do not intend to discuss
    the rights record"), or another side to discuss it with ("declined to discuss the
    border with Vesland"); "declined to discuss details" withholds information. Declining
    to comment on a proposal ("would not comment on the offer") gives it no answer."""
    if _lemma(cue.act) in lex.commented_proposals:
        # "would not comment on the proposal": no answer given to what was put forward
        return any(
            child.dep_ == "prep"
            and child.lower_ == "on"
            and any(
                o.dep_ == "pobj" and _lemma(o) in lex.only_objects.get("dismiss", ())
                for o in child.children
            )
            for child in cue.act.children
        )
    if _lemma(cue.act) not in lex.engagement_talks:
        return False
    for child in cue.act.children:
        if child.dep_ == "dobj" and _lemma(child) not in lex.withheld_topics:
            return True  # "refused to discuss the offer", "... the rights record"
        if child.dep_ == "prep" and child.lower_ == "with":
            return True
    return False


def _states_a_claim(noun: Token) -> bool:
    """Return whether a statement noun carries a "that" clause of fact ("suggestions that
    it had bribed the judges"): without one, "rejected this suggestion" refuses a
    proposal."""
    return any(
        c.dep_ in ("acl", "ccomp", "relcl")
        and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        for c in noun.children
    ) or any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def _thing_forecast(cue: Cue, sent: Span, lex: CueLexicon) -> bool:
    """Return whether "will"/"would" tells what a thing will do ("the bill would improve
    safety", "ratification would mark a step"): a forecast, whoever says it. What the
    speaker's side sends ("the aid will reach the camps") is a deliverable, not a thing."""
    modal = cue.token if cue.token.tag_ == "MD" else _modal_of(cue.token)
    if modal is None or modal.lower_ not in ("will", "would", "'ll", "'d"):
        return False
    if cue.token == modal and _named_agent(cue.act):
        # "aid would be delivered by the Union", "the decision will be made by Norland
        # alone": the named doer acts, whatever thing the passive makes the subject
        return False
    if cue.token != modal:
        # "said the footage would support the idea": a thing backs nothing; a document
        # ("the resolution would support") speaks for its issuer
        subject = subject_of(cue.clause, sent)
        return (
            cue.kind == "endorsement"
            and subject is not None
            and is_thing(subject, lex)
            and not is_document(subject)
            and _lemma(subject) not in lex.deliverables
        )
    subject = subject_of(cue.clause, sent)
    if subject is not None and _counted(subject, lex):
        return True  # "about three thousand Americans will go to jail"
    if subject is not None and _act_as_subject(subject):
        return True  # "selling arms to Vesland would make the region less safe": an outcome
    if (
        subject is not None
        and subject.lower_ == "it"
        and not passive(cue.act)
        and _reported_by_a_person(cue.clause, sent, lex)
    ):
        # "Jon Hale said that it would put the region in the spotlight": a person is never
        # "it", so the speaker forecasts what a thing or a step will do
        return True
    if (
        subject is not None
        and (
            subject.lower_ == "it"
            or (is_thing(subject, lex) and _lemma(subject) not in lex.deliverables)
        )
        and _lemma(cue.act) == "take"
        and any(
            _lemma(c) in lex.time_spans
            and (
                c.dep_ == "dobj"
                # "would take ten days" counts a span; "next year" only dates the act
                or (c.dep_ == "npadvmod" and any(n.dep_ == "nummod" for n in c.children))
            )
            for c in cue.act.children
        )
    ):
        # "it will take a couple of weeks before", "the move would take ten days": how
        # long, a forecast
        return True
    act = _lemma(cue.act)
    particles = (c for c in cue.act.children if c.dep_ in ("prt", "advmod") and c.i > cue.act.i)
    phrases = {act, *(f"{act} {c.lower_}" for c in particles)}
    listed = bool(phrases & lex.thing_outcomes)
    subject = subject_of(cue.clause, sent)
    if listed and subject is not None and subject.lower_ == "this" and subject.pos_ == "PRON":
        # "said that this will discourage voters": what a step will do ("stated that will
        # end its part" is a "that" the parser took for the subject)
        return True
    # A thing commits to nothing, whatever it is said to do: "the accord would provide a
    # boost", "the strategy will increase patrols". A thing done to ("the envoy would be
    # sent home") and a course kept up ("the ban will continue") stay the side's act.
    return (
        subject is not None
        and (
            listed
            or not (passive(cue.act) or _acts(subject, lex) or phrases & lex.continued_courses)
        )
        and is_thing(subject, lex)
        and _lemma(subject) not in lex.deliverables
        and not any(c.dep_ == "poss" for c in subject.children)
    )


def _act_as_subject(subject: Token) -> bool:
    """Return whether a subject is an act, a clause or a gerund ("selling arms to Vesland",
    "that the talks failed"), not a party: what an act "will" do is its outcome."""
    return subject.dep_ == "csubj" or (subject.tag_ == "VBG" and subject.dep_ == "nsubj")


_PERSONAL = frozenset({"he", "she", "i"})


def _reported_by_a_person(clause: Token, sent: Span, lex: CueLexicon) -> bool:
    """Return whether the nearest reporting verb above a clause has a person as its subject
    ("Mr Hale said that", "she added that"): then an "it" inside is not the speaker."""
    for node in clause_path(clause, sent)[1:]:
        if _lemma(node) not in lex.reporting:
            continue
        speaker = next((c for c in node.children if c.dep_ == "nsubj"), None)
        # "he", "she", "Mr Hale"; a bare name may be a party's ("Tir Nua says it will"),
        # and a spokesman speaks for a body that is "it"
        return speaker is not None and (
            speaker.lower_ in _PERSONAL
            or any(c.dep_ == "compound" and c.lower_ in honorifics() for c in speaker.children)
        )
    return False


def _named_agent(verb: Token) -> bool:
    """Return whether a passive verb's "by" phrase names a doer ("sent by Norland")."""
    if not passive(verb):
        return False
    agents = (c for c in verb.children if c.dep_ == "agent")
    return any(
        c.dep_ == "pobj" and (c.pos_ == "PROPN" or c.ent_type_ in NAMED_DOERS)
        for agent in agents
        for c in agent.children
    )


def _acts(noun: Token, lex: CueLexicon) -> bool:
    """Return whether a common noun names people or a body that acts ("the city", "the
    task forces", "lawyers"), not a thing whose future is only forecast."""
    return _lemma(noun) in (
        lex.acting_nouns | lex.private_bodies | lex.own_bodies | lex.entourage | lex.members
    )


def _body_document(noun: Token) -> bool:
    """Return whether "statement" names a body's issued text ("rejected the APEC
    statement", "the council's declaration"), a document refused, not a claim denied."""
    return any(
        c.dep_ in ("compound", "poss") and c.ent_type_ == "ORG" for c in noun.children
    ) and _lemma(noun) in ("statement", "declaration", "communique", "communiqué")


def _absolute_clause(node: Token) -> bool:
    """Return whether a gerund after "with" has its own subject ("with the United States
    abstaining", "with Norland voting against"): an act of that subject, not a manner."""
    return node.head.lower_ == "with" and any(
        c.dep_ == "nsubj" and c.ent_type_ in ("GPE", "ORG", "PERSON") for c in node.children
    )  # "with more than 1000 Romanians demanding": a crowd, not the state


def _counted(subject: Token, lex: CueLexicon) -> bool:
    """Return whether a subject counts people ("three thousand Americans", "thousands of
    workers", "50,000 people"), not what a side sends ("two battalions")."""
    if _lemma(subject) in lex.deliverables:
        return False
    if subject.lower_ in lex.counted_people:
        return True
    return any(
        c.dep_ == "nummod"
        and (
            c.lower_ in lex.counted_people or any(g.lower_ in lex.counted_people for g in c.subtree)
        )
        for c in subject.children
    ) or any(
        c.dep_ == "nummod" and c.like_num and c.text.replace(",", "").isdigit() and len(c.text) > 3
        for c in subject.children
    )


def _past_wish(cue: Cue, sent: Span, lex: CueLexicon, quote: tuple[int, int] | None) -> bool:
    """Return whether an intent or a call is a wish or need told in the simple past.

    In a speaker's quoted words the past is their own ('"we wanted to help"'); in the
    writer's narration a past need is an event ("the army had to retreat"), while under
    a past reporting verb "had to" is "have to" shifted back ("said they had to leave").
    """
    token = cue.token
    if cue.kind not in ("intent", "call") or token.tag_ != "VBD" or token != cue.clause:
        return False
    lemma = _lemma(token)
    quoted = quote is not None and quote[0] <= token.idx < quote[1]
    if lemma not in (lex.past_wishes if quoted else lex.past_needs) or (quote and not quoted):
        return False
    # a reporting verb of the speaker's own words or of the writer's shifts the tense
    start, end = quote if quoted else (sent.start_char, sent.end_char)
    return not any(
        start <= node.head.idx < end and _lemma(node.head) in lex.reporting
        for node in clause_path(token, sent)
        if node.dep_ in ("ccomp", "parataxis")
    ) and not any(
        _lemma(c) in lex.reporting and start <= c.idx < end
        for c in token.children
        if c.dep_ == "parataxis"
    )


def _permits_an_act(verb: Token, lex: CueLexicon) -> bool:
    """Return whether "will not allow" withholds leave for an act ("will not allow uranium
    to be exported", "would not let the ships dock"), a policy refused, rather than
    "will not allow it" (not tolerate)."""
    return _lemma(verb) in lex.permission_verbs and any(
        c.dep_ in ("xcomp", "ccomp") for c in verb.children
    )


def first_conjunct(token: Token) -> Token:
    """Return the first of a run of conjoined clauses ("pull out ... and ask")."""
    node = token
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    return node


def inside_cue_clause(clause: Token, sent: Span, lex: CueLexicon) -> bool:
    """Return whether a clause is the complement of a cue verb that reports no speech."""
    node = clause
    while node.dep_ == "conj" and node.head != node:
        node = node.head
    if node.dep_ != "ccomp" or not (sent.start <= node.head.i < sent.end):
        return False
    head = node.head
    return _lemma(head) in lex.verbs and _lemma(head) not in lex.reporting


def passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _has_first_person_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("we", "i") for c in verb.children)


def _asks_through_an_act(cue: Cue) -> bool:
    """Return whether a purpose clause asks someone to act ("has lodged protests to ask
    Vesland to stop the drilling", "summoned the envoy to urge Norland to withdraw"): the
    act done is the means of asking, and the request is made."""
    return (
        cue.kind == "call"
        and cue.act != cue.token
        and any(c.dep_ == "dobj" and c.i < cue.act.i for c in cue.token.children)
    )


def _said_on_a_journey(cue: Cue, lex: CueLexicon) -> bool:
    """Return whether the cue is the purpose of a journey its subject made or makes ("flew
    to Norland to urge a ceasefire", "is in the capital to offer help"): what is said on a
    visit is said, while other purposes ("sent troops to support the police") only aim."""
    purpose = first_conjunct(cue.clause)
    return (
        cue.kind in lex.spoken_kinds
        and cue.token == cue.clause
        and cue.token.pos_ == "VERB"
        and purpose.dep_ in ("xcomp", "advcl")
        and _lemma(purpose.head) in lex.errand_verbs
        and (
            _lemma(purpose.head) != "be"
            or any(
                c.dep_ == "prep" and c.lower_ in lex.errand_places for c in purpose.head.children
            )
        )
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in purpose.children)
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in purpose.children)
    )


def _reason_given(clause: Token) -> bool:
    """Return whether a "why" clause completes "that is why", "this is why" or "which is
    why": the speaker gives the reason for what the clause asserts, and asks nothing."""
    head = clause.head
    if head == clause or _lemma(head) != "be" or clause.dep_ not in ("advcl", "ccomp", "attr"):
        return False
    if not any(c.dep_ == "nsubj" and c.lower_ in _REASON_SUBJECTS for c in head.children):
        return False
    return any(t.lower_ == "why" and t.i < clause.i for t in clause.subtree)


_REASON_SUBJECTS = ("that", "this", "which", "it")


def _is_indirect_question(clause: Token) -> bool:
    """Return whether a wh-word opens the clause ("how much money it would provide")."""
    if clause.dep_ == "relcl" or _said_in_which(clause):
        return False  # "a declaration in which the leaders pledged": a relative, no question
    if _reason_given(clause):
        return False  # "that is why we are sending": the clause is asserted, its reason told
    subject = next((c for c in clause.children if c.dep_ in _SUBJECT_DEPS), None)
    skip = {t.i for t in subject.subtree} if subject is not None else set()
    return any(
        t.tag_ in ("WP", "WRB", "WDT", "WP$")
        and t.i < clause.i
        and t.i not in skip
        and not _in_relative_clause(t, clause)
        # "that" opens no question, whatever its tag and attachment: the parser sometimes
        # makes the complementizer of "said on radio that he wants to" the object below
        and t.lower_ != "that"
        for t in clause.subtree
    )


def _in_relative_clause(token: Token, clause: Token) -> bool:
    """Return whether ``token`` sits in a relative clause below ``clause``, or in a free
    relative that is a preposition's object: "Unlike the troops, who are under its
    command, Norland refused" and "In what many saw as a snub, Norland agreed" ask
    nothing with their "who" and "what"."""
    node = token
    while node.i != clause.i and node.head.i != node.i:
        if node.dep_ == "relcl" or (node.dep_ == "pcomp" and node.head.dep_ == "prep"):
            return True
        node = node.head
    return False


def _pegged_news(node: Token, marks: set[str], lex: CueLexicon) -> bool:
    """Return whether an "after" or "as" clause is the act a news peg points to ("This
    comes after the envoy asked for a freeze", "The move came as Norland vowed")."""
    return (
        node.dep_ == "advcl"
        and bool(marks & {"after", "as"})
        and _lemma(node.head) in lex.news_pegs
        and not any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in node.head.children)
    )


def _names_an_occasion(year: Token) -> bool:
    """Return whether a year only names an occasion ("the 2008 Bucharest summit", "the
    1994 accord"), so it does not date the act of the clause."""
    return year.dep_ in ("nummod", "compound", "amod") and year.head.ent_type_ != "DATE"


def _is_dated_past(clause: Token, lex: CueLexicon) -> bool:
    """Return whether a past-tense act is dated by a year, "since" or years "ago" ("signed
    in 2022", "signed it three years ago")."""
    if clause.tag_ not in ("VBD", "VBN") or _present_perfect(clause):
        # "has agreed to elections in 2008", "<dateline> Norland has urged", "has since
        # indicated": the present perfect tells news; a year before the article's own is
        # left to done_before
        return False
    for child in clause.children:
        if child.dep_ == "prep" and child.lower_ == "since":
            return True
        if (
            child.dep_ == "advmod"
            and child.lower_ == "ago"
            and any(
                t.lemma_.lower() in lex.history_spans or t.lower_ == "long" for t in child.subtree
            )
        ):
            return True  # "opposed the war four years ago" ("two weeks ago" is news)
        if child.dep_ in ("prep", "npadvmod") and any(
            t.ent_type_ == "DATE"
            and (YEAR.fullmatch(t.text) or t.lower_ == "ago")
            and not _names_an_occasion(t)
            for t in child.subtree
        ):
            return True
    return False


def _present_perfect(verb: Token) -> bool:
    """Return whether a participle has a present-tense "have" ("has agreed", "have urged")."""
    return verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and _lemma(c) == "have" and c.tag_ in ("VBZ", "VBP") for c in verb.children
    )


def _in_history(clause: Token, lex: CueLexicon) -> bool:
    """Return whether a past-tense act is set in history by a phrase ("in the past")."""
    if clause.tag_ not in ("VBD", "VBN") or _modal_of(clause) is not None:
        return False
    for child in clause.children:
        if child.dep_ in ("prep", "advmod", "npadvmod"):
            words = " ".join(t.lower_ for t in child.subtree)
            if words in lex.history_phrases:
                return True
    return False


def done_before(clause: Token, year: int) -> bool:
    """Return whether a past-tense act, or the statement that reported it, is dated in a
    year before ``year``.

    "ECOWAS agreed in principle to create a brigade in 2023", read in a 2025 article,
    tells history: the year may hang from the act or from what was agreed. So does "In
    2023, Norland announced it would build a launcher": what a statement of an earlier
    year said is history with it.
    """
    if _dated_before(clause, year):
        return True
    if clause.tag_ == "VBG" and clause.dep_ == "advcl" and _dated_before(clause.head, year):
        # "In March 2018 Norland expelled two envoys, announcing plans to cut aid": the
        # participle is dated with the act it goes with
        return True
    lex = cue_lexicon()
    node = first_conjunct(clause)
    while node.dep_ == "ccomp" and _lemma(node.head) in lex.reporting | lex.document_verbs:
        if _dated_before(node.head, year):
            return True
        node = first_conjunct(node.head)
    return False


def _dated_before(clause: Token, year: int) -> bool:
    """Return whether a past-tense verb is dated in a year before ``year``."""
    if clause.tag_ not in ("VBD", "VBN") or _modal_of(clause) is not None:
        return False
    return any(
        t.ent_type_ == "DATE"
        and YEAR.fullmatch(t.text)
        and int(t.text) < year
        and _dates_clause(t, clause)
        for t in clause.subtree
    )


def _dates_clause(token: Token, clause: Token) -> bool:
    """Return whether a date word belongs to the clause itself or its "to" complement.

    A date inside a relative or subordinate clause ("centres set up under an agreement
    signed in 2013") dates that clause, not the act.
    """
    if token.dep_ in ("compound", "nummod", "amod") and _lemma(token.head) in ("level", "figure"):
        return False  # "cuts compared to 1990 levels": a baseline, not when the act was done
    node = token
    while node.i != clause.i and node.head.i != node.i:
        if node.dep_ == "advcl" and node.head.i == clause.i and _time_clause(node):
            return True  # "committed to it when he came to office in 2004"
        if node.dep_ in ("relcl", "acl", "advcl", "ccomp", "csubj", "parataxis"):
            return False
        if node.dep_ in ("nsubj", "nsubjpass", "appos"):
            return False  # "Dan Ekberg, premier since 2019, said": the date tells who
        node = node.head
    return node.i == clause.i


def _time_clause(clause: Token) -> bool:
    """Return whether an adverbial clause tells when ("when he took office", "after the
    vote"): its date is the date of the act it hangs from."""
    return clause.tag_ in ("VBD", "VBN") and any(
        (c.dep_ == "mark" and c.lower_ in ("when", "after", "while", "as"))
        or (c.dep_ == "advmod" and c.lower_ == "when" and c.i < clause.i)
        for c in clause.children
    )


def wished_statement(cue: Cue, lex: CueLexicon) -> bool:
    """Return whether a commitment noun is stated under a wish that only frames the saying
    ("I want to reiterate Norland's support for the plan", "we wish to reaffirm our
    commitment"): the statement itself, as "I reiterate" is."""
    return (
        cue.token.pos_ == "NOUN"
        and cue.clause.dep_ == "xcomp"
        and _lemma(cue.clause) in lex.stating_verbs
        and _lemma(cue.clause.head) in lex.wanting_verbs
    )


def _passes_through(head: Token, lex: CueLexicon) -> bool:
    """Return whether a verb lets a cue in its "to" complement commit its subject."""
    lemma = _lemma(head)
    return lemma in lex.pass_through


def subject_of(verb: Token, sent: Span) -> Token | None:
    """Return the subject of a clause, inherited along conjunctions and complements."""
    node = verb
    for _ in range(5):
        subject = next((c for c in node.children if c.dep_ in _SUBJECT_DEPS), None)
        named = [c for c in node.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"]
        if (
            subject is not None
            and subject.pos_ == "NOUN"
            and _lemma(subject) in credit_words().title_nouns
            and named
            and named[-1].i > subject.i
        ):
            # "The leader of the Union, the main opposition party, Ana Berg has urged": the
            # parser splits the title from the name it heads; the name acts
            subject = named[-1]
        if subject is None:
            # "Sweden is opposed to": the parser may hang the subject on the auxiliary
            subject = next(
                (
                    g
                    for c in node.children
                    if c.dep_ in ("aux", "auxpass") and c.i > c.sent.start
                    for g in c.children
                    if g.dep_ in ("nsubj", "nsubjpass") and g.i < c.i
                ),
                None,
            )
        if subject is None:
            subject = _gerund_doer(node)
        if subject is not None:
            return _after_according_to(misread_place_subject(subject))
        if node.dep_ == "pcomp" and node.head.dep_ == "prep":
            node = node.head.head
        elif node.dep_ in ("conj", "xcomp", "advcl") and node.head != node:
            node = node.head
        else:
            return None
        if node.i < sent.start or node.i >= sent.end:
            return None
    return None


def _tolerance_refused(verb: Token, lex: CueLexicon) -> bool:
    """Return whether a verb of tolerance has a thing or a clause to refuse ("will not
    tolerate armed marches", "will not tolerate that arms be smuggled"), not a pronoun
    ("we will not allow it")."""
    return _lemma(verb) in lex.tolerance_verbs and any(
        (c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")) or c.dep_ == "ccomp"
        for c in verb.children
    )


# Prepositions whose object may be the doer of a gerund after it ("worried about Osmark
# pushing", "with Osmark pushing"), never a place or a time ("signed in Osmark promising").
_GERUND_DOER_PREPOSITIONS = frozenset({"about", "over", "against", "of", "with", "at"})


def _gerund_doer(verb: Token) -> Token | None:
    """Return the name that does a gerund with no subject of its own: its possessive
    ("complained about Osmark's pushing the Union to"), or the name ending the phrase
    right before it that the parser split off ("complained about [Osmark] [pushing]")."""
    if verb.tag_ != "VBG":
        return None
    owner = next((c for c in verb.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if owner is not None:
        return owner
    if verb.dep_ not in ("advcl", "acl", "pcomp") or verb.i == 0:
        return None
    before = verb.doc[verb.i - 1]
    if (
        before.dep_ == "pobj"
        and before.pos_ == "PROPN"
        and before.head.dep_ == "prep"
        and before.head.lower_ in _GERUND_DOER_PREPOSITIONS
        and before.head.head in (verb.head, verb)
    ):
        return before
    return None


def _after_according_to(subject: Token) -> Token:
    """Return the real subject when the parser took the source of "According to Holm, the
    declaration will ..." for the subject and the subject for its apposition."""
    start = subject.left_edge.i
    doc = subject.doc
    if start >= 2 and doc[start - 1].lower_ == "," and doc[start - 2].dep_ != "punct":
        # "According to the Minister of Trade, Ana Berg, the declaration will": the title
        # and the name are parsed apart
        source = doc[start - 2]
        while source.head.lower_ != "to" and source.head != source and source.head.i < start:
            source = source.head
        if (
            source.dep_ == "pobj"
            and source.head.lower_ == "to"
            and source.right_edge.i == start - 2
        ):
            start = source.left_edge.i
    if start < 2 or doc[start - 1].lower_ != "to" or doc[start - 2].lower_ != "according":
        return subject
    return next(
        (c for c in subject.children if c.dep_ == "appos" and doc[c.left_edge.i - 1].is_punct),
        subject,
    )


def is_thing(subject: Token, lex: CueLexicon) -> bool:
    """Return whether a subject's head is a common noun for a thing, not for a body."""
    lemma = _lemma(subject)
    if subject.pos_ != "NOUN" or subject.ent_type_:
        return False
    if any(c.lower_ == "member" and c.dep_ in ("compound", "amod") for c in subject.children):
        return False  # "the member economies will support": members of a body act
    bodies = lex.institutions | lex.group_persons | lex.group_parties | lex.agent_nouns
    return lemma not in bodies and lemma not in speaker_words().institutions
