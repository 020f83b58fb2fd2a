"""Byte transports for serial devices, chosen by URL.

``open_transport(url)`` gives one small API (write/read/close/reopen) over:

* ``serial:///dev/ttyUSB0?baudrate=9600&rtscts=1&xonxoff=0``, a bare path (``/dev/ttyUSB0``,
  ``COM3``), ``socket://host:9100`` and ``loop://`` -- all through pyserial's
  ``serial.serial_for_url`` so a USB-serial printer and a network printer behave the same;
* ``file:///path`` -- bytes appended to a spool file (no replies, so no status);
* ``sim://NAME?state=paper_out,near_end&dots=384`` -- the in-process simulated printer of
  ``printers.simulator``; the same NAME gives the same simulator within a process, so the
  demo can fetch the PNG of the last ticket from ``transport.simulator``.

Every fault becomes ``printers.errors.DeviceError`` with a Chinese message.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import parse_qs, unquote, urlsplit

import serial

from printers.errors import DeviceError

try:  # termios.error (e.g. tcflush on a pty whose master is gone) is not an OSError
    from termios import error as _TermiosError
except ImportError:  # Windows
    _TermiosError = OSError  # type: ignore[misc,assignment]

_IO_ERRORS: tuple[type[BaseException], ...] = (serial.SerialException, OSError, _TermiosError)
_OPEN_ERRORS: tuple[type[BaseException], ...] = (*_IO_ERRORS, ValueError)

if TYPE_CHECKING:
    from printers.simulator.printer import SimulatedPrinter

MSG_DISCONNECTED = "设备连接已断开，请检查数据线或网线后重试"
MSG_TIMEOUT = "设备长时间不接收数据（可能缺纸、上盖打开或流控阻塞），请检查设备"

_SERIAL_PARAMS: dict[str, Callable[[str], Any]] = {
    "baudrate": int,
    "bytesize": int,
    "parity": lambda v: v.upper()[:1],
    "stopbits": float,
    "rtscts": lambda v: v.lower() in ("1", "true", "yes", "on"),
    "xonxoff": lambda v: v.lower() in ("1", "true", "yes", "on"),
    "dsrdtr": lambda v: v.lower() in ("1", "true", "yes", "on"),
}


class _Port(Protocol):
    def write(self, data: bytes) -> None: ...
    def read(self, n: int, timeout: float) -> bytes: ...
    def reset_input(self) -> None: ...
    def close(self) -> None: ...


class _SerialPort:
    """pyserial object for serial devices, ``socket://`` and ``loop://``."""

    def __init__(self, url: str, params: dict[str, Any], timeout: float, exclusive: bool) -> None:
        ser = serial.serial_for_url(url, do_not_open=True)
        for key, value in params.items():
            setattr(ser, key, value)
        ser.timeout = timeout
        ser.write_timeout = timeout
        if exclusive:
            # flock so that the kiosk and a second process cannot interleave tickets
            ser.exclusive = True
        ser.open()
        self._ser = ser

    def write(self, data: bytes) -> None:
        # no flush(): tcdrain ignores write_timeout and would hang on a flow-blocked port
        self._ser.write(data)

    def read(self, n: int, timeout: float) -> bytes:
        self._ser.timeout = timeout
        return bytes(self._ser.read(n))

    def reset_input(self) -> None:
        self._ser.reset_input_buffer()

    def close(self) -> None:
        sock = getattr(self._ser, "_socket", None)
        try:
            self._ser.close()
        finally:
            # pyserial's socket:// close runs shutdown() and close() in one try: when the peer
            # is already gone (a pulled network cable), shutdown raises and the socket leaks.
            if sock is not None:
                with contextlib.suppress(OSError):
                    sock.close()


