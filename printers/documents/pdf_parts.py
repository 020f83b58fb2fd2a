"""Shared building blocks of the A4 documents: embedded CJK font, styles, tables, codes, seal."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from importlib.resources import as_file, files
from pathlib import Path
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

import barcode
import qrcode
import qrcode.constants
from barcode.writer import ImageWriter
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, Image, Paragraph, Table, TableStyle
from reportlab.platypus.doctemplate import SimpleDocTemplate

from printers.errors import DeviceError

FONT = "WQYMicroHei"
PAGE_W, PAGE_H = A4
MARGIN = 18 * mm
CONTENT_W = PAGE_W - 2 * MARGIN
GRID = colors.HexColor("#333333")
SHADE = colors.HexColor("#F0F0F0")


@cache
def register_font() -> str:
    """Embed WenQuanYi Micro Hei (a subset lands in the PDF, so any viewer shows it)."""
    ref = files("resources") / "fonts" / "wqy-microhei.ttc"
    try:
        with as_file(ref) as path:
            pdfmetrics.registerFont(TTFont(FONT, str(path), subfontIndex=0))
    except (OSError, FileNotFoundError) as exc:
        raise DeviceError("找不到中文字体 resources/fonts/wqy-microhei.ttc", code="font") from exc
    # The font has one weight; <b> maps to it so markup never fails.
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT, italic=FONT, boldItalic=FONT)
    return FONT


def style(name: str) -> ParagraphStyle:
    register_font()
    base = {"fontName": FONT, "wordWrap": "CJK", "fontSize": 10.5, "leading": 15}
    specs: dict[str, dict[str, Any]] = {
        "body": {},
        "indent": {"firstLineIndent": 21},
        "cell": {"fontSize": 9, "leading": 12},
        "cell_c": {"fontSize": 9, "leading": 12, "alignment": TA_CENTER},
        "head": {"fontSize": 9, "leading": 12, "alignment": TA_CENTER},
        "hall": {"fontSize": 12, "leading": 16, "alignment": TA_CENTER},
        "title": {"fontSize": 21, "leading": 29, "alignment": TA_CENTER},
        "docno": {"fontSize": 10, "leading": 14, "alignment": TA_CENTER},
        "section": {"fontSize": 11, "leading": 15, "spaceBefore": 5, "spaceAfter": 2},
        "right": {"alignment": TA_RIGHT},
        "small": {"fontSize": 8.5, "leading": 11, "alignment": TA_LEFT},
        "small_c": {"fontSize": 8.5, "leading": 11, "alignment": TA_CENTER},
    }
    return ParagraphStyle(name, **{**base, **specs[name]})


def para(text: str, kind: str = "body") -> Paragraph:
    """A paragraph of plain text (escaped; newlines kept)."""
    return Paragraph(escape(text).replace("\n", "<br/>"), style(kind))


def markup(text: str, kind: str = "body") -> Paragraph:
    """A paragraph whose text already contains reportlab markup."""
    return Paragraph(text, style(kind))


def fmt_dt(value: datetime) -> str:
    return f"{value.year}年{value.month}月{value.day}日 {value:%H:%M}"


def fmt_d(value: date) -> str:
    return f"{value.year}年{value.month}月{value.day}日"


def grid_style(header: bool) -> TableStyle:
    cmds: list[Any] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("GRID", (0, 0), (-1, -1), 0.6, GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if header:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), SHADE))
    return TableStyle(cmds)


def field_table(rows: Sequence[Sequence[str]], label_w: float = 30 * mm) -> Table:
    """Label/value grid. A row of 2 spans the width; a row of 4 is two label/value pairs."""
    half = CONTENT_W / 2
    widths = [label_w, half - label_w, label_w, half - label_w]
    data: list[list[Any]] = []
    spans: list[Any] = []
    for i, row in enumerate(rows):
        if len(row) == 2:
            data.append([para(row[0], "cell"), para(row[1], "cell"), "", ""])
            spans.append(("SPAN", (1, i), (3, i)))
        else:
            data.append([para(c, "cell") for c in row])
    table = Table(data, colWidths=widths, repeatRows=0)
    table.setStyle(grid_style(False))
    label_cols = [("BACKGROUND", (0, 0), (0, -1), SHADE)]
    label_cols += [("BACKGROUND", (2, i), (2, i), SHADE) for i, r in enumerate(rows) if len(r) == 4]
    table.setStyle(TableStyle(label_cols + spans))
    return table


def list_table(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    centered: Sequence[int] = (),
) -> Table:
    """A table with a header row that repeats on every page it spills onto."""
    data: list[list[Any]] = [[para(h, "head") for h in headers]]
    for row in rows:
        data.append([para(c, "cell_c" if i in centered else "cell") for i, c in enumerate(row)])
    scale = CONTENT_W / sum(widths)
    table = Table(data, colWidths=[w * scale for w in widths], repeatRows=1)
    table.setStyle(grid_style(True))
    return table


def code128(value: str, height: float = 11 * mm) -> Image:
    """Code128 of ``value`` through python-barcode's ImageWriter (PNG, 300 dpi)."""
    writer = ImageWriter()
    buf = io.BytesIO()
    opts = {
        "module_width": 0.25,
        "module_height": 10.0,
        "quiet_zone": 2.0,
        "write_text": False,
        "dpi": 300,
    }
    barcode.get("code128", value, writer=writer).write(buf, options=opts)
    buf.seek(0)
    img = Image(buf)
    scale = height / img.imageHeight
    img.drawHeight, img.drawWidth = height, img.imageWidth * scale
    return img


