"""首问负责制 (domain.md §5.3): every contact records its first responsible staff member, the
question and the disposition. Handled-here and registered-and-transferred items stay open on
the first person's list until answered, and show as overdue past the promised reply time."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app import permissions
from app.cases.desk import CaseDesk, as_uuid
from app.cases.views import CLOSED_AT_ONCE, DISPOSITIONS, InquiryInput, InquiryView
from app.errors import Conflict, InvalidInput, NotFound
from app.identity import mask_phone, parse_phone
from app.journal import Actor
from db.models import Inquiry

CHANNELS = {"window": "现场", "phone": "电话", "web": "网络"}


def validate(data: InquiryInput, now: dt.datetime) -> InquiryInput:
    if not data.question.strip():
        raise InvalidInput("咨询事项：请填写群众的问题")
    if data.disposition not in DISPOSITIONS:
        raise InvalidInput(f"处理方式：应为{'、'.join(DISPOSITIONS.values())}之一")
    if data.channel not in CHANNELS:
        raise InvalidInput("来访方式：应为现场、电话或网络")
    if data.disposition in ("guided", "transferred") and not data.transferred_to.strip():
        what = "引导至哪个窗口" if data.disposition == "guided" else "转办给谁（人员或部门）"
        raise InvalidInput(f"去向：请填写{what}")
    phone = data.visitor_phone
    if phone.strip():
        try:
            phone = parse_phone(phone)
        except InvalidInput as exc:
            raise InvalidInput(f"联系电话：{exc.message}") from None
    if data.disposition not in CLOSED_AT_ONCE:
        if data.promised_reply_at is None:
            raise InvalidInput("承诺答复时间：本人办理或登记转办时请填写")
        if data.promised_reply_at.tzinfo is None:
            raise InvalidInput("承诺答复时间：缺少时区")
        if data.promised_reply_at < now:
            raise InvalidInput("承诺答复时间：不能早于现在")
        if not phone.strip():
            raise InvalidInput("联系电话：本人办理或登记转办时请留下联系电话，以便答复")
    return replace(data, question=data.question.strip(), visitor_name=data.visitor_name.strip(),
                   visitor_phone=phone.strip(), transferred_to=data.transferred_to.strip())  # fmt: skip


def view(r: Inquiry, now: dt.datetime) -> InquiryView:
    is_open = r.closed_at is None
    return InquiryView(
        id=str(r.id), at=r.at, channel=r.channel, first_staff=r.first_staff,
        first_staff_name=r.first_staff_name, handler=r.handler, visitor_name=r.visitor_name,
        visitor_phone_masked=mask_phone(r.visitor_phone) if r.visitor_phone else "",
        question=r.question, disposition=r.disposition,
        disposition_label=DISPOSITIONS.get(r.disposition, r.disposition),
        transferred_to=r.transferred_to, promised_reply_at=r.promised_reply_at, reply=r.reply,
        closed_at=r.closed_at, open=is_open,
        overdue=is_open and r.promised_reply_at is not None and now > r.promised_reply_at,
        history=list(r.history),
    )  # fmt: skip


def log_inquiry(desk: CaseDesk, actor: Actor, data: InquiryInput) -> InquiryView:
    permissions.require(actor, "case.intake")
    now, _ = desk.now()
    clean = validate(data, now)
    with desk.write(actor) as uow:
        row = Inquiry(hall_id=desk.hall_id, at=now, channel=clean.channel,
                      first_staff=actor.name, first_staff_name=actor.display_name,
                      window_no=actor.window_no, visitor_name=clean.visitor_name,
                      visitor_phone=clean.visitor_phone, question=clean.question,
                      disposition=clean.disposition, transferred_to=clean.transferred_to,
                      handler=actor.name, promised_reply_at=clean.promised_reply_at,
                      ticket_id=as_uuid(clean.ticket_id, "排队号"), case_no=clean.case_no,
                      closed_at=now if clean.disposition in CLOSED_AT_ONCE else None,
                      history=[{"at": now.isoformat(), "by": actor.name,
                                "what": "登记"}])  # fmt: skip
        uow.session.add(row)
        uow.session.flush()
        uow.record("inquiry.log", "inquiry", row.id, after={"disposition": row.disposition},
                   row=row)  # fmt: skip
        return view(row, now)


def _open_inquiry(s: Session, inquiry_id: str, closed: str) -> Inquiry:
    """The inquiry, still open; ``closed`` is the refusal when it has been answered."""
    row = s.get(Inquiry, as_uuid(inquiry_id, "首问登记"))
    if row is None:
        raise NotFound("找不到该首问登记")
    if row.closed_at is not None:
        raise Conflict(closed)
    return row


def hand_off_inquiry(desk: CaseDesk, actor: Actor, inquiry_id: str, to_staff: str,
                     note: str = "") -> InquiryView:  # fmt: skip
    """Hand the matter to someone else; the first responsible person stays attached."""
    permissions.require(actor, "case.intake")
    if not to_staff.strip():
        raise InvalidInput("转交给：请填写接手人员工号或部门")
    now, _ = desk.now()
    with desk.write(actor) as uow:
        row = _open_inquiry(uow.session, inquiry_id, "该首问登记已办结，不能再转交")
        before = {"handler": row.handler}
        row.handler = to_staff.strip()
        row.transferred_to = row.transferred_to or to_staff.strip()
        row.history = [*row.history, {"at": now.isoformat(), "by": actor.name,
                                      "what": f"转交 {to_staff.strip()}", "note": note}]  # fmt: skip
        uow.record("inquiry.hand_off", "inquiry", row.id, before=before,
                   after={"handler": row.handler}, row=row)  # fmt: skip
        return view(row, now)


def close_inquiry(desk: CaseDesk, actor: Actor, inquiry_id: str, reply: str) -> InquiryView:
    permissions.require(actor, "case.intake")
    if not reply.strip():
        raise InvalidInput("答复内容：请填写给群众的答复")
    now, _ = desk.now()
    with desk.write(actor) as uow:
        row = _open_inquiry(uow.session, inquiry_id, "该首问登记已办结")
        row.reply, row.closed_at = reply.strip(), now
        row.history = [*row.history, {"at": now.isoformat(), "by": actor.name, "what": "答复办结"}]
        uow.record("inquiry.close", "inquiry", row.id, after={"reply": row.reply}, row=row)
        return view(row, now)


def my_inquiries(desk: CaseDesk, actor: Actor, *, open_only: bool = True) -> list[InquiryView]:
    """The first-responsible person's list (also what was handed on: it stays theirs)."""
    now, _ = desk.now()
    with desk.store.read() as s:
        q = select(Inquiry).where(Inquiry.hall_id == desk.hall_id,
                                  or_(Inquiry.first_staff == actor.name,
                                      Inquiry.handler == actor.name))  # fmt: skip
        if open_only:
            q = q.where(Inquiry.closed_at.is_(None))
        return [view(r, now) for r in s.scalars(q.order_by(Inquiry.at))]
