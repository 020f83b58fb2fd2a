"""首问登记: the first person asked records the question and what was done with it; matters
handled here or registered for transfer stay on "my open inquiries" until answered, and an
item past its promised reply time is shown as overdue."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDateTime, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from app.cases.views import DISPOSITIONS, InquiryInput, InquiryView
from app.queue.numbering import HALL_TZ
from ui.clerk.intake.access import CaseAccess
from ui.common.messages import error_text
from ui.common.table_cells import set_cell
from ui.common.worker import run_async

CHANNELS = (("window", "现场"), ("phone", "电话"), ("web", "网络"))


class InquiryPanel(QWidget):
    done = Signal(str)

    def __init__(self, access: CaseAccess, parent: Any = None) -> None:
        super().__init__(parent)
        self.access = access
        self.rows: list[InquiryView] = []
        form_box = QGroupBox(self.tr("首问登记"))
        self.channel = QComboBox()
        self.channel.setObjectName("inquiryChannel")
        for key, label in CHANNELS:
            self.channel.addItem(label, key)
        self.visitor = QLineEdit()
        self.visitor.setObjectName("inquiryVisitor")
        self.phone = QLineEdit()
        self.phone.setObjectName("inquiryPhone")
        self.question = QPlainTextEdit()
        self.question.setObjectName("inquiryQuestion")
        self.question.setMaximumHeight(90)
        self.disposition = QComboBox()
        self.disposition.setObjectName("inquiryDisposition")
        for key, label in DISPOSITIONS.items():
            self.disposition.addItem(label, key)
        self.transferred_to = QLineEdit()
        self.transferred_to.setObjectName("inquiryTransferredTo")
        self.transferred_to.setPlaceholderText(self.tr("引导至哪个窗口 / 转办给谁"))
        self.reply_by = QDateTimeEdit(QDateTime.currentDateTime().addSecs(2 * 3600))
        self.reply_by.setObjectName("inquiryReplyBy")
        self.reply_by.setCalendarPopup(True)
        self.reply_by.setDisplayFormat("yyyy-MM-dd HH:mm")
        form = QFormLayout(form_box)
        form.addRow(self.tr("来访方式"), self.channel)
        form.addRow(self.tr("群众姓名"), self.visitor)
        form.addRow(self.tr("联系电话"), self.phone)
        form.addRow(self.tr("咨询事项"), self.question)
        form.addRow(self.tr("处理方式"), self.disposition)
        form.addRow(self.tr("去向"), self.transferred_to)
        form.addRow(self.tr("承诺答复时间"), self.reply_by)
        self.message = QLabel("")
        self.message.setObjectName("inquiryMessage")
        self.message.setWordWrap(True)
        save = QPushButton(self.tr("登记"))
        save.setObjectName("primary")
        save.clicked.connect(self.log)
        form.addRow(self.message)
        form.addRow(save)

        list_box = QGroupBox(self.tr("我的未办结首问（超过承诺答复时间的标红）"))
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("myInquiries")
        self.table.setHorizontalHeaderLabels([self.tr("登记时间"), self.tr("群众"),
                                              self.tr("咨询事项"), self.tr("处理方式"),
                                              self.tr("承诺答复"), self.tr("当前经办")])  # fmt: skip
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.reply = QLineEdit()
        self.reply.setObjectName("inquiryReply")
        self.reply.setPlaceholderText(self.tr("给群众的答复"))
        close = QPushButton(self.tr("答复并办结所选"))
        close.setObjectName("closeInquiry")
        close.clicked.connect(self.close_selected)
        row = QHBoxLayout()
        row.addWidget(self.reply, 1)
        row.addWidget(close)
        self.hand_to = QLineEdit()
        self.hand_to.setObjectName("inquiryHandTo")
        self.hand_to.setPlaceholderText(self.tr("接手人员工号或部门（首问责任人不变）"))
        hand = QPushButton(self.tr("转交所选"))
        hand.setObjectName("handOffInquiry")
        hand.clicked.connect(self.hand_off_selected)
        row2 = QHBoxLayout()
        row2.addWidget(self.hand_to, 1)
        row2.addWidget(hand)
        lv = QVBoxLayout(list_box)
        lv.addWidget(self.table, 1)
        lv.addLayout(row2)
        lv.addLayout(row)
        root = QHBoxLayout(self)
        root.addWidget(form_box, 2)
        root.addWidget(list_box, 3)
        self.timer = QTimer(self, interval=60_000)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()

    def tab_title(self) -> str:
        return self.tr("首问登记")

    def log(self) -> None:
        key = self.disposition.currentData()
        qdt = self.reply_by.dateTime().toPython()
        assert isinstance(qdt, dt.datetime)
        promised = qdt.replace(tzinfo=HALL_TZ) if key in ("handled", "transferred") else None
        data = InquiryInput(question=self.question.toPlainText(), disposition=key,
                            channel=self.channel.currentData(), visitor_name=self.visitor.text(),
                            visitor_phone=self.phone.text(),
                            transferred_to=self.transferred_to.text(),
                            promised_reply_at=promised)  # fmt: skip
        actor = self.access.actor

        def done(v: InquiryView) -> None:
            self.message.setStyleSheet("")
            self.message.setText(self.tr("已登记（%s）") % v.disposition_label)
            for edit in (self.visitor, self.phone, self.transferred_to):
                edit.clear()
            self.question.clear()
            self.refresh()
            self.done.emit(self.message.text())

        run_async(lambda: self.access.cases().log_inquiry(actor, data), done, self._failed)

    def _failed(self, exc: Exception) -> None:
        self.message.setStyleSheet("color: #c0392b;")
        self.message.setText(error_text(exc) + self.tr("（已填写的内容未丢失）"))
        self.done.emit(self.message.text())

    def refresh(self) -> None:
        actor = self.access.actor
        run_async(lambda: self.access.cases().my_inquiries(actor), self._show, self._failed)

    def _show(self, rows: list[InquiryView]) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for r, v in enumerate(rows):
            when = v.promised_reply_at.astimezone(HALL_TZ).strftime("%m-%d %H:%M") \
                if v.promised_reply_at else "—"  # fmt: skip
            if v.overdue:
                when += self.tr("（已超时）")
            cells = [v.at.astimezone(HALL_TZ).strftime("%m-%d %H:%M"), v.visitor_name or "—",
                     v.question, v.disposition_label, when, v.handler]  # fmt: skip
            for col, text in enumerate(cells):
                set_cell(self.table, r, col, text, QColor("#f9d3cf") if v.overdue else None)

    def hand_off_selected(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.rows):
            self.message.setText(self.tr("请先在右侧列表中选择一条"))
            return
        inquiry_id, to, actor = self.rows[row].id, self.hand_to.text(), self.access.actor

        def done(v: InquiryView) -> None:
            self.hand_to.clear()
            self.message.setStyleSheet("")
            self.message.setText(
                self.tr("已转交 %s；您仍是首问责任人，答复前保留在您的列表上") % v.handler
            )
            self.refresh()
            self.done.emit(self.message.text())

        run_async(lambda: self.access.cases().hand_off_inquiry(actor, inquiry_id, to), done,
                  self._failed)  # fmt: skip

    def close_selected(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.rows):
            self.message.setText(self.tr("请先在右侧列表中选择一条"))
            return
        inquiry_id, reply, actor = self.rows[row].id, self.reply.text(), self.access.actor

        def done(_v: InquiryView) -> None:
            self.reply.clear()
            self.message.setStyleSheet("")
            self.message.setText(self.tr("已答复办结"))
            self.refresh()
            self.done.emit(self.message.text())

        run_async(lambda: self.access.cases().close_inquiry(actor, inquiry_id, reply), done,
                  self._failed)  # fmt: skip
