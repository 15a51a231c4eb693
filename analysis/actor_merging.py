"""Canonical actors across articles: which local actors are one real-world actor, and why.

People (``_cluster_people``):

- Full names merge when their parts agree (``analysis.person_names``: surname with its
  particles, given names and initials one by one) or when they are one spelling apart
  (same given names, rapidfuzz ratio at least ``FUZZY_NAME_THRESHOLD``), their titles
  agree (the same office, both current or both former) and their affiliations do not
  contradict. Fuller names are placed first, so "Harlan R. J. Croft" and "Harlan J. Croft"
  found two people and never merge.
- A name that fits several people ("Harlan Croft", or the surname "Croft" alone) goes to
  the one whose title agrees, and when several still fit, to the one named in at least
  ``DOMINANT_RATIO`` times as many articles as any other. Otherwise it stays an actor of
  its own, the same one in every article: no silent merge of namesakes. A bare name
  with no title and no affiliation in its article joins a person chosen among several
  of that surname, or a person of whom it is a given name ("Harlan"), only where its
  article names his country or body or other articles call him by that word. A person known
  only by a role ("the Prime Minister") is one actor per role and affiliation, or per
  article when the text tells no affiliation: a role is held by many people.
- Two names of people whose genders conflict never merge (a local actor's gender comes
  from courtesy titles, gendered roles, given names and the pronouns resolved to it; a
  cluster's gender is the one at least ``GENDER_MAJORITY`` of its gendered local actors
  tell; unknown fits both), and a bare surname of one gender ("Mr Croft") goes to a full
  name of that gender when one fits, never to one of the other gender. One full name
  written the same way stays one person whatever gender a pronoun gave it in one
  article.

Countries, organisations and places (``_cluster_others``) merge on the same type and
normalised name, a distinctive alias (two words or more, or an acronym) one article gives
them, or a close spelling.

Every merge is recorded in the ``merged_from`` column of the actors table: each name
merged into the actor with the reason ("Harlan Croft: given names and surname agree with
Harlan J. Croft"); the entries are joined like every list cell, so a reason holds no
"; ".
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache

import pandas as pd
from rapidfuzz import fuzz, process

from analysis.entity_rules import (
    actor_rule_words,
    canonical_names,
    entries_by_name,
    given_name_genders,
    state_body_kind,
    top_affiliation,
)
from analysis.person_names import (
    known_by,
    names_agree,
    parse_person_name,
    surname_key,
    titles_agree,
)
from analysis.tables import ACTORS, frame_from_rows, join_list, split_list

# A cluster is of one gender when at least this share of its gendered local actors say so.
GENDER_MAJORITY = 2 / 3
# Two spellings of a name are the same when rapidfuzz's ratio reaches this.
FUZZY_NAME_THRESHOLD = 92
# A name that fits several people goes to one of them only when that one is named in at
# least this many times as many articles as each other.
DOMINANT_RATIO = 3


@lru_cache(maxsize=1 << 16)
def normalise_name(name: str) -> str:
    """Return a comparison key for a name: ASCII, lower case, no leading article."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    text = re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()
    return re.sub(r"^the ", "", text)


def actor_id(name: str, kind: str) -> str:
    """Return the stable id of a canonical actor."""
    return f"{kind}:{normalise_name(name).replace(' ', '-')}"


@dataclass
class _Profile:
    """Every local actor with one type, name, title, affiliation and aliases.

    Most names recur across articles, so clustering goes profile by profile rather than
    row by row: each profile is judged once and all its local actors follow it.
    """

    type: str
    name: str
    title: str
    affiliation: str
    aliases: str
    gender: str = ""
    members: list[tuple[str, str]] = field(default_factory=list)

    @property
    def key(self) -> str:
        return normalise_name(self.name)


