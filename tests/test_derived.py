"""Stored canonical actors and commitment groups: a load only joins, and the stored result
depends on which articles are stored, not on how they arrived."""

from __future__ import annotations

import duckdb
import pandas as pd
import pytest
from rapidfuzz import fuzz, process

from analysis.actor_merging import FUZZY_NAME_THRESHOLD, _SpellingIndex, canonical_actors
from analysis.build import assemble, load_store
from analysis.derived import REDUCE_COLUMNS, derive
from analysis.relations import create_views, read_tables
from analysis.store import Store
from analysis.tables import ARTICLES, DERIVED_TABLES, LOCAL_TABLES, TABLE_NAMES

VERSION = "test-version"


def _assert_same(left, right) -> None:
    for name in TABLE_NAMES:
        pd.testing.assert_frame_equal(
            getattr(left, name).reset_index(drop=True),
            getattr(right, name).reset_index(drop=True),
            obj=name,
        )


def _assert_same_derived(left: Store, right: Store) -> None:
    for spec in DERIVED_TABLES:
        a, b = left.derived(spec.name), right.derived(spec.name)
        assert a is not None and b is not None, spec.name
        key = list(spec.key)
        pd.testing.assert_frame_equal(
            a.sort_values(key, ignore_index=True),
            b.sort_values(key, ignore_index=True),
            obj=spec.name,
        )


def _part(local: dict[str, pd.DataFrame], ids: list[str]) -> dict[str, pd.DataFrame]:
    return {name: frame[frame["article_id"].isin(ids)] for name, frame in local.items()}


@pytest.fixture(scope="module")
def seed_rows(seed_build, seed_store_path) -> dict[str, pd.DataFrame]:
    """The per-article rows of the bundled corpus as a build stored them."""
    with Store(seed_store_path, read_only=True) as store:
        return store.local_tables()


@pytest.fixture(scope="module")
def seed_ids(seed_rows) -> list[str]:
    return sorted(seed_rows[ARTICLES.name]["article_id"])


def test_a_store_holds_the_derived_tables_its_build_computed(seed_build, seed_store_path):
    with Store(seed_store_path, read_only=True) as store:
        assert store.derived_current()
        actors = store.derived("canonical_actors")
        mapping = store.derived("actor_map")
        groups = store.derived("commitment_groups")
    assert list(actors.columns) == list(seed_build.corpus.actors.columns)
    assert len(actors) == len(seed_build.corpus.actors) > 20
    # Every local actor maps to a canonical actor the table holds.
    assert set(mapping["actor_id"]) == set(actors["actor_id"])
    assert set(groups["commitment_id"]) == set(seed_build.corpus.commitments["commitment_id"])


def test_loading_from_the_store_gives_the_tables_assembled_from_scratch(
    seed_build, seed_store_path, seed_rows
):
    with Store(seed_store_path, read_only=True) as store:
        loaded = load_store(store)
    _assert_same(loaded, assemble(seed_rows))
    _assert_same(loaded, seed_build.corpus)
    assert loaded.actors["actor_id"].ne("").all()
    assert (loaded.mentions["actor_id"] != "").mean() > 0.95


def test_the_views_have_the_contract_columns_on_a_read_only_connection(seed_build, seed_store_path):
    with Store(seed_store_path, read_only=True) as store:
        expected = {name: list(frame.columns) for name, frame in load_store(store).tables().items()}
    con = duckdb.connect(str(seed_store_path), read_only=True)
    try:
        create_views(con)
        for name, columns in expected.items():
            described = con.execute(f"DESCRIBE corpus_{name}").fetchall()
            assert [row[0] for row in described] == columns, name
        assert len(read_tables(con)["commitments"]) > 0
    finally:
        con.close()


def test_every_cursor_of_a_read_connection_sees_the_six_tables(seed_build, seed_store_path):
    # a server process makes one connection and gives each session its own cursor
    from analysis.stores import read_connection

    with Store(seed_store_path, read_only=True) as store:
        counts = {name: len(frame) for name, frame in load_store(store).tables().items()}
    con = read_connection(seed_store_path)
    try:
        cursors = [con.cursor(), con.cursor()]
        for cursor in cursors:
            for name, count in counts.items():
                assert cursor.execute(f"SELECT count(*) FROM corpus_{name}").fetchone()[0] == count
    finally:
        con.close()


