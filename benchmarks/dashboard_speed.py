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

- ``--warehouse`` (the dashboard as it runs now, asking DuckDB): the seed corpus's six
  tables are replicated with new ids straight in DuckDB (``INSERT ... SELECT`` over
  ``range()``, never through pandas) into a DuckDB file of ``corpus_*`` tables per size
  (default 5,000 and 1,000,000 articles; each copy shifted by a week, its actors given
  ids of their own for every one of 1,000 copy groups, so the actor list grows too), with
  the actor layout the stores keep (``analysis.derived.write_layout``). A
  fresh process per size opens the file as the dashboard does and times the queries of
  a filter change on the Overview (one actor and a minimum strength) and of a page
  switch (Overview to Actors, Themes, Commitments, Quotes and Articles, the median),
  then prints its resident memory (RSS, peak). Ratios large/small close the run.

    python benchmarks/dashboard_speed.py --warehouse [--sizes 5000 1000000] [--repeat 3]
        [--source-store PATH]

The seed corpus is processed once into a throw-away store (the spaCy model is needed for
that); ``--source-store PATH`` replicates the per-article rows of an existing store instead
(a build of a file of real articles: ``python -m analysis build FILE --store PATH``).
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


def store_local_tables(location: str | Path) -> Local:
    """Return the stored per-article rows of an existing store (read-only), e.g. a build of
    a file of real articles, to replicate instead of the seed corpus."""
    from analysis.stores import reader

    with reader(location) as store:
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
        at.switch_page(f"pages/{page}.py").run()
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
            visitor.switch_page("pages/overview.py").run()
            started = time.perf_counter()
            visitor.switch_page(f"pages/{page}.py").run()
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


# ---------------------------------------------------------------- the warehouse at scale

REPLICATED_ID_COLUMNS = {
    "articles": ("article_id",),
    "actors": (),
    "mentions": ("article_id",),
    "themes": ("article_id",),
    "commitments": ("article_id", "commitment_id"),
    "quotes": ("article_id", "quote_id"),
}
ACTOR_ID_COLUMNS = {
    "actors": ("actor_id",),
    "mentions": ("actor_id",),
    "commitments": ("actor_id", "counterpart_id"),
    "quotes": ("speaker_id",),
}
ACTOR_GROUPS = 1000


