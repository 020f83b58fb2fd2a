"""The small forms of the intake screens (refusal, a further deficiency, and the steps of an
accepted case) check their fields the same way: 确定 runs ``check()``; its message appears on the
form's error line and nothing typed is lost, or the form closes as accepted."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout


class CheckedForm(QDialog):
    """A titled form with an error line and 确定/取消. ``check()`` returns what is wrong (or "");
    确定 shows it on the error line, or closes the form as accepted."""

    def __init__(self, title: str, ok_text: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error = QLabel("")
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #c0392b;")
        self.error.setWordWrap(True)
        self.ok_button = QPushButton(ok_text)
        self.ok_button.setObjectName("primary")
        self.ok_button.clicked.connect(self._ok)
        cancel = QPushButton(self.tr("取消"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(cancel)
        buttons.addWidget(self.ok_button)
        self.root = QVBoxLayout(self)
        self.root.addLayout(self.form)
        self.root.addWidget(self.error)
        self.root.addLayout(buttons)
        self.resize(560, 300)

    def check(self) -> str:
        return ""

    def _ok(self) -> None:
        problem = self.check()
        self.error.setText(problem)
        if not problem:
            self.accept()

