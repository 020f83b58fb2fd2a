"""Writing a table cell without leaking.

PySide6 (6.10, 6.11) on CPython 3.11 leaks one reference to None for every QTableWidgetItem made
in Python and shown in a table (Qt calls its ``data`` through the binding; queued slot or not,
bench/pyside_none_leak.py), and for every ``setBackground``/``setForeground`` call anywhere. A
dashboard refreshing 200 cells every 2 s piled up ~100 references a refresh (tests/soak). So
cells are made once and then only their text and data change; colours go through ``setData``.
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
