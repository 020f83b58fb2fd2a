"""``yichuang case show|progress|sweep`` and ``yichuang demo activity``."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from app.cli.context import cli_actor, emit, load_settings, store_for
from app.errors import InvalidInput
from app.queue.numbering import HALL_TZ


def register(subs: Any) -> None:
    g = subs.add_group("case", help="办件：查看、公众进度查询、视为受理检查")
    p = g.add_parser("show", help="显示一个办件的全部信息（工作人员用）")
    p.add_argument("case_no", help="办件编号")
    p.set_defaults(func=_show)
    p = g.add_parser("progress", help="公众办件查询：凭查询密码，个人信息脱敏")
    p.add_argument("case_no", help="办件编号或查询号")
    p.add_argument("--password", required=True, help="受理通知书上的查询密码")
    p.set_defaults(func=_progress)
    p = g.add_parser("sweep", help="收件超过5个工作日未告知补正的，依法视为受理（可重复执行）")
    p.set_defaults(func=_sweep)


def register_demo(demo: Any) -> None:
    p = demo.add_parser("activity", help="生成若干天的演示业务：取号、首问、告知、办件、评价")
    p.add_argument("--days", type=int, default=10, help="天数（默认10）")
    p.add_argument("--seed", type=int, default=1, help="随机种子（相同种子结果相同）")
    p.add_argument("--start", default=None, help="起始日期 YYYY-MM-DD（默认为今天往前推）")
    p.set_defaults(func=_activity)


def _service(args: argparse.Namespace) -> Any:
    from app.cases.service import CaseService

    settings = load_settings(args)
    return CaseService(store_for(args), settings, hall_code=settings.hall_code or None)


def _show(args: argparse.Namespace) -> int:
    d = _service(args).case(args.case_no)
    c = d.case
    lines = [f"{c.case_no}  {c.matter_name}  [{c.status_label}]",
             f"申请人：{c.applicant.name}（{c.applicant.cert_masked}）",
             f"收件：{c.received_at.astimezone(HALL_TZ):%Y-%m-%d %H:%M}  经办：{c.intake_by_name or c.intake_by}"]  # fmt: skip
    if c.clock.promise_due:
        flag = {"green": "正常", "yellow": "黄灯", "red": "红灯"}.get(c.clock.warning, "")
        lines.append(f"承诺办结：{c.clock.promise_due}  法定办结：{c.clock.legal_due}  "
                     f"已用{c.clock.days_used}日 剩余{c.clock.days_left if c.clock.days_left is not None else '-'}日 "
                     f"暂停{c.clock.days_paused}日 {flag}" + ("（暂算）" if c.clock.provisional else ""))  # fmt: skip
    lines += [f"  {e.at.astimezone(HALL_TZ):%Y-%m-%d %H:%M} {e.text}" for e in d.timeline]
    emit(args, d.as_dict(), "\n".join(lines))
    return 0


def _progress(args: argparse.Namespace) -> int:
    p = _service(args).progress(args.case_no, args.password)
    text = (f"{p.case_no} {p.matter_name}\n申请人：{p.applicant}  状态：{p.status_label}\n"
            f"承诺办结日期：{p.promise_due or '-'}")  # fmt: skip
    emit(args, p.as_dict(), text)
    return 0


def _sweep(args: argparse.Namespace) -> int:
    r = _service(args).sweep(cli_actor())
    text = (f"视为受理 {len(r.deemed_accepted)} 件：" + "、".join(r.deemed_accepted)
            if r.deemed_accepted else "没有需要视为受理的办件")  # fmt: skip
    emit(args, r.as_dict(), text)
    return 0


def _activity(args: argparse.Namespace) -> int:
    from app.cases.demo import generate

    if args.days < 1 or args.days > 366:
        raise InvalidInput("--days 应为 1–366 之间的整数")
    start = None
    if args.start:
        try:
            start = dt.date.fromisoformat(args.start)
        except ValueError:
            raise InvalidInput(f"--start 日期格式应为 YYYY-MM-DD，输入为“{args.start}”") from None
    settings = load_settings(args)
    counts = generate(store_for(args), settings, days=args.days, seed=args.seed, start=start)
    emit(args, counts, "演示业务已生成：" + "，".join(f"{k} {v}" for k, v in counts.items()))
    return 0
