"""Evaluation pads (评价器) on the window counter: prompt, then wait for a 1–5 key."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Protocol

from printers.displays.line_frames import (
    LineFrameConfig,
    decode_frames,
    encode_frame,
    encode_text,
)
from printers.idcard.link import Link


class RatingPad(Protocol):
    def prompt(self, staff_name: str, window_no: int) -> None:
        """Light the pad and show "请评价" with the staff member's name."""
        ...

    def read_rating(self, timeout: float) -> int | None:
        """The key pressed (1–5, 5 = five stars), or None when nobody rated in time."""
        ...

    def close(self) -> None: ...


@dataclass(frozen=True)
class RatingPadConfig:
    """Generic pad protocol (frame: header + address + CMD + payload + checksum + tail).

    frame        see LineFrameConfig (default STX … ETX, XOR checksum, GBK)
    cmd_prompt   host → pad "请评价" command byte, payload = GBK text (default 'P' 0x50)
    cmd_key      pad → host key report, payload = one byte key_base + key (default 'K' 0x4B)
    key_base     0x30 means keys arrive as ASCII '1'..'5'; set 0 for binary 1..5
    prompt_text  format string with {staff_name} and {window_no}
    """

    frame: LineFrameConfig = field(default_factory=LineFrameConfig)
    cmd_prompt: int = 0x50
    cmd_key: int = 0x4B
    key_base: int = 0x30
    prompt_text: str = "请评价：{window_no}号窗口 {staff_name}"


def prompt_frame(cfg: RatingPadConfig, staff_name: str, window_no: int) -> bytes:
    text = cfg.prompt_text.format(staff_name=staff_name, window_no=window_no)
    body = bytes([cfg.cmd_prompt]) + encode_text(cfg.frame, text)
    return encode_frame(cfg.frame, window_no, body)


def key_frame(cfg: RatingPadConfig, window_no: int, key: int) -> bytes:
    return encode_frame(cfg.frame, window_no, bytes([cfg.cmd_key, cfg.key_base + key]))


class GenericRatingPad:
    def __init__(self, link: Link, config: RatingPadConfig | None = None) -> None:
        self.config = config or RatingPadConfig()
        self._link = link
        self._pending = b""

    def prompt(self, staff_name: str, window_no: int) -> None:
        self._link.reset_input()  # a key pressed before the prompt must not count
        self._pending = b""
        self._link.write(prompt_frame(self.config, staff_name, window_no))

    def read_rating(self, timeout: float) -> int | None:
        cfg = self.config
        deadline = time.monotonic() + max(0.0, timeout)
        while True:
            used, frames = decode_frames(cfg.frame, self._pending)
            self._pending = self._pending[used:]
            for _addr, body in frames:
                key = body[1] - cfg.key_base if len(body) == 2 else 0
                if body[:1] == bytes([cfg.cmd_key]) and 1 <= key <= 5:
                    return key
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            self._pending += self._link.read(64, timeout=min(left, 0.2))

    def close(self) -> None:
        self._link.close()
