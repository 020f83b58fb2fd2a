"""Migrations on stores that hold a morning's work, not just on empty ones: the released
schemas (0001, 0002) as written by their own release (tests/store/released/), upgraded to
head; and every revision walked down and up again with tickets, routes and appointments in
the tables, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sqlite3
import uuid
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import JSON, Boolean, Date, DateTime, MetaData, Uuid, func, select, text

from app.journal import Actor
from app.queue.service import QueueService
from app.settings import Settings
from db import migrate
from db.engine import Store
from db.errors import StoreError
from db.models import Appointment, Ticket, TicketRoute

RELEASED = Path(__file__).parent / "released"
CLERK = Actor(name="0101", roles=frozenset({"clerk"}))


def _copy_rows_from(sqlite_file: Path, store: Store) -> None:
    """Every row of the released SQLite file into ``store`` (migrated to the same revision)."""
    meta = MetaData()
    meta.reflect(store.engine)
    src = sqlite3.connect(sqlite_file)
    src.row_factory = sqlite3.Row
    try:
        with store.engine.begin() as conn:
            for table in meta.sorted_tables:
                if table.name == "alembic_version":
                    continue
                rows = [dict(r) for r in src.execute(f"SELECT * FROM {table.name}")]
                for row in rows:
                    for col in table.columns:
                        row[col.name] = _value(col.type, row.get(col.name))
                if rows:
                    conn.execute(table.insert(), rows)
    finally:
        src.close()


def _value(kind: Any, v: Any) -> Any:
    if v is None:
        return None
    if isinstance(kind, Uuid):
        return uuid.UUID(v)
    if isinstance(kind, DateTime):
        return dt.datetime.fromisoformat(v).replace(tzinfo=dt.UTC)
    if isinstance(kind, Date):
        return dt.date.fromisoformat(v)
    if isinstance(kind, Boolean):
        return bool(v)
    if isinstance(kind, JSON):
        return json.loads(v)
    return v


@pytest.fixture
def released_0002(any_url: str, tmp_path: Path) -> Store:
    """The 0002 release's busy morning, on either store."""
    if any_url.startswith("sqlite"):
        dest = tmp_path / "released.db"
        shutil.copyfile(RELEASED / "store_0002.db", dest)
        return Store(f"sqlite:///{dest}")
    store = Store(any_url)
    migrate.upgrade(store.engine, "0002")
    _copy_rows_from(RELEASED / "store_0002.db", store)
    return store


def _counts(store: Store) -> tuple[int, int, int]:
    with store.read() as s:
        return (
            s.scalar(select(func.count()).select_from(Ticket)) or 0,
            s.scalar(select(func.count()).select_from(TicketRoute)) or 0,
            s.scalar(select(func.count()).select_from(Appointment)) or 0,
        )


def _table_counts(store: Store, *tables: str) -> list[int]:
    with store.engine.connect() as conn:
        return [conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one() for t in tables]


def test_every_revision_goes_down_and_up_with_data(released_0002: Store) -> None:
    store = released_0002
    try:
        migrate.upgrade(store.engine)  # 0002 → head: rebuilds ticket on SQLite
        assert _counts(store) == (6, 1, 2)
        with store.read() as s:
            called = s.scalars(select(Ticket).where(Ticket.called_at.is_not(None))).all()
            assert called and all(t.first_called_at == t.called_at for t in called)
        migrate.downgrade(store.engine, "0002")
        assert _table_counts(store, "ticket", "ticket_route", "appointment") == [6, 1, 2]
        migrate.downgrade(store.engine, "0001")
        assert _table_counts(store, "ticket", "hall", "service_window") == [6, 1, 2]
        migrate.upgrade(store.engine)
        assert _counts(store) == (6, 0, 0)  # 0001 had no routes or appointments
        assert migrate.current_revision(store.engine) == migrate.head_revision()
    finally:
        store.dispose()


@pytest.mark.parametrize("release", ["0001", "0002"])
def test_released_sqlite_store_upgrades_and_keeps_working(release: str, tmp_path: Path) -> None:
    dest = tmp_path / "hall.db"
    shutil.copyfile(RELEASED / f"store_{release}.db", dest)
    store = Store(f"sqlite:///{dest}")
    try:
        assert migrate.current_revision(store.engine) == release
        migrate.upgrade(store.engine)
        assert _counts(store) == ((6, 1, 2) if release == "0002" else (6, 0, 0))
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        # The upgraded store serves the rest of the day with today's code.
        q = QueueService(store, Settings())
        with store.read() as s:
            day = s.scalar(select(Ticket.day).limit(1))
        assert day is not None
        q.clock = lambda: dt.datetime(2026, 3, 9, 4, 0, tzinfo=dt.UTC)
        called = q.call_next(CLERK, 1)
        assert called.status == "called"
        assert q.finish(CLERK, 1).status == "done"
    finally:
        store.dispose()


def test_sqlite_upgrade_that_would_leave_a_dangling_reference_is_undone(tmp_path: Path) -> None:
    dest = tmp_path / "hall.db"
    shutil.copyfile(RELEASED / "store_0002.db", dest)
    with closing(sqlite3.connect(dest)) as conn, conn:  # a route to a ticket that is gone (foreign keys off)
        conn.execute("UPDATE ticket_route SET ticket_id = 'f' || substr(ticket_id, 2)")
    store = Store(f"sqlite:///{dest}")
    try:
        with pytest.raises(StoreError, match="升级已撤销"):
            migrate.upgrade(store.engine, backup=False)
        assert migrate.current_revision(store.engine) == "0002"
        assert _table_counts(store, "ticket", "ticket_route") == [6, 1]
    finally:
        store.dispose()
