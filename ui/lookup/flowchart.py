"""The process flowchart of a matter, drawn from its steps (app.catalog guide ``steps``:
seq, name, post, limit_days) with QGraphicsView: 提出申请 → each step as a box with its post
and time limit → 办结, in rows that snake to fit the panel (2 boxes a row beside the guide in
landscape, 3 beneath it in portrait).

One scene for the life of the view: a new guide clears it and draws anew (graphics items, no
widgets), so paging through guides all day creates nothing that piles up."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QScroller,
    QWidget,
)

BOX_W, BOX_H, GAP = 300.0, 110.0, 60.0
TERMINAL_H = 70.0
MIN_SCALE = 0.45  # 20 pt step names stay about 9 pt: readable at arm's length
RED = QColor("#a61b1b")
INK = QColor("#222222")
FILL = QColor("#ffffff")
TERMINAL_FILL = QColor("#f6e3df")


class StepNode(QGraphicsRectItem):
    """One box of the chart: a step, or the start/end terminal (``terminal=True``)."""

    def __init__(self, rect: QRectF, title: str, detail: str, *, terminal: bool) -> None:
        super().__init__(rect)
        self.title, self.terminal = title, terminal
        self.setPen(QPen(RED, 3))
        self.setBrush(QBrush(TERMINAL_FILL if terminal else FILL))
        big = QFont()
        big.setPointSize(20)
        big.setBold(True)
        head = QGraphicsSimpleTextItem(title, self)
        head.setFont(big)
        head.setBrush(QBrush(INK))
        small = QFont()
        small.setPointSize(14)
        lines = [head]
        if detail:
            sub = QGraphicsSimpleTextItem(detail, self)
            sub.setFont(small)
            sub.setBrush(QBrush(QColor("#555555")))
            lines.append(sub)
        total = sum(t.boundingRect().height() for t in lines) + 6 * (len(lines) - 1)
        y = rect.center().y() - total / 2
        for t in lines:
            b = t.boundingRect()
            scale = min(1.0, (rect.width() - 16) / max(1.0, b.width()))
            t.setScale(scale)
            t.setPos(rect.center().x() - b.width() * scale / 2, y)
            y += b.height() * scale + 6


def _arrow(start: QPointF, end: QPointF) -> QGraphicsPathItem:
    path = QPainterPath(start)
    path.lineTo(end)
    direction = end - start
    length = max(1.0, (direction.x() ** 2 + direction.y() ** 2) ** 0.5)
    ux, uy = direction.x() / length, direction.y() / length
    back = QPointF(end.x() - 16 * ux, end.y() - 16 * uy)
    left = QPointF(back.x() - 9 * uy, back.y() + 9 * ux)
    right = QPointF(back.x() + 9 * uy, back.y() - 9 * ux)
    path.addPolygon(QPolygonF([end, left, right, end]))
    item = QGraphicsPathItem(path)
    item.setPen(QPen(RED, 3))
    item.setBrush(QBrush(RED))
    return item


def step_detail(step: dict[str, Any]) -> str:
    parts = [step.get("post") or ""]
    days = int(step.get("limit_days") or 0)
    if days:
        parts.append(f"{days}个工作日内" if days > 1 else "1个工作日内")
    else:
        parts.append("当场")
    return " · ".join(p for p in parts if p)


class Flowchart(QGraphicsView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("flowchart")
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.setStyleSheet("QGraphicsView#flowchart { background: #fbf8f4; border: none; }")
        QScroller.grabGesture(self.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        self.columns = 1
        self._steps: list[dict[str, Any]] = []
        self._nodes: list[StepNode] = []

    def show_steps(self, steps: list[dict[str, Any]], *, columns: int | None = None) -> None:
        """Draw 提出申请 → steps → 办结 in rows of ``columns`` boxes, snaking (left to right,
        then right to left) so every arrow stays short; None keeps the current count."""
        if columns is not None:
            self.columns = max(1, columns)
        self._steps = list(steps)
        scene = self.scene()
        scene.clear()
        self._nodes: list[StepNode] = []
        boxes: list[tuple[str, str, bool]] = [(self.tr("提出申请"), "", True)]
        boxes += [(s["name"], step_detail(s), False) for s in sorted(steps, key=_seq)]
        boxes.append((self.tr("办结"), "", True))
        cols = self.columns
        prev: QRectF | None = None
        for i, (title, detail, terminal) in enumerate(boxes):
            row, col = divmod(i, cols)
            if row % 2:
                col = cols - 1 - col
            h = TERMINAL_H if terminal else BOX_H
            x = col * (BOX_W + GAP)
            y = row * (BOX_H + GAP) + (BOX_H - h) / 2
            rect = QRectF(x, y, BOX_W, h)
            node = StepNode(rect, title, detail, terminal=terminal)
            scene.addItem(node)
            self._nodes.append(node)
            if prev is not None:
                if abs(prev.center().y() - rect.center().y()) < 1:  # same row
                    if rect.left() > prev.left():
                        a, b = (
                            QPointF(prev.right(), prev.center().y()),
                            QPointF(rect.left(), rect.center().y()),
                        )
                    else:
                        a, b = (
                            QPointF(prev.left(), prev.center().y()),
                            QPointF(rect.right(), rect.center().y()),
                        )
                else:  # next row, same column
                    a, b = (
                        QPointF(prev.center().x(), prev.bottom()),
                        QPointF(rect.center().x(), rect.top()),
                    )
                scene.addItem(_arrow(a, b))
            prev = rect
        scene.setSceneRect(scene.itemsBoundingRect().adjusted(-10, -10, 10, 10))
        self.fit()

    def set_columns(self, columns: int) -> None:
        if columns != self.columns:
            self.show_steps(self._steps, columns=columns)

    def step_nodes(self) -> list[StepNode]:
        """The boxes of the matter's steps (not 申请/办结), in drawing order."""
        return [n for n in self._nodes if not n.terminal]

    def fit(self) -> None:
        # The whole chart when it fits at a readable scale; else readable, and finger-scrolled.
        rect = self.scene().sceneRect()
        if rect.isEmpty():
            return
        room = self.viewport().size()
        scale = min((room.width() - 8) / max(1.0, rect.width()),
                    (room.height() - 8) / max(1.0, rect.height()))  # fmt: skip
        scale = max(MIN_SCALE, min(1.0, scale))
        self.resetTransform()
        self.scale(scale, scale)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.centerOn(rect.center().x(), rect.top())

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self.fit()


def _seq(step: dict[str, Any]) -> int:
    return int(step.get("seq") or 0)
