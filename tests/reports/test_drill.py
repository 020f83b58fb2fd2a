"""Drill-down: the tickets and cases behind a figure of a row, on the fixture period."""

from __future__ import annotations

import pytest

from app.errors import InvalidInput
from app.reports.kpi import KpiQuery, drill
from tests.reports.conftest import END, START, Fixture


def lines(f: Fixture, by: str | None, key: str, figure: str) -> list[tuple[str, str]]:
    got = drill(f.store, f.settings, KpiQuery(START, END, by), key, figure, now=f.now)
    return [(d.kind, d.ref.split()[-1]) for d in got]


def test_waits_slowest_first_and_rows_narrow_to_their_tickets(period: Fixture) -> None:
    got = drill(period.store, period.settings, KpiQuery(START, END), "", "wait_p90_min",
                now=period.now)  # fmt: skip
    assert [d.ref for d in got] == [f"2026-09-21 {n}" for n in ("B002", "A003", "A002", "A001", "B001")]
    assert got[0].detail.startswith("等候 34.0 分钟，超过目标") and got[0].who == "李窗口（C002）"
    w1, w2 = period.ids["w1"], period.ids["w2"]
    assert lines(period, "window", w1, "tickets_issued") == [("ticket", "A001"), ("ticket", "A002"),
                                                             ("ticket", "A003")]  # fmt: skip
    assert lines(period, "window", w1, "served") == [("ticket", "A002"), ("ticket", "A001")]
    assert lines(period, "window", w2, "no_show") == [("ticket", "B002")]
    assert lines(period, "staff", period.ids["c002"], "service_mean_min") == [
        ("ticket", "A003"), ("ticket", "B001")]  # fmt: skip
    assert lines(period, "window", "-", "tickets_issued") == [("ticket", "A004")]


def test_case_figures_drill_to_their_cases(period: Fixture) -> None:
    c = period.cases
    assert lines(period, None, "", "on_time_rate") == [("case", c["c6"]), ("case", c["c1"]),
                                                       ("case", c["c2"])]  # fmt: skip
    overdue = drill(period.store, period.settings, KpiQuery(START, END), "", "overdue", now=period.now)
    assert {d.ref for d in overdue} == {c["c4"], c["c5"]}
    assert all("仍未办结" in d.detail for d in overdue)
    assert [r for _k, r in lines(period, None, "", "not_rated_rate")] == [c["c6"], c["c6"], c["c1"], c["c2"]]
    assert lines(period, "staff", period.ids["c001"], "notice_breaches") == [("case", c["c8"])]


def test_unknown_figure_is_refused(period: Fixture) -> None:
    with pytest.raises(InvalidInput, match="没有名为“speed”的统计项"):
        drill(period.store, period.settings, KpiQuery(START, END), "", "speed")
