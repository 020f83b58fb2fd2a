"""Summaries of closed hall-days and hall-months (kpi_period, kpi_ticket, kpi_case), so a
year's figures are a few thousand rows and not millions of ticket events and cases.

- A day is *closed* once it is over (local time); today is always computed from the events.
- Freshness: triggers count every change of a hall-day's tickets and cases in ``kpi_mark``
  (db/models/kpi.py, migration 0015), in the writing transaction, whoever writes: a clerk, the
  county's sync applying a hall's rows days late, a restore. A summary keeps the sum of its
  days' counts; a report reads the counts (one small row per hall-day) and rebuilds the
  summaries whose sum moved. The counts are read before the rows a summary is built from, so
  a change racing the build leaves the summary older than its rows, never newer: rebuilt again.
- A month wholly inside the period is read as one summary; the days at either end as days.
- Queue figures are kept by hall, window, staff, line and matter; case figures
  (app/reports/case_summary.py) by those and department. What depends on today (cases overdue
  and still open, first inquiries, follow-ups) is never summarised.
- Summaries are derived data: not journalled, not synced. A login that may not write them (a
  county supervisor) still gets correct figures, computed in memory each time.
"""

from __future__ import annotations

import datetime as dt
import logging
import sys
import uuid
from array import array
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from operator import add
from typing import Any

from sqlalchemy import and_, delete, false, insert, or_, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from app.cases.clock import CaseCalendar
from app.reports import case_summary
from app.reports import tickets as ticket_figs
from app.reports.scope import HALL_TZ, NONE_KEY, Names, as_key
from db.engine import Store
from db.errors import StoreError
from db.models import KpiCase, KpiMark, KpiPeriod, KpiTicket
from db.models.kpi import CASE_FIGURES

log = logging.getLogger(__name__)
assert array("I").itemsize == 4, "summary.pack stores 32-bit counts"

STORED_DIMS = ("hall", "window", "staff", "line", "matter")
# Case figures are stored by the case's own values and turned into the report's keys when
# read (case_report_key): report dimension -> stored dimension.
CASE_STORED = {"hall": "hall", "department": "matter_id", "window": "window_no",
               "staff": "staff_no", "line": "line", "matter": "matter"}  # fmt: skip
Dims = dict[str, dict[str, ticket_figs.TicketAgg]]  # dim -> key -> figures
CaseDims = dict[str, dict[str, Counter[str]]]  # dim -> key -> case figure -> count
_DAY = dt.timedelta(days=1)


@dataclass
class Part:
    """The queue figures of some days of one hall, cut by every stored dimension."""

    dims: Dims = field(default_factory=dict)
    hours: Counter[tuple[int, int]] = field(default_factory=Counter)
    # the fixed case figures (case_summary): by report dimension and key in what a report
    # reads; by stored dimension and the case's own values in what is built to be saved
    cases: CaseDims = field(default_factory=dict)
    rebuilt: int = 0  # summaries (re)built while reading these figures
    # what the charts read: local day -> [cases concluded, of which on time]; ratings by level
    trend: dict[dt.date, list[int]] = field(default_factory=dict)
    levels: Counter[int | None] = field(default_factory=Counter)

    def add(self, other: Part, wanted: Iterable[str] | None = None) -> None:
        for dim, rows in other.dims.items():
            if wanted is not None and dim not in wanted:
                continue
            mine = self.dims.setdefault(dim, {})
            for key, agg in rows.items():
                mine.setdefault(key, ticket_figs.TicketAgg()).add(agg)
        self.hours.update(other.hours)
        self.add_charts(other.trend, other.levels)

    def add_charts(self, trend: dict[dt.date, list[int]], levels: Counter[int | None]) -> None:
        for day, (n, on_time) in trend.items():
            pair = self.trend.setdefault(day, [0, 0])
            pair[0] += n
            pair[1] += on_time
        self.levels.update(levels)

    def add_cases(self, dim: str, key: str, figures: dict[str, int]) -> None:
        c = self.cases.setdefault(dim, {}).setdefault(key, Counter())
        for name, n in figures.items():
            if n:
                c[name] += n


def _stored_keys(raw: case_summary.Raw) -> dict[str, str]:
    hall, matter_id, window_no, staff_no, impl_code, line = raw
    return {"hall": "", "matter_id": as_key(matter_id), "window_no": as_key(window_no or None),
            "staff_no": as_key(staff_no), "matter": as_key(impl_code), "line": as_key(line)}  # fmt: skip


