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
from analysis.limits import Limits
from analysis.themes import Taxonomy

# Articles per task: large enough to keep nlp.pipe batching, small enough that a few
# workers share the work evenly and a lost worker costs little.
TASK_SIZE = 16

Rows = dict[str, list[dict]]

_LOCAL = re.compile(r"local:(\d+)")
_REMOTE = re.compile(r"(tcp|tls|ucx|inproc)://\S+")


class ClusterSpecError(ValueError):
    """A ``--dask`` value that names no cluster."""


class VersionMismatch(RuntimeError):  # noqa: N818  (named for what the worker found)
    """A worker runs another pipeline version than the build: its rows would be mislabelled."""


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
    import dask
    from distributed import Client, LocalCluster

    if spec.address:
        with Client(spec.address) as client:
            yield client
        return
    with (
        # A worker's sampling profiler interrupts the parse every few milliseconds (about
        # 7% of its time) for a diagnostic page that a build never shows.
        dask.config.set({"distributed.worker.profile.enabled": False}),
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


def batch_rows(
    articles: list[Article], taxonomy: Taxonomy, version: str, limits: Limits | None = None
) -> list[tuple[Article, Rows | None, str]]:
    """Process one batch on a worker: each article's rows, or None and why it was skipped.

    The batch goes through ``analysis.processing.process_group``, as in a local build:
    pathological runs are collapsed, long texts parsed in segments, each article has its
    time budget (``limits``), and an article that fails is named and costs only itself.
    ``version`` is the caller's pipeline version: a worker whose code, data or model
    differ would write rows the store labels wrongly, so it refuses instead.
    """
    from functools import partial

    from analysis.build import article_rows, theme_matcher
    from analysis.limits import default_limits
    from analysis.pipeline import nlp, pipeline_version
    from analysis.processing import job, process_group

    own = pipeline_version(taxonomy.fingerprint())
    if own != version:
        raise VersionMismatch(
            f"a worker runs pipeline {own} but the build expects {version}: "
            "install the same version of the project and model on every worker"
        )
    rows_of = partial(article_rows, matcher=theme_matcher(taxonomy))
    work = job(nlp(), rows_of, limits or default_limits())
    return [(o.article, o.rows, o.reason) for o in process_group(work, articles)]


def rows_on_cluster(
    todo: Sequence[Article],
    taxonomy: Taxonomy,
    version: str,
    spec: ClusterSpec,
    *,
    limits: Limits | None = None,
    task_size: int = TASK_SIZE,
) -> Iterator[list[tuple[Article, Rows | None, str]]]:
    """Yield the outcomes of each batch of ``todo`` as the cluster finishes it (any order).

    A batch whose task fails as a whole (its worker lost, say) is sent again one article
    per task, so only the article behind the failure is reported, with the reason.
    """
    from distributed import as_completed

    batches = [list(todo[i : i + task_size]) for i in range(0, len(todo), task_size)]
    with dask_client(spec) as client:
        futures = {
            client.submit(batch_rows, batch, taxonomy, version, limits, pure=False): batch
            for batch in batches
        }
        pending = as_completed(list(futures))
        for future in pending:
            batch = futures.pop(future)
            try:
                outcomes = future.result()
            except VersionMismatch:  # a worker at another version: stop the build
                raise
            except Exception as err:  # the task itself failed (a worker died, say)
                outcomes = None
                reason = f"{type(err).__name__}: {err}"
            future.release()
            if outcomes is not None:
                yield outcomes
            elif len(batch) > 1:
                for article in batch:
                    retry = client.submit(
                        batch_rows, [article], taxonomy, version, limits, pure=False
                    )
                    futures[retry] = [article]
                    pending.add(retry)
            else:
                yield [(batch[0], None, f"processing failed on the cluster ({reason[:200]})")]


def process_on_cluster(
    todo: Sequence[Article],
    taxonomy: Taxonomy,
    version: str,
    spec: ClusterSpec,
    store_batch: Callable[[list[Rows]], int],
    progress: Callable[[int, int], None] | None = None,
    limits: Limits | None = None,
) -> list[tuple[Article, str]]:
    """Process ``todo`` on the cluster, handing each finished batch to ``store_batch``.

    Returns the articles that could not be processed, each with the reason.
    ``store_batch`` writes one batch in one transaction, so a build stopped half way
    keeps every finished batch.
    """
    done = 0
    skipped: list[tuple[Article, str]] = []
    # Batches finish in any order; they are stored in the order of ``todo`` (a batch that
    # finishes early waits for the ones before it), so the store's rows, and the tables
    # built from them, are the same as a local build's whichever worker was faster.
    position = {article.article_id: i for i, article in enumerate(todo)}
    waiting: dict[int, tuple[Article, Rows | None, str]] = {}
    ready = 0
    for outcomes in rows_on_cluster(todo, taxonomy, version, spec, limits=limits):
        waiting.update((position[o[0].article_id], o) for o in outcomes)
        released = []
        while ready in waiting:
            released.append(waiting.pop(ready))
            ready += 1
        if not released:
            continue
        rows = [r for _, r, _ in released if r is not None]
        skipped += [(a, why) for a, r, why in released if r is None]
        done += store_batch(rows) + sum(r is None for _, r, _ in released)
        if progress:
            progress(done, len(todo))
    return skipped
