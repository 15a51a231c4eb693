"""Builds on a Dask cluster: the same tables as a single-machine build, clear errors otherwise."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.articles import article_from_text
from analysis.cli import EXIT_USAGE, main
from analysis.distributed import ClusterSpec, ClusterSpecError, batch_rows, parse_cluster_spec
from analysis.themes import default_taxonomy

pytest.importorskip("distributed")


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        ("local:2", ClusterSpec(workers=2)),
        (" local:1 ", ClusterSpec(workers=1)),
        ("tcp://10.0.0.5:8786", ClusterSpec(address="tcp://10.0.0.5:8786")),
        ("tls://scheduler.example:8786", ClusterSpec(address="tls://scheduler.example:8786")),
    ],
)
def test_cluster_specs_name_a_local_cluster_or_a_scheduler(spec, expected):
    assert parse_cluster_spec(spec) == expected


@pytest.mark.parametrize("spec", ["local:0", "local", "local:two", "8786", "http://host:8786", ""])
def test_a_spec_that_names_no_cluster_is_refused_with_the_forms_that_work(spec):
    with pytest.raises(ClusterSpecError, match="local:N"):
        parse_cluster_spec(spec)


def test_the_cli_refuses_a_bad_cluster_before_reading_anything(tmp_path, capsys):
    code = main(["build", str(tmp_path), "--out", str(tmp_path / "out"), "--dask", "local:x"])
    assert code == EXIT_USAGE
    assert "--dask" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_a_worker_with_another_pipeline_version_refuses_the_batch():
    article = article_from_text(" date 2025-01-02 Chile and Peru signed a fisheries accord.")
    with pytest.raises(RuntimeError, match="same version"):
        batch_rows([article], default_taxonomy(), "some-other-version")


@pytest.mark.slow
def test_a_two_worker_local_cluster_builds_the_same_tables_as_one_process(
    seed_build, seed_store_path, tmp_path
):
    """The bundled corpus on a 2-worker LocalCluster gives identical tables, and stores
    identical canonical actors and commitment groups, whatever order batches came back in."""
    from analysis.articles import read_articles
    from analysis.build import build
    from analysis.store import Store
    from analysis.tables import DERIVED_TABLES
    from tests.conftest import SEEDS

    articles = read_articles([SEEDS]).articles
    with Store(tmp_path / "cluster.duckdb", publish=False) as store:
        on_cluster = build(articles, dask="local:2", store=store)
        cluster_derived = {spec.name: store.derived(spec.name) for spec in DERIVED_TABLES}
    assert on_cluster.processed == len(articles)
    local = seed_build.corpus.tables()
    for name, frame in on_cluster.corpus.tables().items():
        assert len(frame) == len(local[name]) > 0, name
        pd.testing.assert_frame_equal(
            frame.reset_index(drop=True), local[name].reset_index(drop=True), obj=name
        )
    with Store(seed_store_path, read_only=True) as one_process:
        for spec in DERIVED_TABLES:
            mine, theirs = cluster_derived[spec.name], one_process.derived(spec.name)
            assert mine is not None and len(mine) == len(theirs) > 0, spec.name
            key = list(spec.key)
            pd.testing.assert_frame_equal(
                mine.sort_values(key, ignore_index=True),
                theirs.sort_values(key, ignore_index=True),
                obj=spec.name,
            )


def test_a_batch_on_a_worker_keeps_the_guarantees_of_a_local_build():
    """Runs are collapsed with offsets kept, and an article over its budget is named, not lost."""
    from analysis.limits import Limits
    from analysis.pipeline import pipeline_version

    version = pipeline_version(default_taxonomy().fingerprint())
    hostile = article_from_text(
        "date 2025-01-02 Chile pledged to send two patrol boats to Peru. "
        + "(" * 8000
        + " Peru welcomed the offer.",
        path="hostile.txt",
    )
    plain = article_from_text(
        "date 2025-01-03 Norway promised to fund a mine-clearing team in Ukraine.",
        path="plain.txt",
    )
    outcomes = batch_rows([hostile, plain], default_taxonomy(), version)
    assert [(a.path, why) for a, _, why in outcomes] == [("hostile.txt", ""), ("plain.txt", "")]
    rows = outcomes[0][1]
    peru = [m for m in rows["local_mentions"] if m["text"] == "Peru"]
    assert peru and all(hostile.text[m["start_char"] : m["end_char"]] == "Peru" for m in peru)

    over = batch_rows([plain], default_taxonomy(), version, Limits(fixed_budget=0.001))
    assert [(a.path, r) for a, r, _ in over] == [("plain.txt", None)]
    assert "over the time budget" in over[0][2]


@pytest.mark.slow
def test_articles_the_cluster_cannot_process_are_reported_by_name_and_the_rest_stored():
    from analysis.build import build
    from analysis.limits import Limits

    articles = [
        article_from_text(f"date 2025-01-0{k} Chile pledged to send {k} boats.", path=f"{k}.txt")
        for k in range(1, 4)
    ]
    result = build(articles, dask="local:1", limits=Limits(fixed_budget=0.001))
    assert result.processed == 0
    assert sorted(s.name.split()[0] for s in result.skipped) == ["1.txt", "2.txt", "3.txt"]
    assert all("over the time budget" in s.reason for s in result.skipped)
