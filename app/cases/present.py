"""Rows to plain views (app.cases.views)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.cases.clock import CaseCalendar
from app.cases.clockrules import clock_of
from app.cases.numbering import doc_no
from app.cases.views import (
    RATING_LABELS,
    STATUS_LABELS,
    CaseSummary,
    CaseView,
    DocumentView,
    Event,
    NoticeView,
    Party,
)
from app.identity import mask_name, mask_phone, mask_resident_id
from app.settings import Settings
from db.models import (
    CaseDocument,
    CaseEvent,
    CaseNotice,
    CasePause,
    Department,
    Hall,
    Matter,
    ProcessStep,
    ServiceCase,
    Ticket,
    Window,
)

DEFAULT_STEPS = ["承办", "审核", "决定"]


def mask_cert(cert_type: str, cert_no: str) -> str:
    return mask_resident_id(cert_no) if cert_type == "居民身份证" else cert_no


def party(kind: str, name: str, cert_type: str, cert_no: str, phone: str, address: str = "",
          legal_rep: str = "") -> Party:  # fmt: skip
    return Party(kind=kind, name=name, cert_type=cert_type,
                 cert_masked=mask_cert(cert_type, cert_no),
                 phone_masked=mask_phone(phone) if phone else "",
                 address=address, legal_rep=legal_rep)  # fmt: skip


def step_names(session: Session, matter_id: Any) -> list[str]:
    names = list(session.scalars(select(ProcessStep.name).where(
        ProcessStep.matter_id == matter_id).order_by(ProcessStep.seq)))  # fmt: skip
    names = [n for n in names if n not in ("受理", "收件", "送达", "办结")]
    return names or DEFAULT_STEPS


def case_view(s: Session, c: ServiceCase, cal: CaseCalendar, today: dt.date,
              settings: Settings) -> CaseView:  # fmt: skip
    hall = s.get(Hall, c.hall_id)
    matter = s.get(Matter, c.matter_id)
    assert hall is not None and matter is not None
    dept = s.get(Department, matter.department_id)
    pauses = s.scalars(select(CasePause).where(CasePause.case_id == c.id)).all()
    clock = clock_of(c, cal, pauses, today, percent=settings.case_yellow_percent,
                     min_days=settings.case_yellow_min_days)  # fmt: skip
    ticket = s.get(Ticket, c.ticket_id) if c.ticket_id else None
    window = s.scalar(select(Window).where(Window.hall_id == c.hall_id,
                                           Window.no == c.window_no)) if c.window_no else None  # fmt: skip
    agent = None
    if c.agent:
        a = c.agent
        agent = party("person", a["name"], a.get("cert_type", "居民身份证"), a["cert_no"],
                      a.get("phone", ""), a.get("address", ""))  # fmt: skip
    return CaseView(
        case_no=c.case_no, query_no=c.query_no, status=c.status,
        status_label=STATUS_LABELS.get(c.status, c.status),
        hall_code=hall.code, hall_name=hall.name, hall_address=hall.address,
        hall_phone=hall.phone, supervise_phone=hall.supervise_phone,
        matter_name=c.matter_name, impl_code=c.impl_code, basic_code=matter.basic_code,
        matter_version=matter.version, department=dept.name if dept else "",
        department_uscc=dept.uscc if dept else "", case_type=c.case_type,
        applicant=party(c.applicant_kind, c.applicant_name, c.applicant_cert_type,
                        c.applicant_cert_no, c.applicant_phone, c.applicant_address,
                        c.legal_rep),
        agent=agent, materials=list(c.materials), intake_by=c.intake_by,
        intake_by_name=c.intake_by_name, window_no=c.window_no, handler=c.handler,
        received_at=c.received_at, notice_due=c.notice_due, accepted_at=c.accepted_at,
        deemed_accepted=c.deemed_accepted, clock=clock, pickup=c.pickup,
        receipt_no=doc_no(c.case_no, "receipt") if c.accepted_at else "",
        refusal_no=doc_no(c.case_no, "refusal") if c.status == "refused" else "",
        refusal_reason=c.refusal_reason, refusal_basis=c.refusal_basis,
        competent_body=c.competent_body, step_names=step_names(s, c.matter_id),
        steps_done=c.step_no, result=c.result, result_doc_name=c.result_doc_name,
        result_doc_no=c.result_doc_no, concluded_at=c.concluded_at,
        delivery_method=c.delivery_method, delivery_ref=c.delivery_ref,
        delivered_at=c.delivered_at, ticket_id=str(c.ticket_id) if c.ticket_id else None,
        ticket_number=ticket.number if ticket else "", hall_hours=hall.hours,
        window_name=window.name if window else "", postal_address=c.postal_address,
    )  # fmt: skip


def summary(c: Any, cal: CaseCalendar, today: dt.date, settings: Settings,
            pauses: list[CasePause] | None = None) -> CaseSummary:  # fmt: skip
    clock = clock_of(c, cal, pauses or [], today, percent=settings.case_yellow_percent,
                     min_days=settings.case_yellow_min_days)  # fmt: skip
    warning, days_left = clock.warning, clock.days_left
    if c.status == "received":
        # Not yet decided: the one-time notice is due within 5 working days of receipt;
        # yellow on its last day or the day before, red once it has passed.
        days_left = cal.days_between(today, c.notice_due)
        warning = "red" if days_left < 0 else "yellow" if days_left <= 1 else "green"
    return CaseSummary(
        case_no=c.case_no, status=c.status, status_label=STATUS_LABELS.get(c.status, c.status),
        matter_name=c.matter_name, impl_code=c.impl_code, applicant=mask_name(c.applicant_name),
        handler=c.handler, received_at=c.received_at, accepted_at=c.accepted_at,
        promise_due=clock.promise_due, legal_due=clock.legal_due, warning=warning,
        past_legal=clock.past_legal, days_left=days_left,
        notice_due=c.notice_due if c.status == "received" else None,
    )  # fmt: skip


def notice_view(c: ServiceCase, n: CaseNotice, breaches: list[str] | None = None,
                cal: CaseCalendar | None = None) -> NoticeView:  # fmt: skip
    return NoticeView(case_no=c.case_no, notice_no=n.notice_no, ordinal=n.ordinal,
                      issued_at=n.issued_at, issued_by=n.issued_by,
                      issued_by_name=n.issued_by_name, approved_by=n.approved_by,
                      items=[dict(i) for i in n.items], deadline=n.deadline,
                      consequence=n.consequence, open=n.open,
                      breaches=breaches or [],
                      deadline_provisional=bool(cal and cal.is_provisional(n.deadline)))  # fmt: skip


def document_view(c: ServiceCase, d: CaseDocument) -> DocumentView:
    from app.cases.views import DOC_KINDS

    return DocumentView(case_no=c.case_no, kind=d.kind, kind_label=DOC_KINDS.get(d.kind, d.kind),
                        doc_no=d.doc_no, issued_at=d.issued_at, issued_by=d.issued_by,
                        issued_by_name=d.issued_by_name, sha256=d.sha256,
                        reprint=d.reprint, payload=d.payload)  # fmt: skip


def event_view(e: CaseEvent) -> Event:
    return Event(at=e.at, kind=e.kind, by=e.by, by_name=e.by_name, text=e.text, data=dict(e.data))


def rating_label(level: int | None) -> str:
    return RATING_LABELS.get(level, "未评价") if level is not None else "未评价"
