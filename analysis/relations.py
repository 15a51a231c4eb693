"""The six contract tables as SQL views over the stored rows.

On a DuckDB connection where the per-article tables (``analysis.tables.LOCAL_TABLES``)
and the derived tables (``analysis.derived``) exist under their names, ``create_views``
makes the views ``corpus_articles``, ``corpus_actors``, ``corpus_mentions``,
``corpus_themes``, ``corpus_commitments`` and ``corpus_quotes``: each has exactly the
columns of its contract spec, in spec order, with actor ids, canonical names and
commitment groups filled in by joins. The views are temporary (they belong to the
connection), so a read-only connection can make them.

``read_tables`` reads the six views in the tables' fixed order (``ORDER_BY``). The
in-memory assembly (``analysis.build.assemble``) runs these same views over pandas
frames, so a load from a store and an assembly from scratch cannot disagree.
"""

from __future__ import annotations

import duckdb
import pandas as pd

from analysis.derived import ACTOR_MAP, CANONICAL_ACTORS, COMMITMENT_GROUPS
from analysis.tables import (
    ACTORS,
    ARTICLES,
    COMMITMENTS,
    LOCAL_COMMITMENTS,
    LOCAL_MENTIONS,
    LOCAL_QUOTES,
    MENTIONS,
    QUOTES,
    SPECS,
    THEMES,
    TableSpec,
    conform,
)

VIEW_PREFIX = "corpus_"

# Every table's row order: by article (date, then id), then a total order inside it.
ORDER_BY: dict[str, str] = {
    ARTICLES.name: "date, article_id",
    ACTORS.name: "mentions DESC, name, actor_id",
    MENTIONS.name: (
        "a_date, article_id, start_char, end_char, actor_id, text, sentence_index, kind"
    ),
    THEMES.name: "a_date, article_id, score DESC, theme",
    COMMITMENTS.name: "a_date, article_id, start_char, commitment_id",
    QUOTES.name: "a_date, article_id, start_char, quote_id",
}


def _q(column: str) -> str:
    return f'"{column}"'


def _select(spec: TableSpec, alias: str, computed: dict[str, str]) -> str:
    """Return the select list of ``spec``'s columns: ``alias``'s own or a computed one."""
    return ", ".join(
        f"{computed[c]} AS {_q(c)}" if c in computed else f"{alias}.{_q(c)}"
        for c in spec.column_names
    )


def _map_join(alias: str, key: str, map_alias: str) -> str:
    return (
        f"LEFT JOIN {ACTOR_MAP} {map_alias} ON {map_alias}.article_id = {alias}.article_id "
        f"AND {map_alias}.actor_key = {alias}.{_q(key)}"
    )


def _name_join(map_alias: str, actor_alias: str) -> str:
    return (
        f"LEFT JOIN {CANONICAL_ACTORS} {actor_alias} "
        f"ON {actor_alias}.actor_id = {map_alias}.actor_id"
    )


def _canonical_name(actor_alias: str, local: str) -> str:
    # The canonical name when the actor is known and named, else the article's own.
    return f"coalesce(nullif({actor_alias}.name, ''), {local})"


def view_sql() -> dict[str, str]:
    """Return the SELECT behind each ``corpus_*`` view, by contract table name."""
    commitments_computed = {
        "actor_id": "coalesce(ma.actor_id, '')",
        "actor": _canonical_name("aa", "l.actor"),
        "counterpart_id": "coalesce(mc.actor_id, '')",
        "counterpart": _canonical_name("ac", "l.counterpart"),
        "commitment_group": "coalesce(g.commitment_group, '')",
    }
    return {
        ARTICLES.name: f"SELECT {_select(ARTICLES, 'l', {})} FROM {ARTICLES.name} l",
        ACTORS.name: f"SELECT {_select(ACTORS, 'l', {})} FROM {CANONICAL_ACTORS} l",
        MENTIONS.name: (
            "SELECT "
            + _select(MENTIONS, "l", {"actor_id": "coalesce(m.actor_id, '')"})
            + f" FROM {LOCAL_MENTIONS.name} l {_map_join('l', 'actor_key', 'm')}"
        ),
        THEMES.name: f"SELECT {_select(THEMES, 'l', {})} FROM {THEMES.name} l",
        COMMITMENTS.name: (
            f"SELECT {_select(COMMITMENTS, 'l', commitments_computed)} "
            f"FROM {LOCAL_COMMITMENTS.name} l "
            f"{_map_join('l', 'actor_key', 'ma')} {_name_join('ma', 'aa')} "
            f"{_map_join('l', 'counterpart_key', 'mc')} {_name_join('mc', 'ac')} "
            f"LEFT JOIN {COMMITMENT_GROUPS} g ON g.commitment_id = l.commitment_id"
        ),
        QUOTES.name: (
            "SELECT "
            + _select(
                QUOTES,
                "l",
                {
                    "speaker_id": "coalesce(m.actor_id, '')",
                    "speaker": _canonical_name("a", "l.speaker"),
                },
            )
            + f" FROM {LOCAL_QUOTES.name} l {_map_join('l', 'speaker_key', 'm')} "
            + _name_join("m", "a")
        ),
    }


def create_views(con: duckdb.DuckDBPyConnection, *, temporary: bool = True) -> None:
    """Create the six ``corpus_*`` views on ``con``.

    Temporary views work on a read-only connection but only on that connection; on a
    writable in-memory connection (``temporary=False``) the views are shared by every
    cursor made from it, as a server process's sessions need.
    """
    kind = "TEMP VIEW" if temporary else "VIEW"
    for name, sql in view_sql().items():
        con.execute(f"CREATE OR REPLACE {kind} {VIEW_PREFIX}{name} AS {sql}")


def read_table(con: duckdb.DuckDBPyConnection, name: str) -> pd.DataFrame:
    """Return one contract table from its view (``create_views`` first), in its fixed order."""
    spec = SPECS[name]
    view = f"{VIEW_PREFIX}{name}"
    if name in (ARTICLES.name, ACTORS.name):
        sql = f"SELECT * FROM {view} ORDER BY {ORDER_BY[name]}"
    else:
        columns = ", ".join(f"t.{_q(c)}" for c in spec.column_names)
        sql = (
            f"SELECT {columns} FROM {view} t LEFT JOIN (SELECT article_id, date AS a_date "
            f"FROM {ARTICLES.name}) d USING (article_id) ORDER BY {ORDER_BY[name]}"
        )
    return conform(con.execute(sql).df(), spec)


def read_tables(con: duckdb.DuckDBPyConnection) -> dict[str, pd.DataFrame]:
    """Return the six contract tables from the views, by name, each in its fixed order."""
    return {name: read_table(con, name) for name in SPECS}
