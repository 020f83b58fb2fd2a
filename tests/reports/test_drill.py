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


@pytest.mark.parametrize("by", [None, "hall", "department", "window", "staff", "matter", "line"])
def test_a_case_drill_reads_only_its_row_and_figure_and_misses_nothing(period: Fixture,
                                                                        by: str | None) -> None:  # fmt: skip
    """A drill-down reads only the figure's part of the cases and only the row's cases (a
    county year's drill-down took a minute): every row of every cut, every case figure, lists
    the same cases as judging every case of the period."""
    from app.cases.clock import CaseCalendar
    from app.reports import cases as case_figs
    from app.reports.kpi import _CASE_DRILL, case_key, kpi_report
    from app.reports.scope import load_names, resolve_halls

    q = KpiQuery(START, END, by)
    keys = [""] if by is None else [r.key for r in kpi_report(period.store, period.settings, q,
                                                                now=period.now).rows]  # fmt: skip
    assert len(keys) >= (1 if by in (None, "hall") else 2)
    with period.store.read() as s:
        halls = resolve_halls(s, None)
        names = load_names(s, halls)
        every = list(case_figs.items(s, halls, START, END, period.now, names,
                                     lambda: CaseCalendar.load(period.store)))  # fmt: skip
    seen = 0
    for key in keys:
        for figure, wanted in _CASE_DRILL.items():
            expect = sorted(it.ref for it in every
                            if it.figure == wanted and case_key(by, names, it.dims) == key)  # fmt: skip
            got = drill(period.store, period.settings, q, key, figure, now=period.now)
            assert sorted(d.ref for d in got) == expect, (by, key, figure)
            seen += len(expect)
    assert seen > 0


def test_a_statutory_date_before_the_promised_one_is_drilled_too(period: Fixture) -> None:
    """A statutory limit in calendar days can end before a promise in working days: the case
    is statutory-overdue and not yet overdue, and a drill-down over days after its receipt
    lists it, as the report counts it."""
    import datetime as dt

    from sqlalchemy import update

    from app.reports.kpi import kpi_report
    from db.models import ServiceCase

    c5 = period.cases["c5"]
    with period.store.write() as s:
        s.execute(update(ServiceCase).where(ServiceCase.case_no == c5).values(
            promise_due=dt.date(2026, 10, 20), legal_due=dt.date(2026, 9, 25)))  # fmt: skip
    q = KpiQuery(dt.date(2026, 9, 26), END)
    report = kpi_report(period.store, period.settings, q, now=period.now)
    statutory = drill(period.store, period.settings, q, "", "statutory_overdue", now=period.now)
    overdue = drill(period.store, period.settings, q, "", "overdue", now=period.now)
    assert c5 in {d.ref for d in statutory} and c5 not in {d.ref for d in overdue}
    assert report.total.statutory_overdue == len(statutory)
    assert report.total.overdue == len(overdue)


def test_the_store_picks_the_first_lines_of_a_large_drill(period: Fixture) -> None:
    """The store chooses which tickets a drill-down lists (slowest waits, first issued) before
    they are judged one by one, for every row of every cut (a window's or a clerk's: the
    tickets first called there): a drill lists what judging every ticket lists, and one cut
    short lists its first lines, on SQLite and PostgreSQL alike."""
    from app.reports.kpi import PICK_MAX, kpi_report

    rows = 0
    for by in (None, "hall", "line", "window", "staff", "department", "matter"):
        q = KpiQuery(START, END, by)
        keys = [""] if by is None else [r.key for r in kpi_report(period.store, period.settings, q,
                                                                  now=period.now).rows]  # fmt: skip
        for key in keys:
            for figure in ("wait_p90_min", "within_target_rate", "tickets_issued"):
                every = drill(period.store, period.settings, q, key, figure, limit=PICK_MAX + 1,
                              now=period.now)  # fmt: skip
                assert drill(period.store, period.settings, q, key, figure, now=period.now) == every
                for n in (1, 2):
                    short = drill(period.store, period.settings, q, key, figure, limit=n, now=period.now)
                    assert short == every[:n], (by, key, figure, n)
                rows += len(every) >= 2
    assert rows >= 20  # rows with something to cut
    slowest = drill(period.store, period.settings, KpiQuery(START, END), "", "wait_mean_min", limit=2,
                    now=period.now)  # fmt: skip
    assert [d.ref for d in slowest] == ["2026-09-21 B002", "2026-09-21 A003"]


