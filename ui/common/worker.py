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


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn, self.relay = fn, relay

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # handed to the GUI thread, never lost
            if user_message(exc) is None:  # a bug, not something the person can act on
                log.exception("background job failed")
            self.relay.failed.emit(exc)
        else:
            self.relay.done.emit(result)


_live: set[_Relay] = set()
_pools: dict[str, QThreadPool] = {}


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
    relay = _Relay()  # created on the calling (GUI) thread, so its slots run there
    _live.add(relay)

    def finish(callback: Callable[[Any], None] | None, value: Any) -> None:
        _live.discard(relay)
        if callback is not None and _alive(owner):
            callback(value)

    relay.done.connect(lambda r: finish(on_done, r))
    relay.failed.connect(lambda e: finish(on_error, e))
    pool(lane).start(_Job(fn, relay))


def wait_idle(timeout_ms: int = 5000) -> bool:
    """Wait for every lane's running and queued jobs (tests, and the end of a role)."""
    ok = True
    for p in list(_pools.values()) + [QThreadPool.globalInstance()]:
        ok = p.waitForDone(timeout_ms) and ok
    return ok


def active_jobs() -> dict[str, int]:
    """Threads busy per lane, for the role's health row and for tests."""
    return {lane: p.activeThreadCount() for lane, p in _pools.items()}
