"""Taking a ticket: numbers, daily reset, cap, hours, priority lanes, wait estimate."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from sqlalchemy import select

from app.errors import Conflict, InvalidInput, PermissionDenied
from app.identity import resident_id_check_char
from app.journal import Actor
from app.queue.service import QueueService
from db.engine import Store
from db.models import AuditEntry, Ticket, TicketCounter
from tests.queue.conftest import KIOSK, Clock, small_hall


def resident_id(born: dt.date, area: str = "350102", seq: str = "123") -> str:
    first17 = f"{area}{born:%Y%m%d}{seq}"
    return first17 + resident_id_check_char(first17)


def test_numbers_run_per_line_from_001(queue: QueueService) -> None:
    got = [queue.issue(KIOSK, "social").number for _ in range(3)]
    got.append(queue.issue(KIOSK, "civil").number)
    assert got == ["A001", "A002", "A003", "B001"]


def test_numbers_restart_the_next_day(queue: QueueService, clock: Clock) -> None:
    assert queue.issue(KIOSK, "social").number == "A001"
    assert queue.issue(KIOSK, "social").number == "A002"
    clock.set_local(dt.datetime(2026, 3, 10, 9, 0))
    t = queue.issue(KIOSK, "social")
    assert (t.number, t.day) == ("A001", "2026-03-10")


def test_day_is_the_halls_local_date(queue: QueueService, clock: Clock) -> None:
    # 00:30 in Beijing is still the previous day in UTC; the ticket belongs to the local day.
    clock.set_local(dt.datetime(2026, 3, 10, 0, 30))
    assert queue.issue(KIOSK, "social").day == "2026-03-10"


def test_past_999_numbers_get_four_digits(
    make_queue: Callable[..., QueueService], store: Store
) -> None:
    q = make_queue(small_hall(social={"daily_cap": 2000}))
    q.issue(KIOSK, "social")
    with store.write() as s:  # skip ahead as if 999 people had come today
        s.scalars(select(TicketCounter)).one().last_seq = 999
    assert q.issue(KIOSK, "social").number == "A1000"


def test_daily_cap_refuses_in_chinese_and_keeps_numbers_gapless(
    make_queue: Callable[..., QueueService], clock: Clock
) -> None:
    q = make_queue(small_hall(social={"daily_cap": 2}))
    q.issue(KIOSK, "social")
    q.issue(KIOSK, "social")
    with pytest.raises(Conflict) as err:
        q.issue(KIOSK, "social")
    assert err.value.message == "今日「社保医保」号源已取完（每日限2个），请明天再来或预约办理"
    assert [ln.cap_left for ln in q.lines() if ln.code == "social"] == [0]
    clock.set_local(dt.datetime(2026, 3, 10, 9, 0))
    assert q.issue(KIOSK, "social").number == "A001"


def test_outside_hours_refuses_with_the_hours(
    make_queue: Callable[..., QueueService], clock: Clock
) -> None:
    q = make_queue(small_hall(civil={"hours": [["09:00", "12:00"], ["13:30", "17:00"]]}))
    clock.set_local(dt.datetime(2026, 3, 9, 12, 30))
    with pytest.raises(Conflict) as err:
        q.issue(KIOSK, "civil")
    assert (
        err.value.message == "「户籍办理」办理时间为 09:00-12:00、13:30-17:00，现在不在办理时间内"
    )
    assert [ln.open_now for ln in q.lines() if ln.code == "civil"] == [False]
    clock.set_local(dt.datetime(2026, 3, 9, 13, 30))
    assert q.issue(KIOSK, "civil").number == "B001"


def test_training_mode_issues_outside_hours(
    make_queue: Callable[..., QueueService], clock: Clock
) -> None:
    q = make_queue(small_hall(civil={"hours": [["09:00", "12:00"]]}), queue_enforce_hours=False)
    clock.set_local(dt.datetime(2026, 3, 9, 20, 0))
    assert [ln.open_now for ln in q.lines() if ln.code == "civil"] == [True]
    assert q.issue(KIOSK, "civil").number == "B001"


def test_id_number_of_a_70_year_old_gives_the_elderly_lane(queue: QueueService) -> None:
    # The clock says 2026-03-09: born that day in 1956 is exactly 70 (周岁).
    old = queue.issue(KIOSK, "social", id_number=resident_id(dt.date(1956, 3, 9)))
    young = queue.issue(KIOSK, "social", id_number=resident_id(dt.date(1956, 3, 10)))
    assert (old.priority_kind, old.priority_label) == ("elderly", "老年人")
    assert young.priority_kind is None


def test_only_the_masked_id_number_is_stored(queue: QueueService, store: Store) -> None:
    number = resident_id(dt.date(1950, 1, 1))
    t = queue.issue(KIOSK, "social", id_number=number)
    assert t.id_number_masked == number[:6] + "********" + number[-4:]
    with store.read() as s:
        row = s.scalars(select(Ticket)).one()
        audit = " ".join(str(e.after) for e in s.scalars(select(AuditEntry)))
    assert row.id_number_masked == t.id_number_masked
    assert number not in audit


def test_bad_id_number_is_refused(queue: QueueService) -> None:
    with pytest.raises(InvalidInput, match="校验码"):
        queue.issue(KIOSK, "social", id_number="350102195601011230")


def test_unknown_or_disabled_priority_is_refused_in_chinese(
    make_queue: Callable[..., QueueService],
) -> None:
    q = make_queue(priority_kinds="elderly,disabled")
    assert q.issue(KIOSK, "social", priority="disabled").priority_kind == "disabled"
    with pytest.raises(InvalidInput, match="优先通道“军人”未开通"):
        q.issue(KIOSK, "social", priority="military")
    with pytest.raises(InvalidInput, match="可选：老年人（elderly）、残疾人（disabled）"):
        q.issue(KIOSK, "social", priority="vip")


def test_ahead_and_estimated_wait(queue: QueueService) -> None:
    # social: 6 minutes each, served by windows 1 and 2.
    for _ in range(4):
        queue.issue(KIOSK, "social")
    t = queue.issue(KIOSK, "social")
    assert (t.ahead, t.est_wait_minutes) == (4, 12)
    lane = queue.issue(KIOSK, "social", priority="pregnant")
    assert (lane.ahead, lane.est_wait_minutes) == (0, 0)
    assert queue.issue(KIOSK, "social").ahead == 6  # priority ticket counts ahead of walk-ins


def test_paused_windows_do_not_count_for_the_estimate(queue: QueueService) -> None:
    admin = Actor(name="t", roles=frozenset({"admin"}))
    queue.pause(admin, 2)
    for _ in range(2):
        queue.issue(KIOSK, "social")
    assert queue.issue(KIOSK, "social").est_wait_minutes == 12  # 2 ahead × 6 min ÷ 1 window


def test_every_issue_is_audited(queue: QueueService, store: Store) -> None:
    t = queue.issue(KIOSK, "social")
    with store.read() as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.entity_id == t.id)).all()
    assert [(e.action, e.actor, e.after["number"]) for e in entries] == [
        ("ticket.issue", "kiosk:1", "A001")
    ]


def test_an_unknown_line_or_actor_without_rights_is_refused(queue: QueueService) -> None:
    with pytest.raises(Exception, match="没有业务类别“passport”"):
        queue.issue(KIOSK, "passport")
    with pytest.raises(PermissionDenied):
        queue.issue(Actor(name="x", roles=frozenset()), "social")


def test_appointment_check_in_by_code_or_id_number(
    make_queue: Callable[..., QueueService], clock: Clock
) -> None:
    q = make_queue(small_hall(social={"daily_cap": 1}))
    number = resident_id(dt.date(1990, 5, 1))
    day = dt.date(2026, 3, 9)
    admin = Actor(name="t", roles=frozenset({"admin"}))
    by_code = q.book_appointment(admin, "social", day, code="20260309")
    q.book_appointment(admin, "social", day, id_number=number, name="张三丰")
    later = q.book_appointment(admin, "social", dt.date(2026, 3, 20))
    q.issue(KIOSK, "social")  # walk-in numbers are now gone
    t = q.check_in(KIOSK, by_code["code"])
    assert (t.number, t.priority_kind, t.source) == ("A002", "appointment", "appointment")
    t2 = q.check_in(KIOSK, number)
    assert (t2.number, t2.id_number_masked) == ("A003", number[:6] + "********" + number[-4:])
    with pytest.raises(Conflict, match="该预约已签到，排队号为 A002"):
        q.check_in(KIOSK, "20260309")
    with pytest.raises(Conflict, match="2026-03-20，今天不能签到"):
        q.check_in(KIOSK, later["code"])
    with pytest.raises(Exception, match="没有找到预约码"):
        q.check_in(KIOSK, "00000000")
