"""A hand-computed fixture period for the KPI engine, built through the real queue and case
services on a migrated store (SQLite and PostgreSQL).

Monday 21 Sept 2026 in hall T01 (target wait 20 min). Window 1 is 王窗口 (C001, lines A then
B), window 2 is 李窗口 (C002, lines B then A). Minutes after the hour, local time:

  A001 issued 9:00, W1 calls 9:10, starts 9:12, finishes 9:20   wait 10, service 8 (W1)
  B001 issued 9:02, W2 calls 9:04, no-show 9:06, rejoins 9:30,
       W2 calls again 10:10, finishes 10:20 without "start"      wait 2 (first call), service 10 (W2)
  A002 issued 9:05, W1 calls 9:21, recalls 9:23, starts 9:25,
       finishes 9:40                                            wait 16, service 15 (W1)
  B002 issued 9:11, W2 calls 9:45, no-show 9:47 (never back)     wait 34, no-show (W2)
  A003 issued 9:15, W1 calls 9:41, starts 9:42, transferred to
       line B 9:50; W2 calls 9:55, starts 9:56, finishes 10:06   wait 26 (W1), service 10 (W2)
  A004 issued 10:30, never called

Cases (Fri 25 – Sun 27 Sept is the Mid-Autumn holiday, 1–7 Oct National Day):
  c1 FOOD  C001 accepted 21 Sept (promise 5 W → 29 Sept over the holiday), concluded 29 Sept:
           on time only because of the holiday; rated 5 (bad) on 29 Sept, called back 30 Sept,
           fixed 9 Oct (follow-up on time)
  c2 FOOD  C002 accepted 21, paused 22–24 (promise → 8 Oct), concluded 30 Sept: early;
           rated 3 (基本满意, good)
  c3 FOOD  C001 accepted 21, paused since 24 Sept and still paused: its stored date (29 Sept)
           has passed but it is NOT overdue
  c4 FOOD  C002 accepted 21, still open: overdue (29 Sept), not statutory (12 Oct)
  c5 COMPANY C001 accepted 21 (promise 22 Sept, legal 24 Sept), open: overdue and statutory
  c6 SHOP  C001 instant (即办) 21 Sept: on time; not rated at the window, 满意 on the lookup
  c7 COMPANY C002 refused 22 Sept
  c8 FOOD  C001 received 22 Sept, notice by C001, second notice with a new item by C002
           approved by the supervisor: 2 notices, 1 breach (against C001)
Inquiries: C001 one transferred with a reply promised 21 Sept 12:00, never closed (open,
overdue); C002 one answered in time.
The report is asked for 21–30 Sept on 9 Oct 10:00.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest

from app.cases.service import CaseService
from app.cases.views import Deficiency, InquiryInput, MaterialCheck
from app.journal import Actor
from app.queue.numbering import HALL_TZ
from app.queue.service import QueueService
from app.settings import Settings
from app.staff import add_staff
from db.engine import Store
from tests.cases.conftest import (  # noqa: F401  (fixtures)
    ADMIN,
    COMPANY,
    FOOD,
    SHOP,
    SUPERVISOR,
    intake,
    migrated_url,
    pg_template,
    seeded,
    small_catalog,
    sqlite_template,
    store,
)

KIOSK = Actor(name="kiosk:1", roles=frozenset({"kiosk"}))
START, END = dt.date(2026, 9, 21), dt.date(2026, 9, 30)


class FixedClock:
    """Exactly the time the test sets (hall local time in, aware UTC out)."""

    def __init__(self) -> None:
        self.now = dt.datetime(2026, 9, 21, 8, 0, tzinfo=HALL_TZ).astimezone(dt.UTC)

    def at(self, day: int, hour: int, minute: int = 0, month: int = 9) -> None:
        self.now = dt.datetime(2026, month, day, hour, minute, tzinfo=HALL_TZ).astimezone(dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now


@dataclass
class Fixture:
    store: Store
    settings: Settings
    now: dt.datetime  # when the report is asked for
    ids: dict[str, str]  # names → keys: "w1", "w2", "c001", "c002", "lineA", "lineB", "T01"
    cases: dict[str, str]  # c1 … c8 → case no


def _build(store: Store) -> Fixture:  # noqa: F811 - not the fixture
    settings = Settings(queue_enforce_hours=False)
    clock = FixedClock()
    c1info = add_staff(store, ADMIN, work_no="C001", name="王窗口", password="Passw0rd!x",
                       roles=["clerk"], department_code="scjgj", window_no=1, hall_code="T01")  # fmt: skip
    c2info = add_staff(store, ADMIN, work_no="C002", name="李窗口", password="Passw0rd!x",
                       roles=["clerk"], department_code="scjgj", window_no=2, hall_code="T01")  # fmt: skip
    from sqlalchemy import select

    from db.models import ServiceLine, Staff, Window

    with store.read() as s:
        sid = {st.work_no: st.id for st in s.scalars(select(Staff))}
        wid = {w.no: w.id for w in s.scalars(select(Window))}
        lid = {ln.prefix: ln.id for ln in s.scalars(select(ServiceLine))}
        dept = s.scalar(select(Staff.department_id).where(Staff.work_no == "C001"))
    clerk1, clerk2 = c1info.actor(sid["C001"]), c2info.actor(sid["C002"])
    q = QueueService(store, settings, hall_code="T01", clock=clock)
    cs = CaseService(store, settings, hall_code="T01", clock=clock)

    def at(h: int, m: int) -> None:
        clock.at(21, h, m)

    tickets: dict[str, str] = {}

    def issue(line: str, h: int, m: int) -> None:
        at(h, m)
        t = q.issue(KIOSK, line)
        tickets[t.number] = t.id

    def call(actor: Actor, window: int, h: int, m: int, expect: str) -> None:
        at(h, m)
        assert q.call_next(actor, window).number == expect

    def do(what: str, actor: Actor, window: int, h: int, m: int) -> None:
        at(h, m)
        getattr(q, what)(actor, window)

    issue("social", 9, 0)  # A001
    issue("civil", 9, 2)  # B001
    call(clerk2, 2, 9, 4, "B001")
    issue("social", 9, 5)  # A002
    do("skip", clerk2, 2, 9, 6)
    call(clerk1, 1, 9, 10, "A001")
    issue("civil", 9, 11)  # B002
    do("start", clerk1, 1, 9, 12)
    issue("social", 9, 15)  # A003
    do("finish", clerk1, 1, 9, 20)
    call(clerk1, 1, 9, 21, "A002")
    do("recall", clerk1, 1, 9, 23)
    do("start", clerk1, 1, 9, 25)
    at(9, 30)
    q.rejoin(clerk2, "B001")
    do("finish", clerk1, 1, 9, 40)
    call(clerk1, 1, 9, 41, "A003")
    do("start", clerk1, 1, 9, 42)
    call(clerk2, 2, 9, 45, "B002")
    do("skip", clerk2, 2, 9, 47)
    at(9, 50)
    q.transfer(clerk1, 1, to_line="civil")
    call(clerk2, 2, 9, 55, "A003")
    do("start", clerk2, 2, 9, 56)
    do("finish", clerk2, 2, 10, 6)
    call(clerk2, 2, 10, 10, "B001")
    do("finish", clerk2, 2, 10, 20)
    issue("social", 10, 30)  # A004, never called

    # --- cases
    cases: dict[str, str] = {}

    def accepted(name: str, actor: Actor, code: str, h: int, m: int, **kw: Any) -> str:
        at(h, m)
        c = cs.receive(actor, intake(code, **kw))
        cases[name] = cs.accept(actor, c.case_no).case.case_no
        return cases[name]

    accepted("c1", clerk1, FOOD, 11, 0, ticket_id=tickets["A001"])
    accepted("c2", clerk2, FOOD, 11, 5)
    accepted("c3", clerk1, FOOD, 11, 10)
    accepted("c4", clerk2, FOOD, 11, 15)
    accepted("c5", clerk1, COMPANY, 11, 20)
    accepted("c6", clerk1, SHOP, 11, 25)
    at(11, 30)
    cs.record_not_rated(KIOSK, cases["c6"], channel="window")
    at(11, 31)
    cs.rate(KIOSK, cases["c6"], 2, channel="lookup")
    at(11, 40)
    q1 = cs.log_inquiry(clerk1, InquiryInput(
        question="退休金怎么查", disposition="transferred", transferred_to="社保局",
        visitor_phone="13800138000", channel="phone",
        promised_reply_at=dt.datetime(2026, 9, 21, 12, 0, tzinfo=HALL_TZ)))  # fmt: skip
    assert q1.open
    at(11, 45)
    q2 = cs.log_inquiry(clerk2, InquiryInput(
        question="公积金怎么提取", disposition="transferred", transferred_to="公积金中心",
        visitor_phone="13900139000", channel="phone",
        promised_reply_at=dt.datetime(2026, 9, 21, 16, 0, tzinfo=HALL_TZ)))  # fmt: skip
    at(15, 0)
    cs.close_inquiry(clerk2, q2.id, reply="已告知")

    clock.at(22, 9, 0)
    cs.pause(clerk2, cases["c2"], kind="检验检测", reason="现场核查", expected_days=2)
    clock.at(22, 9, 30)
    c7 = cs.receive(clerk2, intake(COMPANY))
    cases["c7"] = c7.case_no
    cs.refuse(clerk2, c7.case_no, reason="申请人不具备资格", legal_basis="《公司法》第二十九条")
    clock.at(22, 10, 0)
    mats = [MaterialCheck(seq=1, name="食品经营许可申请书"),
            MaterialCheck(seq=2, name="营业执照", status="missing")]  # fmt: skip
    c8 = cs.receive(clerk1, intake(FOOD, materials=mats))
    cases["c8"] = c8.case_no
    cs.issue_notice(clerk1, c8.case_no, [Deficiency(2, "营业执照", "缺少", "复印件1份")])
    clock.at(22, 10, 30)
    cs.issue_notice(clerk2, c8.case_no, [Deficiency(2, "营业执照", "缺少"),
                                         Deficiency(4, "健康证明", "缺少")],
                    approver=SUPERVISOR)  # fmt: skip
    clock.at(24, 9, 0)
    cs.resume(clerk2, cases["c2"], result="核查合格")
    clock.at(24, 9, 30)
    cs.pause(clerk1, cases["c3"], kind="专家评审", reason="组织专家评审", expected_days=10)

    def conclude(name: str, actor: Actor) -> None:
        c = cs.case(cases[name]).case
        while c.steps_done < len(c.step_names):
            c = cs.complete_step(SUPERVISOR, cases[name], opinion="同意")
        cs.conclude(actor, cases[name], result="准予", doc_name="食品经营许可证", doc_no="JY1")

    clock.at(29, 15, 0)
    conclude("c1", clerk1)
    clock.at(29, 16, 0)
    bad = cs.rate(KIOSK, cases["c1"], 5, channel="window", text="等太久")
    assert bad.follow_up_id is not None and bad.callback_due == dt.date(2026, 9, 30)
    clock.at(30, 9, 0)
    cs.record_callback(SUPERVISOR, bad.follow_up_id, verdict="属实", note="已致电")
    clock.at(30, 10, 0)
    conclude("c2", clerk2)
    clock.at(30, 10, 5)
    cs.rate(KIOSK, cases["c2"], 3, channel="window")
    clock.at(9, 9, 0, month=10)
    cs.record_fix(clerk1, bad.follow_up_id, measures="高峰时段增开窗口")

    now = dt.datetime(2026, 10, 9, 10, 0, tzinfo=HALL_TZ).astimezone(dt.UTC)
    ids = {"w1": str(wid[1]), "w2": str(wid[2]), "c001": str(sid["C001"]),
           "c002": str(sid["C002"]), "lineA": str(lid["A"]), "lineB": str(lid["B"]),
           "dept": str(dept), "T01": "T01"}  # fmt: skip
    return Fixture(store, settings, now, ids, cases)


@pytest.fixture
def period(seeded: Store) -> Iterator[Fixture]:  # noqa: F811 - the imported fixture
    yield _build(seeded)
