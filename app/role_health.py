"""Role heartbeats: each running role writes its row (this PC, its role) every BEAT_SECONDS;
the dashboard lists them, with how often each was restarted after a crash and whether its
heartbeat is late (the role hangs, or its PC is off)."""

from __future__ import annotations

import datetime as dt
import socket
from dataclasses import dataclass

from sqlalchemy import select

from db.base import utcnow
from db.engine import Store
from db.models import RoleHealth

BEAT_SECONDS = 30
LATE_AFTER = dt.timedelta(seconds=3 * BEAT_SECONDS)
PRINTER_OK = "打印机正常"  # printers.escpos PrinterStatus.summary_zh() when all is well
ROLE_NAMES = {"clerk": "窗口", "kiosk": "取号机", "hall": "大厅屏", "dashboard": "监察",
              "lookup": "查询屏"}  # fmt: skip


@dataclass(frozen=True)
class RoleBeat:
    host: str
    role: str
    pid: int
    started_at: dt.datetime
    beat_at: dt.datetime
    restarts: int
    late: bool
    printer: str = ""  # the role's ticket printer as it last found it; "" = none

    @property
    def label(self) -> str:
        return f"{self.host} {ROLE_NAMES.get(self.role, self.role)}"


def beat(store: Store, role: str, *, pid: int, started_at: dt.datetime, restarts: int,
         version: str = "", host: str | None = None, printer: str | None = None,
         now: dt.datetime | None = None) -> None:  # fmt: skip
    """``printer``: the state of the role's ticket printer (None leaves the stored one);
    ``now``: the time of the beat (the clock, injected like the queue's)."""
    host = (host or socket.gethostname())[:100]
    with store.write() as s:
        row = s.get(RoleHealth, (host, role))
        if row is None:
            row = RoleHealth(host=host, role=role)
            s.add(row)
        row.pid, row.version, row.started_at = pid, version[:30], started_at
        row.beat_at, row.restarts = now or utcnow(), restarts
        if printer is not None:
            row.printer = printer[:80]
        elif row.printer is None:
            row.printer = ""


def printer_state(url: str) -> str:
    """The ticket printer at ``url`` in a few Chinese words, for the heartbeat (device I/O: on
    the role's printer lane, never inside a write)."""
    from printers.escpos import query_status

    try:
        return query_status(url).summary_zh()
    except Exception as exc:  # a printer that does not answer is a state, not a crash
        return f"打印机无应答：{exc}"[:80]


def rows(store: Store) -> list[RoleHealth]:
    """The stored heartbeat rows (for the county's copy, app/sync/push.py)."""
    with store.read() as s:
        return list(s.scalars(select(RoleHealth).order_by(RoleHealth.host, RoleHealth.role)))


def roles(store: Store, now: dt.datetime | None = None) -> list[RoleBeat]:
    now = now or utcnow()
    with store.read() as s:
        rows = s.scalars(select(RoleHealth).order_by(RoleHealth.host, RoleHealth.role)).all()
        return [RoleBeat(r.host, r.role, r.pid, r.started_at, r.beat_at, r.restarts,
                         now - r.beat_at > LATE_AFTER, r.printer) for r in rows]  # fmt: skip


def summary(beats: list[RoleBeat]) -> str:
    """One line for the dashboard: restarts and late heartbeats, or that all is well."""
    if not beats:
        return ""
    trouble = [f"{b.label} 重启{b.restarts}次" for b in beats if b.restarts] + [
        f"{b.label} 无心跳" for b in beats if b.late] + [
        f"{b.label} {b.printer}" for b in beats if b.printer and b.printer != PRINTER_OK]  # fmt: skip
    if not trouble:
        return f"各终端运行正常（{len(beats)} 个）"
    return "终端：" + "；".join(trouble)
