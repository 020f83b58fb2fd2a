"""Supervisor dashboard (效能监察), opened after a supervisor's or an administrator's sign-in
(sign_in_gate.py): tabs for the live hall, the KPIs over any period, the charts, and whatever
pages the supervision work adds (``add_page``). What the KPI and chart tabs show is limited to
the halls the person may see (app.reports.kpi.allowed_halls)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QWidget

from app.journal import Actor
from app.queue.service import QueueService
from app.settings import Settings
from app.store import Store
from ui.dashboard.charts_page import ChartsPage
from ui.dashboard.complaints_page import ComplaintsPage
from ui.dashboard.dash_style import DASH_QSS
from ui.dashboard.follow_ups_page import FollowUpsPage
from ui.dashboard.kpi_page import KpiPage
from ui.dashboard.live_hall import REFRESH_MS, LiveHallPage
from ui.dashboard.warnings_page import WarningsPage

__all__ = ["REFRESH_MS", "DashboardWindow"]


class DashboardWindow(QMainWindow):
    refreshed = Signal()  # the live hall has shown a refresh

    def __init__(self, store: Store, settings: Settings, *, hall_name: str,
                 departments: list[tuple[str, str]], actor: Actor,
                 parent: Any = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.store, self.settings, self.actor = store, settings, actor
        self.setWindowTitle(self.tr("一窗 · %s · 效能监察") % hall_name)
        self.setStyleSheet(DASH_QSS)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("dashboardTabs")
        self.live = LiveHallPage(store, settings, hall_name)
        self.live.refreshed.connect(self.refreshed)
        self.kpi = KpiPage(store, settings, actor)
        self.charts = ChartsPage(store, settings, actor)
        self.tabs.addTab(self.live, self.tr("大厅实时"))
        self.tabs.addTab(self.kpi, self.tr("效能指标"))
        self.tabs.addTab(self.charts, self.tr("统计图表"))
        self.warnings = WarningsPage(store, settings, actor)
        self.follow_ups = FollowUpsPage(store, settings, actor)
        self.complaints = ComplaintsPage(store, settings, actor)
        self.tabs.addTab(self.warnings, self.tr("预警"))
        self.tabs.addTab(self.follow_ups, self.tr("差评整改"))
        self.tabs.addTab(self.complaints, self.tr("投诉"))
        self.tabs.currentChanged.connect(self._tab_opened)
        who = actor.display_name or actor.name
        signed = QLabel(self.tr("登录：%s") % who)
        signed.setObjectName("signedIn")
        self.tabs.setCornerWidget(signed)
        self.setCentralWidget(self.tabs)
        # What the live tab had as the whole window before, for callers and tests.
        self.kpis, self.lines, self.windows = self.live.kpis, self.live.lines, self.live.windows
        self.health, self.calendar_banner = self.live.health, self.live.calendar_banner
        self.status = self.live.status
        self.resize(1366, 900)

    def _tab_opened(self, index: int) -> None:
        """The lists a supervisor works through are read again whenever their tab is opened
        (the live hall refreshes itself on its timer)."""
        page = self.tabs.widget(index)
        if page in (self.warnings, self.follow_ups, self.complaints):
            page.refresh()  # type: ignore[attr-defined]

    def add_page(self, title: str, widget: QWidget) -> int:
        """A further tab (warnings, follow-ups, complaints …); returns its index."""
        return self.tabs.addTab(widget, title)

    def service(self) -> QueueService:
        return self.live.service()

    def refresh(self) -> None:
        self.live.refresh()
