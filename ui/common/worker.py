"""Background work for widgets: run a plain function off the GUI thread and get its result (or
its error) back on the GUI thread. Widgets never hold a database session.

Work is split by the resource it waits on, so one slow device never delays another's work:

- ``lane="store"`` (the default): reads and writes of the hall store, on a small pool of its own.
- ``lane=device_lane("pad")`` etc.: one thread per device. A rating pad that waits 60 s for a
  key, or a card reader polled in a loop, holds only its own lane; "call next" never queues
  behind it.

A result for a widget that has been deleted meanwhile is dropped, never handed to it: pass the
widget as ``owner=``; a bound method of a QObject as ``on_done`` is guarded by its object.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from app.errors import user_message

log = logging.getLogger(__name__)

STORE = "store"
STORE_THREADS = 2  # SQLite serialises writes anyway; two readers keep the panels fresh
IDLE_EXPIRY_MS = 30_000  # an idle device thread ends after this long and is made anew


def device_lane(name: str) -> str:
    """The lane of one device (``"pad"``, ``"led"``, ``"idcard"`` …): one thread, its own."""
    return f"device:{name}"


class _Dispatcher(QObject):
    """Lives on the GUI thread; hands each finished job's outcome to its callbacks there. One
    for all jobs, with the callbacks in a dict until delivery: a QObject per job whose slots
    closed over it was a reference cycle through C++ that Python never freed (about nine
    references per job, which a hall display polling every second piles up all day)."""

    finished = Signal(int)  # job id; its outcome waits in ``outcomes``

    def __init__(self) -> None:
        super().__init__()
        # The job's function stays here too, so its last reference (and with it whatever its
        # closure holds: often a widget) is dropped here on the GUI thread, never on a worker:
        # a Qt wrapper freed on another thread crashed the process during garbage collection.
        self.pending: dict[int, tuple[Callable[[Any], None], Callable[[Exception], None] | None,
                                      QObject | None, Callable[[], Any]]] = {}  # fmt: skip
        # A job's outcome (succeeded, result or exception) is put here by its worker, which
        # then lets go of it before it signals: the GUI thread holds the last reference to the
        # result, the exception and its traceback (whose frames hold the job's closure). When
        # the outcome travelled in the signal, the worker still held it (and the function)
        # after the GUI thread had dropped its own, and freed a closed sign-in dialog on the
        # worker thread: the process died in a test's teardown.
        self.outcomes: dict[int, tuple[bool, Any]] = {}
        self.lock = threading.Lock()
        self.next_id = 0
        self.finished.connect(self._deliver)

    def _deliver(self, job_id: int) -> None:
        with self.lock:
            ok, value = self.outcomes.pop(job_id)
        on_done, on_error, owner, _fn = self.pending.pop(job_id)
        callback = on_done if ok else on_error
        if callback is not None and _alive(owner):
            callback(value)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], job_id: int, dispatcher: _Dispatcher) -> None:
        super().__init__()
        self.fn, self.job_id, self.dispatcher = fn, job_id, dispatcher

    def run(self) -> None:
        dispatcher, job_id = self.dispatcher, self.job_id
        fn, self.fn, self.dispatcher = self.fn, None, None  # type: ignore[assignment]
        outcome: tuple[bool, Any]
        try:
            outcome = (True, fn())
        except Exception as exc:  # handed to the GUI thread, never lost
            if user_message(exc) is None:  # a bug, not something the person can act on
                log.exception("background job failed")
            outcome = (False, exc)
        del fn
        with dispatcher.lock:
            dispatcher.outcomes[job_id] = outcome
        del outcome  # from here only the GUI thread holds it
        dispatcher.finished.emit(job_id)


_dispatcher: _Dispatcher | None = None
_pools: dict[str, QThreadPool] = {}


def _the_dispatcher() -> _Dispatcher:
    global _dispatcher
    if _dispatcher is None or not shiboken6.isValid(_dispatcher):
        _dispatcher = _Dispatcher()  # made by the first caller: the GUI thread
    return _dispatcher


def pool(lane: str = STORE) -> QThreadPool:
    """The thread pool of a lane, made on first use."""
    found = _pools.get(lane)
    if found is None:
        found = QThreadPool()
        found.setObjectName(lane)
        found.setMaxThreadCount(STORE_THREADS if lane == STORE else 1)
        found.setExpiryTimeout(IDLE_EXPIRY_MS)
        _pools[lane] = found
    return found


def _alive(obj: Any) -> bool:
    return obj is None or shiboken6.isValid(obj)


def run_async(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None] | None = None,
    *,
    lane: str = STORE,
    owner: QObject | None = None,
) -> None:
    """Run ``fn`` off the GUI thread on ``lane``; ``on_done``/``on_error`` run on the GUI thread,
    unless ``owner`` (or the QObject whose bound method ``on_done`` is) was deleted first."""
    if owner is None:
        bound = getattr(on_done, "__self__", None)
        owner = bound if isinstance(bound, QObject) else None
    dispatcher = _the_dispatcher()
    dispatcher.next_id += 1
    job_id = dispatcher.next_id
    dispatcher.pending[job_id] = (on_done, on_error, owner, fn)
    pool(lane).start(_Job(fn, job_id, dispatcher))


def wait_idle(timeout_ms: int = 5000) -> bool:
    """Wait for every lane's running and queued jobs (tests, and the end of a role)."""
    ok = True
    for p in list(_pools.values()) + [QThreadPool.globalInstance()]:
        ok = p.waitForDone(timeout_ms) and ok
    return ok


def active_jobs() -> dict[str, int]:
    """Threads busy per lane, for the role's health row and for tests."""
    return {lane: p.activeThreadCount() for lane, p in _pools.items()}
