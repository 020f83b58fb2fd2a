"""Migrations run in-process: upgrade, downgrade, current revision, and the guards around them
(copy an SQLite file aside before changing it; refuse a store written by a newer Yichuang)."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine

from db.errors import StoreError

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


if TYPE_CHECKING:
    from alembic.config import Config


def _config() -> Config:
    from alembic.config import Config  # alembic is imported when a store is opened, not before

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def check_not_newer(engine: Engine) -> str | None:
    """Return the store's revision; raise if this program does not know it."""
    from alembic.script import ScriptDirectory

    rev = current_revision(engine)
    if rev is not None:
        script = ScriptDirectory.from_config(_config())
        try:
            script.get_revision(rev)
        except Exception as exc:
            raise StoreError(
                f"数据库结构版本（{rev}）比本程序更新，请升级一窗软件后再打开该数据库。"
            ) from exc
    return rev


def backup_sqlite(engine: Engine, revision: str | None) -> Path | None:
    path = engine.url.database
    if engine.dialect.name != "sqlite" or not path or path == ":memory:":
        return None
    src = Path(path)
    if not src.exists() or src.stat().st_size == 0:
        return None
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    dest = src.with_name(f"{src.name}.{stamp}.{revision or 'empty'}.bak")
    n = 1
    while dest.exists():  # two upgrades within one second must not overwrite a backup
        n += 1
        dest = src.with_name(f"{src.name}.{stamp}-{n}.{revision or 'empty'}.bak")
    # The sqlite3 backup API copies a consistent snapshot even with WAL pages outstanding.
    # closing(): a sqlite3 connection used as a context manager only commits, never closes.
    import sqlite3
    from contextlib import closing

    with closing(sqlite3.connect(src)) as s, closing(sqlite3.connect(dest)) as d:
        s.backup(d)
    return dest


def upgrade(engine: Engine, revision: str = "head", *, backup: bool = True) -> Path | None:
    """Bring the store to ``revision``. Returns the backup path when one was made."""
    current = check_not_newer(engine)
    target = head_revision() if revision == "head" else revision
    if current == target:
        return None
    saved = backup_sqlite(engine, current) if backup and current is not None else None
    from alembic import command

    with _migrating(engine) as conn:
        cfg = _config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
    return saved


def downgrade(engine: Engine, revision: str) -> None:
    from alembic import command

    with _migrating(engine) as conn:
        cfg = _config()
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)


@contextmanager
def _migrating(engine: Engine) -> Iterator[Connection]:
    """One transaction for the whole migration. On SQLite, foreign keys are off while it runs:
    a batch migration rebuilds a table (copy, drop, rename), and dropping ``ticket`` with
    enforcement on fails, or cascades, as soon as a route or appointment points at a ticket.
    ``PRAGMA foreign_keys`` is ignored inside a transaction, so it is set on the bare
    connection first, and ``PRAGMA foreign_key_check`` must come back empty before commit."""
    with engine.connect() as conn:
        if engine.dialect.name != "sqlite":
            with conn.begin():
                yield conn
            return
        raw = conn.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                yield conn
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
                if broken:
                    table, rowid, parent, _fk = broken[0]
                    raise StoreError(
                        f"数据库升级后有 {len(broken)} 行引用了不存在的记录"
                        f"（例如 {table} 第 {rowid} 行引用 {parent}），升级已撤销，数据未改动。"
                    )
        finally:
            raw.execute("PRAGMA foreign_keys=ON")


def copy_store_file(src: str, dest: str) -> None:
    shutil.copyfile(src, dest)
