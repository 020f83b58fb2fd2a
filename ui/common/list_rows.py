"""Filling a list widget without leaking.

PySide6 (6.10 and 6.11 on CPython 3.11) keeps a reference to None for every Qt virtual method
called on an object made from Python (a ``QListWidgetItem(...)`` shown in a list: one; a
``QLabel(...)`` shown: about 15) and never gives them back when the object is deleted. A list
refilled with items made in Python grows by one reference per row, for ever (the lookup screen:
~5 a department shown). Items that Qt makes itself (``addItems`` with plain strings) call no
Python, so the list is filled that way and each row's data is set afterwards.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget


def set_list_rows(widget: QListWidget, rows: list[tuple[str, Any]]) -> None:
    """Replace the rows of ``widget``: each a text and what ``UserRole`` holds for it."""
    widget.clear()
    widget.addItems([text for text, _data in rows])
    for i, (_text, data) in enumerate(rows):
        item = widget.item(i)
        if item is not None:
            item.setData(Qt.ItemDataRole.UserRole, data)
