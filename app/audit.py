"""Checking the audit chain: anyone can recompute every hash and find the first broken entry."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from app.journal import Actor, entry_hash
from app.permissions import require
from db.engine import Store
from db.models import AuditEntry, AuditHead


@dataclass(frozen=True)
class ChainReport:
    chain: str
    entries: int
    ok: bool
    broken_seq: int | None = None
    broken_id: str | None = None
    problem: str = ""


def verify(store: Store) -> list[ChainReport]:
    reports = []
    with store.read() as s:
        # Chains are taken from the entries too: deleting a chain's head row must not hide
        # the whole chain from the check.
        chains = sorted(
            set(s.scalars(select(AuditHead.chain)))
            | set(s.scalars(select(AuditEntry.chain).distinct()))
        )
        for chain in chains:
            reports.append(_verify_chain(s, chain))
    return reports


def _verify_chain(s, chain: str) -> ChainReport:
    prev = ""
    expected_seq = 1
    count = 0
    rows = s.execute(
        select(AuditEntry).where(AuditEntry.chain == chain).order_by(AuditEntry.seq)
    ).scalars()
    for e in rows:
        count += 1
        problem = ""
        if e.seq != expected_seq:
            problem = f"序号不连续：应为 {expected_seq}，实际为 {e.seq}（有记录被删除或插入）"
        elif e.prev_hash != prev:
            problem = "前一条记录的哈希与本条记载的不一致（前一条记录被改动或删除）"
        elif entry_hash(e) != e.hash:
            problem = "记录内容与其哈希不符（本条记录被改动）"
        if problem:
            return ChainReport(chain, count, False, e.seq, str(e.id), problem)
        prev = e.hash
        expected_seq += 1
    head = s.get(AuditHead, chain)
    if head is None:
        return ChainReport(
            chain, count, False, expected_seq - 1, None, "链头记录被删除，无法核对链尾"
        )
    if head.seq != expected_seq - 1 or head.hash != prev:
        return ChainReport(
            chain, count, False, expected_seq, None, "链尾记录缺失（最后的记录被删除）"
        )
    return ChainReport(chain, count, True)


def recent(store: Store, actor: Actor, *, limit: int = 50) -> list[dict[str, object]]:
    """The latest audit entries, newest first (who did what to which record, when)."""
    require(actor, "audit.read")
    with store.read() as s:
        rows = s.scalars(select(AuditEntry).order_by(AuditEntry.at.desc(), AuditEntry.seq.desc())
                         .limit(limit)).all()  # fmt: skip
        return [{"chain": e.chain, "seq": e.seq, "at": e.at.isoformat(), "actor": e.actor,
                 "action": e.action, "entity": e.entity, "entity_id": e.entity_id}
                for e in rows]  # fmt: skip
