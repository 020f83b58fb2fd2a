"""The big-number screen after a ticket is issued: readable from a step back, photographable,
and honest about the printer (a failed print never hides the number)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent, QPixmap
from PySide6.QtWidgets import QBoxLayout, QLabel, QVBoxLayout, QWidget

from app.kiosk.ticket_desk import KioskTicket
from app.queue.views import TicketView

PREVIEW_H = 760


class TicketScreen(QWidget):
    tapped = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._outer = QBoxLayout(QBoxLayout.Direction.TopToBottom, self)
        self._outer.setContentsMargins(60, 40, 60, 40)
        info = QVBoxLayout()
        info.setSpacing(18)
        self.labels: dict[str, QLabel] = {}
        for name in ("ticketLine", "ticketNumber", "ticketWhere", "ticketInfo", "ticketAttention"):
            label = QLabel()
            label.setObjectName(name)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(name != "ticketNumber")
            info.addWidget(label)
            self.labels[name] = label
        self.print_status = QLabel()
        self.print_status.setWordWrap(True)
        self.print_status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        info.addWidget(self.print_status)
        self.notice = QLabel()
        self.notice.setObjectName("hint")
        self.notice.setWordWrap(True)
        self.notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        info.addWidget(self.notice)
        hint = QLabel(self.tr("轻触屏幕返回首页"))
        hint.setObjectName("hint")
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        info.addWidget(hint)
        self._outer.addLayout(info, 3)
        self.preview = QLabel()
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.hide()
        self._outer.addWidget(self.preview, 2)
        self.ticket: TicketView | None = None

    def show_ticket(self, kt: KioskTicket) -> None:
        # Sentences come from app.kiosk.wording (Chinese, like the slip); English ships for
        # the screen's own labels only.
        t = self.ticket = kt.ticket
        line = t.line_name + (f"（{t.priority_label}）" if t.priority_label else "")
        self.labels["ticketLine"].setText(line)
        self.labels["ticketNumber"].setText(t.number)
        self.labels["ticketWhere"].setText(kt.where)
        self.labels["ticketInfo"].setText(kt.wait)
        self.labels["ticketAttention"].setText(self.tr("请留意叫号"))
        self.notice.setText("\n".join(kt.notice[1:]))
        self._status("printOk", self.tr("正在打印小票…"))
        self.preview.clear()
        self.preview.hide()

    def show_printed(self, png: bytes | None, warnings: list[str]) -> None:
        text = self.tr("请取走小票")
        if warnings:
            text += "（" + "；".join(warnings) + "）"
        self._status("printOk", text)
        if png:
            pix = QPixmap()
            pix.loadFromData(png)
            self.preview.setPixmap(
                pix.scaledToHeight(PREVIEW_H, Qt.TransformationMode.SmoothTransformation)
            )
            self.preview.show()

    def show_print_failed(self, reason: str) -> None:
        number = self.ticket.number if self.ticket else ""
        self._status(
            "printNotice",
            self.tr("小票打印失败（%s），请记住您的号码 %s 或拍照") % (reason.rstrip("。"), number),
        )

    def _status(self, name: str, text: str) -> None:
        self.print_status.setObjectName(name)
        self.print_status.setText(text)
        self.print_status.style().unpolish(self.print_status)
        self.print_status.style().polish(self.print_status)

    def set_landscape(self, landscape: bool) -> None:
        self._outer.setDirection(
            QBoxLayout.Direction.LeftToRight if landscape else QBoxLayout.Direction.TopToBottom
        )

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        self.tapped.emit()
        super().mousePressEvent(event)
