"""The live hall tab as the supervisor sees it: who works at each window, which window is
paused, every PC's heartbeat, printer and restarts, refreshed every 2 s, and 20 windows on a
1920×1080 screen without a scroll bar."""

from __future__ import annotations

import datetime as dt

from app import role_health
from app.live_hall import window_clerks
from app.queue.service import QueueService
from app.settings import Settings
from app.staff import sign_in
from app.store import hall_facts
from ui.app_main import make_app
from ui.common.worker import wait_idle
from ui.dashboard.dashboard_window import DashboardWindow
from ui.dashboard.live_hall import REFRESH_MS

MORNING = dt.datetime(2026, 11, 24, 2, 0, tzinfo=dt.UTC)  # a Tuesday, 10:00 in Beijing


def _window(qtbot, store, settings):  # type: ignore[no-untyped-def]
    _info, boss = sign_in(store, "Q0022", "yc-lead-1")
    w = DashboardWindow(store, settings, hall_name=hall_facts(store)[0], departments=[],
                        actor=boss)  # fmt: skip
    qtbot.addWidget(w)
    w.show()
    wait_idle()  # the first refresh runs on the real clock: let it land first
    qtbot.wait(50)
    return w


def _row(table, col: int, text: str) -> int:  # type: ignore[no-untyped-def]
    return next(r for r in range(table.rowCount()) if table.item(r, col).text() == text)


def test_windows_show_state_ticket_and_clerk(qtbot, qapp, demo_store, demo_url) -> None:  # type: ignore[no-untyped-def]
    settings = Settings(db=demo_url)
    make_app(settings)
    clock = [MORNING]
    svc = QueueService(demo_store, settings, clock=lambda: clock[0])
    _i, kiosk = sign_in(demo_store, "Q0024", "admin-demo-1")
    first = svc.issue(kiosk, "SCJG")
    _info, li = sign_in(demo_store, "Q0003", "yc-demo-1")
    _info, liu = sign_in(demo_store, "Q0005", "yc-demo-1")
    clock[0] = MORNING + dt.timedelta(minutes=7)
    called = svc.call_next(li, 3)
    svc.start(li, 3)
    svc.pause(liu, 5)
    assert window_clerks(demo_store, svc.hall_code, clock[0]) == {3: "李建军"}

    w = _window(qtbot, demo_store, settings)
    assert w.live.timer.interval() == REFRESH_MS == 2000
    w.service().clock = lambda: clock[0]
    with qtbot.waitSignal(w.refreshed, timeout=10_000):
        w.refresh()
    r3 = _row(w.windows, 0, "3")
    assert [w.windows.item(r3, c).text() for c in (2, 3, 4)] == ["办理中", called.number, "李建军"]
    assert called.number == first.number
    r5 = _row(w.windows, 0, "5")
    assert w.windows.item(r5, 2).text() == "暂停"
    assert w.windows.item(r5, 4).text() == "—"  # paused before serving anyone today
    r1 = _row(w.windows, 0, "1")
    assert w.windows.item(r1, 2).text() == "开放·空闲"
    assert w.kpis["longest"].text() == "—"  # nobody waits now
    wait_idle()


