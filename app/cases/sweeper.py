"""The 5-day sweep in the background of every clerk and dashboard process (and
``yichuang case sweep`` from cron). Several may run at once: CaseService.sweep claims each case
with a conditional update, so each case is deemed accepted once."""

from __future__ import annotations

import logging
import threading
from typing import Any

log = logging.getLogger(__name__)


class PeriodicSweep:
    """A daemon thread that runs ``service.sweep()`` now and then every ``interval`` seconds
    until ``stop()``. A failing sweep (store away) is logged and tried again next time."""

    def __init__(self, service: Any, interval: float = 300.0) -> None:
        self._service = service
        self._interval = interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="case-sweep", daemon=True)
        self.runs = 0

    def start(self) -> PeriodicSweep:
        self._thread.start()
        return self

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                done = self._service.sweep().deemed_accepted
                if done:
                    log.info("deemed accepted (art. 32): %s", ", ".join(done))
            except Exception:  # noqa: BLE001 - a background job must outlive a bad minute
                log.warning("case sweep failed; will retry", exc_info=True)
            self.runs += 1
            self._stop.wait(self._interval)
