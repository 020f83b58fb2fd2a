"""Complaints (投诉) for the supervisor or a clerk: the list with due dates and overdue ones
marked, assign to a handler, answer, and take down a complaint made by phone or at the window
(the complainant is told the number and query password once)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import permissions
from app.journal import Actor
from app.queue.numbering import HALL_TZ
from app.settings import Settings
from app.store import Store
from app.supervision.views import ComplaintInput, ComplaintReceipt, ComplaintView
from ui.dashboard.supervision_page import ServicePage, fill, make_table, selected_row

OVERDUE = QColor("#f8c4c0")
HEADERS = [
    QT_TRANSLATE_NOOP("ComplaintsPage", "投诉编号"),
    QT_TRANSLATE_NOOP("ComplaintsPage", "渠道"),
    QT_TRANSLATE_NOOP("ComplaintsPage", "投诉人"),
    QT_TRANSLATE_NOOP("ComplaintsPage", "电话"),
    QT_TRANSLATE_NOOP("ComplaintsPage", "受理时间"),
    QT_TRANSLATE_NOOP("ComplaintsPage", "答复期限"),
    QT_TRANSLATE_NOOP("ComplaintsPage", "状态"),
    QT_TRANSLATE_NOOP("ComplaintsPage", "承办人"),
    QT_TRANSLATE_NOOP("ComplaintsPage", "投诉内容"),
    QT_TRANSLATE_NOOP("ComplaintsPage", "答复"),
]


class ComplaintsPage(ServicePage):
    filed = Signal(object)  # the ComplaintReceipt of a complaint just taken down

    def __init__(self, store: Store, settings: Settings, actor: Actor,
                 parent: QWidget | None = None, *, clock: Any = None) -> None:  # fmt: skip
        from app.supervision.complaints import ComplaintService

        super().__init__(lambda: ComplaintService(store, settings, clock=clock), parent)
        self.actor = actor
        self.rows: list[ComplaintView] = []
        self.include_closed = QCheckBox(self.tr("含已答复"))
        self.refresh_button = QPushButton(self.tr("刷新"))
        self.table = make_table([self.tr(str(h)) for h in HEADERS])
        content_col = self.table.horizontalHeader()
        content_col.setSectionResizeMode(8, content_col.ResizeMode.Interactive)  # long texts:
        self.table.setColumnWidth(8, 280)  # the whole text is below the table when selected
        self.table.itemSelectionChanged.connect(self._selected_changed)
        self.detail = QLabel("")
        self.detail.setWordWrap(True)
        self.assignee = QLineEdit()
        self.assignee.setPlaceholderText(self.tr("承办人工号"))
        self.assign_button = QPushButton(self.tr("分派"))
        self.answer_text = QPlainTextEdit()
        self.answer_text.setPlaceholderText(self.tr("答复内容：调查结果和处理意见，投诉人凭编号和密码可查看"))
        self.answer_text.setFixedHeight(70)
        self.answer_button = QPushButton(self.tr("答复"))
        self.answer_button.setObjectName("primary")
        # taking a complaint down (phone or window)
        self.channel = QComboBox()
        self.channel.addItem(self.tr("电话"), "phone")
        self.channel.addItem(self.tr("窗口"), "window")
        self.name = QLineEdit()
        self.phone = QLineEdit()
        self.case_no = QLineEdit()
        self.case_no.setPlaceholderText(self.tr("可不填"))
        self.window_no = QLineEdit()
        self.window_no.setPlaceholderText(self.tr("可不填"))
        self.target = QLineEdit()
        self.target.setPlaceholderText(self.tr("被投诉人姓名或工号，可不填"))
        self.content = QPlainTextEdit()
        self.content.setFixedHeight(70)
        self.file_button = QPushButton(self.tr("登记投诉"))
        self.file_button.setObjectName("primary")
        self.receipt = QLabel("")
        self.receipt.setObjectName("receipt")
        self.receipt.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("渠道"), self.channel)
        form.addRow(self.tr("投诉人姓名"), self.name)
        form.addRow(self.tr("联系电话"), self.phone)
        form.addRow(self.tr("办件编号"), self.case_no)
        form.addRow(self.tr("窗口号"), self.window_no)
        form.addRow(self.tr("被投诉人"), self.target)
        form.addRow(self.tr("投诉内容"), self.content)
        form.addRow("", self.file_button)
        form.addRow("", self.receipt)
        new_box = QGroupBox(self.tr("登记电话或窗口投诉"))
        new_box.setLayout(form)
        top = QHBoxLayout()
        top.addWidget(self.include_closed)
        top.addWidget(self.refresh_button)
        top.addStretch(1)
        assign = QHBoxLayout()
        assign_label = QLabel(self.tr("分派给"))
        assign.addWidget(assign_label)
        assign.addWidget(self.assignee)
        assign.addWidget(self.assign_button)
        assign.addStretch(1)
        answer = QHBoxLayout()
        answer.addWidget(self.answer_text, 1)
        answer.addWidget(self.answer_button)
        left = QVBoxLayout()
        left.addLayout(top)
        left.addWidget(self.table, 1)
        left.addWidget(self.detail)
        left.addLayout(assign)
        left.addLayout(answer)
        left.addWidget(self.status)
        h = QHBoxLayout(self)
        h.addLayout(left, 3)
        h.addWidget(new_box, 1)
        if not permissions.allowed(actor, "complaint.handle"):  # a clerk: no assigning
            for w in (self.assignee, self.assign_button, assign_label):
                w.setVisible(False)
            self.channel.setCurrentIndex(self.channel.findData("window"))
        self.include_closed.toggled.connect(self.refresh)
        self.refresh_button.clicked.connect(self.refresh)
        self.assign_button.clicked.connect(self.assign)
        self.answer_button.clicked.connect(self.answer)
        self.file_button.clicked.connect(self.file)
        self.refresh()

    def refresh(self) -> None:
        closed = self.include_closed.isChecked()
        self.call(lambda s: s.open_complaints(self.actor, include_closed=closed), self._show)

    def _show(self, rows: list[ComplaintView]) -> None:
        r = selected_row(self.table)
        keep = self.rows[r].number if 0 <= r < len(self.rows) else ""
        self.rows = rows
        fill(self.table, [(self._cells(c), OVERDUE if c.overdue else None) for c in rows])
        for i, c in enumerate(rows):
            if c.number == keep:
                self.table.selectRow(i)
        self._selected_changed()
        self.loaded.emit()

    def _cells(self, c: ComplaintView) -> list[str]:
        status = c.status_label + (self.tr("（超期）") if c.overdue else "")
        return [c.number, c.channel_label, c.complainant_name, c.complainant_phone,
                c.received_at.astimezone(HALL_TZ).strftime("%Y-%m-%d %H:%M"),
                c.due_on.isoformat(), status, c.handler or self.tr("未分派"), c.content,
                c.answer]  # fmt: skip

    def _selected_changed(self) -> None:
        r = selected_row(self.table)
        if 0 <= r < len(self.rows):
            c = self.rows[r]
            about = [c.content]
            if c.case_no:
                about.append(self.tr("办件：%s") % c.case_no)
            if c.window_no:
                about.append(self.tr("窗口：%d") % c.window_no)
            if c.target_staff:
                about.append(self.tr("被投诉人：%s") % c.target_staff)
            self.detail.setText("　".join(about))
        else:
            self.detail.setText("")

    def _number(self) -> str:
        r = selected_row(self.table)
        if r < 0:
            self.say(self.tr("请先在列表中选择一件投诉"), error=True)
            return ""
        return self.rows[r].number

    def assign(self) -> None:
        number, who = self._number(), self.assignee.text()
        if number:
            self.call(lambda s: s.assign(self.actor, number, who), self._changed)

    def answer(self) -> None:
        number, text = self._number(), self.answer_text.toPlainText()
        if number:
            self.call(lambda s: s.answer(self.actor, number, text), self._answered)

    def _answered(self, c: ComplaintView) -> None:
        self.answer_text.clear()
        self._changed(c)

    def _changed(self, c: ComplaintView) -> None:
        self.say(self.tr("投诉 %s：%s") % (c.number, c.status_label))
        self.refresh()

    def file(self) -> None:
        data = ComplaintInput(
            complainant_name=self.name.text(), complainant_phone=self.phone.text(),
            content=self.content.toPlainText(), channel=str(self.channel.currentData()),
            case_no=self.case_no.text(), window_no=self.window_no.text(),
            target_staff=self.target.text(),
        )  # fmt: skip
        self.call(lambda s: s.file(self.actor, data), self._filed)

    def _filed(self, r: ComplaintReceipt) -> None:
        for w in (self.name, self.phone, self.case_no, self.window_no, self.target):
            w.clear()
        self.content.clear()
        self.receipt.setText(self.tr("已受理。投诉编号 %s，查询密码 %s（请告知投诉人，只显示这一次），"
                                     "答复期限 %s") % (r.number, r.password, r.due_on.isoformat()))
        self.say(self.tr("投诉已登记：%s") % r.number)
        self.filed.emit(r)
        self.refresh()
