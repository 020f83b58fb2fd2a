"""``yichuang demo activity``: a realistic history for the demo hall, made by calling the same
use cases the screens call (QueueService, CaseService), never by writing rows. The clock is
injected and moved through the days, so the same seed gives the same history."""

from __future__ import annotations

import datetime as dt
import random

from app.cases.clock import CaseCalendar
from app.cases.service import CaseService
from app.cases.views import Deficiency, InquiryInput, IntakeInput, MaterialCheck, PartyInput
from app.demo import demo_file
from app.errors import UserError
from app.identity import resident_id_check_char, uscc_check_char
from app.journal import Actor
from app.queue.numbering import HALL_TZ
from app.queue.service import QueueService
from app.settings import Settings
from db.engine import Store

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = ["建国", "秀英", "志强", "丽华", "海燕", "明", "静", "伟", "芳", "磊", "婷", "军", "桂兰", "德明"]
COMPANIES = ["青川县竹韵茶叶有限公司", "青川县木鱼山农业专业合作社", "青川县乔庄镇老街餐馆",
             "广元市青溪古镇旅游开发有限公司", "青川县白龙湖水产养殖场"]  # fmt: skip
QUESTIONS = [("退休金领取资格认证在哪里办", "answered", ""),
             ("不动产登记要带什么材料", "guided", "7号窗口"),
             ("小孩上户口需要哪些证明", "answered", ""),
             ("社保断缴了怎么补", "transferred", "县社保局 参保股"),
             ("隔壁装修噪音扰民", "not_government", ""),
             ("个体户年报怎么填", "handled", "")]  # fmt: skip
SPECIAL = [("检验检测", "现场核查食品经营场所"), ("专家评审", "技术方案专家论证"),
           ("听证", "利害关系人申请听证")]  # fmt: skip


class DemoClock:
    def __init__(self, start: dt.datetime) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        self.now += dt.timedelta(seconds=7)
        return self.now

    def at(self, day: dt.date, hour: int, minute: int = 0) -> None:
        self.now = dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=HALL_TZ)


def _person(rng: random.Random) -> PartyInput:
    born = dt.date(1950, 1, 1) + dt.timedelta(days=rng.randrange(0, 365 * 52))
    first17 = f"510822{born:%Y%m%d}{rng.randrange(0, 1000):03d}"
    name = rng.choice(SURNAMES) + rng.choice(GIVEN)
    return PartyInput(kind="person", name=name, cert_no=first17 + resident_id_check_char(first17),
                      phone=f"139{rng.randrange(0, 10**8):08d}", address="四川省广元市青川县乔庄镇")  # fmt: skip


def _org(rng: random.Random) -> PartyInput:
    body = "9151082" + "2" + "".join(rng.choice("0123456789ABCDEFGH") for _ in range(9))
    return PartyInput(kind="organisation", name=rng.choice(COMPANIES), cert_no=body + uscc_check_char(body),
                      phone=f"0839-72{rng.randrange(0, 10**5):05d}", legal_rep=_person(rng).name)  # fmt: skip


