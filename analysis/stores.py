"""One way to open a store, whichever kind it is.

A location ending in ``.duckdb`` (the default, ``analysis.store.default_store_path``) or
``:memory:`` is the single-file DuckDB ``Store``; a folder or an fsspec URL
(``file:///...``, ``memory://...``, ``s3://...``, ``gs://...``) is the partitioned
Parquet ``DatasetStore``. Both have the same methods, so the build, the command line and
the loaders work on either.

``read_connection`` gives a DuckDB connection to a store's current snapshot on which the
per-article tables, ``processed`` and the derived tables are queryable under their own
names, plus the six ``corpus_*`` views when ``analysis.relations`` provides them.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
from pathlib import Path

import duckdb

from analysis import snapshot
from analysis.dataset import DatasetStore, is_dataset_location
from analysis.store import STORE_ENV, Store, StoreError, default_store_path
from analysis.tables import ACTORS, LOCAL_TABLES

AnyStore = Store | DatasetStore


def _location(location: str | Path | None) -> str:
    if location is not None:
        return str(location)
    # A URL in the variable stays as written (a Path would fold its "//").
    return os.environ.get(STORE_ENV) or str(default_store_path())


def open_store(location: str | Path | None = None, *, read_only: bool = False) -> AnyStore:
    """Open the store at ``location`` (default: the user's DuckDB store) for writing or reading."""
    where = _location(location)
    if is_dataset_location(where):
        return DatasetStore(where, read_only=read_only)
    return Store(where, read_only=read_only)


def reader(location: str | Path | None = None) -> AnyStore:
    """Open the current published snapshot of the store at ``location`` read-only."""
    where = _location(location)
    if is_dataset_location(where):
        return DatasetStore.reader(where)
    return Store.reader(where)


def snapshot_version(location: str | Path | None = None) -> str:
    """Return the name of the store's current snapshot ('' when none): it changes on publish."""
    where = _location(location)
    if is_dataset_location(where):
        store = DatasetStore(where, read_only=True)
        try:
            return store.snapshot_name()
        finally:
            store.close()
    return snapshot.version(where)


def read_connection(location: str | Path | None = None) -> duckdb.DuckDBPyConnection:
    """Return a DuckDB connection to the current snapshot of the store at ``location``.

    The per-article tables (``articles``, ``local_actors``, ...), ``processed`` and the
    derived tables are views over the snapshot (an empty table for one never written);
    the six ``corpus_*`` views are added when ``analysis.relations`` exists. The
    snapshot's files are fixed when the connection is made: a build publishing meanwhile
    changes nothing it reads; open a new connection to see the new snapshot.
    """
    where = _location(location)
    con = duckdb.connect()
    try:
        if is_dataset_location(where):
            _dataset_views(con, where)
        else:
            _duckdb_views(con, where)
        _relations(con)
    except BaseException:
        con.close()
        raise
    return con


def _dataset_views(con: duckdb.DuckDBPyConnection, location: str) -> None:
    store = DatasetStore.reader(location)
    try:
        if not store._local:
            con.register_filesystem(store._fs)
        catalog = store._state.catalog_file
        if catalog:
            con.execute(
                "CREATE TABLE catalog AS SELECT * FROM read_parquet("
                f"'{store.location_of(catalog)}')"
            )
        else:
            con.execute(
                "CREATE TABLE catalog (article_id VARCHAR, content_hash VARCHAR, version VARCHAR, "
                "batch VARCHAR, month VARCHAR, processed_at TIMESTAMP)"
            )
        con.execute(
            "CREATE VIEW processed AS SELECT article_id, version, processed_at FROM catalog"
        )
        live = "catalog" if store.superseded() else None
        for spec in LOCAL_TABLES:
            sql = store.table_sql(spec.name, catalog=live)
            con.execute(f"CREATE VIEW {spec.name}_by_month AS {sql}")
            columns = ", ".join(f'"{c}"' for c in spec.column_names)
            con.execute(f"CREATE VIEW {spec.name} AS SELECT {columns} FROM {spec.name}_by_month")
        for name in store.derived_names():
            path = store.location_of(store._state.derived[name])
            con.execute(f"CREATE VIEW {name} AS SELECT * FROM read_parquet('{path}')")
        _empty_derived(con)
        corrections = store.corrections()
        con.register("_corrections_frame", corrections)
        con.execute("CREATE TABLE corrections AS SELECT * FROM _corrections_frame")
        con.unregister("_corrections_frame")
    finally:
        store.close()


def _duckdb_views(con: duckdb.DuckDBPyConnection, location: str) -> None:
    target = snapshot.current(location) if location != ":memory:" else None
    # A store with no snapshot yet (made before snapshots existed, or being written for
    # the first time): its rows are copied, so the live file is never held open.
    copied = target is None and location != ":memory:" and Path(location).exists()
    if copied:
        target = Path(location)
    if target is None:
        store = Store(":memory:")  # no store yet: the same empty tables
        try:
            for spec in LOCAL_TABLES:
                frame = store.local_tables()[spec.name]
                con.register("_empty", frame)
                con.execute(f"CREATE TABLE {spec.name} AS SELECT * FROM _empty")
                con.unregister("_empty")
        finally:
            store.close()
        con.execute(
            "CREATE TABLE processed (article_id VARCHAR, version VARCHAR, processed_at TIMESTAMP)"
        )
    else:
        try:
            con.execute(f"ATTACH '{str(target).replace(chr(39), chr(39) * 2)}' AS snap (READ_ONLY)")
        except duckdb.Error as err:
            raise StoreError(f"cannot open the store snapshot {target}: {err}") from err
        names = {
            row[0]
            for row in con.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_catalog = 'snap'"
            ).fetchall()
        }
        kind = "TABLE" if copied else "VIEW"
        for name in sorted(names):
            con.execute(f'CREATE {kind} "{name}" AS SELECT * FROM snap."{name}"')
        if copied:
            con.execute("DETACH snap")
    _empty_derived(con)


def _empty_derived(con: duckdb.DuckDBPyConnection) -> None:
    """Create the derived tables a store never wrote, empty and with their columns."""
    present = {row[0] for row in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
    present |= {row[0] for row in con.execute("SELECT view_name FROM duckdb_views()").fetchall()}
    for name, columns in _derived_columns().items():
        if name not in present:
            typed = ", ".join(f'"{c}" {t}' for c, t in columns.items())
            con.execute(f"CREATE TABLE {name} ({typed})")


def _derived_columns() -> dict[str, dict[str, str]]:
    sql = {"str": "VARCHAR", "int64": "BIGINT", "float64": "DOUBLE", "bool": "BOOLEAN"}
    return {
        "canonical_actors": {c: sql[t] for c, t in ACTORS.dtypes.items()},
        "actor_map": {"article_id": "VARCHAR", "actor_key": "VARCHAR", "actor_id": "VARCHAR"},
        "commitment_groups": {"commitment_id": "VARCHAR", "commitment_group": "VARCHAR"},
    }


def _relations(con: duckdb.DuckDBPyConnection) -> None:
    if importlib.util.find_spec("analysis.relations") is None:
        return
    relations = importlib.import_module("analysis.relations")
    relations.create_views(con, temporary=False)  # every cursor of the connection sees them
