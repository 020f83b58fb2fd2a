"""From the case service's views to the documents' plain data (printers.documents): who, what,
when, in the hall's local time, with ID numbers and phones masked. No store access and no rules
beyond wording: the numbers, dates and states all come from the service."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Literal, TypedDict

from app.cases.views import PROVISIONAL_NOTE, CaseDetail, CaseView, Checklist, NoticeView
from app.cases.views import Party as PartyView
from app.catalog import MEDIUM
from app.journal import Actor
from app.queue.numbering import HALL_TZ
from printers.documents import (
    AcceptingBody,
    Correction,
    DeferredMaterial,
    Delivery,
    ExtensionData,
    HallInfo,
    MatterRef,
    NoticeData,
    NoticeMaterial,
    Party,
    ReceiptData,
    ReceivedMaterial,
    RefusalData,
    ResultSlipData,
    StaffRef,
    SuspensionData,
)

UNITS = {"W": "个工作日", "N": "个自然日"}
DEFERRED_CONSEQUENCE = (
    "逾期未补交的，本机关将依法处理（可能视为撤回申请或不予许可），请按承诺日期补交。"
)
RESULT_WORDS = {"准予": "准予办理", "不予": "不予办理", "撤回": "申请人撤回申请", "退回": "退回申请",
                "作废": "作废", "转报": "已转报上级机关", "即办": "当场办结"}  # fmt: skip


def local(ts: dt.datetime) -> dt.datetime:
    """The hall's wall-clock time (Beijing), as printed on paper."""
    aware = ts if ts.tzinfo is not None else ts.replace(tzinfo=dt.UTC)
    return aware.astimezone(HALL_TZ)


def staff_ref(actor: Actor) -> StaffRef:
    return StaffRef(name=actor.display_name or actor.name, staff_no=actor.name)


def hall_info(v: CaseView, cl: Checklist | None = None) -> HallInfo:
    return HallInfo(
        hall_name=v.hall_name,
        consult_phone=v.hall_phone or (cl.consult_phone if cl else ""),
        supervision_phone=v.supervise_phone or (cl.supervise_phone if cl else ""),
        address=v.hall_address,
        office_hours=v.hall_hours or (cl.hours if cl else ""),
    )


def body(v: CaseView) -> AcceptingBody:
    window = v.window_name or (f"{v.window_no} 号窗口" if v.window_no else "")
    return AcceptingBody(v.department, v.department_uscc, window)


def matter(v: CaseView, cl: Checklist | None = None) -> MatterRef:
    return MatterRef(name=v.matter_name, basic_code=v.basic_code, impl_code=v.impl_code,
                     matter_type=(cl.matter_type if cl and cl.matter_type else "行政许可"))  # fmt: skip


def party(p: PartyView) -> Party:
    kind: Literal["person", "organisation"] = (
        "organisation" if p.kind == "organisation" else "person"
    )
    return Party(kind=kind, name=p.name, id_type=p.cert_type, id_display=p.cert_masked,
                 address=p.address, legal_rep=p.legal_rep, phone=p.phone_masked)  # fmt: skip


class LetterFields(TypedDict):
    hall: HallInfo
    case_no: str
    matter: MatterRef
    applicant: Party
    body: AcceptingBody
    staff: StaffRef


def letter_fields(v: CaseView, actor: Actor, cl: Checklist | None = None) -> LetterFields:
    """What every document of a case names the same way: hall, case, matter, applicant, the
    accepting body and the staff member issuing it."""
    return LetterFields(hall=hall_info(v, cl), case_no=v.case_no, matter=matter(v, cl),
                        applicant=party(v.applicant), body=body(v), staff=staff_ref(actor))  # fmt: skip


def _unit(v: CaseView) -> str:
    return UNITS.get(v.clock.unit, "个工作日")


def review_bodies(hall_name: str) -> tuple[str, str]:
    """行政复议机关 and the court for a county hall ("青川县政务服务中心" → 青川县人民政府 /
    青川县人民法院); a hall name without a place gives the generic wording."""
    m = re.match(r"(.+?(?:自治县|县|市|区|旗))", hall_name)
    if not m:
        return "本级人民政府", "有管辖权的人民法院"
    place = m.group(1)
    return f"{place}人民政府", f"{place}人民法院"


