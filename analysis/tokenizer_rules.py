"""Changes to the model's tokenizer, made once when the pipeline is built.

- Square brackets are split off words, so a citation mark never sticks to a name
  ("Agency[3]" -> "Agency", "[", "3", "]").
- A word with a bound prefix and a hyphen ("re-open", "co-operate") stays one token
  (``data/tokenizer.toml``), so the parser sees one verb where the text has one.
- An abbreviated rank or style with its full stop ("Lieut.", "Cmdr.") stays one token.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources

from spacy.attrs import ORTH
from spacy.language import Language
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


@cache
def title_abbreviations() -> frozenset[str]:
    """Return the abbreviated ranks and styles whose full stop ends no sentence before a
    name ("Lieut. Colonel Ana Berg"), lower case and without the stop."""
    return frozenset(_rules()["sentences"]["title_abbreviations"])


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


def keep_rank_abbreviations(nlp: Language) -> None:
    """Make the tokenizer keep an abbreviated rank or style with its full stop as one
    token ("Lieut.", "Cmdr.", "Insp."), as it already does for "Mr." and "Gen.", so the
    parser reads it as a title word and not as the end of a sentence."""
    for word in sorted(title_abbreviations()):
        for form in (word.capitalize(), word.upper()):
            text = f"{form}."
            if len(nlp.tokenizer(text)) > 1:
                nlp.tokenizer.add_special_case(text, [{ORTH: text}])


def adjust_tokenizer(nlp: Language) -> None:
    """Apply every tokenizer rule of this module to ``nlp``."""
    split_citation_marks(nlp)
    keep_prefixed_words(nlp)
    keep_rank_abbreviations(nlp)
