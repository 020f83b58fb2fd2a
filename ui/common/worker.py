"""Background work for widgets: run a plain function on the thread pool and get its result (or
its error) back on the GUI thread. Widgets never hold a database session."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from app.errors import user_message

log = logging.getLogger(__name__)


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


def run_async(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None] | None = None,
) -> None:
    """Run ``fn`` off the GUI thread; ``on_done``/``on_error`` run on the GUI thread."""
    relay = _Relay()  # created on the calling (GUI) thread, so its slots run there
    _live.add(relay)

    def finish(callback: Callable[[Any], None] | None, value: Any) -> None:
        _live.discard(relay)
        if callback is not None:
            callback(value)

    relay.done.connect(lambda r: finish(on_done, r))
    relay.failed.connect(lambda e: finish(on_error, e))
    QThreadPool.globalInstance().start(_Job(fn, relay))


def wait_idle(timeout_ms: int = 5000) -> bool:
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
