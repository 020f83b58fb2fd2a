"""On-screen numeric keypad (0–9, X, 退格, 确定): the kiosk has no keyboard, and ID numbers,
appointment codes and the admin PIN are all digits (plus the ID's check letter X)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

KEYS = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "X", "0", "退格"]


class Keypad(QWidget):
    accepted = Signal(str)
    edited = Signal(str)

    def __init__(self, *, secret: bool = False, max_len: int = 18, with_x: bool = True,
                 with_ok: bool = True, parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.secret, self.max_len = secret, max_len
        self._text = ""
        box = QVBoxLayout(self)
        box.setSpacing(16)
        self.display = QLabel()
        self.display.setObjectName("keypadDisplay")
        self.display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box.addWidget(self.display)
        grid = QGridLayout()
        grid.setSpacing(14)
        self.buttons: dict[str, QPushButton] = {}
        for i, key in enumerate(KEYS):
            button = QPushButton(self.tr("退格") if key == "退格" else key)
            button.setObjectName("key")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, k=key: self.press(k))
            button.setEnabled(key != "X" or with_x)
            grid.addWidget(button, i // 3, i % 3)
            self.buttons[key] = button
        ok = QPushButton(self.tr("确定"))
        ok.setObjectName("keyOk")
        ok.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        ok.clicked.connect(lambda: self.press("确定"))
        grid.addWidget(ok, 4, 0, 1, 3)
        ok.setVisible(with_ok)  # a screen with its own confirm button has only that one
        self.buttons["确定"] = ok
        box.addLayout(grid)
        self._show()

    def text(self) -> str:
        return self._text

    def clear(self) -> None:
        self._text = ""
        self._show()

    def press(self, key: str) -> None:
        if key == "确定":
            self.accepted.emit(self._text)
            return
        if key == "退格":
            self._text = self._text[:-1]
        elif len(self._text) < self.max_len:
            self._text += key
        self._show()
        self.edited.emit(self._text)

    def _show(self) -> None:
        shown = "●" * len(self._text) if self.secret else self._text
        self.display.setText(shown or " ")
