"""Window LED screens (窗口屏): one line-oriented frame per window address."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from printers.displays.line_frames import LineFrameConfig, encode_frame, encode_text
from printers.idcard.link import Link


class LedDisplay(Protocol):
    def show(self, window_no: int, lines: list[str]) -> None:
        """Show ``lines`` (top to bottom) on the screen above window ``window_no``."""
        ...

    def close(self) -> None: ...


@dataclass(frozen=True)
class LedConfig:
    """Generic line protocol for window screens.

    frame          header/tail/checksum/encoding, see LineFrameConfig (default STX … ETX, XOR)
    line_separator byte between lines inside the text (default CR 0x0D)
    address_offset added to the window number to get the bus address (default 0: window 3 →
                   address 3); set it when screens are numbered from another base
    max_lines      extra lines are dropped; most two-line screens ignore them anyway
    """

    frame: LineFrameConfig = field(default_factory=LineFrameConfig)
    line_separator: bytes = b"\x0d"
    address_offset: int = 0
    max_lines: int = 4


def led_frame(cfg: LedConfig, window_no: int, lines: list[str]) -> bytes:
    text = cfg.line_separator.join(encode_text(cfg.frame, ln) for ln in lines[: cfg.max_lines])
    return encode_frame(cfg.frame, window_no + cfg.address_offset, text)


class GenericLineLed:
    def __init__(self, link: Link, config: LedConfig | None = None) -> None:
        self.config = config or LedConfig()
        self._link = link

    def show(self, window_no: int, lines: list[str]) -> None:
        self._link.write(led_frame(self.config, window_no, lines))

    def close(self) -> None:
        self._link.close()
