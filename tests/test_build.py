"""Building the six tables: the contract on the bundled corpus, incremental and resumable builds."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from analysis import build as build_module
from analysis.articles import article_from_text
from analysis.build import build, load_store
from analysis.store import Store
from analysis.tables import SPECS, TABLE_NAMES

ROOT = Path(__file__).resolve().parent.parent

SHORT_ARTICLES = [
    " date 2025-03-04 Japan and the Philippines signed a reciprocal access agreement in Manila on Monday.",
    " date 2025-04-11 Defence Minister Ana Ferreira said Portugal would send two frigates to the Baltic.",
    " date 2025-05-20 The African Union urged both sides to agree to a ceasefire within thirty days.",
    " date 2025-06-02 Canada declined to commit troops to the mission, officials said.",
    " date 2025-07-15 NATO allies welcomed the proposal to expand air policing over Romania.",
    " date 2025-08-09 India plans to double its defence exports by 2029, the ministry said.",
]


def short_articles():
    return [article_from_text(text, path=f"short_{i}.txt") for i, text in enumerate(SHORT_ARTICLES)]


def test_every_table_is_filled_on_the_bundled_corpus(seed_corpus):
    for name in TABLE_NAMES:
        frame = seed_corpus.tables()[name]
        assert len(frame) > 0, name
        assert list(frame.columns[: len(SPECS[name].columns)]) == list(SPECS[name].columns)


def test_ids_link_the_tables(seed_corpus):
    article_ids = set(seed_corpus.articles["article_id"])
    actor_ids = set(seed_corpus.actors["actor_id"])
    assert seed_corpus.articles["article_id"].is_unique
    assert seed_corpus.actors["actor_id"].is_unique
    for name in ("mentions", "themes", "commitments", "quotes"):
        assert set(seed_corpus.tables()[name]["article_id"]) <= article_ids, name
    assert set(seed_corpus.mentions["actor_id"]) <= actor_ids
    assert set(seed_corpus.commitments["actor_id"]) - {""} <= actor_ids
    assert set(seed_corpus.quotes["speaker_id"]) - {""} <= actor_ids
    assert seed_corpus.commitments["commitment_id"].is_unique
    assert seed_corpus.quotes["quote_id"].is_unique


def test_offsets_point_into_the_article_text(seed_corpus):
    texts = dict(zip(seed_corpus.articles["article_id"], seed_corpus.articles["text"], strict=True))
    for row in seed_corpus.mentions.itertuples():
        assert texts[row.article_id][row.start_char : row.end_char] == row.text
    for row in seed_corpus.commitments.itertuples():
        span = texts[row.article_id][row.start_char : row.end_char]
        assert span and span in row.sentence or row.sentence in span


def test_dates_are_iso_and_the_seed_is_dated(seed_corpus):
    dates = seed_corpus.articles["date"]
    assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", d) for d in dates if d)
    seed = seed_corpus.articles[
        seed_corpus.articles["path"].str.endswith("000_49264e7b76c9ccf3.txt")
    ]
    assert seed["date"].tolist() == ["2026-01-27"]


def test_actor_counts_match_the_mentions(seed_corpus):
    counts = seed_corpus.mentions.groupby("actor_id").size()
    for row in seed_corpus.actors.itertuples():
        assert row.mentions == counts.get(row.actor_id, 0)
        assert row.first_date <= row.last_date


def test_a_second_build_processes_nothing(tmp_path):
    articles = short_articles()
    with Store(tmp_path / "store.duckdb") as store:
        first = build(articles, store=store)
        second = build(articles, store=store)
    assert (first.processed, first.reused) == (len(articles), 0)
    assert (second.processed, second.reused) == (0, len(articles))
    for name in TABLE_NAMES:
        assert second.corpus.tables()[name].equals(first.corpus.tables()[name]), name


def test_a_cached_build_never_loads_the_model(tmp_path, monkeypatch):
    articles = short_articles()[:2]
    with Store(tmp_path / "store.duckdb") as store:
        first = build(articles, store=store)

        def no_model():
            raise AssertionError("the model was loaded for a fully cached build")

        monkeypatch.setattr(build_module, "nlp", no_model)
        again = build(articles, store=store)
    assert again.processed == 0
    assert again.corpus.commitments.equals(first.corpus.commitments)


def test_a_new_pipeline_version_processes_again(tmp_path, monkeypatch):
    articles = short_articles()[:2]
    with Store(tmp_path / "store.duckdb") as store:
        build(articles, store=store)
        monkeypatch.setattr(build_module, "pipeline_version", lambda *a, **k: "a-newer-version")
        again = build(articles, store=store)
    assert again.processed == 2


def test_the_output_holds_exactly_the_requested_articles(tmp_path):
    articles = short_articles()
    with Store(tmp_path / "store.duckdb") as store:
        build(articles, store=store)
        subset = build(articles[:2], store=store)
        everything = load_store(store)
    assert set(subset.corpus.articles["path"]) == {"short_0.txt", "short_1.txt"}
    assert len(everything.articles) == len(articles)


def test_an_interrupted_build_resumes_without_duplicates(tmp_path, monkeypatch):
    articles = short_articles()
    monkeypatch.setattr(build_module, "STORE_BATCH", 2)

    def interrupt(done: int, total: int) -> None:
        if done >= 2:
            raise KeyboardInterrupt

    with Store(tmp_path / "store.duckdb") as store:
        with pytest.raises(KeyboardInterrupt):
            build(articles, store=store, progress=interrupt)
        assert len(store.article_ids()) == 2
        resumed = build(articles, store=store)
    reference = build(articles)
    assert (resumed.processed, resumed.reused) == (4, 2)
    for name in TABLE_NAMES:
        got = resumed.corpus.tables()[name]
        want = reference.corpus.tables()[name]
        assert len(got) == len(want), name
        assert not got.duplicated().any(), name


KILLER = """
import os, signal, sys
from analysis import build as b
from analysis.articles import read_articles
from analysis.store import Store
b.STORE_BATCH = 2
def kill(done, total):
    if done >= 2:
        os.kill(os.getpid(), signal.SIGKILL)
