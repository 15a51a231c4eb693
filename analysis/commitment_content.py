"""What is committed: the content words, amount and deadline of a commitment cue."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from analysis.commitment_background import (
    subject_of,
)
from analysis.commitment_parties import (
    agent_phrase,
)
from analysis.cue_lexicon import cue_lexicon
from analysis.cues import (
    Cue,
    _lemma,
    persists_until,
    until_clause,
    wished_done,
)
from analysis.spans import entity_at

_NUMBER = re.compile(r"[\d.,]+")
_DEADLINE_PREPS = frozenset({"by", "before", "within", "until", "till", "no later than"})
_TIME_WORDS = frozenset(
    {"year", "month", "week", "day", "end", "summer", "winter", "spring", "autumn", "quarter"}
)


# -- content, amount, deadline ---------------------------------------------------------


def content_tokens(cue: Cue, sent: Span) -> list[Token]:
    """Return the words of the committed act: the act verb and its complements."""
    act = cue.act
    subject = subject_of(act, sent)
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
    # "will not let up or stop until the job is done": the pledge is to go on, and its
    # words keep the negation, the joined verb and the goal
    persists = cue.kind == "pledge" and persists_until(act, cue_lexicon())
    for child in act.children:
        if persists and (child.dep_ in ("neg", "conj", "cc") or until_clause(child)):
            continue
        if child.i < act.i and child.dep_ in ("prep", "npadvmod", "advcl", "ccomp"):
            drop.update(t.i for t in child.subtree)  # "on Wednesday proposed": the when
        elif child.i < act.i and child.lower_ in ("that", "why"):
            # "said that he wants to close it", parsed as the act's object; "that is why we
            # are sending": the reason's word
            drop.add(child.i)
        elif child.i < act.i and child.dep_ == "advmod" and child.lower_ in linking:
            drop.add(child.i)  # "so we'll fight", "will still attend": the act is "fight"
        elif child.dep_ == "neg" and keep_negation:
            continue
        elif child.dep_ in ("aux", "auxpass", "neg", "mark", "punct", "cc", "expl"):
            drop.add(child.i)
        elif _separate_clause(child):
            drop.update(t.i for t in child.subtree)
        elif child.dep_ == "agent" and act == cue.token:
            drop.update(t.i for t in child.subtree)  # "welcomed by Norland": who commits
    for token in act.subtree:
        if token.i not in drop and _aside(token):
            # "ratify the treaty, which pledges cuts of 5%": what the writer adds about a
            # noun, not part of the act (nor its amount)
            drop.update(t.i for t in token.subtree)
            drop.add(token.left_edge.i - 1)
    tokens = [t for t in act.subtree if t.i not in drop and sent.start <= t.i < sent.end]
    while tokens and (tokens[0].is_punct or tokens[0].dep_ in ("aux", "mark")):
        tokens.pop(0)
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    end = _quotation_end(cue, sent)
    if end is not None:
        # '"... we will respect it", indicating that ...': the writer's words after the
        # quotation are not the speaker's act
        tokens = [t for t in tokens if t.i < end]
    tokens = _close_marks(tokens, sent)
    # "the plan was welcomed by Norland": what was welcomed is the subject
    by_agent = act == cue.token and agent_phrase(act) is not None
    patient = _passive_patient(act, subject, sent) if act != cue.token or by_agent else []
    if not patient and _wished_done(cue, act) and subject is not None:
        # "wants the troops pulled out": the act is "pull the troops out"
        patient = [t for t in subject.subtree if sent.start <= t.i < sent.end and not t.is_punct]
    if patient and act in tokens:
        # "troops will be sent to the border": the act is "send troops to the border".
        at = tokens.index(act) + 1
        tokens[at:at] = patient
    return tokens[:40]


# Marks that open a stretch the content may keep, and the mark that closes each.
_PAIRED_MARKS: tuple[tuple[str, str], ...] = (("(", ")"), ('"', '"'), ("\u201c", "\u201d"))
_STOPS = frozenset({".", ",", ";", "!", "?"})


def _close_marks(tokens: list[Token], sent: Span) -> list[Token]:
    """Return the content with both marks of every bracket or quotation it holds.

    The parser hangs a closing mark on the verb as punctuation, which the content
    drops: 'demanded an "immediate withdrawal".' would read 'demand an "immediate
    withdrawal'. A closing mark inside the content's stretch, or right after its last
    word and any stop, is put back when the content leaves a mark open; an opening mark right before
    its first word, when the content closes a mark it never opened.
    """
    for opening, closing in _PAIRED_MARKS:
        if not tokens:
            return tokens
        unopened, unclosed = _unpaired_marks(tokens, opening, closing)
        first, last = tokens[0], max(t.i for t in tokens)
        if unopened and first.i > sent.start:
            before = sent.doc[first.i - 1]
            if _mark_role(before, opening, closing) == "open":
                tokens = [before, *tokens]
        if unclosed is not None:
            kept = {t.i for t in tokens}
            end = last + 1  # past the stops and commas the closing mark follows ('people."')
            while end < sent.end and sent.doc[end].text in _STOPS:
                end += 1
            mark = next(
                (
                    t
                    for t in sent.doc[unclosed + 1 : min(end + 1, sent.end)]
                    if t.i not in kept and _mark_role(t, opening, closing) == "close"
                ),
                None,
            )
            if mark is not None:
                at = next((n for n, t in enumerate(tokens) if t.i > mark.i), len(tokens))
                tokens = [*tokens[:at], mark, *tokens[at:]]
    return tokens


def _quotation_end(cue: Cue, sent: Span) -> int | None:
    """Return the index of the mark closing the quotation that holds both the cue word and
    the act and ends with their clause, or None when they stand in none, the writer's
    words hold the cue, or the quotation is a few words inside the writer's clause."""
    start, end = min(cue.token.i, cue.act.i), max(cue.token.i, cue.act.i)
    for opening, closing in _PAIRED_MARKS[1:]:  # quotation marks, not brackets
        opened = None
        for token in sent.doc[sent.start : end + 1]:
            role = _mark_role(token, opening, closing)
            if role == "open":
                opened = token.i
            elif role == "close":
                opened = None
        if opened is None or opened > start:
            continue
        depth = 0  # quotations inside the quotation ('our "comrades" (friends)')
        for token in sent.doc[end + 1 : sent.end]:
            role = _mark_role(token, opening, closing)
            if role == "open":
                depth += 1
            elif role == "close" and depth:
                depth -= 1
            elif role == "close":
                return token.i if _ends_a_clause(token) else None
    return None


