"""Processing articles on a Dask cluster: batches go to workers, per-article rows come back.

The single-machine build and this one share every extraction function: a worker runs
``analysis.build.article_rows`` on its own copy of the pipeline, and the caller stores
the rows and assembles the tables exactly as a local build does. Each worker loads the
pipeline once (``analysis.pipeline.nlp`` is cached per process); the pipeline is never
pickled with a task, only the articles of a batch are.

A cluster is named by a spec string:

- ``local:N`` starts a ``LocalCluster`` of N single-threaded worker processes on this
  machine for the duration of the build;
- ``tcp://HOST:PORT`` (or ``tls://…``) connects to a running scheduler, for example one
  started with ``dask scheduler`` with workers from ``dask worker tcp://HOST:PORT``. Every
  worker needs this package and the spaCy model installed at the same version.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from analysis.articles import Article
from analysis.themes import Taxonomy

# Articles per task: large enough to keep nlp.pipe batching, small enough that a few
# workers share the work evenly and a lost worker costs little.
TASK_SIZE = 16

Rows = dict[str, list[dict]]

_LOCAL = re.compile(r"local:(\d+)")
_REMOTE = re.compile(r"(tcp|tls|ucx|inproc)://\S+")


class ClusterSpecError(ValueError):
    """A ``--dask`` value that names no cluster."""


@dataclass(frozen=True)
class ClusterSpec:
    """A local cluster of ``workers`` processes, or the ``address`` of a running scheduler."""

    workers: int = 0
    address: str = ""


def parse_cluster_spec(spec: str) -> ClusterSpec:
    """Return the cluster that ``spec`` names (``local:N`` or a scheduler address)."""
    spec = spec.strip()
    local = _LOCAL.fullmatch(spec)
    if local:
        workers = int(local.group(1))
        if workers < 1:
            raise ClusterSpecError(
                f"local:{workers} starts no worker: use local:N with N of 1 or more"
            )
        return ClusterSpec(workers=workers)
    if _REMOTE.fullmatch(spec):
        return ClusterSpec(address=spec)
    raise ClusterSpecError(
        f"{spec!r} is not a cluster: use local:N (N worker processes here) "
        "or a scheduler address such as tcp://HOST:8786"
    )


@contextmanager
def dask_client(spec: ClusterSpec) -> Iterator[object]:
    """Yield a ``distributed.Client`` for ``spec``; a local cluster is closed afterwards."""
    from distributed import Client, LocalCluster

    if spec.address:
        with Client(spec.address) as client:
            yield client
        return
    with (
        LocalCluster(
            n_workers=spec.workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            # Each worker holds one pipeline (about 0.5 GB); the default limit of the
            # machine's memory divided among workers is enough, but never pause early.
            memory_limit=0,
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


def batch_rows(articles: list[Article], taxonomy: Taxonomy, version: str) -> list[Rows]:
    """Parse one batch on a worker and return each article's rows (run on the worker).

    ``version`` is the caller's pipeline version: a worker whose code, data or model
    differ would write rows the store labels wrongly, so it refuses instead.
    """
    from analysis.build import article_rows, theme_matcher
    from analysis.pipeline import nlp, parse, pipeline_version

    own = pipeline_version(taxonomy.fingerprint())
    if own != version:
        raise RuntimeError(
            f"a worker runs pipeline {own} but the build expects {version}: "
            "install the same version of the project and model on every worker"
        )
    matcher = theme_matcher(taxonomy)
    return [article_rows(doc, article, matcher) for doc, article in parse(nlp(), articles)]


def rows_on_cluster(
    todo: Sequence[Article],
    taxonomy: Taxonomy,
    version: str,
    spec: ClusterSpec,
    *,
    task_size: int = TASK_SIZE,
) -> Iterator[list[Rows]]:
    """Yield the rows of each batch of ``todo`` as the cluster finishes it (any order)."""
    from distributed import as_completed

    batches = [list(todo[i : i + task_size]) for i in range(0, len(todo), task_size)]
    with dask_client(spec) as client:
        futures = [
            client.submit(batch_rows, batch, taxonomy, version, pure=False) for batch in batches
        ]
        for future in as_completed(futures):
            yield future.result()
            future.release()


def process_on_cluster(
    todo: Sequence[Article],
    taxonomy: Taxonomy,
    version: str,
    spec: ClusterSpec,
    store_batch: Callable[[list[Rows]], int],
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Process ``todo`` on the cluster, handing each finished batch to ``store_batch``.

    Returns the number of articles stored. ``store_batch`` writes one batch in one
    transaction, so a build stopped half way keeps every finished batch.
    """
    done = 0
    for rows in rows_on_cluster(todo, taxonomy, version, spec):
        done += store_batch(rows)
        if progress:
            progress(done, len(todo))
    return done
