"""评价 (一事一评) on the public touchscreen: the case number and query password (or the
receipt's code), one of five large buttons, and for 不满意 / 非常不满意 an optional reason.
The rules (one rating per case on this channel, a follow-up for a bad one) are
app.lookup.LookupService.rate's."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.cases.views import RATING_LABELS, RatingView
from app.settings import Settings
from app.store import Store
from ui.common.messages import error_text
from ui.common.worker import run_async
from ui.lookup.case_entry import CaseEntry
from ui.lookup.progress_page import PAGE_QSS
from ui.lookup.service_holder import ServiceHolder

# app.cases.views.RATING_LABELS (GB/T 39046 A.8, 1 best … 5 worst), spelled out so lupdate finds
# them for the buttons' self.tr(RATING_LABELS[level]).
_LABELS_FOR_LUPDATE = (
    QT_TRANSLATE_NOOP("RatingPage", "非常满意"),
    QT_TRANSLATE_NOOP("RatingPage", "满意"),
    QT_TRANSLATE_NOOP("RatingPage", "基本满意"),
    QT_TRANSLATE_NOOP("RatingPage", "不满意"),
    QT_TRANSLATE_NOOP("RatingPage", "非常不满意"),
)
COLOURS = {1: "#1b7a2b", 2: "#4c9a2a", 3: "#b08d00", 4: "#c46210", 5: "#a61b1b"}
RATING_QSS = PAGE_QSS + """
QPushButton#ratingLevel { font-size: 24pt; font-weight: bold; min-height: 110px;
                          border-radius: 14px; background: white; border: 3px solid #d8c7b5; }
QPushButton#ratingLevel:checked { color: white; }
QLabel#thanks { font-size: 26pt; color: #1b7a2b; font-weight: bold; }
QLineEdit#ratingReason { font-size: 20pt; padding: 10px; min-height: 60px; }
"""


class RatingPage(QWidget):
    done = Signal()  # back to the home screen
    rated = Signal(object)  # the stored RatingView

    def __init__(self, store: Store, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("casePage")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(RATING_QSS)
        self.services = ServiceHolder(store, settings)
        self._generation = 0
        title = QLabel(self.tr("服务评价（一事一评）"))
        title.setObjectName("pageTitle")
        self.entry = CaseEntry(self.tr("提交评价"))
        self.entry.submit_button.hide()  # the submit button sits under the levels
        self.entry.submitted.connect(self.submit)
        ask = QLabel(self.tr("请对本次办事服务作出评价："))
        ask.setObjectName("fieldLabel")
        self.levels = QButtonGroup(self)
        self.levels.setExclusive(True)
        self.level_buttons: dict[int, QPushButton] = {}
        grid = QGridLayout()
        grid.setSpacing(14)
        for i, (level, text) in enumerate(sorted(RATING_LABELS.items())):
            colour = COLOURS[level]
            b = QPushButton(self.tr(text))
            b.setObjectName("ratingLevel")
            b.setCheckable(True)
            b.setStyleSheet(f"QPushButton#ratingLevel {{ color: {colour}; border-color: {colour}; }}"
                            f"QPushButton#ratingLevel:checked {{ background: {colour}; color: white; }}")  # fmt: skip
            self.levels.addButton(b, level)
            self.level_buttons[level] = b
            grid.addWidget(b, i // 3, i % 3)
        self.levels.idToggled.connect(self._level_changed)
        self.reason = QLineEdit()
        self.reason.setObjectName("ratingReason")
        self.reason.setPlaceholderText(self.tr("请告诉我们不满意的原因（可不填）"))
        self.reason.setMaxLength(200)
        self.reason.hide()
        self.submit_button = QPushButton(self.tr("提交评价"))
        self.submit_button.setObjectName("submitQuery")
        self.submit_button.setStyleSheet(self.entry.styleSheet())
        self.submit_button.clicked.connect(self.entry.submit)
        self.thanks = QLabel()
        self.thanks.setObjectName("thanks")
        self.thanks.setWordWrap(True)
        self.back = QPushButton(self.tr("返回首页"))
        self.back.setObjectName("nav")
        self.back.clicked.connect(self._home)
        row = QHBoxLayout()
        row.addWidget(self.back)
        row.addStretch(1)
        row.addWidget(self.submit_button)
        v = QVBoxLayout(self)
        v.setContentsMargins(32, 24, 32, 24)
        v.setSpacing(16)
        v.addWidget(title)
        v.addWidget(self.entry)
        v.addWidget(ask)
        v.addLayout(grid)
        v.addWidget(self.reason)
        v.addWidget(self.thanks)
        v.addStretch(1)
        v.addLayout(row)

    def attach_keyboard(self, make: Callable[[QLineEdit], QWidget]) -> None:
        """The screen's on-screen keyboard for the number, the password and the reason."""
        self.entry.attach_keyboard(make, extra=(self.reason,))

    def _level_changed(self, level: int, checked: bool) -> None:
        if checked:
            self.reason.setVisible(level >= 4)
            self.thanks.clear()

    def submit(self, number: str, password: str) -> None:
        level = self.levels.checkedId()
        if level < 1:
            self.entry.say(self.tr("请点击一个评价等级"))
            return
        reason = self.reason.text() if level >= 4 else ""
        self.submit_button.setEnabled(False)
        self.entry.say(self.tr("正在提交…"))
        gen = self._generation
        run_async(lambda: self.services.get().rate(number, password, level, reason),
                  lambda r: self._stored(gen, r), lambda e: self._refused(gen, e),
                  owner=self)  # fmt: skip

    def _stored(self, gen: int, r: RatingView) -> None:
        if gen != self._generation:
            return
        self.reset()  # nothing of this person stays on the screen
        self.thanks.setText(self.tr("感谢您的评价！您的评价“%s”已记录。") % self.tr(r.label))
        self.rated.emit(r)

    def _refused(self, gen: int, exc: Exception) -> None:
        if gen != self._generation:
            return
        self.submit_button.setEnabled(True)
        self.entry.say(error_text(exc))
        self.entry.password_edit.clear()

    def _home(self) -> None:
        self.reset()
        self.done.emit()

    def reset(self) -> None:
        """Forget the number, password, level and reason; a late answer is dropped."""
        self._generation += 1
        self.entry.clear()
        self.levels.setExclusive(False)
        for b in self.level_buttons.values():
            b.setChecked(False)
        self.levels.setExclusive(True)
        self.reason.clear()
        self.reason.hide()
        self.thanks.clear()
        self.submit_button.setEnabled(True)