def _profiles(rows: list) -> list[_Profile]:
    """Return the distinct profiles of ``rows``, in the order each first occurs."""
    found: dict[tuple[str, ...], _Profile] = {}
    for row in rows:
        gender = getattr(row, "gender", "") or ""
        ident = (row.type, row.name, row.title, row.affiliation, row.aliases, gender)
        # A state's body named without its state and of no known state ("the Interior
        # Ministry") is one article's ministry: its profile is that article's alone.
        own = (row.article_id,) if _stateless(row.type, row.name, row.affiliation) else ()
        profile = found.get(ident + own)
        if profile is None:
            profile = found[ident + own] = _Profile(*ident)
        profile.members.append((row.article_id, row.actor_key))
    return list(found.values())


@dataclass(eq=False)  # one cluster is one actor: compared and hashed by identity
class _Cluster:
    """Local actors found to be one real-world actor."""

    type: str
    names: Counter = field(default_factory=Counter)
    titles: Counter = field(default_factory=Counter)
    affiliations: Counter = field(default_factory=Counter)
    genders: Counter = field(default_factory=Counter)
    aliases: set[str] = field(default_factory=set)
    members: list[tuple[str, str]] = field(default_factory=list)
    evidence: dict[str, str] = field(default_factory=dict)
    seen_in: set[str] = field(default_factory=set)
    keys: set[str] = field(default_factory=set)  # the normalised names
    named: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # name -> members
    # per profile: its name, the other forms its articles write, and how many articles
    written: list[tuple[str, list[str], int]] = field(default_factory=list)

    def add(self, profile: _Profile, reason: str = "") -> None:
        """Add every local actor of ``profile`` (one name, title, affiliation and aliases)."""
        if reason and profile.name not in self.names and profile.name not in self.evidence:
            self.evidence[profile.name] = reason
        n = len(profile.members)
        self.names[profile.name] += n
        self.keys.add(profile.key)
        if profile.title:
            self.titles[profile.title] += n
        if profile.affiliation:
            self.affiliations[profile.affiliation] += n
        if profile.gender:
            self.genders[profile.gender] += n
        self.aliases.update(split_list(profile.aliases))
        self.aliases.add(profile.name)
        self.members.extend(profile.members)
        self.named.setdefault(profile.name, []).extend(profile.members)
        self.seen_in.update(article for article, _ in profile.members)
        articles = len({article for article, _ in profile.members})
        self.written.append((profile.name, split_list(profile.aliases), articles))

    def accepts(self, affiliation: str) -> bool:
        """Return True when an affiliation does not contradict the cluster's.

        Only two known countries, blocs or bodies contradict each other (through the
        state or bloc they belong to); a body the gazetteer does not know ("Workers'
        Party") contradicts nothing.
        """
        if not affiliation or not self.affiliations or affiliation in self.affiliations:
            return True
        known = entries_by_name()
        if affiliation not in known:
            return True
        top = top_affiliation(affiliation)
        others = {top_affiliation(a) for a in self.affiliations if a in known}
        return not others or top in others

    @property
    def gender(self) -> str:
        """Return the gender most local actors of the cluster tell (``GENDER_MAJORITY``),
        "" when none is told or they disagree too much (a pronoun resolved wrongly)."""
        total = sum(self.genders.values())
        for gender, n in self.genders.items():
            if n >= GENDER_MAJORITY * total:
                return gender
        return ""

    def gender_fits(self, gender: str) -> bool:
        """Return True when a gender does not conflict with the cluster's (unknown fits)."""
        return not gender or not self.gender or self.gender == gender

    @property
    def articles(self) -> int:
        return len(self.seen_in)

    @property
    def title(self) -> str:
        return most_common(self.titles)

    @property
    def name(self) -> str:
        return self.chosen_name()

    def chosen_name(self, mentions: Counter | None = None) -> str:
        """Return the cluster's name: the full name most articles use; on a tie the one
        of most words ("Harlan J. Croft" before "Harlan Croft"), then the one mentioned
        most often (given ``mentions`` per member), then the longest. Two spellings in one
        article each ("Marenski", "Maresnki") go to the one its article repeats, not to
        the oldest article's slip."""
        full = Counter({n: c for n, c in self.names.items() if " " in n}) or self.names
        # a state's body is named with its state where any article names it so
        full = Counter({n: c for n, c in full.items() if not _stateless(self.type, n, "")}) or full
        for name in [n for n in full if without_marks(n) != n and without_marks(n) in full]:
            # "Tomas Ibanez" in some articles is "Tomás Ibáñez" typed without the accents
            full[name] += full.pop(without_marks(name), 0)
        mentioned = {
            n: sum(mentions[m] for m in self.named.get(n, ())) if mentions else 0 for n in full
        }
        return max(full, key=lambda n: (full[n], len(n.split()), mentioned[n], len(n)))

    def written_form(self, name: str) -> str:
        """Return ``name`` as most of the cluster's articles write it, where they write it
        with other stops or marks ("U.S. Senate" for "US Senate"); ``name`` on a tie."""
        key = _without_stops(name)
        forms: Counter = Counter()
        for own, aliases, articles in self.written:
            spelt = [
                a
                for a in aliases
                if a != name
                and _without_stops(a) == key
                and not a.lower().startswith("the ")
                # the same words with fewer capitals are how a sentence writes the name
                # ("the Norwegian army" for the "Norwegian Army"), no other spelling of it
                and not (a.lower() == name.lower() and _capitals(a) < _capitals(name))
            ]
            for form in spelt or ([own] if _without_stops(own) == key else []):
                forms[form] += articles
        best = max(forms, key=lambda f: (forms[f], _capitals(f), f == name), default=name)
        if best.lower() == name.lower() and _capitals(best) > _capitals(name):
            return best  # "Green Party" where one article wrote "Green party"
        return best if forms[best] > forms.get(name, 0) else name


