"""The device settings of one hall PC: which ports, which printer model; test print and live
status for the device dialog. Saving needs the devices.manage permission."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from app import settings as settings_mod
from app.journal import Actor
from app.permissions import require
from printers.escpos import PrinterStatus, PrintResult, TicketData, print_ticket, query_status

DEVICE_KEYS = ("ticket_printer", "printer_profile", "id_reader", "led_display", "rating_pad")


@dataclass(frozen=True)
class Port:
    device: str
    description: str

    @property
    def url(self) -> str:
        return f"serial://{self.device}?baudrate=115200"


def serial_ports() -> list[Port]:
    from serial.tools import list_ports

    return [Port(p.device, p.description or "") for p in sorted(list_ports.comports(), key=lambda p: p.device)]


def printer_status(url: str) -> PrinterStatus:
    return query_status(url)


def test_print(url: str, profile: str, hall_name: str) -> PrintResult:
    ticket = TicketData(
        hall_name=hall_name,
        number="测试",
        line_name="打印机测试票",
        ahead=0,
        est_wait_minutes=None,
        issued_at=dt.datetime.now(),
        qr_payload="yichuang:printer-test",
        notice_lines=["中文、数字 0123456789 与二维码清晰即为正常", "￥ 符号测试：￥10.00"],
        priority_label=None,
    )
    return print_ticket(url, ticket, profile)


def save_devices(actor: Actor, values: dict[str, str], path: Path | None = None) -> Path:
    require(actor, "devices.manage")
    return settings_mod.save({k: v for k, v in values.items() if k in DEVICE_KEYS}, path)
