"""延长办理期限告知书 (行政许可法 art. 42: extended with the head's approval; the reason is
told to the applicant)."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from printers.documents.case_data import ExtensionData
from printers.documents.letter import build_letter, handling_office, matter_and_applicant, renderer
from printers.documents.pdf_parts import Reprint, field_table, fmt_d, fmt_dt
from printers.documents.sections import section


def build_extension(
    data: ExtensionData, out: str | Path | BinaryIO, reprint: Reprint | None = None
) -> None:
    d = data
    new_due = fmt_d(d.new_due) + (f"（{d.due_note}）" if d.due_note else "")
    build_letter(
        out,
        d,
        title=d.title,
        number=d.doc_no,
        barcode=d.case_no,
        paragraphs=[
            f"你（单位）申请办理的“{d.matter.name}”（办件编号 {d.case_no}）已于"
            f"{fmt_dt(d.accepted_at)}受理，原承诺办结日期为{fmt_d(d.original_due)}。因{d.reason}，"
            f"不能在原期限内作出决定。经{d.approved_by}批准，根据{d.basis}的规定，"
            f"办理期限延长 {d.extension_days} {d.unit}，延长后的办结日期为{new_due}。",
            "特此告知。如有疑问，请拨打咨询电话；对延期有异议的，可拨打监督投诉电话。",
        ],
        sections=[
            section("一、延期情况"),
            field_table(
                [
                    [
                        "原承诺办结日期",
                        fmt_d(d.original_due),
                        "延长期限",
                        f"{d.extension_days} {d.unit}",
                    ],
                    ["延长后办结日期", new_due],
                    ["延期理由", d.reason],
                    ["批准人", d.approved_by, "依据", d.basis],
                ]
            ),
            *matter_and_applicant("二、申请事项及申请人", d),
            *handling_office("三、经办机构", d),
        ],
        signed_on=d.issued_on,
        qr_caption="扫码查询办件进度",
        reprint=reprint,
    )


render_extension = renderer(build_extension)
