"""Public lookup touchscreen (政务服务查询屏), touch first and fullscreen.

Home: large tiles for 办事指南 (by department, by life event, by typing on the on-screen
keyboard), 办件查询, 办结公示, 评价, 投诉 and 窗口分布. The guide shows what a citizen needs
first, the flowchart of the matter's steps, a QR when the hall has an online guide, and prints
on the thermal or A4 printer.

Pages built elsewhere join through ``add_page(key, widget)``: key one of ``PAGE_KEYS``; the
widget goes into the page stack and its home tile appears (a tile without a page stays hidden).
A page with a ``done`` signal goes home on it; a page with a ``reset()`` method has it called
when the screen goes home (idle or 首页), so the next person sees nothing of the last one's.

Every page is made once; data arrives into the same widgets (list models, one text browser,
one graphics scene), so a screen that runs all day creates nothing per refresh.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QBoxLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QScroller,
    QSizePolicy,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.catalog import CatalogIndex, MatterSummary, get_guide
from app.lookup.departments import ordered_departments
from app.lookup.guide_print import guide_link, guide_pdf, guide_sheet, print_guide_thermal
from app.lookup.themes import THEMES, theme_matters
from app.lookup.window_map import WindowPlace, window_map
from app.settings import Settings
from app.store import Store
from ui.common.messages import error_text
from ui.common.worker import device_lane, run_async
from ui.kiosk.idle import LongPressCorner
from ui.kiosk.pin_screen import PinScreen
from ui.lookup.activity import IdleTimer
from ui.lookup.flowchart import Flowchart
from ui.lookup.guide_view import lookup_guide_html, qr_pixmap, window_map_html
from ui.lookup.lookup_style import LOOKUP_QSS
from ui.lookup.matter_list import MatterListModel
from ui.lookup.touch_keyboard import TouchKeyboard

PAGE_KEYS = ("progress", "disclosure", "rating", "complaint")
SEARCH_PAUSE_MS = 250
QR_PX = 220

class LookupWindow(QMainWindow):
    matters_shown = Signal(int)  # a department's or theme's list arrived (row count)
    search_done = Signal(int)  # search results shown (row count)
    guide_shown = Signal(str)  # impl_code
    windows_shown = Signal(int)
    printed = Signal(str)  # where it went
    print_failed = Signal(str)

    def __init__(self, store: Store, settings: Settings, *, hall_name: str,
                 departments: list[tuple[str, str]], parent: Any = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.store, self.settings, self.hall_name = store, settings, hall_name
        self.index = CatalogIndex(store, public=True)
        self.departments = ordered_departments(departments, settings.lookup_departments)
        self.setWindowTitle(self.tr("%s · 政务服务查询") % hall_name)
        self.setStyleSheet(LOOKUP_QSS)
        self.idle_timer = IdleTimer(max(10, settings.kiosk_idle_seconds), self)
        self.idle = self.idle_timer.timer  # tests shorten it
        self.idle_timer.idle.connect(self.go_home)
        self.landscape = False
        self._history: list[QWidget] = []
        self._guide: dict[str, Any] | None = None
        self._search_token = 0
        self._extra: dict[str, QWidget] = {}

        header = QWidget()
        header.setObjectName("bannerRow")
        header.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        row = QHBoxLayout(header)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addSpacing(140)  # as wide as the exit corner, so the title sits centred
        self.banner = QLabel(self.tr("%s  政务服务查询") % hall_name)
        self.banner.setObjectName("banner")
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row.addWidget(self.banner, 1)
        self.corner = LongPressCorner(parent=header)
        self.corner.held.connect(self.ask_pin)
        row.addWidget(self.corner)

        self.pages = QStackedWidget()
        self.home = self._home_page()
        self.dept_page = self._tile_page(
            [(code, name) for code, name in self.departments], self._department_tapped,
            "dept_tiles", self.tr("请选择部门"),
        )  # fmt: skip
        self.theme_page = self._tile_page(
            [(t.key, self.tr(t.title)) for t in THEMES], self._theme_tapped,
            "theme_tiles", self.tr("请选择您要办的事"),
        )  # fmt: skip
        self.list_page, self.matter_list, self.list_title = self._list_page()
        self.search_page = self._search_page()
        self.guide_page = self._guide_page()
        self.windows_page, self.windows_view = self._windows_page()
        self.pin_screen = PinScreen(settings.kiosk_pin_hash)
        self.pin_screen.title.setText(self.tr("退出查询屏全屏模式：请输入管理员密码"))
        self.pin_screen.unlocked.connect(self.close)
        self.pin_screen.cancelled.connect(self.go_home)
        for page in (self.home, self.dept_page, self.theme_page, self.list_page,
                     self.search_page, self.guide_page, self.windows_page, self.pin_screen):  # fmt: skip
            self.pages.addWidget(page)

        self.back_button = QPushButton(self.tr("返回上一页"))
        self.home_button = QPushButton(self.tr("返回首页"))
        for b in (self.back_button, self.home_button):
            b.setObjectName("nav")
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.back_button.clicked.connect(self.go_back)
        self.home_button.clicked.connect(self.go_home)
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.nav = QWidget()
        nav = QHBoxLayout(self.nav)
        nav.setContentsMargins(14, 8, 14, 8)
        nav.addWidget(self.back_button)
        nav.addStretch(1)
        nav.addWidget(self.home_button)

        central = QWidget()
        v = QVBoxLayout(central)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(0)
        v.addWidget(header)
        v.addWidget(self.pages, 1)
        v.addWidget(self.hint)
        v.addWidget(self.nav)
        self.setCentralWidget(central)
        self.resize(1080, 1920)
        self.go_home()

    # --- pages -----------------------------------------------------------------------------
    def _scroll(self, inner: QWidget) -> QScrollArea:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.idle_timer.watch(scroll)
        return scroll

    def _home_page(self) -> QWidget:
        inner = QWidget()
        inner.setObjectName("page")
        self.home_grid = QGridLayout(inner)
        self.home_grid.setSpacing(22)
        self.home_grid.setContentsMargins(28, 28, 28, 28)
        specs = [
            ("departments", self.tr("办事指南\n按部门查找"), self._open_departments),
            ("themes", self.tr("办事指南\n按主题查找"), self._open_themes),
            ("search", self.tr("办事指南\n输入拼音首字母查找"), self._open_search),
            ("progress", self.tr("办件查询"), lambda: self._open_extra("progress")),
            ("disclosure", self.tr("办结公示"), lambda: self._open_extra("disclosure")),
            ("rating", self.tr("评价"), lambda: self._open_extra("rating")),
            ("complaint", self.tr("投诉"), lambda: self._open_extra("complaint")),
            ("windows", self.tr("窗口分布"), self._open_windows),
        ]
        self.tiles: dict[str, QPushButton] = {}
        for key, label, slot in specs:
            tile = QPushButton(label, inner)
            tile.setObjectName("tile")
            tile.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            tile.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            tile.clicked.connect(slot)
            self.tiles[key] = tile
        self.tile_enabled = {key: key not in PAGE_KEYS for key in self.tiles}  # page added?
        self._layout_home(2)
        return self._scroll(inner)

    def _tile_page(self, items: list[tuple[str, str]], slot: Any, attr: str,
                   title: str) -> QWidget:  # fmt: skip
        inner = QWidget()
        inner.setObjectName("page")
        box = QVBoxLayout(inner)
        box.setContentsMargins(24, 16, 24, 16)
        label = QLabel(title)
        label.setObjectName("title")
        box.addWidget(label)
        grid = QGridLayout()
        grid.setSpacing(16)
        box.addLayout(grid)
        box.addStretch(1)
        tiles: dict[str, QPushButton] = {}
        for key, name in items:
            tile = QPushButton(name, inner)
            tile.setObjectName("deptTile")
            tile.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            tile.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            tile.clicked.connect(lambda _=False, k=key, n=name: slot(k, n))
            tiles[key] = tile
        setattr(self, attr, tiles)
        setattr(self, attr + "_grid", grid)
        self._layout_grid(grid, list(tiles.values()), 2)
        return self._scroll(inner)

    def _list_page(self) -> tuple[QWidget, QListView, QLabel]:
        page = QWidget()
        page.setObjectName("page")
        title = QLabel()
        title.setObjectName("title")
        title.setWordWrap(True)
        lst = self._matter_view("matterList")
        v = QVBoxLayout(page)
        v.addWidget(title)
        v.addWidget(lst, 1)
        return page, lst, title

    def _matter_view(self, name: str) -> QListView:
        view = QListView()
        view.setObjectName(name)
        view.setModel(MatterListModel(view))
        view.setWordWrap(True)
        view.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        view.clicked.connect(lambda index, v=view: self._matter_tapped(index, v))
        self.idle_timer.watch(view)
        return view

    def _search_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("page")
        self.search_field = QLineEdit()
        self.search_field.setObjectName("searchField")
        self.search_field.setPlaceholderText(
            self.tr("输入事项名称的拼音首字母，如 yyzz（营业执照）")
        )
        self.search_field.setClearButtonEnabled(False)
        self.search_field.textChanged.connect(self._search_typed)
        self.keyboard = TouchKeyboard(self.search_field)
        self.results = self._matter_view("searchResults")
        self.search_status = QLabel()
        self.search_status.setObjectName("title")
        self._search_pause = QTimer(self)
        self._search_pause.setSingleShot(True)
        self._search_pause.setInterval(SEARCH_PAUSE_MS)
        self._search_pause.timeout.connect(self._search_now)
        # Portrait: field, results, keyboard from top to bottom. Landscape: the field and the
        # keyboard on the left, the results beside them at full height.
        typing = QVBoxLayout()
        typing.addWidget(self.search_field)
        typing.addWidget(self.search_status)
        typing.addStretch(1)
        typing.addWidget(self.keyboard)
        self.search_split = QBoxLayout(QBoxLayout.Direction.BottomToTop, page)
        self.search_split.setContentsMargins(24, 16, 24, 16)
        self.search_split.setSpacing(16)
        self.search_split.addLayout(typing, 0)
        self.search_split.addWidget(self.results, 1)
        self.search_typing = typing
        return page

    def _guide_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("page")
        self.guide = QTextBrowser()
        self.guide.setObjectName("lookupGuide")
        self.guide.setOpenLinks(False)
        self.idle_timer.watch(self.guide)
        self.flowchart = Flowchart()
        self.flow_title = QLabel(self.tr("办理流程"))
        self.flow_title.setObjectName("title")
        self.qr = QLabel()
        self.qr.setObjectName("guideQr")
        self.qr.setFixedSize(QR_PX, QR_PX)
        self.qr_caption = QLabel(self.tr("扫码带走办事指南"))
        self.qr_caption.setObjectName("qrCaption")
        self.qr_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.print_button = QPushButton(self.tr("打印办事指南"))
        self.print_button.setObjectName("nav")
        self.print_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.print_button.clicked.connect(self.print_guide)
        self.print_button.setVisible(self.settings.lookup_print in ("thermal", "a4"))

        flow_box = QVBoxLayout()
        flow_box.addWidget(self.flow_title)
        flow_box.addWidget(self.flowchart, 1)
        take = QVBoxLayout()
        take.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignHCenter)
        take.addWidget(self.qr_caption)
        take.addWidget(self.print_button)
        take.addStretch(1)
        self.side = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self.side.addLayout(flow_box, 1)
        self.side.addLayout(take)
        self.guide_split = QBoxLayout(QBoxLayout.Direction.TopToBottom, page)
        self.guide_split.addWidget(self.guide, 3)
        self.guide_split.addLayout(self.side, 1)
        return page

    def _windows_page(self) -> tuple[QWidget, QTextBrowser]:
        page = QWidget()
        page.setObjectName("page")
        title = QLabel(self.tr("窗口分布：各窗口办理的业务"))
        title.setObjectName("title")
        view = QTextBrowser()
        view.setObjectName("windowMap")
        self.idle_timer.watch(view)
        v = QVBoxLayout(page)
        v.addWidget(title)
        v.addWidget(view, 1)
        return page, view

    # --- layout by orientation -------------------------------------------------------------
    @staticmethod
    def _layout_grid(grid: QGridLayout, tiles: list[QPushButton], columns: int) -> None:
        """Place ``tiles`` row by row, ``columns`` across, with no holes."""
        for tile in tiles:
            grid.removeWidget(tile)
        for i, tile in enumerate(tiles):
            grid.addWidget(tile, i // columns, i % columns)
        for c in range(4):
            grid.setColumnStretch(c, 1 if c < columns else 0)

    def _layout_home(self, columns: int) -> None:
        shown = [t for k, t in self.tiles.items() if self.tile_enabled[k]]
        for key, tile in self.tiles.items():
            tile.setVisible(self.tile_enabled[key])
            if not self.tile_enabled[key]:
                self.home_grid.removeWidget(tile)
        self._layout_grid(self.home_grid, shown, columns)

    def apply_orientation(self, landscape: bool) -> None:
        self.landscape = landscape
        self._layout_home(4 if landscape else 2)
        self._layout_grid(self.dept_tiles_grid, list(self.dept_tiles.values()),
                          3 if landscape else 2)  # fmt: skip
        self._layout_grid(self.theme_tiles_grid, list(self.theme_tiles.values()),
                          4 if landscape else 2)  # fmt: skip
        # Landscape: the guide on the left, the flowchart top to bottom on the right.
        # Portrait: the guide above, the flowchart left to right beneath it with the QR beside.
        if landscape:
            self.guide_split.setDirection(QBoxLayout.Direction.LeftToRight)
            self.side.setDirection(QBoxLayout.Direction.TopToBottom)
            self.guide_split.setStretch(0, 3)
            self.guide_split.setStretch(1, 2)
        else:
            self.guide_split.setDirection(QBoxLayout.Direction.TopToBottom)
            self.side.setDirection(QBoxLayout.Direction.LeftToRight)
            self.guide_split.setStretch(0, 3)
            self.guide_split.setStretch(1, 1)
        self.flowchart.set_columns(2 if landscape else 3)
        if landscape:
            self.search_split.setDirection(QBoxLayout.Direction.LeftToRight)
            self.search_split.setStretch(0, 3)
            self.search_split.setStretch(1, 2)
            self.search_typing.setStretch(2, 1)
        else:
            # BottomToTop: the typing column (added first) sits under the results.
            self.search_split.setDirection(QBoxLayout.Direction.BottomToTop)
            self.search_split.setStretch(0, 0)
            self.search_split.setStretch(1, 1)
            self.search_typing.setStretch(2, 0)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        landscape = event.size().width() > event.size().height()
        if landscape != self.landscape or not hasattr(self, "_oriented"):
            self._oriented = True
            self.apply_orientation(landscape)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(1080, 1920)

    # --- pages from other branches ---------------------------------------------------------
    def add_page(self, key: str, widget: QWidget) -> None:
        """Put ``widget`` in the stack behind the home tile ``key`` (one of PAGE_KEYS) and
        show that tile. A ``done`` signal on the widget goes home; a ``reset()`` method is
        called whenever the screen goes home."""
        if key not in PAGE_KEYS:
            raise ValueError(f"unknown lookup page {key!r}; expected one of {PAGE_KEYS}")
        old = self._extra.get(key)
        if old is not None:
            self.pages.removeWidget(old)
        self._extra[key] = widget
        self.pages.addWidget(widget)
        done = getattr(widget, "done", None)
        if done is not None:
            done.connect(self.go_home)
        for child in widget.findChildren(QAbstractScrollArea):
            self.idle_timer.watch(child)
        self.tile_enabled[key] = True
        self._layout_home(4 if self.landscape else 2)

    def page(self, key: str) -> QWidget | None:
        return self._extra.get(key)

    # --- navigation ------------------------------------------------------------------------
    def _show(self, page: QWidget, hint: str = "") -> None:
        current = self.pages.currentWidget()
        if current is not page and current is not None:
            self._history.append(current)
        self.pages.setCurrentWidget(page)
        self.hint.setText(hint)
        self.nav.setVisible(True)
        self.idle_timer.poke()

    def go_back(self) -> None:
        if not self._history:
            self.go_home()
            return
        page = self._history.pop()
        if page is self.home:
            self.go_home()
            return
        self.pages.setCurrentWidget(page)
        self.idle_timer.poke()

    def go_home(self) -> None:
        self._history.clear()
        self.pages.setCurrentWidget(self.home)
        self.nav.setVisible(False)
        self.hint.setText(self.tr("请点击您要办理的业务；在任一页面可点“返回首页”"))
        self.search_field.clear()
        self.results.model().set_rows([])  # type: ignore[attr-defined]
        self.search_status.clear()
        self.pin_screen.reset()
        self.idle_timer.timer.stop()
        for page in self._extra.values():
            reset = getattr(page, "reset", None)
            if callable(reset):
                reset()

    def _open_departments(self) -> None:
        self._show(self.dept_page, self.tr("请点击您要办理事项所属的部门"))

    def _open_themes(self) -> None:
        self._show(self.theme_page, self.tr("按您要办的事查找，例如开办企业、生孩子、结婚"))

    def _open_search(self) -> None:
        self._show(self.search_page, self.tr("用下方键盘输入拼音首字母或全拼，结果会随输入出现"))

    def _open_extra(self, key: str) -> None:
        page = self._extra.get(key)
        if page is not None:
            self._show(page)

    def _open_windows(self) -> None:
        run_async(lambda: window_map(self.store, self.settings.hall_code), self._show_windows,
                  self._failed)  # fmt: skip

    def ask_pin(self) -> None:
        if not self.settings.kiosk_pin_hash:
            self.hint.setText(self.tr("未设置退出密码：请管理员用 yichuang kiosk pin set 设置"))
            return
        self._show(self.pin_screen)

    # --- guides ----------------------------------------------------------------------------
    def _department_tapped(self, code: str, name: str) -> None:
        self.show_department(code, name)

    def show_department(self, code: str, name: str) -> None:
        self.list_title.setText(name)
        run_async(lambda: self.index.search("", limit=500, department=code),
                  self._fill_list, self._failed)  # fmt: skip

    def _theme_tapped(self, key: str, title: str) -> None:
        self.list_title.setText(title)
        run_async(lambda: theme_matters(self.index, key), self._fill_list, self._failed)

    def _fill_list(self, rows: list[MatterSummary]) -> None:
        self.matter_list.model().set_rows(rows)  # type: ignore[attr-defined]
        self.matter_list.scrollToTop()
        self._show(self.list_page, self.tr("请点击事项查看办事指南"))
        self.matters_shown.emit(len(rows))

    def _search_typed(self, _text: str) -> None:
        self._search_pause.start()

    def search_now(self) -> None:
        self._search_pause.stop()
        self._search_now()

    def _search_now(self) -> None:
        text = self.search_field.text().strip()
        self._search_token += 1
        token = self._search_token
        if not text:
            self.results.model().set_rows([])  # type: ignore[attr-defined]
            self.search_status.clear()
            self.search_done.emit(0)
            return
        run_async(lambda: self.index.search(text, limit=60),
                  lambda rows: self._searched(token, text, rows), self._failed, owner=self)  # fmt: skip

    def _searched(self, token: int, text: str, rows: list[MatterSummary]) -> None:
        if token != self._search_token:
            return  # a later keystroke's search is on its way
        self.results.model().set_rows(rows)  # type: ignore[attr-defined]
        self.results.scrollToTop()
        if rows:
            self.search_status.setText(self.tr("“%1”找到 %2 个事项，点击查看").replace("%1", text)
                                       .replace("%2", str(len(rows))))  # fmt: skip
        else:
            self.search_status.setText(self.tr("没有找到“%1”，请换个说法或按部门查找")
                                       .replace("%1", text))  # fmt: skip
        self.search_done.emit(len(rows))

    def _matter_tapped(self, index: QModelIndex, view: QListView | None = None) -> None:
        if view is not None and QScroller.hasScroller(view.viewport()) and (
                QScroller.scroller(view.viewport()).state() != QScroller.State.Inactive):
            return  # the finger that lifted here was scrolling the list, not choosing a matter
        code = index.data(Qt.ItemDataRole.UserRole)
        if code:
            self.open_guide(code)

    def open_guide(self, impl_code: str) -> None:
        run_async(lambda: get_guide(self.store, impl_code, public=True), self._show_guide,
                  self._failed)  # fmt: skip

    def _show_guide(self, guide: dict[str, Any]) -> None:
        self._guide = guide
        self.guide.setHtml(lookup_guide_html(guide))
        self.guide.verticalScrollBar().setValue(0)
        self.flowchart.show_steps(guide["steps"], columns=2 if self.landscape else 3)
        link = guide_link(self.settings, guide)
        self.qr.setVisible(link is not None)
        self.qr_caption.setVisible(link is not None)
        if link is not None:
            self.qr.setPixmap(qr_pixmap(link, QR_PX))
            self.qr.setToolTip(link)
        self._show(self.guide_page,
                   self.tr("材料齐全可直接到窗口办理；如有疑问请到咨询台咨询"))  # fmt: skip
        self.guide_shown.emit(guide["impl_code"])

    def print_guide(self) -> None:
        guide = self._guide
        if guide is None:
            return
        sheet = guide_sheet(guide, hall_name=self.hall_name, link=guide_link(self.settings, guide))
        kind, settings = self.settings.lookup_print, self.settings
        self.print_button.setEnabled(False)
        self.hint.setText(self.tr("正在打印，请稍候……"))
        if kind == "a4":
            from ui.clerk.intake.a4_printing import print_pdf

            job = f"办事指南-{guide['impl_code']}"
            run_async(lambda: print_pdf(guide_pdf(sheet), settings.a4_printer, job),
                      self._printed, self._print_failed, lane=device_lane("a4"))  # fmt: skip
        else:
            run_async(lambda: print_guide_thermal(settings, sheet).url, self._printed,
                      self._print_failed, lane=device_lane("printer"))  # fmt: skip

    def _printed(self, where: str) -> None:
        self.print_button.setEnabled(True)
        self.hint.setText(self.tr("办事指南已打印，请在出纸口取走"))
        self.printed.emit(str(where))

    def _print_failed(self, exc: Exception) -> None:
        self.print_button.setEnabled(True)
        message = error_text(exc)
        self.hint.setText(self.tr("未能打印：%s。可扫码或拍照带走，或到咨询台索取") % message)
        self.print_failed.emit(message)

    # --- windows ---------------------------------------------------------------------------
    def _show_windows(self, places: list[WindowPlace]) -> None:
        self.windows_view.setHtml(window_map_html(places))
        self._show(self.windows_page, self.tr("取号后请留意叫号屏，到对应窗口办理"))
        self.windows_shown.emit(len(places))

    def _failed(self, exc: Exception) -> None:
        self.hint.setText(error_text(exc))

    def closeEvent(self, event: Any) -> None:  # noqa: N802 (Qt override)
        self.idle_timer.stop()
        super().closeEvent(event)

