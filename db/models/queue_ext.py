"""Queue additions: appointments for check-in, and where a transferred ticket now waits.

A transfer keeps the ticket's number, so its ``line_id`` (part of the unique numbering key
line/day/seq) cannot change: B005 may already exist when A005 moves to line B. The line a
ticket waits in is therefore ``coalesce(ticket_route.line_id, ticket.line_id)``.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, UuidPk, utcnow
from db.models.states import AppointmentStatus, check_in


class Appointment(UuidPk, Base):
    """预约: booked elsewhere (online, phone); checked in at the kiosk by code or ID number."""

    __tablename__ = "appointment"
    __table_args__ = (
        UniqueConstraint("hall_id", "code"),
        Index("ix_appointment_lookup", "hall_id", "day", "id_number_hash"),
        check_in("status", AppointmentStatus),
    )

    hall_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("hall.id"))
    line_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("service_line.id"))
    code: Mapped[str] = mapped_column(String(20))
    day: Mapped[dt.date] = mapped_column()
    slot: Mapped[str] = mapped_column(String(20), default="")  # "09:00-10:00", display only
    name_masked: Mapped[str] = mapped_column(String(50), default="")
    # SHA-256 of the normalised ID number: lets the kiosk find the booking from a card read
    # without keeping the number readable in the table. Not a secret (the space is small).
    id_number_hash: Mapped[str | None] = mapped_column(String(64))
    id_number_masked: Mapped[str | None] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(12), default=AppointmentStatus.BOOKED)
    ticket_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("ticket.id"))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    checked_in_at: Mapped[dt.datetime | None] = mapped_column()


class TicketRoute(Base):
    """The line a transferred ticket waits in now (absent: the line it was issued for)."""

    __tablename__ = "ticket_route"

    ticket_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("ticket.id"), primary_key=True)
    line_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("service_line.id"))
    from_line_code: Mapped[str] = mapped_column(String(20))
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
