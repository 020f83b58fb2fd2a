"""Opening hours of a service line: [["09:00","12:00"], ["13:30","17:00"]]; empty = always."""

from __future__ import annotations

import datetime as dt
from typing import Any


def _parse(text: str) -> dt.time:
    hh, mm = str(text).split(":")
    return dt.time(int(hh), int(mm))


def is_open(hours: list[Any], local: dt.datetime) -> bool:
    if not hours:
        return True
    t = local.time()
    return any(_parse(start) <= t < _parse(end) for start, end in hours)


def hours_text(hours: list[Any]) -> str:
    """09:00-12:00、13:30-17:00, as on the kiosk and in the refusal message."""
    if not hours:
        return "全天"
    return "、".join(f"{start}-{end}" for start, end in hours)