def test_every_pc_with_heartbeat_printer_and_restarts(qtbot, qapp, demo_store, demo_url) -> None:  # type: ignore[no-untyped-def]
    settings = Settings(db=demo_url)
    make_app(settings)
    now = dt.datetime.now(dt.UTC)
    role_health.beat(demo_store, "kiosk", pid=11, started_at=now, restarts=2, host="kiosk-pc",
                     printer="打印机缺纸，请更换纸卷")  # fmt: skip
    role_health.beat(demo_store, "clerk", pid=12, started_at=now, restarts=0, host="win03-pc",
                     printer=role_health.PRINTER_OK)  # fmt: skip
    # The hall display's PC went quiet ten minutes ago.
    role_health.beat(demo_store, "hall", pid=13, started_at=now, restarts=0, host="hall-pc",
                     now=now - dt.timedelta(minutes=10))  # fmt: skip
    w = _window(qtbot, demo_store, settings)
    with qtbot.waitSignal(w.refreshed, timeout=10_000):
        w.refresh()
    rows = {w.health.item(r, 0).text(): [w.health.item(r, c).text() for c in range(6)]
            for r in range(w.health.rowCount())}  # fmt: skip
    assert rows["kiosk-pc"][1:2] + rows["kiosk-pc"][3:] == ["取号机", "打印机缺纸，请更换纸卷",
                                                             "2 次", "正常"]  # fmt: skip
    assert rows["win03-pc"][3] == "打印机正常"
    assert rows["hall-pc"][1] == "大厅屏" and rows["hall-pc"][3] == "—"
    assert rows["hall-pc"][5] == "无心跳"
    assert rows["hall-pc"][2].endswith("秒前")
    assert int(rows["hall-pc"][2].split("·")[1].removesuffix("秒前")) >= 600
    summary = w.live.health_summary.text()
    assert "kiosk-pc 取号机 重启2次" in summary and "hall-pc 大厅屏 无心跳" in summary
    assert "打印机缺纸" in summary
    # A printer that is fixed is reported by the next heartbeat, and the row follows.
    role_health.beat(demo_store, "kiosk", pid=11, started_at=now, restarts=2, host="kiosk-pc",
                     printer=role_health.PRINTER_OK)  # fmt: skip
    with qtbot.waitSignal(w.refreshed, timeout=10_000):
        w.refresh()
    assert w.health.item(_row(w.health, 0, "kiosk-pc"), 3).text() == "打印机正常"
    wait_idle()


def test_the_kiosk_heartbeat_carries_its_printer(qtbot, qapp, demo_store, demo_url) -> None:  # type: ignore[no-untyped-def]
    from ui.app_main import _heartbeat

    make_app(Settings(db=demo_url))
    kiosk = _heartbeat("kiosk", demo_store, 1, "sim://hb-kiosk?state=paper_out")
    clerk = _heartbeat("clerk", demo_store, 0, "sim://hb-clerk?state=ok")
    try:
        qtbot.waitUntil(lambda: len(role_health.roles(demo_store)) == 2, timeout=10_000)
        wait_idle()
        beats = {b.role: b for b in role_health.roles(demo_store)}
        assert "缺纸" in beats["kiosk"].printer and beats["kiosk"].restarts == 1
        assert beats["clerk"].printer == ""  # no ticket printer on a window's PC
    finally:
        kiosk.stop()
        clerk.stop()
        wait_idle()


def test_printer_state_comes_from_the_printer(tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert role_health.printer_state("sim://x?state=ok") == role_health.PRINTER_OK
    assert "缺纸" in role_health.printer_state("sim://x?state=paper_out")
    assert role_health.printer_state(f"file://{tmp_path}/spool.bin").startswith("打印机无应答")


def test_twenty_windows_fit_a_full_hd_screen(qtbot, qapp, demo_store, demo_url) -> None:  # type: ignore[no-untyped-def]
    settings = Settings(db=demo_url)
    make_app(settings)
    now = dt.datetime.now(dt.UTC)
    for n in range(1, 21):  # every window's PC, the kiosk and the hall display beat
        role_health.beat(demo_store, "clerk", pid=n, started_at=now, restarts=0,
                         host=f"win{n:02d}-pc")  # fmt: skip
    role_health.beat(demo_store, "kiosk", pid=21, started_at=now, restarts=0, host="kiosk-pc")
    role_health.beat(demo_store, "hall", pid=22, started_at=now, restarts=0, host="hall-pc")
    w = _window(qtbot, demo_store, settings)
    w.resize(1920, 1080)
    with qtbot.waitSignal(w.refreshed, timeout=10_000):
        w.refresh()
    qtbot.wait(100)
    assert w.windows.rowCount() == 20 and w.health.rowCount() == 22
    for table in (w.windows, w.lines, w.health):
        assert not table.verticalScrollBar().isVisible(), table
        assert not table.horizontalScrollBar().isVisible(), table
        last = table.rowCount() - 1
        assert table.rowViewportPosition(last) + table.rowHeight(last) <= table.viewport().height()
    wait_idle()
