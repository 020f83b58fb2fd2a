"""Polls the ID-card reader on a worker thread while the priority screen is shown. A card is
reported once when placed; it is reported again only after it was taken off the reader."""

from __future__ import annotations

import contextlib
import logging
import threading
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from printers.errors import DeviceError
from printers.idcard import CardReader, IdCardData, open_reader
from ui.common.worker import device_lane, run_async

log = logging.getLogger(__name__)
READ_TIMEOUT = 0.5  # seconds per read, so stopping is quick
RETRY_MS = 3000


class CardPoller(QObject):
    card = Signal(object)  # IdCardData
    failed = Signal(str)  # Chinese message

    def __init__(self, url: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.url = url
        self._reader: CardReader | None = None
        self._lock = threading.Lock()  # one read at a time; close waits for it
        self._active = self._busy = False
        self._last_id: str | None = None
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self._poll)

    def start(self) -> None:
        if not self.url:
            return
        self._active, self._last_id = True, None
        self._timer.start(0)

    def stop(self) -> None:
        self._active = False
        self._timer.stop()

    def _read(self) -> IdCardData | None:
        with self._lock:
            if self._reader is None:
                self._reader = open_reader(self.url)
            return self._reader.read_card(READ_TIMEOUT)

    def _poll(self) -> None:
        if not self._active or self._busy:
            return
        self._busy = True
        run_async(self._read, self._got, self._error, lane=device_lane("idcard"))

    def _got(self, card: Any) -> None:
        self._busy = False
        if not self._active:
            return
        if card is None:
            self._last_id = None
        elif card.id_number != self._last_id:
            self._last_id = card.id_number
            self.card.emit(card)
        self._timer.start(200)

    def _error(self, exc: Exception) -> None:
        self._busy = False
        message = exc.message if isinstance(exc, DeviceError) else str(exc)
        log.warning("ID-card reader %s: %s", self.url, message)
        run_async(self._close_reader, lambda _r: None, lane=device_lane("idcard-close"))
        if self._active:
            self.failed.emit(message)
            self._timer.start(RETRY_MS)

    def _close_reader(self) -> None:
        with self._lock:
            reader, self._reader = self._reader, None
        if reader is not None:
            with contextlib.suppress(DeviceError):
                reader.close()

    def shutdown(self) -> None:
        self.stop()
        run_async(self._close_reader, lambda _r: None, lane=device_lane("idcard-close"))
