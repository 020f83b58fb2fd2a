"""不予受理通知书 (行政许可法 art. 32 and 38: reasons plus 复议/诉讼 rights; domain.md §4.4)."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from printers.documents.data import RefusalData
from printers.documents.letter import build_letter, handling_office, renderer
from printers.documents.pdf_parts import Reprint, field_table, fmt_dt
from printers.documents.sections import matter_rows, party_rows, section

CN_NUM = {60: "六十", 6: "六", 3: "三", 15: "十五", 30: "三十"}


def rights_text(d: RefusalData) -> str:
    days = CN_NUM.get(d.review_days, str(d.review_days))
    months = CN_NUM.get(d.litigation_months, str(d.litigation_months))
    return (
        f"如不服本决定，可以自收到本通知书之日起{days}日内向{d.review_body}申请行政复议，"
        f"也可以自收到本通知书之日起{months}个月内依法向{d.court}提起行政诉讼。"
    )


def build_refusal(
    data: RefusalData, out: str | Path | BinaryIO, reprint: Reprint | None = None
) -> None:
    d = data
    paragraphs = [
        f"你（单位）于{fmt_dt(d.applied_at)}提出的“{d.matter.name}”申请，经审查，{d.reason}"
        f"根据{d.legal_basis}的规定，决定不予受理。"
    ]
    if d.competent_body:
        paragraphs.append(f"请向有权机关申请：{d.competent_body}。")
    paragraphs.append(rights_text(d))
    paragraphs += d.extra_notes
    build_letter(
        out,
        d,
        title=d.title,
        number=d.doc_no,
        barcode=d.case_no or d.doc_no,
        paragraphs=paragraphs,
        sections=[
            section("一、申请事项"),
            field_table(
                ([["办件编号", d.case_no]] if d.case_no else [])
                + matter_rows(d.matter)
                + [["申请日期", fmt_dt(d.applied_at)]]
            ),
            section("二、申请人"),
            field_table(party_rows(d.applicant)),
            *handling_office("三、经办机构", d),
        ],
        signed_on=d.issued_on or d.applied_at.date(),
        qr_caption="扫码查询 · 评价服务",
        reprint=reprint,
    )


render_refusal = renderer(build_refusal)
