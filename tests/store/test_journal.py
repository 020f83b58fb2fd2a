"""The unit of work: domain rows, audit entry and outbox entry commit together or not at all,
and concurrent writers still build one unbroken chain — on SQLite and PostgreSQL."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from sqlalchemy import func, select

from app.audit import verify
from app.journal import Actor, unit_of_work
from db import migrate
from db.engine import Store
from db.models import AuditEntry, AuditHead, Department, OutboxEntry

ADMIN = Actor(name="cli:test", roles=frozenset({"admin"}))


@pytest.fixture
def store(any_url: str) -> Iterator[Store]:
    s = Store(any_url)
    migrate.upgrade(s.engine)
    yield s
    s.dispose()


def _counts(store: Store) -> tuple[int, int, int]:
    with store.read() as s:
        return (
            s.scalar(select(func.count()).select_from(Department)) or 0,
            s.scalar(select(func.count()).select_from(AuditEntry)) or 0,
            s.scalar(select(func.count()).select_from(OutboxEntry)) or 0,
        )


def _add_department(store: Store, code: str, *, fail: bool = False) -> None:
    with unit_of_work(store, ADMIN) as uow:
        dept = Department(code=code, name=f"测试部门{code}", uscc="11510822008123013A")
        uow.session.add(dept)
        uow.session.flush()
        uow.record("department.add", "department", dept.id, after={"code": code}, row=dept)
        if fail:
            raise RuntimeError("打印机卡纸")  # anything going wrong after the writes


def test_failure_inside_the_block_leaves_no_row_no_audit_no_outbox(store: Store) -> None:
    with pytest.raises(RuntimeError, match="打印机卡纸"):
        _add_department(store, "bad", fail=True)
    assert _counts(store) == (0, 0, 0)
    with store.read() as s:
        assert s.get(AuditHead, "store") is None

    # The chain carries on at seq 1, as if the failed attempt never happened.
    _add_department(store, "ok")
    assert _counts(store) == (1, 1, 2)  # the row's snapshot, then the audit entry itself
    with store.read() as s:
        entry = s.scalars(select(AuditEntry)).one()
        row, carried = s.scalars(select(OutboxEntry).order_by(OutboxEntry.seq)).all()
        dept = s.scalars(select(Department)).one()
    assert (entry.seq, entry.prev_hash, entry.action) == (1, "", "department.add")
    assert entry.after == {"code": "ok"}
    assert (row.entity, row.entity_id, row.op) == ("department", str(dept.id), "upsert")
    assert row.payload == {"id": str(dept.id), "code": "ok", "name": "测试部门ok",
                           "uscc": "11510822008123013A", "level": 4, "nature": 1, "phone": "",
                           "updated_at": dept.updated_at.isoformat()}  # fmt: skip
    assert (carried.entity, carried.entity_id) == ("audit_entry", str(entry.id))
    assert (carried.payload["hash"], carried.payload["chain"]) == (entry.hash, "store")
    assert [r.ok for r in verify(store)] == [True]


def test_concurrent_writers_build_one_unbroken_chain(store: Store) -> None:
    threads, per_thread = 8, 20
    errors: list[BaseException] = []
    start = threading.Barrier(threads)

    def writer(n: int) -> None:
        try:
            start.wait()
            for i in range(per_thread):
                with unit_of_work(store, Actor(name=f"window:{n}")) as uow:
                    uow.record("ticket.issue", "ticket", f"{n}-{i}", after={"n": n, "i": i})
        except BaseException as exc:  # reported below; a thread cannot fail the test itself
            errors.append(exc)

    workers = [threading.Thread(target=writer, args=(n,)) for n in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    assert errors == []

    total = threads * per_thread
    with store.read() as s:
        seqs = s.scalars(select(AuditEntry.seq).order_by(AuditEntry.seq)).all()
        ids = set(s.scalars(select(AuditEntry.entity_id)))
        outbox = s.scalar(select(func.count()).select_from(OutboxEntry))
    assert seqs == list(range(1, total + 1))
    assert len(ids) == total and outbox == 2 * total  # each entry's payload, and the entry
    (report,) = verify(store)
    assert (report.chain, report.entries, report.ok) == ("store", total, True)
