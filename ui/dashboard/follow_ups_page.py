"""Bad-review follow-up (差评回访整改) as a supervisor works it: the callback and its verdict,
the fix, and the applicant's follow-up rating (追评), each deadline shown with whether it was
met. The rules (order of steps, one follow-up rating, deadlines) are app.supervision's."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.cases.views import RATING_LABELS
from app.journal import Actor
from app.queue.numbering import HALL_TZ
from app.settings import Settings
from app.store import Store
from app.supervision.follow_ups import VERDICTS
from app.supervision.views import SupervisedFollowUp
from ui.dashboard.supervision_page import ServicePage, fill, make_table, selected_row

LATE = QColor("#f8c4c0")
HEADERS = [
    QT_TRANSLATE_NOOP("FollowUpsPage", "办件编号"),
    QT_TRANSLATE_NOOP("FollowUpsPage", "评价"),
    QT_TRANSLATE_NOOP("FollowUpsPage", "责任人"),
    QT_TRANSLATE_NOOP("FollowUpsPage", "回访期限"),
    QT_TRANSLATE_NOOP("FollowUpsPage", "回访"),
    QT_TRANSLATE_NOOP("FollowUpsPage", "核实结论"),
    QT_TRANSLATE_NOOP("FollowUpsPage", "整改期限"),
    QT_TRANSLATE_NOOP("FollowUpsPage", "整改"),
    QT_TRANSLATE_NOOP("FollowUpsPage", "整改措施"),
    QT_TRANSLATE_NOOP("FollowUpsPage", "追评"),
]


class FollowUpsPage(ServicePage):
    def __init__(self, store: Store, settings: Settings, actor: Actor,
                 parent: QWidget | None = None, *, clock: Any = None) -> None:  # fmt: skip
        from app.supervision.follow_ups import FollowUpService

        super().__init__(lambda: FollowUpService(store, settings, clock=clock), parent)
        self.actor = actor
        self.rows: list[SupervisedFollowUp] = []
        self.include_done = QCheckBox(self.tr("含已完成"))
        self.refresh_button = QPushButton(self.tr("刷新"))
        self.table = make_table([self.tr(str(h)) for h in HEADERS])
        self.verdict = QComboBox()
        for v in VERDICTS:  # domain words (GB/T 39734 practice), shown as they are
            self.verdict.addItem(v, v)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("回访情况：回访对象、时间、核实经过"))
        self.callback_button = QPushButton(self.tr("登记回访"))
        self.measures = QLineEdit()
        self.measures.setPlaceholderText(self.tr("整改措施（误评、恶意或无法定依据的，写明解释说明）"))
        self.fix_button = QPushButton(self.tr("登记整改"))
        self.level = QComboBox()
        for level, label in RATING_LABELS.items():
            self.level.addItem(f"{level} {label}", level)
        self.rerate_note = QLineEdit()
        self.rerate_note.setPlaceholderText(self.tr("群众意见（可不填）"))
        self.rerate_button = QPushButton(self.tr("登记追评"))
        top = QHBoxLayout()
        top.addWidget(self.include_done)
        top.addWidget(self.refresh_button)
        top.addStretch(1)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("回访核实")), 0, 0)
        grid.addWidget(self.verdict, 0, 1)
        grid.addWidget(self.note, 0, 2)
        grid.addWidget(self.callback_button, 0, 3)
        grid.addWidget(QLabel(self.tr("整改反馈")), 1, 0)
        grid.addWidget(self.measures, 1, 1, 1, 2)
        grid.addWidget(self.fix_button, 1, 3)
        grid.addWidget(QLabel(self.tr("群众追评")), 2, 0)
        grid.addWidget(self.level, 2, 1)
        grid.addWidget(self.rerate_note, 2, 2)
        grid.addWidget(self.rerate_button, 2, 3)
        grid.setColumnStretch(2, 1)
        v = QVBoxLayout(self)
        v.addLayout(top)
        v.addWidget(self.table, 1)
        v.addLayout(grid)
        v.addWidget(self.status)
        self.include_done.toggled.connect(self.refresh)
        self.refresh_button.clicked.connect(self.refresh)
        self.callback_button.clicked.connect(self.callback)
        self.fix_button.clicked.connect(self.fix)
        self.rerate_button.clicked.connect(self.rerate)
        self.refresh()

    def refresh(self) -> None:
        done = self.include_done.isChecked()
        self.call(lambda s: s.follow_ups(self.actor, include_done=done), self._show)

    def _show(self, rows: list[SupervisedFollowUp]) -> None:
        r = selected_row(self.table)
        keep = self.rows[r].id if 0 <= r < len(self.rows) else ""
        self.rows = rows
        fill(self.table, [(_cells(f), LATE if "逾期" in f.callback_state + f.fix_state else None)
                          for f in rows])  # fmt: skip
        for i, f in enumerate(rows):
            if f.id == keep:
                self.table.selectRow(i)
        self.loaded.emit()

    def _selected(self) -> str:
        r = selected_row(self.table)
        if r < 0:
            self.say(self.tr("请先在列表中选择一条差评"), error=True)
            return ""
        return self.rows[r].id

    def callback(self) -> None:
        fid = self._selected()
        if fid:
            verdict, note = self.verdict.currentData(), self.note.text()
            self.call(lambda s: s.callback(self.actor, fid, verdict=verdict, note=note),
                      self._done)  # fmt: skip

    def fix(self) -> None:
        fid = self._selected()
        if fid:
            measures = self.measures.text()
            self.call(lambda s: s.fix(self.actor, fid, measures=measures), self._done)

    def rerate(self) -> None:
        fid = self._selected()
        if fid:
            level, note = int(self.level.currentData()), self.rerate_note.text()
            self.call(lambda s: s.rerate(self.actor, fid, level, note), self._done)

    def _done(self, f: SupervisedFollowUp) -> None:
        self.say(self.tr("已保存：办件 %s") % f.follow_up.case_no)
        for w in (self.note, self.measures, self.rerate_note):
            w.clear()
        self.refresh()


def _when(at: dt.datetime | None) -> str:
    return at.astimezone(HALL_TZ).strftime("%m-%d %H:%M") if at else ""


def _cells(f: SupervisedFollowUp) -> list[str]:
    v = f.follow_up
    rerating = f"{f.rerating_level} {f.rerating_label}" if f.rerating_level else ""
    return [v.case_no, v.label, v.responsible, v.callback_due.isoformat(),
            f"{f.callback_state} {_when(v.callback_at)}".strip(), v.verdict,
            v.fix_due.isoformat(), f"{f.fix_state} {_when(v.fixed_at)}".strip(), v.measures,
            rerating]  # fmt: skip
