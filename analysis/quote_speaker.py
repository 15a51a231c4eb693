"""Speaker rules: which words around a quote name its speaker (cue verbs, dashes,
colons, headlines, the paragraph before).
"""

from __future__ import annotations

from spacy.tokens import Token

from analysis.issuers import is_document, is_outlet, speaker_words, statement_speaker
from analysis.quote_coref import (
    NO_SPEAKER,
    OTHER_PRONOUNS,
    PERSONAL_PRONOUNS,
    Attribution,
    Speaker,
    quote_speaker_words,
)
from analysis.quote_cues import (
    SPEECH_NOUNS,
    SPEECH_VERBS,
    cue_subject,
    expletive_report,
    is_cue,
    is_definite,
    is_main_clause,
    lemma_of,
    proper_name,
    quoted_one,
)
from analysis.quote_spans import WORD, QuoteSpan, first_char
from analysis.spans import doc_text, of_objects

SENTENCE_ENDS = frozenset({".", "!", "?", "…"})


# The longest lead-in before a headline's colon that can name its speaker.
HEADLINE_LEAD_TOKENS = 6


def attribute_speaker(
    article: Attribution, k: int, partial: bool, speakers: list[Speaker], names: list[bool]
) -> Speaker:
    """Return the speaker of quote ``k`` (earlier quotes' speakers in ``speakers``).

    ``names`` marks the quotes that are names in quote marks: the writer's sentence runs
    on across them, so they do not end the frames around a quote.
    """
    found = _attributed(article, k, partial, speakers, names)
    return _title_holder(article, article.spans[k], found) or found


# How far after a capitalised title the name of its holder may stand ("Executive
# President of the Valdonian Union, and Ana's son, Ivo Tarn said").
TITLE_REACH = 12
_TITLE_LINKS = frozenset({"of", "the", "in", "for", "on"})


def _title_holder(article: Attribution, span: QuoteSpan, found: Speaker) -> Speaker | None:
    """Return the person a speaker written only as a capitalised title stands for.

    The tagger reads a capitalised role ("said Secretary of State Mara Lind, adding",
    "said the President") as a name or a body and the speaker comes out as the title. The
    person named right after the title in the writer's words holds it; a definite title
    alone is the person introduced with that role word. Else None (kept as written).
    """
    words = found.written.split()
    if found.actor is not None and found.actor.type != "organisation":
        return None
    if not words or not words[-1][:1].isupper():
        return None
    if not all(w[:1].isupper() or w.lower() in _TITLE_LINKS for w in words):
        return None
    doc = article.doc
    first = article.sentence_index(span.open_at)
    last = min(len(article.sents) - 1, article.sentence_index(span.close_at) + 1)
    titles = [
        token
        for sent in article.sents[first : last + 1]
        for token in sent
        if token.text == words[-1] and not article.in_quote(token.idx) and _is_title(token)
    ]
    for title in titles:
        for token in doc[title.i + 1 : title.i + 1 + TITLE_REACH]:
            if article.in_quote(token.idx) or token.pos_ in ("VERB", "AUX"):
                break
            if token.text in SENTENCE_ENDS:
                break
            actor = article.actors.actor_at(token.idx, token.idx + len(token))
            following = doc[token.i + 1] if token.i + 1 < len(doc) else None
            if (
                actor is not None
                and actor.type == "person"
                and not (following is not None and following.tag_ == "POS")
            ):
                return Speaker(actor, actor.name, found.cue)
        if is_definite(title):
            holder = article.person_before(title.idx, role=lemma_of(title))
            if holder is not None:
                return Speaker(holder, holder.name, found.cue)
    return None


def _is_title(token: Token) -> bool:
    """Return whether a capitalised word is a role word or ends the "of" phrase of one
    ("Secretary of State")."""
    roles = speaker_words().person_roles
    if lemma_of(token) in roles:
        return True
    head = token.head
    return (
        token.dep_ == "pobj"
        and head.lower_ == "of"
        and head.head.text[:1].isupper()
        and lemma_of(head.head) in roles
    )


def _quote_before(spans: list[QuoteSpan], names: list[bool], k: int, text: str) -> int | None:
    """Return the index of the quote before quote ``k``, passing over titles or names in
    marks with nothing but marks after them ('Hale continued on "This Week." "We have to
    ..."'): nobody's words, so they break no run of quotes. Without such a quote before
    them, the span right before ``k`` is kept."""
    if k == 0:
        return None
    j = k - 1
    while j > 0 and names[j] and not WORD.search(text, spans[j].close_at + 1, spans[j + 1].open_at):
        j -= 1
    return j if j == k - 1 or not names[j] else k - 1


