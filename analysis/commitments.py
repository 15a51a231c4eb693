"""Commitments: who commits to what, how firmly, to whom.

``commitments(doc, actors, sentence_themes, quotes)`` reads the dependency parse of each
sentence and returns one row per commitment; ``assign_groups`` gives restatements of the
same commitment one key. The cue words live in ``analysis/data/commitment_cues.toml``.

What counts (the rules, documented here because they decide what the table holds):

- A clause commits when its head verb, modal, adjective or noun is a cue of one of the
  seven types (``analysis/cues.py`` finds them; the word classes and their senses are
  in the TOML): agreement (agree, sign, adopt, conclude a deal, pass a resolution),
  pledge (will, shall, pledge, commit, promise, vow, "would" in reported speech,
  "announced new aid"), offer (propose, offer, suggest, "ready to"), endorsement
  (welcome, endorse, back, support, praise, approve, accept), call (urge, "call on",
  "ask for", request, demand, advocate, must, should, "need to", "stressed the need
  for", "its demand that"), intent (aim, plan, hope, order, instruct, decide to,
  threaten, "warned X of consequences", "threatened X with sanctions", "would like
  to", "announced its intention to"; "we must", "we have to" and a reported "he must"
  of the speaker are the speaker's intent) and refusal (refuse, reject, decline, oppose,
  "is opposed to", abstain, "voted against", "denied access", "dismissed the proposal",
  "has no right to demand", a reported "X's demand is unacceptable", and any negated
  cue); "voted for" is an endorsement. Word sense decides: one commits troops, not crimes or suicide; "concluded
  that" is a finding; "denied that" a denial of fact; "called her counterpart to" a
  telephone call; "We agree." and "I wish!" alone are assent and exclamation;
  "welcomed the chancellor" is hospitality; "signed a note" is no agreement; "aimed
  their rifles at" is pointing; "had the support of" is support received; "questioned
  his commitment" speaks about one.
- Not commitments: questions (also a modal before its subject); headings; clauses
  that set the scene or state a condition ("as the EU seeks to", "after both sides
  signed", "if funding is found"); relative clauses and participles describing a noun
  ("the vessels already promised"), except a first-person relative clause inside a
  quotation and what a document says ("a resolution calling for"); what is hoped or
  demanded inside another cue's complement; forecasts ("analysts expect ... will",
  "we are sure that ... will") and beliefs; a thing's outcome ("the deal will ensure
  peace"); events after "will" ("will replace him as envoy"); the writer's own "X
  must" and passive "will be evacuated"; purposes and arrangements in the passive ("is
  aimed at", "was planned by"); earlier narration ("had signed"); a cue under a verb
  that does not commit anyone ("is meant to support"); "will be" and "will become";
  "welcome" of a person (hospitality, active or passive); a negated modal before a
  verb of attitude ("we will not forget it"); an act completed in a year before the
  article's year; plans told in the past perfect ("had planned to"); in a quotation,
  what "you" want or do; a passive call, endorsement, offer or intent in reported
  speech ('"I was asked to help"', "said the opposition was supported"); an agenda
  ("the conference will focus on"); beliefs ("workers feel that"); a thing that
  "supports" or "calls for" (only documents speak); an intention negated in the past
  ("we did not plan to", "a war we never wanted"); offering words of feeling or courtesy
  ("offered condolences", "an apology", "his views"); what those polled say ("70%
  agreed Europe should"); a verb joined to the writer's "must" ("must notify ... and
  submit"); a speaker's second or third conditional ("if I were ..., I would not"); a
  part of a group the sentence does not name ("ten of its members plan to"); and any
  clause whose actor cannot be resolved to a named actor. An outlet reporting a pledge
  ("Corvo reports that ...") is never its author.
- Actor. In a direct quotation or in reported speech ("X said that ..."), the speaker
  commits when the clause's subject is "we", "I", "our country", a pronoun, a role
  noun, a country or organisation (the state or body the speaker speaks for), a group
  of parties, or missing, and always for calls (the speaker is the one calling). A
  named person as subject keeps that person ("Sakai said Dizon had agreed"); "he" or
  "they" inside a quotation is said of another and commits nobody; a reported act of a
  state other than the speaker's ("said the United States had offered") is that
  state's; a thing of another party ("said Sudvian arms would aid the rebels") is an
  accusation. In reported speech a passive future ("said the envoy would be sent
  home") is the speaker's side's act, and what the speaker's side sends ("two more
  battalions will come") or an organisation's own body ("the board will meet") in its
  statement is the speaker's; a declaration "in which the leaders pledged" records
  their pledges. "US" is a country, never the pronoun. Outside speech the subject commits;
  a passive clause's agent ("opposed by Russia") commits; a document ("the resolution
  calls for", "the statement said") stands for its issuer (``analysis/issuers.py``);
  "the Markov Government" for Markov's country; a group subject ("the two leaders",
  "both sides", "the three countries") for the parties named just before, and a plural
  one ("the leaders agreed") for every party of that kind named in its sentence and the
  two before. Joint subjects give one row per party, except agreements, which give one
  row whose counterpart is the other party. "We will ..." that no speaker is found for
  belongs to the article's source or publisher when the article names it as an actor
  (a ministry's press release).
- Credit on real news. A named organisation as the subject of reported or quoted speech
  ("the Union calls on ..., said its director") commits itself; a state as subject stays
  with the speaker who speaks for it. A statement "saying" or "which read" speaks for its
  issuer, a letter read out for its writer, and "the Sudvian foreign ministry said" for
  the body or state it names. Also not commitments: an "it" in a person's words that
  "will harm" (a forecast); "should be careful", "need not be alarmed" (states); "I have
  to tell you" (a frame; "they have to know that we will" is a warning, an intent);
  "suggested that X was" (an opinion); "would be justified", "would likely"; inverted
  conditions ("should it fail", "were X to", "at no time did"); "both countries" naming a
  company; a country's private bodies ("a Romanian workers' union"); what polled shares
  or unnamed parts of a group say. "be going to" is a future like "will"; "pushed for",
  "asked that", "appealed to X to" call; "warned that it could" threatens; "will not
  allow X to" refuses; an announced "three bases are to close" is the announcer's intent.
- Who else is credited (word classes in ``analysis/data/credit.toml``). A reported call
  verb ("said Ekberg had asked for more time", "said the Sudvian government urged") is
  the named other party's call, not the speaker's; a modal "said X must" stays the
  speaker's. A group of people as subject ("the growers demand", "rebels in X vowed",
  "said the strikers had agreed") is the organisation named with that noun ("the Sudvian
  rebels") or nobody, never the country in its phrase nor the reporting speaker; "most
  Norlanders support" is no state either. A counted part of a bloc's members ("seven
  member states of the Union", "three EU countries") is the members it names, never the
  bloc. A relative "who"/"which" subject is the noun it describes. An outlet that says
  (not reports) what "it" or "we" will do commits itself. "the Sudvian ambassador in
  Norland" speaks for Sudvia, not for where it is posted. "both parties/sides" are the
  last pair named together ("A and B decided ... both parties agreed"). "the
  <place>-based organisation" after one was named is that organisation. A state as
  subject in the words of speakers the article does not name ("Western powers say that
  ...") commits nothing, and one whose act a body of no state reports ("according to
  the UN, Norland has agreed") commits itself. "the Norland Greens" (a plural name tied
  to a country only by a nationality) is a party, not the state. "the leaders agreed"
  are the parties named as who met, not what they met about. "it" in a minister's
  reported words is his side; in the words of "the company" or "the channel" it is the
  organisation named before, or nobody; after an opening clause ("While the party
  remains in the coalition, it has decided") it is that clause's body. "his Sudvian
  counterpart" is never "his" owner; "Portugal's police unit" acts for Portugal (an armed
  or police body is no thing); the agent of a passive asking verb ("was urged by Norway
  to") asks; "the resolution, drafted by X" speaks for the body named as adopting it.
  Parties joined by "along with", "together with" or "alongside" commit too, and a
  reported "she" or "he" of the other gender than the speaker is the person meant.
- Timetables and other non-commitments. A schedule is no commitment: "will meet",
  "visit", "travel", "depart", "discuss", "will hold talks", "will give a speech", "the
  hearing will begin" (one still "will meet its obligations" or "begin withdrawing
  troops"). Nor are likelihoods ("it is unlikely X will", "will probably"), "will need
  to" of another, "it" in a speaker's own words, accusations ("alleges that"),
  counterfactuals ("would have preferred"), praise or thanks of people or for a favour
  ("praised his colleagues", "thanked him for the opportunity"; praise of an act or a
  plan endorses it), "backed down", "agree with" a person, wishes that frame words
  ("would like to reiterate"), greetings, hopes about a state ("we hope there are
  survivors"), or an assembly's members speaking ("deputies said"): the body commits only
  when it acts. Types: "should/must" + a cue verb is a call ("Norland should ratify"); a
  negated subject ("no troops will be sent", "nobody", "nor will") and "would vote
  against" refuse; "will continue to push for" pledges; threats of force ("we will
  strike") are intents; "would consider" offers; an authorisation is an agreement (a
  formal decision); "announced its support" endorses; "warned X to act" calls.
- Type by construction and sense. A vote takes the type of the act voted ("voted to
  approve" endorses, "to ratify" agrees, "to reject" refuses) and "decided to reject"
  refuses; a wish that another join ("we want Norland to join") invites, an offer;
  "will hopefully" and "could/may consider" are intents; what a joint statement says the
  sides will do is an agreement; "agreed that" a course will be taken agrees (a view
  stays a finding); "called/pleaded/asked for X to act", "pleaded with X to", and
  "insisted that X withdraw" (subjunctive) call; "objected to", "denied the request",
  ending an engagement ("terminated the mediation", "cancelled the talks", "suspended
  aid", "broke off relations") and "with X abstaining" refuse; "open to talks" offers;
  "assured/reassured X that/of" pledges. Not commitments: a wish or need in the simple
  past in a speaker's own words ('"we wanted to"', '"I had to"'); a past act "in the
  past"; what a thing will do ("the agreement would end the dispute", "the accords would
  set back development", "the footage would support the idea"); rejecting findings or
  views; a decision judged ("made a correct decision"); a hope about what is going on;
  "nobody/nothing will" (defiance); "sealed the border", "adopted a policy", "assured
  the markets"; a negated refusal ("did not reject"; "did not rule out" keeps a course
  open, an intent); counts of people ("thousands will lose their jobs") and "it will
  take weeks" (forecasts); "will vote on a referendum" (a timetable); idioms ("accepted
  an award", "offered a glimpse", "hailed a taxi", "supported her family"). "has yet to
  sign" withholds (refusal); "said X was not planning to" is backshifted (refusal);
  "warned that X would face sanctions" threatens (intent); "warned X against" calls;
  "decided to make a request" takes the noun's type; rejecting a body's statement ("the
  NATO statement") refuses it.
- Counterpart: the first other actor named in the clause (to whom, with whom, whose
  proposal), or the other party of a joint subject.
- Evidence. ``sentence`` is the written sentence that states the commitment and
  ``start_char``/``end_char`` bound it in the article text; a post's closing handles
  and hashtags ("... the EU countries. @kajakallas") stay with its last sentence. One
  (actor, type) is reported once per sentence.

Strength scale (0 to 1): the type sets a base (agreement 0.8, pledge 0.7, offer 0.55,
endorsement 0.5, intent 0.35, call 0.3, refusal 0.0); an amount and a deadline raise it
by 0.1 each; a hedge (could, may, might, perhaps, an "if"/"unless" condition, "would
consider", "study", "explore") lowers it by 0.15. The result is capped at 1 and floored
at 0.05; a refusal is always 0.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import islice

import numpy as np
import pandas as pd
from rapidfuzz import fuzz, process
from spacy.tokens import Doc, Span, Token

from analysis.actors import ArticleActors, LocalActor
from analysis.cues import (  # COMMITMENT_TYPES and parse_lexicon are re-exported
    COMMITMENT_TYPES as COMMITMENT_TYPES,
)
from analysis.cues import (
    Cue,
    CueLexicon,
    _is_cue_word,
    _lemma,
    _modal_of,
    _negated,
    _stance,
    cue_candidates,
    cue_lexicon,
    find_cue,
    joint_phrase,
)
from analysis.cues import parse_lexicon as parse_lexicon
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
    seat_state,
    speaker_words,
    statement_speaker,
)
from analysis.quotes import Attribution, attribution
from analysis.spans import doc_text, entity_at, of_objects

BASE_STRENGTH = {
    "agreement": 0.8,
    "pledge": 0.7,
    "offer": 0.55,
    "endorsement": 0.5,
    "intent": 0.35,
    "call": 0.3,
    "refusal": 0.0,
}
DETAIL_BONUS = 0.1
HEDGE_PENALTY = 0.15
MIN_STRENGTH = 0.05

# Restatements whose content keywords overlap at least this much (rapidfuzz token-set
# ratio, 0-100) share a commitment group.
GROUP_SIMILARITY = 72

_SPEAKER_SUBJECTS = frozenset({"we", "i", "us", "our", "he", "she", "they", "it", "this"})
# A written sentence ends at . ! ? (and a closing quote) before a space, or at a line end.
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’']?\s+|\n")
_TRAILING_TAGS = re.compile(r"\s*((?:[@#]\w+[ ,]*)*[@#]\w+)[,.]?(?=[\"”’'\n]|\s*$)")
_ENDS_SENTENCE = re.compile(r"(?:[.!?][\"”’']?\s+|\n\s*)$")
_YEAR = re.compile(r"(19|20)\d\d")
_NUMBER = re.compile(r"[\d.,]+")
_VAGUE_QUANTIFIERS = frozenset({"several", "some", "many", "other", "few", "most", "all"})
_FIRST_PERSON = frozenset({"we", "i", "us", "our", "my"})
_DEMONSTRATIVES = frozenset({"that", "this", "these", "those", "which", "what"})
_THIRD_PERSON = frozenset({"he", "she", "they"})
# Said to or of another inside a quotation: "you want to know" is no act of the speaker.
_OTHER_PERSON = _THIRD_PERSON | {"you"}
_SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj", "expl")
_DEADLINE_PREPS = frozenset({"by", "before", "within", "until", "till", "no later than"})
_TIME_WORDS = frozenset(
    {"year", "month", "week", "day", "end", "summer", "winter", "spring", "autumn", "quarter"}
)
_STOPWORDS = frozenset(
    {
        "the",
        "a",
        "an",
        "of",
        "to",
        "and",
        "or",
        "for",
        "in",
        "on",
        "at",
        "with",
        "by",
        "its",
        "their",
        "his",
        "her",
        "our",
        "this",
        "that",
        "these",
        "those",
        "from",
        "as",
        "be",
        "more",
        "further",
    }
)


# -- filters ---------------------------------------------------------------------------


def _is_heading(sent: Span) -> bool:
    if len(sent) > 14:
        return False
    text = _sentence_text(sent).strip()
    return bool(text) and text[-1] not in ".!?\"”’'…:;)"


def _sentence_text(sent: Span) -> str:
    # ``Span.text`` joins the tokens anew; slicing the doc's text gives the same string.
    return doc_text(sent.doc)[sent.start_char : sent.end_char] if len(sent) else ""


def _is_question(sent: Span) -> bool:
    """Return whether a sentence asks: a question mark, or a modal before its subject."""
    if _sentence_text(sent).rstrip(" \"”’'").endswith("?"):
        return True
    # The first three words tell (a modal, its subject, one word more).
    words = list(islice((t for t in sent if not t.is_punct and not t.is_space), 3))
    return len(words) > 2 and words[0].tag_ == "MD" and words[1].dep_ in ("nsubj", "nsubjpass")


def _clause_path(token: Token, sent: Span) -> list[Token]:
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


def _is_background(
    cue: Cue, sent: Span, lex: CueLexicon, quote: tuple[int, int] | None = None
) -> bool:
    """Return whether the cue sits in a clause that is no commitment (see module rules)."""
    path = _clause_path(cue.clause, sent)
    if quote is not None:
        path = [node for node in path if quote[0] <= node.idx < quote[1]]
    for node in path:
        if node.dep_ == "relcl" and _has_first_person_subject(node) and quote is not None:
            if _denied_antecedent(node.head):
                return True  # '"we have no aims for which we will need a bomb"': none
            continue  # '"the topics, which we have agreed to take up"': the speaker's act
        marks = {_lemma(c) for c in node.children if c.dep_ == "mark"}
        if (
            node.dep_ in ("advcl", "ccomp")
            and marks & lex.background_marks - {"that"}
            and not _course_stated_before(cue, node, marks, lex)
        ):
            return True
        # "a resolution calling for a ceasefire" is what the resolution says.
        said_by_document = node is cue.clause and node.dep_ == "acl" and is_document(node.head)
        # "a declaration in which the leaders pledged": what the document records
        said_by_document = said_by_document or (
            node is cue.clause
            and node.dep_ == "relcl"
            and is_document(node.head)
            and any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ != "WDT" for c in node.children)
        )
        # "a video in which the rebel leader offers a truce": what a named actor says in it
        said_by_document = said_by_document or (
            node is cue.clause and node.dep_ == "relcl" and _said_in_which(node)
        )
        # "a statement saying it would", "a letter stating that": the document speaks
        said_by_document = said_by_document or (
            node is not cue.clause
            and node.dep_ in ("acl", "relcl")
            and is_document(node.head)
            and _lemma(node) in lex.reporting | lex.document_verbs
        )
        if (
            node.dep_ in ("relcl", "acl", "amod")
            and node.pos_ in ("VERB", "AUX", "ADJ")
            and not said_by_document
            and not _main_clause_as_relative(node)
            and not (node is cue.clause and _standing_stance(node))
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
            node is not cue.clause
            and _lemma(node) in lex.prediction_verbs
            and not _reportedly_done(node, cue.clause)
            and not _held_view_asks(cue, node, lex)
        ):
            return True
        if node is not cue.clause and _unasserted_report(node, lex):
            return True  # "did not say that it would", "the memo said planners would"
        if node is not cue.clause and any(
            c.dep_ == "acomp" and _lemma(c) in lex.belief_adjectives for c in node.children
        ):
            return True  # "we are sure that it will": a forecast
    clause = cue.clause
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
        and not (
            _lemma(clause.head) in lex.prediction_verbs and _reportedly_done(clause.head, clause)
        )
    ):
        return True
    if _is_indirect_question(clause):
        return True  # "what the plant should look like", "how much it would provide"
    purpose = _first_conjunct(clause)  # "to help restrain and instruct the army"
    if (
        purpose.dep_ == "advcl"
        and clause is cue.token
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in purpose.children)
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in purpose.children)
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
    ):
        return True  # "plans on deploying troops to support the return": a purpose
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and any(
        c.dep_ == "aux" and _lemma(c) in ("do", "have") and c.i < subject.i for c in clause.children
    ):
        return True  # "at no time did she request", "had we known": inverted, no act
    if (
        cue.act is not cue.token
        and cue.act.dep_ == "xcomp"
        and any(t.tag_ in ("WP", "WRB") and cue.token.i < t.i < cue.act.i for t in cue.act.subtree)
    ):
        return True  # "has not decided what to do": no course set
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
            _lemma(cue.act) in lex.reporting
            or (cue.act is not cue.token and _lemma(cue.act) in lex.withheld_statements)
        )
        and not _engagement_refused(cue, lex)
    ):
        return True  # "declined to say whether": no commitment withheld ("denied the
        # request" withholds what was asked)
    if (
        cue.kind == "refusal"
        # "would never endorse a report" withholds support; "rejected the report" denies
        and lex.verbs.get(_lemma(cue.token)) != "endorsement"
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
    if _backs_a_claim(cue, lex):
        return True  # "supported the claims that the army fired": agreement with a fact
    if (
        cue.kind == "refusal"
        and cue.token.tag_ == "MD"
        and _lemma(cue.act) in lex.negated_attitudes
        and not _permits_an_act(cue.act, lex)
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
    # a forecast recalled.
    kept_vow = cue.kind == "pledge" and cue.token.pos_ == "VERB" and cue.act.dep_ == "xcomp"
    # "said that Norland had offered to": reported speech shifts "has offered" back a tense
    # "Parliament heard that Norland had agreed": what a body was told shifts back too
    backshifted = (
        clause.dep_ == "ccomp"
        and _lemma(clause.head) in lex.reporting | lex.hearing_verbs
        and clause.head.tag_ == "VBD"
    )
    return (
        cue.kind in ("agreement", "pledge", "offer", "intent", "call")
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


def _backs_a_claim(cue: Cue, lex: CueLexicon) -> bool:
    """Return whether an endorsement backs a claim of fact ("supported the claims that
    the troops fired", "her view was backed by the minister"), not a proposal or an act."""
    return (
        cue.kind == "endorsement"
        and _lemma(cue.token) in lex.corroborating_verbs
        and any(
            c.dep_ in ("dobj", "nsubjpass") and _lemma(c) in lex.claims for c in cue.token.children
        )
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
    return opened and subject is not None and subject.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")


def _held_view_asks(cue: Cue, belief: Token, lex: CueLexicon) -> bool:
    """Return whether a side's view frames what it asks ("we believe Vesland must withdraw",
    "Norland thinks the talks should resume"): the "must" or "should" still asks, where
    "experts expect the talks will fail" only forecasts."""
    subject = next((c for c in belief.children if c.dep_ == "nsubj"), None)
    return (
        cue.kind == "call"  # "I think we'll have to wait and see" sets no course
        and _lemma(belief) in lex.opinion_frames
        and subject is not None
        # a state or a body ("Norland believes"); "many Norlanders believe" is opinion
        and (subject.lower_ in _FIRST_PERSON or subject.ent_type_ in ("GPE", "ORG"))
        and (
            (cue.token.tag_ == "MD" and lex.modals.get(cue.token.lower_) == "call")
            or (_lemma(cue.token) in lex.need_verbs and cue.token.pos_ == "VERB")
        )
    )


# Subjects that negate what they "should" do ("nobody should", "no one must").
_NO_ONE = frozenset({"nobody", "none", "noone"})


def _asked_not_to(cue: Cue, lex: CueLexicon) -> bool:
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
    return (
        node is cue.clause
        and cue.token.pos_ == "NOUN"
        and cue.kind in ("intent", "pledge", "offer", "call")
        and marks <= lex.stated_course_marks
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
    if cue.token is not modal:
        # "said the footage would support the idea": a thing backs nothing; a document
        # ("the resolution would support") speaks for its issuer
        subject = _subject_of(cue.clause, sent)
        return (
            cue.kind == "endorsement"
            and subject is not None
            and _is_thing(subject, lex)
            and not is_document(subject)
            and _lemma(subject) not in lex.deliverables
        )
    subject = _subject_of(cue.clause, sent)
    if subject is not None and _counted(subject, lex):
        return True  # "about three thousand Americans will go to jail"
    if (
        subject is not None
        and (
            subject.lower_ == "it"
            or (_is_thing(subject, lex) and _lemma(subject) not in lex.deliverables)
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
    subject = _subject_of(cue.clause, sent)
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
            or not (_passive(cue.act) or _acts(subject, lex) or phrases & lex.continued_courses)
        )
        and _is_thing(subject, lex)
        and _lemma(subject) not in lex.deliverables
        and not any(c.dep_ == "poss" for c in subject.children)
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
    if cue.kind not in ("intent", "call") or token.tag_ != "VBD" or token is not cue.clause:
        return False
    lemma = _lemma(token)
    quoted = quote is not None and quote[0] <= token.idx < quote[1]
    if lemma not in (lex.past_wishes if quoted else lex.past_needs) or (quote and not quoted):
        return False
    # a reporting verb of the speaker's own words or of the writer's shifts the tense
    start, end = quote if quoted else (sent.start_char, sent.end_char)
    return not any(
        start <= node.head.idx < end and _lemma(node.head) in lex.reporting
        for node in _clause_path(token, sent)
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


def _first_conjunct(token: Token) -> Token:
    """Return the first of a run of conjoined clauses ("pull out ... and ask")."""
    node = token
    while node.dep_ == "conj" and node.head is not node:
        node = node.head
    return node


def _inside_cue_clause(clause: Token, sent: Span, lex: CueLexicon) -> bool:
    """Return whether a clause is the complement of a cue verb that reports no speech."""
    node = clause
    while node.dep_ == "conj" and node.head != node:
        node = node.head
    if node.dep_ != "ccomp" or not (sent.start <= node.head.i < sent.end):
        return False
    head = node.head
    return _lemma(head) in lex.verbs and _lemma(head) not in lex.reporting


def _passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _has_first_person_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("we", "i") for c in verb.children)


def _is_indirect_question(clause: Token) -> bool:
    """Return whether a wh-word opens the clause ("how much money it would provide")."""
    if clause.dep_ == "relcl" or _said_in_which(clause):
        return False  # "a declaration in which the leaders pledged": a relative, no question
    subject = next((c for c in clause.children if c.dep_ in _SUBJECT_DEPS), None)
    skip = {t.i for t in subject.subtree} if subject is not None else set()
    return any(
        t.tag_ in ("WP", "WRB", "WDT", "WP$")
        and t.i < clause.i
        and t.i not in skip
        and not _in_relative_clause(t, clause)
        and not (t.lower_ == "that" and t.dep_ == "mark")  # "that" tagged WDT opens no question
        for t in clause.subtree
    )


def _in_relative_clause(token: Token, clause: Token) -> bool:
    """Return whether ``token`` sits in a relative clause below ``clause`` ("Unlike the
    troops, who are under its command, Norland refused": "who" asks nothing)."""
    node = token
    while node.i != clause.i and node.head.i != node.i:
        if node.dep_ == "relcl":
            return True
        node = node.head
    return False


def _is_dated_past(clause: Token, lex: CueLexicon) -> bool:
    """Return whether a past-tense act is dated by a year, "since" or years "ago" ("signed
    in 2022", "signed it three years ago")."""
    if clause.tag_ not in ("VBD", "VBN"):
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
            t.ent_type_ == "DATE" and (_YEAR.fullmatch(t.text) or t.lower_ == "ago")
            for t in child.subtree
        ):
            return True
    return False


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


def _done_before(clause: Token, year: int) -> bool:
    """Return whether a past-tense act, or the statement that reported it, is dated in a
    year before ``year``.

    "ECOWAS agreed in principle to create a brigade in 2023", read in a 2025 article,
    tells history: the year may hang from the act or from what was agreed. So does "In
    2023, Norland announced it would build a launcher": what a statement of an earlier
    year said is history with it.
    """
    if _dated_before(clause, year):
        return True
    lex = cue_lexicon()
    node = _first_conjunct(clause)
    while node.dep_ == "ccomp" and _lemma(node.head) in lex.reporting | lex.document_verbs:
        if _dated_before(node.head, year):
            return True
        node = _first_conjunct(node.head)
    return False


def _dated_before(clause: Token, year: int) -> bool:
    """Return whether a past-tense verb is dated in a year before ``year``."""
    if clause.tag_ not in ("VBD", "VBN") or _modal_of(clause) is not None:
        return False
    return any(
        t.ent_type_ == "DATE"
        and _YEAR.fullmatch(t.text)
        and int(t.text) < year
        and _dates_clause(t, clause)
        for t in clause.subtree
    )


def _dates_clause(token: Token, clause: Token) -> bool:
    """Return whether a date word belongs to the clause itself or its "to" complement.

    A date inside a relative or subordinate clause ("centres set up under an agreement
    signed in 2013") dates that clause, not the act.
    """
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


def _passes_through(head: Token, lex: CueLexicon) -> bool:
    """Return whether a verb lets a cue in its "to" complement commit its subject."""
    lemma = _lemma(head)
    return lemma in lex.pass_through


# -- actors ----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Parties:
    """Who commits in one clause, and who the clause names besides them."""

    actors: tuple[LocalActor, ...]
    others: tuple[LocalActor, ...] = ()
    own_voice: bool = False  # an outlet speaking of its own course, not reporting


def _subject_of(verb: Token, sent: Span) -> Token | None:
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
        if subject is not None:
            return _after_according_to(subject)
        if node.dep_ == "pcomp" and node.head.dep_ == "prep":
            node = node.head.head
        elif node.dep_ in ("conj", "xcomp", "advcl") and node.head != node:
            node = node.head
        else:
            return None
        if node.i < sent.start or node.i >= sent.end:
            return None
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


def _agent_phrase(verb: Token) -> Token | None:
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


def _phrase_actors(token: Token, actors: ArticleActors) -> list[LocalActor]:
    """Return the non-place actors named in a token's phrase, in text order, once each."""
    start = token.left_edge.idx
    end = token.right_edge.idx + len(token.right_edge)
    # "members from nations other than the US": who is excluded is not in the phrase
    # "a member, who has long had an interest in Timorese affairs, asked": what a relative
    # clause tells about the subject names no one the subject stands for
    excluded = [
        (t.left_edge.idx if t.dep_ == "relcl" else t.idx, t.right_edge.idx + len(t.right_edge))
        for t in token.subtree
        if (t.lower_ in _EXCLUDING and t.dep_ == "prep") or (t.dep_ == "relcl" and t is not token)
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
_DEFINITE = frozenset({"the", "both", "these", "those", "all", "each"})


def _is_definite(noun: Token) -> bool:
    """Return whether a noun phrase points at known referents ("the two sides", "their leaders")."""
    return any(
        (c.dep_ in ("det", "predet") and c.lower_ in _DEFINITE) or c.dep_ == "poss" or c.like_num
        for c in noun.children
    )


def _group_parties(subject: Token, actors: ArticleActors, lex: CueLexicon) -> list[LocalActor]:
    """Return the parties a group subject ("the two leaders", "both sides") stands for."""
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
    if any(c.lower_ in ("both", "two", "2") for c in subject.children):
        pair = _last_pair(subject, actors, wanted_person, states)
        if pair:
            return pair  # "Norway and Sweden ... a court in Geneva ... both parties agreed"
    return _nearest_parties(earlier[-40:], actors, wanted_person, 2, states)


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
    while node.head is not node:
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


def _subject_parties(
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
    if lower in _FIRST_PERSON and subject.text != "US":  # "US" is a country
        return [], True
    if any(c.dep_ == "poss" and c.lower_ in ("our", "my") for c in subject.children):
        return [], True  # "our country will": the speaker's side
    if lower in _VAGUE_QUANTIFIERS and not list(subject.children):
        return [], None  # "many hope he will": nobody named
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
        return _subject_parties(subject.head.head, context, lex)
    if subject.pos_ == "PRON" and lower in _DEMONSTRATIVES | {"who"}:
        return [], None  # "that will make them stronger", "who would have thought"
    if _is_partitive(subject, lex) and not any(c.dep_ == "appos" for c in subject.children):
        return [], False  # "ten of its members plan to": a part, not the body, and unnamed
    if _country_parties(subject, actors):
        # "all major parties in Norland agreed", "Norland's parties vowed": the parties,
        # never the state; an organisation their phrase names, else nobody named
        return [a for a in _phrase_actors(subject, actors) if a.type != "country"], False
    if subject.pos_ == "PRON" and lower == "it":
        framed = _framing_clause_body(subject, actors)
        if framed is not None:
            return [framed], True  # "While the party remains in the coalition, it has decided"
    if subject.pos_ == "PRON":
        found = context.resolve(subject, "")
        if found.actor is None and lower == "they":
            return _joint_antecedent(subject, actors), True  # "A and B met. They pledged"
        return ([found.actor] if found.actor is not None else []), True
    if is_document(subject):
        # "the resolution calls for", "the declaration commits": its issuer commits.
        issuer = statement_speaker(subject, actors)
        if issuer is None and subject.dep_ == "appos" and subject.head.pos_ == "PROPN":
            # "According to Holm, the declaration will": no issuer named, the source tells
            return _subject_parties(subject.head, context, lex)
        return ([issuer] if issuer is not None else []), True
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
        if named and _is_thing(subject, lex) and subject.lower_ not in credit_words().force_nouns:
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
        c.dep_ == "poss" and c.lower_ not in _FIRST_PERSON for c in subject.children
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
    if outer.dep_ in ("ccomp", "xcomp") and outer.head is not outer:
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
    return any(
        c.dep_ in ("amod", "compound", "nmod")
        and c.lower_ in below
        and (c.lower_ != "state" or lemma in words.state_level_heads)
        for c in subject.children
    )


def _governed_place(subject: Token, actors: ArticleActors) -> LocalActor | None:
    """Return the non-country actor a sub-national body's phrase names ("of Ostria")."""
    for token in subject.subtree:
        if token is subject:
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


def _is_thing(subject: Token, lex: CueLexicon) -> bool:
    """Return whether a subject's head is a common noun for a thing, not for a body."""
    lemma = _lemma(subject)
    if subject.pos_ != "NOUN" or subject.ent_type_:
        return False
    bodies = lex.institutions | lex.group_persons | lex.group_parties | lex.agent_nouns
    return lemma not in bodies and lemma not in speaker_words().institutions


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
    heads = [subject, *subject.conjuncts]
    if subject.pos_ == "NOUN" and actors.actor_at(subject.idx, subject.idx + len(subject)) is None:
        heads = [subject]  # "the shield in Poland and the Czech Republic": a misread list
    found: list[LocalActor] = []
    for head in heads:
        actor = actors.actor_at(head.idx, head.idx + len(head))
        if actor is not None and actor.type != "place" and actor not in found:
            found.append(actor)
    return found


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


def _speaker(
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
                    issuer = statement_speaker(document, context.actors)
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
    for node in _clause_path(cue.clause, sent)[:-1]:
        head = node.head
        if (
            node.dep_ in ("ccomp", "parataxis")
            and (_lemma(head) in lex.reporting or _tells_whom(head))
            and head.pos_ == "VERB"
            and not context.in_quote(head.idx)
        ):
            document = reported_document(head)
            if document is not None:
                # "issued a statement saying it would": the statement's issuer says it
                issuer = statement_speaker(document, context.actors)
                if issuer is not None:
                    return True, None if is_outlet(issuer) else issuer, head
            found = context.speaker_of_cue(head, list(sent))
            actor = found.actor or institution_speaker([head], context.actors, lex.reporting)
            actor = actor or represented_actor(head, context.actors)
            # An outlet reports what others commit to; it commits nothing itself.
            return True, None if is_outlet(actor) else actor, head
    root = _clause_path(cue.clause, sent)[-1]
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
    subject = _subject_of(cue.clause, sent)
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
    for node in _clause_path(cue.clause, sent)[:-1]:
        head = node.head
        if not (node.dep_ in ("ccomp", "parataxis") and _lemma(head) in lex.reporting):
            continue
        if head.pos_ != "VERB" or not quote[0] <= head.idx < quote[1]:
            return None
        reporter = _subject_of(head, sent)
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
        subject = _subject_of(token, sent)
        if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
            return False
        words = credit_words()
        speaks_for_state = lex.group_persons | words.title_nouns
        # "three ministers said Norland would": officials speak for a state
        return _lemma(subject) not in speaks_for_state and not _phrase_actors(
            subject, context.actors
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


def _parties(
    cue: Cue,
    sent: Span,
    context: Attribution,
    quoted: Sequence[tuple[int, int, LocalActor | None]],
    lex: CueLexicon,
) -> _Parties | None:
    """Return who commits in the cue's clause (rules in the module docstring)."""
    subject = cue.owner if cue.owner is not None else _subject_of(cue.clause, sent)
    if subject is None and cue.clause.dep_ == "acl" and is_document(cue.clause.head):
        subject = cue.clause.head  # "a resolution calling for a ceasefire"
    agent = _agent_phrase(cue.clause)
    if agent is None and cue.kind == "agreement" and _passive(cue.clause):
        agent = joint_phrase(cue.clause, lex)  # "a truce was signed between A and B"
    stance = _stance(cue.token, _lemma(cue.token), lex)
    if agent is not None and subject is not None and _lemma(subject) in lex.event_nouns:
        return None  # "a rally was supported by several parties": who took part in an event
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
        if not named and not _is_thing(agent, lex):
            named = _phrase_actors(agent, context.actors)  # "by the leaders of Norway"
    elif (
        agent is not None
        and cue.token is cue.clause
        and cue.token.pos_ == "VERB"
        and _lemma(cue.token) not in lex.need_verbs
        and _passive(cue.clause)
    ):
        # "Chile was urged by Norway to withdraw": the agent of a passive asking verb asks
        named, through_speaker = _head_actors(agent, context.actors), False
        if not named and not _is_thing(agent, lex):
            named = _phrase_actors(agent, context.actors)
    elif agent is not None:
        return None  # "must be approved by the Council": the Council is asked, not asking
    else:
        named, through_speaker = _subject_parties(subject, context, lex)
        if not named and cue.kind == "agreement" and subject is not None:
            held = _talks_parties(subject, context.actors, lex)
            if held:
                # "Several hours of talks have led to an agreement": who held the talks
                named, through_speaker = held, True
    if subject is not None and (
        _lemma(subject) in lex.prediction_subjects
        or (subject.ent_type_ != "CARDINAL" and _is_polled(subject, lex))
    ):
        return None  # "analysts expect", "68 percent of voters oppose": opinions
    reported, speaker, verb = _speaker(cue, sent, context, quoted)
    if (
        reported
        and speaker is None
        and through_speaker
        and named
        and subject is not None
        and subject.pos_ == "PROPN"
        and all(a.type == "country" for a in named)
        and _unnamed_speaker(verb, sent, context)
    ):
        # 'Western powers say that "Norland is to refrain ..."': unnamed speakers talk
        # about the state; it commits nothing in their words
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
    if reported and agent is None and _passive(cue.clause) and not stance:
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
    if cue.words.lower() == "would" and not reported:
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
        and _passive(cue.clause)
        and cue.kind != "agreement"
        and not stance
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
        and _is_thing(subject, lex)
        and cue.token is cue.clause
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
        reporter = _subject_of(verb, sent) if verb is not None else None
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
            return _Parties(tuple(bodies)) if bodies else None
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
            return _Parties((body,), own_voice=True) if body is not None else None
        outlet = _outlet_own_voice(subject, speaker, verb, reporter, context.actors)
        if outlet is not None:
            # "the channel said it will continue to cover the war": the outlet's own course
            return _Parties((outlet,), own_voice=True)
        # Reported (not quoted) speech about a thing ("said the centre would open") is
        # the speaker's word on their own project; a quotation about one is not.
        speaks_for = cue.kind == "call" or bool(through_speaker)
        speaks_for = speaks_for or (through_speaker is None and verb is not None)
        if through_speaker is None and named and speaker is not None:
            # A thing of another party ("said Sudvian arms would aid the rebels") is a
            # claim about that party, not the speaker's commitment.
            own = {speaker.name, speaker.affiliation}
            speaks_for = any(a.name in own for a in named)
        if _lemma(cue.token) in lex.refusal_adjectives:
            if speaker is None:
                return None
            return _Parties((speaker,), tuple(a for a in named if a != speaker))
        if _lemma(cue.token) in lex.denied_rights:
            if speaker is None or any(a.type == "person" for a in named):
                return None
            return _Parties((speaker,), tuple(a for a in named if a != speaker))
        if subject is not None and is_document(subject) and named and cue.kind != "call":
            # "According to Holm, the final declaration of the summit will condemn piracy":
            # the text's issuer commits; whoever tells of it only reports
            return _Parties(tuple(named))
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
            return _Parties(tuple(named))
        if (
            speaker is not None
            and verb is not None
            and cue.kind != "call"
            and through_speaker
            and named
            and subject is not None
            and subject.pos_ == "PROPN"
            and speaker.type == "organisation"
            and _body_name(speaker)
            and not speaker.affiliation
            and not set(speaker.name.lower().split()) & credit_words().state_body_words
            and all(a.type == "country" for a in named)
        ):
            # "According to the United Nations, Norland has agreed": a body that is no
            # state's reports a state's act; it does not speak for that state.
            return _Parties(tuple(named))
        if (
            speaker is not None
            and speaker.type == "person"
            and not speaker.affiliation
            and not speaker.title
            and verb is not None
            and cue.kind != "call"
            and through_speaker
            and subject is not None
            and subject.pos_ == "PROPN"
            and named
            and all(a.type == "country" for a in named)
        ):
            # "Holm said Sweden will send troops" with no side or office known for Holm:
            # the state named acts (a minister's "said Sweden would" stays the minister's)
            return _Parties(tuple(named))
        if _other_gender(subject, speaker, named) and not (
            cue.kind == "call" and (cue.token.tag_ == "MD" or _lemma(cue.token) in lex.need_verbs)
        ):
            # "Holm said that she had agreed": not the speaker, the woman meant
            return _Parties(tuple(named))
        if _others_call(cue, subject, named, through_speaker, speaker, lex):
            # "Minister Holm said Ekberg had urged Norway to act": the named other party
            # asked it; the speaker only reports the call.
            return _Parties(tuple(named))
        if _body_speaks(cue, subject, agent, named, through_speaker, lex):
            # "The Union calls on ..., said its director": a named organisation's stated
            # course is the organisation's; its spokesman or director only voices it.
            return _Parties(tuple(named))
        if speaker is not None and speaker.type != "place" and speaks_for:
            # The subject of a call is who is called on; otherwise it is the speaker's
            # own side ("said Japan would deliver"), no counterpart.
            others = tuple(a for a in named if a != speaker) if cue.kind == "call" else ()
            return _Parties((speaker,), others)
        if speaker is None and reporter is not None and speaks_for:
            group = _group_parties(reporter, context.actors, lex)
            if not group and reporter.lower_ == "they":
                group = _joint_antecedent(reporter, context.actors)  # "A and B ... They said"
            if group:  # "both ministers said"
                return _Parties(tuple(group))
    if (
        not named
        or through_speaker is None
        or _lemma(cue.token) in lex.denied_rights | lex.refusal_adjectives
    ):
        return None
    return _Parties(tuple(named))


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
    return lemma in lex.asking_modals or (subject is not None and not _is_thing(subject, lex))


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
        (subject.lower_ in _FIRST_PERSON and subject.text != "US") or subject.lower_ == "it"
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


def _counterpart(
    cue: Cue, actor: LocalActor, parties: _Parties, context: Attribution, sent: Span
) -> LocalActor | None:
    """Return the other actor the clause names (with whom, to whom, whose proposal)."""
    subject = cue.owner if cue.owner is not None else _subject_of(cue.clause, sent)
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


# -- content, amount, deadline ---------------------------------------------------------


def _content_tokens(cue: Cue, sent: Span) -> list[Token]:
    """Return the words of the committed act: the act verb and its complements."""
    act = cue.act
    subject = _subject_of(act, sent)
    drop: set[int] = set()
    if subject is not None and subject.head == act:
        drop.update(t.i for t in subject.subtree)
    # A refusal's type already says "not"; in "asked them not to sell" or "agreed not to
    # raise" the negation belongs to the act and is kept, or the content says the opposite.
    # A call keeps it always: "should not withdraw" asks that they not withdraw.
    keep_negation = cue.kind != "refusal" and (
        act not in (cue.token, cue.clause) or cue.kind == "call"
    )
    linking = cue_lexicon().linking_adverbs
    for child in act.children:
        if child.i < act.i and child.dep_ in ("prep", "npadvmod", "advcl", "ccomp"):
            drop.update(t.i for t in child.subtree)  # "on Wednesday proposed": the when
        elif child.i < act.i and child.dep_ == "advmod" and child.lower_ in linking:
            drop.add(child.i)  # "so we'll fight", "will still attend": the act is "fight"
        elif child.dep_ == "neg" and keep_negation:
            continue
        elif child.dep_ in ("aux", "auxpass", "neg", "mark", "punct", "cc", "expl"):
            drop.add(child.i)
        elif _separate_clause(child):
            drop.update(t.i for t in child.subtree)
        elif child.dep_ == "agent" and act is cue.token:
            drop.update(t.i for t in child.subtree)  # "welcomed by Norland": who commits
    tokens = [t for t in act.subtree if t.i not in drop and sent.start <= t.i < sent.end]
    while tokens and (tokens[0].is_punct or tokens[0].dep_ in ("aux", "mark")):
        tokens.pop(0)
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    # "the plan was welcomed by Norland": what was welcomed is the subject
    by_agent = act is cue.token and _agent_phrase(act) is not None
    patient = _passive_patient(act, subject, sent) if act is not cue.token or by_agent else []
    if patient and act in tokens:
        # "troops will be sent to the border": the act is "send troops to the border".
        at = tokens.index(act) + 1
        tokens[at:at] = patient
    return tokens[:40]


def _passive_patient(act: Token, subject: Token | None, sent: Span) -> list[Token]:
    """Return the words of a passive act's subject, what the act is done to, or []."""
    if subject is None or subject.tag_ in ("WDT", "WP"):
        return []
    # "a new parliament has to be elected": the subject of "has" is the act's.
    if subject.head != act and not (act.dep_ == "xcomp" and subject.head == act.head):
        return []
    if not any(c.dep_ == "auxpass" for c in act.children):
        return []
    return [t for t in subject.subtree if sent.start <= t.i < sent.end and not t.is_punct]


def _separate_clause(child: Token) -> bool:
    """Return whether a dependent of the act verb is a clause of its own, not content."""
    if child.dep_ in ("nsubj", "nsubjpass"):
        return True
    if child.dep_ in ("conj", "advcl", "parataxis") and child.pos_ in ("VERB", "AUX"):
        return True
    return child.dep_ == "ccomp" and _lemma(child) in cue_lexicon().reporting


# Subject pronouns in the form they take as an object.
_OBJECT_FORMS = {"i": "me", "we": "us", "he": "him", "she": "her", "they": "them"}


def _content_text(tokens: list[Token], act: Token) -> str:
    """Return the act as a readable phrase, its verb in the base form ("deliver ...")."""
    parts = []
    previous: Token | None = None
    for token in tokens:
        word = token.text
        if token == act and token.pos_ in ("VERB", "AUX") and token.tag_ != "VB":
            word = token.lemma_
        elif token.dep_ == "neg" and token.head == act:
            word = "not" if token.lower_ == "n't" else token.text
        elif token.is_sent_start and token.pos_ == "DET":
            word = token.lower_  # "welcome the plan" for "The plan was welcomed"
        elif token.i < act.i and token.dep_ == "nsubjpass" and token.lower_ in _OBJECT_FORMS:
            # "they should be sought" -> "seek them": a passive's pronoun subject is the
            # object of the act, in the object's form
            word = _OBJECT_FORMS[token.lower_]
        if previous is not None:
            gap = previous.whitespace_ if token.i == previous.i + 1 else " "
            parts.append(gap)
        parts.append(word)
        previous = token
    return " ".join("".join(parts).split()).strip(" \"“”'‘’,")


def _amount(tokens: list[Token]) -> str:
    """Return the sum or number the act involves ("2.5 billion euros", "five vessels")."""
    inside = {t.i for t in tokens}
    doc = tokens[0].doc if tokens else None
    if doc is None:
        return ""
    ordered = sorted(tokens, key=lambda t: t.i)
    for label in ("MONEY", "PERCENT", "QUANTITY"):
        for token in ordered:
            if token.ent_type_ == label:
                return entity_at(token).text
    for token in tokens:
        if not token.like_num or token.ent_type_ in ("DATE", "TIME", "ORDINAL"):
            continue
        if not _NUMBER.fullmatch(token.text) and not token.is_alpha:
            continue  # "155mm" is a calibre, not a count
        if token.dep_ == "nummod" and token.head.i in inside and token.head.pos_ == "NOUN":
            return f"{token.text} {token.head.text}"
    return ""


def _deadline(tokens: list[Token]) -> str:
    """Return the time limit of the act ("by 2028", "within thirty days"), if any."""
    inside = {t.i for t in tokens}
    for token in tokens:
        if token.dep_ != "prep" or token.lower_ not in _DEADLINE_PREPS:
            continue
        phrase = [t for t in token.subtree if t.i in inside]
        timed = any(
            t.ent_type_ in ("DATE", "TIME") or _lemma(t) in _TIME_WORDS or t.like_num
            for t in phrase[1:]
        )
        if timed:
            return "".join(t.text_with_ws for t in phrase).strip(" ,.")
    return ""


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


def _hedged(cue: Cue, sent: Span, lex: CueLexicon) -> bool:
    """Return whether the clause is hedged (possibility, condition, deliberation)."""
    for node in {cue.token, cue.clause, cue.act}:
        for child in node.children:
            if child.dep_ == "aux" and _lemma(child) in lex.hedge_modals:
                return True
            if child.dep_ == "advmod" and child.lower_ in lex.hedge_adverbs:
                return True
            if child.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in lex.conditions for m in child.children
            ):
                return True
        if _lemma(node) in lex.deliberation:
            return True
    return False


def strength(
    kind: str, *, amount: bool = False, deadline: bool = False, hedged: bool = False
) -> float:
    """Return the documented strength of a commitment (scale in the module docstring)."""
    if kind == "refusal":
        return 0.0
    value = BASE_STRENGTH[kind]
    value += DETAIL_BONUS * (int(amount) + int(deadline))
    if hedged:
        value -= HEDGE_PENALTY
    return round(min(1.0, max(MIN_STRENGTH, value)), 2)


# -- evidence --------------------------------------------------------------------------


def _sentence_bounds(sent: Span) -> tuple[int, int]:
    """Return the character bounds of the written sentence holding ``sent``.

    The parser sometimes starts a sentence inside a name ("Saudi | Arabia pledged") or
    ends it early; the evidence runs from the previous sentence end (or line start) to
    the next one, so it always reads as the sentence the writer wrote.
    """
    text = doc_text(sent.doc)
    start, end = sent.start_char, sent.end_char
    before = text[max(0, start - 300) : start]
    if before.strip() and not _ENDS_SENTENCE.search(before):
        breaks = list(_SENTENCE_BREAK.finditer(before))
        start = start - len(before) + breaks[-1].end() if breaks else max(0, start - len(before))
    stripped = text[start:end].rstrip()
    if stripped and not _ENDS_SENTENCE.search(stripped + " "):
        following = _SENTENCE_BREAK.search(text, end, min(len(text), end + 300))
        end = following.end() if following else min(len(text), end + 300)
    # A post's closing handles and hashtags ('... the EU countries. @kajakallas,"') belong
    # to its last sentence, though the parser starts a sentence at them.
    tags = _TRAILING_TAGS.match(text, end)
    if tags:
        end = tags.end(1)
    return _trim(text, start, end)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;"):
        end -= 1
    return start, end


# -- rows ------------------------------------------------------------------------------


def _quoted_spans(
    quotes: Iterable[dict], actors: ArticleActors
) -> list[tuple[int, int, LocalActor | None]]:
    """Return (start, end, speaker) of every full direct quotation (partial ones excluded)."""
    spans = []
    for row in quotes:
        if row.get("partial"):
            continue
        speaker = actors.actors.get(row.get("speaker_key") or "")
        spans.append((int(row["start_char"]), int(row["end_char"]), speaker))
    return spans


def sentence_cues(sent: Span, lex: CueLexicon, quote_of=None) -> list[Cue]:
    """Return the commitment cues of one sentence, each clause once, background excluded.

    ``quote_of`` maps a character offset to the (start, end) of the quotation holding
    it, or None: the writer's clause around a quotation does not make the quoted words
    background ('a telegram which read: "I hope for a dialogue"').
    """
    if _is_heading(sent) or _is_question(sent):
        return []
    cues: list[Cue] = []
    seen_clauses: set[int] = set()
    doc = sent.doc
    for i in cue_candidates(sent):
        cue = find_cue(doc[i], lex)
        if cue is None:
            continue
        quote = quote_of(cue.token.idx) if quote_of is not None else None
        if _is_background(cue, sent, lex, quote):
            continue
        # A cue governed by another cue ("aims to support", "urged X to adopt") is the
        # content of that one, not a second commitment.
        if cue.clause.dep_ == "xcomp" and _is_cue_word(cue.clause.head, lex):
            continue
        first = _first_conjunct(cue.clause)
        if first is not cue.clause and first.dep_ == "xcomp" and _is_cue_word(first.head, lex):
            continue  # "threatened to pull out and ask his supporters to": one threat
        # "hopes the talks will succeed", "demanded that the BBC apologise and promise":
        # what is hoped or demanded, not a second commitment.
        if _inside_cue_clause(cue.clause, sent, lex):
            continue
        if cue.clause.i in seen_clauses:
            continue
        seen_clauses.add(cue.clause.i)
        cues.append(cue)
    cues = _without_agreed_content(cues)
    if _joint_document_speaks(sent, lex):
        # "the joint statement said: 'both sides will meet every two weeks'": concluded jointly
        cues = [
            Cue("agreement", c.token, c.clause, c.act, c.words, c.owner)
            if c.kind in ("pledge", "intent", "offer")
            else c
            for c in cues
        ]
    return cues


def _without_agreed_content(cues: list[Cue]) -> list[Cue]:
    """Return the cues with an agreement and what it says should be done made one.

    "The two sides agreed that the border should be sealed": the "should" clause is what
    was agreed, not a call of its own. The one cue is the agreement, with its own parties
    and the agreed act as its content.
    """
    agreements = {c.token.i: c for c in cues if c.kind == "agreement"}
    merged: dict[int, Cue] = {}
    for cue in cues:
        node = _first_conjunct(cue.clause)
        outer = agreements.get(node.head.i) if node.dep_ == "ccomp" else None
        if cue.kind != "agreement" and outer is not None and outer.token.i not in merged:
            merged[outer.token.i] = Cue(
                "agreement", outer.token, outer.clause, cue.act, outer.words, outer.owner
            )
    if not merged:
        return cues
    inner = {
        c.token.i
        for c in cues
        if c.kind != "agreement"
        and _first_conjunct(c.clause).dep_ == "ccomp"
        and _first_conjunct(c.clause).head.i in merged
    }
    return [
        merged.get(c.token.i, c) if c.kind == "agreement" else c
        for c in cues
        if c.token.i not in inner
    ]


def _joint_document_speaks(sent: Span, lex: CueLexicon) -> bool:
    """Return whether a joint document is the subject of a reporting verb in the sentence
    ("the joint statement said", "in a joint declaration the leaders pledged")."""
    for token in sent:
        if _lemma(token) not in lex.joint_documents or not any(
            c.dep_ == "amod" and c.lower_ in lex.joint_words for c in token.children
        ):
            continue
        if token.dep_ == "nsubj" and _lemma(token.head) in lex.reporting | lex.document_verbs:
            return True
        if token.dep_ == "pobj" and token.head.lower_ == "in":
            return True  # "in a joint statement, the two leaders said"
    return False


def commitments(
    doc: Doc,
    actors: ArticleActors,
    sentence_themes: list[frozenset[str]],
    quotes: list[dict],
    *,
    lexicon: CueLexicon | None = None,
    article_date: str = "",
    article_source: str = "",
) -> list[dict]:
    """Return one row per commitment found in ``doc``, in text order.

    Each row holds actor_key, actor, type, strength, cue, content, counterpart_key,
    counterpart, sentence, start_char, end_char, sentence_index, themes, amount and
    deadline; the rules are in the module docstring. ``article_date`` (ISO, may be
    empty) dates the article, so an act completed in an earlier year is background.
    """
    lex = lexicon or cue_lexicon()
    year = int(article_date[:4]) if _YEAR.fullmatch(article_date[:4]) else None
    context = attribution(doc, actors)
    quoted = _quoted_spans(quotes, actors)

    publisher = _publisher(actors, article_source)

    def quote_of(char: int) -> tuple[int, int] | None:
        return next(((a, b) for a, b, _ in quoted if a <= char < b), None)

    rows: list[dict] = []
    for sent_i, sent in enumerate(doc.sents):
        themes = sorted(sentence_themes[sent_i]) if sent_i < len(sentence_themes) else []
        found = []
        for cue in sentence_cues(sent, lex, quote_of):
            if year is not None and _done_before(cue.clause, year):
                continue
            parties = _parties(cue, sent, context, quoted, lex)
            if parties is None and cue.kind == "agreement" and cue.act.dep_ == "ccomp":
                # "The Cabinet agreed that ships should be built" with no party to the
                # agreement named: the agreed clause's own parties, as a call would have.
                inner = Cue(cue.kind, cue.token, cue.act, cue.act, cue.words)
                parties = _parties(inner, sent, context, quoted, lex)
            if parties is None and publisher is not None and _first_person_clause(cue, sent):
                # "We will ..." in a release nobody is named for: its publisher commits.
                parties = _Parties((publisher,))
            if parties is not None:
                parties = _seat_states(parties, actors)
                hoped = _hoped_of_others(cue, sent, context, quoted, lex)
                if hoped is not None:
                    cue, parties = hoped
                if not parties.actors:
                    continue  # "I hope they will" with the hoper unknown: no one's act
                cue = _as_own_need(cue, sent, parties, context, lex)
                found.append((_as_threat(cue, sent, context, quoted, lex), parties))
        seen: set[tuple[str, str]] = set()
        for cue, parties in found:
            for row in _cue_rows(cue, parties, sent, context):
                key = (row["actor_key"], row["type"])
                if key in seen:
                    continue
                seen.add(key)
                rows.append({**row, "sentence_index": sent_i, "themes": "; ".join(themes)})
    return rows


def _seat_states(parties: _Parties, actors: ArticleActors) -> _Parties:
    """Return the parties with a body named by its building ("the Palace said") read as
    the state it speaks for."""
    committed: list[LocalActor] = []
    for actor in parties.actors:
        state = seat_state(actor, actors)
        if state not in committed:
            committed.append(state)
    return _Parties(tuple(committed), parties.others, parties.own_voice)


def _hope_verb(token: Token, lex: CueLexicon) -> Token | None:
    """Return the word of hoping ("hope", "pray", "trust", "expressed hope", "was
    hopeful") a clause is the "that" clause of ("I hope and pray that they will"), or None."""
    if token.dep_ not in ("ccomp", "acl"):
        return None
    head = token.head
    for word in (head, *head.conjuncts):
        if _hoping(word, lex):
            return word
    return None


def _hoping(token: Token, lex: CueLexicon) -> bool:
    """Return whether a word hopes: a verb or noun of hoping, or a hoping adjective."""
    if token.pos_ in ("VERB", "AUX", "NOUN"):
        return _lemma(token) in lex.state_hopes
    return token.pos_ == "ADJ" and token.lower_ in credit_words().hoping_adjectives


def _hope_clause(word: Token) -> Token:
    """Return the verb whose subject hopes: the verb itself, or the verb a hope noun or a
    hoping adjective hangs on ("expressed hope", "was hopeful")."""
    return word if word.pos_ in ("VERB", "AUX") else word.head


def _hoped_of_others(
    cue: Cue,
    sent: Span,
    context: Attribution,
    quoted: Sequence[tuple[int, int, LocalActor | None]],
    lex: CueLexicon,
) -> tuple[Cue, _Parties] | None:
    """Return a hope that another actor will act ("I hope Sudvia will sign", "Norland
    hopes the Sudvian government would withdraw") as the hoper's call on that actor, and
    as nobody's commitment (no parties) when the hoper is unknown.

    The cue is the hope itself or the act in its "that" clause; the act's subject names an
    actor other than the hoper and its side (not "we", "our proposal", a thing or an
    event). The hoper is whoever the hope verb's own clause credits. None otherwise.
    """
    if cue.kind == "call":
        return None
    if _hoping(cue.token, lex):
        verb = cue.token
        wished = next(
            (
                c
                for v in (verb, *verb.conjuncts)
                for c in v.children
                if c.dep_ in ("ccomp", "acl") and c.pos_ in ("VERB", "AUX")
            ),
            None,
        )
    else:
        wished = cue.clause if cue.clause.dep_ in ("ccomp", "acl") else None
        verb = _hope_verb(wished, lex) if wished is not None else None
    if verb is None or wished is None:
        return None
    subject = _subject_of(wished, sent)
    if subject is None or (subject.pos_ == "PRON" and subject.lower_ in _FIRST_PERSON):
        return None
    others, through_speaker = _subject_parties(subject, context, lex)
    if not others or through_speaker is None:
        return None  # "we hope the talks will succeed": a state of things hoped for
    clause = _hope_clause(verb)
    hoper = _parties(Cue("intent", verb, clause, clause, verb.text), sent, context, quoted, lex)
    if hoper is None or not hoper.actors:
        # the others' act is only hoped for: theirs to do, no commitment of theirs
        return cue, _Parties(())
    own = {a.name for a in hoper.actors} | {a.affiliation for a in hoper.actors} - {""}
    others = [a for a in others if a.name not in own and a.type != "place"]
    if not others:
        return None
    call = Cue("call", verb, verb, wished, verb.text)
    return call, _Parties(hoper.actors, tuple(others))


def _as_own_need(
    cue: Cue, sent: Span, parties: _Parties, context: Attribution, lex: CueLexicon
) -> Cue:
    """Return "said he may have to close the border" as the speaker's intent, not a call.

    A need stated by the speaker of their own course ("we must", "I have to" or, reported,
    "he must" where "he" is the speaker) is what they mean to do.
    """
    if cue.kind != "call" or len(parties.actors) != 1:
        return cue
    if cue.token.tag_ != "MD" and _lemma(cue.token) not in lex.need_verbs:
        return cue
    subject = _subject_of(cue.clause, sent)
    speaker = parties.actors[0]
    if subject is None or subject.lower_ not in ("he", "she"):
        return cue
    if context.resolve(subject, "").actor != speaker:
        return cue
    start = sent.doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
    for mention in context.actors.mentions_in(start, subject.idx):
        other = context.actors.actors.get(mention.actor_key)
        if other is not None and other.type == "person" and other != speaker:
            return cue  # "she" may be another person named just before
    return Cue("intent", cue.token, cue.clause, cue.act, cue.words, cue.owner)


def _as_threat(
    cue: Cue,
    sent: Span,
    context: Attribution,
    quoted: Sequence[tuple[int, int, LocalActor | None]],
    lex: CueLexicon,
) -> Cue:
    """Return a pledge reported by "warned" or "threatened" as an intent (a threat)."""
    if cue.kind != "pledge" or cue.token.tag_ != "MD":
        return cue
    if _warned(cue, sent, lex):
        return Cue("intent", cue.token, cue.clause, cue.act, cue.words, cue.owner)
    _, _, verb = _speaker(cue, sent, context, quoted)
    if verb is None or _lemma(verb) not in lex.threat_verbs:
        return cue
    return Cue("intent", cue.token, cue.clause, cue.act, cue.words, cue.owner)


def _warned(cue: Cue, sent: Span, lex: CueLexicon) -> bool:
    """Return whether a pledge is told as a warning ("they have to know that we will")."""
    return any(
        _lemma(node) in lex.framing_verbs
        and node.dep_ == "xcomp"
        and _lemma(node.head) in lex.need_verbs
        for node in _clause_path(cue.clause, sent)[1:]
    )


def _publisher(actors: ArticleActors, source: str) -> LocalActor | None:
    """Return the article's actor that is its source or publisher (a ministry's release)."""
    wanted = " ".join(source.lower().split())
    if not wanted:
        return None
    for actor in actors.actors.values():
        names = {actor.name.lower(), *(a.lower() for a in actor.aliases)}
        if actor.type in ("organisation", "country", "person") and (
            wanted in names or any(len(n) > 3 and n in wanted for n in names)
        ):
            return actor
    return None


def _first_person_clause(cue: Cue, sent: Span) -> bool:
    """Return whether the clause's subject (or owner) is "we", "I" or "our ..."."""
    subject = cue.owner if cue.owner is not None else _subject_of(cue.clause, sent)
    if subject is None:
        return False
    return (subject.lower_ in _FIRST_PERSON and subject.text != "US") or any(
        c.dep_ == "poss" and c.lower_ in ("our", "my") for c in subject.children
    )


def _bare_noun(act: Token) -> bool:
    """Return whether a noun cue names no act: only a determiner or an owner goes with it
    ("issued its decision", "announced the plans"); "the need for talks" names one."""
    return (
        act.pos_ == "NOUN"
        and act.tag_ in ("NN", "NNS")
        and all(c.dep_ in ("det", "poss") or c.is_punct for c in act.children)
    )


def _rejected_thing(adjective: Token, sent: Span) -> list[Token]:
    """Return the words of what a refusing predicate rejects: the subject of "the tariff is
    unacceptable", the clause of "it is unacceptable that they closed the border"; none
    for a bare pronoun ("this is unacceptable")."""
    copula = adjective.head
    subject = next((c for c in copula.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.pos_ != "PRON":
        words = list(subject.subtree)
    else:
        clause = next(
            (
                c
                for holder in (copula, adjective)
                for c in holder.children
                if c.dep_ in ("ccomp", "xcomp") and c.i > adjective.i
            ),
            None,
        )
        words = [t for t in clause.subtree if t.dep_ not in ("mark", "aux")] if clause else []
    words = [t for t in words if sent.start <= t.i < sent.end]
    while words and words[0].is_punct:
        words.pop(0)
    while words and words[-1].is_punct:
        words.pop()
    return words


def _cue_rows(cue: Cue, parties: _Parties, sent: Span, context: Attribution) -> list[dict]:
    """Return the rows one cue gives: one per committing party (one for agreements)."""
    lex = cue_lexicon()
    tokens = _content_tokens(cue, sent)
    if cue.kind != "agreement" and _bare_noun(cue.act):
        return []  # "issued its decision", "announced its plans": no act named
    if cue.kind == "refusal" and _lemma(cue.token) in lex.refusal_adjectives:
        tokens = _rejected_thing(cue.token, sent)
        if not tokens:
            return []  # "this is unacceptable": nothing named is refused
    content = _content_text(tokens, cue.act)
    if _asked_not_to(cue, lex):
        # "I don't think anybody should jump to conclusions", "nobody should be allowed to"
        content = re.sub(r"\b(?:[Nn]obody|[Nn]o one)\b", "anybody", f"not {content}")
    amount = _amount(tokens)
    deadline = _deadline(tokens)
    hedged = _hedged(cue, sent, lex)
    text = doc_text(sent.doc)
    start, end = _sentence_bounds(sent)
    if not parties.own_voice:
        parties = _Parties(
            tuple(a for a in parties.actors if not is_outlet(a)), parties.others
        )  # an outlet reports; it commits nothing itself
    if cue.kind == "agreement" and len(parties.actors) > 1:
        pairs = [(parties.actors[0], parties.actors[1])]
    else:
        pairs = [
            (actor, _counterpart(cue, actor, parties, context, sent))
            for actor in parties.actors[:4]
        ]
    return [
        {
            "actor_key": actor.key,
            "actor": actor.name,
            "type": cue.kind,
            "strength": strength(
                cue.kind, amount=bool(amount), deadline=bool(deadline), hedged=hedged
            ),
            "cue": cue.words,
            "content": content,
            "counterpart_key": counterpart.key if counterpart else "",
            "counterpart": counterpart.name if counterpart else "",
            "sentence": text[start:end],
            "start_char": start,
            "end_char": end,
            "amount": amount,
            "deadline": deadline,
        }
        for actor, counterpart in pairs
    ]


# -- groups ----------------------------------------------------------------------------


def content_keywords(content: str) -> str:
    """Return the comparison form of a content phrase: sorted distinct stems of its words."""
    words = re.findall(r"[a-z0-9]+", content.lower())
    stems = {_stem(w) for w in words if w not in _STOPWORDS and len(w) > 2}
    return " ".join(sorted(stems))


def _stem(word: str) -> str:
    # A light suffix strip so "deliver"/"delivering"/"deliveries" compare equal.
    for suffix in ("ations", "ation", "ments", "ment", "ings", "ing", "ies", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def assign_groups(table: pd.DataFrame) -> pd.Series:
    """Return, for each row of the commitments table, the key its restatements share.

    Rows of the same actor whose counterparts agree (or one is missing) and whose
    content keywords are similar (``GROUP_SIMILARITY``) share the key of the earliest
    such row (by date, article, offset and id), whatever their type, so a proposal and
    the later agreement on it are one commitment seen twice. A row is compared only with
    its own actor's groups, and those in one vectorised call.
    """
    if table.empty:
        return pd.Series([], index=table.index, dtype=str)
    actor = table["actor_id"].where(table["actor_id"] != "", table["actor"].str.lower()).tolist()
    counterpart = table["counterpart"].fillna("").str.lower().tolist()
    keywords = table["content"].fillna("").map(content_keywords).tolist()
    by = [c for c in ("date", "article_id", "start_char", "commitment_id") if c in table]
    order = table.reset_index(drop=True).sort_values(by, kind="stable").index
    groups: dict[str, _ActorGroups] = {}
    keys: list[str] = [""] * len(table)
    for i in order:
        own = groups.setdefault(actor[i], _ActorGroups())
        key = own.matching(counterpart[i], keywords[i])
        if key is None:
            seed = f"{actor[i]}|{counterpart[i]}|{keywords[i]}"
            key = hashlib.sha1(seed.encode()).hexdigest()[:12]
            own.add(counterpart[i], keywords[i], key)
        keys[i] = key
    return pd.Series(keys, index=table.index, dtype=str)


class _ActorGroups:
    """One actor's commitment groups in the order they were formed, indexed by counterpart.

    Groups with no keywords never match and are not indexed.
    """

    def __init__(self) -> None:
        self.keywords: list[str] = []  # every matchable group, in order formed
        self.keys: list[str] = []
        self.by_counterpart: dict[str, list[int]] = {}

    def add(self, counterpart: str, keywords: str, key: str) -> None:
        if keywords:
            self.by_counterpart.setdefault(counterpart, []).append(len(self.keys))
            self.keywords.append(keywords)
            self.keys.append(key)

    def matching(self, counterpart: str, keywords: str) -> str | None:
        """Return the key of the most similar group (the earliest among equals), or None.

        A row with a counterpart matches groups with that counterpart or none; a row
        without one matches any group.
        """
        if not keywords or not self.keys:
            return None
        if counterpart:
            picked = sorted(
                self.by_counterpart.get(counterpart, []) + self.by_counterpart.get("", [])
            )
        else:
            picked = range(len(self.keys))
        if not picked:
            return None
        scores = process.cdist(
            [keywords],
            [self.keywords[j] for j in picked],
            scorer=fuzz.token_set_ratio,
            score_cutoff=GROUP_SIMILARITY,
            dtype=np.float64,
        )[0]
        best = int(np.argmax(scores))  # the first of equal scores: the earliest group
        return self.keys[picked[best]] if scores[best] >= GROUP_SIMILARITY else None
