"""The working-day calendar as kept in the store: load it, edit it, import a year, and compute
due dates with it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from sqlalchemy import select

from app.calendar import loading as calendar_loading
from app.calendar.due import compute_due_date
from app.calendar.importing import import_calendar_file
from app.holiday_source import HolidayEntry as SourceEntry
from app.holiday_source import entries_from_chinese_calendar
from app.journal import Actor, unit_of_work
from app.permissions import require
from app.sync.ownership import refuse_if_county_owned
from app.workcalendar import DayKind, WorkCalendar
from db.engine import Store
from db.models import HolidayEntry

_KIND_TO_DB = {DayKind.HOLIDAY: "holiday", DayKind.ADJUSTED_WORKDAY: "workday"}


def load_calendar(store: Store) -> WorkCalendar:
    """The stored calendar; years without an imported arrangement are computed (provisional)."""
    return calendar_loading.load_calendar(store)


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
                    uow.carry(row, op="delete")
                    s.delete(row)
            for day, e in new.items():
                stored = old.get(day)
                if stored is None:
                    stored = HolidayEntry(day=day, year=year)
                    s.add(stored)
                stored.kind, stored.name, stored.source_doc = _KIND_TO_DB[e.kind], e.name, e.source_doc
                uow.carry(stored)
            counts["changed"] += 1
            # The rows travel above (one per day); this entry is the audit of the whole year.
            uow.record("calendar.year", "holiday_year", year, before=before or None, after=after,
                       outbox=False)  # fmt: skip
    return counts


def seed_from_package(store: Store, actor: Actor, years: Iterable[int]) -> dict[str, int]:
    return store_entries(store, actor, entries_from_chinese_calendar(years))


def import_file(store: Store, actor: Actor, path: str | Path) -> dict[str, int]:
    """Add or replace the days the file names (app.calendar.importing has the full report)."""
    report = import_calendar_file(store, actor, path)
    return {"years": len(report.years), "entries": len(report.changes),
            "changed": len({c.year for c in report.changes})}  # fmt: skip


def due_date(store: Store, start: dt.date, days: int, *, count_start_day: bool = False) -> dt.date:
    cal = load_calendar(store)
    return compute_due_date(cal, start, days, "W", count_start_day=count_start_day).date
