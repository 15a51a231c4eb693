"""Person names taken apart: given names, initials and a surname with its particles.

Two written names may be one person only when their parts agree:

- the surnames are equal once accents, case, spaces and hyphens are ignored, so a
  surname keeps its particles ("da Cunha", "van der Berg", "bin Rashid", "al-Amin") and
  "DaCunha" and "da Cunha" are one surname;
- when both names give two or more given names or initials, they agree one by one, an
  initial standing for any name that starts with its letter ("Harlan J." and "H. J."
  agree, "Harlan J." and "Harlan R. J." do not);
- when one name gives a single given name, it is the other's first given name (or its
  initial), or one of the other's later given names written out in full: the name a
  person is known by may be a middle one ("Ramos" of "Luis Tavio Ramos da Cunha");
- a name of two or more full words that opens a longer one is that name ("Ana Lucia
  Reis" of "Ana Lucia Reis Prado"), whatever its last word.

A name that gives no more than a given name and a surname ("Harlan Croft") agrees with
every fuller name it fits, so it can fit two people; ``analysis.actor_merging`` then
decides with the titles and counts, and records why.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from analysis.entity_rules import actor_rule_words


@cache
def surname_particles() -> frozenset[str]:
    """Return the lower-case words that open a surname ("van", "da", "bin", "al")."""
    return frozenset(w.lower() for w in actor_rule_words()["names"]["particles"])


def without_hyphened_particle(word: str) -> str:
    """Return a surname without the particle a hyphen joins to it ("al-Rashidi" ->
    "Rashidi"), or "" when it has none ("Dupont-Aignan" joins two surnames)."""
    particle, _, rest = word.partition("-")
    return rest if rest and particle.lower() in surname_particles() else ""


def _plain(word: str) -> str:
    text = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", text.lower())


@dataclass(frozen=True)
class PersonName:
    """A person's name in parts: given names (initials as one letter) and the surname key."""

    given: tuple[str, ...]
    surname: str
    surname_words: tuple[str, ...]

    @property
    def initials_only(self) -> bool:
        """Return True when every given name is an initial."""
        return all(len(g) == 1 for g in self.given)


def _words(name: str) -> list[str]:
    """Return the words of a name, initials split ("G.W." -> "G.", "W.")."""
    name = re.sub(r"\b([A-Z])\.(?=[A-Z]\.)", r"\1. ", name)
    return [w for w in name.replace("’", "'").split() if _plain(w)]


@lru_cache(maxsize=1 << 14)
def parse_person_name(name: str) -> PersonName | None:
    """Return the parts of a written person name, or None for a single word (with any
    particles before it).

    The surname is the last word with the particles before it ("Pieter van Dam" ->
    "van Dam"); a particle glued by a hyphen or apostrophe stays with its word
    ("al-Amin"). Every word before the surname is a given name or initial.
    """
    words = _words(name)
    if len(words) < 2:
        return None
    if all(w.lower().strip(".") in surname_particles() for w in words[:-1]):
        return None  # "de Chastelain", "van der Berg": a surname alone, with its particles
    start = len(words) - 1
    particles = surname_particles()
    while start > 1 and words[start - 1].lower().strip(".") in particles:
        start -= 1
    given = tuple(_plain(w) for w in words[:start])
    surname_words = tuple(words[start:])
    return PersonName(given, "".join(_plain(w) for w in surname_words), surname_words)


def surname_key(name: str) -> str:
    """Return the comparison key of the surname of a name, or of a single word."""
    parsed = parse_person_name(name)
    return parsed.surname if parsed is not None else "".join(_plain(w) for w in _words(name))


def _same_given(a: str, b: str) -> bool:
    if len(a) == 1 or len(b) == 1:
        return a[:1] == b[:1]
    return a == b


@lru_cache(maxsize=1 << 14)
def names_agree(a: str, b: str) -> bool:
    """Return True when two written full names may be one person (see the module)."""
    pa, pb = parse_person_name(a), parse_person_name(b)
    if pa is None or pb is None:
        return False
    wa, wb = [_plain(w) for w in _words(a)], [_plain(w) for w in _words(b)]
    short_words, long_words = sorted((wa, wb), key=len)
    if (
        len(short_words) >= 2
        and len(long_words) >= 3
        and long_words[: len(short_words)] == short_words
    ):
        return all(len(w) > 1 for w in short_words)  # "Ana Lucia Reis" of "Ana Lucia Reis Prado"
    if pa.surname != pb.surname:
        return False
    if len(pa.given) >= 2 and len(pb.given) >= 2:
        return len(pa.given) == len(pb.given) and all(
            _same_given(x, y) for x, y in zip(pa.given, pb.given, strict=True)
        )
    short, long = (pa, pb) if len(pa.given) <= len(pb.given) else (pb, pa)
    only = short.given[0]
    if _same_given(only, long.given[0]):
        return True
    return len(only) > 1 and only in long.given[1:]


def known_by(name: str) -> tuple[str, ...]:
    """Return the single words a full name is referred to by, as comparison keys.

    The surname with its particles ("dacunha"), its last word ("cunha"), a later given
    name written out ("ramos"), and the first word, which is the family name in romanised
    Korean, Chinese or Vietnamese names ("Seo Min-jae" -> "seo"). A last word whose
    particle is joined by a hyphen is also known without it ("al-Rashidi" -> "rashidi").
    """
    parsed = parse_person_name(name)
    if parsed is None:
        return ()
    forms = [parsed.surname, _plain(parsed.surname_words[-1])]
    bare = without_hyphened_particle(parsed.surname_words[-1])
    if bare:
        forms.append(_plain(bare))
    forms += [g for g in parsed.given[1:] if len(g) > 1]
    if len(parsed.given[0]) > 1:
        forms.append(parsed.given[0])
    return tuple(dict.fromkeys(f for f in forms if f))


def is_former(title: str) -> bool:
    """Return True for a title that says the person no longer holds it ("former President")."""
    words = set(title.lower().replace("-", " ").split())
    return bool(words & {w.lower() for w in actor_rule_words()["titles"]["past"]})


def title_heads(title: str) -> frozenset[str]:
    """Return the head words of a title that name an office ("president", "minister")."""
    heads = _head_words()
    return frozenset(w for w in re.split(r"[\s\-/]+", title.lower()) if w in heads)


@cache
def _head_words() -> frozenset[str]:
    """Return every word of the title heads (read once: names are merged in a hot loop)."""
    return frozenset(
        w.lower() for head in actor_rule_words()["titles"]["heads"] for w in head.split()
    )


def titles_agree(a: str, b: str) -> bool:
    """Return True unless two titles tell different offices or a past and a present one.

    "President" and "US President" agree; "President" and "former President" do not,
    nor do "President" and "Foreign Minister". An empty title agrees with any, and so
    does a word that names no one office ("leader" and "President").
    """
    if not a or not b:
        return True
    if is_former(a) != is_former(b):
        return False
    ha, hb = title_heads(a) - _generic_heads(), title_heads(b) - _generic_heads()
    return not ha or not hb or bool(ha & hb)


@cache
def _generic_heads() -> frozenset[str]:
    """Return the title words that name no one office ("leader", "head"): "Zimbabwe's
    leader" may be its president."""
    return frozenset(w.lower() for w in actor_rule_words()["titles"]["generic"])
