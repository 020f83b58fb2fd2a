"""The monthly supervision report as an A4 PDF (reportlab): totals, the table by a dimension
(window by default), and four charts drawn with reportlab graphics from the same data the
dashboard's charts use (app/reports/charts.py). The CJK font is the one the documents embed
(printers/documents/pdf_parts.py). Rendering happens after every read is done, never inside a
transaction."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.reports import charts
from app.reports.kpi import (
    DIMENSION_LABELS,
    FIGURES,
    KpiQuery,
    compute,
    dims_for,
    format_value,
    report_of,
)
from app.reports.progress import Progress, quiet
from app.settings import Settings
from db.engine import Store
from printers.documents.pdf_parts import register_font, style

# The figures of the dimension table (all of them are in the totals table above it).
TABLE_FIGURES = ("tickets_issued", "served", "no_show", "wait_mean_min", "wait_p90_min",
                 "service_mean_min", "within_target_rate", "cases_received", "cases_accepted",
                 "on_time_rate", "overdue", "good_rate", "bad_rate", "not_rated_rate")  # fmt: skip
WEEKDAYS = "一二三四五六日"
_GRID = colors.HexColor("#555555")
_SHADE = colors.HexColor("#E8EEF7")


def _table(data: list[list[Any]], widths: list[float], font: str, size: float = 8,
           left: tuple[int, ...] = (0,)) -> Table:  # fmt: skip
    t = Table(data, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), font, size),
        ("GRID", (0, 0), (-1, -1), 0.4, _GRID),
        ("BACKGROUND", (0, 0), (-1, 0), _SHADE),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        *(("ALIGN", (c, 1), (c, -1), "LEFT") for c in left),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))  # fmt: skip
    return t


def _bar(title: str, labels: list[str], values: Sequence[float], font: str, *,
         width: float = 250 * mm, height: float = 54 * mm) -> Drawing:  # fmt: skip
    d = Drawing(width, height)
    d.add(String(0, height - 12, title, fontName=font, fontSize=10))
    c = VerticalBarChart()
    c.x, c.y, c.width, c.height = 30, 25, width - 50, height - 50
    c.data = [values or [0]]
    c.categoryAxis.categoryNames = labels
    c.categoryAxis.labels.fontName, c.categoryAxis.labels.fontSize = font, 7
    c.valueAxis.labels.fontName, c.valueAxis.labels.fontSize = font, 7
    c.valueAxis.valueMin = 0
    c.bars[0].fillColor = colors.HexColor("#4472C4")
    d.add(c)
    return d


def _line(title: str, labels: list[str], values: list[float | None], font: str, *,
          width: float = 250 * mm, height: float = 54 * mm) -> Drawing:  # fmt: skip
    d = Drawing(width, height)
    d.add(String(0, height - 12, title, fontName=font, fontSize=10))
    c = HorizontalLineChart()
    c.x, c.y, c.width, c.height = 30, 25, width - 50, height - 50
    c.data = [[(v * 100 if v is not None else None) for v in values] or [0]]
    c.categoryAxis.categoryNames = labels
    c.categoryAxis.labels.fontName, c.categoryAxis.labels.fontSize = font, 6
    c.categoryAxis.labels.angle = 45 if len(labels) > 16 else 0
    c.valueAxis.labels.fontName, c.valueAxis.labels.fontSize = font, 7
    c.valueAxis.valueMin, c.valueAxis.valueMax = 0, 100
    c.lines[0].strokeColor = colors.HexColor("#C00000")
    d.add(c)
    return d


def export_pdf(store: Store, settings: Settings, q: KpiQuery, out: str | Path, *,
               by: str = "window", progress: Progress = quiet, title: str = "效能监察月报",
               now: dt.datetime | None = None) -> Path:  # fmt: skip
    """Write the report of ``q``'s period and halls, its table cut by ``by`` (or ``q.by``)."""
    by = q.by or by
    steps = 4
    c = compute(store, settings, KpiQuery(q.start, q.end, None, q.hall_ids), now=now,
                dims=(*dims_for(None), *dims_for(by)))
    progress(1, steps, "统计")
    total = report_of(c, settings).total
    report = report_of(c, settings, by)
    hours = charts.tickets_per_hour_by_weekday(store, settings, c)
    waits = charts.wait_distribution(store, settings, c)
    trend = charts.on_time_trend(store, settings, c)
    ratings = charts.rating_counts(store, settings, c)
    progress(2, steps, "图表")
    font = register_font()
    halls = "、".join(name for _code, name in c.names.halls.values()) or "（无大厅）"
    story: list[Any] = [
        Paragraph(title, style("title")),
        Paragraph(f"统计期间：{q.start} 至 {q.end}　　范围：{halls}", style("docno")),
        Spacer(1, 4 * mm),
        Paragraph("一、总体指标", style("section")),
    ]
    cells = [[t, format_value(n, getattr(total, n))] for n, t, _k in FIGURES]
    half = (len(cells) + 1) // 2
    left, right = cells[:half], cells[half:] + [["", ""]] * (half - len(cells[half:]))
    grid = [["统计项", "数值", "统计项", "数值"]] + [a + b for a, b in zip(left, right, strict=True)]
    story.append(_table(grid, [55 * mm, 35 * mm, 55 * mm, 35 * mm], font, 9, left=(0, 2)))
    story += [Spacer(1, 4 * mm),
              Paragraph(f"二、按{DIMENSION_LABELS[by]}统计", style("section"))]  # fmt: skip
    titles = {n: t for n, t, _k in FIGURES}
    head = [DIMENSION_LABELS[by], *(titles[n] for n in TABLE_FIGURES)]
    body = [[Paragraph(r.label, style("cell")), *(format_value(n, getattr(r, n))
                                                   for n in TABLE_FIGURES)]
            for r in [*report.rows, report.total]]  # fmt: skip
    head_cells = [Paragraph(h, style("head")) for h in head]
    widths = [50 * mm] + [16 * mm] * len(TABLE_FIGURES)
    story.append(_table([head_cells, *body], widths, font, 7.5))
    progress(3, steps, "排版")
    story += [PageBreak(), Paragraph("三、图表", style("section"))]
    per_hour = [sum(hours[wd][h] for wd in range(7)) for h in range(24)]
    first = next((h for h, v in enumerate(per_hour) if v), 8)
    last = max((h for h, v in enumerate(per_hour) if v), default=17)
    span = range(min(first, 8), max(last, 17) + 1)
    story.append(_bar("各时段取号量（期间合计）", [f"{h}时" for h in span],
                      [per_hour[h] for h in span], font))  # fmt: skip
    by_weekday = [sum(hours[wd]) for wd in range(7)]
    story.append(_bar("按星期取号量", [f"周{WEEKDAYS[wd]}" for wd in range(7)], by_weekday, font))
    story.append(PageBreak())
    story.append(_bar("等候时长分布（人）", [b for b, _n in waits], [n for _b, n in waits], font))
    step = max(1, len(trend) // 20)
    story.append(_line("按时办结率趋势（%）",
                       [f"{d:%m-%d}" if i % step == 0 else "" for i, (d, _v) in enumerate(trend)],
                       [v for _d, v in trend], font))  # fmt: skip
    story.append(_bar("评价分布（件）", list(ratings), list(ratings.values()), font))
    target = Path(out)
    doc = SimpleDocTemplate(str(target), pagesize=landscape(A4), leftMargin=12 * mm,
                            rightMargin=12 * mm, topMargin=12 * mm, bottomMargin=12 * mm,
                            title=f"{title} {q.start}–{q.end}", author="一窗 Yichuang",
                            invariant=1)  # fmt: skip
    doc.build(story)
    progress(steps, steps, "保存")
    return target
