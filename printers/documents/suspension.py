"""特别程序告知书: the clock stops for a hearing, inspection, test, expert review or a promised
material (行政许可法 art. 45: the time needed is told in writing and does not count)."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from printers.documents.case_data import SuspensionData
from printers.documents.letter import build_letter, handling_office, matter_and_applicant, renderer
from printers.documents.pdf_parts import Reprint, field_table, fmt_d, fmt_dt
from printers.documents.sections import section


def build_suspension(
    data: SuspensionData, out: str | Path | BinaryIO, reprint: Reprint | None = None
) -> None:
    d = data
    paragraphs = [
        f"你（单位）申请办理的“{d.matter.name}”（办件编号 {d.case_no}）已于"
        f"{fmt_dt(d.accepted_at)}受理。因{d.reason}，需要进行{d.procedure}，"
        f"自{fmt_d(d.started_on)}起进行，预计需要 {d.expected_days} {d.unit}。"
        f"根据{d.basis}的规定，{d.procedure}所需时间不计入办结时限，办结时限暂停计算，"
        "特别程序结束后继续计算。"
    ]
    if d.requirement:
        paragraphs.append(f"需要你（单位）配合的事项：{d.requirement}")
    build_letter(
        out,
        d,
        title=d.title,
        number=d.doc_no,
        barcode=d.case_no,
        paragraphs=paragraphs,
        sections=[
            section("一、计时情况"),
            field_table(
                [
                    ["特别程序种类", d.procedure, "开始日期", fmt_d(d.started_on)],
                    ["预计所需时间", f"{d.expected_days} {d.unit}", "依据", d.basis],
                    ["启动理由", d.reason],
                    [
                        "暂停前已用",
                        f"{d.days_used} 个工作日",
                        "恢复后剩余",
                        f"{d.days_left} 个工作日",
                    ],
                    ["原承诺办结日期", fmt_d(d.promised_due)],
                    [
                        "说明",
                        "特别程序结束后，承诺办结日期按暂停天数顺延，新的日期以系统及办件查询结果为准。",
                    ],
                ]
            ),
            *matter_and_applicant("二、申请事项及申请人", d),
            *handling_office("三、经办机构", d),
        ],
        signed_on=d.issued_on or d.started_on,
        qr_caption="扫码查询办件进度",
        reprint=reprint,
    )


render_suspension = renderer(build_suspension)