class _FilePort:
    """Append-only spool file; a printer daemon or a person picks it up later."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._fh = path.open("ab")

    def write(self, data: bytes) -> None:
        self._fh.write(data)
        self._fh.flush()

    def read(self, n: int, timeout: float) -> bytes:
        return b""

    def reset_input(self) -> None:
        pass

    def close(self) -> None:
        self._fh.close()


class _SimPort:
    """Direct calls into a SimulatedPrinter: no thread, no OS device."""

    def __init__(self, printer: SimulatedPrinter) -> None:
        self.printer = printer
        self._inbox = bytearray()

    def write(self, data: bytes) -> None:
        if self.printer.cable_pulled:
            raise OSError("simulated cable pulled")
        self._inbox += self.printer.feed(data)

    def read(self, n: int, timeout: float) -> bytes:
        if self.printer.cable_pulled:
            raise OSError("simulated cable pulled")
        out, self._inbox = bytes(self._inbox[:n]), self._inbox[n:]
        return out

    def reset_input(self) -> None:
        self._inbox.clear()

    def close(self) -> None:
        pass


class Transport:
    """An open device connection. Use as a context manager."""

    def __init__(
        self,
        url: str,
        opener: Callable[[], _Port],
        *,
        timeout: float,
        write_chunk: int,
        supports_status: bool,
        simulator: SimulatedPrinter | None = None,
    ) -> None:
        self.url = url
        self.timeout = timeout
        self.write_chunk = max(1, write_chunk)
        #: False for ``file://``: nothing ever answers, so status cannot be read.
        self.supports_status = supports_status
        #: The simulated printer behind a ``sim://`` URL, else None.
        self.simulator = simulator
        self._opener = opener
        self._port: _Port | None = None
        self._open()

    # -- life cycle -------------------------------------------------------------------------
    def _open(self) -> None:
        try:
            self._port = self._opener()
        except DeviceError:
            raise
        except _OPEN_ERRORS as exc:
            self._port = None
            raise _open_error(self.url, exc) from exc

    def reopen(self) -> None:
        """Close and open again, e.g. after the cable was plugged back in."""
        self.close()
        self._open()

    def close(self) -> None:
        port, self._port = self._port, None
        if port is not None:
            with contextlib.suppress(Exception):
                port.close()

    @property
    def is_open(self) -> bool:
        return self._port is not None

    def __enter__(self) -> Transport:
        return self

    def __exit__(
        self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # -- I/O --------------------------------------------------------------------------------
    def write(self, data: bytes) -> None:
        """Send all of ``data`` in chunks. A broken link is reopened once and the failed
        chunk resent (a printer that lost power mid-chunk may print that chunk twice, which
        is better than a silently half-printed ticket)."""
        pos = 0
        retried = False
        while pos < len(data):
            chunk = data[pos : pos + self.write_chunk]
            try:
                self._require().write(chunk)
            except serial.SerialTimeoutException as exc:
                raise DeviceError(MSG_TIMEOUT, code="write_timeout") from exc
            except _IO_ERRORS as exc:
                if retried:
                    self.close()
                    raise DeviceError(MSG_DISCONNECTED, code="disconnected") from exc
                retried = True
                try:
                    self.reopen()
                except DeviceError as again:
                    raise DeviceError(MSG_DISCONNECTED, code="disconnected") from again
                continue
            pos += len(chunk)

    def read(self, n: int, timeout: float | None = None) -> bytes:
        """Up to ``n`` bytes; fewer (maybe none) when ``timeout`` passes first."""
        wait = self.timeout if timeout is None else timeout
        try:
            port = self._require()
            if isinstance(port, _SerialPort):
                return port.read(n, wait)
            # in-process ports answer at once; poll briefly for symmetry with real devices
            deadline = time.monotonic() + wait
            out = port.read(n, wait)
            while not out and time.monotonic() < deadline and isinstance(port, _SimPort):
                time.sleep(0.001)
                out = port.read(n, wait)
            return out
        except _IO_ERRORS as exc:
            self.close()
            raise DeviceError(MSG_DISCONNECTED, code="disconnected") from exc

    def reset_input(self) -> None:
        """Drop stale bytes (e.g. an old status reply) before asking a question."""
        try:
            self._require().reset_input()
        except _IO_ERRORS as exc:
            self.close()
            raise DeviceError(MSG_DISCONNECTED, code="disconnected") from exc

    def _require(self) -> _Port:
        if self._port is None:
            self._open()
        assert self._port is not None
        return self._port


def _open_error(url: str, exc: BaseException) -> DeviceError:
    text = str(exc)
    if isinstance(exc, ValueError):
        return DeviceError(f"设备地址参数有误：{url}（{text}）", code="bad_url")
    if "Errno 2" in text or "No such file" in text:
        return DeviceError(
            f"找不到设备 {url}，请检查数据线是否插好（可用 yichuang devices list 查看本机串口）",
            code="not_found",
        )
    if "Errno 13" in text or "Permission denied" in text:
        return DeviceError(
            f"没有权限打开设备 {url}，请把当前用户加入 dialout 组", code="permission"
        )
    if "Resource temporarily unavailable" in text or "exclusive" in text.lower():
        return DeviceError(f"设备 {url} 正被其他程序占用", code="busy")
    if "Connection refused" in text or "timed out" in text:
        return DeviceError(f"无法连接网络设备 {url}，请检查设备电源和网线", code="unreachable")
    return DeviceError(f"无法打开设备 {url}，请检查数据线或网线是否连接", code="open_failed")


def _parse_serial_params(query: str) -> dict[str, Any]:
    params: dict[str, Any] = {}
    for key, values in parse_qs(query).items():
        if key not in _SERIAL_PARAMS:
            raise DeviceError(f"不认识的串口参数：{key}", code="bad_url")
        try:
            params[key] = _SERIAL_PARAMS[key](values[-1])
        except ValueError as exc:
            raise DeviceError(f"串口参数 {key} 的值无效：{values[-1]}", code="bad_url") from exc
    return params


def open_transport(url: str, *, timeout: float = 2.0, write_chunk: int = 4096) -> Transport:
    """Open the device named by ``url`` (see the module docstring for the schemes)."""
    url = url.strip()
    if not url:
        raise DeviceError("未配置设备地址", code="bad_url")
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    common: dict[str, Any] = {"timeout": timeout, "write_chunk": write_chunk}

    if scheme == "sim":
        from printers.simulator.registry import simulator_for_url

        printer = simulator_for_url(url)
        return Transport(
            url, lambda: _SimPort(printer), supports_status=True, simulator=printer, **common
        )
    if scheme == "file":
        # file:///abs/path or file://localhost/abs/path. "file://relative/t.bin" names a host
        # ("relative"), not a folder: writing to /t.bin would surprise everyone, so refuse it.
        if parts.netloc not in ("", "localhost") or not parts.path:
            raise DeviceError(
                f"文件地址“{url}”不正确：应写成 file:///绝对路径（三个斜杠），"
                "如 file:///var/spool/tickets.bin",
                code="bad_url",
            )
        path = Path(unquote(parts.path))
        return Transport(url, lambda: _FilePort(path), supports_status=False, **common)
    if scheme in ("socket", "loop"):
        return Transport(
            url,
            lambda: _SerialPort(url, {}, timeout, exclusive=False),
            supports_status=True,
            **common,
        )
    if scheme == "serial":
        device = unquote(parts.path) or parts.netloc
        params = _parse_serial_params(parts.query)
    elif (
        url.startswith("/")
        or url.upper().startswith("COM")
        or (os.name == "nt" and url.startswith("\\\\.\\"))
    ):
        device, params = url, {}
    else:
        raise DeviceError(
            f"不支持的设备地址：{url}（可用 serial://、socket://、file://、sim://、loop://）",
            code="bad_url",
        )
    params.setdefault("baudrate", 9600)
    return Transport(
        url,
        lambda: _SerialPort(device, params, timeout, exclusive=True),
        supports_status=True,
        **common,
    )
