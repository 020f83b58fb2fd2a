"""延长办理期限告知书 (行政许可法 art. 42: extended with the head's approval; the reason is
told to the applicant)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, BinaryIO

from printers.documents.case_data import ExtensionData
from printers.documents.pdf_parts import Reprint, field_table, fmt_d, fmt_dt, para
from printers.documents.sections import (
    body_rows,
    contact_rows,
    finish,
    header,
    matter_rows,
    party_rows,
    section,
)


def render_extension(
    data: ExtensionData, out_path: str | Path, *, reprint: Reprint | None = None
) -> Path:
    build_extension(data, out_path, reprint)
    return Path(out_path)


def build_extension(
    data: ExtensionData, out: str | Path | BinaryIO, reprint: Reprint | None = None
) -> None:
    d = data
    new_due = fmt_d(d.new_due) + (f"（{d.due_note}）" if d.due_note else "")
    story: list[Any] = header(d.hall, d.title, "文书编号", d.doc_no, d.case_no)
    story.append(para(f"{d.applicant.name}：", "body"))
    story.append(
        para(
            f"你（单位）申请办理的“{d.matter.name}”（办件编号 {d.case_no}）已于"
            f"{fmt_dt(d.accepted_at)}受理，原承诺办结日期为{fmt_d(d.original_due)}。因{d.reason}，"
            f"不能在原期限内作出决定。经{d.approved_by}批准，根据{d.basis}的规定，"
            f"办理期限延长 {d.extension_days} {d.unit}，延长后的办结日期为{new_due}。",
            "indent",
        )
    )
    story.append(
        para("特此告知。如有疑问，请拨打咨询电话；对延期有异议的，可拨打监督投诉电话。", "indent")
    )
    story += [
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
    ]
    story += [
        section("二、申请事项及申请人"),
        field_table(matter_rows(d.matter) + party_rows(d.applicant)),
    ]
    story += [
        section("三、经办机构"),
        field_table(body_rows(d.body, d.staff, "经办人") + contact_rows(d.hall)[:1]),
    ]
    finish(
        story,
        out,
        body_name=d.body.name,
        signed_on=d.issued_on,
        qr_payload=d.qr_payload,
        qr_caption="扫码查询办件进度",
        title=d.title,
        doc_no=d.doc_no,
        hall_name=d.hall.hall_name,
        gap_mm=6,
        reprint=reprint,
    )
