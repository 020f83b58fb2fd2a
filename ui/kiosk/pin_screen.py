"""Leaving kiosk mode: the admin PIN, typed on the on-screen keypad."""

from __future__ import annotations

import hmac

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.kiosk.keypad import Keypad


class PinScreen(QWidget):
    unlocked = Signal()
    cancelled = Signal()

    def __init__(self, pin: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pin = pin
        box = QVBoxLayout(self)
        box.setContentsMargins(60, 40, 60, 40)
        title = QLabel(self.tr("退出取号机模式：请输入管理员密码"))
        title.setObjectName("prompt")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title.setWordWrap(True)
        box.addWidget(title)
        self.message = QLabel("")
        self.message.setObjectName("message")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box.addWidget(self.message)
        row = QHBoxLayout()
        row.addStretch()
        self.keypad = Keypad(secret=True, max_len=12, with_x=False)
        self.keypad.setMaximumWidth(640)
        self.keypad.accepted.connect(self._check)
        row.addWidget(self.keypad)
        row.addStretch()
        box.addLayout(row)
        cancel = QPushButton(self.tr("返回"))
        cancel.setObjectName("plainButton")
        cancel.clicked.connect(self.cancelled.emit)
        box.addWidget(cancel, alignment=Qt.AlignmentFlag.AlignHCenter)
        box.addStretch()

    def reset(self) -> None:
        self.keypad.clear()
        self.message.setText("")

    def _check(self, typed: str) -> None:
        if self._pin and hmac.compare_digest(typed.encode(), self._pin.encode()):
            self.unlocked.emit()
            return
        self.keypad.clear()
        self.message.setText(self.tr("密码错误，请重试"))
