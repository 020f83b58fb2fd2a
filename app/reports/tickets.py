"""Ticket figures from the ticket history (ticket_event), per *grain*: (hall, line, window,
staff, matter). Every figure is additive over grains and days, so a period's figures are the
sum of its days' grains, whatever dimension the report is cut by.

Attribution (what a supervisor reads in a row):

- a ticket is *issued* to the line it was taken for, and to the window and clerk of its
  **first call** (首问): its wait (issue → first call) is theirs; recalls, transfers and
  rejoins never move the first call. A ticket never called has no window or clerk;
- each *service* (from the start, or the call without one, to the finish) belongs to the
  window and clerk who finished it, so a transferred ticket's service is the second window's;
- a *no-show* is a ticket that ended the day as 过号, counted for whoever marked it; one that
  came back (补到) and was served is served, not a no-show.

Waits and service times are kept as exact sums (seconds) for the means and as histograms in
whole minutes, rounded up, for the p90 and the share within the target wait: a wait of exactly
20:00 is within a 20-minute target, 20:01 is not, and p90 reads "at most N minutes". Figures
are additive, so they do not depend on how days are grouped or summarised.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from app.reports.scope import HALL_TZ
from db.models import ServiceCase, Ticket, TicketEvent
from db.models.states import TicketEventKind as Kind
from db.models.states import TicketStatus

__all__ = ["HALL_TZ", "Grain", "TicketAgg", "TicketFact", "facts", "grains"]

Grain = tuple[uuid.UUID, uuid.UUID, uuid.UUID | None, uuid.UUID | None, str]
# (hall_id, line_id, window_id, staff_id, impl_code or "")


@dataclass
class TicketAgg:
    issued: int = 0
    served: int = 0
    no_show: int = 0
    wait_sum_s: int = 0
    service_sum_s: int = 0
    waits: Counter[int] = field(default_factory=Counter)  # minutes, rounded up -> tickets
    services: Counter[int] = field(default_factory=Counter)

    def add(self, other: TicketAgg) -> None:
        self.issued += other.issued
        self.served += other.served
        self.no_show += other.no_show
        self.wait_sum_s += other.wait_sum_s
        self.service_sum_s += other.service_sum_s
        self.waits.update(other.waits)
        self.services.update(other.services)

    def add_wait(self, seconds: int) -> None:
        self.wait_sum_s += seconds
        self.waits[bucket(seconds)] += 1

    def add_service(self, seconds: int) -> None:
        self.served += 1
        self.service_sum_s += seconds
        self.services[bucket(seconds)] += 1


def minutes_up(seconds: int) -> int:
    return -(-seconds // 60)


MAX_MINUTES = 24 * 60  # a wait or a service never spans more than its day


def bucket(seconds: int) -> int:
    """The histogram minute of a wait or service: rounded up, a clock set wrong (negative) as 0
    and anything past a day as a day, so the histograms pack densely (summary.pack)."""
    return min(max(minutes_up(seconds), 0), MAX_MINUTES)


@dataclass(frozen=True)
class Stretch:
    window_id: uuid.UUID | None
    staff_id: uuid.UUID | None
    seconds: int
    at: dt.datetime  # the finish


@dataclass(frozen=True)
class TicketFact:
    """One ticket's figures, for the totals and for drilling down to it."""

    ticket_id: uuid.UUID
    hall_id: uuid.UUID
    line_id: uuid.UUID
    day: dt.date
    number: str
    matter: str
    issued_at: dt.datetime
    first_call: dt.datetime | None
    first_window: uuid.UUID | None
    first_staff: uuid.UUID | None
    wait_s: int | None
    services: tuple[Stretch, ...]
    no_show_by: tuple[uuid.UUID | None, uuid.UUID | None, dt.datetime] | None


def _secs(a: dt.datetime, b: dt.datetime) -> int:
    return max(0, round((b - a).total_seconds()))


Event = tuple[uuid.UUID, str, dt.datetime, uuid.UUID | None, uuid.UUID | None]


def fact(t: tuple, matter: str, events: list[Event]) -> TicketFact:
    """``t``: (id, hall_id, line_id, day, number, issued_at, status); events in time order."""
    tid, hall_id, line_id, day, number, issued_at, status = t
    first = next((e for e in events if e[1] == Kind.CALL), None)
    stretches: list[Stretch] = []
    began: dt.datetime | None = None
    last_skip = None
    for _t, kind, at, window_id, staff_id in events:  # as app.queue.history.services
        if kind in (Kind.CALL, Kind.START):
            began = at
        elif kind in (Kind.TRANSFER, Kind.NO_SHOW):
            began = None
            if kind == Kind.NO_SHOW:
                last_skip = (window_id, staff_id, at)
        elif kind == Kind.FINISH and began is not None:
            stretches.append(Stretch(window_id, staff_id, _secs(began, at), at))
            began = None
    return TicketFact(
        ticket_id=tid, hall_id=hall_id, line_id=line_id, day=day, number=number, matter=matter,
        issued_at=issued_at, first_call=first[2] if first else None,
        first_window=first[3] if first else None, first_staff=first[4] if first else None,
        wait_s=_secs(issued_at, first[2]) if first else None, services=tuple(stretches),
        no_show_by=last_skip if status == TicketStatus.NO_SHOW else None,
    )  # fmt: skip


