"""Summaries the KPI report keeps of closed days and months (app/reports/summary.py): derived
from ticket and ticket_event, rebuilt whenever a period's tickets change (fingerprint: how many
tickets and the latest ticket change), never journalled or synced. Dropping every row is safe:
the next report rebuilds what it needs."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import Index, Integer, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, utcnow
from db.models.cases import CaseNotice, CaseRating, Inquiry, ServiceCase
from db.models.queue import Ticket


class KpiPeriod(Base):
    """One summarised hall-day ('D') or hall-month ('M', first day of the month) and the
    fingerprint of the tickets it was built from."""

    __tablename__ = "kpi_period"

    hall_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    kind: Mapped[str] = mapped_column(String(1), primary_key=True)
    start: Mapped[dt.date] = mapped_column(primary_key=True)
    tickets: Mapped[int] = mapped_column(Integer)
    last_change: Mapped[dt.datetime | None] = mapped_column()
    hours: Mapped[list[Any]] = mapped_column(default=list)  # 7×24 tickets issued (weekday, hour)
    computed_at: Mapped[dt.datetime] = mapped_column()


class KpiTicket(Base):
    """Queue figures of one summarised period for one key of one dimension (hall, window,
    staff, line, matter); waits and service times as {minutes: tickets}, rounded up."""

    __tablename__ = "kpi_ticket"

    hall_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    kind: Mapped[str] = mapped_column(String(1), primary_key=True)
    start: Mapped[dt.date] = mapped_column(primary_key=True)
    dim: Mapped[str] = mapped_column(String(10), primary_key=True)
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    issued: Mapped[int] = mapped_column(Integer)
    served: Mapped[int] = mapped_column(Integer)
    no_show: Mapped[int] = mapped_column(Integer)
    wait_sum_s: Mapped[int] = mapped_column(Integer)
    service_sum_s: Mapped[int] = mapped_column(Integer)
    waits: Mapped[dict[str, Any]] = mapped_column(default=dict)
    services: Mapped[dict[str, Any]] = mapped_column(default=dict)


# The fingerprint query reads only this index: tickets per hall-day and their latest change.
Index("ix_ticket_kpi", Ticket.hall_id, Ticket.day, Ticket.updated_at)
# The case figures of a period read the cases received, accepted or concluded in it, and the
# open ones (concluded_at IS NULL): one index per date, combined by the stores (OR / BitmapOr).
Index("ix_service_case_received_day", ServiceCase.received_day)
Index("ix_service_case_accepted_day", ServiceCase.accepted_day)
Index("ix_service_case_concluded_at", ServiceCase.concluded_at)
Index("ix_case_rating_at", CaseRating.at)
Index("ix_case_notice_issued_at", CaseNotice.issued_at)
Index("ix_inquiry_hall_at", Inquiry.hall_id, Inquiry.at)


class SupervisorGrant(Base):
    """On the county database: a hall a supervisor may report on besides their own."""

    __tablename__ = "supervisor_grant"

    work_no: Mapped[str] = mapped_column(String(20), primary_key=True)
    hall_code: Mapped[str] = mapped_column(String(40), primary_key=True)
    granted_by: Mapped[str] = mapped_column(String(60), default="")
    granted_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
