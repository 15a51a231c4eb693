"""Reporting cues: speech verbs and nouns, and the subject a cue verb names.

Pure helpers over the dependency parse, shared by the speaker rules and by coreference.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from analysis.issuers import (
    is_document,
    speaker_words,
)

if TYPE_CHECKING:
    from analysis.quote_coref import Attribution


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
        "editorialize",
        "editorialise",
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
        # condemning and branding, whose words follow "as" ('condemned by the group as
        # "a violation of the law"')
        "condemn",
        "denounce",
        "decry",
        "brand",
        "characterize",
        "characterise",
        "castigate",
        "lambast",
        "lambaste",
        "rebuke",
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
        # agreeing that "...": the words of who agrees ("agreed with the Union that '...'")
        "agree",
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
        "express",
    }
)


# Verbs that report speech only with a particle or object that says so ("pointed out",
# "put it"); without it they are ordinary verbs.
_NEEDS_PARTICLE = {"point": "out", "put": "it", "shoot": "back", "fire": "back", "hit": "back"}


# Verbs that report speech only with an object that names a view ("expressed the view
# that", not "expressed concern").
_NEEDS_OBJECT = {"express": frozenset({"view", "opinion", "belief", "hope", "conviction"})}


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
        "labelling",
        "labeling",
        "characterisation",
        "characterization",
        "depiction",
        "portrayal",
        "accusation",
    }
)


_ASPECT_VERBS = frozenset({"continue", "begin", "finish"})


_DEFINITE = frozenset({"the", "this", "that"})


def proper_name(token: Token) -> str:
    """Return the run of proper nouns that ends with ``token`` ("Jan Sykora")."""
    start = token.i
    while start > 0 and token.doc[start - 1].pos_ == "PROPN" and token.doc[start - 1].is_title:
        start -= 1
    words = [t.text for t in token.doc[start : token.i + 1]]
    return " ".join(words[-3:])


def in_subject(token: Token) -> bool:
    """Return whether a token lies in the subject phrase of its clause."""
    for _ in range(8):
        if token.dep_ in ("nsubj", "nsubjpass"):
            return is_main_clause(token.head)
        if _apposed_to_role(token):
            # "The correspondent for the Harbour Times, Tolan Vesk, told": the parser
            # hangs the name on the paper; it names the correspondent.
            token = token.head.head.head
            continue
        if token.dep_ in ("pobj", "poss"):
            return False  # "the father of Mira Ion said": the father is the subject
        if token.head == token or token.head.pos_ in ("VERB", "AUX"):
            return False
        token = token.head
    return False


def _apposed_to_role(token: Token) -> bool:
    """Return True for a name in apposition to the object of a "for"/"of" phrase that
    hangs on a person's role noun ("the correspondent for the Harbour Times, Tolan
    Vesk"): the name is the role's, set off by commas."""
    head = token.head
    if token.dep_ != "appos" or head.dep_ != "pobj" or head.head.lower_ not in ("for", "of"):
        return False
    role = head.head.head
    return (
        role.pos_ == "NOUN"
        and role.tag_ == "NN"
        and lemma_of(role) in speaker_words().person_roles
        and token.pos_ == "PROPN"
        and token.i > 0
        and token.doc[token.left_edge.i - 1].text == ","
    )


def is_main_clause(verb: Token) -> bool:
    """Return whether a verb heads its sentence's main clause (or a conjunct of it):
    in "Holm said Berg needs to go", Holm is the subject a later "he" continues."""
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
    return verb.dep_ == "ROOT"


def role_words(span: Span) -> frozenset[str]:
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


