"""Sign-in dialog: work number and password. The check (and the lockout) is app.staff's."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
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
from app.settings import Settings
from app.staff import StaffInfo, sign_in
from app.store import Store
from ui.common.messages import error_text
from ui.common.worker import run_async


class SignInDialog(QDialog):
    def __init__(
        self, store: Store, settings: Settings, hall_name: str = "", parent: Any = None
    ) -> None:
        super().__init__(parent)
        self.store, self.settings = store, settings
        self.info: StaffInfo | None = None
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("一窗 · 窗口人员登录"))
        self.setMinimumWidth(420)

        title = QLabel(hall_name or self.tr("政务服务中心"))
        title.setObjectName("title")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.subtitle = subtitle = QLabel(self.tr("窗口人员登录"))
        subtitle.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.work_no = QLineEdit()
        self.work_no.setObjectName("workNo")
        self.work_no.setPlaceholderText(self.tr("请输入工号"))
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("请输入密码"))
        form = QFormLayout()
        form.addRow(self.tr("工号"), self.work_no)
        form.addRow(self.tr("密码"), self.password)

        self.error = QLabel("")
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.ok_button = QPushButton(self.tr("登录"))
        self.ok_button.setObjectName("primary")
        # Enter is handled per field (work number → password → sign in); a default button
        # would also fire on Enter in the work-number field and complain about the password.
        self.ok_button.setAutoDefault(False)
        cancel = QPushButton(self.tr("退出"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        self.ok_button.clicked.connect(self._submit)
        self.password.returnPressed.connect(self._submit)
        self.work_no.returnPressed.connect(self.password.setFocus)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.ok_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addSpacing(12)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.work_no.setFocus()

    def _submit(self) -> None:
        work_no, password = self.work_no.text(), self.password.text()
        if not work_no.strip():
            self.error.setText(self.tr("请输入工号"))
            self.work_no.setFocus()
            return
        if not password:
            self.error.setText(self.tr("请输入密码"))
            self.password.setFocus()
            return
        self.ok_button.setEnabled(False)
        self.error.setText(self.tr("正在验证…"))
        run_async(lambda: self.authenticate(work_no, password), self._signed_in, self._failed)

    def authenticate(self, work_no: str, password: str) -> tuple[StaffInfo, Actor]:
        """Worker thread: the password check (a role's own dialog adds its permission)."""
        s = self.settings
        return sign_in(self.store, work_no, password,
                       max_attempts=s.lockout_attempts, lock_minutes=s.lockout_minutes)  # fmt: skip

    def _signed_in(self, result: tuple[StaffInfo, Actor]) -> None:
        self.info, self.actor = result
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.ok_button.setEnabled(True)
        self.error.setText(error_text(exc))
        # The work number stays; only the password is cleared for the next try.
        self.password.clear()
        self.password.setFocus()
