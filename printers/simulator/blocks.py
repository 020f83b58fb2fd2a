"""What the simulated printer understood from the byte stream, in print order."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class TextBlock:
    """A run of text in one style. ``line_end`` is False when the style changed mid-line."""

    text: str
    align: str = "left"  # left / center / right, as in effect at the start of the line
    bold: bool = False
    width_mul: int = 1
    height_mul: int = 1
    underline: int = 0
    line_end: bool = True


@dataclass(frozen=True)
class QrBlock:
    payload: str
    module_size: int = 3
    ecc: str = "L"  # L / M / Q / H
    align: str = "left"


@dataclass(frozen=True)
class BarcodeBlock:
    kind: str  # "CODE128", "CODE39", "EAN13", …
    data: str
    hri: int = 0  # 0 none, 1 above, 2 below, 3 both
    height: int = 162
    module_width: int = 3
    align: str = "left"


@dataclass(frozen=True)
class Cut:
    partial: bool


@dataclass(frozen=True)
class Feed:
    lines: int = 1
    dots: int = 0


@dataclass(frozen=True)
class RasterBlock:
    """GS v 0 bit image: ``data`` is row-major, MSB first, 1 = black."""

    width: int
    height: int
    data: bytes
    align: str = "left"


@dataclass(frozen=True)
class Init:
    pass


@dataclass(frozen=True)
class UnknownCommand:
    raw: bytes


Block = TextBlock | QrBlock | BarcodeBlock | Cut | Feed | RasterBlock | Init | UnknownCommand
