"""Pieces of the hall display: a window card, the recent-calls column and the notice ticker."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from app.queue.views import CallEvent, WindowStatus
from ui.common.fonts import load_cjk_font


def repolish(widget: QWidget, **props: object) -> None:
    for key, value in props.items():
        widget.setProperty(key, value)
    for w in [widget, *widget.findChildren(QWidget)]:
        w.style().unpolish(w)
        w.style().polish(w)


class WindowCard(QFrame):
    def __init__(self, window_no: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("windowCard")
        self.window_no = window_no
        box = QVBoxLayout(self)
        box.setContentsMargins(8, 6, 8, 6)
        box.setSpacing(0)
        self.title = QLabel(self.tr("%d 号窗口") % window_no)
        self.title.setObjectName("cardTitle")
        self.number = QLabel("—")
        self.number.setObjectName("cardNumber")
        for label in (self.title, self.number):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            box.addWidget(label)

    def update_window(self, w: WindowStatus) -> None:
        # A number called before a pause stays on the tile until it is finished.
        if w.current is not None:
            text, state = w.current.number, "called"
        elif w.paused:
            text, state = self.tr("暂停服务"), "paused"
        else:
            text, state = "—", "idle"
        title = self.tr("%d 号窗口") % self.window_no
        if w.paused and w.current is not None:
            title = self.tr("%d 号窗口 · 暂停") % self.window_no
        self.title.setText(title)
        self._set(text, state)

    def show_call(self, number: str) -> None:
        self._set(number, "called")

    def _set(self, text: str, state: str) -> None:
        if text != self.number.text() or self.number.property("state") != state:
            self.number.setText(text)
            repolish(self.number, state=state)

    def set_flash(self, on: bool) -> None:
        repolish(self, flash=on)


class RecentCalls(QFrame):
    ROWS = 8

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recentPanel")
        box = QVBoxLayout(self)
        box.setContentsMargins(20, 12, 20, 12)
        title = QLabel(self.tr("最近叫号"))
        title.setObjectName("sectionTitle")
        box.addWidget(title)
        self.rows: list[QLabel] = []
        for i in range(self.ROWS):
            row = QLabel("")
            row.setObjectName("recentRow")
            row.setProperty("latest", i == 0)
            box.addWidget(row)
            self.rows.append(row)
        box.addStretch()

    def set_calls(self, calls: list[CallEvent]) -> None:
        latest_first = list(reversed(calls))[: self.ROWS]
        for i, row in enumerate(self.rows):
            if i < len(latest_first):
                c = latest_first[i]
                row.setText(self.tr("%s  →  %d 号窗口") % (c.number, c.window_no))
            else:
                row.setText("")

    def texts(self) -> list[str]:
        return [r.text() for r in self.rows if r.text()]


class Ticker(QWidget):
    """A scrolling notice. Painted by hand because no Qt widget scrolls text smoothly."""

    STEP_PX, TICK_MS = 3, 30

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tickerBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.text = text
        font = QFont(load_cjk_font())
        font.setPixelSize(38)
        font.setBold(True)
        self.setFont(font)
        self.setFixedHeight(70)
        self.offset = 0
        self.timer = QTimer(self, interval=self.TICK_MS)
        self.timer.timeout.connect(self._step)
        self.timer.start()

    def set_text(self, text: str) -> None:
        self.text, self.offset = text, 0
        self.update()

    def _step(self) -> None:
        span = self.fontMetrics().horizontalAdvance(self.text + "　　　　")
        self.offset = (self.offset + self.STEP_PX) % max(1, span)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        super().paintEvent(event)
        painter = QPainter(self)
        painter.setPen(QColor("white"))
        unit = self.text + "　　　　"
        span = max(1, self.fontMetrics().horizontalAdvance(unit))
        x = -self.offset
        while x < self.width():
            painter.drawText(x, 0, span, self.height(), Qt.AlignmentFlag.AlignVCenter, unit)
            x += span
        painter.end()
