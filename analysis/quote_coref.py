"""Speaker coreference: who a pronoun, a role noun or a name written as a subject is.

``Attribution`` holds one article's quotes, sentences, paragraphs and person mentions;
``resolve`` turns a subject token into a speaker.
"""

from __future__ import annotations

import bisect
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from spacy.tokens import Doc, Token

from analysis.actors import ArticleActors, LocalActor
from analysis.entity_rules import actor_rule_words, given_name_genders, top_affiliation
from analysis.issuers import (
    body_before,
    body_words,
    credit_words,
    document_issuer,
    institution_actor,
    is_agency_word,
    is_document,
    is_outlet,
    is_outlet_name,
    last_organisation,
    recent_document,
    speaker_words,
    statement_speaker,
    whole_document,
)
from analysis.quote_cues import (
    SPEECH_NOUNS,
    cue_subject,
    cue_text,
    expletive_report,
    in_subject,
    is_bare_passive,
    is_cue,
    is_definite,
    is_hearsay,
    is_infinitive,
    is_main_clause,
    lemma_of,
    noun_phrase,
    proper_name,
    quoted_one,
    role_words,
    written_phrase,
)
from analysis.quote_spans import PARAGRAPH, QuoteSpan, quote_spans
from analysis.role_coref import role_holder, title_head_words
from analysis.roles import holds_role, word_office
from analysis.spans import doc_text, misread_place_subject, of_objects, token_indices

# Prepositions of a phrase of time or place that may trail a speaker's name.
_TRAILING_PREPOSITIONS = frozenset({"before", "after", "during", "at", "in", "on"})
# Prepositions by which a verb names the document its subject speaks in ("announced in a
# joint statement").
_IN_DOCUMENT = frozenset({"in", "through", "via"})


# How many sentences before "the statement said" its "in a statement" may stand.
IN_DOCUMENT_REACH = 6


def in_document_subjects(noun: Token) -> list[Token]:
    """Return the subjects who spoke "in a statement" that a later "the statement"
    continues, nearest first.

    In 'Norland and Valdonia announced in a joint statement that ... "...," the
    statement said' the subject of the verb the "in <document>" phrase hangs off issued
    it. The document noun itself or one up to ``IN_DOCUMENT_REACH`` sentences before it
    counts, and a "the statement" with no issuer of its own on the way (the caller checks
    the noun's own issuer) carries the search further back.
    """
    doc = noun.doc
    start = _sentences_back(noun, IN_DOCUMENT_REACH)
    subjects = []
    for token in reversed(doc[: noun.i + 1]):
        if token.i < start:
            break
        if not is_document(token):
            continue
        if token.dep_ != "pobj" or token.head.lower_ not in _IN_DOCUMENT:
            if is_definite(token) and not any(c.dep_ == "poss" for c in token.children):
                start = min(start, _sentences_back(token, IN_DOCUMENT_REACH))  # the same text
            continue
        verb = token.head.head
        if verb.pos_ == "VERB":
            subjects += [s for s in _verb_subjects(verb) if not is_document(s)]
    return subjects


def _sentences_back(token: Token, sentences: int) -> int:
    """Return the first token index of the sentence ``sentences`` before the token's."""
    doc = token.doc
    start = token.sent.start
    for _ in range(sentences):
        if start == 0:
            break
        start = doc[start - 1].sent.start
    return start


