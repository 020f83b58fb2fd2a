"""Window LED screens and rating pads on pseudo-terminals, speaking the generic frames."""

from __future__ import annotations

from printers.displays.led import LedConfig
from printers.displays.line_frames import decode_frames
from printers.displays.rating_pad import RatingPadConfig, key_frame
from printers.idcard.pty_device import PtyDevice


class LedSimulator(PtyDevice):
    """A bus of window screens: ``shown[window_no]`` is what that screen displays now."""

    def __init__(self, config: LedConfig | None = None) -> None:
        super().__init__()
        self.config = config or LedConfig()
        self.shown: dict[int, list[str]] = {}
        self.history: list[tuple[int, list[str]]] = []

    def feed(self, buffer: bytes) -> tuple[int, bytes]:
        cfg = self.config
        used, frames = decode_frames(cfg.frame, buffer)
        for address, body in frames:
            window = address - cfg.address_offset
            lines = [
                p.decode(cfg.frame.encoding, "replace") for p in body.split(cfg.line_separator)
            ]
            self.shown[window] = lines
            self.history.append((window, lines))
        return used, b""


class RatingPadSimulator(PtyDevice):
    """A rating pad: records prompts; :meth:`press` sends a key as a customer would."""

    def __init__(self, config: RatingPadConfig | None = None) -> None:
        super().__init__()
        self.config = config or RatingPadConfig()
        self.prompts: list[tuple[int, str]] = []

    @property
    def last_prompt(self) -> str | None:
        return self.prompts[-1][1] if self.prompts else None

    def feed(self, buffer: bytes) -> tuple[int, bytes]:
        cfg = self.config
        used, frames = decode_frames(cfg.frame, buffer)
        for address, body in frames:
            if body[:1] == bytes([cfg.cmd_prompt]):
                self.prompts.append((address, body[1:].decode(cfg.frame.encoding, "replace")))
        return used, b""

    def press(self, key: int, window_no: int | None = None) -> None:
        if window_no is None:
            window_no = self.prompts[-1][0] if self.prompts else 1
        self.send(key_frame(self.config, window_no, key))
