"""The actor layout each store keeps: the contract rows ordered by actor id, and the
per-(actor, day) totals; the same in a DuckDB store, a Parquet store and a replicated
benchmark corpus, kept current by incremental builds and removals, and giving the
dashboard exactly the answers of the pandas filters."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from analysis.build import load_store
from analysis.corpus import Corpus
from analysis.corrections import apply_corrections
from analysis.dataset import DatasetStore
from analysis.derived import (
    ACTOR_COMMITMENTS,
    ACTOR_DAYS,
    ACTOR_MENTIONS,
    ACTOR_QUOTES,
    KEY_ID,
    LAYOUT_TABLES,
    refresh,
)
from analysis.filters import Filters, apply
from analysis.store import Store
from analysis.stores import read_connection
from analysis.tables import ARTICLES, TABLE_NAMES
from analysis.warehouse import (
    Warehouse,
    _Params,
    connection_from_corpus,
    connection_from_file,
    corrected,
    with_additions,
)
from tests.test_corrections import fixes
from tests.test_warehouse import assert_same_corpus, rows

VERSION = "test-version"
ROOT = Path(__file__).resolve().parent.parent


def expected_layout(corpus: Corpus) -> dict[str, pd.DataFrame]:
    """Return the layout tables computed with pandas from the six contract tables."""
    mentions = corpus.mentions[corpus.mentions["actor_id"] != ""]
    c = corpus.commitments
    made = c[c["actor_id"] != ""].assign(**{KEY_ID: lambda f: f["actor_id"]})
    received = c[(c["counterpart_id"] != "") & (c["counterpart_id"] != c["actor_id"])]
    received = received.assign(**{KEY_ID: lambda f: f["counterpart_id"]})
    keyed = pd.concat([made, received], ignore_index=True)
    keyed = keyed[[KEY_ID, *c.columns]]
    dated = mentions.merge(corpus.articles[["article_id", "date"]], on="article_id", how="left")
    dated["date"] = dated["date"].fillna("")
    dated["day"] = dated["date"].str[:10]
    days = (
        dated.groupby(["actor_id", "day"])
        .agg(
            mentions=("article_id", "size"),
            articles=("article_id", "nunique"),
            first_date=("date", "min"),
            last_date=("date", "max"),
        )
        .reset_index()
    )
    return {
        ACTOR_MENTIONS: mentions,
        ACTOR_COMMITMENTS: keyed,
        ACTOR_QUOTES: corpus.quotes[corpus.quotes["speaker_id"] != ""],
        ACTOR_DAYS: days,
    }


def _bag(frame: pd.DataFrame) -> list[tuple]:
    out = frame.copy()
    for col in out.columns:
        if pd.api.types.is_float_dtype(out[col]):
            out[col] = out[col].round(6)
    return sorted(map(tuple, out.astype(str).to_numpy().tolist()))


def assert_layout(con, corpus: Corpus) -> None:
    """Assert the layout tables ``con`` reads hold exactly the expected rows, in actor order."""
    expected = expected_layout(corpus)
    for name in LAYOUT_TABLES:
        got = con.execute(f"SELECT * FROM {name}").df()
        want = expected[name]
        assert list(got.columns) == list(want.columns), name
        assert _bag(got) == _bag(want), name
        key = {ACTOR_COMMITMENTS: KEY_ID, ACTOR_QUOTES: "speaker_id", ACTOR_DAYS: "day"}
        order = got[key.get(name, "actor_id")].tolist()
        assert order == sorted(order), f"{name} is not in actor order"
    assert len(expected[ACTOR_MENTIONS]) > 50
    assert (
        expected[ACTOR_COMMITMENTS][KEY_ID] == expected[ACTOR_COMMITMENTS]["counterpart_id"]
    ).any()


def _part(local: dict[str, pd.DataFrame], ids: list[str]) -> dict[str, pd.DataFrame]:
    return {name: frame[frame["article_id"].isin(ids)] for name, frame in local.items()}


@pytest.fixture(scope="module")
def seed_rows(seed_build, seed_store_path) -> dict[str, pd.DataFrame]:
    with Store(seed_store_path, read_only=True) as store:
        return store.local_tables()


@pytest.fixture(scope="module")
def seed_ids(seed_rows) -> list[str]:
    return sorted(seed_rows[ARTICLES.name]["article_id"])


def _open(kind: str, where: Path):
    return DatasetStore(where) if kind == "parquet" else Store(where)


def _location(kind: str, tmp_path: Path, label: str) -> Path:
    return tmp_path / (label if kind == "parquet" else f"{label}.duckdb")


def test_a_built_store_holds_the_layout_of_its_tables(seed_build, seed_store_path):
    con = read_connection(seed_store_path)
    try:
        assert_layout(con, seed_build.corpus)
    finally:
        con.close()


def test_an_actor_filter_finds_its_ids_through_the_name_index(tmp_path, seed_corpus):
    from analysis.articles import read_articles
    from analysis.build import build

    path = tmp_path / "published.duckdb"
    with Store(path) as store:
        build(read_articles([ROOT / "seeds"]).articles[:3], store=store)
    con = read_connection(path)
    try:
        indexed = con.execute(
            "SELECT expressions FROM duckdb_indexes() WHERE table_name = 'canonical_actors'"
        ).fetchall()
        assert [e.replace('"', "").replace("'", "") for (e,) in indexed] == ["[name]"]
        # the index answers the warehouse's lookup of the filter's names
        name = con.execute("SELECT name FROM canonical_actors LIMIT 1").fetchone()[0]
        found = con.execute(
            "SELECT count(*) FROM canonical_actors WHERE list_contains(?, name)", [[name]]
        ).fetchone()[0]
        assert found == 1
    finally:
        con.close()


@pytest.mark.parametrize("kind", ["duckdb", "parquet"])
def test_the_layout_follows_each_incremental_build_and_removal(tmp_path, kind, seed_rows, seed_ids):
    where = _location(kind, tmp_path, "store")
    half = len(seed_ids) // 2
    steps = [seed_ids[half:], seed_ids[:half]]  # the later ids first, then the rest
    for k, ids in enumerate(steps):
        store = _open(kind, where)
        try:
            store.add(_part(seed_rows, ids), VERSION)
            assert refresh(store)
            store.publish()
        finally:
            store.close()
        con = read_connection(where)
        try:
            kept = [aid for step in steps[: k + 1] for aid in step]
            with Store(":memory:") as scratch:
                scratch.add(_part(seed_rows, kept), VERSION)
                scratch.refresh_derived()
                expected = load_store(scratch)
            assert_layout(con, expected)
        finally:
            con.close()
    gone = seed_ids[::3]
    store = _open(kind, where)
    try:
        store.remove(gone)
        refresh(store)
        store.publish()
    finally:
        store.close()
    con = read_connection(where)
    try:
        assert not con.execute(
            f"SELECT count(*) FROM {ACTOR_MENTIONS} WHERE list_contains($g, article_id)",
            {"g": gone},
        ).fetchall()[0][0]
        with Store(":memory:") as scratch:
            scratch.add(_part(seed_rows, [a for a in seed_ids if a not in gone]), VERSION)
            scratch.refresh_derived()
            assert_layout(con, load_store(scratch))
    finally:
        con.close()


def test_a_store_missing_part_of_its_layout_rebuilds_it_when_opened(tmp_path, seed_rows):
    import duckdb

    path = tmp_path / "s.duckdb"
    with Store(path, publish=False) as store:
        store.add(seed_rows, VERSION)
        store.refresh_derived()
    con = duckdb.connect(str(path))
    con.execute(f"DROP TABLE {ACTOR_QUOTES}")
    con.close()
    with Store(path, publish=False) as store:  # opening finds it stale and rebuilds it
        assert store.derived_current()
        expected = load_store(store)
    con = duckdb.connect(str(path), read_only=True)
    try:
        assert_layout(con, expected)
    finally:
        con.close()


FILTERS = [
    Filters(actors=("Japan",)),
    Filters(actors=("Japan",), min_strength=0.3),
    Filters(actor_types=("person",)),
    Filters(affiliations=("India",), commitment_types=("pledge",)),
    Filters(start=date(2026, 1, 10)),
    Filters(start=date(2026, 1, 5), end=date(2026, 1, 20), min_strength=0.5),
    Filters(start=date(2026, 1, 10), sources=("Reuters",)),
]


def _sample_corpus() -> Corpus:
    from analysis.filters import recount_actors
    from tests.test_filters import sample_corpus

    corpus = sample_corpus()
    actors = recount_actors(corpus.actors, corpus.mentions, corpus.articles)
    return Corpus(corpus.articles, actors, corpus.mentions, corpus.themes,
                  corpus.commitments, corpus.quotes)  # fmt: skip


@pytest.mark.parametrize("filters", FILTERS, ids=repr)
def test_answers_with_and_without_the_layout_are_the_pandas_ones(filters):
    corpus = _sample_corpus()
    con = connection_from_corpus(corpus)
    with_layout = Warehouse(con)
    assert set(LAYOUT_TABLES) <= set(with_layout.relations)
    plain = Warehouse(con.cursor(), {n: f"corpus_{n}" for n in TABLE_NAMES})
    expected = apply(corpus, filters)
    assert_same_corpus(with_layout.corpus(filters), expected)
    assert_same_corpus(plain.corpus(filters), expected)
    assert with_layout.counts(filters) == plain.counts(filters)


def test_a_date_filter_counts_actors_from_the_per_day_totals(seed_corpus):
    con = connection_from_corpus(seed_corpus)
    warehouse = Warehouse(con)
    dates = sorted(d for d in seed_corpus.articles["date"] if d)
    middle = date.fromisoformat(dates[len(dates) // 2][:10])
    for filters in (Filters(start=middle), Filters(end=middle), Filters(start=middle, end=middle)):
        counted = warehouse._actors_sql(filters, _Params(), None, lambda: "no mentions read")
        assert ACTOR_DAYS in counted and "no mentions read" not in counted
        got = warehouse.frame("actors", filters)
        expected = apply(seed_corpus, filters).actors
        assert rows(got, "actors") == rows(expected, "actors")
        assert len(expected) > 3


def test_corrections_and_a_visitors_articles_overlay_the_layout(seed_corpus):
    names = seed_corpus.actors.query("type != 'place'")["name"].tolist()
    corrections = fixes(("merge_actor", names[2], names[1]), ("rename_actor", names[3], "Zorvath"))
    base = Warehouse(connection_from_corpus(seed_corpus))
    fixed = corrected(base, corrections)
    assert set(LAYOUT_TABLES) <= set(fixed.relations)
    truth = apply_corrections(seed_corpus, corrections)
    into = names[1]
    dates = sorted(d for d in seed_corpus.articles["date"] if d)
    middle = date.fromisoformat(dates[len(dates) // 2][:10])
    assert len(fixed.frame("mentions", Filters(actors=("Zorvath",)))) > 0
    for filters in (Filters(actors=(into,)), Filters(actors=("Zorvath",)), Filters(start=middle)):
        assert_same_corpus(fixed.corpus(filters), apply(truth, filters))
    # A visitor's own articles: some shared ids again, under the same actor.
    own_ids = sorted(seed_corpus.articles["article_id"])[:3]
    own = Corpus(**{n: f[f["article_id"].isin(own_ids)] if "article_id" in f else f
                    for n, f in seed_corpus.tables().items()})  # fmt: skip
    both = with_additions(base, own, tag="t")
    assert {ACTOR_MENTIONS, ACTOR_COMMITMENTS, ACTOR_QUOTES} <= set(both.relations)
    name = seed_corpus.actors.query("type != 'place'")["name"].iloc[0]
    plain = with_additions(
        Warehouse(base.con.cursor(), {n: f"corpus_{n}" for n in TABLE_NAMES}), own, tag="u"
    )
    for filters in (Filters(actors=(name,)), Filters(actors=(name,), min_strength=0.3)):
        assert_same_corpus(both.corpus(filters), plain.corpus(filters))


def test_the_replicated_benchmark_corpus_has_the_same_layout(seed_corpus, tmp_path):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import dashboard_speed

    path = tmp_path / "replicated.duckdb"
    dashboard_speed.write_replicated(seed_corpus, 3 * len(seed_corpus.articles), path)
    con = connection_from_file(path)
    try:
        tables = {n: con.execute(f"SELECT * FROM corpus_{n}").df() for n in TABLE_NAMES}
        assert len(tables["articles"]) == 3 * len(seed_corpus.articles)
        assert_layout(con, Corpus(**tables))
        warehouse = Warehouse(con)
        assert set(LAYOUT_TABLES) <= set(warehouse.relations)
        name = warehouse.top_actors(Filters(), top=1)["name"].iloc[0]
        filters = Filters(actors=(name,), min_strength=0.3)
        assert_same_corpus(warehouse.corpus(filters), apply(Corpus(**tables), filters))
    finally:
        con.close()
