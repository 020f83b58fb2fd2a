"""The KPI figures of the hand-computed fixture period (tests/reports/conftest.py), on SQLite
and PostgreSQL: queue figures from the ticket history, case figures from the cases."""

from __future__ import annotations

import datetime as dt

import pytest

from app.reports.kpi import KpiQuery, KpiRow, kpi_report
from tests.reports.conftest import END, START, Fixture


def report(f: Fixture, by: str | None = None, **kw: object) -> list[KpiRow]:
    r = kpi_report(f.store, f.settings, KpiQuery(START, END, by, **kw), now=f.now)  # type: ignore[arg-type]
    return [r.total, *r.rows]


def test_totals_match_the_hand_computed_day(period: Fixture) -> None:
    (t,) = report(period)
    assert (t.key, t.label) == ("", "合计")
    assert (t.tickets_issued, t.served, t.no_show) == (6, 4, 1)
    assert t.wait_mean_min == pytest.approx((10 + 2 + 16 + 34 + 26) / 5)  # recall, rejoin,
    assert t.wait_p90_min == pytest.approx(26)  # transfer: the wait ends at the first call
    assert t.service_mean_min == pytest.approx((8 + 10 + 15 + 10) / 4)
    assert t.service_p90_min == pytest.approx(10)
    assert t.within_target_rate == pytest.approx(3 / 5)  # 10, 2, 16 of 10, 2, 16, 34, 26
    assert (t.cases_received, t.cases_accepted, t.cases_refused) == (8, 6, 1)
    assert (t.notices, t.notice_breaches) == (2, 1)
    assert t.on_time_rate == pytest.approx(1.0)  # c1 only thanks to the Mid-Autumn holiday
    assert t.early_rate == pytest.approx(1 / 3)  # c2, its pause moved its date to 8 Oct
    assert (t.overdue, t.statutory_overdue) == (2, 1)  # c4, c5; c3 is paused, not overdue
    assert (t.inquiries_open, t.inquiries_overdue) == (1, 1)
    assert t.ratings == 4
    assert (t.good_rate, t.bad_rate, t.not_rated_rate) == (0.5, 0.25, 0.25)  # 未评 is not good
    assert t.follow_ups_on_time_rate == pytest.approx(1.0)


def test_by_window_attributes_first_calls_services_and_no_shows(period: Fixture) -> None:
    total, *rows = report(period, "window")
    by = {r.key: r for r in rows}
    w1, w2, none = by[period.ids["w1"]], by[period.ids["w2"]], by["-"]
    assert [r.key for r in rows] == [period.ids["w1"], period.ids["w2"], "-"]
    assert w1.label == "1号窗口" and none.label == "（未叫号）"
    # W1 called A001, A002, A003 first; served A001 and A002 (A003 went on to line B)
    assert (w1.tickets_issued, w1.served, w1.no_show) == (3, 2, 0)
    assert w1.wait_mean_min == pytest.approx((10 + 16 + 26) / 3) and w1.wait_p90_min == 16
    assert w1.service_mean_min == pytest.approx(11.5) and w1.service_p90_min == 8
    assert w1.within_target_rate == pytest.approx(2 / 3)
    # W2 called B001 and B002 first; served A003 and B001; B002 did not come back
    assert (w2.tickets_issued, w2.served, w2.no_show) == (2, 2, 1)
    assert w2.wait_mean_min == pytest.approx(18) and w2.service_mean_min == pytest.approx(10)
    assert (none.tickets_issued, none.served, none.wait_mean_min) == (1, 0, None)  # A004
    assert (w1.cases_received, w2.cases_received) == (5, 3)
    assert (w1.overdue, w2.overdue, w1.statutory_overdue) == (1, 1, 1)
    # notices and breaches belong to the window the application came in at (c8: window 1);
    # by staff they go to whoever issued the notice / the first notice's issuer
    assert (w1.notices, w2.notices, w1.notice_breaches, w2.notice_breaches) == (2, 0, 1, 0)
    assert w1.inquiries_overdue == 1 and w2.inquiries_overdue == 0
    assert sum(r.tickets_issued for r in rows) == total.tickets_issued


def test_by_staff_charges_the_breach_to_the_first_notice(period: Fixture) -> None:
    _total, *rows = report(period, "staff")
    by = {r.key: r for r in rows}
    c1, c2 = by[period.ids["c001"]], by[period.ids["c002"]]
    assert c1.label == "王窗口（C001）"
    assert (c1.notices, c2.notices, c1.notice_breaches, c2.notice_breaches) == (1, 1, 1, 0)
    assert (c1.served, c2.served) == (2, 2)
    assert c1.follow_ups_on_time_rate == 1.0 and c2.follow_ups_on_time_rate is None
    assert (c1.ratings, c1.bad_rate, c1.not_rated_rate) == (3, pytest.approx(1 / 3), pytest.approx(1 / 3))
    assert (c2.ratings, c2.good_rate) == (1, 1.0)


def test_by_line_and_matter_and_department(period: Fixture) -> None:
    _t, *lines = report(period, "line")
    by = {r.key: r for r in lines}
    a, b = by[period.ids["lineA"]], by[period.ids["lineB"]]
    assert (a.tickets_issued, a.served, b.tickets_issued, b.served, b.no_show) == (4, 3, 2, 1, 1)
    assert a.wait_mean_min == pytest.approx((10 + 16 + 26) / 3)
    _t, *matters = report(period, "matter")
    food = next(r for r in matters if r.key.endswith("A4010010030010"))
    assert food.label == "食品经营许可（新办）" or "食品" in food.label
    assert (food.cases_received, food.tickets_issued, food.served) == (5, 1, 1)  # A001 ↔ c1
    _t, *depts = report(period, "department")
    dept = next(r for r in depts if r.key == period.ids["dept"])
    assert dept.cases_received == 8 and dept.served == 4


