"""Cases (办件), their one-time notices, documents, timeline and clock; first-inquiry records;
ratings (好差评) and their follow-ups. domain.md §3–§5, §8."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, UuidPk, utcnow


class CaseCounter(Base):
    """Last case sequence per (hall, period); bumped in the accepting transaction."""

    __tablename__ = "case_counter"

    scope: Mapped[str] = mapped_column(String(60), primary_key=True)  # hall code + period key
    last_seq: Mapped[int] = mapped_column(Integer, default=0)


class ServiceCase(UuidPk, Base):
    """办件. Status: received → (notified)* → accepted ⇄ suspended → concluded → delivered;
    or refused (不予受理 / not our competence)."""

    __tablename__ = "service_case"
    __table_args__ = (
        Index("ix_service_case_open", "hall_id", "status", "promise_due"),
        Index("ix_service_case_handler", "handler", "status"),
        Index("ix_service_case_intake_by", "intake_by", "status"),
        Index("ix_service_case_applicant_name", "applicant_name"),
        Index("ix_service_case_applicant_cert", "applicant_cert_no"),
        Index("ix_service_case_concluded", "hall_id", "concluded_at"),  # 办结公示
        Index("ix_service_case_ticket", "ticket_id", "impl_code"),  # a ticket's matter (0017)
    )

    hall_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("hall.id"))
    hall_code: Mapped[str] = mapped_column(String(40))
    # Received applications carry a provisional intake number; acceptance gives the case no.
    case_no: Mapped[str] = mapped_column(String(50), unique=True)
    query_no: Mapped[str] = mapped_column(String(12), unique=True)
    query_password_hash: Mapped[str] = mapped_column(String(100), default="")
    query_failures: Mapped[int] = mapped_column(Integer, default=0)
    query_locked_until: Mapped[dt.datetime | None] = mapped_column()
    status: Mapped[str] = mapped_column(String(12), default="received")
    matter_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("matter.id"))
    impl_code: Mapped[str] = mapped_column(String(50))
    matter_name: Mapped[str] = mapped_column(String(200))
    case_type: Mapped[int] = mapped_column(Integer, default=2)  # A.6 1 即办件 2 承诺件
    channel: Mapped[str] = mapped_column(String(12), default="window")
    ticket_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("ticket.id"))
    applicant_kind: Mapped[str] = mapped_column(String(12))  # person / organisation
    applicant_name: Mapped[str] = mapped_column(String(200))
    applicant_cert_type: Mapped[str] = mapped_column(String(20))
    applicant_cert_no: Mapped[str] = mapped_column(String(30))
    applicant_phone: Mapped[str] = mapped_column(String(30), default="")
    applicant_address: Mapped[str] = mapped_column(String(300), default="")
    legal_rep: Mapped[str] = mapped_column(String(50), default="")
    agent: Mapped[dict[str, Any] | None] = mapped_column()
    materials: Mapped[list[Any]] = mapped_column(default=list)
    pickup: Mapped[str] = mapped_column(String(12), default="window")
    postal_address: Mapped[str] = mapped_column(String(300), default="")
    intake_by: Mapped[str] = mapped_column(String(60))  # work no of the clerk who received it
    intake_by_name: Mapped[str] = mapped_column(String(50), default="")
    window_no: Mapped[int | None] = mapped_column(Integer)
    handler: Mapped[str] = mapped_column(String(60))  # who has it on their list now
    received_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    received_day: Mapped[dt.date] = mapped_column()
    notice_due: Mapped[dt.date] = mapped_column()  # 5 working days after receipt (art. 32)
    accepted_at: Mapped[dt.datetime | None] = mapped_column()
    accepted_day: Mapped[dt.date | None] = mapped_column()
    deemed_accepted: Mapped[bool] = mapped_column(Boolean, default=False)
    promise_days: Mapped[int] = mapped_column(Integer, default=0)
    promise_unit: Mapped[str] = mapped_column(String(1), default="W")
    legal_days: Mapped[int] = mapped_column(Integer, default=0)
    legal_unit: Mapped[str] = mapped_column(String(1), default="W")
    promise_due: Mapped[dt.date | None] = mapped_column()
    legal_due: Mapped[dt.date | None] = mapped_column()
    due_provisional: Mapped[bool] = mapped_column(Boolean, default=False)
    count_start_day: Mapped[bool] = mapped_column(Boolean, default=False)  # 受理当日计入
    extension_days: Mapped[int] = mapped_column(Integer, default=0)
    paused_since: Mapped[dt.date | None] = mapped_column()
    step_no: Mapped[int] = mapped_column(Integer, default=0)  # steps completed
    refusal_reason: Mapped[str] = mapped_column(Text, default="")
    refusal_basis: Mapped[str] = mapped_column(Text, default="")
    competent_body: Mapped[str] = mapped_column(String(200), default="")
    concluded_at: Mapped[dt.datetime | None] = mapped_column()
    result: Mapped[str] = mapped_column(String(20), default="")  # 准予/不予/撤回/退回/作废/即办
    result_doc_name: Mapped[str] = mapped_column(String(200), default="")
    result_doc_no: Mapped[str] = mapped_column(String(100), default="")
    delivery_method: Mapped[str] = mapped_column(String(12), default="")
    delivery_ref: Mapped[str] = mapped_column(String(100), default="")  # masked ID / tracking
    delivered_at: Mapped[dt.datetime | None] = mapped_column()
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class CaseEvent(UuidPk, Base):
    """The case's timeline: one row per thing that happened, in order."""

    __tablename__ = "case_event"
    __table_args__ = (Index("ix_case_event_case", "case_id", "at"),)

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("service_case.id"))
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    kind: Mapped[str] = mapped_column(String(20))
    by: Mapped[str] = mapped_column(String(60), default="")
    by_name: Mapped[str] = mapped_column(String(50), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    data: Mapped[dict[str, Any]] = mapped_column(default=dict)


class CasePause(UuidPk, Base):
    """特别程序 (听证、检验检测、专家评审 …): time that does not count (art. 45)."""

    __tablename__ = "case_pause"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("service_case.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(Text, default="")
    basis: Mapped[str] = mapped_column(Text, default="")
    expected_days: Mapped[int] = mapped_column(Integer, default=0)
    start_day: Mapped[dt.date] = mapped_column()
    end_day: Mapped[dt.date | None] = mapped_column()  # the resume day (not itself paused)
    started_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    ended_at: Mapped[dt.datetime | None] = mapped_column()
    result: Mapped[str] = mapped_column(Text, default="")


class CaseNotice(UuidPk, Base):
    """一次性告知单. ``items``: [{seq, material, problem, requirement, resolved}]."""

    __tablename__ = "case_notice"
    __table_args__ = (UniqueConstraint("notice_no"),)

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("service_case.id"), index=True)
    notice_no: Mapped[str] = mapped_column(String(60))
    ordinal: Mapped[int] = mapped_column(Integer, default=1)
    issued_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    issued_by: Mapped[str] = mapped_column(String(60))
    issued_by_name: Mapped[str] = mapped_column(String(50), default="")
    approved_by: Mapped[str] = mapped_column(String(60), default="")  # second notice only
    items: Mapped[list[Any]] = mapped_column(default=list)
    deadline: Mapped[dt.date] = mapped_column()
    consequence: Mapped[str] = mapped_column(Text, default="")
    open: Mapped[bool] = mapped_column(Boolean, default=True)


class CaseBreach(UuidPk, Base):
    """A deficiency asked for after the one-time notice: against the first notice's issuer."""

    __tablename__ = "case_breach"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("service_case.id"), index=True)
    staff: Mapped[str] = mapped_column(String(60), index=True)
    staff_name: Mapped[str] = mapped_column(String(50), default="")
    first_notice_no: Mapped[str] = mapped_column(String(60))
    material: Mapped[str] = mapped_column(String(300))
    approved_by: Mapped[str] = mapped_column(String(60))
    recorded_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class CaseDocument(UuidPk, Base):
    """A document as issued: which, when, by whom, and the SHA-256 of its PDF bytes."""

    __tablename__ = "case_document"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("service_case.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    doc_no: Mapped[str] = mapped_column(String(100))
    issued_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    issued_by: Mapped[str] = mapped_column(String(60))
    issued_by_name: Mapped[str] = mapped_column(String(50), default="")
    sha256: Mapped[str] = mapped_column(String(64))
    reprint: Mapped[bool] = mapped_column(Boolean, default=False)  # 补打
    payload: Mapped[dict[str, Any] | None] = mapped_column()  # the data as printed


class Inquiry(UuidPk, Base):
    """首问登记: every contact, with its first responsible staff member kept to the end."""

    __tablename__ = "inquiry"
    __table_args__ = (Index("ix_inquiry_open", "first_staff", "closed_at"),)

    hall_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("hall.id"))
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    channel: Mapped[str] = mapped_column(String(12))  # window / phone / web
    first_staff: Mapped[str] = mapped_column(String(60))
    first_staff_name: Mapped[str] = mapped_column(String(50), default="")
    window_no: Mapped[int | None] = mapped_column(Integer)
    visitor_name: Mapped[str] = mapped_column(String(100), default="")
    visitor_phone: Mapped[str] = mapped_column(String(30), default="")
    question: Mapped[str] = mapped_column(Text)
    disposition: Mapped[str] = mapped_column(String(20))
    transferred_to: Mapped[str] = mapped_column(String(200), default="")
    handler: Mapped[str] = mapped_column(String(60), default="")
    promised_reply_at: Mapped[dt.datetime | None] = mapped_column()
    reply: Mapped[str] = mapped_column(Text, default="")
    closed_at: Mapped[dt.datetime | None] = mapped_column()
    ticket_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("ticket.id"))
    case_no: Mapped[str] = mapped_column(String(50), default="")
    history: Mapped[list[Any]] = mapped_column(default=list)


