"""Heartbeats of the running roles: one row per role on each PC, written by the role itself
every half minute, so a supervisor sees from the dashboard which screens live and how often
they were restarted after a crash. Operational state, not a business record: no journal."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base


class RoleHealth(Base):
    __tablename__ = "role_health"

    host: Mapped[str] = mapped_column(String(100), primary_key=True)
    role: Mapped[str] = mapped_column(String(20), primary_key=True)
    pid: Mapped[int] = mapped_column()
    version: Mapped[str] = mapped_column(String(30), default="")
    started_at: Mapped[dt.datetime] = mapped_column()
    beat_at: Mapped[dt.datetime] = mapped_column()
    restarts: Mapped[int] = mapped_column(default=0)  # since its supervisor started
    # The ticket printer as the role last found it ("打印机正常", "打印机缺纸…"); "" = none.
    printer: Mapped[str] = mapped_column(String(80), default="", server_default="")
