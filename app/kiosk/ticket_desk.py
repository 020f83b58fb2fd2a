"""The kiosk's use case: store the ticket first, then print it. A ticket exists once stored;
a printer fault is reported in Chinese and never takes the number back."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select

from app.journal import Actor
from app.kiosk import wording
from app.queue.numbering import local_now
from app.queue.service import QueueService
from app.queue.views import TicketView
from app.settings import Settings
from db.models import Hall, ServiceLine, Window, WindowLine
from printers.errors import DeviceError
from printers.escpos import TicketData, print_ticket


@dataclass(frozen=True)
class KioskTicket:
    """A stored ticket with everything the screen and the slip say about it."""

    ticket: TicketView
    windows: list[int]
    where: str  # 请到 3、4 号窗口办理（以叫号为准）
    wait: str  # 前面还有 3 人 · 预计等候约 15 分钟
    notice: list[str] = field(default_factory=list)
    qr: str | None = None  # only a link a phone can open; else no QR and no promise


@dataclass(frozen=True)
class Printed:
    png: bytes | None  # the simulated printer's rendering (sim:// only)
    warnings: list[str]


class TicketDesk:
    def __init__(self, service: QueueService, settings: Settings) -> None:
        self.service, self.settings = service, settings

    def take(self, actor: Actor, line_code: str, *, priority: str | None = None,
             id_number: str | None = None) -> KioskTicket:  # fmt: skip
        ticket = self.service.issue(actor, line_code, source="kiosk", priority=priority,
                                    id_number=id_number)  # fmt: skip
        return self.describe(ticket)

    def check_in(self, actor: Actor, code: str) -> KioskTicket:
        return self.describe(self.service.check_in(actor, code))

    def windows_for(self, line_code: str) -> list[int]:
        """Open windows serving the line (a paused window still serves it later)."""
        with self.service.store.read() as s:
            rows = s.scalars(
                select(Window.no)
                .join(WindowLine, WindowLine.window_id == Window.id)
                .join(ServiceLine, ServiceLine.id == WindowLine.line_id)
                .join(Hall, Hall.id == ServiceLine.hall_id)
                .where(ServiceLine.code == line_code, Hall.code == self.service.hall_code,
                       Window.active.is_(True))  # fmt: skip
                .order_by(Window.no)
            ).all()
        return sorted(set(rows))

    def describe(self, ticket: TicketView) -> KioskTicket:
        if ticket.target_window_no:
            windows = [ticket.target_window_no]
        else:
            windows = self.windows_for(ticket.line_code)
        return KioskTicket(
            ticket=ticket,
            windows=windows,
            where=wording.windows_text(windows),
            wait=wording.wait_text(ticket.ahead, ticket.est_wait_minutes),
            notice=wording.notice_lines(windows),
            qr=self._qr(ticket),
        )

    def _qr(self, ticket: TicketView) -> str | None:
        template = self.settings.ticket_qr.strip()
        if not template.lower().startswith(("http://", "https://")):
            return None  # a code no phone can open would be a broken promise
        day = (ticket.day or ticket.issued_at.date().isoformat()).replace("-", "")
        return template.format(hall=self.service.hall_code, number=ticket.number, day=day)

    def slip(self, kt: KioskTicket) -> TicketData:
        t = kt.ticket
        return TicketData(
            hall_name=t.hall_name or self.service.hall_name,
            number=t.number,
            line_name=t.line_name,
            ahead=t.ahead,
            # "约 0 分钟" is never printed: the wait is shown only when there is one.
            est_wait_minutes=t.est_wait_minutes if t.ahead > 0 and t.est_wait_minutes > 1 else None,
            issued_at=local_now(t.issued_at if t.issued_at.tzinfo else
                                t.issued_at.replace(tzinfo=dt.UTC)),  # fmt: skip
            qr_payload=kt.qr,
            notice_lines=list(kt.notice),
            priority_label=t.priority_label,
        )

    def print_slip(self, kt: KioskTicket) -> Printed:
        """On a worker thread, after ``take`` has stored the ticket. Raises DeviceError with a
        Chinese message; the caller keeps showing the number."""
        if not self.settings.ticket_printer:
            raise DeviceError("本机未配置小票打印机", code="no_printer")
        try:
            result = print_ticket(self.settings.ticket_printer, self.slip(kt),
                                  self.settings.printer_profile)  # fmt: skip
        except DeviceError:
            raise
        except OSError as exc:
            raise DeviceError(f"小票打印机无法连接（{exc.strerror or exc}）") from exc
        png = result.simulator.last_ticket_png() if result.simulator is not None else None
        return Printed(png, list(result.warnings_zh))
