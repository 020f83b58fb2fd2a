"""The ``yichuang`` command line. GUI roles are handed in by ui.launcher (app/ must not import
Qt), so this module serves the headless commands and CI alike."""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Callable, Sequence
from typing import Any

from app.cli.args import CODE, WINDOW, ChineseArgumentParser
from app.cli.context import close_stores
from app.errors import UserError, user_message

COMMAND_MODULES = [
    "app.cli.store_cmds",
    "app.cli.catalog_cmds",
    "app.cli.calendar_cmds",
    "app.cli.staff_cmds",
    "app.cli.audit_cmds",
    "app.cli.devices",
    "app.cli.print_preview",
    "app.cli.queue_cmds",
    "app.cli.sounds_cmds",
    "app.cli.kiosk_cmds",
    "app.cli.case_cmds",
    "app.cli.sync_cmds",
    "app.cli.complaint_cmds",
    "app.cli.report_cmds",
]
ROLES = {
    "clerk": "窗口人员端：登录、事项目录、叫号",
    "kiosk": "取号机（触摸屏，全屏）",
    "hall": "大厅显示屏与语音叫号",
    "dashboard": "效能监察（主管）",
    "lookup": "公众查询触摸屏",
}


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("yichuang")
    except PackageNotFoundError:  # run from a source tree that was never installed
        return "unknown"


def _common() -> argparse.ArgumentParser:
    p = ChineseArgumentParser(add_help=False)
    # SUPPRESS: a flag given before the sub-command is not reset by the sub-command's default.
    p.add_argument("--db", default=argparse.SUPPRESS, metavar="URL",
                   help="数据库地址，如 sqlite:///hall.db 或 postgresql+psycopg://user@host/db")  # fmt: skip
    p.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="输出 JSON")
    p.add_argument("--config", default=argparse.SUPPRESS, metavar="FILE", help="配置文件（TOML）")
    return p


class _Subparsers:
    """Wraps argparse's sub-parser action so every command gets the common flags."""

    def __init__(self, action: Any, common: argparse.ArgumentParser) -> None:
        self._action, self._common = action, common

    def add_parser(self, name: str, **kwargs: Any) -> argparse.ArgumentParser:
        kwargs.setdefault("parents", [])
        kwargs["parents"] = [self._common, *kwargs["parents"]]
        kwargs.setdefault("formatter_class", argparse.RawDescriptionHelpFormatter)
        parser = self._action.add_parser(name, **kwargs)
        if "help" in kwargs and "description" not in kwargs:
            parser.description = kwargs["help"]
        return parser

    def add_group(self, name: str, help: str) -> _Subparsers:
        parser = self.add_parser(name, help=help)
        parser.set_defaults(func=lambda a, p=parser: (p.print_help(), 2)[1])
        return _Subparsers(parser.add_subparsers(metavar="命令"), self._common)


def build_parser(
    gui: Callable[[str, argparse.Namespace], int] | None = None,
) -> argparse.ArgumentParser:
    common = _common()
    parser = ChineseArgumentParser(
        prog="yichuang",
        description="一窗 政务服务大厅系统。不带参数时打开窗口人员端（本机默认数据库 + 演示数据）。",
    )
    parser.add_argument("--db", default=None, metavar="URL", help="数据库地址（SQLAlchemy URL）")
    parser.add_argument("--json", action="store_true", default=False, help="输出 JSON")
    parser.add_argument("--config", default=None, metavar="FILE", help="配置文件（TOML）")
    parser.add_argument("-v", "--verbose", action="store_true", help="输出调试日志")
    parser.add_argument("--version", action="version", version=f"yichuang {_version()}",
                        help="显示版本号")  # fmt: skip
    subs = _Subparsers(parser.add_subparsers(metavar="命令"), common)
    for role, text in ROLES.items():
        p = subs.add_parser(role, help=text)
        p.add_argument("--window", dest="window_no", type=WINDOW, default=None, help="窗口号")
        p.add_argument("--hall", dest="hall_code", default=None, help="大厅编码", type=CODE)
        p.add_argument("--fullscreen", action="store_true", help="全屏显示")
        p.add_argument("--lang", default=None, help="界面语言 zh_CN 或 en", choices=["zh_CN", "en"])
        p.set_defaults(func=(lambda a, r=role: gui(r, a)) if gui else _no_gui, role=role)
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:
                continue  # a command group not built yet
            raise
        module.register(subs)
    return parser


def _no_gui(args: argparse.Namespace) -> int:
    raise UserError("此安装不含图形界面，请使用 yichuang 命令启动")


def run(
    argv: Sequence[str] | None = None, gui: Callable[[str, argparse.Namespace], int] | None = None
) -> int:
    parser = build_parser(gui)
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    func = getattr(args, "func", None)
    if func is None:
        if gui is None:
            parser.print_help()
            return 2
        args.role, args.window_no, args.hall_code, args.fullscreen, args.lang = (
            "clerk", None, None, False, None)  # fmt: skip
        func = lambda a: gui("clerk", a)  # noqa: E731
    try:
        return int(func(args) or 0)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        return report_failure(exc, verbose=args.verbose)
    finally:
        close_stores()


# Exit codes (docs/user-guide.md "命令行的退出码"): 0 done; 2 bad input or refused; 3 nobody
# waiting; 4 sign-in failed or no permission; 5 store cannot be used; 6 audit log damaged;
# 70 an internal error (a bug: the message names it, the traceback is logged with -v only).
EXIT_INTERNAL = 70


def report_failure(exc: BaseException, *, verbose: bool = False) -> int:
    """Print the Chinese message for a failed command on stderr and return its exit code.
    Never a traceback and never SQL or its parameters (they may hold password hashes)."""
    message = user_message(exc)
    if message is None:
        logging.getLogger("yichuang.cli").debug("internal error", exc_info=exc)
        sys.stderr.write(
            f"错误：程序内部错误（{exc.__class__.__name__}），本次操作没有完成，已保存的数据不受影响。"
            "请加 -v 重试并把输出报告给技术支持。\n"
        )
        return EXIT_INTERNAL
    sys.stderr.write(f"错误：{message}\n")
    code = getattr(exc, "exit_code", None)
    if code is not None:  # ours: user errors 2-4, store errors 5
        return int(code)
    if hasattr(exc, "message"):  # device faults
        return 2
    from app.errors import BAD_TEXT, DUPLICATE, TOO_BIG, TOO_LONG

    # A store fault (disk full, read-only, damaged, unreachable) exits 5; bad input exits 2.
    return (
        2 if message in (DUPLICATE, TOO_LONG, TOO_BIG, BAD_TEXT) or isinstance(exc, OSError) else 5
    )


def main() -> None:
    sys.exit(run())
