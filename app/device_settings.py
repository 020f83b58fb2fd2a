"""The device settings of one hall PC: which ports, which printer model; test print and live
status for the device dialog. Saving needs the devices.manage permission."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app import settings as settings_mod
from app.journal import Actor
from app.kiosk.hall_clock import hall_now
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
        issued_at=hall_now().replace(microsecond=0),  # the hall's time, not the PC's zone
        qr_payload="yichuang:printer-test",
        notice_lines=["中文、数字 0123456789 与二维码清晰即为正常", "￥ 符号测试：￥10.00"],
        priority_label=None,
    )
    return print_ticket(url, ticket, profile)


def save_devices(actor: Actor, values: dict[str, str], path: Path | None = None) -> Path:
    require(actor, "devices.manage")
    return settings_mod.save({k: v for k, v in values.items() if k in DEVICE_KEYS}, path)


def describe_url(url: str) -> str:
    """A device address in words a clerk understands (``sim://`` means nothing to them)."""
    from urllib.parse import urlsplit

    url = url.strip()
    if not url:
        return "未配置"
    parts = urlsplit(url)
    if parts.scheme == "sim":
        return "模拟设备：不连接实体设备，测试打印的内容只显示在预览中"
    if parts.scheme == "serial":
        return f"串口设备 {parts.path or parts.netloc}"
    if parts.scheme == "socket":
        return f"网络设备 {parts.netloc}"
    if parts.scheme == "file":
        return f"打印到文件 {parts.path}"
    return f"未知的地址类型“{parts.scheme or url}”，可用 serial://、socket://、file://、sim://"
