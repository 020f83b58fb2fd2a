"""The supervisor sees the hall change: a ticket issued and called shows in the figures and
on the window's row."""

from __future__ import annotations

import datetime as dt

from app.hall_stats import today
from app.journal import Actor
from app.queue.service import QueueService
from app.settings import Settings
from app.store import hall_facts
from ui.app_main import make_app
from ui.common.worker import wait_idle
from ui.dashboard.dashboard_window import DashboardWindow

SUPERVISOR = Actor("Q0022", frozenset({"supervisor"}))

# A Tuesday morning in Beijing time, inside every demo line's hours.
MORNING = dt.datetime(2026, 11, 24, 2, 0, tzinfo=dt.UTC)


def test_dashboard_shows_issued_called_and_finished(qtbot, qapp, demo_store, demo_url) -> None:  # type: ignore[no-untyped-def]
    settings = Settings(db=demo_url)
    make_app(settings)
    clock = [MORNING]
    svc = QueueService(demo_store, settings, clock=lambda: clock[0])
    kiosk = Actor("kiosk:1", frozenset({"kiosk"}))
    clerk = Actor("Q0003", frozenset({"clerk"}))
    first = svc.issue(kiosk, "SCJG")
    svc.issue(kiosk, "SCJG")
    clock[0] = MORNING + dt.timedelta(minutes=12)
    called = svc.call_next(clerk, 3)
    assert called.number == first.number

    fig = today(demo_store, svc.hall_code, now=clock[0])
    assert (fig.issued, fig.waiting, fig.in_service) == (2, 1, 1)
    assert round(fig.avg_wait_minutes or 0) == 12

    w = DashboardWindow(demo_store, settings, hall_name=hall_facts(demo_store)[0], departments=[],
                        actor=SUPERVISOR)
    qtbot.addWidget(w)
    # The first refresh builds the service off the GUI thread; once it is shown, the test's
    # clock is put in, and the next refresh shows the hall at that time.
    qtbot.waitUntil(lambda: w.windows.rowCount() == 20, timeout=10_000)
    w.service().clock = lambda: clock[0]
    w.show()
    with qtbot.waitSignal(w.refreshed, timeout=10_000):  # shown with the test's clock
        w.refresh()
    qtbot.waitUntil(lambda: w.windows.rowCount() == 20, timeout=10_000)
    row = next(r for r in range(20) if w.windows.item(r, 0).text() == "3")
    assert w.windows.item(row, 3).text() == called.number
    assert w.windows.item(row, 2).text() == "呼叫中"
    line_row = next(r for r in range(w.lines.rowCount()) if "企业开办" in w.lines.item(r, 0).text())
    assert w.lines.item(line_row, 1).text() == "1"
    wait_idle()


def test_wait_warning_colours_follow_the_settings(qtbot, qapp, demo_store, demo_url) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    settings = Settings(db=demo_url, wait_yellow_minutes=1, wait_red_minutes=500)
    make_app(settings)
    svc = QueueService(demo_store, settings, clock=lambda: MORNING)
    kiosk = Actor("kiosk:1", frozenset({"kiosk"}))
    for _ in range(3):
        svc.issue(kiosk, "SCJG")
    w = DashboardWindow(demo_store, settings, hall_name=hall_facts(demo_store)[0], departments=[],
                        actor=SUPERVISOR)
    qtbot.addWidget(w)
    w.show()
    wait_idle()  # the refresh the window starts with runs on the real clock: let it land first
    qtbot.wait(50)
    w.service().clock = lambda: MORNING
    with qtbot.waitSignal(w.refreshed, timeout=10_000):
        w.refresh()
    row = next(r for r in range(w.lines.rowCount()) if "企业开办" in w.lines.item(r, 0).text())
    assert w.lines.item(row, 2).background().color() == Qt.GlobalColor.yellow
    idle = next(r for r in range(w.lines.rowCount()) if w.lines.item(r, 1).text() == "0")
    assert w.lines.item(idle, 2).background().style() == Qt.BrushStyle.NoBrush
    settings.wait_red_minutes = 2  # the same wait is red once the red line is lowered
    with qtbot.waitSignal(w.refreshed, timeout=10_000):
        w.refresh()
    assert w.lines.item(row, 2).background().color() == Qt.GlobalColor.red
    wait_idle()
