"""An ESC/POS thermal printer in software: parses what it is sent, answers status queries
from a settable fault state, and renders what it "printed" to PNG."""

from __future__ import annotations

import threading
from pathlib import Path

from printers.simulator.blocks import Block, Cut, Init
from printers.simulator.parser import EscPosParser
from printers.simulator.render import png_bytes, render_blocks
from printers.simulator.state import PrinterState


class CablePulled(OSError):
    """Raised by :meth:`SimulatedPrinter.feed` when the simulated cable comes out."""


class SimulatedPrinter:
    def __init__(self, *, paper_dots: int = 576, name: str = "sim") -> None:
        self.name = name
        self.paper_dots = paper_dots
        self.state = PrinterState()
        self.received = bytearray()
        self.cable_pulled = False
        #: Pull the cable once this many bytes (in total) have arrived; None = never.
        self.pull_cable_after: int | None = None
        self._lock = threading.RLock()
        self._parser = EscPosParser(self._status_reply)

    # -- state ------------------------------------------------------------------------------
    def set_state(self, *faults: str, **flags: bool) -> None:
        """``set_state("paper_out", "cover_open")`` sets exactly those faults (``"ok"`` or no
        names clears all); ``set_state(near_end=True)`` changes single flags."""
        names = PrinterState.names()
        with self._lock:
            if faults or not flags:
                for n in names:
                    setattr(self.state, n, False)
            for fault in faults:
                if fault in ("ok", ""):
                    continue
                if fault not in names:
                    raise ValueError(f"unknown printer state {fault!r}; known: {names}")
                setattr(self.state, fault, True)
            for key, value in flags.items():
                if key not in names:
                    raise ValueError(f"unknown printer state {key!r}; known: {names}")
                setattr(self.state, key, bool(value))

    def pull_cable(self) -> None:
        self.cable_pulled = True

    def plug_cable(self) -> None:
        self.cable_pulled = False
        self.pull_cable_after = None

    def _status_reply(self, n: int) -> int | None:
        if self.state.no_response or not 1 <= n <= 4:
            return None
        return self.state.status_byte(n)

    # -- bytes in ---------------------------------------------------------------------------
    def feed(self, data: bytes) -> bytes:
        """Take bytes from the host; return the bytes the printer answers."""
        with self._lock:
            if self.cable_pulled:
                raise CablePulled("cable pulled")
            limit = self.pull_cable_after
            cut_short = limit is not None and len(self.received) + len(data) >= limit
            if cut_short and limit is not None:
                data = data[: max(0, limit - len(self.received))]
            self.received += data
            reply = self._parser.feed(data)
            if cut_short:
                self.cable_pulled = True
                raise CablePulled("cable pulled mid-stream")
            return reply

    @property
    def status_queries(self) -> int:
        return self._parser.status_queries

    @property
    def print_bytes(self) -> int:
        """Bytes received other than DLE EOT status queries: 0 means nothing was printed."""
        return len(self.received) - 3 * self._parser.status_queries

    @property
    def blocks(self) -> list[Block]:
        with self._lock:
            return list(self._parser.blocks)

    def tickets(self) -> list[list[Block]]:
        """Blocks split into jobs: a job ends at a cut, or where ESC @ starts the next one."""
        jobs: list[list[Block]] = [[]]
        for block in self.blocks:
            if isinstance(block, Init) and any(not isinstance(b, Init) for b in jobs[-1]):
                jobs.append([])
            jobs[-1].append(block)
            if isinstance(block, Cut):
                jobs.append([])
        return [j for j in jobs if any(not isinstance(b, Init) for b in j)]

    def clear(self) -> None:
        with self._lock:
            self.received.clear()
            self._parser = EscPosParser(self._status_reply)

    # -- output -----------------------------------------------------------------------------
    def render_png(self, path: str | Path | None = None, *, ticket: int | None = -1) -> bytes:
        """PNG of one job (``ticket`` index, default the last) or of everything (None)."""
        with self._lock:
            self._parser.flush()
        if ticket is None:
            blocks = self.blocks
        else:
            jobs = self.tickets()
            if not jobs:
                raise LookupError("the simulated printer has not printed anything yet")
            blocks = jobs[ticket]
        data = png_bytes(render_blocks(blocks, self.paper_dots))
        if path is not None:
            Path(path).write_bytes(data)
        return data

    def last_ticket_png(self) -> bytes:
        return self.render_png()
