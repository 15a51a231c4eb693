"""The dashboard's global filters as plain data, and their application to the six tables.

A ``Filters`` value says which slice of the corpus an analyst is looking at. ``apply``
returns a new Corpus holding exactly the rows of that slice, so every page filters the
same way and every download holds exactly the rows a page shows.

How each filter narrows the corpus:

- articles are kept when their date is in the range (an undated article is kept only
  while no range is set), their source is selected, the search text occurs in their
  title or text, they carry a selected theme and they mention a selected actor (or an
  actor of a selected type or affiliation);
- every table is then restricted to the kept articles, and further:
  actors and mentions to the selected actors; themes to the selected themes;
  commitments to the selected actors (as actor or counterpart), types, themes and
  minimum strength; quotes to the selected actors as speakers. The minimum strength
  applies to graded types only: a refusal always has strength 0, and a strength
  filter that hid every refusal would hide what an analyst most needs to see;
- the actors table's ``mentions``, ``articles``, ``first_date`` and ``last_date`` are
  recounted inside the slice, so rankings follow the filters.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urlencode, urlsplit, urlunsplit

import pandas as pd

from analysis.corpus import Corpus
from analysis.cue_lexicon import COMMITMENT_TYPES
from analysis.tables import split_list

ACTOR_TYPES: tuple[str, ...] = ("person", "country", "organisation")
"""Actor types an analyst can filter on; places are never counted as actors."""

UNGRADED_TYPES: tuple[str, ...] = ("refusal",)
"""Commitment types without a strength (always 0): the minimum strength never hides them."""


@dataclass(frozen=True)
class Filters:
    """One slice of the corpus; empty selections and ``None`` bounds select everything."""

    start: date | None = None
    end: date | None = None
    actors: tuple[str, ...] = ()
    actor_types: tuple[str, ...] = ()
    affiliations: tuple[str, ...] = ()
    themes: tuple[str, ...] = ()
    commitment_types: tuple[str, ...] = ()
    min_strength: float = 0.0
    sources: tuple[str, ...] = ()
    search: str = ""

    def is_empty(self) -> bool:
        """Return True when the filters select the whole corpus."""
        return self == Filters()


@dataclass(frozen=True)
class FilterOptions:
    """The values each filter widget offers for one corpus."""

    first_date: date | None
    last_date: date | None
    actors: list[str] = field(default_factory=list)
    actor_types: list[str] = field(default_factory=list)
    affiliations: list[str] = field(default_factory=list)
    themes: dict[str, str] = field(default_factory=dict)
    commitment_types: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)


def parse_date(value: str) -> date | None:
    """Return the date of an ISO ``YYYY-MM-DD`` string, or None for "" or a malformed one."""
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _sorted_unique(values: Iterable[str]) -> list[str]:
    return sorted({v for v in values if v}, key=str.casefold)


def filter_options(corpus: Corpus) -> FilterOptions:
    """Return the values the filter widgets offer for ``corpus``.

    Actors are listed by canonical name (names read well in a shared link); places are
    left out, as they are never counted as actors. Themes map id to label.
    """
    dates = [d for d in map(parse_date, corpus.articles["date"]) if d is not None]
    actors = corpus.actors[corpus.actors["type"] != "place"]
    themes = corpus.themes.drop_duplicates("theme").sort_values("label", key=_casefold)
    present_types = set(corpus.commitments["type"])
    return FilterOptions(
        first_date=min(dates) if dates else None,
        last_date=max(dates) if dates else None,
        actors=_sorted_unique(actors["name"]),
        actor_types=[t for t in ACTOR_TYPES if t in set(actors["type"])],
        affiliations=_sorted_unique(actors["affiliation"]),
        themes=dict(zip(themes["theme"], themes["label"], strict=True)),
        commitment_types=[t for t in COMMITMENT_TYPES if t in present_types]
        + sorted(present_types - set(COMMITMENT_TYPES)),
        sources=_sorted_unique(corpus.articles["source"]),
    )


def _casefold(series: pd.Series) -> pd.Series:
    return series.str.casefold()


def date_bounds(picked: Sequence[date], options: FilterOptions) -> tuple[date | None, date | None]:
    """Return the (start, end) a date-range widget means, with ``None`` for "no bound".

    A range that covers the whole corpus means "no date filter", so undated articles
    stay in view until the analyst narrows the range.
    """
    if len(picked) != 2:
        return None, None
    start, end = picked
    if start == options.first_date and end == options.last_date:
        return None, None
    return start, end


def selected_actor_ids(actors: pd.DataFrame, filters: Filters) -> set[str] | None:
    """Return the ids of the actors the filters name, or None when they name no actor.

    Names, types and affiliations combine with "and": "persons affiliated with India".
    """
    if not (filters.actors or filters.actor_types or filters.affiliations):
        return None
    keep = pd.Series(True, index=actors.index)
    if filters.actors:
        keep &= actors["name"].isin(filters.actors)
    if filters.actor_types:
        keep &= actors["type"].isin(filters.actor_types)
    if filters.affiliations:
        # A state or bloc counts as affiliated with itself, so "India" finds India too.
        keep &= actors["affiliation"].isin(filters.affiliations) | actors["name"].isin(
            filters.affiliations
        )
    return set(actors.loc[keep, "actor_id"])


def _in_date_range(articles: pd.DataFrame, filters: Filters) -> pd.Series:
    if filters.start is None and filters.end is None:
        return pd.Series(True, index=articles.index)
    # ISO strings compare like dates; undated articles ("") fall outside any range.
    dates = articles["date"].str.slice(0, 10)
    keep = dates != ""
    if filters.start is not None:
        keep &= dates >= filters.start.isoformat()
    if filters.end is not None:
        keep &= dates <= filters.end.isoformat()
    return keep


def _contains(series: pd.Series, text: str) -> pd.Series:
    return series.str.contains(text, case=False, regex=False)


def selected_article_ids(corpus: Corpus, filters: Filters, actor_ids: set[str] | None) -> set[str]:
    """Return the ids of the articles the filters keep (see the module docstring)."""
    articles = corpus.articles
    keep = _in_date_range(articles, filters)
    if filters.sources:
        keep &= articles["source"].isin(filters.sources)
    search = filters.search.strip()
    if search:
        keep &= _contains(articles["title"], search) | _contains(articles["text"], search)
    if filters.themes:
        themed = corpus.themes.loc[corpus.themes["theme"].isin(filters.themes), "article_id"]
        keep &= articles["article_id"].isin(set(themed))
    if actor_ids is not None:
        mentioned = corpus.mentions.loc[corpus.mentions["actor_id"].isin(actor_ids), "article_id"]
        keep &= articles["article_id"].isin(set(mentioned))
    return set(articles.loc[keep, "article_id"])


def _has_any(cells: pd.Series, wanted: Iterable[str]) -> pd.Series:
    wanted = set(wanted)
    return cells.map(lambda cell: bool(wanted.intersection(split_list(cell)))).astype(bool)


def filter_commitments(
    commitments: pd.DataFrame, filters: Filters, actor_ids: set[str] | None
) -> pd.DataFrame:
    """Return the commitments matching the commitment-level filters (articles aside)."""
    keep = (commitments["strength"] >= filters.min_strength) | commitments["type"].isin(
        UNGRADED_TYPES
    )
    if filters.commitment_types:
        keep &= commitments["type"].isin(filters.commitment_types)
    if filters.themes:
        keep &= _has_any(commitments["themes"], filters.themes)
    if actor_ids is not None:
        keep &= commitments["actor_id"].isin(actor_ids) | commitments["counterpart_id"].isin(
            actor_ids
        )
    return commitments[keep]


def recount_actors(
    actors: pd.DataFrame, mentions: pd.DataFrame, articles: pd.DataFrame
) -> pd.DataFrame:
    """Return the actors seen in ``mentions`` with counts and dates recomputed from them.

    One row per actor mentioned at least once; ``mentions`` is the number of mentions,
    ``articles`` the number of distinct articles, dates the first and last article dates.
    """
    if mentions.empty:
        return actors.iloc[0:0]
    dated = mentions[["actor_id", "article_id"]].merge(
        articles[["article_id", "date"]], on="article_id", how="left"
    )
    dated["date"] = dated["date"].fillna("")
    stats = dated.groupby("actor_id").agg(
        n_mentions=("article_id", "size"), n_articles=("article_id", "nunique")
    )
    with_date = dated[dated["date"] != ""].groupby("actor_id")["date"].agg(["min", "max"])
    out = actors[actors["actor_id"].isin(stats.index)].copy()
    out["mentions"] = out["actor_id"].map(stats["n_mentions"]).astype("int64")
    out["articles"] = out["actor_id"].map(stats["n_articles"]).astype("int64")
    first, last = with_date["min"].to_dict(), with_date["max"].to_dict()
    out["first_date"] = [first.get(i, "") for i in out["actor_id"]]
    out["last_date"] = [last.get(i, "") for i in out["actor_id"]]
    return out.sort_values(["mentions", "name"], ascending=[False, True]).reset_index(drop=True)


def apply(corpus: Corpus, filters: Filters) -> Corpus:
    """Return the slice of ``corpus`` the filters select, every table narrowed consistently."""
    if filters.is_empty():
        return corpus
    actor_ids = selected_actor_ids(corpus.actors, filters)
    article_ids = selected_article_ids(corpus, filters, actor_ids)

    every_article = len(article_ids) == len(corpus.articles)

    def of_articles(frame: pd.DataFrame) -> pd.DataFrame:
        # A filter that keeps every article (strength, commitment types) skips the id look-up,
        # the costliest step on a large corpus.
        return frame if every_article else frame[frame["article_id"].isin(article_ids)]

    articles = of_articles(corpus.articles)
    mentions = of_articles(corpus.mentions)
    if actor_ids is not None:
        mentions = mentions[mentions["actor_id"].isin(actor_ids)]
    themes = of_articles(corpus.themes)
    if filters.themes:
        themes = themes[themes["theme"].isin(filters.themes)]
    quotes = of_articles(corpus.quotes)
    if actor_ids is not None:
        quotes = quotes[quotes["speaker_id"].isin(actor_ids)]
    commitments = filter_commitments(of_articles(corpus.commitments), filters, actor_ids)
    return Corpus(
        articles=articles.reset_index(drop=True),
        actors=recount_actors(corpus.actors, mentions, articles),
        mentions=mentions.reset_index(drop=True),
        themes=themes.reset_index(drop=True),
        commitments=commitments.reset_index(drop=True),
        quotes=quotes.reset_index(drop=True),
    )


FILTER_KEYS: dict[str, str] = {
    "dates": "f.dates",
    "actors": "f.actors",
    "actor_types": "f.actor_types",
    "affiliations": "f.affiliations",
    "themes": "f.themes",
    "commitment_types": "f.commitment_types",
    "min_strength": "f.min_strength",
    "sources": "f.sources",
    "search": "f.search",
}
"""Widget key (and URL query parameter) of each global filter."""


def filter_params(filters: Filters, theme_labels: dict[str, str]) -> dict[str, list[str]]:
    """Return the URL query parameters that reopen ``filters``, as the bound widgets write them.

    Filters at their default are left out, as the widgets leave them out; themes appear
    by label (what the theme widget shows); dates as ISO strings.
    """
    params: dict[str, list[str]] = {}
    if filters.start is not None and filters.end is not None:
        params[FILTER_KEYS["dates"]] = [filters.start.isoformat(), filters.end.isoformat()]
    for name in ("actors", "actor_types", "affiliations", "commitment_types", "sources"):
        values = getattr(filters, name)
        if values:
            params[FILTER_KEYS[name]] = list(values)
    if filters.themes:
        params[FILTER_KEYS["themes"]] = [theme_labels.get(t, t) for t in filters.themes]
    if filters.min_strength:
        params[FILTER_KEYS["min_strength"]] = [f"{filters.min_strength:g}"]
    if filters.search:
        params[FILTER_KEYS["search"]] = [filters.search]
    return params


def view_link(base_url: str, params: dict[str, str | list[str]]) -> str:
    """Return ``base_url`` with ``params`` as its query string (lists as repeated keys)."""
    pairs: list[tuple[str, str]] = []
    for key, value in params.items():
        values = value if isinstance(value, list) else [value]
        pairs.extend((key, str(v)) for v in values)
    if not pairs:
        return base_url
    return f"{base_url}?{urlencode(pairs)}"


def page_url(browser_url: str, page_paths: Iterable[str], current: str) -> str:
    """Return the address of page ``current`` (its URL path; "" for the default page).

    ``browser_url`` is the address in the visitor's browser, on any page of the app (its
    query and fragment are dropped). Its last path segment is removed when, as a whole
    segment, it names a page, so ``.../add_articles`` never loses just its ``articles``
    suffix; an app served under a base path keeps it.
    """
    parts = urlsplit(browser_url)
    segments = parts.path.rstrip("/").split("/")
    if len(segments) > 1 and segments[-1] in {p for p in page_paths if p}:
        segments = segments[:-1]
    if current:
        segments.append(current)
    path = "/".join(segments) or "/"
    return urlunsplit((parts.scheme, parts.netloc, path, "", ""))


def describe_filters(filters: Filters, theme_labels: dict[str, str]) -> dict[str, object]:
    """Return the filters in force by readable name (for a download's record of its view)."""
    out: dict[str, object] = {}
    if filters.start is not None or filters.end is not None:
        out["dates"] = [d.isoformat() if d else "" for d in (filters.start, filters.end)]
    for name in ("actors", "actor_types", "affiliations", "commitment_types", "sources"):
        if getattr(filters, name):
            out[name] = list(getattr(filters, name))
    if filters.themes:
        out["themes"] = [theme_labels.get(t, t) for t in filters.themes]
    if filters.min_strength:
        out["min_strength"] = filters.min_strength
        out["min_strength_applies_to"] = "graded commitment types (refusals are always kept)"
    if filters.search:
        out["search"] = filters.search
    return out
