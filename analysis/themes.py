"""Themes: what an article is about, how strongly, and the sentence that shows it.

Taxonomy
    A theme has an id, a label, a description and three lists of patterns: ``lemmas``
    (single words), ``nouns`` (single words counted only where the tagger reads them as
    nouns: "exercise" but not "exercise restraint") and ``phrases`` (word sequences),
    and may list ``exclude`` phrases, idioms inside which its words mean something else
    ("conflict of interest", "tear gas", "trade union").
    The shipped taxonomy lives in ``analysis/data/themes.toml``; a user file in the
    same layout extends it (same id replaces, new id adds) unless it says
    ``replace = true``.

Matching
    Two spaCy ``PhraseMatcher`` s run over the parsed doc. One compares lower-case token
    text with the pattern, its last word in any regular inflection ("navies", "supply
    chains", "sanctioned"); the other compares lemmas with the pattern in lower,
    capitalised or upper case (a proper noun such as "Navy" keeps its capital in the
    lemma). British and American spellings match each other. A hyphenated word
    ("co-production") matches the three tokens the tokenizer makes of it, the words with
    a space or nothing between them, or one unsplit token. A word or noun pattern is a
    weak hit (strength 1), a phrase pattern a strong hit (strength 2). Within one theme
    overlapping hits count once, the longest winning.

Score
    The article's sentences are weighted: the title, headings (short lines without final
    punctuation, which the pipeline keeps as sentences of their own) and the first
    ``LEAD_SENTENCES`` sentences weigh ``PROMINENT_WEIGHT``, every other sentence 1.
    For each theme::

        coverage = weight of the sentences carrying the theme / weight of all sentences
        density  = min(1, hits of the theme / number of sentences)
        score    = COVERAGE_SHARE * coverage + (1 - COVERAGE_SHARE) * density

    so the score lies in [0, 1] and grows both with how much of the article is about the
    theme and with how often it comes up. A title the doc's text does not start with is
    matched as one more prominent sentence (and counts in ``n_sentences``); a title cut
    short with an ellipsis that the text starts with is the text's opening, not a
    sentence of its own.

Threshold
    A theme is reported for an article only when it is really discussed, never on one
    passing word. All four must hold:

    * support (the sum over sentences of sentence weight times hit strength) is at least
      ``MIN_SUPPORT``;
    * it is carried by at least ``MIN_SENTENCES`` sentences, or by a prominent sentence
      (title, heading, lead) with a phrase hit;
    * the score is at least ``MIN_SCORE``;
    * it has a word or phrase hit, or a noun hit in a prominent sentence: ``nouns`` are
      common words ("contract", "industry", "budget") that mean the theme in a defence
      article's headline but, scattered through the body of an article about something
      else (a gas deal's "long-term contracts"), do not.

Commitments and relations
    A sentence that holds one of the article's commitments grounds a theme like a
    prominent one, so what the actors commit to counts as what the article is about. An article in which two or more states or bodies act but that reaches no
    theme gets one all the same: the theme with the highest score among those grounded
    with support of at least two, else ``RELATIONS_THEME`` (diplomacy) when one of its
    commitments is made to another of those parties (``related_commitments``: the
    sentences of those commitments; the first is the evidence). An article whose
    commitments address nobody (a bill passed, a candidate's pledge) gets no default.

Evidence
    The strongest sentence: highest hit strength; on a tie the title or a lead sentence,
    then any other full sentence, then a heading (a heading is a fragment, a poor quote);
    then the earliest.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import re
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from analysis.spans import doc_text

DEFAULT_TAXONOMY_FILE = "themes.toml"

PROMINENT_WEIGHT = 2.0
LEAD_SENTENCES = 2
HEADING_MAX_WORDS = 12
COVERAGE_SHARE = 0.7
WORD_STRENGTH = 1
PHRASE_STRENGTH = 2
MIN_SUPPORT = 3.0
MIN_SENTENCES = 2
MIN_SCORE = 0.04
# The theme of an article about parties' relations that matches no theme of its own.
RELATIONS_THEME = "diplomacy"

THEME_KEYS = frozenset({"label", "description", "lemmas", "nouns", "phrases", "exclude"})
TOP_LEVEL_KEYS = frozenset({"replace", "themes"})
PATTERN_KEYS = ("lemmas", "nouns", "phrases")
NOUN_TAGS = ("NOUN", "PROPN")

# Kinds of sentence, as scoring sees them.
TITLE, HEADING, LEAD, BODY = "title", "heading", "lead", "body"
_EVIDENCE_RANK = {TITLE: 3, LEAD: 3, BODY: 2, HEADING: 1}

_THEME_ID = re.compile(r"^[A-Za-z0-9_\-]+$")
_TOML_POSITION = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")
_TOML_AT_END = re.compile(r"\s*\(at end of document\)\s*$")
_HYPHENS = ("-", "\u2010", "\u2011", "\u2013")
_FINAL_PUNCTUATION = tuple(".!?;:,\"'\u201d\u2019)")
# How a title shortened from the opening sentence ends.
TITLE_ELLIPSIS = "\u2026"
TITLE_DOTS = "..."
# Spelling pairs, applied to word endings (first) or whole words (second), both ways.
_SPELLING_SUFFIXES = (
    ("isation", "ization"),
    ("ise", "ize"),
    ("ence", "ense"),
    ("tre", "ter"),
    ("our", "or"),
)
_SPELLING_WORDS = (("programme", "program"), ("manoeuvre", "maneuver"))


class TaxonomyError(ValueError):
    """A taxonomy file that cannot be used; the message names the file, line and problem."""


@dataclass(frozen=True)
class Theme:
    """One theme of a taxonomy and the patterns that find it."""

    id: str
    label: str
    description: str = ""
    lemmas: tuple[str, ...] = ()
    phrases: tuple[str, ...] = ()
    nouns: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()

    @property
    def patterns(self) -> tuple[str, ...]:
        """Every pattern of the theme: words, nouns, then phrases."""
        return self.lemmas + self.nouns + self.phrases


@dataclass(frozen=True)
class Taxonomy:
    """An ordered, hashable set of themes."""

    themes: tuple[Theme, ...]

    def fingerprint(self) -> str:
        """Return a short hash of the taxonomy's content (changes with any pattern)."""
        content = json.dumps([asdict(theme) for theme in self.themes], sort_keys=True)
        return hashlib.sha256(content.encode("utf-8")).hexdigest()[:12]

    def labels(self) -> dict[str, str]:
        """Return theme id -> label, in taxonomy order."""
        return {theme.id: theme.label for theme in self.themes}

    def ids(self) -> tuple[str, ...]:
        """Return the theme ids in taxonomy order."""
        return tuple(theme.id for theme in self.themes)

    def extended(self, other: Taxonomy) -> Taxonomy:
        """Return this taxonomy with ``other``'s themes replacing same ids and added after."""
        replacements = {theme.id: theme for theme in other.themes}
        kept = tuple(replacements.pop(theme.id, theme) for theme in self.themes)
        added = tuple(theme for theme in other.themes if theme.id in replacements)
        return Taxonomy(kept + added)


