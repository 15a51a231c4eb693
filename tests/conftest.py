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
def seed_build():
    """The build result of the bundled seeds/ corpus, in a throw-away store."""
    from analysis.articles import read_articles
    from analysis.build import build

    report = read_articles([SEEDS])
    return build(report.articles)


@pytest.fixture(scope="session")
def seed_corpus(seed_build):
    """The six tables of the bundled seeds/ corpus."""
    return seed_build.corpus
