"""Warnings a supervisor works through and bad-review follow-up, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app.cases.service import CaseService
from app.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from app.supervision.follow_ups import FollowUpService
from app.supervision.warnings import WarningService
from db.models import AuditEntry, OutboxEntry, WarningAck
from tests.queue.conftest import Clock
from tests.supervision.conftest import (
    CLERK,
    COMPANY,
    FOOD,
    SUPERVISOR,
    accepted,
    bad_review,
    intake,
)


def test_cases_turn_yellow_red_and_statutory_and_each_level_needs_its_own_ack(
    cases: CaseService, warnings_svc: WarningService, clock: Clock
) -> None:
    food = accepted(cases, FOOD)  # promised 29 Sept, statutory 12 Oct (two holidays between)
    company = accepted(cases, COMPANY)  # 1 / 3 working days: promised 22, statutory 24 Sept
    assert [(w.case_no, w.level) for w in warnings_svc.warnings(SUPERVISOR)] == [(company, "yellow")]
    clock.set_local(dt.datetime(2026, 9, 28, 9, 0))  # food: 1 working day left
    got = {w.case_no: w for w in warnings_svc.warnings(SUPERVISOR)}
    assert got[food].level == "yellow" and got[food].days_left == 1
    assert got[company].level == "statutory" and got[food].department == got[company].department != ""
    with pytest.raises(InvalidInput, match="情况说明"):
        warnings_svc.acknowledge(SUPERVISOR, food, "  ")
    with pytest.raises(PermissionDenied, match="确认预警"):
        warnings_svc.acknowledge(CLERK, food, "已督办")
    ack = warnings_svc.acknowledge(SUPERVISOR, food, "材料复核中，已电话督办承办科室")
    assert ack.acknowledged and ack.ack_by == "赵主管" and ack.explanation.startswith("材料复核中")
    with pytest.raises(Conflict, match="已由 S001 确认"):
        warnings_svc.acknowledge(SUPERVISOR, food, "again")
    # acknowledged ones stay on the list, marked; the filter can leave them out
    assert {w.case_no: w.acknowledged for w in warnings_svc.warnings(SUPERVISOR)} == {
        food: True, company: False}  # fmt: skip
    assert [w.case_no for w in warnings_svc.warnings(SUPERVISOR, include_acknowledged=False)] == [company]
    assert [w.case_no for w in warnings_svc.warnings(SUPERVISOR, level="statutory")] == [company]
    assert warnings_svc.warnings(SUPERVISOR, level="red") == []
    assert warnings_svc.warnings(SUPERVISOR, department="没有的部门") == []
    # yellow → red: the old acknowledgement no longer covers it
    clock.set_local(dt.datetime(2026, 9, 30, 9, 0))
    w = next(w for w in warnings_svc.warnings(SUPERVISOR) if w.case_no == food)
    assert (w.level, w.acknowledged, w.ack_level) == ("red", False, "yellow")
    assert warnings_svc.acknowledge(SUPERVISOR, food, "承办人病假，已调整承办人").acknowledged
    clock.set_local(dt.datetime(2026, 10, 13, 9, 0))  # past the statutory limit
    w = next(w for w in warnings_svc.warnings(SUPERVISOR) if w.case_no == food)
    assert (w.level, w.level_label, w.acknowledged) == ("statutory", "法定超期", False)
    # stored, audited, and in the outbox with the full row
    with cases.store.read() as s:
        acks = s.scalars(select(WarningAck).where(WarningAck.case_no == food)).all()
        assert sorted(a.level for a in acks) == ["red", "yellow"]
        audit = s.scalars(select(AuditEntry).where(AuditEntry.action == "warning.ack")).all()
        assert len(audit) == 2 and all(a.actor == "S001" for a in audit)
        out = s.scalars(select(OutboxEntry).where(OutboxEntry.entity == "warning_ack")).all()
        assert {o.payload["explanation"] for o in out} == {
            "材料复核中，已电话督办承办科室", "承办人病假，已调整承办人"}  # fmt: skip


def test_an_application_not_told_within_five_working_days_warns_too(
    cases: CaseService, warnings_svc: WarningService, clock: Clock
) -> None:
    received = cases.receive(CLERK, intake(FOOD)).case_no  # notice due 29 Sept (25th a holiday)
    assert warnings_svc.warnings(SUPERVISOR) == []
    clock.set_local(dt.datetime(2026, 9, 28, 9, 0))
    (w,) = warnings_svc.warnings(SUPERVISOR)
    assert (w.case_no, w.level) == (received, "yellow")
    assert w.reason == "收件后须在5个工作日内（2026-09-29前）告知补正或受理"
    assert warnings_svc.acknowledge(SUPERVISOR, received, "已提醒经办人今日出具告知单").acknowledged


def test_a_case_without_warning_cannot_be_acknowledged(cases: CaseService,
                                                      warnings_svc: WarningService) -> None:  # fmt: skip
    food = accepted(cases, FOOD)
    with pytest.raises(Conflict, match="没有预警"):
        warnings_svc.acknowledge(SUPERVISOR, food, "提前说明")
    with pytest.raises(NotFound, match="没有编号为 T01-NOPE 的办件"):
        warnings_svc.acknowledge(SUPERVISOR, "T01-NOPE", "说明")
    with pytest.raises(PermissionDenied):
        warnings_svc.warnings(CLERK)


def test_follow_up_callback_fix_and_follow_up_rating(
    cases: CaseService, follow_svc: FollowUpService, clock: Clock
) -> None:
    fid = bad_review(cases)
    (f,) = follow_svc.follow_ups(SUPERVISOR)
    assert f.follow_up.callback_due == dt.date(2026, 9, 22) and f.callback_state == "待办"
    with pytest.raises(InvalidInput, match="属实、误评、恶意、无法定依据"):
        follow_svc.callback(SUPERVISOR, fid, verdict="差不多", note="已致电")
    with pytest.raises(InvalidInput, match="回访情况"):
        follow_svc.callback(SUPERVISOR, fid, verdict="属实", note="")
    with pytest.raises(PermissionDenied):
        follow_svc.callback(CLERK, fid, verdict="误评", note="自己核实自己")
    clock.set_local(dt.datetime(2026, 9, 23, 9, 0))  # callback due 22 Sept: a day late
    assert follow_svc.follow_ups(SUPERVISOR)[0].callback_state == "已逾期"
    got = follow_svc.callback(SUPERVISOR, fid, verdict="属实", note="9月23日致电张先生，确系等候过久")
    assert (got.follow_up.verdict, got.callback_state, got.fix_state) == ("属实", "逾期", "待办")
    with pytest.raises(Conflict, match="先登记整改"):
        follow_svc.rerate(SUPERVISOR, fid, 2)
    got = follow_svc.fix(SUPERVISOR, fid, measures="高峰时段增开2号窗口")
    assert got.fix_state == "按时" and got.follow_up.measures == "高峰时段增开2号窗口"
    # fixed but not re-rated: still on the supervisor's list
    assert [x.id for x in follow_svc.follow_ups(SUPERVISOR)] == [fid]
    with pytest.raises(InvalidInput, match="1–5"):
        follow_svc.rerate(SUPERVISOR, fid, 0)
    got = follow_svc.rerate(SUPERVISOR, fid, 2, "群众表示满意")
    assert (got.rerating_level, got.rerating_label) == (2, "满意")
    with pytest.raises(Conflict, match="追评过一次"):
        follow_svc.rerate(SUPERVISOR, fid, 1)
    assert follow_svc.follow_ups(SUPERVISOR) == []
    assert [x.rerating_level for x in follow_svc.follow_ups(SUPERVISOR, include_done=True)] == [2]


@pytest.mark.parametrize("migrated_url", ["sqlite"], indirect=True)
def test_the_list_reads_only_cases_that_can_warn_and_misses_none(
    cases: CaseService, warnings_svc: WarningService, clock: Clock
) -> None:
    """Day by day through the National Day holiday, the list equals the clock of every open
    case (CaseService.open_cases), though it reads only the cases near a limit."""
    from app.supervision.warnings import level_of

    made = [accepted(cases, FOOD), accepted(cases, COMPANY), cases.receive(CLERK, intake(FOOD)).case_no]
    paused = accepted(cases, FOOD)
    cases.pause(CLERK, paused, kind="检验检测", reason="送检")
    extended = accepted(cases, FOOD)
    cases.extend(CLERK, extended, days=5, reason="需现场核查", approver=SUPERVISOR)
    made += [paused, extended]
    seen = set()
    for n in range(45):
        clock.set_local(dt.datetime(2026, 9, 21, 9, 0) + dt.timedelta(days=n))
        if n == 12:
            cases.resume(CLERK, paused, result="检测合格")
        listed = {(w.case_no, w.level) for w in warnings_svc.warnings(SUPERVISOR)}
        every = {(c.case_no, lv) for c in cases.open_cases(SUPERVISOR)
                 if (lv := level_of(c.warning, c.past_legal))}  # fmt: skip
        assert listed == every, clock.now
        seen |= {lv for _, lv in listed}
    assert seen == {"yellow", "red", "statutory"} and len(made) == 5
