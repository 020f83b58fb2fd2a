"""锁屏 (Ctrl+L): the clerk steps away; the window is covered until the same clerk's password
is typed again (checked by app.staff.sign_in on a worker: hashing is slow on purpose)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.settings import Settings
from app.staff import sign_in
from app.store import Store
from ui.common.messages import error_text
from ui.common.worker import run_async


class LockDialog(QDialog):
    unlocked = Signal()
    sign_out = Signal()
    checked = Signal()  # after each password check (tests wait on it)

    def __init__(self, store: Store, settings: Settings, work_no: str, name: str,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.store, self.settings, self.work_no = store, settings, work_no
        self.setObjectName("lockDialog")
        self.setWindowTitle(self.tr("已锁屏"))
        self.setModal(True)
        box = QVBoxLayout(self)
        title = QLabel(self.tr("%s（工号 %s）已锁屏，输入密码解锁") % (name, work_no))
        title.setObjectName("lockTitle")
        box.addWidget(title)
        self.password = QLineEdit()
        self.password.setObjectName("lockPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.returnPressed.connect(self.check)
        box.addWidget(self.password)
        self.message = QLabel("")
        self.message.setObjectName("lockMessage")
        self.message.setStyleSheet("color: #b3191c")
        box.addWidget(self.message)
        unlock = QPushButton(self.tr("解锁（Enter）"))
        unlock.setAutoDefault(False)
        unlock.clicked.connect(self.check)
        box.addWidget(unlock)
        leave = QPushButton(self.tr("签退，换人登录"))
        leave.setAutoDefault(False)
        leave.clicked.connect(self.sign_out.emit)
        box.addWidget(leave)
        self._checking = False

    def check(self) -> None:
        if self._checking:
            return
        self._checking = True
        password = self.password.text()
        self.password.clear()
        run_async(
            lambda: sign_in(self.store, self.work_no, password,
                            max_attempts=self.settings.lockout_attempts,
                            lock_minutes=self.settings.lockout_minutes),  # fmt: skip
            self._ok,
            self._failed,
        )

    def _ok(self, _result: Any) -> None:
        self._checking = False
        self.checked.emit()
        self.unlocked.emit()
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self._checking = False
        self.message.setText(error_text(exc))
        self.checked.emit()

    def reject(self) -> None:  # Esc must not unlock
        pass

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 (Qt override)
        if event.key() == Qt.Key.Key_Escape:
            return
        super().keyPressEvent(event)
