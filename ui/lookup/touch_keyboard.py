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
so the line edit keeps its cursor. Chinese input: Qt Virtual Keyboard's pinyin engine ships in
the wheels but works only as a QML input panel or a separate top-level window with
``QT_IM_MODULE`` set before the application starts; on these screens pinyin letters searched
against the catalog's stored pinyin find the same matters without it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
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
        self.target = target
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
        self.target = target

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
