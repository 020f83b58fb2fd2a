"""Writing a table cell without leaking.

PySide6 6.11 on CPython 3.11 leaks one reference to None for every QTableWidgetItem made and set
inside a slot that a queued signal delivered (every ``run_async`` result is one), and for every
``setBackground``/``setForeground`` call anywhere. A dashboard refreshing 200 cells every 2 s
piled up ~100 references a refresh (tests/soak). So cells are made once and then only their
text and data change; colours go through ``setData``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem


def set_cell(table: QTableWidget, row: int, col: int, text: str,
             background: QColor | None = None) -> None:  # fmt: skip
    item = table.item(row, col)
    if item is None:
        item = QTableWidgetItem(text)
        table.setItem(row, col, item)
    elif item.text() != text:
        item.setText(text)
    item.setData(Qt.ItemDataRole.BackgroundRole, background)
