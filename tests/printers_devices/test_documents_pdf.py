"""A4 documents: every required field is in the PDF text, the CJK font is embedded, codes drawn."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from printers.documents import (
    NoticeMaterial,
    render_notice,
    render_receipt,
    render_refusal,
    sample_notice,
    sample_receipt,
    sample_refusal,
)


def pdf_text(path: Path) -> str:
    out = subprocess.run(
        ["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return "".join(out.split())  # table cells wrap; compare without whitespace


def squash(value: str) -> str:
    return "".join(value.split())


def assert_embedded_cjk_only(path: Path) -> None:
    fonts = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert fonts, "no fonts"
    for line in fonts:
        assert "WenQuanYiMicroHei" in line, line
        assert line.split()[-5] == "yes", f"not embedded: {line}"


def image_count(path: Path) -> int:
    out = subprocess.run(
        ["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    return len(out)


def test_receipt_has_every_field(tmp_path: Path) -> None:
    d = sample_receipt()
    pdf = render_receipt(d, tmp_path / "r.pdf")
    text = pdf_text(pdf)
    assert d.agent is not None
    must = [
        d.title,
        d.doc_no,
        d.case_no,
        d.query_no,
        d.query_password,
        d.matter.name,
        d.matter.basic_code,
        d.matter.impl_code,
        d.matter.handle_item,
        d.applicant.name,
        d.applicant.id_display,
        d.applicant.legal_rep,
        d.applicant.address,
        d.agent.name,
        d.agent.id_display,
        d.body.name,
        d.body.uscc,
        d.staff.name,
        d.staff.phone,
        "2025年6月12日09:41",
        "2025年6月12日10:05",
        d.fee,
        "20个工作日",
        "5个工作日",
        "2025年6月19日",
        d.progress_query,
        d.pickup_method,
        d.hall.hall_name,
        d.hall.consult_phone,
        d.hall.supervision_phone,
        "印章",
        "签收",
        "行政许可法》第三十二条",
    ] + [m.name for m in d.materials]
    missing = [v for v in must if squash(v) not in text]
    assert not missing
    assert_embedded_cjk_only(pdf)
    assert image_count(pdf) >= 2  # Code128 + QR


def test_notice_has_material_table_and_corrections(tmp_path: Path) -> None:
    d = sample_notice()
    pdf = render_notice(d, tmp_path / "n.pdf")
    text = pdf_text(pdf)
    must = [
        d.title,
        d.notice_no,
        d.matter.name,
        d.matter.impl_code,
        d.applicant.name,
        d.applicant.id_display,
        d.applicant.phone,
        d.intake_ref,
        d.legal_basis,
        d.conditions,
        d.procedure,
        d.fee,
        d.location,
        d.office_hours,
        "2025年6月26日",
        d.consequence,
        d.special_procedures,
        d.body.name,
        d.staff.name,
        d.hall.supervision_phone,
        "容缺后补",
        "非必要",
        "原件/复印件",
        "纸质/电子",
        "出具单位",
        "印章",
        "签收",
    ]
    for m in d.materials:
        must += [m.name, m.issuer]
    for c in d.corrections:
        must += [c.material, c.problem, c.requirement]
    missing = [v for v in must if squash(v) not in text]
    assert not missing
    assert_embedded_cjk_only(pdf)
    assert image_count(pdf) >= 2


def test_refusal_states_reason_basis_and_rights(tmp_path: Path) -> None:
    d = sample_refusal()
    pdf = render_refusal(d, tmp_path / "x.pdf")
    text = pdf_text(pdf)
    must = [
        d.title,
        d.doc_no,
        d.applicant.name,
        d.matter.name,
        "2025年6月12日10:30",
        d.reason,
        d.legal_basis,
        d.competent_body,
        "六十日内向邓州市人民政府申请行政复议",
        "六个月内依法向邓州市人民法院提起行政诉讼",
        d.body.name,
        "印章",
        "签收",
    ]
    missing = [v for v in must if squash(v) not in text]
    assert not missing
    assert_embedded_cjk_only(pdf)


@pytest.mark.parametrize("n", [60])
def test_long_material_list_flows_onto_more_pages(tmp_path: Path, n: int) -> None:
    base = sample_notice()
    materials = [
        NoticeMaterial(
            f"第{i}项证明材料（含较长的说明文字以检验表格单元格中的中文自动换行）",
            issuer="某某县人民政府办公室",
        )
        for i in range(1, n + 1)
    ]
    pdf = render_notice(replace(base, materials=materials), tmp_path / "long.pdf")
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    pages = int(next(ln for ln in info.splitlines() if ln.startswith("Pages:")).split()[1])
    assert pages >= 3
    text = pdf_text(pdf)
    assert f"第{n}项证明材料" in text and f"共{pages}页" in text
