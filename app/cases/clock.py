"""The one place the case service reaches the working-day calendar.

Everything about dates for cases goes through :class:`CaseCalendar`, on top of
:mod:`app.calendar`: a year with no imported official arrangement counts the computed statutory
holidays and its due dates are provisional (``DueDate.note`` says so), and
:func:`recompute_due_dates` — registered with the calendar import — brings stored due dates up
to date once the arrangement is imported.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select

from app.calendar import DueDate, compute_due_date, load_calendar, register_recompute
from app.workcalendar import WorkCalendar
from db.engine import Store

__all__ = ["CaseCalendar", "DueDate", "Pause", "load", "recompute_due_dates"]

Pause = tuple[dt.date, dt.date]  # inclusive range of days that do not count
_DAY = dt.timedelta(days=1)


class CaseCalendar:
    def __init__(self, calendar: WorkCalendar) -> None:
        self._cal = calendar
        self._years = calendar.covered_years
        self._prefix: dict[int, list[int]] = {}

    @classmethod
    def load(cls, store: Store) -> CaseCalendar:
        return cls(load_calendar(store))

    def is_provisional(self, day: dt.date) -> bool:
        """True when ``day``'s year has no official arrangement in the store."""
        return day.year not in self._years

    def is_workday(self, day: dt.date) -> bool:
        return self._cal.is_workday(day)

    def due(
        self,
        start: dt.date,
        value: int,
        unit: str = "W",
        *,
        count_start_day: bool = False,
        pauses: Sequence[Pause] = (),
    ) -> DueDate:
        """The due date of a limit of ``value`` working (W) or natural (N) days from
        ``start``; days inside ``pauses`` do not count."""
        return compute_due_date(self._cal, start, value, unit or "W",
                                count_start_day=count_start_day, pauses=pauses)  # fmt: skip

    def _year_prefix(self, year: int) -> list[int]:
        """prefix[i] = working days from 1 Jan to the i-th day of ``year`` (1-based)."""
        got = self._prefix.get(year)
        if got is None:
            got, n, day = [0], 0, dt.date(year, 1, 1)
            while day.year == year:
                n += self.is_workday(day)
                got.append(n)
                day += _DAY
            self._prefix[year] = got
        return got

    def _count(self, first: dt.date, last: dt.date, unit: str) -> int:
        """Counting days in [first, last] (0 when last < first)."""
        if last < first:
            return 0
        if unit == "N":
            return (last - first).days + 1
        n = 0
        for year in range(first.year, last.year + 1):
            prefix = self._year_prefix(year)
            lo = first.timetuple().tm_yday if year == first.year else 1
            hi = last.timetuple().tm_yday if year == last.year else len(prefix) - 1
            n += prefix[hi] - prefix[lo - 1]
        return n

    def days_between(
        self, a: dt.date, b: dt.date, unit: str = "W", *, pauses: Sequence[Pause] = ()
    ) -> int:
        """Counting days in (a, b], less those inside ``pauses``; negative when b < a."""
        if b < a:
            return -self.days_between(b, a, unit, pauses=pauses)
        first = a + _DAY
        n = self._count(first, b, unit)
        for p, q in pauses:
            n -= self._count(max(p, first), min(q, b), unit)
        return n

    def paused_days(self, pauses: Sequence[Pause], until: dt.date, unit: str = "W") -> int:
        return sum(self._count(a, min(b, until), unit) for a, b in pauses)


def load(store: Store) -> CaseCalendar:
    return CaseCalendar.load(store)


def recompute_due_dates(uow: Any, calendar: CaseCalendar | WorkCalendar, years: set[int]) -> int:
    """Recompute the stored due dates of open cases whose dates were provisional for one of
    ``years`` (called when an official arrangement is imported). Returns how many changed."""
    from app.cases.clockrules import pauses_of, set_due_dates
    from app.cases.views import OPEN_STATUSES
    from db.models import ServiceCase

    if not isinstance(calendar, CaseCalendar):
        calendar = CaseCalendar(calendar)
    changed = 0
    rows = uow.session.scalars(
        select(ServiceCase).where(
            ServiceCase.status.in_(OPEN_STATUSES), ServiceCase.accepted_day.is_not(None)
        )
    )
    for case in rows:
        due = case.promise_due or case.accepted_day
        if not (case.due_provisional or (due and due.year in years)):
            continue
        before = (case.promise_due, case.legal_due, case.due_provisional)
        set_due_dates(case, calendar, pauses_of(uow.session, case, None))
        if (case.promise_due, case.legal_due, case.due_provisional) != before:
            changed += 1
            uow.record("case.recompute", "case", case.id,
                       before={"promise_due": before[0], "legal_due": before[1]},
                       after={"promise_due": case.promise_due, "legal_due": case.legal_due,
                              "provisional": case.due_provisional}, row=case)  # fmt: skip
    return changed


register_recompute(recompute_due_dates, "办件承诺/法定办结日期")
