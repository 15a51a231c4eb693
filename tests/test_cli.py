"""The command line: tables written, reports, exit codes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from analysis.cli import EXIT_NOTHING_READ, EXIT_OK, EXIT_TAXONOMY, main
from analysis.tables import TABLE_NAMES

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("argv", [["--help"], ["build", "--help"]])
def test_every_command_has_help(argv):
    proc = subprocess.run(
        [sys.executable, "-m", "analysis", *argv],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0
    assert "usage:" in proc.stdout


def test_build_writes_the_six_tables_and_reports_skips(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(
        " date 2025-02-03 Brazil and Chile agreed to hold joint naval drills.", "utf-8"
    )
    (folder / "empty.txt").write_text("", "utf-8")
    out = tmp_path / "out"
    code = main(["build", str(folder), "--out", str(out), "--store", ":memory:"])
    assert code == EXIT_OK
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{n}.csv" for n in TABLE_NAMES)
    articles = pd.read_csv(out / "articles.csv", dtype=str, keep_default_na=False)
    assert articles["date"].tolist() == ["2025-02-03"]
    err = capsys.readouterr().err
    assert "empty.txt" in err and "empty" in err


def test_parquet_output(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Kenya will host the summit in March.", "utf-8")
    code = main(
        [
            "build",
            str(folder),
            "--out",
            str(tmp_path / "out"),
            "--format",
            "parquet",
            "--store",
            ":memory:",
            "--quiet",
        ]
    )
    assert code == EXIT_OK
    assert len(pd.read_parquet(tmp_path / "out" / "articles.parquet")) == 1


def test_nothing_readable_exits_non_zero(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_text("", "utf-8")
    assert (
        main(["build", str(folder), "--out", str(tmp_path / "out"), "--store", ":memory:"])
        == EXIT_NOTHING_READ
    )


def test_a_malformed_taxonomy_is_reported(tmp_path, capsys):
    bad = tmp_path / "themes.toml"
    bad.write_text("[themes.x\nlabel = 1\n", "utf-8")
    (tmp_path / "a.txt").write_text("Kenya will host the summit.", "utf-8")
    code = main(
        ["build", str(tmp_path / "a.txt"), "--out", str(tmp_path / "out"), "--taxonomy", str(bad)]
    )
    assert code == EXIT_TAXONOMY
    assert "line" in capsys.readouterr().err


def _hold_store(path: Path, seconds: float) -> subprocess.Popen:
    """Start a process that holds a read-only connection to ``path`` for ``seconds``."""
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import duckdb, sys, time; c = duckdb.connect(sys.argv[1], read_only=True); "
            "print('held', flush=True); time.sleep(float(sys.argv[2])); c.close()",
            str(path),
            str(seconds),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout.readline().strip() == "held"
    return holder


def _one_article(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Peru and Ecuador signed a fisheries accord on Monday.", "utf-8")
    return folder


def _built_store(tmp_path: Path) -> Path:
    """Return a store file a first build wrote (one article of its own)."""
    folder = tmp_path / "first"
    folder.mkdir()
    (folder / "b.txt").write_text("Chile and Peru agreed to hold joint naval drills.", "utf-8")
    store = tmp_path / "store.duckdb"
    argv = ["build", str(folder), "--out", str(tmp_path / "o1"), "--store", str(store), "--quiet"]
    assert main(argv) == EXIT_OK
    return store


def test_a_build_waits_for_a_store_another_process_holds_briefly(tmp_path, capsys):
    store = _built_store(tmp_path)
    holder = _hold_store(store, 2.0)
    try:
        code = main(
            [
                "build",
                str(_one_article(tmp_path)),
                "--out",
                str(tmp_path / "o2"),
                "--store",
                str(store),
                "--wait",
                "60",
            ]
        )
    finally:
        holder.wait(timeout=30)
    assert code == EXIT_OK
    assert "waiting up to 60 s" in capsys.readouterr().err
    articles = pd.read_csv(tmp_path / "o2" / "articles.csv", dtype=str, keep_default_na=False)
    assert len(articles) == 1


def test_a_build_gives_up_on_a_store_held_past_its_wait(tmp_path, capsys):
    store = _built_store(tmp_path)
    holder = _hold_store(store, 30.0)
    try:
        code = main(
            [
                "build",
                str(_one_article(tmp_path)),
                "--out",
                str(tmp_path / "o2"),
                "--store",
                str(store),
                "--wait",
                "1",
                "--quiet",
            ]
        )
    finally:
        holder.kill()
        holder.wait(timeout=30)
    assert code == 4
    assert "being written by another process" in capsys.readouterr().err
    assert not list((tmp_path / "o2").glob("*.csv"))  # no tables from a build that never ran
