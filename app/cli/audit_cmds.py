"""``yichuang audit verify``."""

from __future__ import annotations

import argparse
from typing import Any

from app.audit import recent, verify
from app.cli.context import cli_actor, emit, store_for


def register(subs: Any) -> None:
    g = subs.add_group("audit", help="审计日志")
    p = g.add_parser("verify", help="校验审计日志的哈希链，指出第一条被改动的记录")
    p.add_argument("--county", default=None, metavar="URL",
                   help="再与县级库保存的副本逐条比对（发现上报后被改写或删除的记录）")  # fmt: skip
    p.set_defaults(func=_verify)
    p = g.add_parser("list", help="最近的审计记录（新的在前）")
    p.add_argument("--limit", type=int, default=50)
    p.set_defaults(func=_list)


def _list(args: argparse.Namespace) -> int:
    rows = recent(store_for(args), cli_actor(), limit=args.limit)
    emit(args, rows, "\n".join(f"{r['at']} [{r['chain']}#{r['seq']}] {r['actor']} {r['action']} "
                               f"{r['entity']} {r['entity_id']}" for r in rows) or "审计日志为空")  # fmt: skip
    return 0


def _verify(args: argparse.Namespace) -> int:
    reports = verify(store_for(args))
    lines = []
    for r in reports:
        if r.ok:
            lines.append(f"[{r.chain}] 完好：共 {r.entries} 条记录")
        else:
            where = f"（记录 ID {r.broken_id}）" if r.broken_id else ""
            at = f"第 {r.broken_seq} 条记录异常：" if r.broken_seq is not None else "异常："
            lines.append(f"[{r.chain}] {at}{r.problem}{where}")
    data: list[dict[str, Any]] = [r.__dict__ for r in reports]
    ok = all(r.ok for r in reports)
    if getattr(args, "county", None):
        from app.cli.sync_cmds import verify_with_county

        county_lines, county_data, county_ok = verify_with_county(args)
        lines += county_lines
        data += county_data
        ok = ok and county_ok
    emit(args, data, "\n".join(lines) or "审计日志为空")
    return 0 if ok else 6
