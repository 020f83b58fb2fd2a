"""Where a late arrival (过号后补到) goes back into the queue."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.queue.hallctx import effective_line
from db.models import Ticket, TicketRoute
from db.models.states import TicketStatus

_TICK = dt.timedelta(microseconds=1)


def waiting_in_line(session: Session, ticket: Ticket, line_id: uuid.UUID) -> list[dt.datetime]:
    """queued_at of everyone now waiting in the line, in queue order."""
    stmt = (
        select(Ticket.queued_at)
        .outerjoin(TicketRoute, TicketRoute.ticket_id == Ticket.id)
        .where(
            Ticket.hall_id == ticket.hall_id,
            Ticket.day == ticket.day,
            Ticket.status == TicketStatus.WAITING,
            Ticket.target_window_id.is_(None),
            effective_line() == line_id,
            Ticket.id != ticket.id,
        )
        .order_by(Ticket.queued_at, Ticket.seq)
    )
    return list(session.scalars(stmt))


def place_after(queue: list[dt.datetime], after: int, now: dt.datetime) -> dt.datetime:
    """A queued_at that sorts behind the first ``after`` people and before the rest.

    The queue is ordered by queued_at alone, so a position is a time between two neighbours.
    """
    if not queue:
        return now
    if after <= 0:
        return queue[0] - _TICK
    if len(queue) <= after:
        return max(now, queue[-1] + _TICK)
    before, behind = queue[after - 1], queue[after]
    return before + (behind - before) / 2 if behind - before > _TICK else before + _TICK
