"""The hall's audit chain, anchored in the county.

The county keeps each chain's head (seq and hash) and takes a new entry only when it extends
that head (a trigger, app/sync/county_schema.py). Before pushing, the pusher checks the same
thing on its side, so a hall whose history was rewritten is refused with an alarm recorded in
the county, and nothing of the push is written. ``verify_against_county`` compares every entry
the county holds with the hall's own: an entry edited, deleted or re-hashed after it was pushed
shows up, even when the hall's chain checks out on its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from app.journal import entry_hash
from db.engine import Store
from db.models import AuditEntry


@dataclass(frozen=True)
class CountyChainReport:
    chain: str
    county_entries: int
    local_entries: int
    ok: bool
    broken_seq: int | None = None
    problem: str = ""


def entries_after(store: Store, chain: str, after_seq: int, limit: int) -> list[AuditEntry]:
    with store.read() as s:
        return list(
            s.scalars(
                select(AuditEntry)
                .where(AuditEntry.chain == chain, AuditEntry.seq > after_seq)
                .order_by(AuditEntry.seq)
                .limit(limit)
            )
        )


def rewrite_problem(store: Store, chain: str, head_seq: int, head_hash: str) -> str | None:
    """Why the hall's chain no longer extends the county's head, or None when it does."""
    if head_seq == 0:
        return None
    with store.read() as s:
        local = s.scalar(
            select(AuditEntry).where(AuditEntry.chain == chain, AuditEntry.seq == head_seq)
        )
    if local is None:
        return f"县级库已保存本大厅审计日志第 {head_seq} 条，本地却没有这一条（已上报的记录被删除）"
    if local.hash != head_hash:
        return (
            f"本地审计日志第 {head_seq} 条的哈希与县级库保存的不一致（已上报的历史被改写，"
            "即使重新计算了哈希也能发现）"
        )
    return None


def unpushed_problem(entries: list[AuditEntry], head_seq: int, head_hash: str) -> str | None:
    """The entries about to be pushed must link up and hash correctly on their own."""
    prev_seq, prev_hash = head_seq, head_hash
    for e in entries:
        if e.seq != prev_seq + 1:
            return f"本地审计日志在第 {prev_seq + 1} 条处断开（记录被删除）"
        if e.prev_hash != prev_hash:
            return f"本地审计日志第 {e.seq} 条与前一条不相连（前一条被改动）"
        if entry_hash(e) != e.hash:
            return f"本地审计日志第 {e.seq} 条的内容与其哈希不符（记录被改动）"
        prev_seq, prev_hash = e.seq, e.hash
    return None


def verify_against_county(store: Store, conn: Any, chain: str) -> CountyChainReport:
    """Compare the county's copy of ``chain`` with the hall's, entry by entry."""
    county = conn.execute(
        "SELECT seq, hash FROM public.audit_entry WHERE chain = %s ORDER BY seq", (chain,)
    ).fetchall()
    head = conn.execute(
        "SELECT seq, hash FROM county.chain_head WHERE chain = %s", (chain,)
    ).fetchone()
    with store.read() as s:
        local = {e.seq: e for e in s.scalars(select(AuditEntry).where(AuditEntry.chain == chain))}
    n_local = len(local)

    def report(seq: int | None, problem: str) -> CountyChainReport:
        return CountyChainReport(chain, len(county), n_local, problem == "", seq, problem)

    if head is not None and (not county or county[-1][0] != head[0] or county[-1][1] != head[1]):
        return report(head[0], "县级库中该链的记录与其链头不符（县级库副本不完整）")
    for seq, hash_ in county:
        e = local.get(seq)
        if e is None:
            return report(seq, f"第 {seq} 条已上报县级库，本地已不存在（记录被删除）")
        if e.hash != hash_:
            return report(seq, f"第 {seq} 条与县级库保存的不一致（已上报的记录被改写）")
        if entry_hash(e) != e.hash:
            return report(seq, f"第 {seq} 条的内容与其哈希不符（记录被改动）")
    return report(None, "")
