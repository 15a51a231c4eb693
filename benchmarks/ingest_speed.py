"""Cost of ingestion (decoding, markup cleaning, normalisation) and its growth on floods.

usage: python benchmarks/ingest_speed.py [--jsonl PATH] [--repeat N]

Prints, from one run (the machine is shared: absolute seconds mean little):
  - for a JSON Lines file of articles (default: the bundled seeds written as JSON Lines),
    the time of ``read_upload`` as a ratio of the bare minimum (``json.loads`` of every
    line), and the share of it spent in markup cleaning;
  - for each pathological input (runs of markup marks, quotes, entities), the time for
    twice the input over the time for the input: about 2 means linear, 4 quadratic.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis.articles import read_articles, read_upload  # noqa: E402
from analysis.text_clean import clean_text  # noqa: E402

FLOODS: dict[str, str] = {
    "comments": "<!--",
    "templates": "{{",
    "wiki links": "[[",
    "emphasis": "''",
    "refs": "<ref>",
    "quotes and double spaces": '"a.  B',
    "entities": "&amp;",
    "headings": "== x ",
    "tags": "<b>",
    "bullets": " * ",
}
FLOOD_UNITS = 40_000


def best_of(repeat: int, run: Callable[[], object]) -> float:
    """Return the fastest of `repeat` timings of `run`, in seconds."""
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        timings.append(time.perf_counter() - start)
    return min(timings)


def seeds_jsonl() -> bytes:
    articles = read_articles([ROOT / "seeds"]).articles
    return "\n".join(json.dumps({"title": a.title, "text": a.text}) for a in articles).encode()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--jsonl", type=Path, help="a JSON Lines file of articles")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)

    data = args.jsonl.read_bytes() if args.jsonl else seeds_jsonl()
    lines = data.decode("utf-8").split("\n")
    texts = [json.loads(line).get("text") or "" for line in lines if line.strip()]
    bare = best_of(args.repeat, lambda: [json.loads(line) for line in lines if line.strip()])
    full = best_of(args.repeat, lambda: read_upload(data, "corpus.jsonl"))
    cleaning = best_of(args.repeat, lambda: [clean_text(text) for text in texts if text])
    megabytes = len(data) / 1e6
    print(f"corpus: {len(texts)} records, {megabytes:.1f} MB")
    print(f"  ingestion / json.loads alone: {full / bare:.1f}x")
    print(f"  markup cleaning share of ingestion: {cleaning / full:.0%}")

    print(f"floods ({FLOOD_UNITS:,} and {2 * FLOOD_UNITS:,} repeats): time ratio 2n / n")
    for name, unit in FLOODS.items():

        def read(count: int, unit: str = unit) -> None:
            record = json.dumps({"text": "Valdoria agreed. " + unit * count})
            read_upload(record.encode(), "flood.jsonl")

        single = best_of(args.repeat, lambda: read(FLOOD_UNITS))
        double = best_of(args.repeat, lambda: read(2 * FLOOD_UNITS))
        print(f"  {name:<26} {double / single:4.1f}  ({single * 1000:.0f} ms for n)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
