"""The one place the case service reaches the working-day calendar.

Everything about dates for cases goes through :class:`CaseCalendar`, so the calendar package
being built beside this one (a ``DueDate(date, provisional, note)`` for (start, value, unit,
count_start_day, pauses), provisional for years whose official arrangement is not published)
can be switched in here alone.

Until then: a year the store has no arrangement for is counted Monday to Friday and the result
is marked provisional; a recompute function (:func:`recompute_due_dates`, with the signature the
calendar's ``register_recompute`` expects) brings stored due dates up to date once the
arrangement is imported.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select

from app.calendar_service import load_calendar
from app.workcalendar import WorkCalendar
from db.engine import Store

Pause = tuple[dt.date, dt.date]  # inclusive range of days that do not count
_DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class DueDate:
    date: dt.date
    provisional: bool
    note: str = ""


class CaseCalendar:
    def __init__(self, calendar: WorkCalendar) -> None:
        self._cal = calendar
        years = calendar.covered_years
        # Uncovered years: Monday to Friday, provisional (the official arrangement is missing).
        self._fallback = WorkCalendar({}, range(1900, 2200))
        self._years = years
        self._prefix: dict[int, list[int]] = {}

    @classmethod
    def load(cls, store: Store) -> CaseCalendar:
        return cls(load_calendar(store))

    def _covered(self, *days: dt.date) -> bool:
        return all(d.year in self._years for d in days)

    def is_provisional(self, day: dt.date) -> bool:
        """True when ``day``'s year has no official arrangement in the store."""
        return day.year not in self._years

    def is_workday(self, day: dt.date) -> bool:
        cal = self._cal if self._covered(day) else self._fallback
        return cal.is_workday(day)

    def _counts(self, day: dt.date, pauses: Sequence[Pause]) -> bool:
        return self.is_workday(day) and not any(a <= day <= b for a, b in pauses)

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
        remaining = max(value, 0)
        day = start if count_start_day else start + _DAY
        if remaining == 0:
            return DueDate(start, False)
        provisional: set[int] = set()
        while True:
            if day.year not in self._years and unit == "W":
                provisional.add(day.year)
            counts = (
                self._counts(day, pauses)
                if unit == "W"
                else not any(a <= day <= b for a, b in pauses)
            )
            if counts:
                remaining -= 1
                if remaining == 0:
                    break
            day += _DAY
        note = ""
        if provisional:
            years = "、".join(str(y) for y in sorted(provisional))
            note = f"{years}年节假日安排尚未导入，暂按周一至周五计算，导入后自动重算"
        return DueDate(day, bool(provisional), note)

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


def recompute_due_dates(uow, calendar: CaseCalendar, years: set[int]) -> int:
    """Recompute the stored due dates of open cases whose dates were provisional for one of
    ``years`` (called when an official arrangement is imported). Returns how many changed."""
    from app.cases.clockrules import pauses_of, set_due_dates
    from app.cases.views import OPEN_STATUSES
    from db.models import ServiceCase

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
