"""The KPI tab: any period, grouped by hall, department, window, staff, matter or line; every
figure of app.reports.kpi per row and 合计; sort by any column; double-click a figure for the
tickets or cases behind it; export the period to XLSX or PDF."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import InvalidInput
from app.journal import Actor
from app.report_periods import check_range
from app.reports.kpi import (
    FIGURE_TITLE,
    FIGURES,
    KpiQuery,
    KpiReport,
    allowed_halls,
    kpi_report,
)
from app.settings import Settings
from app.store import Store
from ui.common.messages import error_text
from ui.common.worker import run_async
from ui.dashboard.drill_dialog import DrillDialog
from ui.dashboard.export_dialog import ExportDialog
from ui.dashboard.kpi_model import KpiModel, KpiSortProxy
from ui.dashboard.period_picker import PeriodPicker

# (dimension, its name): None = the whole scope in one row.
DIMENSION_NAMES: list[tuple[str | None, str]] = [
    (None, QT_TRANSLATE_NOOP("KpiPage", "不分组")),
    ("hall", QT_TRANSLATE_NOOP("KpiPage", "按大厅")),
    ("department", QT_TRANSLATE_NOOP("KpiPage", "按部门")),
    ("window", QT_TRANSLATE_NOOP("KpiPage", "按窗口")),
    ("staff", QT_TRANSLATE_NOOP("KpiPage", "按工作人员")),
    ("matter", QT_TRANSLATE_NOOP("KpiPage", "按事项")),
    ("line", QT_TRANSLATE_NOOP("KpiPage", "按业务类别")),
]
LABEL_TITLES = {None: QT_TRANSLATE_NOOP("KpiPage", "范围"),
                "hall": QT_TRANSLATE_NOOP("KpiPage", "大厅"),
                "department": QT_TRANSLATE_NOOP("KpiPage", "部门"),
                "window": QT_TRANSLATE_NOOP("KpiPage", "窗口"),
                "staff": QT_TRANSLATE_NOOP("KpiPage", "工作人员"),
                "matter": QT_TRANSLATE_NOOP("KpiPage", "事项"),
                "line": QT_TRANSLATE_NOOP("KpiPage", "业务类别")}  # fmt: skip


class KpiPage(QWidget):
    loaded = Signal()  # a report (or its error) is on screen

    def __init__(self, store: Store, settings: Settings, actor: Actor,
                 parent: Any = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.store, self.settings, self.actor = store, settings, actor
        self.halls: tuple[str, ...] | None = None  # the actor's scope, read on the first query
        self.report: KpiReport | None = None
        self.query: KpiQuery | None = None
        self._asked = 0  # the latest query; older answers are dropped
        self.period = PeriodPicker()
        self.dimension = QComboBox()
        self.dimension.setObjectName("dimension")
        for key, name in DIMENSION_NAMES:
            self.dimension.addItem(self.tr(name), key)
        self.reload_button = QPushButton(self.tr("刷新"))
        self.export_button = QPushButton(self.tr("导出…"))
        self.export_button.setObjectName("exportButton")
        self.status = QLabel("")
        self.status.setObjectName("kpiStatus")
        self.model = KpiModel(self)
        self.proxy = KpiSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("kpiTable")
        self.table.setModel(self.proxy)
        # Rows start in the report's own order, names ascending (2号窗口 before 10号窗口); Qt's
        # header would otherwise sort the names descending the moment sorting is enabled.
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        # The figures share the width (24 of them fit 1920 px side by side); below their
        # minimum a scroll bar appears rather than cut numbers. The names column fits its text.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(58)
        header.setMaximumSectionSize(300)  # a long matter name is cut, not the figures
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.table.doubleClicked.connect(self.drill_at)
        top = QHBoxLayout()
        top.addWidget(self.period)
        top.addSpacing(16)
        top.addWidget(QLabel(self.tr("分组")))
        top.addWidget(self.dimension)
        top.addWidget(self.reload_button)
        top.addStretch(1)
        top.addWidget(self.export_button)
        hint = QLabel(self.tr("点击列标题排序；双击数字查看其后的排队号或办件明细"))
        hint.setObjectName("kpiName")
        v = QVBoxLayout(self)
        v.addLayout(top)
        v.addWidget(hint)
        v.addWidget(self.table, 1)
        v.addWidget(self.status)
        self.period.changed.connect(self.reload)
        self.dimension.currentIndexChanged.connect(self.reload)
        self.reload_button.clicked.connect(self.reload)
        self.export_button.clicked.connect(self.open_export)
        self.drill: DrillDialog | None = None
        self.export: ExportDialog | None = None
        self.reload()

    def current_query(self) -> KpiQuery:
        start, end = self.period.range()
        check_range(start, end)
        return KpiQuery(start=start, end=end, by=self.dimension.currentData(),
                        hall_ids=self.halls)  # fmt: skip

    def reload(self) -> None:
        try:
            query = self.current_query()
        except InvalidInput as exc:  # a custom range that ends before it starts
            self.status.setText(error_text(exc))
            return
        self._asked += 1
        asked = self._asked
        self.status.setText(self.tr("正在统计……"))
        store, settings, actor = self.store, self.settings, self.actor
        halls = self.halls

        def job() -> tuple[KpiReport, tuple[str, ...]]:
            scope = halls if halls is not None else allowed_halls(store, actor)
            q = KpiQuery(start=query.start, end=query.end, by=query.by, hall_ids=scope)
            return kpi_report(store, settings, q), scope

        run_async(job, lambda got: self._show(asked, got), lambda exc: self._failed(asked, exc),
                  owner=self)  # fmt: skip

    def _show(self, asked: int, got: tuple[KpiReport, tuple[str, ...]]) -> None:
        if asked != self._asked:
            return  # a newer query is on its way
        report, self.halls = got
        self.report, self.query = report, report.query
        self.model.set_report(report, self.tr(LABEL_TITLES.get(report.query.by, LABEL_TITLES[None])))
        self.table.resizeColumnToContents(0)
        q = report.query
        self.status.setText(self.tr("%s 至 %s，共 %d 行") % (q.start.isoformat(), q.end.isoformat(),
                                                          len(report.rows)))  # fmt: skip
        self.loaded.emit()

    def _failed(self, asked: int, exc: Exception) -> None:
        if asked == self._asked:
            self.status.setText(error_text(exc))
            self.loaded.emit()

    def figure_column(self, field: str) -> int:
        """The table column of a figure (for sorting from code and tests)."""
        return 1 + [f for f, _t, _u in FIGURES].index(field)

    def drill_at(self, index: QModelIndex) -> None:
        if not index.isValid() or self.query is None:
            return
        source = self.proxy.mapToSource(index)
        field = self.model.field(source.column())
        if field is None:
            return
        row = self.model.row(source.row())
        title = FIGURE_TITLE[field]
        self.drill = DrillDialog(self.store, self.settings, self.query, row.key, field,
                                 f"{row.label} · {title}", parent=self)  # fmt: skip
        self.drill.open()

    def open_export(self) -> None:
        if self.query is None:
            self.status.setText(self.tr("请等统计完成后再导出"))
            return
        self.export = ExportDialog(self.store, self.settings, self.query, parent=self)
        self.export.open()
