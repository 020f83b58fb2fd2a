"""A generic "header + address + body + checksum + tail" frame, the shape most window LED
screens and rating pads (评价器) use on RS-232/485. Vendors differ only in the constants, so
those are configuration, not code. No public standard exists for these devices
(hardware.md §3, last note), hence this small hand-written codec.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import reduce
from typing import Literal

from printers.errors import DeviceError

ChecksumKind = Literal["xor", "sum8", "none"]


@dataclass(frozen=True)
class LineFrameConfig:
    """Frame constants.

    header    bytes that open a frame (default STX 0x02)
    tail      bytes that close it (default ETX 0x03); never occur in GBK text
    checksum  "xor" (XOR of address + body), "sum8" (sum of address + body mod 256) or "none"
    encoding  text encoding, "gbk" (default) or "gb2312" for older controllers
    """

    header: bytes = b"\x02"
    tail: bytes = b"\x03"
    checksum: ChecksumKind = "xor"
    encoding: str = "gbk"
    max_body: int = 1024


def compute_checksum(kind: ChecksumKind, data: bytes) -> bytes:
    if kind == "xor":
        return bytes([reduce(lambda a, b: a ^ b, data, 0)])
    if kind == "sum8":
        return bytes([sum(data) & 0xFF])
    return b""


def encode_frame(cfg: LineFrameConfig, address: int, body: bytes) -> bytes:
    if not 0 <= address <= 0xFF:
        raise DeviceError(f"设备地址 {address} 超出范围（0–255）", code="bad_address")
    covered = bytes([address]) + body
    return cfg.header + covered + compute_checksum(cfg.checksum, covered) + cfg.tail


def encode_text(cfg: LineFrameConfig, text: str) -> bytes:
    # Characters outside GBK/GB2312 (rare names) show as "?" rather than blank the screen.
    return text.encode(cfg.encoding, errors="replace")


def decode_frames(cfg: LineFrameConfig, buffer: bytes) -> tuple[int, list[tuple[int, bytes]]]:
    """Split a received byte stream into ``(address, body)`` frames.

    Returns the number of bytes consumed (the caller keeps the rest for the next read).
    A tail candidate is accepted only when the checksum before it matches, because the
    checksum byte itself may equal a tail byte.
    """
    frames: list[tuple[int, bytes]] = []
    pos = 0
    chk_len = len(compute_checksum(cfg.checksum, b""))
    while True:
        start = buffer.find(cfg.header, pos)
        if start < 0:
            keep = len(cfg.header) - 1
            return max(pos, len(buffer) - keep), frames
        first = start + len(cfg.header)  # the address byte
        search = first + 1 + chk_len
        found = failed = False
        while True:
            end = buffer.find(cfg.tail, search)
            if end < 0 or end - first > cfg.max_body + 1 + chk_len:
                break
            covered, chk = buffer[first : end - chk_len], buffer[end - chk_len : end]
            if covered and compute_checksum(cfg.checksum, covered) == chk:
                frames.append((covered[0], covered[1:]))
                pos = end + len(cfg.tail)
                found = True
                break
            failed = True
            if buffer.startswith(cfg.header, end + len(cfg.tail)):
                break  # a bad frame followed by the next one: drop it, do not merge the two
            search = end + 1
        if found:
            continue
        resync = failed and buffer.find(cfg.header, first) >= 0
        if end < 0 and not resync and len(buffer) - first <= cfg.max_body + 1 + chk_len + 2:
            return start, frames  # frame still arriving
        pos = start + 1  # garbage or corrupted frame: resynchronise on the next header
