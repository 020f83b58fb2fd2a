"""A ticket's history at the windows: one ticket_event row per call, recall, no-show, rejoin,
transfer, start and finish, and the figures computed from it (wait to the first call, service
time per window). The ticket row keeps only its present state and its first call/handler."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from app.journal import UnitOfWork
from db.models import Ticket, TicketEvent, Window
from db.models.states import TicketEventKind as Kind


def note(uow: UnitOfWork, ticket: Ticket, kind: Kind, window: Window | None,
         now: dt.datetime) -> TicketEvent:  # fmt: skip
    """Record what just happened to ``ticket`` (in the use case's transaction and outbox)."""
    event = TicketEvent(ticket_id=ticket.id, kind=kind, at=now,
                        window_id=window.id if window else None,
                        staff_id=uow.actor.staff_id, actor=uow.actor.name)  # fmt: skip
    uow.session.add(event)
    if kind is Kind.CALL and ticket.first_called_at is None:
        ticket.first_called_at, ticket.first_staff_id = now, uow.actor.staff_id
    uow.carry(event)
    return event


@dataclass(frozen=True)
class Service:
    """One stretch of service at a window: from its start (or, without one, the call that
    brought the applicant) to the finish."""

    ticket_id: uuid.UUID
    window_id: uuid.UUID | None
    began: dt.datetime
    ended: dt.datetime

    @property
    def minutes(self) -> float:
        return max(0.0, (self.ended - self.began).total_seconds() / 60)


def first_calls(events: Iterable[tuple[uuid.UUID, str, dt.datetime]]) -> dict[uuid.UUID, dt.datetime]:
    """ticket id → time of its first call (recalls, transfers and rejoins do not move it)."""
    first: dict[uuid.UUID, dt.datetime] = {}
    for ticket_id, kind, at in events:
        if kind == Kind.CALL and (ticket_id not in first or at < first[ticket_id]):
            first[ticket_id] = at
    return first


def services(
    events: Iterable[tuple[uuid.UUID, str, dt.datetime, uuid.UUID | None]],
) -> list[Service]:
    """Every finished service, from events in time order per ticket."""
    out: list[Service] = []
    began: dict[uuid.UUID, dt.datetime] = {}
    for ticket_id, kind, at, window_id in sorted(events, key=lambda e: (str(e[0]), e[2])):
        if kind in (Kind.CALL, Kind.START):
            began[ticket_id] = at
        elif kind in (Kind.TRANSFER, Kind.NO_SHOW):
            began.pop(ticket_id, None)
        elif kind == Kind.FINISH and ticket_id in began:
            out.append(Service(ticket_id, window_id, began.pop(ticket_id), at))
    return out
