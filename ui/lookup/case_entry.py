"""The case number and query password of the public case pages, typed on the screen's
keyboard or read from the acceptance receipt by a barcode/QR scanner acting as a keyboard.

A scanner types the code in a burst a few milliseconds a key and ends it with Enter; the rule
that tells a burst from typing, and what a code carries, are in app.lookup.scan. A burst is
taken back out of whichever field it landed in, and its number (and password, when the code
carries one) go where they belong.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.lookup.scan import KeyBurst, parse_scan
from app.lookup.views import ScannedCode
from ui.common.messages import error_text

ENTRY_QSS = """
QLabel#fieldLabel { font-size: 22pt; color: #333; }
QLineEdit { font-size: 24pt; padding: 12px; min-height: 64px; background: white;
            border: 2px solid #d8c7b5; border-radius: 8px; }
QLineEdit:focus { border-color: #a61b1b; }
QPushButton#submitQuery { font-size: 24pt; padding: 14px 40px; min-height: 72px;
                          background: #a61b1b; color: white; border-radius: 10px; }
QPushButton#submitQuery:pressed { background: #7d1212; }
QLabel#entryMessage { font-size: 18pt; color: #a61b1b; }
"""


class CaseEntry(QWidget):
    submitted = Signal(str, str)  # number, password: the person pressed the button or Enter
    scanned = Signal(str)  # the number read from a receipt code

    def __init__(self, button_text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(ENTRY_QSS)
        self.burst = KeyBurst()
        self.number_edit = QLineEdit()
        self.number_edit.setObjectName("caseNumber")
        self.number_edit.setPlaceholderText(self.tr("办件编号或查询号，或扫描受理通知书条码"))
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("queryPassword")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("受理通知书上的查询密码"))
        self.submit_button = QPushButton(button_text or self.tr("查询"))
        self.submit_button.setObjectName("submitQuery")
        self.submit_button.clicked.connect(self.submit)
        self.message = QLabel()
        self.message.setObjectName("entryMessage")
        self.message.setWordWrap(True)
        self.keyboards = QStackedWidget()
        self.keyboards.setObjectName("keyboardHost")
        self.keyboards.hide()
        self._keyboard_of: dict[QLineEdit, QWidget] = {}

        grid = QGridLayout()
        for row, (text, edit) in enumerate(((self.tr("办件编号"), self.number_edit),
                                            (self.tr("查询密码"), self.password_edit))):  # fmt: skip
            label = QLabel(text)
            label.setObjectName("fieldLabel")
            grid.addWidget(label, row, 0)
            grid.addWidget(edit, row, 1)
            edit.installEventFilter(self)
        grid.setColumnStretch(1, 1)
        v = QVBoxLayout(self)
        v.setContentsMargins(0, 0, 0, 0)
        v.addLayout(grid)
        v.addWidget(self.message)
        v.addWidget(self.submit_button, 0, Qt.AlignmentFlag.AlignRight)
        v.addWidget(self.keyboards)

    # --- what the page uses -----------------------------------------------------------------
    def values(self) -> tuple[str, str]:
        return self.number_edit.text().strip(), self.password_edit.text().strip()

    def submit(self) -> None:
        number, password = self.values()
        if not number:
            self.say(self.tr("请输入办件编号（或查询号），或扫描受理通知书上的条码"))
            self.number_edit.setFocus()
            return
        if not password:
            self.say(self.tr("请输入受理通知书上的查询密码"))
            self.password_edit.setFocus()
            return
        self.say("")
        self.submitted.emit(number, password)

    def say(self, text: str) -> None:
        self.message.setText(text)

    def clear(self) -> None:
        """Forget everything entered (the idle return, a new person at the screen)."""
        self.number_edit.clear()
        self.password_edit.clear()
        self.message.clear()
        self.burst.clear()
        self.number_edit.setFocus()

    def attach_keyboard(self, make: Callable[[QLineEdit], QWidget],
                        extra: Sequence[QLineEdit] = ()) -> None:  # fmt: skip
        """Show an on-screen keyboard under the fields: ``make(field)`` builds the one that
        types into ``field`` (e.g. ui.lookup.touch_keyboard.TouchKeyboard); the keyboard of
        the focused field is shown. ``extra``: the page's other text fields (a reason)."""
        for edit in (self.number_edit, self.password_edit, *extra):
            if edit in self._keyboard_of:
                continue
            if edit not in (self.number_edit, self.password_edit):
                edit.installEventFilter(self)
            kb = make(edit)
            self._keyboard_of[edit] = kb
            self.keyboards.addWidget(kb)
        self.keyboards.show()

    # --- keys -----------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if not isinstance(watched, QLineEdit):
            return False
        if event.type() == QEvent.Type.FocusIn and watched in self._keyboard_of:
            self.keyboards.setCurrentWidget(self._keyboard_of[watched])
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        now = time.monotonic()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            burst = self.burst.end(now)
            if burst is not None:
                text, field, before = burst
                assert isinstance(field, QLineEdit)
                field.setText(before)  # the code is not a value the person typed
                self._read_code(text)
            elif watched is self.number_edit and not self.password_edit.text():
                self.password_edit.setFocus()
            else:
                self.submit()
            return True
        if event.text() and event.text().isprintable():
            self.burst.key(event.text(), now, watched, watched.text())
        return False

    def _read_code(self, text: str) -> None:
        try:
            code: ScannedCode = parse_scan(text)
        except UserError as exc:
            self.say(error_text(exc))
            return
        self.number_edit.setText(code.number)
        self.scanned.emit(code.number)
        if code.password:
            self.password_edit.setText(code.password)
            self.submit()
            return
        self.password_edit.clear()
        self.password_edit.setFocus()
        self.say(self.tr("已读取办件编号，请输入查询密码"))
