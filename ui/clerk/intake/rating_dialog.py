"""好差评 for a case: the applicant presses a key on the window's rating pad, or taps one of
five levels in a dialog turned towards them. Five levels (GB/T 39046 A.8)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

LEVELS = (
    (1, QT_TRANSLATE_NOOP("RatingDialog", "非常满意"), "★★★★★"),
    (2, QT_TRANSLATE_NOOP("RatingDialog", "满意"), "★★★★"),
    (3, QT_TRANSLATE_NOOP("RatingDialog", "基本满意"), "★★★"),
    (4, QT_TRANSLATE_NOOP("RatingDialog", "不满意"), "★★"),
    (5, QT_TRANSLATE_NOOP("RatingDialog", "非常不满意"), "★"),
)


class RatingDialog(QDialog):
    """Emits ``rated(level)`` (1 = 非常满意) or ``declined()`` when the applicant does not rate."""

    rated = Signal(int)
    declined = Signal()

    def __init__(self, case_no: str, matter: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("ratingDialog")
        self.setWindowTitle(self.tr("请您评价本次服务"))
        title = QLabel(self.tr("请您对本次服务作出评价\n%s（办件编号 %s）") % (matter, case_no))
        title.setStyleSheet("font-size: 18pt; font-weight: bold;")
        row = QHBoxLayout()
        self.buttons: dict[int, QPushButton] = {}
        for level, label, stars in LEVELS:
            button = QPushButton(f"{stars}\n{self.tr(str(label))}")
            button.setObjectName(f"rate{level}")
            button.setMinimumSize(150, 110)
            button.setStyleSheet("font-size: 16pt;")
            button.clicked.connect(lambda _c=False, lv=level: self._rate(lv))
            row.addWidget(button)
            self.buttons[level] = button
        skip = QPushButton(self.tr("不评价"))
        skip.setObjectName("rateSkip")
        skip.clicked.connect(self._decline)
        root = QVBoxLayout(self)
        root.addWidget(title)
        root.addLayout(row)
        root.addWidget(skip)

    def _rate(self, level: int) -> None:
        self.rated.emit(level)
        self.accept()

    def _decline(self) -> None:
        self.declined.emit()
        self.reject()