def generate(store: Store, settings: Settings, *, days: int, seed: int,
             start: dt.date | None = None, clock: DemoClock | None = None) -> dict[str, int]:  # fmt: skip
    """``days`` of history from ``start`` (default: that many days before today). Every use
    case reads time from ``clock`` (injectable), which the generator moves through the days."""
    rng = random.Random(seed)
    hall = demo_file("hall.json")
    start = start or (dt.date.today() - dt.timedelta(days=days))
    clock = clock or DemoClock(dt.datetime.combine(start, dt.time(9), HALL_TZ))
    code = hall["hall"]["code"]
    settings = Settings(**{**settings.__dict__, "queue_enforce_hours": False})
    queue = QueueService(store, settings, hall_code=code, clock=clock)
    cases = CaseService(store, settings, hall_code=code, clock=clock)
    cal = CaseCalendar.load(store)
    staff = [st for st in hall["staff"] if st.get("window") and "clerk" in st["roles"]]
    clerks = [Actor(name=st["work_no"], roles=frozenset(st["roles"]), display_name=st["name"],
                    window_no=st["window"], hall_code=code) for st in staff]  # fmt: skip
    sup = next(st for st in hall["staff"] if "supervisor" in st["roles"])
    supervisor = Actor(name=sup["work_no"], roles=frozenset({"supervisor"}),
                       display_name=sup["name"], hall_code=code)  # fmt: skip
    kiosk = Actor(name="kiosk:1", roles=frozenset({"kiosk"}), hall_code=code)
    matters = _matters(store)
    lines = [ln["code"] for ln in hall["service_lines"]]
    counts = {"tickets": 0, "inquiries": 0, "cases": 0, "notices": 0, "accepted": 0,
              "refused": 0, "pauses": 0, "extensions": 0, "concluded": 0, "delivered": 0,
              "ratings": 0, "callbacks": 0}  # fmt: skip
    pending: list[tuple[str, Actor, str]] = []  # (case_no, clerk, state)
    for offset in range(days):
        day = start + dt.timedelta(days=offset)
        if not cal.is_workday(day):
            continue
        clock.at(day, 8, 50)
        cases.sweep()
        # Tickets and what happens at the windows.
        for n in range(rng.randint(4, 8)):
            clock.at(day, 9 + n // 2, rng.randrange(0, 50))
            line = rng.choice(lines)
            try:
                queue.issue(kiosk, line, source="kiosk")
            except UserError:
                continue
            counts["tickets"] += 1
        for clerk in rng.sample(clerks, k=min(6, len(clerks))):
            try:
                t = queue.call_next(clerk, clerk.window_no or 1)
            except UserError:
                continue
            queue.start(clerk, clerk.window_no or 1)
            roll = rng.random()
            if roll < 0.3:
                q, disp, to = rng.choice(QUESTIONS)
                promised = clock.now + dt.timedelta(hours=rng.choice((2, 4, 24)))
                cases.log_inquiry(clerk, InquiryInput(
                    question=q, disposition=disp, transferred_to=to, ticket_id=t.id,
                    visitor_name=_person(rng).name, visitor_phone=f"138{rng.randrange(10**8):08d}",
                    promised_reply_at=promised if disp in ("handled", "transferred") else None))  # fmt: skip
                counts["inquiries"] += 1
            else:
                _intake(cases, clerk, supervisor, rng, t.id, matters, pending, counts)
            queue.finish(clerk, clerk.window_no or 1)
        # Phone inquiries, answered later or left open on the list.
        if rng.random() < 0.5:
            clerk = rng.choice(clerks)
            iq = cases.log_inquiry(clerk, InquiryInput(
                question="电话咨询：营业执照变更流程", disposition="handled", channel="phone",
                visitor_phone=f"137{rng.randrange(10**8):08d}",
                promised_reply_at=clock.now + dt.timedelta(hours=24)))  # fmt: skip
            counts["inquiries"] += 1
            if rng.random() < 0.6:
                cases.close_inquiry(clerk, iq.id, "已电话答复办理流程和材料")
        clock.at(day, 15, 0)
        _progress(cases, supervisor, rng, pending, counts)
        clock.at(day, 16, 30)
        for f in cases.follow_ups(supervisor):  # 差评回访整改, some of it late
            if f.callback_at is None and rng.random() < 0.7:
                cases.record_callback(supervisor, f.id, verdict=rng.choice(("属实", "误评")),
                                      note="已电话回访申请人")  # fmt: skip
                counts["callbacks"] += 1
            elif f.callback_at is not None and rng.random() < 0.3:
                cases.record_fix(supervisor, f.id, measures="已对窗口人员提醒谈话，优化叫号分流")
    _showcase(cases, clerks[0], rng, matters, counts)
    return counts


def _showcase(cases: CaseService, clerk: Actor, rng: random.Random, matters: list[str],
              counts: dict[str, int]) -> None:  # fmt: skip
    """End of the last day: walk-ins left in the states a short history may miss — one
    undecided (the 5-day rule still running), one awaiting 补正, one refused."""
    impl = rng.choice(matters)
    items = cases.checklist(impl).items
    for what in ("received", "notified", "refused"):
        c = cases.receive(clerk, IntakeInput(impl_code=impl, applicant=_person(rng)))
        counts["cases"] += 1
        if what == "notified":
            first = items[0]
            cases.issue_notice(clerk, c.case_no, [Deficiency(first.seq, first.name, "复印件不清晰",
                                                             "提供清晰复印件1份")])  # fmt: skip
            counts["notices"] += 1
        elif what == "refused":
            cases.not_competent(clerk, c.case_no, competent_body="广元市行政审批局")
            counts["refused"] += 1


def _matters(store: Store) -> list[str]:
    from sqlalchemy import select

    from db.models import Matter, MatterMaterial

    with store.read() as s:
        return sorted(set(s.scalars(select(Matter.impl_code).join(
            MatterMaterial, MatterMaterial.matter_id == Matter.id).where(Matter.is_current))))  # fmt: skip


def _intake(cases: CaseService, clerk: Actor, supervisor: Actor, rng: random.Random,
            ticket_id: str, matters: list[str], pending: list[tuple[str, Actor, str]],
            counts: dict[str, int]) -> None:  # fmt: skip
    impl = rng.choice(matters)
    chk = cases.checklist(impl)
    org = rng.random() < 0.35
    applicant = _org(rng) if org else _person(rng)
    missing = [i for i in chk.items if i.required and rng.random() < 0.15]
    mats = [MaterialCheck(seq=i.seq, name=i.name, form="复印件" if i.copies and not i.originals
                          else "原件", count=max(i.originals, i.copies, 1),
                          status="missing" if i in missing else "received", required=i.required)
            for i in chk.items]  # fmt: skip
    agent = _person(rng) if org and rng.random() < 0.5 else None
    c = cases.receive(clerk, IntakeInput(impl_code=impl, applicant=applicant, agent=agent,
                                         materials=mats, ticket_id=ticket_id))  # fmt: skip
    counts["cases"] += 1
    roll = rng.random()
    if missing:
        cases.issue_notice(clerk, c.case_no, [Deficiency(i.seq, i.name, "未提交", f"{i.form}1份")
                                              for i in missing])  # fmt: skip
        counts["notices"] += 1
        pending.append((c.case_no, clerk, "notified"))
    elif roll < 0.06:
        cases.refuse(clerk, c.case_no, reason="申请人不具备申请资格",
                     legal_basis="《中华人民共和国行政许可法》第三十二条")  # fmt: skip
        counts["refused"] += 1
    elif roll < 0.1:
        cases.not_competent(clerk, c.case_no, competent_body="广元市行政审批局")
        counts["refused"] += 1
    elif roll < 0.14:
        pending.append((c.case_no, clerk, "received"))  # left undecided: the 5-day rule
    else:
        got = cases.accept(clerk, c.case_no).case
        counts["accepted"] += 1
        if got.status == "concluded":
            counts["concluded"] += 1
            _rate(cases, c.case_no, rng, counts)
        else:
            pending.append((c.case_no, clerk, "accepted"))


def _rate(cases: CaseService, case_no: str, rng: random.Random, counts: dict[str, int]) -> None:
    rater = Actor(name="pad", roles=frozenset({"kiosk"}))
    if rng.random() < 0.2:
        cases.record_not_rated(rater, case_no)
    else:
        cases.rate(rater, case_no, rng.choices([1, 2, 3, 4, 5], [60, 25, 8, 4, 3])[0])
    counts["ratings"] += 1


def _progress(cases: CaseService, supervisor: Actor, rng: random.Random,
              pending: list[tuple[str, Actor, str]], counts: dict[str, int]) -> None:  # fmt: skip
    keep: list[tuple[str, Actor, str]] = []
    for case_no, clerk, state in pending:
        roll = rng.random()
        try:
            if state == "notified":
                if roll < 0.5:
                    n = next(x for x in cases.case(case_no).notices if x.open)
                    cases.resolve_items(clerk, case_no, [i["seq"] for i in n.items])
                    cases.accept(clerk, case_no)
                    counts["accepted"] += 1
                    state = "accepted"
                keep.append((case_no, clerk, state))
                continue
            if state == "received":
                keep.append((case_no, clerk, state))
                continue
            view = cases.case(case_no).case
            if view.status == "accepted" and view.steps_done < len(view.step_names):
                if roll < 0.08:
                    kind, reason = rng.choice(SPECIAL)
                    cases.pause(clerk, case_no, kind=kind, reason=reason, expected_days=3)
                    counts["pauses"] += 1
                elif roll < 0.12 and view.clock.extension_days == 0:
                    cases.extend(clerk, case_no, days=5, reason="需进一步核实材料", approver=supervisor)
                    counts["extensions"] += 1
                elif roll < 0.7:
                    cases.complete_step(clerk, case_no, opinion="符合条件，同意")
            elif view.status == "suspended":
                if roll < 0.5:
                    cases.resume(clerk, case_no, result="程序结束，结论合格")
            elif view.status == "accepted" and roll < 0.6:
                result = "准予" if roll < 0.5 else "撤回"
                cases.conclude(clerk, case_no, result=result,
                               doc_name=view.matter_name + "决定书" if result == "准予" else "",
                               doc_no=f"青审〔{view.received_at.year}〕{rng.randrange(1, 999)}号"
                               if result == "准予" else "")  # fmt: skip
                counts["concluded"] += 1
                _rate(cases, case_no, rng, counts)
            elif view.status == "concluded" and roll < 0.6:
                if rng.random() < 0.7:
                    cases.deliver(clerk, case_no, method="window",
                                  collector_id=_person(rng).cert_no)  # fmt: skip
                else:
                    cases.deliver(clerk, case_no, method="post",
                                  tracking_no=f"EMS{rng.randrange(10**9):09d}")  # fmt: skip
                counts["delivered"] += 1
                continue
            if view.status not in ("delivered", "refused"):
                keep.append((case_no, clerk, state))
        except UserError:
            keep.append((case_no, clerk, state))
    pending[:] = keep


__all__ = ["DemoClock", "generate"]