def case_report_key(dim: str, names: Names, hall: uuid.UUID, key: str) -> str:
    """The report's key (as app.reports.case_sql counts live) of a stored case summary key."""
    if dim == "hall":
        return names.halls[hall][0] if hall in names.halls else str(hall)
    if key == NONE_KEY or dim in ("matter", "line"):
        return key
    if dim == "window":
        return as_key(names.window_by_no.get((hall, int(key))))
    if dim == "staff":
        return as_key(names.staff_by_no.get(key))
    return as_key(names.matter_dept.get(uuid.UUID(key)))  # department: the matter's, as it is now

def stored_key(dim: str, names: Names, g: ticket_figs.Grain) -> str:
    hall, line, window, staff, matter = g
    if dim == "hall":
        return names.halls[hall][0] if hall in names.halls else str(hall)
    value = {"window": window, "staff": staff, "line": line, "matter": matter}[dim]
    return as_key(value)


PeriodKey = tuple[uuid.UUID, str, dt.date]  # hall, "D" or "M", first day


def parts_of(facts: Iterable[ticket_figs.TicketFact], names: Names,
             period: dict[dt.date, tuple[str, dt.date]]) -> dict[PeriodKey, Part]:  # fmt: skip
    """Per (hall, kind, start) the figures of ``facts``; ``period`` maps each day to the
    period it is summarised in (itself, or its month)."""
    out: dict[PeriodKey, Part] = {}
    facts = list(facts)
    for (day, grain), agg in ticket_figs.grains(facts).items():
        part = out.setdefault((grain[0], *period[day]), Part())
        for dim in STORED_DIMS:
            rows = part.dims.setdefault(dim, {})
            rows.setdefault(stored_key(dim, names, grain), ticket_figs.TicketAgg()).add(agg)
    for f in facts:
        local = f.issued_at.astimezone(HALL_TZ)
        out.setdefault((f.hall_id, *period[f.day]), Part()).hours[(local.weekday(), local.hour)] += 1
    return out


def _month_end(m: dt.date) -> dt.date:
    nxt = dt.date(m.year + (m.month == 12), m.month % 12 + 1, 1)
    return nxt - _DAY


def split(lo: dt.date, hi: dt.date) -> tuple[list[dt.date], list[dt.date]]:
    """(months wholly inside lo..hi, the loose days outside them)."""
    months, days = [], []
    day = lo
    while day <= hi:
        if day.day == 1 and _month_end(day) <= hi:
            months.append(day)
            day = _month_end(day) + _DAY
        else:
            days.append(day)
            day += _DAY
    return months, days


def _to_row(hall: uuid.UUID, kind: str, start: dt.date, dim: str, key: str,
            a: ticket_figs.TicketAgg) -> dict[str, object]:  # fmt: skip
    return {"hall_id": hall, "kind": kind, "start": start, "dim": dim, "key": key[:60],
            "issued": a.issued, "served": a.served, "no_show": a.no_show,
            "wait_sum_s": a.wait_sum_s, "service_sum_s": a.service_sum_s,
            "waits": pack(a.waits), "services": pack(a.services)}  # fmt: skip


def pack(hist: Counter[int]) -> bytes:
    """A histogram {minute: tickets} as dense little-endian 32-bit counts from minute 0: a year
    by matter adds up ~13,000 of them, element-wise in C (``map(add)``), where JSON objects
    took half a second to parse and merge."""
    if not hist:
        return b""
    dense = array("I", bytes(4 * (max(hist) + 1)))
    for minute, n in hist.items():
        dense[minute] += n
    if sys.byteorder == "big":
        dense.byteswap()
    return dense.tobytes()


def _merge(into: list[int], blob: bytes) -> list[int]:
    dense = array("I")
    dense.frombytes(blob)
    if sys.byteorder == "big":
        dense.byteswap()
    if len(dense) > len(into):
        into = into + [0] * (len(dense) - len(into))
    into[: len(dense)] = map(add, into, dense)
    return into


def _counter(dense: list[int]) -> Counter[int]:
    return Counter({m: n for m, n in enumerate(dense) if n})


def _read_queue(s: Session, total: Part, fresh: set[PeriodKey], *where: Any) -> None:
    """Add up the stored queue figures of the ``fresh`` periods (plain rows; a year by matter is
    ~7,000 rows of two histograms each)."""
    t = KpiTicket.__table__.c
    sums: dict[tuple[str, str], list[int]] = {}
    hists: dict[tuple[str, str], list[list[int]]] = {}
    for r in s.execute(select(t.hall_id, t.kind, t.start, t.dim, t.key, t.issued, t.served,
                              t.no_show, t.wait_sum_s, t.service_sum_s, t.waits, t.services)
                       .where(*where)):  # fmt: skip
        if (r.hall_id, r.kind, r.start) not in fresh:
            continue
        k = (r.dim, r.key)
        if k not in sums:
            sums[k], hists[k] = [0, 0, 0, 0, 0], [[], []]
        acc = sums[k]
        acc[0] += r.issued
        acc[1] += r.served
        acc[2] += r.no_show
        acc[3] += r.wait_sum_s
        acc[4] += r.service_sum_s
        h = hists[k]
        h[0] = _merge(h[0], r.waits)
        h[1] = _merge(h[1], r.services)
    for (dim, key), (issued, served, no_show, wait_s, service_s) in sums.items():
        waits, services = hists[(dim, key)]
        total.dims.setdefault(dim, {}).setdefault(key, ticket_figs.TicketAgg()).add(
            ticket_figs.TicketAgg(issued, served, no_show, wait_s, service_s, _counter(waits),
                                  _counter(services)))  # fmt: skip


