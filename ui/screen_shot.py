"""Screenshots as a person in front of the screen sees them: the window at the screen's real
size, and a dialog drawn where Qt puts it over its window, so one taller than the screen runs
off the bottom of the picture just as it does on the panel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QWidget

FULL_HD = (1920, 1080)
PORTRAIT = (1080, 1920)


def on_screen(path: Path, screen: tuple[int, int], window: QWidget,
              dialog: QWidget | None = None) -> None:  # fmt: skip
    """``window`` fills the screen; ``dialog`` (its full natural size, never squeezed) is
    centred over it and clipped by the screen's edges."""
    canvas = QPixmap(*screen)
    canvas.fill(QColor("#1d2733"))
    painter = QPainter(canvas)
    painter.drawPixmap(QPoint(0, 0), window.grab())
    if dialog is not None:
        dialog.adjustSize()
        shot = dialog.grab()
        x = max(0, (screen[0] - shot.width()) // 2)
        y = max(0, (screen[1] - shot.height()) // 2)
        painter.fillRect(x - 1, y - 1, shot.width() + 2, shot.height() + 2, QColor("#555555"))
        painter.drawPixmap(QPoint(x, y), shot)
    painter.end()
    canvas.save(str(path))
    print(path)
