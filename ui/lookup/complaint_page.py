"""投诉 on the public touchscreen: file a complaint (number and query password shown once, in
large type) or read the answer by number + password. Large type and big touch targets; plain
line edits take keyboard input (an on-screen keyboard comes with the lookup role). ``done``
asks the lookup window to go back home."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.settings import Settings
from app.store import Store
from app.supervision.views import ComplaintInput, ComplaintReceipt, PublicComplaint
from ui.common.messages import error_text
from ui.common.worker import run_async

COMPLAINT_QSS = """
QWidget#complaintPage { background: #f7f3ee; }
QLabel#banner { background: #a61b1b; color: white; font-size: 28pt; font-weight: bold;
                padding: 16px; }
QLabel { font-size: 18pt; }
QLabel#hint { font-size: 16pt; color: #555; }
QLabel#error { font-size: 18pt; color: #c0392b; }
QLabel#receipt, QLabel#answer { font-size: 22pt; background: white; padding: 16px;
                                border: 2px solid #d8c7b5; border-radius: 12px; }
QLineEdit, QPlainTextEdit { font-size: 20pt; min-height: 64px; background: white; }
QPushButton#tile { background: white; border: 2px solid #d8c7b5; border-radius: 12px;
                   font-size: 24pt; padding: 24px; min-height: 140px; color: #5a1010; }