def _hours_json(h: Counter[tuple[int, int]]) -> list[list[int]]:
    return [[h.get((wd, hr), 0) for hr in range(24)] for wd in range(7)]


def _charts_json(part: Part) -> dict[str, Any]:
    return {"days": {d.isoformat(): pair for d, pair in sorted(part.trend.items()) if pair[0]},
            "levels": {"" if lv is None else str(lv): n for lv, n in part.levels.items() if n}}  # fmt: skip


def _charts_read(data: dict[str, Any]) -> tuple[dict[dt.date, list[int]], Counter[int | None]]:
    trend = {dt.date.fromisoformat(d): [int(n), int(ok)] for d, (n, ok) in data["days"].items()}
    levels: Counter[int | None] = Counter({(int(lv) if lv else None): int(n)
                                           for lv, n in data["levels"].items()})  # fmt: skip
    return trend, levels


def closed(store: Store, hall_ids: list[uuid.UUID], names: Names, lo: dt.date, hi: dt.date,
           wanted: Iterable[str], now: dt.datetime, calendar: Callable[[], CaseCalendar],
           case_dims: Iterable[str] = ()) -> Part:  # fmt: skip
    """The figures of the closed days lo..hi: queue figures by the dimensions ``wanted`` of
    STORED_DIMS, case figures by ``case_dims`` of CASE_STORED; from the summaries, rebuilding
    those whose days changed."""
    wanted, case_dims = tuple(wanted), tuple(case_dims)
    total = Part()
    if lo > hi or not hall_ids:
        return total
    months, days = split(lo, hi)
    period: dict[dt.date, tuple[str, dt.date]] = {d: ("D", d) for d in days}
    for m in months:
        d = m
        while d <= _month_end(m):
            period[d] = ("M", m)
            d += _DAY
    keys = {(hall, kind, start) for hall in hall_ids for kind, start in set(period.values())}
    in_periods = _in_periods(months, days)
    with store.read() as s:
        versions: dict[PeriodKey, int] = dict.fromkeys(keys, 0)
        for hall, day, version in s.execute(  # first: see the module text
            select(KpiMark.hall_id, KpiMark.day, KpiMark.version)
            .where(KpiMark.hall_id.in_(hall_ids), KpiMark.day >= lo, KpiMark.day <= hi)
        ):  # fmt: skip
            versions[(hall, *period[day])] += version
        have: dict[PeriodKey, tuple[int, list[list[int]], dict[str, Any] | None]] = {
            (r.hall_id, r.kind, r.start): (r.version, r.hours, r.charts) for r in s.execute(
                select(KpiPeriod.hall_id, KpiPeriod.kind, KpiPeriod.start, KpiPeriod.version,
                       KpiPeriod.hours, KpiPeriod.charts)
                .where(KpiPeriod.hall_id.in_(hall_ids), in_periods(KpiPeriod)))
        }  # fmt: skip
        # (a summary without charts was built before migration 0016: built again)
        fresh = {k for k in keys if k in have and have[k][0] == versions[k]
                 and have[k][2] is not None}  # fmt: skip
        stale = sorted(keys - fresh, key=lambda k: (str(k[0]), k[1], k[2]))
        if fresh and wanted:
            _read_queue(s, total, fresh, KpiTicket.hall_id.in_(hall_ids), KpiTicket.dim.in_(wanted),
                        in_periods(KpiTicket))  # fmt: skip
        if fresh and case_dims:
            kc = KpiCase.__table__.c
            report_dim = {CASE_STORED[d]: d for d in case_dims}
            for row in s.execute(select(KpiCase.__table__).where(
                    kc.hall_id.in_(hall_ids), kc.dim.in_(report_dim), in_periods(KpiCase))):  # fmt: skip
                if (row.hall_id, row.kind, row.start) in fresh:
                    dim = report_dim[row.dim]
                    total.add_cases(dim, case_report_key(dim, names, row.hall_id, row.key),
                                    {name: row._mapping[name] for name in CASE_FIGURES})  # fmt: skip
        for k in fresh:
            charts = have[k][2]
            if charts is not None:
                total.add_charts(*_charts_read(charts))
            for wd, hours in enumerate(have[k][1]):
                for hr, n in enumerate(hours):
                    if n:
                        total.hours[(wd, hr)] += n
        built = _rebuild(s, names, stale, period, now, calendar)
    for key in stale:
        part = built.get(key, Part())
        total.add(part, wanted)
        for dim in case_dims:
            for raw_key, c in part.cases.get(CASE_STORED[dim], {}).items():
                total.add_cases(dim, case_report_key(dim, names, key[0], raw_key), c)
    total.rebuilt = len(stale)
    if stale:
        _save(store, built, {k: versions[k] for k in stale}, now)
    return total


