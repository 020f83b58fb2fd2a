"""After acceptance: the steps (承办 → 审核 → 决定), special procedures that stop the clock,
extensions within the legal cap, 办结 and 送达."""

from __future__ import annotations

from sqlalchemy import func, select

from app import permissions
from app.cases import numbering
from app.cases.clockrules import check_extension, pauses_of, set_due_dates
from app.cases.desk import CaseDesk, audit_of
from app.cases.present import mask_cert, step_names
from app.cases.views import RESULTS, STATUS_LABELS, CaseView
from app.errors import Conflict, InvalidInput
from app.journal import Actor
from db.models import CaseEvent, CasePause


def complete_step(desk: CaseDesk, actor: Actor, case_no: str, *, opinion: str,
                  action: str = "通过") -> CaseView:  # fmt: skip
    """Finish the current step (承办 → 审核 → 决定) with the handler's opinion."""
    permissions.require(actor, "case.handle")
    if not opinion.strip():
        raise InvalidInput("办理意见：请填写")
    if action not in ("通过", "退回"):
        raise InvalidInput("办理结果：应为“通过”或“退回”")
    now, today = desk.now()
    cal = desk.calendar()
    with desk.write(actor) as uow:
        s = uow.session
        c = desk.case_row(s, case_no, lock=True)
        desk.require_running(c, "办理环节")
        if c.paused_since is not None:
            raise Conflict(f"办件 {c.case_no} 正在特别程序中，请先结束特别程序")
        names = step_names(s, c.matter_id)
        if c.step_no >= len(names):
            raise Conflict(f"办件 {c.case_no} 的办理环节已全部完成，请办结")
        before = audit_of(c)
        prev = s.scalar(select(func.max(CaseEvent.at)).where(
            CaseEvent.case_id == c.id, CaseEvent.kind.in_(("step", "accept"))))  # fmt: skip
        name = names[c.step_no]
        if action == "退回" and c.step_no > 0:
            c.step_no -= 1
        elif action == "通过":
            c.step_no += 1
        c.handler = actor.name
        desk.save(uow, c, "step", before, now)
        desk.event(uow, c, "step", f"{name}：{action}。{opinion.strip()}", now, step=name,
                   action=action, opinion=opinion.strip(), started=prev, ended=now)  # fmt: skip
        return desk.view(s, c, cal, today)


def pause(desk: CaseDesk, actor: Actor, case_no: str, *, kind: str, reason: str, basis: str = "",
          expected_days: int = 0) -> CaseView:  # fmt: skip
    """特别程序 (听证、检验检测、专家评审 …): the clock stops; the applicant is told in writing
    (the pause notice's number is in the timeline)."""
    permissions.require(actor, "case.handle")
    if not kind.strip():
        raise InvalidInput("特别程序种类：请选择（听证、检验检测、专家评审等）")
    if not reason.strip():
        raise InvalidInput("启动理由：请填写")
    now, today = desk.now()
    cal = desk.calendar()
    with desk.write(actor) as uow:
        s = uow.session
        c = desk.case_row(s, case_no, lock=True)
        if c.status != "accepted":
            raise Conflict(f"办件 {c.case_no} 当前为“{STATUS_LABELS[c.status]}”，不能启动特别程序")
        n = s.scalar(select(func.count()).select_from(CasePause).where(CasePause.case_id == c.id))
        p = CasePause(case_id=c.id, kind=kind.strip(), reason=reason.strip(),
                      basis=basis.strip(), expected_days=max(expected_days, 0),
                      start_day=today, started_at=now)  # fmt: skip
        s.add(p)
        s.flush()
        uow.record("case.pause", "case_pause", p.id, after={"kind": p.kind}, row=p)
        before = audit_of(c)
        c.status, c.paused_since = "suspended", today
        desk.save(uow, c, "suspend", before, now)
        no = numbering.doc_no(c.case_no, "pause_notice", (n or 0) + 1)
        desk.event(uow, c, "pause", f"启动特别程序（{p.kind}）：{p.reason}，暂停计时；"
                   f"书面告知申请人 {no}", now, notice_no=no,
                   expected_days=p.expected_days)  # fmt: skip
        return desk.view(s, c, cal, today)


def resume(desk: CaseDesk, actor: Actor, case_no: str, *, result: str = "") -> CaseView:
    permissions.require(actor, "case.handle")
    now, today = desk.now()
    cal = desk.calendar()
    with desk.write(actor) as uow:
        s = uow.session
        c = desk.case_row(s, case_no, lock=True)
        if c.status != "suspended":
            raise Conflict(f"办件 {c.case_no} 不在特别程序中")
        p = s.scalar(select(CasePause).where(CasePause.case_id == c.id,
                                             CasePause.end_day.is_(None)))  # fmt: skip
        assert p is not None
        p.end_day, p.ended_at, p.result = today, now, result.strip()
        uow.record("case.resume", "case_pause", p.id, after={"end_day": today}, row=p)
        before = audit_of(c)
        c.status, c.paused_since = "accepted", None
        set_due_dates(c, cal, pauses_of(s, c, None))
        desk.save(uow, c, "resume", before, now)
        desk.event(uow, c, "resume", f"特别程序（{p.kind}）结束，恢复计时；承诺办结日期 "
                   f"{c.promise_due.isoformat() if c.promise_due else ''}", now)  # fmt: skip
        return desk.view(s, c, cal, today)


