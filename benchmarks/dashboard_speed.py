"""How long a filter change costs on each dashboard page, at 50 and 5,000 articles.

A filter change reruns the frame (the cached tables are reused) and one page. Two
measurements, on corpora made by replicating the seed corpus's stored per-article rows
under new ids (each copy shifted by a week, so time axes grow too) and assembling them
exactly as the dashboard does:

- ``work``: filtering the six tables plus building the page's figures, with the same
  functions the pages call (the part that grows with the corpus);
- ``rerun`` (with ``--apptest``): a whole rerun of frame and page through Streamlit's
  AppTest after moving the strength slider, which adds widgets, tables sent to the
  browser and AppTest's own bookkeeping (so it is an upper bound of the server's work).

- ``visits`` (with ``--visits``): what a visitor waits for, through AppTest on a store of
  that size, after a first visitor has warmed the server's caches: a second visitor's
  first chart (a new session's first run of the Overview), a filter change (the strength
  slider, on the Overview) and a page switch (from the Overview to each other page in
  turn, the median). The bundled corpus (``seeds/`` as it is) is measured too, and every
  size is given as a ratio to 50 articles.

Two filter changes: "strength" (minimum strength 0.3: every article stays in view, the
heaviest case for the Actors network) and "actor" (one actor and minimum strength 0.3).

    python benchmarks/dashboard_speed.py [--sizes 50 5000] [--repeat 3] [--apptest] [--visits]

The seed corpus is processed once into a throw-away store (the spaCy model is needed for that).
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pandas as pd

from analysis import charts
from analysis.corpus import Corpus
from analysis.filters import Filters, apply

ROOT = Path(__file__).resolve().parent.parent
PAGES = ("overview", "actors", "themes", "commitments", "quotes", "articles")
# Columns holding ids that must stay unique per copy, per stored table.
ID_COLUMNS = {
    "articles": ("article_id",),
    "local_actors": ("article_id",),
    "local_mentions": ("article_id",),
    "themes": ("article_id",),
    "local_quotes": ("article_id", "quote_id"),
    "local_commitments": ("article_id", "commitment_id"),
}
Local = dict[str, pd.DataFrame]


def seed_local_tables() -> Local:
    """Return the stored per-article rows of the bundled seeds, processed in a temporary store."""
    from analysis.build import build_paths
    from analysis.store import Store

    with Store(":memory:") as store:
        build_paths([str(ROOT / "seeds")], store=store)
        return store.local_tables()


def _shift(dates: pd.Series, weeks: int) -> pd.Series:
    def moved(value: str) -> str:
        if not value:
            return value
        return (date.fromisoformat(value[:10]) + timedelta(weeks=weeks)).isoformat()

    return dates.map(moved)


def replicate(local: Local, n_articles: int) -> Local:
    """Return stored rows of ``n_articles`` articles: copies of ``local`` under new ids."""
    per_copy = max(1, len(local["articles"]))
    copies = -(-n_articles // per_copy)
    parts: dict[str, list[pd.DataFrame]] = {name: [] for name in ID_COLUMNS}
    for k in range(copies):
        for name, columns in ID_COLUMNS.items():
            frame = local[name].copy()
            for col in columns:
                frame[col] = frame[col] + f"-{k}"
            if "date" in frame.columns:
                frame["date"] = _shift(frame["date"], k)
            parts[name].append(frame)
    out = {name: pd.concat(frames, ignore_index=True) for name, frames in parts.items()}
    keep = set(out["articles"]["article_id"].head(n_articles))
    return {name: frame[frame["article_id"].isin(keep)] for name, frame in out.items()}


def write_store(local: Local, path: Path) -> None:
    """Write the stored rows into a new store file at ``path``."""
    from analysis.store import Store

    with Store(path) as store:
        store.add(local, "benchmark")


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
        "articles": lambda: None,
    }


def measure_work(corpus: Corpus, filters: Filters, repeat: int) -> dict[str, float]:
    """Return the median seconds of filtering plus each page's figures."""
    timings: dict[str, list[float]] = {}
    for _ in range(repeat):
        for page in PAGES:
            started = time.perf_counter()
            view = apply(corpus, filters)
            page_work(view)[page]()
            timings.setdefault(page, []).append(time.perf_counter() - started)
    return {page: statistics.median(values) for page, values in timings.items()}


def measure_reruns(store: Path, repeat: int) -> dict[str, float]:
    """Return the median seconds of a whole AppTest rerun per page after a slider change."""
    from streamlit.testing.v1 import AppTest

    os.environ["COMMITMENT_TRACKER_STORE"] = str(store)
    timings: dict[str, float] = {}
    for page in PAGES:
        at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=600)
        at.run()
        at.switch_page(f"views/{page}.py").run()
        runs = []
        for k in range(repeat):
            slider = at.sidebar.slider(key="f.min_strength")
            slider.set_value(0.3 if k % 2 == 0 else 0.35)
            started = time.perf_counter()
            at.run()
            runs.append(time.perf_counter() - started)
            if at.exception:
                raise RuntimeError(f"{page}: {at.exception[0].value}")
        timings[page] = statistics.median(runs)
    return timings


