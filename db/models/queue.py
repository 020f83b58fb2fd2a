"""Queue: service lines, which windows serve them, tickets and the per-day counters."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base, UuidPk, utcnow
from db.models.states import TicketEventKind, TicketSource, TicketStatus, check_in


class ServiceLine(UuidPk, Base):
    """业务类别: a queue with its own prefix letter and daily numbering."""

    __tablename__ = "service_line"
    __table_args__ = (UniqueConstraint("hall_id", "code"), UniqueConstraint("hall_id", "prefix"))

    hall_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("hall.id"))
    code: Mapped[str] = mapped_column(String(20))
    prefix: Mapped[str] = mapped_column(String(2))
    name: Mapped[str] = mapped_column(String(100))
    departments: Mapped[list[Any]] = mapped_column(default=list)  # department codes
    matters: Mapped[list[Any]] = mapped_column(default=list)  # extra impl_codes
    hours: Mapped[list[Any]] = mapped_column(default=list)  # [["09:00","12:00"], …]
    daily_cap: Mapped[int] = mapped_column(Integer, default=300)
    avg_service_minutes: Mapped[int] = mapped_column(Integer, default=8)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    seq: Mapped[int] = mapped_column(Integer, default=0)  # display order


class WindowLine(Base):
    __tablename__ = "window_line"

    window_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("service_window.id"), primary_key=True)
    line_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("service_line.id"), primary_key=True)
    priority: Mapped[int] = mapped_column(Integer, default=0)  # 0 = served first


class TicketCounter(Base):
    """Last number issued per line and day; bumped in the issuing transaction."""

    __tablename__ = "ticket_counter"

    line_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("service_line.id"), primary_key=True)
    day: Mapped[dt.date] = mapped_column(primary_key=True)
    last_seq: Mapped[int] = mapped_column(Integer, default=0)


class Ticket(UuidPk, Base):
    __tablename__ = "ticket"
    __table_args__ = (
        UniqueConstraint("line_id", "day", "seq"),
        Index("ix_ticket_waiting", "hall_id", "day", "status", "queued_at"),
        check_in("status", TicketStatus),
        check_in("source", TicketSource),
    )

    hall_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("hall.id"))
    line_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("service_line.id"))
    day: Mapped[dt.date] = mapped_column()
    seq: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(10))
    source: Mapped[str] = mapped_column(String(12), default=TicketSource.KIOSK)
    priority_kind: Mapped[str | None] = mapped_column(String(12))  # elderly/disabled/…
    id_number_masked: Mapped[str | None] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(12), default=TicketStatus.WAITING)
    issued_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    # Position in the queue; a transfer or a late rejoin sets it without losing the wait.
    queued_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    # The latest call (a recall moves it); the whole history is in ticket_event.
    called_at: Mapped[dt.datetime | None] = mapped_column()
    call_count: Mapped[int] = mapped_column(Integer, default=0)
    started_at: Mapped[dt.datetime | None] = mapped_column()
    finished_at: Mapped[dt.datetime | None] = mapped_column()
    window_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("service_window.id"))
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    target_window_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("service_window.id"))
    transferred_from: Mapped[str | None] = mapped_column(String(10))
    # Kept from the first call on, whatever recalls, transfers and rejoins follow: the wait is
    # measured to the first call, and the first handler (首问负责) stays named.
    first_called_at: Mapped[dt.datetime | None] = mapped_column()
    first_staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    rating: Mapped[int | None] = mapped_column(Integer)  # GB/T 39046 A.8 code, 1 best
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    line: Mapped[ServiceLine] = relationship()


class TicketEvent(UuidPk, Base):
    """One thing done to a ticket at a window: call, recall, no-show, transfer, rejoin, start,
    finish; who did it, where, when. Waits and service times are computed from these."""

    __tablename__ = "ticket_event"
    __table_args__ = (
        Index("ix_ticket_event_ticket", "ticket_id", "at"),
        # a window's / a clerk's tickets for a drill-down (migration 0017)
        Index("ix_ticket_event_window", "window_id", "at"),
        Index("ix_ticket_event_staff", "staff_id", "at"),
        check_in("kind", TicketEventKind),
    )

    ticket_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("ticket.id"))
    kind: Mapped[str] = mapped_column(String(12))
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    window_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("service_window.id"))
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    actor: Mapped[str] = mapped_column(String(60), default="")  # as in the audit log
