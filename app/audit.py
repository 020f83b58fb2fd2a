"""Checking the audit chain: anyone can recompute every hash and find the first broken entry.

Beyond the chain itself, the check compares the log with what the rest of the store records:
- rows that are only ever written with an audit entry (staff, tickets, matters …) while the
  log is empty mean the log was emptied;
- the outbox entries are written in the same transaction as their audit entries, so the
  newest outbox entries of a hall must each have their audit entry; when they do not, the
  end of the log was cut off and its head rewound (which the hashes alone cannot show).
A damaged store is reported as such, never with a traceback."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import exc as sa_exc
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.journal import Actor, entry_hash
from app.permissions import require
from db.engine import Store
from db.models import AuditEntry, AuditHead, Department, Hall, Matter, OutboxEntry, Staff, Ticket

# Rows that are only ever created through a unit of work, with an audit entry.
AUDITED = [(Staff, "工作人员"), (Ticket, "排队号"), (Matter, "事项"), (Department, "部门"),
           (Hall, "大厅")]  # fmt: skip
OUTBOX_CHECKED = 50  # newest outbox entries per chain compared with the log


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
    if store.damage:
        reports.append(ChainReport("数据库", 0, False, problem=store.damage))
    try:
        with store.read() as s:
            # Chains are taken from the entries too: deleting a chain's head row must not hide
            # the whole chain from the check.
            chains = sorted(
                set(s.scalars(select(AuditHead.chain)))
                | set(s.scalars(select(AuditEntry.chain).distinct()))
            )
            for chain in chains:
                reports.append(_verify_chain(s, chain))
            if not any(r.entries for r in reports):
                emptied = _emptied(s)
                if emptied:
                    reports.append(emptied)
    except sa_exc.DatabaseError as exc:
        from app.errors import store_fault

        reports.append(ChainReport("数据库", 0, False, problem=(
            "无法读完审计日志：" + (store_fault(exc) or "数据库读取出错（文件可能已损坏）"))))  # fmt: skip
    return reports


def _emptied(s: Session) -> ChainReport | None:
    counts = [(label, s.scalar(select(func.count()).select_from(model)) or 0)
              for model, label in AUDITED]  # fmt: skip
    present = [f"{label} {n} 条" for label, n in counts if n]
    if not present:
        return None
    return ChainReport(
        "全部", 0, False,
        problem="审计日志为空，但数据库中有本应带审计记录的数据（" + "、".join(present)
        + "）：审计日志被清空或删除",
    )  # fmt: skip


def _verify_chain(s: Session, chain: str) -> ChainReport:
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
    missing = _outbox_without_entry(s, chain)
    if missing is not None:
        return ChainReport(
            chain, count, False, expected_seq, None,
            f"审计日志被截短：发件箱中 {missing.at:%Y-%m-%d %H:%M:%S}（UTC）写入的第 "
            f"{(missing.payload or {}).get('seq', '?')} 条审计记录在审计日志中已找不到或已被改动"
            "（最后的记录被删除，链头被回拨）",
        )  # fmt: skip
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


def _outbox_without_entry(s: Session, chain: str) -> OutboxEntry | None:
    """The newest outbox entry of ``chain`` whose audit entry is missing from the log, if any.

    Every audit entry travels in the outbox as ``entity = "audit_entry"`` with its id
    (docs/outbox-contract.md), so the newest of those must still stand in the log with the
    same sequence number and hash: a log cut short, with its head rewound, fails here."""
    recent = s.scalars(
        select(OutboxEntry)
        .where(OutboxEntry.hall_code == chain, OutboxEntry.entity == "audit_entry")
        .order_by(OutboxEntry.seq.desc())
        .limit(OUTBOX_CHECKED)
    ).all()
    for ob in recent:
        try:
            entry_id = uuid.UUID(ob.entity_id)
        except ValueError:
            return ob
        entry = s.get(AuditEntry, entry_id)
        payload = ob.payload or {}
        if entry is None or (
            payload.get("hash") not in (None, entry.hash) or payload.get("seq") not in (None, entry.seq)
        ):
            return ob
    return None
