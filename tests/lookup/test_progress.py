"""办件查询 on the public screen: steps, the promised date with its unit and provisional mark,
the clock state with the pause's type, masked applicants, and the wrong-password throttle."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from sqlalchemy import select

from app.cases.service import CaseService
from app.errors import InvalidInput, PermissionDenied
from app.lookup.service import LookupService
from db.models import AuditEntry, ServiceCase
from tests.cases.conftest import SUPERVISOR
from tests.lookup.conftest import CLERK, FOOD, accepted, company
from tests.queue.conftest import Clock


def test_progress_shows_steps_promise_and_clock(cases: CaseService,
                                                make_lookup: Callable[..., LookupService],
                                                clock: Clock) -> None:  # fmt: skip
    no, query_no, pw = accepted(cases, FOOD)
    look = make_lookup()
    p = look.progress(no, pw)
    assert (p.case_no, p.matter_name, p.applicant) == (no, "食品经营许可（新办）", "张*丰")
    assert p.status_label == "办理中" and p.clock_state == "running" and p.clock_label == "计时中"
    assert (p.promise_days, p.unit, p.promise_due) == (5, "工作日", dt.date(2026, 9, 29))
    assert not p.provisional and p.days_left is not None and p.days_left > 0
    assert p.steps[0].state == "current" and p.current_step == p.steps[0].name
    assert all(s.state == "todo" for s in p.steps[1:])
    text = str(p.as_dict())
    assert "110105" not in text and "13800138000" not in text and "张三丰" not in text

    cases.complete_step(CLERK, no, opinion="材料齐全")
    cases.pause(CLERK, no, kind="专家评审", reason="请张三丰到场说明", expected_days=3)
    p = look.progress(query_no, pw)  # the query number opens it too
    assert p.steps[0].state == "done" and p.steps[0].done_on == dt.date(2026, 9, 21)
    assert p.steps[1].state == "current"
    assert (p.clock_state, p.pause_kind) == ("paused", "专家评审")
    assert p.clock_label == "暂停计时（专家评审）"
    assert "请张三丰到场说明" not in str(p.as_dict())  # the reason's free text stays inside


def test_due_date_in_a_year_without_arrangement_is_marked_provisional(
        cases: CaseService, make_lookup: Callable[..., LookupService], clock: Clock) -> None:  # fmt: skip
    clock.set_local(dt.datetime(2026, 12, 28, 10, 0))  # 5 working days run into 2027
    no, _, pw = accepted(cases, FOOD)
    p = make_lookup().progress(no, pw)
    assert p.promise_due is not None and p.promise_due.year == 2027
    assert p.provisional and "暂算" in p.provisional_note


def test_company_applicant_is_masked_as_mouxx_company(cases: CaseService,
                                                      make_lookup: Callable[..., LookupService]) -> None:  # fmt: skip
    no, _, pw = accepted(cases, FOOD, company())
    p = make_lookup().progress(no, pw)
    assert p.applicant == "某某有限公司"
    assert "宏达" not in str(p.as_dict())


def test_wrong_passwords_are_throttled_and_counted_in_the_store(
        cases: CaseService, make_lookup: Callable[..., LookupService], clock: Clock,
        seeded) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    no, _, pw = accepted(cases, FOOD)
    look = make_lookup(progress_max_failures=3, progress_lock_minutes=10)
    with pytest.raises(InvalidInput, match="查询密码"):
        look.progress(no, "  ")
    with pytest.raises(PermissionDenied, match="办件编号或查询密码错误"):
        look.progress("NO-SUCH-CASE", pw)  # an unknown number: the same words
    for _ in range(2):
        with pytest.raises(PermissionDenied, match="办件编号或查询密码错误"):
            look.progress(no, "000000")
    with seeded.read() as s:
        assert s.scalar(select(ServiceCase.query_failures).where(ServiceCase.case_no == no)) == 2
    with pytest.raises(PermissionDenied, match="已暂停查询10分钟"):
        look.progress(no, "000001")
    with pytest.raises(PermissionDenied, match="分钟后再试"):
        look.progress(no, pw)  # even the right password waits
    # The lock is in the store: the clerk's CaseService sees it too.
    with pytest.raises(PermissionDenied, match="分钟后再试"):
        cases.progress(no, pw)
    clock.now += dt.timedelta(minutes=11)
    assert look.progress(no, pw).case_no == no
    with seeded.read() as s:
        failed = s.scalars(select(AuditEntry.action).where(
            AuditEntry.action == "case.progress_failed")).all()  # fmt: skip
    assert len(failed) == 3


def test_a_right_password_clears_the_failure_count(cases: CaseService,
                                                   make_lookup: Callable[..., LookupService],
                                                   seeded) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    no, _, pw = accepted(cases, FOOD)
    look = make_lookup(progress_max_failures=3)
    for _ in range(2):
        with pytest.raises(PermissionDenied):
            look.progress(no, "999999")
    look.progress(no, pw)
    with seeded.read() as s:
        assert s.scalar(select(ServiceCase.query_failures).where(ServiceCase.case_no == no)) == 0
    for _ in range(2):  # two more wrong ones do not lock it: the count started again
        with pytest.raises(PermissionDenied, match="核对"):
            look.progress(no, "999999")
    assert look.progress(no, pw).case_no == no


def test_concluded_case_shows_result_and_stopped_clock(cases: CaseService,
                                                       make_lookup: Callable[..., LookupService]) -> None:  # fmt: skip
    no, _, pw = accepted(cases, FOOD)
    view = cases.case(no).case
    for _ in view.step_names:
        cases.complete_step(SUPERVISOR, no, opinion="同意")
    cases.conclude(CLERK, no, result="准予", doc_name="食品经营许可证", doc_no="JY1")
    p = make_lookup().progress(no, pw)
    assert p.clock_state == "stopped" and p.result == "准予" and p.current_step == ""
    assert all(s.state == "done" for s in p.steps) and p.concluded_on == dt.date(2026, 9, 21)


def test_screens_guessing_at_once_count_every_wrong_password(
        cases: CaseService, make_lookup: Callable[..., LookupService], seeded) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    """Four screens, five wrong guesses each, at the same time: all twenty are counted (one
    atomic UPDATE each, never a read-then-write that loses a guess)."""
    from concurrent.futures import ThreadPoolExecutor

    no, _, _ = accepted(cases, FOOD)
    look = make_lookup(progress_max_failures=1000)

    def guess(i: int) -> str:
        try:
            look.progress(no, f"{i:06d}")
        except PermissionDenied as exc:
            return str(exc)
        return "opened"

    with ThreadPoolExecutor(4) as pool:
        answers = list(pool.map(guess, range(20)))
    assert answers == ["办件编号或查询密码错误，请核对受理通知书"] * 20
    with seeded.read() as s:
        assert s.scalar(select(ServiceCase.query_failures).where(ServiceCase.case_no == no)) == 20
