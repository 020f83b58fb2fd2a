"""``yichuang calendar due|import|show``."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from app.calendar_service import import_file, load_calendar
from app.cli.context import cli_actor, emit, load_settings, store_for
from app.errors import InvalidInput


def register(subs: Any) -> None:
    g = subs.add_group("calendar", help="工作日日历：计算办结日期、导入节假日安排")
    p = g.add_parser("due", help="从 DATE 起算 DAYS 个工作日后的日期（ISO 格式）")
    p.add_argument("date", help="起算日期，如 2026-02-13")
    p.add_argument("days", help="工作日数")
    p.set_defaults(func=_due)
    p = g.add_parser("import", help="导入节假日与调休补班安排（CSV 或 JSON），整年替换")
    p.add_argument("file")
    p.set_defaults(func=_import)
    p = g.add_parser("workday", help="某日是否为工作日")
    p.add_argument("date")
    p.set_defaults(func=_workday)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise InvalidInput(f"日期“{text}”格式不正确，请写成 2026-02-13 这样的格式") from None


def _due(args: argparse.Namespace) -> int:
    start = _date(args.date)
    try:
        days = int(args.days)
    except ValueError:
        raise InvalidInput(f"工作日数“{args.days}”应为整数") from None
    if days < 0:
        raise InvalidInput("工作日数不能为负数")
    settings = load_settings(args)
    cal = load_calendar(store_for(args))
    due = cal.add_working_days(start, days, count_start_day=settings.count_acceptance_day)
    emit(args, {"start": start.isoformat(), "days": days, "due": due.isoformat()}, due.isoformat())
    return 0


def _import(args: argparse.Namespace) -> int:
    counts = import_file(store_for(args), cli_actor(), args.file)
    emit(args, counts, f"已导入 {counts['years']} 个年度、{counts['entries']} 条安排")
    return 0


def _workday(args: argparse.Namespace) -> int:
    d = _date(args.date)
    ok = load_calendar(store_for(args)).is_workday(d)
    emit(args, {"date": d.isoformat(), "workday": ok}, "工作日" if ok else "休息日")
    return 0