# ---------------------------------------------------------------- loading taxonomies


@cache
def default_taxonomy() -> Taxonomy:
    """Return the shipped taxonomy (``analysis/data/themes.toml``)."""
    source = resources.files("analysis").joinpath("data", DEFAULT_TAXONOMY_FILE)
    themes, _ = _parse_taxonomy(source.read_text("utf-8"), name=DEFAULT_TAXONOMY_FILE)
    return Taxonomy(themes)


def load_taxonomy(path: str | Path, *, extend: bool | None = None) -> Taxonomy:
    """Return the taxonomy a TOML file describes, by default on top of the shipped one.

    ``extend=None`` lets the file decide (``replace = true`` replaces the default);
    ``True`` or ``False`` overrides the file. Raises ``TaxonomyError`` for a file that is
    not UTF-8, not TOML or not a valid taxonomy, and ``OSError`` when it cannot be read.
    """
    path = Path(path)
    data = path.read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise TaxonomyError(f"{path}: not UTF-8 text ({err.reason})") from err
    return load_taxonomy_text(text, name=str(path), extend=extend)


def load_taxonomy_text(
    text: str, *, name: str = "<upload>", extend: bool | None = None
) -> Taxonomy:
    """Return the taxonomy a TOML text describes (see ``load_taxonomy``)."""
    themes, replace = _parse_taxonomy(text, name=name)
    if extend is None:
        extend = not replace
    if extend:
        return default_taxonomy().extended(Taxonomy(themes))
    if not themes:
        raise TaxonomyError(f"{name}: a replacing taxonomy needs at least one [themes.<id>]")
    return Taxonomy(themes)


