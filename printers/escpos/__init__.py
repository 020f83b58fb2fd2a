"""ESC/POS thermal printing: our own small driver on pyserial (see ``commands``)."""

from printers.escpos.layout import render_intake_slip, render_ticket
from printers.escpos.printing import (
    PrintResult,
    print_intake_slip,
    print_ticket,
    query_status,
    send_job,
)
from printers.escpos.profiles import PrinterProfile, list_profiles, load_profile
from printers.escpos.status import PrinterStatus, check_ready, decode_status, read_status
from printers.escpos.ticket import IntakeSlipData, TicketData

__all__ = [
    "IntakeSlipData",
    "PrintResult",
    "PrinterProfile",
    "PrinterStatus",
    "TicketData",
    "check_ready",
    "decode_status",
    "list_profiles",
    "load_profile",
    "print_intake_slip",
    "print_ticket",
    "query_status",
    "read_status",
    "render_intake_slip",
    "render_ticket",
    "send_job",
]
