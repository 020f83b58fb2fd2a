"""Document sections shared by the receipt, the one-time notice and the refusal."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

from printers.documents.data import AcceptingBody, HallInfo, MatterRef, Party, StaffRef
from printers.documents.pdf_parts import (
    CONTENT_W,
    FONT,
    Reprint,
    build_pdf,
    code128,
    para,
    qr_image,
    receipt_line,
    sign_block,
)


def header(
    hall: HallInfo, title: str, number_label: str, number: str, barcode_value: str
) -> list[Any]:
    """Barcode top right, then hall name, title and document number, centred."""
    side = 48 * mm
    code = Table(
        [[code128(barcode_value, 9 * mm)], [para(barcode_value, "small_c")]], colWidths=[side]
    )
    code.setStyle(TableStyle([("ALIGN", (0, 0), (-1, -1), "RIGHT"), *_TIGHT]))
    titles = [para(hall.hall_name, "hall"), para(title, "title")]
    top = Table([["", titles, code]], colWidths=[side, CONTENT_W - 2 * side, side])
    top.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), *_TIGHT]))
    return [top, para(f"{number_label}：{number}", "docno"), Spacer(1, 3 * mm)]


_TIGHT: list[Any] = [
    ("FONTNAME", (0, 0), (-1, -1), FONT),
    ("TOPPADDING", (0, 0), (-1, -1), 0),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
]


def section(text: str) -> Any:
    return para(text, "section")


def matter_rows(m: MatterRef) -> list[list[str]]:
    rows = [
        ["事项名称", m.name],
        ["基本编码", m.basic_code, "事项类型", m.matter_type],
        ["实施编码", m.impl_code],
    ]
    if m.handle_item:
        rows.append(["业务办理项", m.handle_item])
    return rows


def party_rows(p: Party, role: str = "申请人") -> list[list[str]]:
    if p.kind == "organisation":
        rows = [
            [f"{role}（单位）", p.name, "法定代表人/负责人", p.legal_rep or "—"],
            [p.id_type or "统一社会信用代码", p.id_display, "联系电话", p.phone or "—"],
        ]
        if p.address:
            rows.append(["住所", p.address])
        return rows
    rows = [
        [role, p.name, "联系电话", p.phone or "—"],
        ["证件类型及号码", f"{p.id_type} {p.id_display}"],
    ]
    if p.address:
        rows.append(["住址", p.address])
    return rows


def body_rows(body: AcceptingBody, staff: StaffRef, role: str = "受理人") -> list[list[str]]:
    who = staff.name + (f"（工号 {staff.staff_no}）" if staff.staff_no else "")
    return [
        ["受理机构", body.name, "统一社会信用代码", body.uscc],
        ["受理窗口", body.window or "—", role, who],
    ] + ([[f"{role}电话", staff.phone]] if staff.phone else [])


def contact_rows(hall: HallInfo) -> list[list[str]]:
    rows = [["咨询电话", hall.consult_phone, "监督投诉电话", hall.supervision_phone]]
    if hall.address:
        rows.append(["办理地点", hall.address])
    if hall.website:
        rows.append(["网上查询", hall.website])
    return rows


def finish(
    story: list[Any],
    out: str | Path | BinaryIO,
    *,
    body_name: str,
    signed_on: dt.date,
    qr_payload: str | None,
    qr_caption: str,
    title: str,
    doc_no: str,
    hall_name: str,
    gap_mm: float = 4,
    reprint: Reprint | None = None,
    signer: str = "申请人（或代理人）签收",
) -> None:
    """The closing every document shares: seal place, date, QR, the applicant's receipt line,
    kept on one page; then the PDF with its footer (and the 补打 stamp on a reprint)."""
    qr = qr_image(qr_payload) if qr_payload else None
    story.append(
        KeepTogether(
            [
                Spacer(1, gap_mm * mm),
                sign_block(body_name, signed_on, qr, qr_caption),
                Spacer(1, 5 * mm),
                receipt_line(signer),
            ]
        )
    )
    build_pdf(out, story, title=f"{title} {doc_no}",
              footer=f"{hall_name}  {title}  {doc_no}", reprint=reprint)  # fmt: skip


UNIT_DAYS = {"W": "个工作日", "N": "个自然日"}


def limit_text(days: int, unit: str) -> str:
    """"20 个工作日" / "60 个自然日": a time limit with its unit."""
    return f"{days} {UNIT_DAYS.get(unit, '个工作日')}"
