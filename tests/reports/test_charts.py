"""Chart data (for QtCharts on the dashboard and reportlab in the PDF) on the fixture period."""

from __future__ import annotations

import datetime as dt

from app.reports import charts
from app.reports.kpi import KpiQuery, compute
from tests.reports.conftest import END, START, Fixture


def test_chart_data_of_the_fixture_period(period: Fixture) -> None:
    c = compute(period.store, period.settings, KpiQuery(START, END), now=period.now)
    hours = charts.tickets_per_hour_by_weekday(period.store, period.settings, c)
    assert hours[0][9] == 5 and hours[0][10] == 1  # Monday 21 Sept: 9:00–9:15 and 10:30
    assert sum(map(sum, hours.values())) == 6
    assert charts.wait_distribution(period.store, period.settings, c) == [
        ("0–5分钟", 1), ("5–10分钟", 1), ("10–15分钟", 0), ("15–20分钟", 1), ("20–30分钟", 1),
        ("30–45分钟", 1), ("45–60分钟", 0), ("60分钟以上", 0)]  # fmt: skip
    trend = dict(charts.on_time_trend(period.store, period.settings, c))
    assert len(trend) == 10 and trend[dt.date(2026, 9, 21)] == 1.0  # c6, instant
    assert trend[dt.date(2026, 9, 25)] is None  # Mid-Autumn holiday: nothing concluded
    assert trend[dt.date(2026, 9, 29)] == 1.0 and trend[dt.date(2026, 9, 30)] == 1.0  # c1, c2
    assert charts.rating_counts(period.store, period.settings, c) == {
        "非常满意": 0, "满意": 1, "基本满意": 1, "不满意": 0, "非常不满意": 1, "未评价": 1}


def test_long_ranges_trend_by_week(period: Fixture) -> None:
    q = KpiQuery(dt.date(2026, 7, 1), dt.date(2026, 12, 31))
    trend = charts.on_time_trend(period.store, period.settings, q, now=period.now)
    assert all(d.weekday() == 0 for d, _v in trend)  # Mondays
    assert dict(trend)[dt.date(2026, 9, 28)] == 1.0  # the week of 29 and 30 Sept
