"""Draw decoded blocks as a paper strip (1 px = 1 printer dot) with Pillow."""

from __future__ import annotations

import io
from collections.abc import Sequence
from functools import lru_cache
from importlib.resources import as_file, files

import barcode
import qrcode
from PIL import Image, ImageDraw, ImageFont

from printers.simulator.blocks import (
    BarcodeBlock,
    Block,
    Cut,
    Feed,
    QrBlock,
    RasterBlock,
    TextBlock,
)

BASE_DOTS = 24  # Kanji font height of every common thermal head (ANK is 12×24)
LINE_GAP = 6  # default line spacing 30 dots minus the 24-dot font
MARGIN = 16  # white margin around the strip so the preview looks like paper
_QR_ECC = {
    "L": qrcode.constants.ERROR_CORRECT_L,
    "M": qrcode.constants.ERROR_CORRECT_M,
    "Q": qrcode.constants.ERROR_CORRECT_Q,
    "H": qrcode.constants.ERROR_CORRECT_H,
}


@lru_cache(maxsize=16)
def _font(size: int) -> ImageFont.FreeTypeFont:
    with as_file(files("resources") / "fonts" / "wqy-microhei.ttc") as path:
        return ImageFont.truetype(str(path), size=size, index=0)


def qr_matrix(payload: str, ecc: str) -> list[list[bool]]:
    """The module matrix a printer would print (no quiet zone)."""
    qr = qrcode.QRCode(error_correction=_QR_ECC.get(ecc, _QR_ECC["L"]), border=0)
    qr.add_data(payload.encode("utf-8"))
    qr.make(fit=True)
    return [list(row) for row in qr.get_matrix()]


def _text_image(block: TextBlock) -> Image.Image:
    """Glyphs in fixed printer cells (ANK 12 dots, Chinese 24 dots, times the magnification)
    so that what overflows a real 58 mm line overflows here too."""
    h = BASE_DOTS * block.height_mul
    font = _font(h)
    cells = [
        (ch, (BASE_DOTS // 2 if ord(ch) < 0x80 else BASE_DOTS) * block.height_mul)
        for ch in block.text
    ]
    img = Image.new("L", (max(1, sum(w for _, w in cells)), h), 255)
    draw = ImageDraw.Draw(img)
    x = 0
    for ch, cell in cells:
        advance = font.getlength(ch)
        # baseline so that CJK glyphs fill the cell like a printer's 24×24 font
        draw.text(
            (x + (cell - advance) / 2, -int(h * 0.1)),
            ch,
            font=font,
            fill=0,
            stroke_width=1 if block.bold else 0,
            stroke_fill=0,
        )
        x += cell
    if block.underline:
        draw.rectangle((0, h - block.underline * block.height_mul, img.width, h - 1), fill=0)
    if block.width_mul != block.height_mul:
        img = img.resize((max(1, img.width * block.width_mul // block.height_mul), h))
    return img


def _x(align: str, width: int, paper: int) -> int:
    if align == "center":
        return max(0, (paper - width) // 2)
    if align == "right":
        return max(0, paper - width)
    return 0


def _qr_image(block: QrBlock) -> Image.Image:
    matrix = qr_matrix(block.payload, block.ecc)
    m = max(1, block.module_size)
    img = Image.new("L", (len(matrix[0]) * m, len(matrix) * m), 255)
    draw = ImageDraw.Draw(img)
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                draw.rectangle((x * m, y * m, x * m + m - 1, y * m + m - 1), fill=0)
    return img


def _barcode_image(block: BarcodeBlock) -> Image.Image:
    kind = block.kind.lower().replace("-", "")
    modules = barcode.get(kind, block.data).build()[0]
    w = max(1, block.module_width)
    bars = Image.new("L", (len(modules) * w, max(1, block.height)), 255)
    draw = ImageDraw.Draw(bars)
    for i, bit in enumerate(modules):
        if bit == "1":
            draw.rectangle((i * w, 0, i * w + w - 1, bars.height - 1), fill=0)
    if not block.hri:
        return bars
    hri = _text_image(TextBlock(block.data))
    out = Image.new("L", (max(bars.width, hri.width), bars.height + 2 * hri.height), 255)
    y = 0
    if block.hri in (1, 3):
        out.paste(hri, ((out.width - hri.width) // 2, 0))
        y = hri.height
    out.paste(bars, ((out.width - bars.width) // 2, y))
    if block.hri in (2, 3):
        out.paste(hri, ((out.width - hri.width) // 2, y + bars.height))
        y += hri.height
    return out.crop((0, 0, out.width, y + bars.height))


def _raster_image(block: RasterBlock) -> Image.Image:
    img = Image.frombytes("1", (block.width, block.height), block.data)
    return Image.eval(img.convert("L"), lambda v: 255 - v)  # 1 bits are black ink


def render_blocks(blocks: Sequence[Block], paper_dots: int) -> Image.Image:
    """Stack the blocks into one greyscale image ``paper_dots`` + margins wide."""
    pieces: list[tuple[int, Image.Image | None, int]] = []  # (x, image, height)
    line: list[Image.Image] = []
    line_align = "left"

    def finish_line() -> None:
        width = sum(i.width for i in line)
        height = max(i.height for i in line)
        strip = Image.new("L", (max(1, width), height), 255)
        x = 0
        for img in line:
            strip.paste(img, (x, height - img.height))
            x += img.width
        pieces.append((_x(line_align, width, paper_dots), strip, height + LINE_GAP))
        line.clear()

    for block in blocks:
        if isinstance(block, TextBlock):
            if not line:
                line_align = block.align
            line.append(_text_image(block))
            if block.line_end:
                finish_line()
            continue
        if line:
            finish_line()
        if isinstance(block, Feed):
            pieces.append((0, None, block.lines * (BASE_DOTS + LINE_GAP) + block.dots))
        elif isinstance(block, QrBlock):
            img = _qr_image(block)
            quiet = 4 * block.module_size
            pieces.append((0, None, quiet))
            pieces.append((_x(block.align, img.width, paper_dots), img, img.height + quiet))
        elif isinstance(block, BarcodeBlock):
            img = _barcode_image(block)
            pieces.append((_x(block.align, img.width, paper_dots), img, img.height + LINE_GAP))
        elif isinstance(block, RasterBlock):
            img = _raster_image(block)
            pieces.append((_x(block.align, img.width, paper_dots), img, img.height))
        elif isinstance(block, Cut):
            pieces.append((-1 if block.partial else -2, None, 12))
    if line:
        finish_line()

    total = sum(h for _, _, h in pieces) + 2 * MARGIN
    page = Image.new("L", (paper_dots + 2 * MARGIN, max(total, 2 * MARGIN + 1)), 255)
    draw = ImageDraw.Draw(page)
    y = MARGIN
    for x, piece, height in pieces:
        if piece is not None:
            page.paste(piece, (MARGIN + x, y))
        elif x < 0:  # cut line: dashed for partial, solid for full
            step = 8 if x == -1 else 1
            for cx in range(0, page.width, step * 2):
                draw.line((cx, y + 6, cx + step, y + 6), fill=128)
        y += height
    return page


def png_bytes(image: Image.Image) -> bytes:
    buf = io.BytesIO()
    image.save(buf, format="PNG")
    return buf.getvalue()
