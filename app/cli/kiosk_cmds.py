"""``yichuang kiosk pin set``: an administrator sets the kiosk's exit PIN (stored hashed)."""

from __future__ import annotations

import argparse
import getpass
import os
from typing import Any

from app.cli.context import emit, load_settings, store_for
from app.errors import InvalidInput, PermissionDenied
from app.kiosk import exit_pin
from app.staff import sign_in


def register(subs: Any) -> None:
    # ``yichuang kiosk`` opens the kiosk; ``yichuang kiosk pin set`` is this command.
    kiosk = subs._action.choices.get("kiosk")
    if kiosk is None:
        return
    groups = kiosk.add_subparsers(metavar="命令", dest="kiosk_cmd")
    pin = groups.add_parser("pin", help="取号机退出密码")
    pin.set_defaults(func=lambda a, p=pin: (p.print_help(), 2)[1])
    pins = pin.add_subparsers(metavar="命令")
    p = pins.add_parser("set", help="设置退出密码（需管理员工号和密码）",
                        parents=[subs._common])  # fmt: skip
    p.add_argument("--admin", required=True, help="管理员工号")
    p.set_defaults(func=_set)


def _secret(env: str, prompt: str, *, twice: bool = False) -> tuple[str, str | None]:
    value = os.environ.get(env)
    if value:
        return value, None
    if not os.isatty(0):
        raise InvalidInput(f"请在终端中输入，或用环境变量 {env} 提供")
    first = getpass.getpass(prompt)
    return first, getpass.getpass("再次输入：") if twice else None


def _set(args: argparse.Namespace) -> int:
    settings = load_settings(args)
    password, _ = _secret("YICHUANG_PASSWORD", "管理员密码：")
    info, _actor = sign_in(store_for(args), args.admin, password,
                           max_attempts=settings.lockout_attempts,
                           lock_minutes=settings.lockout_minutes)  # fmt: skip
    if "admin" not in info.roles:
        raise PermissionDenied(f"{info.work_no} 不是系统管理员，不能设置取号机退出密码")
    pin, again = _secret("YICHUANG_KIOSK_PIN", "新的退出密码（6–12 位数字）：", twice=True)
    exit_pin.save(pin, again, settings.config_path)
    emit(args, {"saved": str(settings.config_path)},
         f"取号机退出密码已设置（只保存摘要）：{settings.config_path}")  # fmt: skip
    return 0
