"""Holidays and make-up workdays, kept as data (editable, importable, synced from the county)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, utcnow


class HolidayEntry(Base):
    __tablename__ = "holiday_entry"

    day: Mapped[dt.date] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))  # holiday / workday (调休补班)
    name: Mapped[str] = mapped_column(String(50), default="")
    source_doc: Mapped[str] = mapped_column(String(200), default="")
    year: Mapped[int] = mapped_column(Integer, index=True)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)
