"""Migrations build the same schema as the models, go down and up again, guard the SQLite file
and refuse a store from a newer program — on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

import db.models  # noqa: F401
from db import migrate
from db.base import Base
from db.engine import Store
from db.errors import StoreError


def test_migrated_schema_equals_models(any_url: str) -> None:
    store = Store(any_url)
    migrate.upgrade(store.engine)
    with store.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(ctx, Base.metadata)
    store.dispose()
    assert diff == []


def test_every_revision_goes_down_and_up(any_url: str) -> None:
    store = Store(any_url)
    migrate.upgrade(store.engine)
    assert "ticket" in inspect(store.engine).get_table_names()
    migrate.downgrade(store.engine, "base")
    assert set(inspect(store.engine).get_table_names()) <= {"alembic_version"}
    migrate.upgrade(store.engine)
    assert migrate.current_revision(store.engine) == migrate.head_revision()
    store.dispose()


def test_store_from_newer_program_is_refused(any_url: str) -> None:
    store = Store(any_url)
    migrate.upgrade(store.engine)
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    with pytest.raises(StoreError, match="比本程序更新"):
        migrate.upgrade(store.engine)
    store.dispose()


def test_sqlite_file_is_copied_aside_before_an_upgrade(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'hall.db'}"
    store = Store(url)
    migrate.upgrade(store.engine, "0001")
    with store.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO hall (id, code, name, region_code, address, phone, "
                "supervise_phone, hours) VALUES (x'01', 'H1', '测试大厅', '510822', '', '', '', '')"
            )
        )
    backup = migrate.backup_sqlite(store.engine, "0001")
    assert backup is not None and backup.exists()
    copy = Store(f"sqlite:///{backup}")
    with copy.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT name FROM hall").scalar() == "测试大厅"
    copy.dispose()
    if migrate.head_revision() != "0001":
        made = migrate.upgrade(store.engine)
        assert made is not None and made.exists() and made != backup
    store.dispose()


def test_sqlite_connection_settings(sqlite_url: str) -> None:
    store = Store(sqlite_url)
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 1  # NORMAL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
    store.dispose()
