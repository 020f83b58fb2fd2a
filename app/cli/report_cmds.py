"""``yichuang report kpi|export``: the supervisor's figures for a period, as a table, JSON, an
XLSX workbook or the PDF monthly report. Whoever holds the store's address runs these as admin
(app.cli.context.cli_actor), so every hall of the store is in scope unless ``--hall`` narrows
it."""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any

from app.cli.args import CODE
from app.cli.context import cli_actor, emit, load_settings, store_for
from app.errors import InvalidInput

DIMENSIONS = ("window", "staff", "department", "matter", "line", "hall")


def _date(text: str) -> dt.date:
    t = text.strip()
    try:
        if not re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}", t):
            raise ValueError(t)
        return dt.date.fromisoformat("-".join(p.zfill(2) for p in t.split("-")))
    except ValueError:
        raise argparse.ArgumentTypeError(f"日期“{t[:20]}”无效，应为 YYYY-MM-DD，如 2026-11-01") from None


_date.__name__ = "日期"


def register(subs: Any) -> None:
    g = subs.add_group("report", help="统计报表：效能监察指标、导出 XLSX 工作簿或 PDF 月报")
    period = argparse.ArgumentParser(add_help=False)
    period.add_argument("--from", dest="start", type=_date, required=True, metavar="DATE",
                        help="开始日期（含），YYYY-MM-DD")  # fmt: skip
    period.add_argument("--to", dest="end", type=_date, required=True, metavar="DATE",
                        help="结束日期（含），YYYY-MM-DD")  # fmt: skip
    period.add_argument("--by", choices=DIMENSIONS, default=None,
                        help="按维度分行：window 窗口、staff 工作人员、department 部门、matter 事项、"
                             "line 业务类别、hall 大厅")  # fmt: skip
    period.add_argument("--hall", dest="halls", action="append", type=CODE, metavar="CODE",
                        default=None, help="只统计这个大厅（可重复；默认数据库中的全部大厅）")  # fmt: skip
    p = g.add_parser("kpi", parents=[period], help="显示一段时间的效能监察指标（表格或 --json）")
    p.set_defaults(func=_kpi)
    p = g.add_parser("export", parents=[period],
                     help="导出：.xlsx 为合计表加每个维度一张表，.pdf 为含图表的月报")  # fmt: skip
    p.add_argument("--out", required=True, metavar="FILE", help="输出文件，扩展名 .xlsx 或 .pdf")
    p.set_defaults(func=_export)
    p = g.add_parser("prepare", help="预先汇总已过去的日子（建议每晚定时运行），报表打开更快")
    p.add_argument("--days", type=int, default=400, metavar="N",
                   help="汇总最近 N 天（默认 400，即一年多）")  # fmt: skip
    p.add_argument("--from", dest="start", type=_date, default=None, metavar="DATE",
                   help="或：从这一天起（含）汇总到昨天或 --to")  # fmt: skip
    p.add_argument("--to", dest="end", type=_date, default=None, metavar="DATE",
                   help="汇总到这一天（含；最晚昨天）")  # fmt: skip
    p.set_defaults(func=_prepare)
    p = g.add_parser("grant", help="县级库：允许某主管查看其他大厅的报表（--revoke 收回）")
    p.add_argument("work_no", type=CODE, help="主管工号")
    p.add_argument("halls", nargs="+", type=CODE, metavar="HALL", help="大厅编码")
    p.add_argument("--revoke", action="store_true", help="收回这些大厅")
    p.set_defaults(func=_grant)


def _query(args: argparse.Namespace) -> Any:
    from app.reports.kpi import KpiQuery, allowed_halls

    if args.start > args.end:
        raise InvalidInput(f"开始日期 {args.start} 晚于结束日期 {args.end}")
    store = store_for(args)
    scope = allowed_halls(store, cli_actor())
    halls = tuple(args.halls) if args.halls else None
    for code in halls or ():
        if code not in scope:
            raise InvalidInput(f"数据库中没有编码为“{code}”的大厅，可选：{'、'.join(scope) or '（无）'}")
    return store, KpiQuery(args.start, args.end, args.by, halls)


def width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def pad(text: str, cells: int, right: bool = False) -> str:
    gap = " " * max(0, cells - width(text))
    return gap + text if right else text + gap


