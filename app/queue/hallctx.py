"""What every queue use case reads first: the hall, its lines, its windows, who serves what;
and the queries that turn ticket rows into views (people ahead, estimated wait)."""

from __future__ import annotations

import datetime as dt
import math
import time
import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from app.errors import NotFound
from app.queue.priority import PRIORITY_LABELS
from app.queue.views import TicketView
from db.models import Hall, ServiceLine, Ticket, TicketRoute, Window, WindowLine
from db.models.states import TicketStatus

ACTIVE = (TicketStatus.CALLED, TicketStatus.SERVING)  # a window's current ticket


def effective_line() -> ColumnElement[Any]:
    """The line a ticket waits in (a transfer moves it; see db.models.queue_ext)."""
    return func.coalesce(TicketRoute.line_id, Ticket.line_id)


def tickets_with_route() -> Any:
    return select(Ticket).outerjoin(TicketRoute, TicketRoute.ticket_id == Ticket.id)


@dataclass
class HallContext:
    hall: Hall
    lines: dict[uuid.UUID, ServiceLine]
    windows: dict[uuid.UUID, Window]
    serves: dict[uuid.UUID, list[uuid.UUID]] = field(default_factory=dict)  # window -> lines
    loaded_at: float = 0.0

    def refreshed(self, session: Session, max_age: float) -> HallContext:
        """This layout with fresh window rows (paused, streak); lines and who serves what are
        reloaded only when older than ``max_age`` seconds. Every call and finish needs the
        layout, and reloading it each time was a third of their cost (bench/README.md)."""
        if time.monotonic() - self.loaded_at > max_age:
            return HallContext.load(session, self.hall.code)
        windows = session.scalars(
            select(Window).where(Window.hall_id == self.hall.id).order_by(Window.no)
        ).all()
        return HallContext(self.hall, self.lines, {w.id: w for w in windows}, self.serves,
                           self.loaded_at)  # fmt: skip

    @classmethod
    def load(cls, session: Session, hall_code: str | None) -> HallContext:
        stmt = select(Hall).order_by(Hall.code).limit(1)
        if hall_code:
            stmt = select(Hall).where(Hall.code == hall_code)
        hall = session.scalar(stmt)
        if hall is None:
            raise NotFound(f"找不到大厅“{hall_code}”" if hall_code else "数据库中还没有大厅")
        lines = session.scalars(
            select(ServiceLine).where(ServiceLine.hall_id == hall.id).order_by(ServiceLine.seq)
        ).all()
        windows = session.scalars(
            select(Window).where(Window.hall_id == hall.id).order_by(Window.no)
        ).all()
        # Hall and lines are kept across transactions (see ``refreshed``); detached now, a
        # later rollback of this session cannot expire them.
        for row in (hall, *lines):
            session.expunge(row)
        ctx = cls(hall, {ln.id: ln for ln in lines}, {w.id: w for w in windows})
        ctx.loaded_at = time.monotonic()
        links = session.execute(
            select(WindowLine.window_id, WindowLine.line_id)
            .where(WindowLine.window_id.in_(list(ctx.windows)))
            .order_by(WindowLine.window_id, WindowLine.priority)
        ).all()
        for window_id, line_id in links:
            ctx.serves.setdefault(window_id, []).append(line_id)
        return ctx

    def line_by_code(self, code: str) -> ServiceLine:
        for line in self.lines.values():
            if line.code == code and line.active:
                return line
        offered = "、".join(f"{ln.code}（{ln.name}）" for ln in self.lines.values() if ln.active)
        raise NotFound(f"本大厅没有业务类别“{code}”，可选：{offered or '无'}")

    def window_by_no(self, no: int) -> Window:
        for w in self.windows.values():
            if w.no == no and w.active:
                return w
        raise NotFound(f"本大厅没有 {no} 号窗口")

    def open_windows(self, line_id: uuid.UUID) -> int:
        return sum(
            1
            for w in self.windows.values()
            if w.active and not w.paused and line_id in self.serves.get(w.id, [])
        )

    def est_wait(self, line_id: uuid.UUID, ahead: int) -> int:
        line = self.lines[line_id]
        return math.ceil(ahead * line.avg_service_minutes / max(1, self.open_windows(line_id)))


