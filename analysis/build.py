"""Building the six tables: articles -> spaCy docs -> per-article rows -> canonical actors.

``build`` parses only the articles the store does not hold at the current pipeline
version, stores their per-article rows batch by batch, then assembles the six tables for
exactly the requested articles.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache, partial

import duckdb
import pandas as pd
from spacy.tokens import Doc

from analysis.actors import LocalActor, article_actors, local_actor_rows, without_bystander_states
from analysis.articles import Article, IngestReport, read_articles
from analysis.commitments import commitments
from analysis.corpus import Corpus
from analysis.derived import derive, is_current, refresh
from analysis.entity_rules import actor_rule_words, entries_by_name, top_affiliation
from analysis.limits import Limits, default_limits
from analysis.pipeline import nlp, pipeline_version
from analysis.processing import Unprocessed, process_articles
from analysis.quotes import quotations
from analysis.relations import create_views, read_tables
from analysis.spans import doc_text
from analysis.store import Store
from analysis.tables import (
    ARTICLES,
    DERIVED_TABLES,
    LOCAL_ACTORS,
    LOCAL_COMMITMENTS,
    LOCAL_MENTIONS,
    LOCAL_QUOTES,
    LOCAL_TABLES,
    THEMES,
    TableSpec,
    conform,
    empty_frame,
)
from analysis.themes import Taxonomy, ThemeMatcher, default_taxonomy

Progress = Callable[[int, int], None]

# Articles per store transaction: each costs a fixed share (a delete and an insert per
# table), and a kill loses at most one batch.
STORE_BATCH = 64


@dataclass(frozen=True)
class BuildResult:
    """What a build produced and how much of it was new."""

    corpus: Corpus
    processed: int
    reused: int
    version: str
    skipped: tuple[Unprocessed, ...] = ()


@cache
def theme_matcher(taxonomy: Taxonomy) -> ThemeMatcher:
    """Return the theme matcher for ``taxonomy`` on the shared pipeline's vocab."""
    return ThemeMatcher(nlp().vocab, taxonomy)


def _short_id(*parts: object) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:16]


def article_rows(doc: Doc, article: Article, matcher: ThemeMatcher) -> dict[str, list[dict]]:
    """Return the per-article rows of one parsed article, keyed by local table name."""
    aid = article.article_id
    found = article_actors(doc)
    hits = matcher.hits(doc)  # one matcher pass serves sentence themes and theme rows
    sentence_themes = matcher.sentence_themes(doc, hits=hits)
    quotes = quotations(doc, found)
    quote_rows = []
    for row in quotes:
        quote_rows.append(
            {
                **row,
                "article_id": aid,
                "quote_id": _short_id(aid, row["start_char"], row["end_char"]),
            }
        )
    commitment_rows = []
    for row in commitments(
        doc,
        found,
        sentence_themes,
        quotes,
        article_date=article.date,
        article_source=article.source,
    ):
        commitment_rows.append(
            {
                **row,
                "article_id": aid,
                "date": article.date,
                # One sentence can hold the same cue for several parties ("India and
                # Japan will each send a ship"), so the actor is part of the identity.
                "commitment_id": _short_id(
                    aid,
                    row["start_char"],
                    row["end_char"],
                    row["type"],
                    row["cue"],
                    row.get("actor_key", ""),
                    row.get("counterpart_key", ""),
                ),
            }
        )
    acting = {row.get("speaker_key", "") for row in quote_rows} | {
        row.get(key, "") for row in commitment_rows for key in ("actor_key", "counterpart_key")
    }
    found = without_bystander_states(found, acting, doc_text(doc))
    mention_rows = [
        {
            "article_id": aid,
            "actor_key": m.actor_key,
            "text": m.text,
            "start_char": m.start_char,
            "end_char": m.end_char,
            "sentence_index": m.sentence_index,
            "kind": m.kind,
        }
        for m in found.mentions
    ]
    return {
        ARTICLES.name: [_article_row(article)],
        LOCAL_ACTORS.name: local_actor_rows(aid, found.actors.values()),
        LOCAL_MENTIONS.name: mention_rows,
        THEMES.name: matcher.theme_rows(
            doc,
            aid,
            title=article.title,
            hits=hits,
            commitment_starts=[row["start_char"] for row in commitment_rows],
            parties=relation_parties(found.actors.values()),
            related_commitments=_related_commitments(found.actors.values(), commitment_rows),
        ),
        LOCAL_QUOTES.name: _unique(quote_rows, "quote_id"),
        LOCAL_COMMITMENTS.name: _unique(commitment_rows, "commitment_id"),
    }