def _parse_taxonomy(text: str, *, name: str) -> tuple[tuple[Theme, ...], bool]:
    """Return the themes a TOML text defines and whether it asks to replace the default."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise TaxonomyError(_decode_message(err, text, name)) from err
    unknown = sorted(set(data) - TOP_LEVEL_KEYS)
    if unknown:
        key = unknown[0]
        raise TaxonomyError(
            _located(name, _key_line(text, None, key), f"unknown top-level key {key!r}")
        )
    replace = data.get("replace", False)
    if not isinstance(replace, bool):
        raise TaxonomyError(
            _located(name, _key_line(text, None, "replace"), "'replace' must be true or false")
        )
    tables = data.get("themes", {})
    if not isinstance(tables, dict):
        raise TaxonomyError(
            _located(name, _key_line(text, None, "themes"), "'themes' must be a table of themes")
        )
    themes = tuple(
        _theme(theme_id, table, text=text, name=name) for theme_id, table in tables.items()
    )
    return themes, replace


def _decode_message(err: tomllib.TOMLDecodeError, text: str, name: str) -> str:
    """Return 'file, line N, column M: invalid TOML: problem' for a TOML syntax error."""
    message = str(getattr(err, "msg", "") or err)
    line = getattr(err, "lineno", None)
    column = getattr(err, "colno", None)
    found = _TOML_POSITION.search(message)
    if found:
        message = message[: found.start()]
        line = line or int(found.group(1))
        column = column or int(found.group(2))
    at_end = _TOML_AT_END.search(message)
    if at_end:
        # An unfinished value: the problem shows on the last line of the file.
        message = message[: at_end.start()] + " (the file ends too early)"
        line = line or max(1, len(text.splitlines()))
    where = f", line {line}" if line else ""
    where += f", column {column}" if line and column else ""
    return f"{name}{where}: invalid TOML: {message}"


def _theme(theme_id: str, table: Any, *, text: str, name: str) -> Theme:
    """Return one validated theme from its TOML table."""

    def fail(problem: str, key: str | None = None) -> TaxonomyError:
        line = _key_line(text, theme_id, key) if key else None
        line = line or _theme_line(text, theme_id)
        return TaxonomyError(_located(name, line, f"theme {theme_id!r}: {problem}"))

    if not isinstance(table, dict):
        raise fail("must be a table with label, description, lemmas, nouns and phrases")
    if not _THEME_ID.match(theme_id):
        raise fail("ids may hold only letters, digits, '_' and '-'")
    unknown = sorted(set(table) - THEME_KEYS)
    if unknown:
        allowed = ", ".join(sorted(THEME_KEYS))
        raise fail(f"unknown key {unknown[0]!r} (allowed: {allowed})", unknown[0])
    label = table.get("label")
    if not isinstance(label, str) or not label.strip():
        raise fail("needs a non-empty text 'label'", "label" if "label" in table else None)
    description = table.get("description", "")
    if not isinstance(description, str):
        raise fail("'description' must be text", "description")
    patterns: dict[str, tuple[str, ...]] = {}
    for key in PATTERN_KEYS:
        value = table.get(key, [])
        if not isinstance(value, list) or not all(
            isinstance(item, str) and item.strip() for item in value
        ):
            raise fail(f"'{key}' must be a list of non-empty strings", key)
        patterns[key] = tuple(dict.fromkeys(" ".join(item.split()) for item in value))
    if not any(patterns.values()):
        raise fail("has no patterns: give at least one entry in 'lemmas', 'nouns' or 'phrases'")
    exclude = table.get("exclude", [])
    if not isinstance(exclude, list) or not all(
        isinstance(item, str) and item.strip() for item in exclude
    ):
        raise fail("'exclude' must be a list of non-empty strings", "exclude")
    return Theme(
        id=theme_id,
        label=label.strip(),
        description=description.strip(),
        lemmas=patterns["lemmas"],
        nouns=patterns["nouns"],
        phrases=patterns["phrases"],
        exclude=tuple(dict.fromkeys(" ".join(item.split()) for item in exclude)),
    )


def _located(name: str, line: int | None, problem: str) -> str:
    return f"{name}, line {line}: {problem}" if line else f"{name}: {problem}"


def _theme_line(text: str, theme_id: str) -> int | None:
    """Return the 1-based line of the ``[themes.<id>]`` header, if written that way."""
    header = re.compile(
        r"^\s*\[\s*themes\s*\.\s*(?:\"|')?" + re.escape(theme_id) + r"(?:\"|')?\s*\]\s*(?:#.*)?$"
    )
    for number, line in enumerate(text.splitlines(), start=1):
        if header.match(line):
            return number
    return None


def _key_line(text: str, theme_id: str | None, key: str) -> int | None:
    """Return the line where ``key`` is set in a theme's table (or before any table)."""
    lines = text.splitlines()
    start = 0
    if theme_id is not None:
        header = _theme_line(text, theme_id)
        if header is None:
            return None
        start = header
    assignment = re.compile(r"^\s*(?:\"|')?" + re.escape(key) + r"(?:\"|')?\s*=")
    for number in range(start, len(lines)):
        if lines[number].lstrip().startswith("["):
            return None
        if assignment.match(lines[number]):
            return number + 1
    return None


