"""The Corpus value: the six tables together, written to and read from CSV or Parquet.

Written tables are safe and whole: text cells that a spreadsheet would run as formulas
are neutralised exactly as the dashboard's downloads do (``analysis.export.neutralise``),
and each table is written under a temporary name in the same folder, flushed to disk
and renamed over the final name, so a killed build leaves either the previous complete
table or the new complete one, never a truncated file.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Literal

import pandas as pd

from analysis.export import neutralise
from analysis.tables import (
    ACTORS,
    ARTICLES,
    COMMITMENTS,
    MENTIONS,
    QUOTES,
    SPECS,
    THEMES,
    conform,
    empty_frame,
)

Format = Literal["csv", "parquet"]


@dataclass(frozen=True)
class Corpus:
    """The six tables of one set of articles."""

    articles: pd.DataFrame = field(default_factory=lambda: empty_frame(ARTICLES))
    actors: pd.DataFrame = field(default_factory=lambda: empty_frame(ACTORS))
    mentions: pd.DataFrame = field(default_factory=lambda: empty_frame(MENTIONS))
    themes: pd.DataFrame = field(default_factory=lambda: empty_frame(THEMES))
    commitments: pd.DataFrame = field(default_factory=lambda: empty_frame(COMMITMENTS))
    quotes: pd.DataFrame = field(default_factory=lambda: empty_frame(QUOTES))

    def tables(self) -> dict[str, pd.DataFrame]:
        """Return the tables by contract name, in contract order."""
        return {f.name: getattr(self, f.name) for f in fields(self)}

    def conformed(self) -> Corpus:
        """Return a copy whose tables all follow their specs."""
        return Corpus(**{name: conform(df, SPECS[name]) for name, df in self.tables().items()})

    def write(self, out_dir: str | Path, *, fmt: Format = "csv") -> list[Path]:
        """Write each table to ``out_dir/<table>.<fmt>``; return the paths written.

        CSV is UTF-8 (no BOM: the dashboard's downloads add one for spreadsheets). Formula-
        like text cells get a leading ``'``; each file appears whole or not at all.
        Raises OSError (a full disk, a folder that cannot be written) with no partial
        table left behind.
        """
        if fmt not in ("csv", "parquet"):
            raise ValueError(f"unknown format {fmt!r}: use 'csv' or 'parquet'")
        out = Path(out_dir)
        out.mkdir(parents=True, exist_ok=True)
        written = []
        for name, frame in self.conformed().tables().items():
            path = out / f"{name}.{fmt}"
            write_atomically(neutralise(frame), path, fmt=fmt)
            written.append(path)
        return written

    @classmethod
    def read(cls, in_dir: str | Path, *, fmt: Format = "csv") -> Corpus:
        """Read the tables that ``write`` wrote; a missing table reads as empty."""
        src = Path(in_dir)
        tables = {}
        for name, spec in SPECS.items():
            path = src / f"{name}.{fmt}"
            if not path.exists():
                tables[name] = empty_frame(spec)
            elif fmt == "csv":
                frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
                tables[name] = conform(frame, spec)
            else:
                tables[name] = conform(pd.read_parquet(path), spec)
        return cls(**tables)

    def counts(self) -> dict[str, int]:
        """Return the number of rows of each table."""
        return {name: len(df) for name, df in self.tables().items()}


def write_atomically(frame: pd.DataFrame, path: Path, *, fmt: Format) -> None:
    """Write ``frame`` to ``path`` through a temporary file renamed over it when complete."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(temporary, "wb") as handle:
            if fmt == "csv":
                frame.to_csv(handle, index=False, encoding="utf-8")
            else:
                frame.to_parquet(handle, index=False)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
