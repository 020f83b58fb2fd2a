"""Serve a SimulatedPrinter over a pseudo-terminal or a loopback TCP port, so drivers are
tested through the same pyserial code path as a USB-serial or network printer."""

from __future__ import annotations

import contextlib
import os
import select
import socket
import threading
import tty
from types import TracebackType

from printers.simulator.printer import CablePulled, SimulatedPrinter


class _Server:
    printer: SimulatedPrinter

    def __enter__(self) -> _Server:
        return self

    def __exit__(
        self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        raise NotImplementedError

    def pull_cable(self) -> None:
        """Drop the link now, as if the data cable were pulled."""
        self.printer.pull_cable()
        self.close()

    def pull_cable_after(self, n_bytes: int) -> None:
        """Drop the link once ``n_bytes`` in total have arrived (mid-ticket)."""
        self.printer.pull_cable_after = n_bytes


class PtySimulator(_Server):
    """``with PtySimulator() as sim: open_transport(f"serial://{sim.port_name}")``."""

    def __init__(self, printer: SimulatedPrinter | None = None, *, paper_dots: int = 576) -> None:
        self.printer = printer or SimulatedPrinter(paper_dots=paper_dots, name="pty")
        self._master, self._slave = os.openpty()
        tty.setraw(self._master)  # no echo, no CR/LF translation: bytes pass untouched
        self.port_name = os.ttyname(self._slave)
        self._stop = threading.Event()
        self._closed = False
        self._thread = threading.Thread(target=self._run, name="pty-printer", daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"serial://{self.port_name}?baudrate=115200"

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                ready, _, _ = select.select([self._master], [], [], 0.02)
                if not ready:
                    continue
                data = os.read(self._master, 4096)
            except OSError:
                break
            if not data:
                break
            try:
                reply = self.printer.feed(data)
            except CablePulled:
                self._close_fds()
                break
            if reply:
                with contextlib.suppress(OSError):
                    os.write(self._master, reply)

    def _close_fds(self) -> None:
        if self._closed:
            return
        self._closed = True
        for fd in (self._master, self._slave):
            with contextlib.suppress(OSError):
                os.close(fd)

    def close(self) -> None:
        self._stop.set()
        if threading.current_thread() is not self._thread:
            self._thread.join(timeout=1)
        self._close_fds()


class TcpSimulator(_Server):
    """A port-9100 style printer on 127.0.0.1; ``url`` is ``socket://127.0.0.1:PORT``."""

    def __init__(self, printer: SimulatedPrinter | None = None, *, paper_dots: int = 576) -> None:
        self.printer = printer or SimulatedPrinter(paper_dots=paper_dots, name="tcp")
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._conns: list[socket.socket] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, name="tcp-printer", daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"socket://127.0.0.1:{self.port}"

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._listener.accept()
            except OSError:
                break
            with self._lock:
                self._conns.append(conn)
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        with conn:
            while not self._stop.is_set():
                try:
                    data = conn.recv(4096)
                except OSError:
                    break
                if not data:
                    break
                try:
                    reply = self.printer.feed(data)
                except CablePulled:
                    self.close()
                    break
                if reply:
                    with contextlib.suppress(OSError):
                        conn.sendall(reply)
        with self._lock:
            if conn in self._conns:
                self._conns.remove(conn)

    def close(self) -> None:
        self._stop.set()
        with contextlib.suppress(OSError):
            self._listener.close()
        with self._lock:
            conns, self._conns = list(self._conns), []
        for conn in conns:
            with contextlib.suppress(OSError):
                # RST instead of FIN so the host's next write fails like a pulled cable
                conn.setsockopt(
                    socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00"
                )
                conn.shutdown(socket.SHUT_RDWR)
                conn.close()
