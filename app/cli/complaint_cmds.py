"""``yichuang complaint file|list|assign|answer|status``: complaints (投诉) from a shell — a
window or phone complaint taken down, the list, assignment, the answer, and the
complainant's own view by number and query password."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.args import int_range
from app.cli.context import cli_actor, emit, load_settings, store_for


def register(subs: Any) -> None:
    g = subs.add_group("complaint", help="投诉：登记、列表、分派、答复、投诉人查询")
    p = g.add_parser("file", help="登记一件窗口或电话投诉，给出投诉编号和查询密码")
    p.add_argument("--name", required=True, help="投诉人姓名")
    p.add_argument("--phone", required=True, help="投诉人联系电话")
    p.add_argument("--content", required=True, help="投诉内容")
    p.add_argument("--channel", choices=["window", "phone"], default="window",
                   help="投诉渠道：window 窗口（默认）、phone 电话")  # fmt: skip
    p.add_argument("--case", default="", help="相关办件编号（可不填）")
    p.add_argument("--window", type=int_range(1, 999, "窗口号"), default=None,
                   help="被投诉窗口号（可不填）")
    p.add_argument("--staff", default="", help="被投诉人姓名或工号（可不填）")
    p.set_defaults(func=_file)
    p = g.add_parser("list", help="待答复的投诉（--all 含已答复）")
    p.add_argument("--all", action="store_true", help="包括已答复的投诉")
    p.set_defaults(func=_list)
    p = g.add_parser("assign", help="把投诉分派给承办人员")
    p.add_argument("number", help="投诉编号")
    p.add_argument("--to", required=True, help="承办人员工号")
    p.set_defaults(func=_assign)
    p = g.add_parser("answer", help="答复投诉（投诉人凭编号和密码可查看）")
    p.add_argument("number", help="投诉编号")
    p.add_argument("--text", required=True, help="答复内容")
    p.set_defaults(func=_answer)
    p = g.add_parser("status", help="投诉人查询：凭投诉编号和查询密码，个人信息脱敏")
    p.add_argument("number", help="投诉编号")
    p.add_argument("--password", required=True, help="投诉回执上的查询密码")
    p.set_defaults(func=_status)


def _service(args: argparse.Namespace) -> Any:
    from app.supervision.complaints import ComplaintService

    return ComplaintService(store_for(args), load_settings(args))


def _line(v: Any) -> str:
    flag = "【超期】" if v.overdue else ""
    return (f"{v.number}  {v.status_label}{flag}  答复期限 {v.due_on}  {v.channel_label}  "
            f"{v.complainant_name} {v.complainant_phone}  承办：{v.handler or '未分派'}\n"
            f"    {v.content}" + (f"\n    答复：{v.answer}" if v.answer else ""))  # fmt: skip


def _file(args: argparse.Namespace) -> int:
    from app.supervision.views import ComplaintInput

    svc = _service(args)
    data = ComplaintInput(complainant_name=args.name, complainant_phone=args.phone,
                          content=args.content, channel=args.channel, case_no=args.case,
                          window_no=args.window, target_staff=args.staff)  # fmt: skip
    r = svc.file(cli_actor(svc.hall_code), data)
    text = (f"投诉已受理：编号 {r.number}  查询密码 {r.password}（请告知投诉人，只显示这一次）\n"
            f"答复期限：{r.due_on}" + ("（节假日安排未公布，暂算）" if r.provisional else ""))  # fmt: skip
    emit(args, r.as_dict(), text)
    return 0


def _list(args: argparse.Namespace) -> int:
    svc = _service(args)
    rows = svc.open_complaints(cli_actor(svc.hall_code), include_closed=args.all)
    emit(args, [v.as_dict() for v in rows],
         "\n".join(_line(v) for v in rows) or "没有待答复的投诉")  # fmt: skip
    return 0


def _assign(args: argparse.Namespace) -> int:
    svc = _service(args)
    v = svc.assign(cli_actor(svc.hall_code), args.number, args.to)
    emit(args, v.as_dict(), _line(v))
    return 0


def _answer(args: argparse.Namespace) -> int:
    svc = _service(args)
    v = svc.answer(cli_actor(svc.hall_code), args.number, args.text)
    emit(args, v.as_dict(), _line(v))
    return 0


def _status(args: argparse.Namespace) -> int:
    p = _service(args).public_status(args.number, args.password)
    text = (f"{p.number}  投诉人：{p.complainant}  {p.status_label}"
            f"{'（已超过答复期限）' if p.overdue else ''}\n受理日期：{p.received_on}  答复期限：{p.due_on}"
            + (f"\n答复（{p.answered_on}）：{p.answer}" if p.answer else ""))  # fmt: skip
    emit(args, p.as_dict(), text)
    return 0
