"""Table model of catalog search results."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from app.catalog import MatterSummary

Index = QModelIndex | QPersistentModelIndex
IMPL_CODE_ROLE = Qt.ItemDataRole.UserRole + 1


class MatterTableModel(QAbstractTableModel):
    # Translated at use (headerData); the markers let lupdate find them.
    HEADERS = (
        QT_TRANSLATE_NOOP("MatterTableModel", "事项名称"),
        QT_TRANSLATE_NOOP("MatterTableModel", "实施部门"),
        QT_TRANSLATE_NOOP("MatterTableModel", "事项类型"),
        QT_TRANSLATE_NOOP("MatterTableModel", "办件类型"),
        QT_TRANSLATE_NOOP("MatterTableModel", "承诺时限"),
        QT_TRANSLATE_NOOP("MatterTableModel", "法定时限"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[MatterSummary] = []

    def set_rows(self, rows: list[MatterSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> MatterSummary:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(self.HEADERS[section])
        return None

    def _days(self, n: int, unit: str) -> str:
        """A limit with its unit, as the service guide shows it (工作日 or 自然日)."""
        if unit == "N":
            return self.tr("%n 个自然日", "", n)
        return self.tr("%n 个工作日", "", n)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        m = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            col = index.column()
            if col == 0:
                return m.name
            if col == 1:
                return m.department
            if col == 2:
                return m.matter_type_name
            if col == 3:
                return m.case_type
            if col == 4:
                if m.promise_days == 0:
                    return self.tr("即办")
                return self._days(m.promise_days, m.promise_unit)
            if col == 5:
                return self._days(m.legal_days, m.legal_unit) if m.legal_days else "—"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("%s\n实施编码：%s\n匹配方式：%s") % (m.name, m.impl_code, m.match)
        if role == IMPL_CODE_ROLE:
            return m.impl_code
        return None