def test_hall_scope_and_bad_queries(period: Fixture) -> None:
    (t,) = report(period, hall_ids=("T01",))
    assert t.tickets_issued == 6
    from app.errors import InvalidInput

    with pytest.raises(InvalidInput, match="没有编码为“X99”的大厅"):
        report(period, hall_ids=("X99",))
    with pytest.raises(InvalidInput, match="晚于"):
        kpi_report(period.store, period.settings, KpiQuery(END, START))
    with pytest.raises(InvalidInput, match="统计维度"):
        kpi_report(period.store, period.settings, KpiQuery(START, END, "floor"))


def test_a_period_without_the_day_has_no_queue_figures(period: Fixture) -> None:
    r = kpi_report(period.store, period.settings,
                   KpiQuery(dt.date(2026, 9, 25), dt.date(2026, 9, 27)), now=period.now)  # fmt: skip
    t = r.total
    assert (t.tickets_issued, t.wait_mean_min, t.within_target_rate, t.cases_received) == (0, None, None, 0)


QUEUE = ("tickets_issued", "served", "no_show", "wait_mean_min", "wait_p90_min",
         "service_mean_min", "service_p90_min", "within_target_rate")  # fmt: skip


def test_closed_days_are_summarised_and_rebuilt_when_their_tickets_change(period: Fixture) -> None:
    from sqlalchemy import func, select

    from app.queue.service import QueueService
    from db.models import KpiPeriod, KpiTicket
    from tests.reports.conftest import KIOSK, FixedClock

    first = report(period, "window")
    with period.store.read() as s:
        # every closed day of the period (21–30 Sept, one hall), the empty ones too
        assert s.scalar(select(func.count()).select_from(KpiPeriod)) == 10
        assert s.scalar(select(func.count()).select_from(KpiTicket)) > 0
    assert report(period, "window") == first  # read back from the summary, same figures
    # The same day seen while it is still today: computed from the events, same queue figures.
    today = dt.datetime(2026, 9, 21, 23, 0, tzinfo=dt.UTC) - dt.timedelta(hours=8)
    live = kpi_report(period.store, period.settings, KpiQuery(START, END, "window"), now=today)
    for a, b in zip([live.total, *live.rows], first, strict=True):
        assert [getattr(a, n) for n in QUEUE] == [getattr(b, n) for n in QUEUE]
    # A ticket of that day arriving late (a hall syncing after days offline): rebuilt.
    clock = FixedClock()
    clock.at(21, 16, 0)
    QueueService(period.store, period.settings, hall_code="T01", clock=clock).issue(KIOSK, "tax")
    again = report(period, "window")
    assert again[0].tickets_issued == 7 and again[-1].tickets_issued == 2  # "-": never called


@pytest.mark.parametrize("by", [None, "hall", "department", "window", "staff", "matter", "line"])
def test_store_counts_equal_the_item_by_item_definition(period: Fixture, by: str | None) -> None:
    """The aggregate queries (app/reports/case_sql.py) count exactly what the readable,
    item-by-item definition (app/reports/cases.py, used for drill-down) counts."""
    from collections import Counter

    from app.cases.clock import CaseCalendar
    from app.reports import case_sql, cases
    from app.reports.kpi import case_key
    from app.reports.scope import load_names, resolve_halls

    store = period.store
    with store.read() as s:
        halls = resolve_halls(s, None)
        names = load_names(s, halls)
        sql = case_sql.counts(s, by, names, halls, START, END, period.now,
                              lambda: CaseCalendar.load(store))  # fmt: skip
        expected: dict[str, Counter[str]] = {}
        for it in cases.items(s, halls, START, END, period.now, names,
                              lambda: CaseCalendar.load(store)):  # fmt: skip
            expected.setdefault(case_key(by, names, it.dims), Counter())[it.figure] += 1
    assert sql == expected


def test_a_store_that_refuses_writes_still_reports(period: Fixture) -> None:
    from sqlalchemy import func, select

    from db.models import KpiPeriod

    period.store.damage = "只读（测试）"  # every write refused, as for a read-only login
    try:
        (t,) = report(period)
    finally:
        period.store.damage = None
    assert (t.tickets_issued, t.served, t.wait_p90_min) == (6, 4, 26)
    with period.store.read() as s:
        assert s.scalar(select(func.count()).select_from(KpiPeriod)) == 0  # nothing cached


def test_a_whole_month_is_summarised_once_with_the_same_figures(period: Fixture) -> None:
    from sqlalchemy import select

    from db.models import KpiPeriod

    days = report(period, "staff")
    q = KpiQuery(dt.date(2026, 9, 1), dt.date(2026, 9, 30), "staff")
    month = kpi_report(period.store, period.settings, q, now=period.now)
    again = kpi_report(period.store, period.settings, q, now=period.now)
    assert again == month
    for a, b in zip([month.total, *month.rows], days, strict=True):
        assert [getattr(a, n) for n in QUEUE] == [getattr(b, n) for n in QUEUE]
    with period.store.read() as s:
        kinds = {(p.kind, p.start) for p in s.scalars(select(KpiPeriod))}
    assert ("M", dt.date(2026, 9, 1)) in kinds and ("D", dt.date(2026, 9, 21)) in kinds
