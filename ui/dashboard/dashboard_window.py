"""Supervisor dashboard (效能监察): the live hall — queues per line, what each window is doing —
and today's figures. Refreshed every few seconds off the GUI thread."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QGridLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from app import role_health
from app.calendar import calendar_warning
from app.hall_stats import HallFigures, today, wait_level
from app.queue.numbering import local_day
from app.queue.service import QueueService
from app.queue.views import HallStatus
from app.settings import Settings
from app.store import Store
from ui.common.messages import error_text
from ui.common.style import DESK_QSS
from ui.common.table_cells import set_cell
from ui.common.worker import run_async

REFRESH_MS = 5000
LEVEL_COLOURS = {"red": QColor("red"), "yellow": QColor("yellow")}

DASH_QSS = DESK_QSS + """
QLabel#kpiValue { font-size: 26pt; font-weight: bold; color: #8b1a1a; }
QLabel#kpiName { color: #555; }
QWidget#kpi { background: white; border: 1px solid #e2d6cc; border-radius: 8px; }
QLabel#calendarBanner { background: #fff3cd; color: #7a4a00; padding: 6px; }
"""


def _fmt_min(value: float | None) -> str:
    if value is None:
        return "—"
    return QCoreApplication.translate("DashboardWindow", "%.0f 分钟") % value


class DashboardWindow(QMainWindow):
    refreshed = Signal()

    def __init__(self, store: Store, settings: Settings, *, hall_name: str,
                 departments: list[tuple[str, str]], parent: Any = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.store, self.settings = store, settings
        self._service: QueueService | None = None  # built on the worker: it reads the store
        self._service_lock = threading.Lock()
        self.setWindowTitle(self.tr("一窗 · %s · 效能监察") % hall_name)
        self.setStyleSheet(DASH_QSS)
        title = QLabel(self.tr("%s　大厅实时情况") % hall_name)
        title.setObjectName("title")
        self.kpis: dict[str, QLabel] = {}
        kpi_grid = QGridLayout()
        # Translated at use; the markers let lupdate find them.
        names = [("issued", QT_TRANSLATE_NOOP("DashboardWindow", "今日取号")),
                 ("waiting", QT_TRANSLATE_NOOP("DashboardWindow", "正在等候")),
                 ("in_service", QT_TRANSLATE_NOOP("DashboardWindow", "正在办理")),
                 ("done", QT_TRANSLATE_NOOP("DashboardWindow", "已办结")),
                 ("no_show", QT_TRANSLATE_NOOP("DashboardWindow", "过号")),
                 ("avg_wait", QT_TRANSLATE_NOOP("DashboardWindow", "平均等候")),
                 ("p90_wait", QT_TRANSLATE_NOOP("DashboardWindow", "90%等候不超过")),
                 ("longest", QT_TRANSLATE_NOOP("DashboardWindow", "当前最长等候"))]  # fmt: skip
        for i, (key, label) in enumerate(names):
            box = QWidget()
            box.setObjectName("kpi")
            v = QVBoxLayout(box)
            value = QLabel("—")
            value.setObjectName("kpiValue")
            value.setAlignment(Qt.AlignmentFlag.AlignCenter)
            name = QLabel(self.tr(label))
            name.setObjectName("kpiName")
            name.setAlignment(Qt.AlignmentFlag.AlignCenter)
            v.addWidget(value)
            v.addWidget(name)
            kpi_grid.addWidget(box, i // 4, i % 4)
            self.kpis[key] = value
        self.lines = self._table([
            QT_TRANSLATE_NOOP("DashboardWindow", "业务类别"),
            QT_TRANSLATE_NOOP("DashboardWindow", "等候人数"),
            QT_TRANSLATE_NOOP("DashboardWindow", "预计等候"),
            QT_TRANSLATE_NOOP("DashboardWindow", "今日余号"),
            QT_TRANSLATE_NOOP("DashboardWindow", "状态"),
        ])  # fmt: skip
        self.windows = self._table([
            QT_TRANSLATE_NOOP("DashboardWindow", "窗口"),
            QT_TRANSLATE_NOOP("DashboardWindow", "名称"),
            QT_TRANSLATE_NOOP("DashboardWindow", "当前号"),
            QT_TRANSLATE_NOOP("DashboardWindow", "状态"),
            QT_TRANSLATE_NOOP("DashboardWindow", "今日办结"),
            QT_TRANSLATE_NOOP("DashboardWindow", "过号"),
            QT_TRANSLATE_NOOP("DashboardWindow", "平均办理"),
        ])  # fmt: skip
        self.status = QLabel("")
        self.health = QLabel("")  # the roles' heartbeats and restarts (app/role_health.py)
        central = QWidget()
        v = QVBoxLayout(central)
        v.addWidget(title)
        # One line from 1 November until next year's holiday arrangement is imported.
        self.calendar_banner = QLabel("")
        self.calendar_banner.setObjectName("calendarBanner")
        self.calendar_banner.setVisible(False)
        v.addWidget(self.calendar_banner)
        v.addLayout(kpi_grid)
        v.addWidget(QLabel(self.tr("各业务类别排队情况")))
        v.addWidget(self.lines, 2)
        v.addWidget(QLabel(self.tr("各窗口情况")))
        v.addWidget(self.windows, 3)
        v.addWidget(self.status)
        v.addWidget(self.health)
        self.setCentralWidget(central)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.resize(1366, 900)
        self.refresh()

    def _table(self, headers: list[str]) -> QTableWidget:
        t = QTableWidget(0, len(headers))
        t.setHorizontalHeaderLabels([self.tr(h) for h in headers])
        t.verticalHeader().setVisible(False)
        t.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        return t

    def service(self) -> QueueService:
        """Worker threads only: the first call reads the hall from the store."""
        with self._service_lock:  # the first refresh's two jobs may both ask at once
            if self._service is None:
                self._service = QueueService(self.store, self.settings)
            return self._service

    def refresh(self) -> None:
        def job() -> tuple[HallStatus, HallFigures, str]:
            svc = self.service()
            return (svc.status(), today(self.store, svc.hall_code, now=svc.clock()),
                    role_health.summary(role_health.roles(self.store)))  # fmt: skip

        def calendar() -> str | None:
            return calendar_warning(self.store, local_day(self.service().clock()))

        run_async(calendar, self._show_calendar, self._failed)
        run_async(job, self._show, self._failed)

    def _show(self, result: tuple[HallStatus, HallFigures, str]) -> None:
        status, fig, health = result
        self.health.setText(health)
        for key, value in (("issued", fig.issued), ("waiting", fig.waiting),
                           ("in_service", fig.in_service), ("done", fig.done),
                           ("no_show", fig.no_show)):  # fmt: skip
            self.kpis[key].setText(str(value))
        self.kpis["avg_wait"].setText(_fmt_min(fig.avg_wait_minutes))
        self.kpis["p90_wait"].setText(_fmt_min(fig.p90_wait_minutes))
        self.kpis["longest"].setText(_fmt_min(fig.longest_waiting_minutes))
        self.lines.setRowCount(len(status.lines))
        for r, ln in enumerate(status.lines):
            state = self.tr("办理中") if ln.open_now else self.tr("未到办理时间")
            if ln.cap_left <= 0:
                state = self.tr("今日号已取完")
            wait = self.tr("%d 分钟") % ln.est_wait_minutes
            cells = [f"{ln.prefix} {ln.name}", str(ln.waiting), wait,
                     str(ln.cap_left), state]  # fmt: skip
            for c, text in enumerate(cells):
                level = wait_level(ln.est_wait_minutes, self.settings) if c == 2 else ""
                set_cell(self.lines, r, c, text, LEVEL_COLOURS.get(level))
        figs = {w.no: w for w in fig.windows}
        self.windows.setRowCount(len(status.windows))
        for r, w in enumerate(status.windows):
            f = figs.get(w.no)
            current = w.current.number if w.current else "—"
            state = self.tr("暂停") if w.paused else ({"called": self.tr("呼叫中"),
                "serving": self.tr("办理中")}.get(w.current.status, self.tr("空闲"))
                if w.current else self.tr("空闲"))  # fmt: skip
            cells = [str(w.no), w.name, current, state, str(f.served if f else 0),
                     str(f.no_show if f else 0), _fmt_min(f.avg_service_minutes if f else None)]  # fmt: skip
            for c, text in enumerate(cells):
                set_cell(self.windows, r, c, text)
        self.status.setText(self.tr("每 %d 秒自动刷新") % (REFRESH_MS // 1000))
        self.refreshed.emit()

    def _show_calendar(self, warning: str | None) -> None:
        self.calendar_banner.setText(warning or "")
        self.calendar_banner.setVisible(bool(warning))

    def _failed(self, exc: Exception) -> None:
        self.status.setText(error_text(exc))