def line_of(session: Session, ticket: Ticket) -> uuid.UUID:
    route = session.get(TicketRoute, ticket.id)
    return route.line_id if route else ticket.line_id


def ahead_of(session: Session, ticket: Ticket, line_id: uuid.UUID) -> int:
    """People who will be called before this ticket, if nobody else arrives."""
    if ticket.status != TicketStatus.WAITING:
        return 0
    base = [
        Ticket.hall_id == ticket.hall_id,
        Ticket.day == ticket.day,
        Ticket.status == TicketStatus.WAITING,
        Ticket.id != ticket.id,
    ]
    earlier = or_(
        Ticket.queued_at < ticket.queued_at,
        and_(Ticket.queued_at == ticket.queued_at, Ticket.seq < ticket.seq),
    )
    if ticket.target_window_id is not None:
        cond: ColumnElement[bool] = and_(
            Ticket.target_window_id == ticket.target_window_id, earlier
        )
    elif ticket.priority_kind:
        cond = and_(Ticket.priority_kind.is_not(None), earlier)
    else:
        cond = or_(Ticket.priority_kind.is_not(None), earlier)
    if ticket.target_window_id is None:
        cond = and_(cond, Ticket.target_window_id.is_(None), effective_line() == line_id)
    stmt = (
        select(func.count())
        .select_from(Ticket)
        .outerjoin(TicketRoute, TicketRoute.ticket_id == Ticket.id)
        .where(*base, cond)
    )
    return int(session.scalar(stmt) or 0)


def ticket_view(session: Session, ctx: HallContext, ticket: Ticket) -> TicketView:
    line_id = line_of(session, ticket)
    line = ctx.lines[line_id]
    ahead = ahead_of(session, ticket, line_id)
    window = ctx.windows.get(ticket.window_id) if ticket.window_id else None
    target = ctx.windows.get(ticket.target_window_id) if ticket.target_window_id else None
    return TicketView(
        id=str(ticket.id),
        number=ticket.number,
        line_code=line.code,
        line_name=line.name,
        status=ticket.status,
        priority_kind=ticket.priority_kind,
        source=ticket.source,
        issued_at=ticket.issued_at,
        queued_at=ticket.queued_at,
        called_at=ticket.called_at,
        call_count=ticket.call_count,
        window_no=window.no if window else None,
        ahead=ahead,
        est_wait_minutes=ctx.est_wait(line_id, ahead) if ticket.status == TicketStatus.WAITING else 0,
        id_number_masked=ticket.id_number_masked,
        priority_label=PRIORITY_LABELS.get(ticket.priority_kind or ""),
        window_name=window.name if window else None,
        target_window_no=target.no if target else None,
        transferred_from=ticket.transferred_from,
        rating=ticket.rating,
        hall_name=ctx.hall.name,
        day=ticket.day.isoformat(),
    )


def audit_dict(ticket: Ticket) -> dict[str, Any]:
    """What the audit log and the outbox keep of a ticket (masked ID only)."""
    return {
        "number": ticket.number,
        "day": ticket.day,
        "line_id": ticket.line_id,
        "status": ticket.status,
        "priority_kind": ticket.priority_kind,
        "source": ticket.source,
        "id_number_masked": ticket.id_number_masked,
        "queued_at": ticket.queued_at,
        "called_at": ticket.called_at,
        "call_count": ticket.call_count,
        "window_id": ticket.window_id,
        "target_window_id": ticket.target_window_id,
        "transferred_from": ticket.transferred_from,
        "rating": ticket.rating,
    }


def waiting_rows(session: Session, hall_id: uuid.UUID, day: dt.date) -> list[Any]:
    """(line, target window, is priority, count) of everyone waiting today."""
    eff = effective_line()
    stmt = (
        select(eff, Ticket.target_window_id, Ticket.priority_kind.is_not(None), func.count())
        .select_from(Ticket)
        .outerjoin(TicketRoute, TicketRoute.ticket_id == Ticket.id)
        .where(Ticket.hall_id == hall_id, Ticket.day == day, Ticket.status == TicketStatus.WAITING)
        .group_by(eff, Ticket.target_window_id, Ticket.priority_kind.is_not(None))
    )
    return list(session.execute(stmt).all())
