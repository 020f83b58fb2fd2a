"""Pick the matter by the clerk's catalog search (name, pinyin, initials such as ``yyzz``, or
code), as in the catalog tab: debounced, off the GUI thread."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QTimer, Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget

from app.catalog import CatalogIndex, MatterSummary
from app.store import Store
from ui.clerk.catalog_browser import DEBOUNCE_MS
from ui.clerk.catalog_model import MatterTableModel
from ui.common.messages import error_text
from ui.common.worker import run_async


class MatterPicker(QWidget):
    picked = Signal(str)  # impl_code
    results_shown = Signal(int)

    def __init__(self, store: Store, parent: Any = None) -> None:
        super().__init__(parent)
        self.index = CatalogIndex(store)
        self._generation = 0
        self.chosen: MatterSummary | None = None
        self.query = QLineEdit()
        self.query.setObjectName("intakeMatterQuery")
        self.query.setPlaceholderText(
            self.tr("检索办理事项：名称、拼音首字母（如 yyzz）或实施编码")
        )
        self.query.setClearButtonEnabled(True)
        self.model = MatterTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("intakeMatterTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setMaximumHeight(170)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, self.model.columnCount()):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.chosen_label = QLabel(self.tr("尚未选择事项"))
        self.chosen_label.setObjectName("chosenMatter")
        self.chosen_label.setWordWrap(True)
        self.error = QLabel("")
        self.error.setObjectName("fieldError")
        self.error.setStyleSheet("color: #c0392b;")
        self.error.hide()
        self.timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self.timer.timeout.connect(self.search_now)
        self.query.textChanged.connect(lambda _t: self.timer.start())
        self.query.returnPressed.connect(self.search_now)
        self.table.activated.connect(self._choose)
        self.table.clicked.connect(self._choose)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.query)
        box.addWidget(self.table)
        box.addWidget(self.chosen_label)
        box.addWidget(self.error)

    def search_now(self) -> None:
        self.timer.stop()
        self._generation += 1
        gen, text = self._generation, self.query.text()
        if not text.strip():
            self.model.set_rows([])
            return
        run_async(lambda: self.index.search(text, limit=30), lambda rows: self._show(gen, rows),
                  lambda e: self.show_error(error_text(e)))  # fmt: skip

    def _show(self, gen: int, rows: list[MatterSummary]) -> None:
        if gen != self._generation:
            return
        self.model.set_rows(rows)
        if not rows:
            self.show_error(self.tr("没有找到匹配的事项，请换个关键词或拼音首字母试试"))
        self.results_shown.emit(len(rows))

    def choose_row(self, row: int) -> None:
        self._choose(self.model.index(row, 0))

    def _choose(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        self.table.selectRow(index.row())
        m = self.model.row_at(index.row())
        self.chosen = m
        self.chosen_label.setText(self.tr("已选事项：%s（%s · %s）") % (m.name, m.department,
                                                                  m.case_type))  # fmt: skip
        self.show_error("")
        self.picked.emit(m.impl_code)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def clear(self) -> None:
        self.query.clear()
        self.model.set_rows([])
        self.chosen = None
        self.chosen_label.setText(self.tr("尚未选择事项"))
        self.show_error("")
