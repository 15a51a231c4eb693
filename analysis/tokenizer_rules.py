"""Changes to the model's tokenizer, made once when the pipeline is built.

- Square brackets are split off words, so a citation mark never sticks to a name
  ("Agency[3]" -> "Agency", "[", "3", "]").
- A word with a bound prefix and a hyphen ("re-open", "co-operate") stays one token
  (``data/tokenizer.toml``), so the parser sees one verb where the text has one.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex


@cache
def _rules() -> dict:
    with resources.files("analysis.data").joinpath("tokenizer.toml").open("rb") as fh:
        return tomllib.load(fh)


@cache
def prefixed_word() -> re.Pattern[str]:
    """Return the pattern of a whole lower-case word made of a bound prefix, a hyphen and
    letters. A capital is a name or a title word ("pre-Iraq", "Co-chair Ana Lind", "Trade
    & Co-Operatives"), which the tokenizer keeps splitting so the names stay as they were."""
    prefixes = "|".join(sorted(map(re.escape, _rules()["prefixed_words"]["prefixes"])))
    return re.compile(rf"^(?:{prefixes})-[a-z]{{2,}}$")


def split_citation_marks(nlp: Language) -> None:
    """Make the tokenizer split square brackets off words."""
    infixes = [*nlp.Defaults.infixes, r"[\[\]]"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


def keep_prefixed_words(nlp: Language) -> None:
    """Make the tokenizer keep a bound-prefix word ("re-establish") as one token.

    The tokenizer tries ``token_match`` on each chunk after stripping punctuation from
    its ends, so "re-open," still gives "re-open" and ",". An existing matcher is kept.
    """
    nlp.tokenizer.token_match = _PrefixedWordMatch(nlp.tokenizer.token_match)


class _PrefixedWordMatch:
    """A ``token_match`` that keeps bound-prefix words whole, then asks the previous one.

    A class rather than a closure: ``nlp.pipe(n_process=...)`` may pickle the pipeline.
    """

    def __init__(self, previous) -> None:
        self.previous = previous
        self.match = prefixed_word().match

    def __call__(self, text: str):
        found = self.match(text)
        if found is None and self.previous is not None:
            return self.previous(text)
        return found


def adjust_tokenizer(nlp: Language) -> None:
    """Apply every tokenizer rule of this module to ``nlp``."""
    split_citation_marks(nlp)
    keep_prefixed_words(nlp)


_VERB_ENDINGS = frozenset({"is"})


@cache
def split_demonyms() -> dict[tuple[str, str], str]:
    """Return the demonyms a source may show split after the country's name, keyed by the
    two pieces: ("Romania", "n") -> "Romanian", ("Iraq", "is") -> "Iraqis".

    Wiki sources that link "[[Romania]]n" lose the link at export and leave "Romania n";
    the pieces come from the gazetteer (a name and a demonym that starts with it). An
    ending that is a verb of its own ("Israel is") is far more often that verb, and is
    left out."""
    from analysis.entity_rules import demonym_forms, gazetteer

    out: dict[tuple[str, str], str] = {}
    for entry in gazetteer():
        for name in (entry.name, *entry.aliases):
            for demonym in entry.demonyms:
                for form in demonym_forms(demonym):
                    rest = form[len(name) :]
                    if (
                        form.startswith(name)
                        and rest.isalpha()
                        and rest.islower()
                        and rest not in _VERB_ENDINGS
                    ):
                        out[(name, rest)] = form
    return out


def split_form(demonym: str) -> str | None:
    """Return how a demonym reads when split after its country's name ("Romania n")."""
    for (name, rest), form in split_demonyms().items():
        if form == demonym:
            return f"{name} {rest}"
    return None


_VOWELS = frozenset("aeiou")


@Language.component("joined_demonyms")
def joined_demonyms(doc: Doc) -> Doc:
    """Make each split demonym ("Romania n government") one token that the model reads as
    the demonym: the token keeps its text, so offsets and the stored text are unchanged,
    while its lexeme gets the demonym's norm, lower case, affixes and shape, the features
    the model's embeddings and the rules read.

    "Europe an" is only joined when the next word cannot take the article "an" (a
    lower-case vowel), so "gave Europe an ultimatum" keeps its article."""
    table = split_demonyms()
    found: list[tuple[int, str]] = []
    i = 0
    while i < len(doc) - 1:
        left, right = doc[i], doc[i + 1]
        form = table.get((left.text, right.text)) if left.whitespace_ == " " else None
        if form is not None and right.text == "an" and i + 2 < len(doc):
            following = doc[i + 2].text
            if following[:1] in _VOWELS:
                form = None
        if form is not None:
            found.append((i, form))
            i += 2
        else:
            i += 1
    if not found:
        return doc
    with doc.retokenize() as retokenizer:
        for i, form in found:
            _read_as(doc.vocab[f"{doc[i].text} {doc[i + 1].text}"], form)
            retokenizer.merge(doc[i : i + 2], attrs={"NORM": form.lower()})
    return doc


def _read_as(lexeme, form: str) -> None:
    """Give the lexeme of a split form the word features of the whole form."""
    if lexeme.norm_ == form.lower():
        return
    model = lexeme.vocab[form]
    lexeme.norm_ = model.norm_
    lexeme.lower_ = model.lower_
    lexeme.prefix_ = model.prefix_
    lexeme.suffix_ = model.suffix_
    lexeme.shape_ = model.shape_
    lexeme.is_alpha = True
    lexeme.is_title = model.is_title


@cache
def _split_pattern() -> re.Pattern[str]:
    pieces = sorted((f"{n} {r}" for n, r in split_demonyms()), key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, pieces))})\b")


def join_split_demonyms(text: str) -> str:
    """Return a name with its split demonyms joined ("Brazil ian Senate" -> "Brazilian
    Senate"): the actors table shows the word, the mentions keep the source's text."""
    if " " not in text:
        return text
    return _split_pattern().sub(lambda m: m.group(0).replace(" ", ""), text)
