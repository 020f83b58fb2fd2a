"""``sim://NAME`` → one SimulatedPrinter per NAME in this process."""

from __future__ import annotations

import threading
from urllib.parse import parse_qs, urlsplit

from printers.errors import DeviceError
from printers.simulator.printer import SimulatedPrinter

_printers: dict[str, SimulatedPrinter] = {}
_lock = threading.Lock()


def get_simulator(name: str = "default") -> SimulatedPrinter:
    with _lock:
        if name not in _printers:
            _printers[name] = SimulatedPrinter(name=name)
        return _printers[name]


def simulator_for_url(url: str) -> SimulatedPrinter:
    """``sim://kiosk1?state=paper_out,near_end&dots=384``; without ``state`` the printer
    keeps its current state."""
    parts = urlsplit(url)
    printer = get_simulator(parts.netloc or "default")
    query = parse_qs(parts.query)
    try:
        if "state" in query:
            printer.set_state(*[s for s in query["state"][-1].split(",") if s])
        if "dots" in query:
            printer.paper_dots = int(query["dots"][-1])
    except ValueError as exc:
        raise DeviceError(f"模拟打印机地址参数有误：{url}（{exc}）", code="bad_url") from exc
    return printer
