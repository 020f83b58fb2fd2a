"""The decision at the window on a received application: 受理 (with the query password),
不予受理 with reason and legal basis, or not our competence (naming the body to apply to)."""

from __future__ import annotations

from collections.abc import Sequence

from app import permissions
from app.cases import numbering, onetime
from app.cases.clockrules import set_due_dates
from app.cases.desk import CaseDesk, audit_of, notices_of, open_notice
from app.cases.intake import unresolved_required
from app.cases.views import STATUS_LABELS, Acceptance, CaseView, MaterialCheck
from app.errors import Conflict, InvalidInput
from app.journal import Actor


def accept(desk: CaseDesk, actor: Actor, case_no: str, *, materials: Sequence[MaterialCheck] | None = None,
           instant: bool = False) -> Acceptance:  # fmt: skip
    """受理. Needs every required material present and every item of an open notice
    resolved. ``instant`` (即办件): accepted and concluded on the spot."""
    permissions.require(actor, "case.intake")
    now, today = desk.now()
    password = numbering.new_password()
    cal = desk.calendar()
    with desk.write(actor) as uow:
        s = uow.session
        c = desk.case_row(s, case_no, lock=True)
        if c.status not in ("received", "notified"):
            raise Conflict(f"办件 {c.case_no} 当前为“{STATUS_LABELS[c.status]}”，不能受理")
        before = audit_of(c)
        if materials is not None:
            c.materials = [mc.as_dict() for mc in materials]
        notice = open_notice(s, c)
        if notice is not None:
            left = onetime.unresolved(notice)
            if left:
                raise Conflict(f"一次性告知单 {notice.notice_no} 还有未补齐的材料："
                               f"{'、'.join(left)}，补齐并勾选后才能受理")  # fmt: skip
            notice.open = False
            uow.record("case.notice_close", "case_notice", notice.id,
                       after={"open": False}, row=notice)  # fmt: skip
        blocking = unresolved_required(c.materials)
        if blocking and notice is None and not notices_of(s, c):
            raise Conflict(f"必要材料未齐：{'、'.join(blocking)}。请出具一次性告知单，"
                           "或补齐后再受理")  # fmt: skip
        if blocking:
            raise Conflict(f"必要材料“{'、'.join(blocking)}”仍缺少或有误，且不在已出具的告知单上；"
                           "补齐后在材料清单中勾选，或经主管批准再次告知（记为违反一次性告知）")  # fmt: skip
        c.query_password_hash = numbering.hash_password(c.query_no, password)
        c.status, c.accepted_at, c.accepted_day = "accepted", now, today
        set_due_dates(c, cal, [])
        text = "受理"
        if instant or c.case_type == 1 and c.promise_days == 0:
            c.status, c.concluded_at, c.result = "concluded", now, "即办"
            c.result_doc_name = c.result_doc_name or "即办件当场办结"
            text = "受理并当场办结（即办件）"
        desk.save(uow, c, "accept", before, now)
        desk.event(uow, c, "accept", text, now, promise_due=c.promise_due,
                   legal_due=c.legal_due, provisional=c.due_provisional)  # fmt: skip
        return Acceptance(case=desk.view(s, c, cal, today), query_password=password)


def reset_query_password(desk: CaseDesk, actor: Actor, case_no: str) -> str:
    """A new query password, for a reprinted (补打) receipt; the old one stops working."""
    permissions.require(actor, "case.intake")
    password = numbering.new_password()
    now, _ = desk.now()
    with desk.write(actor) as uow:
        c = desk.case_row(uow.session, case_no, lock=True)
        if c.accepted_at is None:
            raise Conflict(f"办件 {c.case_no} 尚未受理，没有查询密码")
        c.query_password_hash = numbering.hash_password(c.query_no, password)
        c.query_failures, c.query_locked_until = 0, None
        desk.save(uow, c, "password_reset", {}, now)
        desk.event(uow, c, "password", "重新生成查询密码", now)
    return password


def refuse(desk: CaseDesk, actor: Actor, case_no: str, *, reason: str, legal_basis: str) -> CaseView:
    """不予受理, with reason and legal basis (rights to 复议/诉讼 are on the document)."""
    if not reason.strip():
        raise InvalidInput("不予受理理由：请填写")
    if not legal_basis.strip():
        raise InvalidInput("法律依据：请填写不予受理的法律依据")
    return _refuse(desk, actor, case_no, reason.strip(), legal_basis.strip(), "")


def not_competent(desk: CaseDesk, actor: Actor, case_no: str, *, competent_body: str,
                  reason: str = "") -> CaseView:  # fmt: skip
    """Not our competence: refused at once, naming the body to apply to (art. 32(2))."""
    if not competent_body.strip():
        raise InvalidInput("有权受理的机关：请写明申请人应向哪个机关申请")
    return _refuse(desk, actor, case_no, reason.strip() or "申请事项不属于本机关职权范围",
                   "《中华人民共和国行政许可法》第三十二条第一款第（二）项",
                   competent_body.strip())  # fmt: skip


def _refuse(desk: CaseDesk, actor: Actor, case_no: str, reason: str, basis: str, body: str) -> CaseView:
    permissions.require(actor, "case.intake")
    now, today = desk.now()
    cal = desk.calendar()
    with desk.write(actor) as uow:
        c = desk.case_row(uow.session, case_no, lock=True)
        if c.status not in ("received", "notified"):
            raise Conflict(f"办件 {c.case_no} 当前为“{STATUS_LABELS[c.status]}”，不能不予受理")
        before = audit_of(c)
        c.status, c.refusal_reason, c.refusal_basis, c.competent_body = "refused", reason, basis, body
        c.concluded_at = now
        for n in notices_of(uow.session, c):
            n.open = False
        desk.save(uow, c, "refuse", before, now)
        text = f"不予受理：{reason}" + (f"；请向{body}申请" if body else "")
        desk.event(uow, c, "refuse", text, now)
        return desk.view(uow.session, c, cal, today)