def _capitals(name: str) -> int:
    """Return how many words of a name begin with a capital."""
    return sum(word[:1].isupper() for word in name.split())


def without_marks(name: str) -> str:
    """Return a name without its diacritics, keeping its case ("Ibáñez" -> "Ibanez")."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def _without_stops(name: str) -> str:
    """Return the comparison key of a name written without full stops ("U.S." is "US")."""
    return normalise_name(name.replace(".", ""))


def most_common(counter: Counter) -> str:
    if not counter:
        return ""
    return max(counter, key=lambda k: (counter[k], len(k)))


# ---- people


def _spelling_close(a: str, b: str) -> bool:
    """Return True for one full name spelt two ways (same given names, close surname)."""
    pa, pb = parse_person_name(a), parse_person_name(b)
    if pa is None or pb is None or pa.given != pb.given:
        return False
    return fuzz.ratio(normalise_name(a), normalise_name(b)) >= FUZZY_NAME_THRESHOLD


@lru_cache(maxsize=1 << 16)
def _pair_reason(name: str, other: str) -> str:
    """Return why two full names are one person's ("" when they are not)."""
    if normalise_name(other) == normalise_name(name):
        return "same name"
    if names_agree(name, other):
        return "given names and surname agree"
    if _spelling_close(name, other):
        return "spelling close"
    return ""


def _fits(name: str, cluster: _Cluster) -> str:
    """Return why a full name fits every name of a cluster ("" when it does not)."""
    reasons = set()
    for other in cluster.names:
        reason = _pair_reason(name, other)
        if not reason:
            return ""
        reasons.add(reason)
    return " and ".join(sorted(reasons))


def _choose(candidates: list[_Cluster], title: str) -> tuple[_Cluster | None, str]:
    """Return the one cluster a name that fits several goes to, and why (see the module)."""
    agreeing = [c for c in candidates if titles_agree(title, c.title)]
    if len(agreeing) == 1:
        others = ", ".join(c.name for c in candidates if c is not agreeing[0])
        why = f"title {title or '(none)'} agrees, not {others}" if others else ""
        return agreeing[0], why
    if not agreeing:
        return None, ""
    ranked = sorted(agreeing, key=lambda c: c.articles, reverse=True)
    best, runner = ranked[0], ranked[1]
    if best.articles >= DOMINANT_RATIO * runner.articles:
        return best, (
            f"named in {best.articles} articles against {runner.articles} of {runner.name}"
        )
    return None, ""


