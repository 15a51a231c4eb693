"""Actors and their mentions: per article from a Doc, then canonical across articles.

Per article, ``article_actors(doc)`` finds mentions of persons, countries, organisations
and places and groups them into local actors keyed by name. Across articles,
``canonical_actors`` merges local actors that are the same real-world actor into one row
of the actors table and gives every local actor its ``actor_id``.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

import pandas as pd
from spacy.tokens import Doc, Span

from analysis.entity_rules import canonical_names
from analysis.tables import ACTORS, frame_from_rows, join_list, split_list

ACTOR_TYPES: tuple[str, ...] = ("person", "country", "organisation", "place")

_LABEL_TYPES = {
    "PERSON": "person",
    "ORG": "organisation",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
}


@dataclass(frozen=True)
class LocalActor:
    """One actor as named within one article."""

    key: str
    name: str
    type: str
    title: str = ""
    affiliation: str = ""
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Mention:
    """One mention of a local actor: its text, offsets and sentence."""

    actor_key: str
    text: str
    start_char: int
    end_char: int
    sentence_index: int
    kind: str = "name"


@dataclass
class ArticleActors:
    """The actors of one article and every mention of them, in text order."""

    actors: dict[str, LocalActor] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.mentions.sort(key=lambda m: (m.start_char, m.end_char))
        self._starts = [m.start_char for m in self.mentions]

    def mentions_in(self, start_char: int, end_char: int) -> list[Mention]:
        """Return the mentions that lie inside the character span, in text order."""
        lo = bisect.bisect_left(self._starts, start_char)
        return [m for m in self.mentions[lo:] if m.start_char < end_char and m.end_char <= end_char]

    def actor_at(self, start_char: int, end_char: int) -> LocalActor | None:
        """Return the actor of the mention that covers or overlaps the span, if any.

        A mention containing the span wins over one inside it; among mentions inside
        the span the first wins.
        """
        for m in self.mentions:
            if m.start_char <= start_char and m.end_char >= end_char:
                return self.actors[m.actor_key]
        inside = self.mentions_in(start_char, end_char)
        return self.actors[inside[0].actor_key] if inside else None


def normalise_name(name: str) -> str:
    """Return a comparison key for a name: ASCII, lower case, no leading article."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    text = re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()
    return re.sub(r"^the ", "", text)


def _clean_name(span: Span) -> str:
    text = span.text.strip()
    text = re.sub(r"^(the|The)\s+", "", text)
    return re.sub(r"('s|’s|')$", "", text).strip()


def _entity_actor(ent: Span) -> tuple[str, str] | None:
    """Return (name, type) for an entity, or None for labels that are not actors."""
    known = canonical_names().get(ent.ent_id_.lower() or _clean_name(ent).lower())
    if known is not None:
        return known.name, known.type
    kind = _LABEL_TYPES.get(ent.label_)
    if kind is None:
        return None
    name = _clean_name(ent)
    if not name or not any(ch.isupper() for ch in name):
        return None
    return name, kind


def article_actors(doc: Doc) -> ArticleActors:
    """Return the actors of one article and their mentions.

    A one-word person name that is the last word of a longer person name in the same
    article ("Singh" after "Rajnath Singh") is the same actor.
    """
    sent_index = {sent.start: i for i, sent in enumerate(doc.sents)}
    sent_starts = sorted(sent_index)

    def sentence_of(token_i: int) -> int:
        return bisect.bisect_right(sent_starts, token_i) - 1

    found: list[tuple[Span, str, str]] = []
    for ent in doc.ents:
        actor = _entity_actor(ent)
        if actor is not None:
            found.append((ent, *actor))

    full_names: dict[str, str] = {}
    for _, name, kind in found:
        parts = name.split()
        if kind == "person" and len(parts) > 1:
            full_names.setdefault(parts[-1].lower(), name)

    actors: dict[str, LocalActor] = {}
    aliases: dict[str, set[str]] = {}
    mentions: list[Mention] = []
    for ent, name, kind in found:
        if kind == "person" and len(name.split()) == 1:
            name = full_names.get(name.lower(), name)
        key = f"{kind}:{normalise_name(name)}"
        if key not in actors:
            actors[key] = LocalActor(key=key, name=name, type=kind)
        aliases.setdefault(key, set()).add(_clean_name(ent))
        mentions.append(
            Mention(key, ent.text, ent.start_char, ent.end_char, sentence_of(ent.start), "name")
        )
    for key, actor in actors.items():
        actors[key] = LocalActor(
            key=key,
            name=actor.name,
            type=actor.type,
            title=actor.title,
            affiliation=actor.affiliation,
            aliases=tuple(sorted(aliases[key] - {actor.name})),
        )
    return ArticleActors(actors, mentions)


