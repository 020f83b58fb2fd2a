"""Transfer keeps the number and the original wait; a late arrival rejoins behind M people."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from app.errors import Conflict, InvalidInput, NothingWaiting
from app.queue.service import QueueService
from tests.queue.conftest import CLERK, KIOSK


def test_transfer_to_another_line_keeps_number_and_wait(queue: QueueService) -> None:
    a1 = queue.issue(KIOSK, "social")  # A001 comes first ...
    for _ in range(2):
        queue.issue(KIOSK, "tax")  # ... then C001, C002
    queue.call_next(CLERK, 1)
    moved = queue.transfer(CLERK, 1, to_line="tax")
    assert (moved.number, moved.line_code, moved.status) == ("A001", "tax", "waiting")
    assert moved.queued_at == a1.queued_at and moved.transferred_from == "social"
    assert moved.ahead == 0  # it had waited longest, so it is first in its new line
    assert queue.call_next(CLERK, 3).number == "A001"
    assert queue.window(1).current is None


def test_transfer_to_a_window_is_called_only_there(queue: QueueService) -> None:
    queue.issue(KIOSK, "social")
    queue.issue(KIOSK, "social")
    queue.call_next(CLERK, 1)
    sent = queue.transfer(CLERK, 1, to_window=3)  # 3 does not even serve social
    assert sent.target_window_no == 3
    assert queue.call_next(CLERK, 2).number == "A002"  # 2 serves social but not this one
    queue.finish(CLERK, 2)
    with pytest.raises(NothingWaiting):
        queue.call_next(CLERK, 2)
    got = queue.call_next(CLERK, 3)
    assert (got.number, got.window_no, got.call_count) == ("A001", 3, 1)


def test_transfer_needs_exactly_one_target(queue: QueueService) -> None:
    queue.issue(KIOSK, "social")
    queue.call_next(CLERK, 1)
    with pytest.raises(InvalidInput, match="二选一"):
        queue.transfer(CLERK, 1)
    with pytest.raises(InvalidInput, match="不能转给本窗口"):
        queue.transfer(CLERK, 1, to_window=1)
    with pytest.raises(InvalidInput, match="已在「社保医保」中排队"):
        queue.transfer(CLERK, 1, to_line="social")


def test_no_show_rejoins_after_m_people(make_queue: Callable[..., QueueService]) -> None:
    q = make_queue(noshow_rejoin_after=2)
    for _ in range(5):
        q.issue(KIOSK, "social")  # A001..A005
    q.call_next(CLERK, 1)
    q.skip(CLERK, 1)  # A001 did not come
    with pytest.raises(Conflict, match="不是过号状态"):
        q.rejoin(CLERK, "A002")
    back = q.rejoin(CLERK, "a001")
    assert (back.status, back.ahead) == ("waiting", 2)
    order = []
    for _ in range(5):
        order.append(q.call_next(CLERK, 1).number)
        q.finish(CLERK, 1)
    assert order == ["A002", "A003", "A001", "A004", "A005"]


def test_rejoin_with_few_waiting_goes_to_the_end(make_queue: Callable[..., QueueService]) -> None:
    q = make_queue(noshow_rejoin_after=3)
    q.issue(KIOSK, "social")
    q.issue(KIOSK, "social")
    q.call_next(CLERK, 1)
    q.skip(CLERK, 1)
    assert q.rejoin(CLERK, "A001").ahead == 1
    with pytest.raises(Exception, match="今天没有 A009 号"):
        q.rejoin(CLERK, "A009")