# ---------------------------------------------------------------- token patterns


def spelling_variants(word: str) -> set[str]:
    """Return ``word`` with its British and American spellings."""
    found = {word}
    for british, american in _SPELLING_WORDS:
        if word == british:
            found.add(american)
        elif word == american:
            found.add(british)
    for one, other in _SPELLING_SUFFIXES:
        for ending, replacement in ((one, other), (other, one)):
            # Short words ("four", "rise") would turn into different real words.
            if word.endswith(ending) and len(word) > len(ending) + 2:
                found.add(word[: -len(ending)] + replacement)
                break
    return found


def inflections(word: str) -> set[str]:
    """Return ``word`` with its regular plural, past and -ing forms (some are not words)."""
    forms = {word, word + "s", word + "es", word + "ed", word + "ing"}
    if len(word) > 2 and word.endswith("y") and word[-2] not in "aeiou":
        forms |= {word[:-1] + "ies", word[:-1] + "ied"}
    if word.endswith("e"):
        forms |= {word + "d", word[:-1] + "ing"}
    return forms


def _chunk_spellings(chunk: str) -> list[list[str]]:
    """Return the token sequences one whitespace-free chunk of a pattern can appear as.

    A hyphenated chunk may be split by the tokenizer ("co", "-", "production"), written
    with a space or without the hyphen, or kept as one token.
    """
    parts = [part for part in re.split(r"[-\u2010\u2011\u2013]", chunk) if part]
    if len(parts) < 2:
        return [[spelling] for spelling in sorted(spelling_variants(chunk))]
    sequences = []
    for spelled in itertools.product(*(sorted(spelling_variants(part)) for part in parts)):
        sequences.append(["-".join(spelled)])
        sequences.append(["".join(spelled)])
        sequences.append(list(spelled))
        for hyphen in _HYPHENS:
            sequences.append([token for part in spelled for token in (hyphen, part)][1:])
    return sequences


def pattern_sequences(pattern: str) -> list[tuple[str, ...]]:
    """Return every lower-case token sequence a pattern stands for, before inflection."""
    chunks = pattern.lower().split()
    found = {
        tuple(token for sequence in choice for token in sequence)
        for choice in itertools.product(*(_chunk_spellings(chunk) for chunk in chunks))
    }
    return sorted(found)


