"""The dashboard's questions as DuckDB queries over the six tables, so no page holds a corpus.

A ``Warehouse`` wraps a DuckDB connection (a cursor per session) on which the six
contract tables can be read under ``corpus_articles``, ``corpus_actors``,
``corpus_mentions``, ``corpus_themes``, ``corpus_commitments`` and ``corpus_quotes``.
It turns ``Filters`` into parameterised SQL with the semantics of ``analysis.filters``
(user text is always a bound parameter, never spliced into SQL), and answers with small
frames: counts, per-period and per-actor aggregates for the charts, one page of a table
with its total, one article with its spans, the filter widgets' values (long lists cut
to the most mentioned), and CSV in chunks.

Corrections are small overlays: the rows the corrections can touch (the actors they
name, those actors' mentions, commitments and quotes, and the commitments and quotes
they name by id) are read out, corrected with ``apply_corrections`` and stored in
side tables; a corrected table is then "the stored rows minus the touched ones, plus
their corrected version". A visitor's own articles are a second small set of tables
united with the shared ones in the same way.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import duckdb
import pandas as pd

from analysis.corpus import Corpus
from analysis.corrections import apply_corrections
from analysis.cue_lexicon import COMMITMENT_TYPES
from analysis.derived import (
    ACTOR_COMMITMENTS,
    ACTOR_DAYS,
    ACTOR_MENTIONS,
    ACTOR_QUOTES,
    KEY_ID,
    LAYOUT_TABLES,
    actor_days_sql,
    index_actor_names,
    index_articles,
    keyed_commitments_sql,
    write_layout,
)
from analysis.export import neutralise
from analysis.filters import ACTOR_TYPES, UNGRADED_TYPES, FilterOptions, Filters, parse_date
from analysis.tables import SPECS, TABLE_NAMES, conform

VIEW_PREFIX = "corpus_"
WORK = "ct_work"
"""An in-memory database attached to the store's connection, for the shared overlays."""

MEMORY_LIMIT = "512MB"
THREADS = 2
OPTION_CAP = 200
"""Actors, affiliations and sources offered in a filter widget at most (most mentioned first)."""

SMALL_SLICE = 5_000
"""A slice of at most this many articles is kept in temporary tables while its filters hold."""
SMALL_MENTIONS = 500_000
"""Named actors with at most this many mentions have them read once per filter change."""
CSV_CHUNK_ROWS = 20_000
NAMED_CACHE = 8
"""Actor filters whose ids a Warehouse remembers (the latest ones)."""
EVERYTHING = Filters()
"""No filter: the whole corpus."""
OTHERS = "others"

KEYS: dict[str, tuple[str, ...]] = {name: spec.key for name, spec in SPECS.items()}


def configure(con: duckdb.DuckDBPyConnection, *, memory_limit: str = MEMORY_LIMIT) -> None:
    """Bound the connection's memory and threads (both shared by every session of a process)."""
    con.execute(f"SET memory_limit = '{memory_limit}'")
    con.execute(f"SET threads = {int(THREADS)}")
    con.execute("SET preserve_insertion_order = false")


def connection_from_corpus(corpus: Corpus) -> duckdb.DuckDBPyConnection:
    """Return an in-memory DuckDB connection holding ``corpus`` as the six ``corpus_*`` tables."""
    con = duckdb.connect(":memory:")
    configure(con)
    for name, frame in corpus.conformed().tables().items():
        con.register("_frame", frame)
        con.execute(f"CREATE TABLE {VIEW_PREFIX}{name} AS SELECT * FROM _frame")
        con.unregister("_frame")
    write_layout(con)
    index_articles(con, {name: f"{VIEW_PREFIX}{name}" for name in ("articles", "themes")})
    index_actor_names(con, f"{VIEW_PREFIX}actors")
    _attach_work(con)
    return con


def connection_from_file(path: str | Path) -> duckdb.DuckDBPyConnection:
    """Return a connection reading the six ``corpus_*`` tables of a DuckDB file (read-only)."""
    con = duckdb.connect(":memory:")
    configure(con)
    con.execute("ATTACH ? AS ct_store (READ_ONLY)", [str(path)])
    for name in TABLE_NAMES:
        con.execute(
            f"CREATE VIEW {VIEW_PREFIX}{name} AS SELECT * FROM ct_store.{VIEW_PREFIX}{name}"
        )
    stored = {
        row[0]
        for row in con.execute(
            "SELECT table_name FROM duckdb_tables() WHERE database_name = 'ct_store'"
        ).fetchall()
    }
    for name in set(LAYOUT_TABLES) & stored:
        con.execute(f"CREATE VIEW {name} AS SELECT * FROM ct_store.{name}")
    _attach_work(con)
    return con


def connection_from_store(location: str | Path | None) -> duckdb.DuckDBPyConnection:
    """Return a connection to the current snapshot of a store (a DuckDB file or a Parquet
    dataset), where the six ``corpus_*`` views join the stored rows and the stored
    canonical actors: nothing is assembled in memory, whatever the corpus's size."""
    from analysis.stores import read_connection

    con = read_connection(location)
    configure(con)
    _attach_work(con)
    return con


def _attach_work(con: duckdb.DuckDBPyConnection) -> None:
    attached = {
        row[0] for row in con.execute("SELECT database_name FROM duckdb_databases()").fetchall()
    }
    if WORK not in attached:
        con.execute(f"ATTACH ':memory:' AS {WORK}")


class _Params:
    """Bound parameters of one query, each under its own name."""

    def __init__(self) -> None:
        self.values: dict[str, object] = {}

    def __call__(self, value: object) -> str:
        name = f"p{len(self.values)}"
        self.values[name] = value
        return f"${name}"


@dataclass(frozen=True)
class Narrow:
    """A page's own narrowing of one table: columns equal to one of some values, words in a column.

    Column names are checked against the table's columns; values are bound parameters.
    """

    equal: tuple[tuple[str, tuple[str, ...]], ...] = ()
    contains: tuple[tuple[str, str], ...] = ()
    not_equal: tuple[tuple[str, str], ...] = ()
    at_least: tuple[tuple[str, float], ...] = ()

    @classmethod
    def of(
        cls,
        equal: Mapping[str, Sequence[str]] | None = None,
        *,
        not_equal: Mapping[str, str] | None = None,
        at_least: Mapping[str, float] | None = None,
        **contains: str,
    ) -> Narrow:
        """Return the narrowing of ``equal`` (column -> values; empty ones ignored), words,
        columns differing from a value and columns at least a number."""
        return cls(
            tuple((c, tuple(v)) for c, v in (equal or {}).items() if v),
            tuple((c, w) for c, w in contains.items() if w),
            tuple((not_equal or {}).items()),
            tuple((at_least or {}).items()),
        )


