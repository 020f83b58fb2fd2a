"""``yichuang audit verify``."""

from __future__ import annotations

import argparse
from typing import Any

from app.audit import recent, verify
from app.cli.context import cli_actor, emit, store_for


def register(subs: Any) -> None:
    g = subs.add_group("audit", help="审计日志")
    p = g.add_parser("verify", help="校验审计日志的哈希链，指出第一条被改动的记录")
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
    emit(args, [r.__dict__ for r in reports], "\n".join(lines) or "审计日志为空")
    return 0 if all(r.ok for r in reports) else 6
