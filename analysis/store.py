"""The store: an embedded DuckDB file holding every processed article's rows.

It keeps the per-article rows (before actors are made canonical across articles) and a
``processed`` table saying which pipeline version built each article. Each batch of
articles is written in one transaction together with its ``processed`` marks, so a build
killed half way leaves only whole articles behind and the next build completes the rest
with no duplicate rows.

Readers and writers together: DuckDB lets one process write a file and no other process
open it meanwhile, so readers never open the file a build writes. A writable store that
changed publishes a snapshot when it closes (``analysis.snapshot``: a copy switched in
atomically), and ``Store.reader`` opens the current snapshot read-only, retrying when it
races a publish. A dashboard (one or several server processes) thus keeps serving the
last published state while a command-line build writes, and switches to the new state
when the build ends; a build killed with ``kill -9`` publishes nothing, and the next one
resumes from the store file and publishes.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import time
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

import duckdb
import pandas as pd
from platformdirs import user_data_dir

from analysis import snapshot
from analysis.tables import DERIVED_TABLES, LOCAL_TABLES, conform, empty_frame, subset_spec

STORE_ENV = "COMMITMENT_TRACKER_STORE"

_SQL_TYPES = {"str": "VARCHAR", "int64": "BIGINT", "float64": "DOUBLE", "bool": "BOOLEAN"}


def default_store_path() -> Path:
    """Return the store file: ``$COMMITMENT_TRACKER_STORE`` or the user's data folder."""
    configured = os.environ.get(STORE_ENV)
    if configured:
        return Path(configured)
    return Path(user_data_dir("commitment-tracker", appauthor=False)) / "store.duckdb"


def _schema_fingerprint() -> str:
    text = repr([(spec.name, list(spec.dtypes.items())) for spec in LOCAL_TABLES])
    return hashlib.sha256(text.encode()).hexdigest()[:12]


class StoreError(Exception):
    """The store could not be opened or written; the message says why."""


class StoreBusy(StoreError):
    """Another process holds the store (a build writing it); try again later."""


def _opened(path: str, *, read_only: bool) -> duckdb.DuckDBPyConnection:
    try:
        return duckdb.connect(path, read_only=read_only)
    except duckdb.Error as err:
        message = str(err).lower()
        if "lock" in message or "different configuration" in message:
            raise StoreBusy(
                f"the store {path} is being written by another process (a build); "
                "try again when it has finished"
            ) from err
        raise StoreError(f"cannot open the store {path}: {err}") from err


