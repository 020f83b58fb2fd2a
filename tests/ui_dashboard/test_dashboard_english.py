"""With language "en" the dashboard's tabs, tables and sign-in speak English (the figures' names
from app.reports stay Chinese, as all domain data does)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from app.journal import Actor
from app.settings import Settings
from ui.app_main import make_app
from ui.common.worker import wait_idle
from ui.dashboard.dashboard_window import DashboardWindow
from ui.dashboard.sign_in_gate import SupervisorSignInDialog


def test_dashboard_in_english(qtbot, qapp, demo_store, demo_url) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = set(app.findChildren(QTranslator))
    settings = Settings(db=demo_url, language="en")
    make_app(settings)
    added = [t for t in app.findChildren(QTranslator) if t not in before]
    try:
        gate = SupervisorSignInDialog(demo_store, settings)
        qtbot.addWidget(gate)
        assert gate.windowTitle() == "Yichuang · Supervisor sign-in"
        w = DashboardWindow(demo_store, settings, hall_name="X", departments=[],
                            actor=Actor("Q0022", frozenset({"supervisor"}), display_name="邓国平"))  # fmt: skip
        qtbot.addWidget(w)
        assert [w.tabs.tabText(i) for i in range(3)] == ["Live hall", "KPIs", "Charts"]
        headers = [w.windows.horizontalHeaderItem(c).text() for c in range(w.windows.columnCount())]
        assert headers[:5] == ["Window", "Name", "Status", "Current ticket", "Staff"]
        assert w.kpi.period.choice.itemText(w.kpi.period.choice.findData("last_month")) == "Last month"
        assert w.kpi.dimension.itemText(w.kpi.dimension.findData("window")) == "By window"
        qtbot.waitUntil(lambda: w.windows.rowCount() == 20, timeout=10_000)
        assert w.windows.item(0, 2).text() in ("Open · idle", "Paused", "Calling", "Serving")
        wait_idle()
    finally:
        wait_idle()
        for t in added:
            app.removeTranslator(t)
            t.deleteLater()
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        app.setApplicationDisplayName("一窗")