def layout_relations(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """Return the actor layout tables (``analysis.derived``) that ``con`` can read, by name."""
    present = {
        row[0]
        for row in con.execute(
            "SELECT table_name FROM duckdb_tables() UNION ALL SELECT view_name FROM duckdb_views()"
        ).fetchall()
    }
    return {name: name for name in LAYOUT_TABLES if name in present}


class Warehouse:
    """The dashboard's queries over one set of six relations (stored, corrected, with additions).

    Besides the six, ``relations`` may name the actor layout (``actor_mentions``,
    ``actor_commitments``, ``actor_quotes``, ``actor_days``: the same rows ordered by
    actor id, see ``analysis.derived``); where an actor or a date filter applies they are
    read instead, as one actor's rows lie in a few row groups. By default the six
    ``corpus_*`` views and whichever layout tables the connection holds.
    """

    def __init__(self, con: duckdb.DuckDBPyConnection, relations: Mapping[str, str] | None = None):
        self.con = con
        if relations is None:
            relations = {n: f"{VIEW_PREFIX}{n}" for n in TABLE_NAMES} | layout_relations(con)
        self.relations = dict(relations)
        self._columns: dict[str, list[str]] = {}
        self._named: dict[tuple, tuple[list[str], int]] = {}

    # ------------------------------------------------------------------ plumbing

    def with_cursor(self, cursor: duckdb.DuckDBPyConnection) -> Warehouse:
        """Return the same relations read through ``cursor`` (one per session or thread)."""
        return Warehouse(cursor, self.relations)

    def columns(self, table: str) -> list[str]:
        """Return the columns of ``table`` in order."""
        if table not in self._columns:
            rel = self.relations[table]
            self._columns[table] = [
                d[0] for d in self.con.execute(f"SELECT * FROM {rel} LIMIT 0").description
            ]
        return self._columns[table]

    def _df(self, sql: str, params: _Params | None = None) -> pd.DataFrame:
        return self.con.execute(sql, (params.values if params else None) or None).df()

    def _scalar(self, sql: str, params: _Params | None = None) -> object:
        return self.con.execute(sql, (params.values if params else None) or None).fetchall()[0][0]

    def _column(self, table: str, column: str) -> str:
        if column not in self.columns(table):
            raise ValueError(f"{table} has no column {column!r}")
        return f'"{column}"'

    # ------------------------------------------------------------------ filters as SQL

    def _actor_ids(self, filters: Filters, p: _Params) -> str | None:
        """Return a bound list of the ids of the actors the filters name (None: no actor filter).

        The ids are looked up once and bound as a constant list, so each condition on an
        id column (``list_contains(ids, column)``) is pushed into the table scan as a
        filter instead of joining every row with a subquery.
        """
        named = self._named_actors(filters)
        return None if named is None else f"CAST({p(named[0])} AS VARCHAR[])"

    def _named_actors(self, filters: Filters) -> tuple[list[str], int] | None:
        """Return the ids of the actors the filters name and their stored mentions (None: no
        actor filter), looked up once per set of relations and remembered."""
        if not (filters.actors or filters.actor_types or filters.affiliations):
            return None
        q = _Params()
        conds = []
        if filters.actors:
            conds.append(f"list_contains({q(list(filters.actors))}, name)")
        if filters.actor_types:
            conds.append(f"list_contains({q(list(filters.actor_types))}, type)")
        if filters.affiliations:
            wanted = q(list(filters.affiliations))
            # A state or bloc counts as affiliated with itself, so "India" finds India too.
            conds.append(f"(list_contains({wanted}, affiliation) OR list_contains({wanted}, name))")
        key = (
            tuple(self.relations.items()),
            filters.actors,
            filters.actor_types,
            filters.affiliations,
        )
        return self._named_ids(key, " AND ".join(conds), q)

    def _named_ids(self, key: tuple, where: str, q: _Params) -> tuple[list[str], int]:
        """Return the ids of the actors ``where`` keeps and their stored mentions (remembered)."""
        found = self._named.get(key)
        if found is None:
            rows = self.con.execute(
                f"SELECT actor_id, mentions FROM {self.relations['actors']} WHERE {where}",
                q.values,
            ).fetchall()
            found = (sorted({r[0] for r in rows}), sum(int(r[1] or 0) for r in rows))
            if len(self._named) >= NAMED_CACHE:
                self._named.pop(next(iter(self._named)))
            self._named[key] = found
        return found

    def _by_actor(self, table: str) -> str:
        """Return the relation to read ``table``'s rows of named actors from (the layout if any)."""
        layout = {"mentions": ACTOR_MENTIONS, "quotes": ACTOR_QUOTES}[table]
        return self.relations.get(layout, self.relations[table])

    def _article_ids(
        self,
        filters: Filters,
        p: _Params,
        actor_ids: str | None,
        mentions: str | list[str] | None = None,
        columns: str = "article_id",
    ) -> str | None:
        conds = []
        if filters.start is not None or filters.end is not None:
            conds.append("substr(date, 1, 10) <> ''")
            if filters.start is not None:
                conds.append(f"substr(date, 1, 10) >= {p(filters.start.isoformat())}")
            if filters.end is not None:
                conds.append(f"substr(date, 1, 10) <= {p(filters.end.isoformat())}")
        if filters.sources:
            conds.append(f"list_contains({p(list(filters.sources))}, source)")
        search = filters.search.strip()
        if search:
            words = p(search.lower())
            conds.append(f"(contains(lower(title), {words}) OR contains(lower(text), {words}))")
        if filters.themes:
            conds.append(
                f"article_id IN (SELECT article_id FROM {self.relations['themes']} "
                f"WHERE list_contains({p(list(filters.themes))}, theme))"
            )
        if isinstance(mentions, list):
            # The named actors' articles, as a constant list (an index lookup when indexed).
            conds.append(f"list_contains(CAST({p(mentions)} AS VARCHAR[]), article_id)")
        elif actor_ids is not None:
            conds.append(
                f"article_id IN (SELECT article_id FROM {mentions or self._by_actor('mentions')} "
                f"WHERE list_contains({actor_ids}, actor_id))"
            )
        if not conds:
            return None
        return f"SELECT {columns} FROM {self.relations['articles']} WHERE {' AND '.join(conds)}"

    def _slice(self, filters: Filters) -> dict[str, str] | None:
        """Return the temporary tables holding this slice, made on first use on this cursor.

        The articles the filters keep are looked up once per filter change
        (``{prefix}_selected``); when they are at most ``SMALL_SLICE``, the rows of every
        table in the slice are kept too, so each chart and page reads them instead of
        scanning the stored tables again; a larger slice keeps its recounted actors only.
        The tables of an earlier slice are dropped, so a session holds one slice at a
        time. None when no filter narrows the articles.
        """
        p = _Params()
        article_ids = self._article_ids(filters, p, self._actor_ids(filters, p))
        if article_ids is None:
            return None
        prefix = f"ct_slice_{_signature(tuple(self.relations.items()), repr(filters))}"
        made = {
            row[0]
            for row in self.con.execute(
                "SELECT table_name FROM duckdb_tables() WHERE temporary "
                "AND starts_with(table_name, 'ct_slice_')"
            ).fetchall()
        }
        names = {t: f"temp.{prefix}_{t}" for t in (*TABLE_NAMES, "selected")}
        if f"{prefix}_selected" not in made:
            for old in made:
                self.con.execute(f"DROP TABLE IF EXISTS temp.{old}")
            own_mentions = self._actor_mentions(filters, f"{prefix}_actor_mentions")
            few = False
            if own_mentions is not None:
                # The named actors' mentions, read once, give both their articles and
                # the slice's mentions.
                p = _Params()
                article_ids = self._article_ids(
                    filters, p, self._actor_ids(filters, p), own_mentions
                )
                candidates = [
                    row[0]
                    for row in self.con.execute(
                        f"SELECT DISTINCT article_id FROM {own_mentions} "
                        f"ORDER BY article_id LIMIT {SMALL_SLICE + 1}"
                    ).fetchall()
                ]
                few = len(candidates) <= SMALL_SLICE
                q = _Params()
                article_rows = self._article_ids(filters, q, None, candidates, "*")
            if few:
                # At most SMALL_SLICE articles: their rows are read once, ids and all.
                self.con.execute(
                    f"CREATE TEMP TABLE {prefix}_articles AS {article_rows}", q.values or None
                )
                self.con.execute(
                    f"CREATE TEMP TABLE {prefix}_selected AS SELECT article_id "
                    f"FROM {names['articles']}"
                )
            else:
                self.con.execute(
                    f"CREATE TEMP TABLE {prefix}_selected AS {article_ids}", p.values or None
                )
            made = set()
            n = self._scalar(f"SELECT count(*) FROM {names['selected']}")
            if n <= SMALL_SLICE:
                ids = [
                    row[0]
                    for row in self.con.execute(
                        f"SELECT article_id FROM {names['selected']} ORDER BY article_id"
                    ).fetchall()
                ]
                for table in ("articles", "mentions", "themes", "commitments", "quotes"):
                    if few and table == "articles":
                        continue
                    q = _Params()
                    relation = own_mentions if table == "mentions" else None
                    sql = self._rows_sql(table, filters, q, None, ids, relation)
                    self.con.execute(
                        f"CREATE TEMP TABLE {prefix}_{table} AS {sql}", q.values or None
                    )
                q = _Params()
                sql = self._actors_sql(
                    filters,
                    q,
                    None,
                    lambda: f"SELECT * FROM {names['mentions']}",
                    names["articles"],
                )
                self.con.execute(f"CREATE TEMP TABLE {prefix}_actors AS {sql}", q.values or None)
                made = {f"{prefix}_articles"}
            else:
                # Too many articles to keep their rows, but the actors recounted in the
                # slice are few and every page asks for them.
                q = _Params()

                def mentions() -> str:
                    return self._rows_sql(
                        "mentions", filters, q, None, names["selected"], own_mentions
                    )

                sql = self._actors_sql(filters, q, None, mentions)
                self.con.execute(f"CREATE TEMP TABLE {prefix}_actors AS {sql}", q.values or None)
        if f"{prefix}_articles" in made:
            return names
        return {"selected": names["selected"], "actors": names["actors"]}

    def _where(
        self,
        table: str,
        filters: Filters,
        p: _Params,
        narrow: Narrow | None,
        selected: str | list[str] | None = None,
        split_actor: list[str] | None = None,
    ) -> list[str]:
        # Every parameter made must be used: actor ids only where a condition names them.
        needs_actors = selected is None or table in ("mentions", "quotes", "commitments")
        actor_ids = self._actor_ids(filters, p) if needs_actors else None
        conds = []
        if isinstance(selected, list):
            # A kept slice's articles as a constant list: an index lookup where indexed.
            if table != "actors":
                conds.append(f"list_contains(CAST({p(selected)} AS VARCHAR[]), article_id)")
        else:
            article_ids = (
                f"SELECT article_id FROM {selected}"
                if selected
                else self._article_ids(filters, p, actor_ids)
            )
            if article_ids is not None and table != "actors":
                conds.append(f"article_id IN ({article_ids})")
        if table == "mentions" and actor_ids is not None:
            conds.append(f"list_contains({actor_ids}, actor_id)")
        if table == "themes" and filters.themes:
            conds.append(f"list_contains({p(list(filters.themes))}, theme)")
        if table == "quotes" and actor_ids is not None:
            conds.append(f"list_contains({actor_ids}, speaker_id)")
        if table == "commitments":
            if filters.min_strength:
                conds.append(
                    f"(strength >= {p(float(filters.min_strength))} "
                    f"OR list_contains({p(list(UNGRADED_TYPES))}, type))"
                )
            if filters.commitment_types:
                conds.append(f"list_contains({p(list(filters.commitment_types))}, type)")
            if filters.themes:
                conds.append(
                    "list_has_any(list_transform(string_split(themes, ';'), lambda x: trim(x)), "
                    f"{p(list(filters.themes))})"
                )
            if actor_ids is not None and split_actor is not None:
                split_actor.append(actor_ids)
            elif actor_ids is not None:
                conds.append(
                    f"(list_contains({actor_ids}, actor_id) "
                    f"OR list_contains({actor_ids}, counterpart_id))"
                )
        for column, values in (narrow or Narrow()).equal:
            conds.append(f"list_contains({p(list(values))}, {self._column(table, column)})")
        for column, words in (narrow or Narrow()).contains:
            conds.append(f"contains(lower({self._column(table, column)}), {p(words.lower())})")
        for column, value in (narrow or Narrow()).not_equal:
            conds.append(f"{self._column(table, column)} <> {p(value)}")
        for column, value in (narrow or Narrow()).at_least:
            conds.append(f"{self._column(table, column)} >= {p(float(value))}")
        return conds

    def filtered_sql(
        self, table: str, filters: Filters, p: _Params, narrow: Narrow | None = None
    ) -> str:
        """Return a SELECT of the rows of ``table`` the filters keep (see ``analysis.filters``)."""
        kept = self._slice(filters)
        if kept is not None and table in kept:
            conds = self._where(table, EVERYTHING, p, narrow)
            where = f" WHERE {' AND '.join(conds)}" if conds else ""
            return f"SELECT * FROM {kept[table]}{where}"
        selected = kept["selected"] if kept else None
        if table == "actors":
            return self._actors_sql(
                filters, p, narrow, lambda: self._rows_sql("mentions", filters, p, None, selected)
            )
        return self._rows_sql(table, filters, p, narrow, selected)

    def _rows_sql(
        self,
        table: str,
        filters: Filters,
        p: _Params,
        narrow: Narrow | None,
        selected: str | list[str] | None,
        relation: str | None = None,
    ) -> str:
        split: list[str] = []
        conds = self._where(table, filters, p, narrow, selected, split)
        rel = relation or self.relations[table]
        named = filters.actors or filters.actor_types or filters.affiliations
        if relation is None and named and table in ("mentions", "quotes"):
            rel = self._by_actor(table)  # conditions on the actor id pick few row groups
        if split and relation is None and ACTOR_COMMITMENTS in self.relations:
            # Each commitment is filed under its actor and its counterpart: one scan of
            # the named actors' rows, a commitment naming two of them kept once.
            ids = split[0]
            both = "".join(f" AND {c}" for c in conds)
            return (
                f"SELECT * EXCLUDE ({KEY_ID}) FROM {self.relations[ACTOR_COMMITMENTS]} "
                f"WHERE list_contains({ids}, {KEY_ID}) AND ({KEY_ID} = actor_id "
                f"OR actor_id IS NULL OR NOT list_contains({ids}, actor_id)){both}"
            )
        if split:
            # "The actor or the counterpart is named" as two scans, each of which filters
            # one column as it reads (an OR of two columns would read every row whole).
            ids = split[0]
            both = "".join(f" AND {c}" for c in conds)
            return (
                f"SELECT * FROM {rel} WHERE list_contains({ids}, actor_id){both} UNION ALL "
                f"SELECT * FROM {rel} WHERE list_contains({ids}, counterpart_id) "
                f"AND (actor_id IS NULL OR NOT list_contains({ids}, actor_id)){both}"
            )
        where = f" WHERE {' AND '.join(conds)}" if conds else ""
        return f"SELECT * FROM {rel}{where}"

    def _actor_mentions(self, filters: Filters, name: str) -> str | None:
        """Keep the mentions of the actors the filters name in a temporary table, when few.

        Returns its name, or None when the filters name no actor or their mentions
        (by the stored counts) are more than ``SMALL_MENTIONS``.
        """
        named = self._named_actors(filters)
        if named is None or named[1] > SMALL_MENTIONS:
            return None
        p = _Params()
        self.con.execute(
            f"CREATE TEMP TABLE {name} AS SELECT * FROM {self._by_actor('mentions')} "
            f"WHERE list_contains({self._actor_ids(filters, p)}, actor_id)",
            p.values,
        )
        return f"temp.{name}"

    def _actors_sql(
        self,
        filters: Filters,
        p: _Params,
        narrow: Narrow | None,
        mentions: Callable[[], str],
        articles: str | None = None,
    ) -> str:
        """Return the actors with their counts recounted over ``mentions`` (their articles'
        dates from ``articles``, default every article), or stored when no filter narrows
        the articles. Under a filter on dates alone the stored per-(actor, day) totals
        (``actor_days``) are summed instead of counting mentions."""
        actors = self.relations["actors"]
        extra = self._where("actors", Filters(), p, narrow)
        and_extra = "".join(f" AND {c}" for c in extra)
        if filters.is_empty():
            return f"SELECT * FROM {actors} WHERE TRUE{and_extra}"
        article_level = self._article_ids(filters, _Params(), self._actor_ids(filters, _Params()))
        if article_level is None:
            # Strength and commitment types keep every article: the stored counts hold.
            return f"SELECT * FROM {actors} WHERE mentions > 0{and_extra}"
        dates_only = not (
            filters.sources
            or filters.search.strip()
            or filters.themes
            or self._named_actors(filters) is not None
        )
        if dates_only and ACTOR_DAYS in self.relations:
            within = ["day <> ''"]
            if filters.start is not None:
                within.append(f"day >= {p(filters.start.isoformat())}")
            if filters.end is not None:
                within.append(f"day <= {p(filters.end.isoformat())}")
            return (
                f"SELECT a.* REPLACE (s.n_mentions AS mentions, s.n_articles AS articles, "
                f"coalesce(s.first_date, '') AS first_date, coalesce(s.last_date, '') AS last_date) "
                f"FROM {actors} a JOIN ("
                f"SELECT actor_id, CAST(sum(mentions) AS BIGINT) AS n_mentions, "
                f"CAST(sum(articles) AS BIGINT) AS n_articles, "
                f"min(first_date) FILTER (WHERE first_date <> '') AS first_date, "
                f"max(last_date) FILTER (WHERE last_date <> '') AS last_date "
                f"FROM {self.relations[ACTOR_DAYS]} WHERE {' AND '.join(within)} "
                f"GROUP BY actor_id) s USING (actor_id) WHERE TRUE{and_extra}"
            )
        return (
            f"SELECT a.* REPLACE (s.n_mentions AS mentions, s.n_articles AS articles, "
            f"coalesce(s.first_date, '') AS first_date, coalesce(s.last_date, '') AS last_date) "
            f"FROM {actors} a JOIN ("
            f"SELECT m.actor_id, count(*) AS n_mentions, count(DISTINCT m.article_id) AS n_articles, "
            f"min(d.date) FILTER (WHERE d.date <> '') AS first_date, "
            f"max(d.date) FILTER (WHERE d.date <> '') AS last_date "
            f"FROM ({mentions()}) m LEFT JOIN {articles or self.relations['articles']} d "
            "USING (article_id) "
            f"GROUP BY m.actor_id) s USING (actor_id) WHERE TRUE{and_extra}"
        )

    # ------------------------------------------------------------------ rows and pages

    def frame(self, table: str, filters: Filters, narrow: Narrow | None = None) -> pd.DataFrame:
        """Return every row of ``table`` the filters keep (for small slices and tests)."""
        p = _Params()
        return conform(self._df(self.filtered_sql(table, filters, p, narrow), p), SPECS[table])

    def corpus(self, filters: Filters = EVERYTHING) -> Corpus:
        """Return the six filtered tables as one Corpus (small slices, exports and tests)."""
        tables = {name: self.frame(name, filters) for name in TABLE_NAMES}
        if not filters.is_empty():
            tables["actors"] = tables["actors"].sort_values(
                ["mentions", "name"], ascending=[False, True]
            )
        return Corpus(**{n: f.reset_index(drop=True) for n, f in tables.items()})

    def count(self, table: str, filters: Filters, narrow: Narrow | None = None) -> int:
        """Return the number of rows of ``table`` the filters keep."""
        p = _Params()
        return int(
            self._scalar(
                f"SELECT count(*) FROM ({self.filtered_sql(table, filters, p, narrow)})", p
            )
        )

    def _order(self, table: str, order: Sequence[tuple[str, bool]]) -> str:
        if not order:
            keys = KEYS[table]
            return " ORDER BY " + ", ".join(self._column(table, k) for k in keys)
        parts = [f"{self._column(table, c)} {'DESC' if desc else 'ASC'}" for c, desc in order]
        # The key last, so equal rows keep one order from page to page.
        parts += [self._column(table, k) for k in KEYS[table]]
        return " ORDER BY " + ", ".join(parts)

    def page(
        self,
        table: str,
        filters: Filters,
        *,
        offset: int = 0,
        limit: int = 100,
        order: Sequence[tuple[str, bool]] = (),
        narrow: Narrow | None = None,
        columns: Sequence[str] | None = None,
    ) -> pd.DataFrame:
        """Return ``limit`` rows of ``table`` from ``offset`` in ``order`` ((column, descending) pairs)."""
        p = _Params()
        picked = ", ".join(self._column(table, c) for c in columns) if columns else "*"
        sql = (
            f"SELECT {picked} FROM ({self.filtered_sql(table, filters, p, narrow)})"
            f"{self._order(table, order)} LIMIT {int(limit)} OFFSET {int(offset)}"
        )
        out = self._df(sql, p)
        return out if columns else conform(out, SPECS[table])

    def csv_chunks(
        self,
        table: str,
        filters: Filters,
        *,
        narrow: Narrow | None = None,
        order: Sequence[tuple[str, bool]] = (),
        chunk_rows: int = CSV_CHUNK_ROWS,
    ) -> Iterator[bytes]:
        """Yield the filtered rows of ``table`` as CSV (UTF-8 with a BOM), a chunk at a time.

        Formula-like text cells are neutralised as in every download.
        """
        p = _Params()
        sql = f"SELECT * FROM ({self.filtered_sql(table, filters, p, narrow)}){self._order(table, order)}"
        # This cursor: a session's own articles and slices are registered on it only.
        batches = self.con.sql(sql, params=p.values or None).to_arrow_reader(chunk_rows)
        yield "\ufeff".encode()
        yield pd.DataFrame(columns=self.columns(table)).to_csv(index=False).encode()
        for batch in batches:
            yield neutralise(batch.to_pandas()).to_csv(index=False, header=False).encode()

    # ------------------------------------------------------------------ one article

    def article(self, article_id: str, filters: Filters = EVERYTHING) -> Corpus | None:
        """Return one article with its spans (commitments as the filters keep them), or None.

        Mentions and quotes are every one of the article's; actors are the ones it mentions.
        """
        p = _Params()
        one = p(article_id)
        articles = self._df(
            f"SELECT * FROM {self.relations['articles']} WHERE article_id = {one}", p
        )
        if articles.empty:
            return None
        tables = {"articles": articles}
        for name in ("mentions", "themes", "quotes"):
            tables[name] = self._df(
                f"SELECT * FROM {self.relations[name]} WHERE article_id = {one}", p
            )
        q = _Params()
        commitments = self.filtered_sql("commitments", filters, q)
        tables["commitments"] = self._df(
            f"SELECT * FROM ({commitments}) WHERE article_id = {q(article_id)}", q
        )
        r = _Params()
        tables["actors"] = self._df(
            f"SELECT * FROM {self.relations['actors']} WHERE actor_id IN "
            f"(SELECT actor_id FROM {self.relations['mentions']} WHERE article_id = {r(article_id)})",
            r,
        )
        return Corpus(**{n: conform(f, SPECS[n]) for n, f in tables.items()})

    def has_article(self, article_id: str, filters: Filters = EVERYTHING) -> bool:
        """Return True when the article exists and the filters keep it."""
        p = _Params()
        sql = f"SELECT count(*) FROM ({self.filtered_sql('articles', filters, p)}) WHERE article_id = {p(article_id)}"
        return bool(self._scalar(sql, p))

    def titles(self, article_ids: Sequence[str]) -> pd.DataFrame:
        """Return article_id, title and date of the given articles."""
        p = _Params()
        return self._df(
            f"SELECT article_id, title, date FROM {self.relations['articles']} "
            f"WHERE list_contains({p(list(article_ids))}, article_id)",
            p,
        )

    # ------------------------------------------------------------------ filter widgets

    def options(
        self, *, cap: int = OPTION_CAP, find: str = "", keep: Filters = EVERYTHING
    ) -> FilterOptions:
        """Return the filter widgets' values: long lists cut to the ``cap`` most mentioned.

        ``find`` narrows the actor list to names containing it; the values ``keep``
        selects are always offered, so a shared link never loses a selection.
        """
        return offering(self._options(cap=cap, find=find), keep)

    def _options(self, *, cap: int, find: str) -> FilterOptions:
        rel = self.relations
        first, last = self.con.execute(
            f"SELECT min(substr(date, 1, 10)), max(substr(date, 1, 10)) FROM {rel['articles']} "
            "WHERE substr(date, 1, 10) <> ''"
        ).fetchall()[0]
        p = _Params()
        found = f"AND contains(lower(name), {p(find.lower())})" if find.strip() else ""
        actors = self._df(
            f"SELECT name FROM {rel['actors']} WHERE type <> 'place' AND name <> '' {found} "
            f"GROUP BY name ORDER BY sum(mentions) DESC, name LIMIT {int(cap)}",
            p,
        )["name"].tolist()
        types = set(
            self._df(f"SELECT DISTINCT type FROM {rel['actors']} WHERE type <> 'place'")["type"]
        )
        affiliations = self._df(
            f"SELECT affiliation FROM {rel['actors']} WHERE type <> 'place' AND affiliation <> '' "
            f"GROUP BY affiliation ORDER BY sum(mentions) DESC, affiliation LIMIT {int(cap)}"
        )["affiliation"].tolist()
        themes = self._df(
            f"SELECT theme, min(label) AS label FROM {rel['themes']} GROUP BY theme"
        ).sort_values("label", key=lambda s: s.str.casefold())
        present = set(self._df(f"SELECT DISTINCT type FROM {rel['commitments']}")["type"])
        sources = self._df(
            f"SELECT source FROM {rel['articles']} WHERE source <> '' GROUP BY source "
            f"ORDER BY count(*) DESC, source LIMIT {int(cap)}"
        )["source"].tolist()

        def listed(values: list[str], kept: Sequence[str]) -> list[str]:
            return sorted(set(values) | set(kept), key=str.casefold)

        keep = EVERYTHING
        return FilterOptions(
            first_date=parse_date(first) if first else None,
            last_date=parse_date(last) if last else None,
            actors=listed(actors, keep.actors),
            actor_types=[t for t in ACTOR_TYPES if t in types],
            affiliations=listed(affiliations, keep.affiliations),
            themes=dict(zip(themes["theme"], themes["label"], strict=True)),
            commitment_types=[t for t in COMMITMENT_TYPES if t in present]
            + sorted(present - set(COMMITMENT_TYPES)),
            sources=listed(sources, keep.sources),
        )

    def names(self, *, cap: int = OPTION_CAP, find: str = "") -> list[str]:
        """Return actor names (places too) for a picker: the most mentioned, or those containing ``find``."""
        p = _Params()
        found = f"AND contains(lower(name), {p(find.lower())})" if find.strip() else ""
        return self._df(
            f"SELECT name FROM {self.relations['actors']} WHERE name <> '' {found} "
            f"GROUP BY name ORDER BY sum(mentions) DESC, name LIMIT {int(cap)}",
            p,
        )["name"].tolist()

    def top_values(
        self,
        table: str,
        column: str,
        filters: Filters,
        *,
        cap: int = OPTION_CAP,
        narrow: Narrow | None = None,
    ) -> list[str]:
        """Return the most frequent non-empty values of ``column`` in the filtered rows, sorted."""
        p = _Params()
        col = self._column(table, column)
        values = self._df(
            f"SELECT {col} AS v FROM ({self.filtered_sql(table, filters, p, narrow)}) "
            f"WHERE {col} <> '' GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT {int(cap)}",
            p,
        )["v"].tolist()
        return sorted(values)

    # ------------------------------------------------------------------ aggregates for charts

    def counts(self, filters: Filters) -> dict[str, int]:
        """Return the Overview's counts: articles, actors (places aside), commitments, quotes, themes."""
        out = {}
        for label, table, expr, where in (
            ("Articles", "articles", "count(*)", ""),
            ("Actors", "actors", "count(*)", " WHERE type <> 'place'"),
            ("Commitments", "commitments", "count(*)", ""),
            ("Quotes", "quotes", "count(*)", ""),
            ("Themes", "themes", "count(DISTINCT theme)", ""),
        ):
            p = _Params()
            out[label] = int(
                self._scalar(
                    f"SELECT {expr} FROM ({self.filtered_sql(table, filters, p)}){where}", p
                )
            )
        return out

    def date_counts(
        self, table: str, filters: Filters, narrow: Narrow | None = None
    ) -> pd.DataFrame:
        """Return ``date`` and ``n``: the filtered rows of ``table`` per date (a date column needed)."""
        p = _Params()
        return self._df(
            f"SELECT date, count(*) AS n FROM ({self.filtered_sql(table, filters, p, narrow)}) "
            "GROUP BY date ORDER BY date",
            p,
        )

    def top_actors(
        self, filters: Filters, *, by: str = "mentions", top: int = 15, places: bool = False
    ) -> pd.DataFrame:
        """Return the ``top`` actors of the slice by ``by`` (counts recounted in the slice)."""
        p = _Params()
        col = self._column("actors", by)
        place = "" if places else " WHERE type <> 'place'"
        return conform(
            self._df(
                f"SELECT * FROM ({self.filtered_sql('actors', filters, p)}){place} "
                f"ORDER BY {col} DESC, name LIMIT {int(top)}",
                p,
            ),
            SPECS["actors"],
        )

    def theme_articles(self, filters: Filters) -> pd.DataFrame:
        """Return ``label`` and ``articles``: articles carrying each theme."""
        p = _Params()
        return self._df(
            f"SELECT label, count(DISTINCT article_id) AS articles "
            f"FROM ({self.filtered_sql('themes', filters, p)}) GROUP BY label",
            p,
        )

    def theme_dates(self, filters: Filters, *, actor_id: str | None = None) -> pd.DataFrame:
        """Return ``label``, ``date`` and ``n`` (articles) of the slice's themes per article date.

        With ``actor_id``, only the articles mentioning that actor in the slice.
        """
        p = _Params()
        themes = self.filtered_sql("themes", filters, p)
        mine = ""
        if actor_id is not None:
            mentions = self.filtered_sql("mentions", filters, p)
            mine = f" WHERE t.article_id IN (SELECT article_id FROM ({mentions}) WHERE actor_id = {p(actor_id)})"
        articles = self.filtered_sql("articles", filters, p)
        return self._df(
            f"SELECT t.theme, t.label, a.date, count(DISTINCT t.article_id) AS n FROM ({themes}) t "
            f"JOIN ({articles}) a USING (article_id){mine} GROUP BY t.theme, t.label, a.date",
            p,
        )

    def evidence(
        self,
        filters: Filters,
        theme: str,
        dates: Sequence[str] | None = None,
        *,
        offset: int = 0,
        limit: int = 100,
    ) -> tuple[pd.DataFrame, int]:
        """Return one page of a theme's rows with their article's date and title, best first, and the total.

        ``dates`` (article dates) narrows them to one period.
        """
        p = _Params()
        themes = self.filtered_sql("themes", filters, p, Narrow.of({"theme": [theme]}))
        within = f" WHERE list_contains({p(list(dates))}, a.date)" if dates is not None else ""
        body = f"FROM ({themes}) t JOIN {self.relations['articles']} a USING (article_id){within}"
        total = int(self._scalar(f"SELECT count(*) {body}", p))
        rows = self._df(
            f"SELECT t.*, a.date, a.title {body} ORDER BY t.score DESC, t.article_id "
            f"LIMIT {int(limit)} OFFSET {int(offset)}",
            p,
        )
        return rows, total

    def theme_actor_counts(
        self, filters: Filters, *, top: int = 20
    ) -> tuple[pd.DataFrame, list[str]]:
        """Return (``label``, ``name``, ``n`` articles) for the ``top`` actors, and their names by rank."""
        named = self.top_actors(filters, top=top)
        if named.empty:
            return pd.DataFrame(columns=["label", "name", "n"]), []
        p = _Params()
        mentions = self.filtered_sql("mentions", filters, p)
        themes = self.filtered_sql("themes", filters, p)
        ids = p(named["actor_id"].tolist())
        pairs = self._df(
            f"SELECT t.label, m.actor_id, count(DISTINCT t.article_id) AS n FROM "
            f"(SELECT DISTINCT article_id, actor_id FROM ({mentions}) WHERE list_contains({ids}, actor_id)) m "
            f"JOIN ({themes}) t USING (article_id) GROUP BY t.label, m.actor_id",
            p,
        )
        names = dict(zip(named["actor_id"], named["name"], strict=True))
        pairs["name"] = pairs["actor_id"].map(names)
        return pairs[["label", "name", "n"]], named["name"].tolist()

    def network(
        self, filters: Filters, *, top: int = 15, min_weight: int = 1
    ) -> tuple[pd.DataFrame, pd.DataFrame]:
        """Return the nodes and edges of ``analysis.charts.network_edges``, counted in SQL."""
        from analysis.charts import EDGE_COLUMNS

        p = _Params()
        actors_sql = self.filtered_sql("actors", filters, p)
        nodes = self._df(
            f"SELECT actor_id, name, type, affiliation, mentions FROM ({actors_sql}) "
            f"WHERE type <> 'place' ORDER BY mentions DESC LIMIT {int(top)}",
            p,
        )
        if nodes.empty:
            return nodes, pd.DataFrame(columns=EDGE_COLUMNS)
        p = _Params()
        kept = p(nodes["actor_id"].tolist())
        actors_sql = self.filtered_sql("actors", filters, p)
        mentions = self.filtered_sql("mentions", filters, p)
        commitments = self.filtered_sql("commitments", filters, p)
        node = f"CASE WHEN list_contains({kept}, x) THEN x ELSE '{OTHERS}' END"
        valid = f"(SELECT actor_id FROM ({actors_sql}) WHERE type <> 'place')"
        sql = f"""
        WITH per_node AS (
            SELECT DISTINCT m.article_id, m.sentence_index, {node.replace("x", "m.actor_id")} AS node
            FROM ({mentions}) m WHERE m.actor_id IN {valid}
        ), kept_sentences AS (
            SELECT DISTINCT article_id, sentence_index FROM per_node WHERE node <> '{OTHERS}'
        ), nodes AS (
            SELECT p.* FROM per_node p JOIN kept_sentences USING (article_id, sentence_index)
        ), together AS (
            SELECT a.node AS a, b.node AS b, count(*) AS weight, 'co-occurrence' AS kind
            FROM nodes a JOIN nodes b USING (article_id, sentence_index)
            WHERE a.node < b.node GROUP BY 1, 2
        ), made AS (
            SELECT {node.replace("x", "c.actor_id")} AS a, {node.replace("x", "c.counterpart_id")} AS b
            FROM ({commitments}) c
            WHERE c.actor_id IN {valid} AND c.counterpart_id IN {valid} AND c.actor_id <> c.counterpart_id
        ), commits AS (
            SELECT a, b, count(*) AS weight, 'commitment' AS kind FROM made WHERE a <> b GROUP BY 1, 2
        )
        SELECT * FROM (SELECT * FROM together UNION ALL SELECT * FROM commits)
        WHERE weight >= {int(min_weight)}
        """
        edges = self._df(sql, p)
        p = _Params()
        actors_sql = self.filtered_sql("actors", filters, p)
        folded_n, folded_mentions = self.con.execute(
            f"SELECT count(*), coalesce(sum(mentions), 0) FROM ({actors_sql}) "
            f"WHERE type <> 'place' AND NOT list_contains({p(nodes['actor_id'].tolist())}, actor_id)",
            p.values,
        ).fetchall()[0]
        names = dict(zip(nodes["actor_id"], nodes["name"], strict=True))
        names[OTHERS] = f"{OTHERS} ({int(folded_n):,} actors)"
        if edges.empty:
            return nodes.reset_index(drop=True), pd.DataFrame(columns=EDGE_COLUMNS)
        edges = pd.DataFrame(
            {
                "source": edges["a"].map(names),
                "target": edges["b"].map(names),
                "kind": edges["kind"],
                "weight": edges["weight"].astype("int64"),
                "source_id": edges["a"],
                "target_id": edges["b"],
            }
        ).sort_values(["weight", "source", "target", "kind"], ascending=[False, True, True, True])
        if (edges[["source_id", "target_id"]] == OTHERS).any(axis=None):
            other = {"actor_id": OTHERS, "name": names[OTHERS], "type": OTHERS, "affiliation": ""}
            other["mentions"] = int(folded_mentions)
            nodes = pd.concat([nodes, pd.DataFrame([other])], ignore_index=True)
        return nodes.reset_index(drop=True), edges.reset_index(drop=True)

    def flows(self, filters: Filters, narrow: Narrow | None = None) -> pd.DataFrame:
        """Return ``actor``, ``counterpart``, ``type``, ``n``: commitments per pair and type."""
        p = _Params()
        return self._df(
            f"SELECT actor, counterpart, type, count(*) AS n FROM "
            f"({self.filtered_sql('commitments', filters, p, narrow)}) "
            "WHERE actor <> '' AND counterpart <> '' GROUP BY 1, 2, 3",
            p,
        )

    def speakers(self, filters: Filters, narrow: Narrow | None = None) -> pd.DataFrame:
        """Return ``speaker`` and ``n``: quotations per named speaker."""
        p = _Params()
        return self._df(
            f"SELECT speaker, count(*) AS n FROM ({self.filtered_sql('quotes', filters, p, narrow)}) "
            "WHERE speaker <> '' GROUP BY 1",
            p,
        )

    def commitment_points(
        self, filters: Filters, narrow: Narrow | None = None, *, top: int = 30, limit: int = 5000
    ) -> tuple[pd.DataFrame, int]:
        """Return the dated commitments of the ``top`` actors (the latest ``limit``) and the actor count.

        Undated commitments are left out, as the timeline cannot place them.
        """
        p = _Params()
        rows = self.filtered_sql("commitments", filters, p, narrow)
        sql = f"""
        WITH dated AS (SELECT *, CASE WHEN actor = '' THEN '(unknown)' ELSE actor END AS who
                       FROM ({rows}) WHERE date <> ''),
             ranked AS (SELECT who, count(*) AS n FROM dated GROUP BY who),
             chosen AS (SELECT who FROM ranked ORDER BY n DESC, who LIMIT {int(top)})
        SELECT d.* EXCLUDE (who), (SELECT count(*) FROM ranked) AS n_actors
        FROM dated d WHERE d.who IN (SELECT who FROM chosen)
        ORDER BY d.date DESC, d.commitment_id LIMIT {int(limit)}
        """
        out = self._df(sql, p)
        n_actors = int(out["n_actors"].iloc[0]) if len(out) else 0
        return conform(out.drop(columns="n_actors"), SPECS["commitments"]), n_actors


# ---------------------------------------------------------------------- corrections


def offering(options: FilterOptions, keep: Filters) -> FilterOptions:
    """Return ``options`` with the actors, affiliations and sources ``keep`` selects added."""

    def listed(values: list[str], kept: Sequence[str]) -> list[str]:
        return sorted(set(values) | set(kept), key=str.casefold)

    return replace(
        options,
        actors=listed(options.actors, keep.actors),
        affiliations=listed(options.affiliations, keep.affiliations),
        sources=listed(options.sources, keep.sources),
    )


def _signature(*parts: object) -> str:
    return hashlib.sha1(repr(parts).encode()).hexdigest()[:12]


def corrected(
    warehouse: Warehouse,
    corrections: pd.DataFrame,
    *,
    schema: str = WORK,
    tag: str = "",
) -> Warehouse:
    """Return a warehouse whose six relations show ``corrections`` applied (oldest first).

    The rows the corrections can reach are corrected with ``apply_corrections`` and kept
    in side tables in ``schema`` ("temp" for one session's own); the big tables are read
    as they are, minus those rows, plus their corrected version. Equal to applying the
    corrections to the whole corpus, as the reached rows are the only ones any step reads
    or writes.
    """
    if corrections is None or corrections.empty:
        return warehouse
    rel = warehouse.relations
    con = warehouse.con
    name = f"fix_{_signature(tuple(rel.items()), corrections.to_csv(index=False), tag)}"
    schema_prefix = f"{schema}."
    kinds = corrections["action"]
    from analysis.corrections import COMMITMENT_ACTIONS, QUOTE_ACTIONS

    by_id = kinds.isin(COMMITMENT_ACTIONS) | kinds.isin(QUOTE_ACTIONS)
    names = sorted(
        (
            set(corrections.loc[~by_id, "target"])
            | set(corrections.loc[~by_id, "value"])
            | set(corrections.loc[by_id, "value"])
        )
        - {""}
    )
    commitment_ids = corrections.loc[kinds.isin(COMMITMENT_ACTIONS), "target"].tolist()
    quote_ids = corrections.loc[kinds.isin(QUOTE_ACTIONS), "target"].tolist()
    exists = con.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE table_name = ?", [f"{name}_actors"]
    ).fetchall()[0][0]
    if not exists:

        def reached(p: _Params) -> str:
            return f"(SELECT actor_id FROM {rel['actors']} WHERE list_contains({p(names)}, name))"

        def read(table: str, where: str, params: _Params) -> pd.DataFrame:
            sql = f"SELECT * FROM {rel[table]} WHERE {where}"
            return conform(con.execute(sql, params.values).df(), SPECS[table])

        frames = {}
        for table, id_col in (("actors", "actor_id"), ("mentions", "actor_id")):
            p = _Params()
            frames[table] = read(table, f"{id_col} IN {reached(p)}", p)
        p = _Params()
        frames["commitments"] = read(
            "commitments",
            f"actor_id IN {reached(p)} OR counterpart_id IN {reached(p)} "
            f"OR list_contains({p(commitment_ids)}, commitment_id)",
            p,
        )
        p = _Params()
        frames["quotes"] = read(
            "quotes", f"speaker_id IN {reached(p)} OR list_contains({p(quote_ids)}, quote_id)", p
        )
        touched = sorted(
            set(frames["mentions"]["article_id"])
            | set(frames["commitments"]["article_id"])
            | set(frames["quotes"]["article_id"])
        )
        q = _Params()
        frames["articles"] = conform(
            con.execute(
                f"SELECT article_id, date FROM {rel['articles']} WHERE list_contains({q(touched)}, article_id)",
                q.values,
            ).df(),
            SPECS["articles"],
        )
        fixed = apply_corrections(Corpus(**frames), corrections).tables()
        # The rows reached, by key, go; their corrected version comes in.
        reached_ids = pd.DataFrame({"actor_id": frames["actors"]["actor_id"]})
        side = {
            "reached": reached_ids,
            "c_reached": frames["commitments"][["commitment_id"]],
            "q_reached": frames["quotes"][["quote_id"]],
        }
        for table in ("actors", "mentions", "commitments", "quotes"):
            side[table] = fixed[table][warehouse.columns(table)]
        made = "TEMP TABLE " if schema == "temp" else f"TABLE {schema}."
        for suffix, frame in side.items():
            con.register("_side", frame)
            con.execute(f"CREATE OR REPLACE {made}{name}_{suffix} AS SELECT * FROM _side")
            con.unregister("_side")
        if ACTOR_DAYS in rel:
            # The corrected mentions' per-(actor, day) totals, counted once.
            con.execute(
                f"CREATE OR REPLACE {made}{name}_days AS "
                f"{actor_days_sql(f'{schema_prefix}{name}_mentions', rel['articles'])}"
            )
    t = f"{schema_prefix}{name}"
    relations = dict(rel)
    relations["actors"] = (
        f"(SELECT * FROM {rel['actors']} WHERE actor_id NOT IN (SELECT actor_id FROM {t}_reached) "
        f"UNION ALL SELECT * FROM {t}_actors)"
    )
    relations["mentions"] = (
        f"(SELECT * FROM {rel['mentions']} WHERE actor_id NOT IN (SELECT actor_id FROM {t}_reached) "
        f"UNION ALL SELECT * FROM {t}_mentions)"
    )
    relations["commitments"] = (
        f"(SELECT * FROM {rel['commitments']} WHERE commitment_id NOT IN "
        f"(SELECT commitment_id FROM {t}_c_reached) UNION ALL SELECT * FROM {t}_commitments)"
    )
    relations["quotes"] = (
        f"(SELECT * FROM {rel['quotes']} WHERE quote_id NOT IN (SELECT quote_id FROM {t}_q_reached) "
        f"UNION ALL SELECT * FROM {t}_quotes)"
    )
    # The actor layout, corrected the same way (the reached rows go, their corrected
    # version comes in), so a named actor's rows are still read from few row groups.
    if ACTOR_MENTIONS in rel:
        relations[ACTOR_MENTIONS] = (
            f"(SELECT * FROM {rel[ACTOR_MENTIONS]} WHERE actor_id NOT IN "
            f"(SELECT actor_id FROM {t}_reached) "
            f"UNION ALL SELECT * FROM {t}_mentions WHERE actor_id <> '')"
        )
    if ACTOR_COMMITMENTS in rel:
        relations[ACTOR_COMMITMENTS] = (
            f"(SELECT * FROM {rel[ACTOR_COMMITMENTS]} WHERE commitment_id NOT IN "
            f"(SELECT commitment_id FROM {t}_c_reached) "
            f"UNION ALL {keyed_commitments_sql(f'{t}_commitments')})"
        )
    if ACTOR_QUOTES in rel:
        relations[ACTOR_QUOTES] = (
            f"(SELECT * FROM {rel[ACTOR_QUOTES]} WHERE quote_id NOT IN "
            f"(SELECT quote_id FROM {t}_q_reached) "
            f"UNION ALL SELECT * FROM {t}_quotes WHERE speaker_id <> '')"
        )
    if ACTOR_DAYS in rel:
        relations[ACTOR_DAYS] = (
            f"(SELECT * FROM {rel[ACTOR_DAYS]} WHERE actor_id NOT IN "
            f"(SELECT actor_id FROM {t}_reached) UNION ALL SELECT * FROM {t}_days)"
        )
    return Warehouse(con, relations)


