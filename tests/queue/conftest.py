"""A tiny hall on a migrated store, a settable clock and the actors the queue sees."""

from __future__ import annotations

import datetime as dt
import shutil
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest

from app.demo import seed_hall
from app.journal import Actor
from app.queue.numbering import HALL_TZ
from app.queue.service import QueueService
from app.settings import Settings
from db import migrate
from db.engine import Store
from tests.support.pg_cluster import PgCluster

ADMIN = Actor(name="test:admin", roles=frozenset({"admin"}))
KIOSK = Actor(name="kiosk:1", roles=frozenset({"kiosk"}))
CLERK = Actor(name="0101", roles=frozenset({"clerk"}))

ALL_DAY: list[list[str]] = []  # no hours given: open round the clock


def small_hall(**line_overrides: Any) -> dict[str, Any]:
    """Three lines; window 1 serves A then B, window 2 serves B then A, window 3 only C."""
    lines = [
        {"code": "social", "prefix": "A", "name": "社保医保", "hours": ALL_DAY,
         "daily_cap": 300, "avg_service_minutes": 6},
        {"code": "civil", "prefix": "B", "name": "户籍办理", "hours": ALL_DAY,
         "daily_cap": 300, "avg_service_minutes": 10},
        {"code": "tax", "prefix": "C", "name": "税务综合", "hours": ALL_DAY,
         "daily_cap": 300, "avg_service_minutes": 8},
    ]  # fmt: skip
    for line in lines:
        line.update(line_overrides.get(line["code"], {}))
    return {
        "hall": {"code": "T01", "name": "测试便民服务中心", "region_code": "350100"},
        "service_lines": lines,
        "windows": [
            {"no": 1, "name": "1号窗口", "lines": ["social", "civil"]},
            {"no": 2, "name": "2号窗口", "lines": ["civil", "social"]},
            {"no": 3, "name": "3号窗口", "lines": ["tax"]},
        ],
        "staff": [],
    }


class Clock:
    """The queue's clock, moved by the test (hall local time in, aware UTC out)."""

    def __init__(self, local: dt.datetime) -> None:
        self.now = local.replace(tzinfo=HALL_TZ).astimezone(dt.UTC)

    def __call__(self) -> dt.datetime:
        self.now += dt.timedelta(seconds=1)  # every action a second later: distinct times
        return self.now

    def set_local(self, local: dt.datetime) -> None:
        self.now = local.replace(tzinfo=HALL_TZ).astimezone(dt.UTC)


# Migrating a fresh database for every test costs most of a second on PostgreSQL; each test
# instead gets a copy of one migrated template (PostgreSQL: CREATE DATABASE … TEMPLATE).


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("queue_tmpl") / "template.db"
    st = Store(f"sqlite:///{path}")
    migrate.upgrade(st.engine)
    with st.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    st.dispose()
    return path


@pytest.fixture(scope="session")
def pg_template(pg_cluster: PgCluster) -> str:
    name = "queue_tmpl_" + uuid.uuid4().hex[:8]
    pg_cluster.create_database(name)
    st = Store(pg_cluster.url(name))
    migrate.upgrade(st.engine)
    st.dispose()
    return name


def _pg_exec(cluster: PgCluster, sql: str) -> None:
    with psycopg.connect(host="127.0.0.1", port=cluster.port, user="postgres",
                         dbname="postgres", autocommit=True) as conn:  # fmt: skip
        conn.execute(sql.encode())


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)])
def migrated_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """Like the shared ``any_url`` (both stores), but already at the newest schema."""
    if request.param == "sqlite":
        dest = tmp_path / "queue.db"
        shutil.copyfile(request.getfixturevalue("sqlite_template"), dest)
        yield f"sqlite:///{dest}"
        return
    cluster: PgCluster = request.getfixturevalue("pg_cluster")
    name = "q_" + uuid.uuid4().hex[:12]
    _pg_exec(
        cluster, f'CREATE DATABASE "{name}" TEMPLATE "{request.getfixturevalue("pg_template")}"'
    )
    try:
        yield cluster.url(name)
    finally:
        _pg_exec(cluster, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def store(migrated_url: str) -> Iterator[Store]:
    st = Store(migrated_url)
    yield st
    st.dispose()


@pytest.fixture
def clock() -> Clock:
    return Clock(dt.datetime(2026, 3, 9, 10, 0))  # a Monday morning


@pytest.fixture
def make_queue(store: Store, clock: Clock) -> Callable[..., QueueService]:
    def make(hall: dict[str, Any] | None = None, **settings: Any) -> QueueService:
        seed_hall(store, ADMIN, hall or small_hall())
        return QueueService(store, Settings(**settings), clock=clock)

    return make


@pytest.fixture
def queue(make_queue: Callable[..., QueueService]) -> QueueService:
    return make_queue()
