"""Command line: ``python -m analysis build INPUT... --out DIR``.

Exit codes: 0 the tables were written (some inputs or articles may have been skipped,
see the report); 1 nothing at all could be read or processed; 2 the command line was
wrong; 3 the taxonomy file is malformed, too large or too deeply nested; 4 the store
could not be opened or written (in use by another build, a full disk); 5 the tables
could not be written (an unwritable --out folder, a full disk); 6 an unexpected error,
named in one line; 130 interrupted. No failure prints a traceback, and a table is
written under a temporary name and renamed, so it is whole or absent.
"""

from __future__ import annotations

import argparse
import errno
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from tqdm import tqdm

EXIT_OK = 0
EXIT_NOTHING_READ = 1
EXIT_USAGE = 2
EXIT_TAXONOMY = 3
EXIT_STORE = 4
EXIT_OUTPUT = 5
EXIT_INTERNAL = 6
EXIT_INTERRUPTED = 130

MAX_TAXONOMY_BYTES = 1024 * 1024


def _size_mb(text: str) -> float:
    """Return ``text`` as a size in MB: a finite number above zero (argparse type)."""
    try:
        value = float(text)
    except ValueError:
        value = float("nan")
    if not (0 < value < float("inf")):
        raise argparse.ArgumentTypeError(f"{text!r} is not a size in MB above 0")
    return value