class CaseRating(UuidPk, Base):
    """好差评, 一事一评: one row per (case, channel); level NULL = not rated (未评)."""

    __tablename__ = "case_rating"
    __table_args__ = (UniqueConstraint("case_id", "channel"),)

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("service_case.id"))
    channel: Mapped[str] = mapped_column(String(12))
    level: Mapped[int | None] = mapped_column(Integer)  # GB/T 39046 A.8, 1 = 非常满意
    text: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    rater: Mapped[str] = mapped_column(String(60), default="")


class RatingFollowUp(UuidPk, Base):
    """差评 回访整改: callback and fix deadlines for a rating of 4 or 5."""

    __tablename__ = "rating_follow_up"

    rating_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("case_rating.id"), unique=True)
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("service_case.id"))
    responsible: Mapped[str] = mapped_column(String(60))  # 谁办理、谁负责
    callback_due: Mapped[dt.date] = mapped_column()
    fix_due: Mapped[dt.date] = mapped_column()
    callback_at: Mapped[dt.datetime | None] = mapped_column()
    callback_by: Mapped[str] = mapped_column(String(60), default="")
    verdict: Mapped[str] = mapped_column(String(20), default="")  # 属实/误评/恶意/无法定依据
    note: Mapped[str] = mapped_column(Text, default="")
    fixed_at: Mapped[dt.datetime | None] = mapped_column()
    measures: Mapped[str] = mapped_column(Text, default="")
    opened_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