def _attributed(
    article: Attribution, k: int, partial: bool, speakers: list[Speaker], names: list[bool]
) -> Speaker:
    """Return the speaker of quote ``k`` from the words around it (see ``attribute_speaker``)."""
    spans = article.spans
    span = spans[k]
    text = doc_text(article.doc)
    previous = spans[k - 1] if k > 0 else None
    if span.continued and previous is not None and speakers[k - 1].cue:
        # A quote that goes on keeps its speaker, unless it carries a tag of its own
        # ('... “We will wait,” Holm said.' inside a quoted report)
        tail = article.tokens_between(span.close_at + 1, article.paragraphs[span.paragraph][1])
        if not (
            text[span.start : span.close_at].rstrip()[-1:] == "," and _opens_with_tag(article, tail)
        ):
            return speakers[k - 1]

    p_start, p_end = article.paragraphs[span.paragraph]
    j = _quote_before(spans, names, k, text)
    same_prev = spans[j] if j is not None and spans[j].paragraph == span.paragraph else None
    following = next((s for j, s in enumerate(spans[k + 1 :], start=k + 1) if not names[j]), None)
    same_next = (
        following if following is not None and following.paragraph == span.paragraph else None
    )

    # The frames are the writer's words around the quote up to the sentence's end; a
    # sentence ends at a standalone . ! ? token (the tokenizer keeps "Gov." whole).
    before = article.tokens_between(same_prev.close_at + 1 if same_prev else p_start, span.open_at)
    ends = [i for i, t in enumerate(before) if t.text in SENTENCE_ENDS]
    before = before[ends[-1] + 1 :] if ends else before
    after = article.tokens_between(span.close_at + 1, same_next.open_at if same_next else p_end)
    ends = [i for i, t in enumerate(after) if t.text in SENTENCE_ENDS]
    after = after[: ends[0]] if ends else after
    before_start = before[0].idx if before else span.open_at

    headline = _headline_speaker(article, before)
    if headline is not None:
        return headline
    shown = _display_speaker(article, before)
    if shown is not None:
        return shown
    if (
        same_prev is not None
        and set(WORD.findall(text, same_prev.close_at + 1, span.open_at)) <= {"and", "or"}
        and not WORD.sub("", text[same_prev.close_at + 1 : span.open_at]).strip(" ,\"“”'‘’")
        and _display_speaker(article, _lead_in(article, same_prev)) is not None
    ):
        # 'banners reading "..." and "..."': the next words shown go with the first.
        return speakers[j]
    if partial:
        found = _reported_speaker(article, span, after)
        if found is not None:
            return found
    else:
        quoted = article.doc.char_span(span.start, span.end, alignment_mode="expand")
        found = _document_speaker(article, _heads_above(article, quoted)) if quoted else None
        if found is not None:
            return found

    inner_end = text[span.start : span.close_at].rstrip()[-1:]
    lead_in = text[before_start : span.open_at].rstrip()[-1:]
    if lead_in == ";":
        lead_in = ":"  # 'Vell lambasted the plan; "..."': a semicolon stands for a colon
    # A quote closed by a full stop ends its sentence: the words after it belong to the
    # next sentence unless they are only a short '", she said.' tag.
    # A quote that finishes a sentence whose own speech verb comes before it ('Holm said
    # that his "plan fails. It is a mistake."') takes no tag from the sentence after.
    runs_on = lead_in.isalnum() and article.cue_in(before, last=True) is not None
    after_ok = (
        inner_end not in ".…"
        or len(after) <= 5
        or after[0].is_lower
        or after[0].text == ","  # '"... failure.", said Vell in discussing his film
        # a lead-in closed by a colon introduces the quote; a long report after the
        # quote's full stop is the next sentence ('Holm praised the plan: "...". The
        # Courier commented that ...')
        or (_opens_with_tag(article, after) and not runs_on and lead_in != ":")
    )
    frames = [(after, False)] if after_ok else []
    own_tag = inner_end == "," and _opens_with_tag(article, after)
    if lead_in in ":," and not own_tag:
        # '"...," Vell said' after a lead-in ending in a colon keeps its own tag.
        frames.insert(0, (before, True))
    else:
        frames.append((before, True))
    unresolved: Speaker | None = None
    for frame, last in frames:
        cue = article.cue_in([t for t in frame if not _adjective_participle(t)], last=last)
        if cue is not None and last:
            cue = _reporting_cue(article, cue, frame)
            if lead_in == ":":
                found = _joined_colon_clause(article, before, cue)
                if found is not None:
                    return found
        if cue is not None:
            subject = cue_subject(cue, article)
            if _asked_one(cue, subject, span) or _accused_one(cue):
                # 'President Tarn was also asked, "Mr. President, why ...?"': the one asked
                # is no speaker of the question, and who asked goes unnamed.
                return Speaker(None, "", cue.lower_)
            found = article.speaker_of_cue(cue, frame)
            if (
                found.actor is not None
                and subject is not None
                and subject.lower_ in PERSONAL_PRONOUNS
            ):
                named = _named_inside(article, span, found.actor.key)
                if named:
                    # '"I will not accept Vell's lies," he said': whom the quote names
                    # in the third person is not its speaker; the "he" is someone else.
                    found = article.resolve(subject, found.cue, skip=frozenset({found.actor.key}))
            if (
                not (found.actor or found.written)
                and subject is not None
                and subject.pos_ == "NOUN"
                and (is_document(subject) or _is_draft(subject))
                and is_definite(subject)
            ):
                # 'Norland claimed its rangers were fired on. The complaint stated, "..."':
                # a document whose issuer goes unnamed is that of who just made the claim.
                found = _document_teller_before(article, subject, reach_back=False) or found
                if not (found.actor or found.written) and _speaks_as_subject(subject, cue, span):
                    found = _document_teller_before(article, subject) or found
            if (
                not found.actor
                and subject is not None
                and _is_spoken_occasion(subject)
                and is_definite(subject)
            ):
                # 'Vell spoke to the students ... The speech included a declaration that
                # "..."': the words of a speech are those of who gave it
                found = _document_teller_before(article, subject) or found
            inverted = (
                _inverted_document(cue) if subject is None and cue.idx > span.close_at else None
            )
            if not (found.actor or found.written) and inverted is not None:
                # '"...," declared the army statement.': the parser makes the document
                # the object of the inverted tag; it speaks as a subject would.
                found = _document_teller_before(article, inverted) or found
            if found.actor or found.written:
                return found
            agent = _agent(cue)
            if (
                (agent is not None and _names_outlet(article, agent))
                or (subject is not None and subject.lower_ in PERSONAL_PRONOUNS)
                or (subject is not None and _names_outlet(article, subject))
            ):
                unresolved = unresolved or found
    if unresolved is not None:
        # '"...," he said' with no compatible person before, 'described by the Courier
        # as "..."' or '"...," the Courier said': the speaker stays empty rather than
        # passing to whoever spoke last.
        return unresolved

    found = _dash_speaker(article, after) or _quoted_signature(article, span, same_next)
    if found is not None:
        return found
    found = _view_holder(article, after) or _view_holder(article, before)
    if found is not None:
        return found
    if lead_in == ":":
        # 'Vell also reaffirmed his stance on Norland: "..."': the person the lead-in is
        # about speaks, before any name nearer the colon.
        found = (
            _sentence_subject_person(article, before, named=True)
            or _responder(article, before)
            or _role_subject(article, before)
            or _colon_speaker(article, before)
        )
        if found is not None:
            return found
    if lead_in in "—–-" and not partial:
        # 'Lena Holt, foreign minister of Chad — "..."': a verbless lead-in before a dash
        # names the speaker, as after a colon.
        lead = [t for t in before if t.text not in _DASHES]
        found = _colon_speaker(article, lead) if _leading_name(lead) else None
        if found is not None:
            return Speaker(found.actor, found.written, lead_in)
        if text[span.close_at + 1 :].lstrip()[:1] in _DASHES:
            # 'When Tarn finally wrapped up — "..." — the balloons came down': an aside
            # between dashes is the words of the person who is acting in the lead-in.
            found = _acting_person(article, lead)
            if found is not None:
                return found
    if lead_in in ",:" and not partial:
        # 'Tarn's reaction to the vote was, "..."': the owner of the words speaks.
        found = _owner_of_words(article, before)
        if found is not None:
            return found
        # 'Rask disagrees with the ruling, "From what I read ..."': the person the
        # sentence running into the quote is about speaks.
        found = _sentence_subject_person(article, before)
        if found is not None:
            return found
    colons = [i for i, t in enumerate(before) if t.text == ":"]
    if colons and not partial:
        # A lead-in "Commanders warn: ..." names its speaker before the colon.
        found = _colon_speaker(article, before[: colons[0]])
        if found is not None and found.actor is not None:
            return found
    if (
        same_prev is not None
        and speakers[j].cue
        and partial
        and _other_subject(article, before, speakers[j])
    ):
        # 'Tarn said "...". Peru and Chile signed "a truce lasting thirty days"': words
        # quoted in what others do are not the last speaker's
        return NO_SPEAKER
    if same_prev is not None and speakers[j].cue:
        if not (speakers[j].actor or speakers[j].written):
            found = _speaker_around_aside(article, spans, j, p_start, span.open_at)
            if found is not None:
                return found
        return speakers[j]
    if (
        same_prev is not None
        and not WORD.search(text, same_prev.close_at + 1, span.open_at)
        and (speakers[j].actor or speakers[j].written)
    ):
        # '"... our cities," "The only choice ..."': a quote that follows the one before
        # with nothing but marks between them goes on with the same speaker.
        return speakers[j]
    if span.open_at == first_char(text, p_start) and _in_display_list(article, span):
        return Speaker(None, "", ":")
    if _only_quotes(text, p_start, p_end, article) and span.paragraph > 0:
        return _previous_paragraph_speaker(article, span, k, speakers)
    if span.open_at == first_char(text, p_start) and not partial:
        # '"Nobody should doubt us." Holt then left.' after a paragraph of Holt's
        # quotation: a paragraph that opens with a quote and names no new speaker goes
        # on with the speaker quoted in the paragraph before.
        found = _previous_paragraph_quote_speaker(span, k, speakers, article)
        if found is not None:
            return found
    # 'Varga announced the tender. "We are seeking ..."': the sentence before speaks.
    # A term in marks inside that sentence ('Tarn spoke of the "Green Line" and ...') is the
    # writer's and cuts nothing off it: the sentence runs from the last words quoted.
    last_words = next((spans[i] for i in range(k - 1, -1, -1) if not names[i]), None)
    if last_words is not None and last_words.paragraph != span.paragraph:
        last_words = None
    earlier = article.tokens_between(
        last_words.close_at + 1 if last_words else p_start, before_start
    )
    ends = [i for i, t in enumerate(earlier[:-1]) if t.text in SENTENCE_ENDS]
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
    return NO_SPEAKER