def write_replicated(corpus: Corpus, n_articles: int, path: Path) -> float:
    """Write ``n_articles`` copies-with-new-ids of ``corpus`` as ``corpus_*`` tables; return seconds."""
    import duckdb

    from analysis.derived import index_actor_names, index_articles, write_layout
    from analysis.tables import TABLE_NAMES

    started = time.perf_counter()
    path.unlink(missing_ok=True)
    con = duckdb.connect(str(path))
    con.execute("SET preserve_insertion_order = false")
    per_copy = max(1, len(corpus.articles))
    copies = -(-n_articles // per_copy)
    for name, frame in corpus.conformed().tables().items():
        con.register("seed", frame)
        con.execute(f"CREATE TEMP TABLE seed_{name} AS SELECT * FROM seed")
        con.unregister("seed")
    for name in TABLE_NAMES:
        columns = [d[0] for d in con.execute(f"SELECT * FROM seed_{name} LIMIT 0").description]
        exprs = []
        for col in columns:
            if col in REPLICATED_ID_COLUMNS[name]:
                exprs.append(f"{col} || '-' || k AS {col}")
            elif col in ACTOR_ID_COLUMNS.get(name, ()):
                exprs.append(
                    f"CASE WHEN {col} = '' THEN '' ELSE {col} || '~' || (k % {ACTOR_GROUPS}) END AS {col}"
                )
            elif col == "name" and name == "actors":
                exprs.append(f"name || ' ' || (k % {ACTOR_GROUPS}) AS name")
            elif col in ("date", "first_date", "last_date"):
                exprs.append(
                    f"CASE WHEN {col} = '' THEN '' ELSE strftime(CAST(substr({col}, 1, 10) AS DATE)"
                    f" + to_weeks(CAST(k AS INTEGER)), '%Y-%m-%d') END AS {col}"
                )
            else:
                exprs.append(col)
        if name == "actors":
            source = f"seed_actors, range(LEAST({copies}, {ACTOR_GROUPS})) r(k)"
        else:
            source = f"seed_{name}, range({copies}) r(k)"
        con.execute(f"CREATE TABLE corpus_{name} AS SELECT {', '.join(exprs)} FROM {source}")
    # Exactly n_articles, and actor counts over the replicated mentions (the build keeps them).
    con.execute(
        f"DELETE FROM corpus_articles WHERE article_id NOT IN "
        f"(SELECT article_id FROM corpus_articles ORDER BY article_id LIMIT {n_articles})"
    )
    for name in ("mentions", "themes", "commitments", "quotes"):
        con.execute(
            f"DELETE FROM corpus_{name} WHERE article_id NOT IN (SELECT article_id FROM corpus_articles)"
        )
    con.execute(
        "CREATE TABLE counted AS SELECT a.* REPLACE (coalesce(s.n, 0) AS mentions, "
        "coalesce(s.na, 0) AS articles) FROM corpus_actors a LEFT JOIN (SELECT actor_id, "
        "count(*) AS n, count(DISTINCT article_id) AS na FROM corpus_mentions GROUP BY 1) s "
        "USING (actor_id)"
    )
    con.execute("DROP TABLE corpus_actors")
    con.execute("ALTER TABLE counted RENAME TO corpus_actors")
    # The actor layout every store keeps, made by the build's own function.
    write_layout(con)
    index_articles(con, {name: f"corpus_{name}" for name in ("articles", "themes")})
    index_actor_names(con, "corpus_actors")
    con.close()
    return time.perf_counter() - started


def _rss_mb() -> tuple[float, float]:
    """Return this process's resident memory now and at its peak, in MB (Linux)."""
    fields = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, value = line.partition(":")
        fields[key] = value.strip()
    return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024


def page_questions(warehouse, filters: Filters) -> dict[str, Callable[[], object]]:
    """Return, per page, the questions its script asks the warehouse and the figures it draws."""
    from analysis.warehouse import Narrow

    def overview():
        warehouse.counts(filters)
        dates = warehouse.date_counts("articles", filters)
        charts.timeline_counts_figure(dates, warehouse.date_counts("commitments", filters))
        charts.actor_ranking_figure(warehouse.top_actors(filters, top=10), top=10)
        charts.theme_mix_figure(warehouse.theme_articles(filters))
        warehouse.page(
            "commitments",
            filters,
            limit=20,
            order=(("date", True),),
            narrow=Narrow.of(at_least={"strength": 0.7}),
        )

    def actors():
        charts.actor_ranking_figure(warehouse.top_actors(filters))
        warehouse.count("actors", filters)
        warehouse.page("actors", filters, order=(("mentions", True),))
        charts.network_figure_of(*warehouse.network(filters))
        warehouse.top_actors(filters, top=200)

    def themes():
        counts = warehouse.theme_dates(filters)
        unit = charts.pick_unit(counts["date"])
        charts.theme_heatmap_counts_figure(counts, unit=unit)
        charts.theme_trend_counts_figure(counts, unit=unit)
        charts.theme_actor_counts_figure(*warehouse.theme_actor_counts(filters))

    def commitments():
        warehouse.top_values("commitments", "actor", filters)
        warehouse.top_values("commitments", "counterpart", filters)
        points, n = warehouse.commitment_points(filters)
        charts.commitment_timeline_figure(points, n_actors=n)
        charts.commitment_flow_figure(warehouse.flows(filters))
        warehouse.count("commitments", filters)
        warehouse.page("commitments", filters, limit=500, order=(("date", True),))

    def quotes():
        warehouse.top_values("quotes", "speaker", filters)
        charts.speaker_figure(warehouse.speakers(filters))
        warehouse.count("quotes", filters)
        warehouse.page("quotes", filters)

    def articles():
        warehouse.count("articles", filters)
        first = warehouse.page("articles", filters, limit=500, columns=("article_id", "title"))
        if len(first):
            warehouse.article(first["article_id"].iloc[0], filters)

    return {
        "overview": overview,
        "actors": actors,
        "themes": themes,
        "commitments": commitments,
        "quotes": quotes,
        "articles": articles,
    }


def warehouse_child(path: str, repeat: int) -> None:
    """Open ``path`` as the dashboard does, time a filter change and page switches, print JSON."""
    import json

    from analysis.warehouse import Warehouse, connection_from_file, offering

    started = time.perf_counter()
    warehouse = Warehouse(connection_from_file(path))
    options = warehouse.options()
    opened = time.perf_counter() - started
    everything = Filters()
    # Each repetition is a new filter (another of the most mentioned actors), so nothing of
    # an earlier one is reused; "broad" keeps the later half of the dates (too many
    # articles to keep as a slice).
    tops = warehouse.top_actors(everything, top=repeat)["name"].tolist()
    dates = warehouse.date_counts("articles", everything)["date"]
    middle = date.fromisoformat(sorted(d for d in dates if d)[len(dates) // 2][:10])
    page_questions(warehouse, everything)["overview"]()  # the first visit
    filter_change, broad, switches = [], [], {p: [] for p in PAGES if p != "overview"}
    for k in range(repeat):
        changed = Filters(actors=(tops[k % len(tops)],), min_strength=0.3)
        ask = page_questions(warehouse, changed)
        began = time.perf_counter()
        offering(options, changed)
        ask["overview"]()
        filter_change.append(time.perf_counter() - began)
        for name in switches:
            began = time.perf_counter()
            offering(options, changed)
            ask[name]()
            switches[name].append(time.perf_counter() - began)
        wide = Filters(start=middle + timedelta(days=k))
        began = time.perf_counter()
        page_questions(warehouse, wide)["overview"]()
        broad.append(time.perf_counter() - began)
        # The unfiltered view too, as a visitor clears the filter.
        ask = page_questions(warehouse, everything)
        for name in PAGES:
            ask[name]()
    rss, peak = _rss_mb()
    print(
        json.dumps(
            {
                "open": opened,
                "filter_change": statistics.median(filter_change),
                "broad_filter_change": statistics.median(broad),
                "page_switch": statistics.median(statistics.median(v) for v in switches.values()),
                "pages": {k: statistics.median(v) for k, v in switches.items()},
                "rss_mb": rss,
                "peak_mb": peak,
            }
        )
    )


def print_warehouse(corpus: Corpus, sizes: list[int], repeat: int, work: Path) -> None:
    """Write each size, measure it in a fresh process, print seconds, memory and ratios."""
    import json
    import subprocess
    import sys

    results = {}
    for size in sizes:
        path = work / f"tables-{size}.duckdb"
        seconds = write_replicated(corpus, size, path)
        out = subprocess.run(
            [sys.executable, __file__, "--warehouse-child", str(path), "--repeat", str(repeat)],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        results[size] = json.loads(out.stdout.strip().splitlines()[-1])
        r = results[size]
        print(
            f"{size:>9} articles: written in {seconds:.1f}s ({path.stat().st_size / 1e6:,.0f} MB); "
            f"open {r['open']:.2f}s, filter change {r['filter_change']:.3f}s (broad "
            f"{r['broad_filter_change']:.3f}s), page switch "
            f"{r['page_switch']:.3f}s ({', '.join(f'{k} {v:.2f}s' for k, v in r['pages'].items())}), "
            f"server RSS {r['rss_mb']:.0f} MB (peak {r['peak_mb']:.0f} MB)"
        )
        path.unlink()
    small, large = min(sizes), max(sizes)
    if small != large:
        a, b = results[small], results[large]
        print(
            f"ratio {large}/{small}: filter change {b['filter_change'] / a['filter_change']:.2f}x "
            f"(target <= 3), broad filter change "
            f"{b['broad_filter_change'] / a['broad_filter_change']:.2f}x, "
            f"page switch {b['page_switch'] / a['page_switch']:.2f}x, "
            f"server memory {b['peak_mb'] / a['peak_mb']:.2f}x "
            f"({b['peak_mb'] / 1024:.2f} GB at {large:,}; target <= 1.5 GB)"
        )


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
    parser.add_argument(
        "--warehouse", action="store_true", help="time the DuckDB dashboard at each size"
    )
    parser.add_argument(
        "--source-store",
        type=Path,
        help="replicate the per-article rows of this store instead of the seed corpus",
    )
    parser.add_argument("--warehouse-child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.warehouse_child:
        warehouse_child(args.warehouse_child, args.repeat)
        return
    from analysis.build import assemble

    if args.source_store is not None and not args.source_store.exists():
        parser.error(f"no store at {args.source_store}")
    seeds = store_local_tables(args.source_store) if args.source_store else seed_local_tables()
    if args.warehouse:
        sizes = args.sizes if args.sizes != [50, 5000] else [5000, 1_000_000]
        with tempfile.TemporaryDirectory(dir=os.environ.get("TMPDIR")) as work:
            print_warehouse(assemble(seeds), sizes, args.repeat, Path(work))
        return
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