def lower_sequences(pattern: str) -> list[tuple[str, ...]]:
    """Return the lower-case forms to match: the pattern with its last word inflected.

    Only the last word is inflected because it is the head of most patterns ("supply
    chains"); an inflected word elsewhere is found through the lemma.
    """
    found = set()
    for sequence in pattern_sequences(pattern):
        last = sequence[-1]
        endings = inflections(last) if last.isalpha() else {last}
        found |= {sequence[:-1] + (ending,) for ending in endings}
    return sorted(found)


def lemma_sequences(pattern: str) -> list[tuple[str, ...]]:
    """Return the lemma sequences to match, in the cases a tagger leaves on lemmas.

    Common nouns and verbs get lower-case lemmas; proper nouns keep the text's case,
    so "Navy" or "Supply Chain" in a heading need the capitalised forms.
    """
    found = set()
    for sequence in pattern_sequences(pattern):
        found.add(sequence)
        found.add(tuple(word.capitalize() for word in sequence))
        found.add(tuple(word.upper() for word in sequence))
        found.add((sequence[0].capitalize(),) + sequence[1:])
    return sorted(found)


# ---------------------------------------------------------------- matching


@dataclass(frozen=True)
class _PatternKind:
    """What a matcher key stands for: a theme, a hit strength and a noun-only flag."""

    theme: str
    strength: int
    nouns_only: bool
    excluded: bool = False


@dataclass(frozen=True)
class ThemeHit:
    """One pattern found in a doc: its theme, token span, strength and whether it is specific.

    A hit of a ``nouns`` pattern is not specific: those are common nouns ("contract",
    "budget", "exercise") that point to a theme only next to words that belong to it.
    """

    theme: str
    start: int
    end: int
    strength: int
    specific: bool = True


@dataclass
class _Sentence:
    """A scoring unit: a sentence of the article (or its title) and its hits per theme."""

    text: str
    kind: str
    strengths: dict[str, list[int]] = field(default_factory=dict)
    specific: set[str] = field(default_factory=set)
    start_char: int = -1
    end_char: int = -1
    committed: bool = False  # a commitment stands in this sentence

    def add(self, hit: ThemeHit) -> None:
        """Count one hit of the sentence."""
        self.strengths.setdefault(hit.theme, []).append(hit.strength)
        if hit.specific:
            self.specific.add(hit.theme)

    @property
    def prominent(self) -> bool:
        return self.kind != BODY

    @property
    def weight(self) -> float:
        return PROMINENT_WEIGHT if self.prominent else 1.0

    @property
    def evidence_rank(self) -> int:
        return _EVIDENCE_RANK[self.kind]


@dataclass(frozen=True)
class _ThemeStats:
    score: float
    support: float
    sentences: tuple[int, ...]
    evidence: str
    prominent_phrase: bool
    grounded: bool


