"""Rule components the project adds to the spaCy model.

``paragraph_sentences`` runs before the parser and fixes what the layout already tells:

- the first token of every paragraph and of every line starts a sentence, so a heading
  ("Deepening Maritime Cooperation") is never glued onto the sentence after it and no
  sentence runs across a blank line;
- a token that follows a word or number on the same line never starts one: a sentence
  begins after punctuation or a line break, not between "Rajnath" and "Singh" (the small
  model's parser sometimes splits the first words of a paragraph that follows a heading).

Every other token is left undecided and the parser splits sentences inside a paragraph.

``semicolon_clauses`` and ``reporting_conjuncts`` run after the parser: a clause that ends
at a semicolon is never the complement of the verb after it, and a past verb joined to a
reported present clause goes with the verb that reports it.

``cache_token_rules`` and ``cache_lemmas`` give the model's attribute ruler and rule
lemmatizer a mixin that does each kind of token once (same attributes and lemmas).
"""

from __future__ import annotations

import numpy
from spacy.attrs import IDS, LEMMA, MORPH, ORTH, POS, SENT_START
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Token

from analysis.tokenizer_rules import title_abbreviations


def _ends_line(token: Token) -> bool:
    return "\n" in token.whitespace_ or (token.is_space and "\n" in token.text)


def _is_word(token: Token) -> bool:
    return not token.is_space and (token.is_alpha or token.like_num)


@Language.component("semicolon_clauses")
def semicolon_clauses(doc: Doc) -> Doc:
    """Return ``doc`` with a clause that ends at a semicolon freed from the verb after it.

    The parser reads "Norland asked for help; four states answered the request" as if
    the first clause were what the second verb says (``ccomp`` of "answered"), and every
    rule then takes the request for words reported by others. A clause before the one
    semicolon of a sentence stands on its own: its label becomes ``dep``, the label of a
    dependent of no known kind, which no rule reads as reported words; its head stays. A
    subordinate clause, and a list of clauses as in a motion ("whereas ...; whereas ...;
    resolved"), are left as read.
    """
    for token in doc:
        if token.dep_ != "ccomp" or token.head.i <= token.i:
            continue
        if any(c.dep_ == "mark" for c in token.children):
            continue  # "whereas the memo shows ...;": still a subordinate clause
        if sum(t.text == ";" for t in token.sent) != 1:
            continue  # a list of clauses ("WHEREAS ...; WHEREAS ...; RESOLVED"): left alone
        between = doc[token.right_edge.i + 1 : token.head.i]
        if any(t.text == ";" and t.head.i == token.head.i for t in between):
            token.dep_ = "dep"
    return doc


@Language.component("reporting_conjuncts")
def reporting_conjuncts(doc: Doc) -> Doc:
    """Return ``doc`` with a past verb joined to a reported present clause moved up to the
    reporting verb it goes with.

    In "Holm said the plan is a threat and called on Vesland to respond" the parser joins
    "called" to "is", inside what Holm said, and the call gets the subject of the
    reported clause. A past verb with no subject of its own, joined to a present clause
    that a past verb reports, shares the tense and the subject of the reporting verb:
    it is that verb's conjunct. A past reported clause ("said the talks were useful and
    ended ...") is left as the parser read it: the tenses do not tell.
    """
    for token in doc:
        if token.dep_ != "conj" or token.tag_ != "VBD":
            continue
        clause = token.head
        if clause.dep_ != "ccomp" or clause.i > token.i:
            continue
        reporter = clause.head
        if reporter.tag_ != "VBD" or reporter.i > clause.i:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in token.children):
            continue
        finite = [clause, *(c for c in clause.children if c.dep_ in ("aux", "auxpass"))]
        if not any(t.tag_ in ("VBZ", "VBP") for t in finite):
            continue
        between = doc[reporter.i : token.i].text  # the span's text, not the whole doc's
        if between.count('"') % 2 or between.count("“") > between.count("”"):
            continue  # 'said that "the units are on alert and determined to ...': quoted
        token.head = reporter
    return doc