def notice_data(v: CaseView, n: NoticeView, cl: Checklist, actor: Actor) -> NoticeData:
    items = [i for i in n.items if not i.get("resolved")] or list(n.items)
    return NoticeData(
        **letter_fields(v, actor, cl),
        notice_no=n.notice_no,
        agent=party(v.agent) if v.agent else None,
        received_at=local(v.received_at),
        intake_ref=(f"排队号 {v.ticket_number} / " if v.ticket_number else "")
        + f"收件编号 {v.case_no}",
        legal_basis=cl.legal_basis or "—",
        conditions=cl.conditions or "—",
        procedure=" → ".join(["受理", *cl.steps, "送达"]),
        statutory_days=cl.legal_days,
        promised_days=cl.promise_days,
        statutory_unit=cl.legal_unit,
        promised_unit=cl.promise_unit,
        fee=cl.fee,
        location=cl.place or v.hall_address,
        office_hours=cl.hours or "—",
        materials=[
            NoticeMaterial(
                name=i.name,
                form=i.form,
                copies=max(i.copies, i.originals, 1),
                media=MEDIUM.get(i.medium, i.medium),
                necessity=i.necessity,
                issuer=i.issuer or "—",
                note=i.notes,
            )
            for i in cl.items
        ],  # fmt: skip
        corrections=[
            Correction(i["material"], i["problem"], i.get("requirement", "")) for i in items
        ],
        deadline=n.deadline,
        deadline_note=PROVISIONAL_NOTE if n.deadline_provisional else "",
        consequence=n.consequence,
        issued_on=local(n.issued_at).date(),
    )


def receipt_data(v: CaseView, password: str, cl: Checklist | None, actor: Actor, *,
                 notice_no: str = "") -> ReceiptData:  # fmt: skip
    assert v.accepted_at is not None and v.clock.promise_due is not None
    # After a one-time notice the missing and defective items were brought: acceptance needs it.
    corrected = ("missing", "defective") if notice_no else ()
    received = [m for m in v.materials if m.get("status") == "received"
                or m.get("status") in corrected]  # fmt: skip
    deferred = [m for m in v.materials if m.get("status") == "deferred"]
    instant = v.status in ("concluded", "delivered") and v.result == "即办"
    return ReceiptData(
        **letter_fields(v, actor, cl),
        doc_no=v.receipt_no,
        query_no=v.query_no,
        query_password=password,
        agent=party(v.agent) if v.agent else None,
        received_at=local(v.received_at),
        accepted_at=local(v.accepted_at),
        materials=[
            ReceivedMaterial(m["name"], m.get("form", "原件"), int(m.get("count", 1)))
            for m in received
        ],  # fmt: skip
        materials_note="申请材料齐全、符合法定形式"
        if not deferred
        else "主要申请材料齐全、符合法定形式，部分材料容缺后补",
        fee=cl.fee if cl else "—",
        statutory_days=v.clock.legal_days,
        promised_days=v.clock.promise_days,
        statutory_unit=cl.legal_unit if cl else v.clock.unit,
        promised_unit=v.clock.unit,
        promised_due=v.clock.promise_due,
        legal_due=v.clock.legal_due,
        promised_due_note=v.clock.provisional_note if v.clock.provisional else "",
        progress_query=f"政务服务中心自助查询机或咨询电话 {v.hall_phone}".strip(),
        pickup_method=(
            "邮寄送达至申请时登记的邮寄地址"
            if v.pickup == "post"
            else f"窗口自取：凭本通知书及有效身份证件到{v.hall_name}领取"
        ),  # fmt: skip
        deferred=[
            DeferredMaterial(
                m["name"], dt.date.fromisoformat(str(m["promised_date"])), m.get("reason", "")
            )
            for m in deferred
            if m.get("promised_date")
        ],  # fmt: skip
        deferred_consequence=DEFERRED_CONSEQUENCE if deferred else "",
        notice_no=notice_no,
        concluded_at=local(v.concluded_at) if instant and v.concluded_at else None,
        result_name=v.result_doc_name if instant else "",
    )