def test_build_a_then_b_equals_build_a_and_b_together(tmp_path, seed_rows, seed_ids):
    half = len(seed_ids) // 2
    first, second = seed_ids[half:], seed_ids[:half]  # the later ids arrive first
    with Store(tmp_path / "ab.duckdb", publish=False) as together:
        together.add(seed_rows, VERSION)
        together.refresh_derived()
        at_once = load_store(together)
        with Store(tmp_path / "a-then-b.duckdb", publish=False) as stepwise:
            for ids in (first, second[::2], second[1::2]):
                stepwise.add(_part(seed_rows, ids), VERSION)
                assert stepwise.refresh_derived()
            assert stepwise.derived_current()
            _assert_same_derived(together, stepwise)
            _assert_same(load_store(stepwise), at_once)
    _assert_same(at_once, assemble(seed_rows))


def test_row_order_inside_the_tables_does_not_change_the_actors(seed_rows):
    shuffled = {name: frame.sample(frac=1.0, random_state=7) for name, frame in seed_rows.items()}
    _assert_same(assemble(shuffled), assemble(seed_rows))


def test_removing_articles_updates_the_derived_tables(tmp_path, seed_rows, seed_ids):
    gone = seed_ids[::3]
    kept = [aid for aid in seed_ids if aid not in gone]
    with Store(tmp_path / "s.duckdb", publish=False) as store:
        store.add(seed_rows, VERSION)
        store.refresh_derived()
        before = store.derived("actor_map")
        store.remove(gone)
        assert store.derived_current()
        mapping = store.derived("actor_map")
        loaded = load_store(store)
    assert set(before["article_id"]) & set(gone)
    assert not set(mapping["article_id"]) & set(gone)
    _assert_same(loaded, assemble(_part(seed_rows, kept)))
    # Counts are those of the remaining articles only.
    assert loaded.actors["articles"].max() <= len(kept)


def _age(path) -> None:
    """Make ``path`` look like a store written before derived tables existed."""
    con = duckdb.connect(str(path))
    for spec in DERIVED_TABLES:
        con.execute(f"DROP TABLE {spec.name}")
    con.execute("DELETE FROM meta WHERE key = 'derived'")
    con.close()


def test_a_store_without_derived_tables_still_loads(tmp_path, seed_rows):
    path = tmp_path / "old.duckdb"
    with Store(path, publish=False) as store:
        store.add(seed_rows, VERSION)
        store.refresh_derived()
    _age(path)
    expected = assemble(seed_rows)
    with Store(path, read_only=True) as reader:
        assert reader.derived("canonical_actors") is None
        assert not reader.derived_current()
        _assert_same(load_store(reader), expected)  # assembled in memory
        assert reader.derived("canonical_actors") is None  # a reader writes nothing
    with Store(path, publish=False) as writer:  # the first writable open computes them
        assert writer.derived_current()
    with Store(path, read_only=True) as reader:
        assert reader.derived_current()
        _assert_same(load_store(reader), expected)


def test_a_build_stopped_before_its_reduce_leaves_tables_marked_stale(tmp_path, seed_rows):
    ids = sorted(seed_rows[ARTICLES.name]["article_id"])
    with Store(tmp_path / "s.duckdb", publish=False) as store:
        store.add(_part(seed_rows, ids[:5]), VERSION)
        store.refresh_derived()
        store.add(_part(seed_rows, ids[5:]), VERSION)  # rows stored, reduce not yet run
        assert not store.derived_current()
        assert store.contract_tables() is None
        loaded = load_store(store)  # a writable store catches up
        assert store.derived_current()
    _assert_same(loaded, assemble(seed_rows))


def test_put_derived_refuses_an_unknown_table(tmp_path):
    with (
        Store(tmp_path / "s.duckdb", publish=False) as store,
        pytest.raises(ValueError, match="not a derived table"),
    ):
        store.put_derived({"actors": pd.DataFrame()})


