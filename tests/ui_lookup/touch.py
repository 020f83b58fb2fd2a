"""A finger on the lookup screen: taps and drags sent as touch events through a touchscreen
QPointingDevice to the window (the platform path a real touchscreen takes; Qt turns an
unhandled touch into the mouse press/release a button or list acts on, and QScroller turns a
drag into kinetic scrolling)."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QPointingDevice
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

_device: QPointingDevice | None = None


def device() -> QPointingDevice:
    global _device
    if _device is None:
        _device = QTest.createTouchDevice()
    return _device


def _window_point(widget: QWidget, pos: QPoint | None) -> tuple[object, QPoint]:
    top = widget.window()
    local = pos if pos is not None else widget.rect().center()
    return top.windowHandle(), widget.mapTo(top, local)


def bring_on_screen(widget: QWidget, local: QPoint, dy: int = 0) -> None:
    """Move the window so that ``local`` (and ``local + dy`` below it) lie on the screen.

    The offscreen screen is 800×800 and our windows are 1080×1920 or 1920×1080: Qt finds the
    target of a touch (and of a scroll gesture) by its global position, so a point off the
    screen reaches nobody, as it would on a real screen."""
    top = widget.window()
    screen = QApplication.primaryScreen().geometry()
    target = widget.mapToGlobal(local)
    low, high = min(0, dy), max(0, dy)
    if screen.contains(target + QPoint(0, low)) and screen.contains(target + QPoint(0, high)):
        return
    centre = screen.center()
    top.move(top.pos() + QPoint(centre.x() - target.x(), centre.y() - target.y() - dy // 2))
    QTest.qWait(400)  # the platform window follows the move asynchronously


def tap(widget: QWidget, pos: QPoint | None = None) -> None:
    """Press and lift one finger on ``widget`` (its centre unless ``pos``)."""
    QApplication.processEvents()  # pending layout first: tap where the widget is now
    assert widget.isVisible(), f"{widget.objectName() or widget} is not on screen"
    bring_on_screen(widget, pos if pos is not None else widget.rect().center())
    win, at = _window_point(widget, pos)
    QTest.touchEvent(win, device()).press(0, at)
    QTest.qWait(30)
    QTest.touchEvent(win, device()).release(0, at)
    QTest.qWait(30)
    QApplication.processEvents()


def drag(widget: QWidget, start: QPoint, dy: int, steps: int = 15) -> None:
    """Put a finger down at ``start`` and move it ``dy`` pixels (negative: upwards, which
    scrolls the content down), then lift it.

    The whole path is brought onto the screen first (``bring_on_screen``): QGestureManager
    finds the widget under a gesture by its global position."""
    bring_on_screen(widget, start, dy)
    screen = QApplication.primaryScreen().geometry()
    for p in (start, start + QPoint(0, dy)):
        assert screen.contains(widget.mapToGlobal(p)), f"{p} of the drag is off the screen"
    win, at = _window_point(widget, start)
    QTest.touchEvent(win, device()).press(0, at)
    for i in range(1, steps + 1):
        QTest.qWait(16)
        QTest.touchEvent(win, device()).move(0, at + QPoint(0, dy * i // steps))
    QTest.touchEvent(win, device()).release(0, at + QPoint(0, dy))
    QApplication.processEvents()
