"""首问负责制 (domain.md §5.3): every contact records its first responsible staff member, the
question and the disposition. Handled-here and registered-and-transferred items stay open on
the first person's list until answered, and show as overdue past the promised reply time."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from app.cases.views import CLOSED_AT_ONCE, DISPOSITIONS, InquiryInput, InquiryView
from app.errors import InvalidInput
from app.identity import mask_phone, parse_phone
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
