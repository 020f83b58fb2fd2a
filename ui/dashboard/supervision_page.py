"""What the supervision pages share: their service built off the GUI thread on first use, every
store call through run_async, a status line for what happened, and a table written with
set_cell. The pages never decide anything; app.supervision does."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QTableWidget, QWidget

from ui.common.messages import error_text
from ui.common.table_cells import set_cell
from ui.common.worker import run_async


class ServicePage(QWidget):
    """``loaded`` fires after each list refresh is shown; ``failed`` with the message shown."""

    loaded = Signal()
    failed = Signal(str)

    def __init__(self, make_service: Callable[[], Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._make_service = make_service
        self._service: Any = None
        self._lock = threading.Lock()
        self.status = QLabel("")
        self.status.setObjectName("status")
        self.status.setWordWrap(True)

    def service(self) -> Any:
        """Worker threads only: building it reads the store."""
        with self._lock:
            if self._service is None:
                self._service = self._make_service()
            return self._service

    def call(self, fn: Callable[[Any], Any], on_done: Callable[[Any], None]) -> None:
        """``fn(service)`` off the GUI thread; ``on_done(result)`` back on it."""
        run_async(lambda: fn(self.service()), on_done, self._error, owner=self)

    def say(self, text: str, *, error: bool = False) -> None:
        self.status.setObjectName("error" if error else "status")
        self.status.setStyleSheet("color: #c0392b;" if error else "color: #1e6b1e;")
        self.status.setText(text)

    def _error(self, exc: Exception) -> None:
        text = error_text(exc)
        self.say(text, error=True)
        self.failed.emit(text)


def make_table(headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.verticalHeader().setVisible(False)
    t.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    t.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    t.horizontalHeader().setStretchLastSection(True)
    return t


def fill(table: QTableWidget, rows: list[tuple[list[str], Any]]) -> None:
    """Rows of (cell texts, background colour or None); selection kept by row index."""
    table.setRowCount(len(rows))
    for r, (cells, colour) in enumerate(rows):
        for c, text in enumerate(cells):
            set_cell(table, r, c, text, colour)


def selected_row(table: QTableWidget) -> int:
    rows = table.selectionModel().selectedRows()
    return rows[0].row() if rows else -1
