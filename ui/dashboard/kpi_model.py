"""The KPI table: one row per hall / department / window … and 合计 last, one column per figure
of app.reports.kpi.FIGURES. A model (not table items): a report of hundreds of rows is shown
without making a cell object per figure, and sorting compares the numbers, not their text."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont

from app.reports.kpi import FIGURES, KpiReport, KpiRow, format_value, natural_key

SORT_ROLE = Qt.ItemDataRole.UserRole
TOTAL_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


def header_lines(title: str, width: float = 4) -> str:
    """A long column title on two lines, so 24 figures fit a 1920 px screen side by side:
    "违反一次性告知" → "违反一次\n性告知", halves as even as they come; a unit in brackets goes on a line of its own. A
    Latin letter or digit counts half a Chinese character."""
    if "(" in title:
        head, unit = title.split("(", 1)
        return f"{header_lines(head, width)}\n({unit}"
    widths = [0.5 if ch.isascii() else 1.0 for ch in title]
    if sum(widths) <= width:
        return title
    half, used = -(-sum(widths) // 2), 0.0  # the longer half first
    for i, w in enumerate(widths):
        used += w
        if used > half:
            return f"{title[:i]}\n{title[i:]}"
    return title


class KpiModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.report: KpiReport | None = None
        self.rows: list[KpiRow] = []
        self.label_title = "名称"

    def set_report(self, report: KpiReport, label_title: str) -> None:
        self.beginResetModel()
        self.report, self.label_title = report, label_title
        self.rows = [*report.rows, report.total]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 1 + len(FIGURES)

    def field(self, column: int) -> str | None:
        return None if column == 0 else FIGURES[column - 1][0]

    def row(self, r: int) -> KpiRow:
        return self.rows[r]

    def is_total(self, r: int) -> bool:
        return r == len(self.rows) - 1

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # fmt: skip
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return self.label_title
            return header_lines(FIGURES[section - 1][1])
        if role == Qt.ItemDataRole.ToolTipRole and section > 0:
            return header_lines(FIGURES[section - 1][1])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r, c = index.row(), index.column()
        kpi = self.rows[r]
        field = self.field(c)
        if role == Qt.ItemDataRole.DisplayRole:
            if field is None:
                return kpi.label  # "合计" on the total
            return format_value(field, getattr(kpi, field))
        if role == SORT_ROLE:
            if field is None:
                return kpi.label
            value = getattr(kpi, field)
            return float("-inf") if value is None else float(value)
        if role == TOTAL_ROLE:
            return self.is_total(r)
        if role == Qt.ItemDataRole.TextAlignmentRole and field is not None:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and self.is_total(r):
            font = QFont()
            font.setBold(True)
            return font
        return None


class KpiSortProxy(QSortFilterProxyModel):
    """Sorts by the figures' values; 合计 stays the last row whichever way."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)

    def lessThan(self, left: Index, right: Index) -> bool:  # noqa: N802
        if left.data(TOTAL_ROLE):
            return self.sortOrder() == Qt.SortOrder.DescendingOrder
        if right.data(TOTAL_ROLE):
            return self.sortOrder() == Qt.SortOrder.AscendingOrder
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if isinstance(a, str) or isinstance(b, str):
            return bool(natural_key(str(a)) < natural_key(str(b)))
        return bool(a < b)
