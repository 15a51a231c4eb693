"""How one long article's cost grows with its length: parsing against extraction.

The bundled articles are joined into one text, then repeated 1, 2 and 4 times. For each
length the script times the pipeline alone (the same segments ``analysis.processing``
parses) and the extractors on the resulting doc, and prints the growth of each against
the shortest text. Linear work grows like the length; anything well above it is a
quadratic step in an extractor.

    .venv/bin/python benchmarks/long_article.py [--repeats 1 2 4]
"""

from __future__ import annotations

import argparse
import time
from dataclasses import replace
from pathlib import Path

from analysis.articles import read_articles
from analysis.build import article_rows, theme_matcher
from analysis.limits import Limits
from analysis.pipeline import nlp
from analysis.processing import _parse_long
from analysis.segments import prepare
from analysis.themes import default_taxonomy

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, nargs="+", default=[1, 2, 4])
    args = parser.parse_args()
    articles = read_articles([ROOT / "seeds"]).articles
    joined = "\n\n".join(a.text for a in articles)
    matcher = theme_matcher(default_taxonomy())
    limits = Limits()
    language = nlp()
    first: tuple[float, float, int] | None = None
    print(f"{'chars':>9} {'parse x':>8} {'extract x':>10} {'length x':>9} {'extract/parse':>14}")
    for repeat in args.repeats:
        article = replace(articles[0], text="\n\n".join([joined] * repeat), article_id="long")
        prepared = prepare(article.text, run_keep=limits.run_keep, space_keep=limits.space_keep)
        started = time.process_time()
        doc = _parse_long(language, prepared, limits)
        parsed = time.process_time() - started
        started = time.process_time()
        rows = article_rows(doc, article, matcher)
        extracted = time.process_time() - started
        n = len(article.text)
        if first is None:
            first = (parsed, extracted, n)
        print(
            f"{n:>9} {parsed / first[0]:>8.2f} {extracted / first[1]:>10.2f} "
            f"{n / first[2]:>9.2f} {extracted / parsed:>14.2f}"
            f"   ({len(rows['local_commitments'])} commitments)"
        )


if __name__ == "__main__":
    main()
