"""Halls on real SQLite files and a county on the throwaway PostgreSQL, built by the real
``county init``; the halls act through their real use cases (QueueService)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.demo import seed_hall
from app.journal import Actor, _jsonable, unit_of_work
from app.queue.numbering import local_day
from app.queue.service import QueueService
from app.settings import Settings
from app.sync.county_schema import hall_role, init_county
from db import migrate
from db.base import Base
from db.engine import Store
from db.ids import uuid7
from db.models import Hall, ServiceLine, Ticket

KIOSK = Actor(name="kiosk:1", roles=frozenset({"kiosk"}))
CLERK = Actor(name="0101", roles=frozenset({"clerk"}))
SETTINGS = Settings(queue_enforce_hours=False)


def hall_data(code: str) -> dict[str, Any]:
    lines = [
        {"code": "social", "prefix": "A", "name": "社保医保", "hours": [], "daily_cap": 100000},
        {"code": "civil", "prefix": "B", "name": "户籍办理", "hours": [], "daily_cap": 100000},
    ]
    return {
        "hall": {"code": code, "name": f"测试大厅{code}", "region_code": "510822"},
        "service_lines": lines,
        "windows": [
            {"no": 1, "name": "1号窗口", "lines": ["social", "civil"]},
            {"no": 2, "name": "2号窗口", "lines": ["civil", "social"]},
        ],
        "staff": [],
    }


def make_hall(path: Path, code: str) -> Store:
    store = Store(f"sqlite:///{path}")
    migrate.upgrade(store.engine)
    seed_hall(store, Actor(name="test:admin", roles=frozenset({"admin"}), hall_code=code),
              hall_data(code))  # fmt: skip
    return store


@dataclass
class County:
    url: str  # the superuser's
    creds: dict[str, str]  # role → URL with password, as county init wrote them
    prefix: str

    def hall_url(self, code: str) -> str:
        return self.creds[hall_role(self.prefix, code)]

    @property
    def supervisor_url(self) -> str:
        return self.creds[f"{self.prefix}_supervisor_login"]

    @property
    def admin_url(self) -> str:
        return self.creds[f"{self.prefix}_admin_login"]


def read_creds(files: list[str]) -> dict[str, str]:
    return {Path(f).stem: Path(f).read_text(encoding="utf-8").strip() for f in files}


@pytest.fixture
def county(pg_url: str, tmp_path: Path) -> County:
    result = init_county(pg_url, ["H1", "H2"], tmp_path / "creds")
    return County(pg_url, read_creds(result.credential_files), result.prefix)


@pytest.fixture
def hall_a(tmp_path: Path) -> Iterator[Store]:
    store = make_hall(tmp_path / "h1.db", "H1")
    yield store
    store.dispose()


@pytest.fixture
def hall_b(tmp_path: Path) -> Iterator[Store]:
    store = make_hall(tmp_path / "h2.db", "H2")
    yield store
    store.dispose()


def serve(store: Store, n: int, *, finish: int | None = None) -> QueueService:
    """n tickets issued at the kiosk; the first ``finish`` of them called and finished."""
    q = QueueService(store, SETTINGS)
    for i in range(n):
        q.issue(KIOSK, "social" if i % 2 else "civil")
    for _ in range(n if finish is None else finish):
        q.call_next(CLERK, 1)
        q.finish(CLERK, 1, rating=1)
    return q


def bulk_tickets(store: Store, code: str, n: int, per_tx: int = 1000) -> None:
    """n tickets written through the journal with full rows (row=), per_tx to a transaction:
    a big backlog without paying for n kiosk transactions."""
    with store.read() as s:
        hall = s.scalar(select(Hall).where(Hall.code == code))
        assert hall is not None
        line = s.scalar(select(ServiceLine).where(ServiceLine.hall_id == hall.id))
        assert line is not None
    actor = Actor(name="test:bulk", roles=frozenset({"admin"}), hall_code=code)
    now = dt.datetime.now(dt.UTC)
    day = local_day(now) - dt.timedelta(days=1)
    done = 0
    while done < n:
        with unit_of_work(store, actor, hall_code=code) as uow:
            for _ in range(min(per_tx, n - done)):
                done += 1
                t = Ticket(id=uuid7(), hall_id=hall.id, line_id=line.id, day=day, seq=done,
                           number=f"A{done:05d}", status="done", issued_at=now, queued_at=now,
                           called_at=now, call_count=1, started_at=now, finished_at=now)  # fmt: skip
                uow.session.add(t)
                uow.record("ticket.issue", "ticket", t.id, after={"number": t.number}, row=t)


def checksum(rows: list[dict[str, Any]]) -> str:
    body = sorted(json.dumps(_jsonable(r), sort_keys=True, ensure_ascii=False) for r in rows)
    return hashlib.sha256("\n".join(body).encode()).hexdigest()


def table_rows(store: Store, table: str, **where: Any) -> list[dict[str, Any]]:
    t = Base.metadata.tables[table]
    stmt = select(t)
    for k, v in where.items():
        stmt = stmt.where(t.c[k] == v)
    with store.read() as s:
        return [dict(r._mapping) for r in s.execute(stmt)]


def hall_id(store: Store, code: str) -> Any:
    with store.read() as s:
        return s.scalar(select(Hall.id).where(Hall.code == code))
