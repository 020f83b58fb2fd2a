"""The read side for staff: one case in full, the clerk's and the hall's open cases, search."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from app import permissions
from app.cases.clock import CaseCalendar
from app.cases.desk import CaseDesk, notices_of
from app.cases.present import (
    case_view,
    document_view,
    event_view,
    notice_view,
    rating_label,
    summary,
)
from app.cases.views import OPEN_STATUSES, CaseDetail, CaseSummary
from app.errors import InvalidInput
from app.journal import Actor
from db.models import CaseBreach, CaseDocument, CaseEvent, CasePause, CaseRating, ServiceCase

# What a list row needs, read as plain rows (no ORM identity work, no JSON columns).
SUMMARY_COLUMNS = tuple(
    getattr(ServiceCase, name) for name in (
        "id", "case_no", "status", "matter_name", "impl_code", "applicant_name", "handler",
        "received_at", "accepted_at", "accepted_day", "promise_due", "legal_due",
        "due_provisional", "promise_days", "promise_unit", "legal_days", "legal_unit",
        "extension_days", "paused_since", "count_start_day", "concluded_at", "notice_due")
)  # fmt: skip


def case(desk: CaseDesk, case_no: str) -> CaseDetail:
    _, today = desk.now()
    cal = desk.calendar()
    with desk.store.read() as s:
        c = desk.case_row(s, case_no)
        view = case_view(s, c, cal, today, desk.settings)
        notices = [notice_view(c, n, None, cal) for n in notices_of(s, c)]
        docs = [document_view(c, d) for d in s.scalars(select(CaseDocument).where(
            CaseDocument.case_id == c.id).order_by(CaseDocument.issued_at))]  # fmt: skip
        events = [event_view(e) for e in s.scalars(select(CaseEvent).where(
            CaseEvent.case_id == c.id).order_by(CaseEvent.at, CaseEvent.id))]  # fmt: skip
        pauses = [{"kind": p.kind, "reason": p.reason, "basis": p.basis,
                   "expected_days": p.expected_days, "started_at": p.started_at.isoformat(),
                   "start_day": p.start_day.isoformat(),
                   "end_day": p.end_day.isoformat() if p.end_day else None,
                   "result": p.result}
                  for p in s.scalars(select(CasePause).where(CasePause.case_id == c.id)
                                     .order_by(CasePause.started_at))]  # fmt: skip
        ratings = [{"channel": r.channel, "level": r.level, "label": rating_label(r.level),
                    "at": r.at.isoformat()}
                   for r in s.scalars(select(CaseRating).where(CaseRating.case_id == c.id))]  # fmt: skip
        breaches = [{"staff": b.staff, "staff_name": b.staff_name, "material": b.material,
                     "first_notice_no": b.first_notice_no, "approved_by": b.approved_by}
                    for b in s.scalars(select(CaseBreach).where(CaseBreach.case_id == c.id))]  # fmt: skip
        extensions = [{"at": e.at.isoformat(), **e.data} for e in events if e.kind == "extend"]
        return CaseDetail(case=view, notices=notices, documents=docs, timeline=events,
                          pauses=pauses, ratings=ratings, breaches=breaches,
                          extensions=extensions)  # fmt: skip


def _summaries(desk: CaseDesk, s: Session, rows: Sequence[Any], today: dt.date,
               cal: CaseCalendar) -> list[CaseSummary]:  # fmt: skip
    paused_ids = [c.id for c in rows if c.paused_since is not None]
    pauses: dict[Any, list[CasePause]] = {}
    if paused_ids:
        for p in s.scalars(select(CasePause).where(CasePause.case_id.in_(paused_ids))):
            pauses.setdefault(p.case_id, []).append(p)
    return [summary(c, cal, today, desk.settings, pauses.get(c.id)) for c in rows]


def my_open_cases(desk: CaseDesk, actor: Actor, *, limit: int = 500) -> list[CaseSummary]:
    """The clerk's own open cases (received by them, or on their list now), earliest due
    first."""
    _, today = desk.now()
    cal = desk.calendar()
    with desk.store.read() as s:
        rows = s.execute(
            select(*SUMMARY_COLUMNS).where(or_(ServiceCase.handler == actor.name,
                                               ServiceCase.intake_by == actor.name),
                                           ServiceCase.status.in_(OPEN_STATUSES))
            .order_by(ServiceCase.promise_due, ServiceCase.received_at).limit(limit)
        ).all()  # fmt: skip
        return _summaries(desk, s, rows, today, cal)


def open_cases(desk: CaseDesk, actor: Actor, *, limit: int = 2000) -> list[CaseSummary]:
    """Every open case of the hall (supervisor)."""
    permissions.require(actor, "case.supervise")
    _, today = desk.now()
    cal = desk.calendar()
    with desk.store.read() as s:
        rows = s.execute(
            select(*SUMMARY_COLUMNS).where(ServiceCase.hall_id == desk.hall_id,
                                           ServiceCase.status.in_(OPEN_STATUSES))
            .order_by(ServiceCase.promise_due, ServiceCase.received_at).limit(limit)
        ).all()  # fmt: skip
        return _summaries(desk, s, rows, today, cal)


def search(desk: CaseDesk, actor: Actor, text: str, *, limit: int = 50) -> list[CaseSummary]:
    """By case number (or its start), query number, certificate number or applicant name."""
    permissions.require(actor, "case.handle")
    q = text.strip()
    if not q:
        raise InvalidInput("请输入办件编号、查询号、证件号码或申请人姓名")
    _, today = desk.now()
    cal = desk.calendar()
    with desk.store.read() as s:
        # A range, not LIKE: the unique index on case_no serves it on both stores.
        cond = or_(and_(ServiceCase.case_no >= q, ServiceCase.case_no < q + "\uffff"),
                   ServiceCase.query_no == q, ServiceCase.applicant_cert_no == q.upper(),
                   ServiceCase.applicant_name == q)  # fmt: skip
        rows = s.execute(select(*SUMMARY_COLUMNS).where(cond)
                         .order_by(ServiceCase.received_at.desc()).limit(limit)).all()  # fmt: skip
        return _summaries(desk, s, rows, today, cal)