def _related_commitments(actors: Iterable[LocalActor], rows: Sequence[dict]) -> list[int]:
    """Return the offsets of the commitments made to another state or body of the article
    (a counterpart of type country or organisation other than the actor)."""
    sides = {a.key for a in actors if a.type in ("country", "organisation")}
    return [
        row["start_char"]
        for row in rows
        if row.get("counterpart_key") in sides and row["counterpart_key"] != row.get("actor_key")
    ]


def relation_parties(actors: Iterable[LocalActor]) -> int:
    """Return how many parties act across an article's relations: its states, the states
    its bodies belong to, and the other bodies unless their name ends in a word of a body
    that acts within one state (``domestic_heads`` in ``data/actor_rules.toml``) and the
    gazetteer does not know them ("European Union" counts, "Osmani Senate" does not)."""
    known = entries_by_name()
    domestic = _domestic_heads()
    states: set[str] = set()
    bodies = 0
    for actor in actors:
        if actor.type == "country":
            states.add(actor.name)
        elif actor.type == "organisation":
            entry = known.get(actor.name)
            owner = top_affiliation(actor.name) if entry is not None else actor.affiliation
            if owner and owner != actor.name:
                states.add(owner)
            elif entry is not None or actor.name.split()[-1].lower() not in domestic:
                bodies += 1
    return len(states) + bodies


@cache
def _domestic_heads() -> frozenset[str]:
    return frozenset(w.lower() for w in actor_rule_words()["organisations"]["domestic_heads"])


def _unique(rows: list[dict], key: str) -> list[dict]:
    """Return ``rows`` without repeats of ``key`` (an extractor's exact duplicates), in order."""
    kept: dict[str, dict] = {}
    for row in rows:
        kept.setdefault(row[key], row)
    return list(kept.values())


def _article_row(article: Article) -> dict:
    return {
        "article_id": article.article_id,
        "title": article.title,
        "date": article.date,
        "source": article.source,
        "path": article.path,
        "url": article.url,
        "n_words": article.n_words,
        "text": article.text,
    }


@dataclass(frozen=True)
class StoreUpdate:
    """How many of the requested articles were processed, how many the store held, and
    which could not be processed (named, with the reason)."""

    processed: int
    reused: int
    version: str
    skipped: tuple[Unprocessed, ...] = ()


def update_store(
    articles: Sequence[Article],
    store: Store,
    *,
    taxonomy: Taxonomy | None = None,
    processes: int = 1,
    dask: str | None = None,
    progress: Progress | None = None,
    limits: Limits | None = None,
) -> StoreUpdate:
    """Process into ``store`` the articles it lacks at the current pipeline version.

    ``progress`` is called with (articles done, articles to process) after every stored
    batch. An article that fails or runs over its time budget (``limits``) is skipped and
    listed in ``skipped``; the others are stored. ``dask`` names a cluster (``local:N`` or
    a scheduler address, see ``analysis.distributed``) that parses the articles instead of
    this process. Nothing is assembled: callers that want the tables use ``build``.
    """
    taxonomy = taxonomy or default_taxonomy()
    version = pipeline_version(taxonomy.fingerprint())
    wanted = set(a.article_id for a in articles)
    current = store.current_ids(version)
    todo = list({a.article_id: a for a in articles if a.article_id not in current}.values())
    if progress:
        progress(0, len(todo))
    # The model loads only when something needs processing: a fully cached build (a
    # dashboard restart) never pays for it.
    skipped: list[Unprocessed] = []
    if todo and dask:
        skipped = _process_on_dask(
            todo,
            store,
            version,
            taxonomy,
            dask=dask,
            progress=progress,
            limits=limits or default_limits(),
        )
    elif todo:
        skipped = _process(
            todo,
            store,
            version,
            taxonomy,
            processes=processes,
            progress=progress,
            limits=limits or default_limits(),
        )
    # The cross-article reduce over every stored article, so a load only joins.
    refresh(store)
    return StoreUpdate(
        processed=len(todo) - len(skipped),
        reused=len(wanted) - len(todo),
        version=version,
        skipped=tuple(skipped),
    )


