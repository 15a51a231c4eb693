"""Extraction quality on gold annotations: build the articles, then run a scorer on the output.

usage: python benchmarks/score_gold.py --scorer PATH/score.py [--gold FILE ...]
                                       [--inputs PATH ...] [--out DIR] [--json]

The scorer is the evaluation script given by path (it is not part of the project); it
reads the six CSV tables a build writes and a gold file of whole-article annotations
(actors with aliases, commitments, quotations, themes) keyed by article file name. By
default the bundled seeds/ are built once into ``--out`` (a temporary folder when not
given) and scored against the project's own gold, ``benchmarks/gold/sample_gold.json``;
pass ``--gold`` several times to score other gold files on the same build.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_GOLD = ROOT / "benchmarks" / "gold" / "sample_gold.json"


def build_tables(inputs: list[Path], out: Path) -> None:
    """Run ``python -m analysis build`` over ``inputs`` into ``out`` (in-memory store)."""
    cmd = [sys.executable, "-m", "analysis", "build", *map(str, inputs), "--out", str(out)]
    subprocess.run([*cmd, "--store", ":memory:", "--quiet"], cwd=ROOT, check=True)


def run_scorer(scorer: Path, gold: Path, out: Path) -> dict:
    """Return the scorer's JSON result for ``gold`` on the tables in ``out``."""
    proc = subprocess.run(
        [sys.executable, str(scorer), str(gold), str(out), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(proc.stdout)


def print_result(gold: Path, result: dict, *, details: bool) -> None:
    """Print the summary (and, with ``details``, every miss and spurious row) of one gold file."""
    print(f"== {gold.name}: {len(result.get('per_article', {}))} articles")
    if details:
        for name, found in result.get("per_article", {}).items():
            problems = {k: v for k, v in found.items() if v not in ([], True)}
            if problems:
                print(f"  {name}")
                for key, value in problems.items():
                    print(f"    {key}: {value}")
    for key, value in result.get("summary", {}).items():
        print(f"  {key}: {value}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--scorer", type=Path, required=True, help="path of the scorer script")
    parser.add_argument("--gold", type=Path, action="append", help="gold file(s) to score")
    parser.add_argument("--inputs", type=Path, nargs="+", default=[ROOT / "seeds"])
    parser.add_argument("--out", type=Path, help="build output folder (default: temporary)")
    parser.add_argument("--details", action="store_true", help="list every miss")
    parser.add_argument("--json", action="store_true", help="print the raw scorer output")
    args = parser.parse_args()

    golds = args.gold or [DEFAULT_GOLD]
    with tempfile.TemporaryDirectory() as tmp:
        out = args.out or Path(tmp)
        build_tables(args.inputs, out)
        for gold in golds:
            result = run_scorer(args.scorer, gold, out)
            if args.json:
                print(json.dumps(result, indent=1, ensure_ascii=False))
            else:
                print_result(gold, result, details=args.details)


if __name__ == "__main__":
    main()
