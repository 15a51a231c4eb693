"""A time budget for a stretch of Python work, enforced from a watchdog thread.

``deadline(seconds)`` arms a timer; when it fires before the block ends, ``OverBudget``
is raised in the thread running the block at its next Python instruction (through
``PyThreadState_SetAsyncExc``, so it works in any thread: the command line's main
thread, a worker process, a Streamlit script thread). Work inside one long C call is
only stopped when that call returns, which is why the text is prepared first (see
``analysis.segments``) so that no single call can run for long.
"""

from __future__ import annotations

import ctypes
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_set_async_exc = ctypes.pythonapi.PyThreadState_SetAsyncExc
_set_async_exc.argtypes = (ctypes.c_ulong, ctypes.py_object)


class OverBudget(Exception):  # noqa: N818  (the name says what happened, as a reason)
    """The work ran past its time budget."""


@contextmanager
def deadline(seconds: float | None) -> Iterator[None]:
    """Raise ``OverBudget`` in this thread when the block runs over ``seconds``.

    ``None`` (or a value of zero or less) means no budget.
    """
    if seconds is None or seconds <= 0:
        yield
        return
    thread_id = threading.get_ident()
    lock = threading.Lock()
    state = {"done": False, "fired": False}

    def fire() -> None:
        with lock:
            if not state["done"]:
                state["fired"] = True
                _set_async_exc(thread_id, ctypes.py_object(OverBudget))

    timer = threading.Timer(seconds, fire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        with lock:
            state["done"] = True
            fired = state["fired"]
        timer.cancel()
        if fired:
            # The exception may still be pending (the block ended in between): clear it
            # and raise it here, so it never surfaces later in unrelated code.
            _set_async_exc(thread_id, ctypes.py_object())
    if fired:
        raise OverBudget(f"over the time budget of {seconds:g} s")
