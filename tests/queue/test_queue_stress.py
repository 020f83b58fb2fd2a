"""Exactly once under concurrency: 16 kiosk processes issue 50 tickets each while 8 window
processes call and finish until every ticket is served, on an SQLite file and on PostgreSQL."""

from __future__ import annotations

import multiprocessing
from collections import Counter

import pytest
from sqlalchemy import func, select

from app.demo import seed_hall
from db.engine import Store
from db.models import AuditEntry, ServiceLine, Ticket
from tests.queue.conftest import ADMIN
from tests.queue.queue_stress_workers import STRESS_HALL, caller, issuer

ISSUERS, PER_ISSUER, WINDOWS = 16, 50, 8


@pytest.mark.slow
def test_every_ticket_numbered_once_and_called_once(store: Store) -> None:
    seed_hall(store, ADMIN, STRESS_HALL)
    ctx = multiprocessing.get_context("spawn")
    out = ctx.Queue()
    issuing_done = ctx.Event()
    callers = [ctx.Process(target=caller, args=(store.url, n, issuing_done, out))
               for n in range(1, WINDOWS + 1)]  # fmt: skip
    issuers = [ctx.Process(target=issuer, args=(store.url, w, PER_ISSUER, out))
               for w in range(ISSUERS)]  # fmt: skip
    workers = callers + issuers
    for p in workers:
        p.daemon = True  # never outlive pytest, whatever happens below
        p.start()
    issued: dict[str, str] = {}
    called: list[tuple[int, str]] = []
    try:
        for _ in range(ISSUERS):
            kind, _worker, got = out.get(timeout=240)
            assert kind == "issued", got
            issued.update(dict(got))
        issuing_done.set()
        for _ in range(WINDOWS):
            kind, window_no, got = out.get(timeout=240)
            assert kind == "called", got
            called += [(window_no, ticket_id) for ticket_id, _number in got]
        for p in workers:
            p.join(timeout=60)
            assert p.exitcode == 0, f"worker {p.name} exit code {p.exitcode}"
    finally:  # a failure above must not leave 24 workers waiting forever (and CI hanging)
        issuing_done.set()
        for p in workers:
            if p.is_alive():
                p.terminate()
        for p in workers:
            p.join(timeout=10)
            if p.is_alive():
                p.kill()
                p.join(timeout=10)
        out.close()
        out.join_thread()

    # Issued: 800 distinct tickets; per line the numbers are exactly 1..n, no gap, no repeat.
    assert len(issued) == ISSUERS * PER_ISSUER
    with store.read() as s:
        rows = s.execute(select(ServiceLine.prefix, Ticket.seq, Ticket.number, Ticket.status,
                                Ticket.window_id, Ticket.id)
                         .join(ServiceLine, ServiceLine.id == Ticket.line_id)).all()  # fmt: skip
        calls = Counter(
            s.scalars(select(AuditEntry.entity_id).where(AuditEntry.action == "ticket.call"))
        )
        finishes = s.scalar(
            select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "ticket.finish")
        )
    assert len(rows) == len(issued)
    for prefix in "ABC":
        seqs = sorted(r.seq for r in rows if r.prefix == prefix)
        assert seqs == list(range(1, len(seqs) + 1))
    assert sorted(issued.values()) == sorted(r.number for r in rows)

    # Called: the windows' own records are disjoint and together cover every ticket ...
    ids = [ticket_id for _w, ticket_id in called]
    assert len(ids) == len(set(ids)) == len(issued)
    assert set(ids) == set(issued)
    # ... and the store agrees: each ticket done at one window, called exactly once.
    assert all(r.status == "done" and r.window_id is not None for r in rows)
    assert set(calls.values()) == {1} and len(calls) == len(issued)
    assert finishes == len(issued)
