"""一次性告知单 (行政许可法 art. 32(4): every correction, told once; domain.md §4.2)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from printers.documents.data import NoticeData
from printers.documents.letter import build_letter, renderer
from printers.documents.pdf_parts import Reprint, field_table, fmt_d, fmt_dt, list_table, para
from printers.documents.sections import (
    body_rows,
    contact_rows,
    limit_text,
    matter_rows,
    party_rows,
    section,
)


def build_notice(
    data: NoticeData, out: str | Path | BinaryIO, reprint: Reprint | None = None
) -> None:
    d = data
    paragraph = (
        f"你（单位）于{fmt_dt(d.received_at)}申请办理“{d.matter.name}”（{d.intake_ref}）。经审查，"
        f"申请材料不齐全或者不符合法定形式，根据《中华人民共和国行政许可法》第三十二条第一款第（四）项"
        f"的规定，现一次性告知需要补正的全部内容如下。请于{fmt_d(d.deadline)}前补正。"
    )
    story: list[Any] = [
        section("一、需要补正的材料及原因"),
        list_table(
            ["序号", "材料名称", "存在问题", "补正要求"],
            [
                [str(i), c.material, c.problem, c.requirement]
                for i, c in enumerate(d.corrections, 1)
            ],
            [10, 45, 55, 64],
            centered=(0,),
        ),
    ]
    story.append(Spacer(1, 2 * mm))
    deadline = fmt_d(d.deadline) + (f"（{d.deadline_note}）" if d.deadline_note else "")
    story.append(
        field_table(
            [
                ["补正期限", deadline],
                ["逾期后果", d.consequence],
            ]
        )
    )

    story += [
        section("二、申请人及事项信息"),
        field_table(
            party_rows(d.applicant)
            + (party_rows(d.agent, "代理人/联系人") if d.agent is not None else [])
            + matter_rows(d.matter)
        ),
    ]

    story += [
        section("三、办理要素"),
        field_table(
            [
                ["设定/实施依据", d.legal_basis],
                ["受理条件", d.conditions],
                ["办理流程", d.procedure],
                [
                    "法定办结时限",
                    limit_text(d.statutory_days, d.statutory_unit),
                    "承诺办结时限",
                    limit_text(d.promised_days, d.promised_unit) if d.promised_days else "即办",
                ],
                ["收费标准", d.fee, "办理时间", d.office_hours],
                ["办理地点", d.location],
            ]
            + ([["特别程序", d.special_procedures]] if d.special_procedures else [])
            + contact_rows(d.hall)[:1]
        ),
    ]

    story += [
        section(f"四、申请材料完整清单（共 {len(d.materials)} 项）"),
        list_table(
            ["序号", "材料名称", "原件/复印件", "份数", "纸质/电子", "必要性", "出具单位", "备注"],
            [
                [str(i), m.name, m.form, str(m.copies), m.media, m.necessity, m.issuer, m.note]
                for i, m in enumerate(d.materials, 1)
            ],
            [9, 51, 15, 9, 15, 14, 27, 26],
            centered=(0, 2, 3, 4, 5),
        ),
    ]

    story += [
        section("五、告知机构"),
        field_table(body_rows(d.body, d.staff, "告知人") + [["收件时间", fmt_dt(d.received_at)]]),
    ]
    story.append(Spacer(1, 2 * mm))
    story.append(
        para(
            "说明：本告知单所列为本事项需要补正的全部内容，补齐后不再要求提交清单以外的材料；"
            "工作人员未一次性告知的，申请人可拨打监督投诉电话反映。",
            "small",
        )
    )
    build_letter(
        out,
        d,
        title=d.title,
        number=d.notice_no,
        barcode=d.case_no or d.notice_no,
        number_label="告知单编号",
        paragraphs=[paragraph],
        sections=story,
        signed_on=d.issued_on or d.received_at.date(),
        qr_caption="扫码查看办事指南",
        gap_mm=4,
        reprint=reprint,
    )


render_notice = renderer(build_notice)
