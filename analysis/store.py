"""The store: an embedded DuckDB file holding every processed article's rows.

It keeps the per-article rows (before actors are made canonical across articles) and a
``processed`` table saying which pipeline version built each article. Each batch of
articles is written in one transaction together with its ``processed`` marks, so a build
killed half way leaves only whole articles behind and the next build completes the rest
with no duplicate rows.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from pathlib import Path

import duckdb
import pandas as pd
from platformdirs import user_data_dir

from analysis.tables import LOCAL_TABLES, conform, empty_frame

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


class Store:
    """Per-article rows in DuckDB, keyed by article_id and pipeline version."""

    def __init__(self, path: str | Path | None = None, *, read_only: bool = False) -> None:
        """Open (creating when needed) the store at ``path``; ``":memory:"`` keeps it in memory."""
        if path is None:
            path = default_store_path()
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self.read_only = read_only and Path(self.path).exists()
        self._con = duckdb.connect(self.path, read_only=self.read_only)
        if not self.read_only:
            self._ensure_schema()
            self._ensure_corrections()

    def close(self) -> None:
        """Close the database file."""
        self._con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _ensure_schema(self) -> None:
        con = self._con
        con.execute("CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
        row = con.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
        fingerprint = _schema_fingerprint()
        if row and row[0] == fingerprint:
            return
        # The row layout changed: old rows cannot be read back, so start again.
        con.execute("BEGIN")
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
        ).fetchone()
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
        except BaseException:
            con.execute("ROLLBACK")
            raise

    def local_tables(self, article_ids: Iterable[str] | None = None) -> dict[str, pd.DataFrame]:
        """Return the stored per-article tables, for ``article_ids`` or every article."""
        con = self._con
        out = {}
        if article_ids is not None:
            con.register("wanted_ids", pd.DataFrame({"article_id": list(article_ids)}, dtype=str))
        for spec in LOCAL_TABLES:
            sql = f"SELECT * FROM {spec.name}"
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

    def remove_correction(self, correction_id: str) -> None:
        """Delete one correction (undo it)."""
        self._con.execute("DELETE FROM corrections WHERE correction_id = ?", [correction_id])

    def corrections_signature(self) -> str:
        """Return a value that changes whenever a correction is added or removed."""
        ids = "|".join(self.corrections()["correction_id"])
        return hashlib.sha256(ids.encode()).hexdigest()[:12]
