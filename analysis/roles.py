"""Roles: whether a person holds the office a role phrase names.

News names a person once and then by a role: "Prime Minister Lena Varr ... the prime
minister said", "the Norland envoy", "the Chair of the Harbour Union". Two readers turn
such a phrase into a person, and both decide "does this person hold that role" here:

- the actors table (``analysis.actors``): a role noun becomes a ``role`` mention of the
  person named before whose titles hold it;
- quote speakers and commitment subjects (``analysis.role_coref``, called from
  ``analysis.quote_coref.Attribution.resolve``): the one holder of the role in the
  article, else the person the sentence before is about.

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
from functools import cache
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
    qualifiers = frozenset(w.lower() for w in data["qualifiers"]["words"])
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


def title_offices(words: Iterable[str]) -> tuple[set[str], set[str]]:
    """Return the role classes and narrowing words a person's title words name
    ("prime", "minister" -> premier; "foreign", "minister" -> minister + foreign)."""
    words = set(words)
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
    return roles, qualifiers


def holds_role(office: Office, title_words: Iterable[str]) -> bool:
    """Return whether a person whose titles have these lower-case words holds the office:
    their titles name its role class and hold every word that narrows it. Both the
    actors' role mentions and the quote and commitment role speakers ask this."""
    words = set(title_words)
    roles, qualifiers = title_offices(words)
    # A role word in no class ("director") is a class of its own.
    own_class = office.role not in role_words().class_names and office.role in words
    return (office.role in roles or own_class) and office.qualifiers <= qualifiers | words


def names_no_holder(words: Iterable[str]) -> bool:
    """Return True for a role phrase that names nobody in office now ("the new
    Governor", "a former minister"; ``actor_rules.toml`` titles.no_holder)."""
    return not _no_holder().isdisjoint(w.lower() for w in words)


@cache
def _no_holder() -> frozenset[str]:
    return frozenset(w.lower() for w in actor_rule_words()["titles"]["no_holder"])
