"""The named periods a supervisor picks figures for (本周, 上月 …), as first and last day, both
included. Weeks start on Monday, as the hall's working week does."""

from __future__ import annotations

import datetime as dt

from app.errors import InvalidInput

PERIODS = {"this_week": "本周", "last_week": "上周", "this_month": "本月",
           "last_month": "上月", "this_year": "今年", "custom": "自定义"}  # fmt: skip


def period(name: str, today: dt.date) -> tuple[dt.date, dt.date]:
    """First and last day of the named period around ``today``; KeyError for "custom"."""
    if name == "this_week":
        start = today - dt.timedelta(days=today.weekday())
        return start, start + dt.timedelta(days=6)
    if name == "last_week":
        start = today - dt.timedelta(days=today.weekday() + 7)
        return start, start + dt.timedelta(days=6)
    if name == "this_month":
        start = today.replace(day=1)
        return start, _month_end(start)
    if name == "last_month":
        end = today.replace(day=1) - dt.timedelta(days=1)
        return end.replace(day=1), end
    if name == "this_year":
        return today.replace(month=1, day=1), today.replace(month=12, day=31)
    raise KeyError(name)


def _month_end(first: dt.date) -> dt.date:
    following = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return following - dt.timedelta(days=1)


def check_range(start: dt.date, end: dt.date) -> None:
    """A custom range the person typed: the end may not come before the start."""
    if end < start:
        raise InvalidInput(f"结束日期（{end:%Y-%m-%d}）早于开始日期（{start:%Y-%m-%d}），请重新选择")