@Language.component("paragraph_sentences")
def paragraph_sentences(doc: Doc) -> Doc:
    """Return ``doc`` with sentence starts set at line breaks and ruled out after words.

    The starts are written in one array (``Doc.from_array``): setting
    ``Token.is_sent_start`` token by token checks the whole doc for a parse each time.
    """
    if len(doc) == 0:
        return doc
    if doc.has_annotation("DEP"):
        raise ValueError("paragraph_sentences must run before the parser")
    starts = doc.to_array([SENT_START]).astype(numpy.int64)
    starts[0] = 1
    after_break = False
    previous_word = previous_ends = False
    ranks = title_abbreviations()
    for i, token in enumerate(doc):
        space = token.is_space
        ends = _ends_line(token)
        if i > 0:
            if after_break and not space:
                starts[i] = 1
                after_break = False
            elif (previous_word and not previous_ends and not space) or (
                not ends and _after_rank(doc, i, ranks)
            ):
                # "Lieut." "Colonel Ana Berg": a name after an abbreviated rank goes on
                starts[i] = -1
            if ends:
                after_break = True
        previous_word = _is_word(token)
        previous_ends = ends
    doc.from_array([SENT_START], starts.astype(numpy.uint64))
    return doc


def _after_rank(doc: Doc, i: int, ranks: frozenset[str]) -> bool:
    """Return whether token ``i`` is a name word right after an abbreviated rank or style
    and its full stop ("Lieut." "Colonel", "Insp." "Vesk"), which no sentence starts at."""
    token = doc[i]
    if not token.is_title or token.is_stop:
        return False
    before = doc[i - 1]
    if before.text == "." and i >= 2 and not doc[i - 2].whitespace_:
        word = doc[i - 2].lower_
    elif before.text.endswith(".") and len(before.text) > 1:
        word = before.lower_[:-1]
    else:
        return False
    return word in ranks and not _ends_line(before)


class CachedLemmas:
    """Mixin for spaCy's rule lemmatizer: one lemma per (word, part of speech, morphology).

    The rule lemmatizer's result depends on nothing else (``rule_lemmatize`` keys its
    own cache the same way), yet it walks every token in Python, builds the token's
    ``pos_`` and ``morph`` strings and looks the key up through them: about 8% of the
    model's time. Here the keys are read in one array, the lemma of each new key comes
    from the lemmatizer itself, and the lemmas are written in one array. Tokens that
    already have a lemma (set by the attribute ruler) keep it, as with the lemmatizer.
    """

    def __call__(self, doc: Doc) -> Doc:
        plain = getattr(self, "mode", None) != "rule" or getattr(self, "overwrite", True)
        if plain or not getattr(self, "_validated", False):
            return super().__call__(doc)  # type: ignore[misc]
        if len(doc) == 0:
            return doc
        lemmas = getattr(self, "_lemma_hashes", None)
        if lemmas is None:
            lemmas = self._lemma_hashes = {}
        array = doc.to_array([LEMMA, ORTH, POS, MORPH])
        strings = doc.vocab.strings
        changed = False
        for i in numpy.flatnonzero(array[:, 0] == 0).tolist():
            key = (int(array[i, 1]), int(array[i, 2]), int(array[i, 3]))
            lemma = lemmas.get(key)
            if lemma is None:
                lemma = lemmas[key] = strings.add(self.lemmatize(doc[i])[0])  # type: ignore[attr-defined]
            array[i, 0] = lemma
            changed = True
        if changed:
            doc.from_array([LEMMA], array[:, :1].copy())
        return doc


class WordList(list):
    """A list of words whose ``in`` is a set lookup (the order and contents are kept)."""

    def __init__(self, words) -> None:
        super().__init__(words)
        self._set = frozenset(self)

    def __contains__(self, word) -> bool:
        return word in self._set


def _mix_in(component: object, mixin: type, *, needs: str) -> bool:
    """Put ``mixin`` before the component's own class; False when it is there already or
    the component lacks the method ``needs`` that the mixin relies on."""
    cls = type(component)
    if isinstance(component, mixin) or not hasattr(component, needs):
        return False
    component.__class__ = type(f"Cached{cls.__name__}", (mixin, cls), {})
    return True


