"""Immutable snapshots of the store behind an atomically switched pointer.

One process writes the store (a build); any number read it (dashboard server
processes). Readers never open the file being written: after a write the writer copies
its consistent state into a new snapshot, ``<store>.snapshots/<name>``, and then
replaces the pointer file ``<store>.snapshots/CURRENT`` (written to a temporary name,
flushed, renamed: readers see the old name or the new one, never half of one). Readers
open the snapshot the pointer names, read-only; a reader that loses a race with the
clean-up of an old snapshot reads the pointer again.

A snapshot is whatever ``make`` writes at the path it is given: today a copy of the
DuckDB file; a partitioned store would write a folder of Parquet files there, and the
pointer, the readers and the clean-up stay the same.
"""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Callable
from pathlib import Path

POINTER = "CURRENT"
KEPT = 3


def folder(store: str | Path) -> Path:
    """Return the folder holding ``store``'s snapshots and pointer."""
    return Path(f"{store}.snapshots")


def current(store: str | Path) -> Path | None:
    """Return the snapshot the pointer names, or None when none was published yet."""
    pointer = folder(store) / POINTER
    try:
        name = pointer.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    return folder(store) / name if name else None


def version(store: str | Path) -> str:
    """Return the name of the current snapshot ('' when none): it changes with every publish."""
    snapshot = current(store)
    return snapshot.name if snapshot else ""


def _fsync_dir(path: Path) -> None:
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def publish(store: str | Path, make: Callable[[Path], None], *, suffix: str = "") -> Path:
    """Write a new snapshot with ``make(path)`` and switch the pointer to it; return it.

    The snapshot is made under a temporary name and renamed when complete, so a kill at
    any point leaves the previous snapshot current. Older snapshots beyond the last
    ``KEPT`` are removed (a reader holding one open keeps reading it).
    """
    base = folder(store)
    base.mkdir(parents=True, exist_ok=True)
    name = f"{time.time_ns():020d}-{os.getpid()}{suffix}"
    partial = base / f".{name}.partial"
    try:
        make(partial)
        os.replace(partial, base / name)
        pointer_tmp = base / f".{POINTER}.{os.getpid()}.tmp"
        with open(pointer_tmp, "w", encoding="utf-8") as handle:
            handle.write(name)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(pointer_tmp, base / POINTER)
        _fsync_dir(base)
    except BaseException:
        _remove(partial)
        raise
    _clean(base, keep=name)
    return base / name


def _remove(path: Path) -> None:
    if path.is_dir():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


def _clean(base: Path, *, keep: str) -> None:
    snapshots = sorted(p for p in base.iterdir() if not p.name.startswith((".", POINTER)))
    for old in snapshots[:-KEPT]:
        if old.name != keep:
            _remove(old)
    for stale in base.glob(".*.partial"):
        # A partial snapshot of a killed writer; a live writer's is younger than a minute.
        if time.time() - stale.stat().st_mtime > 60:
            _remove(stale)
