"""Push: a hall's rows reach the county once, in order, with the watermark; replays and
parallel pushers change nothing; clocks do not matter."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import psycopg
import pytest
from sqlalchemy import func, select, update

from app.queue.numbering import HALL_TZ, local_day
from app.queue.service import QueueService
from app.sync.link import SchemaMismatch
from app.sync.push import Pusher, push
from app.sync.state import status
from db.engine import Store
from db.models import OutboxEntry, Ticket
from tests.sync.conftest import CLERK, KIOSK, SETTINGS, County, checksum, hall_id, serve, table_rows

pytestmark = pytest.mark.pg


def county_rows(county: County, table: str, hall: Any) -> list[dict[str, Any]]:
    store = Store(county.url)
    try:
        return table_rows(store, table, hall_id=hall)
    finally:
        store.dispose()


def test_push_carries_every_row_and_moves_the_watermark(county: County, hall_a: Store) -> None:
    serve(hall_a, 6, finish=4)
    before = status(hall_a)
    assert before.backlog > 0
    result = push(hall_a, county.hall_url("H1"), batch_size=5)
    assert result.batches >= 2
    hid = hall_id(hall_a, "H1")
    local = table_rows(hall_a, "ticket", hall_id=hid)
    assert len(local) == 6
    assert checksum(county_rows(county, "ticket", hid)) == checksum(local)
    assert checksum(county_rows(county, "service_window", hid)) == checksum(
        table_rows(hall_a, "service_window", hall_id=hid)
    )
    after = status(hall_a)
    assert after.backlog == 0
    with hall_a.read() as s:
        last = s.scalar(select(func.max(OutboxEntry.seq)))
    assert after.watermark == last
    with psycopg.connect(county.url.replace("+psycopg", "")) as c:
        (wm,) = c.execute(
            "SELECT outbox_seq FROM county.watermark WHERE hall_code = 'H1'"
        ).fetchone()
    assert wm == last
    # Nothing new: a second run carries nothing and changes nothing.
    again = push(hall_a, county.hall_url("H1"))
    assert (again.batches, again.entries) == (0, 0)


def test_replaying_a_batch_changes_nothing(county: County, hall_a: Store) -> None:
    """Duplicate delivery: the hall forgets it sent a batch (its marks are lost) and pushes
    it again; the county's watermark says it already holds it."""
    serve(hall_a, 4, finish=2)
    push(hall_a, county.hall_url("H1"))
    hid = hall_id(hall_a, "H1")
    first = checksum(county_rows(county, "ticket", hid))
    with hall_a.write() as s:
        s.execute(update(OutboxEntry).values(pushed_at=None))
    # A stale pusher that read the old watermark (0) tries to apply its batch again.
    conn = psycopg.connect(county.hall_url("H1"))
    with pytest.raises(psycopg.errors.SerializationFailure, match="yc-watermark-moved"):
        conn.execute("SELECT county.advance_watermark(0, 5, 5)")
    conn.close()
    result = push(hall_a, county.hall_url("H1"))
    assert result.entries == 0
    assert checksum(county_rows(county, "ticket", hid)) == first
    assert status(hall_a).backlog == 0


def test_later_change_wins_whatever_the_clocks_say(county: County, hall_a: Store) -> None:
    """The hall's clock jumps back three hours between two changes of one ticket; the county
    ends with the later change, because order is the outbox's, not the clock's."""
    # one hall day (noon, 17:00, back to 14:00): a jump past midnight would be another day,
    # with nothing waiting (the test failed when run after 19:00 hall time)
    noon = dt.datetime.combine(local_day(dt.datetime.now(dt.UTC)), dt.time(12), HALL_TZ).astimezone(dt.UTC)
    q = QueueService(hall_a, SETTINGS, clock=lambda: noon)
    q.issue(KIOSK, "civil")
    early = noon + dt.timedelta(hours=5)
    late = early - dt.timedelta(hours=3)
    q.clock = lambda: early
    q.call_next(CLERK, 1)
    q.clock = lambda: late
    q.finish(CLERK, 1, rating=2)
    push(hall_a, county.hall_url("H1"), batch_size=1)  # one change per batch
    (row,) = county_rows(county, "ticket", hall_id(hall_a, "H1"))
    assert (row["status"], row["rating"]) == ("done", 2)
    assert row["updated_at"] == late


def test_parallel_pushers_of_one_hall_carry_each_entry_once(county: County, hall_a: Store) -> None:
    serve(hall_a, 10, finish=5)
    import threading

    errors: list[BaseException] = []

    def run() -> None:
        try:
            for _ in range(20):
                try:
                    Pusher(hall_a, county.hall_url("H1"), batch_size=3).run()
                    return
                except Exception as exc:  # the other pusher moved the watermark: retry
                    if "yc-watermark-moved" not in str(exc) and "同步失败" not in str(exc):
                        raise
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not any(t.is_alive() for t in threads)
    assert errors == []
    with psycopg.connect(county.url.replace("+psycopg", "")) as c:
        (rows,) = c.execute(
            "SELECT rows_received FROM county.watermark WHERE hall_code='H1'"
        ).fetchone()
    with hall_a.read() as s:
        total = s.scalar(select(func.count()).select_from(OutboxEntry))
    assert rows == total  # each entry received exactly once
    hid = hall_id(hall_a, "H1")
    assert checksum(county_rows(county, "ticket", hid)) == checksum(
        table_rows(hall_a, "ticket", hall_id=hid)
    )


