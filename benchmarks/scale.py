"""How the build and the load grow with the corpus, and what a second process or a cluster gives.

usage: python benchmarks/scale.py --jsonl PATH [--sizes 1000 2000 4000] [--limit N]
                                  [--skip-throughput] [--skip-growth]

Two parts, each printed as ratios measured in this one run (the machine is shared, so
absolute seconds mean little):

- throughput: words per second of raw ``nlp.pipe`` against the whole build with 1 and 2
  processes and on a 2-worker Dask ``LocalCluster``, over the first ``--limit`` articles
  of the JSON Lines file (all of them by default); the speed-up of 2 processes and of the
  cluster over 1 process; for 1 process also the ratio of CPU seconds (raw/build), which
  a busy machine disturbs less than wall time; the load average before and after;
- growth: for each size in ``--sizes``, a fresh build into a new store file, then a load
  of the six tables from that store as the dashboard does it, each in its own process so
  that its peak memory is its own; then the growth exponent fitted on log time against
  log size (1.0 is linear).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from pipeline_speed import peak_mb, raw_rate  # noqa: E402

from analysis.articles import Article, read_articles  # noqa: E402
from analysis.model import load_model  # noqa: E402


def build_rate(articles: list[Article], *, processes: int = 1, dask: str | None = None) -> float:
    """Words per second of a first build into a fresh store file."""
    from analysis.build import build
    from analysis.store import Store

    words = sum(a.n_words for a in articles)
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.duckdb") as store:
        start = time.perf_counter()
        build(articles, store=store, processes=processes, dask=dask)
        return words / (time.perf_counter() - start)


def cpu_seconds(work) -> float:
    """CPU seconds this process spends on ``work()`` (less sensitive to a busy machine)."""
    start = time.process_time()
    work()
    return time.process_time() - start


def throughput(articles: list[Article]) -> None:
    from analysis.pipeline import nlp

    words = sum(a.n_words for a in articles)
    print(f"\n== throughput: {len(articles)} articles, {words} words")
    print("load average (1, 5, 15 min) before: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    nlp()  # the shared pipeline loads outside the timings
    model = load_model()  # loaded outside the CPU timing, as raw_rate does for its clock

    def raw_pass() -> None:
        for _ in model.pipe((a.text for a in articles), batch_size=16):
            pass

    raw_cpu = cpu_seconds(raw_pass)
    raw = raw_rate(articles, 1)
    rates = {}
    for label, kwargs in (
        ("1 process", {"processes": 1}),
        ("2 processes", {"processes": 2}),
        ("LocalCluster, 2 workers", {"dask": "local:2"}),
    ):
        rates[label] = build_rate(articles, **kwargs)
        print(f"{label}: build/raw(1 process) {rates[label] / raw:.2f}")
    build_cpu = cpu_seconds(lambda: build_rate(articles, processes=1))
    print(f"1 process, CPU time: raw/build {raw_cpu / build_cpu:.2f}")
    print(f"2 processes / 1 process: {rates['2 processes'] / rates['1 process']:.2f}")
    print(
        "LocalCluster, 2 workers / 1 process: "
        f"{rates['LocalCluster, 2 workers'] / rates['1 process']:.2f}"
    )
    print("load average (1, 5, 15 min) after: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))


STEP = """
import json, re, sys, time
from analysis.articles import read_articles
from analysis.build import load_store, update_store
from analysis.store import Store
path, limit, store_path, step = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
start = time.perf_counter()
with Store(store_path) as store:
    if step == "build":
        update_store(read_articles([path]).articles[:limit], store)
    else:
        load_store(store)
seconds = time.perf_counter() - start
# VmHWM is this program's own peak: ru_maxrss would include the parent's peak at fork.
status = open("/proc/self/status").read()
peak_kb = int(re.search(r"VmHWM:\\s+(\\d+)", status).group(1))
print(json.dumps({"seconds": seconds, "peak_mb": peak_kb / 1024}))
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


def growth(jsonl: Path, sizes: list[int]) -> None:
    print(f"\n== growth: sizes {sizes}")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            store = Path(tmp) / f"s{size}.duckdb"
            built = run_step(jsonl, size, store, "build")
            loaded = run_step(jsonl, size, store, "load")
            rows.append((size, built, loaded))
            print(
                f"{size} articles: build {built['seconds'] / rows[0][1]['seconds']:.2f}x and "
                f"load {loaded['seconds'] / rows[0][2]['seconds']:.2f}x of the smallest size; "
                f"load/build {loaded['seconds'] / built['seconds']:.3f}; peak memory "
                f"build {built['peak_mb']:,.0f} MB, load {loaded['peak_mb']:,.0f} MB"
            )
    if len(sizes) > 1:
        for name, key, part in (
            ("build time", "seconds", 1),
            ("load time", "seconds", 2),
            ("build peak memory", "peak_mb", 1),
            ("load peak memory", "peak_mb", 2),
        ):
            values = [row[part][key] for row in rows]
            print(f"growth exponent of {name}: {exponent(sizes, values):.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--jsonl", type=Path, required=True, help="a JSON Lines file of articles")
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 2000, 4000])
    parser.add_argument("--limit", type=int, help="articles for the throughput part")
    parser.add_argument("--skip-throughput", action="store_true")
    parser.add_argument("--skip-growth", action="store_true")
    args = parser.parse_args()
    if not args.skip_throughput:
        articles = read_articles([args.jsonl]).articles
        throughput(articles[: args.limit] if args.limit else articles)
        own, children = peak_mb()
        print(f"peak memory: {own:,.0f} MB here, {children:,.0f} MB in the largest worker")
    if not args.skip_growth:
        growth(args.jsonl, sorted(args.sizes))


if __name__ == "__main__":
    main()
