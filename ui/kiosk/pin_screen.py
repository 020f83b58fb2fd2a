"""Leaving kiosk mode: the administrator's PIN, typed on the on-screen keypad; and, on the first
run, choosing that PIN. The PIN is checked against its argon2 hash on a worker thread."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.errors import InvalidInput
from app.kiosk import exit_pin
from ui.common.messages import error_text
from ui.common.worker import run_async
from ui.kiosk.keypad import Keypad


class _PadPage(QWidget):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        box = QVBoxLayout(self)
        box.setContentsMargins(60, 40, 60, 40)
        self.title = QLabel(title)
        self.title.setObjectName("prompt")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        box.addWidget(self.title)
        self.message = QLabel("")
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box.addWidget(self.message)
        row = QHBoxLayout()
        row.addStretch()
        self.keypad = Keypad(secret=True, max_len=exit_pin.MAX_LEN, with_x=False)
        self.keypad.setMaximumWidth(640)
        row.addWidget(self.keypad)
        row.addStretch()
        box.addLayout(row)
        self.back = QPushButton(QCoreApplication.translate("PinScreen", "返回"))
        self.back.setObjectName("plainButton")
        box.addWidget(self.back, alignment=Qt.AlignmentFlag.AlignHCenter)
        box.addStretch()


class PinScreen(_PadPage):
    unlocked = Signal()
    cancelled = Signal()
    checked = Signal(bool)  # after each check (tests wait on it)

    def __init__(self, pin_hash: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("退出取号机模式：请输入管理员密码"), parent)
        self.pin_hash = pin_hash
        self._checking = False
        self.keypad.accepted.connect(self._check)
        self.back.clicked.connect(self.cancelled.emit)

    def reset(self) -> None:
        self.keypad.clear()
        self.message.setText("")

    def _check(self, typed: str) -> None:
        if self._checking:
            return
        self._checking = True
        self.keypad.clear()
        stored = self.pin_hash
        run_async(lambda: exit_pin.check(stored, typed), self._checked,
                  lambda exc: self._checked(False))  # fmt: skip

    def _checked(self, ok: Any) -> None:
        self._checking = False
        self.checked.emit(bool(ok))
        if ok:
            self.unlocked.emit()
            return
        self.message.setText(self.tr("密码错误，请重试"))


class PinSetupScreen(_PadPage):
    """First run: the administrator chooses the exit PIN, typed twice."""

    done = Signal(str)  # the stored hash

    def __init__(self, config_path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("首次使用：请管理员设置退出取号机的密码（6–12 位数字）"), parent)
        self.config_path = config_path
        self._first: str | None = None
        self.back.hide()  # nothing to go back to before a PIN exists
        self.keypad.accepted.connect(self._typed)

    def _typed(self, typed: str) -> None:
        self.keypad.clear()
        if self._first is None:
            try:
                exit_pin.validate(typed)
            except InvalidInput as exc:
                self.message.setText(exc.message)
                return
            self._first = typed
            self.message.setText(self.tr("请再输入一次"))
            return
        first, self._first = self._first, None
        path = self.config_path
        run_async(lambda: exit_pin.save(first, typed, path), self.done.emit, self._failed)

    def _failed(self, exc: Exception) -> None:
        self.message.setText(error_text(exc))
