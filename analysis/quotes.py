"""Direct quotations and their speakers.

``quote_spans(text)`` finds the spans between matching quotation marks from the marks'
positions alone; ``quotations(doc, actors)`` keeps the spans that are quotations and
attributes each to a speaker through the dependency parse.

Rules (documented here because they decide what the quotes table holds):

- Marks. Curly double (“ ”), straight double ("), curly single (‘ ’) and straight
  single (') marks. A mark opens when it follows a boundary (start of paragraph, space,
  bracket, dash) and is followed by text; it closes when it follows text and is followed
  by a boundary or punctuation. An apostrophe inside a word ("India's", "don’t") is never
  a mark; a trailing apostrophe ("Kallas' visit") closes only a single quote opened
  before it. Single marks inside a double-quoted span belong to that span.
- Paragraphs. A quotation never runs across a paragraph except in news style: a
  paragraph that opens a quote without closing it continues into the next paragraph when
  that paragraph opens with a quote mark. Each paragraph of such a quote is its own row;
  all rows share the speaker.
- Split quotes (“The X,” she said, “is Y.”) are two rows with the same speaker, so every
  row's ``quote`` is exactly ``text[start_char:end_char]`` and highlights cleanly.
- Unbalanced marks. An opening mark never closed in its paragraph (and not continued)
  is skipped; the rest of the paragraph and of the article is still read.
- Partial quotes. A quote that continues the writer's own clause (``must "synergise"
  their efforts``) is ``partial``. Its speaker is the subject of the reporting verb that
  governs it. One to three words in marks inside the writer's sentence are a scare quote
  and dropped, as is a short capitalised name or title ("the 'ReArm initiative'") and a
  date or a number in marks. Any other span of three or more words is kept, with or
  without a speaker.
- Titles. Words in marks right after a title marker ("titled", "headlined") or after a
  naming word ("called", "dubbed", "the film") in title case are the title of a work,
  event or group, not a quotation (the word classes are in ``data/speakers.toml``).
- Marks of other styles: typewriter quotes (``...'') read as curly ones, and a
  right-hand mark after a space and before a word opens a quote.
- Layout. A dash after the quote followed by a name ('"..." — Maria Olsen') names the
  speaker when no cue verb does.
- Never a speaker: a pronoun left unresolved, a thing written as the subject ("an
  article", "the minutes"; ``thing_nouns`` in ``data/speakers.toml``), a document ("the statement" speaks for
  its issuer, see ``analysis/issuers.py``), a date, a news outlet. Such quotes keep an
  empty speaker.
- Speaker. The subject of the cue verb (say, add, state, tell, note, stress, insist,
  warn, explain, write, declare, ...) or the object of "according to" next to the quote,
  searched first on the side the punctuation points to (``,” she said`` after,
  ``she said: “`` before). A name resolves through ``actors.actor_at``; "he"/"she" to the
  latest person who was the subject of a sentence before it (gender permitting); a role
  noun ("the minister") to the latest person named with that role word, else to the
  person or organisation named inside the phrase ("a Pentagon spokesman"), else the
  descriptor as written ("a spokesperson"). A paragraph that is only a quote takes the
  speaker of the paragraph before it (its cue, else the first person who is a subject
  there); a quote without a cue after an attributed quote in the same paragraph takes
  that quote's speaker.
- Quoted as saying. In "the Courier quoted Vell as saying" (or "Vell was quoted by the
  Courier as saying") the one quoted speaks, not the one who quotes.
- A quote that is its own sentence, with no tag before or after it and no cue in the
  sentence before, continues the person who is the main subject of that sentence
  ('Marek was angered by the vote. "How could ...?"').
- "X quotes Y saying" credits Y; '"...," read a statement issued by Tarn' credits the
  issuer; a tag after a quote's full stop that goes on in lower case ('." the ministry
  said') is still the quote's tag. A site named by its web address is an outlet.
- Antecedents. A person inside an of-phrase or a possessive of the subject ("the
  father of Mira Ion") is not the subject a later "he"/"she" continues, nor is the
  subject of a clause inside the sentence ("Marek said Vell needs to go. ... he said").
  A "he"/"she" whose sentence or the one before has, as latest main subject, a person
  named only by role ("An army commander stated ...", ``person_roles`` in
  ``data/speakers.toml``) is that person: the one the role word named earlier, else the
  descriptor as written. A role that speaks for itself ("a Kirovo University
  student", ``own_voice_roles``) is never replaced by the body in its phrase.
- Speaker details. The subject nearest the cue wins ("in Gdynia, Poland, Nowak
  went"); a proper noun the parser hung off the cue is its subject; a participle in a
  "by saying" phrase takes the subject of the clause above; the agent of a passive cue
  speaks ("asked by moderator Clara Voss"); a cue without subject takes the nearest
  person in its frame before any organisation; a subject name the model missed is given
  as its own proper nouns ("Jan Sykora"), and a person who owns the subject ("Ferri's
  right-hand woman") never speaks for it. A participle after "if"/"when" without subject
  ("if asked") and, when the frame has another cue, an infinitive ("declining to describe")
  are no cues. The possessor of a speech noun governing a partial quote speaks it
  ("Solberg's call to 'keep the Arctic calm'"). Names in quote marks inside a tag
  do not cut the tag off from the quote.
- Headlines. A short verbless lead-in before a colon names the speaker, even of a
  partial quote ("Halvorsen: Moscow Has 'Not Yet Earned Our Trust'"): the topic after
  "on"/"about" is cut off, the last person named in the rest speaks, else the person the
  article names with the lead-in's role word ("Navy Chief On Piracy:"), else its proper
  nouns as written.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from analysis.actors import ArticleActors, LocalActor
from analysis.issuers import (
    body_before,
    institution_actor,
    is_document,
    is_outlet,
    is_outlet_name,
    recent_document,
    speaker_words,
    statement_speaker,
)
from analysis.spans import doc_text

SPEECH_VERBS = frozenset(
    {
        "say",
        "add",
        "state",
        "tell",
        "note",
        "stress",
        "emphasise",
        "emphasize",
        "insist",
        "warn",
        "explain",
        "write",
        "declare",
        "ask",
        "reply",
        "respond",
        "answer",
        "argue",
        "claim",
        "contend",
        "assert",
        "maintain",
        "observe",
        "remark",
        "comment",
        "continue",
        "conclude",
        "recall",
        "acknowledge",
        "admit",
        "announce",
        "tweet",
        "post",
        "quip",
        "joke",
        "boast",
        "vow",
        "promise",
        "predict",
        "suggest",
        "caution",
        "complain",
        "charge",
        "counter",
        "concede",
        "testify",
        "urge",
        "reiterate",
        "affirm",
        "exclaim",
        "shout",
        "describe",
        "call",
        "term",
        "dub",
        "label",
        "praise",
        "hail",
        "welcome",
        "point",
        "put",
        "read",
        "thank",
        "report",
        "lament",
        "mock",
        "blast",
        "slam",
        "accuse",
        "criticize",
        "criticise",
        "tout",
        "deride",
        "dismiss",
        "proclaim",
        "retort",
        "bark",
        "scoff",
        "chide",
        "muse",
        "opine",
        "demand",
        "plead",
        "assure",
        "wonder",
        "speculate",
        "propose",
        "pledge",
        "recount",
        "confirm",
        "deny",
        "reveal",
        "underline",
        "underscore",
        "highlight",
        "interject",
        "begin",
        "finish",
        "summarize",
        "summarise",
        "quote",
        "cite",
        "text",
        "email",
        "e-mail",
        "yell",
        "scream",
        "whisper",
        "mutter",
        "sing",
        "chant",
        "boom",
        "allege",
        "beam",
        "shoot",
        "fire",
        "hit",
        "relay",
        "lash",
        "repeat",
    }
)

# Verbs that report speech only with a particle or object that says so ("pointed out",
# "put it"); without it they are ordinary verbs.
_NEEDS_PARTICLE = {"point": "out", "put": "it", "shoot": "back", "fire": "back", "hit": "back"}

# Nouns for what someone said: their possessor speaks a quote they govern ("Solberg's call
# to 'keep the Arctic calm'", "his warning that Norway would be 'first in the line of
# fire'").
SPEECH_NOUNS = frozenset(
    {
        "call",
        "view",
        "words",
        "warning",
        "statement",
        "claim",
        "promise",
        "pledge",
        "remark",
        "comment",
        "message",
        "slogan",
        "phrase",
        "argument",
        "vow",
        "threat",
        "description",
        "assertion",
        "insistence",
        "answer",
        "response",
        "reply",
    }
)

_ASPECT_VERBS = frozenset({"continue", "begin", "finish"})
_PERSONAL_PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
_OTHER_PRONOUNS = frozenset({"i", "we", "they", "it", "you", "me", "us", "them", "who"})
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
_DEFINITE = frozenset({"the", "this", "that"})

_BOUNDARY_BEFORE = set(" \t\n([{—–-/") | {""}
_CLOSE_PUNCT = set(".,;:!?)]}—–-…")
# Characters just before an opening mark that make the quote a standalone utterance
# rather than words woven into the writer's clause.
_STANDALONE_BEFORE = set(".!?:,;—–-(…\"“”'‘’") | {""}

_MARK_CHARS = frozenset("“”\"‘’'")
_PARAGRAPH = re.compile(r"[^\n]+")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_SENTENCE_ENDS = frozenset({".", "!", "?", "…"})
# A written "speaker" naming a day, month or year is a date the parser took for a subject.
_DATE_LIKE = re.compile(
    r"\b(?:\d{4}|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|"
    r"february|march|april|may|june|july|august|september|october|november|december|"
    r"today|yesterday|tomorrow)\b",
    re.IGNORECASE,
)

# Words in marks inside the writer's sentence up to this many are a scare quote.
SCARE_QUOTE_WORDS = 3
# How many paragraphs back (besides its own) a pronoun or role noun may look for its person.
RESOLUTION_WINDOW = 3
# The longest lead-in before a headline's colon that can name its speaker.
HEADLINE_LEAD_TOKENS = 6


@dataclass(frozen=True)
class QuoteSpan:
    """The text between one pair of quote marks.

    ``start``/``end`` bound the quoted words (no marks, no surrounding space, no trailing
    comma); ``open_at``/``close_at`` are the marks' offsets (``close_at`` is the
    paragraph end when the quote ``continues`` into the next paragraph).
    """

    start: int
    end: int
    open_at: int
    close_at: int
    double: bool
    paragraph: int
    continues: bool = False
    continued: bool = False


@dataclass(frozen=True)
class _Mark:
    pos: int
    double: bool
    opens: bool
    closes: bool


def _classify(text: str, i: int) -> _Mark | None:
    """Return how the quote character at ``i`` can act, or None when it is no mark."""
    ch = text[i]
    prev = text[i - 1] if i > 0 else ""
    nxt = text[i + 1] if i + 1 < len(text) else ""
    before_ok = prev in _BOUNDARY_BEFORE or prev in "“‘\"'"
    after_ok = nxt == "" or nxt.isspace() or nxt in _CLOSE_PUNCT or nxt in "”’\"'"
    if ch == "“":
        return _Mark(i, True, True, False)
    if ch == "”":
        # A right-hand mark after a space and before a word opens a quote (some sources
        # use one mark for both ends).
        opens = (prev == "" or prev.isspace() or prev in "([—–") and nxt.isalnum()
        return _Mark(i, True, opens, not opens)
    if ch == '"':
        opens = before_ok and nxt != "" and not nxt.isspace()
        closes = after_ok and prev != "" and not prev.isspace()
        if not (opens or closes):
            # Glued on both sides ('word"word'): the pairing state decides.
            opens = closes = True
        return _Mark(i, True, opens, closes)
    if ch == "‘":
        if not nxt or nxt.isspace() or nxt.isdigit():
            return None
        return _Mark(i, False, True, False)
    if ch in "’'":
        if prev.isalnum() and nxt.isalnum():
            return None  # apostrophe inside a word: India's, don’t
        opens = before_ok and nxt.isalnum() and ch == "'"
        closes = prev != "" and not prev.isspace() and not nxt.isalnum()
        if not (opens or closes):
            return None
        return _Mark(i, False, opens, closes)
    return None


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """Return the span without surrounding space and the writer's trailing comma/colon."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",:;"):
        end -= 1
    return start, end