class ThemeMatcher:
    """Finds a taxonomy's themes in docs that share the matcher's vocab."""

    def __init__(self, vocab: Vocab, taxonomy: Taxonomy) -> None:
        self.vocab = vocab
        self.taxonomy = taxonomy
        self._labels = taxonomy.labels()
        # Two phrase matchers: lower-case forms catch capitalised and regular inflected
        # text, lemmas catch the irregular and the inflected words inside a phrase.
        self._lower = PhraseMatcher(vocab, attr="LOWER")
        self._lemma = PhraseMatcher(vocab, attr="LEMMA")
        self._keys: dict[int, _PatternKind] = {}
        for theme in taxonomy.themes:
            self._add(_PatternKind(theme.id, WORD_STRENGTH, nouns_only=False), theme.lemmas)
            self._add(_PatternKind(theme.id, WORD_STRENGTH, nouns_only=True), theme.nouns)
            self._add(_PatternKind(theme.id, PHRASE_STRENGTH, nouns_only=False), theme.phrases)
            self._add(_PatternKind(theme.id, 0, nouns_only=False, excluded=True), theme.exclude)

    def _add(self, kind: _PatternKind, patterns: Sequence[str]) -> None:
        if not patterns:
            return
        scope = "exclude" if kind.excluded else "nouns" if kind.nouns_only else "all"
        key = f"theme:{kind.theme}:{kind.strength}:{scope}"
        self._keys[self.vocab.strings.add(key)] = kind
        lower = {words for pattern in patterns for words in lower_sequences(pattern)}
        lemmas = {words for pattern in patterns for words in lemma_sequences(pattern)}
        self._lower.add(key, [Doc(self.vocab, words=list(words)) for words in sorted(lower)])
        self._lemma.add(
            key,
            [Doc(self.vocab, words=list(w), lemmas=list(w)) for w in sorted(lemmas)],
        )

    def hits(self, doc: Doc) -> list[ThemeHit]:
        """Return every theme hit in ``doc`` in token order; within a theme hits never overlap.

        Noun patterns count only where the last token is tagged as a noun, or anywhere in
        a doc without tags. A hit inside one of its theme's ``exclude`` phrases ("conflict
        of interest" for "conflict") does not count.
        """
        matches = list(self._lower(doc))
        if doc.has_annotation("LEMMA"):
            matches += self._lemma(doc)
        tagged = doc.has_annotation("POS")
        by_theme: dict[str, list[ThemeHit]] = {}
        excluded: dict[str, set[int]] = {}
        for match_id, start, end in matches:
            kind = self._keys[match_id]
            if kind.excluded:
                excluded.setdefault(kind.theme, set()).update(range(start, end))
        for match_id, start, end in matches:
            kind = self._keys[match_id]
            if kind.excluded or excluded.get(kind.theme, set()) & set(range(start, end)):
                continue
            if kind.nouns_only and tagged and doc[end - 1].pos_ not in NOUN_TAGS:
                continue
            hit = ThemeHit(kind.theme, start, end, kind.strength, not kind.nouns_only)
            by_theme.setdefault(kind.theme, []).append(hit)
        kept = [hit for found in by_theme.values() for hit in _longest_first(found)]
        return sorted(kept, key=lambda hit: (hit.start, hit.theme))

    def sentence_themes(
        self, doc: Doc, *, hits: Sequence[ThemeHit] | None = None
    ) -> list[frozenset[str]]:
        """Return, for each sentence of ``doc.sents`` in order, the themes it has a hit for.

        ``hits`` are ``self.hits(doc)`` when the caller already has them.
        """
        sentences = _sentences(doc)
        found: list[set[str]] = [set() for _ in sentences]
        index = _sentence_index(doc, sentences)
        for hit in self.hits(doc) if hits is None else hits:
            found[index[hit.start]].add(hit.theme)
        return [frozenset(themes) for themes in found]

    def theme_rows(
        self,
        doc: Doc,
        article_id: str,
        *,
        title: str = "",
        hits: Sequence[ThemeHit] | None = None,
        commitment_starts: Sequence[int] = (),
        parties: int = 0,
        related_commitments: Sequence[int] | None = None,
    ) -> list[dict]:
        """Return the themes table rows of one article: one per theme it really discusses.

        Each row has article_id, theme, label, score, evidence and n_sentences; rows are
        ordered by score, highest first. ``title`` counts as a prominent sentence; when
        the doc's text starts with it, those sentences are marked prominent instead.
        ``hits`` are ``self.hits(doc)`` when the caller already has them.
        ``commitment_starts`` (character offsets of the article's commitments) make
        their sentences count as prominent; ``parties`` (how many states and bodies act
        in the article) of two or more gives an article without a theme its likeliest
        one (see "Relations" in the module docstring); ``related_commitments`` (offsets
        of the commitments made to another party; None: every commitment) decide
        whether that may be the relations theme.
        """
        units = self._units(doc, title, self.hits(doc) if hits is None else hits)
        _mark_committed(units, commitment_starts)
        rows = []
        candidates = []
        for theme_id in self.taxonomy.ids():
            stats = _theme_stats(units, theme_id)
            if stats is None:
                continue
            candidates.append((theme_id, stats))
            if _discussed(stats):
                rows.append(self._row(article_id, theme_id, stats))
        if not rows and parties >= 2:
            related = commitment_starts if related_commitments is None else related_commitments
            rows = self._relations_rows(article_id, candidates, units, related)
        return sorted(rows, key=lambda row: -row["score"])

    def _row(self, article_id: str, theme_id: str, stats: _ThemeStats) -> dict:
        return {
            "article_id": article_id,
            "theme": theme_id,
            "label": self._labels[theme_id],
            "score": stats.score,
            "evidence": stats.evidence,
            "n_sentences": len(stats.sentences),
        }

    def _relations_rows(
        self,
        article_id: str,
        candidates: list[tuple[str, _ThemeStats]],
        units: list[_Sentence],
        related: Sequence[int],
    ) -> list[dict]:
        """Return the likeliest theme of an article about parties' relations (docstring)."""
        grounded = [(t, s) for t, s in candidates if s.grounded and s.support >= WORD_STRENGTH * 2]
        if grounded:
            theme_id, stats = max(grounded, key=lambda pair: pair[1].score)
            return [self._row(article_id, theme_id, stats)]
        if RELATIONS_THEME not in self._labels:
            return []
        committed = [u for u in units if any(u.start_char <= c < u.end_char for c in related)]
        if not committed:
            return []
        return [
            {
                "article_id": article_id,
                "theme": RELATIONS_THEME,
                "label": self._labels[RELATIONS_THEME],
                "score": MIN_SCORE,
                "evidence": committed[0].text,
                "n_sentences": len(committed),
            }
        ]

    def _units(self, doc: Doc, title: str, hits: Sequence[ThemeHit]) -> list[_Sentence]:
        """Return the article's scoring units: its sentences, and the title if not in doc."""
        sentences = _sentences(doc)
        title = " ".join(title.split())
        title_end = _title_end(doc, title)
        kinds = _sentence_kinds(doc, sentences, title_end)
        units = [
            _Sentence(sent.text.strip(), kind, start_char=sent.start_char, end_char=sent.end_char)
            for sent, kind in zip(sentences, kinds, strict=True)
        ]
        index = _sentence_index(doc, sentences)
        for hit in hits:
            units[index[hit.start]].add(hit)
        if title and title_end is None:
            units.insert(0, self._title_unit(title))
        return [unit for unit in units if any(ch.isalnum() for ch in unit.text)]

    def _title_unit(self, title: str) -> _Sentence:
        """Return the title as a prominent unit, matched on its words' lower-case forms."""
        words = re.findall(r"\w+|[^\w\s]", title)
        ends = [m.end() for m in re.finditer(r"\w+|[^\w\s]", title)]
        spaces = [end < len(title) and title[end].isspace() for end in ends]
        title_doc = Doc(self.vocab, words=words, spaces=spaces, lemmas=[w.lower() for w in words])
        unit = _Sentence(title, TITLE)
        for hit in self.hits(title_doc):
            unit.add(hit)
        return unit


