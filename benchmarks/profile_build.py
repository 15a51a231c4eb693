"""Where a build's time goes: the share of each stage, from one profiled build.

usage: python benchmarks/profile_build.py --jsonl PATH [--limit 300] [--top 25]

One process builds the first ``--limit`` articles of a JSON Lines file into a fresh
store file under ``cProfile``. Every pipeline component is wrapped in a timer (the time
of its own work, batch by batch, not of the components before it), and the rest of the
build is split by the cumulative time ``pstats`` gives the entry point of each stage:

- the spaCy components, one by one (tokenizer included);
- each extractor (actors, quotes, commitments, themes, issuers, cues, ...);
- text preparation (collapsing runs, segments) and cleaning;
- the store (writing rows, reading them back) and the reduce (canonical actors, groups);
- whatever is left (the stream of ``nlp.pipe``, bookkeeping).

Shares are of the whole build's time, measured in this one run; the profiler slows
Python code more than compiled code, so the extractors' shares are upper bounds.
``--top`` prints the functions with most own time as well.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from spacy.util import minibatch  # noqa: E402

from analysis.articles import read_articles  # noqa: E402
from analysis.build import build, theme_matcher  # noqa: E402
from analysis.pipeline import nlp  # noqa: E402
from analysis.store import Store  # noqa: E402
from analysis.themes import default_taxonomy  # noqa: E402

# Stage -> (module file suffix, function name) entry points, measured by cumulative time.
# A stage nested in another (cues inside commitments) is listed under it and taken out of
# its parent's own share.
STAGES: dict[str, tuple[tuple[str, str], ...]] = {
    "extract: actors": (("analysis/actors.py", "article_actors"),),
    "extract: quotes": (("analysis/quotes.py", "quotations"),),
    "extract: commitments": (("analysis/commitments.py", "commitments"),),
    "extract: themes": (
        ("analysis/themes.py", "hits"),
        ("analysis/themes.py", "sentence_themes"),
        ("analysis/themes.py", "theme_rows"),
    ),
    "extract: rows (ids, actor rows)": (("analysis/build.py", "_unique"),),
    "text preparation (runs, segments)": (
        ("analysis/processing.py", "_prepared"),
        ("analysis/processing.py", "_mapped"),
    ),
    "store: write rows": (("analysis/build.py", "_flush"),),
    "store: read rows back": (("analysis/store.py", "local_tables"),),
    "reduce: canonical actors, groups, tables": (("analysis/build.py", "assemble"),),
    "store: version check": (("analysis/store.py", "current_ids"),),
}
# Stages reached from inside another extractor: shown indented, their time stays in the
# parent's share as well (so these lines do not add up with the others).
NESTED: dict[str, tuple[tuple[str, str], ...]] = {
    "  within commitments: cues": (("analysis/cues.py", "find_cue"),),
    "  within commitments, quotes: issuers": (
        ("analysis/issuers.py", "document_issuer"),
        ("analysis/issuers.py", "statement_speaker"),
        ("analysis/issuers.py", "institution_actor"),
    ),
    "  within actor_entities: acronyms, initials": (
        ("analysis/abbreviations.py", "link_initials"),
    ),
    "  within actor_entities: surnames": (("analysis/actor_rules.py", "_add_surnames"),),
}


class Timed:
    """A pipeline component whose own time is added to ``spent[name]`` batch by batch."""

    def __init__(self, name: str, component, spent: dict[str, float]) -> None:
        self.name, self.component, self.spent = name, component, spent

    def __call__(self, doc):
        start = time.perf_counter()
        doc = self.component(doc)
        self.spent[self.name] += time.perf_counter() - start
        return doc

    def pipe(self, docs, batch_size: int = 1000, **kwargs):
        for batch in minibatch(docs, size=batch_size):
            start = time.perf_counter()
            if hasattr(self.component, "pipe"):
                out = list(self.component.pipe(batch, batch_size=batch_size, **kwargs))
            else:
                out = [self.component(doc) for doc in batch]
            self.spent[self.name] += time.perf_counter() - start
            yield from out


def timed_pipeline(spent: dict[str, float]) -> None:
    """Wrap the shared pipeline's tokenizer and components in timers (output unchanged)."""
    language = nlp()
    tokenizer = language.tokenizer

    def tokenize(text):
        start = time.perf_counter()
        doc = tokenizer(text)
        spent["tokenizer"] += time.perf_counter() - start
        return doc

    language.tokenizer = tokenize
    # Every component, disabled ones included, keeps its place in the list.
    language._components[:] = [
        (name, Timed(name, component, spent)) for name, component in language._components
    ]


def cumulative(stats: pstats.Stats, entries: tuple[tuple[str, str], ...]) -> float:
    """Cumulative seconds of the functions named by ``entries``, not counting recursion.

    An entry with an empty function name counts every function of its module that no
    other function of that module called (the module's entry points).
    """
    total = 0.0
    for (path, _line, func), (_cc, _nc, _tt, ct, callers) in stats.stats.items():
        for suffix, name in entries:
            if not path.endswith(suffix):
                continue
            if name and func != name:
                continue
            if not name and any(c[0].endswith(suffix) for c in callers):
                continue
            # Time spent under a caller of the same stage is already counted there.
            inner = sum(
                v[3]
                for c, v in callers.items()
                if any(c[0].endswith(s) and (not n or c[2] == n) for s, n in entries)
            )
            total += ct - inner if name else ct
    return total


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--jsonl", type=Path, required=True)
    parser.add_argument("--limit", type=int, default=300)
    parser.add_argument("--top", type=int, default=0, help="also print the N costliest functions")
    args = parser.parse_args()

    articles = read_articles([args.jsonl]).articles[: args.limit]
    words = sum(a.n_words for a in articles)
    spent: dict[str, float] = defaultdict(float)
    timed_pipeline(spent)
    theme_matcher(default_taxonomy())  # loaded with the pipeline, outside the profile
    profile = cProfile.Profile()
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "profile.duckdb") as store:
        start = time.perf_counter()
        profile.enable()
        build(articles, store=store, processes=1)
        profile.disable()
        total = time.perf_counter() - start
    stats = pstats.Stats(profile)

    print(
        f"== build of {len(articles)} articles, {words} words, one process, under cProfile: "
        f"{total:.1f} s"
    )
    print(f"{'stage':44} {'share':>7}")
    accounted = 0.0
    names = ["tokenizer", *(name for name, _ in nlp().pipeline)]
    for name in names:
        accounted += spent[name]
        print(f"{'spaCy: ' + name:44} {spent[name] / total:7.1%}")
    for stage, entries in STAGES.items():
        seconds = cumulative(stats, entries)
        accounted += seconds
        print(f"{stage:44} {seconds / total:7.1%}")
    for stage, entries in NESTED.items():
        print(f"{stage:44} {cumulative(stats, entries) / total:7.1%}")
    print(f"{'rest (pipe stream, bookkeeping)':44} {(total - accounted) / total:7.1%}")
    spacy_share = sum(spent[n] for n in names) / total
    print(f"all spaCy components together: {spacy_share:.1%}")
    if args.top:
        out = io.StringIO()
        pstats.Stats(profile, stream=out).sort_stats("tottime").print_stats(args.top)
        print(out.getvalue())


if __name__ == "__main__":
    main()
