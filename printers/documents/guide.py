"""The 办事指南 to take away, as plain data and as an A4 PDF: what a citizen needs first
(conditions, materials with original/copy counts, fees, limits, place, hours, phones), then
the process and the legal basis in rank order, and a QR to the online guide when the hall
has one."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import datetime

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Spacer
from reportlab.platypus.doctemplate import SimpleDocTemplate

from printers.documents.pdf_parts import MARGIN, list_table, para, qr_image


@dataclass(frozen=True)
class GuideMaterial:
    seq: int
    name: str
    originals: int
    copies: int
    necessity: str  # 必要 / 非必要 / 容缺后补
    medium: str
    notes: str = ""


@dataclass(frozen=True)
class GuideSheet:
    hall_name: str
    name: str
    department: str
    impl_code: str
    conditions: str
    materials: list[GuideMaterial]
    fee: str  # "不收费" or the items with their basis
    promise_limit: str  # with its unit: "1个工作日"
    legal_limit: str
    place: str
    hours: str
    consult_phone: str
    supervise_phone: str
    steps: list[str]  # "受理（窗口受理人员）"
    legal_bases: list[str]  # already in rank order
    printed_at: datetime
    link: str | None = None  # the online guide, only when one is configured
    extra: list[str] = field(default_factory=list)


def material_line(m: GuideMaterial) -> str:
    counts = f"原件{m.originals}份 复印件{m.copies}份"
    note = f"；{m.notes}" if m.notes else ""
    return f"{m.seq}. {m.name}（{m.necessity}，{counts}，{m.medium}）{note}"


def render_guide_pdf(sheet: GuideSheet) -> bytes:
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
        bottomMargin=MARGIN, title=f"办事指南 {sheet.name}", author=sheet.hall_name,
    )  # fmt: skip
    story = [
        para(sheet.hall_name, "hall"),
        para(f"办事指南　{sheet.name}", "title"),
        para(f"{sheet.department}　实施编码 {sheet.impl_code}", "docno"),
        Spacer(1, 4 * mm),
        para("一、受理条件", "section"),
        para(sheet.conditions or "—"),
        para("二、申请材料", "section"),
        list_table(
            ["序号", "材料名称", "原件", "复印件", "必要性", "备注"],
            [
                [str(m.seq), m.name, f"{m.originals}份", f"{m.copies}份", m.necessity, m.notes]
                for m in sheet.materials
            ],
            [6, 34, 8, 8, 10, 34],
            centered=(0, 2, 3, 4),
        ),
        para("三、收费", "section"),
        para(sheet.fee),
        para("四、办理时限", "section"),
        para(f"承诺时限：{sheet.promise_limit}\n法定时限：{sheet.legal_limit}"),
        para("五、办理地点与时间", "section"),
        para(f"{sheet.place}\n{sheet.hours}"),
        para("六、咨询与监督", "section"),
        para(f"咨询电话：{sheet.consult_phone or '—'}　监督电话：{sheet.supervise_phone or '—'}"),
        para("七、办理流程", "section"),
        para(" → ".join(sheet.steps) or "—"),
        para("八、设定与实施依据（按法律效力层级排列）", "section"),
        para("\n".join(f"{i}. {b}" for i, b in enumerate(sheet.legal_bases, 1)) or "—"),
    ]
    if sheet.link:
        story += [Spacer(1, 4 * mm), qr_image(sheet.link), para("扫码查看网上办事指南", "small_c")]
    story.append(para(f"打印时间：{sheet.printed_at:%Y-%m-%d %H:%M}　以窗口最新告知为准", "small"))
    doc.build(story)
    return buf.getvalue()
