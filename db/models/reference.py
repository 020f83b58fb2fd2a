"""Who and where: departments, halls, windows, staff."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Boolean, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base, UuidPk, utcnow


class Department(UuidPk, Base):
    __tablename__ = "department"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    uscc: Mapped[str] = mapped_column(String(18))
    level: Mapped[int] = mapped_column(Integer, default=4)  # GB/T 39046 A.2
    nature: Mapped[int] = mapped_column(Integer, default=1)  # GB/T 39046 A.3
    phone: Mapped[str] = mapped_column(String(40), default="")
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class Hall(UuidPk, Base):
    __tablename__ = "hall"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    region_code: Mapped[str] = mapped_column(String(12))  # GB/T 2260
    address: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    supervise_phone: Mapped[str] = mapped_column(String(40), default="")
    hours: Mapped[str] = mapped_column(String(200), default="")

    windows: Mapped[list[Window]] = relationship(back_populates="hall", order_by="Window.no")


class Window(UuidPk, Base):
    __tablename__ = "service_window"
    __table_args__ = (UniqueConstraint("hall_id", "no"),)

    hall_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("hall.id"))
    no: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(20), default="综合")  # 综合/专业/咨询/出件
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    paused: Mapped[bool] = mapped_column(Boolean, default=False)
    # Consecutive priority-lane calls since the last normal one (fairness rule).
    priority_streak: Mapped[int] = mapped_column(Integer, default=0)

    hall: Mapped[Hall] = relationship(back_populates="windows")


class Staff(UuidPk, Base):
    __tablename__ = "staff"

    work_no: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(50))
    department_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("department.id"))
    hall_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("hall.id"))
    window_no: Mapped[int | None] = mapped_column(Integer)
    password_hash: Mapped[str] = mapped_column(String(200))
    roles: Mapped[str] = mapped_column(String(100), default="clerk")  # comma-separated
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column()
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    department: Mapped[Department | None] = relationship()

    @property
    def role_set(self) -> frozenset[str]:
        return frozenset(r for r in self.roles.split(",") if r)
