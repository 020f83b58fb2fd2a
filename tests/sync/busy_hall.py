"""A hall's busy week through its real use cases: tickets at the windows, then everything a
case and its supervision write — receipt, one-time notices and a second notice (a breach),
acceptance, documents, a pause, an extension, steps, conclusion, delivery, ratings and a bad
review's follow-up (callback, fix, re-rating), first-inquiry records handed on and closed,
complaints filed, assigned and answered, and warnings a supervisor acknowledged.

``cases_week`` works on any seeded hall (its own actors are found from the hall's staff);
``make_case_hall`` seeds one on a real SQLite file with the given hall code."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from app.calendar_service import seed_from_package
from app.cases.service import CaseService
from app.cases.views import Deficiency, InquiryInput
from app.catalog_io import import_catalog
from app.demo import seed_hall
from app.journal import Actor
from app.queue.service import QueueService
from app.settings import Settings
from app.supervision.complaints import ComplaintInput, ComplaintService
from app.supervision.follow_ups import FollowUpService
from app.supervision.warnings import WarningService
from db import migrate
from db.engine import Store
from db.models import Hall, ServiceLine, Staff, Window, WindowLine
from tests.cases.conftest import COMPANY, FOOD, SHOP, intake, small_catalog
from tests.queue.conftest import Clock, small_hall

# Work numbers are unique across the county (staff is county-owned): each hall's own.
STAFF = [
    {"work_no": "C001", "name": "王窗口", "roles": ["clerk"], "window": 1, "password": "secret123"},
    {"work_no": "C002", "name": "李窗口", "roles": ["clerk"], "window": 2, "password": "secret123"},
    {"work_no": "S001", "name": "赵主管", "roles": ["supervisor"], "password": "secret123"},
]
START = dt.datetime(2026, 9, 21, 9, 0)  # Monday; 25 Sept (中秋) is a holiday


def make_case_hall(path: Path, code: str) -> Store:
    store = Store(f"sqlite:///{path}")
    migrate.upgrade(store.engine)
    admin = Actor(name="test:admin", roles=frozenset({"admin"}), hall_code=code)
    import_catalog(store, admin, small_catalog())
    hall = small_hall()
    hall["hall"] = {**hall["hall"], "code": code, "name": f"测试大厅{code}"}
    staff = [{**st, "work_no": f"{code}{st['work_no']}"} for st in STAFF]
    seed_hall(store, admin, {**hall, "staff": staff})
    seed_from_package(store, admin, [2026])
    return store


@dataclass
class Week:
    cases: list[str]  # case numbers, in the order received
    complaints: list[str]
    acks: int


def _actors(store: Store, code: str) -> tuple[Actor, Actor, Actor]:
    with store.read() as s:
        staff = s.scalars(select(Staff).where(Staff.active.is_(True))
                          .order_by(Staff.work_no)).all()  # fmt: skip
        people = [Actor(name=r.work_no, roles=r.role_set, staff_id=r.id, display_name=r.name,
                        window_no=r.window_no, hall_code=code) for r in staff]  # fmt: skip
    clerks = [a for a in people if "clerk" in a.roles and a.window_no]
    boss = next(a for a in people if "supervisor" in a.roles)
    return clerks[0], clerks[1], boss


def cases_week(store: Store, code: str, start: dt.datetime = START) -> Week:
    clock = Clock(start)
    settings = Settings(queue_enforce_hours=False, hall_code=code)
    clerk, clerk2, boss = _actors(store, code)
    kiosk = Actor(name="kiosk:1", roles=frozenset({"kiosk"}), hall_code=code)
    queue = QueueService(store, settings, hall_code=code, clock=clock)
    cases = CaseService(store, settings, hall_code=code, clock=clock)
    complaints = ComplaintService(store, settings, clock=clock)
    warnings = WarningService(store, settings, hall_code=code, clock=clock)
    follow = FollowUpService(store, settings, hall_code=code, clock=clock)
    with store.read() as s:  # the lines the first clerk's window serves
        lines = list(s.scalars(
            select(ServiceLine.code).join(WindowLine, WindowLine.line_id == ServiceLine.id)
            .join(Window, Window.id == WindowLine.window_id)
            .join(Hall, Hall.id == Window.hall_id)
            .where(Hall.code == code, Window.no == clerk.window_no, ServiceLine.active.is_(True))
            .order_by(WindowLine.priority)))  # fmt: skip

    # Monday: tickets, a first inquiry, applications.
    for line in lines[:2]:
        queue.issue(kiosk, line)
    t1 = queue.call_next(clerk, clerk.window_no or 1)
    queue.start(clerk, clerk.window_no or 1)
    iq = cases.log_inquiry(clerk, InquiryInput(
        question="个体户年报怎么填", disposition="handled", ticket_id=str(t1.id),
        visitor_name="刘建国", visitor_phone="13812345678",
        promised_reply_at=clock.now + dt.timedelta(hours=24)))  # fmt: skip
    cases.hand_off_inquiry(clerk, iq.id, clerk2.name)
    cases.close_inquiry(clerk2, iq.id, "已电话告知年报步骤")
    food = cases.receive(clerk, intake(FOOD, ticket_id=str(t1.id))).case_no
    queue.finish(clerk, clerk.window_no or 1)
    cases.issue_notice(clerk, food, [Deficiency(2, "营业执照", "缺少", "复印件1份")])
    cases.issue_notice(clerk2, food, [Deficiency(2, "营业执照", "缺少"),
                                      Deficiency(4, "健康证明", "缺少")], approver=boss)  # fmt: skip
    cases.resolve_items(clerk, food, [1, 2])
    cases.accept(clerk, food)
    pdf = hashlib.sha256(f"%PDF receipt {food}".encode()).hexdigest()
    cases.record_document(clerk, food, kind="receipt", doc_no=cases.document_no(clerk, food, "receipt"),
                          sha256=pdf, payload={"case_no": food})  # fmt: skip
    company = cases.receive(clerk2, intake(COMPANY)).case_no
    cases.accept(clerk2, company)  # 1 working day promised: warns at once
    shop = cases.receive(clerk, intake(SHOP)).case_no
    cases.accept(clerk, shop)  # 即办件: concluded on the spot
    rating = cases.rate(kiosk, shop, 5, channel="window", text="等太久")
    assert rating.follow_up_id is not None
    refused = cases.receive(clerk2, intake(COMPANY)).case_no
    cases.refuse(clerk2, refused, reason="申请人不具备资格", legal_basis="《公司法》第二十九条")
    filed = complaints.file(clerk, ComplaintInput(
        complainant_name="张三丰", complainant_phone="13800138000", channel="phone",
        content="2号窗口让我跑了三趟", case_no=company, window_no=2, target_staff=clerk2.name))  # fmt: skip
    other = complaints.file(None, ComplaintInput(
        complainant_name="李四", complainant_phone="13900139000", channel="window",
        content="取号机不出纸"))  # fmt: skip

    # Tuesday: the food case goes on; the supervisor works through the list.
    clock.set_local(START.replace(day=22, hour=10))
    cases.complete_step(clerk, food, opinion="材料齐全，拟同意")
    cases.pause(clerk, food, kind="检验检测", reason="现场核查", expected_days=3)
    complaints.assign(boss, filed.number, clerk.name)
    acks = 0
    for w in warnings.warnings(boss, include_acknowledged=False):
        warnings.acknowledge(boss, w.case_no, f"已督办 {w.case_no}")
        acks += 1
    follow.callback(boss, rating.follow_up_id, verdict="属实", note="已致电申请人，确系等候过久")
    follow.fix(boss, rating.follow_up_id, measures="高峰时段增开2号窗口")
    follow.rerate(boss, rating.follow_up_id, 2, "群众表示满意")

    # Thursday: resumed, extended, decided, handed over; complaints answered.
    clock.set_local(START.replace(day=24, hour=10))
    cases.resume(clerk, food, result="核查合格")
    detail = cases.extend(clerk, food, days=5, reason="需要补充核查", approver=boss)
    while detail.steps_done < len(detail.step_names):
        detail = cases.complete_step(boss, food, opinion="同意，准予许可")
    cases.conclude(clerk, food, result="准予", doc_name="食品经营许可证", doc_no=f"JY{code}0001")
    cases.deliver(clerk, food, method="window", collector_id="11010519491231002X",
                  collector_name="张三丰")  # fmt: skip
    cases.rate(kiosk, food, 1, channel="window")
    complaints.answer(clerk, filed.number, "已约谈2号窗口人员，并向您致歉")
    for w in warnings.warnings(boss, include_acknowledged=False):
        warnings.acknowledge(boss, w.case_no, f"升级督办 {w.case_no}")
        acks += 1
    return Week(
        cases=[food, company, shop, refused], complaints=[filed.number, other.number], acks=acks
    )
