"""The public catalog of matters (职权目录 / 办事指南), versioned."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base, UuidPk, utcnow
from db.models.reference import Department


class Matter(UuidPk, Base):
    """One version of a matter. Editing a matter adds a version; cases keep the one they used."""

    __tablename__ = "matter"
    __table_args__ = (
        UniqueConstraint("impl_code", "version"),
        Index("ix_matter_current", "impl_code", "is_current"),
    )

    impl_code: Mapped[str] = mapped_column(String(50))  # 实施编码, free string
    version: Mapped[int] = mapped_column(Integer, default=1)
    is_current: Mapped[bool] = mapped_column(Boolean, default=True)
    valid_from: Mapped[dt.datetime] = mapped_column(default=utcnow)
    valid_to: Mapped[dt.datetime | None] = mapped_column()

    basic_code: Mapped[str] = mapped_column(String(50), default="")
    handle_item_code: Mapped[str | None] = mapped_column(String(50))
    name: Mapped[str] = mapped_column(String(200))
    short_name: Mapped[str] = mapped_column(String(100), default="")
    department_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("department.id"))
    matter_type: Mapped[str] = mapped_column(String(4))  # GB/T 39046 A.1
    case_type: Mapped[int] = mapped_column(Integer, default=2)  # A.6: 1 即办件, 2 承诺件
    exercise_level: Mapped[int] = mapped_column(Integer, default=4)
    service_objects: Mapped[list[Any]] = mapped_column(default=list)
    handle_forms: Mapped[list[Any]] = mapped_column(default=list)
    legal_limit_value: Mapped[int] = mapped_column(Integer, default=0)
    legal_limit_unit: Mapped[str] = mapped_column(String(1), default="W")  # W 工作日, N 自然日
    legal_limit_note: Mapped[str] = mapped_column(Text, default="")
    promise_limit_value: Mapped[int] = mapped_column(Integer, default=0)
    promise_limit_unit: Mapped[str] = mapped_column(String(1), default="W")
    promise_limit_note: Mapped[str] = mapped_column(Text, default="")
    conditions: Mapped[str] = mapped_column(Text, default="")
    result_name: Mapped[str] = mapped_column(String(200), default="")
    fee_charged: Mapped[bool] = mapped_column(Boolean, default=False)
    fee_items: Mapped[list[Any]] = mapped_column(default=list)
    fee_basis: Mapped[str] = mapped_column(Text, default="")
    place: Mapped[str] = mapped_column(String(300), default="")
    hours: Mapped[str] = mapped_column(String(300), default="")
    consult_phone: Mapped[str] = mapped_column(String(100), default="")
    supervise_phone: Mapped[str] = mapped_column(String(100), default="")
    visits_required: Mapped[int] = mapped_column(Integer, default=1)
    online: Mapped[bool] = mapped_column(Boolean, default=False)
    appointment: Mapped[bool] = mapped_column(Boolean, default=False)
    express: Mapped[bool] = mapped_column(Boolean, default=False)
    confidential: Mapped[bool] = mapped_column(Boolean, default=False)
    keywords: Mapped[list[Any]] = mapped_column(default=list)
    # Precomputed at import so that search never runs pypinyin per query.
    search_pinyin: Mapped[str] = mapped_column(Text, default="")
    search_initials: Mapped[str] = mapped_column(String(200), default="")
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    department: Mapped[Department] = relationship()
    materials: Mapped[list[MatterMaterial]] = relationship(
        order_by="MatterMaterial.seq", cascade="all, delete-orphan"
    )
    legal_bases: Mapped[list[LegalBasis]] = relationship(cascade="all, delete-orphan")
    steps: Mapped[list[ProcessStep]] = relationship(
        order_by="ProcessStep.seq", cascade="all, delete-orphan"
    )


class MatterMaterial(UuidPk, Base):
    __tablename__ = "matter_material"

    matter_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("matter.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(300))
    originals: Mapped[int] = mapped_column(Integer, default=1)
    copies: Mapped[int] = mapped_column(Integer, default=0)
    medium: Mapped[str] = mapped_column(String(12), default="paper")  # paper/electronic/both
    necessity: Mapped[str] = mapped_column(String(12), default="required")  # +optional/deferrable
    issuer: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class LegalBasis(UuidPk, Base):
    __tablename__ = "legal_basis"

    matter_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("matter.id", ondelete="CASCADE"))
    role: Mapped[str] = mapped_column(String(4))  # 设定/实施/收费
    rank: Mapped[str] = mapped_column(String(10))  # 法律 … 规范性文件
    issuer_level: Mapped[int] = mapped_column(Integer, default=1)
    title: Mapped[str] = mapped_column(String(300))
    doc_no: Mapped[str] = mapped_column(String(100), default="")
    article: Mapped[str] = mapped_column(String(200), default="")
    effective_date: Mapped[dt.date | None] = mapped_column()


class ProcessStep(UuidPk, Base):
    __tablename__ = "process_step"

    matter_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("matter.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(50))
    post: Mapped[str] = mapped_column(String(100), default="")
    limit_days: Mapped[int | None] = mapped_column(Integer)
