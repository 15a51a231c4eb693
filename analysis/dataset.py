"""The partitioned store: per-article rows as a Parquet dataset behind published snapshots.

Same public methods as the DuckDB ``Store`` (``analysis.store``), for a folder or any
fsspec URL (``file://``, ``memory://``, ``s3://`` or ``gs://`` with their backend
installed). Layout under the store's root::

    data/<table>/month=YYYY-MM/<batch>.parquet   rows of one written batch, by article month
    data/<table>/month=unknown/<batch>.parquet   rows of undated articles
    catalog/<snapshot>.parquet                   article_id, content_hash, version, batch,
                                                 month, processed_at
    derived/<name>/<id>.parquet                  a derived table, replaced whole
    corrections/<id>.parquet                     the analyst's corrections
    manifests/<snapshot>.json                    one snapshot: the catalog and every file
    CURRENT                                      the name of the current snapshot

Every change (a batch of articles, a removal, derived tables, corrections) writes its new
files under new names, then a manifest naming them under a new name, and switches the
``CURRENT`` pointer last (a local file system: written aside then renamed; an object
store: one PUT of a small object, which is atomic). Readers read the pointer, then only
the files its manifest names: they never wait for a writer and never see half a batch.
A build killed at any point leaves the last published snapshot whole; files it wrote
and never published are named by no manifest, so they are ignored and cleaned later.

An article stored again (a new pipeline version) gets its rows in a new batch and the
catalog names that batch, so rows of the old batch for that article are left out when
reading (a semi-join on article and batch). A batch whose rows are mostly superseded is
rewritten without them, and many small batches are merged, when a writer closes.
Snapshots and files no manifest among the last ``KEPT`` names are removed once older
than the grace period, so a reader that opened an older snapshot keeps reading it.

One writer at a time: a writer that finds the pointer moved by another since it opened
refuses to publish (``StoreBusy``) rather than lose the other's batches.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import time
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

import duckdb
import fsspec
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
from fsspec.implementations.local import LocalFileSystem

from analysis.snapshot import KEPT
from analysis.store import StoreBusy, StoreError, _schema_fingerprint
from analysis.tables import ARTICLES, BOOL, FLOAT, INT, LOCAL_TABLES, STR, conform, empty_frame

POINTER = "CURRENT"
GRACE_SECONDS = 60.0
UNKNOWN_MONTH = "unknown"
# Merge small batches when a writer closes once there are this many of them ...
MERGE_SMALL_BATCHES = 16
# ... a batch of fewer articles than this counts as small.
SMALL_BATCH = 2000
# A writer cleans up every this many snapshots it publishes (and when it opens and closes),
# so a long build keeps on disk only the catalogs of the last snapshots and the grace period.
CLEAN_EVERY = 64
_MONTH = re.compile(r"^(\d{4}-\d{2})")
_ARROW = {STR: pa.string(), INT: pa.int64(), FLOAT: pa.float64(), BOOL: pa.bool_()}
_SQL = {STR: "VARCHAR", INT: "BIGINT", FLOAT: "DOUBLE", BOOL: "BOOLEAN"}
_CORRECTIONS = ["correction_id", "action", "target", "value", "made_at"]
_CATALOG = ["article_id", "content_hash", "version", "batch", "month", "processed_at"]
_SPECS = {spec.name: spec for spec in LOCAL_TABLES}


def is_dataset_location(location: str | Path) -> bool:
    """Return True when ``location`` names a dataset store (a URL or a folder)."""
    text = str(location)
    if "://" in text:
        return True
    if text == ":memory:" or text.endswith((".duckdb", ".db")):
        return False
    return not Path(text).is_file()


def article_month(date: str) -> str:
    """Return the partition of an article dated ``date``: ``YYYY-MM`` or ``unknown``."""
    found = _MONTH.match(str(date or ""))
    return found.group(1) if found else UNKNOWN_MONTH


def _new_name() -> str:
    # Sorts by creation time; unique across processes and machines.
    return f"{time.time_ns():020d}-{os.getpid()}-{uuid.uuid4().hex[:8]}"


def _schema(spec) -> pa.Schema:
    fields = [pa.field(col, _ARROW[dtype]) for col, dtype in spec.dtypes.items()]
    # _batch: the batch of this file; _origin, _row: where the row was first stored, which
    # keeps the rows in the order they were added (as the DuckDB store does) after a compaction.
    internal = [("_batch", pa.string()), ("_origin", pa.string()), ("_row", pa.int64())]
    return pa.schema([*fields, *(pa.field(n, t) for n, t in internal)])


def _sql_list(paths: Iterable[str]) -> str:
    return "[" + ", ".join("'" + p.replace("'", "''") + "'" for p in paths) + "]"


def _empty_select(spec, extra: str = "") -> str:
    columns = ", ".join(f'CAST(NULL AS {_SQL[t]}) AS "{c}"' for c, t in spec.dtypes.items())
    return f"SELECT {columns}{extra} WHERE false"


@dataclass(frozen=True)
class _State:
    """One snapshot as a writer or reader holds it (relative paths)."""

    name: str | None = None
    catalog: pd.DataFrame = field(default_factory=lambda: _empty_catalog())
    catalog_file: str | None = None
    # batch -> {"written": articles written, "files": [{table, month, path, rows}]}
    batches: dict = field(default_factory=dict)
    derived: dict = field(default_factory=dict)
    corrections_file: str | None = None


def _empty_catalog() -> pd.DataFrame:
    frame = pd.DataFrame({c: pd.Series(dtype=str) for c in _CATALOG[:-1]})
    frame["processed_at"] = pd.Series(dtype="datetime64[us]")
    return frame


class DatasetStore:
    """Per-article rows in a partitioned Parquet dataset, published as snapshots."""

    def __init__(
        self,
        location: str | Path,
        *,
        read_only: bool = False,
        grace_seconds: float = GRACE_SECONDS,
    ) -> None:
        """Open (creating when needed) the dataset store at ``location``.

        A read-only store reads the current snapshot once, when opened (an empty store
        when none was published). Raises StoreError naming the file when the pointer's
        manifest, the catalog or a file cannot be read.
        """
        self.path = str(location)
        self.read_only = read_only
        self._grace = grace_seconds
        try:
            self._fs, root = fsspec.core.url_to_fs(self.path)
        except (ValueError, ImportError) as err:
            raise StoreError(f"cannot open the store {self.path}: {err}") from err
        self._root = root.rstrip("/") or "/"
        self._local = isinstance(self._fs, LocalFileSystem)
        self._con: duckdb.DuckDBPyConnection | None = None
        self._published = 0
        self._corrections_cache: pd.DataFrame | None = None
        if not read_only:
            try:
                self._fs.makedirs(self._root, exist_ok=True)
            except OSError as err:
                raise StoreError(f"cannot create the store {self.path}: {err}") from err
        self._state = self._load()
        if not read_only:
            self._clean()

    @classmethod
    def reader(cls, location: str | Path, *, attempts: int = 6) -> DatasetStore:
        """Open the current snapshot of ``location`` read-only, for serving.

        Retries when the pointer moved and its old manifest went between the two reads.
        """
        error: StoreError | None = None
        for attempt in range(attempts):
            try:
                return cls(location, read_only=True)
            except _Vanished as err:
                error = err
                time.sleep(0.05 * 2**attempt)
        raise StoreBusy(str(error)) from error

    # ---- paths

    def _abs(self, relative: str) -> str:
        return f"{self._root}/{relative}" if self._root != "/" else f"/{relative}"

    def _url(self, relative: str) -> str:
        """The path DuckDB reads: a local path, or the URL of a registered file system."""
        path = self._abs(relative)
        return path if self._local else self._fs.unstrip_protocol(path)

    def location_of(self, relative: str) -> str:
        """Return the full location of a file named in a manifest (for messages)."""
        return self._url(relative)

    # ---- reading the published state

    def _read_pointer(self) -> str | None:
        try:
            name = self._fs.cat_file(self._abs(POINTER)).decode("utf-8").strip()
        except FileNotFoundError:
            return None
        except (OSError, UnicodeDecodeError) as err:
            raise StoreError(
                f"cannot read the snapshot pointer {self._url(POINTER)}: {err}"
            ) from err
        return name or None

    def _load(self) -> _State:
        name = self._read_pointer()
        if name is None:
            return _State()
        manifest_path = f"manifests/{name}.json"
        try:
            manifest = json.loads(self._fs.cat_file(self._abs(manifest_path)))
            batches = manifest["batches"]
            derived = manifest["derived"]
            catalog_file = manifest["catalog"]
            corrections_file = manifest["corrections"]
            schema = manifest["schema"]
        except FileNotFoundError as err:
            raise _Vanished(
                f"the snapshot manifest {self._url(manifest_path)} named by "
                f"{self._url(POINTER)} is missing"
            ) from err
        except (ValueError, KeyError, TypeError, OSError) as err:
            raise StoreError(
                f"the snapshot manifest {self._url(manifest_path)} is damaged: {err}"
            ) from err
        if schema != _schema_fingerprint():
            # The row layout changed: old rows cannot be read back, so start again
            # (keeping the analyst's corrections, as the DuckDB store does).
            return _State(name=name, corrections_file=corrections_file)
        catalog = _empty_catalog()
        if catalog_file:
            catalog = self._read_parquet_file(catalog_file)[_CATALOG]
            catalog["processed_at"] = catalog["processed_at"].astype("datetime64[us]")
        return _State(name, catalog, catalog_file, batches, derived, corrections_file)

    def _read_parquet_file(self, relative: str) -> pd.DataFrame:
        try:
            with self._fs.open(self._abs(relative), "rb") as handle:
                return pq.read_table(handle).to_pandas()
        except FileNotFoundError as err:
            raise StoreError(
                f"the store file {self._url(relative)} named by snapshot "
                f"{self._state_name()} is missing"
            ) from err
        except (OSError, pa.ArrowException) as err:
            raise StoreError(f"the store file {self._url(relative)} is damaged: {err}") from err

    def _state_name(self) -> str:
        state = getattr(self, "_state", None)
        return (state.name if state else None) or "(being opened)"

    def _connection(self) -> duckdb.DuckDBPyConnection:
        if self._con is None:
            self._con = duckdb.connect()
            if not self._local:
                self._con.register_filesystem(self._fs)
        return self._con

    # ---- the Store interface

    def current_ids(self, version: str) -> set[str]:
        """Return the ids of articles already processed by pipeline ``version``."""
        catalog = self._state.catalog
        return set(catalog.loc[catalog["version"] == version, "article_id"])

    def article_ids(self) -> list[str]:
        """Return the ids of every processed article, oldest first."""
        catalog = self._state.catalog.sort_values(["processed_at", "article_id"], kind="stable")
        return catalog["article_id"].tolist()

    def signature(self) -> str:
        """Return a short value that changes whenever articles are added, replaced or removed."""
        catalog = self._state.catalog
        latest = catalog["processed_at"].max() if len(catalog) else None
        return f"{len(catalog)}@{latest}"

    def snapshot_name(self) -> str:
        """Return the name of the snapshot this store holds ('' when none was published)."""
        return self._state.name or ""

    def add(self, tables: dict[str, pd.DataFrame], version: str) -> None:
        """Store the articles of ``tables`` as one new batch, replacing their older rows.

        The batch is published whole or not at all.
        """
        self._writable()
        articles = conform(tables[ARTICLES.name], ARTICLES)
        articles = articles.drop_duplicates("article_id", keep="last")
        if articles.empty:
            return
        ids = articles["article_id"].tolist()
        months = dict(zip(ids, articles["date"].map(article_month), strict=True))
        batch = _new_name()
        files = []
        for spec in LOCAL_TABLES:
            frame = conform(tables.get(spec.name, empty_frame(spec)), spec)[spec.column_names]
            if frame.empty:
                continue
            frame = frame.assign(_origin=batch, _row=range(len(frame)))
            month_of = frame["article_id"].map(months).fillna(UNKNOWN_MONTH)
            files.extend(self._write_rows(spec, batch, frame, month_of.to_numpy()))
        now = pd.Timestamp.now(tz="UTC").tz_localize(None).as_unit("us")
        new = pd.DataFrame(
            {
                "article_id": ids,
                "content_hash": [
                    hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
                    for text in articles["text"]
                ],
                "version": version,
                "batch": batch,
                "month": [months[i] for i in ids],
                "processed_at": now,
            }
        )
        old = self._state.catalog
        catalog = pd.concat(
            [old[~old["article_id"].isin(ids)], new.astype(old.dtypes.to_dict())],
            ignore_index=True,
        )
        batches = dict(self._state.batches)
        batches[batch] = {"written": len(ids), "files": files}
        self._commit(catalog=catalog, batches=_live_batches(batches, catalog))

    def local_tables(self, article_ids: Iterable[str] | None = None) -> dict[str, pd.DataFrame]:
        """Return the stored per-article tables, for ``article_ids`` or every article."""
        catalog = self._state.catalog
        if article_ids is not None:
            catalog = catalog[catalog["article_id"].isin(set(article_ids))]
        wanted = set(catalog["batch"])
        # Every row of the files is live when no article was picked and none superseded.
        everything = article_ids is None and not self.superseded()
        con = self._connection()
        con.register("live_catalog", catalog[["article_id", "batch"]])
        try:
            out = {}
            for spec in LOCAL_TABLES:
                files = [
                    f["path"]
                    for batch, entry in self._state.batches.items()
                    if batch in wanted
                    for f in entry["files"]
                    if f["table"] == spec.name
                ]
                live = None if everything else "live_catalog"
                sql = self.table_sql(spec.name, files, catalog=live, internal=True)
                frame = self._query(con, f"{sql} ORDER BY _origin, _row", files).df()
                out[spec.name] = conform(frame, spec)[spec.column_names]
            return out
        finally:
            con.unregister("live_catalog")

    def table_sql(
        self,
        table: str,
        files: list[str] | None = None,
        *,
        catalog: str | None,
        internal: bool = False,
    ) -> str:
        """Return SQL reading ``table``'s live rows from ``files`` (every file by default).

        ``catalog`` names a relation with ``article_id`` and ``batch`` columns: rows are
        kept only from the batch it names for their article (None: every row of the
        files, right when no article in them was superseded, see ``superseded``). The hive ``month`` column
        is kept, so a filter on it prunes files; ``internal`` keeps the columns giving
        the order rows were stored in (``_origin``, ``_row``).
        """
        spec = _SPECS[table]
        if files is None:
            files = self.files(table)
        extra = ["month", "_origin", "_row"] if internal else ["month"]
        if not files:
            types = {"month": "VARCHAR", "_origin": "VARCHAR", "_row": "BIGINT"}
            nulls = "".join(f", CAST(NULL AS {types[c]}) AS {c}" for c in extra)
            return _empty_select(spec, nulls)
        columns = ", ".join(f't."{c}"' for c in [*spec.column_names, *extra])
        return (
            f"SELECT {columns} FROM read_parquet("
            f"{_sql_list(self._url(f) for f in files)}, hive_partitioning = true, "
            f"hive_types = {{'month': 'VARCHAR'}}) AS t"
            + (
                f" SEMI JOIN {catalog} AS c ON t.article_id = c.article_id AND t._batch = c.batch"
                if catalog
                else ""
            )
        )

    def superseded(self) -> bool:
        """Return True when some file of the snapshot holds rows of replaced or removed articles."""
        live = self._state.catalog["batch"].value_counts().to_dict()
        return any(live.get(b, 0) < e["written"] for b, e in self._state.batches.items())

    def files(self, table: str) -> list[str]:
        """Return the data files of ``table`` the current snapshot names (relative paths)."""
        return [
            f["path"]
            for entry in self._state.batches.values()
            for f in entry["files"]
            if f["table"] == table
        ]

    def all_files(self) -> list[str]:
        """Return every file the current snapshot names (relative paths)."""
        return sorted(_referenced(self._manifest(self._state)))

    def _query(self, con: duckdb.DuckDBPyConnection, sql: str, files: list[str]):
        try:
            return con.execute(sql)
        except duckdb.Error as err:
            raise self._diagnose(files, err) from err

    def _diagnose(self, files: Iterable[str], err: Exception) -> StoreError:
        """Name the first missing or damaged file among ``files`` (reading failed with ``err``)."""
        for relative in files:
            try:
                with self._fs.open(self._abs(relative), "rb") as handle:
                    pq.read_metadata(handle)
            except FileNotFoundError:
                return StoreError(
                    f"the store file {self._url(relative)} named by snapshot "
                    f"{self._state_name()} is missing"
                )
            except (OSError, pa.ArrowException) as bad:
                return StoreError(f"the store file {self._url(relative)} is damaged: {bad}")
        return StoreError(f"cannot read the store {self.path}: {err}")

    def remove(self, article_ids: Iterable[str]) -> None:
        """Delete every row of the given articles."""
        self._writable()
        old = self._state.catalog
        catalog = old[~old["article_id"].isin(set(article_ids))].reset_index(drop=True)
        self._commit(catalog=catalog, batches=_live_batches(self._state.batches, catalog))

    # ---- derived tables (replaced whole)

    def put_derived(self, tables: dict[str, pd.DataFrame]) -> None:
        """Replace each named derived table whole; all of them are published together."""
        self._writable()
        derived = dict(self._state.derived)
        for name, frame in tables.items():
            if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
                raise StoreError(f"a derived table needs a plain name, not {name!r}")
            relative = f"derived/{name}/{_new_name()}.parquet"
            self._write_table(relative, pa.Table.from_pandas(frame, preserve_index=False))
            derived[name] = relative
        from analysis.tables import DERIVED_TABLES

        reduced = {spec.name for spec in DERIVED_TABLES}
        if reduced & set(tables) and reduced <= set(derived):
            derived.update(self._write_layout(derived))
        self._commit(derived=derived)

    def _write_layout(self, derived: dict[str, str]) -> dict[str, str]:
        """Write the actor layout (``analysis.derived.layout_sql``) of the live rows and the
        derived tables ``derived`` names; return the new files by table name.

        Rows stream from DuckDB to Parquet a row group at a time, in the layout's order,
        so each row group's statistics cover a narrow range of actor ids.
        """
        from analysis.derived import LAYOUT_ROW_GROUP, layout_sql
        from analysis.relations import create_views

        con = duckdb.connect()
        try:
            if not self._local:
                con.register_filesystem(self._fs)
            con.register("live_catalog", self._state.catalog[["article_id", "batch"]])
            live = "live_catalog" if self.superseded() else None
            for spec in LOCAL_TABLES:
                columns = ", ".join(f'"{c}"' for c in spec.column_names)
                sql = self.table_sql(spec.name, catalog=live)
                con.execute(f"CREATE VIEW {spec.name} AS SELECT {columns} FROM ({sql})")
            for name, relative in derived.items():
                path = self.location_of(relative).replace("'", "''")
                con.execute(f"CREATE VIEW {name} AS SELECT * FROM read_parquet('{path}')")
            create_views(con)
            out = {}
            for name, sql in layout_sql().items():
                relative = f"derived/{name}/{_new_name()}.parquet"
                try:
                    rows = con.sql(sql).to_arrow_reader(LAYOUT_ROW_GROUP)
                except duckdb.Error as err:
                    raise self._diagnose(self.all_files(), err) from err
                self._write_batches(relative, rows, LAYOUT_ROW_GROUP)
                out[name] = relative
            return out
        finally:
            con.close()

    def derived(self, name: str) -> pd.DataFrame | None:
        """Return the derived table ``name`` (None when it was never written)."""
        relative = self._state.derived.get(name)
        return None if relative is None else self._read_parquet_file(relative)

    def derived_names(self) -> list[str]:
        """Return the names of the derived tables the snapshot holds."""
        return sorted(self._state.derived)

    # ---- the analyst's corrections

    def corrections(self) -> pd.DataFrame:
        """Return the stored corrections, oldest first (an empty table when there are none)."""
        if self._corrections_cache is None:
            relative = self._state.corrections_file
            if relative is None:
                frame = pd.DataFrame({c: pd.Series(dtype=str) for c in _CORRECTIONS})
            else:
                frame = self._read_parquet_file(relative)
            frame = frame.astype(str)[_CORRECTIONS]
            self._corrections_cache = frame.sort_values(
                ["made_at", "correction_id"], kind="stable"
            ).reset_index(drop=True)
        return self._corrections_cache.copy()

    def add_corrections(self, rows: pd.DataFrame) -> None:
        """Store correction rows (replacing any with the same ``correction_id``)."""
        if rows.empty:
            return
        self._writable()
        new = rows[_CORRECTIONS].astype(str)
        kept = self.corrections()
        kept = kept[~kept["correction_id"].isin(set(new["correction_id"]))]
        self._put_corrections(pd.concat([kept, new], ignore_index=True))

    def remove_correction(self, correction_id: str) -> None:
        """Delete one correction (undo it)."""
        self._writable()
        kept = self.corrections()
        self._put_corrections(kept[kept["correction_id"] != correction_id])

    def corrections_signature(self) -> str:
        """Return a value that changes whenever a correction is added or removed."""
        ids = "|".join(self.corrections()["correction_id"])
        return hashlib.sha256(ids.encode()).hexdigest()[:12]

    def _put_corrections(self, frame: pd.DataFrame) -> None:
        relative = f"corrections/{_new_name()}.parquet"
        table = pa.Table.from_pandas(frame.reset_index(drop=True), preserve_index=False)
        self._write_table(relative, table)
        self._commit(corrections_file=relative)
        self._corrections_cache = None

    # ---- publishing

    def publish(self) -> str | None:
        """Publish the current state as a new snapshot; return its manifest (None: read-only)."""
        if self.read_only:
            return None
        self._commit()
        return self._url(f"manifests/{self._state.name}.json")

    def compact(self) -> int:
        """Rewrite batches whose rows are mostly superseded, and merge small batches.

        Returns the number of batches rewritten (0: nothing to do). Readers of older
        snapshots keep their files until the grace period has passed.
        """
        self._writable()
        state = self._state
        live = state.catalog["batch"].value_counts().to_dict()
        stale = {b for b, e in state.batches.items() if 2 * live.get(b, 0) < e["written"]}
        small = {b for b in state.batches if live.get(b, 0) < SMALL_BATCH}
        chosen = stale | small if len(small) >= MERGE_SMALL_BATCHES else stale
        if not chosen:
            return 0
        batch = _new_name()
        catalog = state.catalog
        moving = catalog["batch"].isin(chosen)
        con = self._connection()
        con.register("live_catalog", catalog.loc[moving, ["article_id", "batch"]])
        files = []
        try:
            for spec in LOCAL_TABLES:
                by_month: dict[str, list[str]] = {}
                for b in sorted(chosen):
                    for f in state.batches[b]["files"]:
                        if f["table"] == spec.name:
                            by_month.setdefault(f["month"], []).append(f["path"])
                for month, paths in sorted(by_month.items()):
                    sql = self.table_sql(spec.name, paths, catalog="live_catalog", internal=True)
                    part = self._query(con, sql, paths).df()
                    if len(part):
                        order = part[["_origin", "_row"]]
                        part = conform(part, spec)[spec.column_names].assign(
                            _origin=order["_origin"].to_numpy(), _row=order["_row"].to_numpy()
                        )
                        month_of = np.full(len(part), month, dtype=object)
                        files.extend(self._write_rows(spec, batch, part, month_of))
        finally:
            con.unregister("live_catalog")
        catalog = catalog.copy()
        catalog.loc[moving, "batch"] = batch
        batches = {b: e for b, e in state.batches.items() if b not in chosen}
        if moving.any():
            batches[batch] = {"written": int(moving.sum()), "files": files}
        self._commit(catalog=catalog, batches=batches)
        return len(chosen)

    def close(self) -> None:
        """Compact, publish an empty snapshot for a new store, clean up old files; close."""
        try:
            if not self.read_only:
                self.compact()
                if self._state.name is None and self._read_pointer() is None:
                    self._commit()
                self._clean()
        finally:
            if self._con is not None:
                self._con.close()
                self._con = None

    def __enter__(self) -> DatasetStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- writing

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(f"the store {self.path} was opened read-only")

    def _write_table(self, relative: str, table: pa.Table) -> None:
        path = self._abs(relative)
        try:
            self._fs.makedirs(path.rsplit("/", 1)[0], exist_ok=True)
            with self._fs.open(path, "wb") as handle:
                pq.write_table(table, handle, compression="zstd")
        except (OSError, pa.ArrowException) as err:
            raise StoreError(f"cannot write {self._url(relative)}: {err}") from err

    def _write_batches(self, relative: str, rows: pa.RecordBatchReader, group: int) -> None:
        path = self._abs(relative)
        try:
            self._fs.makedirs(path.rsplit("/", 1)[0], exist_ok=True)
            with (
                self._fs.open(path, "wb") as handle,
                pq.ParquetWriter(handle, rows.schema, compression="zstd") as writer,
            ):
                for batch in rows:
                    writer.write_batch(batch, row_group_size=group)
        except (OSError, pa.ArrowException) as err:
            raise StoreError(f"cannot write {self._url(relative)}: {err}") from err

    def _write_rows(self, spec, batch: str, frame: pd.DataFrame, months: np.ndarray) -> list[dict]:
        """Write ``frame`` (with ``_origin`` and ``_row``) as one file per month of batch."""
        table = pa.Table.from_pandas(
            frame.assign(_batch=batch), schema=_schema(spec), preserve_index=False
        )
        order = np.argsort(months, kind="stable")
        months = months[order]
        starts = np.flatnonzero(np.r_[True, months[1:] != months[:-1]])
        ends = np.r_[starts[1:], len(months)]
        files = []
        for start, end in zip(starts, ends, strict=True):
            month = str(months[start])
            relative = f"data/{spec.name}/month={month}/{batch}.parquet"
            self._write_table(relative, table.take(order[start:end]))
            files.append(
                {"table": spec.name, "month": month, "path": relative, "rows": int(end - start)}
            )
        return files

    def _manifest(self, state: _State) -> dict:
        return {
            "format": 1,
            "schema": _schema_fingerprint(),
            "catalog": state.catalog_file,
            "batches": state.batches,
            "derived": state.derived,
            "corrections": state.corrections_file,
        }

    def _commit(self, **changes) -> None:
        """Publish the state with ``changes``: new files first, the pointer last."""
        state = replace(self._state, **changes)
        if "catalog" in changes or state.catalog_file is None:
            catalog_file = f"catalog/{_new_name()}.parquet"
            frame = state.catalog.reset_index(drop=True)
            self._write_table(catalog_file, pa.Table.from_pandas(frame, preserve_index=False))
            state = replace(state, catalog=frame, catalog_file=catalog_file)
        name = _new_name()
        manifest = json.dumps(self._manifest(state), separators=(",", ":")).encode("utf-8")
        published = self._read_pointer()
        if published != self._state.name:
            raise StoreBusy(
                f"the store {self.path} was published by another writer (snapshot "
                f"{published}) since this one opened it; nothing of this change was published"
            )
        try:
            self._fs.makedirs(self._abs("manifests"), exist_ok=True)
            self._fs.pipe_file(self._abs(f"manifests/{name}.json"), manifest)
            self._switch_pointer(name)
        except OSError as err:
            raise StoreError(f"cannot publish a snapshot of {self.path}: {err}") from err
        self._state = replace(state, name=name)
        self._published += 1
        if self._published % CLEAN_EVERY == 0:
            self._clean()

    def _switch_pointer(self, name: str) -> None:
        data = name.encode("utf-8")
        if self._local:
            temporary = Path(self._abs(f".{POINTER}.{os.getpid()}.tmp"))
            with open(temporary, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temporary, self._abs(POINTER))
        else:
            self._fs.pipe_file(self._abs(POINTER), data)

    # ---- clean-up

    def _age(self, path: str) -> float:
        try:
            modified = self._fs.modified(path)
        except (NotImplementedError, OSError, ValueError):
            return 0.0  # unknown: treat as young, never remove what may be in use
        if modified.tzinfo is None:
            return time.time() - modified.timestamp()
        return time.time() - modified.timestamp()

    def _clean(self) -> None:
        """Remove snapshots and files no kept snapshot names, once older than the grace period."""
        try:
            manifests = sorted(
                p
                for p in self._fs.find(self._abs("manifests"))
                if p.endswith(".json") and "/." not in p
            )
        except FileNotFoundError:
            manifests = []
        current = self._abs(f"manifests/{self._state.name}.json") if self._state.name else None
        recent = set(manifests[-KEPT:])
        kept = []
        for path in manifests:
            if path == current or path in recent or self._age(path) < self._grace:
                kept.append(path)
            else:
                self._fs.rm_file(path)
        referenced = set()
        for path in kept:
            try:
                referenced |= _referenced(json.loads(self._fs.cat_file(path)))
            except (OSError, ValueError, KeyError, TypeError):
                continue  # a damaged old manifest names nothing worth keeping
        referenced |= _referenced(self._manifest(self._state))
        for folder in ("data", "catalog", "derived", "corrections"):
            try:
                found = self._fs.find(self._abs(folder))
            except FileNotFoundError:
                continue
            for path in found:
                relative = path[len(self._root) :].lstrip("/")
                if relative not in referenced and self._age(path) >= self._grace:
                    self._fs.rm_file(path)
        if self._local:
            for stale in Path(self._root).glob(f".{POINTER}.*.tmp"):
                if time.time() - stale.stat().st_mtime >= self._grace:
                    stale.unlink(missing_ok=True)


class _Vanished(StoreError):
    """The manifest the pointer named is gone (a publish raced the read)."""


def _live_batches(batches: dict, catalog: pd.DataFrame) -> dict:
    """Return ``batches`` without those no article of ``catalog`` lives in any more."""
    live = set(catalog["batch"])
    return {b: e for b, e in batches.items() if b in live}


def _referenced(manifest: dict) -> set[str]:
    names = {f["path"] for entry in manifest["batches"].values() for f in entry["files"]}
    names |= set(manifest["derived"].values())
    names |= {manifest["catalog"], manifest["corrections"]} - {None}
    return names


_SCANNED = re.compile(r"Scanning Files:\s*(\d+)\s*/\s*(\d+)")
_READ = re.compile(r"Total Files Read:\s*(\d+)")


def files_scanned(con: duckdb.DuckDBPyConnection, sql: str) -> tuple[int, int]:
    """Run ``sql`` under EXPLAIN ANALYZE; return (Parquet files read, files listed).

    Shows whether a filter on the ``month`` partition pruned files. DuckDB reports the
    files a filter kept as "Scanning Files: kept/listed"; an unfiltered scan lists none.
    """
    plan = "\n".join(str(row[-1]) for row in con.execute(f"EXPLAIN ANALYZE {sql}").fetchall())
    read = sum(int(n) for n in _READ.findall(plan))
    pruned = _SCANNED.findall(plan)
    listed = sum(int(b) for _, b in pruned) + read - sum(int(a) for a, _ in pruned)
    return read, listed
