"""Administrative commands run as a named administrator who signs in.

``staff``, ``catalog import`` and ``calendar import`` change who may do what and what the hall
tells the public, so the audit log must name a person, not the shell account. The
administrator is asked for work number and password at the terminal, or scripts give them in
``YICHUANG_ADMIN`` and ``YICHUANG_ADMIN_PASSWORD``. The password is checked like any sign-in
(wrong ones count towards the lockout).

The very first administrator of an empty store can be created without signing in (there is
nobody to sign in as): ``yichuang staff add … --role admin`` on a store without any active
administrator; the audit names ``bootstrap:<OS user>``. ``yichuang demo seed`` creates the demo
administrator as before.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from sqlalchemy import select

from app.errors import PermissionDenied
from app.journal import Actor
from app.staff import SignInFailed, sign_in
from db.engine import Store
from db.models import Staff

ADMIN_ENV = "YICHUANG_ADMIN"
ADMIN_PASSWORD_ENV = "YICHUANG_ADMIN_PASSWORD"
NEEDS_ADMIN = (
    f"此命令需要系统管理员登录：请在终端中运行并按提示输入管理员工号和密码，"
    f"或用环境变量 {ADMIN_ENV}（工号）和 {ADMIN_PASSWORD_ENV}（密码）提供。"
)


def require_admin(args: argparse.Namespace, store: Store, *, hall_code: str = "") -> Actor:
    """Sign in the administrator a command runs as and return them as the actor to record.

    Raises PermissionDenied (exit 4) when nobody can be asked, SignInFailed (exit 4) for a
    wrong password or a locked account, and PermissionDenied when the account is no admin."""
    from app.cli.context import load_settings

    interactive = sys.stdin is not None and sys.stdin.isatty()
    work_no = os.environ.get(ADMIN_ENV, "").strip()
    if not work_no:
        if not interactive:
            raise PermissionDenied(NEEDS_ADMIN)
        work_no = input("管理员工号：").strip()
    password = os.environ.get(ADMIN_PASSWORD_ENV, "")
    if not password:
        if not interactive:
            raise PermissionDenied(NEEDS_ADMIN)
        password = getpass.getpass(f"管理员 {work_no} 的密码：")
    settings = load_settings(args)
    try:
        info, actor = sign_in(store, work_no, password, max_attempts=settings.lockout_attempts,
                              lock_minutes=settings.lockout_minutes,
                              record_success=False)  # fmt: skip
    except SignInFailed as exc:
        raise SignInFailed(f"管理员登录失败：{exc.message}") from None
    if "admin" not in info.roles:
        raise PermissionDenied(f"工号 {info.work_no} 不是系统管理员，不能执行此命令。")
    if hall_code:
        actor = Actor(name=actor.name, roles=actor.roles, staff_id=actor.staff_id,
                      display_name=actor.display_name, window_no=actor.window_no,
                      hall_code=hall_code)  # fmt: skip
    return actor


def has_admin(store: Store) -> bool:
    with store.read() as s:
        roles = s.scalars(select(Staff.roles).where(Staff.active)).all()
    return any("admin" in r.split(",") for r in roles)


def bootstrap_actor() -> Actor:
    """Who creates the first administrator of a store that has none."""
    try:
        user = getpass.getuser()
    except Exception:
        user = "unknown"
    return Actor(name=f"bootstrap:{user}", roles=frozenset({"admin"}))
