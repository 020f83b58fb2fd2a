"""The charts tab (QtCharts): tickets per hour by weekday, the distribution of waits, the on-time
trend of cases, and the ratings, for the period picked. A bar or a point opens the tickets or
cases behind it where that means something (the hour of a weekday, a day of the trend, a rating
level)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.errors import InvalidInput
from app.journal import Actor
from app.report_periods import check_range
from app.reports.charts import (
    on_time_trend,
    rating_counts,
    tickets_per_hour_by_weekday,
    wait_distribution,
)
from app.reports.kpi import KpiQuery, allowed_halls, compute
from app.settings import Settings
from app.store import Store
from ui.common.messages import error_text
from ui.common.worker import run_async
from ui.dashboard.drill_dialog import DrillDialog
from ui.dashboard.period_picker import PeriodPicker

TREND_LABELS = 10  # dates written under the on-time trend at most
WEEKDAYS = (QT_TRANSLATE_NOOP("ChartsPage", "周一"), QT_TRANSLATE_NOOP("ChartsPage", "周二"),
            QT_TRANSLATE_NOOP("ChartsPage", "周三"), QT_TRANSLATE_NOOP("ChartsPage", "周四"),
            QT_TRANSLATE_NOOP("ChartsPage", "周五"), QT_TRANSLATE_NOOP("ChartsPage", "周六"),
            QT_TRANSLATE_NOOP("ChartsPage", "周日"))  # fmt: skip


@dataclass(frozen=True)
class ChartData:
    query: KpiQuery
    per_hour: dict[int, list[int]]
    waits: list[tuple[str, int]]
    trend: list[tuple[dt.date, float | None]]
    ratings: dict[str, int]


class ChartsPage(QWidget):
    loaded = Signal()

    def __init__(self, store: Store, settings: Settings, actor: Actor,
                 parent: Any = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.store, self.settings, self.actor = store, settings, actor
        self.halls: tuple[str, ...] | None = None
        self.data: ChartData | None = None
        self.hours: list[int] = []
        self._asked = 0
        self.period = PeriodPicker()
        reload = QPushButton(self.tr("刷新"))
        self.status = QLabel("")
        self.views: dict[str, QChartView] = {}
        grid = QGridLayout()
        for i, name in enumerate(("per_hour", "waits", "trend", "ratings")):
            view = QChartView(QChart())
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setObjectName(name)
            grid.addWidget(view, i // 2, i % 2)
            self.views[name] = view
        top = QHBoxLayout()
        top.addWidget(self.period)
        top.addWidget(reload)
        top.addStretch(1)
        hint = QLabel(self.tr("点击柱或点查看其后的排队号或办件"))
        hint.setObjectName("kpiName")
        top.addWidget(hint)
        v = QVBoxLayout(self)
        v.addLayout(top)
        v.addLayout(grid, 1)
        v.addWidget(self.status)
        self.period.changed.connect(self.reload)
        reload.clicked.connect(self.reload)
        self.drill: DrillDialog | None = None
        self.reload()

    def reload(self) -> None:
        try:
            start, end = self.period.range()
            check_range(start, end)
        except InvalidInput as exc:  # a custom range that ends before it starts
            self.status.setText(error_text(exc))
            return
        self._asked += 1
        asked = self._asked
        self.status.setText(self.tr("正在统计……"))
        store, settings, actor, halls = self.store, self.settings, self.actor, self.halls

        def job() -> tuple[ChartData, tuple[str, ...]]:
            scope = halls if halls is not None else allowed_halls(store, actor)
            q = KpiQuery(start=start, end=end, by=None, hall_ids=scope)
            c = compute(store, settings, q)  # read once, drawn four ways
            return ChartData(q, tickets_per_hour_by_weekday(store, settings, c),
                             wait_distribution(store, settings, c),
                             on_time_trend(store, settings, c),
                             rating_counts(store, settings, c)), scope  # fmt: skip

        run_async(job, lambda got: self._show(asked, got), lambda exc: self._failed(asked, exc),
                  owner=self)  # fmt: skip

    def _failed(self, asked: int, exc: Exception) -> None:
        if asked == self._asked:
            self.status.setText(error_text(exc))
            self.loaded.emit()

    def _show(self, asked: int, got: tuple[ChartData, tuple[str, ...]]) -> None:
        if asked != self._asked:
            return
        self.data, self.halls = got
        d = self.data
        self._per_hour(d.per_hour)
        self._bars("waits", self.tr("等候时间分布（人次）"), [lab for lab, _n in d.waits],
                   [n for _lab, n in d.waits], None)  # fmt: skip
        self._trend(d.trend)
        self._bars("ratings", self.tr("评价（件次）"), list(d.ratings), list(d.ratings.values()),
                   self._drill_rating)  # fmt: skip
        self.status.setText(self.tr("%s 至 %s") % (d.query.start.isoformat(), d.query.end.isoformat()))
        self.loaded.emit()

    def _fresh(self, name: str, title: str) -> QChart:
        chart = QChart()
        chart.setTitle(title)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        old = self.views[name].chart()
        self.views[name].setChart(chart)
        old.deleteLater()
        return chart

    def _per_hour(self, per_hour: dict[int, list[int]]) -> None:
        chart = self._fresh("per_hour", self.tr("各时段取号量（按星期）"))
        busy = [h for h in range(24) if any(len(v) > h and v[h] for v in per_hour.values())]
        self.hours = list(range(min(busy), max(busy) + 1)) if busy else list(range(8, 18))
        series = QBarSeries()
        for wd in range(7):
            counts = per_hour.get(wd, [])
            bar = QBarSet(self.tr(WEEKDAYS[wd]))
            bar.append([float(counts[h]) if len(counts) > h else 0.0 for h in self.hours])
            bar.clicked.connect(lambda i, wd=wd: self.drill_hour(wd, self.hours[i]))
            series.append(bar)
        self._axes(chart, series, [self.tr("%d时") % h for h in self.hours])

    def _bars(self, name: str, title: str, labels: list[str], values: list[int],
              on_click: Callable[[int], None] | None) -> None:  # fmt: skip
        chart = self._fresh(name, title)
        series = QBarSeries()
        bar = QBarSet(title)
        bar.append([float(n) for n in values])
        if on_click is not None:
            bar.clicked.connect(on_click)
        series.append(bar)
        chart.legend().setVisible(False)
        self._axes(chart, series, labels)

    def _trend(self, trend: list[tuple[dt.date, float | None]]) -> None:
        chart = self._fresh("trend", self.tr("按期办结率趋势（%）"))
        chart.legend().setVisible(False)
        series = QLineSeries()
        series.setPointsVisible(True)
        for i, (_day, rate) in enumerate(trend):
            if rate is not None:
                series.append(float(i), rate * 100)
        series.clicked.connect(self._drill_trend)
        chart.addSeries(series)
        # A label every few days: thirty dates side by side would all be cut to "…".
        x = QCategoryAxis()
        x.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        x.setRange(-0.5, max(len(trend), 1) - 0.5)
        step = max(1, -(-len(trend) // TREND_LABELS))
        for i in range(0, len(trend), step):
            x.append(trend[i][0].strftime("%m-%d"), float(i))
        y = QValueAxis()
        y.setRange(0, 100)
        y.setLabelFormat("%d%%")
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x)
        series.attachAxis(y)

    def _axes(self, chart: QChart, series: QBarSeries, labels: list[str]) -> None:
        chart.addSeries(series)
        x = QBarCategoryAxis()
        x.append(labels or ["—"])
        y = QValueAxis()
        top = max((s.at(i) for s in series.barSets() for i in range(s.count())), default=0.0)
        y.setRange(0, max(4.0, top))
        y.applyNiceNumbers()  # whole ticks (0, 2, 4 …) for whole counts
        y.setLabelFormat("%d")
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x)
        series.attachAxis(y)

    # Drill-downs: the figure's lines of the bar's hour, day or level (the store narrows them).
    def _open_drill(self, figure: str, title: str, query: KpiQuery | None = None,
                    **narrow: Any) -> None:  # fmt: skip
        if self.data is None:
            return
        self.drill = DrillDialog(self.store, self.settings, query or self.data.query, "", figure,
                                 title, parent=self, **narrow)  # fmt: skip
        self.drill.open()

    def drill_hour(self, weekday: int, hour: int) -> None:
        title = self.tr("%s %d时 取号") % (self.tr(WEEKDAYS[weekday]), hour)
        self._open_drill("tickets_issued", title, hour=(weekday, hour))

    def _drill_trend(self, point: QPointF) -> None:
        if self.data is None or not self.data.trend:
            return
        i = min(max(round(point.x()), 0), len(self.data.trend) - 1)
        self.drill_day(self.data.trend[i][0])

    def drill_day(self, day: dt.date) -> None:
        """The cases concluded on ``day`` (in its week, when the trend is weekly)."""
        if self.data is None:
            return
        trend, q = self.data.trend, self.data.query
        days = (trend[1][0] - trend[0][0]).days if len(trend) > 1 else 1
        title = (self.tr("%s 办结的办件") % day.isoformat() if days == 1
                 else self.tr("%s 起一周办结的办件") % day.isoformat())  # fmt: skip
        # the bar's days within the period (a week may begin before it or end after it)
        within = KpiQuery(max(day, q.start), min(day + dt.timedelta(days=days - 1), q.end),
                          None, q.hall_ids)  # fmt: skip
        self._open_drill("on_time_rate", title, within)

    def _drill_rating(self, index: int) -> None:
        if self.data is None:
            return
        level = list(self.data.ratings)[index]
        self._open_drill("ratings", self.tr("评价：%s") % level, rating=level)
