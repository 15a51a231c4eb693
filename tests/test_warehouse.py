"""The dashboard's SQL: the same rows, counts and corrections as the pandas filters and corrections."""

from __future__ import annotations

import io
import itertools
from datetime import date

import pandas as pd
import pytest

from analysis.charts import flow_edges, network_edges
from analysis.corpus import Corpus
from analysis.corrections import apply_corrections
from analysis.filters import Filters, apply, recount_actors
from analysis.tables import SPECS, TABLE_NAMES
from analysis.warehouse import (
    Narrow,
    Warehouse,
    connection_from_corpus,
    connection_from_file,
    corrected,
    csv_download,
    with_additions,
)
from tests.test_corrections import corpus as correction_corpus
from tests.test_corrections import fixes
from tests.test_filters import sample_corpus

KINDS = [
    Filters(start=date(2026, 1, 10)),
    Filters(end=date(2026, 1, 10)),
    Filters(sources=("Reuters",)),
    Filters(search="JAPAN"),
    Filters(themes=("maritime_security",)),
    Filters(actors=("Japan",)),
    Filters(actor_types=("person",)),
    Filters(affiliations=("India",)),
    Filters(commitment_types=("pledge", "offer")),
    Filters(min_strength=0.5),
    Filters(search="no such words"),
]


def combined(a: Filters, b: Filters) -> Filters:
    """Return the filters of ``a`` with every non-default field of ``b`` set too."""
    fields = {k: v for k, v in vars(b).items() if v not in ((), None, "", 0.0)}
    return Filters(**{**vars(a), **fields})


def rows(frame: pd.DataFrame, spec_name: str) -> list[tuple]:
    """Return a table's rows as sorted tuples of its declared columns (order-free comparison)."""
    columns = SPECS[spec_name].column_names
    out = frame[columns].copy()
    for col in columns:
        if pd.api.types.is_float_dtype(out[col]):
            out[col] = out[col].round(6)
    return sorted(map(tuple, out.astype(str).to_numpy().tolist()))


def assert_same_corpus(got: Corpus, expected: Corpus) -> None:
    for name in TABLE_NAMES:
        assert rows(getattr(got, name), name) == rows(getattr(expected, name), name), name


@pytest.fixture(scope="module")
def sample() -> tuple[Corpus, Warehouse]:
    corpus = sample_corpus()
    # Stored counts are the build's (over every mention); the hand-made sample leaves them out.
    actors = recount_actors(corpus.actors, corpus.mentions, corpus.articles)
    corpus = Corpus(corpus.articles, actors, corpus.mentions, corpus.themes,
                    corpus.commitments, corpus.quotes)  # fmt: skip
    return corpus, Warehouse(connection_from_corpus(corpus))


@pytest.mark.parametrize("filters", [Filters(), *KINDS])
def test_each_filter_keeps_the_rows_the_pandas_filters_keep(sample, filters):
    corpus, warehouse = sample
    assert_same_corpus(warehouse.corpus(filters), apply(corpus, filters))


@pytest.mark.parametrize(("a", "b"), list(itertools.combinations(KINDS[:-1], 2)))
def test_every_pair_of_filters_keeps_the_same_rows(sample, a, b):
    corpus, warehouse = sample
    filters = combined(a, b)
    assert_same_corpus(warehouse.corpus(filters), apply(corpus, filters))


