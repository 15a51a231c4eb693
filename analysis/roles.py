"""Roles: whether a person holds the office a role phrase names.

News names a person once and then by a role: "Prime Minister Lena Varr ... the prime
minister said", "the Norland envoy", "the Chair of the Harbour Union". Two readers turn
such a phrase into a person, and both decide "does this person hold that role" here:

- the actors table (``analysis.actors``): a role noun becomes a ``role`` mention of the
  person named before whose titles hold it;
- quote speakers and commitment subjects (``analysis.role_coref``, called from
  ``analysis.quote_coref.Attribution.resolve``): the one holder of the role in the
  article, else the person the sentence before is about.

Which people named in the article hold the role is ``role_holders``, the one function
both call with the people they know.

The office a phrase names is its role class (``data/roles.toml``: leader / head / chief,
prime minister / premier, minister / secretary, envoy / ambassador, ...) and its narrowing
words ("foreign", "defence"). A word in no class is its own class ("director"). A person
holds it when their title words name that class and every narrowing word
(``holds_role``).
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from analysis.entity_rules import actor_rule_words


@dataclass(frozen=True)
class RoleWords:
    """The role classes of ``roles.toml``: word -> class, phrase -> class words, the
    narrowing words, and the class names."""

    classes: dict[str, str]
    phrases: dict[tuple[str, ...], tuple[str, ...]]
    qualifiers: frozenset[str]
    class_names: frozenset[str]


@cache
def role_words() -> RoleWords:
    """Return the role classes of ``data/roles.toml``."""
    text = resources.files("analysis").joinpath("data", "roles.toml").read_text("utf-8")
    data = tomllib.loads(text)
    classes = {w.lower(): name for name, words in data["classes"].items() for w in words}
    phrases = {
        tuple(phrase.lower().split()): tuple(target.split())
        for phrase, target in data["phrases"].items()
    }
    # One list of narrowing words: the title modifiers of ``actor_rules.toml`` ("defence",
    # "deputy", "acting") and the words only a role is narrowed by ("opposition"), less
    # the words that name a class or a phrase's class ("chief", "prime") and those that
    # count holders ("the first President of Tarsia" is the holder it is said of).
    naming = set(classes) | {w for phrase in phrases for w in phrase}
    counting = {w.lower() for w in data["qualifiers"]["counting"]}
    modifiers = {w.lower() for w in actor_rule_words()["titles"]["modifiers"]} - naming - counting
    qualifiers = frozenset(modifiers | {w.lower() for w in data["qualifiers"]["words"]})
    return RoleWords(classes, phrases, qualifiers, frozenset(classes.values()))


@dataclass(frozen=True)
class Office:
    """The office a role phrase names: its role class and the words that narrow it."""

    role: str
    qualifiers: frozenset[str] = frozenset()


def phrase_office(head: str, words: Iterable[str]) -> Office | None:
    """Return the office a role phrase names, from its head word and all its lower-case
    words, or None when the head names no role class.

    The head names the office ("the justice official" is no judge); a phrase holding the
    head ("the prime minister") names it before the head alone. Narrowing words are the
    phrase's words in ``roles.toml``'s list and those a phrase adds ("top diplomat" ->
    "foreign").
    """
    words = set(words)
    table = role_words()
    qualifiers = {w for w in words if w in table.qualifiers}
    role = table.classes.get(head)
    for phrase, target in table.phrases.items():
        if head in phrase and set(phrase) <= words:
            role = target[0]
            qualifiers.update(target[1:])
    return None if role is None else Office(role, frozenset(qualifiers))


def word_office(word: str) -> Office:
    """Return the office one role word names: its class, or the word itself when in none
    ("the envoy" -> envoy, "the official" -> official)."""
    return phrase_office(word, {word}) or Office(word)


def phrase_words(head: str, words: Iterable[str]) -> frozenset[str]:
    """Return the words of a role phrase that a multi-word class uses up with its head
    ("prime" in "the Prime Minister"): they name the class, they narrow nothing."""
    words = set(words)
    return frozenset(
        w
        for phrase in role_words().phrases
        if head in phrase and set(phrase) <= words
        for w in phrase
    )


def title_offices(words: Iterable[str]) -> tuple[frozenset[str], frozenset[str]]:
    """Return the role classes and narrowing words a person's title words name
    ("prime", "minister" -> premier; "foreign", "minister" -> minister + foreign)."""
    return _title_offices(frozenset(words))


@lru_cache(maxsize=4096)
def _title_offices(words: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    # Asked for every person each role phrase meets: read once per set of title words
    # (bounded: a long-running server reads many articles).
    table = role_words()
    roles: set[str] = set()
    qualifiers = {w for w in words if w in table.qualifiers}
    used: set[str] = set()
    for phrase, target in table.phrases.items():
        if set(phrase) <= words:
            roles.add(target[0])
            qualifiers.update(target[1:])
            used.update(phrase)
    roles.update(table.classes[w] for w in words - used if w in table.classes)
    return frozenset(roles), frozenset(qualifiers)


def holds_role(office: Office, title_words: Iterable[str]) -> bool:
    """Return whether a person whose titles have these lower-case words holds the office:
    their titles name its role class and hold every word that narrows it. Both the
    actors' role mentions and the quote and commitment role speakers ask this."""
    words = set(title_words)
    roles, qualifiers = title_offices(words)
    # A role word in no class ("director") is a class of its own.
    own_class = office.role not in role_words().class_names and office.role in words
    return (office.role in roles or own_class) and office.qualifiers <= qualifiers | words


@dataclass(frozen=True)
class Candidate:
    """A person who may hold a role: their key, their title words, and whether their
    affiliation is the country or body the role phrase names (True), another (False), or
    unknown or not asked (None)."""

    key: str
    title_words: frozenset[str]
    agrees: bool | None = None


def role_holders(
    office: Office, groups: Iterable[Iterable[Candidate]], *, of_body: bool = False
) -> list[str]:
    """Return the keys of the people who hold the office, from the first group that has
    any (the people named before the phrase, then those named after it: "the judge ...
    Judge Tarn"); those of the affiliation the phrase names first, if any.

    A person whose affiliation is known to be another holds no role the phrase names;
    when it names a body (``of_body``: "the head of the Harbour Union") only a person
    known to be of it does. Both the actors' role mentions and the quote and commitment
    role speakers ask this, and take the holder only when there is one.
    """
    for group in groups:
        holders = [
            c
            for c in group
            if holds_role(office, c.title_words)
            and c.agrees is not False
            and not (of_body and c.agrees is None)
        ]
        if holders:
            return [c.key for c in ([c for c in holders if c.agrees] or holders)]
    return []


def names_no_holder(words: Iterable[str]) -> bool:
    """Return True for a role phrase that names nobody in office now ("the new
    Governor", "a former minister"; ``actor_rules.toml`` titles.no_holder)."""
    return not _no_holder().isdisjoint(w.lower() for w in words)


@cache
def _no_holder() -> frozenset[str]:
    return frozenset(w.lower() for w in actor_rule_words()["titles"]["no_holder"])