def _mark_committed(units: Sequence[_Sentence], starts: Iterable[int]) -> None:
    """Mark the units that hold a commitment starting at one of ``starts``."""
    for start in starts:
        for unit in units:
            if unit.start_char <= start < unit.end_char:
                unit.committed = True
                break


def _longest_first(found: Iterable[ThemeHit]) -> list[ThemeHit]:
    """Return the hits that survive overlap removal: longer, then stronger, then earlier."""
    taken: set[int] = set()
    kept = []
    for hit in sorted(found, key=lambda h: (-(h.end - h.start), -h.strength, h.start)):
        span = set(range(hit.start, hit.end))
        if span & taken:
            continue
        taken |= span
        kept.append(hit)
    return kept


def _sentences(doc: Doc) -> list[Span]:
    """Return the doc's sentences, or the whole doc as one when none are marked."""
    if not len(doc):
        return []
    if doc.has_annotation("SENT_START"):
        return list(doc.sents)
    return [doc[:]]


def _sentence_index(doc: Doc, sentences: Sequence[Span]) -> list[int]:
    """Return, for each token, the index of the sentence holding it."""
    index = [0] * len(doc)
    for i, sent in enumerate(sentences):
        for t in range(sent.start, sent.end):
            index[t] = i
    return index


def _title_end(doc: Doc, title: str) -> int | None:
    """Return the character offset where the title ends when the doc's text starts with it."""
    # A title derived from a long first sentence is cut short and ends in an ellipsis; it
    # is still the start of the text and must not be counted a second time.
    title = title.removesuffix(TITLE_ELLIPSIS).removesuffix(TITLE_DOTS).rstrip()
    if not title:
        return None
    # Line breaks and runs of spaces inside the title may differ from the doc's.
    written = r"\s*" + r"\s+".join(re.escape(word) for word in title.split())
    found = re.match(written, doc_text(doc))
    return found.end() if found else None


