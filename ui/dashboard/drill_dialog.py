"""The tickets or cases behind one figure (a KPI cell, a chart bar), read off the GUI thread."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from app.queue.numbering import local_now
from app.reports.kpi import DrillLine, KpiQuery, drill
from app.settings import Settings
from app.store import Store
from ui.common.messages import error_text
from ui.common.worker import run_async
from ui.dashboard.rows_model import RowsModel

DRILL_LIMIT = 500
KINDS = {"ticket": "排队号", "case": "办件", "notice": "告知单", "inquiry": "首问登记",
         "rating": "评价"}  # fmt: skip


def _when(value: Any) -> str:
    if isinstance(value, dt.datetime):
        return local_now(value).strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    return "" if value is None else str(value)


class DrillDialog(QDialog):
    loaded = Signal()

    def __init__(self, store: Store, settings: Settings, query: KpiQuery, key: str,
                 figure: str, title: str, *, hour: tuple[int, int] | None = None,
                 rating: str | None = None, parent: Any = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("drillDialog")
        self.setWindowTitle(self.tr("明细：%s") % title)
        self.lines: list[DrillLine] = []
        heading = QLabel(self.tr("%s（%s 至 %s）") % (title, query.start.isoformat(),
                                                     query.end.isoformat()))  # fmt: skip
        heading.setWordWrap(True)
        self.count = QLabel(self.tr("正在读取……"))
        self.model = RowsModel([self.tr("类别"), self.tr("编号"), self.tr("时间"),
                                self.tr("经办人"), self.tr("说明")])  # fmt: skip
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.setSortingEnabled(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close)
        v = QVBoxLayout(self)
        v.addWidget(heading)
        v.addWidget(self.table, 1)
        v.addWidget(self.count)
        v.addLayout(buttons)
        self.setMinimumSize(960, 600)  # the five columns readable without widening it by hand

        def job() -> list[DrillLine]:  # a chart's bar: its hour or rating level, by the store
            return drill(store, settings, query, key, figure, limit=DRILL_LIMIT, hour=hour,
                         rating=rating)  # fmt: skip

        run_async(job, self._show, self._failed)

    def _show(self, lines: list[DrillLine]) -> None:
        self.lines = lines
        self.model.set_rows([[KINDS.get(ln.kind, ln.kind), ln.ref, _when(ln.when), ln.who or "",
                              ln.detail or ""] for ln in lines])  # fmt: skip
        if len(lines) >= DRILL_LIMIT:
            self.count.setText(self.tr("仅显示前 %d 条，请缩小时间范围查看其余") % DRILL_LIMIT)
        else:
            self.count.setText(self.tr("共 %d 条") % len(lines))
        self.loaded.emit()

    def _failed(self, exc: Exception) -> None:
        self.count.setText(error_text(exc))
        self.loaded.emit()