def _told_gender(row: _Profile) -> str:
    """Return the gender of a one-word person name, "" when it may come from reading the
    word as a given name ("Sharon" alone is a surname as often as a woman's name)."""
    word = row.name.strip().split()[0].lower() if row.name.strip() else ""
    read = {"m": "male", "f": "female"}.get(given_name_genders().get(word, ""), "")
    return "" if read == row.gender else row.gender


def _is_role_name(row) -> bool:
    """Return True for a person known only by a role ("Foreign Secretary")."""
    return bool(row.title) and normalise_name(row.title) == normalise_name(row.name)


def _role_holders(row: _Profile) -> list[_Cluster]:
    """Return the actors a role name stands for: one for all its articles when the role
    has an affiliation ("Foreign Secretary" of the United Kingdom), else one per article."""
    if row.affiliation:
        groups = [row.members]
    else:
        by_article: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for member in row.members:
            by_article[member[0]].append(member)
        groups = list(by_article.values())
    holders = []
    for members in groups:
        cluster = _Cluster("person")
        cluster.add(replace(row, members=members))
        holders.append(cluster)
    return holders


def _cluster_people(
    profiles: list[_Profile], named_in: dict[str, set[str]] | None = None
) -> list[_Cluster]:
    """Return person clusters: full names (fullest first), then single names (see module).

    A name is compared only with the clusters that share its surname or its given names.
    """
    clusters: list[_Cluster] = []
    by_surname: dict[str, list[_Cluster]] = defaultdict(list)
    by_given: dict[tuple[str, ...], list[_Cluster]] = defaultdict(list)
    own: dict[tuple[str, ...], _Cluster] = {}
    named_in = named_in or {}
    full, singles = [], []
    for row in profiles:
        parsed = None if _is_role_name(row) else parse_person_name(row.name)
        (full if parsed is not None else singles).append((row, parsed))
    name_counts: Counter = Counter()
    for row, _ in full:
        name_counts[row.key] += len(row.members)
    full.sort(key=lambda rp: (-len(rp[1].given), -name_counts[rp[0].key]))

    for row, parsed in full:
        seen = list(dict.fromkeys(by_surname[parsed.surname] + by_given[parsed.given]))
        fitting = [(c, why) for c in seen if (why := _fits(row.name, c))]
        fitting = [
            (c, why)
            for c, why in fitting
            if c.accepts(row.affiliation) and (why == "same name" or c.gender_fits(row.gender))
        ]
        same = [
            (c, why)
            for c, why in fitting
            if why == "same name" and titles_agree(row.title, c.title)
        ]
        if same:
            match, why = same[0]
        elif len(fitting) == 1:
            match, why = fitting[0]
            if not titles_agree(row.title, match.title):
                match = None
            why = f"{why} with {match.name}" if match is not None else ""
        elif fitting:
            match, choice = _choose([c for c, _ in fitting], row.title)
            why = f"fits {len(fitting)} people, {choice}" if match is not None else ""
        else:
            match, why = None, ""
        if match is None:
            key = ("full", row.key)
            match = own.get(key)
            if match is None or not match.accepts(row.affiliation):
                match = _Cluster("person")
                clusters.append(match)
                own[key] = match
                by_surname[parsed.surname].append(match)
                by_given[parsed.given].append(match)
        match.add(row, "" if why == "same name" else why)

    by_form: dict[str, list[_Cluster]] = defaultdict(list)
    for cluster in clusters:
        for form in {f for n in cluster.names for f in known_by(n)}:
            by_form[form].append(cluster)
    for row, _ in singles:
        if _is_role_name(row):
            # "the Prime Minister" of one country is not another's: a person known only by a
            # role is one actor per role and affiliation, or per article when none is told.
            clusters += _role_holders(row)
            continue
        key = surname_key(row.name)
        gender = _told_gender(row)
        fitting = [
            c for c in by_form.get(key, ()) if c.accepts(row.affiliation) and c.gender_fits(gender)
        ]
        # A bare surname of one gender goes to the full names of that gender when any fit.
        fitting = [c for c in fitting if c.gender == gender] or fitting
        match, why = None, ""
        if len(fitting) == 1 and titles_agree(row.title, fitting[0].title):
            match, why = fitting[0], f"short name of {fitting[0].name}"
        elif len(fitting) > 1:
            match, choice = _choose(fitting, row.title)
            why = f"short name of {match.name}, {choice}" if match is not None else ""
        if match is not None and not (row.title or row.affiliation):
            told, untold = _told_of(match, row, key, len(fitting) > 1, named_in)
            if untold:
                _own_single(own, clusters, replace(row, members=untold), gender).add(
                    replace(row, members=untold)
                )
            if not told:
                continue
            row = replace(row, members=told)
        if match is None:
            match = _own_single(own, clusters, row, gender)
        match.add(row, why)
    return clusters


