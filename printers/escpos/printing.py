"""Print a ticket or slip on the printer at a URL: status first, then the bytes, then status
again so a cable pulled during the job is reported instead of a silent half ticket."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from printers.errors import DeviceError
from printers.escpos.layout import render_intake_slip, render_ticket
from printers.escpos.profiles import PrinterProfile, resolve_profile
from printers.escpos.status import PrinterStatus, check_ready, read_status
from printers.escpos.ticket import IntakeSlipData, TicketData
from printers.transport import open_transport

if TYPE_CHECKING:
    from printers.simulator.printer import SimulatedPrinter


@dataclass
class PrintResult:
    url: str
    profile: str
    bytes_sent: int
    status: PrinterStatus | None  # None when the transport cannot answer (file://)
    warnings_zh: list[str] = field(default_factory=list)
    #: For ``sim://``: the simulated printer, e.g. ``result.simulator.last_ticket_png()``.
    simulator: SimulatedPrinter | None = None


def query_status(url: str, *, timeout: float = 2.0) -> PrinterStatus:
    """Read DLE EOT 1–4 from the printer at ``url``; DeviceError if it does not answer."""
    with open_transport(url, timeout=timeout) as transport:
        if not transport.supports_status:
            raise DeviceError(f"{url} 是假脱机文件，无法读取打印机状态", code="no_status")
        return read_status(transport)


def _mid_job(what: str, code: str) -> DeviceError:
    return DeviceError(f"打印过程中{what}。本张票据可能未打印完整，请排除故障后重新打印", code=code)


def send_job(
    url: str,
    data: bytes,
    profile: str | PrinterProfile,
    *,
    timeout: float = 2.0,
    check_status: bool = True,
    write_chunk: int = 4096,
) -> PrintResult:
    """Status check (faults raise DeviceError and nothing is sent), send, confirm."""
    p = resolve_profile(profile)
    with open_transport(url, timeout=timeout, write_chunk=write_chunk) as transport:
        if transport.simulator is not None:
            transport.simulator.paper_dots = p.dots  # the roll matching the profile
        asks = check_status and transport.supports_status and p.status
        status: PrinterStatus | None = None
        warnings: list[str] = []
        if asks:
            warnings = check_ready(read_status(transport))
        try:
            transport.write(data)
            if asks:
                # The status query is queued behind the job, so its answer proves delivery.
                status = read_status(transport, timeout=max(timeout, 5.0))
        except DeviceError as exc:
            raise _mid_job(exc.message.replace("设备", "打印机", 1), exc.code) from exc
        if status is not None:
            problems = status.problems_zh()
            if problems:
                raise _mid_job("出现故障：" + "；".join(problems), status.code)
            warnings = status.warnings_zh()
        return PrintResult(url, p.name, len(data), status, warnings, transport.simulator)


def print_ticket(
    url: str,
    ticket: TicketData,
    profile: str | PrinterProfile = "generic-80",
    *,
    timeout: float = 2.0,
    check_status: bool = True,
    write_chunk: int = 4096,
) -> PrintResult:
    """Print a queue ticket. Raises DeviceError (Chinese message) on any fault; the caller
    keeps ``ticket`` and can print it again elsewhere."""
    p = resolve_profile(profile)
    return send_job(
        url,
        render_ticket(ticket, p),
        p,
        timeout=timeout,
        check_status=check_status,
        write_chunk=write_chunk,
    )


def print_intake_slip(
    url: str,
    slip: IntakeSlipData,
    profile: str | PrinterProfile = "generic-80",
    *,
    timeout: float = 2.0,
    check_status: bool = True,
) -> PrintResult:
    p = resolve_profile(profile)
    return send_job(url, render_intake_slip(slip, p), p, timeout=timeout, check_status=check_status)
