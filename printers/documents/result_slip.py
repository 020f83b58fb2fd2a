"""结果领取单 / 邮寄送达回证: the decision, the time it took, and how the result reached the
applicant (collected with ID at the window, or posted with a tracking number)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, BinaryIO

from printers.documents.case_data import ResultSlipData
from printers.documents.letter import build_letter, handling_office, matter_and_applicant, renderer
from printers.documents.pdf_parts import Reprint, field_table, fmt_d, fmt_dt, para
from printers.documents.sections import party_rows, section

TITLES = {"pickup": "办结结果领取单", "post": "邮寄送达回证"}


def slip_title(d: ResultSlipData) -> str:
    return d.title or TITLES[d.delivery.method]


def build_result_slip(
    data: ResultSlipData, out: str | Path | BinaryIO, reprint: Reprint | None = None
) -> None:
    d, v = data, data.delivery
    title = slip_title(d)
    paragraph = (
        f"你（单位）申请办理的“{d.matter.name}”（办件编号 {d.case_no}）已于"
        f"{fmt_dt(d.concluded_at)}办结，办理结果：{d.result}"
        + (f"，{d.result_name}" if d.result_name else "")
        + (f"（编号 {d.result_no}）" if d.result_no else "")
        + "。"
    )
    within = d.days_used <= d.promised_days + d.extension_days
    clock = [
        ["受理时间", fmt_dt(d.accepted_at), "办结时间", fmt_dt(d.concluded_at)],
        ["承诺办结时限", f"{d.promised_days} 个工作日", "承诺办结日期", fmt_d(d.promised_due)],
        [
            "实际用时",
            f"{d.days_used} 个工作日（{'在承诺时限内办结' if within else '超过承诺时限'}）",
            "特别程序/延期",
            f"暂停 {d.paused_days} 个工作日；延长 {d.extension_days} 个工作日",
        ],
    ]
    story: list[Any] = [
        section("一、办理结果"),
        field_table(
            [["办理结果", d.result, "结果名称", d.result_name or "—"]]
            + ([["证照/文书编号", d.result_no]] if d.result_no else [])
            + clock
        ),
    ]
    story += matter_and_applicant("二、申请事项及申请人", d)
    if v.method == "pickup":
        rows = [["领取方式", "窗口领取", "领取时间", fmt_dt(v.delivered_at)]]
        if v.collector is not None:
            rows += party_rows(v.collector, "领取人")
        rows.append(["与申请人关系", v.relation])
        signer = "领取人签字"
    else:
        rows = [
            ["送达方式", "邮寄送达", "交寄时间", fmt_dt(v.delivered_at)],
            ["收件人", v.recipient, "联系电话", v.phone or "—"],
            ["邮寄地址", v.address + (f"（邮编 {v.postcode}）" if v.postcode else "")],
            ["寄递企业", v.carrier or "—", "运单号", v.tracking_no],
        ]
        signer = "收件人签收"
    story += [section("三、送达情况"), field_table(rows)]
    story += handling_office("四、经办机构", d, staff_rows=2)
    story.append(
        para(
            "欢迎对本次服务作出评价（非常满意、满意、基本满意、不满意、非常不满意）。"
            f"办件查询号 {d.query_no}。",
            "small",
        )
    )
    build_letter(
        out,
        d,
        title=title,
        number=d.doc_no,
        barcode=d.case_no,
        paragraphs=[paragraph],
        sections=story,
        signed_on=d.issued_on or v.delivered_at.date(),
        qr_caption="扫码评价服务（好差评）",
        gap_mm=2,
        signer=signer,
        reprint=reprint,
    )


render_result_slip = renderer(build_result_slip)
