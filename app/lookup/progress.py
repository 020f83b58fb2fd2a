"""办件查询 for the public: what has been done, what is under way, when it is promised, whether
the clock is running, and who applied, masked. Built from one read of the store."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.calendar import UNIT_NAMES
from app.cases.clock import CaseCalendar
from app.cases.clockrules import clock_of
from app.cases.present import step_names
from app.cases.views import STATUS_LABELS
from app.identity import mask_party
from app.lookup.views import CaseProgress, StepView
from app.queue.numbering import local_day
from app.settings import Settings
from db.models import CaseEvent, CasePause, ServiceCase


def clock_state(status: str, accepted: bool, pause_kind: str) -> tuple[str, str]:
    """(state, label): not_started before acceptance; paused during a special procedure (its
    type named); stopped once concluded or refused; running otherwise."""
    if status in ("concluded", "delivered", "refused"):
        return "stopped", "已停止计时（办结）" if status != "refused" else "已停止计时（不予受理）"
    if not accepted:
        return "not_started", "尚未受理，未开始计时"
    if status == "suspended":
        return "paused", f"暂停计时（{pause_kind or '特别程序'}）"
    return "running", "计时中"


def case_progress(s: Session, case_id: uuid.UUID, cal: CaseCalendar, today: dt.date,
                  settings: Settings) -> CaseProgress:  # fmt: skip
    c = s.get(ServiceCase, case_id)
    assert c is not None
    pauses = list(s.scalars(select(CasePause).where(CasePause.case_id == c.id)))
    clock = clock_of(c, cal, pauses, today, percent=settings.case_yellow_percent,
                     min_days=settings.case_yellow_min_days)  # fmt: skip
    open_pause = next((p for p in pauses if p.end_day is None), None)
    pause_kind = open_pause.kind if open_pause and c.paused_since is not None else ""
    state, label = clock_state(c.status, c.accepted_day is not None, pause_kind)
    done = [(e.data.get("step", ""), local_day(e.at)) for e in s.scalars(
        select(CaseEvent).where(CaseEvent.case_id == c.id, CaseEvent.kind == "step")
        .order_by(CaseEvent.at))]  # fmt: skip
    names = step_names(s, c.matter_id)
    steps: list[StepView] = []
    current = ""
    for i, name in enumerate(names):
        if i < c.step_no:
            on = done[i][1] if i < len(done) else None
            steps.append(StepView(name=done[i][0] or name if i < len(done) else name,
                                  state="done", done_on=on))  # fmt: skip
        elif i == c.step_no and state in ("running", "paused"):
            current = name
            steps.append(StepView(name=name, state="current"))
        else:
            steps.append(StepView(name=name, state="todo"))
    return CaseProgress(
        case_no=c.case_no, matter_name=c.matter_name,
        applicant=mask_party(c.applicant_kind, c.applicant_name),
        status_label=STATUS_LABELS.get(c.status, c.status), received_on=c.received_day,
        accepted_on=c.accepted_day, steps=steps, current_step=current,
        promise_days=c.promise_days + c.extension_days,
        unit=UNIT_NAMES.get(c.promise_unit, "工作日"), promise_due=clock.promise_due,
        provisional=clock.provisional and clock.promise_due is not None,
        provisional_note=clock.provisional_note, clock_state=state, clock_label=label,
        pause_kind=pause_kind, days_left=clock.days_left,
        concluded_on=local_day(c.concluded_at) if c.concluded_at else None, result=c.result,
        pickup="窗口领取" if c.pickup == "window" else "邮寄送达",
    )  # fmt: skip
