"""The partitioned Parquet store: same tables as the DuckDB store, snapshots, resumption."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import fsspec
import pandas as pd
import pytest

from analysis import build as build_module
from analysis.articles import read_articles
from analysis.build import build, load_store, update_store
from analysis.cli import EXIT_OK, main
from analysis.dataset import DatasetStore, files_scanned
from analysis.snapshot import KEPT
from analysis.store import STORE_ENV, Store, StoreBusy, StoreError
from analysis.stores import open_store, read_connection
from analysis.tables import ARTICLES, LOCAL_MENTIONS, LOCAL_TABLES, frame_from_rows

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def _rows(article_id: str, n_mentions: int, date: str = "") -> dict[str, pd.DataFrame]:
    return {
        ARTICLES.name: frame_from_rows(
            [{"article_id": article_id, "date": date, "text": f"Text of {article_id}."}],
            ARTICLES,
        ),
        LOCAL_MENTIONS.name: frame_from_rows(
            [
                {"article_id": article_id, "actor_key": f"k{i}", "text": "X", "start_char": i}
                for i in range(n_mentions)
            ],
            LOCAL_MENTIONS,
        ),
    }


def _sorted(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.sort_values(list(frame.columns)).reset_index(drop=True)


def _assert_same_local(a: dict[str, pd.DataFrame], b: dict[str, pd.DataFrame]) -> None:
    for spec in LOCAL_TABLES:
        pd.testing.assert_frame_equal(_sorted(a[spec.name]), _sorted(b[spec.name]))


def _no_duplicates(store) -> None:
    local = store.local_tables()
    ids = local[ARTICLES.name]["article_id"]
    assert ids.is_unique
    assert sorted(ids) == sorted(store.article_ids())
    for spec in LOCAL_TABLES:
        frame = local[spec.name]
        assert not frame.duplicated().any(), spec.name


@pytest.fixture(scope="module")
def seed_articles():
    return read_articles([SEEDS]).articles


@pytest.fixture(scope="module")
def seed_dataset(tmp_path_factory, seed_articles):
    """The seeds built into a dataset store in two runs (the second adds the last three)."""
    where = tmp_path_factory.mktemp("dataset") / "store"
    with DatasetStore(where) as store:
        first = build(seed_articles[:-3], store=store)
    with DatasetStore(where) as store:
        second = build(seed_articles, store=store)
    return where, first, second


def test_the_seeds_give_the_same_six_tables_in_a_duckdb_and_a_dataset_store(
    seed_dataset, seed_build, seed_articles
):
    where, first, second = seed_dataset
    assert (first.processed, first.reused) == (len(seed_articles) - 3, 0)
    # The incremental run processed only the new articles.
    assert (second.processed, second.reused) == (3, len(seed_articles) - 3)
    for name, frame in seed_build.corpus.tables().items():
        pd.testing.assert_frame_equal(second.corpus.tables()[name], frame, check_dtype=False)
    # A reader of the published snapshot assembles the same tables through load_store.
    with DatasetStore.reader(where) as reader:
        loaded = load_store(reader)
    for name, frame in seed_build.corpus.tables().items():
        pd.testing.assert_frame_equal(loaded.tables()[name], frame, check_dtype=False)


def test_read_connection_shows_the_same_rows_for_both_kinds_of_store(seed_dataset, tmp_path):
    where, _, _ = seed_dataset
    with DatasetStore.reader(where) as reader:
        local = reader.local_tables()
    with Store(tmp_path / "s.duckdb") as duck:
        duck.add(local, "v1")
    # The build stored the canonical actors of the dataset; the DuckDB store computes them
    # for rows added by hand when it closes, so both map every local actor.
    mapped = {where: len(local["local_actors"]), tmp_path / "s.duckdb": len(local["local_actors"])}
    for location in (where, tmp_path / "s.duckdb"):
        con = read_connection(location)
        for spec in LOCAL_TABLES:
            rows = con.execute(f"SELECT * FROM {spec.name}").df()
            assert len(rows) == len(local[spec.name]), (location, spec.name)
            assert list(rows.columns) == spec.column_names
        assert con.execute("SELECT count(*) FROM actor_map").fetchone() == (mapped[location],)
        con.close()


def test_reprocessing_at_a_new_version_replaces_rows_without_duplicates(tmp_path):
    with DatasetStore(tmp_path / "d", grace_seconds=0) as store:
        pair = [_rows(f"a{i}", 3, "2008-03-02") for i in range(2)]
        store.add({name: pd.concat([rows[name] for rows in pair]) for name in pair[0]}, "v1")
        for i in range(2, 4):
            store.add(_rows(f"a{i}", 3, "2008-03-02"), "v1")
        store.add(_rows("a1", 1, "2009-01-10"), "v2")  # moves to another month, fewer rows
        assert store.superseded()  # the pair's file still holds a1's old rows
        assert store.current_ids("v1") == {"a0", "a2", "a3"}
        assert store.current_ids("v2") == {"a1"}
        mentions = store.local_tables()[LOCAL_MENTIONS.name]
        assert mentions.groupby("article_id").size().to_dict() == {
            "a0": 3,
            "a1": 1,
            "a2": 3,
            "a3": 3,
        }
        _no_duplicates(store)
    with DatasetStore.reader(tmp_path / "d") as reader:
        assert len(reader.local_tables()[LOCAL_MENTIONS.name]) == 10
        assert reader.superseded()
    con = read_connection(tmp_path / "d")
    assert con.execute("SELECT count(*) FROM local_mentions").fetchone() == (10,)
    assert con.execute("SELECT count(*) FROM articles").fetchone() == (4,)


def test_a_mostly_superseded_batch_is_compacted_on_close(tmp_path):
    where = tmp_path / "d"
    four = [_rows(f"a{i}", 2, "2008-05-01") for i in range(4)]
    with DatasetStore(where, grace_seconds=0) as store:
        store.add({name: pd.concat([rows[name] for rows in four]) for name in four[0]}, "v1")
        first = next(iter(store._state.batches))
        for i in range(3):
            store.add(_rows(f"a{i}", 1, "2008-05-01"), "v2")
        before = store.local_tables()
    with DatasetStore(where, read_only=True) as store:
        # The first batch kept one live article of four: rewritten without the others.
        assert first not in store._state.batches
        assert len(store._state.batches) == 4
        live = store._state.catalog["batch"].value_counts().to_dict()
        assert {b: e["written"] for b, e in store._state.batches.items()} == live
        _assert_same_local(store.local_tables(), before)
        named = set(store.files(ARTICLES.name))
    on_disk = {str(p.relative_to(where)) for p in (where / "data" / "articles").rglob("*.parquet")}
    assert named < on_disk  # the last snapshots still name the first batch's file
    with DatasetStore(where, grace_seconds=0) as store:
        for _ in range(KEPT):
            store.publish()
    on_disk = {str(p.relative_to(where)) for p in (where / "data" / "articles").rglob("*.parquet")}
    assert named == on_disk
    assert first not in " ".join(on_disk)


def test_an_exception_inside_add_leaves_whole_batches_and_the_rerun_completes(
    tmp_path, monkeypatch, seed_articles, seed_dataset
):
    articles = seed_articles[:7]
    where = tmp_path / "d"
    monkeypatch.setattr(build_module, "STORE_BATCH", 2)
    real = DatasetStore._write_table
    batches: list[str] = []

    def failing(self, relative, table):
        batch = Path(relative).stem
        if relative.startswith("data/") and batch not in batches:
            batches.append(batch)
        # The third batch fails half way: after its articles, before its themes.
        if len(batches) == 3 and relative.startswith("data/themes/"):
            raise OSError("the disk went away")
        return real(self, relative, table)

    monkeypatch.setattr(DatasetStore, "_write_table", failing)
    store = DatasetStore(where)
    with pytest.raises(OSError, match="the disk went away"):
        update_store(articles, store)
    # Two whole batches were published; the third's files are named by no snapshot.
    with DatasetStore.reader(where) as reader:
        assert len(reader.article_ids()) == 4
        _no_duplicates(reader)
    store.close()
    monkeypatch.setattr(DatasetStore, "_write_table", real)
    with DatasetStore(where) as store:
        update = update_store(articles, store)
        assert (update.processed, update.reused) == (3, 4)
        _no_duplicates(store)
        resumed = store.local_tables()
    with DatasetStore.reader(seed_dataset[0]) as whole:
        expected = whole.local_tables([a.article_id for a in articles])
    _assert_same_local(resumed, expected)


_SMALL_BATCHES = """
import sys
import analysis.build
analysis.build.STORE_BATCH = 2
from analysis.cli import main
sys.exit(main(sys.argv[1:]))
"""


def _published_batches(where: Path) -> int:
    try:
        name = (where / "CURRENT").read_text().strip()
        manifest = json.loads((where / "manifests" / f"{name}.json").read_text())
    except (FileNotFoundError, ValueError):
        return 0
    return len(manifest["batches"])


@pytest.mark.timeout(600)
def test_a_build_killed_with_sigkill_resumes_with_no_loss_and_no_duplicates(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    for path in sorted(SEEDS.glob("*.txt"))[:8]:
        shutil.copy(path, inputs / path.name)
    where, out = tmp_path / "d", tmp_path / "out"
    argv = ["build", str(inputs), "--out", str(out), "--store", str(where), "--quiet"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(
        [sys.executable, "-c", _SMALL_BATCHES, *argv],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 300
    while _published_batches(where) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait()
    with DatasetStore.reader(where) as reader:
        kept = reader.article_ids()
        assert 4 <= len(kept) < 8  # whole batches of two only
        assert len(kept) % 2 == 0
        _no_duplicates(reader)
    done = subprocess.run(
        [sys.executable, "-m", "analysis", *argv[:-1]],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert done.returncode == EXIT_OK, done.stderr
    assert f"{8 - len(kept)} processed, {len(kept)} already in the store" in done.stderr
    with DatasetStore.reader(where) as reader:
        assert len(reader.article_ids()) == 8
        _no_duplicates(reader)
        stored = reader.local_tables()
    written = pd.read_csv(out / "mentions.csv", dtype=str, keep_default_na=False)
    assert len(written) == len(stored[LOCAL_MENTIONS.name])
    # Files the killed build wrote but never published are cleaned by the next writer.
    with DatasetStore(where, grace_seconds=0):
        pass
    named = set()
    for manifest in (where / "manifests").glob("*.json"):
        entry = json.loads(manifest.read_text())
        named |= {f["path"] for b in entry["batches"].values() for f in b["files"]}
        named.add(entry["catalog"])
    on_disk = {
        str(p.relative_to(where))
        for folder in ("data", "catalog")
        for p in (where / folder).rglob("*.parquet")
    }
    assert on_disk <= named
    assert len(list((where / "manifests").glob("*.json"))) <= 3


def test_a_reader_keeps_its_snapshot_while_a_writer_publishes(tmp_path):
    where = tmp_path / "d"
    with DatasetStore(where) as store:
        store.add(_rows("a0", 2), "v1")
    reader = DatasetStore.reader(where)
    before = reader.signature()
    with DatasetStore(where) as writer:
        writer.add(_rows("a1", 2), "v1")
        writer.add(_rows("a0", 5), "v2")  # supersedes the file the reader reads
        writer.remove(["a1"])
        assert len(reader.local_tables()[LOCAL_MENTIONS.name]) == 2
        assert reader.current_ids("v1") == {"a0"}
    assert reader.signature() == before
    assert len(reader.local_tables()[LOCAL_MENTIONS.name]) == 2  # after the writer closed too
    reader.close()
    with DatasetStore.reader(where) as fresh:
        assert fresh.signature() != before
        assert fresh.current_ids("v2") == {"a0"}
        assert len(fresh.local_tables()[LOCAL_MENTIONS.name]) == 5


def test_a_second_writer_does_not_overwrite_the_first(tmp_path):
    where = tmp_path / "d"
    first = DatasetStore(where)
    second = DatasetStore(where)
    first.add(_rows("a0", 1), "v1")
    with pytest.raises(StoreBusy, match="another writer"):
        second.add(_rows("a1", 1), "v1")
    first.close()
    second.close()
    with DatasetStore.reader(where) as reader:
        assert reader.article_ids() == ["a0"]


def test_memory_urls_work_end_to_end(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    for path in sorted(SEEDS.glob("*.txt"))[:2]:
        shutil.copy(path, inputs / path.name)
    where = f"memory://ct-{uuid.uuid4().hex}/store"
    out = tmp_path / "out"
    assert main(["build", str(inputs), "--out", str(out), "--store", where, "--quiet"]) == EXIT_OK
    fs, root = fsspec.core.url_to_fs(where)
    assert fs.exists(f"{root}/CURRENT")
    store = open_store(where, read_only=True)
    assert isinstance(store, DatasetStore)
    assert len(store.article_ids()) == 2
    con = read_connection(where)
    for name in ("articles", "mentions", "quotes"):
        written = pd.read_csv(out / f"{name}.csv", dtype=str, keep_default_na=False)
        table = "articles" if name == "articles" else f"local_{name}"
        assert con.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == len(written)
    # A second build of the same input reuses every article.
    assert main(["build", str(inputs), "--out", str(out), "--store", where]) == EXIT_OK
    with open_store(where) as again:
        assert len(again.article_ids()) == 2
        _no_duplicates(again)
    fs.rm(root, recursive=True)


def test_the_store_kind_follows_the_location(tmp_path):
    with open_store(tmp_path / "a.duckdb") as duck:
        assert isinstance(duck, Store)
    with open_store(tmp_path / "folder") as folder:
        assert isinstance(folder, DatasetStore)
    with open_store(f"file://{tmp_path}/url") as url:
        assert isinstance(url, DatasetStore)
        url.add(_rows("a0", 1), "v1")
    assert (tmp_path / "url" / "CURRENT").exists()


def test_a_damaged_or_missing_file_is_named(tmp_path):
    where = tmp_path / "d"
    with DatasetStore(where) as store:
        store.add(_rows("a0", 2, "2008-01-01"), "v1")
        store.add(_rows("a1", 2, "2008-02-01"), "v1")
    reader = DatasetStore.reader(where)
    victim = reader.files(LOCAL_MENTIONS.name)[0]
    (where / victim).write_bytes(b"not parquet at all")
    with pytest.raises(StoreError, match=Path(victim).name):
        reader.local_tables()
    (where / victim).unlink()
    with pytest.raises(StoreError, match=f"{Path(victim).name}.*missing"):
        reader.local_tables()
    reader.close()
    name = (where / "CURRENT").read_text().strip()
    manifest = where / "manifests" / f"{name}.json"
    manifest.write_text("{ half a manif")
    with pytest.raises(StoreError, match=f"{name}.json.*damaged"):
        DatasetStore.reader(where)
    manifest.unlink()
    with pytest.raises(StoreError, match=f"{name}.json.*missing"):
        DatasetStore.reader(where, attempts=1)


def test_a_month_filter_prunes_partitions(tmp_path):
    where = tmp_path / "d"
    months = ["2008-01", "2008-02", "2008-03", "2009-07"]
    with DatasetStore(where) as store:
        for i, month in enumerate(months):
            store.add(_rows(f"a{i}", 3, f"{month}-15"), "v1")
        store.add(_rows("undated", 2), "v1")
    con = read_connection(where)
    sql = "SELECT count(*) FROM local_mentions_by_month WHERE month = '2008-02'"
    assert con.execute(sql).fetchone() == (3,)
    assert files_scanned(con, sql) == (1, 5)
    unknown = "SELECT count(*) FROM local_mentions_by_month WHERE month = 'unknown'"
    assert con.execute(unknown).fetchone() == (2,)
    assert files_scanned(con, "SELECT count(*) FROM local_mentions") == (5, 5)


def test_the_help_names_both_kinds_of_store(capsys):
    assert main(["build", "--help"]) == 0
    text = " ".join(capsys.readouterr().out.split())
    assert ".duckdb" in text and "s3://" in text and "Parquet" in text


def test_the_store_variable_may_hold_a_url(monkeypatch, tmp_path):
    where = f"memory://ct-{uuid.uuid4().hex}/store"
    monkeypatch.setenv(STORE_ENV, where)
    with open_store() as store:
        assert isinstance(store, DatasetStore)
        assert store.path == where
        store.add(_rows("a0", 1), "v1")
    assert read_connection().execute("SELECT count(*) FROM local_mentions").fetchone() == (1,)
    monkeypatch.setenv(STORE_ENV, str(tmp_path / "store.duckdb"))
    with open_store() as store:
        assert isinstance(store, Store)


def test_a_long_build_keeps_only_the_last_catalogs(tmp_path, monkeypatch):
    monkeypatch.setattr("analysis.dataset.CLEAN_EVERY", 4)
    where = tmp_path / "d"
    store = DatasetStore(where, grace_seconds=0)
    for i in range(20):
        store.add(_rows(f"a{i}", 1), "v1")
    # Snapshots past the last few are gone before the writer closes.
    assert len(list((where / "catalog").glob("*.parquet"))) <= KEPT + 4
    assert len(list((where / "manifests").glob("*.json"))) <= KEPT + 4
    store.close()
    with DatasetStore.reader(where) as reader:
        assert len(reader.article_ids()) == 20