def test_the_seed_corpus_gives_the_same_counts_for_each_filter(seed_corpus):
    warehouse = Warehouse(connection_from_corpus(seed_corpus))
    actors = seed_corpus.actors
    first = actors[actors["type"] == "country"].iloc[0]["name"]
    theme = seed_corpus.themes["theme"].iloc[0]
    dates = sorted(d for d in seed_corpus.articles["date"] if d)
    middle = date.fromisoformat(dates[len(dates) // 2][:10])
    cases = [
        Filters(),
        Filters(actors=(first,)),
        Filters(actor_types=("person",)),
        Filters(themes=(theme,)),
        Filters(start=middle),
        Filters(commitment_types=("pledge",), min_strength=0.6),
        Filters(search="minister", actor_types=("country",)),
        Filters(affiliations=(first,), end=middle),
    ]
    for filters in cases:
        expected = apply(seed_corpus, filters)
        assert_same_corpus(warehouse.corpus(filters), expected)
        for name in TABLE_NAMES:
            assert warehouse.count(name, filters) == len(getattr(expected, name)), (filters, name)


def test_pages_cover_every_row_once_in_order(sample):
    _, warehouse = sample
    total = warehouse.count("mentions", Filters())
    seen = []
    for offset in range(0, total, 4):
        page = warehouse.page(
            "mentions", Filters(), offset=offset, limit=4, order=[("actor_id", False)]
        )
        assert len(page) == min(4, total - offset)
        seen += list(zip(page["actor_id"], page["article_id"], page["start_char"], strict=True))
    assert len(seen) == total == 9
    assert len(set(seen)) == total
    assert [s[0] for s in seen] == sorted(s[0] for s in seen)


def test_a_page_narrowed_by_a_column_and_by_words(sample):
    _, warehouse = sample
    narrow = Narrow.of({"actor": ["European Union"]})
    page = warehouse.page("commitments", Filters(), narrow=narrow)
    assert page["commitment_id"].tolist() == ["c3"]
    assert warehouse.count("quotes", Filters(), Narrow.of(quote="AT SEA")) == 1
    assert warehouse.count("quotes", Filters(), Narrow.of(quote="submarine")) == 0
    with pytest.raises(ValueError, match="no column"):
        warehouse.page("quotes", Filters(), narrow=Narrow.of({"nope; DROP": ["x"]}))


def test_search_text_is_a_parameter_not_sql(sample):
    _, warehouse = sample
    assert warehouse.count("articles", Filters(search="') OR TRUE --")) == 0
    assert warehouse.count("articles", Filters(actors=("x' OR '1'='1",))) == 0


def test_one_article_comes_with_its_spans(sample):
    corpus, warehouse = sample
    one = warehouse.article("a2", Filters(min_strength=0.9))
    assert one.articles["title"].tolist() == ["EU offers Japan a maritime dialogue"]
    expected = corpus.mentions[corpus.mentions["article_id"] == "a2"]
    assert rows(one.mentions, "mentions") == rows(expected, "mentions")
    assert one.commitments.empty  # c3 is weaker than 0.9
    assert set(one.actors["actor_id"]) == {"eu", "japan", "kallas"}
    assert warehouse.article("no-such-article") is None
    assert warehouse.has_article("a3") and not warehouse.has_article(
        "a3", Filters(sources=("PIB",))
    )


def test_options_are_capped_to_the_most_mentioned_and_keep_selections(sample):
    _, warehouse = sample
    full = warehouse.options()
    assert full.actors == ["European Union", "India", "Japan", "Kaja Kallas", "Rajnath Singh"]
    assert (full.first_date, full.last_date) == (date(2026, 1, 5), date(2026, 1, 14))
    capped = warehouse.options(cap=2)
    # India and the EU have two mentions each, more than anyone else.
    assert capped.actors == ["European Union", "India"]
    kept = warehouse.options(cap=2, keep=Filters(actors=("Kaja Kallas",)))
    assert kept.actors == ["European Union", "India", "Kaja Kallas"]
    assert warehouse.options(cap=2, find="sin").actors == ["Rajnath Singh"]


def test_csv_chunks_hold_exactly_the_filtered_table(sample):
    corpus, warehouse = sample
    filters = Filters(sources=("Reuters",))
    chunks = list(warehouse.csv_chunks("mentions", filters, chunk_rows=1))
    assert len(chunks) > 2  # the BOM, then more than one chunk of rows
    streamed = pd.read_csv(
        io.BytesIO(csv_download(iter(chunks))), encoding="utf-8-sig", keep_default_na=False
    )
    expected = apply(corpus, filters).mentions
    assert len(streamed) == len(expected)
    assert sorted(streamed["actor_id"]) == sorted(expected["actor_id"])


def test_network_and_flows_match_the_pandas_builders(sample):
    corpus, warehouse = sample
    for filters in (Filters(), Filters(sources=("Reuters",))):
        view = apply(corpus, filters)
        for top in (1, 2, 15):
            nodes, edges = network_edges(view.actors, view.mentions, view.commitments, top=top)
            got_nodes, got_edges = warehouse.network(filters, top=top)
            assert got_nodes["actor_id"].tolist() == nodes["actor_id"].tolist()
            assert got_edges.astype(str).values.tolist() == edges.astype(str).values.tolist()
        flows = warehouse.flows(filters)
        assert (
            flow_edges(flows, top=1).values.tolist()
            == flow_edges(view.commitments, top=1).values.tolist()
        )


CORRECTIONS = [
    [("merge_actor", "Tarn", "Republic of Tarn")],
    [("split_alias", "Anna Brek", "Tomas Brek")],
    [("rename_actor", "Tarn", "Tarnland"), ("set_actor_title", "Tarnland", "State")],
    [("not_actor", "Breaking News", "")],
]


@pytest.mark.parametrize("steps", CORRECTIONS)
def test_correction_overlays_equal_applied_corrections(steps):
    base = correction_corpus()
    # Stored counts are the build's; the hand-made corpus leaves them at 0.
    base = Corpus(base.articles, recount_actors(base.actors, base.mentions, base.articles),
                  base.mentions, base.themes, base.commitments, base.quotes)  # fmt: skip
    table = fixes(*steps)
    warehouse = corrected(Warehouse(connection_from_corpus(base)), table)
    assert_same_corpus(warehouse.corpus(), apply_corrections(base, table))


def test_commitment_and_quote_corrections_overlay(seed_corpus):
    commitments = seed_corpus.commitments
    quotes = seed_corpus.quotes
    actors = seed_corpus.actors[seed_corpus.actors["type"] != "place"]
    big, other = actors.iloc[0]["name"], actors.iloc[1]["name"]
    table = fixes(
        ("reject_commitment", commitments["commitment_id"].iloc[0], ""),
        ("set_commitment_type", commitments["commitment_id"].iloc[1], "refusal"),
        ("set_commitment_actor", commitments["commitment_id"].iloc[2], other),
        ("set_quote_speaker", quotes["quote_id"].iloc[0], big),
        ("reject_quote", quotes["quote_id"].iloc[1], ""),
        ("merge_actor", other, big),
        ("set_actor_affiliation", big, "Somewhere"),
    )
    warehouse = corrected(Warehouse(connection_from_corpus(seed_corpus)), table)
    expected = apply_corrections(seed_corpus, table)
    assert_same_corpus(warehouse.corpus(), expected)
    for filters in (Filters(actors=(big,)), Filters(affiliations=("Somewhere",))):
        assert_same_corpus(warehouse.corpus(filters), apply(expected, filters))


def test_a_visitors_articles_join_the_shared_ones(sample):
    corpus, _ = sample
    shared = corpus
    keep = {"a1", "a2"}
    common = Corpus(
        **{
            n: (f[f["article_id"].isin(keep)] if "article_id" in f else f)
            for n, f in shared.tables().items()
        }
    )
    own = Corpus(
        **{
            n: (f[~f["article_id"].isin(keep)] if "article_id" in f else f)
            for n, f in shared.tables().items()
        }
    )
    own_actors = corpus.actors[corpus.actors["actor_id"].isin(set(own.mentions["actor_id"]))]
    own = Corpus(own.articles, own_actors.assign(mentions=1, articles=1), own.mentions,
                 own.themes, own.commitments, own.quotes)  # fmt: skip
    common = Corpus(common.articles, recount_actors(common.actors, common.mentions, common.articles),
                    common.mentions, common.themes, common.commitments, common.quotes)  # fmt: skip
    base = Warehouse(connection_from_corpus(common))
    both = with_additions(base.with_cursor(base.con.cursor()), own, tag="s1")
    assert both.count("articles", Filters()) == 3
    assert both.count("articles", Filters(actors=("Japan",))) == 2
    japan = both.top_actors(Filters(), top=10).set_index("name").loc["Japan"]
    assert japan["mentions"] == 2
    assert base.count("articles", Filters()) == 2  # other sessions never see them


def test_a_duckdb_file_of_the_six_tables_reads_the_same(sample, tmp_path):
    corpus, warehouse = sample
    path = tmp_path / "tables.duckdb"
    con = connection_from_corpus(corpus)
    con.execute(f"ATTACH '{path}' AS out")
    for name in TABLE_NAMES:
        con.execute(f"CREATE TABLE out.corpus_{name} AS SELECT * FROM corpus_{name}")
    con.execute("DETACH out")
    from_file = Warehouse(connection_from_file(path))
    for filters in KINDS:
        assert_same_corpus(from_file.corpus(filters), warehouse.corpus(filters))


@pytest.mark.parametrize("filters", KINDS)
def test_a_slice_too_large_to_keep_is_read_from_the_stored_tables(sample, monkeypatch, filters):
    import analysis.warehouse as warehouse_module

    corpus, _ = sample
    monkeypatch.setattr(warehouse_module, "SMALL_SLICE", 0)
    fresh = Warehouse(connection_from_corpus(corpus))
    assert_same_corpus(fresh.corpus(filters), apply(corpus, filters))


def test_a_session_keeps_one_slice_at_a_time(sample):
    corpus, _ = sample
    fresh = Warehouse(connection_from_corpus(corpus))

    def kept() -> set[str]:
        rows = fresh.con.execute(
            "SELECT table_name FROM duckdb_tables() WHERE temporary"
        ).fetchall()
        return {r[0].rsplit("_", 1)[0] for r in rows}

    fresh.count("mentions", Filters(sources=("Reuters",)))
    first = kept()
    assert len(first) == 1
    fresh.count("mentions", Filters(sources=("PIB",)))
    assert len(kept()) == 1 and kept() != first
    assert fresh.count("mentions", Filters(sources=("Reuters",))) == 4


def test_an_actor_filter_naming_nobody_keeps_no_rows(sample):
    corpus, warehouse = sample
    filters = Filters(actors=("Nobody Of Vell",), min_strength=0.3)
    got = warehouse.corpus(filters)
    assert_same_corpus(got, apply(corpus, filters))
    assert got.articles.empty and got.commitments.empty and got.quotes.empty


def test_actor_ids_are_looked_up_per_set_of_relations():
    # The plain store is asked first; the corrected one renames the actor, so the same
    # filter must look its ids up again over the corrected actors.
    base = correction_corpus()
    base = Corpus(base.articles, recount_actors(base.actors, base.mentions, base.articles),
                  base.mentions, base.themes, base.commitments, base.quotes)  # fmt: skip
    table = fixes(("rename_actor", "Tarn", "Tarnland"))
    plain = Warehouse(connection_from_corpus(base))
    renamed = Filters(actors=("Tarnland",))
    assert plain.count("mentions", renamed) == 0
    fixed = corrected(plain, table)
    expected = apply(apply_corrections(base, table), renamed)
    assert len(expected.mentions) > 0
    assert_same_corpus(fixed.corpus(renamed), expected)
    assert_same_corpus(
        plain.corpus(Filters(actors=("Tarn",))), apply(base, Filters(actors=("Tarn",)))
    )


def test_a_commitment_naming_the_actor_twice_is_kept_once(sample):
    corpus, _ = sample
    commitments = corpus.commitments.copy()
    named = commitments[commitments["actor_id"] != ""].index[0]
    commitments.loc[named, "counterpart_id"] = commitments.loc[named, "actor_id"]
    commitments.loc[named, "counterpart"] = commitments.loc[named, "actor"]
    both = Corpus(corpus.articles, corpus.actors, corpus.mentions, corpus.themes,
                  commitments, corpus.quotes)  # fmt: skip
    warehouse = Warehouse(connection_from_corpus(both))
    filters = Filters(actors=(commitments.loc[named, "actor"],))
    got = warehouse.corpus(filters)
    assert_same_corpus(got, apply(both, filters))
    assert (got.commitments["commitment_id"] == commitments.loc[named, "commitment_id"]).sum() == 1
