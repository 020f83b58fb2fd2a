"""``yichuang calendar due|import|workday|status``."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from app.calendar import calendar_warning, compute_due_date, load_calendar
from app.calendar.due import UNIT_NAMES, check_unit
from app.calendar.importing import import_calendar_file
from app.calendar.loading import imported_years
from app.calendar.statutory import FIRST_YEAR, LAST_YEAR
from app.cli.context import emit, load_settings, store_for
from app.errors import InvalidInput
from app.queue.numbering import HALL_TZ


def register(subs: Any) -> None:
    g = subs.add_group("calendar", help="工作日日历：计算办结日期、导入节假日安排")
    p = g.add_parser("due", help="从 DATE 起算 DAYS 个工作日（或自然日）后的办结日期")
    p.add_argument("date", help="起算日期，如 2026-02-13")
    p.add_argument("days", help="时限天数")
    p.add_argument("--unit", default="W", help="W 工作日（默认）或 N 自然日")
    p.set_defaults(func=_due)
    p = g.add_parser(
        "import",
        help="导入节假日与调休补班安排（CSV 或 JSON）；默认只增改文件所列日期",
    )
    p.add_argument("file")
    p.add_argument(
        "--replace-year",
        action="store_true",
        help="整年替换：文件所涉年度中文件未列出的日期一律删除",
    )
    p.set_defaults(func=_import)
    p = g.add_parser("workday", help="某日是否为工作日")
    p.add_argument("date")
    p.set_defaults(func=_workday)
    p = g.add_parser("status", help="已导入哪些年度；下一年度安排未导入时给出提醒")
    p.add_argument("--date", help="按哪一天判断（默认今天，北京时间）")
    p.set_defaults(func=_status)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise InvalidInput(f"日期“{text}”格式不正确，请写成 2026-02-13 这样的格式") from None


def _due(args: argparse.Namespace) -> int:
    start = _date(args.date)
    unit = check_unit(args.unit)
    try:
        days = int(args.days)
    except ValueError:
        raise InvalidInput(f"时限天数“{args.days}”应为整数") from None
    if days < 0:
        raise InvalidInput("时限天数不能为负数")
    settings = load_settings(args)
    cal = load_calendar(store_for(args))
    due = compute_due_date(cal, start, days, unit, count_start_day=settings.count_acceptance_day)
    data = {"start": start.isoformat(), "days": days, "unit": unit, "due": due.date.isoformat(),
            "provisional": due.provisional, "note": due.note}  # fmt: skip
    emit(args, data, due.text())
    return 0


def _import(args: argparse.Namespace) -> int:
    import app.cases.clock  # noqa: F401  (registers the recompute of stored case due dates)
    from app.cli.admin import require_admin

    store = store_for(args)
    report = import_calendar_file(
        store, require_admin(args, store), args.file, replace_years=args.replace_year
    )
    emit(args, report.as_dict(), "\n".join(report.lines()))
    return 0


def _workday(args: argparse.Namespace) -> int:
    d = _date(args.date)
    cal = load_calendar(store_for(args))
    ok = cal.is_workday(d)
    name = cal.day_name(d)
    provisional = cal.is_provisional(d)
    text = "工作日" if ok else "休息日"
    if name:
        text += f"（{name}）"
    if provisional:
        text += "；按法定节假日暂算，以国务院公布的安排为准"
    emit(args, {"date": d.isoformat(), "workday": ok, "name": name,
                "provisional": provisional}, text)  # fmt: skip
    return 0


def _status(args: argparse.Namespace) -> int:
    today = _date(args.date) if args.date else dt.datetime.now(HALL_TZ).date()
    store = store_for(args)
    with store.read() as s:
        years = sorted(imported_years(s))
    warning = calendar_warning(store, today)
    shown = "、".join(str(y) for y in years) or "无"
    lines = [
        f"已导入正式安排的年度：{shown}",
        f"其他年度（{FIRST_YEAR}–{LAST_YEAR}年）按法定节假日暂算；单位：{'、'.join(UNIT_NAMES.values())}",
    ]
    if warning:
        lines.append(f"提醒：{warning}")
    emit(args, {"imported_years": years, "warning": warning, "date": today.isoformat()},
         "\n".join(lines))  # fmt: skip
    return 0
