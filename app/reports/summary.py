"""Summaries of closed hall-days and hall-months (kpi_period, kpi_ticket), so a year's queue
figures are a few thousand rows and not millions of ticket events.

- A day is *closed* once it is over (local time); today is always computed from the events.
- Each summary keeps the fingerprint of the tickets it was built from: how many tickets the
  hall-day (or month) has and their latest ``updated_at``. Every queue action updates its
  ticket's ``updated_at`` in the same transaction as its event (and the outbox carries the
  event before the ticket), so when a hall's rows arrive late at the county, or a store is
  replayed, the fingerprint changes and the summary is rebuilt on the next report.
- A month wholly inside the period is read as one summary; the days at either end as days.
- Summaries are derived data: not journalled, not synced. A login that may not write them (a
  county supervisor) still gets correct figures, computed in memory each time.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import and_, delete, func, insert, or_, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from app.reports import tickets as ticket_figs
from app.reports.scope import HALL_TZ, NONE_KEY, Names
from db.engine import Store
from db.errors import StoreError
from db.models import KpiPeriod, KpiTicket, Ticket

log = logging.getLogger(__name__)

STORED_DIMS = ("hall", "window", "staff", "line", "matter")
Dims = dict[str, dict[str, ticket_figs.TicketAgg]]  # dim -> key -> figures
_DAY = dt.timedelta(days=1)


@dataclass
class Part:
    """The queue figures of some days of one hall, cut by every stored dimension."""

    dims: Dims = field(default_factory=dict)
    hours: Counter[tuple[int, int]] = field(default_factory=Counter)

    def add(self, other: Part, wanted: Iterable[str] | None = None) -> None:
        for dim, rows in other.dims.items():
            if wanted is not None and dim not in wanted:
                continue
            mine = self.dims.setdefault(dim, {})
            for key, agg in rows.items():
                mine.setdefault(key, ticket_figs.TicketAgg()).add(agg)
        self.hours.update(other.hours)


def stored_key(dim: str, names: Names, g: ticket_figs.Grain) -> str:
    hall, line, window, staff, matter = g
    if dim == "hall":
        return names.halls[hall][0] if hall in names.halls else str(hall)
    value = {"window": window, "staff": staff, "line": line, "matter": matter}[dim]
    return NONE_KEY if value is None or value == "" else str(value)


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
            "waits": {str(k): v for k, v in a.waits.items()},
            "services": {str(k): v for k, v in a.services.items()}}  # fmt: skip


def _from_row(r: KpiTicket) -> ticket_figs.TicketAgg:
    return ticket_figs.TicketAgg(
        issued=r.issued, served=r.served, no_show=r.no_show, wait_sum_s=r.wait_sum_s,
        service_sum_s=r.service_sum_s, waits=Counter({int(k): v for k, v in r.waits.items()}),
        services=Counter({int(k): v for k, v in r.services.items()}),
    )  # fmt: skip


def _utc(value: object) -> dt.datetime | None:
    """max() of a datetime column: SQLite gives text, PostgreSQL an aware datetime."""
    if value is None:
        return None
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    assert isinstance(value, dt.datetime)
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


def _hours_json(h: Counter[tuple[int, int]]) -> list[list[int]]:
    return [[h.get((wd, hr), 0) for hr in range(24)] for wd in range(7)]


def closed(store: Store, hall_ids: list[uuid.UUID], names: Names, lo: dt.date, hi: dt.date,
           wanted: tuple[str, ...], now: dt.datetime) -> Part:  # fmt: skip
    """The queue figures of the closed days lo..hi (dimensions ``wanted`` of STORED_DIMS),
    from summaries, rebuilding those whose tickets changed."""
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
    with store.read() as s:
        fp: dict[PeriodKey, tuple[int, dt.datetime | None]] = {}
        for hall, day, n, last in s.execute(
            select(Ticket.hall_id, Ticket.day, func.count(), func.max(Ticket.updated_at))
            .where(Ticket.hall_id.in_(hall_ids), Ticket.day >= lo, Ticket.day <= hi)
            .group_by(Ticket.hall_id, Ticket.day)
        ):
            when = _utc(last)
            kind, start = period[day]
            old_n, old_last = fp.get((hall, kind, start), (0, None))
            fp[(hall, kind, start)] = (old_n + n, max(old_last, when) if old_last and when
                                       else old_last or when)  # fmt: skip
        have = {(p.hall_id, p.kind, p.start): p for p in s.scalars(
            select(KpiPeriod).where(KpiPeriod.hall_id.in_(hall_ids), or_(
                and_(KpiPeriod.kind == "M", KpiPeriod.start.in_(months)) if months else False,
                and_(KpiPeriod.kind == "D", KpiPeriod.start >= lo, KpiPeriod.start <= hi))))}  # fmt: skip
        fresh: list[PeriodKey] = []
        stale: list[PeriodKey] = []
        for k, (count, changed) in fp.items():
            p = have.get(k)
            ok = p is not None and p.tickets == count and p.last_change == changed
            (fresh if ok else stale).append(k)
        if fresh:
            rows = s.scalars(select(KpiTicket).where(
                KpiTicket.hall_id.in_(hall_ids), KpiTicket.dim.in_(wanted), or_(
                    and_(KpiTicket.kind == "M", KpiTicket.start.in_(months)) if months else False,
                    and_(KpiTicket.kind == "D", KpiTicket.start >= lo, KpiTicket.start <= hi))))  # fmt: skip
            fresh_set = set(fresh)
            for r in rows:
                if (r.hall_id, r.kind, r.start) in fresh_set:
                    total.dims.setdefault(r.dim, {}).setdefault(
                        r.key, ticket_figs.TicketAgg()).add(_from_row(r))  # fmt: skip
            for k in fresh:
                for wd, hours in enumerate(have[k].hours):
                    for hr, n in enumerate(hours):
                        if n:
                            total.hours[(wd, hr)] += n
        built = _rebuild(s, hall_ids, names, stale, period)
    for key in stale:
        total.add(built.get(key, Part()), wanted)
    if stale:
        _save(store, built, {k: fp[k] for k in stale}, now)
    return total


def _rebuild(s: Session, hall_ids: list[uuid.UUID], names: Names, stale: list[PeriodKey],
             period: dict[dt.date, tuple[str, dt.date]]) -> dict[PeriodKey, Part]:  # fmt: skip
    out: dict[PeriodKey, Part] = {}
    by_hall: dict[uuid.UUID, set[tuple[str, dt.date]]] = {}
    for hall, kind, start in stale:
        by_hall.setdefault(hall, set()).add((kind, start))
    for hall, ps in by_hall.items():
        first = min(start for _k, start in ps)
        last = max(_month_end(start) if kind == "M" else start for kind, start in ps)
        facts = (f for f in ticket_figs.facts(s, [hall], first, last) if period[f.day] in ps)
        out.update(parts_of(facts, names, period))
    return out


def _save(store: Store, built: dict[PeriodKey, Part],
          prints: dict[PeriodKey, tuple[int, dt.datetime | None]],
          now: dt.datetime) -> None:  # fmt: skip
    """Store rebuilt summaries (a short write: the figures were computed before it)."""
    try:
        with store.write() as s:
            for (hall, kind, start), (n, last) in prints.items():
                s.execute(delete(KpiTicket).where(KpiTicket.hall_id == hall, KpiTicket.kind == kind,
                                                  KpiTicket.start == start))  # fmt: skip
                s.execute(delete(KpiPeriod).where(KpiPeriod.hall_id == hall, KpiPeriod.kind == kind,
                                                  KpiPeriod.start == start))  # fmt: skip
                part = built.get((hall, kind, start), Part())
                s.add(KpiPeriod(hall_id=hall, kind=kind, start=start, tickets=n, last_change=last,
                                hours=_hours_json(part.hours), computed_at=now))  # fmt: skip
                rows = [_to_row(hall, kind, start, dim, key, agg)
                        for dim, keyed in part.dims.items() for key, agg in keyed.items()]  # fmt: skip
                if rows:
                    s.execute(insert(KpiTicket), rows)
    except (SQLAlchemyError, StoreError, OSError) as exc:  # read-only, damaged, raced
        log.info("KPI summaries not saved (%s); figures are correct, only not cached",
                 exc.__class__.__name__)  # fmt: skip