def _own_single(
    own: dict[tuple[str, ...], _Cluster], clusters: list[_Cluster], row: _Profile, gender: str
) -> _Cluster:
    """Return the actor of a bare name that joins no full name: one actor in every
    article, unless genders conflict."""
    match = own.get(("single", row.key))
    if match is not None and not match.gender_fits(gender):
        match = own.get(("single", row.key, gender))
    if match is None:
        match = _Cluster("person")
        own.setdefault(("single", row.key), match)
        own[("single", row.key, gender)] = match
        clusters.append(match)
    return match


def _told_of(
    cluster: _Cluster, row: _Profile, form: str, contested: bool, named_in: dict[str, set[str]]
) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """Split the local actors of a bare name with no title and no affiliation into those
    whose article supports the person it fits, and those whose article does not.

    A bare "Croft" in an article that never gives his full name, his office or his
    country may be anyone of that name. It joins the one person of that surname as
    before; but when several people bear the surname, or the word is his given name
    ("Harlan"), the article must name his country or body, or other articles must call
    him by that bare word. Otherwise the bare name stays an actor of its own.
    """
    given = {g for n in cluster.names if (p := parse_person_name(n)) for g in p.given}
    surnames = {f for n in cluster.names for f in known_by(n)} - given
    if form in surnames and not contested:
        return row.members, []
    if form in given and form in {normalise_name(alias) for alias in cluster.aliases}:
        return row.members, []
    wanted = {normalise_name(a) for a in cluster.affiliations}
    wanted |= {normalise_name(top_affiliation(a)) for a in cluster.affiliations}
    if not wanted:
        return (row.members, []) if form in surnames else ([], row.members)
    told, untold = [], []
    for member in row.members:
        (told if wanted & named_in.get(member[0], set()) else untold).append(member)
    return told, untold


# ---- countries, organisations and places


class _SpellingIndex:
    """Names of one type close in spelling (rapidfuzz ratio >= ``FUZZY_NAME_THRESHOLD``).

    Never all pairs: a name is compared only with the names that share its first three
    or its last three letters and whose length allows the ratio at all (within about
    15%), so a one-letter slip anywhere but at both ends is found.
    """

    def __init__(self, keys: Iterable[str]) -> None:
        self._blocks: dict[tuple[str, int], list[str]] = defaultdict(list)
        self._near: dict[str, list[str]] = {}
        for key in dict.fromkeys(keys):
            self._blocks[("<" + key[:3], len(key))].append(key)
            self._blocks[(">" + key[-3:], len(key))].append(key)

    def near(self, key: str) -> list[str]:
        """Return the names spelt close to ``key`` (itself included when indexed)."""
        found = self._near.get(key)
        if found is None:
            n = len(key)
            lengths = range(math.floor(n * 0.85), math.ceil(n * 1.18) + 1)
            pool = dict.fromkeys(
                other
                for length in lengths
                for block in (("<" + key[:3], length), (">" + key[-3:], length))
                for other in self._blocks.get(block, ())
            )
            found = self._near[key] = [
                other
                for other, _, _ in process.extract(
                    key,
                    list(pool),
                    scorer=fuzz.ratio,
                    score_cutoff=FUZZY_NAME_THRESHOLD,
                    limit=None,
                )
            ]
        return found


