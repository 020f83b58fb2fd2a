"""A fake serial device on a real pseudo-terminal, for simulators of readers, screens, pads.

The driver under test opens ``/dev/pts/N`` exactly as it would open ``/dev/ttyUSB0``; the
simulator thread reads and writes the master side. Shared by ``printers.displays``.
"""

from __future__ import annotations

import os
import select
import threading
import tty


class PtyDevice:
    """Subclasses implement :meth:`feed`: take the bytes received so far, return
    ``(bytes consumed, reply bytes)``."""

    baudrate = 115200

    def __init__(self) -> None:
        self._master = -1
        self._slave = -1
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self._buffer = b""
        self.lock = threading.Lock()

    # -- lifecycle --------------------------------------------------------------------------
    def start(self) -> PtyDevice:
        if self._thread is not None:
            return self
        self._master, self._slave = os.openpty()
        tty.setraw(self._master)
        tty.setraw(self._slave)
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name=type(self).__name__, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._thread is None:
            return
        self._stop.set()
        self._thread.join(timeout=2)
        self._thread = None
        for fd in (self._master, self._slave):
            os.close(fd)
        self._master = self._slave = -1

    def __enter__(self) -> PtyDevice:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def path(self) -> str:
        if self._slave < 0:
            raise RuntimeError("simulator not started")
        return os.ttyname(self._slave)

    @property
    def url(self) -> str:
        return f"serial://{self.path}?baudrate={self.baudrate}"

    # -- device side ------------------------------------------------------------------------
    def send(self, data: bytes) -> None:
        """Push unsolicited bytes to the host (e.g. a key press on a rating pad)."""
        os.write(self._master, data)

    def feed(self, buffer: bytes) -> tuple[int, bytes]:
        raise NotImplementedError

    def _run(self) -> None:
        while not self._stop.is_set():
            ready, _, _ = select.select([self._master], [], [], 0.05)
            if not ready:
                continue
            try:
                chunk = os.read(self._master, 4096)
            except OSError:
                return
            self._buffer += chunk
            while self._buffer:
                with self.lock:
                    used, reply = self.feed(self._buffer)
                if used == 0:
                    break
                self._buffer = self._buffer[used:]
                if reply:
                    os.write(self._master, reply)
