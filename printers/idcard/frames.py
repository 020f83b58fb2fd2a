"""Frames of the resident ID-card reader's SAM UART protocol (GA 467, hardware.md §3).

Host → reader: ``AA AA AA 96 69 | LEN(2, BE) | CMD PARA | DATA | CHK``.
Reader → host: ``AA AA AA 96 69 | LEN(2, BE) | SW1 SW2 SW3 | DATA | CHK``.
LEN counts everything after itself including CHK; CHK is the XOR of LEN..DATA.

Written by hand because no maintained Python library speaks this protocol.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import reduce

from printers.errors import DeviceError

PREAMBLE = bytes.fromhex("AAAAAA9669")
HEADER_LEN = len(PREAMBLE) + 2  # preamble + LEN

# (CMD, PARA) pairs of the commands the host sends.
RESET = (0x10, 0xFF)
STATUS = (0x11, 0xFF)
SAM_ID = (0x12, 0xFF)
FIND_CARD = (0x20, 0x01)
SELECT_CARD = (0x20, 0x02)
READ_BASE = (0x30, 0x01)
READ_BASE_FP = (0x30, 0x10)

SW_OK = 0x90
SW_FIND_OK = 0x9F
SW_NO_CARD = 0x80

STATUS_MESSAGES: dict[int, str] = {
    0x90: "操作成功",
    0x9F: "找卡成功",
    0x10: "读卡器收到的数据校验和错误",
    0x11: "读卡器收到的数据长度错误",
    0x21: "读卡器不支持该命令",
    0x23: "越权操作",
    0x24: "读卡器发生未知错误",
    0x31: "卡片认证读卡器失败，请重新放卡",
    0x32: "读卡器认证卡片失败，请重新放卡",
    0x33: "信息验证错误，请重新放卡",
    0x40: "无法识别的卡类型，请确认放的是身份证",
    0x41: "读卡失败，请重新放卡",
    0x47: "取随机数失败，请重新放卡",
    0x60: "读卡器安全模块自检失败，请联系技术人员",
    0x66: "读卡器安全模块未经授权，请联系技术人员",
    0x80: "未放卡或卡片未放好",
    0x81: "选卡失败，请重新放卡",
    0x91: "卡中无此项内容",
}


def status_message(sw3: int) -> str:
    """The Chinese message for a reply status byte (SW3)."""
    return STATUS_MESSAGES.get(sw3, f"读卡器返回未知状态 0x{sw3:02X}")


def checksum(body: bytes) -> int:
    """XOR of every byte after the preamble except CHK itself."""
    return reduce(lambda acc, b: acc ^ b, body, 0)


def _frame(payload: bytes) -> bytes:
    length = (len(payload) + 1).to_bytes(2, "big")
    body = length + payload
    return PREAMBLE + body + bytes([checksum(body)])


def build_command(cmd: int, para: int, data: bytes = b"") -> bytes:
    """A host → reader frame, e.g. ``build_command(*FIND_CARD)``."""
    return _frame(bytes([cmd, para]) + data)


def build_reply(sw1: int, sw2: int, sw3: int, data: bytes = b"") -> bytes:
    """A reader → host frame; used by the simulator and tests."""
    return _frame(bytes([sw1, sw2, sw3]) + data)


@dataclass(frozen=True)
class Reply:
    sw1: int
    sw2: int
    sw3: int
    data: bytes

    @property
    def ok(self) -> bool:
        return self.sw3 in (SW_OK, SW_FIND_OK)

    @property
    def message(self) -> str:
        return status_message(self.sw3)


@dataclass(frozen=True)
class Command:
    cmd: int
    para: int
    data: bytes


def _split(frame: bytes, min_payload: int) -> bytes:
    """Check preamble, length and checksum; return the payload (between LEN and CHK)."""
    if not frame.startswith(PREAMBLE) or len(frame) < HEADER_LEN + 1:
        raise DeviceError("读卡器返回的数据帧头不正确", code="idcard_frame")
    length = int.from_bytes(frame[5:7], "big")
    if len(frame) != HEADER_LEN + length:
        raise DeviceError("读卡器返回的数据长度不正确", code="idcard_length")
    body, chk = frame[5:-1], frame[-1]
    if checksum(body) != chk:
        raise DeviceError("读卡器返回的数据校验和错误", code="idcard_checksum")
    payload = frame[HEADER_LEN:-1]
    if len(payload) < min_payload:
        raise DeviceError("读卡器返回的数据过短", code="idcard_length")
    return payload


def parse_reply(frame: bytes) -> Reply:
    """Parse one complete reader → host frame; raise DeviceError when it is malformed."""
    p = _split(frame, 3)
    return Reply(p[0], p[1], p[2], p[3:])


def parse_command(frame: bytes) -> Command:
    """Parse one complete host → reader frame (the simulator's side)."""
    p = _split(frame, 2)
    return Command(p[0], p[1], p[2:])


def frame_length(header: bytes) -> int:
    """Total frame size given its first 7 bytes (preamble + LEN)."""
    if header[:5] != PREAMBLE or len(header) < HEADER_LEN:
        raise DeviceError("读卡器返回的数据帧头不正确", code="idcard_frame")
    return HEADER_LEN + int.from_bytes(header[5:7], "big")
