"""Electronic supervision (电子监察): a supervisor's acknowledgement of a case warning, the
follow-up rating (追评) after a bad-review fix, and complaints (投诉). domain.md §5.2, §5.4."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, UuidPk, utcnow


class WarningAck(UuidPk, Base):
    """A supervisor worked through a case's warning at one level (yellow / red / statutory)
    and explained it. A warning that gets worse is a new level and needs its own row."""

    __tablename__ = "warning_ack"
    __table_args__ = (UniqueConstraint("case_id", "level"),)

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("service_case.id"))
    case_no: Mapped[str] = mapped_column(String(50), index=True)
    level: Mapped[str] = mapped_column(String(12))  # yellow / red / statutory
    explanation: Mapped[str] = mapped_column(Text)
    acked_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    acked_by: Mapped[str] = mapped_column(String(60))
    acked_by_name: Mapped[str] = mapped_column(String(50), default="")


class FollowUpRating(UuidPk, Base):
    """追评: the applicant's one rating after a bad review was called back and fixed."""

    __tablename__ = "follow_up_rating"

    follow_up_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("rating_follow_up.id"), unique=True)
    level: Mapped[int] = mapped_column(Integer)  # GB/T 39046 A.8, 1 = 非常满意
    note: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    by: Mapped[str] = mapped_column(String(60))


class Complaint(UuidPk, Base):
    """投诉 (GB/T 39046 table 10, GB/T 36113): received → assigned → answered. The complainant
    reads the answer by number and query password (hashed, failures throttled)."""

    __tablename__ = "complaint"
    __table_args__ = (Index("ix_complaint_open", "hall_id", "status", "due_day"),)

    hall_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("hall.id"))
    hall_code: Mapped[str] = mapped_column(String(40))
    number: Mapped[str] = mapped_column(String(50), unique=True)
    password_hash: Mapped[str] = mapped_column(String(100))
    query_failures: Mapped[int] = mapped_column(Integer, default=0)
    query_locked_until: Mapped[dt.datetime | None] = mapped_column()
    channel: Mapped[str] = mapped_column(String(12))  # window / lookup / phone
    complainant_name: Mapped[str] = mapped_column(String(50))
    complainant_phone: Mapped[str] = mapped_column(String(40))
    case_no: Mapped[str] = mapped_column(String(50), default="")
    window_no: Mapped[int | None] = mapped_column(Integer)
    target_staff: Mapped[str] = mapped_column(String(60), default="")
    content: Mapped[str] = mapped_column(Text)
    received_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    received_day: Mapped[dt.date] = mapped_column()
    received_by: Mapped[str] = mapped_column(String(60))
    due_day: Mapped[dt.date] = mapped_column()
    due_provisional: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(12), default="received")
    handler: Mapped[str] = mapped_column(String(60), default="", index=True)
    assigned_at: Mapped[dt.datetime | None] = mapped_column()
    assigned_by: Mapped[str] = mapped_column(String(60), default="")
    answer: Mapped[str] = mapped_column(Text, default="")
    answered_at: Mapped[dt.datetime | None] = mapped_column()
    answered_by: Mapped[str] = mapped_column(String(60), default="")
