"""Who may do what: a clerk acts only at the window assigned to the signed-in account until a
supervisor reassigns it; supervisors act anywhere; every declared permission guards
something in app/."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import select

from app.audit import recent
from app.errors import PermissionDenied
from app.permissions import PERMISSIONS
from app.staff import assign_window
from db.engine import Store
from db.models import AuditEntry, Ticket
from tests.queue.busy_day import setup
from tests.queue.conftest import ADMIN, KIOSK


def test_clerk_cannot_act_at_another_window_until_reassigned(store: Store) -> None:
    q, _clock, who = setup(store)
    clerk, boss = who["0101"], who["0900"]  # 0101 is assigned window 1
    q.issue(KIOSK, "tax")
    with pytest.raises(PermissionDenied, match="分配在 1 号窗口，不能操作 3 号窗口"):
        q.call_next(clerk, 3)
    with pytest.raises(PermissionDenied):
        q.pause(clerk, 3)
    with store.read() as s:  # refused: nothing called, nothing audited
        assert s.scalars(select(Ticket.status)).all() == ["waiting"]
        assert s.scalar(select(AuditEntry).where(AuditEntry.action == "ticket.call")) is None

    with pytest.raises(PermissionDenied, match="管理业务类别与窗口"):
        assign_window(store, clerk, "0101", 3)  # a clerk cannot move himself
    assign_window(store, boss, "0101", 3)
    assert q.call_next(clerk, 3).number == "C001"
    assert q.finish(clerk, 3).status == "done"
    q.issue(KIOSK, "social")
    with pytest.raises(PermissionDenied, match="分配在 3 号窗口"):
        q.call_next(clerk, 1)  # the old window is no longer his
    assert q.call_next(boss, 1).window_no == 1  # a supervisor covers any window


def test_audit_log_is_read_only_by_supervisors_and_admins(store: Store) -> None:
    q, _clock, who = setup(store)
    q.issue(KIOSK, "tax")
    with pytest.raises(PermissionDenied, match="查看审计日志"):
        recent(store, who["0101"])
    rows = recent(store, who["0900"], limit=1)
    assert [r["action"] for r in rows] == ["ticket.issue"]
    assert recent(store, ADMIN, limit=100)[-1]["action"] == "hall.add"


def test_every_declared_permission_is_checked_in_app() -> None:
    root = Path(__file__).resolve().parents[2] / "app"
    code = "\n".join(p.read_text(encoding="utf-8") for p in root.rglob("*.py")
                     if p.name != "permissions.py")  # fmt: skip
    unchecked = [p for p in PERMISSIONS if not re.search(rf"\"{re.escape(p)}\"", code)]
    assert unchecked == []
