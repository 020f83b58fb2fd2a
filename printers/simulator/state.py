"""Settable fault state of a simulated printer and the DLE EOT bytes it answers with."""

from __future__ import annotations

from dataclasses import dataclass, fields

_BASE = 0x12  # fixed bits of every real-time status byte: 0xx1xx10


@dataclass
class PrinterState:
    offline: bool = False
    paper_out: bool = False
    near_end: bool = False
    cover_open: bool = False
    cutter_error: bool = False
    unrecoverable: bool = False
    recoverable_error: bool = False
    #: A powered-off printer on a live cable: consumes bytes, never answers.
    no_response: bool = False

    @classmethod
    def names(cls) -> list[str]:
        return [f.name for f in fields(cls)]

    def status_byte(self, n: int) -> int:
        """Reply to ``DLE EOT n`` (hardware.md 1.1 bit table)."""
        error = self.cutter_error or self.unrecoverable or self.recoverable_error
        b = _BASE
        if n == 1:
            if self.offline or self.paper_out or self.cover_open or error:
                b |= 0x08
        elif n == 2:
            if self.cover_open:
                b |= 0x04
            if self.paper_out:
                b |= 0x20
            if error:
                b |= 0x40
        elif n == 3:
            if self.cutter_error:
                b |= 0x08
            if self.unrecoverable:
                b |= 0x20
            if self.recoverable_error:
                b |= 0x40
        elif n == 4:
            if self.near_end or self.paper_out:
                b |= 0x0C
            if self.paper_out:
                b |= 0x60
        return b
