"""The services the case screens call, built lazily on a worker thread (building one reads
the hall from the store), and shared by every case tab of one clerk window."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable

from app.cases.service import CaseService
from app.journal import Actor
from app.queue.service import QueueService
from app.settings import Settings
from app.store import Store


class CaseAccess:
    def __init__(self, store: Store, settings: Settings, actor: Actor, window_no: int, *,
                 cases: CaseService | None = None, queue: QueueService | None = None,
                 clock: Callable[[], dt.datetime] | None = None) -> None:  # fmt: skip
        self.store, self.settings, self.actor, self.window_no = store, settings, actor, window_no
        self._cases, self._queue, self._clock = cases, queue, clock
        self._lock = threading.Lock()

    def cases(self) -> CaseService:
        """Worker threads only."""
        with self._lock:
            if self._cases is None:
                self._cases = CaseService(self.store, self.settings, clock=self._clock)
            return self._cases

    def queue(self) -> QueueService:
        """Worker threads only."""
        with self._lock:
            if self._queue is None:
                self._queue = QueueService(self.store, self.settings)
            return self._queue
