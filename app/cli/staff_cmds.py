"""``yichuang staff add|list``."""

from __future__ import annotations

import argparse
import getpass
import os
from typing import Any

from sqlalchemy import select

from app.cli.context import cli_actor, emit, store_for
from app.errors import InvalidInput
from app.staff import add_staff, assign_window
from db.models import Staff


def register(subs: Any) -> None:
    g = subs.add_group("staff", help="工作人员账号")
    p = g.add_parser("add", help="新增工作人员（密码可用环境变量 YICHUANG_PASSWORD 传入）")
    p.add_argument("work_no", help="工号")
    p.add_argument("name", help="姓名")
    p.add_argument("--role", action="append", dest="roles", default=None,
                   help="角色 clerk/supervisor/admin，可重复")  # fmt: skip
    p.add_argument("--department", default=None, help="部门编码")
    p.add_argument("--window", type=int, default=None, help="默认窗口号")
    p.add_argument("--password", default=None, help="密码（不建议在命令行中明文填写）")
    p.set_defaults(func=_add)
    p = g.add_parser("assign", help="为工作人员（重新）分配窗口（主管或管理员）")
    p.add_argument("work_no", help="工号")
    p.add_argument("--window", type=int, default=None, help="窗口号；不填表示取消分配")
    p.set_defaults(func=_assign)
    p = g.add_parser("list", help="列出工作人员")
    p.set_defaults(func=_list)


def _add(args: argparse.Namespace) -> int:
    password = args.password or os.environ.get("YICHUANG_PASSWORD")
    if not password:
        if not os.isatty(0):
            raise InvalidInput("请用 --password 或环境变量 YICHUANG_PASSWORD 提供密码")
        password = getpass.getpass("密码：")
        if getpass.getpass("再次输入密码：") != password:
            raise InvalidInput("两次输入的密码不一致")
    info = add_staff(store_for(args), cli_actor(), work_no=args.work_no, name=args.name,
                     password=password, roles=args.roles or ["clerk"],
                     department_code=args.department, window_no=args.window)  # fmt: skip
    emit(args, {"work_no": info.work_no, "name": info.name, "roles": sorted(info.roles)},
         f"已新增工作人员 {info.work_no} {info.name}")  # fmt: skip
    return 0


def _assign(args: argparse.Namespace) -> int:
    info = assign_window(store_for(args), cli_actor(), args.work_no, args.window)
    where = f"{info.window_no} 号窗口" if info.window_no else "未分配窗口"
    emit(args, {"work_no": info.work_no, "window_no": info.window_no},
         f"{info.work_no} {info.name}：{where}")  # fmt: skip
    return 0


def _list(args: argparse.Namespace) -> int:
    with store_for(args).read() as s:
        rows = s.scalars(select(Staff).order_by(Staff.work_no)).all()
        data = [{"work_no": r.work_no, "name": r.name, "roles": r.roles, "window": r.window_no,
                 "locked": r.locked_until is not None} for r in rows]  # fmt: skip
    emit(args, data, "\n".join(f"{d['work_no']}\t{d['name']}\t{d['roles']}" for d in data))
    return 0
