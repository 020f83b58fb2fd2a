"""Calling: order, fairness, window lines, the clerk's actions, pause, and the audit trail."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from sqlalchemy import select

from app.errors import Conflict, InvalidInput, NothingWaiting
from app.queue.service import QueueService
from db.engine import Store
from db.models import AuditEntry
from tests.queue.conftest import CLERK, KIOSK, Clock


def test_nobody_waiting(queue: QueueService) -> None:
    with pytest.raises(NothingWaiting, match="当前没有等候的群众") as err:
        queue.call_next(CLERK, 1)
    assert err.value.exit_code == 3


def test_longest_wait_first_within_a_line(queue: QueueService) -> None:
    for _ in range(3):
        queue.issue(KIOSK, "social")
    got = []
    for _ in range(3):
        got.append(queue.call_next(CLERK, 1).number)
        queue.finish(CLERK, 1)
    assert got == ["A001", "A002", "A003"]


def test_window_serves_its_lines_in_its_priority_order(queue: QueueService) -> None:
    queue.issue(KIOSK, "social")  # A001, earlier
    queue.issue(KIOSK, "civil")  # B001
    queue.issue(KIOSK, "tax")  # C001: neither window 1 nor 2 serves tax
    assert queue.call_next(CLERK, 2).number == "B001"  # window 2: civil before social
    assert queue.call_next(CLERK, 1).number == "A001"
    queue.finish(CLERK, 1)
    with pytest.raises(NothingWaiting):
        queue.call_next(CLERK, 1)
    assert queue.call_next(CLERK, 3).number == "C001"


def test_priority_first_but_at_most_n_in_a_row(make_queue: Callable[..., QueueService]) -> None:
    q = make_queue(priority_max_consecutive=2)
    q.issue(KIOSK, "social")  # A001 normal, waiting longest
    q.issue(KIOSK, "social")  # A002 normal
    for kind in ("elderly", "disabled", "military", "pregnant"):
        q.issue(KIOSK, "social", priority=kind)  # A003..A006
    order = []
    for _ in range(6):
        order.append(q.call_next(CLERK, 1).number)
        q.finish(CLERK, 1)
    assert order == ["A003", "A004", "A001", "A005", "A006", "A002"]


def test_priority_continues_when_no_normal_ticket_waits(
    make_queue: Callable[..., QueueService],
) -> None:
    q = make_queue(priority_max_consecutive=1)
    for _ in range(3):
        q.issue(KIOSK, "social", priority="military")
    order = []
    for _ in range(3):
        order.append(q.call_next(CLERK, 1).number)
        q.finish(CLERK, 1)
    assert order == ["A001", "A002", "A003"]
    assert q.window(1).priority_streak == 3


def test_calling_while_a_ticket_is_open_is_refused(queue: QueueService) -> None:
    queue.issue(KIOSK, "social")
    queue.issue(KIOSK, "social")
    queue.call_next(CLERK, 1)
    with pytest.raises(Conflict) as err:
        queue.call_next(CLERK, 1)
    assert err.value.message == "当前号 A001 尚未办结，请先办结或过号"
    queue.start(CLERK, 1)
    with pytest.raises(Conflict, match="当前号 A001 尚未办结"):
        queue.call_next(CLERK, 1)
    done = queue.finish(CLERK, 1, rating=1)
    assert (done.status, done.rating) == ("done", 1)
    assert queue.call_next(CLERK, 1).number == "A002"


def test_recall_announces_again(queue: QueueService) -> None:
    queue.issue(KIOSK, "social")
    first = queue.call_next(CLERK, 1)
    again = queue.recall(CLERK, 1)
    assert (again.number, again.call_count) == ("A001", 2)
    assert first.called_at is not None and again.called_at is not None
    assert again.called_at > first.called_at
    events = queue.calls_since(first.called_at)
    assert [(e.number, e.window_no, e.call_count) for e in events] == [("A001", 1, 2)]


def test_calls_since_lists_new_calls_oldest_first(queue: QueueService) -> None:
    for line in ("social", "civil", "tax"):
        queue.issue(KIOSK, line)
    a = queue.call_next(CLERK, 1)
    queue.call_next(CLERK, 2)
    queue.call_next(CLERK, 3)
    assert [e.number for e in queue.calls_since(None)] == ["A001", "B001", "C001"]
    assert [e.number for e in queue.calls_since(a.called_at)] == ["B001", "C001"]
    assert [e.window_name for e in queue.status().recent_calls] == ["1号窗口", "2号窗口", "3号窗口"]


def test_pause_blocks_calling_until_resumed(queue: QueueService) -> None:
    queue.issue(KIOSK, "tax")
    status = queue.pause(CLERK, 3)
    assert status.paused and status.waiting == 1
    with pytest.raises(Conflict, match="3 号窗口已暂停服务"):
        queue.call_next(CLERK, 3)
    assert not queue.resume(CLERK, 3).paused
    assert queue.call_next(CLERK, 3).number == "C001"


def test_skip_then_start_and_rating_rules(queue: QueueService) -> None:
    queue.issue(KIOSK, "social")
    queue.call_next(CLERK, 1)
    assert queue.skip(CLERK, 1).status == "no_show"
    with pytest.raises(Conflict, match="没有正在呼叫或办理的号"):
        queue.start(CLERK, 1)
    queue.issue(KIOSK, "social")
    queue.call_next(CLERK, 1)
    assert queue.start(CLERK, 1).status == "serving"
    with pytest.raises(Conflict, match="A002 正在办理中，不能过号"):
        queue.skip(CLERK, 1)
    with pytest.raises(InvalidInput, match="评价等级应为 1–5"):
        queue.finish(CLERK, 1, rating=6)
    done = queue.finish(CLERK, 1)
    queue.rate(KIOSK, done.id, 4)
    with pytest.raises(Conflict, match="已评价（不满意）"):
        queue.rate(KIOSK, done.id, 1)


def test_unknown_window(queue: QueueService) -> None:
    with pytest.raises(Exception, match="没有 9 号窗口"):
        queue.call_next(CLERK, 9)


def test_yesterdays_tickets_are_not_called(queue: QueueService, clock: Clock) -> None:
    queue.issue(KIOSK, "social")
    clock.set_local(dt.datetime(2026, 3, 10, 9, 0))
    with pytest.raises(NothingWaiting):
        queue.call_next(CLERK, 1)


def test_every_step_is_in_the_audit_log(queue: QueueService, store: Store) -> None:
    t = queue.issue(KIOSK, "social")
    queue.call_next(CLERK, 1)
    queue.recall(CLERK, 1)
    queue.start(CLERK, 1)
    queue.finish(CLERK, 1, rating=2)
    with store.read() as s:
        rows = s.scalars(
            select(AuditEntry).where(AuditEntry.entity_id == t.id).order_by(AuditEntry.seq)
        ).all()
    assert [(r.action, r.after["status"]) for r in rows] == [
        ("ticket.issue", "waiting"),
        ("ticket.call", "called"),
        ("ticket.recall", "called"),
        ("ticket.start", "serving"),
        ("ticket.finish", "done"),
    ]
    assert rows[1].actor == "0101" and rows[1].after["window_no"] == 1


def test_a_refused_call_does_not_spoil_the_next_action(queue: QueueService) -> None:
    # The hall layout is reloaded inside write transactions; one that rolls back (nobody
    # waiting) must leave the service usable.
    queue.LAYOUT_MAX_AGE = 0.0
    with pytest.raises(NothingWaiting):
        queue.call_next(CLERK, 1)
    assert queue.issue(KIOSK, "social").number == "A001"
    assert queue.call_next(CLERK, 1).number == "A001"


def test_the_clerks_preview_is_the_order_f1_calls_in(
    make_queue: Callable[..., QueueService], clock: Clock
) -> None:
    q = make_queue(priority_max_consecutive=2)
    issued = [
        q.issue(KIOSK, "social").number,  # A001 normal
        q.issue(KIOSK, "civil").number,  # B001 normal
        q.issue(KIOSK, "social", priority="disabled").number,  # A002 priority
        q.issue(KIOSK, "civil", priority="military").number,  # B002 priority
        q.issue(KIOSK, "social", priority="pregnant").number,  # A003 priority
        q.issue(KIOSK, "tax").number,  # C001: window 1 does not serve tax
    ]
    assert issued == ["A001", "B001", "A002", "B002", "A003", "C001"]
    preview = [t.number for t in q.upcoming(1)]
    # Two priority calls, then a normal one (fairness), then the last priority, then normal.
    assert preview == ["A002", "A003", "A001", "B002", "B001"]
    assert [t.priority_label for t in q.upcoming(1)][:3] == ["残疾人", "孕妇", None]
    called = []
    for _ in preview:
        called.append(q.call_next(CLERK, 1).number)
        q.finish(CLERK, 1)
    assert called == preview
    assert q.upcoming(1) == []
