"""The whole life of a case through CaseService, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable

import pytest

from app.cases.service import CaseService
from app.cases.views import Deficiency, InquiryInput, MaterialCheck
from app.errors import Conflict, InvalidInput, PermissionDenied
from tests.cases.conftest import (
    CLERK,
    CLERK2,
    COMPANY,
    FOOD,
    KIOSK,
    ORG_USCC,
    SHOP,
    SUPERVISOR,
    intake,
    person,
)
from tests.queue.conftest import Clock


def test_accept_across_the_national_day_holiday(svc: CaseService) -> None:
    c = svc.receive(CLERK, intake(FOOD))
    assert c.status == "received" and c.case_no.startswith("T01-20260921-")
    got = svc.accept(CLERK, c.case_no)
    clock = got.case.clock
    # 25 Sept is 中秋 (holiday); 1–7 Oct 国庆; 10 Oct a Saturday made a working day.
    assert clock.promise_due == dt.date(2026, 9, 29)  # 5 working days
    assert clock.legal_due == dt.date(2026, 10, 12)  # 10 working days
    assert not clock.provisional and clock.warning == "green" and clock.days_left == 5
    assert len(got.query_password) == 6 and got.case.receipt_no == f"{c.case_no}-SL"


def test_year_without_arrangement_gives_provisional_dates(svc: CaseService, clock: Clock) -> None:
    clock.set_local(dt.datetime(2026, 12, 28, 9, 0))
    c = svc.receive(CLERK, intake(FOOD))
    got = svc.accept(CLERK, c.case_no).case
    assert got.clock.provisional and "按法定节假日暂算" in got.clock.provisional_note
    # 29, 30, 31 Dec 2026, then 元旦 (computed statutory holiday), 4 and 5 Jan 2027.
    assert got.clock.promise_due == dt.date(2027, 1, 5)


def test_invalid_applicant_reports_every_field_and_writes_nothing(svc: CaseService) -> None:
    bad = intake(FOOD, applicant=person(name=" ", cert_no="110105194912310021", phone="12345"))
    with pytest.raises(InvalidInput) as exc:
        svc.receive(CLERK, bad)
    errors = exc.value.errors  # type: ignore[attr-defined]
    assert set(errors) == {"applicant.name", "applicant.cert_no", "applicant.phone"}
    assert "身份证号码" in errors["applicant.cert_no"] and "校验码" in errors["applicant.cert_no"]
    assert svc.my_open_cases(CLERK) == []
    org = intake(FOOD, applicant=person(kind="organisation", name="青川某某公司",
                                        cert_no=ORG_USCC, legal_rep="李四"))  # fmt: skip
    assert svc.validate_intake(org) == {}


def test_notice_then_return_then_accept(svc: CaseService, clock: Clock) -> None:
    mats = [MaterialCheck(seq=1, name="食品经营许可申请书"),
            MaterialCheck(seq=2, name="营业执照", status="missing"),
            MaterialCheck(seq=3, name="场所平面图", status="defective", reason="未标注面积")]  # fmt: skip
    c = svc.receive(CLERK, intake(FOOD, materials=mats))
    with pytest.raises(Conflict, match="营业执照、场所平面图"):
        svc.accept(CLERK, c.case_no)
    n = svc.issue_notice(CLERK, c.case_no, [Deficiency(2, "营业执照", "缺少", "复印件1份"),
                                           Deficiency(3, "场所平面图", "未标注面积", "重新提交")])  # fmt: skip
    assert n.ordinal == 1 and n.notice_no == f"{c.case_no}-GZ1" and len(n.items) == 2
    assert n.deadline == dt.date(2026, 10, 12)  # 10 working days past the two holidays
    clock.set_local(dt.datetime(2026, 9, 23, 9, 0))
    svc.resolve_items(CLERK, c.case_no, [1])
    with pytest.raises(Conflict, match="场所平面图"):
        svc.accept(CLERK, c.case_no)
    svc.resolve_items(CLERK, c.case_no, [2])
    got = svc.accept(CLERK, c.case_no).case
    assert got.accepted_at is not None and got.clock.promise_due == dt.date(2026, 10, 8)
    detail = svc.case(c.case_no)
    assert [e.kind for e in detail.timeline] == [
        "receive", "notice", "resolve", "resolve", "accept"]  # fmt: skip
    assert detail.notices[0].open is False


def test_second_notice_needs_a_supervisor_and_is_a_breach(svc: CaseService) -> None:
    c = svc.receive(CLERK, intake(FOOD))
    svc.issue_notice(CLERK, c.case_no, [Deficiency(2, "营业执照", "缺少")])
    more = [Deficiency(2, "营业执照", "缺少"), Deficiency(4, "健康证明", "缺少")]
    with pytest.raises(PermissionDenied, match="健康证明"):
        svc.issue_notice(CLERK2, c.case_no, more)
    with pytest.raises(PermissionDenied):
        svc.issue_notice(CLERK2, c.case_no, more, approver=CLERK2)
    n2 = svc.issue_notice(CLERK2, c.case_no, more, approver=SUPERVISOR)
    assert n2.ordinal == 2 and n2.breaches == ["健康证明"] and n2.approved_by == "S001"
    detail = svc.case(c.case_no)
    assert detail.breaches == [{"staff": "C001", "staff_name": "王窗口", "material": "健康证明",
                                "first_notice_no": f"{c.case_no}-GZ1", "approved_by": "S001"}]  # fmt: skip
    # Repeating only what the first notice named needs nobody's approval.
    c2 = svc.receive(CLERK, intake(FOOD))
    svc.issue_notice(CLERK, c2.case_no, [Deficiency(2, "营业执照", "缺少")])
    assert svc.issue_notice(CLERK, c2.case_no, [Deficiency(2, "营业执照", "复印不清")]).breaches == []


def test_five_day_rule_accepts_from_the_day_of_receipt(svc: CaseService, clock: Clock) -> None:
    c = svc.receive(CLERK, intake(FOOD))
    assert c.notice_due == dt.date(2026, 9, 29)  # 5 working days after Mon 21 Sept
    clock.set_local(dt.datetime(2026, 9, 29, 17, 0))
    assert svc.sweep().deemed_accepted == []  # still within the 5 days
    clock.set_local(dt.datetime(2026, 9, 30, 9, 0))
    assert svc.sweep().deemed_accepted == [c.case_no]
    assert svc.sweep().deemed_accepted == []  # idempotent
    got = svc.case(c.case_no).case
    assert got.status == "accepted" and got.deemed_accepted
    assert got.accepted_at == got.received_at and got.clock.promise_due == dt.date(2026, 9, 29)
    with pytest.raises(Conflict):
        svc.issue_notice(CLERK, c.case_no, [Deficiency(2, "营业执照", "缺少")])


def test_warnings_move_with_the_clock(svc: CaseService, clock: Clock) -> None:
    c = svc.receive(CLERK, intake(FOOD))
    svc.accept(CLERK, c.case_no)  # due Tue 29 Sept; yellow at ≤ max(1, ⌈20 % × 5⌉) = 1 left
    states = {}
    for day in (24, 28, 29, 30):
        clock.set_local(dt.datetime(2026, 9, day, 10, 0))
        (s,) = svc.my_open_cases(CLERK)
        states[day] = (s.warning, s.days_left, s.past_legal)
    assert states == {24: ("green", 2, False), 28: ("yellow", 1, False),
                      29: ("yellow", 0, False), 30: ("red", -1, False)}  # fmt: skip
    clock.set_local(dt.datetime(2026, 10, 13, 10, 0))
    (s,) = svc.open_cases(SUPERVISOR)
    assert s.warning == "red" and s.past_legal
    assert svc.my_open_cases(CLERK2) == []
    with pytest.raises(PermissionDenied):
        svc.open_cases(CLERK)


def test_undecided_application_warns_before_the_five_days_run_out(svc: CaseService,
                                                                   clock: Clock) -> None:  # fmt: skip
    c = svc.receive(CLERK, intake(FOOD))  # notice due Tue 29 Sept
    seen = {}
    for day in (22, 28, 29):
        clock.set_local(dt.datetime(2026, 9, day, 10, 0))
        (s,) = svc.my_open_cases(CLERK)
        seen[day] = (s.status, s.warning, s.days_left, s.notice_due)
    due = dt.date(2026, 9, 29)
    assert seen == {22: ("received", "green", 4, due), 28: ("received", "yellow", 1, due),
                    29: ("received", "yellow", 0, due)}  # fmt: skip
    assert c.notice_due == due


def test_pause_resume_extend_conclude_pick_up(svc: CaseService, clock: Clock) -> None:
    c = svc.receive(CLERK, intake(FOOD))
    svc.accept(CLERK, c.case_no)  # promise due 29 Sept, legal due 12 Oct
    clock.set_local(dt.datetime(2026, 9, 22, 10, 0))
    svc.complete_step(CLERK, c.case_no, opinion="材料齐全，拟同意")
    p = svc.pause(CLERK, c.case_no, kind="检验检测", reason="现场核查", expected_days=3)
    assert p.status == "suspended" and p.clock.paused
    clock.set_local(dt.datetime(2026, 9, 24, 10, 0))  # 22 and 23 Sept did not count
    r = svc.resume(CLERK, c.case_no, result="核查合格")
    assert r.clock.promise_due == dt.date(2026, 10, 8) and r.clock.days_paused == 2
    with pytest.raises(InvalidInput, match="最多延期10日"):
        svc.extend(CLERK, c.case_no, days=11, reason="需要补充核查", approver=SUPERVISOR)
    with pytest.raises(PermissionDenied):
        svc.extend(CLERK, c.case_no, days=5, reason="需要补充核查", approver=CLERK2)
    e = svc.extend(CLERK, c.case_no, days=5, reason="需要补充核查", approver=SUPERVISOR)
    assert e.clock.promise_due == dt.date(2026, 10, 14) and e.clock.extension_days == 5
    while e.steps_done < len(e.step_names):
        e = svc.complete_step(SUPERVISOR, c.case_no, opinion="同意，准予许可")
    with pytest.raises(Conflict, match="全部完成"):
        svc.complete_step(SUPERVISOR, c.case_no, opinion="再审")
    with pytest.raises(InvalidInput, match="结果文书"):
        svc.conclude(CLERK, c.case_no, result="准予")
    done = svc.conclude(CLERK, c.case_no, result="准予", doc_name="食品经营许可证",
                        doc_no="JY15108220001")  # fmt: skip
    assert done.status == "concluded" and done.clock.warning == "none"
    with pytest.raises(InvalidInput, match="领取人身份证号码"):
        svc.deliver(CLERK, c.case_no, method="window", collector_id="123")
    got = svc.deliver(CLERK, c.case_no, method="window", collector_id="11010519491231002X",
                      collector_name="张三丰")  # fmt: skip
    assert got.status == "delivered" and got.delivery_ref == "张三丰 110105********002X"
    detail = svc.case(c.case_no)
    kinds = [e.kind for e in detail.timeline]
    steps = ["step"] * (len(e.step_names) - 1)
    assert kinds == ["receive", "accept", "step", "pause", "resume", "extend", *steps,
                     "conclude", "deliver"]  # fmt: skip
    assert detail.extensions[0]["approver"] == "S001" and detail.pauses[0]["end_day"] == "2026-09-24"


def test_instant_matter_is_concluded_on_the_spot(svc: CaseService) -> None:
    c = svc.receive(CLERK, intake(SHOP))
    got = svc.accept(CLERK, c.case_no).case
    assert (got.status, got.result) == ("concluded", "即办")


def test_refusal_and_not_our_competence(svc: CaseService) -> None:
    a = svc.receive(CLERK, intake(COMPANY))
    with pytest.raises(InvalidInput, match="法律依据"):
        svc.refuse(CLERK, a.case_no, reason="申请人不具备资格", legal_basis=" ")
    r = svc.refuse(CLERK, a.case_no, reason="申请人不具备资格", legal_basis="《公司法》第二十九条")
    assert r.status == "refused" and r.refusal_no == f"{a.case_no}-BY"
    b = svc.receive(CLERK, intake(COMPANY))
    n = svc.not_competent(CLERK, b.case_no, competent_body="广元市市场监督管理局")
    assert n.competent_body == "广元市市场监督管理局" and "三十二条" in n.refusal_basis


def test_issued_documents_are_kept_with_their_hash(svc: CaseService) -> None:
    c = svc.receive(CLERK, intake(FOOD))
    svc.accept(CLERK, c.case_no)
    pdf = b"%PDF-1.4 receipt"
    digest = hashlib.sha256(pdf).hexdigest()
    no = svc.document_no(CLERK, c.case_no, "receipt")
    first = svc.record_document(CLERK, c.case_no, kind="receipt", doc_no=no, sha256=digest,
                                payload={"case_no": c.case_no})  # fmt: skip
    again = svc.record_document(CLERK, c.case_no, kind="receipt", doc_no=no, sha256=digest,
                                reprint=True)  # fmt: skip
    assert (first.reprint, again.reprint) == (False, True)
    docs = svc.case(c.case_no).documents
    assert [(d.doc_no, d.sha256, d.reprint) for d in docs] == [(no, digest, False), (no, digest, True)]
    assert docs[0].payload == {"case_no": c.case_no}
    with pytest.raises(InvalidInput, match="SHA-256"):
        svc.record_document(CLERK, c.case_no, kind="receipt", doc_no=no, sha256="abc")


def test_rating_once_per_channel_and_bad_rating_opens_follow_up(svc: CaseService) -> None:
    c = svc.receive(CLERK, intake(SHOP))
    with pytest.raises(Conflict, match="尚未办结"):
        svc.rate(KIOSK, svc.receive(CLERK, intake(FOOD)).case_no, 1)
    svc.accept(CLERK, c.case_no)
    nr = svc.record_not_rated(KIOSK, c.case_no, channel="window")
    assert (nr.level, nr.label) == (None, "未评价")
    bad = svc.rate(KIOSK, c.case_no, 5, channel="window", text="等太久")
    assert bad.level == 5 and bad.follow_up_id is not None
    assert bad.callback_due == dt.date(2026, 9, 22) and bad.fix_due == dt.date(2026, 10, 19)
    with pytest.raises(Conflict, match="一事一评"):
        svc.rate(KIOSK, c.case_no, 1, channel="window")
    assert svc.rate(KIOSK, c.case_no, 2, channel="lookup").follow_up_id is None
    with pytest.raises(InvalidInput, match="1–5"):
        svc.rate(KIOSK, c.case_no, 6, channel="qr")
    (f,) = svc.follow_ups(CLERK)  # the clerk who handled it is responsible
    assert f.responsible == "C001" and f.label == "非常不满意"
    with pytest.raises(Conflict, match="回访"):
        svc.record_fix(CLERK, f.id, measures="增加窗口")
    svc.record_callback(SUPERVISOR, f.id, verdict="属实", note="已致电")
    svc.record_fix(CLERK, f.id, measures="高峰时段增开窗口")
    assert svc.follow_ups(SUPERVISOR) == []
    assert len(svc.follow_ups(SUPERVISOR, open_only=False)) == 1


def test_progress_masks_and_throttles_wrong_passwords(make_service: Callable[..., CaseService],
                                                      clock: Clock) -> None:  # fmt: skip
    svc = make_service(progress_max_failures=3, progress_lock_minutes=10)
    c = svc.receive(CLERK, intake(FOOD))
    pw = svc.accept(CLERK, c.case_no).query_password
    p = svc.progress(c.case_no, pw)
    assert p.applicant == "张*丰" and p.status_label == "办理中"
    assert "110105" not in str(p.as_dict()) and "13800138000" not in str(p.as_dict())
    for _ in range(2):
        with pytest.raises(PermissionDenied, match="查询密码错误"):
            svc.progress(c.case_no, "000000")
    with pytest.raises(PermissionDenied, match="已暂停查询10分钟"):
        svc.progress(c.case_no, "000001")
    with pytest.raises(PermissionDenied, match="分钟后再试"):
        svc.progress(c.case_no, pw)  # even the right password waits
    clock.now += dt.timedelta(minutes=11)
    assert make_service(progress_max_failures=3).progress(c.query_no, pw).case_no == c.case_no


def test_first_inquiry_stays_with_the_first_handler(svc: CaseService, clock: Clock) -> None:
    promised = clock.now + dt.timedelta(hours=2)
    with pytest.raises(InvalidInput, match="承诺答复时间"):
        svc.log_inquiry(CLERK, InquiryInput(question="退休金怎么查", disposition="transferred",
                                            transferred_to="社保局", visitor_phone="13800138000"))  # fmt: skip
    q = svc.log_inquiry(CLERK, InquiryInput(
        question="退休金怎么查", disposition="transferred", transferred_to="社保局",
        visitor_phone="13800138000", channel="phone", promised_reply_at=promised))  # fmt: skip
    svc.log_inquiry(CLERK, InquiryInput(question="厕所在哪", disposition="not_government"))
    h = svc.hand_off_inquiry(CLERK, q.id, "C002", note="社保专窗")
    assert (h.first_staff, h.handler, h.open) == ("C001", "C002", True)
    assert [i.id for i in svc.my_inquiries(CLERK)] == [q.id]
    assert [i.id for i in svc.my_inquiries(CLERK2)] == [q.id]
    clock.now += dt.timedelta(hours=3)
    (late,) = svc.my_inquiries(CLERK)
    assert late.overdue and late.visitor_phone_masked == "138****8000"
    svc.close_inquiry(CLERK2, q.id, reply="已电话告知查询方式")
    assert svc.my_inquiries(CLERK) == []


def test_case_number_pattern_is_checked_and_used(make_service: Callable[..., CaseService]) -> None:
    with pytest.raises(InvalidInput, match="case_no_pattern"):
        make_service(case_no_pattern="{year}-{seq:05d}")  # no hall code: not unique county-wide
    svc = make_service(case_no_pattern="{region}{hall}{year}{seq:05d}")
    assert svc.receive(CLERK, intake(FOOD)).case_no == "350100T01202600001"
    assert svc.receive(CLERK, intake(FOOD)).case_no == "350100T01202600002"


def test_importing_the_arrangement_recomputes_provisional_due_dates(svc: CaseService,
                                                                    clock: Clock) -> None:  # fmt: skip
    from app.calendar_service import store_entries
    from app.cases.clock import CaseCalendar, recompute_due_dates
    from app.holiday_source import HolidayEntry
    from app.journal import unit_of_work
    from app.workcalendar import DayKind
    from tests.cases.conftest import ADMIN

    clock.set_local(dt.datetime(2026, 12, 28, 9, 0))
    c = svc.receive(CLERK, intake(FOOD))
    # Provisional: 1 Jan 2027 is a computed statutory holiday already.
    assert svc.accept(CLERK, c.case_no).case.clock.promise_due == dt.date(2027, 1, 5)
    new_year = [HolidayEntry(dt.date(2027, 1, d), DayKind.HOLIDAY, "元旦", "测试安排", 2027)
                for d in (1, 2, 3)]  # fmt: skip
    store_entries(svc.store, ADMIN, new_year)
    with unit_of_work(svc.store, ADMIN, hall_code="T01") as uow:
        assert recompute_due_dates(uow, CaseCalendar.load(svc.store), {2027}) == 1
    with unit_of_work(svc.store, ADMIN, hall_code="T01") as uow:
        assert recompute_due_dates(uow, CaseCalendar.load(svc.store), {2027}) == 0
    svc.CALENDAR_MAX_AGE = 0.0
    got = svc.case(c.case_no).case.clock
    # 1 Jan 2027 is now a holiday: the 5 working days are 29, 30, 31 Dec, 4 and 5 Jan.
    assert (got.promise_due, got.provisional) == (dt.date(2027, 1, 5), False)


def test_a_missing_item_left_off_the_notice_blocks_acceptance(svc: CaseService) -> None:
    mats = [MaterialCheck(seq=1, name="申请书"), MaterialCheck(seq=2, name="营业执照", status="missing"),
            MaterialCheck(seq=4, name="健康证明", status="missing")]  # fmt: skip
    c = svc.receive(CLERK, intake(FOOD, materials=mats))
    svc.issue_notice(CLERK, c.case_no, [Deficiency(2, "营业执照", "缺少")])  # forgot 健康证明
    svc.resolve_items(CLERK, c.case_no, [1])
    with pytest.raises(Conflict, match="健康证明.*不在已出具的告知单上"):
        svc.accept(CLERK, c.case_no)
    n2 = svc.issue_notice(CLERK, c.case_no, [Deficiency(4, "健康证明", "缺少")], approver=SUPERVISOR)
    assert n2.breaches == ["健康证明"]
    svc.resolve_items(CLERK, c.case_no, [1])
    assert svc.accept(CLERK, c.case_no).case.status == "accepted"
    assert {m["name"]: m["status"] for m in svc.case(c.case_no).case.materials} == {
        "申请书": "received", "营业执照": "received", "健康证明": "received"}  # fmt: skip
