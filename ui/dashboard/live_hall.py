"""The live hall tab: today's figures, the queue of every line, what every window is doing and
who works there, and the health of every role's PC. Refreshed every 2 s off the GUI thread; the
cells are made once and then only their text changes (ui/common/table_cells.py)."""

from __future__ import annotations

import datetime as dt
import threading
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from app import role_health
from app.calendar import calendar_warning
from app.hall_stats import HallFigures, today, wait_level
from app.live_hall import window_clerks
from app.queue.numbering import local_day, local_now
from app.queue.service import QueueService
from app.queue.views import HallStatus
from app.settings import Settings
from app.store import Store
from ui.common.messages import error_text
from ui.common.table_cells import set_cell
from ui.common.worker import run_async

REFRESH_MS = 2000
ROW_HEIGHT = 30
LEVEL_COLOURS = {"red": QColor("red"), "yellow": QColor("yellow")}
STATE_COLOURS = {"paused": QColor("#e0e0e0"), "late": QColor("#f4a6a6"),
                 "restarted": QColor("yellow")}  # fmt: skip


def _fmt_min(value: float | None) -> str:
    if value is None:
        return "—"
    return QCoreApplication.translate("LiveHallPage", "%.0f 分钟") % value


class LiveHallPage(QWidget):
    refreshed = Signal()

    def __init__(self, store: Store, settings: Settings, hall_name: str,
                 parent: Any = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.store, self.settings = store, settings
        self._service: QueueService | None = None  # built on the worker: it reads the store
        self._service_lock = threading.Lock()
        title = QLabel(self.tr("%s　大厅实时情况") % hall_name)
        title.setObjectName("title")
        self.kpis: dict[str, QLabel] = {}
        kpi_grid = QGridLayout()
        # Translated at use; the markers let lupdate find them.
        names = [("issued", QT_TRANSLATE_NOOP("LiveHallPage", "今日取号")),
                 ("waiting", QT_TRANSLATE_NOOP("LiveHallPage", "正在等候")),
                 ("in_service", QT_TRANSLATE_NOOP("LiveHallPage", "正在办理")),
                 ("done", QT_TRANSLATE_NOOP("LiveHallPage", "已办结")),
                 ("no_show", QT_TRANSLATE_NOOP("LiveHallPage", "过号")),
                 ("avg_wait", QT_TRANSLATE_NOOP("LiveHallPage", "平均等候")),
                 ("p90_wait", QT_TRANSLATE_NOOP("LiveHallPage", "90%等候不超过")),
                 ("longest", QT_TRANSLATE_NOOP("LiveHallPage", "当前最长等候"))]  # fmt: skip
        for i, (key, label) in enumerate(names):
            box = QWidget()
            box.setObjectName("kpi")
            v = QVBoxLayout(box)
            v.setContentsMargins(6, 4, 6, 4)
            value = QLabel("—")
            value.setObjectName("kpiValue")
            value.setAlignment(Qt.AlignmentFlag.AlignCenter)
            name = QLabel(self.tr(label))
            name.setObjectName("kpiName")
            name.setAlignment(Qt.AlignmentFlag.AlignCenter)
            v.addWidget(value)
            v.addWidget(name)
            kpi_grid.addWidget(box, 0, i)  # one row: the tables below keep the height
            self.kpis[key] = value
        self.lines = self._table([
            QT_TRANSLATE_NOOP("LiveHallPage", "业务类别"),
            QT_TRANSLATE_NOOP("LiveHallPage", "等候人数"),
            QT_TRANSLATE_NOOP("LiveHallPage", "预计等候"),
            QT_TRANSLATE_NOOP("LiveHallPage", "今日余号"),
            QT_TRANSLATE_NOOP("LiveHallPage", "状态"),
        ], 0)  # fmt: skip
        self.windows = self._table([
            QT_TRANSLATE_NOOP("LiveHallPage", "窗口"),
            QT_TRANSLATE_NOOP("LiveHallPage", "名称"),
            QT_TRANSLATE_NOOP("LiveHallPage", "状态"),
            QT_TRANSLATE_NOOP("LiveHallPage", "当前号"),
            QT_TRANSLATE_NOOP("LiveHallPage", "工作人员"),
            QT_TRANSLATE_NOOP("LiveHallPage", "今日办结"),
            QT_TRANSLATE_NOOP("LiveHallPage", "过号"),
            QT_TRANSLATE_NOOP("LiveHallPage", "平均办理"),
        ], 1)  # fmt: skip
        self.health = self._table([
            QT_TRANSLATE_NOOP("LiveHallPage", "终端"),
            QT_TRANSLATE_NOOP("LiveHallPage", "角色"),
            QT_TRANSLATE_NOOP("LiveHallPage", "最后心跳"),
            QT_TRANSLATE_NOOP("LiveHallPage", "打印机"),
            QT_TRANSLATE_NOOP("LiveHallPage", "重启"),
            QT_TRANSLATE_NOOP("LiveHallPage", "状态"),
        ], 3)  # fmt: skip
        self.health_summary = QLabel("")
        self.health_summary.setWordWrap(True)  # a long list of troubles never widens the window
        self.status = QLabel("")
        # One line from 1 November until next year's holiday arrangement is imported.
        self.calendar_banner = QLabel("")
        self.calendar_banner.setObjectName("calendarBanner")
        self.calendar_banner.setVisible(False)

        def column(caption: str, *widgets: QWidget) -> QVBoxLayout:
            box = QVBoxLayout()
            heading = QLabel(caption)
            heading.setObjectName("section")
            box.addWidget(heading)
            for w in widgets:
                box.addWidget(w)
            return box

        body = QHBoxLayout()
        body.addLayout(column(self.tr("各业务类别排队情况"), self.lines), 5)
        body.addLayout(column(self.tr("各窗口情况"), self.windows), 8)
        body.addLayout(column(self.tr("各终端运行状况"), self.health, self.health_summary), 6)
        v = QVBoxLayout(self)
        v.setContentsMargins(8, 6, 8, 6)
        v.addWidget(title)
        v.addWidget(self.calendar_banner)
        v.addLayout(kpi_grid)
        v.addLayout(body, 1)
        v.addWidget(self.status)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.refresh()

    def _table(self, headers: list[str], stretch: int) -> QTableWidget:
        """Every column as wide as its text, ``stretch`` takes the rest (names are long)."""
        t = QTableWidget(0, len(headers))
        t.setHorizontalHeaderLabels([self.tr(h) for h in headers])
        t.verticalHeader().setVisible(False)
        t.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        t.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        t.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustIgnored)
        header = t.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        t.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        return t

    def service(self) -> QueueService:
        """Worker threads only: the first call reads the hall from the store."""
        with self._service_lock:  # the first refresh's two jobs may both ask at once
            if self._service is None:
                self._service = QueueService(self.store, self.settings)
            return self._service

    def refresh(self) -> None:
        def job() -> tuple[HallStatus, HallFigures, dict[int, str], list[role_health.RoleBeat],
                           dt.datetime]:  # fmt: skip
            svc = self.service()
            now = svc.clock()
            return (svc.status(), today(self.store, svc.hall_code, now=now),
                    window_clerks(self.store, svc.hall_code, now),
                    role_health.roles(self.store), now)  # fmt: skip

        def calendar() -> str | None:
            return calendar_warning(self.store, local_day(self.service().clock()))

        run_async(calendar, self._show_calendar, self._failed)
        run_async(job, self._show, self._failed)

    def _show(self, result: tuple[HallStatus, HallFigures, dict[int, str],
                                  list[role_health.RoleBeat], dt.datetime]) -> None:  # fmt: skip
        status, fig, clerks, beats, now = result
        for key, value in (("issued", fig.issued), ("waiting", fig.waiting),
                           ("in_service", fig.in_service), ("done", fig.done),
                           ("no_show", fig.no_show)):  # fmt: skip
            self.kpis[key].setText(str(value))
        self.kpis["avg_wait"].setText(_fmt_min(fig.avg_wait_minutes))
        self.kpis["p90_wait"].setText(_fmt_min(fig.p90_wait_minutes))
        self.kpis["longest"].setText(_fmt_min(fig.longest_waiting_minutes))
        self._show_lines(status)
        self._show_windows(status, fig, clerks)
        self._show_health(beats, dt.datetime.now(dt.UTC))  # heartbeats run on the real clock
        self.status.setText(self.tr("每 %d 秒自动刷新，最近一次 %s") % (
            REFRESH_MS // 1000, local_now(now).strftime("%H:%M:%S")))  # fmt: skip
        self.refreshed.emit()

    def _show_lines(self, status: HallStatus) -> None:
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

    def _show_windows(self, status: HallStatus, fig: HallFigures,
                      clerks: dict[int, str]) -> None:  # fmt: skip
        figs = {w.no: w for w in fig.windows}
        self.windows.setRowCount(len(status.windows))
        for r, w in enumerate(status.windows):
            f = figs.get(w.no)
            current = w.current.number if w.current else "—"
            if w.paused:
                state = self.tr("暂停")
            elif w.current is None:
                state = self.tr("开放·空闲")
            elif w.current.status == "called":
                state = self.tr("呼叫中")
            else:
                state = self.tr("办理中")
            cells = [str(w.no), w.name, state, current, clerks.get(w.no, "—"),
                     str(f.served if f else 0), str(f.no_show if f else 0),
                     _fmt_min(f.avg_service_minutes if f else None)]  # fmt: skip
            colour = STATE_COLOURS["paused"] if w.paused else None
            for c, text in enumerate(cells):
                set_cell(self.windows, r, c, text, colour)

    def _show_health(self, beats: list[role_health.RoleBeat], now: dt.datetime) -> None:
        self.health.setRowCount(len(beats))
        for r, b in enumerate(beats):
            ago = max(0, int((now - b.beat_at).total_seconds()))
            beat = self.tr("%s·%d秒前") % (local_now(b.beat_at).strftime("%H:%M:%S"), ago)
            state = self.tr("无心跳") if b.late else self.tr("正常")
            printer = b.printer or "—"
            cells = [b.host, role_health.ROLE_NAMES.get(b.role, b.role), beat, printer,
                     self.tr("%d 次") % b.restarts, state]  # fmt: skip
            colour = (STATE_COLOURS["late"] if b.late
                      else STATE_COLOURS["restarted"] if b.restarts else None)  # fmt: skip
            for c, text in enumerate(cells):
                set_cell(self.health, r, c, text, colour)
        self.health_summary.setText(role_health.summary(beats))

    def _show_calendar(self, warning: str | None) -> None:
        self.calendar_banner.setText(warning or "")
        self.calendar_banner.setVisible(bool(warning))

    def _failed(self, exc: Exception) -> None:
        self.status.setText(error_text(exc))