def build(
    articles: Sequence[Article],
    *,
    store: Store | None = None,
    taxonomy: Taxonomy | None = None,
    processes: int = 1,
    dask: str | None = None,
    progress: Progress | None = None,
    limits: Limits | None = None,
) -> BuildResult:
    """Process the articles the store lacks and return the six tables for all of them.

    Without a store the build uses a throw-away in-memory one. ``progress`` is called
    with (articles done, articles to process) after every stored batch. Articles that
    could not be processed are left out of the tables and listed in ``skipped``.
    """
    own_store = store is None
    store = store or Store(":memory:")
    try:
        update = update_store(
            articles,
            store,
            taxonomy=taxonomy,
            processes=processes,
            dask=dask,
            progress=progress,
            limits=limits,
        )
        lost = {s.article_id for s in update.skipped}
        wanted = [aid for aid in dict.fromkeys(a.article_id for a in articles) if aid not in lost]
        if set(wanted) == set(store.article_ids()):
            corpus = load_store(store)  # the stored canonical actors are these articles'
        else:
            corpus = assemble(store.local_tables(wanted))
    finally:
        if own_store:
            store.close()
    return BuildResult(corpus, update.processed, update.reused, update.version, update.skipped)


def _process(
    todo: Sequence[Article],
    store: Store,
    version: str,
    taxonomy: Taxonomy,
    *,
    processes: int,
    progress: Progress | None,
    limits: Limits,
) -> list[Unprocessed]:
    """Parse ``todo`` and store its rows batch by batch, each batch in one transaction.

    Returns the articles that could not be processed, each named with the reason.
    """
    matcher = theme_matcher(taxonomy)
    batch: list[dict[str, list[dict]]] = []
    skipped: list[Unprocessed] = []
    done = 0
    outcomes = process_articles(
        todo,
        language=nlp(),
        rows_of=partial(article_rows, matcher=matcher),
        limits=limits,
        processes=processes,
    )
    for outcome in outcomes:
        if outcome.rows is None:
            skipped.append(Unprocessed.of(outcome.article, outcome.reason))
            done += 1
        else:
            batch.append(outcome.rows)
        if len(batch) >= STORE_BATCH:
            done += _flush(store, batch, version)
            if progress:
                progress(done, len(todo))
    done += _flush(store, batch, version)
    if progress:
        progress(done, len(todo))
    return skipped


def _process_on_dask(
    todo: Sequence[Article],
    store: Store,
    version: str,
    taxonomy: Taxonomy,
    *,
    dask: str,
    progress: Progress | None,
    limits: Limits,
) -> list[Unprocessed]:
    """Parse ``todo`` on a Dask cluster; store each finished batch in one transaction.

    Returns the articles that could not be processed, each named with the reason.
    """
    from analysis.distributed import parse_cluster_spec, process_on_cluster

    spec = parse_cluster_spec(dask)
    if progress:
        progress(0, len(todo))
    lost = process_on_cluster(
        todo,
        taxonomy,
        version,
        spec,
        lambda rows: _flush(store, rows, version),
        progress,
        limits=limits,
    )
    return [Unprocessed.of(article, why) for article, why in lost]


