"""Faults: kill -9 during a build and during the table write, a full disk, a read-only folder.

Builds run as separate processes (``python -m analysis build``) so they can be killed.
The full disk and the read-only folder are small tmpfs mounts made by the test; where
the machine does not allow mounting (not root, no tmpfs), those tests are skipped with
the reason.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from analysis import snapshot
from analysis.cli import EXIT_OK, EXIT_OUTPUT, EXIT_STORE

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
PYTHON = [sys.executable, "-m", "analysis", "build"]


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT)}


def _run(*argv: str, timeout: int = 300) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*PYTHON, *argv], cwd=ROOT, env=_env(), capture_output=True, text=True, timeout=timeout
    )


def _store_counts(path: Path) -> tuple[int, int, int]:
    with duckdb.connect(str(path), read_only=True) as con:
        processed = con.execute("SELECT count(*), count(DISTINCT article_id) FROM processed")
        total, distinct = processed.fetchone()
        articles = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    return total, distinct, articles


@pytest.mark.timeout(900)
@pytest.mark.parametrize("delay", [3.0, 6.0, 9.0])
def test_kill_9_during_a_build_then_a_rerun_finishes_without_duplicates(tmp_path, delay):
    store = tmp_path / "s.duckdb"
    out = tmp_path / "out"
    process = subprocess.Popen(
        [*PYTHON, str(SEEDS), "--out", str(out), "--store", str(store), "--quiet"],
        cwd=ROOT,
        env=_env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(delay)
    process.send_signal(signal.SIGKILL)
    process.wait()
    done = _run(str(SEEDS), "--out", str(out), "--store", str(store), "--quiet")
    assert done.returncode == EXIT_OK, done.stderr
    total, distinct, articles = _store_counts(store)
    n_seeds = len(pd.read_csv(out / "articles.csv", dtype=str))
    assert total == distinct == articles == n_seeds
    assert snapshot.current(store) is not None  # readers see the finished state


# Runs the command line with the CSV writer slowed down mid-file, so a kill lands inside
# the table write: it writes half the rows, says so on stdout, then waits.
_SLOW_WRITER = """
import os, sys, time
import pandas as pd
real = pd.DataFrame.to_csv
calls = []
def slow(self, handle, *args, **kwargs):
    calls.append(1)
    if len(calls) != int(os.environ["SLOW_AT"]):
        return real(self, handle, *args, **kwargs)
    half = len(self) // 2
    real(self.iloc[:half], handle, *args, **kwargs)
    handle.flush()
    print("writing", flush=True)
    time.sleep(60)
    real(self.iloc[half:], handle, *args, header=False, **kwargs)
pd.DataFrame.to_csv = slow
from analysis.cli import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.timeout(600)
@pytest.mark.parametrize("table_index", [0, 4])
def test_kill_9_during_the_table_write_leaves_whole_tables_only(tmp_path, table_index):
    store = tmp_path / "s.duckdb"
    out = tmp_path / "out"
    first = _run(str(SEEDS), "--out", str(out), "--store", str(store), "--quiet")
    assert first.returncode == EXIT_OK
    before = {p.name: p.read_bytes() for p in out.glob("*.csv")}
    process = subprocess.Popen(
        [sys.executable, "-c", _SLOW_WRITER, "build", str(SEEDS), "--out", str(out)]
        + ["--store", str(store), "--quiet"],
        cwd=ROOT,
        env={**_env(), "SLOW_AT": str(table_index + 1)},
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert process.stdout.readline().strip() == "writing"
    process.send_signal(signal.SIGKILL)
    process.wait()
    after = {p.name: p.read_bytes() for p in out.glob("*.csv")}
    # Every table is the previous complete one (the same build gives the same bytes).
    assert after == before
    for name in after:
        pd.read_csv(out / name, dtype=str)  # parses whole


def _mount_tmpfs(target: Path, options: str) -> None:
    target.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root; the full-disk case is not run here")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(target)], capture_output=True
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode(errors='replace').strip()}")


def _unmount(target: Path) -> None:
    subprocess.run(["umount", str(target)], capture_output=True)


@pytest.fixture
def small_disk(tmp_path):
    target = tmp_path / "small"
    _mount_tmpfs(target, "size=64k")
    yield target
    _unmount(target)


@pytest.fixture
def read_only_folder(tmp_path):
    target = tmp_path / "ro"
    _mount_tmpfs(target, "ro,size=64k")
    yield target
    _unmount(target)


@pytest.mark.timeout(300)
def test_a_full_disk_for_the_tables_exits_5_and_leaves_no_partial_table(tmp_path, small_disk):
    done = _run(str(SEEDS), "--out", str(small_disk / "out"), "--store", ":memory:", "--quiet")
    assert done.returncode == EXIT_OUTPUT
    assert "the disk is full" in done.stderr
    assert "Traceback" not in done.stderr
    for table in (small_disk / "out").glob("*.csv"):
        pd.read_csv(table, dtype=str)  # a table that exists is whole
    assert not list((small_disk / "out").glob(".*tmp"))


@pytest.mark.timeout(300)
def test_a_full_disk_for_the_store_exits_4(tmp_path, small_disk):
    done = _run(str(SEEDS), "--out", str(tmp_path / "out"), "--store", str(small_disk / "s.duckdb"))
    assert done.returncode == EXIT_STORE
    assert "Traceback" not in done.stderr
    assert "store" in done.stderr


@pytest.mark.timeout(120)
def test_a_read_only_output_folder_exits_5_before_processing(tmp_path, read_only_folder):
    started = time.monotonic()
    done = _run(str(SEEDS), "--out", str(read_only_folder), "--store", ":memory:")
    assert done.returncode == EXIT_OUTPUT
    assert f"cannot write to {read_only_folder}" in done.stderr
    assert "Read-only file system" in done.stderr
    assert time.monotonic() - started < 60  # refused before any article is processed
