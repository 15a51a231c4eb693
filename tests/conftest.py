"""Shared fixtures: the project's pipeline and the bundled corpus, built once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_FILE = SEEDS / "000_49264e7b76c9ccf3.txt"


@pytest.fixture(scope="session")
def nlp():
    """The project's spaCy pipeline (model plus rules)."""
    from analysis.pipeline import nlp as shared_nlp

    return shared_nlp()


@pytest.fixture(scope="session")
def seed_store_path(tmp_path_factory):
    """A store file holding the bundled seeds/ corpus, built once per session.

    Tests read it (or copy its rows); none writes to it.
    """
    return tmp_path_factory.mktemp("seed-store") / "seeds.duckdb"


@pytest.fixture(scope="session")
def seed_build(seed_store_path):
    """The build result of the bundled seeds/ corpus, kept in ``seed_store_path``."""
    from analysis.articles import read_articles
    from analysis.build import build
    from analysis.store import Store

    report = read_articles([SEEDS])
    with Store(seed_store_path, publish=False) as store:
        return build(report.articles, store=store)


@pytest.fixture(scope="session")
def seed_corpus(seed_build):
    """The six tables of the bundled seeds/ corpus."""
    return seed_build.corpus
