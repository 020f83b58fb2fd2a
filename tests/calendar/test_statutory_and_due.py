"""Years without an imported arrangement are computed from the statutory holidays and marked
provisional; limits in 工作日 and 自然日; far years and the limits of what is supported."""

from __future__ import annotations

from datetime import date, timedelta

import chinese_calendar
import pytest

from app.calendar import PROVISIONAL_NOTE, DueDate, compute_due_date
from app.calendar.loading import calendar_from_rows
from app.calendar.statutory import FIRST_YEAR, LAST_YEAR, statutory_days
from app.errors import InvalidInput, UserError
from app.holiday_source import entries_from_chinese_calendar
from app.workcalendar import CalendarOutOfRange, DayKind

D = date
FESTIVALS = {"元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节"}
# The 2024 amendment: 1 + 4 + 1 + 2 + 1 + 1 + 3 days.
PER_FESTIVAL = {
    "元旦": 1,
    "春节": 4,
    "清明节": 1,
    "劳动节": 2,
    "端午节": 1,
    "中秋节": 1,
    "国庆节": 3,
}


def official(years: list[int]):  # type: ignore[no-untyped-def]
    """A store-like calendar holding the official notices of ``years`` (from chinese-calendar)."""
    rows = [
        (e.day, "holiday" if e.kind is DayKind.HOLIDAY else "workday", e.year, e.name)
        for e in entries_from_chinese_calendar(years)
    ]
    return calendar_from_rows(rows)


@pytest.mark.parametrize("year", [2025, 2026])
def test_statutory_days_are_official_holidays_in_2025_and_2026(year: int) -> None:
    days = statutory_days(year)
    for day, (kind, name) in days.items():
        assert kind is DayKind.HOLIDAY
        assert not chinese_calendar.is_workday(day), (day, name)  # incl. the 补假 days
    core = [name for name in (n for _k, n in days.values()) if "补假" not in name]
    assert {n: core.count(n) for n in FESTIVALS} == PER_FESTIVAL
    # And nothing of the package's own 调休 ("Day off (substituted …)") slips in.
    assert all(n.removesuffix("（补假）") in FESTIVALS for _k, n in days.values())


@pytest.mark.parametrize("year", [2027, 2031, 2040, 2066, 2099, LAST_YEAR])
def test_every_far_year_has_the_seven_festivals(year: int) -> None:
    days = statutory_days(year)
    core = [n for _k, n in days.values() if "补假" not in n]
    assert set(core) == FESTIVALS
    # 中秋 can fall on 国庆 (one day, two names): 12 or 13 distinct days.
    assert len(core) in (12, 13)
    for day, (_kind, name) in days.items():
        if "补假" in name:
            assert day.weekday() < 5  # a make-up day off is a working day given back


def test_2027_spring_festival_and_its_make_up_days() -> None:
    days = statutory_days(2027)
    assert [d for d, (_k, n) in sorted(days.items()) if n.startswith("春节")] == [
        D(2027, 2, 5), D(2027, 2, 6), D(2027, 2, 7), D(2027, 2, 8), D(2027, 2, 9), D(2027, 2, 10)
    ]  # fmt: skip
    assert days[D(2027, 2, 9)][1] == "春节（补假）"  # 初一 and 初二 fall on Saturday and Sunday


def test_provisional_due_into_next_year_and_official_within() -> None:
    cal = official([2026])
    due = compute_due_date(cal, D(2026, 12, 1), 30, "W")
    assert due.date.year == 2027
    assert due == DueDate(due.date, True, PROVISIONAL_NOTE)
    assert due.text().endswith("（按法定节假日暂算，以国务院公布的安排为准）")
    # 2026-12-01 + 30 working days: 22 left in December, 元旦 on Friday, then 8 more.
    assert due.date == D(2027, 1, 13)
    inside = compute_due_date(cal, D(2026, 2, 13), 2, "W")
    assert inside == DueDate(D(2026, 2, 24), False, "")  # via the 补班 Saturday 02-14


def test_provisional_2027_skips_the_computed_spring_festival() -> None:
    cal = official([2026])
    assert not cal.is_workday(D(2027, 2, 9)) and cal.is_provisional(D(2027, 2, 9))
    assert cal.day_name(D(2027, 2, 9)) == "春节（补假）"
    # From Thursday 02-04: 除夕 (Fri) to 02-10 are off, so day 1 is 02-11 and day 2 02-12.
    assert compute_due_date(cal, D(2027, 2, 4), 1, "W").date == D(2027, 2, 11)
    due = compute_due_date(cal, D(2027, 2, 4), 2, "W")
    assert due.date == D(2027, 2, 12) and due.provisional


