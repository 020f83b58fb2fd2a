"""Row-level security in the county, and the audit chain anchored there."""

from __future__ import annotations

import psycopg
import pytest
from sqlalchemy import select, update

from app.audit import verify as verify_local
from app.journal import AUDIT_ENTITY, entry_hash, row_snapshot
from app.sync import anchor
from app.sync.link import ChainRefused, connect
from app.sync.push import push
from db.engine import Store
from db.models import AuditEntry, AuditHead, OutboxEntry
from tests.sync.conftest import County, hall_id, serve

pytestmark = pytest.mark.pg


def test_hall_a_can_neither_read_nor_write_hall_b_rows(
    county: County, hall_a: Store, hall_b: Store
) -> None:
    serve(hall_a, 3, finish=1)
    serve(hall_b, 2, finish=1)
    push(hall_a, county.hall_url("H1"))
    push(hall_b, county.hall_url("H2"))
    b_id = str(hall_id(hall_b, "H2"))
    with psycopg.connect(county.hall_url("H1")) as a:
        halls = {r[0] for r in a.execute("SELECT DISTINCT hall_id::text FROM ticket")}
        assert halls == {str(hall_id(hall_a, "H1"))}
        assert a.execute("SELECT count(*) FROM audit_entry WHERE chain = 'H2'").fetchone() == (0,)
        # Updating B's tickets touches nothing: A does not see them.
        cur = a.execute("UPDATE ticket SET status = 'waiting' WHERE hall_id = %s", (b_id,))
        assert cur.rowcount == 0
        cur = a.execute("DELETE FROM ticket WHERE hall_id = %s", (b_id,))
        assert cur.rowcount == 0
        a.commit()
        # Writing a row in B's name is refused outright.
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            a.execute(
                "INSERT INTO service_window (id, hall_id, no, name, kind, active, paused, "
                "priority_streak) VALUES (gen_random_uuid(), %s, 99, 'x', '综合', true, false, 0)",
                (b_id,),
            )
        a.rollback()
        # Nor can A append to B's audit chain, or touch its watermark.
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            a.execute("UPDATE county.watermark SET outbox_seq = 0")
        a.rollback()
    with psycopg.connect(county.supervisor_url) as sup:
        n = sup.execute("SELECT count(*) FROM ticket").fetchone()
        assert n == (5,)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            sup.execute("DELETE FROM ticket")


def test_county_audit_entries_cannot_be_changed_even_by_their_hall(
    county: County, hall_a: Store
) -> None:
    serve(hall_a, 1, finish=0)
    push(hall_a, county.hall_url("H1"))
    with psycopg.connect(county.hall_url("H1")) as a:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            a.execute("UPDATE audit_entry SET actor = 'someone'")
        a.rollback()
        # Appending an entry that does not extend the head is refused by the county itself.
        with pytest.raises(psycopg.errors.RaiseException, match="yc-chain-break"):
            a.execute(
                "INSERT INTO audit_entry (id, chain, seq, at, actor, action, entity, entity_id,"
                " prev_hash, hash) VALUES (gen_random_uuid(), 'H1', 1, now(), 'x', 'x', 'x',"
                " 'x', '', 'forged')"
            )


def _audit_copy(s, entry: AuditEntry) -> OutboxEntry | None:  # type: ignore[no-untyped-def]
    """The outbox's copy of an audit entry (the outbox contract carries every entry)."""
    return s.scalar(select(OutboxEntry).where(OutboxEntry.entity == AUDIT_ENTITY,
                                              OutboxEntry.entity_id == str(entry.id)))  # fmt: skip


def _rewrite_entry(store: Store, seq: int) -> None:
    """Edit an entry of chain H1 and recompute every hash after it, as a careful forger would,
    down to the copies of those entries in the outbox (which the hall's own check compares)."""
    with store.write() as s:
        entries = list(
            s.scalars(select(AuditEntry).where(AuditEntry.chain == "H1").order_by(AuditEntry.seq))
        )
        prev = entries[seq - 2].hash if seq > 1 else ""
        for e in entries[seq - 1 :]:
            if e.seq == seq:
                e.actor = "forger"
            e.prev_hash = prev
            e.hash = entry_hash(e)
            prev = e.hash
            copy = _audit_copy(s, e)
            assert copy is not None
            copy.payload = row_snapshot(e)
        s.execute(update(AuditHead).where(AuditHead.chain == "H1").values(hash=prev))


def test_rewritten_hall_chain_is_refused_and_alarmed(county: County, hall_a: Store) -> None:
    serve(hall_a, 3, finish=1)
    push(hall_a, county.hall_url("H1"))
    _rewrite_entry(hall_a, 3)
    assert all(r.ok for r in verify_local(hall_a))  # the hall alone cannot tell
    serve(hall_a, 1, finish=0)  # new work after the rewrite
    with pytest.raises(ChainRefused, match="改写"):
        push(hall_a, county.hall_url("H1"))
    with psycopg.connect(county.url.replace("+psycopg", "")) as c:
        alarms = c.execute("SELECT hall_code, kind FROM county.alarm").fetchall()
        assert alarms == [("H1", "chain_refused")]
        # nothing of the refused push reached the county
        (n,) = c.execute("SELECT count(*) FROM ticket").fetchone()
        assert n == 3
    conn = connect(county.hall_url("H1"))
    report = anchor.verify_against_county(hall_a, conn, "H1")
    conn.close()
    assert not report.ok and report.broken_seq == 3


def test_deleted_pushed_entry_is_found_by_verify_against_county(
    county: County, hall_a: Store
) -> None:
    serve(hall_a, 2, finish=0)
    push(hall_a, county.hall_url("H1"))
    with connect(county.supervisor_url) as conn:  # closed even when an assertion fails
        assert anchor.verify_against_county(hall_a, conn, "H1").ok
        with hall_a.write() as s:
            last = s.scalar(
                select(AuditEntry).where(AuditEntry.chain == "H1").order_by(AuditEntry.seq.desc())
            )
            assert last is not None
            s.delete(last)
            s.execute(
                update(AuditHead)
                .where(AuditHead.chain == "H1")
                .values(seq=last.seq - 1, hash=last.prev_hash)
            )
        # The outbox still carries the deleted entry, so the hall's own check sees the cut ...
        assert not all(r.ok for r in verify_local(hall_a))
        with hall_a.write() as s:
            copy = _audit_copy(s, last)
            assert copy is not None
            s.delete(copy)
        # ... until the forger removes that copy too; then only the county can tell.
        assert all(r.ok for r in verify_local(hall_a))
        report = anchor.verify_against_county(hall_a, conn, "H1")
    assert not report.ok and "删除" in report.problem