def without_secret(data: ReceiptData) -> dict[str, Any]:
    """The receipt as kept with the case: everything but the query password."""
    from dataclasses import replace

    from printers.documents import to_payload

    return to_payload(replace(data, query_password="******"))


def refusal_data(v: CaseView, cl: Checklist | None, actor: Actor) -> RefusalData:
    review, court = review_bodies(v.hall_name)
    return RefusalData(
        **letter_fields(v, actor, cl),
        doc_no=v.refusal_no,
        applied_at=local(v.received_at),
        reason=v.refusal_reason.rstrip("。") + "。",
        legal_basis=v.refusal_basis,
        competent_body=v.competent_body,
        review_body=review,
        court=court,
        issued_on=local(v.concluded_at).date() if v.concluded_at else None,
    )


def _event_data(detail: CaseDetail, kind: str) -> dict[str, Any]:
    events = [e for e in detail.timeline if e.kind == kind]
    return dict(events[-1].data) if events else {}


def suspension_data(detail: CaseDetail, actor: Actor, *, promised_due_before: dt.date,
                    requirement: str = "") -> SuspensionData:  # fmt: skip
    v, p = detail.case, detail.pauses[-1]
    assert v.accepted_at is not None
    data = _event_data(detail, "pause")
    return SuspensionData(
        **letter_fields(v, actor),
        doc_no=str(data["notice_no"]),
        accepted_at=local(v.accepted_at),
        procedure=p["kind"],
        reason=p["reason"],
        started_on=dt.date.fromisoformat(p["start_day"]),
        expected_days=int(p.get("expected_days") or data.get("expected_days") or 0),
        promised_due=promised_due_before,
        days_used=v.clock.days_used,
        days_left=max(v.clock.days_left or 0, 0),
        unit=_unit(v),
        requirement=requirement,
        basis=p["basis"] or "《中华人民共和国行政许可法》第四十五条",
    )


def extension_data(before: CaseView, detail: CaseDetail, actor: Actor) -> ExtensionData:
    """The latest extension (days, reason, approver, number) as the service recorded it."""
    v, ext = detail.case, detail.extensions[-1]
    assert v.accepted_at is not None and v.clock.promise_due and before.clock.promise_due
    return ExtensionData(
        **letter_fields(v, actor),
        doc_no=str(ext["notice_no"]),
        accepted_at=local(v.accepted_at),
        original_due=before.clock.promise_due,
        extension_days=int(ext["days"]),
        new_due=v.clock.promise_due,
        reason=str(ext.get("reason", "")),
        approved_by=str(ext.get("approver_name") or ext.get("approver", "")),
        issued_on=local(dt.datetime.fromisoformat(str(ext["at"]))).date(),
        unit=_unit(v),
        due_note=PROVISIONAL_NOTE if ext.get("provisional") else "",
    )


def result_slip_data(detail: CaseDetail, actor: Actor, doc_no: str, *,
                     collector: PartyView | None = None,
                     relation: str = "申请人本人", recipient: str = "", phone: str = "",
                     address: str = "", carrier: str = "") -> ResultSlipData:  # fmt: skip
    v = detail.case
    assert v.accepted_at and v.concluded_at and v.delivered_at and v.clock.promise_due
    if v.delivery_method == "post":
        delivery = Delivery(method="post", delivered_at=local(v.delivered_at),
                            recipient=recipient or v.applicant.name,
                            phone=phone or v.applicant.phone_masked,
                            address=address or v.postal_address,
                            carrier=carrier, tracking_no=v.delivery_ref)  # fmt: skip
    else:
        delivery = Delivery(method="pickup", delivered_at=local(v.delivered_at),
                            collector=party(collector) if collector else None,
                            relation=relation)  # fmt: skip
    return ResultSlipData(
        **letter_fields(v, actor),
        doc_no=doc_no,
        query_no=v.query_no,
        accepted_at=local(v.accepted_at),
        concluded_at=local(v.concluded_at),
        result=RESULT_WORDS.get(v.result, v.result),
        result_name=v.result_doc_name,
        result_no=v.result_doc_no,
        promised_due=v.clock.promise_due,
        days_used=v.clock.days_used,
        promised_days=v.clock.promise_days,
        paused_days=v.clock.days_paused,
        extension_days=v.clock.extension_days,
        delivery=delivery,
    )
