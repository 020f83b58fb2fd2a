"""我的办件: the clerk's open cases, soonest due first as the service orders them, with the
green/yellow/red warning of each; double-click (or Enter) opens one."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from app.cases.views import CaseSummary
from ui.clerk.intake.access import CaseAccess
from ui.common.messages import error_text
from ui.common.table_cells import set_cell
from ui.common.worker import run_async

REFRESH_MS = 60_000
LIGHTS = {
    "green": ("#e3f4e4", QT_TRANSLATE_NOOP("CaseList", "正常")),
    "yellow": ("#fff3c4", QT_TRANSLATE_NOOP("CaseList", "临近到期")),
    "red": ("#f9d3cf", QT_TRANSLATE_NOOP("CaseList", "已超期")),
    "none": ("#ffffff", QT_TRANSLATE_NOOP("CaseList", "未计时")),
}


class CaseList(QWidget):
    open_case = Signal(str)
    refreshed = Signal(int)

    def __init__(self, access: CaseAccess, parent: Any = None) -> None:
        super().__init__(parent)
        self.access = access
        self.rows: list[CaseSummary] = []
        self.table = QTableWidget(0, 8)
        self.table.setObjectName("myCases")
        self.table.setHorizontalHeaderLabels([
            self.tr("预警"), self.tr("办件编号"), self.tr("事项"), self.tr("申请人"),
            self.tr("状态"), self.tr("承诺办结"), self.tr("剩余（日）"), self.tr("收件时间"),
        ])  # fmt: skip
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.cellDoubleClicked.connect(lambda row, _c: self.open_row(row))
        self.table.activated.connect(lambda index: self.open_row(index.row()))
        self.count = QLabel("")
        self.count.setObjectName("caseCount")
        refresh = QPushButton(self.tr("刷新"))
        refresh.clicked.connect(self.refresh)
        legend = QLabel(
            self.tr(
                "绿：正常　黄：临近承诺时限　红：已超过承诺时限　待补正：收件后5个工作日内须告知"
            )
        )
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(legend)
        bottom.addWidget(refresh)
        root = QVBoxLayout(self)
        root.addWidget(self.table, 1)
        root.addLayout(bottom)
        self.timer = QTimer(self, interval=REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()

    def tab_title(self) -> str:
        return self.tr("我的办件")

    def refresh(self) -> None:
        actor = self.access.actor

        def job() -> list[CaseSummary]:
            svc = self.access.cases()
            svc.sweep()  # the 5-working-day rule (idempotent; any number of PCs may run it)
            return svc.my_open_cases(actor)

        run_async(job, self._show, lambda e: self.count.setText(error_text(e)))

    def _show(self, rows: list[CaseSummary]) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for r, c in enumerate(rows):
            colour, label = LIGHTS.get(c.warning, LIGHTS["none"])
            due = (
                c.promise_due.isoformat()
                if c.promise_due
                else (self.tr("告知期限 %s") % c.notice_due.isoformat() if c.notice_due else "—")
            )
            left = "—" if c.days_left is None else str(c.days_left)
            status = c.status_label + (self.tr("（已过法定时限）") if c.past_legal else "")
            cells = [self.tr(str(label)), c.case_no, c.matter_name, c.applicant, status, due, left,
                     c.received_at.strftime("%Y-%m-%d")]  # fmt: skip
            for col, text in enumerate(cells):
                set_cell(self.table, r, col, text, QColor(colour))
        self.count.setText(self.tr("我的在办件：%d 件（黄 %d，红 %d）") % (
            len(rows), sum(c.warning == "yellow" for c in rows),
            sum(c.warning == "red" for c in rows)))  # fmt: skip
        self.refreshed.emit(len(rows))

    def open_row(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.open_case.emit(self.rows[row].case_no)