def cache_lemmas(language: Language) -> None:
    """Give the pipeline's rule lemmatizer ``CachedLemmas`` (same lemmas, less time).

    The rule lemmatizer's word index (``lemma_index``, tens of thousands of words per part
    of speech) is a list that each new word is looked up in, one comparison per word:
    it becomes a ``WordList``, the same list with a set lookup.
    """
    if "lemmatizer" not in language.component_names:
        return
    lemmatizer = language.get_pipe("lemmatizer")
    if not _mix_in(lemmatizer, CachedLemmas, needs="rule_lemmatize"):
        return
    lookups = getattr(lemmatizer, "lookups", None)
    if lookups is not None and lookups.has_table("lemma_index"):
        index = lookups.get_table("lemma_index")
        for pos, words in list(index.items()):
            if type(words) is list:
                index[pos] = WordList(words)


class TokenRules:
    """Mixin for spaCy's attribute ruler: single-token rules looked up once per kind of token.

    The attribute ruler runs a ``Matcher`` of some 180 patterns over every token: about
    a tenth of the model's time. Nearly all patterns are one token long and read only a
    few attributes of it (lower case, tag, dependency), so the rules that match a token
    follow from those attributes: they are matched once per new combination (the same
    ``Matcher``, on that one token) and looked up after that. Longer patterns still run
    through a ``Matcher`` of their own over the doc. The matches then go, in the ruler's
    own order, to the ruler's own ``set_annotations``: the tokens get the same attributes.
    """

    def __call__(self, doc: Doc) -> Doc:
        rules = self._token_rules()
        if rules is None:
            return super().__call__(doc)  # type: ignore[misc]
        single, attr_ids, longer, keys = rules
        known: dict = self._rules_by_token  # type: ignore[attr-defined]
        array = doc.to_array(attr_ids)
        if array.ndim == 1:
            array = array.reshape(-1, 1)
        matches = []
        for i, row in enumerate(map(tuple, array.tolist())):
            found = known.get(row)
            if found is None:
                found = known[row] = tuple(
                    sorted({m_id for m_id, _, _ in single(doc[i : i + 1], allow_missing=True)})
                )
            matches.extend((keys[m_id], m_id, i, i + 1) for m_id in found)
        if len(longer):
            matches.extend(
                (keys[m_id], m_id, s, e)
                for m_id, s, e in longer(doc, allow_missing=True, as_spans=False)
            )
        matches.sort()
        self.set_annotations(doc, matches)  # type: ignore[attr-defined]
        return doc

    def _token_rules(self):
        size = len(self.attrs)  # type: ignore[attr-defined]
        cached = getattr(self, "_rules_of_size", None)
        if cached is not None and cached[0] == size:
            return cached[1]
        vocab = self.vocab  # type: ignore[attr-defined]
        single, longer = Matcher(vocab), Matcher(vocab)
        names: set[str] = set()
        keys = {}
        for i, entry in enumerate(self.patterns):  # type: ignore[attr-defined]
            key = vocab.strings.add(str(i))
            keys[key] = i
            one = [p for p in entry["patterns"] if _one_token(p)]
            rest = [p for p in entry["patterns"] if not _one_token(p)]
            names.update(name.upper() for p in one for name in p[0])
            if one:
                single.add(key, one)
            if rest:
                longer.add(key, rest)
        rules = (single, [IDS[name] for name in sorted(names)], longer, keys) if names else None
        self._rules_of_size = (size, rules)
        self._rules_by_token = {}
        return rules


def _one_token(pattern: list[dict]) -> bool:
    """Whether a Matcher pattern matches exactly one token by attributes a doc array holds."""
    return (
        len(pattern) == 1
        and "OP" not in pattern[0]
        and all(name.upper() in IDS and name.upper() not in _NOT_IN_ARRAY for name in pattern[0])
    )


# Matcher keys that are not token attributes read with ``Doc.to_array``.
_NOT_IN_ARRAY = frozenset({"OP", "_", "TEXT", "MORPH", "ENT_ID", "SENT_START", "IS_SENT_START"})


def cache_token_rules(language: Language) -> None:
    """Give the pipeline's attribute ruler ``TokenRules`` (same attributes, less time)."""
    if "attribute_ruler" not in language.component_names:
        return
    _mix_in(language.get_pipe("attribute_ruler"), TokenRules, needs="set_annotations")