def qr_image(payload: str, size: float = 26 * mm) -> Image:
    """QR code through the qrcode package. (reportlab's vector QR widget drags an unembedded
    Helvetica into the PDF, which breaks the all-fonts-embedded rule for official papers.)"""
    qr = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, box_size=8, border=1)
    qr.add_data(payload)
    qr.make(fit=True)
    buf = io.BytesIO()
    qr.make_image(fill_color="black", back_color="white").save(buf, format="PNG")
    buf.seek(0)
    return Image(buf, width=size, height=size)


class SealPlace(Flowable):
    """Where the 专用印章 goes: a dashed circle with the body's name and "（印章）"."""

    def __init__(self, body_name: str, diameter: float = 40 * mm) -> None:
        super().__init__()
        self.body_name = body_name
        self.diameter = diameter
        self.width = self.height = diameter

    def draw(self) -> None:
        c, r = self.canv, self.diameter / 2
        c.saveState()
        c.setStrokeColor(colors.HexColor("#999999"))
        c.setDash(3, 2)
        c.circle(r, r, r - 1)
        c.setFillColor(colors.HexColor("#888888"))
        c.setFont(FONT, 8)
        c.drawCentredString(r, r + 4, self.body_name[:14])
        c.setFont(FONT, 10)
        c.drawCentredString(r, r - 10, "（印章）")
        c.restoreState()


def sign_block(body_name: str, issued: date, qr: Image | None, qr_caption: str) -> Table:
    """Bottom of every document: QR (optional), issuing body + seal place + date."""
    right = Table(
        [[para(body_name, "right")], [SealPlace(body_name)], [para(fmt_d(issued), "right")]],
        colWidths=[70 * mm],
    )
    right.setStyle(
        TableStyle(
            [
                ("ALIGN", (0, 0), (-1, -1), "RIGHT"),
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    left: Any = ""
    if qr is not None:
        left = Table(
            [[qr], [para(qr_caption, "small_c")]],
            colWidths=[40 * mm],
            style=[("FONTNAME", (0, 0), (-1, -1), FONT)],
        )
    block = Table([[left, "", right]], colWidths=[42 * mm, CONTENT_W - 112 * mm, 70 * mm])
    block.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return block


def receipt_line(who: str = "申请人（或代理人）签收") -> Paragraph:
    return markup(
        f"{who}：<u>{'&nbsp;' * 40}</u>&nbsp;&nbsp;&nbsp;&nbsp;"
        f"签收日期：<u>{'&nbsp;' * 12}</u>年<u>{'&nbsp;' * 6}</u>月"
        f"<u>{'&nbsp;' * 6}</u>日",
        "body",
    )


@dataclass(frozen=True)
class Reprint:
    """A copy printed again from the record (补打): stamped on every page, never mistaken for
    the original, which keeps its own number and date."""

    at: datetime
    staff: str
    copy_no: int = 1  # the n-th 补打 of this document


def build_pdf(
    out: str | Path | BinaryIO,
    story: list[Any],
    *,
    title: str,
    footer: str,
    reprint: Reprint | None = None,
) -> None:
    """Write the story to an A4 PDF with a "第 n 页 共 m 页" footer on every page.

    The output is invariant: the same data gives the same bytes (no creation time, no random
    document id), so the SHA-256 recorded when a document was issued identifies it for good."""
    register_font()
    if isinstance(out, str | Path):
        Path(out).parent.mkdir(parents=True, exist_ok=True)
        out = str(out)
    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=16 * mm,
        bottomMargin=18 * mm,
        title=title,
        author=footer,
        creator="Yichuang 一窗",
        # else every page preamble references a non-embedded Helvetica
        initialFontName=FONT,
        invariant=1,
    )
    doc.build(story, canvasmaker=_numbered_canvas(footer, reprint))


def reprint_line(mark: Reprint) -> str:
    return (
        f"补打件：第 {mark.copy_no} 次补打，{fmt_dt(mark.at)}，经办人 {mark.staff}。"
        "内容与原件一致，原件编号与日期不变。"
    )


def _numbered_canvas(footer: str, reprint: Reprint | None = None) -> Any:
    from reportlab.pdfgen.canvas import Canvas

    class NumberedCanvas(Canvas):
        # Page count is known only at the end, so pages are buffered and stamped on save.
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab API
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self.setFont(FONT, 8.5)
                self.setFillColor(colors.HexColor("#555555"))
                self.drawString(MARGIN, 10 * mm, footer)
                self.drawRightString(
                    PAGE_W - MARGIN, 10 * mm, f"第 {self._pageNumber} 页  共 {total} 页"
                )
                if reprint is not None:
                    self._stamp(reprint)
                super().showPage()
            super().save()

        def _stamp(self, mark: Reprint) -> None:
            red = colors.HexColor("#C0392B")
            self.saveState()
            self.setStrokeColor(red)
            self.setFillColor(red)
            self.setLineWidth(1.5)
            self.rect(MARGIN, PAGE_H - 15 * mm, 24 * mm, 10 * mm)
            self.setFont(FONT, 16)
            self.drawCentredString(MARGIN + 12 * mm, PAGE_H - 12.3 * mm, "补　打")
            self.setFont(FONT, 8.5)
            self.drawString(MARGIN, 6 * mm, reprint_line(mark))
            self.restoreState()

    return NumberedCanvas
