"""A person at the touchscreen: every touch, tap, key, wheel turn or finger scroll restarts the
idle timer, so a reader working through a long guide is never sent home mid-read; kinetic
finger scrolling (QScroller) on every scroll area."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QScroller

ACTIVITY = frozenset(
    {
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TouchEnd,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.KeyPress,
        QEvent.Type.Wheel,
        QEvent.Type.Scroll,
    }
)


class IdleTimer(QObject):
    """Single-shot timer restarted by any activity anywhere in the application (an event filter
    on the QApplication) and by any scroll (``watch``); ``idle`` fires after ``seconds`` of
    nothing."""

    idle = Signal()

    def __init__(self, seconds: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(max(1, seconds) * 1000)
        self.timer.timeout.connect(self.idle)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def poke(self) -> None:
        self.timer.start()

    def watch(self, area: QAbstractScrollArea) -> None:
        """Kinetic finger scrolling on ``area``, and its scrolling (also while it coasts after
        the finger has left the glass) counts as activity."""
        QScroller.grabGesture(area.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        area.verticalScrollBar().valueChanged.connect(self.poke)
        area.horizontalScrollBar().valueChanged.connect(self.poke)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() in ACTIVITY:
            self.timer.start()
        return False

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
