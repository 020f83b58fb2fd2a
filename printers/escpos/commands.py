"""ESC/POS byte builders: one function per command of hardware.md 1.1.

Why our own driver on pyserial and not python-escpos (hardware.md 1.4):

1. Chinese text, our main use, is a hard-coded hack there: any string containing a character in
   ``[\\u4e00-\\u9fa5]`` goes out whole as GB18030 without ``FS &``, everything else through
   single-byte code pages, so ``'：，（）￥'`` prints as "?????" and ``'No.A012 ¥5'`` sends a CP437
   byte that a printer in Chinese mode reads as a GB lead byte. The encoding cannot be set,
   but our printers are GB18030, GBK or GB2312.
2. Its status coverage is partial (DLE EOT 1 and 4 only: no cover-open, no cutter error) and
   the serial backend never passes ``rtscts``.
3. A queue ticket needs about a dozen commands; a driver for them is ~100 lines.
4. ``serial.serial_for_url`` already gives one transport for tty, ``socket://`` and ``loop://``.
5. It pulls in ~9 dependencies (setuptools, six, appdirs, …).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PIL import Image

ESC, FS, GS, DLE = b"\x1b", b"\x1c", b"\x1d", b"\x10"
LF = b"\n"
_ALIGN = {"left": 0, "center": 1, "right": 2}
_QR_ECC = {"L": 0x30, "M": 0x31, "Q": 0x32, "H": 0x33}
_HRI = {"none": 0, "above": 1, "below": 2, "both": 3}
QR_MAX_BYTES = 7089  # Epson's store limit is 7092 - 3; clones are often lower (profile)


def _u8(n: int, lo: int = 0, hi: int = 255) -> bytes:
    if not lo <= n <= hi:
        raise ValueError(f"parameter {n} outside {lo}..{hi}")
    return bytes([n])


def init() -> bytes:
    """ESC @, then FS & again: ESC @ may reset Chinese mode on some printers."""
    return ESC + b"@" + chinese_on()


def chinese_on() -> bytes:
    return FS + b"&"


def chinese_off() -> bytes:
    return FS + b"."


def align(where: str) -> bytes:
    return ESC + b"a" + bytes([_ALIGN[where]])


def bold(on: bool) -> bytes:
    return ESC + b"E" + (b"\x01" if on else b"\x00")


def underline(dots: int) -> bytes:
    return ESC + b"-" + _u8(dots, 0, 2)


def size(width: int = 1, height: int = 1) -> bytes:
    """GS ! — magnifies ANK and Chinese alike (ESC ! does not size Chinese)."""
    return GS + b"!" + bytes([((_check_mul(width) - 1) << 4) | (_check_mul(height) - 1)])


def _check_mul(n: int) -> int:
    if not 1 <= n <= 8:
        raise ValueError(f"character magnification {n} outside 1..8")
    return n


def feed(lines: int = 1) -> bytes:
    return ESC + b"d" + _u8(lines)


def cut(partial: bool = True, feed_dots: int | None = None) -> bytes:
    """GS V 0/1, or GS V 65/66 n which feeds n first so the last line clears the blade."""
    if feed_dots is None:
        return GS + b"V" + (b"\x01" if partial else b"\x00")
    return GS + b"V" + (b"B" if partial else b"A") + _u8(feed_dots)


def _gs_k_qr(fn: int, params: bytes) -> bytes:
    length = len(params) + 2  # cn + fn
    return GS + b"(k" + bytes([length & 0xFF, length >> 8, 0x31, fn]) + params


def qr_model(model: int = 2) -> bytes:
    return _gs_k_qr(0x41, bytes([0x30 + model, 0]))


def qr_module_size(dots: int) -> bytes:
    return _gs_k_qr(0x43, _u8(dots, 1, 16))


def qr_ecc(level: str = "M") -> bytes:
    return _gs_k_qr(0x45, bytes([_QR_ECC[level]]))


def qr_store(data: bytes) -> bytes:
    if len(data) > QR_MAX_BYTES:
        raise ValueError(f"QR payload of {len(data)} bytes exceeds {QR_MAX_BYTES}")
    return _gs_k_qr(0x50, b"\x30" + data)


def qr_print() -> bytes:
    return _gs_k_qr(0x51, b"\x30")


def qr(payload: str, *, module_size: int = 6, ecc: str = "M") -> bytes:
    """Whole QR sequence; the payload travels as UTF-8 (what phone scanners expect)."""
    return (
        qr_model(2)
        + qr_module_size(module_size)
        + qr_ecc(ecc)
        + qr_store(payload.encode("utf-8"))
        + qr_print()
    )


def code128_data(data: str) -> bytes:
    """Payload of GS k 73: ``{C`` packs digit pairs one byte each when the data is an even
    number of digits (half the bars), otherwise ``{B`` with ``{`` escaped as ``{{``."""
    if not data:
        raise ValueError("empty barcode")
    if data.isdigit() and data.isascii() and len(data) % 2 == 0:
        return b"{C" + bytes(int(data[i : i + 2]) for i in range(0, len(data), 2))
    if not all(0x20 <= ord(c) < 0x7F for c in data):
        raise ValueError(f"Code128 set B takes printable ASCII only: {data!r}")
    return b"{B" + data.replace("{", "{{").encode("ascii")


def code128_modules(data: str) -> int:
    """Bar modules of the symbol: 11 per symbol incl. start and check, 13 for stop."""
    body = code128_data(data)
    symbols = len(body) - 2 - body.count(b"{{") + 2
    return 11 * symbols + 13


def code128(data: str, *, height: int = 80, module_width: int = 2, hri: str = "below") -> bytes:
    body = code128_data(data)
    if len(body) > 255:
        raise ValueError("Code128 data too long")
    return (
        GS
        + b"h"
        + _u8(height, 1)
        + GS
        + b"w"
        + _u8(module_width, 1, 6)
        + GS
        + b"H"
        + bytes([_HRI[hri]])
        + GS
        + b"f\x00"
        + GS
        + b"kI"
        + bytes([len(body)])
        + body
    )


def raster(image: Image.Image, max_width: int) -> bytes:
    """GS v 0 of a Pillow image, thresholded to 1 bit and shrunk to ``max_width`` dots."""
    from PIL import Image as PILImage

    img = image.convert("L")
    if img.width > max_width:
        img = img.resize((max_width, max(1, img.height * max_width // img.width)))
    mono = img.point(lambda v: 255 if v < 128 else 0, mode="1")  # 1 = black on paper
    x_bytes = (mono.width + 7) // 8
    padded = PILImage.new("1", (x_bytes * 8, mono.height), 0)
    padded.paste(mono, (0, 0))
    data = padded.tobytes()
    h = padded.height
    return GS + b"v0\x00" + bytes([x_bytes & 0xFF, x_bytes >> 8, h & 0xFF, h >> 8]) + data


def status_request(n: int) -> bytes:
    return DLE + b"\x04" + _u8(n, 1, 4)
