"""Save the six tables of a build, or compare them with a saved build, exactly.

usage: python benchmarks/table_snapshot.py save DIR INPUT...
       python benchmarks/table_snapshot.py compare DIR INPUT...

Builds INPUT (files or folders of articles) in one process into a throw-away store and
saves each table as a pickle under DIR, or compares each with the saved one
(``DataFrame.equals`` after resetting nothing: same rows, order, columns and dtypes).
A speed change must leave every table identical; this is how that is checked.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis.articles import read_articles  # noqa: E402
from analysis.build import build  # noqa: E402
from analysis.tables import TABLE_NAMES  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("action", choices=["save", "compare"])
    parser.add_argument("folder", type=Path)
    parser.add_argument("inputs", type=Path, nargs="+")
    parser.add_argument("--processes", type=int, default=1)
    args = parser.parse_args()

    corpus = build(read_articles(args.inputs).articles, processes=args.processes).corpus
    args.folder.mkdir(parents=True, exist_ok=True)
    different = []
    for name in TABLE_NAMES:
        table = getattr(corpus, name)
        path = args.folder / f"{name}.pkl"
        if args.action == "save":
            table.to_pickle(path)
            print(f"{name}: {len(table)} rows saved")
            continue
        saved = pd.read_pickle(path)
        same = table.equals(saved) and list(table.columns) == list(saved.columns)
        same = same and table.dtypes.equals(saved.dtypes)
        print(f"{name}: {len(table)} rows (saved {len(saved)}): {'same' if same else 'DIFFERENT'}")
        if not same:
            different.append(name)
    if different:
        sys.exit(f"tables differ: {', '.join(different)}")


if __name__ == "__main__":
    main()
