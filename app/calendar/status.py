"""Whether next year's arrangement is in: from 1 November the supervisor and the admin are told
until it is imported (the State Council usually publishes it in late October or November)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from app.calendar.loading import imported_years
from db.engine import Store

__all__ = ["WARN_FROM", "calendar_warning", "next_year_warning"]

WARN_FROM = (11, 1)  # (month, day) from which the missing next year is announced


def next_year_warning(imported: Iterable[int], hall_date: date) -> str | None:
    """The warning text for ``hall_date``, or None when there is nothing to say."""
    nxt = hall_date.year + 1
    if (hall_date.month, hall_date.day) < WARN_FROM or nxt in set(imported):
        return None
    return (
        f"{nxt}年节假日安排尚未导入：跨入{nxt}年的办结日期按法定节假日暂算，"
        f"国务院公布后请管理员用“yichuang calendar import”导入"
    )


def calendar_warning(store: Store, hall_date: date) -> str | None:
    with store.read() as s:
        return next_year_warning(imported_years(s), hall_date)