store = Store(sys.argv[1])
b.build(read_articles([sys.argv[2]]).articles, store=store, progress=kill)
"""


def test_a_killed_build_leaves_a_readable_store(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for i, text in enumerate(SHORT_ARTICLES):
        (folder / f"short_{i}.txt").write_text(text, encoding="utf-8")
    store_path = tmp_path / "store.duckdb"
    proc = subprocess.run(
        [sys.executable, "-c", KILLER, str(store_path), str(folder)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        timeout=300,
    )
    assert proc.returncode == -signal.SIGKILL
    with Store(store_path) as store:
        assert len(store.article_ids()) == 2
        resumed = build(short_articles(), store=store)
        assert resumed.processed == 4
        assert len(store.article_ids()) == 6
        assert not resumed.corpus.mentions.duplicated().any()


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        # a state only qualifying people or things takes no part in the article
        (
            "A British newspaper reported that Norway will send two frigates to the gulf.",
            {"Norway"},
            {"United Kingdom"},
        ),
        # one a demonym credits with a commitment stays an actor of the article
        ("Norwegian troops will remain in the valley until 2030.", {"Norway"}, set()),
        # so does one whose government a demonym names
        (
            "Since the floods began, the Norwegian Government has responded with aid.",
            {"Norway"},
            set(),
        ),
        # a named state stays, with its demonym mentions
        (
            "Sweden protested. Swedish diplomats said Sweden will recall its envoy.",
            {"Sweden"},
            set(),
        ),
    ],
)
def test_a_state_known_only_by_its_demonym_is_no_actor_unless_it_acts(
    nlp, text, kept, dropped
) -> None:
    from analysis.articles import Article
    from analysis.build import article_rows, theme_matcher
    from analysis.themes import default_taxonomy

    article = Article("a1", "", "2024-05-01", "", "", "", text)
    rows = article_rows(nlp(text), article, theme_matcher(default_taxonomy()))
    names = {row["name"] for row in rows["local_actors"]}
    keys = {row["actor_key"] for row in rows["local_mentions"]}
    assert kept <= names and not (dropped & names), names
    assert {row["actor_key"] for row in rows["local_actors"]} == keys
