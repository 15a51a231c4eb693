"""Limits on processing: the time an article may take, and how much processing a server runs.

**Per article.** An article gets ``budget_seconds`` plus ``budget_per_100k`` seconds per
100,000 characters (a long report is allowed to take longer than a short wire story,
a pathological one is not allowed to take forever); ``fixed_budget`` replaces that with
one number. An article over its budget is skipped with the reason, and the rest finish.

**Per server.** A shared dashboard runs at most ``slots`` processing jobs at once
(``$COMMITMENT_TRACKER_PROCESSING_SLOTS``, default 1); a visitor whose job finds every
slot taken waits up to ``wait_seconds`` (``$COMMITMENT_TRACKER_PROCESSING_WAIT``,
default 20) and is then told the server is busy, with nothing processed. The other
visitors' pages keep being served meanwhile, since only those jobs compete for the CPU.
"""

from __future__ import annotations

import math
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from analysis.segments import RUN_KEEP, SEGMENT_CHARS, SPACE_KEEP

BUDGET_ENV = "COMMITMENT_TRACKER_TIME_BUDGET"
SLOTS_ENV = "COMMITMENT_TRACKER_PROCESSING_SLOTS"
WAIT_ENV = "COMMITMENT_TRACKER_PROCESSING_WAIT"


@dataclass(frozen=True)
class Limits:
    """How text is prepared for the pipeline and how long one article may take."""

    budget_seconds: float = 60.0
    budget_per_100k: float = 20.0
    fixed_budget: float | None = None
    segment_chars: int = SEGMENT_CHARS
    run_keep: int = RUN_KEEP
    space_keep: int = SPACE_KEEP

    def budget(self, n_chars: int) -> float | None:
        """Return the seconds an article of ``n_chars`` characters may take (None: no limit)."""
        if self.fixed_budget is not None:
            return self.fixed_budget if self.fixed_budget > 0 else None
        return self.budget_seconds + self.budget_per_100k * n_chars / 100_000


def positive_number(text: str) -> float:
    """Return ``text`` as a finite number >= 0; raise ValueError naming what is wrong."""
    value = float(text)
    if not math.isfinite(value) or value < 0:
        raise ValueError(f"{text!r} is not a finite number of at least 0")
    return value


def default_limits() -> Limits:
    """Return the limits, with the time budget from ``$COMMITMENT_TRACKER_TIME_BUDGET`` if set."""
    configured = os.environ.get(BUDGET_ENV, "").strip()
    if configured:
        try:
            return Limits(fixed_budget=positive_number(configured))
        except ValueError:
            pass  # a malformed setting keeps the default budget rather than none
    return Limits()


class ServerBusy(Exception):  # noqa: N818  (a state shown to the visitor)
    """Every processing slot stayed taken for the whole wait."""


def _setting(name: str, default: float) -> float:
    try:
        return positive_number(os.environ.get(name, "") or str(default))
    except ValueError:
        return default


class ProcessingSlots:
    """A process-wide cap on processing jobs running at once, with a bounded wait."""

    def __init__(self, slots: int, *, wait_seconds: float) -> None:
        self.slots = max(1, slots)
        self.wait_seconds = wait_seconds
        self._semaphore = threading.BoundedSemaphore(self.slots)

    @contextmanager
    def slot(self) -> Iterator[None]:
        """Hold one slot for the block; raise ``ServerBusy`` when none frees up in time."""
        if not self._semaphore.acquire(timeout=self.wait_seconds):
            raise ServerBusy(
                f"The server is busy processing other visitors' articles "
                f"({self.slots} at a time); nothing was processed. Try again in a minute."
            )
        try:
            yield
        finally:
            self._semaphore.release()


_SLOTS: ProcessingSlots | None = None
_SLOTS_LOCK = threading.Lock()


def processing_slots() -> ProcessingSlots:
    """Return this process's processing slots, sized from the environment on first use."""
    global _SLOTS
    with _SLOTS_LOCK:
        if _SLOTS is None:
            _SLOTS = ProcessingSlots(
                int(_setting(SLOTS_ENV, 1)), wait_seconds=_setting(WAIT_ENV, 20.0)
            )
        return _SLOTS