def quote_spans(text: str) -> list[QuoteSpan]:
    """Return the spans between matching quote marks, in text order.

    Unbalanced marks are skipped; an unclosed quote continues into the next paragraph
    only when that paragraph opens with a quote mark.
    """
    # Typewriter quotes (``...'') read as curly ones; the length, and so every offset, stays.
    text = text.replace("``", "“ ").replace("''", " ”")
    paragraphs = [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text) if m.group().strip()]
    spans: list[QuoteSpan] = []
    carried = False
    for p_index, (p_start, p_end) in enumerate(paragraphs):
        lead = _first_char(text, p_start)
        open_mark: _Mark | None = None
        for i in range(p_start, p_end):
            if text[i] not in _MARK_CHARS:
                continue
            mark = _classify(text, i)
            if mark is None:
                continue
            if open_mark is not None and open_mark.double and not mark.double:
                continue  # single marks inside a double quote belong to it
            if open_mark is not None and mark.double == open_mark.double and mark.closes:
                span = _span(
                    text, open_mark, i, p_index, continued=carried and open_mark.pos == lead
                )
                if span is not None:
                    spans.append(span)
                open_mark = None
            elif mark.opens:
                # A second opener means the first was never closed: skip that fragment.
                open_mark = mark
        carried = False
        if open_mark is not None and open_mark.double and p_index + 1 < len(paragraphs):
            n_start = paragraphs[p_index + 1][0]
            if text[_first_char(text, n_start)] in '“"':
                span = _span(
                    text,
                    open_mark,
                    p_end,
                    p_index,
                    continued=open_mark.pos == lead and bool(spans) and spans[-1].continues,
                    continues=True,
                )
                if span is not None:
                    spans.append(span)
                    carried = True
    return spans


