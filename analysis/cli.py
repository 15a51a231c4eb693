"""Command line: ``python -m analysis build INPUT... --out DIR``.

Exit codes: 0 the tables were written (some inputs may have been skipped, see the
report); 1 nothing at all could be read; 2 the command line was wrong; 3 the taxonomy
file is malformed; 4 the store could not be opened or written.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from tqdm import tqdm

EXIT_OK = 0
EXIT_NOTHING_READ = 1
EXIT_USAGE = 2
EXIT_TAXONOMY = 3
EXIT_STORE = 4


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m analysis",
        description="Turn news articles into tables of actors, themes, commitments and quotes.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    build = commands.add_parser(
        "build",
        help="build the six tables from articles",
        description=(
            "Read articles (files, folders, .zip; .txt .md .html .json .jsonl .csv), "
            "process the ones the store does not hold yet, and write the six tables "
            "(articles, actors, mentions, themes, commitments, quotes) for exactly these "
            "articles. The ingest report lists every skipped input with its reason."
        ),
        epilog=(
            "exit codes: 0 tables written; 1 nothing could be read; 2 usage error; "
            "3 malformed taxonomy; 4 store error"
        ),
    )
    build.add_argument(
        "inputs", nargs="+", metavar="INPUT", help="article files, folders or .zip archives"
    )
    build.add_argument(
        "--out", required=True, type=Path, metavar="DIR", help="folder for the six tables"
    )
    build.add_argument(
        "--format", choices=("csv", "parquet"), default="csv", help="table format (default: csv)"
    )
    build.add_argument(
        "--store",
        metavar="PATH",
        help="DuckDB store file (default: the user data folder, or $COMMITMENT_TRACKER_STORE); "
        "':memory:' keeps nothing between runs",
    )
    build.add_argument(
        "--taxonomy",
        type=Path,
        metavar="FILE",
        help="theme taxonomy TOML replacing or extending the default",
    )
    build.add_argument(
        "--processes", type=int, default=1, metavar="N", help="spaCy worker processes (default: 1)"
    )
    build.add_argument(
        "--dask",
        metavar="CLUSTER",
        help="parse on a Dask cluster: local:N starts N worker processes here, "
        "tcp://HOST:PORT uses a running scheduler (default: no cluster)",
    )
    build.add_argument(
        "--max-mb",
        type=float,
        default=20.0,
        metavar="MB",
        help="skip input files larger than this (default: 20)",
    )
    build.add_argument(
        "--corrections",
        type=Path,
        metavar="FILE",
        help="CSV of corrections (correction_id, action, target, value, made_at) applied to "
        "the tables after the store's own corrections",
    )
    build.add_argument("--quiet", action="store_true", help="no progress bar or report")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return its exit code."""
    args = _parser().parse_args(argv)
    if args.processes < 1:
        print("error: --processes must be at least 1", file=sys.stderr)
        return EXIT_USAGE
    if args.dask is not None:
        from analysis.distributed import ClusterSpecError, parse_cluster_spec

        try:
            parse_cluster_spec(args.dask)
        except ClusterSpecError as err:
            print(f"error: --dask: {err}", file=sys.stderr)
            return EXIT_USAGE
    return _build(args)


def _build(args: argparse.Namespace) -> int:
    # Heavy imports wait until the arguments are known to be valid, so --help is instant.
    from analysis.articles import read_articles
    from analysis.build import build
    from analysis.store import Store
    from analysis.themes import TaxonomyError, load_taxonomy

    taxonomy = None
    if args.taxonomy is not None:
        try:
            taxonomy = load_taxonomy(args.taxonomy)
        except (TaxonomyError, OSError) as err:
            print(f"error: taxonomy not used: {err}", file=sys.stderr)
            return EXIT_TAXONOMY

    from analysis.corrections import CorrectionError, read_corrections_csv

    file_fixes = None
    if args.corrections is not None:
        try:
            file_fixes = read_corrections_csv(args.corrections)
        except CorrectionError as err:
            print(f"error: corrections not used: {err}", file=sys.stderr)
            return EXIT_USAGE

    report = read_articles(args.inputs, max_bytes=int(args.max_mb * 1024 * 1024))
    if not args.quiet:
        for skipped in report.skipped:
            print(f"skipped {skipped.path}: {skipped.reason}", file=sys.stderr)
        print(report.summary(), file=sys.stderr)
    if not report.articles:
        print("error: no article could be read", file=sys.stderr)
        return EXIT_NOTHING_READ

    bar = None

    def progress(done: int, total: int) -> None:
        nonlocal bar
        if args.quiet:
            return
        if bar is None:
            bar = tqdm(total=total, unit="article", file=sys.stderr, desc="processing")
        bar.update(done - bar.n)

    try:
        store = Store(args.store)
    except Exception as err:  # duckdb raises several unrelated types for a bad file
        print(f"error: cannot open the store {args.store or ''}: {err}", file=sys.stderr)
        return EXIT_STORE
    with store:
        result = build(
            report.articles,
            store=store,
            taxonomy=taxonomy,
            processes=args.processes,
            dask=args.dask,
            progress=progress,
        )
        fixes = store.corrections()
    if bar is not None:
        bar.close()
    corpus = _corrected(result.corpus, fixes, file_fixes, quiet=args.quiet)
    written = corpus.write(args.out, fmt=args.format)
    if not args.quiet:
        counts = ", ".join(f"{n} {name}" for name, n in corpus.counts().items())
        print(
            f"{result.processed} processed, {result.reused} already in the store; wrote {counts} "
            f"to {args.out} ({len(written)} files)",
            file=sys.stderr,
        )
    return EXIT_OK


def _corrected(corpus, stored, from_file, *, quiet: bool):
    """Return ``corpus`` with the store's corrections, then the file's, applied."""
    import pandas as pd

    from analysis.corrections import apply_corrections, unmatched

    frames = [f for f in (stored, from_file) if f is not None and len(f)]
    if not frames:
        return corpus
    fixes = pd.concat(frames, ignore_index=True)
    if not quiet:
        missed = unmatched(corpus, fixes)
        print(f"{len(fixes) - len(missed)} corrections applied", file=sys.stderr)
        for row in missed.itertuples(index=False):
            print(
                f"correction {row.correction_id} ({row.action} {row.target!r}) found no target",
                file=sys.stderr,
            )
    return apply_corrections(corpus, fixes)