def _ends_a_clause(mark: Token) -> bool:
    """Return whether a closing mark ends the quoted words' clause ('respect it", she
    said', 'on behalf of Canadians," through'), not a few words quoted inside the
    writer's own clause ('would "never endorse" a report on ...')."""
    doc = mark.doc
    before = doc[mark.i - 1].text if mark.i > 0 else ""
    after = doc[mark.i + 1].text if mark.i + 1 < len(doc) else ""
    return before in _STOPS or after in _STOPS


def _mark_role(token: Token, opening: str, closing: str) -> str | None:
    """Return "open" or "close" for a mark of the pair, or None for another token.

    A straight quotation mark opens when a space (or the sentence start) stands before
    it, and closes when it is written against the word before.
    """
    if token.text not in (opening, closing):
        return None
    if opening != closing:
        return "open" if token.text == opening else "close"
    if token.i == 0 or token.doc[token.i - 1].whitespace_:
        return "open"
    return "close"


def _unpaired_marks(tokens: list[Token], opening: str, closing: str) -> tuple[bool, int | None]:
    """Return whether the content closes a mark it never opened, and the index of the
    last mark it opens and never closes (or None)."""
    unopened = False
    stack: list[int] = []
    for token in tokens:
        role = _mark_role(token, opening, closing)
        if role == "open":
            stack.append(token.i)
        elif role == "close":
            if stack:
                stack.pop()
            else:
                unopened = True
    return unopened, (stack[-1] if stack else None)


def _wished_done(cue: Cue, act: Token) -> bool:
    """Return True for a participle a wish governs with its own subject and no auxiliary
    ("wants the troops pulled out"): what the wish asks done to that subject."""
    return (
        act != cue.token
        and act.head == cue.token
        and act.dep_ == "ccomp"
        and cue.token.lemma_.lower() in cue_lexicon().wanting_verbs
        and wished_done(act)
    )


