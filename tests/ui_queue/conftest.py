"""A small hall in a migrated SQLite file, a queue clock fixed at 10:00 Beijing time on a
working day (so opening hours and holidays never depend on when the tests run), and the worker
threads drained after each test."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.demo import seed_hall
from app.journal import Actor
from app.queue.numbering import HALL_TZ
from app.queue.service import QueueService
from app.settings import Settings
from app.store import open_store
from db.engine import Store
from ui.common.worker import wait_idle

HALL = "T-HALL"
SMALL_HALL: dict[str, Any] = {
    "hall": {"code": HALL, "name": "测试县政务服务中心", "region_code": "510822"},
    "service_lines": [
        {"code": "ZH", "prefix": "A", "name": "综合受理", "hours": [], "daily_cap": 300,
         "avg_service_minutes": 10},
        {"code": "BDC", "prefix": "C", "name": "不动产登记", "hours": [], "daily_cap": 100,
         "avg_service_minutes": 20},
        {"code": "SW", "prefix": "H", "name": "税务", "hours": [["13:30", "17:00"]],
         "daily_cap": 100, "avg_service_minutes": 15},
    ],
    "windows": [
        {"no": 1, "name": "1号窗口 综合", "lines": ["ZH"]},
        {"no": 3, "name": "3号窗口 综合", "lines": ["ZH", "BDC"]},
    ],
    "staff": [],
}  # fmt: skip
ADMIN = Actor(name="test:admin", roles=frozenset({"admin"}), hall_code=HALL)
CLERK = Actor(name="Q0003", roles=frozenset({"clerk"}), window_no=3, hall_code=HALL)


class FixedClock:
    """10:00 in the hall on a working day (the hall is closed on weekends and holidays, so not
    "today"), advancing a millisecond per reading so calls stay ordered."""

    DAY = dt.date(2026, 3, 10)  # a Tuesday

    def __init__(self) -> None:
        self.now = dt.datetime.combine(self.DAY, dt.time(10, 0), tzinfo=HALL_TZ)

    def __call__(self) -> dt.datetime:
        self.now += dt.timedelta(milliseconds=1)
        return self.now


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(db=f"sqlite:///{tmp_path / 'hall.db'}", hall_code=HALL, demo=False,
                    ticket_printer="sim://uitest?state=ok", id_reader="",
                    kiosk_idle_seconds=60)  # fmt: skip


@pytest.fixture
def store(settings: Settings) -> Iterator[Store]:
    s = open_store(settings)
    seed_hall(s, ADMIN, SMALL_HALL)
    yield s
    wait_idle(10000)
    s.dispose()


@pytest.fixture
def service(store: Store, settings: Settings) -> QueueService:
    return QueueService(store, settings, clock=FixedClock())


@pytest.fixture(autouse=True)
def _drain_workers() -> Iterator[None]:
    yield
    assert wait_idle(10000), "background jobs still running after the test"