QPushButton#tile:pressed { background: #f6d5d1; }
QPushButton#nav, QPushButton#primary { font-size: 20pt; padding: 12px 32px; min-height: 72px; }
QPushButton#primary { background: #c0392b; color: white; border: none; border-radius: 8px; }
"""


class ComplaintPage(QWidget):
    done = Signal()
    filed = Signal(object)  # ComplaintReceipt
    answered = Signal(object)  # PublicComplaint
    failed = Signal(str)

    def __init__(self, store: Store, settings: Settings, parent: QWidget | None = None, *,
                 clock: Any = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("complaintPage")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setStyleSheet(COMPLAINT_QSS)
        self._store, self._settings, self._clock = store, settings, clock
        self._service: Any = None
        self._lock = threading.Lock()
        banner = QLabel(self.tr("投诉与答复查询"))
        banner.setObjectName("banner")
        banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.error = QLabel("")
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        # home
        home = QWidget()
        hv = QVBoxLayout(home)
        self.file_tile = self._button(self.tr("我要投诉"), "tile")
        self.check_tile = self._button(self.tr("查询投诉答复"), "tile")
        hint = QLabel(self.tr("对窗口服务不满意，可在此投诉；我们将在规定期限内答复，"
                              "您凭投诉编号和查询密码查看答复。"))  # fmt: skip
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        hv.addWidget(hint)
        hv.addWidget(self.file_tile)
        hv.addWidget(self.check_tile)
        hv.addStretch(1)
        # file
        form_page = QWidget()
        self.name = QLineEdit()
        self.phone = QLineEdit()
        self.case_no = QLineEdit()
        self.case_no.setPlaceholderText(self.tr("可不填"))
        self.window_no = QLineEdit()
        self.window_no.setPlaceholderText(self.tr("可不填"))
        self.content = QPlainTextEdit()
        self.content.setPlaceholderText(self.tr("请写明时间、窗口和经过"))
        self.content.setMaximumHeight(420)
        self.submit = self._button(self.tr("提交投诉"), "primary")
        form = QFormLayout(form_page)
        form.addRow(self.tr("姓名"), self.name)
        form.addRow(self.tr("联系电话"), self.phone)
        form.addRow(self.tr("办件编号"), self.case_no)
        form.addRow(self.tr("窗口号"), self.window_no)
        form.addRow(self.tr("投诉内容"), self.content)
        form.addRow("", self.submit)
        # receipt
        receipt_page = QWidget()
        rv = QVBoxLayout(receipt_page)
        self.receipt = QLabel("")
        self.receipt.setObjectName("receipt")
        self.receipt.setWordWrap(True)
        self.receipt.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        rv.addWidget(self.receipt)
        rv.addStretch(1)
        # check
        check_page = QWidget()
        self.number = QLineEdit()
        self.number.setPlaceholderText(self.tr("投诉回执上的编号"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("6 位查询密码"))
        self.lookup = self._button(self.tr("查询"), "primary")
        self.answer = QLabel("")
        self.answer.setObjectName("answer")
        self.answer.setWordWrap(True)
        self.answer.setVisible(False)
        cf = QFormLayout(check_page)
        cf.addRow(self.tr("投诉编号"), self.number)
        cf.addRow(self.tr("查询密码"), self.password)
        cf.addRow("", self.lookup)
        cf.addRow(self.answer)
        for page in (home, form_page, receipt_page, check_page):
            self.stack.addWidget(page)
        self.home_page, self.form_page = home, form_page
        self.receipt_page, self.check_page = receipt_page, check_page
        self.back = self._button(self.tr("返回"), "nav")
        self.finish = self._button(self.tr("完成"), "nav")
        nav = QHBoxLayout()
        nav.addWidget(self.back)
        nav.addStretch(1)
        nav.addWidget(self.finish)
        v = QVBoxLayout(self)
        v.addWidget(banner)
        v.addWidget(self.stack, 1)
        v.addWidget(self.error)
        v.addLayout(nav)
        self.file_tile.clicked.connect(lambda: self._go(self.form_page))
        self.check_tile.clicked.connect(lambda: self._go(self.check_page))
        self.submit.clicked.connect(self.file)
        self.lookup.clicked.connect(self.check)
        self.password.returnPressed.connect(self.check)
        self.back.clicked.connect(self.go_back)
        self.finish.clicked.connect(self.leave)

    def _button(self, text: str, name: str) -> QPushButton:
        b = QPushButton(text)
        b.setObjectName(name)
        b.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        return b

    def service(self) -> Any:
        from app.supervision.complaints import ComplaintService

        with self._lock:  # worker threads only: building it reads the store
            if self._service is None:
                self._service = ComplaintService(self._store, self._settings, clock=self._clock)
            return self._service

    def _go(self, page: QWidget) -> None:
        self.error.setText("")
        self.stack.setCurrentWidget(page)

    def go_back(self) -> None:
        """One step back; from the home page, back to the lookup screen's home."""
        if self.stack.currentWidget() is self.home_page:
            self.leave()
        else:
            self._go(self.home_page)

    def leave(self) -> None:
        """Forget everything and go back to the lookup screen's home."""
        self.reset()
        self.done.emit()

    def reset(self) -> None:
        """Forget everything typed and shown (the next person must not see it). The lookup
        screen calls it whenever it goes home, so it must not ask to go home itself."""
        for w in (self.name, self.phone, self.case_no, self.window_no, self.number,
                  self.password):  # fmt: skip
            w.clear()
        self.content.clear()
        self.receipt.setText("")
        self.answer.setText("")
        self.answer.setVisible(False)
        self._go(self.home_page)

    def _failed(self, exc: Exception) -> None:
        text = error_text(exc)
        self.error.setText(text)
        self.failed.emit(text)

    def file(self) -> None:
        data = ComplaintInput(complainant_name=self.name.text(), complainant_phone=self.phone.text(),
                              content=self.content.toPlainText(), channel="lookup",
                              case_no=self.case_no.text(), window_no=self.window_no.text())  # fmt: skip
        self.error.setText("")
        run_async(lambda: self.service().file(None, data), self._filed, self._failed, owner=self)

    def _filed(self, r: ComplaintReceipt) -> None:
        for w in (self.name, self.phone, self.case_no, self.window_no):
            w.clear()
        self.content.clear()
        self.receipt.setText(self.tr("投诉已受理，我们将于 %s 前答复。\n\n投诉编号：%s\n查询密码：%s\n\n"
                                     "请记下编号和密码（只显示这一次），凭此查询答复。")
                             % (r.due_on.isoformat(), r.number, r.password))  # fmt: skip
        self._go(self.receipt_page)
        self.filed.emit(r)

    def check(self) -> None:
        number, password = self.number.text(), self.password.text()
        self.error.setText("")
        self.answer.setVisible(False)
        run_async(lambda: self.service().public_status(number, password), self._answered,
                  self._failed, owner=self)  # fmt: skip

    def _answered(self, p: PublicComplaint) -> None:
        self.password.clear()
        lines = [self.tr("投诉编号：%s　投诉人：%s") % (p.number, p.complainant),
                 self.tr("受理日期：%s　答复期限：%s") % (p.received_on.isoformat(), p.due_on.isoformat()),
                 self.tr("状态：%s") % p.status_label]  # fmt: skip
        if p.answer:
            lines.append(self.tr("答复（%s）：%s") % (p.answered_on.isoformat() if p.answered_on else "",
                                                    p.answer))  # fmt: skip
        elif p.overdue:
            lines.append(self.tr("已超过答复期限，请拨打监督电话或到服务台反映。"))
        self.answer.setText("\n".join(lines))
        self.answer.setVisible(True)
        self.answered.emit(p)
