"""The case figures a report takes from the summaries of closed days (app/reports/summary.py,
case_summary.py) are the figures the store counts live, for every cut and for periods with
and without today, whole months and loose days; and a closed day that changes afterwards (a
hall's rows reaching the county late) is summarised again on the next report, told by the
change marks the triggers keep (migration 0015)."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from sqlalchemy import func, select

from app.cases.clock import CaseCalendar
from app.cases.service import CaseService
from app.queue.numbering import HALL_TZ
from app.reports import case_sql
from app.reports.kpi import DIMENSIONS, KpiQuery, compute, kpi_report
from app.reports.scope import load_names, resolve_halls
from db.models import KpiCase, KpiMark, KpiPeriod
from tests.reports.conftest import END, KIOSK, START, FixedClock, Fixture


def _live(f: Fixture, by: str | None, start: dt.date, end: dt.date,
          now: dt.datetime) -> dict[str, Counter[str]]:  # fmt: skip
    with f.store.read() as s:
        halls = resolve_halls(s, None)
        names = load_names(s, halls)
        return case_sql.counts(s, by, names, halls, start, end, now,
                               lambda: CaseCalendar.load(f.store))  # fmt: skip


def _nonzero(counts: dict[str, Counter[str]]) -> dict[str, Counter[str]]:
    return {k: +c for k, c in counts.items() if +c}


def _local(day: int, hour: int, month: int = 9) -> dt.datetime:
    return dt.datetime(2026, month, day, hour, tzinfo=HALL_TZ).astimezone(dt.UTC)


@pytest.mark.parametrize("by", [None, *DIMENSIONS])
def test_summarised_case_figures_equal_the_live_count(period: Fixture, by: str | None) -> None:
    periods = [
        (START, END, period.now),  # every day closed: all from summaries but the live rest
        (dt.date(2026, 9, 1), dt.date(2026, 9, 30), period.now),  # a whole month
        (dt.date(2026, 9, 15), dt.date(2026, 10, 20), period.now),  # today inside the period
        (START, END, _local(29, 15)),  # asked on 29 Sept: 21–28 summarised, 29–30 live
        (dt.date(2026, 9, 22), dt.date(2026, 9, 29), _local(30, 9)),
    ]
    for start, end, now in periods:
        live = _nonzero(_live(period, by, start, end, now))
        assert live, "the fixture has case figures in every period"
        for _ in ("built", "read back"):
            c = compute(period.store, period.settings, KpiQuery(start, end, by), now=now)
            assert _nonzero(c.cases_by(by)) == live, (start, end, now)
    with period.store.read() as s:  # the second round read what the first one saved
        assert s.scalar(select(KpiCase.received).where(KpiCase.dim == "hall",
                                                        KpiCase.kind == "D",
                                                        KpiCase.start == START)) == 6  # fmt: skip


def test_a_closed_day_that_changes_is_summarised_again(period: Fixture) -> None:
    q = KpiQuery(START, END, "window")
    before = kpi_report(period.store, period.settings, q, now=period.now)
    with period.store.read() as s:
        version = s.scalar(select(KpiPeriod.version).where(KpiPeriod.start == dt.date(2026, 9, 30)))
        marks = s.scalar(select(KpiMark.version).where(KpiMark.day == dt.date(2026, 9, 30)))
    assert version == marks and version and version > 0
    # A rating given on 30 Sept that reaches this store only now (a hall syncing late).
    clock = FixedClock()
    clock.at(30, 11, 0)
    cs = CaseService(period.store, period.settings, hall_code="T01", clock=clock)
    cs.rate(KIOSK, period.cases["c6"], 5, channel="sms")
    after = kpi_report(period.store, period.settings, q, now=period.now)
    assert after.total.ratings == before.total.ratings + 1
    assert after.total.bad_rate is not None and before.total.bad_rate is not None
    assert after.total.bad_rate > before.total.bad_rate
    with period.store.read() as s:
        rebuilt = s.scalar(select(KpiPeriod.version).where(KpiPeriod.start == dt.date(2026, 9, 30)))
    assert rebuilt is not None and rebuilt > version
    live = _nonzero(_live(period, "window", START, END, period.now))
    c = compute(period.store, period.settings, q, now=period.now)
    assert _nonzero(c.cases_by("window")) == live


def test_a_matter_moved_to_another_department_takes_its_summarised_cases(period: Fixture) -> None:
    """Summaries keep the case's own values (matter, window number, work number): after a
    reorganisation moves a matter to another department, the closed days' cases follow it
    at once, as the live count does, without rebuilding anything."""
    from sqlalchemy import update

    from db.models import Department, Matter
    from tests.cases.conftest import FOOD

    q = KpiQuery(START, END, "department")
    before = _nonzero(compute(period.store, period.settings, q, now=period.now).cases_by("department"))
    with period.store.write() as s:
        moved = Department(code="spjgj", name="食品药品监督管理局", uscc="11510822MB0000000X")
        s.add(moved)
        s.flush()
        other = moved.id
        s.execute(update(Matter).where(Matter.impl_code == FOOD).values(department_id=other))
    live = _nonzero(_live(period, "department", START, END, period.now))
    assert live != before and str(other) in live  # the food cases now count for the other one
    after = compute(period.store, period.settings, q, now=period.now)
    assert _nonzero(after.cases_by("department")) == live
    with period.store.read() as s:  # read from the summaries built before the move
        assert s.scalar(select(func.count()).select_from(KpiPeriod)) > 0


def test_the_charts_from_summaries_equal_the_live_count(period: Fixture) -> None:
    """The on-time trend and the ratings chart read the closed days from their summaries
    (migration 0016): the same days and counts as counting every case, built and read back,
    with today inside the period or not; a rating arriving late for a closed day shows."""
    from app.reports import charts

    def live(start: dt.date, end: dt.date, now: dt.datetime) -> tuple[object, object]:
        with period.store.read() as s:
            halls = resolve_halls(s, None)
            names = load_names(s, halls)
            cal = lambda: CaseCalendar.load(period.store)  # noqa: E731
            return (case_sql.concluded_by_day(s, halls, start, end, now, names, cal),
                    case_sql.rating_levels(s, halls, start, end))  # fmt: skip

    periods = [(START, END, period.now), (dt.date(2026, 9, 1), dt.date(2026, 9, 30), period.now),
               (START, END, _local(29, 15)), (dt.date(2026, 9, 22), dt.date(2026, 9, 29), _local(30, 9))]  # fmt: skip
    for start, end, now in periods:
        days, levels = live(start, end, now)
        assert days and levels, "the fixture concludes and rates cases in every period"
        for _ in ("built", "read back"):
            c = compute(period.store, period.settings, KpiQuery(start, end, None), now=now)
            assert c.concluded_by_day() == days, (start, end, now)
            assert c.rating_levels() == levels, (start, end, now)
    with period.store.read() as s:  # read back from what the first round saved
        saved = s.scalar(select(KpiPeriod.charts).where(KpiPeriod.kind == "M"))
    assert saved is not None and saved["days"] and saved["levels"]

    q = KpiQuery(START, END, None)
    before = charts.rating_counts(period.store, period.settings, q, now=period.now)
    clock = FixedClock()
    clock.at(30, 11, 0)
    cs = CaseService(period.store, period.settings, hall_code="T01", clock=clock)
    cs.rate(KIOSK, period.cases["c6"], 5, channel="sms")  # reaches the store days late
    after = charts.rating_counts(period.store, period.settings, q, now=period.now)
    assert after["非常不满意"] == before["非常不满意"] + 1
    assert sum(after.values()) == sum(before.values()) + 1
