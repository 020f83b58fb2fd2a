"""Printing the ticket that was just stored. Runs on a worker thread; a fault is raised as
DeviceError and the kiosk keeps showing the number (the ticket exists either way)."""

from __future__ import annotations

from dataclasses import dataclass

from app.queue.views import TicketView
from app.settings import Settings
from printers.errors import DeviceError
from printers.escpos import TicketData, print_ticket

NOTICE = ["请留意大厅显示屏和语音叫号", "过号请到原窗口补号"]


@dataclass(frozen=True)
class Printed:
    png: bytes | None  # the simulated printer's rendering (sim:// only)
    warnings: list[str]


def ticket_data(
    ticket: TicketView, settings: Settings, hall_code: str, hall_name: str
) -> TicketData:
    qr = None
    if settings.ticket_qr:
        day = (ticket.day or ticket.issued_at.date().isoformat()).replace("-", "")
        qr = settings.ticket_qr.format(hall=hall_code, number=ticket.number, day=day)
    return TicketData(
        hall_name=ticket.hall_name or hall_name,
        number=ticket.number,
        line_name=ticket.line_name,
        ahead=ticket.ahead,
        est_wait_minutes=ticket.est_wait_minutes,
        issued_at=ticket.issued_at,
        qr_payload=qr,
        notice_lines=list(NOTICE),
        priority_label=ticket.priority_label,
    )


def print_issued(ticket: TicketView, settings: Settings, hall_code: str, hall_name: str) -> Printed:
    if not settings.ticket_printer:
        raise DeviceError("本机未配置小票打印机", code="no_printer")
    data = ticket_data(ticket, settings, hall_code, hall_name)
    result = print_ticket(settings.ticket_printer, data, settings.printer_profile)
    png = result.simulator.last_ticket_png() if result.simulator is not None else None
    return Printed(png, list(result.warnings_zh))
