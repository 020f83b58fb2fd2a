"""The working-day calendar as kept in the store: load it, edit it, import a year, and compute
due dates with it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from sqlalchemy import select

from app.holiday_source import HolidayEntry as SourceEntry
from app.holiday_source import entries_from_chinese_calendar, parse_holiday_file
from app.journal import Actor, unit_of_work
from app.permissions import require
from app.sync.ownership import refuse_if_county_owned
from app.workcalendar import DayKind, WorkCalendar
from db.engine import Store
from db.models import HolidayEntry

_KIND_TO_DB = {DayKind.HOLIDAY: "holiday", DayKind.ADJUSTED_WORKDAY: "workday"}
_DB_TO_KIND = {v: k for k, v in _KIND_TO_DB.items()}


def load_calendar(store: Store) -> WorkCalendar:
    with store.read() as s:
        rows = s.execute(select(HolidayEntry.day, HolidayEntry.kind, HolidayEntry.year)).all()
    entries = {day: _DB_TO_KIND[kind] for day, kind, _ in rows}
    years = {year for *_, year in rows}
    return WorkCalendar(entries, years)


def store_entries(store: Store, actor: Actor, entries: Iterable[SourceEntry]) -> dict[str, int]:
    """Upsert entries, replacing whole years: a year imported again is taken as the new truth."""
    require(actor, "calendar.edit")
    items = list(entries)
    years = sorted({e.year for e in items})
    counts = {"years": len(years), "entries": len(items), "changed": 0}
    with unit_of_work(store, actor) as uow:
        s = uow.session
        refuse_if_county_owned(s, "holiday_year")
        for year in years:
            old = {
                r.day: r for r in s.scalars(select(HolidayEntry).where(HolidayEntry.year == year))
            }
            new = {e.day: e for e in items if e.year == year}
            before = {d.isoformat(): r.kind for d, r in sorted(old.items())}
            after = {d.isoformat(): _KIND_TO_DB[e.kind] for d, e in sorted(new.items())}
            if before == after and all(old[d].name == e.name for d, e in new.items()):
                continue
            for day, row in old.items():
                if day not in new:
                    s.delete(row)
            for day, e in new.items():
                stored = old.get(day)
                if stored is None:
                    stored = HolidayEntry(day=day, year=year)
                    s.add(stored)
                stored.kind, stored.name, stored.source_doc = _KIND_TO_DB[e.kind], e.name, e.source_doc
            counts["changed"] += 1
            uow.record("calendar.year", "holiday_year", year, before=before or None, after=after)
    return counts


def seed_from_package(store: Store, actor: Actor, years: Iterable[int]) -> dict[str, int]:
    return store_entries(store, actor, entries_from_chinese_calendar(years))


def import_file(store: Store, actor: Actor, path: str | Path) -> dict[str, int]:
    return store_entries(store, actor, parse_holiday_file(path))


def due_date(store: Store, start: dt.date, days: int, *, count_start_day: bool = False) -> dt.date:
    return load_calendar(store).add_working_days(start, days, count_start_day=count_start_day)