def table(head: list[str], rows: list[list[str]]) -> str:
    """Columns aligned by display width (a Chinese character takes two cells)."""
    cols = [max(width(r[i]) for r in [head, *rows]) for i in range(len(head))]
    lines = ["  ".join(pad(c, cols[i], i > 0) for i, c in enumerate(head))]
    lines.append("  ".join("-" * w for w in cols))
    lines += ["  ".join(pad(c, cols[i], i > 0) for i, c in enumerate(r)) for r in rows]
    return "\n".join(lines)


def _kpi(args: argparse.Namespace) -> int:
    from app.reports.kpi import DIMENSION_LABELS, FIGURES, format_value, kpi_report

    store, q = _query(args)
    report = kpi_report(store, load_settings(args), q)
    heading = f"效能监察指标 {q.start} 至 {q.end}"
    if q.by is None:
        text = table(["统计项", "数值"],
                     [[t, format_value(n, getattr(report.total, n))] for n, t, _k in FIGURES])  # fmt: skip
    else:
        head = [DIMENSION_LABELS[q.by], *(t for _n, t, _k in FIGURES)]
        rows = [[r.label, *(format_value(n, getattr(r, n)) for n, _t, _k in FIGURES)]
                for r in [*report.rows, report.total]]  # fmt: skip
        text = table(head, rows)
    emit(args, report.as_dict(), f"{heading}\n{text}")
    return 0


def _export(args: argparse.Namespace) -> int:
    out = Path(args.out)
    kind = out.suffix.lower()
    if kind not in (".xlsx", ".pdf"):
        raise InvalidInput(f"输出文件“{out.name}”的扩展名应为 .xlsx 或 .pdf")
    if not out.parent.is_dir():
        raise InvalidInput(f"输出目录 {out.parent} 不存在")
    store, q = _query(args)
    settings = load_settings(args)

    def progress(done: int, total: int, what: str) -> None:
        if sys.stderr.isatty():
            sys.stderr.write(f"\r导出中 {done}/{total} {what}    ")
            sys.stderr.flush()

    if kind == ".xlsx":
        from app.reports.export_xlsx import export_xlsx

        export_xlsx(store, settings, q, out, dimensions=(q.by,) if q.by else None,
                    progress=progress)  # fmt: skip
    else:
        from app.reports.export_pdf import export_pdf

        export_pdf(store, settings, q, out, progress=progress)
    if sys.stderr.isatty():
        sys.stderr.write("\n")
    emit(args, {"out": str(out), "from": q.start.isoformat(), "to": q.end.isoformat()},
         f"已导出 {out}")  # fmt: skip
    return 0


def _grant(args: argparse.Namespace) -> int:
    from app.reports.scope import grant_halls

    now = grant_halls(store_for(args), cli_actor(), args.work_no, list(args.halls),
                      revoke=args.revoke)  # fmt: skip
    emit(args, {"work_no": args.work_no, "granted": list(now)},
         f"{args.work_no} 可查看的其他大厅：{'、'.join(now) or '（无）'}")  # fmt: skip
    return 0


def _prepare(args: argparse.Namespace) -> int:
    import time

    from app.cases.clock import CaseCalendar
    from app.reports import summary
    from app.reports.scope import load_names, local_day, resolve_halls

    if not 1 <= args.days <= 3 * 366:
        raise InvalidInput(f"天数 {args.days} 无效，应为 1 至 {3 * 366}")
    store = store_for(args)
    now = dt.datetime.now(dt.UTC)
    hi = local_day(now) - dt.timedelta(days=1)  # today is never summarised
    if args.end is not None:
        hi = min(hi, args.end)
    lo = args.start if args.start is not None else hi - dt.timedelta(days=args.days - 1)
    if lo > hi:
        raise InvalidInput(f"开始日期 {lo} 晚于结束日期 {hi}（只汇总已过去的日子）")
    if (hi - lo).days >= 3 * 366:
        raise InvalidInput("一次最多汇总三年，请缩短日期范围")
    with store.read() as s:
        halls = resolve_halls(s, None)
        names = load_names(s, halls)
    took = time.perf_counter()
    n = summary.prepare(store, halls, names, lo, hi, now, lambda: CaseCalendar.load(store))
    took = time.perf_counter() - took
    emit(args, {"from": lo.isoformat(), "to": hi.isoformat(), "built": n, "seconds": round(took, 1)},
         f"已汇总 {lo} 至 {hi}：新建或更新 {n} 个汇总（{len(halls)} 个大厅），用时 {took:.1f} 秒")  # fmt: skip
    return 0
