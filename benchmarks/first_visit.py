"""The first visit of a fresh deployment: time to the overview and the server's peak memory.

Starts ``streamlit run dashboard.py`` on a free port on 127.0.0.1 with an empty store in
a temporary folder and the bundled ``seeds/``, opens the app in headless Chromium and
waits until the overview's figures show (the first visit processes every bundled
article, model load included), checks that the store then holds every seed article,
and opens the app again from a second browser (a second visitor: the tables come from
the cache). Then it restarts the server on the now full store and visits once more (a
redeployment with a kept volume: the model loads, nothing is processed). For each
server it reads the peak resident memory (``VmHWM`` in ``/proc/<pid>/status``).

    python benchmarks/first_visit.py [--seeds seeds] [--limit-mb 1024]

Needs Chromium at /usr/bin/chromium (as the browser tests do).
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
STARTUP_SECONDS = 120
VISIT_MS = 600_000


@dataclass
class Server:
    """A running ``streamlit run`` and its address."""

    process: subprocess.Popen
    base: str
    started: float


def free_port() -> int:
    """Return a TCP port on 127.0.0.1 that was free a moment ago."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def peak_memory_mb(pid: int) -> float:
    """Return the process's peak resident memory (VmHWM) in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmHWM line in /proc/{pid}/status")


def wait_healthy(server: Server) -> float:
    """Return the seconds from the server's start until its health check answers."""
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError(f"streamlit exited with code {server.process.returncode}")
        try:
            with urllib.request.urlopen(f"{server.base}/_stcore/health", timeout=2):
                return time.monotonic() - server.started
        except OSError:
            time.sleep(0.2)
    raise TimeoutError(f"{server.base} did not answer in {STARTUP_SECONDS}s")


@contextmanager
def running(env: dict[str, str], log: Path) -> Iterator[Server]:
    """Run the dashboard with ``env`` until the block ends."""
    port = free_port()
    command = [
        sys.executable, "-m", "streamlit", "run", "dashboard.py",
        "--server.port", str(port), "--server.address", "127.0.0.1",
        "--server.headless", "true", "--browser.gatherUsageStats", "false",
    ]  # fmt: skip
    with log.open("ab") as out:
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
        server = Server(process, f"http://127.0.0.1:{port}", time.monotonic())
        try:
            yield server
        finally:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=15)


def visit(browser, base: str) -> float:
    """Return the seconds from opening ``base`` in a new browser context to the overview's charts."""
    context = browser.new_context()
    try:
        page = context.new_page()
        started = time.monotonic()
        page.goto(base, timeout=VISIT_MS)
        page.get_by_test_id("stMetricValue").first.wait_for(timeout=VISIT_MS)
        page.locator(".js-plotly-plot").first.wait_for(timeout=VISIT_MS)
        return time.monotonic() - started
    finally:
        context.close()


def stored_articles(store: Path) -> int:
    """Return the number of articles in the store file (it is closed between runs)."""
    from analysis.store import Store

    with Store(store) as opened:
        return len(opened.article_ids())


def main() -> None:
    """Print the first and second visit, the visit after a restart, and peak memory."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", default=str(ROOT / "seeds"))
    parser.add_argument("--limit-mb", type=float, default=1024)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    from analysis.articles import read_articles

    expected = len(read_articles([args.seeds]).articles)
    with tempfile.TemporaryDirectory() as work, sync_playwright() as playwright:
        store = Path(work) / "store.duckdb"
        env = {
            **os.environ,
            "COMMITMENT_TRACKER_STORE": str(store),
            "COMMITMENT_TRACKER_SEEDS": args.seeds,
        }
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=["--headless", "--no-sandbox", "--disable-gpu"]
        )
        log = Path(work) / "streamlit.log"
        with running(env, log) as server:
            healthy = wait_healthy(server)
            idle_mb = peak_memory_mb(server.process.pid)
            first = visit(browser, server.base)
            second = visit(browser, server.base)
            fresh_mb = peak_memory_mb(server.process.pid)
        held = stored_articles(store)
        with running(env, log) as server:
            wait_healthy(server)
            restart = visit(browser, server.base)
            restart_mb = peak_memory_mb(server.process.pid)
        browser.close()
    print(f"seed articles: {expected}; in the store after the first visit: {held}")
    print(f"server answers its health check after {healthy:.1f} s (peak {idle_mb:.0f} MB)")
    print(f"first visit (processes the seeds): {first:.1f} s")
    print(
        f"second visit (another browser):    {second:.1f} s  -> first/second {first / second:.0f}x"
    )
    print(
        f"first visit after a restart:       {restart:.1f} s  -> first/restart {first / restart:.1f}x"
    )
    print(f"peak memory, fresh deployment: {fresh_mb:.0f} MB; after a restart: {restart_mb:.0f} MB")
    verdict = "under" if max(fresh_mb, restart_mb) < args.limit_mb else "OVER"
    print(f"{verdict} the {args.limit_mb:.0f} MB limit")
    if held != expected:
        raise SystemExit(f"the store holds {held} of {expected} seed articles")


if __name__ == "__main__":
    main()
