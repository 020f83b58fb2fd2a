"""Working-day arithmetic for time limits (行政许可法 art. 82: 以工作日计算，不含法定节假日).

A :class:`WorkCalendar` knows, for the years it covers, which days are statutory holidays and
which weekend days are 补班 (adjusted working days) from the State Council's yearly schedule.
For any other year it either refuses (the default: guessing "Monday to Friday" there would
give a due date that is silently wrong once the schedule is published) or, given a
``fallback``, answers from the statutory holidays of that year (app.calendar.statutory) and
says so: :meth:`WorkCalendar.is_provisional` is true for such a year.

Counting convention (domain.md §3.2): the acceptance day is not counted; day 1 is the first
working day after it, and the due date is the end of the N-th working day. A centre can choose
"受理当日计入" with ``count_start_day=True``.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import date, timedelta

from app.errors import InvalidInput, UserError

__all__ = ["CalendarNotMaintained", "CalendarOutOfRange", "DayKind", "Fallback", "WorkCalendar"]

_ONE_DAY = timedelta(days=1)


class DayKind(enum.StrEnum):
    """Values match the holiday table's ``kind`` column."""

    HOLIDAY = "holiday"  # 放假 (may fall on a weekday or weekend)
    ADJUSTED_WORKDAY = "workday_adjusted"  # 补班: a weekend day that is a working day


class CalendarNotMaintained(UserError):
    """The holiday schedule for a year the computation needs has not been imported."""

    def __init__(self, year: int) -> None:
        super().__init__(f"节假日日历未维护{year}年，无法计算办结日期，请管理员导入该年度安排")
        self.year = year


class CalendarOutOfRange(UserError):
    """A year neither imported nor computable (outside the statutory calculator's range)."""

    def __init__(self, year: int, first: int, last: int) -> None:
        super().__init__(
            f"{year}年的节假日安排未导入，且超出法定节假日可推算的范围（{first}–{last}年），"
            "无法计算该年的日期"
        )
        self.year = year


# year -> {day: (kind, name)} of the statutory holidays, or None when the year cannot be computed
Fallback = Callable[[int], Mapping[date, tuple[DayKind, str]] | None]


class WorkCalendar:
    def __init__(
        self,
        entries: Mapping[date, DayKind],
        covered_years: set[int] | range | frozenset[int],
        *,
        names: Mapping[date, str] | None = None,
        fallback: Fallback | None = None,
        fallback_range: tuple[int, int] = (0, 0),
    ) -> None:
        self._entries = dict(entries)
        self._covered = frozenset(covered_years)
        self._names = dict(names or {})
        self._fallback = fallback
        self._fallback_range = fallback_range

    @property
    def covered_years(self) -> frozenset[int]:
        """Years whose official arrangement is in this calendar (imported)."""
        return self._covered

    def is_provisional(self, d: date) -> bool:
        """True when ``d`` is judged by computed statutory holidays, not an official notice."""
        return d.year not in self._covered and d not in self._entries

    def rests_on_provisional(self, first: date, last: date) -> bool:
        """True when any day from ``first`` to ``last`` (either order) is provisional."""
        lo, hi = min(first, last), max(first, last)
        return any(y not in self._covered for y in range(lo.year, hi.year + 1))

    def _computed(self, year: int) -> Mapping[date, tuple[DayKind, str]]:
        if self._fallback is None:
            raise CalendarNotMaintained(year)
        table = self._fallback(year)
        if table is None:
            raise CalendarOutOfRange(year, *self._fallback_range)
        return table

    def day_name(self, d: date) -> str:
        """The holiday's name (元旦, 春节（补假）…), or "" for an ordinary day."""
        if d in self._entries:
            return self._names.get(d, "")
        if d.year in self._covered:
            return ""
        return self._computed(d.year).get(d, (DayKind.HOLIDAY, ""))[1]

    def is_workday(self, d: date) -> bool:
        kind = self._entries.get(d)
        if kind is None and d.year not in self._covered:
            kind = self._computed(d.year).get(d, (None, ""))[0]
        if kind is DayKind.HOLIDAY:
            return False
        if kind is DayKind.ADJUSTED_WORKDAY:
            return True
        return d.weekday() < 5

    def next_workday(self, d: date) -> date:
        """The first working day strictly after ``d``."""
        d += _ONE_DAY
        while not self.is_workday(d):
            d += _ONE_DAY
        return d

    def add_working_days(self, start: date, n: int, *, count_start_day: bool = False) -> date:
        """The date of the n-th working day counted from ``start``; ``n == 0`` gives ``start``."""
        return self.due_date(start, n, count_start_day=count_start_day)

    def due_date(
        self,
        accept: date,
        days: int,
        pauses: Sequence[tuple[date, date]] = (),
        extension_days: int = 0,
        *,
        count_start_day: bool = False,
    ) -> date:
        """Due date for a time limit of ``days`` (+ approved ``extension_days``) working days.

        Working days inside a pause (start and end inclusive: 特别程序, post-acceptance 补正)
        do not count (domain.md §3.3). An extension adds days; it is not a pause.
        """
        if days < 0 or extension_days < 0:
            raise InvalidInput("时限天数和延期天数不能为负数")
        _check_pauses(pauses)
        remaining = days + extension_days
        if remaining == 0:
            return accept
        day = accept if count_start_day else accept + _ONE_DAY
        while True:
            if self._counts(day, pauses):
                remaining -= 1
                if remaining == 0:
                    return day
            day += _ONE_DAY

    def working_days_between(
        self, a: date, b: date, *, pauses: Sequence[tuple[date, date]] = ()
    ) -> int:
        """Working days in the half-open interval (a, b]: ``a`` excluded, ``b`` included.

        This is the inverse of :meth:`add_working_days`: for n ≥ 1,
        ``working_days_between(s, add_working_days(s, n)) == n``. It is 0 when a == b and
        negative (minus the count in (b, a]) when b is before a, e.g. working days overdue.
        Working days inside ``pauses`` are not counted.
        """
        if b < a:
            return -self.working_days_between(b, a, pauses=pauses)
        _check_pauses(pauses)
        return sum(1 for d in _days(a + _ONE_DAY, b) if self._counts(d, pauses))

    def _counts(self, d: date, pauses: Sequence[tuple[date, date]]) -> bool:
        return self.is_workday(d) and not any(start <= d <= end for start, end in pauses)


def _days(first: date, last: date) -> Iterator[date]:
    d = first
    while d <= last:
        yield d
        d += _ONE_DAY


def _check_pauses(pauses: Sequence[tuple[date, date]]) -> None:
    for start, end in pauses:
        if end < start:
            raise InvalidInput(
                f"暂停计时的结束日期{end.isoformat()}早于开始日期{start.isoformat()}"
            )