def quoted_one(cue: Token) -> Token | None:
    """Return who is quoted in "X quoted Y as saying" (the object, or the subject of the
    passive "Y was quoted by X as saying") or "X quotes Y saying" (the noun the participle
    describes), or None without that construction."""
    if (
        cue.tag_ == "VBG"
        and cue.dep_ == "acl"
        and cue.head.pos_ in ("NOUN", "PROPN")
        and lemma_of(cue.head.head) in speaker_words().quoting_verbs
    ):
        return cue.head  # "quotes the minister saying", not "defended the plan saying"
    if (
        cue.tag_ == "VBG"
        and cue.dep_ in ("advcl", "xcomp", "oprd")
        and lemma_of(cue.head) in speaker_words().quoting_verbs
    ):
        found = next((c for c in cue.head.children if c.dep_ == "dobj"), None)
        if found is not None:
            return found
    if cue.dep_ == "pcomp" and cue.head.lower_ == "as" and cue.tag_ == "VBG":
        verb = cue.head.head
    elif lemma_of(cue) in speaker_words().quoting_verbs and any(
        c.dep_ in ("advcl", "xcomp", "oprd") and c.tag_ == "VBG" and is_cue(c) for c in cue.children
    ):
        verb = cue  # "The Courier quoted Mr. Vell saying": the quoting verb itself
    elif any(
        c.dep_ == "prep"
        and c.lower_ == "as"
        and any(g.dep_ == "pcomp" and g.tag_ == "VBG" and is_cue(g) for g in c.children)
        for c in cue.children
    ):
        verb = cue
    else:
        return None
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("NOUN", "PROPN"):
        # "reported a senior official speaking on condition of anonymity as saying"
        return verb.head
    for dep in ("dobj", "nsubjpass"):
        found = next((c for c in verb.children if c.dep_ == dep), None)
        if found is not None:
            return found
    return None


def expletive_report(verb: Token) -> bool:
    """Return whether a passive report has the empty "it" as its subject ("It has been
    noted that", "it is said that"): nobody is named as its teller."""
    return any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in verb.children) or (
        any(c.dep_ == "auxpass" for c in verb.children)
        and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in verb.children)
    )


# Verbs of speech only before a "that" clause of what is said ("agreed that '...'").
_CLAUSE_ONLY = frozenset({"agree"})


def is_cue(token: Token) -> bool:
    if token.lower_ == "according":
        return token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "to"
    if token.lemma_.lower() not in SPEECH_VERBS:
        return False
    if token.pos_ != "VERB" and not _speech_verb_read_as_noun(token):
        return False
    if any(c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") for c in token.children) and (
        token.lemma_.lower() in _ASPECT_VERBS
    ):
        return False  # "will continue to be", "began to talk": aspect, not speech
    if token.lemma_.lower() in _ASPECT_VERBS and any(
        c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") for c in token.children
    ):
        return False  # "began hearings", "continued talks": an act begun, not speech
    if token.lemma_.lower() in _CLAUSE_ONLY and not any(
        c.dep_ == "ccomp" and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
        for c in token.children
    ):
        return False  # "agreed to 'a ceasefire of thirty days'": the terms, not words said
    objects = _NEEDS_OBJECT.get(token.lemma_.lower())
    if objects is not None:
        return any(c.dep_ == "dobj" and c.lemma_.lower() in objects for c in token.children)
    particle = _NEEDS_PARTICLE.get(token.lemma_.lower())
    return particle is None or any(c.lower_ == particle for c in token.children)


def _speech_verb_read_as_noun(token: Token) -> bool:
    """Return whether the parser read a verb of speech in "-s" as a plural noun that still
    has a subject and what is said ("However, Holm states that ...", "Berg claims: '...'")."""
    return (
        token.tag_ == "NNS"
        and token.dep_ == "ROOT"
        and any(
            c.dep_ in ("nsubj", "compound") and c.pos_ in ("PROPN", "PRON") and c.i < token.i
            for c in token.children
        )
        and token.i + 1 < len(token.doc)
        and token.doc[token.i + 1].lower_ in ("that", ":", '"', "\u201c")
    )


def is_bare_passive(token: Token) -> bool:
    """Return whether a cue is a participle clause with no subject or agent ("if asked")."""
    if token.tag_ != "VBN" or not any(c.dep_ == "mark" for c in token.children):
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass", "agent", "auxpass") for c in token.children)


