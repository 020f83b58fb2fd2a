"""A morning at the small test hall with everything that rewrites a ticket's row: a recall,
a no-show that comes back, a transfer to another line, a no-show that does not, a pause.
Each step at a set hall-local time, by a signed-in clerk at the clerk's own window."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select

from app.demo import seed_hall
from app.journal import Actor
from app.queue.numbering import HALL_TZ
from app.queue.service import QueueService
from app.settings import Settings
from db.engine import Store
from db.models import Staff
from tests.queue.conftest import ADMIN, KIOSK, small_hall

DAY = dt.date(2026, 3, 9)
STAFF = [
    {"work_no": "0101", "name": "王一", "password": "demo123", "roles": ["clerk"], "window": 1},
    {"work_no": "0102", "name": "李二", "password": "demo123", "roles": ["clerk"], "window": 2},
    {"work_no": "0103", "name": "张三", "password": "demo123", "roles": ["clerk"], "window": 3},
    {"work_no": "0900", "name": "赵主管", "password": "demo123", "roles": ["supervisor"]},
]


class SetClock:
    def __init__(self) -> None:
        self.now = at("08:00")

    def __call__(self) -> dt.datetime:
        return self.now


def at(hhmm: str) -> dt.datetime:
    h, m = map(int, hhmm.split(":"))
    return dt.datetime(2026, 3, 9, h, m, tzinfo=HALL_TZ).astimezone(dt.UTC)


def clerks(store: Store) -> dict[str, Actor]:
    with store.read() as s:
        rows = s.scalars(select(Staff)).all()
        return {r.work_no: Actor(name=r.work_no, roles=r.role_set, staff_id=r.id,
                                 display_name=r.name, window_no=r.window_no, hall_code="T01")
                for r in rows}  # fmt: skip


def setup(store: Store) -> tuple[QueueService, SetClock, dict[str, Actor]]:
    hall: dict[str, Any] = small_hall()
    hall["staff"] = STAFF
    seed_hall(store, ADMIN, hall)
    clock = SetClock()
    return QueueService(store, Settings(), clock=clock), clock, clerks(store)


def morning(store: Store) -> tuple[QueueService, dict[str, Actor]]:
    q, clock, who = setup(store)
    c1, c2, c3 = who["0101"], who["0102"], who["0103"]

    def step(hhmm: str, action: Any, *args: Any, **kw: Any) -> Any:
        clock.now = at(hhmm)
        return action(*args, **kw)

    step("09:00", q.issue, KIOSK, "social")  # A001
    step("09:01", q.issue, KIOSK, "social")  # A002
    step("09:02", q.issue, KIOSK, "civil")  # B001
    step("09:03", q.issue, KIOSK, "tax")  # C001
    assert step("09:10", q.call_next, c1, 1).number == "A001"
    step("09:12", q.recall, c1, 1)
    step("09:13", q.start, c1, 1)
    step("09:20", q.finish, c1, 1)
    assert step("09:21", q.call_next, c1, 1).number == "A002"
    step("09:23", q.skip, c1, 1)
    assert step("09:25", q.call_next, c2, 2).number == "B001"
    step("09:26", q.transfer, c2, 2, to_line="tax")
    step("09:27", q.pause, c2, 2)
    assert step("09:30", q.call_next, c3, 3).number == "B001"  # kept its place (09:02)
    step("09:31", q.finish, c3, 3)
    step("09:32", q.rejoin, c1, "A002")
    assert step("09:35", q.call_next, c1, 1).number == "A002"
    step("09:36", q.start, c1, 1)
    step("09:46", q.finish, c1, 1)
    assert step("09:40", q.call_next, c3, 3).number == "C001"
    step("09:41", q.skip, c3, 3)
    step("09:50", q.resume, c2, 2)
    return q, who
