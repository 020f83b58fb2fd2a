"""``yichuang devices …``: list serial ports, print a test ticket on a printer URL."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from app.kiosk.hall_clock import hall_now
from printers.errors import DeviceError
from printers.escpos import TicketData, list_profiles, load_profile, print_ticket

SIM_NOTE = "sim:// 内置模拟打印机始终可用（例如 sim://demo?state=paper_out 模拟缺纸）"


def register(subparsers: Any) -> None:
    devices = subparsers.add_group("devices", help="外接设备：列出串口、测试打印机")

    p_list = devices.add_parser("list", help="列出本机串口设备和可用的打印机型号")
    p_list.set_defaults(func=list_handler)

    test = devices.add_group("test", help="测试设备")
    p_printer = test.add_parser("printer", help="打印一张测试票并报告打印机状态")
    p_printer.add_argument(
        "url",
        help="设备地址：serial:///dev/ttyUSB0?baudrate=9600、"
        "socket://192.168.1.50:9100、file:///tmp/spool.bin、sim://",
    )
    p_printer.add_argument(
        "--profile", default="generic-80", help=f"打印机型号（{', '.join(list_profiles())}）"
    )
    p_printer.add_argument("--hall", default="一窗政务服务中心", help="票面上的大厅名称")
    p_printer.add_argument("--out", type=Path, help="sim:// 时把模拟打印结果保存为 PNG")
    p_printer.add_argument("--timeout", type=_seconds, default=2.0, help="通信超时（0.1–60 秒）")
    p_printer.set_defaults(func=test_printer_handler)


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0.1 <= value <= 60:
        raise argparse.ArgumentTypeError(f"超时“{text[:20]}”应为 0.1–60 之间的秒数")
    return value


def _ports() -> list[dict[str, str]]:
    from serial.tools import list_ports

    return [
        {"device": p.device, "description": p.description or "", "hwid": p.hwid or ""}
        for p in sorted(list_ports.comports(), key=lambda p: p.device)
    ]


def list_handler(args: argparse.Namespace) -> int:
    ports = _ports()
    profiles = [{"name": n, "name_zh": load_profile(n).name_zh} for n in list_profiles()]
    if getattr(args, "json", False):
        print(
            json.dumps(
                {
                    "serial_ports": ports,
                    "simulator": "sim://",
                    "note": SIM_NOTE,
                    "printer_profiles": profiles,
                },
                ensure_ascii=False,
            )
        )
        return 0
    if ports:
        print("串口设备：")
        for p in ports:
            print(f"  {p['device']}  {p['description']}  {p['hwid']}")
    else:
        print("未发现串口设备（USB 转串口打印机应显示为 /dev/ttyUSB* 或 /dev/ttyACM*）")
    print(SIM_NOTE)
    print("打印机型号：")
    for prof in profiles:
        print(f"  {prof['name']}  {prof['name_zh']}")
    return 0


def test_ticket(hall_name: str, profile_name: str) -> TicketData:
    profile = load_profile(profile_name)
    return TicketData(
        hall_name=hall_name,
        number="T001",
        line_name="测试票（打印机自检）",
        ahead=0,
        est_wait_minutes=0,
        issued_at=hall_now().replace(microsecond=0),
        qr_payload="https://yichuang.example/printer-test" if profile.qr else None,
        notice_lines=[
            f"型号：{profile.name_zh}，{profile.paper_mm} 毫米，编码 {profile.encoding}",
            "字符检查：政务服务 〇 ￥12.50 · 【】「」",
            "如能看清以上文字和二维码，打印机工作正常。",
        ],
        priority_label="测试票",
    )


def test_printer_handler(args: argparse.Namespace) -> int:
    ticket = test_ticket(args.hall, args.profile)
    result = print_ticket(args.url, ticket, args.profile, timeout=args.timeout)
    png: str | None = None
    if args.out is not None:
        if result.simulator is None:
            raise DeviceError(
                "只有 sim:// 模拟打印机可以保存打印预览图（--out）", code="no_preview"
            )
        args.out.write_bytes(result.simulator.last_ticket_png())
        png = str(args.out)
    status_zh = result.status.summary_zh() if result.status else "假脱机文件，无法读取打印机状态"
    if getattr(args, "json", False):
        print(
            json.dumps(
                {
                    "ok": True,
                    "url": args.url,
                    "profile": result.profile,
                    "bytes_sent": result.bytes_sent,
                    "status": status_zh,
                    "warnings": result.warnings_zh,
                    "png": png,
                },
                ensure_ascii=False,
            )
        )
        return 0
    print(f"测试票已发送到 {args.url}（{result.bytes_sent} 字节，型号 {result.profile}）")
    print(f"打印机状态：{status_zh}")
    for warning in result.warnings_zh:
        print(f"提醒：{warning}", file=sys.stderr)
    if png:
        print(f"打印预览已保存：{png}")
    return 0