def is_hearsay(token: Token) -> bool:
    """Return whether "said" only reports what is believed of its subject ("a letter said
    to be from the rebels", "the man is said to be a courier"): the "to" of an
    infinitive right after it; nobody speaks ("said to reporters" still does)."""
    return (
        token.lemma_.lower() == "say"
        and token.i + 1 < len(token.doc)
        and token.doc[token.i + 1].lower_ == "to"
        # a verb, not "he said to applause" where the parser's "to" comes before a noun
        and any(c.dep_ == "xcomp" and is_infinitive(c) for c in token.children)
    )


def is_infinitive(token: Token) -> bool:
    """Return whether a verb stands in the infinitive with "to" ("declining to describe")."""
    return token.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def cue_text(cue: Token) -> str:
    particle = _NEEDS_PARTICLE.get(cue.lemma_.lower())
    return f"{cue.text} {particle}" if particle else cue.text


# Words for what is said that the parser takes for the subject of "to say" ("had this to
# say").
_SAID_THINGS = frozenset({"this", "that", "much", "little", "something", "nothing", "plenty"})


def _passive_doer(verb: Token) -> Token | None:
    """Return the named doer of the passive act a bare participle hangs on ("Norland was
    criticised by Vesland, saying ..."), or None."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or any(c.dep_ == "aux" for c in verb.children):
        return None
    head = verb.head
    if not any(c.dep_ == "auxpass" for c in head.children):
        return None
    return next(
        (
            o
            for a in head.children
            if a.dep_ == "agent"
            for o in a.children
            if o.dep_ == "pobj" and o.pos_ == "PROPN"
        ),
        None,
    )


def _name_after_opening_participle(
    chosen: Token, verb: Token, article: Attribution
) -> Token | None:
    """Return the name the parser passed over when it took a participle opening the
    sentence for the subject ("Asked about the talks, Ana Berg, a member of the panel,
    said"): the last name of a person before the verb. None when the subject is no such
    participle or no person is named there."""
    if chosen.pos_ != "VERB" or chosen.tag_ not in ("VBN", "VBD", "VBG"):
        return None
    if chosen.i != chosen.sent.start:
        return None
    return next(
        (
            t
            for t in reversed(chosen.doc[chosen.i + 1 : verb.i])
            if t.ent_type_ == "PERSON" and not article.in_quote(t.idx)
        ),
        None,
    )


def cue_subject(verb: Token, article: Attribution) -> Token | None:
    """Return the subject of a cue verb, climbing conjunctions and clauses without one.

    A participle cue ('..., adding, "..."') belongs to the reporting verb above it, so it
    takes the subject of the nearest speech verb among its ancestors when there is one.
    """
    if (
        verb.tag_ == "VBG"
        and verb.dep_ == "pcomp"
        and verb.head.lower_ == "by"
        and verb.head.head.pos_ in ("VERB", "AUX")
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    ):
        # "Vesland reacted by saying ...", "responded by stating ...": who does
        # the act the saying is the means of speaks, not a speaker of a clause above
        doer = next((c for c in verb.head.head.children if c.dep_ == "nsubj"), None)
        if doer is not None and not article.in_quote(doer.idx):
            return doer
    doer = _passive_doer(verb)
    if doer is not None and not article.in_quote(doer.idx):
        # "was criticised by Vesland, saying ...": the doer of the passive act speaks,
        # not the one it was done to
        return doer
    if verb.tag_ == "VBG" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        for ancestor in verb.ancestors:
            if article.in_quote(ancestor.idx):
                break
            if is_cue(ancestor):
                found = cue_subject(ancestor, article)
                if found is not None:
                    return found
    if (
        verb.tag_ == "VBG"
        and verb.dep_ == "advcl"
        and not any(c.dep_ == "aux" for c in verb.children)
    ):
        # "Marek defended the reporter's pass saying ...": the parser makes the object the
        # participle's subject; a bare participle belongs to the clause above.
        above = _subject_above(verb, article, lambda own: own.pos_ == "NOUN")
        if above is not None:
            return above
    if verb.tag_ == "VBG" and verb.dep_ == "ccomp" and verb.head.pos_ == "VERB":
        # "Vell makes reference to the talks saying ...": the parser makes the bare noun
        # of an idiom the participle's subject; the clause above speaks.
        above = _subject_above(
            verb,
            article,
            lambda own: (
                own.tag_ == "NN"
                and not any(c.dep_ in ("det", "poss", "compound", "amod") for c in own.children)
            ),
        )
        if above is not None:
            return above
    doer = _participle_doer(verb, article)
    if doer is not None:
        return doer
    doer = _object_participle_doer(verb, article)
    if doer is not None:
        return doer
    controller = _controlling_object(verb, article)
    if controller is not None:
        return controller
    if (
        verb.tag_ == "VBG"
        and verb.dep_ == "ccomp"
        and verb.head.pos_ == "VERB"
        and lemma_of(verb.head) not in _cue_words().get("witness_verbs", frozenset())
    ):
        # "Marsh welcomed the decision stating, '...'": the parser makes the object a
        # thing the participle's subject; who welcomed it speaks.
        above = _subject_above(
            verb,
            article,
            lambda own: (
                own.tag_ in ("NN", "NNS")
                and own.ent_type_ == ""
                and lemma_of(own) not in speaker_words().person_roles
                and lemma_of(own) not in speaker_words().institutions
            ),
        )
        if above is not None:
            return above
    if is_infinitive(verb) and verb.head != verb and verb.head.pos_ in ("VERB", "AUX"):
        # "Holt had this to say:", "he had much to say": the parser makes the pronoun the
        # infinitive's subject; who has something to say speaks.
        said = [c for c in verb.children if c.dep_ == "nsubj"]
        if said and said[0].lower_ in _SAID_THINGS:
            return next(
                (
                    c
                    for c in verb.head.children
                    if c.dep_ in ("nsubj", "nsubjpass") and not article.in_quote(c.idx)
                ),
                None,
            )
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
            if len(before) > 1:
                # "The French Embassy in Dakar, Senegal said": the country after a place in
                # a phrase of location says where, it is no second subject.
                before = [c for c in before if not _country_of_place(c)] or before
            if len(before) > 1:
                # "The minister, Tarn, in an effort to calm the public told reporters": a
                # second subject the parser found inside an inserted phrase is a common
                # noun; the name (or pronoun) before it is the subject.
                named = [c for c in before if c.pos_ in ("PROPN", "PRON")]
                before = named or before
            chosen = before[-1] if before else subjects[0]
            opened = _name_after_opening_participle(chosen, verb, article)
            if opened is not None:
                return opened
            named = _name_closing_subject(chosen, article)
            if named is not None:
                return named
            if _country_of_place(chosen):
                # The parser left "The Embassy in Dakar," hanging and made "Senegal" the
                # subject: the noun the phrase of location describes speaks.
                owner = chosen.doc[chosen.i - 2].head.head
                if owner.pos_ in ("NOUN", "PROPN") and not article.in_quote(owner.idx):
                    return owner
            return chosen
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
        if (
            verb.dep_ == "pcomp"
            and verb.head.dep_ in ("prep", "agent")  # the parser may read "by" as an agent
            and verb.head.head != verb.head
        ):
            verb = verb.head.head  # "distanced himself by saying": the clause above speaks
            seen += 1
            continue
        if (
            verb.dep_ == "acl"
            and verb.head.dep_ == "ROOT"
            and verb.head.pos_ in ("NOUN", "PROPN")
            and verb.head.i < verb.i
            and seen > 0
            and not article.in_quote(verb.head.idx)
        ):
            # "The statement finished by saying": the parser read the sentence as a noun
            # phrase; the noun before the verb is its subject.
            return verb.head
        if verb.dep_ not in ("conj", "xcomp", "advcl", "pcomp", "relcl") or verb.head == verb:
            return None
        if article.in_quote(verb.head.idx):
            return None  # the cue hangs off the quoted words: their subject is not the speaker
        if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
            return verb.head
        verb = verb.head
        seen += 1
    return None


def _name_closing_subject(subject: Token, article: Attribution) -> Token | None:
    """Return the person's name that closes a role subject the parser read as an object
    of its phrase ("Former spokesman to the UN Jon Hale said": "Hale", not the
    spokesman's country), or None."""
    if subject.pos_ != "NOUN" or lemma_of(subject) not in speaker_words().person_roles:
        return None
    doc = subject.doc
    last = doc[subject.right_edge.i]
    if last.i <= subject.i or last.pos_ != "PROPN":
        return None
    actor = article.actors.actor_at(last.idx, last.idx + len(last))
    if actor is None or actor.type != "person":
        return None
    if last.dep_ not in ("pobj", "compound", "appos"):
        return None
    prep = next((t for t in last.ancestors if t.dep_ == "prep" or t == subject), subject)
    if prep.lower_ in ("of", "for"):
        return None  # "the spokesman of President Hale": Hale's spokesman speaks
    start = last.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while start > subject.i + 1 and doc[start - 1].pos_ == "PROPN" and not doc[start - 1].ent_type_:
        start -= 1  # given names the model left out of the entity
    if any(t.ent_type_ == "PERSON" for t in doc[subject.i : start]):
        return None  # "the envoy of Jon Hale to Ana Berg": whose envoy, not the envoy
    if doc[start - 1].pos_ not in ("PROPN", "NOUN"):
        return None  # "the envoy's talks with Hale": a name right after "with" is its object
    return last


def _object_participle_doer(verb: Token, article: Attribution) -> Token | None:
    """Return who does a bare participle cue the parser hung on the object of a clause
    ("Marek defended Vell's pass saying that '...'", "saying" read as describing the
    pass): the subject of that clause. A document described so speaks for itself
    ("issued a statement saying")."""
    if not _bare_participle(verb, "acl"):
        return None
    thing = verb.head
    if thing.dep_ != "dobj" or thing.head.pos_ != "VERB" or is_document(thing):
        return None
    doer = next((c for c in thing.head.children if c.dep_ == "nsubj"), None)
    if doer is None or article.in_quote(doer.idx):
        return None
    return doer if doer.pos_ == "PROPN" or doer.lower_ in ("he", "she", "they", "we") else None


def _bare_participle(verb: Token, dep: str) -> bool:
    """Return whether ``verb`` is a participle hung by ``dep`` with no subject or
    auxiliary of its own ("..., saying")."""
    return (
        verb.tag_ == "VBG"
        and verb.dep_ == dep
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in verb.children)
    )


def _participle_doer(verb: Token, article: Attribution) -> Token | None:
    """Return who does a bare participle cue hung on a clause whose subject is a passive
    thing ("He made clear the need for investment must be met ..., saying '...'"): the
    subject of the nearest clause above that a person or pronoun heads, or None."""
    if not _bare_participle(verb, "advcl"):
        return None
    head = verb.head
    own = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if own is None or not (own.dep_ == "nsubjpass" and own.pos_ == "NOUN" and not own.ent_type_):
        return None
    for clause in head.ancestors:
        if article.in_quote(clause.idx):
            return None
        doer = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if doer is not None and (
            doer.pos_ == "PROPN" or doer.lower_ in ("he", "she", "they", "we", "i")
        ):
            return doer
    return None


def _subject_above(verb: Token, article: Attribution, misparsed) -> Token | None:
    """Return the speaker of the clause above a participle cue whose own subject, outside
    quotation marks, is a word ``misparsed`` says the parser wrongly made its subject (an
    object or an idiom's noun), or None."""
    own = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if own is None or not misparsed(own) or article.in_quote(own.idx):
        return None
    return cue_subject(verb.head, article)


def _cue_words() -> dict[str, frozenset[str]]:
    from analysis.quote_coref import quote_speaker_words  # noqa: PLC0415 (import cycle)

    return quote_speaker_words()


def _controlling_object(verb: Token, article: Attribution) -> Token | None:
    """Return the object of a verb like "cause" or "allow" that an infinitive cue with no
    subject of its own hangs off ("The launch caused analyst Varga to declare",
    "The chair allowed Tarn to respond"): that object speaks, not the verb's subject."""
    if not is_infinitive(verb) or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    head = verb.head
    if head == verb or lemma_of(head) not in _cue_words().get("object_control_verbs", frozenset()):
        return None
    return next(
        (
            c
            for c in head.children
            if c.dep_ == "dobj" and c.i < verb.i and not article.in_quote(c.idx)
        ),
        None,
    )


def _country_of_place(token: Token) -> bool:
    """Return whether a name follows "in/at <place>," as that place's country ("in Dakar,
    Senegal")."""
    doc = token.doc
    if token.ent_type_ != "GPE" or token.i < 3 or doc[token.i - 1].text != ",":
        return False
    place = doc[token.i - 2]
    return (
        place.ent_type_ in ("GPE", "LOC", "FAC")
        and place.dep_ == "pobj"
        and place.head.lower_ in ("in", "at", "from")
    )


def lemma_of(token: Token) -> str:
    return token.lemma_.lower()


def is_definite(token: Token) -> bool:
    return any(c.dep_ in ("det", "poss") and c.lower_ in _DEFINITE for c in token.children)


def noun_phrase(token: Token) -> list[Token]:
    """Return the subject's phrase: left modifiers, appositions, conjuncts, of/for/at
    objects (the parser reads "Vice President for strategy and plans Jan Sykora" as two),
    and the "on" part of a capitalised name."""
    tokens = list(token.doc[token.left_edge.i : token.i + 1])
    for child in token.children:
        if (
            child.dep_ in ("appos", "conj")
            or (child.dep_ == "prep" and child.lower_ in ("for", "of", "at"))
            or (
                # "the Project on Harbour Oversight": "on" goes on inside a capitalised name
                child.dep_ == "prep"
                and child.lower_ == "on"
                and token.is_title
                and any(o.dep_ == "pobj" and o.is_title for o in child.children)
            )
        ):
            tokens.extend(child.subtree)
    return tokens


# The most tokens of a subject phrase kept as its written speaker.
WRITTEN_TOKENS = 8


def _links(token: Token) -> bool:
    """Return whether a token links a phrase to a part after it ("of", "at", "including",
    "and")."""
    return token.pos_ in ("ADP", "CCONJ") or token.dep_ == "prep"


def written_phrase(phrase: list[Token]) -> str:
    """Return a subject phrase as written, cut to a readable length."""
    ordered = sorted(phrase, key=lambda t: t.i)
    if len(ordered) > WRITTEN_TOKENS:
        # "the mother of Ana Ruiz, one of the hostages": a phrase too long to show whole
        # ends where its apposition begins, not inside it
        comma = next(
            (k for k, t in enumerate(ordered[: WRITTEN_TOKENS + 1]) if k >= 2 and t.text == ","),
            None,
        )
        ordered = ordered[:comma] if comma is not None else ordered
    # the first comma after a word, whether or not the phrase holds it
    named = next((k for k in range(1, len(ordered)) if ordered[k - 1].nbor(1).text == ","), None)
    if named is not None and named >= 2 and all(t.pos_ == "PROPN" for t in ordered[:named]):
        # "Ulan Tarn, an opposition activist, said": the name, not the name and its role
        ordered = ordered[:named]
    words = [t for t in ordered[:WRITTEN_TOKENS] if not t.is_punct]
    if len(ordered) > WRITTEN_TOKENS:
        # 'an employee of the ministry at the Harbour Hospital': a phrase cut inside its
        # last "at/of/in ..." part loses that whole part, not only its last words.
        cut = max((k for k, t in enumerate(words) if _links(t) and k >= 3), default=0)
        words = words[:cut] if cut else words
    while words and (_links(words[-1]) or words[-1].pos_ == "DET") and len(words) > 1:
        words.pop()  # 'Communication Director at the': no phrase ends on a linking word
    if len(words) > 1 and words[-1].tag_ == "POS":
        words.pop()  # "the committee's report said": the committee, not "committee's"

    # Tokens written together stay together ("the campaign's", not "the campaign 's").
    written = ""
    for k, token in enumerate(words):
        if k and (words[k - 1].whitespace_ or words[k - 1].i + 1 != token.i):
            written += " "
        written += token.text
    return written.strip()