def _sentence_kinds(doc: Doc, sentences: Sequence[Span], title_end: int | None) -> list[str]:
    """Return, for each sentence, whether it is title, heading, lead or body."""
    kinds = []
    lead_left = LEAD_SENTENCES
    for sent in sentences:
        if title_end is not None and sent.start_char < title_end:
            kinds.append(TITLE)
        elif _is_heading(doc, sent):
            kinds.append(HEADING)
        elif lead_left > 0 and any(ch.isalnum() for ch in sent.text):
            kinds.append(LEAD)
            lead_left -= 1
        else:
            kinds.append(BODY)
    return kinds


def _is_heading(doc: Doc, sent: Span) -> bool:
    """Return whether a sentence is a short line of its own without final punctuation."""
    words = [token for token in sent if not (token.is_space or token.is_punct)]
    text = sent.text.strip()
    if not words or len(words) > HEADING_MAX_WORDS or text.endswith(_FINAL_PUNCTUATION):
        return False
    return _starts_line(doc, sent) and _ends_line(doc, sent)


def _starts_line(doc: Doc, sent: Span) -> bool:
    if sent.start == 0:
        return True
    before = doc[sent.start - 1]
    return "\n" in before.whitespace_ or (before.is_space and "\n" in before.text)


def _ends_line(doc: Doc, sent: Span) -> bool:
    tokens = [token for token in sent if not token.is_space]
    last = tokens[-1]
    if "\n" in last.whitespace_ or last.i + 1 >= len(doc):
        return True
    after = doc[last.i + 1]
    return after.is_space and "\n" in after.text


def _theme_stats(units: Sequence[_Sentence], theme_id: str) -> _ThemeStats | None:
    """Return a theme's score, support, carrying sentences and evidence (None if absent)."""
    carrying = [i for i, unit in enumerate(units) if theme_id in unit.strengths]
    if not carrying:
        return None
    total_weight = sum(unit.weight for unit in units)
    coverage = sum(units[i].weight for i in carrying) / total_weight
    n_hits = sum(len(units[i].strengths[theme_id]) for i in carrying)
    density = min(1.0, n_hits / len(units))
    score = COVERAGE_SHARE * coverage + (1 - COVERAGE_SHARE) * density
    support = sum(units[i].weight * sum(units[i].strengths[theme_id]) for i in carrying)
    best = max(
        carrying,
        key=lambda i: (sum(units[i].strengths[theme_id]), units[i].evidence_rank, -i),
    )
    prominent_phrase = any(
        units[i].prominent and max(units[i].strengths[theme_id]) >= PHRASE_STRENGTH
        for i in carrying
    )
    return _ThemeStats(
        score=round(score, 4),
        support=support,
        sentences=tuple(carrying),
        evidence=units[best].text,
        prominent_phrase=prominent_phrase,
        grounded=any(theme_id in units[i].specific or units[i].prominent for i in carrying),
    )


def _discussed(stats: _ThemeStats) -> bool:
    """Return whether a theme passes the threshold in the module docstring."""
    enough_sentences = len(stats.sentences) >= MIN_SENTENCES or stats.prominent_phrase
    return (
        stats.grounded
        and stats.support >= MIN_SUPPORT
        and enough_sentences
        and stats.score >= MIN_SCORE
    )
