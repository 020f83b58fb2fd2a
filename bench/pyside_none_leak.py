"""The PySide6 leak behind the call panel's and the lookup screen's growth, in a few lines:

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/pyside_none_leak.py

Prints, per pattern, the references to None left behind per object (or per cycle), after the
objects are gone. On CPython 3.11 with PySide6 6.10.3 and 6.11.3: a QLabel made in Python,
shown and deleted leaves ~15; a QListWidgetItem made in Python and shown in a list leaves 1;
rows that Qt makes itself (``addItems``) and labels made once and rewritten leave 0. Whether the
widget is made in a queued slot makes no difference here. On 3.12+ None is immortal and its
count says nothing.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

CYCLES = 200


def flush(app: QCoreApplication) -> None:
    for _ in range(3):
        app.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def per_cycle(app: QCoreApplication, cycle: Callable[[], None]) -> float:
    for _ in range(30):  # warm every cache first
        cycle()
        flush(app)
    gc.collect()
    before = sys.getrefcount(None)
    for _ in range(CYCLES):
        cycle()
        flush(app)
    gc.collect()
    return (sys.getrefcount(None) - before) / CYCLES


def main() -> int:
    app = QApplication(sys.argv[:1])
    host = QWidget()
    rows = QVBoxLayout(host)
    lst = QListWidget()
    host.show()
    lst.show()
    kept = QLabel("", host)
    kept.show()
    texts = [f"事项 {i}" for i in range(5)]

    def label_made_shown_deleted() -> None:  # the call panel's old per-line rows
        label = QLabel("等候 1 人", host)
        rows.addWidget(label)
        label.show()
        flush(app)
        label.deleteLater()

    def label_rewritten() -> None:  # the call panel now
        kept.setText("等候 2 人" if kept.text() != "等候 2 人" else "等候 3 人")

    def items_made_in_python() -> None:  # the lookup list before
        lst.clear()
        for text in texts:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, text)
            lst.addItem(item)

    def items_made_by_qt() -> None:  # rows Qt makes (addItems), then setData
        lst.clear()
        lst.addItems(texts)
        for i, text in enumerate(texts):
            item = lst.item(i)
            if item is not None:
                item.setData(Qt.ItemDataRole.UserRole, text)

    import PySide6

    print(f"PySide6 {PySide6.__version__}, Python {sys.version.split()[0]}")
    print(f"QLabel made, shown, deleted      {per_cycle(app, label_made_shown_deleted):6.2f} a label")
    print(f"QLabel made once, setText        {per_cycle(app, label_rewritten):6.2f} a cycle")
    print(f"QListWidgetItem(...) x5, shown   {per_cycle(app, items_made_in_python):6.2f} a fill")
    print(f"addItems x5 + item(i).setData    {per_cycle(app, items_made_by_qt):6.2f} a fill")
    return 0


if __name__ == "__main__":
    sys.exit(main())
