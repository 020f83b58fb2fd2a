"""Asked before a second ticket for the same line a moment after the first: big yes / no."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class RepeatScreen(QWidget):
    confirmed = Signal(str)  # line code
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line_code = ""
        box = QVBoxLayout(self)
        box.setContentsMargins(60, 80, 60, 60)
        box.setSpacing(50)
        box.addStretch(2)  # the answer buttons sit low, away from where the tiles were
        self.question = QLabel()
        self.question.setObjectName("question")
        self.question.setWordWrap(True)
        self.question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box.addWidget(self.question)
        row = QHBoxLayout()
        row.setSpacing(40)
        self.no_button = QPushButton(self.tr("不用了，返回首页"))
        self.no_button.setObjectName("plainButton")
        self.no_button.clicked.connect(self.cancelled.emit)
        self.yes_button = QPushButton(self.tr("再取一张"))
        self.yes_button.setObjectName("bigButton")
        self.yes_button.clicked.connect(lambda: self.confirmed.emit(self.line_code))
        row.addWidget(self.no_button, 1)
        row.addWidget(self.yes_button, 1)
        box.addLayout(row)
        box.addStretch(1)

    def ask(self, line_code: str, question: str) -> None:
        self.line_code = line_code
        self.question.setText(question)
