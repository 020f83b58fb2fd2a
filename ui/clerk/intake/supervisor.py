"""A supervisor signs in on the spot to approve what a clerk may not do alone (a deficiency
the one-time notice did not name, an extension). The password check and the lockout are
app.staff's; whether the person may approve is app.permissions'."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from app.journal import Actor
from app.permissions import allowed
from app.staff import sign_in
from app.store import Store
from ui.common.messages import error_text
from ui.common.worker import run_async


class SupervisorDialog(QDialog):
    approved = Signal(object)  # Actor of the supervisor

    def __init__(self, store: Store, what: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self.approver: Actor | None = None
        self.setObjectName("supervisorDialog")
        self.setWindowTitle(self.tr("主管现场批准"))
        intro = QLabel(self.tr("以下操作须经主管（效能监察）批准：\n%s\n请主管本人输入工号和密码。")
                       % what)  # fmt: skip
        intro.setWordWrap(True)
        self.work_no = QLineEdit()
        self.work_no.setObjectName("supervisorWorkNo")
        self.password = QLineEdit()
        self.password.setObjectName("supervisorPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("主管工号"), self.work_no)
        form.addRow(self.tr("密码"), self.password)
        self.error = QLabel("")
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.ok_button = QPushButton(self.tr("批准"))
        self.ok_button.setObjectName("primary")
        self.ok_button.clicked.connect(self.submit)
        cancel = QPushButton(self.tr("取消"))
        cancel.clicked.connect(self.reject)
        self.password.returnPressed.connect(self.submit)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(cancel)
        buttons.addWidget(self.ok_button)
        root = QVBoxLayout(self)
        root.addWidget(intro)
        root.addLayout(form)
        root.addWidget(self.error)
        root.addLayout(buttons)

    def submit(self) -> None:
        work_no, password = self.work_no.text(), self.password.text()
        self.ok_button.setEnabled(False)
        self.error.setText("")
        run_async(lambda: sign_in(self.store, work_no, password), self._signed_in, self._failed)

    def _signed_in(self, result: Any) -> None:
        self.ok_button.setEnabled(True)
        _info, actor = result
        if not allowed(actor, "case.approve"):
            self.error.setText(self.tr("该账号不是主管，无权批准。请由主管本人登录。"))
            self.password.clear()
            return
        self.approver = actor
        self.approved.emit(actor)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.ok_button.setEnabled(True)
        self.error.setText(error_text(exc))
        self.password.clear()
