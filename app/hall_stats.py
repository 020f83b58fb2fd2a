"""Today's figures for the supervisor: tickets issued, served, no-shows, waiting times, per
window. Read-only, one query per figure group, run off the GUI thread by the dashboard."""

from __future__ import annotations

import datetime as dt
import statistics
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from app.queue import history
from app.queue.numbering import local_day
from app.settings import Settings
from db.engine import Store
from db.models import Hall, Ticket, TicketEvent, Window
from db.models.states import TicketEventKind, TicketStatus


@dataclass(frozen=True)
class WindowFigures:
    no: int
    name: str
    served: int  # services finished at this window
    no_show: int  # tickets this window called that did not come (过号), rejoined or not
    avg_service_minutes: float | None  # start (or the call, without one) → finish


@dataclass(frozen=True)
class HallFigures:
    day: dt.date
    issued: int
    waiting: int
    in_service: int
    done: int
    no_show: int
    avg_wait_minutes: float | None  # issue → first call, over tickets called today
    p90_wait_minutes: float | None
    longest_waiting_minutes: float | None  # the person waiting longest right now
    windows: list[WindowFigures]


def _minutes(a: dt.datetime, b: dt.datetime) -> float:
    return max(0.0, (b - a).total_seconds() / 60)


def wait_level(est_wait_minutes: int, settings: Settings) -> str:
    """"red", "yellow" or "" for a line's estimated wait (the dashboard's warning colours)."""
    if est_wait_minutes >= settings.wait_red_minutes:
        return "red"
    if est_wait_minutes >= settings.wait_yellow_minutes:
        return "yellow"
    return ""


def today(store: Store, hall_code: str, now: dt.datetime | None = None) -> HallFigures:
    """Counts come from the tickets' present state; times come from their history
    (ticket_event): the wait ends at the first call, whatever recalls, transfers or rejoins
    follow, and each service is timed at the window that finished it."""
    now = now or dt.datetime.now(dt.UTC)
    day = local_day(now)
    with store.read() as s:
        hall = s.scalar(select(Hall).where(Hall.code == hall_code))
        if hall is None:
            raise LookupError(hall_code)
        base = (Ticket.hall_id == hall.id) & (Ticket.day == day)
        counts = dict(
            s.execute(select(Ticket.status, func.count()).where(base).group_by(Ticket.status)).all()
        )
        issued = dict(s.execute(select(Ticket.id, Ticket.issued_at).where(base)).all())
        events = s.execute(
            select(TicketEvent.ticket_id, TicketEvent.kind, TicketEvent.at, TicketEvent.window_id)
            .join(Ticket, Ticket.id == TicketEvent.ticket_id)
            .where(base)
        ).all()
        oldest = s.scalar(
            select(func.min(Ticket.queued_at)).where(base, Ticket.status == TicketStatus.WAITING)
        )
        windows = s.execute(
            select(Window.id, Window.no, Window.name)
            .where(Window.hall_id == hall.id)
            .order_by(Window.no)
        ).all()
    firsts = history.first_calls((t, k, at) for t, k, at, _w in events)
    waits = [_minutes(issued[t], at) for t, at in firsts.items()]
    per: dict[Any, list[float]] = {}
    for svc in history.services(events):
        per.setdefault(svc.window_id, []).append(svc.minutes)
    noshow: dict[Any, int] = {}
    for _t, kind, _at, window_id in events:
        if kind == TicketEventKind.NO_SHOW:
            noshow[window_id] = noshow.get(window_id, 0) + 1
    return HallFigures(
        day=day,
        issued=sum(counts.values()),
        waiting=counts.get(TicketStatus.WAITING, 0),
        in_service=counts.get(TicketStatus.CALLED, 0) + counts.get(TicketStatus.SERVING, 0),
        done=counts.get(TicketStatus.DONE, 0),
        no_show=counts.get(TicketStatus.NO_SHOW, 0),
        avg_wait_minutes=statistics.fmean(waits) if waits else None,
        p90_wait_minutes=sorted(waits)[int(0.9 * (len(waits) - 1))] if waits else None,
        longest_waiting_minutes=_minutes(oldest, now) if oldest else None,
        windows=[
            WindowFigures(no, name, len(per.get(wid, [])), noshow.get(wid, 0),
                          statistics.fmean(per[wid]) if per.get(wid) else None)
            for wid, no, name in windows
        ],  # fmt: skip
    )