def _other_subject(article: Attribution, before: list[Token], speaker: Speaker) -> bool:
    """Return whether the words leading into a quote have a subject that names an actor
    other than ``speaker`` ("Peru and Chile signed ...")."""
    for token in before:
        if token.dep_ not in ("nsubj", "nsubjpass") or article.in_quote(token.idx):
            continue
        actor = article.actors.actor_at(token.idx, token.idx + len(token))
        if actor is not None and actor.type != "place" and actor != speaker.actor:
            return True
    return False


def _speaker_around_aside(
    article: Attribution, spans: list[QuoteSpan], j: int, p_start: int, end: int
) -> Speaker | None:
    """Return the named speaker of the sentence that holds quote ``j`` as an aside, or None.

    'Holm says President Tarn, described by one paper as "a centrist with populist
    leanings", might veto the bill. "He has no excuse now."': the short quote inside the
    sentence went to nobody, but the sentence around it is Holm's report, and the quote
    after it goes on with Holm. Only a quote the sentence runs on past counts; one that
    ends its sentence leaves the next quote to the usual rules.
    """
    aside = spans[j]
    tail = article.tokens_between(aside.close_at + 1, end)
    ends = [i for i, t in enumerate(tail) if t.text in SENTENCE_ENDS]
    if not ends or ends[0] == 0 or ends[-1] != len(tail) - 1:
        return None
    start = p_start
    if j > 0 and spans[j - 1].close_at >= p_start:
        start = spans[j - 1].close_at + 1
    lead = article.tokens_between(start, aside.open_at)
    stops = [i for i, t in enumerate(lead) if t.text in SENTENCE_ENDS]
    lead = lead[stops[-1] + 1 :] if stops else lead
    cue = article.cue_in(lead, last=False)
    if cue is not None:
        found = article.speaker_of_cue(cue, lead)
        if found.actor is not None:
            return found
    return _sentence_subject_person(article, lead + tail, named=True)


# How many list items (paragraphs opening with a quote) may stand between a list's
# lead-in and a quote of it.
LIST_ITEMS = 8


def _in_display_list(article: Attribution, span: QuoteSpan) -> bool:
    """Return whether a paragraph opening with a quote is an item of a list of chants,
    slogans or signs that a paragraph ending with a colon introduces ('Among the chants
    were:' then one chant a paragraph; ``display_nouns`` in ``data/speakers.toml``)."""
    text = doc_text(article.doc)
    displays = quote_speaker_words().get("display_nouns", frozenset())
    para = span.paragraph - 1
    while para >= 0 and span.paragraph - para <= LIST_ITEMS:
        p_start, p_end = article.paragraphs[para]
        if text[p_start:p_end].rstrip().endswith(":"):
            tokens = article.tokens_between(p_start, p_end)
            ends = [i for i, t in enumerate(tokens[:-1]) if t.text in SENTENCE_ENDS]
            lead = tokens[ends[-1] + 1 :] if ends else tokens
            return any(
                lemma_of(t) in displays or t.lower_ in displays
                for t in lead
                if t.pos_ == "NOUN" and not article.in_quote(t.idx)
            )
        if not article.in_quote(first_char(text, p_start)):
            return False  # a paragraph of the writer's own ends the list
        para -= 1
    return False


def _adjective_participle(token: Token) -> bool:
    """Return whether a participle stands as an adjective between a determiner and its
    noun ("the recently concluded summit"): it reports no speech. Without the determiner
    ("Tarn described families") the parser may have misread a verb as an adjective."""
    noun = token.head
    return (
        token.dep_ == "amod"
        and token.tag_ == "VBN"
        and noun.i > token.i
        and any(c.dep_ in ("det", "poss") and c.i < token.i for c in noun.children)
    )


def _acting_person(article: Attribution, lead: list[Token]) -> Speaker | None:
    """Return the person who is the subject of the last verb in a lead-in, if any."""
    for verb in reversed(lead):
        if verb.pos_ != "VERB" or article.in_quote(verb.idx):
            continue
        for subject in (c for c in verb.children if c.dep_ == "nsubj"):
            actor = article.actors.actor_at(subject.idx, subject.idx + len(subject))
            if actor is not None and actor.type == "person":
                return Speaker(actor, actor.name, "—")
        return None
    return None


