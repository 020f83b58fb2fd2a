"""Warnings a supervisor works through (电子监察): every case at yellow, red or past its statutory
limit, worst first; pick one, write what was found or done, acknowledge. Acknowledged ones stay
on the list, marked; one that got worse since shows as not acknowledged again."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.journal import Actor
from app.queue.numbering import HALL_TZ
from app.settings import Settings
from app.store import Store
from app.supervision.views import WarningView
from ui.dashboard.supervision_page import ServicePage, fill, make_table, selected_row

LEVEL_COLOURS = {"yellow": QColor("#fff3b0"), "red": QColor("#f8c4c0"),
                 "statutory": QColor("#d9a0ff")}  # fmt: skip
HEADERS = [
    QT_TRANSLATE_NOOP("WarningsPage", "级别"),
    QT_TRANSLATE_NOOP("WarningsPage", "办件编号"),
    QT_TRANSLATE_NOOP("WarningsPage", "事项"),
    QT_TRANSLATE_NOOP("WarningsPage", "部门"),
    QT_TRANSLATE_NOOP("WarningsPage", "承办人"),
    QT_TRANSLATE_NOOP("WarningsPage", "原因"),
    QT_TRANSLATE_NOOP("WarningsPage", "承诺办结"),
    QT_TRANSLATE_NOOP("WarningsPage", "剩余工作日"),
    QT_TRANSLATE_NOOP("WarningsPage", "确认"),
    QT_TRANSLATE_NOOP("WarningsPage", "情况说明"),
]


class WarningsPage(ServicePage):
    def __init__(self, store: Store, settings: Settings, actor: Actor,
                 parent: QWidget | None = None, *, clock: Any = None) -> None:  # fmt: skip
        from app.supervision.warnings import WarningService

        super().__init__(lambda: WarningService(store, settings, clock=clock), parent)
        self.actor = actor
        self.rows: list[WarningView] = []
        self.level = QComboBox()
        self.level.addItem(self.tr("全部级别"), "")
        self.level.addItem(self.tr("黄灯"), "yellow")
        self.level.addItem(self.tr("红灯"), "red")
        self.level.addItem(self.tr("法定超期"), "statutory")
        self.department = QComboBox()
        self.department.addItem(self.tr("全部部门"), "")
        self.show_acked = QCheckBox(self.tr("显示已确认"))
        self.show_acked.setChecked(True)
        self.refresh_button = QPushButton(self.tr("刷新"))
        self.table = make_table([self.tr(str(h)) for h in HEADERS])
        self.explanation = QLineEdit()
        self.explanation.setPlaceholderText(self.tr("情况说明：超时原因、已采取的督办措施"))
        self.ack_button = QPushButton(self.tr("确认预警"))
        self.ack_button.setObjectName("primary")
        top = QHBoxLayout()
        for w in (QLabel(self.tr("级别")), self.level, QLabel(self.tr("部门")), self.department,
                  self.show_acked, self.refresh_button):  # fmt: skip
            top.addWidget(w)
        top.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.explanation, 1)
        bottom.addWidget(self.ack_button)
        v = QVBoxLayout(self)
        v.addLayout(top)
        v.addWidget(self.table, 1)
        v.addLayout(bottom)
        v.addWidget(self.status)
        self.level.currentIndexChanged.connect(self.refresh)
        self.department.currentIndexChanged.connect(self.refresh)
        self.show_acked.toggled.connect(self.refresh)
        self.refresh_button.clicked.connect(self.refresh)
        self.ack_button.clicked.connect(self.acknowledge)
        self.call(lambda s: s.departments(), self._departments)
        self.refresh()

    def _departments(self, names: list[str]) -> None:
        self.department.blockSignals(True)
        for name in names:
            self.department.addItem(name, name)
        self.department.blockSignals(False)

    def refresh(self) -> None:
        level, dept = self.level.currentData() or None, self.department.currentData() or None
        acked = self.show_acked.isChecked()
        self.call(lambda s: s.warnings(self.actor, level=level, department=dept,
                                       include_acknowledged=acked), self._show)  # fmt: skip

    def _show(self, rows: list[WarningView]) -> None:
        keep = self.rows[selected_row(self.table)].case_no if selected_row(self.table) >= 0 else ""
        self.rows = rows
        fill(self.table, [(_cells(w), None if w.acknowledged else LEVEL_COLOURS[w.level])
                          for w in rows])  # fmt: skip
        for r, w in enumerate(rows):
            if w.case_no == keep:
                self.table.selectRow(r)
        self.loaded.emit()

    def acknowledge(self) -> None:
        r = selected_row(self.table)
        if r < 0:
            self.say(self.tr("请先在列表中选择一条预警"), error=True)
            return
        case_no, text = self.rows[r].case_no, self.explanation.text()
        self.call(lambda s: s.acknowledge(self.actor, case_no, text), self._acknowledged)

    def _acknowledged(self, w: WarningView) -> None:
        self.explanation.clear()
        self.say(self.tr("已确认办件 %s 的%s预警") % (w.case_no, w.level_label))
        self.refresh()


def _cells(w: WarningView) -> list[str]:
    if w.acknowledged:
        at = w.ack_at.astimezone(HALL_TZ).strftime("%m-%d %H:%M") if w.ack_at else ""
        ack = QCoreApplication.translate("WarningsPage", "已确认（%s %s）") % (w.ack_by, at)
    elif w.ack_level:
        ack = QCoreApplication.translate("WarningsPage", "未确认（已加重）")
    else:
        ack = QCoreApplication.translate("WarningsPage", "未确认")
    return [w.level_label, w.case_no, w.matter_name, w.department, w.handler, w.reason,
            _day(w.promise_due), "" if w.days_left is None else str(w.days_left), ack,
            w.explanation]  # fmt: skip


def _day(d: dt.date | None) -> str:
    return d.isoformat() if d else ""