def _span(
    text: str,
    open_mark: _Mark,
    close_at: int,
    paragraph: int,
    *,
    continued: bool,
    continues: bool = False,
) -> QuoteSpan | None:
    start, end = _trimmed(text, open_mark.pos + 1, close_at)
    if not _WORD.search(text[start:end]):
        return None
    return QuoteSpan(
        start, end, open_mark.pos, close_at, open_mark.double, paragraph, continues, continued
    )


def _first_char(text: str, p_start: int) -> int:
    """Return the offset of the first non-space character of a paragraph."""
    i = p_start
    while i < len(text) and text[i].isspace():
        i += 1
    return i


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


_NO_SPEAKER = Speaker(None, "", "")


class Attribution:
    """One article's text, quotes, sentences and person mentions, for attribution.

    Commitments use it too: ``speaker_of_cue`` names who reports a clause and
    ``resolve`` turns a pronoun or role noun into the person it stands for.
    """

    def __init__(self, doc: Doc, actors: ArticleActors, spans: list[QuoteSpan]) -> None:
        self.doc = doc
        self.actors = actors
        self.spans = spans
        self.sents = list(doc.sents)
        self.sent_starts = [sent.start_char for sent in self.sents]
        self.paragraphs = [
            (m.start(), m.end()) for m in _PARAGRAPH.finditer(doc_text(doc)) if m.group().strip()
        ]
        self.paragraph_starts = [start for start, _ in self.paragraphs]
        self.quoted = sorted((s.open_at, s.close_at + 1) for s in spans)
        self.quoted_starts = [a for a, _ in self.quoted]
        self.people = self._people()
        self.genders = self._genders()

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
            if m.kind == "pronoun":
                continue  # an antecedent is a person named, not a pronoun resolved before
            span = self.doc.char_span(m.start_char, m.end_char, alignment_mode="expand")
            if span is None:
                continue
            is_subject = _in_subject(span.root)
            people.append(
                _Person(
                    m.start_char,
                    self.paragraph_index(m.start_char),
                    actor,
                    is_subject,
                    _role_words(span),
                )
            )
        return people

    def _genders(self) -> dict[str, str]:
        """Return person key -> "m"/"f" from honorifics and gendered role words."""
        # A known gender only rules a person out; it never makes one win over a person of
        # unknown gender (the actors' gender partly comes from pronouns resolved before).
        genders: dict[str, str] = {
            actor.key: actor.gender[0]
            for actor in self.actors.actors.values()
            if actor.gender in ("male", "female")
        }
        for m in self.actors.mentions:
            span = self.doc.char_span(m.start_char, m.end_char, alignment_mode="expand")
            if span is None:
                continue
            window = [t.lower_ for t in self.doc[max(0, span.start - 2) : span.end]]
            for word in window:
                gender = _HONORIFICS.get(word) or _GENDERED_ROLES.get(word)
                if gender:
                    genders.setdefault(m.actor_key, gender)
        return genders

    def person_before(
        self,
        char: int,
        *,
        gender: str = "",
        role: str = "",
        subject_first: bool = True,
        floor: int | None = None,
    ) -> LocalActor | None:
        """Return the latest compatible person mentioned before ``char``.

        Subjects of sentences come first (a pronoun subject usually continues the
        previous subject); ``role`` keeps only persons introduced with that role word.
        """
        # A role word ("the minister") names one person however far back it was used.
        if floor is None:
            floor = -1 if role else self.paragraph_index(char) - RESOLUTION_WINDOW
        candidates = [
            p
            for p in self.people
            if p.start_char < char
            and p.paragraph >= floor
            and (not gender or self.genders.get(p.actor.key, gender) == gender)
            and (not role or role in p.roles)
        ]
        if subject_first:
            subjects = [p for p in candidates if p.is_subject]
            if subjects:
                return subjects[-1].actor
        if candidates:
            return candidates[-1].actor
        if floor > -1:
            # Nobody in the last paragraphs: the article's last compatible subject.
            return self.person_before(char, gender=gender, role="", subject_first=True, floor=-1)
        return None

    # -- cues and speakers -----------------------------------------------------------
    def cue_in(self, tokens: list[Token], *, last: bool) -> Token | None:
        """Return the speech verb (or "according") among ``tokens`` nearest the quote."""
        found = [t for t in tokens if _is_cue(t) and not _is_bare_passive(t)]
        # "As Nordic Defence Review reported, the ministry kept declining to describe it": a
        # verb in the infinitive is what someone would or would not say, not a report.
        found = [t for t in found if not _is_infinitive(t)] or found
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
            return self.resolve(subject, "according to") if subject is not None else _NO_SPEAKER
        quoted_as = _quoted_as(cue)
        if quoted_as is not None and not self.in_quote(quoted_as.idx):
            # "The Courier quoted Vell as saying": who is quoted speaks, not who quotes.
            return self.resolve(quoted_as, _cue_text(cue))
        agents = [o for c in cue.children if c.dep_ == "agent" for o in c.children]
        if agents and not self.in_quote(agents[0].idx):
            # "The minister was asked by moderator Clara Voss": the agent does the speaking.
            return self.resolve(agents[0], _cue_text(cue))
        subject = _subject(cue, self)
        if subject is None:
            # '"...," read a statement issued by Tarn': the document's issuer speaks.
            for obj in (c for c in cue.children if c.dep_ == "dobj" and is_document(c)):
                actor = statement_speaker(obj, self.actors)
                if actor is not None:
                    return Speaker(actor, actor.name, _cue_text(cue))
            # The parser left the cue without a subject ('", Varga answers.', '",
            # Brandt, the head of X, posted'): take the name nearest the cue in the frame,
            # before it first, since the words after a cue are usually its addressee.
            ahead = sorted((t for t in frame if t.i < cue.i), key=lambda t: -t.i)
            behind = [t for t in frame if cue.i < t.i <= cue.i + 3]
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
                return Speaker(near[0], near[0].name, _cue_text(cue))
            for token in [*ahead, *behind]:
                if token.pos_ == "PROPN" or token.lower_ in _PERSONAL_PRONOUNS:
                    return self.resolve(token, _cue_text(cue))
            return Speaker(None, "", _cue_text(cue))
        return self.resolve(subject, _cue_text(cue))

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
                actor = self.actors.actor_at(token.idx, token.idx + len(token))
                if actor is None or actor.type != "person":
                    continue
                if self.genders.get(actor.key, gender) == gender:
                    found = actor
        return found

    def _unnamed_subject_before(self, pronoun: Token) -> Speaker | None:
        """Return the person named only by role ("An army commander stated ...") who is the
        latest main-clause subject before a pronoun in its sentence or the one before."""
        sent = pronoun.sent
        start = pronoun.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        subjects = [
            t
            for t in pronoun.doc[start : pronoun.i]
            if t.dep_ in ("nsubj", "nsubjpass")
            and _is_main_clause(t.head)
            and not self.in_quote(t.idx)
        ]
        if not subjects:
            return None
        last = subjects[-1]
        if last.pos_ != "NOUN" or _lemma(last) not in speaker_words().person_roles:
            return None
        phrase = _noun_phrase(last)
        if any(
            (actor := self.actors.actor_at(t.idx, t.idx + len(t))) is not None
            and actor.type == "person"
            for t in phrase
        ):
            return None  # "the minister, Ivo Tarn," is named: the usual rules apply
        if _is_definite(last):
            actor = self.person_before(last.idx, role=_lemma(last))
            if actor is not None:
                return Speaker(actor, actor.name, "")
        return Speaker(None, _written(phrase), "")

    def resolve(self, subject: Token, cue: str) -> Speaker:
        """Return the actor (or the words as written) a subject token refers to."""
        lower = subject.lower_
        # Pronouns are resolved here, to the last compatible person who was a subject.
        actor = (
            None
            if lower in _PERSONAL_PRONOUNS
            else self.actors.actor_at(subject.idx, subject.idx + len(subject))
        )
        if actor is not None:
            # An outlet reports what others say; it is never the speaker.
            return Speaker(None, "", cue) if is_outlet(actor) else Speaker(actor, actor.name, cue)
        lower = subject.lower_
        if lower in _PERSONAL_PRONOUNS:
            unnamed = self._unnamed_subject_before(subject)
            if unnamed is not None:
                return unnamed
            actor = self._fronted_antecedent(subject, _PERSONAL_PRONOUNS[lower])
            if actor is not None:
                return Speaker(actor, actor.name, cue)
            actor = self.person_before(subject.idx, gender=_PERSONAL_PRONOUNS[lower])
            return Speaker(actor, actor.name if actor else "", cue)
        if lower in ("who", "that", "which") and subject.head.dep_ == "relcl":
            return self.resolve(subject.head.head, cue)
        if lower in speaker_words().body_pronouns:
            document = recent_document(subject)
            if document is not None:
                actor = statement_speaker(document, self.actors)
            else:
                actor = body_before(subject, self.actors, self.paragraph_index)
            return Speaker(actor, actor.name if actor else "", cue)
        if lower in _OTHER_PRONOUNS and subject.text != "US":  # "US" is a country
            return Speaker(None, "", cue)
        if _lemma(subject) in speaker_words().outlet_words:
            return Speaker(None, "", cue)  # "the newspaper editorialized": an outlet
        if is_document(subject):
            actor = statement_speaker(subject, self.actors)
            owner = next((c for c in subject.children if c.dep_ == "poss"), None)
            if actor is None:
                # "the campaign's statement": its owner as written, when no pronoun
                written = _written(list(owner.subtree)) if owner is not None else ""
                return Speaker(None, written, cue)
            return Speaker(actor, actor.name, cue)
        if (
            _lemma(subject) in speaker_words().institutions
            and subject.ent_type_ not in ("ORG", "GPE", "NORP", "FAC")
            and (_is_definite(subject) or any(c.dep_ == "poss" for c in subject.children))
        ):
            actor = institution_actor(subject, self.actors)
            if actor is not None:
                return Speaker(actor, actor.name, cue)
        phrase = _noun_phrase(subject)
        # A possessor ("Her chief of staff", "the Review's Mats Ekholm") is not who speaks.
        owned = {t.i for c in subject.children if c.dep_ == "poss" for t in c.subtree}
        inside = [
            (t.i in owned, actor)
            for t in phrase
            if (actor := self.actors.actor_at(t.idx, t.idx + len(t))) is not None
        ]
        persons = [a for is_owner, a in inside if a.type == "person" and not is_owner]
        # An organisation owning the subject ("the EU envoy's office") speaks through it;
        # a person owning it ("Ferri's right-hand woman") does not.
        inside = [a for is_owner, a in inside if not (is_owner and a.type == "person")]
        if persons:
            return Speaker(persons[0], persons[0].name, cue)
        if subject.pos_ == "PROPN" and not subject.ent_type_:
            # A name the model missed ("... for strategy and plans Jan Sykora called"): the
            # subject's own proper nouns, not the organisation in its modifiers.
            return Speaker(None, _proper_name(subject), cue)
        # The tagger often reads a capitalised role noun ("The Minister") as a name.
        if subject.pos_ in ("NOUN", "PROPN") and _is_definite(subject):
            actor = self.person_before(subject.idx, role=subject.lemma_.lower())
            if actor is not None:
                return Speaker(actor, actor.name, cue)
        others = [a for a in inside if a.type != "place"]
        if _lemma(subject) in speaker_words().own_voice_roles:
            others = []  # "a Kirovo University student": the student, not the university
        if others:
            return Speaker(others[0], others[0].name, cue)
        return Speaker(None, _written(phrase), cue)


