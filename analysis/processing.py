"""Articles to per-article rows, so that no article can crash or stall the others.

Each article's text is prepared first (``analysis.segments``: pathological runs
collapsed, long texts cut at paragraph breaks into segments the parser accepts, with an
offset map back to the stored text). Articles then go through the pipeline in groups,
one ``nlp.pipe`` pass per group, under a time budget (``analysis.budget``). When a group
fails (an article raises, or the group runs over the budget of its slowest article), the
articles it had not finished are processed one at a time, each under its own budget,
so the culprit is named and skipped with its reason and every other article is kept.

A text longer than one segment is parsed segment by segment and the docs are joined
back into one (``Doc.from_docs``), so extraction sees the whole article and every
offset refers to the article's own text.

With ``processes`` above 1 the groups run in worker processes forked from this one
(model and rules already loaded), extraction included; a worker that dies (killed, out
of memory) costs only its group, whose articles are retried alone in a fresh worker and,
failing again, reported.
"""

from __future__ import annotations

import gc
import multiprocessing
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass

import numpy
from spacy.language import Language
from spacy.tokens import Doc

from analysis.articles import Article
from analysis.budget import OverBudget, deadline
from analysis.limits import Limits
from analysis.segments import Prepared, prepare, segments

Rows = dict[str, list[dict]]
RowsOf = Callable[[Doc, Article], Rows]

GROUP_SIZE = 32
# The smallest group several processes get at the end of a build (one nlp.pipe batch).
MIN_GROUP = 4
_OFFSETS = ("start_char", "end_char")


@dataclass(frozen=True)
class Outcome:
    """What became of one article: its rows, or the reason it was skipped."""

    article: Article
    rows: Rows | None
    reason: str = ""


@dataclass(frozen=True)
class Unprocessed:
    """An article that could not be processed: its name (file, URL, title) and why."""

    name: str
    reason: str
    article_id: str

    @classmethod
    def of(cls, article: Article, reason: str) -> Unprocessed:
        """Return the report line of ``article``, named by its file or URL and its title."""
        name = article.path or article.url or article.article_id
        if article.title and article.title not in name:
            name = f"{name} ({article.title[:80]!r})"
        return cls(name, reason, article.article_id)


@dataclass(frozen=True)
class _Job:
    language: Language
    rows_of: RowsOf
    limits: Limits


def job(language: Language, rows_of: RowsOf, limits: Limits) -> _Job:
    """Return the work description ``process_group`` and ``process_one`` take."""
    return _Job(language, rows_of, limits)


def _prepared(article: Article, limits: Limits) -> Prepared:
    return prepare(article.text, run_keep=limits.run_keep, space_keep=limits.space_keep)


def _mapped(rows: Rows, prepared: Prepared) -> Rows:
    """Return ``rows`` with their character offsets moved back onto the stored text."""
    if not prepared.changed:
        return rows
    for table in rows.values():
        for row in table:
            if "start_char" in row and "end_char" in row:
                row["start_char"] = prepared.original(int(row["start_char"]))
                row["end_char"] = prepared.original_end(int(row["end_char"]))
    return rows


def _failure(err: BaseException) -> str:
    detail = str(err).strip().splitlines()[0][:200] if str(err).strip() else ""
    return f"processing failed ({type(err).__name__}{': ' + detail if detail else ''})"


def _over_budget(seconds: float | None) -> str:
    return f"over the time budget of {seconds:g} s per article; skipped"


def _parse_long(language: Language, prepared: Prepared, limits: Limits) -> Doc:
    pieces = segments(prepared.text, segment_chars=limits.segment_chars)
    docs = []
    for doc in language.pipe((prepared.text[s:e] for s, e in pieces), batch_size=2):
        doc.tensor = numpy.zeros((0,), dtype="float32")  # extraction never reads it
        docs.append(doc)
    return Doc.from_docs(docs, ensure_whitespace=False, exclude=["tensor", "user_data"])


def process_one(job: _Job, article: Article, prepared: Prepared | None = None) -> Outcome:
    """Return the outcome of one article, processed alone under its own time budget."""
    prepared = prepared or _prepared(article, job.limits)
    seconds = job.limits.budget(len(article.text))
    try:
        with deadline(seconds):
            if len(prepared.text) <= job.limits.segment_chars:
                doc = job.language(prepared.text)
            else:
                doc = _parse_long(job.language, prepared, job.limits)
            rows = _mapped(job.rows_of(doc, article), prepared)
    except OverBudget:
        return Outcome(article, None, _over_budget(seconds))
    except Exception as err:  # any failure of one article must not stop the others
        return Outcome(article, None, _failure(err))
    return Outcome(article, rows)