def _flush(store: Store, batch: list[dict[str, list[dict]]], version: str) -> int:
    if not batch:
        return 0
    # Plain frames: every store's ``add`` types them (``conform``) on the way in, and
    # typing them here as well cost as much as the store's own writing.
    tables = {spec.name: _frame(batch, spec) for spec in LOCAL_TABLES}
    store.add(tables, version)
    n = len(batch)
    batch.clear()
    return n


def _frame(batch: list[dict[str, list[dict]]], spec: TableSpec) -> pd.DataFrame:
    """Return one table's rows of a batch as a frame, untyped (an empty typed one for none)."""
    rows = [row for rows in batch for row in rows[spec.name]]
    return pd.DataFrame.from_records(rows) if rows else empty_frame(spec)


def assemble(local: dict[str, pd.DataFrame]) -> Corpus:
    """Return the six tables from per-article rows, actors made canonical, in memory.

    The reduce (``analysis.derived.derive``) runs over exactly these rows and the tables
    come from the same SQL views a store is read through (``analysis.relations``).
    """
    articles = conform(local[ARTICLES.name], ARTICLES)
    if articles.empty:
        return Corpus()
    return _joined(local, derive(local))


def _joined(local: dict[str, pd.DataFrame], derived: dict[str, pd.DataFrame]) -> Corpus:
    """Return the six tables: ``analysis.relations``' views over these frames."""
    con = duckdb.connect(":memory:")
    try:
        for spec in LOCAL_TABLES:
            con.register(spec.name, conform(local[spec.name], spec)[spec.column_names])
        for name, frame in derived.items():
            con.register(name, frame)
        create_views(con)
        return Corpus(**read_tables(con))
    finally:
        con.close()


def build_paths(
    inputs: Sequence[str],
    *,
    store: Store | None = None,
    taxonomy: Taxonomy | None = None,
    processes: int = 1,
    progress: Progress | None = None,
) -> tuple[BuildResult, IngestReport]:
    """Read articles from files, folders or archives and build their tables.

    Returns the build result and the ingest report (what was skipped and why).
    """
    report = read_articles(inputs)
    result = build(
        report.articles, store=store, taxonomy=taxonomy, processes=processes, progress=progress
    )
    return result, report


def load_store(store: Store) -> Corpus:
    """Return the six tables of every article in the store.

    The tables are read through the ``corpus_*`` views over the stored derived tables,
    with no merging. A writable store whose derived tables are missing or stale (written
    by an older version) computes and stores them first; a read-only one assembles the
    tables in memory, as before.
    """
    refresh(store)  # a no-op when current or read-only
    if hasattr(store, "contract_tables"):
        tables = store.contract_tables()
        return assemble(store.local_tables()) if tables is None else Corpus(**tables)
    if not is_current(store):
        return assemble(store.local_tables())
    derived = {spec.name: store.derived(spec.name) for spec in DERIVED_TABLES}
    return _joined(store.local_tables(), derived)


def load_stores(*stores: Store) -> Corpus:
    """Return the six tables of every article in ``stores``, actors made canonical across all.

    The actors are merged in memory over all the stores' articles (the reduce is near
    linear, but it runs over the whole union, not only the first store's additions).
    An article held by more than one store is read from the first that holds it, so a
    store listed first (a visitor's own re-processing, say) wins over the ones after it.
    """
    if not stores:
        return Corpus()
    seen: set[str] = set()
    parts: dict[str, list[pd.DataFrame]] = {spec.name: [] for spec in LOCAL_TABLES}
    for store in stores:
        local = store.local_tables()
        fresh = set(local[ARTICLES.name]["article_id"]) - seen
        for spec in LOCAL_TABLES:
            frame = local[spec.name]
            parts[spec.name].append(frame[frame["article_id"].isin(fresh)])
        seen |= fresh
    return assemble(
        {
            name: pd.concat([f for f in frames if len(f)] or frames[:1], ignore_index=True)
            for name, frames in parts.items()
        }
    )
