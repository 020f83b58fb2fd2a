"""The hall closes every line on holidays and weekends and opens on 补班 days, by the working-day
calendar (computed statutory holidays for a year not yet imported). The training setting
``queue_enforce_hours = false`` lifts this together with the opening hours."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.calendar.loading import KIND_OF_DB, statutory_fallback
from app.calendar.statutory import FIRST_YEAR, LAST_YEAR
from app.errors import Conflict
from app.workcalendar import WorkCalendar
from db.models import HolidayEntry

_WEEKDAYS = "一二三四五六日"


def closed_reason(session: Session, day: dt.date) -> str | None:
    """Why the hall issues no numbers on ``day``, or None on a working day."""
    cal = _calendar_for_day(session, day)
    if cal.is_workday(day):
        return None
    name = cal.day_name(day)
    what = f"{name}放假" if name else f"星期{_WEEKDAYS[day.weekday()]}休息日"
    return f"今天（{day.month}月{day.day}日）{what}，大厅不办理业务，不发号，请在工作日前来"


def check_workday(session: Session, day: dt.date) -> None:
    reason = closed_reason(session, day)
    if reason:
        raise Conflict(reason)


def _calendar_for_day(session: Session, day: dt.date) -> WorkCalendar:
    """Just enough of the stored calendar to judge ``day``: two indexed look-ups per ticket
    rather than loading whole years (the day's entry may belong to next year's notice)."""
    row = session.execute(
        select(HolidayEntry.kind, HolidayEntry.name).where(HolidayEntry.day == day)
    ).first()
    covered: set[int] = set()
    if row is None:
        first = select(HolidayEntry.day).where(HolidayEntry.year == day.year).limit(1)
        if session.scalar(first) is not None:
            covered.add(day.year)
    entries = {day: KIND_OF_DB[row.kind]} if row else {}
    names = {day: row.name} if row else {}
    return WorkCalendar(entries, covered, names=names, fallback=statutory_fallback,
                        fallback_range=(FIRST_YEAR, LAST_YEAR))  # fmt: skip
