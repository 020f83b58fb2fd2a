from __future__ import annotations

from datetime import date, timedelta

import chinese_calendar
import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.errors import InvalidInput, UserError
from app.holiday_source import calendar_from_entries, entries_from_chinese_calendar
from app.workcalendar import CalendarNotMaintained, DayKind, WorkCalendar

# The official 2026 schedule as shipped in chinese-calendar 1.11.0 (checked against its data):
# 春节 02-15..02-23 with 补班 on Saturdays 02-14 and 02-28; 中秋 09-25..27; 国庆 10-01..10-07
# with 补班 on Sunday 09-20 and Saturday 10-10.
CAL = calendar_from_entries(entries_from_chinese_calendar([2026]))
D = date


def test_package_data_matches_what_the_tests_assume():
    for day in (D(2026, 2, 15), D(2026, 2, 23), D(2026, 10, 1), D(2026, 10, 7)):
        assert not chinese_calendar.is_workday(day)
    for day in (D(2026, 2, 14), D(2026, 2, 28), D(2026, 9, 20), D(2026, 10, 10)):
        assert chinese_calendar.is_workday(day)


def test_is_workday_follows_holidays_and_make_up_days():
    assert CAL.is_workday(D(2026, 2, 13))  # Friday
    assert CAL.is_workday(D(2026, 2, 14))  # Saturday 补班
    assert not CAL.is_workday(D(2026, 2, 16))  # Monday in 春节
    assert not CAL.is_workday(D(2026, 2, 23))  # Monday, last day of 春节
    assert CAL.is_workday(D(2026, 2, 24))
    assert not CAL.is_workday(D(2026, 3, 7))  # ordinary Saturday
    assert CAL.is_workday(D(2026, 9, 20))  # Sunday 补班
    assert not CAL.is_workday(D(2026, 10, 5))


def test_every_day_agrees_with_chinese_calendar():
    years = range(2004, 2027)
    cal = calendar_from_entries(entries_from_chinese_calendar(years))
    day = D(2004, 1, 1)
    while day <= D(2026, 12, 31):
        assert cal.is_workday(day) == chinese_calendar.is_workday(day), day
        day += timedelta(days=1)


def test_day_before_spring_festival_plus_one_is_the_make_up_saturday():
    assert CAL.add_working_days(D(2026, 2, 13), 1) == D(2026, 2, 14)
    assert CAL.add_working_days(D(2026, 2, 13), 2) == D(2026, 2, 24)
    assert CAL.add_working_days(D(2026, 2, 12), 5) == D(2026, 2, 26)


def test_across_national_day_and_mid_autumn():
    assert CAL.add_working_days(D(2026, 9, 24), 1) == D(2026, 9, 28)
    assert CAL.add_working_days(D(2026, 9, 30), 1) == D(2026, 10, 8)
    assert CAL.add_working_days(D(2026, 9, 30), 3) == D(2026, 10, 10)
    assert CAL.add_working_days(D(2026, 9, 30), 4) == D(2026, 10, 12)
    # A 20-working-day licence decision accepted on Friday 18 September.
    assert CAL.add_working_days(D(2026, 9, 18), 20) == D(2026, 10, 22)


def test_zero_days_and_counting_the_acceptance_day():
    assert CAL.add_working_days(D(2026, 2, 13), 0) == D(2026, 2, 13)
    assert CAL.add_working_days(D(2026, 2, 13), 1, count_start_day=True) == D(2026, 2, 13)
    assert CAL.add_working_days(D(2026, 2, 13), 2, count_start_day=True) == D(2026, 2, 14)
    # Accepting on a holiday: the holiday cannot be day 1 even when the start day counts.
    assert CAL.add_working_days(D(2026, 2, 16), 1, count_start_day=True) == D(2026, 2, 24)


def test_working_days_between_across_the_holiday():
    assert CAL.working_days_between(D(2026, 2, 13), D(2026, 2, 24)) == 2
    assert CAL.working_days_between(D(2026, 2, 13), D(2026, 2, 13)) == 0
    assert CAL.working_days_between(D(2026, 2, 14), D(2026, 2, 23)) == 0
    assert CAL.working_days_between(D(2026, 2, 24), D(2026, 2, 13)) == -2
    assert CAL.working_days_between(D(2026, 9, 30), D(2026, 10, 31)) == 18


def test_next_workday():
    assert CAL.next_workday(D(2026, 2, 13)) == D(2026, 2, 14)
    assert CAL.next_workday(D(2026, 2, 14)) == D(2026, 2, 24)
    assert CAL.next_workday(D(2026, 3, 6)) == D(2026, 3, 9)


@given(st.dates(D(2026, 1, 1), D(2026, 10, 31)), st.integers(1, 40), st.booleans())
def test_between_is_the_inverse_of_adding(start: date, n: int, count_start: bool):
    due = CAL.add_working_days(start, n, count_start_day=count_start)
    assert CAL.is_workday(due)
    counted = CAL.working_days_between(start, due)
    if count_start and CAL.is_workday(start):
        counted += 1
    assert counted == n


def test_pauses_do_not_count_and_extension_adds():
    accept = D(2026, 3, 2)  # Monday
    assert CAL.due_date(accept, 5) == D(2026, 3, 9)
    paused = [(D(2026, 3, 4), D(2026, 3, 5))]
    assert CAL.due_date(accept, 5, paused) == D(2026, 3, 11)
    assert CAL.due_date(accept, 5, paused, extension_days=2) == D(2026, 3, 13)
    # A pause over the 春节 holiday costs only the working days it covers (02-14 here).
    assert CAL.due_date(D(2026, 2, 12), 3, [(D(2026, 2, 14), D(2026, 2, 22))]) == D(2026, 2, 25)
    assert CAL.working_days_between(accept, D(2026, 3, 11), pauses=paused) == 5
    assert CAL.due_date(accept, 0) == accept  # 即办件


def test_bad_pause_and_negative_days_are_user_errors():
    with pytest.raises(InvalidInput, match="早于开始日期"):
        CAL.due_date(D(2026, 3, 2), 5, [(D(2026, 3, 5), D(2026, 3, 4))])
    with pytest.raises(InvalidInput, match="不能为负数"):
        CAL.add_working_days(D(2026, 3, 2), -1)


def test_year_not_maintained_is_refused_with_a_message_for_the_admin():
    with pytest.raises(CalendarNotMaintained) as err:
        CAL.add_working_days(D(2026, 12, 28), 10)
    assert str(err.value) == "节假日日历未维护2027年，无法计算办结日期，请管理员导入该年度安排"
    assert isinstance(err.value, UserError)
    assert err.value.year == 2027
    with pytest.raises(CalendarNotMaintained, match="2025年"):
        CAL.is_workday(D(2025, 6, 3))


def test_hand_made_calendar_for_a_year_the_package_lacks():
    cal = WorkCalendar(
        {D(2027, 1, 1): DayKind.HOLIDAY, D(2027, 1, 2): DayKind.HOLIDAY},
        covered_years=range(2026, 2028),
    )
    assert cal.add_working_days(D(2026, 12, 31), 1) == D(2027, 1, 4)
