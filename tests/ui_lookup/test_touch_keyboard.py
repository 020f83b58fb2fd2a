"""The shared on-screen keyboard, as another screen would use it: it types where it is
pointed, keeps the field's cursor, and can be a digits-only keypad."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodQueryEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from app.settings import Settings
from tests.ui_lookup.touch import tap
from ui.app_main import input_method_env
from ui.lookup.touch_keyboard import TouchKeyboard


def test_keyboard_types_into_its_target_at_the_cursor_and_can_be_repointed(qtbot) -> None:  # type: ignore[no-untyped-def]
    page = QWidget()
    first, second = QLineEdit(), QLineEdit()
    keyboard = TouchKeyboard(first)
    box = QVBoxLayout(page)
    for w in (first, second, keyboard):
        box.addWidget(w)
    qtbot.addWidget(page)
    page.resize(700, 500)
    page.show()
    qtbot.waitExposed(page)
    changes: list[str] = []
    first.textChanged.connect(changes.append)
    for key in ("A", "B", "3"):
        tap(keyboard.keys[key])
    assert first.text() == "ab3" and changes[-1] == "ab3"
    first.setCursorPosition(1)
    tap(keyboard.keys["Z"])
    assert first.text() == "azb3"
    tap(keyboard.keys["退格"])
    assert first.text() == "ab3"
    keyboard.set_target(second)
    tap(keyboard.keys["9"])
    assert second.text() == "9" and first.text() == "ab3"
    tap(keyboard.keys["清空"])
    assert second.text() == ""
    assert all(b.height() >= 60 for b in keyboard.keys.values())  # a finger's width


def test_digits_only_keypad_has_no_letters(qtbot) -> None:  # type: ignore[no-untyped-def]
    field = QLineEdit()
    pad = TouchKeyboard(field, letters=False)
    qtbot.addWidget(pad)
    assert "A" not in pad.keys and set("0123456789") <= set(pad.keys)


def test_one_keyboard_on_screen_ours_or_the_chinese_one(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Fields this keyboard types into take no input method, so the Chinese on-screen keyboard
    the lookup role starts with (Qt Virtual Keyboard) pops up only where Chinese is written."""
    number, name = QLineEdit(), QLineEdit()
    kb = TouchKeyboard(number)
    qtbot.addWidget(kb)
    qtbot.addWidget(name)

    def takes_input_method(field: QLineEdit) -> bool:  # what Qt asks before showing a keyboard
        query = QInputMethodQueryEvent(Qt.InputMethodQuery.ImEnabled)
        QApplication.sendEvent(field, query)
        return bool(query.value(Qt.InputMethodQuery.ImEnabled))

    assert not takes_input_method(number)
    assert takes_input_method(name)
    kb.set_target(name)
    assert not takes_input_method(name)


def test_the_lookup_role_starts_with_a_chinese_on_screen_keyboard() -> None:
    s = Settings()
    assert input_method_env("lookup", s, {}) == {"QT_IM_MODULE": "qtvirtualkeyboard",
                                                 "LC_ALL": "zh_CN.UTF-8"}  # fmt: skip
    assert input_method_env("kiosk", s, {}) == {}  # the kiosk needs no text
    assert input_method_env("lookup", s, {"QT_IM_MODULE": "ibus"}) == {}  # chosen at the PC
    assert input_method_env("lookup", Settings(lookup_input_method=""), {}) == {}
