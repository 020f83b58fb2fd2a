"""Calling: which waiting ticket a window gets, claimed exactly once.

PostgreSQL: the window row is locked (one caller per window at a time), then the chosen
ticket is claimed with ``FOR UPDATE SKIP LOCKED LIMIT 1``: a concurrent caller skips a row
another window is claiming, and a row claimed and committed meanwhile fails the re-checked
``status = 'waiting'``. SQLite: write sessions are ``BEGIN IMMEDIATE``, so the whole
select-then-update runs alone.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from app.errors import Conflict
from app.queue.hallctx import ACTIVE, effective_line, tickets_with_route
from db.models import Ticket, Window, WindowLine
from db.models.states import TicketStatus


def lock_window(session: Session, window: Window) -> Window:
    stmt = select(Window).where(Window.id == window.id)
    if session.get_bind().dialect.name == "postgresql":
        stmt = stmt.with_for_update()
    return session.execute(stmt).scalar_one()


def current_ticket(session: Session, window: Window, day: dt.date) -> Ticket | None:
    stmt = (
        select(Ticket)
        .where(Ticket.window_id == window.id, Ticket.day == day, Ticket.status.in_(ACTIVE))
        .order_by(Ticket.called_at.desc())
        .limit(1)
    )
    if session.get_bind().dialect.name == "postgresql":
        stmt = stmt.with_for_update()
    return session.scalar(stmt)


def refuse_if_busy(session: Session, window: Window, day: dt.date) -> None:
    busy = current_ticket(session, window, day)
    if busy is not None:
        raise Conflict(f"当前号 {busy.number} 尚未办结，请先办结或过号")


def refuse_if_paused(window: Window) -> None:
    if window.paused:
        raise Conflict(f"{window.no} 号窗口已暂停服务，请先恢复服务再叫号")


def _candidates(window: Window, day: dt.date) -> Any:
    """Waiting tickets this window may call: its lines', or transferred to it by name."""
    eff = effective_line()
    return (
        tickets_with_route()
        .outerjoin(WindowLine, and_(WindowLine.window_id == window.id, WindowLine.line_id == eff))
        .where(
            Ticket.hall_id == window.hall_id,
            Ticket.day == day,
            Ticket.status == TicketStatus.WAITING,
            or_(
                Ticket.target_window_id == window.id,
                and_(Ticket.target_window_id.is_(None), WindowLine.line_id.is_not(None)),
            ),
        )
    )


def claim_next(
    session: Session, window: Window, day: dt.date, *, prefer_priority: bool
) -> Ticket | None:
    """The next ticket for ``window``, locked for this transaction, or None.

    Order: tickets transferred to this very window; then the preferred class (priority lane
    unless the window has reached its streak limit); then the window's line order; then the
    longest wait (queued_at; seq breaks ties).
    """
    normal_rank = 1 if prefer_priority else 0
    stmt = (
        _candidates(window, day)
        .order_by(
            case((Ticket.target_window_id.is_(None), 1), else_=0),
            case((Ticket.priority_kind.is_(None), normal_rank), else_=1 - normal_rank),
            func.coalesce(WindowLine.priority, -1),
            Ticket.queued_at,
            Ticket.seq,
        )
        .limit(1)
    )
    if session.get_bind().dialect.name == "postgresql":
        stmt = stmt.with_for_update(skip_locked=True, of=Ticket)
    return session.scalars(stmt).first()


def upcoming(
    session: Session, window: Window, day: dt.date, *, max_consecutive: int, limit: int
) -> list[Ticket]:
    """The waiting tickets in the order ``claim_next`` would hand them to this window if
    nobody else called meanwhile: it replays the fairness rule over the two lanes."""
    base = _candidates(window, day)
    by_line = (func.coalesce(WindowLine.priority, -1), Ticket.queued_at, Ticket.seq)
    targeted = list(session.scalars(
        base.where(Ticket.target_window_id == window.id)
        .order_by(Ticket.queued_at, Ticket.seq).limit(limit)))  # fmt: skip
    general = base.where(Ticket.target_window_id.is_(None))
    prio = list(session.scalars(
        general.where(Ticket.priority_kind.is_not(None)).order_by(*by_line).limit(limit)))  # fmt: skip
    normal = list(session.scalars(
        general.where(Ticket.priority_kind.is_(None)).order_by(*by_line).limit(limit)))  # fmt: skip
    out, streak = [], window.priority_streak
    for t in targeted:  # called first; they count toward the streak like any call
        out.append(t)
        streak = streak + 1 if t.priority_kind else 0
    while len(out) < limit and (prio or normal):
        if prio and (streak < max_consecutive or not normal):
            out.append(prio.pop(0))
            streak += 1
        else:
            out.append(normal.pop(0))
            streak = 0
    return out[:limit]