class Store:
    """Per-article rows in DuckDB, keyed by article_id and pipeline version."""

    def __init__(
        self, path: str | Path | None = None, *, read_only: bool = False, publish: bool = True
    ) -> None:
        """Open (creating when needed) the store at ``path``; ``":memory:"`` keeps it in memory.

        Raises StoreBusy when another process writes the file, StoreError when it cannot
        be opened. A writable file store publishes a snapshot for readers when it closes
        after a change (``publish=False``: never).
        """
        if path is None:
            path = default_store_path()
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self.read_only = read_only and Path(self.path).exists()
        self._publish = publish and not self.read_only and self.path != ":memory:"
        self._changed = False
        self._con = _opened(self.path, read_only=self.read_only)
        if not self.read_only:
            self._ensure_schema()
            self._ensure_corrections()
            self._ensure_derived()

    @classmethod
    def reader(cls, path: str | Path | None = None, *, attempts: int = 6) -> Store:
        """Open the current snapshot of the store at ``path`` read-only, for serving.

        Falls back to the store file itself when no snapshot was published yet (a store
        made before snapshots existed), and to an empty in-memory store when there is no
        store at all. Retries with growing pauses when a publish or a writer gets in the
        way; raises StoreBusy when that lasts.
        """
        path = str(path or default_store_path())
        if path == ":memory:":
            return cls(path)
        error: StoreError | None = None
        for attempt in range(attempts):
            target = snapshot.current(path)
            if target is None and not Path(path).exists():
                return cls(":memory:")
            try:
                return cls(target or path, read_only=True)
            except StoreError as err:
                error = err
                time.sleep(0.05 * 2**attempt)
        raise StoreBusy(str(error)) from error

    def publish(self) -> Path | None:
        """Make the current state the snapshot readers open; return it (None: in memory)."""
        if self.read_only or self.path == ":memory:":
            return None
        self._con.execute("CHECKPOINT")
        made = snapshot.publish(self.path, lambda target: shutil.copyfile(self.path, target))
        self._changed = False
        return made

    def close(self) -> None:
        """Publish a snapshot when the store changed (or none exists yet), then close it.

        A snapshot always carries derived tables that match its articles: rows added
        without a build's reduce (``add`` alone) get them computed here first, so readers
        that query the ``corpus_*`` views never see actors missing.
        """
        try:
            if self._publish and (self._changed or snapshot.current(self.path) is None):
                if not self.derived_current():
                    self.refresh_derived()
                self.publish()
        finally:
            self._con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _ensure_schema(self) -> None:
        con = self._con
        con.execute("CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
        row = next(
            iter(con.execute("SELECT value FROM meta WHERE key = 'schema'").fetchall()), None
        )
        fingerprint = _schema_fingerprint()
        if row and row[0] == fingerprint:
            return
        # The row layout changed: old rows cannot be read back, so start again.
        con.execute("BEGIN")
        for spec in DERIVED_TABLES:
            con.execute(f"DROP TABLE IF EXISTS {spec.name}")
        con.execute("DELETE FROM meta WHERE key = 'derived'")
        for spec in LOCAL_TABLES:
            con.execute(f"DROP TABLE IF EXISTS {spec.name}")
            columns = ", ".join(f'"{c}" {_SQL_TYPES[t]}' for c, t in spec.dtypes.items())
            con.execute(f"CREATE TABLE {spec.name} ({columns})")
        con.execute("DROP TABLE IF EXISTS processed")
        con.execute(
            "CREATE TABLE processed (article_id VARCHAR PRIMARY KEY, version VARCHAR, "
            "processed_at TIMESTAMP DEFAULT current_timestamp)"
        )
        con.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", [fingerprint])
        con.execute("COMMIT")

    def current_ids(self, version: str) -> set[str]:
        """Return the ids of articles already processed by pipeline ``version``."""
        rows = self._con.execute(
            "SELECT article_id FROM processed WHERE version = ?", [version]
        ).fetchall()
        return {r[0] for r in rows}

    def article_ids(self) -> list[str]:
        """Return the ids of every processed article, oldest first."""
        rows = self._con.execute(
            "SELECT article_id FROM processed ORDER BY processed_at, article_id"
        ).fetchall()
        return [r[0] for r in rows]

    def signature(self) -> str:
        """Return a short value that changes whenever articles are added, replaced or removed.

        Callers that cache the assembled tables key the cache on it.
        """
        count, latest = self._con.execute(
            "SELECT count(*), max(processed_at) FROM processed"
        ).fetchall()[0]
        return f"{count}@{latest}"

    def add(self, tables: dict[str, pd.DataFrame], version: str) -> None:
        """Replace the rows of the articles in ``tables['articles']`` in one transaction."""
        ids = tables["articles"]["article_id"].tolist()
        if not ids:
            return
        con = self._con
        con.execute("BEGIN")
        try:
            id_frame = pd.DataFrame({"article_id": ids})
            con.register("batch_ids", id_frame)
            for spec in LOCAL_TABLES:
                con.execute(
                    f"DELETE FROM {spec.name} WHERE article_id IN (SELECT article_id FROM batch_ids)"
                )
                frame = conform(tables.get(spec.name, empty_frame(spec)), spec)[spec.column_names]
                if len(frame):
                    con.register("batch_rows", frame)
                    con.execute(f"INSERT INTO {spec.name} BY NAME SELECT * FROM batch_rows")
                    con.unregister("batch_rows")
            con.execute(
                "DELETE FROM processed WHERE article_id IN (SELECT article_id FROM batch_ids)"
            )
            con.executemany(
                "INSERT INTO processed (article_id, version) VALUES (?, ?)",
                [(article_id, version) for article_id in ids],
            )
            con.unregister("batch_ids")
            con.execute("COMMIT")
            self._changed = True
        except BaseException:
            con.execute("ROLLBACK")
            raise

    def local_tables(
        self,
        article_ids: Iterable[str] | None = None,
        *,
        columns: Mapping[str, Sequence[str]] | None = None,
    ) -> dict[str, pd.DataFrame]:
        """Return the stored per-article tables, for ``article_ids`` or every article.

        ``columns`` (table name -> column names) reads only those tables and columns.
        """
        con = self._con
        out = {}
        if article_ids is not None:
            con.register("wanted_ids", pd.DataFrame({"article_id": list(article_ids)}, dtype=str))
        for spec in LOCAL_TABLES:
            if columns is not None:
                if spec.name not in columns:
                    continue
                spec = subset_spec(spec, columns[spec.name])
            listed = ", ".join(f'"{c}"' for c in spec.column_names)
            sql = f"SELECT {listed} FROM {spec.name}"
            if article_ids is not None:
                sql += " WHERE article_id IN (SELECT article_id FROM wanted_ids)"
            out[spec.name] = conform(con.execute(sql).df(), spec)
        if article_ids is not None:
            con.unregister("wanted_ids")
        return out

    def remove(self, article_ids: Iterable[str]) -> None:
        """Delete every row of the given articles."""
        ids = pd.DataFrame({"article_id": list(article_ids)}, dtype=str)
        con = self._con
        con.execute("BEGIN")
        con.register("gone_ids", ids)
        for spec in LOCAL_TABLES:
            con.execute(
                f"DELETE FROM {spec.name} WHERE article_id IN (SELECT article_id FROM gone_ids)"
            )
        con.execute("DELETE FROM processed WHERE article_id IN (SELECT article_id FROM gone_ids)")
        con.unregister("gone_ids")
        con.execute("COMMIT")
        self._changed = True
        self.refresh_derived()

    # ---- derived tables: canonical actors and commitment groups (analysis/derived.py)

    def _ensure_derived(self) -> None:
        """Compute the derived tables once for a store written before they existed (or
        left stale by a build stopped between its rows and its reduce)."""
        if self.derived_current():
            return
        if self._con.execute("SELECT count(*) FROM processed").fetchall()[0][0] == 0:
            self.put_derived({spec.name: empty_frame(spec) for spec in DERIVED_TABLES})
        else:
            self.refresh_derived()

    def refresh_derived(self) -> bool:
        """Recompute the derived tables when they do not match the stored articles."""
        from analysis.derived import refresh

        return refresh(self)  # uses derived_current, so never the generic mark

    def _has_table(self, name: str) -> bool:
        found = self._con.execute(
            "SELECT count(*) FROM duckdb_tables() WHERE table_name = ? AND NOT temporary",
            [name],
        ).fetchall()[0]
        return bool(found[0])

    def put_derived(self, tables: dict[str, pd.DataFrame]) -> None:
        """Replace each named derived table whole, in one transaction.

        When all three are given they are marked current for the articles stored now, and
        the actor layout (``analysis.derived.layout_sql``) is rewritten from them.
        """
        specs = {spec.name: spec for spec in DERIVED_TABLES}
        unknown = set(tables) - set(specs)
        if unknown:
            raise ValueError(f"not a derived table: {', '.join(sorted(unknown))}")
        con = self._con
        con.execute("BEGIN")
        try:
            for name, frame in tables.items():
                spec = specs[name]
                con.execute(f"DROP TABLE IF EXISTS {name}")
                columns = ", ".join(f'"{c}" {_SQL_TYPES[t]}' for c, t in spec.dtypes.items())
                con.execute(f"CREATE TABLE {name} ({columns})")
                rows = conform(frame, spec)[spec.column_names]
                if len(rows):
                    con.register("derived_rows", rows)
                    con.execute(f"INSERT INTO {name} BY NAME SELECT * FROM derived_rows")
                    con.unregister("derived_rows")
            if set(tables) == set(specs):
                from analysis.derived import index_actor_names, index_articles, write_layout
                from analysis.relations import create_views

                create_views(con)
                write_layout(con, schema="main.")
                index_articles(con)
                index_actor_names(con)
                con.execute("INSERT OR REPLACE INTO meta VALUES ('derived', ?)", [self.signature()])
            else:
                con.execute("DELETE FROM meta WHERE key = 'derived'")
            con.execute("COMMIT")
            self._changed = True
        except BaseException:
            con.execute("ROLLBACK")
            raise

    def derived(self, name: str) -> pd.DataFrame | None:
        """Return a stored derived table (None when it was never written)."""
        spec = {spec.name: spec for spec in DERIVED_TABLES}[name]
        if not self._has_table(name):
            return None
        return conform(self._con.execute(f"SELECT * FROM {name}").df(), spec)

    def derived_current(self) -> bool:
        """Return True when the derived tables were computed over the articles stored now."""
        try:
            row = next(
                iter(self._con.execute("SELECT value FROM meta WHERE key = 'derived'").fetchall()),
                None,
            )
        except duckdb.CatalogException:  # a read-only store made before the meta table
            return False
        if not row or row[0] != self.signature():
            return False
        from analysis.derived import LAYOUT_TABLES

        names = [*(spec.name for spec in DERIVED_TABLES), *LAYOUT_TABLES]
        return all(self._has_table(name) for name in names)

    def contract_tables(self) -> dict[str, pd.DataFrame] | None:
        """Return the six contract tables read through the ``corpus_*`` views.

        None when the derived tables are missing or stale (a read-only store written by an
        older version): the caller assembles the tables itself.
        """
        if not self.derived_current():
            return None
        from analysis.relations import create_views, read_tables

        create_views(self._con)
        return read_tables(self._con)

    # ---- the analyst's corrections (see analysis/corrections.py); kept across schema changes

    def _ensure_corrections(self) -> None:
        self._con.execute(
            "CREATE TABLE IF NOT EXISTS corrections (correction_id VARCHAR PRIMARY KEY, "
            "action VARCHAR, target VARCHAR, value VARCHAR, made_at VARCHAR)"
        )

    def corrections(self) -> pd.DataFrame:
        """Return the stored corrections, oldest first (an empty table when there are none)."""
        columns = ["correction_id", "action", "target", "value", "made_at"]
        try:
            frame = self._con.execute(
                "SELECT correction_id, action, target, value, made_at FROM corrections "
                "ORDER BY made_at, correction_id"
            ).df()
        except duckdb.CatalogException:  # a read-only store made before corrections existed
            return pd.DataFrame({c: pd.Series(dtype=str) for c in columns})
        return frame.astype(str)[columns]

    def add_corrections(self, rows: pd.DataFrame) -> None:
        """Store correction rows (replacing any with the same ``correction_id``)."""
        if rows.empty:
            return
        frame = rows[["correction_id", "action", "target", "value", "made_at"]].astype(str)
        self._con.register("new_corrections", frame)
        self._con.execute("INSERT OR REPLACE INTO corrections SELECT * FROM new_corrections")
        self._con.unregister("new_corrections")
        self._changed = True

    def remove_correction(self, correction_id: str) -> None:
        """Delete one correction (undo it)."""
        self._con.execute("DELETE FROM corrections WHERE correction_id = ?", [correction_id])
        self._changed = True

    def corrections_signature(self) -> str:
        """Return a value that changes whenever a correction is added or removed."""
        ids = "|".join(self.corrections()["correction_id"])
        return hashlib.sha256(ids.encode()).hexdigest()[:12]
