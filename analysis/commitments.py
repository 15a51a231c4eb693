"""Commitments: who commits to what, how firmly, to whom.

``commitments(doc, actors, sentence_themes, quotes)`` reads the dependency parse of each
sentence and returns one row per commitment; ``assign_groups`` gives restatements of the
same commitment one key. The cue words live in ``analysis/data/commitment_cues.toml``.
The sub-tasks live beside this module: ``cues.py`` (the cue of a clause and its type,
with the word classes ``cue_lexicon.py`` reads),
``commitment_background.py`` (clauses that commit nobody now), ``commitment_parties.py``
(who commits, to whom) and ``commitment_content.py`` (what is committed).

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
- Reported and narrated classes (round 17). A reported "there will be no talks" or
  "there will not be any concessions" withholds them for the speaker's side (refusal;
  an affirmative one is a timetable, an unframed one a forecast); "will not agree to"
  refuses the agreement; "will never give up" a course refuses to abandon it; "decided
  that the mission be extended" (or "should stay", "will be extended") is an intent as
  "decided to" is; forces asked to "remain" or "stay" are called on; a reported welcome
  to a person ("announced that the exiled leader would be welcome in Norland") is the
  speaker's offer; "looks forward to the outcome" only awaits what others decide. A
  narrated "they" with no joint antecedent is the one organisation (or the state of a
  government noun) that is the nearest clause subject before it, unless plural people,
  forces or things come between; "Senators A and B demanded" gives each person a row;
  "the member economies will" are the body's members acting; a reported "A and B have
  agreed" is the parties', not the reporter's; "said his Sudvian counterpart had
  pledged" is Sudvia's (an unnamed counterpart is nobody); "a speech in which she
  urged" is what she said; "In its last statement, it said" is the body named before.
- Classes of round 18 (from a tuning set of 2006-2009 articles). "threatened that it
  would retaliate" reports a threat as "warned that it would" does; "This comes after
  the envoy asked for", "The visit came as Norland vowed" (a news peg) is the news, not
  its background; a year that names an occasion ("the 2008 summit") dates no act;
  judges or others unnamed reporting what a state did ("said that Norland threatened")
  leave the deed the state's; "notified Congress of its intention to sell" states the
  intent; "Norland and Vesland are against X" refuses X (not "against the law");
  "dismissed by the president as a piece of paper" refuses a resolution, a ruling or a
  decision too; "our mission / task / purpose is to" is an intent, "is not to" none;
  "there will be no negotiations" needs nothing after the withheld act; thanks "for the
  support" hung on the second of the people thanked still endorse it; "British troops
  will remain until 2008" keeps them there (the state's pledge); "Under the proposed
  deal, Norland would supply" states a term; "we are hopeful that we can continue" is an
  intent; "it would lead to more crime", "it will anger voters" are effects whatever
  "it" stands for.
- Classes of round 19 (from a second tuning set, of 2007 articles). "wants the
  troops pulled out" asks it of others (a call, the act "pull the troops out"); "the
  danger / fear is that Norland will" foresees a risk and commits nobody; "Norland will
  be a reliable partner" takes on a role, "will not be a party to" refuses one
  (``pledged_roles``); "such violations must not happen again" asks that they be
  prevented (``preventable_events``); an adopted text that "will damage relations" or
  "will go forward for a vote" forecasts (``document_course``), whoever issued it;
  "ended their summit by declaring" concludes a gathering and refuses nothing
  (``concluded_gatherings``; "abruptly ended its visit" still breaks one off); "the
  foundation said a deal had been reached" is the teller's agreement.
- Classes of round 20 (from a third tuning set, of 2005-2008 articles). A warning
  addressed to someone to act advises them ("warned their nationals to stay away", a
  call), unless the act is to expect something ("warned Vesland to expect sanctions",
  a threat); "advising all ships to stay away" and "called upon the soldiers to" ask;
  "advising the cabinet on trade" counsels (``addressed_orders``); suspending or
  halting a flow between sides refuses it ("suspended deliveries", ``ended_engagements``);
  "insisting on the opening of consulates" demands it; an actor's schedule states a
  plan ("is set to meet", "is scheduled to visit", "is expected to travel":
  ``schedule_participles``, ``scheduled_acts``); a negated "would"/"will" with its verb
  left out refuses ("said that it would not"); "should focus on" asks an actor to take
  up a task (``topic_verbs``; "the talks should focus on trade" commits nobody); a risk
  frame opening a sentence covers the whole list it opens; "it is not possible" after
  "we can't accept this" is no forecast of it (a belief frame counts only before its
  clause); "accused X of bias and stated that he will not" is reported by "stated", not
  judged by "accused"; "It has been noted that" names no teller, and "wire agencies
  reported" names no body.
- Classes of round 21 (from the third tuning set). An imperative in a quotation asks
  its hearers ('"Stop the shelling"', '"Do not sell your land"': a call by
  the speaker; "let me", "look", "don't worry" steer the talk or reassure:
  ``imperative_not_asks``); "ought to" asks as "should" does, and of the speaker's own
  side it is a course; help the speaker's side says it needs is asked of others ("we
  need the cooperation of every neighbour": ``help_needing``); the onus put on a side ("the
  burden lies with X to", "it is up to X to"), a side's standing policy ("it
  is our policy to") and "the time has come" under the speaker's own "I think" state a
  course (``analysis/statement_cues.py``). From the fourth tuning set: an act "not on
  our agenda" or "off the table" is refused by whoever says so; "does not allow X to"
  with no modal withholds leave, a refusal; a measure resisted ("resisted any ban"),
  disapproval expressed, and lobbying for a measure; a wish that others know or
  understand asks nothing; a person turned down in the passive is refused, not refusing.
  Crediting: one state or body telling of another's course ("Vesland is refusing to
  sign, Norland said", "a law firm said the ministry has agreed") does not speak for
  it, though its own part does ("the Union said its mission would continue"); a list of
  agents ends at its conjunction ("Backed by A and B, C attacked": A and B back); a
  named side acted on in the passive with nobody telling ("under the deal, Vesland
  would be dropped from the list") commits nothing.
- Classes of round 22 (from a fifth tuning set, of 2005-2009 articles). A negated verb
  of tolerance with a thing or a clause after it refuses it ("will not tolerate violent
  protests", "will not allow foreign bases": ``tolerance_verbs``; "we will not allow
  it" stays an attitude); "we will be able to cut our troops" is the speaker's side's
  course (never another's capability); a purpose nobody else is named for, in someone's
  words ("the aim is to", "one objective of the trip is to", "the new cabinet's goal
  is to"), is the speaker's side's (not "the goal of the rebels", "the forum goal"); the
  speaker's own present suggestion asks whatever the mood ("I would suggest that he
  sends"); objections raised or voiced refuse; a joint effort's "to" clause may follow
  its partner ("working with the Red Cross to deliver tents": ``joint_effort_verbs``);
  existing plans and acts declined as premature are statement cues; a wish that others'
  activity stop asks it even with the "to" clause hung on the object ("wants fishing to
  stop"; "wants talks to resume" is an event wished). Crediting: one
  person's reported "they" is others when the subject named last before it is not her
  or her side; a side's charge that another plans force ("the Velan Front says Norland
  is planning to attack": ``charged_plans``) commits nobody; the name ending a phrase
  right before a gerund does it ("complained about Osmark pushing the Union to"); the
  country after a city is no subject of the body in that city ("the embassy in Nairobi,
  Kenya has").
- Classes of round 23 (from the five tuning sets and the hand sample). A complementizer
  "that" the parser made an object opens no question ("said on radio that he wants to");
  an offer or a request told in the past perfect still stands ("had earlier offered
  to"); a negated verb of ceasing with an "until" goal pledges to go on ("will not rest
  until": ``ceasing_until``); troops, ships or aid held "ready to" act offer it, or
  threaten it when the act is force; support told in a bare participle is a relation
  ("Backed by Norland, the Front attacked": ``standing_support``); a modal perfect left
  unfinished asks nothing ("later than it should have"); the year of a baseline
  ("compared to 1990 levels") dates no act. Crediting: "both leaders" are the office
  holders named, not untitled people named last; a state's deed or act under way, told
  by a minister of no known side, is the state's; a council or government "of" a unit
  below the state ("of the state Lower Saxony", "of the province of Ostria") is never
  the country.
- Classes of round 24 (from a sixth tuning set). Troops, aid or an envoy sent in the
  present progressive set a course ("is sending its aid chief to meet":
  ``progressive_deployments``); "that is why we are sending" asks no question;
  envisaging a course and setting its goal are plans; opposition to an event told in the
  passive is its agent's ("the visit was opposed by the party"); thanks that name an act
  praise it; a proposal in a pseudo-cleft offers ("what I am suggesting is to":
  ``cleft_offers``); a commitment noun with its maker after "by" ("a pledge by Norland
  to"), pressure "from" a side to act, a recommendation, and a named side's view that
  another should act ("Lind believed Vesland should") ask or commit their makers;
  defending a principle stands for it, while defending one's own plan or deed answers
  critics; asserting a need states it; a request made through an act done ("lodged
  protests to ask Vesland to stop") stands; not recognising a claim refuses it; "not"
  hung on an adverb still negates; "determined" read as a verb joined to a copula is
  resolve; a commitment that "still stands" holds; a side's own move halted is refused
  (``halted_moves``); a body deciding what it will do sets its course.
- Classes of round 25 (from a seventh tuning set). A cue verb joined to an accusation is
  the accuser's own act ("accuses the firm of dumping waste, and demands that it pay");
  backing a state's or a body's view takes its part ("supported the Osmark view"), a
  person's view backed stays a claim; "will have to" under an emphatic or a
  believing frame asks it of its subject (``need_frames``); a hope that another side act
  asks it ("we hope that they do all they can"), a hope in the past perfect came to
  nothing; an assurance and the course it assures are one pledge ("assured Chile that
  Norway would not back out"); a possessive pronoun in a "by" phrase names who is
  answered ("assured by his counterpart, Nils Lindgren"); "our" with a name in apposition
  is that side; many in a country are its people; a "would" in a "than" comparison
  commits no one.
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
at 0.05; a refusal is always 0. A commitment stated by a predicate with no cue verb ("it
is time for X to", "said the plan was welcome": ``analysis/statement_cues.py``) is 0.1
lower again.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence

import numpy as np
import pandas as pd
from rapidfuzz import fuzz, process
from spacy.tokens import Doc, Span, Token

from analysis import commitment_fallback
from analysis.actors import ArticleActors, LocalActor
from analysis.commitment_background import (
    FIRST_PERSON,
    YEAR,
    asked_not_to,
    clause_path,
    done_before,
    first_conjunct,
    inside_cue_clause,
    is_background,
    is_heading,
    is_question,
    stated_view,
    subject_of,
    wished_statement,
)
from analysis.commitment_content import (
    content_amount,
    content_deadline,
    content_text,
    content_tokens,
)
from analysis.commitment_parties import (
    ClauseParties,
    counterpart_of,
    credited_parties,
    reporting_speaker,
    subject_parties,
)
from analysis.cue_lexicon import CueLexicon, cue_lexicon
from analysis.cues import (
    Cue,
    _is_cue_word,
    _lemma,
    cue_candidates,
    find_cue,
    imperative_cue,
)
from analysis.issuers import (
    credit_words,
    is_outlet,
    seat_state,
)
from analysis.quotes import Attribution, attribution
from analysis.spans import doc_text
from analysis.statement_cues import is_statement_cue, statement_cue, statement_strength

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
    if is_heading(sent) or is_question(sent):
        return []
    cues: list[Cue] = []
    seen_clauses: set[int] = set()
    doc = sent.doc
    for i in cue_candidates(sent):
        # a cue word, or a predicate that states a commitment ("it is time for X to")
        cue = find_cue(doc[i], lex) or statement_cue(doc[i], lex)
        if cue is None and quote_of is not None and quote_of(doc[i].idx) is not None:
            cue = imperative_cue(doc[i], lex)  # '"Stop the shelling," she said'
        if cue is None:
            continue
        quote = quote_of(cue.token.idx) if quote_of is not None else None
        if is_background(cue, sent, lex, quote):
            continue
        # A cue governed by another cue ("aims to support", "urged X to adopt") is the
        # content of that one, not a second commitment.
        if (
            cue.clause.dep_ == "xcomp"
            and _is_cue_word(cue.clause.head, lex)
            and not wished_statement(cue, lex)
        ):
            continue
        first = first_conjunct(cue.clause)
        if first != cue.clause and first.dep_ == "xcomp" and _is_cue_word(first.head, lex):
            continue  # "threatened to pull out and ask his supporters to": one threat
        # "hopes the talks will succeed", "demanded that the BBC apologise and promise":
        # what is hoped or demanded, not a second commitment.
        if inside_cue_clause(cue.clause, sent, lex):
            continue
        if cue.clause.i in seen_clauses:
            continue
        seen_clauses.add(cue.clause.i)
        view = stated_view(cue, lex)
        if view is not None:
            # "expressed the view that Vesland must": the one stating the view asks, as
            # with "made the demand that"
            cue = Cue("call", view, view.head, cue.act, f"{view.head.text} {view.text}")
        cues.append(cue)
    # "said Vesland would pay a price unless it withdrew": the threat the saying makes
    # holds the "would", which is no pledge of its own
    threatened = {
        c.act.i
        for c in cues
        if c.act.dep_ == "ccomp"
        and c.act.head == c.token
        and _lemma(c.token) in lex.reporting
        and _lemma(c.token) not in lex.verbs
    }
    cues = [c for c in cues if not (c.token.tag_ == "MD" and c.clause.i in threatened)]
    # "we wish to reaffirm our commitment": the wish only frames the pledge it states
    framing = {c.clause.head.i for c in cues if wished_statement(c, lex)}
    cues = [c for c in cues if c.token.i not in framing]
    cues = _without_agreed_content(cues)
    cues = _without_assured_content(cues, lex)
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
        node = first_conjunct(cue.clause)
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
        and first_conjunct(c.clause).dep_ == "ccomp"
        and first_conjunct(c.clause).head.i in merged
    }
    return [
        merged.get(c.token.i, c) if c.kind == "agreement" else c
        for c in cues
        if c.token.i not in inner
    ]


def _without_assured_content(cues: list[Cue], lex: CueLexicon) -> list[Cue]:
    """Return the cues with an assurance and the course it assures made one pledge.

    "Holm assured Chile that Norway would not back out of the contract": not backing out
    is what Holm pledges, not a refusal beside the pledge. The one cue is the assurance,
    with the assured act as its content.
    """
    assured = {
        c.token.i: c for c in cues if c.kind == "pledge" and _lemma(c.token) in lex.assurances
    }
    if not assured:
        return cues
    inner: dict[int, Cue] = {}
    for cue in cues:
        node = first_conjunct(cue.clause)
        outer = assured.get(node.head.i) if node.dep_ == "ccomp" else None
        if outer is not None and cue is not outer and cue.kind in ("pledge", "refusal", "intent"):
            inner.setdefault(outer.token.i, cue)
    kept = []
    for cue in cues:
        if any(cue is c for c in inner.values()):
            continue
        content = inner.get(cue.token.i) if cue.token.i in assured else None
        if content is not None:
            cue = Cue("pledge", cue.token, cue.clause, content.act, cue.words, cue.owner)
        kept.append(cue)
    return kept


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
    year = int(article_date[:4]) if YEAR.fullmatch(article_date[:4]) else None
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
            if year is not None and done_before(cue.clause, year):
                continue
            parties = credited_parties(cue, sent, context, quoted, lex)
            if parties is None and cue.kind == "agreement" and cue.act.dep_ == "ccomp":
                # "The Cabinet agreed that ships should be built" with no party to the
                # agreement named: the agreed clause's own parties, as a call would have.
                inner = Cue(cue.kind, cue.token, cue.act, cue.act, cue.words)
                parties = credited_parties(inner, sent, context, quoted, lex)
            if parties is None and publisher is not None and _first_person_clause(cue, sent):
                # "We will ..." in a release nobody is named for: its publisher commits.
                parties = ClauseParties((publisher,))
            if parties is None:
                parties = commitment_fallback.fallback_parties(cue, sent, context, quoted, lex)
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
            statement = is_statement_cue(cue, lex)
            for row in _cue_rows(cue, parties, sent, context):
                if statement:
                    row["strength"] = statement_strength(row["strength"])
                key = (row["actor_key"], row["type"])
                if key in seen:
                    continue
                seen.add(key)
                rows.append({**row, "sentence_index": sent_i, "themes": "; ".join(themes)})
    return rows


def _seat_states(parties: ClauseParties, actors: ArticleActors) -> ClauseParties:
    """Return the parties with a body named by its building ("the Palace said") read as
    the state it speaks for."""
    committed: list[LocalActor] = []
    for actor in parties.actors:
        state = seat_state(actor, actors)
        if state not in committed:
            committed.append(state)
    return ClauseParties(tuple(committed), parties.others, parties.own_voice)


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
) -> tuple[Cue, ClauseParties] | None:
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
    subject = subject_of(wished, sent)
    if subject is None or (subject.pos_ == "PRON" and subject.lower_ in FIRST_PERSON):
        return None
    others, through_speaker = subject_parties(subject, context, lex)
    if not others or through_speaker is None:
        return None  # "we hope the talks will succeed": a state of things hoped for
    clause = _hope_clause(verb)
    hoper = credited_parties(
        Cue("intent", verb, clause, clause, verb.text), sent, context, quoted, lex
    )
    if hoper is None or not hoper.actors:
        # the others' act is only hoped for: theirs to do, no commitment of theirs
        return cue, ClauseParties(())
    own = {a.name for a in hoper.actors} | {a.affiliation for a in hoper.actors} - {""}
    others = [a for a in others if a.name not in own and a.type != "place"]
    if not others:
        return None
    call = Cue("call", verb, verb, wished, verb.text)
    return call, ClauseParties(hoper.actors, tuple(others))


def _as_own_need(
    cue: Cue, sent: Span, parties: ClauseParties, context: Attribution, lex: CueLexicon
) -> Cue:
    """Return "said he may have to close the border" as the speaker's intent, not a call.

    A need stated by the speaker of their own course ("we must", "I have to" or, reported,
    "he must" where "he" is the speaker) is what they mean to do.
    """
    if cue.kind != "call" or len(parties.actors) != 1:
        return cue
    if cue.token.tag_ != "MD" and _lemma(cue.token) not in lex.need_verbs:
        return cue
    subject = subject_of(cue.clause, sent)
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
    _, _, verb = reporting_speaker(cue, sent, context, quoted)
    if verb is None or _lemma(verb) not in lex.threat_verbs:
        return cue
    return Cue("intent", cue.token, cue.clause, cue.act, cue.words, cue.owner)


def _warned(cue: Cue, sent: Span, lex: CueLexicon) -> bool:
    """Return whether a pledge is told as a warning ("they have to know that we will")."""
    return any(
        _lemma(node) in lex.framing_verbs
        and node.dep_ == "xcomp"
        and _lemma(node.head) in lex.need_verbs
        for node in clause_path(cue.clause, sent)[1:]
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
    subject = cue.owner if cue.owner is not None else subject_of(cue.clause, sent)
    if subject is None:
        return False
    return (subject.lower_ in FIRST_PERSON and subject.text != "US") or any(
        c.dep_ == "poss" and c.lower_ in ("our", "my") for c in subject.children
    )


def _bare_noun(act: Token) -> bool:
    """Return whether a noun cue names no act: only a determiner, an owner or a stranded
    preposition goes with it ("issued its decision", "announced the plans", "the budget
    they had been making promises on"); "the need for talks" names one."""
    return (
        act.pos_ == "NOUN"
        and act.tag_ in ("NN", "NNS")
        and all(
            c.dep_ in ("det", "poss")
            or c.is_punct
            or (c.dep_ == "prep" and not any(g.dep_ in ("pobj", "pcomp") for g in c.children))
            for c in act.children
        )
    )


def _withheld_act(noun: Token, lex: CueLexicon) -> bool:
    """Return whether a noun is an act withheld by "no" ("there will be no negotiations"):
    the noun names the act itself, so it needs nothing after it."""
    return (_lemma(noun) in lex.granted_acts or noun.lower_ in lex.granted_acts) and any(
        c.dep_ == "det" and c.lower_ == "no" for c in noun.children
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


def _cue_rows(cue: Cue, parties: ClauseParties, sent: Span, context: Attribution) -> list[dict]:
    """Return the rows one cue gives: one per committing party (one for agreements)."""
    lex = cue_lexicon()
    tokens = content_tokens(cue, sent)
    if cue.kind != "agreement" and _bare_noun(cue.act) and not _withheld_act(cue.act, lex):
        return []  # "issued its decision", "announced its plans": no act named
    if cue.kind == "refusal" and _lemma(cue.token) in lex.refusal_adjectives:
        tokens = _rejected_thing(cue.token, sent)
        if not tokens:
            return []  # "this is unacceptable": nothing named is refused
    content = content_text(tokens, cue.act)
    if asked_not_to(cue, lex):
        # "I don't think anybody should jump to conclusions", "nobody should be allowed to"
        content = re.sub(r"\b(?:[Nn]obody|[Nn]o one)\b", "anybody", f"not {content}")
    amount = content_amount(tokens)
    deadline = content_deadline(tokens)
    hedged = _hedged(cue, sent, lex)
    text = doc_text(sent.doc)
    start, end = _sentence_bounds(sent)
    if not parties.own_voice:
        parties = ClauseParties(
            tuple(a for a in parties.actors if not is_outlet(a)), parties.others
        )  # an outlet reports; it commits nothing itself
    if cue.kind == "agreement" and len(parties.actors) > 1:
        pairs = [(parties.actors[0], parties.actors[1])]
    else:
        pairs = [
            (actor, counterpart_of(cue, actor, parties, context, sent))
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