def _cluster_others(profiles: list[_Profile]) -> list[_Cluster]:
    """Return clusters of countries, organisations and places.

    Same type and normalised name, a name equal to another's alias of two or more
    words or an acronym, or a rapidfuzz ratio of at least ``FUZZY_NAME_THRESHOLD``
    (looked up in a ``_SpellingIndex``, never against every name).
    When several clusters qualify, the earliest formed wins, except for an acronym
    that articles define as different bodies: it stays an actor of its own.
    """
    clusters: list[_Cluster] = []
    order: dict[int, int] = {}
    exact: dict[tuple[str, str], dict[_Cluster, None]] = defaultdict(dict)
    owners: dict[tuple[str, str], dict[_Cluster, None]] = defaultdict(dict)
    spelling = {
        kind: _SpellingIndex(p.key for p in profiles if p.type == kind)
        for kind in dict.fromkeys(p.type for p in profiles)
    }

    # A state's body written without its state comes after the bodies named in full, so
    # that it can join its state's one whichever article came first.
    bare = [_stateless(p.type, p.name, "") for p in profiles]
    profiles = [p for p, b in zip(profiles, bare, strict=True) if not b] + [
        p for p, b in zip(profiles, bare, strict=True) if b
    ]
    for row in profiles:
        key = row.key
        candidates = [(c, "") for c in exact.get((row.type, key), ())]
        if len(key) > 6:
            for name in spelling[row.type].near(key):
                if _name_other_states(key, name):
                    continue  # "Indian Foreign Ministry" is no slip for "Iranian ..."
                if row.type == "place" and _own_words_apart(key, name):
                    continue  # "Vilan province" is no slip for "Velan province"
                candidates += [(c, "spelling close") for c in owners.get((row.type, name), ())]
        if _stateless(row.type, row.name, ""):
            # "Interior Ministry" joins only the same state's ministry, never another's,
            # and that state's ministry named in full ("Norlandic Interior Ministry")
            candidates = [
                (c, w)
                for c, w in candidates
                if row.affiliation and set(c.affiliations) == {row.affiliation}
            ]
            named = _state_body_name(key, row.affiliation)
            candidates += [
                (c, f"the body of {row.affiliation}")
                for c in exact.get((row.type, named), ())
                if named
            ]
        distinct = {id(c) for c, _ in candidates}
        if len(distinct) > 1 and row.name.isupper():
            # An acronym that stands for several bodies across articles stays its own.
            candidates = [(c, w) for c, w in candidates if key in c.keys]
        match, why = min(candidates, key=lambda cw: order[id(cw[0])], default=(None, ""))
        if match is None:
            match = _Cluster(row.type)
            order[id(match)] = len(clusters)
            clusters.append(match)
        elif not why and key not in match.keys:
            why = "a name another article gives it"
        match.add(row, f"{why} ({match.name})" if why else "")
        owners[(row.type, key)][match] = None
        exact[(row.type, key)][match] = None
        for alias in split_list(row.aliases):
            if _distinctive(alias):
                exact[(row.type, normalise_name(alias))][match] = None
    return clusters


def _state_body_name(key: str, state: str) -> str:
    """Return the normalised full name of a state's body written without its state
    ("interior ministry", "Norland" -> "norlandic interior ministry"), or ""."""
    entry = entries_by_name().get(state)
    kind = state_body_kind(key)
    if entry is None or not entry.demonyms or not kind:
        return ""
    return normalise_name(f"{entry.demonyms[0]} {kind}")


def _stateless(kind: str, name: str, affiliation: str) -> bool:
    """Return True for a state's body named without its state and of no known state."""
    return kind == "organisation" and not affiliation and bool(state_body_kind(name))


def _name_other_states(a: str, b: str) -> bool:
    """Return True when two names spelt alike each name a country the other does not
    ("indian foreign ministry", "iranian foreign ministry"): two bodies, not a slip."""
    states_a, states_b = _states_named(a), _states_named(b)
    return bool(states_a) and bool(states_b) and states_a != states_b


