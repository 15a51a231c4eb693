"""Direct quotations and their speakers.

``quote_spans(text)`` finds the spans between matching quotation marks from the marks'
positions alone; ``quotations(doc, actors)`` keeps the spans that are quotations and
attributes each to a speaker through the dependency parse.

The work is split by sub-task: ``quote_spans`` (marks and spans), ``quote_cues`` (speech
verbs and the subject a cue names), ``quote_coref`` (who a pronoun, role noun or written
subject is), ``quote_speaker`` (which words around a quote name its speaker); this module
keeps the filters that decide what is a quotation and builds the rows.

Rules (documented here because they decide what the quotes table holds):

- Marks. Curly double (“ ”), straight double ("), curly single (‘ ’) and straight
  single (') marks. A mark opens when it follows a boundary (start of paragraph, space,
  bracket, dash) and is followed by text; it closes when it follows text and is followed
  by a boundary or punctuation. An apostrophe inside a word ("India's", "don’t") is never
  a mark; a trailing apostrophe ("Kallas' visit") closes only a single quote opened
  before it. A possessive "'s" that the source set off by a space ("the Council 's
  plan") opens nothing. Single marks inside a double-quoted span belong to that span.
- Paragraphs. A quotation never runs across a paragraph except in news style: a
  paragraph that opens a quote without closing it continues into the next paragraph when
  that paragraph opens with a quote mark. Each paragraph of such a quote is its own row;
  all rows share the speaker.
- Split quotes (“The X,” she said, “is Y.”) are two rows with the same speaker, so every
  row's ``quote`` is exactly ``text[start_char:end_char]`` and highlights cleanly.
- Unbalanced marks. An opening mark never closed in its paragraph (and not continued)
  is skipped; the rest of the paragraph and of the article is still read. When the words
  after it are whole sentences (a capital first, ". ! ?" last, five words or more, no
  other mark) up to the next opening mark or the paragraph's end, the writer left the
  closing mark out and they are a quote. A straight mark after a stray space and before
  punctuation ('like Norland ".') closes.
- Partial quotes. A quote that continues the writer's own clause (``must "synergise"
  their efforts``) is ``partial``. Its speaker is the subject of the reporting verb that
  governs it. One to three words in marks inside the writer's sentence (a hyphenated
  compound counts as one: 'the "arrest-without-charge orders"' is a term), or alone in
  brackets (a gloss: 'the Sarkani ("riders on horseback")'), are a scare quote and
  dropped, as is a short capitalised name or title ("the 'ReArm initiative'") and a
  date or a number in marks. A phrase with no finite verb in marks inside the writer's
  sentence that nobody is named for ('after "a quiet surrender to the landlords"', a
  plan "to clear every minefield by spring") is the writer's, and dropped. Any other span
  of three or more words is kept, with or without a speaker.
- Names and descriptions. Words in marks after "the" with no verb, adverb or other
  determiner in them are a name ('the "national fund for the elderly"'); a description
  ('an "almost complete account"', 'at the "behest of a power with its record"') is
  someone's words and stays a quotation.
- Authors of speech nouns. "a statement by Vell in May that '...'" is Vell's, like
  "Vell's call to '...'". A "he"/"she" after a quote of whole sentences looks past the
  quoted sentences to the writer's sentence before, where the owner of a speech noun
  ("Tarn's call for a ceasefire") is an antecedent.
- Described bodies. A body noun described by its members ("the council of religious
  leaders for eastern Chad") is that body as written, not an earlier body, nor the
  country in its phrase.
- A long lead-in with a verb before a colon ('On Friday, in an interview, Tarn was
  quoted: "..."') is a sentence, never a headline.
- Titles. Words in marks right after a title marker ("titled", "headlined") or after a
  naming word ("called", "dubbed", "the film") in title case are the title of a work,
  event or group, not a quotation (the word classes are in ``data/speakers.toml``). So
  are three or more longer words all in title case set off by a comma or colon after the
  writer's words ('gave a talk, "Trade and Trust: A New Agenda."'), unless they end in
  "!" or the lead-in names a sign or slogan (whose words are kept as shown).
- Marks of other styles: typewriter quotes (``...'') read as curly ones, and a
  right-hand mark after a space and before a word opens a quote.
- Layout. A dash or a colon after the quote followed by a name ('"..." — Maria Olsen',
  '"...": Maria Olsen, of the union') names the speaker when no cue verb does. After a
  quote closed by a full stop, a named subject and a cue verb in the next few words are
  still its tag ('"...." Gen. Holm stated in reply, "..."').
- A sentence whose main subject is a person and that runs into the quote after a comma
  ('Rask disagrees with the ruling, "From what I read ..."') is that person's.
- Names the model missed. A role subject with a name set beside it that is no actor
  ("the leader of the rebels, Orrin, said") is that name; so is a proper-noun subject of
  a sentence running into a quote after a comma or colon ('Orrin, a herder, agrees:
  "..."'). A quote alone in its paragraph after a paragraph about "he"/"she" is that
  person's.
- Several speakers. A subject listing several people or bodies ("Vell and Tarn said",
  "Norland, Valdonia and the Union said") is one speaker as written, never its first
  member (commitments, which are each member's, keep the first member).
- Bodies of a country. A body or group "of" a country ("opposition parties of Norland",
  "the bishops of Valdonia") is kept as written, not reduced to the country; only the
  state's own voice ("the government of Norland", ``state_voices`` in
  ``data/speakers.toml``) and a single official stand for the country.
- Reports. A quote in a clause of a document ('Vell cited a report by the Institute
  which found that "..."', 'a study which concluded that "..."') is the document's
  words: its issuer speaks, else nobody, never the person who cites it, whatever the
  lead-in before the quote.
- A sentence opened by a bare participle ('Saying, "..."') goes on with the main subject
  of the sentence before.
- Gender. A "he"/"she" only skips a person whose gender is known before it: from a
  first name of known gender (``given_names`` in ``data/speakers.toml`` and the names of
  ``data/actor_rules.toml``), a courtesy title or gendered role word attached to the
  name, the pronouns resolved to them before (a subject "he"/"she" right after them as
  the one person named counts most), else a later such pronoun. The pronoun being
  resolved, or a later ambiguous one, never sets it.
- A courtesy title that contradicts the first name of the person a surname was grouped
  with ("Mr Holm" in an article about Jana Holm) is another person: the name as written
  speaks, and it is no antecedent of a pronoun.
- Nearer antecedents. A "he"/"she" whose sentence or the one before introduces a person
  of its gender other than as a tagged subject takes that person when named after the
  latest tagged subject: a main subject the model missed ("Oleg Tarn disagreed."), the
  object of "according to", or, when that sentence has no subject person, the latest
  person named in it (not a possessor). A pronoun that fits nobody tagged takes a name
  the model missed as a main subject up to ``UNTAGGED_REACH`` sentences back; else its
  quote keeps an empty speaker, never the speaker of the quote before.
- A subject the parser gave to a body that ends with a role word and a person right
  before the verb ("The Council for X director Ivo Tarn says") is that person's.
- Anonymous sources, nationals and other people who speak for themselves
  (``own_voice_roles``) are never the place or state named in their phrase; an outlet
  as the agent of a passive cue ('described by the Courier as "..."') leaves the quote
  without a speaker. Outlets known by a name with no outlet word ("Al Jazeera") are in
  ``outlet_words``.
- Never a speaker: a pronoun left unresolved, a thing written as the subject ("an
  article", "the minutes"; ``thing_nouns`` in ``data/speakers.toml``), a document ("the statement" speaks for
  its issuer, see ``analysis/issuers.py``), a date, a news outlet, an article whose
  noun the source lost ('"...," the  said'). Such quotes keep an empty speaker.
- Names the parser hangs elsewhere: "The correspondent for the Harbour Times, Tolan
  Vesk, told" makes Vesk the subject a later "he" goes on with, though the parser
  attaches the name to the paper; "said King Olaf I" is the king, not the pronoun (the
  numeral is part of the name); 'Vesk called Norland's pledge "a major step"' is Vesk's
  (the subject of a naming verb, not the owner of the speech noun it names); "The
  resolution, passed by the committee, states" is the committee's.
- Classes of round 20. "The committee's report said" is the committee's, written without
  its "'s"; "the mother of Ana Ruiz, one of the hostages said" is the mother's (the
  "one of" describes Ana Ruiz); '"...," Vell claims that the agent was hit' reports its
  own clause, so the quote goes to the speech verb before it; the words of "the speech"
  are those of who gave it (``spoken_occasions``); "said the Norland official" is the
  one Norland office-holder named before (``generic_roles``); "AFP reported a senior
  official speaking anonymously as saying" passes on the official's words; a "he" after
  a lead-in is the person named as its subject before the owner named last ("Senator
  Vell weighed in on Ruiz's side, '...,' he said"); a pronoun inside a quotation never
  tells its speaker's gender; '"... failure.", said Vell' keeps its tag after the full
  stop; a participle ("saying") hung on a passive thing ("the need ... must be met")
  is done by the person above it; a written name stops before its apposition ("Ulan
  Tarn, an opposition activist"). A dispute, crisis or row, a language ("in English")
  and a plural thing ("the incidents") never speak.
- Classes of round 21. Saying as the means of an act ("Vesland reacted by saying that
  ...", "responded by stating") is said by who acts, not by a speaker of a
  clause above; "a statement released by the MoD reads" is the body the mixed-case
  acronym spells (``analysis.abbreviations``); a verbless phrase in marks inside the
  writer's sentence that nobody is named for is no quotation (see Partial quotes).
- A speaker written with its titles before the name ("opposition leader and former
  envoy Tarn Orlo") is the person named, the article's actor of that name when there is
  one, and the words before the name go to ``speaker_title`` (``split_written_title``).
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
- Kin. "The mother of Ana Ruiz, one of the hostages, said" is the mother (``kin_nouns``
  in ``data/speakers.toml``): the person her of-phrase names never speaks; an apposed
  name ("The sister of Tarn, Senator Mira Tarn, said") speaks by that name, and a
  speaker written as a long phrase ends where its apposition begins.
- Names closing a role. "Former spokesman to the UN Jon Hale said" is Hale: a person's
  name the parser hung inside a role subject's phrase, right after another name, speaks
  (not the role's country); the rule takes no name after "of", "for", "with" or
  "against" ("the spokesman of President Hale", "his campaign against Hale").
- Own-voice roles qualified by a name. "Says one Zanon worker" is the worker, written
  as such: a person whose name qualifies a role that speaks for itself
  (``own_voice_roles``) never speaks for it, in a tag before or after the quote.
- Titles between quotes. A title or name in marks with nothing but marks after it
  ('Hale continued on "Morning Report." "We have to ..."') breaks no run of quotes: the
  untagged quote goes on with the speaker before.
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

import re

from spacy.tokens import Doc, Token

from analysis.actors import ArticleActors
from analysis.issuers import (
    is_agency_word,
    is_outlet,
    is_outlet_name,
    speaker_words,
)
from analysis.quote_coref import (
    NO_SPEAKER,
    Attribution,
    Speaker,
    attribution,
    quote_speaker_words,
)
from analysis.quote_spans import WORD, QuoteSpan, quote_spans
from analysis.quote_speaker import attribute_speaker
from analysis.spans import doc_text

# The public surface: commitments read who reports a clause through ``attribution``.
__all__ = ["Attribution", "QuoteSpan", "attribution", "quotations", "quote_spans"]

# Characters just before an opening mark that make the quote a standalone utterance
# rather than words woven into the writer's clause.
_STANDALONE_BEFORE = set(".!?:,;—–-(…\"“”'‘’") | {""}


# A written "speaker" naming a day, month or year is a date the parser took for a subject.
_DATE_LIKE = re.compile(
    r"\b(?:\d{4}|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|"
    r"february|march|april|may|june|july|august|september|october|november|december|"
    r"today|yesterday|tomorrow)\b",
    re.IGNORECASE,
)


# Words in marks inside the writer's sentence up to this many are a scare quote.
SCARE_QUOTE_WORDS = 3
# ... unless a speech verb names who said them and they are at least this many words
# ('Vell said the plan was "ripe for abuse"'): a speaker's own short phrase. Naming verbs
# (``naming_cues`` in ``data/speakers.toml``) keep theirs scare quotes.
REPORTED_PHRASE_WORDS = 3


def _reported_words(speaker: Speaker, n_words: int) -> bool:
    """Return whether a short partial quote is a named speaker's own phrase: a speech
    cue names its speaker ('Vell said the plan was "a total disaster"'). What a speaker
    calls something ('called the plan a "bridge too far"') stays a scare quote."""
    naming = quote_speaker_words().get("naming_cues", frozenset())
    return (
        n_words >= REPORTED_PHRASE_WORDS
        and bool(speaker.cue)
        and speaker.cue not in (":", "according to")
        and not any(speaker.cue.startswith(stem) for stem in naming)
        and bool(speaker.actor or speaker.written)
    )


def quotations(doc: Doc, actors: ArticleActors) -> list[dict]:
    """Return one row per direct quotation, in text order.

    Each row holds quote, cue, start_char, end_char (the quoted words without the
    marks), speaker_key (local actor key or ""), speaker (the actor's name, else the
    subject as written), partial, speaker_title and sentence_index. The rules are in the
    module docstring.
    """
    full_text = doc_text(doc)
    spans = quote_spans(full_text)
    article = Attribution(doc, actors, spans, joint_as_written=True)
    rows: list[dict] = []
    speakers: list[Speaker] = []
    glued_titles: dict[int, str] = {}  # id of a speaker in ``speakers`` -> its title
    names = [_is_quoted_name(full_text, span, article) for span in spans]
    for k, span in enumerate(spans):
        text = full_text[span.start : span.end]
        n_words = len(WORD.findall(text))
        partial = _is_partial(full_text, span, article)
        if names[k]:
            speakers.append(NO_SPEAKER)
            continue  # a name or title in quote marks ("the 'ReArm initiative'")
        speaker = _checked(
            _unswallowed(attribute_speaker(article, k, partial, speakers, names), actors)
        )
        # A quote that goes on with an earlier quote's speaker keeps its split title too.
        written_title = glued_titles.get(id(speaker), "")
        if speaker.actor is None and speaker.written and not written_title:
            name, written_title = split_written_title(speaker.written)
            if written_title:
                speaker = Speaker(_actor_named(actors, name), name, speaker.cue)
                glued_titles[id(speaker)] = written_title
        speakers.append(speaker)
        # A hyphenated compound is one word of the writer's ("the 'detention-without-trial
        # orders'" is a two-word term, not a four-word quotation); a named speaker's own
        # phrase ('said the failures were "across-the-board failures"') stays hers.
        n_terms = min(n_words, len(text.split()))
        if n_words < 3 or (
            partial and n_terms <= SCARE_QUOTE_WORDS and not _reported_words(speaker, n_words)
        ):
            continue  # scare quotes of the writer, quoted headings
        if n_words <= SCARE_QUOTE_WORDS and _bracketed(full_text, span):
            continue  # 'the Sarkani ("riders on horseback")': a gloss of the writer's
        if _is_date_or_number(text) or _CODE.search(text):
            continue  # '"2008"', '"15 November"', '"float:right"': no one's words
        if partial and _names_a_thing(article, span):
            continue  # 'a new body, the "national fund for the elderly"': a name
        if partial and not (speaker.actor or speaker.written) and _verbless(doc, span):
            # 'after "a quiet surrender to the landlords"', 'a plan "to clear every
            # minefield by spring"': a phrase in the writer's sentence, no one's words
            continue
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
                "speaker_title": (actor.title if actor else "") or written_title,
                "sentence_index": article.sentence_index(span.start),
            }
        )
    return _joined_quotes_share(rows, full_text)


# What may stand between two quotations that one tag after the second attributes both
# ('"We will stay" and "we will rebuild," said Holm').
_QUOTE_JOINER = re.compile(r"[\"”'’]?,?\s+(?:and|or)\s+[\"“'‘]?")


def _joined_quotes_share(rows: list[dict], text: str) -> list[dict]:
    """Return ``rows`` with a quotation that opens its sentence and has no speaker given
    the speaker of the next one when only "and" or "or" stands between them: the tag
    after the second names the speaker of both. A quotation inside the writer's words
    ('Critics called it "a surrender" and "a fraud," said Holm') is left alone."""
    for first, second in zip(rows, rows[1:], strict=False):
        if first["speaker"] or not second["speaker"] or not second["cue"]:
            continue
        start = first["start_char"]
        cut = max(text.rfind(mark, 0, start) for mark in (".", "!", "?", "\n"))
        if re.search(r"\w", text[cut + 1 : start]):
            continue  # words of the writer's before the first quotation
        if not _QUOTE_JOINER.fullmatch(text[first["end_char"] : second["start_char"]]):
            continue
        for key in ("speaker_key", "speaker", "cue", "speaker_title"):
            first[key] = second[key]
    return rows


_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _verbless(doc: Doc, span: QuoteSpan) -> bool:
    """Return whether the quoted words hold no finite verb ("a quiet surrender to
    the landlords", "opposed to the war", "to clear every minefield"): a phrase, no clause."""
    words = doc.char_span(span.start, span.end, alignment_mode="expand")
    return words is not None and not any(
        t.tag_ in _FINITE_TAGS or (t.tag_ == "VB" and _imperative(t)) for t in words
    )


def _imperative(verb: Token) -> bool:
    """Return whether a bare verb heads a clause of its own ("Send the soldiers home")."""
    return not any(c.dep_ == "aux" for c in verb.children)


# Markup left in quote marks ('style="border-collapse:collapse"').
_CODE = re.compile(r"\w[:=]\w|[{};]\s*$|^\s*[#.]?\w+\s*\{")


def _names_a_thing(article: Attribution, span: QuoteSpan) -> bool:
    """Return whether a partial quote after "the" is a name: no verb, no adverb and no
    determiner but "the" in it ('the "national fund for the elderly"'). A description in
    marks ('an "almost complete account"', 'at the "behest of a hostile power with its
    record"') is someone's words."""
    text = doc_text(article.doc)
    before = text[: span.open_at].rstrip().rsplit(None, 1)
    if not before or before[-1].lower() != "the":
        return False
    quoted = article.doc.char_span(span.start, span.end, alignment_mode="expand")
    return quoted is not None and not any(
        t.pos_ in ("VERB", "AUX", "ADV")
        or (t.pos_ in ("DET", "PRON") and t.lower_ != "the")
        or t.tag_ == "PRP$"
        for t in quoted
    )


def _is_date_or_number(text: str) -> bool:
    """Return whether quoted words are only a date or a number ("15 November", "40%")."""
    words = WORD.findall(text)
    if not words or len(words) > 4:
        return False
    return all(w.isdigit() or _DATE_LIKE.fullmatch(w) or w.lower() in _ORDINALS for w in words)


_ORDINALS = frozenset({"st", "nd", "rd", "th", "of", "percent", "per", "cent", "bn", "m"})


def split_written_title(written: str) -> tuple[str, str]:
    """Return (name, title) of a written speaker whose name has its titles before it.

    "opposition leader and former envoy Tarn Orlo" is the person Tarn Orlo with the title
    "opposition leader and former envoy": a run of at least two capitalised words ends
    the phrase, and the word before it is a lower-case word that is no link word
    (``name_links`` in ``data/speakers.toml``). Otherwise ("the chief of the Harbour
    Board", "Vell and Tarn Orlo") returns (written, "").
    """
    words = written.split()
    k = len(words)
    while k > 0 and words[k - 1][:1].isupper() and words[k - 1][1:].replace("-", "").isalpha():
        k -= 1
    before = words[k - 1] if k > 0 else ""
    if (
        len(words) - k < 2
        or not before.isalpha()
        or not before.islower()
        or before in quote_speaker_words().get("name_links", frozenset())
    ):
        return written, ""
    return " ".join(words[k:]), " ".join(words[:k])


def _actor_named(actors: ArticleActors, name: str):
    """Return the article's person actor with this name or alias, or None."""
    for actor in actors.actors.values():
        if actor.type == "person" and (actor.name == name or name in actor.aliases):
            return actor
    return None


def _unswallowed(speaker: Speaker, actors: ArticleActors) -> Speaker:
    """Return the person a speaker's name stands for when the name swallowed the last word
    of a body or outlet before it ("for the Harbour Times Vell said" gave "Times Vell"):
    the person of that surname named elsewhere, else the name without the swallowed word."""
    actor = speaker.actor
    if actor is None or actor.type != "person" or len(actor.name.split()) < 2:
        return speaker
    swallowing = (
        speaker_words().outlet_words
        | speaker_words().institutions
        | quote_speaker_words().get("body_name_words", frozenset())
    )
    words = actor.name.split()
    if words[0].lower() not in swallowing:
        return speaker
    for other in actors.actors.values():
        names = other.name.split()
        if (
            other is not actor
            and other.type == "person"
            and names[-1] == words[-1]
            and names[0].lower() not in swallowing
        ):
            return Speaker(other, other.name, speaker.cue)
    rest = " ".join(w for w in words if w.lower() not in swallowing)
    return Speaker(_actor_named(actors, rest), rest, speaker.cue)


def _checked(speaker: Speaker) -> Speaker:
    """Return the speaker, emptied when it is an outlet, a pronoun, a document or a date."""
    if speaker.actor is not None:
        # An outlet reports and a place ("London-based") is no one: neither speaks.
        if (
            is_outlet(speaker.actor)
            or speaker.actor.type == "place"
            # an agency the model took for a person ("Xinhua reports that ...")
            or is_agency_word(speaker.actor)
        ):
            return Speaker(None, "", speaker.cue)
        return speaker
    written = speaker.written.strip()
    lower = written.lower()
    words = speaker_words()
    if (
        not written
        or lower in words.never_speakers
        or _without_link(lower) in words.never_speakers  # 'but that one said "..."'
        or lower.split()[-1] in words.documents
        or lower.split()[-1] in words.thing_nouns
        or lower.split()[-1].removesuffix("s") in words.thing_nouns  # "the incidents"
        or _head_after_article(lower) in words.thing_nouns  # "the website for the campaign"
        or _DATE_LIKE.search(written)
        or not any(ch.isalpha() for ch in written)
        or "/" in written
        or is_outlet_name(written.split()[-1])  # "the Harbour Times", "Harbourwatch.com"
        or any(is_outlet_name(w) for w in written.split() if "." in w)  # "Site.com quote"
        or _swallowed_word(lower)
    ):
        return Speaker(None, "", speaker.cue)
    return speaker


def _head_after_article(lower: str) -> str:
    """Return the word after a leading article of a written speaker ("the ad" -> "ad"),
    or "" when it opens with no article or has no other word."""
    words = lower.split()
    return words[1] if len(words) > 1 and words[0] in ("the", "a", "an", "one") else ""


# Words that may stand before "the"/"a" at the front of a noun phrase ("all the members").
_PREDETERMINERS = frozenset({"all", "both", "half", "nearly", "almost", "only", "even", "just"})


def _swallowed_word(lower: str) -> bool:
    """Return whether a written subject opens with a word of the clause before it ('made
    clear the need for investment' gives "clear the need for investment"): a lower-case
    word right before "the"/"a" that is no predeterminer."""
    words = lower.split()
    return (
        len(words) > 2
        and words[1] in ("the", "a", "an")
        and words[0].isalpha()
        and words[0] not in _PREDETERMINERS
        and words[0] not in ("the", "a", "an")
    )


# Conjunctions the parser may glue to the front of a subject ("but that one said").
_LEADING_LINKS = ("that ", "but ", "and ", "while ")


def _without_link(lower: str) -> str:
    """Return a written subject without conjunctions glued to its front."""
    while lower.startswith(_LEADING_LINKS):
        lower = lower.split(None, 1)[1] if " " in lower else ""
    return lower


def _is_quoted_name(text: str, span: QuoteSpan, article: Attribution) -> bool:
    """Return whether a quote is a short capitalised name woven into the writer's clause,
    or the title of a work, event or group ('a report titled "..."')."""
    quoted = text[span.start : span.end]
    if _is_title(text, span):
        return True
    if not quoted.lstrip("'‘`")[:1].isupper():
        return False
    if not _is_partial(text, span, article):
        return _is_title_after_lead_in(text, span, article)
    n_words = len(WORD.findall(quoted))
    # 'the White House "Plans in Case of a Civil War" has suggested': words woven into
    # the writer's clause with every longer word capitalised are a title, not speech.
    words = WORD.findall(quoted.lstrip("'‘`"))[1:]
    longer = [w for w in words if len(w) > 3]
    small = quote_speaker_words().get("name_links", frozenset())
    p_start = article.paragraphs[span.paragraph][0]
    writer = [w for w in WORD.findall(text, p_start, span.open_at) if len(w) > 3]
    in_headline = all(w[0].isupper() for w in writer)  # a headline capitalises it all
    return n_words <= 4 or (
        n_words <= TITLE_WORDS
        and len(longer) >= 2
        and all(w[0].isupper() or w.lower() in small for w in words)
        and not in_headline
    )


# How many of the writer's words before a quote are read for a sign or slogan noun.
LEAD_IN_WORDS = 8


def _is_title_after_lead_in(text: str, span: QuoteSpan, article: Attribution) -> bool:
    """Return whether a quote set off by a comma or colon after the writer's words is a
    title: three or more longer words, every word after the first capitalised or a name
    link ('gave a talk, "Trade and Trust: A New Agenda for the North."'), not an
    exclamation ('shouted, "Down With the Regime!"'), nor the words of a sign or slogan
    ('a hat reading, "..."'; ``display_nouns`` in ``data/speakers.toml``)."""
    quoted = text[span.start : span.end]
    p_start = article.paragraphs[span.paragraph][0]
    before = text[p_start : span.open_at].rstrip()
    if span.continued or before[-1:] not in (",", ":") or quoted.rstrip("'’\" ")[-1:] == "!":
        return False
    words = WORD.findall(quoted.lstrip("'‘`"))[1:]
    longer = [w for w in words if len(w) > 3]
    small = quote_speaker_words().get("name_links", frozenset())
    displays = quote_speaker_words().get("display_nouns", frozenset())
    lead_in = WORD.findall(text, p_start, span.open_at)
    if any(w.lower() in displays for w in lead_in[-LEAD_IN_WORDS:]):
        return False  # words shown on a sign, shirt or hat, or a slogan: kept as shown
    writer = [w for w in lead_in if len(w) > 3]
    return (
        len(WORD.findall(quoted)) <= TITLE_WORDS
        and len(longer) >= 3
        and all(w[0].isupper() or w.lower() in small for w in words)
        and not all(w[0].isupper() for w in writer)
    )


# The longest title in title case that is woven into the writer's clause.
TITLE_WORDS = 12


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
    longer = [w for w in WORD.findall(quoted)[1:] if len(w) > 3]
    return not longer or sum(w[0].isupper() for w in longer) / len(longer) >= TITLE_CASE_SHARE


def _bracketed(text: str, span: QuoteSpan) -> bool:
    """Return whether the quote marks stand alone inside brackets ("X ('a gloss')")."""
    before = text[: span.open_at].rstrip()[-1:]
    after = text[span.close_at + 1 :].lstrip()[:1]
    return before == "(" and after == ")"


def _is_partial(text: str, span: QuoteSpan, article: Attribution) -> bool:
    """Return whether the quote is woven into the writer's clause ('must "synergise"')."""
    if span.continued:
        return False
    p_start = article.paragraphs[span.paragraph][0]
    before = text[p_start : span.open_at].rstrip()
    return before[-1:] not in _STANDALONE_BEFORE