def _proper_name(token: Token) -> str:
    """Return the run of proper nouns that ends with ``token`` ("Jan Sykora")."""
    start = token.i
    while start > 0 and token.doc[start - 1].pos_ == "PROPN" and token.doc[start - 1].is_title:
        start -= 1
    words = [t.text for t in token.doc[start : token.i + 1]]
    return " ".join(words[-3:])


def _in_subject(token: Token) -> bool:
    """Return whether a token lies in the subject phrase of its clause."""
    for _ in range(8):
        if token.dep_ in ("nsubj", "nsubjpass"):
            return _is_main_clause(token.head)
        if token.dep_ in ("pobj", "poss"):
            return False  # "the father of Mira Ion said": the father is the subject
        if token.head == token or token.head.pos_ in ("VERB", "AUX"):
            return False
        token = token.head
    return False


def _is_main_clause(verb: Token) -> bool:
    """Return whether a verb heads its sentence's main clause (or a conjunct of it):
    in "Holm said Berg needs to go", Holm is the subject a later "he" continues."""
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
    return verb.dep_ == "ROOT"


def _role_words(span: Span) -> frozenset[str]:
    """Return the lower-case words that introduce a person ("defence", "minister")."""
    root = span.root
    words = set()
    for token in span.doc[max(0, span.start - 6) : span.start]:
        if token.head.i in range(span.start, span.end) or token.head == root:
            words.update(t.lemma_.lower() for t in token.subtree if t.is_alpha)
    for child in root.children:
        if child.dep_ == "appos":
            words.update(t.lemma_.lower() for t in child.subtree if t.is_alpha)
    if root.dep_ == "appos":
        words.update(t.lemma_.lower() for t in root.head.subtree if t.is_alpha)
    return frozenset(words)


