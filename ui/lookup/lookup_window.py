"""Public lookup touchscreen (办事指南): departments as large tiles, then the department's
matters, then the full guide in large type. No keyboard is needed; everything is a tap."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.catalog import CatalogIndex, MatterSummary, get_guide
from app.settings import Settings
from app.store import Store
from ui.clerk.guide_html import guide_html
from ui.common.list_rows import set_list_rows
from ui.common.messages import error_text
from ui.common.worker import run_async

LOOKUP_QSS = """
QMainWindow, QWidget#page { background: #f7f3ee; }
QLabel#banner { background: #a61b1b; color: white; font-size: 30pt; font-weight: bold;
                padding: 18px; }
QPushButton#tile { background: white; border: 2px solid #d8c7b5; border-radius: 12px;
                   font-size: 20pt; padding: 18px; min-height: 110px; color: #5a1010; }
QPushButton#tile:pressed { background: #f6d5d1; }
QPushButton#nav { font-size: 18pt; padding: 10px 28px; min-height: 60px; }
QListWidget { font-size: 20pt; background: white; }
QListWidget::item { padding: 16px; border-bottom: 1px solid #eee; }
QTextBrowser { font-size: 16pt; background: white; }
QLabel#hint { font-size: 16pt; color: #555; padding: 8px; }
"""


class LookupWindow(QMainWindow):
    matters_shown = Signal(int)
    guide_shown = Signal(str)

    def __init__(self, store: Store, settings: Settings, *, hall_name: str,
                 departments: list[tuple[str, str]], parent: Any = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.store, self.settings = store, settings
        self.index = CatalogIndex(store, public=True)
        self.setWindowTitle(self.tr("%s · 办事指南查询") % hall_name)
        self.setStyleSheet(LOOKUP_QSS)
        banner = QLabel(self.tr("%s  办事指南查询") % hall_name)
        banner.setObjectName("banner")
        banner.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.pages = QStackedWidget()
        self.home = self._home_page(departments)
        self.list_page, self.matter_list, self.list_title = self._list_page()
        self.guide_page, self.guide = self._guide_page()
        for page in (self.home, self.list_page, self.guide_page):
            self.pages.addWidget(page)
        self.hint = QLabel(self.tr("请点击您要办理事项所属的部门"))
        self.hint.setObjectName("hint")

        central = QWidget()
        v = QVBoxLayout(central)
        v.setContentsMargins(0, 0, 0, 0)
        v.addWidget(banner)
        v.addWidget(self.pages, 1)
        v.addWidget(self.hint)
        self.setCentralWidget(central)
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(max(10, settings.kiosk_idle_seconds) * 1000)
        self.idle.timeout.connect(self.go_home)
        self.resize(1080, 1920)

    # --- pages ---------------------------------------------------------------------------
    def _home_page(self, departments: list[tuple[str, str]]) -> QWidget:
        page = QWidget()
        page.setObjectName("page")
        grid = QGridLayout(page)
        grid.setSpacing(18)
        self.dept_tiles: dict[str, QPushButton] = {}
        for i, (code, name) in enumerate(departments):
            tile = QPushButton(name)
            tile.setObjectName("tile")
            tile.clicked.connect(lambda _c=False, c=code, n=name: self.show_department(c, n))
            grid.addWidget(tile, i // 2, i % 2)
            self.dept_tiles[code] = tile
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        return scroll

    def _list_page(self) -> tuple[QWidget, QListWidget, QLabel]:
        page = QWidget()
        page.setObjectName("page")
        title = QLabel()
        title.setObjectName("hint")
        lst = QListWidget()
        lst.setObjectName("matterList")
        lst.itemClicked.connect(self._matter_tapped)
        back = QPushButton(self.tr("返回部门"))
        back.setObjectName("nav")
        back.clicked.connect(self.go_home)
        v = QVBoxLayout(page)
        v.addWidget(title)
        v.addWidget(lst, 1)
        v.addWidget(back, 0, Qt.AlignmentFlag.AlignLeft)
        return page, lst, title

    def _guide_page(self) -> tuple[QWidget, QTextBrowser]:
        page = QWidget()
        page.setObjectName("page")
        browser = QTextBrowser()
        browser.setObjectName("lookupGuide")
        browser.zoomIn(3)  # read at arm's length, often by older applicants
        back = QPushButton(self.tr("返回事项列表"))
        back.setObjectName("nav")
        back.clicked.connect(lambda: self._show_page(self.list_page))
        home = QPushButton(self.tr("返回首页"))
        home.setObjectName("nav")
        home.clicked.connect(self.go_home)
        row = QHBoxLayout()
        row.addWidget(back)
        row.addWidget(home)
        row.addStretch(1)
        v = QVBoxLayout(page)
        v.addWidget(browser, 1)
        v.addLayout(row)
        return page, browser

    # --- behaviour -----------------------------------------------------------------------
    def _show_page(self, page: QWidget) -> None:
        self.pages.setCurrentWidget(page)
        self.idle.start()

    def go_home(self) -> None:
        self.pages.setCurrentWidget(self.home)
        self.hint.setText(self.tr("请点击您要办理事项所属的部门"))

    def show_department(self, code: str, name: str) -> None:
        self.list_title.setText(name)
        run_async(lambda: self.index.search("", limit=500, department=code),
                  self._fill_list, self._failed)  # fmt: skip

    def _fill_list(self, rows: list[MatterSummary]) -> None:
        shown: list[tuple[str, Any]] = []
        for m in rows:
            if m.promise_days == 0:
                days = self.tr("即办")
            elif m.promise_unit == "N":
                days = self.tr("承诺%n个自然日", "", m.promise_days)
            else:
                days = self.tr("承诺%n个工作日", "", m.promise_days)
            shown.append((f"{m.name}　（{days}）", m.impl_code))
        set_list_rows(self.matter_list, shown)  # not QListWidgetItem(...): it leaks, see there
        self.hint.setText(self.tr("请点击事项查看办事指南"))
        self._show_page(self.list_page)
        self.matters_shown.emit(len(rows))

    def _matter_tapped(self, item: QListWidgetItem) -> None:
        code = item.data(Qt.ItemDataRole.UserRole)
        run_async(lambda: get_guide(self.store, code, public=True), self._show_guide, self._failed)

    def _show_guide(self, guide: dict[str, Any]) -> None:
        self.guide.setHtml(guide_html(guide))
        self.hint.setText(self.tr("材料齐全可直接到窗口办理；如有疑问请到咨询台咨询"))
        self._show_page(self.guide_page)
        self.guide_shown.emit(guide["impl_code"])

    def _failed(self, exc: Exception) -> None:
        self.hint.setText(error_text(exc))
