"""Every clock on every screen shows the hall's time (Beijing time), whatever the PC's own
time zone is: a kiosk PC left on UTC must not say lines close at 19:40."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from app.queue.numbering import HALL_TZ, local_now


def hall_now(clock: Callable[[], dt.datetime] | None = None) -> dt.datetime:
    now = clock() if clock is not None else dt.datetime.now(dt.UTC)
    return local_now(now)


def hall_today(clock: Callable[[], dt.datetime] | None = None) -> dt.date:
    return hall_now(clock).date()


def clock_text(clock: Callable[[], dt.datetime] | None = None, *, long: bool = False) -> str:
    """``2026-12-02  09:05`` (kiosk header) or ``2026年12月2日  09:05`` (hall display)."""
    now = hall_now(clock)
    if long:
        return f"{now.year}年{now.month}月{now.day}日  {now:%H:%M}"
    return f"{now:%Y-%m-%d  %H:%M}"


__all__ = ["HALL_TZ", "clock_text", "hall_now", "hall_today"]