def extend(desk: CaseDesk, actor: Actor, case_no: str, *, days: int, reason: str,
           approver: Actor) -> CaseView:  # fmt: skip
    """延期 (art. 42): adds days with the head's approval, within the legal cap."""
    permissions.require(actor, "case.handle")
    permissions.require(approver, "case.approve")
    if not reason.strip():
        raise InvalidInput("延期理由：请填写（须告知申请人）")
    now, today = desk.now()
    cal = desk.calendar()
    with desk.write(actor) as uow:
        s = uow.session
        c = desk.case_row(s, case_no, lock=True)
        desk.require_running(c, "延期")
        check_extension(c, days)
        before = audit_of(c)
        c.extension_days += days
        set_due_dates(c, cal, pauses_of(s, c, None))
        desk.save(uow, c, "extend", before, now)
        k = s.scalar(select(func.count()).select_from(CaseEvent).where(
            CaseEvent.case_id == c.id, CaseEvent.kind == "extend"))  # fmt: skip
        no = numbering.doc_no(c.case_no, "extension_notice", (k or 0) + 1)
        desk.event(uow, c, "extend", f"延期{days}日（{approver.name}批准）：{reason.strip()}；"
                   f"承诺办结日期改为 {c.promise_due.isoformat() if c.promise_due else ''}",
                   now, days=days, approver=approver.name, approver_name=approver.display_name,
                   reason=reason.strip(), notice_no=no, promise_due=c.promise_due,
                   provisional=c.due_provisional)  # fmt: skip
        return desk.view(s, c, cal, today)


def conclude(desk: CaseDesk, actor: Actor, case_no: str, *, result: str, doc_name: str = "",
             doc_no: str = "", note: str = "") -> CaseView:  # fmt: skip
    """办结: 准予/不予/撤回/退回/作废/转报, with the result document's name and number."""
    permissions.require(actor, "case.handle")
    if result not in RESULTS:
        raise InvalidInput(f"办结结果：应为{'、'.join(RESULTS)}之一")
    if result in ("准予", "不予") and not (doc_name.strip() and doc_no.strip()):
        raise InvalidInput("结果文书：准予或不予时请填写结果文书名称和文号")
    now, today = desk.now()
    cal = desk.calendar()
    with desk.write(actor) as uow:
        s = uow.session
        c = desk.case_row(s, case_no, lock=True)
        desk.require_running(c, "办结")
        before = audit_of(c)
        if c.paused_since is not None:  # a withdrawal during a special procedure ends it
            p = s.scalar(select(CasePause).where(CasePause.case_id == c.id,
                                                 CasePause.end_day.is_(None)))  # fmt: skip
            if p is not None:
                p.end_day, p.ended_at = today, now
                uow.record("case.resume", "case_pause", p.id, after={"end_day": today}, row=p)
            c.paused_since = None
        c.status, c.concluded_at, c.result = "concluded", now, result
        c.result_doc_name, c.result_doc_no = doc_name.strip(), doc_no.strip()
        desk.save(uow, c, "conclude", before, now)
        text = f"办结：{result}" + (f"，{doc_name.strip()} {doc_no.strip()}" if doc_name else "")
        desk.event(uow, c, "conclude", text + (f"。{note.strip()}" if note.strip() else ""), now)
        return desk.view(s, c, cal, today)


def deliver(desk: CaseDesk, actor: Actor, case_no: str, *, method: str, collector_id: str | None = None,
            collector_name: str = "", tracking_no: str | None = None) -> CaseView:  # fmt: skip
    """送达: window pick-up (collector's ID checked) or post (tracking number)."""
    permissions.require(actor, "case.handle")
    now, today = desk.now()
    if method == "window":
        from app.identity import parse_resident_id

        if not collector_id:
            raise InvalidInput("领取人身份证号码：请读卡或输入")
        try:
            cid = parse_resident_id(collector_id, today=today).number
        except InvalidInput as exc:
            raise InvalidInput(f"领取人身份证号码：{exc.message}") from None
        ref = f"{collector_name.strip()} {mask_cert('居民身份证', cid)}".strip()
    elif method == "post":
        if not (tracking_no and tracking_no.strip()):
            raise InvalidInput("邮寄单号：请填写")
        ref = tracking_no.strip()
    else:
        raise InvalidInput("送达方式：应为窗口领取（window）或邮寄（post）")
    cal = desk.calendar()
    with desk.write(actor) as uow:
        c = desk.case_row(uow.session, case_no, lock=True)
        if c.status != "concluded":
            raise Conflict(f"办件 {c.case_no} 尚未办结，不能送达")
        before = audit_of(c)
        c.status, c.delivery_method, c.delivery_ref, c.delivered_at = "delivered", method, ref, now
        desk.save(uow, c, "deliver", before, now)
        how = "窗口领取" if method == "window" else "邮寄"
        desk.event(uow, c, "deliver", f"送达（{how}）：{ref}", now)
        return desk.view(uow.session, c, cal, today)
