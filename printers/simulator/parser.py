"""Incremental ESC/POS decoder: bytes in, ``blocks`` out, DLE EOT answered on the fly.

Written here because no Python ESC/POS parser decodes GB18030/GBK text (hardware.md 2); the
command set is the one our driver emits plus the usual neighbours so that bytes from other
software (python-escpos, vendor tools) decode too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from printers.simulator.barcodes import decode_code128
from printers.simulator.blocks import (
    BarcodeBlock,
    Block,
    Cut,
    Feed,
    Init,
    QrBlock,
    RasterBlock,
    TextBlock,
    UnknownCommand,
)

ESC, FS, GS, DLE = 0x1B, 0x1C, 0x1D, 0x10
_ALIGN = {0: "left", 48: "left", 1: "center", 49: "center", 2: "right", 50: "right"}
_ECC = {0x30: "L", 0x31: "M", 0x32: "Q", 0x33: "H"}
_BARCODE_A = {0: "UPC-A", 1: "UPC-E", 2: "EAN13", 3: "EAN8", 4: "CODE39", 5: "ITF", 6: "CODABAR"}
_BARCODE_B = {
    65: "UPC-A",
    66: "UPC-E",
    67: "EAN13",
    68: "EAN8",
    69: "CODE39",
    70: "ITF",
    71: "CODABAR",
    72: "CODE93",
    73: "CODE128",
}
# ESC / FS / GS commands with a fixed number of parameter bytes that we only need to skip.
_ESC_FIXED = {
    0x40: 0,
    0x61: 1,
    0x45: 1,
    0x21: 1,
    0x2D: 1,
    0x64: 1,
    0x74: 1,
    0x4A: 1,
    0x32: 0,
    0x33: 1,
    0x4D: 1,
    0x47: 1,
    0x20: 1,
    0x52: 1,
    0x7B: 1,
    0x56: 1,
    0x70: 3,
    0x63: 2,
    0x24: 2,
    0x5C: 2,
    0x72: 1,
}
_FS_FIXED = {0x26: 0, 0x2E: 0, 0x21: 1, 0x43: 1, 0x57: 1, 0x2D: 1, 0x53: 2}
_GS_FIXED = {
    0x21: 1,
    0x68: 1,
    0x77: 1,
    0x48: 1,
    0x66: 1,
    0x42: 1,
    0x4C: 2,
    0x57: 2,
    0x72: 1,
    0x61: 1,
    0x49: 1,
}


@dataclass
class _Style:
    align: str = "left"
    bold: bool = False
    esc_mode: int = 0
    fs_mode: int = 0
    gs_w: int = 1
    gs_h: int = 1
    underline: int = 0

    def key(self) -> tuple[bool, int, int, int]:
        wide = bool(self.esc_mode & 0x20) or bool(self.fs_mode & 0x04)
        tall = bool(self.esc_mode & 0x10) or bool(self.fs_mode & 0x08)
        width = max(self.gs_w, 2 if wide else 1)
        height = max(self.gs_h, 2 if tall else 1)
        bold = self.bold or bool(self.esc_mode & 0x08)
        under = self.underline or (1 if (self.esc_mode | self.fs_mode) & 0x80 else 0)
        return bold, width, height, under


class EscPosParser:
    """Feed bytes with :meth:`feed`; read :attr:`blocks`. Keeps partial commands between
    feeds, as a printer does with bytes split across USB/serial packets."""

    def __init__(self, status_reply: Callable[[int], int | None]) -> None:
        self._status_reply = status_reply
        self.blocks: list[Block] = []
        self.status_queries = 0
        self._buf = bytearray()
        self.reset()

    def reset(self) -> None:
        self.kanji = True  # Chinese-market printers power up in Chinese mode
        self.style = _Style()
        self._run: list[str] = []
        self._run_key: tuple[bool, int, int, int] | None = None
        self._line_align: str | None = None
        self._line_started = False
        self.qr_module, self.qr_ecc, self.qr_data = 3, "L", b""
        self.bc_height, self.bc_width, self.bc_hri = 162, 3, 0

    # -- public -----------------------------------------------------------------------------
    def feed(self, data: bytes) -> bytes:
        """Consume bytes; return the replies (DLE EOT status bytes) to send back."""
        self._buf += data
        replies = bytearray()
        pos = 0
        while pos < len(self._buf):
            used = self._step(pos, replies)
            if used == 0:
                break  # incomplete command at the end: wait for more bytes
            pos += used
        del self._buf[:pos]
        return bytes(replies)

    def flush(self) -> None:
        """Emit text that is still in the line buffer (end of job without LF)."""
        self._end_line(force=False)

    # -- text -------------------------------------------------------------------------------
    def _add_char(self, ch: str) -> None:
        key = self.style.key()
        if self._run and key != self._run_key:
            self._flush_run(line_end=False)
        if self._line_align is None:
            self._line_align = self.style.align
        self._run_key = key
        self._run.append(ch)

    def _flush_run(self, *, line_end: bool) -> None:
        key = self._run_key or self.style.key()
        bold, width, height, under = key
        self.blocks.append(
            TextBlock(
                "".join(self._run),
                self._line_align or self.style.align,
                bold,
                width,
                height,
                under,
                line_end,
            )
        )
        self._line_started = not line_end
        self._run, self._run_key = [], None
        if line_end:
            self._line_align = None

    def _end_line(self, *, force: bool) -> None:
        if self._run or self._line_started:
            self._flush_run(line_end=True)
        elif force:
            self.blocks.append(Feed(1))

    def _emit(self, block: Block) -> None:
        if self._run or self._line_started:
            self._flush_run(line_end=True)
        self.blocks.append(block)

    # -- decoder ----------------------------------------------------------------------------
    def _step(self, pos: int, replies: bytearray) -> int:
        buf = self._buf
        b = buf[pos]
        avail = len(buf) - pos
        if b == 0x0A:
            self._end_line(force=True)
            return 1
        if b in (0x0D, 0x00):
            return 1
        if b == 0x09:
            self._add_char(" ")
            return 1
        if b == DLE:
            if avail < 3:
                return 0
            if buf[pos + 1] == 0x04:
                self.status_queries += 1
                reply = self._status_reply(buf[pos + 2])
                if reply is not None:
                    replies.append(reply)
                return 3
            return 1
        if b == ESC:
            return self._esc(pos, avail)
        if b == FS:
            return self._fs(pos, avail)
        if b == GS:
            return self._gs(pos, avail)
        if b < 0x20 or b == 0x7F:
            self.blocks.append(UnknownCommand(bytes([b])))
            return 1
        if b < 0x80:
            self._add_char(chr(b))
            return 1
        if not self.kanji:
            self._add_char(bytes([b]).decode("cp437"))
            return 1
        if b == 0x80 or b == 0xFF:
            self._add_char("?")
            return 1
        need = 2
        if avail >= 2 and 0x30 <= buf[pos + 1] <= 0x39:
            need = 4  # GB18030 four-byte sequence (rare CJK, ¥ …)
        if avail < need:
            return 0
        raw = bytes(buf[pos : pos + need])
        self._add_char(raw.decode("gb18030", errors="replace"))
        return need

    def _esc(self, pos: int, avail: int) -> int:
        if avail < 2:
            return 0
        cmd = self._buf[pos + 1]
        n_args = _ESC_FIXED.get(cmd)
        if n_args is None:
            self.blocks.append(UnknownCommand(bytes(self._buf[pos : pos + 2])))
            return 2
        if avail < 2 + n_args:
            return 0
        n = self._buf[pos + 2] if n_args else 0
        if cmd == 0x40:
            self.flush()
            self.reset()
            self.blocks.append(Init())
        elif cmd == 0x61:
            self.style.align = _ALIGN.get(n, "left")
        elif cmd == 0x45:
            self.style.bold = bool(n & 1)
        elif cmd == 0x21:
            self.style.esc_mode = n
        elif cmd == 0x2D:
            self.style.underline = n if n < 3 else n - 48
        elif cmd == 0x64:
            self._emit(Feed(n))
        elif cmd == 0x4A:
            self._emit(Feed(0, dots=n))
        return 2 + n_args

    def _fs(self, pos: int, avail: int) -> int:
        if avail < 2:
            return 0
        cmd = self._buf[pos + 1]
        n_args = _FS_FIXED.get(cmd)
        if n_args is None:
            self.blocks.append(UnknownCommand(bytes(self._buf[pos : pos + 2])))
            return 2
        if avail < 2 + n_args:
            return 0
        if cmd == 0x26:
            self.kanji = True
        elif cmd == 0x2E:
            self.kanji = False
        elif cmd == 0x21:
            self.style.fs_mode = self._buf[pos + 2]
        elif cmd == 0x57:
            quad = self._buf[pos + 2] & 1
            self.style.fs_mode = (
                (self.style.fs_mode | 0x0C) if quad else (self.style.fs_mode & ~0x0C)
            )
        return 2 + n_args

    def _gs(self, pos: int, avail: int) -> int:
        if avail < 2:
            return 0
        buf = self._buf
        cmd = buf[pos + 1]
        if cmd == 0x56:  # GS V: cut
            if avail < 3:
                return 0
            m = buf[pos + 2]
            if m in (0x41, 0x42):
                if avail < 4:
                    return 0
                if buf[pos + 3]:
                    self._emit(Feed(0, dots=buf[pos + 3]))
                self._emit(Cut(partial=m == 0x42))
                return 4
            self._emit(Cut(partial=m in (1, 0x31)))
            return 3
        if cmd == 0x6B:
            return self._barcode(pos, avail)
        if cmd == 0x28:
            return self._gs_paren(pos, avail)
        if cmd == 0x76:
            return self._raster(pos, avail)
        n_args = _GS_FIXED.get(cmd)
        if n_args is None:
            self.blocks.append(UnknownCommand(bytes(buf[pos : pos + 2])))
            return 2
        if avail < 2 + n_args:
            return 0
        n = buf[pos + 2] if n_args else 0
        if cmd == 0x21:
            self.style.gs_w = ((n >> 4) & 0x07) + 1
            self.style.gs_h = (n & 0x07) + 1
        elif cmd == 0x68:
            self.bc_height = n
        elif cmd == 0x77:
            self.bc_width = n
        elif cmd == 0x48:
            self.bc_hri = n if n < 4 else n - 48
        return 2 + n_args

    def _barcode(self, pos: int, avail: int) -> int:
        buf = self._buf
        if avail < 3:
            return 0
        m = buf[pos + 2]
        if m <= 6:
            end = buf.find(b"\x00", pos + 3)
            if end < 0:
                return 0
            raw, used = bytes(buf[pos + 3 : end]), end + 1 - pos
            kind = _BARCODE_A[m]
        else:
            if avail < 4:
                return 0
            n = buf[pos + 3]
            if avail < 4 + n:
                return 0
            raw, used = bytes(buf[pos + 4 : pos + 4 + n]), 4 + n
            kind = _BARCODE_B.get(m, f"TYPE{m}")
        data = decode_code128(raw) if kind == "CODE128" else raw.decode("ascii", "replace")
        self._emit(
            BarcodeBlock(kind, data, self.bc_hri, self.bc_height, self.bc_width, self.style.align)
        )
        return used

    def _gs_paren(self, pos: int, avail: int) -> int:
        buf = self._buf
        if avail < 5:
            return 0
        fn_class = buf[pos + 2]
        length = buf[pos + 3] + 256 * buf[pos + 4]
        if avail < 5 + length:
            return 0
        body = bytes(buf[pos + 5 : pos + 5 + length])
        if fn_class == 0x6B and len(body) >= 2 and body[0] == 0x31:
            fn = body[1]
            if fn == 0x43 and len(body) >= 3:
                self.qr_module = body[2]
            elif fn == 0x45 and len(body) >= 3:
                self.qr_ecc = _ECC.get(body[2], "L")
            elif fn == 0x50:
                self.qr_data = body[3:]
            elif fn == 0x51:
                try:
                    payload = self.qr_data.decode("utf-8")
                except UnicodeDecodeError:
                    payload = self.qr_data.decode("gb18030", "replace")
                self._emit(QrBlock(payload, self.qr_module, self.qr_ecc, self.style.align))
        return 5 + length

    def _raster(self, pos: int, avail: int) -> int:
        buf = self._buf
        if avail < 8:
            return 0
        if buf[pos + 2] not in (0x30, 0x00):
            self.blocks.append(UnknownCommand(bytes(buf[pos : pos + 3])))
            return 3
        x_bytes = buf[pos + 4] + 256 * buf[pos + 5]
        height = buf[pos + 6] + 256 * buf[pos + 7]
        size = x_bytes * height
        if avail < 8 + size:
            return 0
        self._emit(
            RasterBlock(x_bytes * 8, height, bytes(buf[pos + 8 : pos + 8 + size]), self.style.align)
        )
        return 8 + size
