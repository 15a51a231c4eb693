"""The six tables of the contract, declared once.

Every module refers to tables and columns through the specs here. Contract columns come
first and are never renamed; extra columns follow them. List-like cells (aliases,
themes) are strings joined with ``LIST_SEP`` everywhere, so CSV, Parquet, the store and
the dashboard agree. Dates are ISO ``YYYY-MM-DD`` strings ("" when unknown); offsets
are character offsets into the article's ``text``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import pandas as pd

LIST_SEP = "; "

STR = "str"
INT = "int64"
FLOAT = "float64"
BOOL = "bool"

_DEFAULTS: dict[str, Any] = {STR: "", INT: 0, FLOAT: 0.0, BOOL: False}


@dataclass(frozen=True)
class TableSpec:
    """A table's name, its contract columns and the extra columns the project adds."""

    name: str
    columns: Mapping[str, str]
    extra: Mapping[str, str]
    key: tuple[str, ...]

    @property
    def dtypes(self) -> dict[str, str]:
        """Every column (contract first, then extras) mapped to its dtype."""
        return {**self.columns, **self.extra}

    @property
    def column_names(self) -> list[str]:
        """Every column name in output order."""
        return list(self.dtypes)


ARTICLES = TableSpec(
    "articles",
    {
        "article_id": STR,
        "title": STR,
        "date": STR,
        "source": STR,
        "path": STR,
        "url": STR,
        "n_words": INT,
        "text": STR,
    },
    {},
    ("article_id",),
)

ACTORS = TableSpec(
    "actors",
    {
        "actor_id": STR,
        "name": STR,
        "type": STR,
        "affiliation": STR,
        "title": STR,
        "aliases": STR,
        "mentions": INT,
        "articles": INT,
        "first_date": STR,
        "last_date": STR,
    },
    {"merged_from": STR},
    ("actor_id",),
)

MENTIONS = TableSpec(
    "mentions",
    {
        "article_id": STR,
        "actor_id": STR,
        "text": STR,
        "start_char": INT,
        "end_char": INT,
        "sentence_index": INT,
    },
    {"kind": STR},
    ("article_id", "start_char", "end_char"),
)

THEMES = TableSpec(
    "themes",
    {
        "article_id": STR,
        "theme": STR,
        "label": STR,
        "score": FLOAT,
        "evidence": STR,
    },
    {"n_sentences": INT},
    ("article_id", "theme"),
)

COMMITMENTS = TableSpec(
    "commitments",
    {
        "commitment_id": STR,
        "article_id": STR,
        "date": STR,
        "actor_id": STR,
        "actor": STR,
        "type": STR,
        "strength": FLOAT,
        "cue": STR,
        "content": STR,
        "counterpart": STR,
        "sentence": STR,
        "start_char": INT,
        "end_char": INT,
        "themes": STR,
    },
    {
        "counterpart_id": STR,
        "amount": STR,
        "deadline": STR,
        "commitment_group": STR,
        "sentence_index": INT,
    },
    ("commitment_id",),
)

QUOTES = TableSpec(
    "quotes",
    {
        "quote_id": STR,
        "article_id": STR,
        "speaker_id": STR,
        "speaker": STR,
        "quote": STR,
        "cue": STR,
        "start_char": INT,
        "end_char": INT,
    },
    {"partial": BOOL, "speaker_title": STR, "sentence_index": INT},
    ("quote_id",),
)

TABLES: tuple[TableSpec, ...] = (ARTICLES, ACTORS, MENTIONS, THEMES, COMMITMENTS, QUOTES)
TABLE_NAMES: tuple[str, ...] = tuple(spec.name for spec in TABLES)
SPECS: dict[str, TableSpec] = {spec.name: spec for spec in TABLES}


def empty_frame(spec: TableSpec) -> pd.DataFrame:
    """Return a typed table with no rows."""
    return pd.DataFrame({col: pd.Series(dtype=dtype) for col, dtype in spec.dtypes.items()})