def test_tickets_called_before_the_history_was_kept_do_not_hide_the_slowest(period: Fixture) -> None:
    """A hall that ran before migration 0003 kept its tickets' first call (copied from the
    last) but no events for them, so they have no wait a drill-down can show. Three such
    tickets with the longest 'waits' by that column must not crowd a short drill-down out:
    it still lists the first lines of the whole one."""
    import datetime as dt
    import uuid

    from sqlalchemy import select

    from app.reports.tickets import HALL_TZ
    from db.models import Hall, Ticket

    whole = drill(period.store, period.settings, KpiQuery(START, END), "", "wait_mean_min", now=period.now)
    with period.store.write() as s:
        hall = s.scalars(select(Hall.id)).one()
        line = uuid.UUID(period.ids["lineA"])
        for seq in (91, 92, 93):
            issued = dt.datetime(2026, 9, 22, 9, 0, tzinfo=HALL_TZ).astimezone(dt.UTC)
            s.add(Ticket(hall_id=hall, line_id=line, day=dt.date(2026, 9, 22), seq=seq,
                         number=f"A{seq:03d}", status="done", issued_at=issued, queued_at=issued,
                         called_at=issued + dt.timedelta(hours=5),
                         first_called_at=issued + dt.timedelta(hours=5)))  # fmt: skip
    assert drill(period.store, period.settings, KpiQuery(START, END), "", "wait_mean_min",
                 now=period.now) == whole  # fmt: skip
    for n in (1, 2):
        short = drill(period.store, period.settings, KpiQuery(START, END), "", "wait_mean_min",
                      limit=n, now=period.now)  # fmt: skip
        assert short == whole[:n] and short[0].ref == "2026-09-21 B002"


@pytest.mark.parametrize("by", [None, "window", "department", "matter", "staff"])
def test_the_store_picks_the_first_cases_of_a_large_drill(period: Fixture, by: str | None) -> None:
    """Cases received, concluded, refused, rated and overdue are listed by time (overdue ones by
    the date they went past, a pause moving it): where the row is the
    cases' own, the store picks the first of them; a drill cut short lists the first lines of
    the whole one."""
    from app.reports.kpi import kpi_report

    q = KpiQuery(START, END, by)
    keys = [""] if by is None else [r.key for r in kpi_report(period.store, period.settings, q,
                                                                now=period.now).rows]  # fmt: skip
    longest = 0
    for key in keys:
        for figure in ("cases_received", "on_time_rate", "cases_refused", "ratings", "overdue",
                       "statutory_overdue"):
            whole = drill(period.store, period.settings, q, key, figure, now=period.now)
            longest = max(longest, len(whole))
            for n in (1, 2):
                short = drill(period.store, period.settings, q, key, figure, limit=n, now=period.now)
                assert short == whole[:n], (by, key, figure, n)
    assert longest >= 5


def test_a_chart_bar_drills_to_its_hour_and_its_rating_level(period: Fixture) -> None:
    """A bar of the hours chart lists the tickets issued in that hour of that weekday, and a
    bar of the ratings chart that level's ratings: narrowed by the store, the same lines as
    cutting the whole list (local time on both stores)."""
    import datetime as dt

    from app.queue.numbering import HALL_TZ

    q = KpiQuery(START, END)
    every = drill(period.store, period.settings, q, "", "tickets_issued", now=period.now)
    hours = {(w.weekday(), w.hour) for w in (d.when.astimezone(HALL_TZ) for d in every
                                              if isinstance(d.when, dt.datetime))}  # fmt: skip
    assert len(hours) >= 2
    for wd, h in sorted(hours) + [(6, 3)]:  # and an hour with none
        got = drill(period.store, period.settings, q, "", "tickets_issued", now=period.now, hour=(wd, h))
        assert got == [d for d in every if isinstance(d.when, dt.datetime)
                       and (d.when.astimezone(HALL_TZ).weekday(), d.when.astimezone(HALL_TZ).hour) == (wd, h)]  # fmt: skip
    ratings = drill(period.store, period.settings, q, "", "ratings", now=period.now)
    levels = {d.detail.split("；")[1].split("（")[0] for d in ratings}
    assert {"未评价", "满意"} <= levels
    for level in (*levels, "非常满意"):
        got = drill(period.store, period.settings, q, "", "ratings", now=period.now, rating=level)
        assert got == [d for d in ratings if f"；{level}（" in d.detail], level


def test_overdue_cases_are_picked_by_the_date_they_went_past(period: Fixture) -> None:
    """Overdue cases list by the day they went past their date, then by number; the store
    picks the first ones by the stored date, and reads whole the cases a pause moved (a stored
    date earlier than the real one must not push a case ahead)."""
    import datetime as dt

    from sqlalchemy import update

    from db.models import ServiceCase

    c = period.cases
    dues = {"c1": dt.date(2026, 9, 22),  # concluded on the 29th: late, and ties with c5
            "c6": dt.date(2026, 9, 20),  # concluded on the 21st: a day late
            "c3": dt.date(2026, 9, 21)}  # c3 was paused: its real date is later  # fmt: skip
    with period.store.write() as s:
        for name, due in dues.items():
            s.execute(update(ServiceCase).where(ServiceCase.case_no == c[name]).values(promise_due=due))
    q = KpiQuery(START, END)
    whole = drill(period.store, period.settings, q, "", "overdue", now=period.now)
    assert len(whole) >= 4 and {c["c1"], c["c4"], c["c5"], c["c6"]} <= {d.ref for d in whole}
    assert [d.when for d in whole] == sorted(d.when for d in whole)
    tie = [d.ref for d in whole if d.when == dt.date(2026, 9, 22)]
    assert tie == sorted([c["c5"], c["c1"]])
    for n in range(1, len(whole) + 1):
        assert drill(period.store, period.settings, q, "", "overdue", limit=n, now=period.now) == whole[:n]