def test_schema_versions_that_differ_are_refused_before_any_write(
    county: County, hall_a: Store
) -> None:
    serve(hall_a, 2, finish=0)
    with psycopg.connect(county.url.replace("+psycopg", ""), autocommit=True) as c:
        c.execute("UPDATE alembic_version SET version_num = '0099_newer'")
    with pytest.raises(SchemaMismatch, match="不一致") as exc:
        push(hall_a, county.hall_url("H1"))
    assert "未写入任何数据" in exc.value.message
    assert county_rows(county, "ticket", hall_id(hall_a, "H1")) == []
    assert status(hall_a).backlog > 0


def test_a_county_missing_a_column_refuses_the_whole_batch(county: County, hall_a: Store) -> None:
    serve(hall_a, 3, finish=1)
    with psycopg.connect(county.url.replace("+psycopg", ""), autocommit=True) as c:
        c.execute("ALTER TABLE ticket DROP COLUMN rating")
    with pytest.raises(SchemaMismatch, match="rating"):
        push(hall_a, county.hall_url("H1"))
    with psycopg.connect(county.url.replace("+psycopg", "")) as c:
        assert c.execute("SELECT count(*) FROM ticket").fetchone() == (0,)
        assert c.execute(
            "SELECT outbox_seq FROM county.watermark WHERE hall_code='H1'"
        ).fetchone() == (0,)


def test_deleted_rows_are_deleted_in_the_county(county: County, hall_a: Store) -> None:
    from app.journal import Actor, unit_of_work

    serve(hall_a, 2, finish=0)
    push(hall_a, county.hall_url("H1"))
    with unit_of_work(hall_a, Actor("test:admin", frozenset({"admin"})), hall_code="H1") as uow:
        t = uow.session.scalars(select(Ticket)).first()
        assert t is not None
        uow.session.delete(t)
        uow.record("ticket.delete", "ticket", t.id, before={"number": t.number}, after=None)
    push(hall_a, county.hall_url("H1"))
    assert len(county_rows(county, "ticket", hall_id(hall_a, "H1"))) == 1
    assert json.dumps(status(hall_a).backlog) == "0"


def test_contract_entries_composite_keys_and_carried_audit(county: County, hall_a: Store) -> None:
    """Entries in the outbox contract's form (docs/outbox-contract.md): a window_line keyed
    "window_id/line_id", upserted then deleted with its full row; and an outbox entry for an
    audit entry, which the pusher leaves to the chain it pushes itself."""
    from app.journal import row_snapshot
    from db.ids import uuid7
    from db.models import ServiceLine, Window, WindowLine

    with hall_a.write() as s:
        w2 = s.scalar(select(Window).where(Window.no == 2))
        assert w2 is not None
        line = ServiceLine(id=uuid7(), hall_id=w2.hall_id, code="tax", prefix="C", name="税务")
        s.add(line)
        s.flush()
        wl = WindowLine(window_id=w2.id, line_id=line.id, priority=5)
        s.add(wl)
        s.flush()
        key = f"{w2.id}/{line.id}"
        snap = row_snapshot(wl)
        for entity, eid, op, payload in (
            ("service_line", str(line.id), "upsert", row_snapshot(line)),
            ("window_line", key, "upsert", snap),
            ("audit_entry", str(uuid7()), "upsert", {"chain": "H1"}),
        ):
            s.add(OutboxEntry(id=uuid7(), hall_code="H1", entity=entity, entity_id=eid, op=op,
                              payload=payload))  # fmt: skip
    push(hall_a, county.hall_url("H1"))
    with psycopg.connect(county.url.replace("+psycopg", "")) as c:
        rows = c.execute(
            "SELECT priority FROM window_line WHERE line_id = %s", (line.id,)
        ).fetchall()
        assert rows == [(5,)]
    with hall_a.write() as s:
        s.execute(WindowLine.__table__.delete().where(WindowLine.line_id == line.id))
        s.add(OutboxEntry(id=uuid7(), hall_code="H1", entity="window_line", entity_id=key,
                          op="delete", payload=snap))  # fmt: skip
    push(hall_a, county.hall_url("H1"))
    with psycopg.connect(county.url.replace("+psycopg", "")) as c:
        # Only the deleted pair is gone; the seeded windows' own lines (carried with full rows
        # since the outbox contract) stay: 2 windows x 2 lines.
        assert c.execute(
            "SELECT count(*) FROM window_line WHERE line_id = %s", (line.id,)
        ).fetchone() == (0,)
        assert c.execute("SELECT count(*) FROM window_line").fetchone() == (4,)
    assert status(hall_a).backlog == 0


def test_a_hall_on_postgresql_pushes_too(county: County, pg_cluster, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A hall with several PCs keeps its store on PostgreSQL; there the outbox horizon waits
    for writers still in flight (a sequence number can commit out of order)."""
    import uuid as _uuid

    from app.demo import seed_hall
    from app.journal import Actor
    from db import migrate
    from tests.sync.conftest import hall_data

    name = "h_" + _uuid.uuid4().hex[:10]
    pg_cluster.create_database(name)
    hall = Store(pg_cluster.url(name))
    try:
        migrate.upgrade(hall.engine)
        seed_hall(hall, Actor("test:admin", frozenset({"admin"}), hall_code="H2"), hall_data("H2"))
        serve(hall, 5, finish=3)
        push(hall, county.hall_url("H2"), batch_size=4)
        hid = hall_id(hall, "H2")
        assert checksum(county_rows(county, "ticket", hid)) == checksum(
            table_rows(hall, "ticket", hall_id=hid)
        )
        assert status(hall).backlog == 0
    finally:
        hall.dispose()
        pg_cluster.drop_database(name)
