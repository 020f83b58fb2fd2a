"""What the live hall reads beyond the queue's own views (who works at each window, each PC's
printer) on both stores: SQLite and the throwaway PostgreSQL."""

from __future__ import annotations

import datetime as dt

from app import role_health
from app.demo import seed
from app.live_hall import window_clerks
from app.queue.service import QueueService
from app.settings import Settings
from app.staff import sign_in
from db import migrate
from db.engine import Store

MORNING = dt.datetime(2026, 11, 24, 2, 0, tzinfo=dt.UTC)  # a Tuesday, 10:00 in Beijing


def test_clerks_and_printers_on_either_store(any_url: str) -> None:
    store = Store(any_url)
    migrate.upgrade(store.engine)
    seed(store)
    try:
        clock = [MORNING]
        svc = QueueService(store, Settings(db=any_url), clock=lambda: clock[0])
        _i, admin = sign_in(store, "Q0024", "admin-demo-1")
        for _ in range(3):
            svc.issue(admin, "SCJG")
        _i, li = sign_in(store, "Q0003", "yc-demo-1")
        _i, zhang = sign_in(store, "Q0004", "yc-demo-1")
        svc.call_next(li, 3)
        svc.finish(li, 3)
        clock[0] += dt.timedelta(minutes=5)
        svc.call_next(zhang, 4)
        clock[0] += dt.timedelta(minutes=5)
        # Window 3's last act today was 李建军's finish; window 4's 张婷's call.
        assert window_clerks(store, svc.hall_code, clock[0]) == {3: "李建军", 4: "张婷"}
        assert window_clerks(store, svc.hall_code, clock[0] + dt.timedelta(days=1)) == {}

        started = dt.datetime.now(dt.UTC)
        role_health.beat(store, "kiosk", pid=1, started_at=started, restarts=0, host="k1",
                         printer="打印机缺纸，请更换纸卷")  # fmt: skip
        role_health.beat(store, "kiosk", pid=1, started_at=started, restarts=0, host="k1")
        (kiosk,) = role_health.roles(store)
        assert kiosk.printer == "打印机缺纸，请更换纸卷"  # a beat without a reading keeps it
        role_health.beat(store, "kiosk", pid=1, started_at=started, restarts=0, host="k1",
                         printer=role_health.PRINTER_OK)  # fmt: skip
        assert role_health.roles(store)[0].printer == role_health.PRINTER_OK
        assert role_health.summary(role_health.roles(store)) == "各终端运行正常（1 个）"
    finally:
        store.dispose()
