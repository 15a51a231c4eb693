"""End to end: the dashboard keeps serving while a build writes, and from several processes.

A command-line build writes the store while headless Chromium opens the dashboard on the
same store: every page reads the last published snapshot (no error), and after the build
a reload shows the new articles. Then two server processes read the same store behind
one address (a round-robin proxy): pages opened through it render from both.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))

from serving import RoundRobinProxy, free_port, start_server, stop, wait_healthy  # noqa: E402
from test_browser import CHROMIUM, CHROMIUM_ARGS, _chromium_or_skip  # noqa: E402

STEP_MS = 90_000
FIRST = {
    "a.txt": "date 2026-01-05 Ruritania and Freedonia signed a maritime security agreement "
    "in Zelmar. Ruritania will send two patrol vessels by March.",
    "b.txt": "date 2026-01-06 Freedonia pledged 40 million euros to the Ostland coast guard. "
    "Minister Alma Veste welcomed the offer.",
}


def _build(inputs: list[Path], store: Path, out: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "analysis", "build", *map(str, inputs), "--out", str(out)]
        + ["--store", str(store), "--quiet"],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def _articles(folder: Path, count: int) -> Path:
    """Write ``count`` short articles of the kind the tool reads into ``folder``."""
    folder.mkdir(parents=True)
    for i in range(count):
        (folder / f"brief_{i:03d}.txt").write_text(
            f"Defence ministers of Norland and Vesteria met for round {i} of talks on Monday. "
            f"Norland pledged {i + 2} patrol boats to the joint coast guard, and Vesteria "
            'agreed to host a training centre. "We will open the centre next spring," the '
            "Vesteria defence minister, Anna Holt, said. Both sides called for closer "
            "intelligence sharing on smuggling routes.",
            "utf-8",
        )
    return folder


def _store_locked(store: Path) -> bool:
    try:
        duckdb.connect(str(store), read_only=True).close()
    except duckdb.Error as err:
        return "lock" in str(err).lower()
    return False


def _articles_metric(tab) -> int:
    metric = tab.get_by_test_id("stMetric").filter(has_text="Articles").first
    metric.wait_for(timeout=STEP_MS)
    return int(metric.get_by_test_id("stMetricValue").inner_text().strip().replace(",", ""))


@pytest.fixture(scope="module")
def browser():
    _chromium_or_skip()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, timeout=STEP_MS
        )
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture(scope="module")
def first_store(tmp_path_factory) -> tuple[Path, Path]:
    work = tmp_path_factory.mktemp("serving")
    seeds = work / "seeds"
    seeds.mkdir()
    for name, text in FIRST.items():
        (seeds / name).write_text(text, encoding="utf-8")
    store = work / "store.duckdb"
    done = _build([seeds], store, work / "out")
    assert done.wait(timeout=600) == 0
    return store, seeds


@pytest.mark.timeout(900)
def test_the_dashboard_serves_while_a_build_writes_then_shows_the_new_articles(
    browser, first_store, tmp_path
):
    store, seeds = first_store
    port = free_port()
    server = start_server(port, store, seeds, tmp_path / "server.log")
    build = None
    try:
        wait_healthy(port, server)
        tab = browser.new_context().new_page()
        tab.set_default_timeout(STEP_MS)
        tab.goto(f"http://127.0.0.1:{port}/")
        assert _articles_metric(tab) == 2

        # Enough articles that the build is still writing while the pages are visited.
        more = _articles(tmp_path / "more", 150)
        build = _build([ROOT / "seeds", more], store, tmp_path / "out")
        deadline = time.monotonic() + 120
        while not _store_locked(store):  # the build holds the store's write lock
            assert build.poll() is None, "the build ended before it was seen writing"
            assert time.monotonic() < deadline
            time.sleep(0.2)
        for path in ("", "actors", "commitments", "articles"):
            tab.goto(f"http://127.0.0.1:{port}/{path}")
            tab.get_by_test_id("stHeading").first.wait_for()
            tab.wait_for_timeout(500)
            tab.get_by_test_id("stStatusWidget").wait_for(state="detached")
            assert not tab.get_by_test_id("stException").count(), f"/{path} failed"
        assert build.poll() is None, "the pages were not visited during the build"
        tab.goto(f"http://127.0.0.1:{port}/")
        assert _articles_metric(tab) == 2  # the published state, during the build

        assert build.wait(timeout=600) == 0
        tab.goto(f"http://127.0.0.1:{port}/")
        assert _articles_metric(tab) > 2  # the new snapshot, after the build
    finally:
        if build is not None and build.poll() is None:
            build.kill()
            build.wait()
        stop(server)


@pytest.mark.timeout(600)
def test_two_server_processes_behind_one_address_both_serve_pages(browser, first_store, tmp_path):
    store, seeds = first_store
    ports = [free_port(), free_port()]
    servers = [start_server(p, store, seeds, tmp_path / f"s{p}.log") for p in ports]
    try:
        for port, process in zip(ports, servers, strict=True):
            wait_healthy(port, process)
        with RoundRobinProxy(ports) as proxy:
            for _ in range(2):
                context = browser.new_context()
                tab = context.new_page()
                tab.set_default_timeout(STEP_MS)
                tab.goto(f"http://127.0.0.1:{proxy.port}/")
                assert _articles_metric(tab) >= 2
                assert not tab.get_by_test_id("stException").count()
                context.close()
            assert all(proxy.connections[p] > 0 for p in ports)
    finally:
        for process in servers:
            stop(process)
