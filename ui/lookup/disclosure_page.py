"""办结公示 on the public touchscreen: concluded cases of the matter types the hall discloses,
a page at a time, in large type, scrolled by finger. Which cases appear (types, days, never a
confidential matter) and how applicants are masked is app.lookup.disclosure's."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from app.lookup.disclosure import PAGE_SIZE
from app.lookup.views import DisclosureList
from app.settings import Settings
from app.store import Store
from ui.common.messages import error_text
from ui.common.table_cells import set_cell
from ui.common.worker import run_async
from ui.lookup.progress_page import PAGE_QSS, kinetic
from ui.lookup.service_holder import ServiceHolder

DISCLOSURE_QSS = PAGE_QSS + """
QTableWidget#disclosureTable { font-size: 19pt; background: white; gridline-color: #eadfd3; }
QHeaderView::section { font-size: 19pt; font-weight: bold; background: #a61b1b; color: white;
                       padding: 10px; border: none; }
QLabel#pageInfo, QLabel#rulesInfo { font-size: 18pt; color: #444; }
"""


class DisclosurePage(QWidget):
    done = Signal()  # back to the home screen
    loaded = Signal(object)  # the DisclosureList on screen

    COLUMNS = 5

    def __init__(self, store: Store, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("casePage")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(DISCLOSURE_QSS)
        self.services = ServiceHolder(store, settings)
        self.page = 0
        self.pages = 1
        self._generation = 0
        title = QLabel(self.tr("办结公示"))
        title.setObjectName("pageTitle")
        self.rules_info = QLabel()
        self.rules_info.setObjectName("rulesInfo")
        self.rules_info.setWordWrap(True)
        self.table = QTableWidget(PAGE_SIZE, self.COLUMNS)
        self.table.setObjectName("disclosureTable")
        self.table.setHorizontalHeaderLabels([self.tr("办理事项"), self.tr("申请人"),
                                              self.tr("受理日期"), self.tr("办结日期"),
                                              self.tr("办理结果")])  # fmt: skip
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setWordWrap(True)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, self.COLUMNS):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        kinetic(self.table.viewport())
        for row in range(PAGE_SIZE):  # every cell made once, here; refreshes only set text
            for col in range(self.COLUMNS):
                set_cell(self.table, row, col, "")
            self.table.setRowHidden(row, True)
        self.info = QLabel()
        self.info.setObjectName("pageInfo")
        self.prev_button = QPushButton(self.tr("上一页"))
        self.next_button = QPushButton(self.tr("下一页"))
        self.back = QPushButton(self.tr("返回首页"))
        for b in (self.prev_button, self.next_button, self.back):
            b.setObjectName("nav")
        self.prev_button.clicked.connect(lambda: self.load(self.page - 1))
        self.next_button.clicked.connect(lambda: self.load(self.page + 1))
        self.back.clicked.connect(self._home)
        row_l = QHBoxLayout()
        row_l.addWidget(self.back)
        row_l.addStretch(1)
        row_l.addWidget(self.prev_button)
        row_l.addWidget(self.info)
        row_l.addWidget(self.next_button)
        v = QVBoxLayout(self)
        v.setContentsMargins(32, 24, 32, 24)
        v.setSpacing(14)
        v.addWidget(title)
        v.addWidget(self.rules_info)
        v.addWidget(self.table, 1)
        v.addLayout(row_l)
        self._buttons()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.load(self.page)

    def load(self, page: int) -> None:
        gen = self._generation
        self.prev_button.setEnabled(False)
        self.next_button.setEnabled(False)
        run_async(lambda: self.services.get().disclosed(page), lambda d: self._fill(gen, d),
                  lambda e: self._failed(gen, e), owner=self)  # fmt: skip

    def _fill(self, gen: int, d: DisclosureList) -> None:
        if gen != self._generation:
            return
        self.page, self.pages = d.page, d.pages
        for row in range(PAGE_SIZE):
            r = d.rows[row] if row < len(d.rows) else None
            texts = ([r.matter_name, r.applicant,
                      r.accepted_on.isoformat() if r.accepted_on else "—",
                      r.concluded_on.isoformat(), r.result] if r else [""] * self.COLUMNS)  # fmt: skip
            for col, text in enumerate(texts):
                set_cell(self.table, row, col, text)
            self.table.setRowHidden(row, r is None)
        self.table.scrollToTop()
        scope = "、".join(self.tr("%1（办结后%2天）").replace("%1", self.tr(name))
                         .replace("%2", str(days)) for name, days in d.rules.items())  # fmt: skip
        self.rules_info.setText(self.tr("公示范围：%s。涉密事项不予公示，申请人信息已作隐私处理。") % scope
                                if scope else self.tr("本大厅未设置办结公示。"))  # fmt: skip
        if d.total:
            count = self.tr("最近 %3 件") if d.more else self.tr("共 %3 件")
            self.info.setText((self.tr("第 %1 / %2 页，") + count).replace("%1", str(d.page + 1))
                              .replace("%2", str(d.pages)).replace("%3", str(d.total)))  # fmt: skip
        else:
            self.info.setText(self.tr("暂无公示的办件"))
        self._buttons()
        self.loaded.emit(d)

    def _failed(self, gen: int, exc: Exception) -> None:
        if gen != self._generation:
            return
        self.rules_info.setText(error_text(exc))
        self._buttons()

    def _buttons(self) -> None:
        self.prev_button.setEnabled(self.page > 0)
        self.next_button.setEnabled(self.page + 1 < self.pages)

    def _home(self) -> None:
        self.reset()
        self.done.emit()

    def reset(self) -> None:
        """Back to the first page with nothing on it; it loads again when shown."""
        self._generation += 1
        self.page, self.pages = 0, 1
        for row in range(PAGE_SIZE):
            for col in range(self.COLUMNS):
                set_cell(self.table, row, col, "")
            self.table.setRowHidden(row, True)
        self.info.clear()
        self._buttons()
