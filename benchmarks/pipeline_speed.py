"""Throughput of the whole build against raw ``nlp.pipe`` on the same texts.

usage: python benchmarks/pipeline_speed.py [--seeds DIR] [--jsonl PATH] [--limit N]
                                           [--processes 1 2]

For each corpus (the bundled seeds/ and, when given, a JSON Lines file of articles such
as a news dump) it prints words per second of:
  raw   - the plain model, ``nlp.pipe`` over the article texts, nothing else;
  build - the full build (project pipeline, every extractor, canonical actors, store)
          into a fresh store file, for each --processes value;
the ratio build/raw, the time of a second build over the same store (everything cached)
as a ratio of the first, and the peak resident memory of this process and its workers.
Figures are ratios from one run: the machine is shared, absolute seconds mean little;
the ratio per CPU second (this process and its workers) is the one a busy machine
disturbs least. Raw passes and builds take turns ``--repeat`` times (3 by default) and
each ratio printed is the median of the pairs; the load average is printed before and
after. The pipeline and the theme matcher load before any timing, for raw and build alike.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis.articles import Article, read_articles  # noqa: E402
from analysis.build import build, theme_matcher  # noqa: E402
from analysis.model import load_model  # noqa: E402
from analysis.pipeline import nlp  # noqa: E402
from analysis.store import Store  # noqa: E402
from analysis.themes import default_taxonomy  # noqa: E402


def peak_mb() -> tuple[float, float]:
    """Return the peak resident memory (MB) of this process and of its finished children."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, children


def cpu_seconds() -> float:
    """CPU seconds of this process and of every finished child process (workers)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def raw_rate(articles: list[Article], processes: int) -> float:
    return raw_rates(articles, processes)[0]


def raw_rates(articles: list[Article], processes: int) -> tuple[float, float]:
    """Words per second of raw ``nlp.pipe``, and words per CPU second of every process."""
    language = load_model()
    words = sum(a.n_words for a in articles)
    start, cpu = time.perf_counter(), cpu_seconds()
    for _ in language.pipe((a.text for a in articles), n_process=processes, batch_size=16):
        pass
    return words / (time.perf_counter() - start), words / (cpu_seconds() - cpu)


def build_rates(articles: list[Article], processes: int) -> tuple[float, float, float]:
    """Words per second of a first build, its cached second build's time as a ratio of
    the first, and the first build's words per CPU second of every process."""
    words = sum(a.n_words for a in articles)
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.duckdb") as store:
        start, cpu = time.perf_counter(), cpu_seconds()
        build(articles, store=store, processes=processes)
        first, first_cpu = time.perf_counter() - start, cpu_seconds() - cpu
        start = time.perf_counter()
        again = build(articles, store=store, processes=processes)
        second = time.perf_counter() - start
        assert again.processed == 0
    return words / first, second / first, words / first_cpu


def report(name: str, articles: list[Article], processes: list[int], repeat: int = 3) -> None:
    words = sum(a.n_words for a in articles)
    print(f"\n== {name}: {len(articles)} articles, {words} words")
    print("load average (1, 5, 15 min) before: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    nlp()  # load the shared pipeline and the theme matcher outside the timings
    theme_matcher(default_taxonomy())
    for n in processes:
        pairs = []
        for _ in range(repeat):  # raw and build take turns: a busy spell hits both
            raw, raw_cpu = raw_rates(articles, n)
            rate, cached, rate_cpu = build_rates(articles, n)
            pairs.append((rate / raw, rate_cpu / raw_cpu, raw, rate, cached))
        ratio = statistics.median(p[0] for p in pairs)
        ratio_cpu = statistics.median(p[1] for p in pairs)
        print(
            f"processes={n}: raw nlp.pipe {statistics.median(p[2] for p in pairs):,.0f} words/s; "
            f"build {statistics.median(p[3] for p in pairs):,.0f} words/s; "
            f"build/raw {ratio:.2f} (per CPU second of every process {ratio_cpu:.2f}); "
            f"second (cached) build / first {statistics.median(p[4] for p in pairs):.3f}"
        )
        if repeat > 1:
            print(
                "  each pair, build/raw wall (CPU): "
                + ", ".join(f"{p[0]:.2f} ({p[1]:.2f})" for p in pairs)
            )
    own, children = peak_mb()
    print(f"peak memory: {own:,.0f} MB in this process, {children:,.0f} MB in the largest worker")
    print("load average (1, 5, 15 min) after: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seeds", type=Path, default=ROOT / "seeds")
    parser.add_argument(
        "--jsonl", type=Path, help="a JSON Lines file of articles (text, title, date, ...)"
    )
    parser.add_argument(
        "--limit", type=int, help="use only the first N articles of the JSON Lines file"
    )
    parser.add_argument("--processes", type=int, nargs="+", default=[1, 2])
    parser.add_argument(
        "--repeat", type=int, default=3, help="raw/build pairs per setting (the median is shown)"
    )
    args = parser.parse_args()

    report("seeds", read_articles([args.seeds]).articles, args.processes, args.repeat)
    if args.jsonl:
        articles = read_articles([args.jsonl]).articles
        if args.limit:
            articles = articles[: args.limit]
        report(args.jsonl.name, articles, args.processes, args.repeat)


if __name__ == "__main__":
    main()
