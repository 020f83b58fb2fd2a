"""受理通知书 / 受理回执 (行政许可法 art. 32: written, sealed, dated; domain.md §4.3)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer

from printers.documents.data import ReceiptData
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


def build_receipt(
    data: ReceiptData, out: str | Path | BinaryIO, reprint: Reprint | None = None
) -> None:
    d = data
    paragraphs = [
        f"你（单位）于{fmt_dt(d.received_at)}提交的“{d.matter.name}”申请材料收悉。经审查，"
        f"{d.materials_note}，根据《中华人民共和国行政许可法》第三十二条的规定，决定予以受理。"
        + (f"本件已按一次性告知单（编号 {d.notice_no}）补正，" if d.notice_no else "")
        + f"受理时间为{fmt_dt(d.accepted_at)}。"
    ]
    if d.concluded_at is not None:
        paragraphs.append(
            f"本件为即办件，已于{fmt_dt(d.concluded_at)}当场办结"
            + (f"，办理结果：{d.result_name}" if d.result_name else "")
            + "。"
        )

    story: list[Any] = [
        section("一、办件信息"),
        field_table(
            [["办件编号", d.case_no, "查询号 / 查询密码", f"{d.query_no} / {d.query_password}"]]
            + matter_rows(d.matter)
        ),
    ]

    parties = party_rows(d.applicant)
    if d.agent is not None:
        parties += party_rows(d.agent, "代理人/联系人")
    story += [section("二、申请人信息"), field_table(parties)]

    due_text = fmt_d(d.promised_due)
    if d.promised_due_note:
        due_text += f"（{d.promised_due_note}）"
    promised = (
        limit_text(d.promised_days, d.promised_unit) if d.promised_days else "即办（当场办结）"
    )
    timing = [
        ["接收材料时间", fmt_dt(d.received_at), "受理时间", fmt_dt(d.accepted_at)],
        ["法定办结时限", limit_text(d.statutory_days, d.statutory_unit), "承诺办结时限", promised],
        ["承诺办结日期", due_text, "是否收费", d.fee],
    ]
    if d.legal_due is not None:
        timing.append(["法定办结日期", fmt_d(d.legal_due)])
    if d.special_procedure_note:
        timing.append(["特别程序", d.special_procedure_note])
    story += [section("三、受理信息"), field_table(body_rows(d.body, d.staff) + timing)]

    rows = [
        [str(i), m.name, m.form, str(m.copies), m.media, m.note or ""]
        for i, m in enumerate(d.materials, 1)
    ]
    story += [
        section(f"四、接收材料清单（{d.materials_note}，共 {len(d.materials)} 项）"),
        list_table(
            ["序号", "材料名称", "原件/复印件", "份数", "纸质/电子", "备注"],
            rows,
            [10, 78, 22, 12, 18, 34],
            centered=(0, 2, 3, 4),
        ),
    ]

    if d.deferred:
        story.append(
            KeepTogether(
                [
                    section(f"容缺后补材料（共 {len(d.deferred)} 项，请按承诺日期补交）"),
                    list_table(
                        ["序号", "材料名称", "承诺补交日期", "备注"],
                        [
                            [str(i), m.name, fmt_d(m.promised_on), m.note]
                            for i, m in enumerate(d.deferred, 1)
                        ],
                        [10, 84, 36, 44],
                        centered=(0, 2),
                    ),
                ]
                + (
                    [field_table([["逾期未补交", d.deferred_consequence]])]
                    if d.deferred_consequence
                    else []
                )
            )
        )

    story += [
        section("五、办理进度查询与结果领取"),
        field_table(
            [
                [
                    "进度查询方式",
                    f"{d.progress_query}（查询号 {d.query_no}，查询密码 {d.query_password}）",
                ],
                ["结果领取方式", d.pickup_method],
            ]
            + contact_rows(d.hall)
        ),
    ]

    story.append(Spacer(1, 2 * mm))
    story.append(
        para(
            f"温馨提示：承诺办结时限自受理之日起{_counting(d.promised_unit)}；依法需要听证、检验、"
            "检测、鉴定、专家评审的，所需时间不计入办结时限。请妥善保管本通知书，凭本通知书及有效"
            "身份证件查询进度、领取结果。",
            "small",
        )
    )
    build_letter(
        out,
        d,
        title=d.title,
        number=d.doc_no,
        barcode=d.case_no,
        paragraphs=paragraphs,
        sections=story,
        signed_on=d.issued_on or d.accepted_at.date(),
        qr_caption="扫码查询进度 · 评价服务",
        gap_mm=4,
        reprint=reprint,
    )


render_receipt = renderer(build_receipt)


def _counting(unit: str) -> str:
    if unit == "N":
        return "按自然日计算，期满日为法定节假日的顺延至节后第一个工作日"
    return "按工作日计算，不含法定节假日"