def process_group(job: _Job, articles: Sequence[Article]) -> list[Outcome]:
    """Return the outcomes of ``articles``: one pipeline pass, per-article retries on failure."""
    pairs = [(article, _prepared(article, job.limits)) for article in articles]
    limit = job.limits.segment_chars
    short = [(a, p) for a, p in pairs if len(p.text) <= limit]
    outcomes = [process_one(job, a, p) for a, p in pairs if len(p.text) > limit]
    if not short:
        return outcomes
    budgets = [job.limits.budget(len(a.text)) for a, _ in short]
    seconds = None if None in budgets else max(b for b in budgets if b is not None)
    done: list[Outcome] = []
    try:
        with deadline(seconds):
            stream = ((p.text, (a, p)) for a, p in short)
            for doc, (article, prepared) in job.language.pipe(
                stream, as_tuples=True, batch_size=16
            ):
                try:
                    rows = _mapped(job.rows_of(doc, article), prepared)
                except OverBudget:
                    raise
                except Exception as err:  # one article's extraction failed: name it
                    done.append(Outcome(article, None, _failure(err)))
                else:
                    done.append(Outcome(article, rows))
    except Exception:  # the pipeline failed or ran over: finish the rest one at a time
        done.extend(process_one(job, a, p) for a, p in short[len(done) :])
    return outcomes + done


def _groups(articles: Sequence[Article], size: int, processes: int = 1) -> list[list[int]]:
    """Return the index groups of ``articles``: of ``size`` for one process; for several,
    shrinking towards the end (a share of what is left, never above ``size`` nor below
    ``MIN_GROUP``), so the workers finish together instead of one working on a last full
    group while the others wait."""
    if processes <= 1:
        return [list(range(i, min(i + size, len(articles)))) for i in range(0, len(articles), size)]
    groups, start = [], 0
    while start < len(articles):
        left = len(articles) - start
        n = max(MIN_GROUP, min(size, left // (2 * processes)))
        groups.append(list(range(start, min(start + n, len(articles)))))
        start += n
    return groups


_WORKER: tuple[_Job, Sequence[Article]] | None = None  # inherited by forked workers


def _work(indices: list[int]) -> list[tuple[int, Rows | None, str]]:
    assert _WORKER is not None
    job, articles = _WORKER
    outcomes = process_group(job, [articles[i] for i in indices])
    position = {articles[i].article_id: i for i in indices}
    return [(position[o.article.article_id], o.rows, o.reason) for o in outcomes]


def process_articles(
    articles: Sequence[Article],
    *,
    language: Language,
    rows_of: RowsOf,
    limits: Limits,
    processes: int = 1,
    group_size: int = GROUP_SIZE,
) -> Iterator[Outcome]:
    """Yield one ``Outcome`` per article (not necessarily in order), skipped ones with reasons."""
    job = _Job(language, rows_of, limits)
    groups = _groups(articles, group_size, processes)
    if processes <= 1 or len(groups) <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        for group in groups:
            position = {articles[i].article_id: i for i in group}
            outcomes = process_group(job, [articles[i] for i in group])
            yield from sorted(outcomes, key=lambda o: position[o.article.article_id])
        return
    yield from in_order(_in_workers(job, articles, groups, processes), articles)


def in_order(outcomes: Iterator[Outcome], articles: Sequence[Article]) -> Iterator[Outcome]:
    """Yield ``outcomes`` (one per article, in any order) in the order of ``articles``.

    Workers finish in any order; the store keeps rows in the order they arrive, and the
    tables built from them must not depend on which worker was faster. An outcome that
    arrives early waits until every article before it is done.
    """
    position = {article.article_id: i for i, article in enumerate(articles)}
    waiting: dict[int, Outcome] = {}
    done = 0
    for outcome in outcomes:
        waiting[position[outcome.article.article_id]] = outcome
        while done in waiting:
            yield waiting.pop(done)
            done += 1
    yield from (waiting[i] for i in sorted(waiting))


def _in_workers(
    job: _Job, articles: Sequence[Article], groups: list[list[int]], processes: int
) -> Iterator[Outcome]:
    global _WORKER
    _WORKER = (job, articles)
    queue = deque(groups)
    in_flight = 2 * processes
    # Objects that exist at the fork (the pipeline, the articles) go to the permanent
    # generation: a worker's garbage collections then never touch them, so their memory
    # pages stay shared with this process instead of being copied into each worker.
    gc.collect()
    gc.freeze()
    try:
        while queue:
            broken: list[list[int]] = []
            context = multiprocessing.get_context("fork")
            with ProcessPoolExecutor(processes, mp_context=context) as pool:
                running: dict[Future, list[int]] = {}
                while queue or running:
                    while queue and len(running) < in_flight and not broken:
                        group = queue.popleft()
                        running[pool.submit(_work, group)] = group
                    if not running:
                        break
                    finished, _ = wait(running, return_when=FIRST_COMPLETED)
                    for future in finished:
                        group = running.pop(future)
                        try:
                            results = future.result()
                        except BrokenProcessPool:
                            broken.append(group)
                            continue
                        for index, rows, reason in results:
                            yield Outcome(articles[index], rows, reason)
            if len(broken) == 1 and len(broken[0]) == 1 and in_flight == 1:
                # Alone in the pool when it broke: this article is the cause.
                yield Outcome(
                    articles[broken[0][0]],
                    None,
                    "processing failed (the worker process processing it stopped: "
                    "killed or out of memory)",
                )
                continue
            # Which article broke the pool is unknown: retry each alone, one at a time.
            in_flight = 1 if broken else in_flight
            queue.extendleft([i] for group in reversed(broken) for i in reversed(group))
    finally:
        gc.unfreeze()
        _WORKER = None