def test_natural_days() -> None:
    cal = official([2026])
    # 60 自然日 for an ID card from Monday 2026-03-02: 2026-05-01 is 劳动节, so the limit
    # ends on the next working day (the official 2026 holiday runs to 05-05).
    assert compute_due_date(cal, D(2026, 3, 2), 60, "N") == DueDate(D(2026, 5, 6), False, "")
    assert compute_due_date(cal, D(2026, 3, 2), 59, "N").date == D(2026, 4, 30)
    assert compute_due_date(cal, D(2026, 3, 2), 59, "N", count_start_day=True).date == D(
        2026, 4, 29
    )
    # A pause of 10 calendar days moves it by 10 days.
    paused = compute_due_date(cal, D(2026, 3, 2), 20, "N", pauses=[(D(2026, 3, 5), D(2026, 3, 14))])
    assert paused.date == D(2026, 4, 1)
    # A Sunday end moves to Monday; 0 days is the same day.
    assert compute_due_date(cal, D(2026, 3, 2), 6, "N").date == D(2026, 3, 9)
    assert compute_due_date(cal, D(2026, 3, 2), 0, "N").date == D(2026, 3, 2)
    # Across the year end into a provisional year.
    far = compute_due_date(cal, D(2026, 12, 20), 30, "N")
    assert far.date == D(2027, 1, 19) and far.provisional


def test_working_days_with_pauses_and_the_start_day() -> None:
    cal = official([2026])
    assert compute_due_date(cal, D(2026, 3, 2), 5, "W", pauses=[(D(2026, 3, 4), D(2026, 3, 5))]).date == D(2026, 3, 11)  # fmt: skip
    assert compute_due_date(cal, D(2026, 2, 13), 1, "W", count_start_day=True).date == D(
        2026, 2, 13
    )


@pytest.mark.parametrize(
    ("start", "n", "expected"),
    [
        (D(2040, 5, 1), 10, D(2040, 5, 16)),  # 劳动节 05-01/02 on Tuesday, Wednesday
        (D(2099, 12, 20), 10, D(2100, 1, 4)),  # 2100-01-01 元旦 is a Friday
    ],
)
def test_far_years_are_provisional(start: date, n: int, expected: date) -> None:
    due = compute_due_date(official([2026]), start, n, "W")
    assert due == DueDate(expected, True, PROVISIONAL_NOTE)


def test_beyond_what_can_be_computed_says_so_in_chinese() -> None:
    cal = official([2026])
    with pytest.raises(CalendarOutOfRange) as err:
        compute_due_date(cal, D(LAST_YEAR, 12, 30), 5, "W")
    assert isinstance(err.value, UserError)
    assert f"{LAST_YEAR + 1}年的节假日安排未导入" in str(err.value)
    assert f"{FIRST_YEAR}–{LAST_YEAR}年" in str(err.value)
    with pytest.raises(CalendarOutOfRange, match=f"{FIRST_YEAR - 1}年"):
        cal.is_workday(D(FIRST_YEAR - 1, 6, 1))
    with pytest.raises(InvalidInput, match="超出了可表示的日期范围"):
        compute_due_date(cal, D(9999, 12, 31), 1, "W")
    with pytest.raises(InvalidInput, match="超出了可表示的日期范围"):
        compute_due_date(cal, D(9999, 12, 31), 1, "N")
    with pytest.raises(InvalidInput, match="应为 W（工作日）或 N（自然日）"):
        compute_due_date(cal, D(2026, 3, 2), 1, "X")


def test_an_imported_year_is_not_provisional_and_a_missing_one_is() -> None:
    cal = official([2025, 2026])
    assert not cal.rests_on_provisional(D(2025, 1, 1), D(2026, 12, 31))
    assert cal.rests_on_provisional(D(2026, 12, 31), D(2027, 1, 1))
    # Every day of 2025 and 2026 as the State Council arranged it, none provisional.
    day = D(2025, 1, 1)
    while day.year < 2027:
        assert cal.is_workday(day) == chinese_calendar.is_workday(day)
        assert not cal.is_provisional(day)
        day += timedelta(days=1)
