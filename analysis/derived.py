"""The cross-article reduce: canonical actors and commitment groups, computed once and stored.

Per-article rows (``analysis.tables.LOCAL_TABLES``) say nothing about other articles.
Two steps need the whole corpus: merging local actors into canonical actors
(``analysis.actor_merging``) and grouping restatements of one commitment
(``analysis.commitments.assign_groups``). Their result is three derived tables:

- ``canonical_actors``: the actors table (``ACTORS``), one row per canonical actor;
- ``actor_map``: every (article_id, actor_key) of every article mapped to its actor_id;
- ``commitment_groups``: every commitment_id with its commitment_group.

A build computes them after storing its per-article rows, and again when articles are
removed, so loading the tables only joins (``analysis.relations``) and never merges.
Both steps use indexes and blocking, never all pairs, and read rows in a fixed order
(oldest article first, then ids), so the result depends only on which articles are
stored, not on the order or the batches they arrived in.
"""

from __future__ import annotations

import pandas as pd

from analysis.actor_merging import canonical_actors
from analysis.commitments import assign_groups
from analysis.tables import ACTOR_MAP as ACTOR_MAP_SPEC
from analysis.tables import (
    ARTICLES,
    DERIVED_TABLES,
    LOCAL_ACTORS,
    LOCAL_COMMITMENTS,
    LOCAL_MENTIONS,
    conform,
    empty_frame,
)
from analysis.tables import CANONICAL_ACTORS as CANONICAL_ACTORS_SPEC
from analysis.tables import COMMITMENT_GROUPS as COMMITMENT_GROUPS_SPEC

CANONICAL_ACTORS = CANONICAL_ACTORS_SPEC.name
ACTOR_MAP = ACTOR_MAP_SPEC.name
COMMITMENT_GROUPS = COMMITMENT_GROUPS_SPEC.name

# The columns of the per-article tables the reduce reads (never the article texts).
REDUCE_COLUMNS: dict[str, list[str]] = {
    ARTICLES.name: ["article_id", "date"],
    LOCAL_ACTORS.name: LOCAL_ACTORS.column_names,
    LOCAL_MENTIONS.name: ["article_id", "actor_key"],
    LOCAL_COMMITMENTS.name: [
        "commitment_id",
        "article_id",
        "date",
        "start_char",
        "actor_key",
        "actor",
        "counterpart_key",
        "counterpart",
        "content",
    ],
}


def empty_derived() -> dict[str, pd.DataFrame]:
    """Return the three derived tables with no rows."""
    return {spec.name: empty_frame(spec) for spec in DERIVED_TABLES}


def derive(local: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """Return the three derived tables of the per-article rows ``local``.

    ``local`` needs at least the ``REDUCE_COLUMNS`` of the articles, local actors, local
    mentions and local commitments tables.
    """
    articles = local[ARTICLES.name]
    if articles.empty:
        return empty_derived()
    actors, mapping = canonical_actors(
        local[LOCAL_ACTORS.name], local[LOCAL_MENTIONS.name], articles
    )
    actor_map = pd.DataFrame(
        {
            "article_id": [a for a, _ in mapping],
            "actor_key": [k for _, k in mapping],
            "actor_id": list(mapping.values()),
        }
    )
    names = dict(zip(actors["actor_id"], actors["name"], strict=False))
    found = local[LOCAL_COMMITMENTS.name].drop_duplicates("commitment_id", ignore_index=True)

    def ids(key_col: str) -> list[str]:
        return [
            mapping.get((a, k), "")
            for a, k in zip(found["article_id"], found[key_col], strict=False)
        ]

    def canonical(id_values: list[str], name_col: str) -> list[str]:
        return [names.get(i) or n for i, n in zip(id_values, found[name_col], strict=False)]

    actor_ids = ids("actor_key")
    counterpart_ids = ids("counterpart_key")
    table = pd.DataFrame(
        {
            "commitment_id": found["commitment_id"],
            "article_id": found["article_id"],
            "date": found["date"],
            "start_char": found["start_char"],
            "actor_id": actor_ids,
            "actor": canonical(actor_ids, "actor"),
            "counterpart_id": counterpart_ids,
            "counterpart": canonical(counterpart_ids, "counterpart"),
            "content": found["content"],
        }
    )
    groups = pd.DataFrame(
        {
            "commitment_id": table["commitment_id"],
            "commitment_group": assign_groups(table) if len(table) else [],
        }
    )
    return {
        CANONICAL_ACTORS: conform(actors, CANONICAL_ACTORS_SPEC),
        ACTOR_MAP: conform(actor_map, ACTOR_MAP_SPEC),
        COMMITMENT_GROUPS: conform(groups, COMMITMENT_GROUPS_SPEC),
    }


# A store without its own freshness mark (the Parquet store) keeps one as a derived table.
MARKER = "derived_signature"


def is_current(store) -> bool:
    """Return True when ``store``'s derived tables were computed over its articles now."""
    own = getattr(store, "derived_current", None)
    if own is not None:
        return own()
    names = store.derived_names() if hasattr(store, "derived_names") else []
    if not {MARKER, *(spec.name for spec in DERIVED_TABLES)} <= set(names):
        return False
    mark = store.derived(MARKER)
    return mark is not None and mark["signature"].tolist() == [store.signature()]


def reduce_inputs(store) -> dict[str, pd.DataFrame]:
    """Return the columns of the stored per-article rows that the reduce reads."""
    try:
        return store.local_tables(columns=REDUCE_COLUMNS)
    except TypeError:  # a store that reads whole tables only
        local = store.local_tables()
        return {name: local[name][cols] for name, cols in REDUCE_COLUMNS.items()}


def refresh(store) -> bool:
    """Recompute and store the derived tables of ``store`` when they are not current.

    Current means computed over exactly the articles the store holds now. Returns True
    when they were recomputed.
    """
    if store.read_only or is_current(store):
        return False
    tables = derive(reduce_inputs(store))
    if not hasattr(store, "derived_current"):
        tables[MARKER] = pd.DataFrame({"signature": [store.signature()]})
    store.put_derived(tables)
    return True
