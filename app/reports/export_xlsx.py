"""The KPI workbook (openpyxl): a sheet of totals (every figure of the period) and one sheet
per dimension, with the same figures and the same formatting rules as the screen
(:func:`app.reports.kpi.format_value` decides what is a percentage or minutes). Numbers are
stored as numbers (rates as fractions with a percent format), so the workbook can be
recalculated; ``None`` (no data) stays an empty cell."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from app.reports import summary
from app.reports.kpi import (
    DIMENSION_LABELS,
    DIMENSIONS,
    FIGURES,
    KpiQuery,
    KpiRow,
    compute,
    report_of,
)
from app.reports.progress import Progress, quiet
from app.settings import Settings
from db.engine import Store

TOTALS_SHEET = "合计"
NUMBER_FORMATS = {"count": "0", "minutes": "0.0", "percent": "0.0%"}
_HEAD = Font(bold=True)
_FILL = PatternFill("solid", fgColor="DDEBF7")


def sheet_name(by: str) -> str:
    return f"按{DIMENSION_LABELS[by]}"


def export_xlsx(store: Store, settings: Settings, q: KpiQuery, out: str | Path, *,
                dimensions: tuple[str, ...] | None = None, progress: Progress = quiet,
                now: dt.datetime | None = None) -> Path:  # fmt: skip
    """Write the workbook for the period and halls of ``q`` (its ``by`` is ignored; every
    dimension of ``dimensions``, default all, gets a sheet). Returns the file written."""
    dims = dimensions if dimensions is not None else DIMENSIONS
    steps = len(dims) + 2
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = TOTALS_SHEET
    c = compute(store, settings, KpiQuery(q.start, q.end, None, q.hall_ids), now=now,
                dims=summary.STORED_DIMS)
    total = report_of(c, settings).total
    progress(1, steps, TOTALS_SHEET)
    ws.append([f"效能监察统计 {q.start} 至 {q.end}"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(["统计项", "数值"])
    for cell in ws[2]:
        cell.font, cell.fill = _HEAD, _FILL
    for name, title, kind in FIGURES:
        ws.append([title, getattr(total, name)])
        ws.cell(ws.max_row, 2).number_format = NUMBER_FORMATS[kind]
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 14
    for i, by in enumerate(dims, start=2):
        report = report_of(c, settings, by)
        _dimension_sheet(wb, by, [*report.rows, report.total])
        progress(i, steps, sheet_name(by))
    target = Path(out)
    wb.save(target)
    progress(steps, steps, "保存")
    return target


def _dimension_sheet(wb: Workbook, by: str, rows: list[KpiRow]) -> None:
    ws = wb.create_sheet(sheet_name(by))
    ws.append([DIMENSION_LABELS[by], *(title for _n, title, _k in FIGURES)])
    for cell in ws[1]:
        cell.font, cell.fill = _HEAD, _FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    for row in rows:
        ws.append([row.label, *(getattr(row, name) for name, _t, _k in FIGURES)])
        for col, (_n, _t, kind) in enumerate(FIGURES, start=2):
            ws.cell(ws.max_row, col).number_format = NUMBER_FORMATS[kind]
    for cell in ws[ws.max_row]:
        cell.font = _HEAD  # the total row
    ws.column_dimensions["A"].width = 30
    for col in range(2, len(FIGURES) + 2):
        ws.column_dimensions[get_column_letter(col)].width = 11
    ws.freeze_panes = "B2"
