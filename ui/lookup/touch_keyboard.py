"""An on-screen keyboard for the public touchscreens: letters, digits, 退格 and 清空, with keys
large enough for a finger. It types into one QLineEdit at its cursor, as a hardware keyboard would;
listen to the line edit's ``textChanged`` and a screen reacts the same to both, and a barcode
scanner acting as a keyboard keeps working beside it.

Use::

    from ui.lookup.touch_keyboard import TouchKeyboard

    field = QLineEdit()
    keyboard = TouchKeyboard(field)          # parent: pass ``parent=`` or add it to a layout
    layout.addWidget(field)
    layout.addWidget(keyboard)
    keyboard.pressed.connect(...)            # the key's text ("A", "7", "退格", "清空"), optional
    keyboard.set_target(other_field)         # type into another field from now on
    keyboard.keys["Q"].click()               # every key button by its label, for tests

Letters are typed in lower case (pinyin initials such as ``yyzz``: the catalog search matches
them against initials and full pinyin). ``digits=False`` leaves out the digit row,
``letters=False`` the letter rows (a keypad for case numbers). The keys never take the focus,
so the line edit keeps its cursor.

Chinese input (a complainant's name and text) comes from Qt Virtual Keyboard's pinyin panel,
which the lookup role switches on at start (ui.app_main.input_method_env; setting
``lookup_input_method``). It pops up for any field that takes an input method, so a field this
keyboard serves is marked as taking none: one keyboard on the screen, not two.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QInputMethodQueryEvent
from PySide6.QtWidgets import QGridLayout, QLineEdit, QPushButton, QSizePolicy, QWidget

DIGITS = "1234567890"
LETTER_ROWS = ("QWERTYUIOP", "ASDFGHJKL", "ZXCVBNM")
BACKSPACE, CLEAR = "退格", "清空"

KEYBOARD_QSS = """
QPushButton#touchKey { font-size: 24pt; min-height: 72px; min-width: 64px; background: white;
                       border: 2px solid #c9b6a3; border-radius: 10px; color: #222; }
QPushButton#touchKey:pressed { background: #f6d5d1; }
QPushButton#touchKeyWide { font-size: 20pt; min-height: 72px; background: #efe6dc;
                           border: 2px solid #c9b6a3; border-radius: 10px; color: #5a1010; }
QPushButton#touchKeyWide:pressed { background: #f6d5d1; }
"""


class TouchKeyboard(QWidget):
    """Large on-screen keys typing into ``target``."""

    pressed = Signal(str)

    def __init__(self, target: QLineEdit, *, letters: bool = True, digits: bool = True,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("touchKeyboard")
        self.setStyleSheet(KEYBOARD_QSS)
        self.target = _served(target)
        self.keys: dict[str, QPushButton] = {}
        grid = QGridLayout(self)
        grid.setSpacing(8)
        grid.setContentsMargins(4, 4, 4, 4)
        rows: list[str] = []
        if digits:
            rows.append(DIGITS)
        if letters:
            rows.extend(LETTER_ROWS)
        # Each key spans two half-columns so the shorter rows sit centred under the longer.
        for r, row in enumerate(rows):
            offset = 10 - len(row)
            for i, ch in enumerate(row):
                grid.addWidget(self._key(ch, "touchKey"), r, offset + 2 * i, 1, 2)
        last = len(rows)
        grid.addWidget(self._key(BACKSPACE, "touchKeyWide"), last, 0, 1, 10)
        grid.addWidget(self._key(CLEAR, "touchKeyWide"), last, 10, 1, 10)

    def _key(self, label: str, name: str) -> QPushButton:
        shown = {BACKSPACE: self.tr("退格"), CLEAR: self.tr("清空")}.get(label, label)
        button = QPushButton(shown)
        button.setObjectName(name)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        button.clicked.connect(lambda _=False, k=label: self.press(k))
        self.keys[label] = button
        return button

    def set_target(self, target: QLineEdit) -> None:
        self.target = _served(target)

    def press(self, key: str) -> None:
        """What a tap on ``key`` does to the target (its ``textChanged`` fires as for typing)."""
        t = self.target
        if key == BACKSPACE:
            if t.hasSelectedText():
                t.del_()
            else:
                t.backspace()
        elif key == CLEAR:
            t.clear()
        else:
            t.insert(key.lower())
        self.pressed.emit(key)


class _NoInputMethod(QObject):
    """Answers a field's input-method query with "no input method". Turning off
    WA_InputMethodEnabled is not enough: QLineEdit still reports itself enabled and Qt Virtual
    Keyboard pops up over our own keyboard (seen under Xvfb; with this filter it hides)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.InputMethodQuery and isinstance(event, QInputMethodQueryEvent):
            event.setValue(Qt.InputMethodQuery.ImEnabled, False)
            return True
        return False


_no_input_method: _NoInputMethod | None = None  # one filter for every served field, made once


def _served(field: QLineEdit) -> QLineEdit:
    """A field typed by this keyboard (or a scanner) needs no input method: the system's
    on-screen keyboard stays away from it."""
    global _no_input_method
    if _no_input_method is None:
        _no_input_method = _NoInputMethod()
    field.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
    field.installEventFilter(_no_input_method)
    return field
