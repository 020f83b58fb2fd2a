"""The documents of a case's life after intake (pause, extension, result slip), the additions to
the receipt and notice (provisional due date, 容缺后补, 即办件), and what makes a document
keepable: the same data gives the same bytes, its JSON rebuilds it, and a 补打 is marked."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest

from printers.documents import (
    KINDS,
    DeferredMaterial,
    Reprint,
    from_payload,
    kind_of,
    number_of,
    render_pdf,
    sample_extension,
    sample_notice,
    sample_receipt,
    sample_refusal,
    sample_result_slip,
    sample_suspension,
    sha256_hex,
    title_of,
    to_payload,
)
from tests.printers_devices.test_documents_pdf import assert_embedded_cjk_only, squash

PROVISIONAL = "按法定节假日暂算，以国务院公布的安排为准"


def text_of(pdf: bytes, tmp_path: Path, name: str = "doc.pdf") -> str:
    path = tmp_path / name
    path.write_bytes(pdf)
    out = subprocess.run(
        ["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return squash(out)


def pages_of(pdf: bytes, tmp_path: Path) -> list[str]:
    path = tmp_path / "pages.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(
        ["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [squash(p) for p in out.split("\f") if p.strip()]


def missing(text: str, values: list[str]) -> list[str]:
    return [v for v in values if squash(v) not in text]


def test_pause_notice_tells_procedure_time_and_clock(tmp_path: Path) -> None:
    d = sample_suspension()
    pdf = render_pdf(d)
    text = text_of(pdf, tmp_path)
    assert not missing(text, [
        "特别程序告知书", d.doc_no, d.case_no, d.applicant.name, d.matter.name, d.matter.impl_code,
        d.procedure, d.reason, d.requirement, "2025年6月16日", "3个工作日",
        "暂停前已用", "2个工作日", "恢复后剩余", "2025年6月19日",
        "第四十五条", "不计入办结时限", d.body.name, d.staff.name, d.hall.consult_phone,
        "印章", "签收",
    ])  # fmt: skip
    (tmp_path / "s.pdf").write_bytes(pdf)
    assert_embedded_cjk_only(tmp_path / "s.pdf")


def test_extension_notice_gives_reason_approver_and_new_date(tmp_path: Path) -> None:
    d = replace(sample_extension(), due_note=PROVISIONAL)
    text = text_of(render_pdf(d), tmp_path)
    assert not missing(text, [
        "延长办理期限告知书", d.doc_no, d.case_no, d.applicant.name, d.matter.name,
        "原承诺办结日期", "2025年7月10日", "延长10个工作日", "2025年7月24日", PROVISIONAL,
        d.reason, d.approved_by, "第四十二条", "2025年7月8日", "印章", "签收",
    ])  # fmt: skip


def test_result_slip_for_pickup_names_the_collector(tmp_path: Path) -> None:
    d = sample_result_slip("pickup")
    assert d.delivery.collector is not None
    text = text_of(render_pdf(d), tmp_path)
    assert not missing(text, [
        "办结结果领取单", d.doc_no, d.case_no, d.query_no, d.result, d.result_name, d.result_no,
        "2025年6月23日16:40", "在承诺时限内办结", "暂停3个工作日", "窗口领取",
        "2025年6月24日15:20", d.delivery.collector.name, d.delivery.collector.id_display,
        d.delivery.relation, "领取人签字", "非常满意",
    ])  # fmt: skip
    assert "运单号" not in text


def test_result_slip_for_post_carries_the_tracking_number(tmp_path: Path) -> None:
    d = sample_result_slip("post")
    text = text_of(render_pdf(d), tmp_path)
    v = d.delivery
    assert not missing(text, [
        "邮寄送达回证", "邮寄送达", v.recipient, v.address, v.postcode, v.carrier, v.tracking_no,
        "收件人签收",
    ])  # fmt: skip
    assert "领取人签字" not in text


def test_overdue_result_slip_says_so(tmp_path: Path) -> None:
    d = replace(sample_result_slip(), days_used=7)
    assert "超过承诺时限" in text_of(render_pdf(d), tmp_path)


def test_receipt_carries_provisional_due_deferred_items_and_the_notice(tmp_path: Path) -> None:
    d = replace(
        sample_receipt(),
        promised_due_note=PROVISIONAL,
        legal_due=date(2025, 7, 10),
        deferred=[
            DeferredMaterial("食品安全管理人员培训考核合格证明", date(2025, 6, 19), "复印件1份")
        ],
        deferred_consequence="逾期未补交的，按申请人撤回申请处理",
        notice_no="邓市监食许补〔2025〕第0093号",
    )
    text = text_of(render_pdf(d), tmp_path)
    assert not missing(text, [
        f"2025年6月19日（{PROVISIONAL}）", "法定办结日期", "2025年7月10日", "容缺后补材料",
        "食品安全管理人员培训考核合格证明", "承诺补交日期", d.deferred_consequence,
        "邓市监食许补〔2025〕第0093号",
    ])  # fmt: skip


def test_instant_case_receipt_says_concluded_on_the_spot(tmp_path: Path) -> None:
    d = replace(
        sample_receipt(),
        promised_days=0,
        concluded_at=datetime(2025, 6, 12, 10, 12),
        result_name="食品经营许可证",
    )
    text = text_of(render_pdf(d), tmp_path)
    assert "即办件，已于2025年6月12日10:12当场办结" in text
    assert "即办（当场办结）" in text


def test_notice_lists_agent_and_deadline_caveat(tmp_path: Path) -> None:
    d = replace(sample_notice(), agent=sample_receipt().agent, deadline_note=PROVISIONAL)
    text = text_of(render_pdf(d), tmp_path)
    assert not missing(text, ["代理人/联系人", "赵丽", f"2025年6月26日（{PROVISIONAL}）"])


ALL = [sample_notice, sample_receipt, sample_refusal, sample_suspension, sample_extension,
       sample_result_slip]  # fmt: skip


@pytest.mark.parametrize("make", ALL, ids=lambda f: f.__name__[7:])
def test_same_data_same_bytes_and_payload_rebuilds_it(make) -> None:  # type: ignore[no-untyped-def]
    d = make()
    first = render_pdf(d)
    assert render_pdf(d) == first  # no clock or random id inside: the hash identifies it
    payload = to_payload(d)
    import json

    again = from_payload(kind_of(d), json.loads(json.dumps(payload, ensure_ascii=False)))
    assert sha256_hex(render_pdf(again)) == sha256_hex(first)
    assert kind_of(d) in KINDS and title_of(d) and number_of(d)


@pytest.mark.parametrize("make", ALL, ids=lambda f: f.__name__[7:])
def test_reprint_is_stamped_on_every_page(make, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    d = make()
    original = pages_of(render_pdf(d), tmp_path)
    mark = Reprint(at=datetime(2025, 6, 30, 9, 15), staff="李娜", copy_no=2)
    again = pages_of(render_pdf(d, reprint=mark), tmp_path)
    assert len(again) == len(original)
    for page in again:
        assert "补打" in page and "第2次补打，2025年6月30日09:15，经办人李娜" in page
    assert not any("补打" in p for p in original)
    assert number_of(d) in again[0]  # the original number is kept


def test_unknown_kind_is_refused_in_chinese() -> None:
    from printers.errors import DeviceError

    with pytest.raises(DeviceError, match="未知的文书种类"):
        from_payload("certificate", {})
