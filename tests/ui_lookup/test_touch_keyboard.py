"""The shared on-screen keyboard, as another screen would use it: it types where it is
pointed, keeps the field's cursor, and can be a digits-only keypad."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from tests.ui_lookup.touch import tap
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
