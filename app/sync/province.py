"""``yichuang province attach``: the county database publishes its tables to a provincial
PostgreSQL by PostgreSQL's own logical replication. Growth past one county is PostgreSQL's
job, not ours: the province subscribes, PostgreSQL copies the tables once and then streams
every committed change, and restarts where it stopped.

What is published: every table the migrations make, except the per-store bookkeeping
(``alembic_version``, ``outbox_entry``, ``sync_state``); the county's own schema stays home.
Rows are keyed by time-ordered UUIDs, so several counties' halls never collide in one
province. (Natural keys of county-owned data, such as department codes and holiday days, must
then be unique across the province's counties; docs/county-sync.md.)

The county cluster needs ``wal_level = logical``. The province connects to the county as
``<prefix>_province``, a replication login that may read every row (BYPASSRLS: the initial
copy must see all halls); its password is written to an owner-only file, never printed.
"""

from __future__ import annotations

import os
import re
import secrets
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import make_url

from app.errors import InvalidInput
from app.sync.county_schema import drop_hall_only_uniques
from app.sync.link import SyncError, connect, plain_url

PUBLICATION = "yichuang_county"
NOT_PUBLISHED = {"alembic_version", "outbox_entry", "sync_state"}


@dataclass
class AttachResult:
    publication: str
    subscription: str
    tables: list[str]
    credential_file: str


def attach(county_url: str, province_url: str, out_dir: Path, *, name: str = "",
           county_host: str = "") -> AttachResult:  # fmt: skip
    from db import migrate
    from db.engine import Store

    with connect(county_url, autocommit=True) as county:
        (wal_level,) = county.execute("SHOW wal_level").fetchone()
        if wal_level != "logical":
            raise SyncError(
                f"县级数据库的 wal_level 为 {wal_level}，省级订阅需要 logical：请在县级 PostgreSQL 的 "
                "postgresql.conf 中设置 wal_level = logical 并重启数据库服务。"
            )
        row = county.execute("SELECT value FROM county.meta WHERE key = 'role_prefix'").fetchone()
        if row is None:
            raise InvalidInput("该数据库还不是县级库，请先运行 yichuang county init")
        prefix = row[0]
        dbname = county.info.dbname
        tables = sorted(
            r[0]
            for r in county.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
            if r[0] not in NOT_PUBLISHED
        )
        role = f"{prefix}_province"
        password = secrets.token_urlsafe(24)
        exists = county.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone()
        verb = "ALTER" if exists else "CREATE"
        county.execute(f"{verb} ROLE \"{role}\" LOGIN REPLICATION BYPASSRLS PASSWORD '{password}'")
        table_list = ", ".join(f'public."{t}"' for t in tables)
        county.execute(f'GRANT USAGE ON SCHEMA public TO "{role}"')
        county.execute(f'GRANT SELECT ON {table_list} TO "{role}"')
        if county.execute(
            "SELECT 1 FROM pg_publication WHERE pubname = %s", (PUBLICATION,)
        ).fetchone():
            county.execute(f"ALTER PUBLICATION {PUBLICATION} SET TABLE {table_list}")
        else:
            county.execute(f"CREATE PUBLICATION {PUBLICATION} FOR TABLE {table_list}")

    u = make_url(plain_url(county_url))
    host = county_host or u.host or "localhost"
    conninfo = f"host={host} port={u.port or 5432} dbname={dbname} user={role} password={password}"
    out_dir.mkdir(parents=True, exist_ok=True)
    cred = out_dir / f"{role}.conninfo"
    fd = os.open(cred, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(conninfo + "\n")

    store = Store(province_url)
    try:
        migrate.upgrade(store.engine, backup=False)
    finally:
        store.dispose()
    sub = re.sub(r"[^a-z0-9_]", "_", (name or f"county_{dbname}").lower())[:60]
    with connect(province_url, autocommit=True) as province:
        # Replication enforces unique keys: one unique per hall only would stop the stream.
        drop_hall_only_uniques(province, set(tables))
        if province.execute("SELECT 1 FROM pg_subscription WHERE subname = %s", (sub,)).fetchone():
            province.execute(f"ALTER SUBSCRIPTION {sub} CONNECTION '{conninfo}'")
            province.execute(f"ALTER SUBSCRIPTION {sub} REFRESH PUBLICATION")
        else:
            # The apply worker writes as a replica (no triggers, no foreign-key checks):
            # rows were checked where they were written.
            province.execute(
                f"CREATE SUBSCRIPTION {sub} CONNECTION '{conninfo}' PUBLICATION {PUBLICATION}"
            )
    return AttachResult(PUBLICATION, sub, tables, str(cred))