def _processes(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not 1 <= value <= 64:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of processes from 1 to 64")
    return value


def _seconds(text: str) -> float:
    from analysis.limits import positive_number

    try:
        return positive_number(text)
    except ValueError as err:
        raise argparse.ArgumentTypeError(str(err)) from err


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
            "exit codes: 0 tables written; 1 nothing could be read or processed; "
            "2 usage error; 3 malformed taxonomy; 4 store error; 5 tables not written "
            "(output folder or disk); 6 unexpected error; 130 interrupted"
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
        metavar="PATH_OR_URL",
        help="the store: a DuckDB file ending in .duckdb (default: the user data folder, or "
        "$COMMITMENT_TRACKER_STORE), or a folder or fsspec URL (file://, memory://, s3://, "
        "gs://) for the partitioned Parquet store; ':memory:' keeps nothing between runs",
    )
    build.add_argument(
        "--taxonomy",
        type=Path,
        metavar="FILE",
        help="theme taxonomy TOML replacing or extending the default",
    )
    build.add_argument(
        "--processes",
        type=_processes,
        default=1,
        metavar="N",
        help="worker processes (default: 1)",
    )
    build.add_argument(
        "--time-budget",
        type=_seconds,
        metavar="SECONDS",
        help="seconds one article may take before it is skipped (default: 60 plus 20 per "
        "100,000 characters; 0: no limit)",
    )
    build.add_argument(
        "--dask",
        metavar="CLUSTER",
        help="parse on a Dask cluster: local:N starts N worker processes here, "
        "tcp://HOST:PORT uses a running scheduler (default: no cluster)",
    )
    build.add_argument(
        "--max-mb",
        type=_size_mb,
        default=20.0,
        metavar="MB",
        help="skip input files larger than this (default: 20)",
    )
    build.add_argument(
        "--wait",
        type=_seconds,
        default=30.0,
        metavar="SECONDS",
        help="how long to wait for a store another process holds (a dashboard checking its "
        "bundled articles, a reader) before giving up (default: 30)",
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
    """Run the command line and return its exit code (never raising, never a traceback)."""
    try:
        args = _parser().parse_args(argv)
    except SystemExit as done:  # --help (0) or a usage error (2, message already printed)
        return int(done.code or 0)
    if args.dask is not None:
        from analysis.distributed import ClusterSpecError, parse_cluster_spec

        try:
            parse_cluster_spec(args.dask)
        except ClusterSpecError as err:
            print(f"error: --dask: {err}", file=sys.stderr)
            return EXIT_USAGE
    try:
        return _build(args)
    except KeyboardInterrupt:
        print("interrupted: the store keeps every article stored so far", file=sys.stderr)
        return EXIT_INTERRUPTED
    except MemoryError:
        print("error: out of memory; try fewer articles at a time", file=sys.stderr)
        return EXIT_INTERNAL
    except Exception as err:  # the last guard: one line naming the error, no traceback
        print(f"error: unexpected {type(err).__name__}: {err}", file=sys.stderr)
        return EXIT_INTERNAL


def _writable_folder(out: Path) -> str:
    """Return why ``out`` cannot take the tables ('' when it can), before any processing."""
    try:
        out.mkdir(parents=True, exist_ok=True)
        probe = out / f".write-test-{os.getpid()}"
        probe.write_bytes(b"ok")
        probe.unlink()
    except OSError as err:
        return f"cannot write to {out}: {err.strerror or err}"
    return ""


def _load_taxonomy(path: Path):
    from analysis.themes import TaxonomyError, load_taxonomy

    try:
        size = path.stat().st_size
        if size > MAX_TAXONOMY_BYTES:
            raise TaxonomyError(
                f"{path} is {size:,} bytes, over the limit of {MAX_TAXONOMY_BYTES:,} for a theme file"
            )
        return load_taxonomy(path)
    except RecursionError as err:
        raise TaxonomyError(f"{path} is nested too deeply to be a theme file") from err
    except (UnicodeDecodeError, ValueError, TypeError, KeyError, OSError) as err:
        raise TaxonomyError(f"{path}: {err}") from err


def _open_waiting(path: str | None, wait: float, *, quiet: bool):
    """Open the store (either kind) for writing, waiting up to ``wait`` s while another holds it.

    A dashboard briefly holds the store while it checks its bundled articles, and a reader
    holds a shared lock while it copies a snapshot: a build that starts at that moment waits
    for it rather than failing. Raises StoreBusy when the store is still held after ``wait``.
    """
    import time

    from analysis.store import StoreBusy
    from analysis.stores import open_store

    deadline = time.monotonic() + wait
    pause = 0.1
    told = False
    while True:
        try:
            return open_store(path)
        except StoreBusy:
            if time.monotonic() + pause > deadline:
                raise
            if not told and not quiet:
                print(
                    f"the store is held by another process; waiting up to {wait:g} s",
                    file=sys.stderr,
                )
                told = True
            time.sleep(pause)
            pause = min(pause * 2, 2.0)


def _build(args: argparse.Namespace) -> int:
    # Heavy imports wait until the arguments are known to be valid, so --help is instant.
    from analysis.articles import read_articles
    from analysis.build import build
    from analysis.limits import Limits, default_limits
    from analysis.store import StoreError
    from analysis.themes import TaxonomyError

    taxonomy = None
    if args.taxonomy is not None:
        try:
            taxonomy = _load_taxonomy(args.taxonomy)
        except TaxonomyError as err:
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

    problem = _writable_folder(args.out)
    if problem:
        print(f"error: {problem}", file=sys.stderr)
        return EXIT_OUTPUT
    limits = default_limits() if args.time_budget is None else Limits(fixed_budget=args.time_budget)

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
        store = _open_waiting(args.store, args.wait, quiet=args.quiet)
    except (StoreError, OSError) as err:
        print(f"error: {err}", file=sys.stderr)
        return EXIT_STORE
    try:
        with store:
            result = build(
                report.articles,
                store=store,
                taxonomy=taxonomy,
                processes=args.processes,
                dask=args.dask,
                progress=progress,
                limits=limits,
            )
            fixes = store.corrections()
    except (duckdb_error(), StoreError, OSError) as err:
        print(f"error: the store {store.path} could not be written: {_why(err)}", file=sys.stderr)
        return EXIT_STORE
    finally:
        if bar is not None:
            bar.close()
    for unprocessed in result.skipped:
        print(f"skipped {unprocessed.name}: {unprocessed.reason}", file=sys.stderr)
    if result.corpus.articles.empty:
        print("error: no article could be processed", file=sys.stderr)
        return EXIT_NOTHING_READ
    corpus = _corrected(result.corpus, fixes, file_fixes, quiet=args.quiet)
    try:
        written = corpus.write(args.out, fmt=args.format)
    except OSError as err:
        print(f"error: the tables could not be written to {args.out}: {_why(err)}", file=sys.stderr)
        return EXIT_OUTPUT
    if not args.quiet:
        counts = ", ".join(f"{n} {name}" for name, n in corpus.counts().items())
        print(
            f"{result.processed} processed, {result.reused} already in the store; wrote {counts} "
            f"to {args.out} ({len(written)} files)",
            file=sys.stderr,
        )
    return EXIT_OK


def duckdb_error() -> type[Exception]:
    """Return DuckDB's base error class (imported late: DuckDB is a heavy import)."""
    import duckdb

    return duckdb.Error


def _why(err: BaseException) -> str:
    if (isinstance(err, OSError) and err.errno == errno.ENOSPC) or "No space left" in str(err):
        return "the disk is full"
    return str(getattr(err, "strerror", None) or err)


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
