"""The byte link the device drivers here use: ``printers.transport`` behind a small protocol.

Drivers only need write / read(n, timeout) / reset_input / close, so they are typed against
:class:`Link` and tests or another transport can stand in without touching the drivers.
"""

from __future__ import annotations

from typing import Protocol

from printers.transport import open_transport


class Link(Protocol):
    def write(self, data: bytes) -> None: ...

    def read(self, n: int, timeout: float | None = None) -> bytes: ...

    def reset_input(self) -> None: ...

    def close(self) -> None: ...


def open_link(url: str, *, timeout: float = 2.0) -> Link:
    return open_transport(url, timeout=timeout)


def read_exact(link: Link, n: int, timeout: float) -> bytes:
    """Read up to ``n`` bytes, returning fewer only when ``timeout`` passes without data."""
    buf = b""
    while len(buf) < n:
        chunk = link.read(n - len(buf), timeout=timeout)
        if not chunk:
            break
        buf += chunk
    return buf