VISIT_STEPS = ("first chart", "filter change", "page switch")


def measure_visits(store: Path, repeat: int) -> dict[str, float]:
    """Return the median seconds of a second visitor's first chart, a filter change, a page switch.

    A first AppTest session warms the caches the server shares between visitors (the
    tables, the filter values); each later session is a new visitor.
    """
    from streamlit.testing.v1 import AppTest

    os.environ["COMMITMENT_TRACKER_STORE"] = str(store)
    app = str(ROOT / "dashboard.py")
    AppTest.from_file(app, default_timeout=600).run()  # the first visitor
    steps: dict[str, list[float]] = {step: [] for step in VISIT_STEPS}
    for k in range(repeat):
        visitor = AppTest.from_file(app, default_timeout=600)
        started = time.perf_counter()
        visitor.run()
        steps["first chart"].append(time.perf_counter() - started)
        visitor.sidebar.slider(key="f.min_strength").set_value(0.3 if k % 2 == 0 else 0.35)
        started = time.perf_counter()
        visitor.run()
        steps["filter change"].append(time.perf_counter() - started)
        for page in PAGES[1:]:
            visitor.switch_page("views/overview.py").run()
            started = time.perf_counter()
            visitor.switch_page(f"views/{page}.py").run()
            steps["page switch"].append(time.perf_counter() - started)
            if visitor.exception:
                raise RuntimeError(f"{page}: {visitor.exception[0].value}")
    return {step: statistics.median(values) for step, values in steps.items()}


def print_visits(seeds: Local, sizes: list[int], repeat: int, work: Path) -> None:
    """Print the visit timings of the bundled corpus and of each size, as ratios to 50 articles."""
    corpora = {"bundled": seeds, **{str(n): replicate(seeds, n) for n in sorted({50, *sizes})}}
    timings = {}
    for label, local in corpora.items():
        store = work / f"visits-{label}.duckdb"
        write_store(local, store)
        timings[label] = measure_visits(store, repeat)
        n = len(local["articles"])
        print(
            f"{label:>8} ({n:>5} articles) "
            + " ".join(f"{step}: {timings[label][step]:.3f}s" for step in VISIT_STEPS)
        )
    for label in corpora:
        if label == "50":
            continue
        print(
            f"ratio {label}/50: "
            + ", ".join(
                f"{step} {timings[label][step] / timings['50'][step]:.2f}x" for step in VISIT_STEPS
            )
        )


def _row(label: str, seconds: dict[str, float]) -> str:
    return f"{label:>24} " + " ".join(f"{seconds[p]:>11.3f}s" for p in PAGES)


def main() -> None:
    """Print seconds per page for each corpus size and filter change, and 5,000/50 ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[50, 5000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--apptest", action="store_true", help="also time whole AppTest reruns")
    parser.add_argument(
        "--visits",
        action="store_true",
        help="also time a second visitor's first chart, a filter change and a page switch",
    )
    parser.add_argument("--only-visits", action="store_true", help="time the visits only")
    args = parser.parse_args()
    from analysis.build import assemble

    seeds = seed_local_tables()
    top_actor = assemble(seeds).actors.query("type != 'place'")["name"].iloc[0]
    scenarios = {
        "strength": Filters(min_strength=0.3),
        "actor": Filters(actors=(top_actor,), min_strength=0.3),
    }
    print(f"actor filter: {top_actor!r}; seconds per page (median of {args.repeat})")
    print(f"{'articles / measure':>24} " + " ".join(f"{p:>12}" for p in PAGES))
    results: dict[tuple[int, str], dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as work:
        os.environ["COMMITMENT_TRACKER_SEEDS"] = str(Path(work) / "no-seeds")
        (Path(work) / "no-seeds").mkdir()
        if args.visits or args.only_visits:
            print_visits(seeds, args.sizes, args.repeat, Path(work))
        if args.only_visits:
            return
        for size in args.sizes:
            local = replicate(seeds, size)
            started = time.perf_counter()
            corpus = assemble(local)
            print(
                f"{size} articles: assembling the six tables took {time.perf_counter() - started:.2f}s"
            )
            for name, filters in scenarios.items():
                results[(size, name)] = measure_work(corpus, filters, args.repeat)
                print(_row(f"{size} work {name}", results[(size, name)]))
            if args.apptest:
                store = Path(work) / f"store-{size}.duckdb"
                write_store(local, store)
                results[(size, "rerun")] = measure_reruns(store, args.repeat)
                print(_row(f"{size} rerun strength", results[(size, "rerun")]))
    small, large = min(args.sizes), max(args.sizes)
    if small != large:
        for measure in dict.fromkeys(name for _, name in results):
            ratios = {p: results[(large, measure)][p] / results[(small, measure)][p] for p in PAGES}
            print(
                f"{f'ratio {large}/{small} {measure}':>24} "
                + " ".join(f"{r:>11.1f}x" for r in ratios.values())
            )


if __name__ == "__main__":
    main()
