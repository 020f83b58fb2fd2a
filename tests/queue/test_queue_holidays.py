"""The hall is closed on holidays and weekends and open on 补班 days, by the stored 2026
arrangement (or the computed statutory holidays of a year not imported); training lifts it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from app.calendar_service import seed_from_package
from app.errors import Conflict
from app.queue.service import QueueService
from db.engine import Store
from tests.queue.conftest import ADMIN, KIOSK, Clock

MakeQueue = Callable[..., QueueService]


@pytest.fixture
def q(make_queue: MakeQueue, store: Store) -> QueueService:
    seed_from_package(store, ADMIN, [2026])
    return make_queue()


@pytest.mark.parametrize(
    ("day", "why"),
    [
        (dt.date(2026, 10, 1), "今天（10月1日）国庆节放假，大厅不办理业务，不发号"),
        (dt.date(2026, 10, 7), "今天（10月7日）国庆节放假"),  # a 调休 day off, a Wednesday
        (dt.date(2026, 3, 8), "今天（3月8日）星期日休息日，大厅不办理业务，不发号"),
        (dt.date(2026, 2, 16), "春节放假"),
    ],
)
def test_no_ticket_on_a_holiday_or_a_plain_sunday(
    q: QueueService, clock: Clock, day: dt.date, why: str
) -> None:
    clock.set_local(dt.datetime.combine(day, dt.time(10, 0)))
    with pytest.raises(Conflict, match=why):
        q.issue(KIOSK, "social")
    assert all(not ln.open_now for ln in q.lines())  # the kiosk shows every line closed
    assert q.status().lines[0].issued_today == 0


@pytest.mark.parametrize("day", [dt.date(2026, 2, 14), dt.date(2026, 9, 20)])
def test_make_up_weekend_days_are_open(q: QueueService, clock: Clock, day: dt.date) -> None:
    assert day.weekday() >= 5
    clock.set_local(dt.datetime.combine(day, dt.time(10, 0)))
    ticket = q.issue(KIOSK, "social")
    assert (ticket.number, ticket.day) == ("A001", day.isoformat())
    assert all(ln.open_now for ln in q.lines())


def test_training_mode_issues_on_national_day(
    make_queue: MakeQueue, store: Store, clock: Clock
) -> None:
    seed_from_package(store, ADMIN, [2026])
    q = make_queue(queue_enforce_hours=False)
    clock.set_local(dt.datetime(2026, 10, 1, 10, 0))
    assert q.issue(KIOSK, "civil").number == "B001"
    assert all(ln.open_now for ln in q.lines())


def test_a_year_not_imported_closes_on_the_computed_statutory_days(
    make_queue: MakeQueue, store: Store, clock: Clock
) -> None:
    seed_from_package(store, ADMIN, [2026])
    q = make_queue()
    clock.set_local(dt.datetime(2027, 2, 8, 10, 0))  # Monday, 正月初三 by the lunar calendar
    with pytest.raises(Conflict, match="春节放假"):
        q.issue(KIOSK, "social")
    clock.set_local(dt.datetime(2027, 2, 11, 10, 0))
    assert q.issue(KIOSK, "social").number == "A001"
