"""One LookupService per page, made on first use on a worker thread (making it reads the
store: never on the GUI thread), once, under a lock."""

from __future__ import annotations

import threading

from app.lookup.service import LookupService
from app.settings import Settings
from app.store import Store


class ServiceHolder:
    def __init__(self, store: Store, settings: Settings) -> None:
        self.store, self.settings = store, settings
        self._service: LookupService | None = None
        self._lock = threading.Lock()

    def get(self) -> LookupService:
        with self._lock:
            if self._service is None:
                self._service = LookupService(self.store, self.settings)
            return self._service