def _own_words_apart(a: str, b: str) -> bool:
    """Return True when two normalised place names spelt alike differ in their own words
    beyond a slip once the words saying what kind of place they are are set aside."""
    kinds = _place_kind_words()
    own_a = " ".join(w for w in a.split() if w not in kinds)
    own_b = " ".join(w for w in b.split() if w not in kinds)
    if not own_a or not own_b or (own_a == a and own_b == b):
        return False
    return fuzz.ratio(own_a, own_b) < FUZZY_NAME_THRESHOLD


@lru_cache(maxsize=1)
def _place_kind_words() -> frozenset[str]:
    return frozenset(w.lower() for w in actor_rule_words()["places"]["kind_words"])


def _states_named(key: str) -> set[str]:
    """Return the countries a normalised name names by a one-word name or demonym."""
    forms = canonical_names()
    return {
        entry.name
        for word in key.split()
        if (entry := forms.get(word)) is not None
        and entry.type == "country"
        and word not in {c.lower() for c in entry.capitals}
    }


def _distinctive(alias: str) -> bool:
    """Return True for an alias that names one body in any article: two or more words or
    an acronym, but never a state's body named without its state ("Foreign Ministry",
    "Defence Department"), which is a different ministry in each article."""
    if state_body_kind(alias.strip()):
        return False
    return " " in alias.strip() or (alias.isupper() and len(alias) >= 2)


# ---- the actors table


def _organisations_named_alone(rows: list) -> list:
    """Return the rows with one-word "persons" that are an organisation's short name
    elsewhere made that organisation.

    An article that defines "the Osmani Agency of surveys (Anos)" tells what "Anos" is in
    an article that only writes "Anos said", where the model may read a person. A word
    that a full person name is also known by stays a person. So does a longer name that
    other articles give a body ("Amnesty International" read as a person once), unless it
    opens with a known given name.
    """
    short_names: dict[str, set[str]] = defaultdict(set)
    bodies: Counter[str] = Counter()
    for row in rows:
        if row.type == "organisation":
            bodies[normalise_name(row.name)] += 1
            for alias in split_list(row.aliases):
                if " " not in alias.strip():
                    short_names[normalise_name(alias)].add(row.name)
    given = given_name_genders()
    rows = [
        row._replace(type="organisation", title="", affiliation="")
        if row.type == "person"
        and " " in row.name.strip()
        and bodies[normalise_name(row.name)] >= 2
        and row.name.split()[0].lower() not in given
        else row
        for row in rows
    ]
    if not short_names:
        return rows
    people_forms = {form for row in rows if row.type == "person" for form in known_by(row.name)}
    out = []
    for row in rows:
        key = normalise_name(row.name)
        if (
            row.type == "person"
            and " " not in row.name.strip()
            and not row.title
            and len(short_names.get(key, ())) == 1
            and surname_key(row.name) not in people_forms
        ):
            (name,) = short_names[key]
            row = row._replace(type="organisation", name=name, aliases=row.name)
        out.append(row)
    return out


def _with_states_told(names: list[str], clusters: list[_Cluster]) -> list[str]:
    """Return the names with the state added to a state's body named without it when
    several actors go by that name ("Interior Ministry (Norland)"): each is another
    state's ministry, and the table should not show them as one name."""
    shared = Counter(names)
    out = []
    for name, cluster in zip(names, clusters, strict=True):
        state = most_common(cluster.affiliations)
        if shared[name] > 1 and state and _stateless(cluster.type, name, ""):
            name = f"{name} ({state})"
        out.append(name)
    return out


def _evidence(cluster: _Cluster, name: str) -> dict[str, str]:
    """Return why each name other than ``name`` joined the cluster. When the chosen name
    is one that joined later, the names it joined have its reason, told of ``name``."""
    evidence = {n: why for n, why in cluster.evidence.items() if n != name}
    why = cluster.evidence.get(name)
    if why:
        for other in cluster.names:
            if other != name and other not in evidence:
                evidence[other] = why.replace(other, name)
    return evidence


