"""Catalog browser: search as you type (debounced, off the GUI thread) and the guide pane."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.catalog import MATTER_TYPES, CatalogIndex, MatterSummary, get_guide
from app.store import Store
from ui.clerk.catalog_model import MatterTableModel
from ui.clerk.guide_html import guide_html
from ui.common.messages import error_text
from ui.common.worker import run_async

DEBOUNCE_MS = 250


class CatalogBrowser(QWidget):
    guide_shown = Signal(str)  # impl_code
    results_shown = Signal(int)

    def __init__(
        self, store: Store, departments: list[tuple[str, str]], parent: Any = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.index = CatalogIndex(store)
        self._generation = 0  # drops results of searches overtaken by newer typing
        self.current_guide: dict[str, Any] | None = None
        self._wanted_guide = ""

        self.query = QLineEdit()
        self.query.setObjectName("catalogQuery")
        self.query.setPlaceholderText(self.tr("输入事项名称、拼音、首字母（如 yyzz）或实施编码"))
        self.query.setClearButtonEnabled(True)
        self.department = QComboBox()
        self.department.setObjectName("departmentFilter")
        self.department.addItem(self.tr("全部部门"), None)
        for code, name in departments:
            self.department.addItem(name, code)
        self.matter_type = QComboBox()
        self.matter_type.setObjectName("typeFilter")
        self.matter_type.addItem(self.tr("全部类型"), None)
        for code, name in MATTER_TYPES.items():
            self.matter_type.addItem(name, code)
        self.count = QLabel("")
        self.count.setObjectName("resultCount")

        self.model = MatterTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("matterTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, self.model.columnCount()):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.guide = QTextBrowser()
        self.guide.setObjectName("guidePane")
        self.guide.setOpenExternalLinks(False)
        hint = self.tr("选择左侧事项查看办事指南")
        self.guide.setHtml(f"<p style='color:#777'>{hint}</p>")

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.search_now)
        self.query.textChanged.connect(lambda _t: self.timer.start())
        self.query.returnPressed.connect(self.search_now)
        self.department.currentIndexChanged.connect(lambda _i: self.search_now())
        self.matter_type.currentIndexChanged.connect(lambda _i: self.search_now())
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.activated.connect(self._row_changed)

        filters = QHBoxLayout()
        filters.addWidget(self.query, 3)
        filters.addWidget(self.department, 1)
        filters.addWidget(self.matter_type, 1)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addLayout(filters)
        lv.addWidget(self.table)
        lv.addWidget(self.count)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.guide)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 4)
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self.search_now()

    def search_now(self) -> None:
        self.timer.stop()
        self._generation += 1
        gen = self._generation
        text = self.query.text()
        dept = self.department.currentData()
        mtype = self.matter_type.currentData()
        run_async(
            lambda: self.index.search(text, limit=200, department=dept, matter_type=mtype),
            lambda rows: self._show(gen, rows),
            self._failed,
        )

    def _show(self, gen: int, rows: list[MatterSummary]) -> None:
        if gen != self._generation:
            return
        self.model.set_rows(rows)
        self.count.setText(
            self.tr("共 %n 个事项", "", len(rows))
            if rows
            else self.tr("没有找到匹配的事项，请换个关键词或拼音首字母试试")
        )
        if rows:
            self.table.selectRow(0)
        self.results_shown.emit(len(rows))

    def _row_changed(self, current: QModelIndex, _previous: Any = None) -> None:
        if not current.isValid():
            return
        impl_code = self.model.row_at(current.row()).impl_code
        self._wanted_guide = impl_code
        run_async(lambda: get_guide(self.store, impl_code), self._show_guide, self._failed)

    def _show_guide(self, guide: dict[str, Any]) -> None:
        if guide["impl_code"] != self._wanted_guide:
            return  # an answer for a row the clerk has already left
        self.current_guide = guide
        self.guide.setHtml(guide_html(guide))
        self.guide_shown.emit(guide["impl_code"])

    def _failed(self, exc: Exception) -> None:
        self.count.setText(error_text(exc))
