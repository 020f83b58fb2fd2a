"""The calendar as kept in the store, with computed statutory holidays for the other years."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.calendar.statutory import FIRST_YEAR, LAST_YEAR, statutory_days, supported
from app.workcalendar import DayKind, WorkCalendar
from db.engine import Store
from db.models import HolidayEntry

__all__ = ["DB_KIND", "KIND_OF_DB", "calendar_from_rows", "load_calendar", "load_in_session"]

DB_KIND = {DayKind.HOLIDAY: "holiday", DayKind.ADJUSTED_WORKDAY: "workday"}
KIND_OF_DB = {v: k for k, v in DB_KIND.items()}


def statutory_fallback(year: int) -> Mapping[date, tuple[DayKind, str]] | None:
    return statutory_days(year) if supported(year) else None


def calendar_from_rows(rows: Iterable[tuple[date, str, int, str]]) -> WorkCalendar:
    """(day, db kind, notice year, name) rows → a calendar that computes the missing years."""
    entries: dict[date, DayKind] = {}
    names: dict[date, str] = {}
    years: set[int] = set()
    for day, kind, year, name in rows:
        entries[day] = KIND_OF_DB[kind]
        names[day] = name
        years.add(year)
    return WorkCalendar(entries, years, names=names, fallback=statutory_fallback,
                        fallback_range=(FIRST_YEAR, LAST_YEAR))  # fmt: skip


def load_in_session(session: Session, years: Iterable[int] | None = None) -> WorkCalendar:
    """The stored calendar (only the given notice years when ``years`` is given)."""
    stmt = select(HolidayEntry.day, HolidayEntry.kind, HolidayEntry.year, HolidayEntry.name)
    if years is not None:
        stmt = stmt.where(HolidayEntry.year.in_(sorted(set(years))))
    return calendar_from_rows((d, k, y, n) for d, k, y, n in session.execute(stmt).all())


def load_calendar(store: Store) -> WorkCalendar:
    with store.read() as s:
        return load_in_session(s)


def imported_years(session: Session) -> set[int]:
    return set(session.scalars(select(HolidayEntry.year).distinct()).all())
