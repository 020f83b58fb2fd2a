"""``yichuang staff add|list|unlock|passwd|deactivate|activate``.

Every command here runs as a named administrator who signs in (app.cli.admin); only the very
first administrator of a store without one is created without signing in."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import Any

from app.cli.admin import bootstrap_actor, has_admin, require_admin
from app.cli.context import emit, store_for
from app.errors import InvalidInput, PermissionDenied
from app.staff import (
    add_staff,
    assign_window,
    list_staff,
    set_active,
    set_password,
    unlock_staff,
)

PASSWORD_ENV = "YICHUANG_PASSWORD"


def register(subs: Any) -> None:
    g = subs.add_group("staff", help="工作人员账号（须管理员登录）")
    p = g.add_parser("add", help=f"新增工作人员（新密码可用环境变量 {PASSWORD_ENV} 传入）")
    p.add_argument("work_no", help="工号（字母、数字，最多20位）")
    p.add_argument("name", help="姓名（最多50字）")
    p.add_argument("--role", action="append", dest="roles", default=None,
                   help="角色 clerk/supervisor/admin，可重复")  # fmt: skip
    p.add_argument("--department", default=None, help="部门编码")
    p.add_argument("--window", default=None, help="默认窗口号（须是本大厅已有的窗口）")
    p.add_argument("--password", default=None, help="密码（不建议在命令行中明文填写）")
    p.set_defaults(func=_add)
    p = g.add_parser("assign", help="为工作人员（重新）分配窗口（主管或管理员）")
    p.add_argument("work_no", help="工号")
    p.add_argument("--window", type=int, default=None, help="窗口号；不填表示取消分配")
    p.set_defaults(func=_assign)
    p = g.add_parser("list", help="列出工作人员（含停用、锁定状态）")
    p.set_defaults(func=_list)
    p = g.add_parser("unlock", help="解除账号锁定")
    p.add_argument("work_no")
    p.set_defaults(func=_unlock)
    p = g.add_parser("passwd", help=f"重设密码（新密码交互输入或用环境变量 {PASSWORD_ENV}）")
    p.add_argument("work_no")
    p.set_defaults(func=_passwd)
    p = g.add_parser("deactivate", help="停用账号（不能再登录，历史记录保留）")
    p.add_argument("work_no")
    p.set_defaults(func=_deactivate)
    p = g.add_parser("activate", help="重新启用已停用的账号")
    p.add_argument("work_no")
    p.set_defaults(func=_activate)


def _new_password(args: argparse.Namespace) -> str:
    password = getattr(args, "password", None) or os.environ.get(PASSWORD_ENV)
    if not password:
        if not sys.stdin.isatty():
            raise InvalidInput(f"请用 --password 或环境变量 {PASSWORD_ENV} 提供新密码")
        password = getpass.getpass("新密码：")
        if getpass.getpass("再次输入新密码：") != password:
            raise InvalidInput("两次输入的密码不一致")
    return password


def _window(text: str | None) -> int | None:
    if text is None:
        return None
    text = text.strip()
    if not text.lstrip("-").isdigit() or len(text) > 4:
        raise InvalidInput(f"“窗口号”：“{text[:20]}”应为 1–999 的整数")
    return int(text)


def _add(args: argparse.Namespace) -> int:
    store = store_for(args)
    roles = args.roles or ["clerk"]
    window = _window(args.window)
    if has_admin(store):
        actor = require_admin(args, store)
    elif "admin" in roles:
        actor = bootstrap_actor()  # the first administrator of this store
    else:
        raise PermissionDenied(
            "数据库中还没有系统管理员：请先新增一个管理员（--role admin），"
            "或运行 yichuang demo seed 载入演示数据"
        )
    password = _new_password(args)
    info = add_staff(store, actor, work_no=args.work_no, name=args.name, password=password,
                     roles=roles, department_code=args.department, window_no=window)  # fmt: skip
    emit(args, {"work_no": info.work_no, "name": info.name, "roles": sorted(info.roles)},
         f"已新增工作人员 {info.work_no} {info.name}")  # fmt: skip
    return 0


def _assign(args: argparse.Namespace) -> int:
    store = store_for(args)
    info = assign_window(store, require_admin(args, store), args.work_no, args.window)
    where = f"{info.window_no} 号窗口" if info.window_no else "未分配窗口"
    emit(args, {"work_no": info.work_no, "window_no": info.window_no},
         f"{info.work_no} {info.name}：{where}")  # fmt: skip
    return 0


def _list(args: argparse.Namespace) -> int:
    store = store_for(args)
    require_admin(args, store)
    rows = list_staff(store)
    lines = []
    for r in rows:
        state = "停用" if not r.active else (
            f"锁定至 {r.locked_until:%H:%M}（UTC）" if r.locked_until else "正常")  # fmt: skip
        lines.append(f"{r.work_no}\t{r.name}\t{','.join(r.roles)}\t{r.window_no or ''}\t{state}")
    emit(args, [r.as_dict() for r in rows], "\n".join(lines))
    return 0


def _unlock(args: argparse.Namespace) -> int:
    store = store_for(args)
    unlock_staff(store, require_admin(args, store), args.work_no)
    emit(args, {"work_no": args.work_no, "locked": False}, f"已解除 {args.work_no} 的锁定")
    return 0


def _passwd(args: argparse.Namespace) -> int:
    store = store_for(args)
    actor = require_admin(args, store)
    set_password(store, actor, args.work_no, _new_password(args))
    emit(args, {"work_no": args.work_no}, f"已重设 {args.work_no} 的密码")
    return 0


def _deactivate(args: argparse.Namespace) -> int:
    store = store_for(args)
    set_active(store, require_admin(args, store), args.work_no, False)
    emit(args, {"work_no": args.work_no, "active": False}, f"已停用 {args.work_no}")
    return 0


def _activate(args: argparse.Namespace) -> int:
    store = store_for(args)
    set_active(store, require_admin(args, store), args.work_no, True)
    emit(args, {"work_no": args.work_no, "active": True}, f"已重新启用 {args.work_no}")
    return 0
