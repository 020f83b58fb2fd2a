"""Table model of the window's 候叫队列: who F1 will call next, in that order."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from app.queue.views import TicketView

Index = QModelIndex | QPersistentModelIndex
HEADERS = (
    QCoreApplication.translate("UpcomingModel", "顺序"),
    QCoreApplication.translate("UpcomingModel", "号码"),
    QCoreApplication.translate("UpcomingModel", "业务类别"),
    QCoreApplication.translate("UpcomingModel", "通道"),
    QCoreApplication.translate("UpcomingModel", "已等候"),
)
PRIORITY_BG = QColor("#fff1cc")


class UpcomingModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[TicketView] = []
        self._now = dt.datetime.now(dt.UTC)

    def set_rows(self, rows: list[TicketView], now: dt.datetime) -> None:
        self.beginResetModel()
        self._rows, self._now = list(rows), now
        self.endResetModel()

    def numbers(self) -> list[str]:
        return [t.number for t in self._rows]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("UpcomingModel", HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        t = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            col = index.column()
            if col == 0:
                return index.row() + 1
            if col == 1:
                return t.number
            if col == 2:
                return t.line_name
            if col == 3:
                return t.priority_label or QCoreApplication.translate("UpcomingModel", "普通")
            minutes = max(0, int((self._now - t.queued_at).total_seconds() // 60))
            return QCoreApplication.translate("UpcomingModel", "%n 分钟", "", minutes)
        if role == Qt.ItemDataRole.BackgroundRole and t.priority_label:
            return PRIORITY_BG
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (0, 4):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
