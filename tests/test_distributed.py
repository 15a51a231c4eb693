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
def test_a_two_worker_local_cluster_builds_the_same_tables_as_one_process(seed_build):
    """The bundled corpus on a 2-worker LocalCluster gives identical tables."""
    from analysis.articles import read_articles
    from analysis.build import build
    from tests.conftest import SEEDS

    articles = read_articles([SEEDS]).articles
    on_cluster = build(articles, dask="local:2")
    assert on_cluster.processed == len(articles)
    local = seed_build.corpus.tables()
    for name, frame in on_cluster.corpus.tables().items():
        assert len(frame) == len(local[name]) > 0, name
        pd.testing.assert_frame_equal(
            frame.reset_index(drop=True), local[name].reset_index(drop=True), obj=name
        )