def _quoted_as(cue: Token) -> Token | None:
    """Return who is quoted in "X quoted Y as saying" (the object, or the subject of the
    passive "Y was quoted by X as saying") or "X quotes Y saying" (the noun the participle
    describes), or None without that construction."""
    if (
        cue.tag_ == "VBG"
        and cue.dep_ == "acl"
        and cue.head.pos_ in ("NOUN", "PROPN")
        and _lemma(cue.head.head) in speaker_words().quoting_verbs
    ):
        return cue.head  # "quotes the minister saying", not "defended the plan saying"
    if (
        cue.tag_ == "VBG"
        and cue.dep_ in ("advcl", "xcomp", "oprd")
        and _lemma(cue.head) in speaker_words().quoting_verbs
    ):
        found = next((c for c in cue.head.children if c.dep_ == "dobj"), None)
        if found is not None:
            return found
    if cue.dep_ == "pcomp" and cue.head.lower_ == "as" and cue.tag_ == "VBG":
        verb = cue.head.head
    elif any(
        c.dep_ == "prep"
        and c.lower_ == "as"
        and any(g.dep_ == "pcomp" and g.tag_ == "VBG" and _is_cue(g) for g in c.children)
        for c in cue.children
    ):
        verb = cue
    else:
        return None
    for dep in ("dobj", "nsubjpass"):
        found = next((c for c in verb.children if c.dep_ == dep), None)
        if found is not None:
            return found
    return None


def _is_cue(token: Token) -> bool:
    if token.lower_ == "according":
        return token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "to"
    if token.pos_ != "VERB" or token.lemma_.lower() not in SPEECH_VERBS:
        return False
    if any(c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") for c in token.children) and (
        token.lemma_.lower() in _ASPECT_VERBS
    ):
        return False  # "will continue to be", "began to talk": aspect, not speech
    if token.lemma_.lower() in _ASPECT_VERBS and any(
        c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") for c in token.children
    ):
        return False  # "began hearings", "continued talks": an act begun, not speech
    particle = _NEEDS_PARTICLE.get(token.lemma_.lower())
    return particle is None or any(c.lower_ == particle for c in token.children)


def _is_bare_passive(token: Token) -> bool:
    """Return whether a cue is a participle clause with no subject or agent ("if asked")."""
    if token.tag_ != "VBN" or not any(c.dep_ == "mark" for c in token.children):
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass", "agent", "auxpass") for c in token.children)


def _is_infinitive(token: Token) -> bool:
    """Return whether a verb stands in the infinitive with "to" ("declining to describe")."""
    return token.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def _cue_text(cue: Token) -> str:
    particle = _NEEDS_PARTICLE.get(cue.lemma_.lower())
    return f"{cue.text} {particle}" if particle else cue.text


def _subject(verb: Token, article: Attribution) -> Token | None:
    """Return the subject of a cue verb, climbing conjunctions and clauses without one.

    A participle cue ('..., adding, "..."') belongs to the reporting verb above it, so it
    takes the subject of the nearest speech verb among its ancestors when there is one.
    """
    if verb.tag_ == "VBG" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        for ancestor in verb.ancestors:
            if article.in_quote(ancestor.idx):
                break
            if _is_cue(ancestor):
                found = _subject(ancestor, article)
                if found is not None:
                    return found
    if (
        verb.tag_ == "VBG"
        and verb.dep_ == "advcl"
        and not any(c.dep_ == "aux" for c in verb.children)
    ):
        # "Marek defended the reporter's pass saying ...": the parser makes the object the
        # participle's subject; a bare participle belongs to the clause above.
        own = [c for c in verb.children if c.dep_ == "nsubj"]
        if own and own[0].pos_ == "NOUN" and not article.in_quote(own[0].idx):
            above = _subject(verb.head, article)
            if above is not None:
                return above
    seen = 0
    while seen < 4:
        subjects = [
            c
            for c in verb.children
            if c.dep_ in ("nsubj", "nsubjpass") and not article.in_quote(c.idx)
        ]
        if subjects:
            # "in Gdynia, Poland, Nowak went": the subject next to the verb.
            before = [c for c in subjects if c.i < verb.i]
            return before[-1] if before else subjects[0]
        if seen == 0:
            # '"Petrov," Lind joked': the parser hung the name off the cue as a compound.
            hung = [
                c
                for c in verb.lefts
                if c.pos_ == "PROPN"
                and c.dep_ in ("compound", "npadvmod", "dep")
                and not article.in_quote(c.idx)
            ]
            if hung:
                return hung[-1]
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head != verb.head:
            verb = verb.head.head  # "distanced himself by saying": the clause above speaks
            seen += 1
            continue
        if verb.dep_ not in ("conj", "xcomp", "advcl", "pcomp", "relcl") or verb.head == verb:
            return None
        if article.in_quote(verb.head.idx):
            return None  # the cue hangs off the quoted words: their subject is not the speaker
        if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
            return verb.head
        verb = verb.head
        seen += 1
    return None


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _is_definite(token: Token) -> bool:
    return any(c.dep_ in ("det", "poss") and c.lower_ in _DEFINITE for c in token.children)


