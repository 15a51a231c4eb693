"""Serving more people: several dashboard server processes behind one address.

usage: python benchmarks/serving.py [--processes 1 2] [--sessions 30] [--concurrency 6]
                                    [--seconds 90]

For each number of server processes it starts that many ``streamlit run dashboard.py``
on 127.0.0.1, all reading the same store read-only (its published snapshot), puts a
round-robin TCP proxy in front of them on one address, and then opens sessions without
a browser: each session connects to the proxy's websocket, runs three pages (Overview,
Actors, Commitments) and closes. ``--concurrency`` sessions run at once; the run stops
after ``--sessions`` sessions or ``--seconds``, whichever comes first. It prints the
sessions served per minute for each process count and the ratio to one process.
Loopback only, bounded; the servers and the proxy are stopped at the end.

The proxy here is a test aid (``RoundRobinProxy``), sending each TCP connection to the
next server. A browser session is one websocket, so it stays on one server; a
production set-up uses nginx or a load balancer with sticky sessions (see the README),
because file uploads are separate requests that must reach the session's own server.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PAGES = ("", "actors", "commitments")


def free_port() -> int:
    """Return a free TCP port on 127.0.0.1."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class RoundRobinProxy:
    """A TCP proxy on 127.0.0.1 that hands each new connection to the next backend port."""

    def __init__(self, backends: list[int]) -> None:
        self.backends = backends
        self.port = free_port()
        self.connections: Counter[int] = Counter()
        self._next = 0
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    async def _pipe(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while data := await reader.read(65536):
                writer.write(data)
                await writer.drain()
        except (ConnectionError, asyncio.CancelledError):
            pass
        finally:
            if not self._loop.is_closed():
                writer.close()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        backend = self.backends[self._next % len(self.backends)]
        self._next += 1
        self.connections[backend] += 1
        try:
            up_reader, up_writer = await asyncio.open_connection("127.0.0.1", backend)
        except OSError:
            writer.close()
            return
        await asyncio.gather(self._pipe(reader, up_writer), self._pipe(up_reader, writer))

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        server = self._loop.run_until_complete(
            asyncio.start_server(self._handle, "127.0.0.1", self.port)
        )
        self._ready.set()
        try:
            self._loop.run_forever()
        finally:
            server.close()
            tasks = asyncio.all_tasks(self._loop)
            for task in tasks:
                task.cancel()
            self._loop.run_until_complete(asyncio.gather(*tasks, return_exceptions=True))
            self._loop.close()

    def __enter__(self) -> RoundRobinProxy:
        self._thread.start()
        self._ready.wait(10)
        return self

    def __exit__(self, *exc: object) -> None:
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)


def start_server(port: int, store: Path, seeds: Path, log: Path) -> subprocess.Popen:
    """Start ``streamlit run dashboard.py`` on 127.0.0.1:``port`` reading ``store``."""
    env = {
        **os.environ,
        "COMMITMENT_TRACKER_STORE": str(store),
        "COMMITMENT_TRACKER_SEEDS": str(seeds),
        "PYTHONPATH": str(ROOT),
    }
    command = [
        sys.executable, "-m", "streamlit", "run", "dashboard.py",
        "--server.port", str(port), "--server.address", "127.0.0.1",
        "--server.headless", "true", "--browser.gatherUsageStats", "false",
    ]  # fmt: skip
    handle = log.open("wb")
    return subprocess.Popen(command, cwd=ROOT, env=env, stdout=handle, stderr=subprocess.STDOUT)


def wait_healthy(port: int, process: subprocess.Popen, *, seconds: float = 120) -> None:
    """Wait until the server on ``port`` answers its health check."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"streamlit exited with code {process.returncode}")
        try:
            with urllib.request.urlopen(
                f"http://127.0.0.1:{port}/_stcore/health", timeout=2
            ) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    raise TimeoutError(f"no answer on port {port} within {seconds}s")


def stop(process: subprocess.Popen) -> None:
    """Stop one server process started here."""
    process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=15)


def run_session(port: int, *, timeout: float = 120) -> float:
    """Open one session on ``port`` without a browser, run the three pages; return seconds."""
    from streamlit.proto.BackMsg_pb2 import BackMsg
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
    from websockets.sync.client import connect

    started = time.monotonic()
    with connect(
        f"ws://127.0.0.1:{port}/_stcore/stream",
        subprotocols=["streamlit"],
        open_timeout=timeout,
        max_size=None,
    ) as socket_:
        for page in PAGES:
            message = BackMsg()
            message.rerun_script.query_string = ""
            message.rerun_script.page_name = page
            socket_.send(message.SerializeToString())
            while True:
                forward = ForwardMsg()
                forward.ParseFromString(socket_.recv(timeout=timeout))
                if forward.WhichOneof("type") == "script_finished":
                    break
    return time.monotonic() - started


def sessions_per_minute(port: int, *, sessions: int, concurrency: int, seconds: float) -> float:
    """Return sessions finished per minute with ``concurrency`` at once, bounded in count and time."""
    deadline = time.monotonic() + seconds
    started = time.monotonic()
    finished = 0

    def one(_: int) -> bool:
        if time.monotonic() > deadline:
            return False
        run_session(port, timeout=max(5.0, deadline - time.monotonic() + 30))
        return True

    with ThreadPoolExecutor(concurrency) as pool:
        finished = sum(pool.map(one, range(sessions)))
    return finished / ((time.monotonic() - started) / 60)


def prepare_store(work: Path) -> tuple[Path, Path]:
    """Build the bundled seeds into a store in ``work``; return (store, seeds folder)."""
    store = work / "store.duckdb"
    seeds = ROOT / "seeds"
    subprocess.run(
        [sys.executable, "-m", "analysis", "build", str(seeds), "--out", str(work / "out")]
        + ["--store", str(store), "--quiet"],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        check=True,
    )
    return store, seeds


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--processes", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--sessions", type=int, default=30)
    parser.add_argument("--concurrency", type=int, default=6)
    parser.add_argument("--seconds", type=float, default=90)
    args = parser.parse_args()
    rates = {}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        store, seeds = prepare_store(work)
        for n in args.processes:
            ports = [free_port() for _ in range(n)]
            servers = [start_server(p, store, seeds, work / f"server-{p}.log") for p in ports]
            try:
                for port, process in zip(ports, servers, strict=True):
                    wait_healthy(port, process)
                with RoundRobinProxy(ports) as proxy:
                    for port in ports:  # warm each server (first load of the tables)
                        run_session(port)
                    rate = sessions_per_minute(
                        proxy.port,
                        sessions=args.sessions,
                        concurrency=args.concurrency,
                        seconds=args.seconds,
                    )
                rates[n] = rate
                print(f"{n} server process(es): {rate:.1f} sessions per minute", flush=True)
            finally:
                for process in servers:
                    stop(process)
    if 1 in rates:
        for n, rate in rates.items():
            print(f"{n} process(es) / 1 process: {rate / rates[1]:.2f}")


if __name__ == "__main__":
    main()
