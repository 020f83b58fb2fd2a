"""Real-time status (DLE EOT 1–4) decoded into something a kiosk can show."""

from __future__ import annotations

from dataclasses import dataclass, field

from printers.errors import DeviceError
from printers.escpos import commands
from printers.transport import Transport

MSG_NO_RESPONSE = "打印机无响应，请检查打印机电源和连接"
MSG_BAD_REPLY = "打印机状态应答异常，请检查打印机型号设置和通信参数"


@dataclass(frozen=True)
class PrinterStatus:
    online: bool = True
    cover_open: bool = False
    paper_near_end: bool = False
    paper_out: bool = False
    cutter_error: bool = False
    unrecoverable: bool = False
    recoverable_error: bool = False
    raw: dict[int, int] = field(default_factory=dict, compare=False)

    @property
    def ok(self) -> bool:
        """Ready to print (a near-end roll still prints)."""
        return not self.problems_zh()

    def problems_zh(self) -> list[str]:
        """Faults that stop printing, in Chinese, most actionable first."""
        out: list[str] = []
        if self.paper_out:
            out.append("打印机缺纸，请更换纸卷")
        if self.cover_open:
            out.append("打印机上盖打开，请合上上盖")
        if self.cutter_error:
            out.append("打印机切刀故障，请检查切刀是否卡纸")
        if self.unrecoverable:
            out.append("打印机发生不可恢复错误，请关机重启或联系维护人员")
        if self.recoverable_error:
            out.append("打印机暂时故障（如打印头过热），请稍候再试")
        if not self.online and not out:
            out.append("打印机处于离线状态，请检查打印机")
        return out

    def warnings_zh(self) -> list[str]:
        return ["打印纸将尽，请尽快更换纸卷"] if self.paper_near_end and not self.paper_out else []

    def summary_zh(self) -> str:
        msgs = self.problems_zh() + self.warnings_zh()
        return "；".join(msgs) if msgs else "打印机正常"

    @property
    def code(self) -> str:
        for flag in (
            "paper_out",
            "cover_open",
            "cutter_error",
            "unrecoverable",
            "recoverable_error",
        ):
            if getattr(self, flag):
                return flag
        return "offline" if not self.online else "ok"


def valid_status_byte(b: int) -> bool:
    """Every DLE EOT reply has the fixed bit pattern 0xx1xx10."""
    return b & 0x93 == 0x12


def decode_status(replies: dict[int, int]) -> PrinterStatus:
    """``replies`` maps n (1–4) to the byte answered to DLE EOT n; missing n = not asked."""
    r1, r2 = replies.get(1, 0x12), replies.get(2, 0x12)
    r3, r4 = replies.get(3, 0x12), replies.get(4, 0x12)
    return PrinterStatus(
        online=not r1 & 0x08,
        cover_open=bool(r2 & 0x04),
        paper_near_end=bool(r4 & 0x0C),
        paper_out=bool(r4 & 0x60) or bool(r2 & 0x20),
        cutter_error=bool(r3 & 0x08),
        unrecoverable=bool(r3 & 0x20),
        recoverable_error=bool(r3 & 0x40),
        raw=dict(replies),
    )


def read_status(transport: Transport, *, timeout: float | None = None) -> PrinterStatus:
    """Ask DLE EOT 1–4 one by one. No reply in time → DeviceError "打印机无响应"."""
    replies: dict[int, int] = {}
    transport.reset_input()
    for n in (1, 2, 3, 4):
        transport.write(commands.status_request(n))
        data = transport.read(1, timeout)
        if not data:
            raise DeviceError(MSG_NO_RESPONSE, code="no_response")
        if not valid_status_byte(data[0]):
            raise DeviceError(MSG_BAD_REPLY, code="bad_reply")
        replies[n] = data[0]
    return decode_status(replies)


def check_ready(status: PrinterStatus) -> list[str]:
    """Raise DeviceError naming every fault; return warnings (纸将尽) otherwise."""
    problems = status.problems_zh()
    if problems:
        raise DeviceError("；".join(problems), code=status.code)
    return status.warnings_zh()
