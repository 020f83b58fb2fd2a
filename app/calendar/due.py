"""Due dates for a time limit in 工作日 (W) or 自然日 (N), saying when they are provisional.

工作日 (行政许可法 art. 82): holidays and weekends do not count, 补班 Saturdays do.
自然日: every calendar day counts; when the last day is not a working day the limit ends on
the next working day (民法典 art. 203, 行政诉讼法 art. 51: 期间届满的最后一日是法定休假日的，
以休假日结束的次日为期间届满的日期). Pauses (特别程序, 补正) stop either clock, both ends
inclusive. The acceptance day is not counted unless ``count_start_day``.

A due date is provisional when any year it rests on — from the start to the due date — has no
imported official arrangement, so the holidays used are the computed statutory ones.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from app.errors import InvalidInput
from app.workcalendar import WorkCalendar

__all__ = ["PROVISIONAL_NOTE", "UNIT_NAMES", "DueDate", "compute_due_date", "limit_text"]

PROVISIONAL_NOTE = "按法定节假日暂算，以国务院公布的安排为准"
UNIT_NAMES = {"W": "工作日", "N": "自然日"}
_ONE_DAY = timedelta(days=1)


@dataclass(frozen=True)
class DueDate:
    date: date
    provisional: bool
    note: str  # PROVISIONAL_NOTE when provisional, else ""

    def text(self) -> str:
        """2027-01-15, or 2027-01-15（按法定节假日暂算，以国务院公布的安排为准）."""
        iso = self.date.isoformat()
        return f"{iso}（{self.note}）" if self.provisional else iso


def limit_text(value: int, unit: str) -> str:
    """ "60 个自然日" / "20 个工作日": a limit always shown with its unit."""
    return f"{value} 个{UNIT_NAMES.get(unit, '工作日')}"


def check_unit(unit: str) -> str:
    unit = (unit or "").strip().upper()
    if unit not in UNIT_NAMES:
        raise InvalidInput(f"时限单位“{unit}”无效，应为 W（工作日）或 N（自然日）")
    return unit


def compute_due_date(
    calendar: WorkCalendar,
    start: date,
    value: int,
    unit: str = "W",
    *,
    count_start_day: bool = False,
    pauses: Sequence[tuple[date, date]] = (),
) -> DueDate:
    """The due date of a limit of ``value`` days in ``unit`` ('W' 工作日, 'N' 自然日)."""
    unit = check_unit(unit)
    if value < 0:
        raise InvalidInput("时限天数不能为负数")
    try:
        if unit == "W":
            due = calendar.due_date(start, value, pauses, count_start_day=count_start_day)
        else:
            due = _natural_due(calendar, start, value, pauses, count_start_day)
    except OverflowError:
        raise InvalidInput(
            f"从{start.isoformat()}起算{value}个{UNIT_NAMES[unit]}超出了可表示的日期范围"
        ) from None
    provisional = calendar.rests_on_provisional(start, due)
    return DueDate(due, provisional, PROVISIONAL_NOTE if provisional else "")


def _natural_due(
    calendar: WorkCalendar,
    start: date,
    value: int,
    pauses: Sequence[tuple[date, date]],
    count_start_day: bool,
) -> date:
    for a, b in pauses:
        if b < a:
            raise InvalidInput(f"暂停计时的结束日期{b.isoformat()}早于开始日期{a.isoformat()}")
    if value == 0:
        return start
    day = start if count_start_day else start + _ONE_DAY
    if not pauses:
        day += timedelta(days=value - 1)
    remaining = value if pauses else 0
    while remaining:
        if not any(a <= day <= b for a, b in pauses):
            remaining -= 1
            if remaining == 0:
                break
        day += _ONE_DAY
    while not calendar.is_workday(day):  # the last day falls on a holiday: the next workday
        day += _ONE_DAY
    return day
