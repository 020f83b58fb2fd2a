"""办件查询 for the public: masked, and only with the query password; repeated wrong passwords lock
the case's public query for a while (kept in the store)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import or_, select

from app.cases import numbering
from app.cases.desk import CaseDesk
from app.cases.views import STATUS_LABELS, PublicProgress
from app.errors import InvalidInput, PermissionDenied
from app.identity import mask_name
from app.journal import Actor
from app.queue.numbering import local_day
from db.models import CaseEvent, ServiceCase


def progress(desk: CaseDesk, case_no: str, password: str) -> PublicProgress:
    """办件查询 for the public: masked, and only with the query password. Repeated wrong
    passwords lock the case's public query for a while (kept in the store)."""
    now, today = desk.now()
    key, password = case_no.strip(), (password or "").strip()
    if not key or not password:
        raise InvalidInput("请输入办件编号（或查询号）和查询密码")
    failed = ""
    actor = Actor(name="public:progress")
    with desk.write(actor) as uow:
        s = uow.session
        stmt = select(ServiceCase).where(or_(ServiceCase.case_no == key,
                                             ServiceCase.query_no == key))  # fmt: skip
        if desk.store.dialect == "postgresql":
            stmt = stmt.with_for_update()
        c = s.scalar(stmt)
        if c is None:  # the same answer as a wrong password: numbers cannot be probed
            raise PermissionDenied("办件编号或查询密码错误，请核对受理通知书")
        if c.query_locked_until and c.query_locked_until > now:
            left = max(1, int((c.query_locked_until - now).total_seconds() // 60) + 1)
            raise PermissionDenied(f"查询密码错误次数过多，请 {left} 分钟后再试，或到窗口查询")
        if not numbering.check_password(c.query_password_hash, c.query_no, password):
            c.query_failures += 1
            if c.query_failures >= desk.settings.progress_max_failures:
                c.query_locked_until = now + dt.timedelta(minutes=desk.settings.progress_lock_minutes)
                c.query_failures = 0
                failed = (f"查询密码连续错误{desk.settings.progress_max_failures}次，"
                          f"已暂停查询{desk.settings.progress_lock_minutes}分钟")  # fmt: skip
            else:
                failed = "办件编号或查询密码错误，请核对受理通知书"
            uow.record("case.progress_failed", "case", c.id, after={"failures": c.query_failures},
                       outbox=False)  # fmt: skip
        else:
            if c.query_failures:
                c.query_failures = 0
            steps = [{"name": e.data.get("step", ""), "done_on": local_day(e.at).isoformat()}
                     for e in s.scalars(select(CaseEvent).where(
                         CaseEvent.case_id == c.id, CaseEvent.kind == "step")
                         .order_by(CaseEvent.at))]  # fmt: skip
            result = PublicProgress(
                case_no=c.case_no, matter_name=c.matter_name,
                applicant=mask_name(c.applicant_name),
                status_label=STATUS_LABELS.get(c.status, c.status),
                received_on=c.received_day, accepted_on=c.accepted_day,
                promise_due=c.promise_due, paused=c.paused_since is not None,
                concluded_on=local_day(c.concluded_at) if c.concluded_at else None,
                result=c.result, pickup="窗口领取" if c.pickup == "window" else "邮寄",
                steps=steps,
            )  # fmt: skip
    if failed:
        raise PermissionDenied(failed)
    return result
