"""A second ticket nobody asked for: the kiosk remembers what it issued a moment ago, and a
second ticket for the same line within ``kiosk_repeat_seconds`` asks first. Also the tap that
returns home from the ticket screen must never land on a tile (``RETURN_GUARD_SECONDS``)."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

# After the kiosk returns home (by itself or by a tap), tiles ignore taps this long: the tap
# meant for "轻触屏幕返回首页" lands where a tile now is.
RETURN_GUARD_SECONDS = 1.5


@dataclass(frozen=True)
class Recent:
    line_code: str
    number: str
    at: float


class RepeatGuard:
    def __init__(self, window_seconds: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.window_seconds = window_seconds
        self.clock = clock
        self._recent: dict[str, Recent] = {}
        self._home_at = -1e9
        self._asked_at = -1e9

    def issued(self, line_code: str, number: str) -> None:
        self._recent[line_code] = Recent(line_code, number, self.clock())

    def came_home(self) -> None:
        self._home_at = self.clock()

    def tap_guarded(self) -> bool:
        """True while a tile tap is the tail of the tap that brought the kiosk home."""
        return self.clock() - self._home_at < RETURN_GUARD_SECONDS

    def asked(self) -> None:
        self._asked_at = self.clock()

    def confirm_guarded(self) -> bool:
        """True while a tap on "再取一张" is more likely the second half of a double tap on
        the tile than an answer (the question appears where the tile was)."""
        return self.clock() - self._asked_at < RETURN_GUARD_SECONDS

    def asks_first(self, line_code: str) -> Recent | None:
        """The ticket just issued for this line, when another one should be confirmed."""
        recent = self._recent.get(line_code)
        if recent is None or self.window_seconds <= 0:
            return None
        if self.clock() - recent.at > self.window_seconds:
            return None
        return recent

    def question(self, recent: Recent, line_name: str) -> str:
        return f"刚才已为“{line_name}”取过 {recent.number} 号。\n确实还要再取一张吗？"
