"""The DuckDB store: versions, replacement of an article's rows, removal."""

from __future__ import annotations

import pandas as pd

from analysis.store import STORE_ENV, Store, default_store_path
from analysis.tables import ARTICLES, LOCAL_MENTIONS, frame_from_rows


def tables_for(article_id: str, n_mentions: int) -> dict[str, pd.DataFrame]:
    return {
        ARTICLES.name: frame_from_rows(
            [{"article_id": article_id, "text": "Some text."}], ARTICLES
        ),
        LOCAL_MENTIONS.name: frame_from_rows(
            [
                {
                    "article_id": article_id,
                    "actor_key": f"k{i}",
                    "text": "X",
                    "start_char": i,
                    "end_char": i + 1,
                }
                for i in range(n_mentions)
            ],
            LOCAL_MENTIONS,
        ),
    }


def test_rows_are_kept_per_version(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        store.add(tables_for("a1", 2), "v1")
        assert store.current_ids("v1") == {"a1"}
        assert store.current_ids("v2") == set()


def test_adding_an_article_again_replaces_its_rows(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        store.add(tables_for("a1", 3), "v1")
        store.add(tables_for("a1", 1), "v2")
        local = store.local_tables()
    assert len(local[LOCAL_MENTIONS.name]) == 1
    assert local[ARTICLES.name]["article_id"].tolist() == ["a1"]


def test_rows_survive_reopening_and_can_be_removed(tmp_path):
    path = tmp_path / "s.duckdb"
    with Store(path) as store:
        store.add(tables_for("a1", 1), "v1")
        store.add(tables_for("a2", 2), "v1")
    with Store(path) as store:
        assert set(store.article_ids()) == {"a1", "a2"}
        store.remove(["a1"])
        local = store.local_tables()
    assert local[LOCAL_MENTIONS.name]["article_id"].tolist() == ["a2", "a2"]


def test_local_tables_select_articles(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        store.add(tables_for("a1", 1), "v1")
        store.add(tables_for("a2", 2), "v1")
        local = store.local_tables(["a2"])
    assert set(local[ARTICLES.name]["article_id"]) == {"a2"}
    assert len(local[LOCAL_MENTIONS.name]) == 2


def test_the_store_path_is_configurable(monkeypatch, tmp_path):
    monkeypatch.setenv(STORE_ENV, str(tmp_path / "custom.duckdb"))
    assert default_store_path() == tmp_path / "custom.duckdb"
    monkeypatch.delenv(STORE_ENV)
    assert default_store_path().name == "store.duckdb"


def test_the_signature_changes_when_articles_change(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        empty = store.signature()
        store.add(tables_for("a1", 1), "v1")
        one = store.signature()
        store.add(tables_for("a1", 2), "v2")
        replaced = store.signature()
        assert store.signature() == replaced
        store.remove(["a1"])
        removed = store.signature()
    assert len({empty, one, replaced}) == 3
    assert removed.startswith("0@")


def test_a_writer_publishes_a_snapshot_that_readers_open_while_it_writes(tmp_path):
    from analysis import snapshot

    path = tmp_path / "s.duckdb"
    with Store(path) as store:
        store.add(tables_for("a1", 2), "v1")
    first = snapshot.current(path)
    assert first is not None and first.exists()
    with Store(path) as writer:  # holds the file's write lock
        writer.add(tables_for("a2", 1), "v1")
        with Store.reader(path) as reader:  # still opens: it reads the snapshot
            assert reader.article_ids() == ["a1"]
    assert snapshot.current(path) != first
    with Store.reader(path) as reader:
        assert sorted(reader.article_ids()) == ["a1", "a2"]


def test_a_reader_without_a_snapshot_reads_the_file_and_without_a_store_is_empty(tmp_path):
    path = tmp_path / "s.duckdb"
    with Store.reader(path) as reader:
        assert reader.article_ids() == []
    with Store(path, publish=False) as store:
        store.add(tables_for("a1", 1), "v1")
    with Store.reader(path) as reader:
        assert reader.article_ids() == ["a1"]


def test_a_reader_of_a_file_held_by_a_writer_is_told_it_is_busy(tmp_path):
    import pytest

    from analysis.store import StoreBusy

    path = tmp_path / "s.duckdb"
    with Store(path, publish=False) as writer:
        writer.add(tables_for("a1", 1), "v1")
        with pytest.raises(StoreBusy, match="being written by another process"):
            Store.reader(path, attempts=2)


def test_old_snapshots_are_removed_and_the_pointer_names_a_whole_one(tmp_path):
    from analysis import snapshot

    path = tmp_path / "s.duckdb"
    for i in range(6):
        with Store(path) as store:
            store.add(tables_for(f"a{i}", 1), "v1")
    kept = [p for p in snapshot.folder(path).iterdir() if not p.name.startswith(".")]
    assert len([p for p in kept if p.name != snapshot.POINTER]) == snapshot.KEPT
    with Store.reader(path) as reader:
        assert len(reader.article_ids()) == 6


def test_a_store_read_for_its_signature_still_takes_corrections():
    # every read finishes its result, so the next write on the same connection is allowed
    from analysis.corrections import new_correction

    store = Store(":memory:")
    before = store.signature()
    store.add_corrections(pd.DataFrame([new_correction("reject_commitment", "c-1", "")]))
    assert store.corrections()["target"].tolist() == ["c-1"]
    assert store.signature() == before  # corrections are not articles
    store.close()
