"""Today's figures for the supervisor: tickets issued, served, no-shows, waiting times, per
window. Read-only, one query per figure group, run off the GUI thread by the dashboard."""

from __future__ import annotations

import datetime as dt
import statistics
from dataclasses import dataclass

from sqlalchemy import func, select

from app.queue.numbering import local_day
from db.engine import Store
from db.models import Hall, Ticket, Window


@dataclass(frozen=True)
class WindowFigures:
    no: int
    name: str
    served: int
    no_show: int
    avg_service_minutes: float | None


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


def today(store: Store, hall_code: str, now: dt.datetime | None = None) -> HallFigures:
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
        waits = [
            _minutes(issued, called)
            for issued, called in s.execute(
                select(Ticket.issued_at, Ticket.called_at).where(base, Ticket.called_at.is_not(None))
            )
            if called is not None
        ]
        oldest = s.scalar(select(func.min(Ticket.queued_at)).where(base, Ticket.status == "waiting"))
        rows = s.execute(
            select(Window.no, Window.name, Ticket.status, Ticket.started_at, Ticket.finished_at)
            .join(Ticket, Ticket.window_id == Window.id)
            .where(base, Ticket.status.in_(("done", "no_show")))
        ).all()
        windows = s.execute(
            select(Window.no, Window.name).where(Window.hall_id == hall.id).order_by(Window.no)
        ).all()
    per: dict[int, list[float]] = {}
    served: dict[int, int] = {}
    noshow: dict[int, int] = {}
    for no, _name, status, started, finished in rows:
        if status == "done":
            served[no] = served.get(no, 0) + 1
            if started and finished:
                per.setdefault(no, []).append(_minutes(started, finished))
        else:
            noshow[no] = noshow.get(no, 0) + 1
    oldest_utc = oldest.replace(tzinfo=dt.UTC) if oldest and oldest.tzinfo is None else oldest
    return HallFigures(
        day=day,
        issued=sum(counts.values()),
        waiting=counts.get("waiting", 0),
        in_service=counts.get("called", 0) + counts.get("serving", 0),
        done=counts.get("done", 0),
        no_show=counts.get("no_show", 0),
        avg_wait_minutes=statistics.fmean(waits) if waits else None,
        p90_wait_minutes=sorted(waits)[int(0.9 * (len(waits) - 1))] if waits else None,
        longest_waiting_minutes=_minutes(oldest_utc, now) if oldest_utc else None,
        windows=[
            WindowFigures(no, name, served.get(no, 0), noshow.get(no, 0),
                          statistics.fmean(per[no]) if per.get(no) else None)
            for no, name in windows
        ],  # fmt: skip
    )
