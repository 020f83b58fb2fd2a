"""Documents print a limit with its unit, and a provisional due date with the caveat."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from pathlib import Path

from printers.documents import render_notice, render_receipt, sample_notice, sample_receipt
from tests.printers_devices.test_documents_pdf import pdf_text, squash

NOTE = "按法定节假日暂算，以国务院公布的安排为准"


def test_receipt_in_calendar_days_with_a_provisional_due_date(tmp_path: Path) -> None:
    d = replace(sample_receipt(), statutory_days=60, statutory_unit="N", promised_days=20,
                promised_unit="N", promised_due=date(2027, 1, 13),
                promised_due_note=NOTE, special_procedure_note="")  # fmt: skip
    text = pdf_text(render_receipt(d, tmp_path / "r.pdf"))
    for must in ("60个自然日", "20个自然日", f"2027年1月13日（{NOTE}）", "按自然日计算"):
        assert squash(must) in text, must
    assert not re.search(r"\d个工作日", text)  # no limit left in working days


def test_receipt_in_working_days_has_no_caveat(tmp_path: Path) -> None:
    text = pdf_text(render_receipt(sample_receipt(), tmp_path / "r.pdf"))
    assert squash("20个工作日") in text and squash(NOTE) not in text


def test_notice_in_calendar_days(tmp_path: Path) -> None:
    d = replace(sample_notice(), statutory_days=60, statutory_unit="N", promised_unit="N")
    text = pdf_text(render_notice(d, tmp_path / "n.pdf"))
    assert squash("60个自然日") in text