def _owner_of_words(article: Attribution, before: list[Token]) -> Speaker | None:
    """Return the owner of a speech or response noun that is the subject of "was" right
    before the quote ('Tarn's reaction to the news was, "..."', 'Her answer was: "..."')."""
    words = [t for t in before if not (t.is_punct and t.text in ",:")]
    if not words or words[-1].lemma_ != "be":
        return None
    nouns = SPEECH_NOUNS | quote_speaker_words().get("response_nouns", frozenset())
    for subject in (c for c in words[-1].children if c.dep_ == "nsubj"):
        if lemma_of(subject) not in nouns:
            continue
        owner = next((c for c in subject.children if c.dep_ == "poss"), None)
        if owner is None or article.in_quote(owner.idx):
            continue
        found = article.resolve(owner, words[-1].lower_)
        if found.actor is not None and found.actor.type != "place" and not is_outlet(found.actor):
            return found
        if found.actor is None and found.written and owner.pos_ == "PROPN":
            return found
    return None


def _role_subject(article: Attribution, before: list[Token]) -> Speaker | None:
    """Return the person named only by role who is the main subject of a colon lead-in
    ('Another mother voiced concerns about her child: "..."'): the one the role word
    named before when it is definite, else the role as written, never a body or place
    named elsewhere in the sentence."""
    subjects = [
        t
        for t in before
        if t.dep_ == "nsubj"
        and not article.in_quote(t.idx)
        # the parser may hang the lead-in off the quoted words
        and (is_main_clause(t.head) or article.in_quote(t.head.head.idx))
    ]
    if not subjects:
        return None
    subject = subjects[-1]
    if (
        subject.pos_ != "NOUN"
        or subject.tag_ != "NN"
        or lemma_of(subject) not in speaker_words().person_roles
    ):
        return None
    owned = {t.i for c in subject.children if c.dep_ == "poss" for t in c.subtree}
    phrase = [t for t in subject.subtree if t.i not in owned and t.i <= subject.i]
    if any(
        (actor := article.actors.actor_at(t.idx, t.idx + len(t))) is not None
        and actor.type in ("person", "organisation", "country")
        for t in phrase
    ):
        return None  # "a Pentagon official", "the minister Ivo Tarn": the usual rules apply
    if is_definite(subject) and not owned:
        actor = article.person_before(subject.idx, role=lemma_of(subject))
        if actor is not None:
            return Speaker(actor, actor.name, ":")
    return Speaker(None, " ".join(t.text for t in subject.subtree if t.i <= subject.i), ":")