def facts(s: Session, hall_ids: list[uuid.UUID], start: dt.date, end: dt.date,
          only: Any = None) -> Iterator[TicketFact]:  # fmt: skip
    """Every ticket of the halls issued on local days ``start``..``end`` (and matching the
    SQL condition ``only``, when given)."""
    where = [Ticket.hall_id.in_(hall_ids), Ticket.day >= start, Ticket.day <= end]
    if only is not None:
        where.append(only)
    tickets = s.execute(
        select(Ticket.id, Ticket.hall_id, Ticket.line_id, Ticket.day, Ticket.number,
               Ticket.issued_at, Ticket.status).where(*where).order_by(Ticket.id)  # fmt: skip
    ).all()
    matters = dict(
        s.execute(
            select(ServiceCase.ticket_id, func.min(ServiceCase.impl_code))
            .join(Ticket, Ticket.id == ServiceCase.ticket_id)
            .where(*where)
            .group_by(ServiceCase.ticket_id)
        ).all()
    )
    by_ticket: dict[uuid.UUID, list[Event]] = {}
    rows = s.execute(
        select(TicketEvent.ticket_id, TicketEvent.kind, TicketEvent.at, TicketEvent.window_id,
               TicketEvent.staff_id)
        .join(Ticket, Ticket.id == TicketEvent.ticket_id)
        .where(*where)
    )  # fmt: skip
    for e in rows:
        by_ticket.setdefault(e[0], []).append(tuple(e))  # type: ignore[arg-type]
    for t in tickets:
        evs = sorted(by_ticket.get(t[0], []), key=lambda e: e[2])
        yield fact(tuple(t), matters.get(t[0]) or "", evs)


def grains(facts_: Iterable[TicketFact]) -> dict[tuple[dt.date, Grain], TicketAgg]:
    """Per (day, grain) aggregates of ticket facts."""
    out: dict[tuple[dt.date, Grain], TicketAgg] = {}

    def at(f: TicketFact, window: uuid.UUID | None, staff: uuid.UUID | None) -> TicketAgg:
        key = (f.day, (f.hall_id, f.line_id, window, staff, f.matter))
        agg = out.get(key)
        if agg is None:
            agg = out[key] = TicketAgg()
        return agg

    for f in facts_:
        a = at(f, f.first_window, f.first_staff)
        a.issued += 1
        if f.wait_s is not None:
            a.add_wait(f.wait_s)
        for st in f.services:
            at(f, st.window_id, st.staff_id).add_service(st.seconds)
        if f.no_show_by is not None:
            at(f, f.no_show_by[0], f.no_show_by[1]).no_show += 1
    return out


def leading(s: Session, hall_ids: list[uuid.UUID], start: dt.date, end: dt.date, only: Any,
            n: int, *, slowest: bool,
            first_window: tuple[uuid.UUID, dt.datetime] | None = None) -> list[uuid.UUID]:  # fmt: skip
    """The ``n`` tickets a drill-down lists first, chosen by the store: the longest waits
    (issue → first call) with ``slowest``, else the first issued. A hall's or the county's
    year is hundreds of thousands of tickets, too many to judge one by one in Python for the
    500 lines a drill-down shows; the lines themselves are still made by :func:`fact`.
    ``first_window`` (window, events since): only tickets first called there, found from that
    window's calls by index."""
    where = [Ticket.hall_id.in_(hall_ids), Ticket.day >= start, Ticket.day <= end]
    if only is not None:
        where.append(only)
    first = Ticket.first_called_at
    stmt = select(Ticket.id)
    if first_window is not None:  # the call at that window that is the ticket's first
        window_id, since = first_window
        stmt = stmt.join(TicketEvent, and_(TicketEvent.ticket_id == Ticket.id, TicketEvent.at == first))
        where += [TicketEvent.window_id == window_id, TicketEvent.kind == Kind.CALL,
                  TicketEvent.at >= since]  # fmt: skip
    if not slowest:
        return list(s.scalars(stmt.where(*where).order_by(Ticket.issued_at, Ticket.id).limit(n)))
    # the ticket row keeps its first call (history.note sets it with the first CALL event, in
    # the same transaction, and the outbox carries both): ordering by it reads the tickets
    # alone, where grouping the first call out of every event of a county year took 4.5-7 s
    if s.get_bind().dialect.name == "postgresql":
        wait: Any = func.extract("epoch", first - Ticket.issued_at)
    else:  # SQLite keeps ISO text: days as a fraction
        wait = func.julianday(first) - func.julianday(Ticket.issued_at)
    stmt = stmt.where(*where, first.is_not(None)).order_by(wait.desc(), Ticket.issued_at, Ticket.id)
    return list(s.scalars(stmt.limit(n)))


def issued_in_hour(s: Session, weekday: int, hour: int) -> Any:
    """Tickets issued on ``weekday`` (0 Monday … 6 Sunday) in the local ``hour`` (0–23), for
    a drill-down from the chart of tickets per hour (China keeps no summer time)."""
    at = Ticket.issued_at
    if s.get_bind().dialect.name == "postgresql":
        local = func.timezone(str(HALL_TZ), at)
        return and_(func.extract("isodow", local) == weekday + 1, func.extract("hour", local) == hour)
    return and_(func.strftime("%w", at, "+8 hours") == str((weekday + 1) % 7),
                func.strftime("%H", at, "+8 hours") == f"{hour:02d}")  # fmt: skip