def with_additions(warehouse: Warehouse, own: Corpus, *, tag: str) -> Warehouse:
    """Return a warehouse showing the shared relations and a visitor's own small corpus together.

    ``own`` (its articles assembled on their own) is registered on this warehouse's
    cursor only, so no other session sees it. An article in both is read from ``own``;
    an actor id in both (the same canonical name and type) is one actor, counted over both.
    """
    con = warehouse.con
    rel = warehouse.relations
    relations = {}
    own = own.conformed()
    for table, frame in own.tables().items():
        view = f"own_{tag}_{table}"
        con.register(view, frame[warehouse.columns(table)])
        if table == "actors":
            continue
        relations[table] = (
            f"(SELECT * FROM {rel[table]} WHERE article_id NOT IN "
            f"(SELECT article_id FROM own_{tag}_articles) UNION ALL SELECT * FROM {view})"
        )
    # The actor layout: the shared rows of articles not replaced, then the visitor's. The
    # per-day totals cannot drop a replaced article, so they are left out (counted instead).
    mine = f"article_id NOT IN (SELECT article_id FROM own_{tag}_articles)"
    if ACTOR_MENTIONS in rel:
        relations[ACTOR_MENTIONS] = (
            f"(SELECT * FROM {rel[ACTOR_MENTIONS]} WHERE {mine} "
            f"UNION ALL SELECT * FROM own_{tag}_mentions WHERE actor_id <> '')"
        )
    if ACTOR_COMMITMENTS in rel:
        relations[ACTOR_COMMITMENTS] = (
            f"(SELECT * FROM {rel[ACTOR_COMMITMENTS]} WHERE {mine} "
            f"UNION ALL {keyed_commitments_sql(f'own_{tag}_commitments')})"
        )
    if ACTOR_QUOTES in rel:
        relations[ACTOR_QUOTES] = (
            f"(SELECT * FROM {rel[ACTOR_QUOTES]} WHERE {mine} "
            f"UNION ALL SELECT * FROM own_{tag}_quotes WHERE speaker_id <> '')"
        )
    # Counts of an actor known to both are summed; the shared row's fields win.
    relations["actors"] = (
        f"(SELECT s.* REPLACE (s.mentions + coalesce(o.mentions, 0) AS mentions, "
        f"s.articles + coalesce(o.articles, 0) AS articles, "
        f"CASE WHEN o.first_date IS NULL OR o.first_date = '' THEN s.first_date "
        f"WHEN s.first_date = '' THEN o.first_date ELSE least(s.first_date, o.first_date) END AS first_date, "
        f"greatest(s.last_date, coalesce(o.last_date, '')) AS last_date) "
        f"FROM {rel['actors']} s LEFT JOIN own_{tag}_actors o USING (actor_id) "
        f"UNION ALL SELECT * FROM own_{tag}_actors WHERE actor_id NOT IN "
        f"(SELECT actor_id FROM {rel['actors']}))"
    )
    return Warehouse(con, relations)


def csv_download(chunks: Iterator[bytes]) -> bytes:
    """Return the CSV of ``chunks`` whole, as the download button hands it to the browser.

    The rows were read a chunk at a time; only the CSV text itself is held.
    """
    return b"".join(chunks)