def _noun_phrase(token: Token) -> list[Token]:
    """Return the subject's phrase: left modifiers, appositions, conjuncts and of/for/at
    objects (the parser reads "Vice President for strategy and plans Jan Sykora" as two)."""
    tokens = list(token.doc[token.left_edge.i : token.i + 1])
    for child in token.children:
        if child.dep_ in ("appos", "conj") or (
            child.dep_ == "prep" and child.lower_ in ("for", "of", "at")
        ):
            tokens.extend(child.subtree)
    return tokens


def _written(phrase: list[Token]) -> str:
    """Return a subject phrase as written, cut to a readable length."""
    words = sorted(phrase, key=lambda t: t.i)[:8]
    return " ".join(t.text for t in words if not t.is_punct).strip()


def quotations(doc: Doc, actors: ArticleActors) -> list[dict]:
    """Return one row per direct quotation, in text order.

    Each row holds quote, cue, start_char, end_char (the quoted words without the
    marks), speaker_key (local actor key or ""), speaker (the actor's name, else the
    subject as written), partial, speaker_title and sentence_index. The rules are in the
    module docstring.
    """
    full_text = doc_text(doc)
    spans = quote_spans(full_text)
    article = Attribution(doc, actors, spans)
    rows: list[dict] = []
    speakers: list[Speaker] = []
    names = [_is_quoted_name(full_text, span, article) for span in spans]
    for k, span in enumerate(spans):
        text = full_text[span.start : span.end]
        n_words = len(_WORD.findall(text))
        partial = _is_partial(full_text, span, article)
        if names[k]:
            speakers.append(_NO_SPEAKER)
            continue  # a name or title in quote marks ("the 'ReArm initiative'")
        speaker = _checked(_attribute(article, k, partial, speakers, names))
        speakers.append(speaker)
        if n_words < 3 or (partial and n_words <= SCARE_QUOTE_WORDS):
            continue  # scare quotes of the writer, quoted headings
        if _is_date_or_number(text) or _CODE.search(text):
            continue  # '"2008"', '"15 November"', '"float:right"': no one's words
        if partial and _names_a_thing(article, span):
            continue  # 'a new body, the "national fund for the elderly"': a name
        actor = speaker.actor
        rows.append(
            {
                "quote": text,
                "cue": speaker.cue,
                "start_char": span.start,
                "end_char": span.end,
                "speaker_key": actor.key if actor else "",
                "speaker": actor.name if actor else speaker.written,
                "partial": partial,
                "speaker_title": actor.title if actor else "",
                "sentence_index": article.sentence_index(span.start),
            }
        )
    return rows


# Markup left in quote marks ('style="border-collapse:collapse"').
_CODE = re.compile(r"\w[:=]\w|[{};]\s*$|^\s*[#.]?\w+\s*\{")


def _names_a_thing(article: Attribution, span: QuoteSpan) -> bool:
    """Return whether a partial quote after an article is a name without a verb."""
    text = doc_text(article.doc)
    before = text[: span.open_at].rstrip().rsplit(None, 1)
    if not before or before[-1].lower() not in ("the", "a", "an"):
        return False
    quoted = article.doc.char_span(span.start, span.end, alignment_mode="expand")
    return quoted is not None and not any(t.pos_ in ("VERB", "AUX") for t in quoted)


def _is_date_or_number(text: str) -> bool:
    """Return whether quoted words are only a date or a number ("15 November", "40%")."""
    words = _WORD.findall(text)
    if not words or len(words) > 4:
        return False
    return all(w.isdigit() or _DATE_LIKE.fullmatch(w) or w.lower() in _ORDINALS for w in words)


_ORDINALS = frozenset({"st", "nd", "rd", "th", "of", "percent", "per", "cent", "bn", "m"})


def _checked(speaker: Speaker) -> Speaker:
    """Return the speaker, emptied when it is an outlet, a pronoun, a document or a date."""
    if speaker.actor is not None:
        return Speaker(None, "", speaker.cue) if is_outlet(speaker.actor) else speaker
    written = speaker.written.strip()
    lower = written.lower()
    words = speaker_words()
    if (
        not written
        or lower in words.never_speakers
        or lower.split()[-1] in words.documents
        or lower.split()[-1] in words.thing_nouns
        or _DATE_LIKE.search(written)
        or not any(ch.isalpha() for ch in written)
        or "/" in written
        or is_outlet_name(written.split()[-1])  # "the Harbour Times", "Harbourwatch.com"
    ):
        return Speaker(None, "", speaker.cue)
    return speaker


def attribution(doc: Doc, actors: ArticleActors) -> Attribution:
    """Return the attribution context of one article (its quote spans found from the text)."""
    return Attribution(doc, actors, quote_spans(doc_text(doc)))


def _is_quoted_name(text: str, span: QuoteSpan, article: Attribution) -> bool:
    """Return whether a quote is a short capitalised name woven into the writer's clause,
    or the title of a work, event or group ('a report titled "..."')."""
    quoted = text[span.start : span.end]
    if _is_title(text, span):
        return True
    return (
        _is_partial(text, span, article)
        and len(_WORD.findall(quoted)) <= 4
        and quoted[:1].isupper()
    )


# A name is capitalised like a title: at least this share of its longer words after the
# first one start with a capital ("Council for Northern Fisheries Reform").
TITLE_CASE_SHARE = 0.5


def _is_title(text: str, span: QuoteSpan) -> bool:
    """Return whether a quote follows a word that makes it a title ('titled "..."', 'a
    group called "..."' with title-case words)."""
    quoted = text[span.start : span.end]
    if span.continued or not quoted[:1].isupper() and not quoted[:1].isdigit():
        return False
    before = text[: span.open_at].rstrip().rstrip(",:").rsplit(None, 1)
    if not before:
        return False
    marker = before[-1].lower()
    words = speaker_words()
    if marker in words.title_markers:
        return True
    if marker not in words.naming_words:
        return False
    longer = [w for w in _WORD.findall(quoted)[1:] if len(w) > 3]
    return not longer or sum(w[0].isupper() for w in longer) / len(longer) >= TITLE_CASE_SHARE


