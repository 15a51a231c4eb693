"""Actor precision, recall and F1 of a build against the project's gold annotations.

usage: python benchmarks/actor_scores.py OUT_DIR [--gold FILE] [--details]

OUT_DIR is what ``python -m analysis build ... --out OUT_DIR`` wrote (articles.csv,
actors.csv, mentions.csv). The gold file (default ``benchmarks/gold/sample_gold.json``)
maps an article's file name to its actors, each with a canonical name, aliases and
type, and to names that are ``allowed`` (neither right nor wrong).

For every gold article, the predicted actors are the canonical actors (places excluded)
with at least one mention in it. A predicted name counts as a hit when its comparison
form equals the comparison form of some alias of a gold actor not matched yet; a second
predicted actor for the same gold actor is a duplicate (a false positive, as one
real-world actor must be one row); allowed names are ignored; anything else is a false
positive. Gold actors left unmatched are misses.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_GOLD = ROOT / "benchmarks" / "gold" / "sample_gold.json"
NON_ACTOR_TYPES = frozenset({"place", "location", "date", "other"})


def comparison_form(name: str) -> str:
    """Return the form names are compared in: ASCII, lower case, no quotes, no "the"."""
    text = unicodedata.normalize("NFKD", str(name or "")).encode("ascii", "ignore").decode()
    text = re.sub(r"[\"'`]", "", text.lower())
    text = re.sub(r"[^a-z0-9]+", " ", text).strip()
    return text.removeprefix("the ")


@dataclass
class ArticleScore:
    """Hits, spurious names and missed gold actors of one article."""

    hits: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)

    def counts(self) -> tuple[int, int, int]:
        """Return (true positives, false positives, false negatives)."""
        return len(self.hits), len(self.spurious), len(self.missed)


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Return precision, recall and F1 (0.0 where undefined)."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _rows(out: Path, table: str) -> list[dict[str, str]]:
    path = out / f"{table}.csv"
    if not path.exists():
        raise FileNotFoundError(f"{path} is missing: is {out} the output folder of a build?")
    with path.open(newline="", encoding="utf-8-sig") as handle:
        return list(csv.DictReader(handle))


def predicted_names(out: Path) -> dict[str, set[str]]:
    """Return, per article file name, the names of the actors mentioned in it."""
    by_id = {row["article_id"]: Path(row.get("path") or "").name for row in _rows(out, "articles")}
    actors = {row["actor_id"]: row for row in _rows(out, "actors")}
    names: dict[str, set[str]] = {}
    for mention in _rows(out, "mentions"):
        actor = actors.get(mention["actor_id"])
        if actor is None or actor["type"].lower() in NON_ACTOR_TYPES:
            continue
        names.setdefault(by_id.get(mention["article_id"], ""), set()).add(actor["name"])
    return names


def score_article(gold: dict, predicted: set[str]) -> ArticleScore:
    """Return the score of one article's predicted names against its gold actors."""
    owner = {
        comparison_form(alias): actor["name"]
        for actor in gold["actors"]
        for alias in (actor["name"], *actor.get("aliases", ()))
    }
    allowed = {comparison_form(name) for name in gold.get("allowed", ())}
    score = ArticleScore()
    matched: set[str] = set()
    for name in sorted(predicted):
        form = comparison_form(name)
        if form in owner and owner[form] not in matched:
            matched.add(owner[form])
            score.hits.append(name)
        elif form in owner:
            score.spurious.append(f"{name} (duplicate of {owner[form]})")
        elif form not in allowed:
            score.spurious.append(name)
    score.missed = [a["name"] for a in gold["actors"] if a["name"] not in matched]
    return score


def main(argv: list[str] | None = None) -> int:
    """Print per-article and overall actor scores; return the exit code."""
    import json

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="output folder of a build")
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help="gold JSON file")
    parser.add_argument("--details", action="store_true", help="list misses and spurious names")
    args = parser.parse_args(argv)
    gold = json.loads(args.gold.read_text(encoding="utf-8"))
    predicted = predicted_names(args.out)
    totals = [0, 0, 0]
    for article, article_gold in gold.items():
        if article not in predicted:
            print(f"{article}: not in the build", file=sys.stderr)
        score = score_article(article_gold, predicted.get(article, set()))
        counts = score.counts()
        totals = [t + c for t, c in zip(totals, counts, strict=True)]
        p, r, f = prf(*counts)
        print(f"{article:55s} P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
        if args.details:
            for label, names in (("missed", score.missed), ("spurious", score.spurious)):
                if names:
                    print(f"    {label}: {'; '.join(names)}")
    p, r, f = prf(*totals)
    print(
        f"{'overall':55s} P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (tp {totals[0]}, fp {totals[1]}, fn {totals[2]})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
