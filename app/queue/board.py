"""Read side: line and window status for the kiosk, the hall display and the call panel."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import Counter

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.queue.closed_days import closed_reason
from app.queue.hallctx import HallContext, line_of, ticket_view, waiting_rows
from app.queue.hours import hours_text, is_open
from app.queue.numbering import local_now
from app.queue.views import CallEvent, LineStatus, WindowStatus
from db.models import Ticket, TicketCounter, Window
from db.models.states import TicketStatus

CALLED = (TicketStatus.CALLED, TicketStatus.SERVING, TicketStatus.DONE, TicketStatus.NO_SHOW)


class Waiting:
    """Counts of today's waiting tickets by line and by the window they are sent to."""

    def __init__(self, session: Session, ctx: HallContext, day: dt.date) -> None:
        self.by_line: Counter[uuid.UUID] = Counter()
        self.by_target: Counter[uuid.UUID] = Counter()
        for line_id, target, _is_priority, n in waiting_rows(session, ctx.hall.id, day):
            if target is None:
                self.by_line[line_id] += n
            else:
                self.by_target[target] += n

    def for_window(self, ctx: HallContext, window: Window) -> int:
        own = sum(self.by_line[line_id] for line_id in ctx.serves.get(window.id, []))
        return own + self.by_target[window.id]


def line_statuses(
    session: Session, ctx: HallContext, now: dt.datetime, enforce_hours: bool = True
) -> list[LineStatus]:
    local = local_now(now)
    waiting = Waiting(session, ctx, local.date())
    closed = (closed_reason(session, local.date()) or "") if enforce_hours else ""
    issued = dict(
        session.execute(
            select(TicketCounter.line_id, TicketCounter.last_seq).where(
                TicketCounter.day == local.date(), TicketCounter.line_id.in_(list(ctx.lines))
            )
        ).all()
    )
    out = []
    for line in ctx.lines.values():
        if not line.active:
            continue
        n = waiting.by_line[line.id]
        done = int(issued.get(line.id, 0))
        out.append(
            LineStatus(
                code=line.code,
                prefix=line.prefix,
                name=line.name,
                waiting=n,
                est_wait_minutes=ctx.est_wait(line.id, n),
                open_now=not closed and (is_open(line.hours, local) or not enforce_hours),
                cap_left=max(0, line.daily_cap - done),
                hours_text=hours_text(line.hours),
                daily_cap=line.daily_cap,
                issued_today=done,
                windows_open=ctx.open_windows(line.id),
                closed_today=closed,
            )
        )
    return out


def window_status(
    session: Session, ctx: HallContext, window: Window, day: dt.date, waiting: Waiting | None = None
) -> WindowStatus:
    waiting = waiting or Waiting(session, ctx, day)
    current = _current(session, window, day)
    return WindowStatus(
        no=window.no,
        name=window.name,
        paused=window.paused,
        current=ticket_view(session, ctx, current) if current else None,
        line_codes=[ctx.lines[lid].code for lid in ctx.serves.get(window.id, [])],
        waiting=waiting.for_window(ctx, window),
        priority_streak=window.priority_streak,
    )


def _current(session: Session, window: Window, day: dt.date) -> Ticket | None:
    # Read side: no row lock, unlike calling.current_ticket.
    return session.scalar(
        select(Ticket)
        .where(
            Ticket.window_id == window.id,
            Ticket.day == day,
            Ticket.status.in_((TicketStatus.CALLED, TicketStatus.SERVING)),
        )  # fmt: skip
        .order_by(Ticket.called_at.desc())
        .limit(1)
    )


def window_statuses(session: Session, ctx: HallContext, day: dt.date) -> list[WindowStatus]:
    waiting = Waiting(session, ctx, day)
    return [window_status(session, ctx, w, day, waiting) for w in ctx.windows.values() if w.active]


def calls_since(
    session: Session, ctx: HallContext, since: dt.datetime | None, day: dt.date, limit: int
) -> list[CallEvent]:
    """Calls and recalls (a recall moves ``called_at``), oldest first."""
    stmt = select(Ticket).where(
        Ticket.hall_id == ctx.hall.id,
        Ticket.called_at.is_not(None),
        Ticket.window_id.is_not(None),
        Ticket.status.in_(CALLED),
    )
    if since is None:
        rows = list(
            session.scalars(
                stmt.where(Ticket.day == day).order_by(Ticket.called_at.desc()).limit(limit)
            )
        )
        rows.reverse()
    else:
        rows = list(
            session.scalars(
                stmt.where(Ticket.called_at > since).order_by(Ticket.called_at).limit(limit)
            )
        )
    out = []
    for t in rows:
        assert t.window_id is not None and t.called_at is not None
        window = ctx.windows[t.window_id]
        line = ctx.lines[line_of(session, t)]
        out.append(
            CallEvent(
                number=t.number,
                window_no=window.no,
                window_name=window.name,
                called_at=t.called_at,
                call_count=t.call_count,
                line_name=line.name,
                ticket_id=str(t.id),
            )
        )
    return out