def _responder(article: Attribution, before: list[Token]) -> Speaker | None:
    """Return who gives the response a colon lead-in names ('The ministry published a
    reaction to the speech of President Olin: "..."'): the subject of the verb whose object
    is a response noun, not whoever is named in what it responds to. An outlet or a place
    as that subject gives an empty speaker."""
    responses = quote_speaker_words().get("response_nouns", frozenset())
    for noun in before:
        if noun.dep_ != "dobj" or lemma_of(noun) not in responses:
            continue
        subject = next((c for c in noun.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or article.in_quote(subject.idx):
            continue
        found = article.resolve(subject, ":")
        if found.actor is not None and (found.actor.type == "place" or is_outlet(found.actor)):
            return Speaker(None, "", ":")
        if found.actor is not None or found.written:
            return found
    return None


def _misread_document_cue(heads: list[Token]) -> Token | None:
    """Return the document or draft of a speech verb the parser read as a plural noun
    with the document as its modifier ("The draft states that ...": "draft states"), if
    that is the first head above a quote."""
    head = heads[0] if heads else None
    if (
        head is None
        or head.tag_ != "NNS"
        or head.lemma_.lower() not in SPEECH_VERBS
        or not is_definite(head)
    ):
        return None
    return next(
        (
            c
            for c in head.children
            if c.dep_ == "compound" and c.i == head.i - 1 and (is_document(c) or _is_draft(c))
        ),
        None,
    )


def _asked_one(cue: Token, subject: Token | None, span: QuoteSpan) -> bool:
    """Return whether a cue is a passive asking verb whose subject is who was asked, with
    no agent, right before the quote ('Tarn was asked, "..."')."""
    return (
        subject is not None
        and subject.dep_ == "nsubjpass"
        and subject.head == cue
        and lemma_of(cue) in quote_speaker_words()["asking_verbs"]
        and _agent(cue) is None
        and cue.idx < span.open_at
    )


# Verbs by which a sign or banner shows words ('a banner reading "..."').
_DISPLAY_VERBS = frozenset({"read", "say", "bear", "proclaim", "declare", "state", "ask"})


def _lead_in(article: Attribution, span: QuoteSpan) -> list[Token]:
    """Return the writer's words of a quote's sentence before its opening mark."""
    p_start = article.paragraphs[span.paragraph][0]
    before = article.tokens_between(p_start, span.open_at)
    ends = [i for i, t in enumerate(before) if t.text in SENTENCE_ENDS]
    return before[ends[-1] + 1 :] if ends else before


def _display_speaker(article: Attribution, before: list[Token]) -> Speaker | None:
    """Return the speaker of words shown on a sign, banner or shirt ('protesters waved
    banners reading "..."', 'a placard that said "..."'; ``display_nouns`` in
    ``data/speakers.toml``): the owner of the sign when its possessor names an actor,
    else an empty speaker, never the person the sentence is about. None when the words
    before the quote are no such lead-in."""
    words = [t for t in before if not (t.is_punct and t.text in ",:")]
    if not words or lemma_of(words[-1]) not in _DISPLAY_VERBS:
        return None
    verb = words[-1]
    if verb.dep_ in ("acl", "relcl"):
        noun = verb.head
    else:
        noun = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    displays = quote_speaker_words().get("display_nouns", frozenset())
    if noun is None or noun.pos_ != "NOUN":
        return None
    if lemma_of(noun) not in displays and noun.lower_ not in displays:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None and owner.lower_ not in PERSONAL_PRONOUNS and owner.pos_ != "PRON":
        found = article.resolve(owner, verb.lower_)
        if found.actor is not None and found.actor.type != "place" and not is_outlet(found.actor):
            return found
    return Speaker(None, "", verb.lower_)


def _accused_one(cue: Token) -> bool:
    """Return whether a cue is a passive verb of accusing with no agent ('the leaders
    were charged with "..."', ``accusing_verbs`` in ``data/speakers.toml``): its subject
    is who is accused, and who accuses goes unnamed by it."""
    return (
        lemma_of(cue) in quote_speaker_words().get("accusing_verbs", frozenset())
        and any(c.dep_ == "nsubjpass" for c in cue.children)
        and _agent(cue) is None
    )


def _is_draft(token: Token) -> bool:
    """Return whether a noun names a draft text that speaks for who proposed it ("the
    draft", "the bill")."""
    return token.pos_ == "NOUN" and lemma_of(token) in quote_speaker_words()["drafts"]


def _is_spoken_occasion(token: Token) -> bool:
    """Return whether a noun names an occasion of speaking ("the speech", "the
    interview") whose words are those of who spoke at it."""
    return token.pos_ == "NOUN" and lemma_of(token) in quote_speaker_words()["spoken_occasions"]


def _proposing_verbs() -> frozenset[str]:
    return quote_speaker_words()["proposing_verbs"]


def _inverted_document(cue: Token) -> Token | None:
    """Return the definite document after a cue that the parser made its object in an
    inverted tag ('"...," declared the army statement'), if any."""
    return next(
        (
            c
            for c in cue.children
            if c.dep_ == "dobj" and c.i > cue.i and is_document(c) and is_definite(c)
        ),
        None,
    )


def _speaks_as_subject(subject: Token, cue: Token, span: QuoteSpan) -> bool:
    """Return whether a subject is the cue's own, before it, with the quote outside its
    phrase (not 'Reported later, the "stop-and-search" orders could ...')."""
    return (
        subject.head == cue
        and subject.i < cue.i
        and not subject.left_edge.idx <= span.start <= subject.idx
    )


def _document_teller_before(
    article: Attribution, document: Token, *, reach_back: bool = True
) -> Speaker | None:
    """Return the body, state or person who last made a claim before a document that
    names no issuer, in its paragraph or else (``reach_back``) the paragraph before."""
    index = article.paragraph_index(document.idx)
    found = _teller_between(article, article.paragraphs[index][0], document)
    if found is None and reach_back and index > 0:
        # 'The army answered with checkpoints.\n\n"...," declared the army statement.':
        # the paragraph before tells who issued it.
        found = _teller_between(article, article.paragraphs[index - 1][0], document)
    return found


def _teller_between(article: Attribution, start: int, document: Token) -> Speaker | None:
    """Return the subject of the last cue from ``start`` to a document that resolves to a
    body, state or person."""
    draft = _is_draft(document)
    for token in reversed(article.tokens_between(start, document.idx)):
        # 'The Workers League proposed a new law. The draft states that "..."': a draft
        # speaks for who proposed it.
        proposes = draft and token.pos_ == "VERB" and lemma_of(token) in _proposing_verbs()
        if not (is_cue(token) or proposes) or article.in_quote(token.idx):
            continue
        subject = cue_subject(token, article)
        if subject is None or is_document(subject):
            continue
        found = article.resolve(subject, "")
        if found.actor is not None and found.actor.type != "place" and not is_outlet(found.actor):
            return Speaker(found.actor, found.actor.name, document.head.lower_)
        if (
            found.actor is None
            and found.written
            and lemma_of(subject) in speaker_words().institutions
        ):
            # 'The Norland army responded with ...': a body the model left untagged.
            return Speaker(None, found.written, document.head.lower_)
    return None


def _named_inside(article: Attribution, span: QuoteSpan, key: str) -> bool:
    """Return whether the quote names the actor ``key`` (by name, not by pronoun)."""
    return any(
        m.actor_key == key and m.kind != "pronoun"
        for m in article.actors.mentions_in(span.start, span.end)
    )


def _reporting_cue(article: Attribution, cue: Token, frame: list[Token]) -> Token:
    """Return the cue that reports the quote after a lead-in: a cue whose object is
    already said ('He noted that Vell has promised no repeat of the attack: "..."') in a
    clause under another cue tells what was reported, so the outer cue's subject speaks."""
    said = any(c.dep_ == "dobj" and c.pos_ == "NOUN" for c in cue.children)
    if not said or cue.dep_ != "ccomp" or is_main_clause(cue):
        return cue
    outer = [
        t
        for t in frame
        if t.i < cue.i and is_cue(t) and is_main_clause(t) and not article.in_quote(t.idx)
    ]
    return outer[-1] if outer else cue


def _joined_colon_clause(article: Attribution, before: list[Token], cue: Token) -> Speaker | None:
    """Return the named person whose own clause, joined after the report, leads into
    the quote at the colon, or None.

    'Premier Tarn said the budget would wait until spring, and Finance Minister Holm
    concurs: "..."': the cue is Tarn's "said", but the clause next to the colon has a
    subject of its own, and the parser hangs it under the report only as a conjunct. A
    clause under the report proper ("said that Holm agrees:") is still the reporter's.
    """
    words = [t for t in before if not t.is_punct]
    if not words or before[-1].text != ":":
        return None
    verb = words[-1]
    if (
        verb.i <= cue.i
        or verb.dep_ != "conj"
        or verb.pos_ != "VERB"
        or verb.tag_ not in ("VBZ", "VBD", "VBP")
        or is_cue(verb)
    ):
        return None
    joined = any(t.dep_ == "cc" for t in before if cue.i < t.i < verb.i)
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"]
    if not joined or not subjects:
        return None
    found = article.resolve(subjects[0], verb.lower_)
    if found.actor is None or found.actor.type != "person":
        return None
    return found


def _as_outlet_reported(article: Attribution, before: list[Token]) -> Speaker | None:
    """Return an empty speaker for a lead-in that credits an outlet's report ("As the
    Courier reported, the ministry was still refusing to comment:"): the words after the
    colon are the outlet's, and an outlet never speaks; None for any other lead-in."""
    if _sentence_subject_person(article, before, named=True) is not None:
        return None  # 'As the Courier reported, Holm was defiant:' then Holm's words
    for token in before:
        if not is_cue(token) or not any(
            c.dep_ == "mark" and c.lower_ == "as" for c in token.children
        ):
            continue
        subject = cue_subject(token, article)
        if subject is not None and _names_outlet(article, subject):
            return Speaker(None, "", token.lower_)
    return None


def _agent(cue: Token) -> Token | None:
    """Return the agent of a passive cue ("described by the Courier"), if any."""
    return next((o for c in cue.children if c.dep_ == "agent" for o in c.children), None)


def _names_outlet(article: Attribution, token: Token) -> bool:
    """Return whether a subject or agent is a news outlet, which reports but never speaks."""
    actor = article.actors.actor_at(token.idx, token.idx + len(token))
    if actor is not None:
        return is_outlet(actor)
    return lemma_of(token) in speaker_words().outlet_words


def _sentence_subject_person(
    article: Attribution, tokens: list[Token], *, named: bool = False
) -> Speaker | None:
    """Return the person who is the main subject of the sentence ``tokens``, if any
    (with ``named``, only when the subject word itself names them, not a person inside
    its phrase: "The timing of Vell's surge" is not about Vell)."""
    roots = [t for t in tokens if t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX")]
    if not roots:
        # The parser hung the lead-in off the quoted words ('Vell lambasted the plan; "Any
        # comparison ... must conclude"'): its highest verb heads the writer's clause.
        inside = {t.i for t in tokens}
        roots = [
            t
            for t in tokens
            if t.pos_ == "VERB" and t.head.i not in inside and article.in_quote(t.head.idx)
        ]
    if not roots:
        return None
    subjects = [
        c
        for c in roots[-1].children
        if c.dep_ in ("nsubj", "nsubjpass") and not article.in_quote(c.idx)
    ]
    if not subjects or subjects[0].lower_ in OTHER_PRONOUNS:
        return None
    if named and subjects[0].pos_ != "PROPN" and subjects[0].lower_ not in PERSONAL_PRONOUNS:
        return None
    found = article.resolve(subjects[0], "")
    if found.actor is not None and found.actor.type == "person":
        return found
    if found.actor is None and found.written and subjects[0].pos_ == "PROPN":
        # A name the model did not tag ('Orrin, a herder, agrees: "..."'): the name alone.
        return Speaker(None, proper_name(subjects[0]), found.cue)
    return None


# The longest run of words after a quote's full stop that can still hold its tag.
AFTER_TAG_TOKENS = 8

_DASHES = frozenset({"—", "–", "-", "--", "―"})


def _opens_with_tag(article: Attribution, after: list[Token]) -> bool:
    """Return whether the words after a quote open with its tag: a named subject and a cue
    verb within the first ``AFTER_TAG_TOKENS`` tokens ('"...." Brig. Gen. Holm stated in reply
    to the charge, "..."'). Words opening with a connective ('"...." However Holm said
    that ...') begin the writer's next sentence, and so does a cue with a clause of the
    writer's own after it ('"...." Marsh said the act was a crime')."""
    head = after[:AFTER_TAG_TOKENS]
    if head and head[0].pos_ in ("ADV", "CCONJ", "SCONJ") and head[0].is_title:
        return False
    cue = article.cue_in(head, last=False)
    if cue is not None and any(
        c.dep_ == "ccomp" and c.i > cue.i and not article.in_quote(c.idx) for c in cue.children
    ):
        return False  # '"...." Marsh said the act was a crime': a report of its own
    return cue is not None and any(
        t.i < cue.i and t.head == cue and t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "PROPN"
        for t in head
    )


def _dash_speaker(article: Attribution, after: list[Token]) -> Speaker | None:
    """Return the person a dash or colon after the quote names ('"..." — Maria Olsen,
    minister', '"...": Maria Olsen, of the dockers' union')."""
    if not after or (after[0].text not in _DASHES and after[0].text != ":"):
        return None
    tag = []
    for token in after[1:]:
        if token.is_punct or token.pos_ in ("VERB", "AUX"):
            break
        tag.append(token)
    for token in tag:
        actor = article.actors.actor_at(token.idx, token.idx + len(token))
        if actor is not None and actor.type == "person":
            return Speaker(actor, actor.name, after[0].text)
    names = [t for t in tag if t.pos_ == "PROPN" and t.is_title]
    if names and len(names) == len(tag):
        return Speaker(None, " ".join(t.text for t in names[:3]), after[0].text)
    return None


# The longest name in quote marks that signs the quote before it.
SIGNATURE_WORDS = 3


def _quoted_signature(
    article: Attribution, span: QuoteSpan, following: QuoteSpan | None
) -> Speaker | None:
    """Return the name in quote marks after a dash that signs a quote, as in a list of
    readers' comments ('"That was overdue!" — "Karen" "Good riddance." — "Liza"'), or
    None when no such name follows."""
    if following is None:
        return None
    text = doc_text(article.doc)
    if text[span.close_at + 1 : following.open_at].strip() not in _DASHES:
        return None
    name = text[following.start : following.end].strip()
    words = WORD.findall(name)
    if not 0 < len(words) <= SIGNATURE_WORDS or not all(w[:1].isupper() for w in words):
        return None
    # A reader signs with a first name or initials: the name as written, never an actor
    # who shares the first name ("John H." is not the John the article is about).
    actor = article.actors.actor_at(following.start, following.end)
    if actor is not None and actor.type == "person" and actor.name == name:
        return Speaker(actor, actor.name, "—")
    return Speaker(None, name.rstrip("."), "—")


def _view_holder(article: Attribution, frame: list[Token]) -> Speaker | None:
    """Return whose view a phrase "in X's view" / "in the words of X" in a quote's frame
    gives ('"...," in Vell's view'), or whose view the quote is said to be ('"...," was
    the view of Vell', '"...," was the reaction of Vell'): the holder of the view speaks."""
    words = quote_speaker_words()
    nouns = words.get("view_nouns", frozenset())
    responses = words.get("response_nouns", frozenset())
    for token in frame:
        if token.lower_ not in nouns | responses:
            continue
        held_in = token.lower_ in nouns and token.head.lower_ == "in" and token.dep_ == "pobj"
        is_the_quote = token.dep_ in ("attr", "nsubj") and token.head.lemma_ == "be"
        opening = next((t for t in frame if not t.is_punct), token)
        if not (held_in or (is_the_quote and opening.lemma_ == "be")):
            continue
        holders = [c for c in token.children if c.dep_ == "poss"]
        holders += of_objects(token)
        if not holders or article.in_quote(holders[0].idx):
            continue
        if holders[0].lower_ in OTHER_PRONOUNS:
            continue
        holder = holders[0]
        if is_the_quote:
            # "the reaction of film director Ivo Tarn": the name set beside the role
            holder = next(
                (c for c in holder.children if c.dep_ == "appos" and c.pos_ == "PROPN"), holder
            )
        found = article.resolve(holder, "in")
        if found.actor is not None and found.actor.type != "place" and not is_outlet(found.actor):
            return Speaker(found.actor, found.actor.name, "in")
        if is_the_quote and found.actor is None and found.written and holder.pos_ == "PROPN":
            return Speaker(None, found.written, token.head.text)  # a name the model missed
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
        if (
            token.tag_ == "PRP"
            and token.dep_ in ("nsubj", "nsubjpass")
            # the parser may hang the lead-in off the quoted words
            and (is_main_clause(token.head) or article.in_quote(token.head.head.idx))
        ):
            # "He went on to state:" is whoever the quote coreference finds, as for any
            # tag ("according to the spokesman '...'. He went on": the spokesman)
            found = article.resolve(token, ":")
            if found.actor is not None or found.written:
                return found
            continue
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
    if any(t.pos_ in ("VERB", "AUX") and not t.ent_type_ for t in lead):
        return None  # 'On Friday, in an interview, Tarn was quoted: "..."': a sentence
    cut = next((i for i, t in enumerate(lead) if t.pos_ == "ADP" and i > 0), len(lead))
    lead = lead[:cut]
    if not lead or len(lead) > HEADLINE_LEAD_TOKENS:
        return None
    # The tagger reads a surname opening a headline as a verb ("Lindqvist on ..."): a
    # token inside an entity is a name whatever its tag.
    if any(
        (t.pos_ in ("VERB", "AUX") and not t.ent_type_) or t.lower_ in OTHER_PRONOUNS for t in lead
    ):
        return None
    names = [
        t
        for t in lead
        if (t.pos_ == "PROPN" or t.ent_type_) and t.is_alpha and t.ent_type_ not in _TIME_ENTS
    ]
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
    return Speaker(None, proper_name(names[-1]), ":")


# Entity types of a date or time, which never name a headline's speaker ("On Friday:").
_TIME_ENTS = frozenset({"DATE", "TIME"})


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
    opening = quoted[0].sent
    if quoted.end > opening.end:
        # 'made a statement that the constitution "establishes ... We note ..."': the
        # clauses of the sentence the quote opens in hold it, not the later sentences
        quoted = article.doc[quoted.start : opening.end]
    sender = _document_sender_before(article, quoted)
    if sender is not None:
        return sender
    heads = [h for h in _heads_above(article, quoted) if not _reports_another_clause(h, quoted)]
    owned = _speech_noun_owner(article, heads)
    verbs = [head for head in heads if head.pos_ in ("VERB", "AUX")]
    if owned is None and not (verbs and is_cue(verbs[0])):
        # No speech verb governs the quote itself: a speech noun right before it may.
        owned = _speech_noun_before(article, quoted)
    if owned is not None:
        return owned
    document = _document_speaker(article, heads)
    if document is not None:
        return document
    # 'Vell was charged with "..."': the one charged is no speaker of the charge.
    cues = [head for head in heads if is_cue(head) and not _accused_one(head)]
    misread = _misread_document_cue(heads) if not cues else None
    if misread is not None:
        # 'The draft states that "..."' read as the noun phrase "draft states".
        issuer = statement_speaker(misread, article.actors)
        if issuer is not None:
            return Speaker(issuer, issuer.name, misread.head.lower_)
        return _document_teller_before(article, misread) or Speaker(None, "", "")
    if cues and (agent := _agent(cues[0])) is not None and _names_outlet(article, agent):
        return Speaker(None, "", cues[0].lower_)  # 'described by the Courier as "..."'
    subject = cue_subject(cues[0], article) if cues and quoted_one(cues[0]) is None else None
    if subject is not None and _names_outlet(article, subject):
        return Speaker(None, "", cues[0].lower_)  # 'the Courier stated it will "..."'
    reported = [article.speaker_of_cue(head, after) for head in cues]
    if (
        reported
        and reported[0].actor is None
        and subject is not None
        and _speaks_as_subject(subject, cues[0], span)
        and subject.pos_ == "NOUN"
        and (is_document(subject) or _is_draft(subject) or _is_spoken_occasion(subject))
        and is_definite(subject)
    ):
        # 'Norland proposed a law. The draft states that "..."': as for a full quote, a
        # document or draft naming no issuer is that of who just made the claim.
        teller = _document_teller_before(article, subject)
        if teller is not None:
            return teller
    # A nested report ('said the alliance lost a partner that said "..."') is told by the
    # outer speaker when the inner one is no actor.
    named = [found for found in reported if found.actor is not None]
    written = [found for found in reported if found.written]
    if named or written:
        return (named or written)[0]
    sent = quoted.root.sent
    for token in sent:
        if token.lower_ == "according" and is_cue(token) and not article.in_quote(token.idx):
            found = article.speaker_of_cue(token, [])
            if found.actor:
                return found
    for head in reversed(heads):
        if head.pos_ not in ("VERB", "AUX") or _accused_one(head):
            continue
        subject = cue_subject(head, article)
        if subject is None:
            continue
        if is_cue(head) and expletive_report(head):
            return Speaker(None, "", head.lower_)  # 'it is said there will be "..."'
        found = article.resolve(subject, "")
        if found.actor is not None and found.actor.type != "place":
            return found
    return None


def _reports_another_clause(head: Token, quoted) -> bool:
    """Return whether a verb after a quote reports a "that" clause of its own ('"...,"
    Vell claims that the agent was hit'): the parser hung the quote on it, but the quote
    is not what it reports."""
    return head.i > quoted.end and any(
        c.dep_ == "ccomp"
        and c.i > head.i
        and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        for c in head.children
    )


# The longest name between "a letter from" and the partial quote it introduces.
SENDER_NAME_TOKENS = 5


def _document_sender_before(article: Attribution, quoted) -> Speaker | None:
    """Return the sender a document names right before a partial quote of its words ('a
    letter from President Varga "written to ..."', 'a statement by the ministry "..."'):
    the words are the sender's, whoever carries the document."""
    doc = quoted.doc
    start = quoted.start
    while start > 0 and doc[start - 1].is_punct and doc[start - 1].is_quote:
        start -= 1
    name = []
    at = start - 1
    while at >= 0 and len(name) < SENDER_NAME_TOKENS and doc[at].pos_ == "PROPN":
        name.append(doc[at])
        at -= 1
    if not name or at < 1 or doc[at].lower_ not in ("from", "by"):
        return None
    document = doc[at - 1]
    if document.pos_ != "NOUN" or lemma_of(document) not in speaker_words().documents:
        return None
    if article.in_quote(name[0].idx):
        return None
    found = article.resolve(name[0], "")
    if found.actor is not None and found.actor.type != "place" and not is_outlet(found.actor):
        return found
    return None


def _heads_above(article: Attribution, quoted) -> list[Token]:
    """Return the tokens outside quotes on the path from a quote's root to its sentence's."""
    heads = []
    head = quoted.root
    for _ in range(12):
        if head.head == head:
            break
        head = head.head
        if not article.in_quote(head.idx):
            heads.append(head)
    return heads


def _document_speaker(article: Attribution, heads: list[Token]) -> Speaker | None:
    """Return the issuer of the document whose words a quote is (an empty speaker when
    the issuer is unknown), or None when the quote is no document's words."""
    document = _document_above(article, heads)
    if document is None:
        return None
    # 'Vell cited a report which found that "..."': the report's words are its issuer's,
    # not those of whoever cites it.
    issuer = statement_speaker(document, article.actors)
    return Speaker(issuer, issuer.name if issuer else "", "")


def _document_above(article: Attribution, heads: list[Token]) -> Token | None:
    """Return the document ("a report", "a study") whose words a quote is, when the quote
    stands in a clause of that document below any person's cue verb: 'Vell cited a report
    which found that "..."', 'a study that concluded "..."'."""
    words = speaker_words()
    things = words.documents | words.thing_nouns
    previous = None
    for head in heads:
        if head.pos_ in ("VERB", "AUX") and not is_cue(head):
            # 'Critics claim that the memo proves that, at best, "..."': the clause of a
            # document below the cue holds the document's words.
            subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if (
                subject is not None
                and subject.pos_ == "NOUN"
                and lemma_of(subject) in words.documents
                and not article.in_quote(subject.idx)
                and previous is not None
                and previous.dep_ == "ccomp"  # 'the memo proves that ...', not 'contained'
            ):
                return subject
        if is_cue(head):
            subject = cue_subject(head, article)
            if (
                subject is not None
                and subject.lower_ in ("which", "that")
                and head.dep_ == "relcl"
                and head.head.pos_ == "NOUN"
                and lemma_of(head.head) in things
            ):
                return head.head  # "a study which concluded that ..."
            return None
        if (
            head.pos_ == "NOUN"
            and lemma_of(head) in things
            and previous is not None
            and previous.dep_ in ("relcl", "acl")
            and previous.head == head
            and head.dep_ != "pobj"  # 'said in a statement that ...': the cue's subject
        ):
            return head  # the quote stands in the document's own clause
        previous = head
    return None


def _speech_noun_owner(article: Attribution, heads: list[Token]) -> Speaker | None:
    """Return the possessor of a speech noun governing a quote before any verb does.

    A speech noun that a naming verb takes as its object is what the verb's subject
    calls by the quoted words ('Vesk called Norland's pledge "a major step"'): the
    subject speaks, not the pledge's owner."""
    naming = quote_speaker_words().get("naming_cues", frozenset())
    for head in heads:
        if head.pos_ in ("VERB", "AUX"):
            return None
        if head.lemma_.lower() not in SPEECH_NOUNS and head.lower_ not in SPEECH_NOUNS:
            continue
        if head.dep_ == "dobj" and any(lemma_of(head.head).startswith(s) for s in naming):
            return None
        found = _noun_owner(article, head)
        if found is not None:
            return found
    return None


def _noun_owner(article: Attribution, noun: Token) -> Speaker | None:
    """Return the possessor of a speech noun ("Vell's call") or its author after "by" ("a
    statement by Vell that ...") outside quotes, when it is an actor other than a place."""
    owners = [c for c in noun.children if c.dep_ == "poss" and not article.in_quote(c.idx)]
    owners += [
        o
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == "by"
        for o in c.children
        if o.dep_ == "pobj" and not article.in_quote(o.idx)
    ]
    if owners:
        found = article.resolve(owners[0], "")
        if found.actor is not None and found.actor.type != "place":
            return found
    return None


# How many tokens before a partial quote a speech noun may stand ("Solberg's call earlier
# in the day to 'keep ...'").
SPEECH_NOUN_REACH = 10


# Words that join a speech noun to the content it holds ("call to", "promise that").
_SPEECH_NOUN_LINKS = frozenset({"to", "that", "of", "for"})


def _speech_noun_before(article: Attribution, quoted) -> Speaker | None:
    """Return the possessor of a speech noun just before a partial quote, with no verb or
    clause break between them, when the parser hung the quote elsewhere."""
    doc = quoted.doc
    start = quoted.start
    while start > 0 and doc[start - 1].is_punct and doc[start - 1].is_quote:
        start -= 1
    if start == 0 or doc[start - 1].lower_ not in _SPEECH_NOUN_LINKS:
        return None  # "Vell's comments 'show bias'": the quote is no content of the noun
    for token in reversed(doc[max(0, start - SPEECH_NOUN_REACH) : start]):
        if token.pos_ in ("VERB", "AUX") or token.text in (",", ";", ":", ".", "—"):
            return None
        if token.lemma_.lower() not in SPEECH_NOUNS or article.in_quote(token.idx):
            continue
        return _noun_owner(article, token)
    return None


def _only_quotes(text: str, start: int, end: int, article: Attribution) -> bool:
    """Return whether a paragraph has no words outside its quote marks."""
    return not any(not article.in_quote(m.start()) for m in WORD.finditer(text, start, end))


def _previous_paragraph_quote_speaker(
    span: QuoteSpan, k: int, speakers: list[Speaker], article: Attribution
) -> Speaker | None:
    """Return the speaker of the last attributed quote in the paragraph before, if any."""
    for j in range(k - 1, -1, -1):
        if article.spans[j].paragraph < span.paragraph - 1:
            break
        if article.spans[j].paragraph == span.paragraph - 1 and (
            speakers[j].actor or speakers[j].written
        ):
            return speakers[j]
    return None


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
    if tokens and tokens[-1].text == ":":
        reported = _as_outlet_reported(article, tokens)
        if reported is not None:
            return reported  # 'As the Courier reported, ...:' then the report quoted
    # Without a cue, the paragraph is about the person who opens it as a subject
    # ("Holm is upbeat about the treaty's chances, because he sees the Senate ...").
    subjects = [p.actor for p in article.people if p.paragraph == para and p.is_subject]
    if subjects:
        return Speaker(subjects[0], subjects[0].name, "")
    # 'She began to cry.' before the quote: the person the pronoun stands for.
    found = _sentence_subject_person(article, tokens)
    if found is not None:
        return found
    actor = article.person_before(p_end)
    if actor is not None and any(p.paragraph == para for p in article.people):
        return Speaker(actor, actor.name, "")
    return NO_SPEAKER
