"""Complaints (投诉): filed at a window, by phone and at the lookup screen; due in working days
over the National Day holiday; assigned, answered, overdue; read back by the complainant with
number + password, masked and throttled. SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from sqlalchemy import select

from app.cases.intake import FieldErrors
from app.cases.service import CaseService
from app.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from app.supervision.complaints import ComplaintInput, ComplaintService
from db.models import AuditEntry, Complaint, OutboxEntry
from tests.queue.conftest import Clock
from tests.supervision.conftest import CLERK, CLERK2, KIOSK, SUPERVISOR, accepted


def phone_complaint(**kw: object) -> ComplaintInput:
    base: dict[str, object] = {"complainant_name": "张三丰", "complainant_phone": "13800138000",
                               "content": "2号窗口工作人员态度生硬，让我跑了三趟", "channel": "phone"}  # fmt: skip
    return ComplaintInput(**{**base, **kw})  # type: ignore[arg-type]


def test_filed_by_phone_due_in_ten_working_days_over_national_day(
    complaints: ComplaintService, cases: CaseService
) -> None:
    case_no = accepted(cases)
    r = complaints.file(CLERK, phone_complaint(case_no=case_no, window_no=2, target_staff="C002"))
    # Mon 21 Sept + 10 working days: 25 Sept (中秋) and 1–7 Oct off, Sat 10 Oct worked
    assert r.due_on == dt.date(2026, 10, 12) and not r.provisional
    assert r.number == "TST01-20260921-001" and len(r.password) == 6 and r.password.isdigit()
    (v,) = complaints.open_complaints(SUPERVISOR)
    assert (v.channel_label, v.case_no, v.window_no, v.status_label) == ("电话", case_no, 2, "已受理，待分派")
    assert v.days_left == 10 and not v.overdue and v.received_by == "C001"
    with complaints.store.read() as s:
        row = s.scalar(select(Complaint))
        assert row is not None and r.password not in row.password_hash  # only the hash
        out = s.scalars(select(OutboxEntry).where(OutboxEntry.entity == "complaint")).all()
        assert out[0].payload["number"] == r.number and out[0].payload["content"].startswith("2号窗口")
        assert s.scalar(select(AuditEntry).where(AuditEntry.action == "complaint.file")) is not None
    assert complaints.file(CLERK, phone_complaint()).number == "TST01-20260921-002"


def test_every_bad_field_is_named_in_chinese_and_nothing_is_written(
    complaints: ComplaintService,
) -> None:
    with pytest.raises(FieldErrors) as exc:
        complaints.file(CLERK, phone_complaint(complainant_name=" ", complainant_phone="12",
                                               content="差", case_no="没有这个", window_no=0))  # fmt: skip
    errors = exc.value.errors
    assert set(errors) == {"complainant_name", "complainant_phone", "content", "window_no"}
    assert errors["complainant_phone"].startswith("联系电话：") and "不是有效的电话号码" in errors["complainant_phone"]
    assert "至少 5 个字" in errors["content"] and errors["window_no"] == "窗口号：不能小于 1"
    with pytest.raises(FieldErrors, match="没有编号为 没有这个 的办件"):
        complaints.file(CLERK, phone_complaint(case_no="没有这个"))
    with pytest.raises(FieldErrors, match="应为窗口或电话"):
        complaints.file(CLERK, phone_complaint(channel="lookup"))
    with pytest.raises(PermissionDenied):
        complaints.file(KIOSK, phone_complaint())
    assert complaints.open_complaints(SUPERVISOR, include_closed=True) == []


def test_only_the_assigned_handler_or_a_supervisor_answers(complaints: ComplaintService) -> None:
    n = complaints.file(CLERK, phone_complaint(channel="window")).number
    with pytest.raises(PermissionDenied, match="尚未分派"):
        complaints.answer(CLERK2, n, "经调查属实，已批评教育")
    with pytest.raises(PermissionDenied, match="分派投诉"):
        complaints.assign(CLERK, n, "C002")
    with pytest.raises(InvalidInput, match="没有在岗的工号为 X999"):
        complaints.assign(SUPERVISOR, n, "X999")
    v = complaints.assign(SUPERVISOR, n, "C002")
    assert (v.handler, v.status_label) == ("C002", "办理中")
    assert [c.number for c in complaints.open_complaints(CLERK2)] == [n]  # assigned to them
    assert [c.number for c in complaints.open_complaints(CLERK)] == [n]  # taken by them
    with pytest.raises(PermissionDenied, match="当前承办人：C002"):
        complaints.answer(CLERK, n, "我来答复一下这件事")
    with pytest.raises(InvalidInput, match="答复内容"):
        complaints.answer(CLERK2, n, "好")
    v = complaints.answer(CLERK2, n, "经调查属实，已对当事人批评教育并向您致歉")
    assert v.status == "answered" and v.answered_by == "C002" and not v.overdue
    with pytest.raises(Conflict, match="已于 2026-09-21 答复"):
        complaints.answer(SUPERVISOR, n, "再答复一次看看")
    assert complaints.open_complaints(SUPERVISOR) == []
    assert len(complaints.open_complaints(SUPERVISOR, include_closed=True)) == 1
    with pytest.raises(NotFound):
        complaints.assign(SUPERVISOR, "TST01-20990101-001", "C002")


def test_overdue_when_not_answered_by_the_due_day(complaints: ComplaintService,
                                                  clock: Clock) -> None:  # fmt: skip
    n = complaints.file(CLERK, phone_complaint()).number
    clock.set_local(dt.datetime(2026, 10, 12, 17, 0))  # the due day itself: not yet overdue
    (v,) = complaints.open_complaints(SUPERVISOR)
    assert not v.overdue and v.days_left == 0
    clock.set_local(dt.datetime(2026, 10, 13, 9, 0))
    (v,) = complaints.open_complaints(SUPERVISOR)
    assert v.overdue and v.days_left == -1
    v = complaints.answer(SUPERVISOR, n, "已调查处理，超期答复，深表歉意")
    assert v.overdue  # answered late stays late


def test_due_limit_is_a_setting(complaints_of: Callable[..., ComplaintService]) -> None:
    svc = complaints_of(complaint_reply_days=4)
    assert svc.file(CLERK, phone_complaint()).due_on == dt.date(2026, 9, 28)  # 22, 23, 24, (25 中秋), 28


def test_public_filing_and_masked_answer_with_throttled_passwords(
    complaints_of: Callable[..., ComplaintService], clock: Clock
) -> None:
    svc = complaints_of(progress_max_failures=3, progress_lock_minutes=10)
    r = svc.file(None, phone_complaint(channel="window", complainant_name="欧阳娜娜"))
    (v,) = svc.open_complaints(SUPERVISOR)
    assert (v.channel, v.received_by) == ("lookup", "public:lookup")
    p = svc.public_status(r.number, r.password)
    assert (p.complainant, p.status_label, p.answer, p.due_on) == ("欧**娜", "已受理，待分派", "", r.due_on)
    assert "13800138000" not in str(p.as_dict()) and "欧阳娜娜" not in str(p.as_dict())
    svc.answer(SUPERVISOR, r.number, "已核实并整改，感谢监督")
    for _ in range(2):
        with pytest.raises(PermissionDenied, match="投诉编号或查询密码错误"):
            svc.public_status(r.number, "000000")
    with pytest.raises(PermissionDenied, match="已暂停查询10分钟"):
        svc.public_status(r.number, "000001")
    with pytest.raises(PermissionDenied, match="分钟后再试"):
        svc.public_status(r.number, r.password)  # even the right password waits
    with pytest.raises(PermissionDenied, match="投诉编号或查询密码错误"):
        svc.public_status("TST01-20990101-009", r.password)  # unknown: the same answer
    with pytest.raises(InvalidInput, match="请输入投诉编号和查询密码"):
        svc.public_status(r.number, " ")
    clock.now += dt.timedelta(minutes=11)
    p = svc.public_status(r.number, r.password)
    assert (p.status_label, p.answer, p.answered_on) == ("已答复", "已核实并整改，感谢监督", dt.date(2026, 9, 21))
    with svc.store.read() as s:
        row = s.scalar(select(Complaint))
        assert row is not None and row.query_failures == 0
