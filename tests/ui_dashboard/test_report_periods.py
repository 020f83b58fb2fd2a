"""The periods the supervisor picks: weeks from Monday, whole months, and a reversed custom
range refused in Chinese."""

from __future__ import annotations

import datetime as dt

import pytest

from app.errors import InvalidInput
from app.report_periods import check_range, period

D = dt.date


def test_named_periods_around_a_wednesday_in_march() -> None:
    today = D(2024, 3, 13)  # a Wednesday; 2024 is a leap year
    assert period("this_week", today) == (D(2024, 3, 11), D(2024, 3, 17))
    assert period("last_week", today) == (D(2024, 3, 4), D(2024, 3, 10))
    assert period("this_month", today) == (D(2024, 3, 1), D(2024, 3, 31))
    assert period("last_month", today) == (D(2024, 2, 1), D(2024, 2, 29))
    assert period("this_year", today) == (D(2024, 1, 1), D(2024, 12, 31))


def test_last_month_in_january_is_last_december() -> None:
    assert period("last_month", D(2026, 1, 5)) == (D(2025, 12, 1), D(2025, 12, 31))
    assert period("this_week", D(2026, 1, 4)) == (D(2025, 12, 29), D(2026, 1, 4))  # a Sunday


def test_a_reversed_range_is_refused_in_chinese() -> None:
    check_range(D(2026, 11, 1), D(2026, 11, 1))
    with pytest.raises(InvalidInput, match="结束日期（2026-10-01）早于开始日期（2026-11-01）"):
        check_range(D(2026, 11, 1), D(2026, 10, 1))
