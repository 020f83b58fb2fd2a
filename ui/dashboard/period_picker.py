"""The period (本周, 上月, 自定义 …) the KPI and chart tabs show: a choice and two dates."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from app.queue.numbering import local_day
from app.report_periods import PERIODS, period

# The names of app.report_periods.PERIODS, marked for lupdate (translated at use).
_NAMES = [QT_TRANSLATE_NOOP("PeriodPicker", "本周"), QT_TRANSLATE_NOOP("PeriodPicker", "上周"),
          QT_TRANSLATE_NOOP("PeriodPicker", "本月"), QT_TRANSLATE_NOOP("PeriodPicker", "上月"),
          QT_TRANSLATE_NOOP("PeriodPicker", "今年"), QT_TRANSLATE_NOOP("PeriodPicker", "自定义")]  # fmt: skip


class PeriodPicker(QWidget):
    changed = Signal()

    def __init__(self, today: dt.date | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self.today = today or local_day(dt.datetime.now(dt.UTC))
        self.choice = QComboBox()
        self.choice.setObjectName("period")
        for key, name in PERIODS.items():
            self.choice.addItem(self.tr(name), key)
        self.start = QDateEdit()
        self.end = QDateEdit()
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("时间范围")))
        row.addWidget(self.choice)
        row.addWidget(self.start)
        row.addWidget(QLabel(self.tr("至")))
        row.addWidget(self.end)
        self._setting = False
        self.choice.currentIndexChanged.connect(self._picked)
        self.start.dateChanged.connect(self._typed)
        self.end.dateChanged.connect(self._typed)
        self.pick("this_month")

    def pick(self, key: str) -> None:
        self.choice.setCurrentIndex(self.choice.findData(key))
        self._picked()

    def range(self) -> tuple[dt.date, dt.date]:
        return self.start.date().toPython(), self.end.date().toPython()  # type: ignore[return-value]

    def _picked(self) -> None:
        key = self.choice.currentData()
        if key == "custom":
            return  # the dates stay as they were, ready to be changed
        first, last = period(key, self.today)
        self._setting = True
        self.start.setDate(QDate(first))
        self.end.setDate(QDate(last))
        self._setting = False
        self.changed.emit()

    def _typed(self) -> None:
        if self._setting:
            return
        self.choice.blockSignals(True)
        self.choice.setCurrentIndex(self.choice.findData("custom"))
        self.choice.blockSignals(False)
        self.changed.emit()
