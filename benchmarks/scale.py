"""How the build and the load grow with the corpus, and what a second process or a cluster gives.

usage: python benchmarks/scale.py --jsonl PATH [--sizes 1000 2000 4000] [--limit N]
                                  [--repeat 3] [--skip-throughput] [--skip-growth] [--full]

Two parts, each printed as ratios measured in this one run (the machine is shared, so
absolute seconds mean little):

- throughput: words per second of raw ``nlp.pipe`` against the whole build with 1 and 2
  processes and on a 2-worker Dask ``LocalCluster``, over the first ``--limit`` articles
  of the JSON Lines file (all of them by default); the speed-up of 2 processes and of the
  cluster over 1 process; each also as words per CPU second of every process (this one,
  its workers, a cluster's), which a busy machine disturbs less than wall time: for 1
  process the CPU ratio raw/build, for 2 the CPU seconds of 1 process over those of all
  processes (twice that bounds the speed-up on two idle cores); the load average before
  and after. Raw and the three builds take turns ``--repeat`` times (3 by default) and
  each ratio is the median of the rounds';
- growth: for each size in ``--sizes``, a fresh build into a new store file (its rows and
  its cross-article reduce: canonical actors and commitment groups, stored), then a load
  of the six tables from that store's published snapshot as the dashboard does it, and
  the reduce alone timed again over the stored rows, each in its own process so that its
  peak memory is its own; then the growth exponent fitted on log time against log size
  (1.0 is linear), of wall time and of CPU time (every thread of the step's program),
  which other programs on a shared machine disturb far less. ``--full`` also extends the largest store to every article of the
  file and loads it (the load the dashboard pays at the full corpus). ``--from-store S``
  skips parsing: each size's store gets the rows of its first articles copied from the
  store S (built earlier from the same file), batch by batch as a build stores them, and
  the "build" timed is then storing those rows plus the reduce.

``--dashboard`` adds a third part, the dashboard at scale (``dashboard_speed.py
--warehouse``): the per-article rows of ``--dashboard-store`` (a build of the JSON Lines
file; else ``--from-store``; else the seed corpus) replicated with new ids to each of
``--dashboard-sizes`` (default 5,000 and 1,000,000 articles), each size opened in a fresh
process as the dashboard does: a filter change (one actor and a minimum strength; a broad
date filter too), a page switch and the server's memory, with the ratios large/small.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from pipeline_speed import peak_mb  # noqa: E402

from analysis.articles import Article, read_articles  # noqa: E402
from analysis.model import load_model  # noqa: E402


def build_rate(articles: list[Article], *, processes: int = 1, dask: str | None = None) -> float:
    """Words per second of a first build into a fresh store file."""
    return timed(lambda: _build(articles, processes=processes, dask=dask), articles)[0]


def _build(articles: list[Article], *, processes: int = 1, dask: str | None = None) -> None:
    from analysis.build import build
    from analysis.store import Store

    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.duckdb") as store:
        build(articles, store=store, processes=processes, dask=dask)


def _cpu() -> float:
    """CPU seconds of this process and of every finished child (workers, a cluster's)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def timed(work, articles: list[Article]) -> tuple[float, float]:
    """Words per second of ``work()`` in wall time and per CPU second of every process.

    CPU seconds count this process and its finished children, so a busy machine (other
    programs taking turns on the cores) disturbs them less than the wall clock.
    """
    words = sum(a.n_words for a in articles)
    wall, cpu = time.perf_counter(), _cpu()
    work()
    return words / (time.perf_counter() - wall), words / (_cpu() - cpu)


def throughput(articles: list[Article], repeat: int = 3) -> None:
    from analysis.build import theme_matcher
    from analysis.pipeline import nlp
    from analysis.themes import default_taxonomy

    words = sum(a.n_words for a in articles)
    print(f"\n== throughput: {len(articles)} articles, {words} words")
    print("load average (1, 5, 15 min) before: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    nlp()  # the shared pipeline and the theme matcher load outside the timings
    theme_matcher(default_taxonomy())
    model = load_model()  # loaded outside the timing

    def raw_pass() -> None:
        for _ in model.pipe((a.text for a in articles), batch_size=16):
            pass

    settings = (
        ("1 process", {"processes": 1}),
        ("2 processes", {"processes": 2}),
        ("LocalCluster, 2 workers", {"dask": "local:2"}),
    )
    # Raw and every build take turns, ``repeat`` times: a busy spell of the shared
    # machine hits one round, and each ratio printed is the median of the rounds'.
    rounds: list[dict[str, tuple[float, float]]] = []
    for _ in range(repeat):
        one = {"raw": timed(raw_pass, articles)}
        for label, kwargs in settings:
            one[label] = timed(lambda kw=kwargs: _build(articles, **kw), articles)
        rounds.append(one)

    def median(label: str, over: str, cpu: bool = False) -> float:
        return statistics.median(r[label][cpu] / r[over][cpu] for r in rounds)

    for label, _ in settings:
        print(
            f"{label}: build/raw(1 process) {median(label, 'raw'):.2f}; words per CPU second "
            f"of every process, build/raw {median(label, 'raw', cpu=True):.2f}"
        )
    print(f"1 process, CPU time: raw/build {median('1 process', 'raw', cpu=True):.2f}")
    if repeat > 1:
        print(
            "1 process, each round, build/raw wall (CPU): "
            + ", ".join(
                f"{r['1 process'][0] / r['raw'][0]:.2f} ({r['1 process'][1] / r['raw'][1]:.2f})"
                for r in rounds
            )
        )
    for label in ("2 processes", "LocalCluster, 2 workers"):
        cpu = median(label, "1 process", cpu=True)
        print(
            f"{label} / 1 process: {median(label, '1 process'):.2f} "
            f"(CPU seconds of 1 process / of all processes: "
            f"{cpu:.2f}, so at most {2 * cpu:.2f} on two idle cores)"
        )
    print(f"medians of {repeat} round(s) of raw and builds, taking turns")
    print("load average (1, 5, 15 min) after: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))


STEP = """
import json, re, resource, sys, time
from analysis.articles import read_articles
from analysis.build import load_store, update_store
from analysis.derived import REDUCE_COLUMNS, derive
from analysis.store import Store
path, limit, store_path, step = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
def cpu():  # every thread of this program (DuckDB's included)
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime
if step.startswith("copy:"):  # rows from an earlier build, no parsing
    ids = [a.article_id for a in read_articles([path]).articles[:limit]]
    with Store(step[5:], read_only=True) as source:
        local = source.local_tables(ids)
    start, start_cpu = time.perf_counter(), cpu()
    with Store(store_path) as store:
        for i in range(0, len(ids), 32):
            batch = set(ids[i : i + 32])
            store.add({n: f[f["article_id"].isin(batch)] for n, f in local.items()}, "copied")
        store.refresh_derived()
elif step == "build":
    articles = read_articles([path]).articles[:limit]
    start, start_cpu = time.perf_counter(), cpu()
    with Store(store_path) as store:
        update_store(articles, store)
elif step == "load":
    start, start_cpu = time.perf_counter(), cpu()
    with Store.reader(store_path) as store:
        corpus = load_store(store)
        assert store.derived_current() and len(corpus.articles) > 0
else:  # the reduce alone, over the stored rows
    with Store.reader(store_path) as store:
        local = store.local_tables(columns=REDUCE_COLUMNS)
    start, start_cpu = time.perf_counter(), cpu()
    derive(local)
seconds, cpu_seconds = time.perf_counter() - start, cpu() - start_cpu
# VmHWM is this program's own peak: ru_maxrss would include the parent's peak at fork.
status = open("/proc/self/status").read()
peak_kb = int(re.search(r"VmHWM:\\s+(\\d+)", status).group(1))
print(json.dumps({"seconds": seconds, "cpu": cpu_seconds, "peak_mb": peak_kb / 1024}))
"""


def run_step(jsonl: Path, size: int, store: Path, step: str) -> dict:
    proc = subprocess.run(
        [sys.executable, "-c", STEP, str(jsonl), str(size), str(store), step],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(proc.stdout.strip().splitlines()[-1])


def exponent(sizes: list[int], values: list[float]) -> float:
    """The least-squares slope of log(value) on log(size)."""
    xs = [math.log(s) for s in sizes]
    ys = [math.log(max(v, 1e-9)) for v in values]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum(
        (x - mx) ** 2 for x in xs
    )


def growth(
    jsonl: Path, sizes: list[int], *, full: bool = False, from_store: Path | None = None
) -> None:
    build_step = f"copy:{from_store}" if from_store else "build"
    what = f" (rows copied from {from_store}, no parsing)" if from_store else ""
    print(f"\n== growth: sizes {sizes}{what}")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            store = Path(tmp) / f"s{size}.duckdb"
            built = run_step(jsonl, size, store, build_step)
            loaded = run_step(jsonl, size, store, "load")
            reduced = run_step(jsonl, size, store, "reduce")
            rows.append((size, built, loaded, reduced))
            print(
                f"{size} articles: build {built['seconds'] / rows[0][1]['seconds']:.2f}x, "
                f"load {loaded['seconds'] / rows[0][2]['seconds']:.2f}x and "
                f"reduce {reduced['seconds'] / rows[0][3]['seconds']:.2f}x of the smallest size; "
                f"load/build {loaded['seconds'] / built['seconds']:.3f}; seconds build "
                f"{built['seconds']:.1f}, load {loaded['seconds']:.2f}, reduce "
                f"{reduced['seconds']:.2f}; CPU seconds build {built['cpu']:.1f}, load "
                f"{loaded['cpu']:.2f}, reduce {reduced['cpu']:.2f}; "
                f"peak memory build {built['peak_mb']:,.0f} MB, "
                f"load {loaded['peak_mb']:,.0f} MB"
            )
        if len(sizes) > 1:
            for name, key, part in (
                ("build time", "seconds", 1),
                ("load time", "seconds", 2),
                ("reduce time", "seconds", 3),
                ("build CPU time", "cpu", 1),
                ("load CPU time", "cpu", 2),
                ("reduce CPU time", "cpu", 3),
                ("build peak memory", "peak_mb", 1),
                ("load peak memory", "peak_mb", 2),
            ):
                values = [row[part][key] for row in rows]
                print(f"growth exponent of {name}: {exponent(sizes, values):.2f}")
        if full:
            store = Path(tmp) / f"s{sizes[-1]}.duckdb"
            everything = len(read_articles([jsonl]).articles)
            extended = run_step(jsonl, everything, store, build_step)
            loaded = run_step(jsonl, everything, store, "load")
            print(
                f"all {everything} articles: extending the {sizes[-1]}-article store "
                f"{extended['seconds']:.1f} s; load {loaded['seconds']:.2f} s "
                f"({loaded['seconds'] / rows[-1][2]['seconds']:.2f}x the {sizes[-1]}-article "
                f"load), peak memory {loaded['peak_mb']:,.0f} MB"
            )


def dashboard(source: Path | None, sizes: list[int], repeat: int) -> None:
    """Print the dashboard's filter change, page switch and memory at each size, and ratios."""
    from dashboard_speed import print_warehouse, seed_local_tables, store_local_tables

    from analysis.build import assemble

    if source is not None and not source.exists():
        raise SystemExit(f"no store at {source}")
    local = store_local_tables(source) if source else seed_local_tables()
    print(
        f"dashboard: replicating {len(local['articles']):,} articles of "
        f"{source or 'the seed corpus'} to {', '.join(f'{n:,}' for n in sizes)} articles"
    )
    with tempfile.TemporaryDirectory(dir=os.environ.get("TMPDIR")) as work:
        print_warehouse(assemble(local), sizes, repeat, Path(work))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--jsonl", type=Path, required=True, help="a JSON Lines file of articles")
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 2000, 4000])
    parser.add_argument("--limit", type=int, help="articles for the throughput part")
    parser.add_argument("--skip-throughput", action="store_true")
    parser.add_argument(
        "--repeat", type=int, default=3, help="rounds of raw and builds (medians are shown)"
    )
    parser.add_argument("--skip-growth", action="store_true")
    parser.add_argument(
        "--from-store", type=Path, help="copy rows from this store instead of parsing (growth)"
    )
    parser.add_argument(
        "--full", action="store_true", help="also load every article of the file (growth part)"
    )
    parser.add_argument("--dashboard", action="store_true", help="also time the dashboard at scale")
    parser.add_argument(
        "--dashboard-store", type=Path, help="the store whose rows the dashboard part replicates"
    )
    parser.add_argument(
        "--dashboard-sizes", type=int, nargs="+", default=[5000, 1_000_000], metavar="N"
    )
    parser.add_argument("--dashboard-repeat", type=int, default=3, metavar="N")
    args = parser.parse_args()
    if not args.skip_throughput:
        articles = read_articles([args.jsonl]).articles
        throughput(articles[: args.limit] if args.limit else articles, args.repeat)
        own, children = peak_mb()
        print(f"peak memory: {own:,.0f} MB here, {children:,.0f} MB in the largest worker")
    if not args.skip_growth:
        growth(args.jsonl, sorted(args.sizes), full=args.full, from_store=args.from_store)
    if args.dashboard:
        dashboard(
            args.dashboard_store or args.from_store,
            sorted(args.dashboard_sizes),
            args.dashboard_repeat,
        )


if __name__ == "__main__":
    main()
