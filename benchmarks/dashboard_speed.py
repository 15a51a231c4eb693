"""How long a filter change costs on each dashboard page, at 50 and 5,000 articles.

A filter change reruns the frame (the cached tables are reused) and one page: the work
that grows with the corpus is filtering the six tables and building the page's figures.
This measures exactly that, with the same functions the pages call, on synthetic
corpora made by replicating the seed corpus's tables under new ids (each copy shifted by
a week, so time axes grow too).

    python benchmarks/dashboard_speed.py [--sizes 50 5000] [--repeat 3]

The seed corpus is built once into a throw-away store (the spaCy model is needed for that).
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pandas as pd

from analysis import charts
from analysis.corpus import Corpus
from analysis.filters import Filters, apply

ROOT = Path(__file__).resolve().parent.parent
ID_COLUMNS = {
    "articles": ("article_id",),
    "actors": (),
    "mentions": ("article_id",),
    "themes": ("article_id",),
    "commitments": ("article_id", "commitment_id"),
    "quotes": ("article_id", "quote_id"),
}


def seed_corpus() -> Corpus:
    """Return the tables of the bundled seeds, built in memory."""
    from analysis.build import build_paths

    result, _ = build_paths([str(ROOT / "seeds")])
    return result.corpus


def _shift(dates: pd.Series, weeks: int) -> pd.Series:
    def moved(value: str) -> str:
        if not value:
            return value
        return (date.fromisoformat(value[:10]) + timedelta(weeks=weeks)).isoformat()

    return dates.map(moved)


def replicate(corpus: Corpus, n_articles: int) -> Corpus:
    """Return a corpus of ``n_articles`` articles: copies of ``corpus`` under new ids."""
    per_copy = max(1, len(corpus.articles))
    copies = -(-n_articles // per_copy)
    tables: dict[str, list[pd.DataFrame]] = {name: [] for name in ID_COLUMNS}
    for k in range(copies):
        for name, frame in corpus.tables().items():
            if name == "actors":
                continue
            frame = frame.copy()
            for col in ID_COLUMNS[name]:
                frame[col] = frame[col] + f"-{k}"
            if "date" in frame.columns:
                frame["date"] = _shift(frame["date"], k)
            tables[name].append(frame)
    out = {name: pd.concat(parts, ignore_index=True) for name, parts in tables.items() if parts}
    keep = set(out["articles"]["article_id"].head(n_articles))
    out = {name: frame[frame["article_id"].isin(keep)] for name, frame in out.items()}
    actors = corpus.actors.copy()
    actors["mentions"] = actors["mentions"] * copies
    actors["articles"] = actors["articles"] * copies
    return Corpus(actors=actors, **{k: v.reset_index(drop=True) for k, v in out.items()})


def page_work(view: Corpus) -> dict[str, Callable[[], object]]:
    """Return, per page, the figure building its script does after filtering."""
    return {
        "overview": lambda: (
            charts.timeline_figure(view.articles, view.commitments),
            charts.actor_ranking_figure(view.actors, top=10),
            charts.theme_mix_figure(view.themes),
        ),
        "actors": lambda: (
            charts.actor_ranking_figure(view.actors),
            charts.network_figure(view.actors, view.mentions, view.commitments),
        ),
        "themes": lambda: (
            charts.theme_heatmap_figure(view.themes, view.articles),
            charts.theme_trend_figure(view.themes, view.articles),
            charts.theme_actor_figure(view.themes, view.mentions, view.actors),
        ),
        "commitments": lambda: (
            charts.commitment_timeline_figure(view.commitments),
            charts.commitment_flow_figure(view.commitments),
        ),
        "quotes": lambda: charts.speaker_figure(view.quotes),
    }


def measure(corpus: Corpus, filters: Filters, repeat: int) -> dict[str, float]:
    """Return the median seconds of filtering plus each page's figures."""
    timings: dict[str, list[float]] = {}
    for _ in range(repeat):
        for page in page_work(corpus):
            started = time.perf_counter()
            view = apply(corpus, filters)
            page_work(view)[page]()
            timings.setdefault(page, []).append(time.perf_counter() - started)
    return {page: statistics.median(values) for page, values in timings.items()}


def main() -> None:
    """Print a table of seconds per page and corpus size."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[50, 5000])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    seeds = seed_corpus()
    top_actor = seeds.actors[seeds.actors["type"] != "place"]["name"].iloc[0]
    filters = Filters(actors=(top_actor,), min_strength=0.3)
    print(f"filter change: actor = {top_actor!r}, minimum strength 0.3")
    print(f"{'articles':>9} " + " ".join(f"{p:>12}" for p in page_work(seeds)))
    for size in args.sizes:
        corpus = replicate(seeds, size)
        seconds = measure(corpus, filters, args.repeat)
        print(f"{len(corpus.articles):>9} " + " ".join(f"{s:>11.3f}s" for s in seconds.values()))


if __name__ == "__main__":
    main()