def _verb_subjects(verb: Token) -> list[Token]:
    """Return a verb's subjects: its own, the noun a relative clause hangs off ("Norland,
    which announced"), or the subject of the verb a conjunct verb shares."""
    subjects = [misread_place_subject(c) for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "relcl" or (subjects and subjects[0].lower_ in ("which", "who", "all")):
        return [verb.head]
    if not subjects and verb.dep_ == "conj":
        return [c for c in verb.head.children if c.dep_ == "nsubj"]
    return subjects


PERSONAL_PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
_SUBJECT_PRONOUNS = frozenset({"he", "she"})


OTHER_PRONOUNS = frozenset({"i", "we", "they", "it", "you", "me", "us", "them", "who"})


_HONORIFICS = {"mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f"}


_GENDERED_ROLES = {
    "spokesman": "m",
    "chairman": "m",
    "congressman": "m",
    "businessman": "m",
    "spokeswoman": "f",
    "chairwoman": "f",
    "congresswoman": "f",
    "businesswoman": "f",
}


# Courtesy and academic titles: the name after one is a person's whatever the model
# tagged it ("According to Dr Udrea").
_TITLE_WORDS = frozenset(
    {
        w.lower()
        for kind in ("male", "female", "neutral")
        for w in actor_rule_words()["honorifics"][kind]
    }
)


# How many paragraphs back (besides its own) a pronoun or role noun may look for its person.
# The longest list of coordinated speakers kept as written.
JOINT_SPEAKER_WORDS = 12


@cache
def honorific_genders() -> dict[str, str]:
    """Return lower-case courtesy title ("mr", "mrs.") -> "m"/"f"."""
    rules = actor_rule_words()["honorifics"]
    found = {w.lower(): gender[0] for gender in ("male", "female") for w in rules[gender]}
    return {**_HONORIFICS, **found}


@cache
def quote_speaker_words() -> dict[str, frozenset[str]]:
    """Return the word classes of the ``[quote_speakers]`` section of ``speakers.toml``."""
    text = resources.files("analysis").joinpath("data", "speakers.toml").read_text("utf-8")
    section = tomllib.loads(text).get("quote_speakers", {})
    return {key: frozenset(w.lower() for w in words) for key, words in section.items()}


RESOLUTION_WINDOW = 3
# How many sentences back a chain of one "he"/"she" as main subject is followed.
PRONOUN_CHAIN = 3
# How many sentences back a "he"/"she" that fits no tagged person looks for a name the
# model missed as a main subject.
UNTAGGED_REACH = 3
# A "he"/"she" that can only stand for one person tells that person's gender this many
# times more than a pronoun resolved among several people.
SAFE_PRONOUN_WEIGHT = 3


# How many sentences back a definite role subject ("the official") looks for the
# unnamed person it stands for ("A Pentagon official").
ROLE_REACH_SENTENCES = 3


# How many sentences wholly inside quote marks a pronoun looks past for the writer's
# sentence before it.
QUOTED_SENTENCES_SKIPPED = 3


@dataclass(frozen=True)
class _Person:
    """A person mention outside quotes, as a candidate antecedent."""

    start_char: int
    paragraph: int
    actor: LocalActor
    is_subject: bool
    roles: frozenset[str]


@dataclass(frozen=True)
class Speaker:
    """Who speaks: the local actor if resolved, the words as written, and the cue."""

    actor: LocalActor | None
    written: str
    cue: str


NO_SPEAKER = Speaker(None, "", "")


class Attribution:
    """One article's text, quotes, sentences and person mentions, for attribution.

    Commitments use it too: ``speaker_of_cue`` names who reports a clause and
    ``resolve`` turns a pronoun or role noun into the person it stands for.
    """

    def __init__(
        self,
        doc: Doc,
        actors: ArticleActors,
        spans: list[QuoteSpan],
        *,
        joint_as_written: bool = False,
    ) -> None:
        # A quote has one speaker: several people or bodies speaking together ("Vell and
        # Tarn said") are kept as written. A commitment is each member's, so commitments
        # keep the first member (the default).
        self.joint_as_written = joint_as_written
        self._chain_depth = 0  # links of a pronoun chain being followed back
        self.doc = doc
        self.actors = actors
        self.spans = spans
        self.sents = list(doc.sents)
        self.sent_starts = [sent.start_char for sent in self.sents]
        self.paragraphs = [
            (m.start(), m.end()) for m in PARAGRAPH.finditer(doc_text(doc)) if m.group().strip()
        ]
        self.paragraph_starts = [start for start, _ in self.paragraphs]
        self.quoted = sorted((s.open_at, s.close_at + 1) for s in spans)
        self.quoted_starts = [a for a, _ in self.quoted]
        self.genders = self._genders()
        self.people = self._people()
        self.pronoun_genders = self._pronoun_genders()

    # -- positions -------------------------------------------------------------------
    def in_quote(self, char: int) -> bool:
        """Return whether a character offset lies inside a quote (marks included)."""
        i = bisect.bisect_right(self.quoted_starts, char) - 1
        return i >= 0 and self.quoted[i][0] <= char < self.quoted[i][1]

    def sentence_index(self, char: int) -> int:
        """Return the index of the sentence holding the character offset."""
        return max(0, bisect.bisect_right(self.sent_starts, char) - 1)

    def paragraph_index(self, char: int) -> int:
        """Return the index of the paragraph holding the character offset."""
        return max(0, bisect.bisect_right(self.paragraph_starts, char) - 1)

    def tokens_between(self, start: int, end: int) -> list[Token]:
        """Return the tokens that start in [start, end) outside any quote."""
        span = self.doc.char_span(start, end, alignment_mode="expand") if end > start else None
        if span is None:
            return []
        return [t for t in span if start <= t.idx < end and not self.in_quote(t.idx)]

    # -- people ----------------------------------------------------------------------
    def _people(self) -> list[_Person]:
        people = []
        for m in self.actors.mentions:
            actor = self.actors.actors.get(m.actor_key)
            if actor is None or actor.type != "person" or self.in_quote(m.start_char):
                continue
            if is_agency_word(actor):
                continue  # an agency the model took for a person ("Xinhua") is nobody's "he"
            if m.kind == "pronoun" or m.start_char in self.other_bearers:
                continue  # an antecedent is a person named, not a pronoun resolved before
            span = self.doc.char_span(m.start_char, m.end_char, alignment_mode="expand")
            if span is None:
                continue
            is_subject = in_subject(span.root)
            people.append(
                _Person(
                    m.start_char,
                    self.paragraph_index(m.start_char),
                    actor,
                    is_subject,
                    role_words(span),
                )
            )
        return people

    def _genders(self) -> dict[str, str]:
        """Return person key -> "m"/"f" from what the name itself tells: a first name of
        known gender, else a courtesy title or gendered role word before it.

        A name mention whose courtesy title contradicts the first name of the person it was
        grouped with ("Mr Holm" in an article about Jana Holm) is another person of that
        surname: its offset goes to ``self.other_bearers`` and it tells nothing of the
        person's gender.
        """
        # A known gender only rules a person out; it never makes one win over a person of
        # unknown gender. The actors' own gender is not used: it also comes from the first
        # pronoun resolved to them, which may be the very pronoun being resolved.
        first_names = given_name_genders()
        genders: dict[str, str] = {}
        # Where each known gender came from: "name" (a first name), "title" (a courtesy
        # title such as Mr or Mrs) or "role" (a gendered role word such as spokeswoman).
        self.gender_sources: dict[str, str] = {}
        for actor in self.actors.actors.values():
            first = actor.name.split()[0].lower() if actor.name.split() else ""
            if actor.type == "person" and first in first_names:
                genders[actor.key] = first_names[first]
                self.gender_sources[actor.key] = "name"
        titles = honorific_genders()
        self.other_bearers: set[int] = set()
        for m in self.actors.mentions:
            actor = self.actors.actors.get(m.actor_key)
            if actor is None or actor.type != "person" or m.kind == "pronoun":
                continue
            span = self.doc.char_span(m.start_char, m.end_char, alignment_mode="expand")
            if span is None:
                continue
            before = list(self.doc[max(0, span.start - 2) : span.start])
            # "a spokeswoman for Holm" tells nothing of Holm: a word counts only when
            # no preposition stands between it and the name.
            while any(t.pos_ == "ADP" for t in before):
                before = before[1:]
            window = [t.lower_ for t in [*before, *span]]
            for word in window:
                gender = titles.get(word) or _GENDERED_ROLES.get(word)
                if not gender:
                    continue
                known = genders.get(m.actor_key)
                if known and known != gender and word in titles:
                    self.other_bearers.add(m.start_char)
                elif known is None:
                    genders[m.actor_key] = gender
                    self.gender_sources[m.actor_key] = "title" if word in titles else "role"
                break
        return genders

    def _pronoun_genders(self) -> dict[str, list[tuple[int, str, int]]]:
        """Return person key -> (offset, gender, weight) of the pronouns that tell a
        person's gender.

        A "he"/"she" subject outside quotes counts ``SAFE_PRONOUN_WEIGHT`` times for the one
        person named in its sentence before it and in the sentence before ("Vell arrived.
        He said ..."), whoever the actors resolved it to; any other pronoun outside quotes
        counts once for the person the actors resolved it to.
        """
        named = sorted(
            (m.start_char, m.actor_key)
            for m in self.actors.mentions
            if m.kind != "pronoun"
            and (actor := self.actors.actors.get(m.actor_key)) is not None
            and actor.type == "person"
        )
        named_starts = [start for start, _ in named]
        found: dict[str, list[tuple[int, str, int]]] = {}
        safe: set[int] = set()
        for i in token_indices(self.doc, _SUBJECT_PRONOUNS):
            token = self.doc[i]
            gender = PERSONAL_PRONOUNS.get(token.lower_)
            if (
                gender is None
                or token.lower_ not in ("he", "she")
                or token.dep_ not in ("nsubj", "nsubjpass")
                or self.in_quote(token.idx)
            ):
                continue
            sent = self.sentence_index(token.idx)
            floor = self.sent_starts[max(0, sent - 1)]
            lo = bisect.bisect_left(named_starts, floor)
            hi = bisect.bisect_left(named_starts, token.idx)
            near = {key for _, key in named[lo:hi]}
            if len(near) == 1:
                found.setdefault(near.pop(), []).append((token.idx, gender, SAFE_PRONOUN_WEIGHT))
                safe.add(token.idx)
        for m in self.actors.mentions:
            gender = PERSONAL_PRONOUNS.get(m.text.lower())
            if (
                m.kind == "pronoun"
                and gender is not None
                and m.start_char not in safe
                # '"our condolences to his family," she said': a pronoun inside a quote
                # may be anyone the speaker talks of
                and not self.in_quote(m.start_char)
            ):
                found.setdefault(m.actor_key, []).append((m.start_char, gender, 1))
        return found

    def gender_source(self, key: str, char: int) -> str:
        """Return where a person's gender as known before ``char`` comes from: "name",
        "title" or "role" when the name or the words beside it tell it, "pronoun" when
        only the pronouns resolved to them do, "" when it is unknown. A stricter rule can
        trust a courtesy title more than a pronoun that may itself be misresolved."""
        if key in self.genders:
            return self.gender_sources.get(key, "name")
        return "pronoun" if self.gender_at(key, char) else ""

    def gender_at(self, key: str, char: int) -> str:
        """Return a person's gender as known before ``char`` ("" when unknown): from the
        name, else from the pronouns resolved to them before ``char`` (never from the
        pronoun being resolved), else from a later pronoun that can only be theirs."""
        if key in self.genders:
            return self.genders[key]
        votes = {"m": 0, "f": 0}
        evidence = self.pronoun_genders.get(key, [])
        for start, gender, weight in evidence:
            if start < char:
                votes[gender] += weight
        if votes["m"] == votes["f"] == 0:
            # Nothing before: a later "he"/"she" that can only stand for them still tells
            # (an ambiguous later pronoun does not: it may be the one wrongly resolved).
            for start, gender, weight in evidence:
                if start > char and weight == SAFE_PRONOUN_WEIGHT:
                    votes[gender] += weight
        if votes["m"] == votes["f"]:
            return ""
        return "m" if votes["m"] > votes["f"] else "f"

    def person_before(
        self,
        char: int,
        *,
        gender: str = "",
        role: str = "",
        subject_first: bool = True,
        floor: int | None = None,
        skip: frozenset[str] = frozenset(),
    ) -> LocalActor | None:
        """Return the latest compatible person mentioned before ``char``.

        Subjects of sentences come first (a pronoun subject usually continues the
        previous subject); ``role`` keeps only persons introduced with a title that holds
        that role word (``analysis.roles.holds_role``: "the envoy" for an ambassador);
        ``skip`` holds actor keys that cannot be meant.
        """
        # A role word ("the minister") names one person however far back it was used.
        if floor is None:
            floor = -1 if role else self.paragraph_index(char) - RESOLUTION_WINDOW
        office = word_office(role) if role else None
        candidates = [
            p
            for p in self.people
            if p.start_char < char
            and p.paragraph >= floor
            and (not gender or self.gender_at(p.actor.key, char) in ("", gender))
            and (office is None or holds_role(office, p.roles))
            and p.actor.key not in skip
        ]
        if subject_first:
            subjects = [p for p in candidates if p.is_subject]
            if subjects:
                return subjects[-1].actor
        if candidates:
            return candidates[-1].actor
        if floor > -1:
            # Nobody in the last paragraphs: the article's last compatible subject.
            return self.person_before(
                char, gender=gender, role="", subject_first=True, floor=-1, skip=skip
            )
        return None

    # -- cues and speakers -----------------------------------------------------------
    def cue_in(self, tokens: list[Token], *, last: bool) -> Token | None:
        """Return the speech verb (or "according") among ``tokens`` nearest the quote."""
        found = [t for t in tokens if is_cue(t) and not is_bare_passive(t) and not is_hearsay(t)]
        # "As Nordic Defence Review reported, the ministry kept declining to describe it": a
        # verb in the infinitive is what someone would or would not say, not a report.
        found = [t for t in found if not is_infinitive(t)] or found
        if not found:
            return None
        return found[-1] if last else found[0]

    def speaker_of_cue(self, cue: Token, frame: list[Token]) -> Speaker:
        """Return the speaker a cue token names (subject, or object of "according to")."""
        if cue.lower_ == "according":
            objects = [c for to in cue.children if to.lower_ == "to" for c in to.children] or [
                t for t in cue.doc[cue.i + 1 : cue.i + 4] if t.pos_ in ("PROPN", "NOUN")
            ]
            subject = next(
                (c for c in objects if c.dep_ == "pobj"), objects[0] if objects else None
            )
            if subject is None:
                return NO_SPEAKER
            # the parser may hang the end of a long object on "according" itself
            # ("according to the Friends of the Coast (FOC) director Ivo Tarn")
            ends = [c for c in cue.children if c.dep_ == "pobj"]
            for phrase in (subject, *ends):
                holder = self._role_holder_at_end(phrase, subject_of_verb=False)
                if holder is not None:
                    return Speaker(holder, holder.name, "according to")
            return self.resolve(subject, "according to")
        quoted_as = quoted_one(cue)
        if quoted_as is not None and not self.in_quote(quoted_as.idx):
            # "The Courier quoted Vell as saying": who is quoted speaks, not who quotes.
            return self.resolve(quoted_as, cue_text(cue))
        quoted = self._quoted_by_quoting_verb(cue)
        if quoted is not None:
            # "Tarn was quoted by NNA, saying", "Tarn is quoted in the Observer saying",
            # '"...," the Courier quoted Tarn': the outlet quotes, Tarn speaks.
            return self.resolve(quoted, cue_text(cue))
        agents = [o for c in cue.children if c.dep_ == "agent" for o in c.children]
        if agents and not self.in_quote(agents[0].idx):
            # "The minister was asked by moderator Clara Voss": the agent does the speaking.
            return self.resolve(agents[0], cue_text(cue))
        if expletive_report(cue):
            # 'it is said there will be a "..."': a saying of nobody named
            return Speaker(None, "", cue_text(cue))
        subject = cue_subject(cue, self)
        if subject is None and cue.tag_ == "VBG" and cue.i == cue.sent.start and cue.i > 0:
            # 'Putin backs a strong state. Saying, "..."': a sentence opened by a bare
            # participle goes on with the main subject of the sentence before.
            before = cue.doc[cue.i - 1].sent.root
            subject = next(
                (
                    c
                    for c in before.children
                    if c.dep_ in ("nsubj", "nsubjpass") and not self.in_quote(c.idx)
                ),
                None,
            )
        if subject is None:
            # '"...," read a statement issued by Tarn': the document's issuer speaks.
            for obj in (c for c in cue.children if c.dep_ == "dobj" and is_document(c)):
                actor = statement_speaker(obj, self.actors)
                if actor is not None:
                    return Speaker(actor, actor.name, cue_text(cue))
            # The parser left the cue without a subject ('", Varga answers.', '",
            # Brandt, the head of X, posted'): take the name nearest the cue in the frame,
            # before it first, since the words after a cue are usually its addressee.
            ahead = sorted((t for t in frame if t.i < cue.i), key=lambda t: -t.i)
            behind = [t for t in frame if cue.i < t.i <= cue.i + 3]
            if any(self._owns_outlet(token) for token in behind):
                # 'to quote Norland's NTV News': an outlet reports; the country owning
                # its name does not speak.
                return Speaker(None, "", cue_text(cue))
            own_voice = speaker_words().own_voice_roles
            for token in ahead:
                if self.actors.actor_at(token.idx, token.idx + len(token)) is not None:
                    break
                if (
                    token.dep_ in ("nsubj", "nsubjpass")
                    and token.pos_ == "NOUN"
                    and token.tag_ == "NN"
                    and lemma_of(token) in own_voice
                ):
                    # 'the marine is heard on the tape saying': the one person nearer the
                    # cue than any name speaks, not a body named further back.
                    return self.resolve(token, cue_text(cue))
            for token in behind:
                if (
                    cue.is_sent_start
                    and token.head == cue
                    and token.dep_ in ("dobj", "nsubj")
                    and token.pos_ == "NOUN"
                    and lemma_of(token) in own_voice
                ):
                    # 'Says one Zanon worker, "..."': the role noun of a tag inverted at
                    # the sentence's start speaks, not the person whose name qualifies it
                    # ("told reporters" names who listens)
                    return self.resolve(token, cue_text(cue))
            near = [
                actor
                for token in [*ahead, *behind]
                if (actor := self.actors.actor_at(token.idx, token.idx + len(token))) is not None
                and actor.type != "place"
            ]
            # People speak; an organisation in the frame is more often what they head
            # ('", Brandt, the head of the Atlantic Shipbuilders Council, posted').
            near = [a for a in near if a.type == "person"] or near
            if near:
                return Speaker(near[0], near[0].name, cue_text(cue))
            for token in [*ahead, *behind]:
                if token.pos_ == "PROPN" or token.lower_ in PERSONAL_PRONOUNS:
                    return self.resolve(token, cue_text(cue))
            return Speaker(None, "", cue_text(cue))
        return self.resolve(subject, cue_text(cue))

    def _quoted_by_quoting_verb(self, cue: Token) -> Token | None:
        """Return who a quoting verb ("quote", "cite") at or just above a cue quotes: its
        passive subject, or its object when that is a person ("the Courier quoted
        Tarn", "quoted him as saying"); None when no quoting verb governs the cue."""
        verb = cue
        for _ in range(4):
            if lemma_of(verb) in speaker_words().quoting_verbs or verb.head == verb:
                break
            if verb.pos_ == "VERB" and verb != cue:
                return None
            verb = verb.head
        if lemma_of(verb) not in speaker_words().quoting_verbs or verb.pos_ != "VERB":
            return None
        for child in verb.children:
            if self.in_quote(child.idx):
                continue
            if child.dep_ == "nsubjpass":
                return child
            if child.dep_ != "dobj":
                continue
            actor = self.actors.actor_at(child.idx, child.idx + len(child))
            if child.lower_ in PERSONAL_PRONOUNS or (actor is not None and actor.type == "person"):
                return child
            if any(
                t.lower_ == "as" and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in t.children)
                for t in child.subtree
            ):
                return child  # "AFP reported a senior official speaking ... as saying"
            if (
                actor is None
                and child.pos_ == "PROPN"
                and child.is_title
                and child.ent_type_ in ("", "PERSON")
            ):
                return child  # a surname the model did not tag again
        return None

    def _last_named(self, key: str, char: int) -> int:
        """Return the offset of a person's latest name mention before ``char`` (-1 if none)."""
        return max(
            (p.start_char for p in self.people if p.actor.key == key and p.start_char < char),
            default=-1,
        )

    def _near_antecedent(
        self, pronoun: Token, gender: str
    ) -> tuple[int, LocalActor | None, str] | None:
        """Return (offset, actor, name as written) of a person of the pronoun's gender
        that its sentence or the one before introduces other than as a tagged subject: a
        name the model missed as the main subject, the object of "according to", or,
        when that sentence has no person as subject, the latest person named in it
        ("... attending was the minister, Luis Amado. He said")."""
        untagged = self._untagged_subject_before(pronoun, gender)
        if untagged is not None:
            return untagged.idx, None, proper_name(untagged)
        start = self._writers_sentence_before(pronoun)
        tokens = [t for t in pronoun.doc[start : pronoun.i] if not self.in_quote(t.idx)]
        for token in reversed(tokens):
            if (
                token.dep_ == "pobj"
                and token.head.lower_ == "to"
                and token.head.head.lower_ == "according"
            ):
                actor = self.actors.actor_at(token.idx, token.idx + len(token))
                if actor is not None and actor.type == "person":
                    if self.gender_at(actor.key, pronoun.idx) in ("", gender):
                        return token.idx, actor, actor.name
                    return None
                titled = token.i > 0 and token.doc[token.i - 1].lower_ in _TITLE_WORDS
                if (actor is None or titled) and token.pos_ == "PROPN" and token.is_title:
                    words = proper_name(token).split()
                    words = words[1:] if titled and len(words) > 1 else words
                    if given_name_genders().get(words[0].lower(), gender) == gender:
                        return token.idx, None, " ".join(words)
                if (
                    actor is None
                    and token.pos_ == "NOUN"
                    and token.tag_ == "NN"
                    and lemma_of(token) in speaker_words().person_roles
                ):
                    # 'According to the Pentagon spokesman "...". He went on': the "he" is
                    # the unnamed spokesman, never a person named further back
                    words = [t.text for t in token.subtree if t.i <= token.i and t.dep_ != "det"]
                    return token.idx, None, " ".join(words)
                return None
        people = [p for p in self.people if tokens and tokens[0].idx <= p.start_char < pronoun.idx]
        if not people or any(p.is_subject for p in people):
            return None
        if any(t.lower_ in PERSONAL_PRONOUNS and t.dep_ in ("nsubj", "nsubjpass") for t in tokens):
            return None  # "But he thinks Vell acted ...": the "he" goes on
        roots = {p.start_char: self._root_dep(p.start_char) for p in people}
        subjects = [p for p in people if roots[p.start_char] in ("nsubj", "nsubjpass")]
        if subjects:
            # No main-clause subject, but the subject of another clause ('Charges are
            # unfair, Volk said.') goes on.
            last = subjects[-1]
            if self.gender_at(last.actor.key, pronoun.idx) in ("", gender):
                return last.start_char, last.actor, last.actor.name
            return None
        for person in reversed(people):
            known = self.gender_at(person.actor.key, pronoun.idx)
            if roots[person.start_char] == "poss":
                # "the President's actions" are about what he owns; "Tarn's call for
                # calm" is about what Tarn said, and a "he" after it goes on with him.
                if self._owns_speech(person.start_char) and known in ("", gender):
                    return person.start_char, person.actor, person.actor.name
                continue
            if known == gender:
                return person.start_char, person.actor, person.actor.name
            if known == "" and self._agent_at(person.start_char):
                # "The move was criticized by Nassar Dunn, an MP. '...,' he said": the
                # agent of a passive did what a subject does.
                return person.start_char, person.actor, person.actor.name
        return None

    def _subject_earlier_in_sentence(
        self, pronoun: Token, gender: str, skip: frozenset[str]
    ) -> LocalActor | None:
        """Return the person named as a subject in a subject pronoun's sentence before it
        ('Senator Vitter weighed in on Snowe's side, "...," he said': Vitter, not the
        owner named last), if exactly one fits."""
        if pronoun.dep_ not in ("nsubj", "nsubjpass"):
            return None
        start = pronoun.sent[0].idx
        found = {
            actor.key: actor
            for t in pronoun.sent
            if start <= t.idx < pronoun.idx
            and t.dep_ in ("nsubj", "nsubjpass")
            and not self.in_quote(t.idx)
            and (actor := self.actors.actor_at(t.idx, t.idx + len(t))) is not None
            and actor.type == "person"
            and actor.key not in skip
            and self.gender_at(actor.key, pronoun.idx) in ("", gender)
        }
        return next(iter(found.values())) if len(found) == 1 else None

    @staticmethod
    def _apposed_one_of(subject: Token) -> Token | None:
        """Return the noun a "one of the ..." subject stands in apposition to through the
        name before it ("the mother of Ana Ruiz, one of the hostages said": the parser
        makes "one" the subject; it only says who Ana Ruiz is), or None."""
        if subject.lower_ != "one" or not any(
            c.dep_ == "prep" and c.lower_ == "of" for c in subject.children
        ):
            return None
        doc = subject.doc
        comma = doc[subject.i - 1] if subject.i > 0 else None
        name = doc[subject.i - 2] if subject.i > 1 else None
        if comma is None or comma.text != "," or name is None or name.pos_ != "PROPN":
            return None
        prep = name.head if name.dep_ == "pobj" else None
        if prep is None or prep.lower_ != "of" or prep.head.pos_ != "NOUN":
            return None
        owner = prep.head
        words = speaker_words()
        return owner if lemma_of(owner) in words.kin_nouns | words.person_roles else None

    def _named_example(self, subject: Token) -> LocalActor | None:
        """Return the one person a plural subject names as its example ("other leaders,
        such as President Tor Vesk,", "several ministers, including Ana Verde,"), or
        None; a list of examples is left as written."""
        if subject.tag_ != "NNS":
            return None
        for prep in subject.children:
            if prep.dep_ != "prep" or not (
                prep.lower_ == "including"
                or (prep.lower_ == "as" and any(c.lower_ == "such" for c in prep.children))
            ):
                continue
            example = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if example is None or example.conjuncts:
                return None
            actor = self.actors.actor_at(example.idx, example.idx + len(example))
            return actor if actor is not None and actor.type == "person" else None
        return None

    def _person_earlier_in_sentence(self, pronoun: Token) -> bool:
        """Return whether a person is named in the pronoun's sentence before it ('Griffin
        caused waves when he suggested'): the usual rules then find the antecedent there."""
        start = pronoun.sent[0].idx
        return any(start <= p.start_char < pronoun.idx for p in self.people)

    def _invited_speaker_before(self, pronoun: Token, skip: frozenset[str]) -> LocalActor | None:
        """Return the person the writer's sentence before lets or asks to speak ('The chair
        allowed Don Tarn to respond. He responded, "..."'): the one invited to speak is
        the "he"/"she", not the one who invites."""
        if self._person_earlier_in_sentence(pronoun):
            return None
        gender = PERSONAL_PRONOUNS[pronoun.lower_]
        control = quote_speaker_words().get("object_control_verbs", frozenset())
        start = self._writers_sentence_before(pronoun)
        for verb in pronoun.doc[start : pronoun.sent.start]:
            if (
                not is_infinitive(verb)
                or not is_cue(verb)
                or lemma_of(verb.head) not in control
                or self.in_quote(verb.idx)
            ):
                continue
            invited = [c for c in verb.children if c.dep_ == "nsubj"]
            invited += [c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i]
            for token in invited:
                actor = self.actors.actor_at(token.idx, token.idx + len(token))
                if (
                    actor is not None
                    and actor.type == "person"
                    and actor.key not in skip
                    and self.gender_at(actor.key, pronoun.idx) in ("", gender)
                ):
                    return actor
        return None

    def _agent_at(self, char: int) -> bool:
        """Return whether the mention starting at ``char`` is the agent of a passive
        ("criticized by Nassar Dunn")."""
        found = [m for m in self.actors.mentions_in(char, char + 200) if m.start_char == char]
        span = (
            self.doc.char_span(char, found[0].end_char, alignment_mode="expand") if found else None
        )
        return span is not None and span.root.dep_ == "pobj" and span.root.head.dep_ == "agent"

    def _group_owner(self, owner: Token, cue: str) -> Speaker:
        """Return who an "its"/"their" owning a speaker noun (or a subject "they") stands
        for: the last main subject of the writer's sentence before that is no single
        person (a body, a country, several people, or a group such as "students of Kirovo
        University"), else nobody."""
        start = self._writers_sentence_before(owner)
        plural = owner.lower_ in ("their", "they")
        candidates = [
            t
            for t in owner.doc[start : owner.sent.start]
            if t.dep_ in ("nsubj", "nsubjpass")
            and is_main_clause(t.head)
            and not self.in_quote(t.idx)
            and t.lower_ not in PERSONAL_PRONOUNS
            and t.lower_ not in OTHER_PRONOUNS
        ]
        for subject in reversed(candidates):
            actor = self.actors.actor_at(subject.idx, subject.idx + len(subject))
            if actor is not None and actor.type == "person" and not (plural and subject.conjuncts):
                continue  # one person is no "its"/"their", but "Vell and Tarn" are
            if plural and actor is None and subject.tag_ not in ("NNS", "NNPS"):
                continue
            self._chain_depth += 1
            try:
                found = self.resolve(subject, cue)
            finally:
                self._chain_depth -= 1
            if found.actor is not None and found.actor.type not in ("person", "place"):
                return found
            if found.actor is None and found.written:
                return found
        return Speaker(None, "", cue)

    def _according_object_at(self, char: int) -> bool:
        """Return whether the token at ``char`` is the object of "according to"."""
        token = next((t for t in self.doc if t.idx == char), None)
        return (
            token is not None
            and token.dep_ == "pobj"
            and token.head.lower_ == "to"
            and token.head.head.lower_ == "according"
        )

    def _same_pronoun_before(
        self, pronoun: Token, cue: str, skip: frozenset[str]
    ) -> Speaker | None:
        """Return the person the same "he"/"she" stood for as the main subject of the
        writer's sentence just before ('Tarn's remarks came late. He said ... He added,
        "..."'): a chain of one pronoun goes on with one person, even when the first link
        found someone who was no subject."""
        if self._chain_depth >= PRONOUN_CHAIN or self._person_earlier_in_sentence(pronoun):
            return None
        start = self._writers_sentence_before(pronoun)
        subjects = [
            t
            for t in pronoun.doc[start : pronoun.sent.start]
            if t.dep_ in ("nsubj", "nsubjpass")
            and is_main_clause(t.head)
            and not self.in_quote(t.idx)
        ]
        if not subjects or subjects[-1].lower_ != pronoun.lower_:
            return None
        self._chain_depth += 1
        try:
            found = self.resolve(subjects[-1], cue, skip=skip)
        finally:
            self._chain_depth -= 1
        return found if found.actor is not None else None

    def _writers_sentence_before(self, pronoun: Token) -> int:
        """Return the start of the writer's sentence before the pronoun's: sentences of a
        quote ('"We signed. We will hold," he said') are passed over, up to
        ``QUOTED_SENTENCES_SKIPPED`` of them."""
        doc = pronoun.doc
        start = pronoun.sent.start
        for _ in range(QUOTED_SENTENCES_SKIPPED + 1):
            if start == 0:
                break
            start = doc[start - 1].sent.start
            sent = doc[start].sent
            if any(not self.in_quote(t.idx) and t.is_alpha for t in sent):
                break
        return start

    def _owns_speech(self, char: int) -> bool:
        """Return whether the mention starting at ``char`` owns a speech noun ("Tarn's
        call", "Vell's remarks")."""
        found = [m for m in self.actors.mentions_in(char, char + 200) if m.start_char == char]
        span = (
            self.doc.char_span(char, found[0].end_char, alignment_mode="expand") if found else None
        )
        return span is not None and lemma_of(span.root.head) in SPEECH_NOUNS

    def _root_dep(self, char: int) -> str:
        """Return the dependency label of the root of the mention starting at ``char``."""
        found = [m for m in self.actors.mentions_in(char, char + 200) if m.start_char == char]
        span = (
            self.doc.char_span(char, found[0].end_char, alignment_mode="expand") if found else None
        )
        return span.root.dep_ if span is not None else ""

    def _untagged_subject_before(
        self, pronoun: Token, gender: str, *, sentences: int = 1
    ) -> Token | None:
        """Return the last token of a person's name the model did not tag that is the
        latest main-clause subject in the pronoun's sentence or the one before, if any.

        The name must be two or more capitalised words whose first is no known given name
        of the other gender ("Oleg Tarn disagreed."), or one given name of the pronoun's
        gender.
        """
        start = pronoun.sent.start
        for _ in range(sentences):
            start = pronoun.doc[start - 1].sent.start if start > 0 else start
        subjects = [
            t
            for t in pronoun.doc[start : pronoun.i]
            if t.dep_ in ("nsubj", "nsubjpass")
            and is_main_clause(t.head)
            and not self.in_quote(t.idx)
            and t.lower_ not in PERSONAL_PRONOUNS
            # "The Courier quoted him": the subject of the pronoun's own verb is not
            # who the pronoun stands for.
            and t.head != pronoun.head
        ]
        if not subjects:
            return None
        last = subjects[-1] if sentences == 1 else self._last_proper(subjects)
        if (
            last is None
            or last.pos_ != "PROPN"
            or not last.is_title
            or last.ent_type_ not in ("", "PERSON")
        ):
            return None
        if self.actors.actor_at(last.idx, last.idx + len(last)) is not None:
            return None
        words = proper_name(last).split()
        first = given_name_genders().get(words[0].lower(), "")
        if first and first != gender:
            return None
        # One word will do as the subject of a speech verb ("..., Volk said.").
        return last if len(words) >= 2 or first == gender or is_cue(last.head) else None

    def _role_holder_at_end(
        self, subject: Token, *, subject_of_verb: bool = True
    ) -> LocalActor | None:
        """Return the person named at the end of a subject phrase, right after a role word
        and right before the verb ("The Council for X director Ivo Tarn says"), if any.
        Without ``subject_of_verb`` the phrase is the object of "according to" ("according
        to Friends of the Coast director Ivo Tarn")."""
        end = subject.right_edge
        if not subject_of_verb:
            # "according to the Friends' director Ivo Tarn before the hearing": the name
            # ends where a phrase of time or place hung on the object begins
            after = [c for c in subject.children if c.dep_ == "prep" and c.i > subject.i]
            if after and after[-1].lower_ in _TRAILING_PREPOSITIONS:
                end = self.doc[after[-1].i - 1]
        while end.is_space and end.i > subject.i:
            end = self.doc[end.i - 1]  # a run of spaces left where a link was removed
        if subject_of_verb and (
            subject.dep_ not in ("nsubj", "nsubjpass") or subject.right_edge.i + 1 != subject.head.i
        ):
            return None
        person = self.actors.actor_at(end.idx, end.idx + len(end))
        if person is None or person.type != "person":
            return None
        start = end.i
        floor = subject.i if subject.i < end.i else subject.left_edge.i
        while (
            start > floor
            and self.actors.actor_at(
                self.doc[start - 1].idx, self.doc[start - 1].idx + len(self.doc[start - 1])
            )
            is person
            and lemma_of(self.doc[start - 1]) not in speaker_words().person_roles
        ):
            start -= 1  # back over the name, to the role word a role mention may hold
        role = self.doc[start - 1] if start > floor else None
        if role is not None and lemma_of(role) not in speaker_words().person_roles:
            remit = self.doc[subject.i + 1 : start]
            if (
                lemma_of(subject) in speaker_words().person_roles
                and remit
                and remit[0].lower_ in ("of", "for")
                and all(t.is_title or t.lower_ in ("of", "for", "and") for t in remit)
            ):
                role = subject  # "minister of Foreign Affairs Ana Lise Berg says"
        if role is None or lemma_of(role) not in speaker_words().person_roles:
            return None
        if role.i > 0 and self.doc[role.i - 1].pos_ == "ADP":
            return None  # "the office under President Vell": the office speaks
        return person

    @staticmethod
    def _last_proper(subjects: list[Token]) -> Token | None:
        """Return the last subject that is a proper noun, if any."""
        return next((t for t in reversed(subjects) if t.pos_ == "PROPN"), None)

    def _owns_outlet(self, token: Token) -> bool:
        """Return whether a token is the possessor of a news outlet's name ("Norland's
        NTV News")."""
        if token.dep_ != "poss" or token.head.pos_ != "PROPN":
            return False
        name = token.doc[token.head.left_edge.i : token.head.i + 1]
        return is_outlet_name(" ".join(t.text for t in name if t.i > token.i + 1))

    def _named_after(self, subject: Token) -> bool:
        """Return whether a country or place subject ends the name of something else: a
        capitalised word right before it that names no country, place or person."""
        if subject.i == 0:
            return False
        word = subject.doc[subject.i - 1]
        if word.head != subject or word.dep_ != "compound" or word.pos_ != "PROPN":
            return False
        if not word.is_title and not word.is_upper:
            return False
        own = self.actors.actor_at(subject.idx, subject.idx + len(subject))
        other = self.actors.actor_at(word.idx, word.idx + len(word))
        return other is None or (
            other != own and other.type in ("organisation", "place") and not is_outlet(other)
        )

    def _other_bearer(self, token: Token) -> bool:
        """Return whether a token lies in a name whose courtesy title contradicts the
        gender of the person it was grouped with (see ``_genders``)."""
        return any(
            m.start_char in self.other_bearers and m.start_char <= token.idx < m.end_char
            for m in self.actors.mentions_before(token.idx + len(token))[-3:]
        )

    def _fronted_antecedent(self, pronoun: Token, gender: str) -> LocalActor | None:
        """Return the person a fronted phrase of the pronoun's own clause is about.

        "Upon Varga's return, he said", "After Varga arrived, he told": a phrase set
        before the subject pronoun introduces its referent, as its possessor or its
        subject, ahead of whoever was the subject of the sentence before. A person who
        is the phrase's object ("After meeting Varga, he said") is not.
        """
        if pronoun.dep_ not in ("nsubj", "nsubjpass"):
            return None
        found = None
        for phrase in pronoun.head.children:
            if phrase.i >= pronoun.i or phrase.dep_ not in ("prep", "advcl", "npadvmod"):
                continue
            for token in phrase.subtree:
                if token.dep_ not in ("poss", "nsubj", "nsubjpass") or self.in_quote(token.idx):
                    continue
                if token.pos_ == "PRON":
                    # "Upon his arrival, he said": a pronoun introduces nobody; the "he"
                    # is resolved as any other, not by how "his" was resolved.
                    continue
                actor = self.actors.actor_at(token.idx, token.idx + len(token))
                if actor is None or actor.type != "person":
                    continue
                if self.gender_at(actor.key, pronoun.idx) in ("", gender):
                    found = actor
        return found

    def _unnamed_pronoun_before(self, pronoun: Token) -> Speaker | None:
        """Return the person named only by role whom the same pronoun, as the subject of
        an earlier cue up to ``ROLE_REACH_SENTENCES`` sentences back, stood for, when no
        person is named between them ('A reporter was there. "...," she said. Some
        fear reprisals. "...," she added')."""
        sent_i = self.sentence_index(pronoun.idx)
        for token in reversed(pronoun.doc[: pronoun.i]):
            if self.sentence_index(token.idx) < sent_i - ROLE_REACH_SENTENCES:
                return None
            if (
                token.lower_ != pronoun.lower_
                or token.dep_ != "nsubj"
                or self.in_quote(token.idx)
                or not is_cue(token.head)
            ):
                continue
            if any(token.idx < p.start_char < pronoun.idx for p in self.people):
                return None
            found = self._unnamed_subject_before(token)
            return found if found is not None and not found.actor else None
        return None

    def _unnamed_subject_before(self, pronoun: Token, *, depth: int = 2) -> Speaker | None:
        """Return the person named only by role ("An army commander stated ...") who is the
        latest main-clause subject before a pronoun in its sentence or the one before, or
        before the same pronoun that is that subject ("A reporter went there. She says
        ... '...,' she said")."""
        # '"I want no trouble but... we have only our hands," he said': the sentences of
        # the quote the parser split off are passed over to the writer's sentence.
        start = self._writers_sentence_before(pronoun)
        subjects = [
            t
            for t in pronoun.doc[start : pronoun.i]
            if t.dep_ in ("nsubj", "nsubjpass")
            and is_main_clause(t.head)
            and not self.in_quote(t.idx)
        ]
        if not subjects:
            return None
        last = subjects[-1]
        if (
            depth > 0
            and last.lower_ in ("he", "she")
            and last.lower_ == pronoun.lower_
            and last.sent != pronoun.sent
        ):
            return self._unnamed_subject_before(last, depth=depth - 1)
        if last.pos_ != "NOUN" or lemma_of(last) not in speaker_words().person_roles:
            return None
        role_gender = _GENDERED_ROLES.get(last.lower_, "")
        if last.tag_ == "NNS" or role_gender not in ("", PERSONAL_PRONOUNS.get(pronoun.lower_)):
            return None  # "Several members left." or "The spokeswoman ..." is no "he"
        phrase = noun_phrase(last)
        # "Marsh's father": the possessor is someone else, so the father is unnamed (a
        # father and a son of one surname are two people).
        owned = {t.i for c in last.children if c.dep_ == "poss" for t in c.subtree}
        # "the envoy in Norland Ana Ruiz": a name the parser hung on a place after the
        # role is the role's holder ("the mother of Ana Ruiz" is still someone else)
        placed = [
            t
            for c in last.children
            if c.dep_ == "prep" and c.lower_ not in ("of", "for") and c.i > last.i
            for t in c.subtree
        ]
        if any(
            (actor := self.actors.actor_at(t.idx, t.idx + len(t))) is not None
            and actor.type == "person"
            for t in [*phrase, *placed]
            if t.i not in owned
        ):
            return None  # "the minister, Ivo Tarn," is named: the usual rules apply
        if is_definite(last):
            actor = self.person_before(last.idx, role=lemma_of(last))
            if actor is not None:
                return Speaker(actor, actor.name, "")
        return Speaker(None, written_phrase(phrase), "")

    def _named_by_role(self, subject: Token) -> bool:
        """Return whether the mention at a subject is a role noun the actors resolved
        ("the Minister"), not a name."""
        right = subject.right_edge
        return any(
            m.kind == "role" and m.start_char <= subject.idx < m.end_char
            for m in self.actors.mentions_in(subject.left_edge.idx, right.idx + len(right))
        )

    def _named_by_participle(self, subject: Token) -> LocalActor | None:
        """Return the person a common-noun subject's naming participle names ("an official
        named Ivo Tarn", "a commander identified as Ivo Tarn"), else None."""
        if subject.pos_ != "NOUN":
            return None
        naming = quote_speaker_words().get("naming_participles", frozenset())
        for child in subject.children:
            if child.dep_ != "acl" or lemma_of(child) not in naming:
                continue
            for token in child.subtree:
                actor = self.actors.actor_at(token.idx, token.idx + len(token))
                if token != child and actor is not None and actor.type == "person":
                    return actor
        return None

    def _unnamed_source_before(self, subject: Token) -> Token | None:
        """Return the indefinite description of an unnamed source ("an unnamed Norland
        defence official", "a senior Norland diplomat") that a definite one ("the source", "the
        official") takes up, up to ``ROLE_REACH_SENTENCES`` sentences back, or None."""
        words = speaker_words().unnamed_sources
        if (
            subject.pos_ != "NOUN"
            or subject.tag_ != "NN"
            or lemma_of(subject) not in words
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
            or len(noun_phrase(subject)) > 2
        ):
            return None
        sent = self.sentence_index(subject.idx)
        for token in reversed(subject.doc[: subject.left_edge.i]):
            if self.sentence_index(token.idx) < sent - ROLE_REACH_SENTENCES:
                return None
            if token.tag_ != "NN" or lemma_of(token) not in words or self.in_quote(token.idx):
                continue
            if any(
                c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one")
                for c in token.children
            ):
                return token
            return None  # the nearest such noun is no first description
        return None

    def resolve(self, subject: Token, cue: str, *, skip: frozenset[str] = frozenset()) -> Speaker:
        """Return the actor (or the words as written) a subject token refers to.

        ``skip`` holds actor keys a pronoun cannot stand for.
        """
        owner = self._apposed_one_of(subject)
        if owner is not None:
            subject = owner  # "the mother of Ana Ruiz, one of the hostages said": the mother
        example = self._named_example(subject)
        if example is not None:
            # "Other leaders, such as President Tor Vesk, said": the one named speaks
            return Speaker(example, example.name, cue)
        lower = subject.lower_
        work = self._work_of(subject)
        if work is not None:
            # "Her memoir Winter Roads says", "The study, Arctic Futures, by analyst Karl
            # Dunmore, says": a work speaks for its author, and its title never speaks.
            return self._work_author(work, cue)
        named = self._named_by_participle(subject)
        if named is not None:
            # '"...," said an opposition official named Ivo Tarn': the person named speaks
            return Speaker(named, named.name, cue)
        if self.joint_as_written and lower not in PERSONAL_PRONOUNS:
            titled = self._titled_person(subject)
            if titled is not None:
                # "Opposition leader and acting President and Prime Minister Tor Lind
                # said": the titles of the one person named last
                return Speaker(titled, titled.name, cue)
            joint = self._joint_subject(subject)
            if joint:
                return Speaker(None, joint, cue)
        # Pronouns are resolved here, to the last compatible person who was a subject.
        actor = (
            None
            if lower in PERSONAL_PRONOUNS
            else self.actors.actor_at(subject.idx, subject.idx + len(subject))
        )
        if (
            actor is not None
            and actor.type != "person"
            and subject.pos_ == "NOUN"
            and subject.is_lower
            and subject.tag_ == "NN"
            and lemma_of(subject) in speaker_words().own_voice_roles
        ):
            # "the marine is heard saying" in an article about the Marine Corps: one
            # person named by a common noun is never the body that noun may also name.
            actor = None
        if lower not in PERSONAL_PRONOUNS and (
            actor is None or actor.type != "person" or self._named_by_role(subject)
        ):
            # "the prime minister", "the Norland envoy", "Tarn won. The Kestrel senator
            # said": the person who holds or was just named with that role speaks.
            holder = role_holder(subject, self)
            if holder is not None:
                return Speaker(holder, holder.name, cue)
        if (
            actor is None
            and subject.tag_ == "NN"
            and is_definite(subject)
            and lemma_of(subject) in credit_words().non_state_bodies
        ):
            # "The Night Brigades claimed the blast. In a post the group stated that": the
            # organisation named last, in this sentence or the one before, never a state
            # body or an outlet
            body = last_organisation(subject, self.actors, within=1, acting=True)
            if body is not None:
                return Speaker(body, body.name, cue)
        if actor is not None and actor.type in ("country", "place") and self._named_after(subject):
            # "Indymedia Norland claims", "Arrow Kenya itself said": a body named after
            # the country speaks, not the country.
            return Speaker(None, proper_name(subject), cue)
        if actor is not None and self._other_bearer(subject):
            # "Mr Holm" in an article about Jana Holm: another person of that surname.
            return Speaker(None, written_phrase(noun_phrase(subject)), cue)
        if (actor is None or actor.type != "person") and lower not in PERSONAL_PRONOUNS:
            # "The Council on Harbour Rights director Ivo Tarn says": the parser made the
            # body the subject; the person its role word names at the end speaks.
            holder = self._role_holder_at_end(subject)
            if holder is not None:
                return Speaker(holder, holder.name, cue)
        if (
            actor is not None
            and actor.type == "organisation"
            and subject.pos_ == "PROPN"
            and lemma_of(subject) in speaker_words().person_roles
            and (is_definite(subject) or any(c.dep_ == "poss" for c in subject.children))
        ):
            # "the former First Lady said": a capitalised role the model took for a body
            # is the person introduced with it.
            holder = self.person_before(subject.idx, role=lemma_of(subject))
            if holder is not None:
                return Speaker(holder, holder.name, cue)
        if actor is not None:
            # An outlet reports what others say; it is never the speaker.
            return Speaker(None, "", cue) if is_outlet(actor) else Speaker(actor, actor.name, cue)
        lower = subject.lower_
        if lower in PERSONAL_PRONOUNS:
            unnamed = self._unnamed_subject_before(subject) or self._unnamed_pronoun_before(subject)
            if unnamed is not None and not (unnamed.actor and unnamed.actor.key in skip):
                return Speaker(unnamed.actor, unnamed.written, cue)
            invited = self._invited_speaker_before(subject, skip)
            if invited is not None:
                return Speaker(invited, invited.name, cue)
            chained = self._same_pronoun_before(subject, cue, skip)
            if chained is not None:
                return chained
            actor = self._subject_earlier_in_sentence(subject, PERSONAL_PRONOUNS[lower], skip)
            if actor is not None:
                return Speaker(actor, actor.name, cue)
            actor = self._fronted_antecedent(subject, PERSONAL_PRONOUNS[lower])
            if actor is not None and actor.key not in skip:
                return Speaker(actor, actor.name, cue)
            gender = PERSONAL_PRONOUNS[lower]
            actor = self.person_before(subject.idx, gender=gender, skip=skip)
            last_named = self._last_named(actor.key, subject.idx) if actor else -1
            near = self._near_antecedent(subject, gender)
            if near is not None and near[1] is not None and near[1].key in skip:
                near = None
            if near is not None and self._according_object_at(near[0]):
                # 'According to analyst Vell, Tarn is a threat. "...," he said': who
                # the sentence before was according to goes on speaking, not its subject.
                return Speaker(near[1], near[1].name if near[1] else near[2], cue)
            if near is not None and near[0] > last_named:
                # 'Oleg Tarn disagreed. "...," he said.', 'According to Dr Vell, the
                # plan failed. "...," she said.': named in the sentence before, nearer
                # than any subject the model tagged.
                return Speaker(near[1], near[1].name if near[1] else near[2], cue)
            if actor is None:
                # Nobody tagged fits: a name the model missed a few sentences back.
                untagged = self._untagged_subject_before(subject, gender, sentences=UNTAGGED_REACH)
                if untagged is not None:
                    return Speaker(None, proper_name(untagged), cue)
            return Speaker(actor, actor.name if actor else "", cue)
        if lower == "who" and subject.i > 1:
            # 'in testimony by General Ivo Tarn, who said': "who" is the person just
            # before it, wherever the parser hung the clause.
            before = subject.doc[subject.i - 1]
            before = subject.doc[subject.i - 2] if before.text == "," else before
            actor = self.actors.actor_at(before.idx, before.idx + len(before))
            if actor is not None and actor.type == "person":
                return Speaker(actor, actor.name, cue)
        if lower in ("who", "that", "which") and subject.head.dep_ == "relcl":
            return self.resolve(subject.head.head, cue)
        if lower in speaker_words().body_pronouns:
            document = recent_document(subject)
            if document is not None and document_issuer(document, self.actors) is None:
                # 'Norland defends itself in statements, saying ... It claims "..."'
                for issuer in in_document_subjects(document):
                    if issuer.lower_ in speaker_words().body_pronouns:
                        continue
                    found = self.resolve(issuer, cue)
                    if found.actor is not None and found.actor.type not in ("person", "place"):
                        return found
            if document is None:
                actor = body_before(subject, self.actors, self.paragraph_index)
            else:
                actor = statement_speaker(document, self.actors)
                if actor is None and any(
                    c.dep_ == "poss" and c.lower_ == "its" for c in document.children
                ):
                    # "In its last statement, it said": the body named before, as for any
                    # "it" (a statement nobody owns stays nobody's)
                    actor = body_before(subject, self.actors, self.paragraph_index)
            return Speaker(actor, actor.name if actor else "", cue)
        if (
            lower == "they"
            and self.joint_as_written  # commitments give each member of the group its row
            and subject.dep_ in ("nsubj", "nsubjpass")
            and self._chain_depth < PRONOUN_CHAIN
        ):
            # 'Vell and Tarn responded ... They said that "..."': the group before.
            return self._group_owner(subject, cue)
        if lower in OTHER_PRONOUNS and subject.text != "US":  # "US" is a country
            return Speaker(None, "", cue)
        if lemma_of(subject) in speaker_words().outlet_words:
            return Speaker(None, "", cue)  # "the newspaper editorialized": an outlet
        subject = whole_document(subject)  # "the foreword to the report says"
        if is_document(subject):
            writer = self._sent_document_writer(subject, cue)
            if writer is not None:
                return writer
            owner = next((c for c in subject.children if c.dep_ == "poss"), None)
            if owner is None and document_issuer(subject, self.actors) is None:
                for issuer in in_document_subjects(subject):
                    found = self.resolve(issuer, cue)
                    if found.actor is not None and found.actor.type != "place":
                        return found
                    if found.actor is None and found.written:
                        return found
            actor = statement_speaker(subject, self.actors)
            if actor is not None and actor in self._carriers(subject):
                # "The letter, delivered by envoy Tarn, said": who carries it is no writer.
                return Speaker(None, "", cue)
            if actor is None:
                # "the campaign's statement": its owner as written, when no pronoun
                written = written_phrase(list(owner.subtree)) if owner is not None else ""
                return Speaker(None, written, cue)
            return Speaker(actor, actor.name, cue)
        if (
            lemma_of(subject) in speaker_words().institutions
            and subject.ent_type_ not in ("ORG", "GPE", "NORP", "FAC")
            and (is_definite(subject) or any(c.dep_ == "poss" for c in subject.children))
            and not self._described_body(subject)
        ):
            actor = self._own_country_body(subject) or institution_actor(subject, self.actors)
            if actor is not None:
                return Speaker(actor, actor.name, cue)
        group_owner = next(
            (c for c in subject.children if c.dep_ == "poss" and c.lower_ in ("its", "their")),
            None,
        )
        if group_owner is not None and subject.pos_ == "NOUN" and self._chain_depth < PRONOUN_CHAIN:
            # "According to its authors", "their posters": who "its"/"their" stands for,
            # never the pronoun as written.
            return self._group_owner(group_owner, cue)
        earlier = self._unnamed_source_before(subject)
        if earlier is not None:
            # 'An unnamed Norland official spoke ... "...," the source said': the one
            # first described speaks for what that description names
            found = self.resolve(earlier, cue)
            if found.actor is not None and found.actor.type != "place":
                return found
        phrase = noun_phrase(subject)
        # A possessor ("Her chief of staff", "the Review's Mats Ekholm") is not who speaks.
        owned = {t.i for c in subject.children if c.dep_ == "poss" for t in c.subtree}
        if lemma_of(subject) in speaker_words().kin_nouns:
            # "The mother of Ana Ruiz said": whose mother she is, not who speaks
            owned |= {t.i for o in of_objects(subject) for t in o.subtree}
        if lemma_of(subject) in speaker_words().own_voice_roles:
            # "Says one Zanon worker": a worker of the firm named after Luis Zanon speaks
            # for herself, not the person whose name qualifies her
            owned |= {t.i for c in subject.children if c.dep_ == "compound" for t in c.subtree}
        inside = [
            (t.i in owned, actor)
            for t in phrase
            if (actor := self.actors.actor_at(t.idx, t.idx + len(t))) is not None
        ]
        persons = [a for is_owner, a in inside if a.type == "person" and not is_owner]
        # An organisation owning the subject ("the EU envoy's office") speaks through it;
        # a person owning it ("Ferri's right-hand woman") does not.
        # Nor does a state owning a party ("Norland's ruling party"): the party speaks.
        following = lemma_of(subject) in credit_words().followings

        def silent_owner(actor: LocalActor) -> bool:
            return actor.type == "person" or (following and actor.type == "country")

        inside = [a for is_owner, a in inside if not (is_owner and silent_owner(a))]
        if persons:
            return Speaker(persons[0], persons[0].name, cue)
        apposed = [
            actor
            for t in subject.subtree
            if t.dep_ == "appos"
            and lemma_of(subject) in speaker_words().person_roles | speaker_words().kin_nouns
            and not self.in_quote(t.idx)
            and (actor := self.actors.actor_at(t.idx, t.idx + len(t))) is not None
            and actor.type == "person"
        ]
        if apposed:
            # "The Osmani ambassador to the Union, Ivo Marek, said": the parser hangs the
            # name off the nearest noun; the role's holder speaks.
            return Speaker(apposed[0], apposed[0].name, cue)
        named = self._apposed_name(subject)
        if named:
            return Speaker(None, named, cue)
        if (
            subject.pos_ == "PROPN"
            and not subject.ent_type_
            and lemma_of(subject) not in quote_speaker_words()["body_voices"]
        ):
            # A name the model missed ("... for strategy and plans Jan Sykora called"): the
            # subject's own proper nouns, not the organisation in its modifiers. A
            # capitalised "Spokesman" after a body's name is no name: the body speaks.
            if any(
                c.dep_ == "prep" and c.lower_ == "on" and c.nbor(1).is_title
                for c in subject.children
            ):
                # "The Project on Harbour Oversight said": the name goes on after "on"
                name = [t for t in phrase if not (t.dep_ == "det" and t.head == subject)]
                return Speaker(None, written_phrase(name), cue)
            return Speaker(None, proper_name(subject), cue)
        # The tagger often reads a capitalised role noun ("The Minister") as a name.
        if subject.pos_ in ("NOUN", "PROPN") and is_definite(subject):
            actor = self.person_before(subject.idx, role=subject.lemma_.lower())
            if actor is not None:
                return Speaker(actor, actor.name, cue)
        others = [a for a in inside if a.type != "place"]
        official = self._official_of(subject, others)
        if official is not None:
            return Speaker(official, official.name, cue)
        if not others and subject.pos_ == "NOUN" and is_definite(subject):
            # 'A Pentagon official said ... "...," the official said': the body named
            # where the unnamed person was introduced.
            body = self._body_of_role_before(subject)
            if body is not None:
                return Speaker(body, body.name, cue)
        if self.joint_as_written and self._of_country_body(subject):
            # "opposition parties of Norland": a body of the country, not the country.
            of_phrase = {
                t.i
                for c in subject.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for t in c.subtree
            }
            others = [
                a
                for t in phrase
                if t.i not in of_phrase
                and (a := self.actors.actor_at(t.idx, t.idx + len(t))) is not None
                and a.type != "place"
                and not (t.i in owned and silent_owner(a))
            ]
        if lemma_of(subject) in speaker_words().own_voice_roles or (
            lemma_of(subject) in speaker_words().institutions and self._described_body(subject)
        ):
            # "a Kirovo University student": the student, not the university; "the council
            # of elders for northern Chad": the council, not Chad.
            others = []
        if others:
            return Speaker(others[0], others[0].name, cue)
        body = self._body_by_its_last_word(subject)
        if body is not None:
            # '"...," said Ministry officials' after "the Norland Interior Ministry": the
            # one body named before whose name ends in the word that qualifies them
            return Speaker(body, body.name, cue)
        return Speaker(None, written_phrase(phrase), cue)

    def _body_by_its_last_word(self, subject: Token) -> LocalActor | None:
        """Return the one body named before a generic role qualified by a capitalised
        word no actor stands for ("Ministry officials", "an Embassy spokesman") when that
        word ends the body's name, or None."""
        if lemma_of(subject) not in quote_speaker_words()["body_voices"]:
            return None
        words = [
            c
            for c in subject.children
            if c.dep_ == "compound"
            and c.is_title
            and self.actors.actor_at(c.idx, c.idx + len(c)) is None
        ]
        if len(words) != 1:
            return None
        word = words[0].lower_
        found = {
            m.actor_key
            for m in self.actors.mentions_before(subject.idx)
            if self.actors.actors[m.actor_key].type == "organisation"
            and self.actors.actors[m.actor_key].name.lower().split()[-1] == word
        }
        return self.actors.actors[next(iter(found))] if len(found) == 1 else None

    def _own_country_body(self, subject: Token) -> LocalActor | None:
        """Return the country an institution subject names in its own "of" phrase ("the
        foreign ministry of Norland said" is Norland's, whichever country was named last),
        or that country's body of that name when the article has one."""
        # "the foreign ministry of Norland": every word of the phrase, so never another
        # of Norland's ministries
        words = body_words(subject)
        for obj in of_objects(subject):
            actor = self.actors.actor_at(obj.idx, obj.idx + len(obj))
            if actor is None or actor.type != "country":
                continue
            body = next(
                (
                    a
                    for a in self.actors.actors.values()
                    if a.type == "organisation"
                    and all(w in a.name.lower() for w in words)
                    and a.affiliation == actor.name
                ),
                None,
            )
            return body or actor
        return None

    def _apposed_name(self, subject: Token) -> str:
        """Return the name set beside a role subject that the model did not take for a
        person ("the leader of the rebels, Orrin," "a senior official, the head of the
        Council Cardinal Ivo Marek,"), or ""."""
        if subject.pos_ != "NOUN" or lemma_of(subject) not in speaker_words().person_roles:
            return ""
        for appos in (c for c in subject.children if c.dep_ == "appos"):
            names = [
                t
                for t in appos.subtree
                if t.pos_ == "PROPN"
                and t.is_title
                and not self.in_quote(t.idx)
                and (
                    (found := self.actors.actor_at(t.idx, t.idx + len(t))) is None
                    # a one-word name the model took for an organisation
                    or (found.type == "organisation" and t == appos and not list(t.children))
                )
            ]
            if names and (names[-1] == appos or names[-1].i == appos.right_edge.i):
                return proper_name(names[-1])
        return ""

    def _work_of(self, subject: Token) -> Token | None:
        """Return the noun for a work (book, study, film) a subject names, itself or
        through the title written beside it ("her memoir Winter Roads", "the book, Winter
        Roads,"), or None."""
        works = quote_speaker_words()["works"]
        near = [subject, *(c for c in subject.children if c.dep_ in ("compound", "appos"))]
        if subject.dep_ in ("appos", "compound"):
            near.append(subject.head)
        return next(
            (
                t
                for t in near
                if t.pos_ == "NOUN" and lemma_of(t) in works and not self.in_quote(t.idx)
            ),
            None,
        )

    def _work_author(self, work: Token, cue: str) -> Speaker:
        """Return the author of a work: its possessor or the object of "by" in its phrase;
        an empty speaker when the work names none."""
        title = work.head if work.dep_ in ("compound", "appos") else work
        owners = [c for t in (work, title) for c in t.children if c.dep_ == "poss"]
        authors = [
            pobj
            for t in (work, title)
            for prep in t.subtree
            if prep.dep_ == "prep" and prep.lower_ == "by" and prep.head in (work, title)
            for pobj in prep.children
            if pobj.dep_ == "pobj"
        ]
        for token in [*owners, *authors]:
            if self.in_quote(token.idx):
                continue
            found = self.resolve(token, cue)
            if found.actor is not None and found.actor.type != "place":
                return found
            if found.actor is None and token.pos_ == "PROPN" and token.ent_type_ in ("", "PERSON"):
                return Speaker(None, proper_name(token), cue)
        return Speaker(None, "", cue)

    def _sent_document_writer(self, document: Token, cue: str) -> Speaker | None:
        """Return who wrote a sent document named "from" them ("a letter from Vell,
        delivered by envoy Tarn, said"), if the phrase names someone."""
        if lemma_of(document) not in quote_speaker_words()["sent_documents"]:
            return None
        for prep in (c for c in document.children if c.dep_ == "prep" and c.lower_ == "from"):
            for pobj in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"):
                found = self.resolve(pobj, cue)
                if found.actor is not None and found.actor.type != "place":
                    return found
                if found.actor is None and pobj.ent_type_ in ("", "PERSON"):
                    return Speaker(None, proper_name(pobj), cue)
        return None

    def _carriers(self, document: Token) -> list[LocalActor]:
        """Return who carried a sent document ("a letter delivered by envoy Tarn")."""
        if lemma_of(document) not in quote_speaker_words()["sent_documents"]:
            return []
        carried = [
            c
            for c in document.children
            if c.dep_ == "acl" and lemma_of(c) in quote_speaker_words()["carry_verbs"]
        ]
        return [
            actor
            for verb in carried
            for agent in verb.children
            if agent.dep_ == "agent"
            for pobj in agent.children
            if pobj.dep_ == "pobj"
            and (actor := self.actors.actor_at(pobj.idx, pobj.idx + len(pobj))) is not None
        ]

    def _titled_person(self, subject: Token) -> LocalActor | None:
        """Return the person named last in a coordination of titles and one name
        ("Opposition leader and acting President and Prime Minister Tor Lind"): every
        other member is a title word without a determiner of its own; else None."""
        members = sorted([subject, *subject.conjuncts], key=lambda t: t.i)
        if len(members) < 2:
            return None
        *titles, last = members
        actor = self.actors.actor_at(last.idx, last.idx + len(last))
        if actor is None or actor.type != "person" or last.ent_type_ != "PERSON":
            return None
        words = speaker_words().person_roles | title_head_words()
        if all(
            lemma_of(t) in words
            and t.ent_type_ != "PERSON"
            and not any(c.dep_ in ("det", "poss") for c in t.children)
            for t in titles
        ):
            return actor
        return None

    def _joint_subject(self, subject: Token) -> str:
        """Return several coordinated speakers as written ("Vell, Tarn and the Union"),
        or "" when the subject is one."""
        members = [subject, *(c for c in subject.conjuncts if not self.in_quote(c.idx))]
        members = [t for t in members if t.pos_ in ("PROPN", "NOUN")]
        # '"...," said Vell of the proposals and the delays': a common noun after a
        # prepositional phrase of the subject belongs to that phrase, not to the speakers.
        preps = [c.i for c in subject.children if c.dep_ == "prep" and c.i > subject.i]
        members = [
            t
            for t in members
            if t == subject or t.pos_ == "PROPN" or not any(p < t.i for p in preps)
        ]
        if len(members) < 2 or self._one_holders_titles(members):
            return ""
        if min(members, key=lambda t: t.i).dep_ == "pobj":
            # "Asked about the ferries, Ana Berg said": a name the parser joined
            # to an object before it is no list of speakers
            return ""
        start = min(t.left_edge.i for t in members)
        end = max(t.i for t in members) + 1
        words = [t.text for t in self.doc[start:end] if t.text not in ("(", ")")]
        if len(words) > JOINT_SPEAKER_WORDS:
            return ""  # the parser joined more than a list of names
        return " ".join(words).replace(" ,", ",").strip(" ,")

    @staticmethod
    def _one_holders_titles(members: list[Token]) -> bool:
        """Return whether coordinated subjects are the titles of one person ("expedition
        leader and deputy speaker of the Norland parliament Olaf Brennvik", "the chairman
        and chief executive"): singular common nouns, a role among them, none after the
        first with a determiner of its own ("the minister and the envoy" are two)."""
        roles = speaker_words().person_roles
        return (
            all(t.pos_ == "NOUN" and t.tag_ == "NN" for t in members)
            and any(lemma_of(t) in roles for t in members)
            and not any(c.dep_ in ("det", "poss") for t in members[1:] for c in t.children)
        )

    def _official_of(self, subject: Token, named: list[LocalActor]) -> LocalActor | None:
        """Return the one titled person of a country named before a definite generic role
        that names the country ("Ana Ruiz, the Norland foreign minister, visited ... ,'
        said the Norland official"), or None when there is not exactly one."""
        if (
            lemma_of(subject) not in quote_speaker_words()["generic_roles"]
            or not is_definite(subject)
            or len(named) != 1
            or named[0].type != "country"
        ):
            return None
        country = named[0].name
        found = {
            p.actor.key: p.actor
            for p in self.people
            if p.start_char < subject.idx
            and p.actor.title
            and top_affiliation(p.actor.affiliation) == country
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def _body_of_role_before(self, subject: Token) -> LocalActor | None:
        """Return the body or country named with the same role word when an unnamed person
        was introduced ("A Pentagon official") up to ``ROLE_REACH_SENTENCES`` sentences
        before a definite role subject ("the official"), if any."""
        word = lemma_of(subject)
        words = speaker_words()
        if word not in words.person_roles or word in words.own_voice_roles:
            return None  # "a Kirovo University student ... the student": the student
        sent_i = self.sentence_index(subject.idx)
        for token in reversed(subject.doc[: subject.i]):
            if self.sentence_index(token.idx) < sent_i - ROLE_REACH_SENTENCES:
                return None
            if lemma_of(token) != word or self.in_quote(token.idx) or is_definite(token):
                continue
            found = [
                actor
                for t in noun_phrase(token)
                if (actor := self.actors.actor_at(t.idx, t.idx + len(t))) is not None
            ]
            if any(a.type == "person" for a in found):
                return None  # the person is named: the usual rules apply
            bodies = [a for a in found if a.type in ("country", "organisation")]
            return bodies[0] if bodies else None
        return None

    def _described_body(self, subject: Token) -> bool:
        """Return whether a body noun is described by its members ("the council of
        religious leaders for the north"): a body named in full here, not an earlier one
        nor the country in its phrase."""
        return any(
            c.dep_ == "prep"
            and c.lower_ in ("of", "for")
            and any(
                o.dep_ == "pobj"
                and o.pos_ == "NOUN"
                and o.tag_ == "NNS"
                and self.actors.actor_at(o.idx, o.idx + len(o)) is None
                for o in c.children
            )
            for c in subject.children
        )

    def _of_country_body(self, subject: Token) -> bool:
        """Return whether a subject is a body or group "of" a country that is not the
        state's own voice ("the bishops of Valdonia", not "the government of Valdonia")."""
        if subject.pos_ != "NOUN":
            return False
        words = quote_speaker_words()
        word = lemma_of(subject)
        if word in words["state_voices"]:
            return False
        # A single official ("the ambassador of Norland") speaks for the country.
        return subject.tag_ in ("NNS", "NNPS") or word not in speaker_words().person_roles


def attribution(doc: Doc, actors: ArticleActors) -> Attribution:
    """Return the attribution context of one article (its quote spans found from the text)."""
    return Attribution(doc, actors, quote_spans(doc_text(doc)))