def conform(frame: pd.DataFrame, spec: TableSpec) -> pd.DataFrame:
    """Return ``frame`` with every column of ``spec`` in order and typed.

    Missing columns are filled with the dtype's default; missing values too. Columns
    the spec does not know are kept after the declared ones.
    """
    out = frame.copy()
    for col, dtype in spec.dtypes.items():
        default = _DEFAULTS[dtype]
        if col not in out.columns:
            out[col] = default
        if dtype == STR:
            out[col] = out[col].astype(object).where(out[col].notna(), "").astype(str)
        elif dtype == BOOL and out[col].dtype != bool:
            out[col] = out[col].map(_as_bool)
        else:
            out[col] = out[col].fillna(default).astype(dtype)
    declared = spec.column_names
    rest = [col for col in out.columns if col not in declared]
    return out[declared + rest].reset_index(drop=True)


def _as_bool(value: Any) -> bool:
    # CSV round trips give strings; "False" must not read as True.
    if isinstance(value, str):
        return value.strip().lower() in {"true", "1", "yes"}
    return bool(value) if pd.notna(value) else False


def frame_from_rows(rows: Iterable[Mapping[str, Any]], spec: TableSpec) -> pd.DataFrame:
    """Return a typed table built from dict rows (an empty typed table for no rows)."""
    rows = list(rows)
    if not rows:
        return empty_frame(spec)
    return conform(pd.DataFrame.from_records(rows), spec)


def join_list(values: Iterable[str]) -> str:
    """Join list-like cell values the way every table stores them."""
    return LIST_SEP.join(v for v in values if v)


def split_list(cell: str) -> list[str]:
    """Split a list-like cell back into its values."""
    return [part.strip() for part in str(cell or "").split(LIST_SEP.strip()) if part.strip()]


def _local_spec(
    name: str, base: TableSpec, drop: tuple[str, ...], add: Mapping[str, str]
) -> TableSpec:
    columns = {c: t for c, t in base.dtypes.items() if c not in drop}
    return TableSpec(name, {**columns, **add}, {}, base.key)


# Per-article rows as extracted, before actors are made canonical across articles.
# The store keeps these, so a new article never forces re-parsing the old ones.
LOCAL_ACTORS = TableSpec(
    "local_actors",
    {
        "article_id": STR,
        "actor_key": STR,
        "name": STR,
        "type": STR,
        "title": STR,
        "affiliation": STR,
        "aliases": STR,
        # "male", "female" or "" (unknown): from courtesy titles, gendered roles, given
        # names and the pronouns resolved to the person; merging never joins two genders.
        "gender": STR,
    },
    {},
    ("article_id", "actor_key"),
)
LOCAL_MENTIONS = _local_spec("local_mentions", MENTIONS, ("actor_id",), {"actor_key": STR})
LOCAL_QUOTES = _local_spec("local_quotes", QUOTES, ("speaker_id",), {"speaker_key": STR})
LOCAL_COMMITMENTS = _local_spec(
    "local_commitments",
    COMMITMENTS,
    ("actor_id", "counterpart_id", "commitment_group"),
    {"actor_key": STR, "counterpart_key": STR},
)
LOCAL_TABLES: tuple[TableSpec, ...] = (
    ARTICLES,
    LOCAL_ACTORS,
    LOCAL_MENTIONS,
    THEMES,
    LOCAL_QUOTES,
    LOCAL_COMMITMENTS,
)

# Derived tables: the cross-article reduce over every stored article (analysis.derived),
# stored so that loading the six tables only joins (analysis.relations).
CANONICAL_ACTORS = TableSpec("canonical_actors", ACTORS.columns, ACTORS.extra, ACTORS.key)
ACTOR_MAP = TableSpec(
    "actor_map",
    {"article_id": STR, "actor_key": STR, "actor_id": STR},
    {},
    ("article_id", "actor_key"),
)
COMMITMENT_GROUPS = TableSpec(
    "commitment_groups",
    {"commitment_id": STR, "commitment_group": STR},
    {},
    ("commitment_id",),
)
DERIVED_TABLES: tuple[TableSpec, ...] = (CANONICAL_ACTORS, ACTOR_MAP, COMMITMENT_GROUPS)


def subset_spec(spec: TableSpec, columns: Iterable[str]) -> TableSpec:
    """Return ``spec`` narrowed to ``columns`` (in that order)."""
    dtypes = spec.dtypes
    return TableSpec(spec.name, {c: dtypes[c] for c in columns}, {}, spec.key)
