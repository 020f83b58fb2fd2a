"""``yichuang db …`` and ``yichuang demo seed``."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.context import emit, store_for, track
from app.demo import seed
from app.store import connect, safe_url
from db import migrate


def register(subs: Any) -> None:
    db = subs.add_group("db", help="数据库结构：升级、回退、查看版本")
    p = db.add_parser("upgrade", help="把数据库升级到本程序的结构版本（SQLite 先备份原文件）")
    p.add_argument("revision", nargs="?", default="head")
    p.set_defaults(func=_upgrade)
    p = db.add_parser("downgrade", help="回退数据库结构到指定版本（base 为清空）")
    p.add_argument("revision")
    p.set_defaults(func=_downgrade)
    p = db.add_parser("current", help="显示数据库结构版本")
    p.set_defaults(func=_current)
    demo = subs.add_group("demo", help="演示数据")
    p = demo.add_parser("seed", help="载入演示县政务服务中心数据（可重复执行）")
    p.set_defaults(func=_seed)
    from app.cli.case_cmds import register_demo

    register_demo(demo)


def _upgrade(args: argparse.Namespace) -> int:
    store = _raw_store(args)
    backup = migrate.upgrade(store.engine, args.revision)
    rev = migrate.current_revision(store.engine)
    emit(args, {"db": safe_url(store.url), "revision": rev, "backup": str(backup) if backup else None},
         f"数据库已是版本 {rev}" + (f"（原文件已备份到 {backup}）" if backup else ""))  # fmt: skip
    return 0


def _downgrade(args: argparse.Namespace) -> int:
    store = _raw_store(args)
    migrate.check_not_newer(store.engine)
    migrate.backup_sqlite(store.engine, migrate.current_revision(store.engine))
    migrate.downgrade(store.engine, args.revision)
    rev = migrate.current_revision(store.engine)
    emit(args, {"revision": rev}, f"数据库已回退到版本 {rev or '空库'}")
    return 0


def _current(args: argparse.Namespace) -> int:
    store = _raw_store(args)
    rev = migrate.current_revision(store.engine)
    head = migrate.head_revision()
    emit(args, {"revision": rev, "head": head},
         f"当前版本 {rev or '空库'}，程序需要 {head}")  # fmt: skip
    return 0


def _raw_store(args: argparse.Namespace):
    """The store without migration checks: these commands are what fixes its schema."""
    from app.cli.context import load_settings

    return track(connect(load_settings(args).db_url))


def _seed(args: argparse.Namespace) -> int:
    store = store_for(args)
    counts = seed(store)
    cat = counts["catalog"]
    emit(args, counts,
         f"演示数据已载入：事项新增 {cat['added']}、更新 {cat['changed']}、未变 {cat['unchanged']}；"
         f"窗口新增 {counts['hall']['windows']}，人员新增 {counts['hall']['staff']}")  # fmt: skip
    return 0
