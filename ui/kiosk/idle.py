"""Touch activity on the kiosk: an idle timer restarted by any touch, click or key, and the
hidden long-press corner that asks for the admin PIN."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget

ACTIVITY = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate,
    QEvent.Type.KeyPress,
}


class IdleWatcher(QObject):
    idle = Signal()

    def __init__(self, seconds: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self, singleShot=True)
        self.timer.setInterval(max(1, seconds) * 1000)
        self.timer.timeout.connect(self.idle.emit)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def poke(self) -> None:
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() in ACTIVITY:
            self.timer.start()
        return False

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


class LongPressCorner(QWidget):
    """An invisible patch in the header's corner; holding it for ``hold_ms`` emits ``held``."""

    held = Signal()

    def __init__(self, hold_ms: int = 3000, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exitCorner")
        self.setFixedSize(140, 100)
        self._timer = QTimer(self, singleShot=True)
        self._timer.setInterval(hold_ms)
        self._timer.timeout.connect(self.held.emit)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        self._timer.start()
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        self._timer.stop()
        event.accept()
