"""The window's LED screen and rating pad, opened once and used from worker threads only."""

from __future__ import annotations

import threading
import time
from typing import Any

from app.settings import Settings
from printers.displays import open_led, open_rating_pad

SLICE = 0.3  # seconds per read, so a cancelled wait ends quickly


class CallDevices:
    def __init__(self, settings: Settings) -> None:
        self.led_url, self.pad_url = settings.led_display, settings.rating_pad
        self.led: Any = None
        self.pad: Any = None
        self._led_lock, self._pad_lock = threading.Lock(), threading.Lock()
        self.cancel = threading.Event()

    def show(self, window_no: int, lines: list[str]) -> None:
        if not self.led_url:
            return
        with self._led_lock:
            if self.led is None:
                self.led = open_led(self.led_url)
            self.led.show(window_no, lines)

    def wait_rating(self, staff_name: str, window_no: int, timeout: float) -> int | None:
        """Prompt the pad and wait for a key (1–5 stars); None when nobody rated in time."""
        if not self.pad_url:
            return None
        with self._pad_lock:
            if self.pad is None:
                self.pad = open_rating_pad(self.pad_url)
            self.pad.prompt(staff_name, window_no)
            deadline = time.monotonic() + timeout
            while not self.cancel.is_set() and time.monotonic() < deadline:
                key = self.pad.read_rating(SLICE)
                if key is not None:
                    return int(key)
            return None

    def close(self) -> None:
        self.cancel.set()
        for lock, name in ((self._led_lock, "led"), (self._pad_lock, "pad")):
            with lock:
                device = getattr(self, name)
                setattr(self, name, None)
            if device is not None:
                device.close()
