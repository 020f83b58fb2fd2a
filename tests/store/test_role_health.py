"""Role heartbeats in the store: a role's row is written and refreshed, restarts are counted,
and the dashboard line names a restarted role and one whose heartbeat stopped."""

from __future__ import annotations

import datetime as dt

from app import role_health
from db.engine import Store


def test_heartbeats_are_listed_with_restarts_and_silence(demo_store: Store) -> None:
    t0 = dt.datetime(2026, 3, 2, 2, 0, tzinfo=dt.UTC)
    role_health.beat(demo_store, "kiosk", pid=10, started_at=t0, restarts=0, host="大厅PC1")
    role_health.beat(demo_store, "hall", pid=11, started_at=t0, restarts=0, host="大厅PC1")
    beats = role_health.roles(demo_store)
    assert [(b.host, b.role, b.restarts, b.late) for b in beats] == [
        ("大厅PC1", "hall", 0, False), ("大厅PC1", "kiosk", 0, False)]  # fmt: skip
    assert role_health.summary(beats) == "各终端运行正常（2 个）"

    role_health.beat(demo_store, "kiosk", pid=12, started_at=t0, restarts=2, host="大厅PC1")
    later = dt.datetime.now(dt.UTC) + dt.timedelta(minutes=5)  # nobody beat since
    beats = role_health.roles(demo_store, now=later)
    kiosk = next(b for b in beats if b.role == "kiosk")
    assert (kiosk.pid, kiosk.restarts, kiosk.late) == (12, 2, True)
    assert len(beats) == 2  # the restarted kiosk kept its row
    text = role_health.summary(beats)
    assert "大厅PC1 取号机 重启2次" in text and "大厅PC1 大厅屏 无心跳" in text
