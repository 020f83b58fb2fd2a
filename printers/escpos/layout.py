"""Ticket and slip layouts → ESC/POS bytes for one printer profile."""

from __future__ import annotations

from typing import TYPE_CHECKING

from printers.escpos import commands as c
from printers.escpos.encoding import display_width, encode_text, wrap
from printers.escpos.profiles import PrinterProfile, resolve_profile
from printers.escpos.ticket import IntakeSlipData, TicketData

if TYPE_CHECKING:
    from PIL import Image

NUMBER_MUL = 4  # 4×4 number: 96 dots tall, readable at arm's length


class _Doc:
    def __init__(self, profile: PrinterProfile) -> None:
        self.p = profile
        self.out = bytearray(c.init())

    def raw(self, data: bytes) -> None:
        self.out += data

    def line(self, text: str, *, align: str = "left", bold: bool = False, mul: int = 1) -> None:
        self.out += c.align(align)
        if bold:
            self.out += c.bold(True)
        if mul != 1:
            self.out += c.size(mul, mul)
        self.out += encode_text(text, self.p.encoding) + c.LF
        if mul != 1:
            self.out += c.size(1, 1)
        if bold:
            self.out += c.bold(False)

    def fitted(self, text: str, *, want: int, align: str = "center", bold: bool = False) -> None:
        """Biggest magnification ≤ ``want`` at which ``text`` fits one line; else wrapped."""
        for mul in range(min(want, self.p.max_char_mul), 0, -1):
            if display_width(text) * mul <= self.p.columns:
                self.line(text, align=align, bold=bold, mul=mul)
                return
        for part in wrap(text, self.p.columns):
            self.line(part, align=align, bold=bold)

    def wrapped(self, text: str, *, align: str = "left") -> None:
        for part in wrap(text, self.p.columns):
            self.line(part, align=align)

    def pair(self, label: str, value: str) -> None:
        self.wrapped(f"{label}：{value}")

    def rule(self) -> None:
        self.line("-" * self.p.columns, align="left")

    def qr_or_text(self, payload: str, caption: str) -> None:
        if self.p.qr and len(payload.encode("utf-8")) <= self.p.qr_max_bytes:
            self.out += c.align("center") + c.qr(payload, module_size=self.p.qr_module) + c.LF
            self.line(caption, align="center")
        else:  # old printers without GS ( k: print the link so it can still be typed in
            self.wrapped(payload, align="center")

    def logo(self, image: Image.Image | None) -> None:
        if image is not None and self.p.logo:
            self.out += c.align("center") + c.raster(image, self.p.dots)

    def finish(self) -> bytes:
        if self.p.cutter:
            self.out += c.feed(4) + c.cut(partial=True)
        else:
            self.out += c.feed(5)  # tear-off bar sits ~5 lines above the head
        return bytes(self.out)


def render_ticket(
    ticket: TicketData,
    profile: str | PrinterProfile = "generic-80",
    *,
    logo: Image.Image | None = None,
) -> bytes:
    p = resolve_profile(profile)
    d = _Doc(p)
    d.logo(logo)
    d.fitted(ticket.hall_name, want=2, bold=True)
    d.fitted(ticket.line_name, want=1)
    if ticket.priority_label:
        d.fitted(f"【{ticket.priority_label}】", want=2, bold=True)
    d.raw(c.feed(1))
    d.fitted(ticket.number, want=NUMBER_MUL, bold=True)
    d.raw(c.feed(1))
    d.line(f"您前面还有 {ticket.ahead} 人等候", align="center")
    if ticket.est_wait_minutes is not None:
        d.line(f"预计等待约 {ticket.est_wait_minutes} 分钟", align="center")
    d.line(f"取号时间：{ticket.issued_at:%Y-%m-%d %H:%M:%S}", align="center")
    if ticket.notice_lines:
        d.rule()
        for text in ticket.notice_lines:
            d.wrapped(text)
    if ticket.qr_payload:
        d.rule()
        d.qr_or_text(ticket.qr_payload, "扫码查看叫号进度")
    if not ticket.notice_lines:  # the kiosk's notice already says what to do
        d.line("请留意叫号", align="center")
    return d.finish()


def render_intake_slip(
    slip: IntakeSlipData,
    profile: str | PrinterProfile = "generic-80",
    *,
    logo: Image.Image | None = None,
) -> bytes:
    p = resolve_profile(profile)
    d = _Doc(p)
    d.logo(logo)
    d.fitted(slip.hall_name, want=2, bold=True)
    d.fitted("收件凭条", want=2, bold=True)
    d.rule()
    d.pair("办件编号", slip.case_number)
    d.pair("办理事项", slip.matter_name)
    d.pair("申请人", slip.applicant_name)
    d.pair("收件时间", f"{slip.received_at:%Y-%m-%d %H:%M}")
    if slip.promised_date:
        d.pair("承诺办结", slip.promised_date)
    if slip.query_number:
        d.pair("查询号", slip.query_number)
    if slip.query_password:
        d.line(f"查询密码：{slip.query_password}", bold=True)
    for text in slip.notice_lines:
        d.wrapped(text)
    module = min(3, p.dots // c.code128_modules(slip.case_number))
    if module >= 1:
        d.raw(
            c.align("center") + c.code128(slip.case_number, height=60, module_width=module) + c.LF
        )
    d.line("凭此条查询办理进度、领取结果", align="center")
    return d.finish()
