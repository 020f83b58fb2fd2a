"""Summaries the KPI report keeps of closed days and months (app/reports/summary.py): derived
from the tickets and the cases, rebuilt whenever a period changes, never journalled or synced.
Dropping every summary row is safe: the next report rebuilds what it needs.

Whether a period changed is told by ``kpi_mark``: triggers on ticket, service_case, case_notice,
case_breach and case_rating (migration 0015) count every change of a hall-day, in the writing
transaction, whoever writes (a clerk, the sync applying a hall's rows at the county, a restore).
A summary keeps the sum of its days' counts; when the sum moved, it is rebuilt. Reading a
year's counts is a few thousand small rows instead of a scan of two million tickets."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import BigInteger, Index, Integer, LargeBinary, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, utcnow
from db.models.cases import CaseNotice, CaseRating, Inquiry, ServiceCase


class KpiMark(Base):
    """How many times the tickets and cases of one hall-day have changed (kept by triggers)."""

    __tablename__ = "kpi_mark"

    hall_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    day: Mapped[dt.date] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(BigInteger)


class KpiPeriod(Base):
    """One summarised hall-day ('D') or hall-month ('M', first day of the month) and the sum of
    its days' change counts when it was built."""

    __tablename__ = "kpi_period"

    hall_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    kind: Mapped[str] = mapped_column(String(1), primary_key=True)
    start: Mapped[dt.date] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(BigInteger)
    hours: Mapped[list[Any]] = mapped_column(default=list)  # 7×24 tickets issued (weekday, hour)
    # what the charts read (migration 0016): {"days": {ISO day: [concluded, on time]},
    # "levels": {rating level, "" for none: ratings}}; none: built before, rebuilt when read
    charts: Mapped[dict[str, Any] | None] = mapped_column(nullable=True)
    computed_at: Mapped[dt.datetime] = mapped_column()


class KpiTicket(Base):
    """Queue figures of one summarised period for one key of one dimension (hall, window,
    staff, line, matter); waits and service times as histograms of tickets by minute (rounded
    up), packed as dense little-endian 32-bit counts from minute 0 (app.reports.summary.pack)."""

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
    waits: Mapped[bytes] = mapped_column(LargeBinary, default=b"")
    services: Mapped[bytes] = mapped_column(LargeBinary, default=b"")


class KpiCase(Base):
    """Case figures of one summarised period for one key of one dimension (hall, department,
    window, staff, matter, line): the figures fixed once the days are over. ``late`` and
    ``statutory_late`` are the cases concluded in the period after their promised / statutory
    date; what is overdue while still open depends on today and is never summarised."""

    __tablename__ = "kpi_case"

    hall_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    kind: Mapped[str] = mapped_column(String(1), primary_key=True)
    start: Mapped[dt.date] = mapped_column(primary_key=True)
    dim: Mapped[str] = mapped_column(String(10), primary_key=True)
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    received: Mapped[int] = mapped_column(Integer, default=0)
    accepted: Mapped[int] = mapped_column(Integer, default=0)
    refused: Mapped[int] = mapped_column(Integer, default=0)
    concluded: Mapped[int] = mapped_column(Integer, default=0)
    on_time: Mapped[int] = mapped_column(Integer, default=0)
    early: Mapped[int] = mapped_column(Integer, default=0)
    late: Mapped[int] = mapped_column(Integer, default=0)
    statutory_late: Mapped[int] = mapped_column(Integer, default=0)
    notices: Mapped[int] = mapped_column(Integer, default=0)
    breaches: Mapped[int] = mapped_column(Integer, default=0)
    ratings: Mapped[int] = mapped_column(Integer, default=0)
    good: Mapped[int] = mapped_column(Integer, default=0)
    bad: Mapped[int] = mapped_column(Integer, default=0)
    not_rated: Mapped[int] = mapped_column(Integer, default=0)


CASE_FIGURES = ("received", "accepted", "refused", "concluded", "on_time", "early", "late",
                "statutory_late", "notices", "breaches", "ratings", "good", "bad", "not_rated")  # fmt: skip

# The case figures of a period read the cases received, accepted or concluded in it, and the
# open ones (concluded_at IS NULL): one index per date, combined by the stores (OR / BitmapOr).
Index("ix_service_case_received_day", ServiceCase.received_day)
Index("ix_service_case_accepted_day", ServiceCase.accepted_day)
Index("ix_service_case_concluded_at", ServiceCase.concluded_at)
Index("ix_case_rating_at", CaseRating.at)
Index("ix_case_notice_issued_at", CaseNotice.issued_at)
Index("ix_inquiry_hall_at", Inquiry.hall_id, Inquiry.at)
# Open cases past their date are counted live by every report: their own index carries every
# column the count reads (only open cases: small, and an index-only read).
OPEN_LATE_COLUMNS = ("hall_id", "promise_due", "legal_due", "accepted_day", "window_no",
                     "intake_by", "impl_code", "matter_id", "ticket_id", "id")  # fmt: skip
Index("ix_service_case_open_late", *(ServiceCase.__table__.c[c] for c in OPEN_LATE_COLUMNS),
      sqlite_where=ServiceCase.__table__.c.concluded_at.is_(None),
      postgresql_where=ServiceCase.__table__.c.concluded_at.is_(None))  # fmt: skip


class SupervisorGrant(Base):
    """On the county database: a hall a supervisor may report on besides their own."""

    __tablename__ = "supervisor_grant"

    work_no: Mapped[str] = mapped_column(String(20), primary_key=True)
    hall_code: Mapped[str] = mapped_column(String(40), primary_key=True)
    granted_by: Mapped[str] = mapped_column(String(60), default="")
    granted_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
