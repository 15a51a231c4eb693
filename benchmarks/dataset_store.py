"""The partitioned Parquet store against the DuckDB store file, on the same stored rows.

usage: python benchmarks/dataset_store.py [--articles 50000] [--batch 32] [--repeat 3]

The seed corpus is processed once (the spaCy model is needed for that); its stored
per-article rows are replicated under new ids, each copy a week later
(``dashboard_speed.replicate``), to ``--articles`` articles. Both stores then get the
same rows, ``--batch`` articles per ``add`` as a build stores them, and each figure is
printed as the Parquet store's ratio to the DuckDB store's, measured in this one run:

- write: every batch added, then ``close`` (the DuckDB store publishes its snapshot copy;
  the Parquet store publishes a snapshot per batch and compacts its small batches);
- read: a reader opens the published snapshot and reads every per-article table
  (``local_tables``, what ``load_store`` reads);
- query: one month's mentions counted through ``read_connection`` (the DuckDB store joins
  on the article date; the Parquet store filters on its ``month`` partition), with the
  number of Parquet files the month filter leaves to read, out of those the table has;
- size of the published snapshot, and of everything on disk (the DuckDB file and its
  snapshot copies; the Parquet files of the kept snapshots and those awaiting clean-up).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import pandas as pd  # noqa: E402
from dashboard_speed import replicate, seed_local_tables  # noqa: E402

from analysis.dataset import DatasetStore, files_scanned  # noqa: E402
from analysis.store import Store  # noqa: E402
from analysis.stores import read_connection  # noqa: E402

Local = dict[str, pd.DataFrame]


def batches(local: Local, size: int, *, by_date: bool = True) -> list[Local]:
    """Split stored rows into batches of ``size`` articles, by date (as from a feed) or as given."""
    articles = local["articles"]
    if by_date:
        articles = articles.sort_values(["date", "article_id"], kind="stable")
    ids = articles["article_id"].tolist()
    groups = {aid: i // size for i, aid in enumerate(ids)}
    keyed = {name: frame.groupby(frame["article_id"].map(groups)) for name, frame in local.items()}
    out = []
    for g in range(-(-len(ids) // size)):
        out.append(
            {
                name: grouped.get_group(g) if g in grouped.groups else local[name].iloc[:0]
                for name, grouped in keyed.items()
            }
        )
    return out


def write(store_factory, parts: list[Local]) -> float:
    started = time.perf_counter()
    store = store_factory()
    for part in parts:
        store.add(part, "benchmark")
    store.close()
    return time.perf_counter() - started


def timed(action, repeat: int) -> float:
    values = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        values.append(time.perf_counter() - started)
    return statistics.median(values)


def read_all(opener) -> None:
    with opener() as store:
        store.local_tables()


def disk_mb(*paths: Path) -> float:
    total = 0
    for path in paths:
        if path.is_file():
            total += path.stat().st_size
        elif path.is_dir():
            total += sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    return total / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=50_000)
    parser.add_argument("--batch", type=int, default=32, help="articles per add (build: 32)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--copy-order",
        action="store_true",
        help="batch the articles copy after copy (each batch spans every month of the seeds) "
        "instead of by date, as a feed delivers them",
    )
    args = parser.parse_args()

    seed = seed_local_tables()
    local = replicate(seed, args.articles)
    parts = batches(local, args.batch, by_date=not args.copy_order)
    n = len(local["articles"])
    rows = sum(len(f) for f in local.values())
    months = local["articles"]["date"].str[:7]
    month = months.value_counts().index[0]  # the fullest month
    order = "copy after copy" if args.copy_order else "by date"
    print(f"{n} articles, {rows} stored rows, {len(parts)} batches of {args.batch} ({order})")

    with tempfile.TemporaryDirectory(dir="/tmp") as tmp:
        duck_path, dataset_path = Path(tmp) / "store.duckdb", Path(tmp) / "dataset"
        results = {}
        results["write"] = (
            write(lambda: Store(duck_path), parts),
            write(lambda: DatasetStore(dataset_path), parts),
        )
        results["read"] = (
            timed(lambda: read_all(lambda: Store.reader(duck_path)), args.repeat),
            timed(lambda: read_all(lambda: DatasetStore.reader(dataset_path)), args.repeat),
        )
        duck_con, dataset_con = read_connection(duck_path), read_connection(dataset_path)
        duck_sql = (
            "SELECT count(*) FROM local_mentions m JOIN articles a USING (article_id) "
            f"WHERE a.date LIKE '{month}%'"
        )
        dataset_sql = f"SELECT count(*) FROM local_mentions_by_month WHERE month = '{month}'"
        counts = (
            duck_con.execute(duck_sql).fetchone(),
            dataset_con.execute(dataset_sql).fetchone(),
        )
        assert counts[0] == counts[1], counts
        results["query one month"] = (
            timed(lambda: duck_con.execute(duck_sql).fetchall(), args.repeat),
            timed(lambda: dataset_con.execute(dataset_sql).fetchall(), args.repeat),
        )
        read, listed = files_scanned(dataset_con, dataset_sql)
        with DatasetStore.reader(dataset_path) as reader:
            named = [dataset_path / f for f in reader.all_files()]
        on_disk = sum(1 for p in dataset_path.rglob("*") if p.is_file())
        with Store.reader(duck_path) as reader:
            duck_snapshot = Path(reader.path)
        sizes = (disk_mb(duck_snapshot), disk_mb(*named))
        totals = (disk_mb(duck_path, Path(f"{duck_path}.snapshots")), disk_mb(dataset_path))

    print(f"\n{'':<18}{'DuckDB file':>12}{'Parquet':>12}{'ratio':>8}")
    for name, (duck, dataset) in results.items():
        print(f"{name:<18}{duck:>11.2f}s{dataset:>11.2f}s{dataset / duck:>8.2f}")
    for name, (duck, dataset) in (("snapshot size", sizes), ("all on disk", totals)):
        print(f"{name:<18}{duck:>10.1f}MB{dataset:>10.1f}MB{dataset / duck:>8.2f}")
    print(
        f"\nmonth {month}: {counts[1][0]} mentions; the month filter read {read} of {listed} "
        f"mentions files ({read / listed:.3f}); the snapshot names {len(named)} files, "
        f"{on_disk} on disk (old snapshots kept for readers)"
    )


if __name__ == "__main__":
    main()
