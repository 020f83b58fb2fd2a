"""Who works at each window today, for the supervisor's live hall: the staff member behind the
window's latest ticket event of the day (a call, a start, a finish). Read-only."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from app.queue.numbering import local_day
from db.engine import Store
from db.models import Hall, Staff, Ticket, TicketEvent, Window


def window_clerks(store: Store, hall_code: str, now: dt.datetime) -> dict[int, str]:
    """Window number → the name (work number when the account is gone) of whoever acted there
    last today. Windows nobody worked at today are absent."""
    day = local_day(now)
    with store.read() as s:
        hall = s.scalar(select(Hall).where(Hall.code == hall_code))
        if hall is None:
            raise LookupError(hall_code)
        last = (
            select(TicketEvent.window_id, func.max(TicketEvent.at).label("at"))
            .join(Ticket, Ticket.id == TicketEvent.ticket_id)
            .where(Ticket.hall_id == hall.id, Ticket.day == day, TicketEvent.window_id.is_not(None))
            .group_by(TicketEvent.window_id)
            .subquery()
        )
        rows = s.execute(
            select(Window.no, Staff.name, TicketEvent.actor)
            .join(last, last.c.window_id == Window.id)
            .join(TicketEvent, (TicketEvent.window_id == Window.id) & (TicketEvent.at == last.c.at))
            .outerjoin(Staff, Staff.id == TicketEvent.staff_id)
        ).all()
    return {no: (name or actor) for no, name, actor in rows}