def _is_partial(text: str, span: QuoteSpan, article: Attribution) -> bool:
    """Return whether the quote is woven into the writer's clause ('must "synergise"')."""
    if span.continued:
        return False
    p_start = article.paragraphs[span.paragraph][0]
    before = text[p_start : span.open_at].rstrip()
    return before[-1:] not in _STANDALONE_BEFORE


def _attribute(
    article: Attribution, k: int, partial: bool, speakers: list[Speaker], names: list[bool]
) -> Speaker:
    """Return the speaker of quote ``k`` (earlier quotes' speakers in ``speakers``).

    ``names`` marks the quotes that are names in quote marks: the writer's sentence runs
    on across them, so they do not end the frames around a quote.
    """
    spans = article.spans
    span = spans[k]
    text = doc_text(article.doc)
    previous = spans[k - 1] if k > 0 else None
    if span.continued and previous is not None and speakers[k - 1].cue:
        return speakers[k - 1]

    p_start, p_end = article.paragraphs[span.paragraph]
    same_prev = previous if previous is not None and previous.paragraph == span.paragraph else None
    following = next((s for j, s in enumerate(spans[k + 1 :], start=k + 1) if not names[j]), None)
    same_next = (
        following if following is not None and following.paragraph == span.paragraph else None
    )

    # The frames are the writer's words around the quote up to the sentence's end; a
    # sentence ends at a standalone . ! ? token (the tokenizer keeps "Gov." whole).
    before = article.tokens_between(same_prev.close_at + 1 if same_prev else p_start, span.open_at)
    ends = [i for i, t in enumerate(before) if t.text in _SENTENCE_ENDS]
    before = before[ends[-1] + 1 :] if ends else before
    after = article.tokens_between(span.close_at + 1, same_next.open_at if same_next else p_end)
    ends = [i for i, t in enumerate(after) if t.text in _SENTENCE_ENDS]
    after = after[: ends[0]] if ends else after
    before_start = before[0].idx if before else span.open_at

    headline = _headline_speaker(article, before)
    if headline is not None:
        return headline
    if partial:
        found = _reported_speaker(article, span, after)
        if found is not None:
            return found

    inner_end = text[span.start : span.close_at].rstrip()[-1:]
    lead_in = text[before_start : span.open_at].rstrip()[-1:]
    # A quote closed by a full stop ends its sentence: the words after it belong to the
    # next sentence unless they are only a short '", she said.' tag.
    after_ok = inner_end not in ".…" or len(after) <= 5 or after[0].is_lower
    frames = [(after, False)] if after_ok else []
    if lead_in in ":,":
        frames.insert(0, (before, True))
    else:
        frames.append((before, True))
    for frame, last in frames:
        cue = article.cue_in(frame, last=last)
        if cue is not None:
            found = article.speaker_of_cue(cue, frame)
            if found.actor or found.written:
                return found

    found = _dash_speaker(article, after)
    if found is not None:
        return found
    if lead_in == ":":
        found = _colon_speaker(article, before)
        if found is not None:
            return found
    colons = [i for i, t in enumerate(before) if t.text == ":"]
    if colons and not partial:
        # A lead-in "Commanders warn: ..." names its speaker before the colon.
        found = _colon_speaker(article, before[: colons[0]])
        if found is not None and found.actor is not None:
            return found
    if same_prev is not None and speakers[k - 1].cue:
        return speakers[k - 1]
    if _only_quotes(text, p_start, p_end, article) and span.paragraph > 0:
        return _previous_paragraph_speaker(article, span, k, speakers)
    # 'Varga announced the tender. "We are seeking ..."': the sentence before speaks.
    earlier = article.tokens_between(same_prev.close_at + 1 if same_prev else p_start, before_start)
    ends = [i for i, t in enumerate(earlier[:-1]) if t.text in _SENTENCE_ENDS]
    earlier = earlier[ends[-1] + 1 :] if ends else earlier
    cue = article.cue_in(earlier, last=True)
    if cue is not None:
        found = article.speaker_of_cue(cue, earlier)
        if found.actor:
            return found
    if not partial and not before and (not after or inner_end in ".…!?"):
        # 'Holm was angered by the vote. "How could they ...?"': a quote standing as its
        # own sentence without a tag continues the person the sentence before is about.
        found = _sentence_subject_person(article, earlier)
        if found is not None:
            return found
    return _NO_SPEAKER