def test_the_reduce_reads_no_article_text(seed_rows):
    narrow = {name: seed_rows[name][cols] for name, cols in REDUCE_COLUMNS.items()}
    assert "text" not in narrow[ARTICLES.name]
    wide, slim = derive(seed_rows), derive(narrow)
    for name, frame in wide.items():
        pd.testing.assert_frame_equal(frame, slim[name], obj=name)


# ---- spelling look-ups are blocked, and still find one-letter slips


def _organisations(*names_by_article: str) -> tuple[pd.DataFrame, dict]:
    local = pd.DataFrame(
        [
            {
                "article_id": f"a{i}",
                "actor_key": f"organisation:{i}",
                "name": name,
                "type": "organisation",
                "title": "",
                "affiliation": "",
                "aliases": "",
            }
            for i, name in enumerate(names_by_article)
        ]
    )
    articles = pd.DataFrame(
        {
            "article_id": local["article_id"],
            "date": [f"2025-01-{i + 1:02d}" for i in range(len(local))],
        }
    )
    table, mapping = canonical_actors(local, local[["article_id", "actor_key"]], articles)
    return table, {
        name: mapping[(f"a{i}", f"organisation:{i}")] for i, name in enumerate(names_by_article)
    }


def test_a_one_letter_slip_in_a_long_organisation_name_merges_wherever_it_is():
    right = "Vostrand Directorate of Coastal Inspection"
    slips = [
        "Wostrand Directorate of Coastal Inspection",  # first letter
        "Vostrand Directorate of Costal Inspection",  # a letter dropped inside
        "Vostrand Directorate of Coastal Inspectiom",  # last letter
    ]
    table, ids = _organisations(right, right, *slips)
    assert len(table) == 1
    assert table["name"].iloc[0] == right  # the spelling most articles use
    assert set(ids.values()) == {table["actor_id"].iloc[0]}
    assert all(name in table["merged_from"].iloc[0] for name in slips)


def test_different_bodies_with_similar_names_stay_apart():
    names = [
        "Vostrand Directorate of Coastal Inspection",
        "Vostrand Directorate of Inland Inspection",
        "Marebeck Directorate of Coastal Inspection",
        "Vostrand Coastal Inspection Agency",
    ]
    table, ids = _organisations(*names)
    assert len(table) == len(set(ids.values())) == len(names)


def test_the_spelling_index_finds_every_single_edit_that_all_pairs_would():
    words = ["Vostrand", "Marebeck", "Coastal", "Inland", "Survey", "Directorate", "Office"]
    names = [f"{a} {b} {c}".lower() for a in words for b in words for c in words[3:]]
    slips = []  # (a name with one letter dropped or replaced, the name)
    for name in names[::9]:
        for i in range(len(name)):
            slips.append((name[:i] + name[i + 1 :], name))
            slips.append((name[:i] + "q" + name[i + 1 :], name))
    keys = list(dict.fromkeys(names + [slip for slip, _ in slips]))
    index = _SpellingIndex(keys)
    checked = 0
    for slip, name in slips[::3]:
        every = {
            other
            for other, _, _ in process.extract(
                slip, keys, scorer=fuzz.ratio, score_cutoff=FUZZY_NAME_THRESHOLD, limit=None
            )
        }
        near = set(index.near(slip))
        assert near <= every  # blocking only ever drops comparisons
        if name in every:  # all pairs would merge them: so does the index, both ways
            assert name in near and slip in index.near(name), (slip, name)
            checked += 1
    assert checked > 100


def test_local_rows_of_every_table_survive_the_view_round_trip(seed_rows):
    """Each contract table has one row per stored local row (no join duplicates rows)."""
    corpus = assemble(seed_rows)
    pairs = {
        "mentions": "local_mentions",
        "themes": "themes",
        "commitments": "local_commitments",
        "quotes": "local_quotes",
        "articles": "articles",
    }
    assert {spec.name for spec in LOCAL_TABLES} >= set(pairs.values())
    for table, local in pairs.items():
        assert len(getattr(corpus, table)) == len(seed_rows[local]), table