def canonical_actors(
    local_actors: pd.DataFrame,
    mentions: pd.DataFrame,
    articles: pd.DataFrame,
) -> tuple[pd.DataFrame, dict[tuple[str, str], str]]:
    """Merge local actors across articles into the actors table.

    ``local_actors`` has one row per (article, local actor): article_id, actor_key,
    name, type, title, affiliation, aliases. ``mentions`` carries article_id and
    actor_key. Returns the actors table (one row per canonical actor: the most frequent
    full name, title and affiliation, every other name as an alias, counts of mentions
    and articles, first and last dates, and the names merged into it with the reason)
    and the mapping (article_id, actor_key) -> actor_id.
    """
    dates = dict(zip(articles["article_id"], articles["date"], strict=False))
    # The same stored articles give the same actors whatever order they arrived in:
    # rows go oldest article first (then by id and key), and the first spelling wins.
    rows = sorted(
        local_actors.itertuples(index=False),
        key=lambda r: (dates.get(r.article_id, ""), r.article_id, r.actor_key),
    )
    profiles = _profiles(_organisations_named_alone(rows))
    named_in: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        if row.type != "person":
            named_in[row.article_id].add(normalise_name(row.name))
            named_in[row.article_id].update(normalise_name(a) for a in split_list(row.aliases))
    clusters = _cluster_people([p for p in profiles if p.type == "person"], named_in)
    clusters += _cluster_others([p for p in profiles if p.type != "person"])

    per_member = Counter(zip(mentions["article_id"], mentions["actor_key"], strict=False))
    names = [cluster.chosen_name(per_member) for cluster in clusters]
    # A body is shown as its articles spell it ("U.S. Senate" where they write the stops).
    shown = [
        name if cluster.type == "person" else cluster.written_form(name)
        for name, cluster in zip(names, clusters, strict=True)
    ]
    respelt = {old: new for old, new in zip(names, shown, strict=True) if old != new}
    names = _with_states_told(shown, clusters)
    mapping: dict[tuple[str, str], str] = {}
    ids: dict[int, str] = {}
    used: set[str] = set()
    for i, cluster in enumerate(clusters):
        aid = actor_id(names[i], cluster.type)
        if aid in used:
            # a namesake of another country, or a role held in one article only
            only = next(iter(cluster.seen_in)) if len(cluster.seen_in) == 1 else str(i)
            suffix = most_common(cluster.affiliations) or only
            aid = f"{aid}--{normalise_name(suffix).replace(' ', '-')}"
            if aid in used:
                aid = f"{aid}-{i}"
        used.add(aid)
        ids[i] = aid
        for member in cluster.members:
            mapping[member] = aid

    counts: Counter = Counter()
    seen: dict[str, set[str]] = defaultdict(set)
    for (article_id, key), n in per_member.items():
        aid = mapping.get((article_id, key))
        if aid is not None:
            counts[aid] += n
            seen[aid].add(article_id)

    table_rows = []
    for i, cluster in enumerate(clusters):
        aid = ids[i]
        seen_dates = sorted(d for a in seen[aid] if (d := dates.get(a, "")))
        name = names[i]
        table_rows.append(
            {
                "actor_id": aid,
                "name": name,
                "type": cluster.type,
                "affiliation": respelt.get(aff := most_common(cluster.affiliations), aff),
                "title": cluster.title,
                "aliases": join_list(sorted(cluster.aliases - {name})),
                "mentions": counts[aid],
                "articles": len(seen[aid]),
                "first_date": seen_dates[0] if seen_dates else "",
                "last_date": seen_dates[-1] if seen_dates else "",
                "merged_from": join_list(
                    f"{n}: {why}" for n, why in sorted(_evidence(cluster, name).items())
                ),
            }
        )
    table = frame_from_rows(table_rows, ACTORS)
    if len(table):
        table = table.sort_values(
            ["mentions", "name", "actor_id"], ascending=[False, True, True], ignore_index=True
        )
    return table, mapping