def _passive_patient(act: Token, subject: Token | None, sent: Span) -> list[Token]:
    """Return the words of a passive act's subject, what the act is done to, or []."""
    if subject is None or subject.tag_ in ("WDT", "WP"):
        return []
    # "a new parliament has to be elected": the subject of "has" is the act's; "was
    # accepted by Norland and rejected by Varia": the joined participle shares it too.
    joined = act.dep_ == "conj" and act.tag_ == "VBN" and subject.head == act.head
    if (
        subject.head != act
        and not (act.dep_ == "xcomp" and subject.head == act.head)
        and not joined
    ):
        return []
    if not any(c.dep_ == "auxpass" for c in (act.head if joined else act).children):
        return []
    return [t for t in subject.subtree if sent.start <= t.i < sent.end and not t.is_punct]


def _aside(token: Token) -> bool:
    """Return whether a relative clause is set off by a comma ("the conflict, which has
    killed thousands"): a non-restrictive aside about its noun."""
    start = token.left_edge.i
    return (
        token.dep_ == "relcl"
        and start > token.sent.start
        and token.doc[start - 1].text == ","
        and token.doc[start].tag_ in ("WDT", "WP", "WP$")
    )


def _separate_clause(child: Token) -> bool:
    """Return whether a dependent of the act verb is a clause of its own, not content."""
    if child.dep_ in ("nsubj", "nsubjpass"):
        return True
    if child.dep_ in ("conj", "advcl", "parataxis") and child.pos_ in ("VERB", "AUX"):
        return True
    return child.dep_ == "ccomp" and _lemma(child) in cue_lexicon().reporting


# Subject pronouns in the form they take as an object.
_OBJECT_FORMS = {"i": "me", "we": "us", "he": "him", "she": "her", "they": "them"}


def content_text(tokens: list[Token], act: Token) -> str:
    """Return the act as a readable phrase, its verb in the base form ("deliver ...")."""
    parts = []
    previous: Token | None = None
    for token in tokens:
        word = token.text
        if token == act and token.pos_ in ("VERB", "AUX") and token.tag_ != "VB":
            # the mended lemma: the model reads "hoped" as "hop"
            word = _lemma(token)
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
            if token.i > previous.i + 1 and any(
                _mark_role(token, opening, closing) == "close" for opening, closing in _PAIRED_MARKS
            ):
                gap = ""  # a closing mark put back past dropped punctuation ('people."')
            parts.append(gap)
        parts.append(word)
        previous = token
    return _trim_marks(" ".join("".join(parts).split()))


def _trim_marks(text: str) -> str:
    """Return the phrase without commas, spaces and stray quotation marks at its ends.

    A double quotation mark at an end is dropped when it pairs with nothing in the
    phrase, and a pair around the whole phrase goes too; a mark that closes a quotation
    the phrase opened stays ('demand an "immediate withdrawal"'). Single marks at the
    ends always go: inside words they are apostrophes, and cannot be counted.
    """
    while True:
        before = text
        text = text.strip(" ,'\u2018\u2019")
        if text[:1] in ('"', "\u201c") and _unpaired(text, text[0]):
            text = text[1:]
        if text[-1:] in ('"', "\u201d") and _unpaired(text, text[-1]):
            text = text[:-1]
        inner = text[1:-1]
        if (
            len(text) > 1
            and text[0] in ('"', "\u201c")
            and text[-1] in ('"', "\u201d")
            and not any(mark in inner for mark in ('"', "\u201c", "\u201d"))
        ):
            text = inner  # the whole phrase is a quotation
        if text == before:
            return text


def _unpaired(text: str, mark: str) -> bool:
    """Return True when a double quotation mark of ``text`` pairs with nothing in it."""
    if mark == '"':
        return text.count('"') % 2 == 1
    if mark == "\u201c":
        return text.count("\u201c") > text.count("\u201d")
    return text.count("\u201d") > text.count("\u201c")


def content_amount(tokens: list[Token]) -> str:
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


def content_deadline(tokens: list[Token]) -> str:
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