def actor_id(name: str, kind: str) -> str:
    """Return the stable id of a canonical actor."""
    return f"{kind}:{normalise_name(name).replace(' ', '-')}"


def canonical_actors(
    local_actors: pd.DataFrame,
    mentions: pd.DataFrame,
    articles: pd.DataFrame,
) -> tuple[pd.DataFrame, dict[tuple[str, str], str]]:
    """Merge local actors across articles into the actors table.

    ``local_actors`` has one row per (article, local actor): article_id, actor_key,
    name, type, title, affiliation, aliases. ``mentions`` carries article_id and
    actor_key. Returns the actors table (one row per canonical actor) and the mapping
    (article_id, actor_key) -> actor_id.
    """
    mapping: dict[tuple[str, str], str] = {}
    groups: dict[str, dict] = {}
    for row in local_actors.itertuples(index=False):
        aid = actor_id(row.name, row.type)
        mapping[(row.article_id, row.actor_key)] = aid
        group = groups.setdefault(
            aid,
            {
                "name": row.name,
                "type": row.type,
                "titles": Counter(),
                "affiliations": Counter(),
                "aliases": set(),
            },
        )
        if row.title:
            group["titles"][row.title] += 1
        if row.affiliation:
            group["affiliations"][row.affiliation] += 1
        group["aliases"].update(split_list(row.aliases))

    dates = dict(zip(articles["article_id"], articles["date"], strict=False))
    per_actor: dict[str, dict] = {aid: {"mentions": 0, "articles": set()} for aid in groups}
    for article_id, key in zip(mentions["article_id"], mentions["actor_key"], strict=False):
        aid = mapping.get((article_id, key))
        if aid is not None:
            per_actor[aid]["mentions"] += 1
            per_actor[aid]["articles"].add(article_id)

    rows = []
    for aid, group in groups.items():
        seen = per_actor[aid]["articles"]
        seen_dates = sorted(d for a in seen if (d := dates.get(a, "")))
        rows.append(
            {
                "actor_id": aid,
                "name": group["name"],
                "type": group["type"],
                "affiliation": _most_common(group["affiliations"]),
                "title": _most_common(group["titles"]),
                "aliases": join_list(sorted(group["aliases"] - {group["name"]})),
                "mentions": per_actor[aid]["mentions"],
                "articles": len(seen),
                "first_date": seen_dates[0] if seen_dates else "",
                "last_date": seen_dates[-1] if seen_dates else "",
            }
        )
    table = frame_from_rows(rows, ACTORS)
    if len(table):
        table = table.sort_values(["mentions", "name"], ascending=[False, True], ignore_index=True)
    return table, mapping


def _most_common(counter: Counter) -> str:
    return counter.most_common(1)[0][0] if counter else ""


def local_actor_rows(article_id: str, actors: Iterable[LocalActor]) -> list[dict]:
    """Return the stored rows of one article's local actors."""
    return [
        {
            "article_id": article_id,
            "actor_key": a.key,
            "name": a.name,
            "type": a.type,
            "title": a.title,
            "affiliation": a.affiliation,
            "aliases": join_list(a.aliases),
        }
        for a in actors
    ]
