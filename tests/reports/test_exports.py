"""The exports opened again and compared figure by figure with kpi_report: the workbook with
openpyxl (numbers, not text), the PDF by its extracted text (pypdf)."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app.reports.export_pdf import TABLE_FIGURES, export_pdf
from app.reports.export_xlsx import TOTALS_SHEET, export_xlsx, sheet_name
from app.reports.kpi import DIMENSIONS, FIGURES, KpiQuery, format_value, kpi_report
from tests.reports.conftest import END, START, Fixture


def test_workbook_has_the_same_figures(period: Fixture, tmp_path: Path) -> None:
    steps: list[tuple[int, int, str]] = []
    out = export_xlsx(period.store, period.settings, KpiQuery(START, END), tmp_path / "k.xlsx",
                      progress=lambda *a: steps.append(a), now=period.now)  # fmt: skip
    assert [d for d, _t, _w in steps] == list(range(1, len(DIMENSIONS) + 3))
    assert all(t == len(DIMENSIONS) + 2 for _d, t, _w in steps)
    wb = load_workbook(out)
    assert wb.sheetnames == [TOTALS_SHEET, *(sheet_name(d) for d in DIMENSIONS)]
    total = kpi_report(period.store, period.settings, KpiQuery(START, END), now=period.now).total
    got = {row[0]: row[1] for row in wb[TOTALS_SHEET].iter_rows(min_row=3, values_only=True)}
    for name, title, _kind in FIGURES:
        want = getattr(total, name)
        assert got[title] == (pytest.approx(want) if isinstance(want, float) else want), title
    for by in DIMENSIONS:
        report = kpi_report(period.store, period.settings, KpiQuery(START, END, by), now=period.now)
        rows = list(wb[sheet_name(by)].iter_rows(values_only=True))
        assert rows[0][1:] == tuple(t for _n, t, _k in FIGURES)
        for line, want_row in zip(rows[1:], [*report.rows, report.total], strict=True):
            assert line[0] == want_row.label
            for cell, (name, _t, _k) in zip(line[1:], FIGURES, strict=True):
                want = getattr(want_row, name)
                assert cell == (pytest.approx(want) if isinstance(want, float) else want), (by, name)
    assert wb[sheet_name("window")]["I2"].number_format == "0.0%"  # 等候达标率 as a percentage


def test_pdf_report_shows_the_same_figures_and_its_charts(period: Fixture, tmp_path: Path) -> None:
    steps: list[int] = []
    out = export_pdf(period.store, period.settings, KpiQuery(START, END), tmp_path / "m.pdf",
                     progress=lambda d, t, w: steps.append(d), now=period.now)  # fmt: skip
    assert steps == [1, 2, 3, 4]
    reader = PdfReader(out)
    assert len(reader.pages) >= 2
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "效能监察月报" in text and "统计期间：2026-09-21 至 2026-09-30" in text
    q = KpiQuery(START, END)
    total = kpi_report(period.store, period.settings, q, now=period.now).total
    for name, title, _kind in FIGURES:  # the totals table: each title followed by its value
        assert f"{title}\n{format_value(name, getattr(total, name))}\n" in text, title
    by_window = kpi_report(period.store, period.settings, KpiQuery(START, END, "window"),
                           now=period.now)  # fmt: skip
    w1 = by_window.rows[0]
    cells = "\n".join(format_value(n, getattr(w1, n)) for n in TABLE_FIGURES)
    assert f"{w1.label}\n{cells}" in text  # the window table, row by row
    for chart in ("各时段取号量", "等候时长分布", "按时办结率趋势", "评价分布"):
        assert chart in text
