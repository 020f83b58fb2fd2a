"""The lookup screen's lists of matters: one model per list, reset with new rows, so a screen
that runs all day makes no item objects per tap (PySide6 keeps a reference for every item made
in Python; bench/README.md, soak)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from app.catalog import MatterSummary


class MatterListModel(QAbstractListModel):
    """Matters as list rows: the name, then department and promised time. One model per list,
    reset with new rows (no item objects per refresh)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[MatterSummary] = []

    def set_rows(self, rows: list[MatterSummary]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # fmt: skip
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        m = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if m.promise_days == 0:
                days = self.tr("即办")
            elif m.promise_unit == "N":
                days = self.tr("承诺%n个自然日", "", m.promise_days)
            else:
                days = self.tr("承诺%n个工作日", "", m.promise_days)
            return f"{m.name}\n{m.department} · {days}"
        if role == Qt.ItemDataRole.UserRole:
            return m.impl_code
        return None