def _sentence_subject_person(article: Attribution, tokens: list[Token]) -> Speaker | None:
    """Return the person who is the main subject of the sentence ``tokens``, if any."""
    roots = [t for t in tokens if t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX")]
    if not roots:
        return None
    subjects = [
        c
        for c in roots[-1].children
        if c.dep_ in ("nsubj", "nsubjpass") and not article.in_quote(c.idx)
    ]
    if not subjects or subjects[0].lower_ in _OTHER_PRONOUNS:
        return None
    found = article.resolve(subjects[0], "")
    if found.actor is not None and found.actor.type == "person":
        return found
    return None


_DASHES = frozenset({"—", "–", "-", "--", "―"})


def _dash_speaker(article: Attribution, after: list[Token]) -> Speaker | None:
    """Return the person a dash after the quote names ('"..." — Maria Olsen, minister')."""
    if not after or after[0].text not in _DASHES:
        return None
    tag = []
    for token in after[1:]:
        if token.is_punct or token.pos_ in ("VERB", "AUX"):
            break
        tag.append(token)
    for token in tag:
        actor = article.actors.actor_at(token.idx, token.idx + len(token))
        if actor is not None and actor.type == "person":
            return Speaker(actor, actor.name, "—")
    names = [t for t in tag if t.pos_ == "PROPN" and t.is_title]
    if names and len(names) == len(tag):
        return Speaker(None, " ".join(t.text for t in names[:3]), "—")
    return None


def _colon_speaker(article: Attribution, before: list[Token]) -> Speaker | None:
    """Return who speaks in a lead-in ending with a colon and no cue verb.

    A verbless lead-in ("Lindqvist on the treaty text: '...'") is about its head noun;
    otherwise ("comes as no surprise to analyst Mira Holt: '...'") the actor nearest the
    colon speaks.
    """
    lead = _leading_name(before)
    if lead:
        for token in lead:
            actor = article.actors.actor_at(token.idx, token.idx + len(token))
            if actor is not None and actor.type == "person":
                return Speaker(actor, actor.name, ":")
        return Speaker(None, " ".join(t.text for t in lead), ":")
    inside = {t.i for t in before}
    roots = [t for t in before if t.head.i not in inside or t.head == t]
    if roots and roots[0].pos_ in ("PROPN", "NOUN"):
        actor = article.actors.actor_at(roots[0].idx, roots[0].idx + len(roots[0]))
        if actor is not None and actor.type != "place":
            return Speaker(actor, actor.name, ":")
    for token in reversed(before):
        if token.tag_ in ("NNS", "NNPS"):
            continue  # "remarks from ordinary Norlanders:": a people, not its state, speaks
        actor = article.actors.actor_at(token.idx, token.idx + len(token))
        if actor is not None and actor.type != "place":
            return Speaker(actor, actor.name, ":")
    return None


def _headline_speaker(article: Attribution, before: list[Token]) -> Speaker | None:
    """Return the speaker a headline names before a colon ("Halvorsen: Moscow Has ...").

    The lead-in before the sentence's first colon must be short and verbless and hold a
    proper noun; a topic after "on"/"about" ("Lindqvist on the treaty text") is cut off.
    The last person named in what is left speaks (the head of "Varga Challenger Petra
    Nagy"), else its last run of proper nouns as written.
    """
    colons = [i for i, t in enumerate(before) if t.text == ":"]
    if not colons:
        return None
    lead = before[: colons[0]]
    cut = next((i for i, t in enumerate(lead) if t.pos_ == "ADP" and i > 0), len(lead))
    lead = lead[:cut]
    if not lead or len(lead) > HEADLINE_LEAD_TOKENS:
        return None
    # The tagger reads a surname opening a headline as a verb ("Lindqvist on ..."): a
    # token inside an entity is a name whatever its tag.
    if any(
        (t.pos_ in ("VERB", "AUX") and not t.ent_type_) or t.lower_ in _OTHER_PRONOUNS for t in lead
    ):
        return None
    names = [t for t in lead if (t.pos_ == "PROPN" or t.ent_type_) and t.is_alpha]
    if not names:
        return None
    for token in reversed(lead):
        actor = article.actors.actor_at(token.idx, token.idx + len(token))
        if actor is not None and actor.type == "person":
            return Speaker(actor, actor.name, ":")
    # "Navy Chief On Piracy: ..." names a role; the article names who holds it.
    role = names[-1].lower_
    holder = next((p.actor for p in article.people if role in p.roles), None)
    if holder is not None:
        return Speaker(holder, holder.name, ":")
    return Speaker(None, _proper_name(names[-1]), ":")


def _leading_name(before: list[Token]) -> list[Token]:
    """Return the run of proper nouns opening a headline lead-in ("Lindqvist on X: ...").

    Only a lead-in without a verb counts: a headline names its speaker first.
    """
    if not before or any(t.pos_ in ("VERB", "AUX") for t in before):
        return []
    run: list[Token] = []
    for token in before:
        if token.pos_ == "PROPN" or (run and token.text == "."):
            run.append(token)
        else:
            break
    return run if run and run[-1].pos_ == "PROPN" else []


def _reported_speaker(article: Attribution, span: QuoteSpan, after: list[Token]) -> Speaker | None:
    """Return the speaker of a partial quote from the clauses that hold it, if any.

    The reporting verb governing the quote names the speaker; failing that "according to
    X" in the sentence; failing that the highest clause above the quote whose subject is
    an actor ('Varga mocked Nagy for "having a rough hearing"').
    """
    quoted = article.doc.char_span(span.start, span.end, alignment_mode="expand")
    if quoted is None:
        return None
    heads = []
    head = quoted.root
    for _ in range(12):
        if head.head == head:
            break
        head = head.head
        if not article.in_quote(head.idx):
            heads.append(head)
    owned = _speech_noun_owner(article, heads)
    if owned is not None:
        return owned
    reported = [article.speaker_of_cue(head, after) for head in heads if _is_cue(head)]
    # A nested report ('said the alliance lost a partner that said "..."') is told by the
    # outer speaker when the inner one is no actor.
    named = [found for found in reported if found.actor is not None]
    written = [found for found in reported if found.written]
    if named or written:
        return (named or written)[0]
    sent = quoted.root.sent
    for token in sent:
        if token.lower_ == "according" and _is_cue(token) and not article.in_quote(token.idx):
            found = article.speaker_of_cue(token, [])
            if found.actor:
                return found
    for head in reversed(heads):
        if head.pos_ not in ("VERB", "AUX"):
            continue
        subject = _subject(head, article)
        if subject is None:
            continue
        found = article.resolve(subject, "")
        if found.actor is not None and found.actor.type != "place":
            return found
    return None


def _speech_noun_owner(article: Attribution, heads: list[Token]) -> Speaker | None:
    """Return the possessor of a speech noun governing a quote before any verb does."""
    for head in heads:
        if head.pos_ in ("VERB", "AUX"):
            return None
        if head.lemma_.lower() not in SPEECH_NOUNS and head.lower_ not in SPEECH_NOUNS:
            continue
        owners = [c for c in head.children if c.dep_ == "poss" and not article.in_quote(c.idx)]
        if owners:
            found = article.resolve(owners[0], "")
            if found.actor is not None and found.actor.type != "place":
                return found
    return None


def _only_quotes(text: str, start: int, end: int, article: Attribution) -> bool:
    """Return whether a paragraph has no words outside its quote marks."""
    return not any(not article.in_quote(m.start()) for m in _WORD.finditer(text, start, end))


def _previous_paragraph_speaker(
    article: Attribution, span: QuoteSpan, k: int, speakers: list[Speaker]
) -> Speaker:
    """Return the speaker named in the paragraph before a paragraph that is only a quote."""
    para = span.paragraph - 1
    for j in range(k - 1, -1, -1):
        if article.spans[j].paragraph < para:
            break
        if article.spans[j].paragraph == para and (speakers[j].actor or speakers[j].written):
            return speakers[j]
    p_start, p_end = article.paragraphs[para]
    tokens = article.tokens_between(p_start, p_end)
    cue = article.cue_in(tokens, last=True)
    if cue is not None:
        found = article.speaker_of_cue(cue, tokens)
        if found.actor or found.written:
            return found
    # Without a cue, the paragraph is about the person who opens it as a subject
    # ("Holm is upbeat about the treaty's chances, because he sees the Senate ...").
    subjects = [p.actor for p in article.people if p.paragraph == para and p.is_subject]
    if subjects:
        return Speaker(subjects[0], subjects[0].name, "")
    actor = article.person_before(p_end)
    if actor is not None and any(p.paragraph == para for p in article.people):
        return Speaker(actor, actor.name, "")
    return _NO_SPEAKER