def _in_periods(months: list[dt.date], days: list[dt.date]) -> Callable[[Any], Any]:
    def where(model: Any) -> Any:
        return or_(and_(model.kind == "M", model.start.in_(months)) if months else false(),
                   and_(model.kind == "D", model.start.in_(days)) if days else false())  # fmt: skip

    return where


def _rebuild(s: Session, names: Names, stale: list[PeriodKey],
             period: dict[dt.date, tuple[str, dt.date]], now: dt.datetime,
             calendar: Callable[[], CaseCalendar]) -> dict[PeriodKey, Part]:  # fmt: skip
    out: dict[PeriodKey, Part] = {}
    by_hall: dict[uuid.UUID, set[tuple[str, dt.date]]] = {}
    for hall, kind, start in stale:
        by_hall.setdefault(hall, set()).add((kind, start))
    for hall, ps in by_hall.items():
        first = min(start for _k, start in ps)
        last = max(_month_end(start) if kind == "M" else start for kind, start in ps)
        facts = (f for f in ticket_figs.facts(s, [hall], first, last) if period[f.day] in ps)
        out.update(parts_of(facts, names, period))
        for (day, raw), counted in case_summary.day_figures(s, hall, first, last, names, now,
                                                            calendar).items():  # fmt: skip
            if period[day] not in ps:
                continue
            part = out.setdefault((hall, *period[day]), Part())
            for dim, key in _stored_keys(raw).items():
                part.add_cases(dim, key[:60], counted)
            if counted["concluded"] or counted["on_time"]:
                part.add_charts({day: [counted["concluded"], counted["on_time"]]}, Counter())
        for (day, level), n in case_summary.rating_levels(s, hall, first, last).items():
            if period[day] in ps:
                out.setdefault((hall, *period[day]), Part()).levels[level] += n
    return out


def _save(store: Store, built: dict[PeriodKey, Part], versions: dict[PeriodKey, int],
          now: dt.datetime) -> None:  # fmt: skip
    """Store rebuilt summaries (a short write: the figures were computed before it)."""
    try:
        with store.write() as s:
            for (hall, kind, start), version in versions.items():
                for model in (KpiTicket, KpiCase, KpiPeriod):
                    s.execute(delete(model).where(model.hall_id == hall, model.kind == kind,
                                                  model.start == start))  # fmt: skip
                part = built.get((hall, kind, start), Part())
                s.add(KpiPeriod(hall_id=hall, kind=kind, start=start, version=version,
                                hours=_hours_json(part.hours), charts=_charts_json(part),
                                computed_at=now))  # fmt: skip
                rows = [_to_row(hall, kind, start, dim, key, agg)
                        for dim, keyed in part.dims.items() for key, agg in keyed.items()]  # fmt: skip
                if rows:
                    s.execute(insert(KpiTicket), rows)
                cases = [{"hall_id": hall, "kind": kind, "start": start, "dim": dim, "key": key,
                          **{f: c.get(f, 0) for f in CASE_FIGURES}}
                         for dim, keyed in part.cases.items() for key, c in keyed.items()]  # fmt: skip
                if cases:
                    s.execute(insert(KpiCase), cases)
    except (SQLAlchemyError, StoreError, OSError) as exc:  # read-only, damaged, raced
        log.info("KPI summaries not saved (%s); figures are correct, only not cached",
                 exc.__class__.__name__)  # fmt: skip


def prepare(store: Store, hall_ids: list[uuid.UUID], names: Names, lo: dt.date, hi: dt.date,
            now: dt.datetime, calendar: Callable[[], CaseCalendar]) -> int:  # fmt: skip
    """Build the summaries of the closed days lo..hi that are missing or stale, a month at a
    time (what a report would otherwise build on first use); how many were built."""
    built = 0
    month = lo.replace(day=1)
    while month <= hi:
        first, last = max(lo, month), min(hi, _month_end(month))
        built += closed(store, hall_ids, names, first, last, (), now, calendar).rebuilt
        month = _month_end(month) + _DAY
    return built
