"""收件: the checklist of a matter, field checks, saving an application (and its case number)
before anything is decided or printed, and the materials ticked on it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy.orm import Session

from app import permissions
from app.cases import numbering, onetime
from app.cases.desk import CaseDesk, as_uuid, current_matter
from app.cases.intake import FieldErrors, validate
from app.cases.present import step_names
from app.cases.views import (
    STATUS_LABELS,
    CaseView,
    Checklist,
    ChecklistItem,
    IntakeInput,
    MaterialCheck,
)
from app.catalog import MATTER_TYPES, NECESSITY, legal_basis_sort_key
from app.errors import Conflict, InvalidInput
from app.journal import Actor
from db.models import Matter, ServiceCase, Ticket


def checklist(desk: CaseDesk, impl_code: str) -> Checklist:
    with desk.store.read() as s:
        return build_checklist(s, current_matter(s, impl_code))


def case_checklist(desk: CaseDesk, case_no: str) -> Checklist:
    """The checklist of the matter version the case was received under."""
    with desk.store.read() as s:
        c = desk.case_row(s, case_no)
        m = s.get(Matter, c.matter_id)
        assert m is not None
        return build_checklist(s, m)


def validate_intake(desk: CaseDesk, data: IntakeInput) -> dict[str, str]:
    _, today = desk.now()
    return validate(data, today)[1]


def receive(desk: CaseDesk, actor: Actor, data: IntakeInput) -> CaseView:
    """收件: save the application (and its case number) before anything is decided or
    printed. Field errors are all reported at once and nothing is written."""
    permissions.require(actor, "case.intake")
    now, today = desk.now()
    clean, errors = validate(data, today)
    if errors:
        raise FieldErrors(errors)
    cal = desk.calendar()
    notice_due = cal.due(today, onetime.WINDOW_DAYS, "W").date
    pattern = desk.settings.case_no_pattern
    with desk.write(actor) as uow:
        s = uow.session
        m = current_matter(s, clean.impl_code)
        ticket_id = as_uuid(clean.ticket_id, "排队号")
        if ticket_id is not None and s.get(Ticket, ticket_id) is None:
            raise InvalidInput("排队号：找不到该排队号")
        seq = numbering.next_case_seq(s, f"{desk.hall_code}:{numbering.period_key(pattern, today)}")
        case_no = numbering.format_case_no(pattern, desk.hall_code, desk.region_code, today, seq)
        a = clean.applicant
        c = ServiceCase(
            hall_id=desk.hall_id, hall_code=desk.hall_code, case_no=case_no,
            query_no=numbering.new_query_no(), status="received", matter_id=m.id,
            impl_code=m.impl_code, matter_name=m.name, case_type=m.case_type,
            channel=clean.channel, ticket_id=ticket_id, applicant_kind=a.kind,
            applicant_name=a.name, applicant_cert_type=a.cert_type,
            applicant_cert_no=a.cert_no, applicant_phone=a.phone,
            applicant_address=a.address, legal_rep=a.legal_rep,
            agent=clean.agent.as_dict() if clean.agent else None,
            materials=[mc.as_dict() for mc in clean.materials] or default_materials(m),
            pickup=clean.pickup, postal_address=clean.postal_address.strip(),
            intake_by=actor.name, intake_by_name=actor.display_name,
            window_no=actor.window_no, handler=actor.name, received_at=now,
            received_day=today, notice_due=notice_due,
            promise_days=m.promise_limit_value, promise_unit=m.promise_limit_unit,
            legal_days=m.legal_limit_value, legal_unit=m.legal_limit_unit,
            count_start_day=desk.settings.count_acceptance_day, created_at=now,
            updated_at=now,
        )  # fmt: skip
        s.add(c)
        s.flush()
        s.flush()
        desk.save(uow, c, "receive", {}, now)
        desk.event(uow, c, "receive", f"收件：{m.name}", now,
                   ticket=str(ticket_id) if ticket_id else None)  # fmt: skip
        return desk.view(s, c, cal, today)


def update_materials(desk: CaseDesk, actor: Actor, case_no: str,
                     materials: Sequence[MaterialCheck]) -> CaseView:  # fmt: skip
    permissions.require(actor, "case.intake")
    now, today = desk.now()
    errors: dict[str, str] = {}
    from app.cases.intake import _material

    for mc in materials:
        errors.update(_material(mc, today))
    if errors:
        raise FieldErrors(errors)
    cal = desk.calendar()
    with desk.write(actor) as uow:
        c = desk.case_row(uow.session, case_no, lock=True)
        if c.status not in ("received", "notified"):
            raise Conflict(f"办件 {c.case_no} 已{STATUS_LABELS[c.status]}，材料清单不能再改")
        before = {"materials": c.materials}
        c.materials = [mc.as_dict() for mc in materials]
        desk.save(uow, c, "materials", before, now)
        return desk.view(uow.session, c, cal, today)


def build_checklist(s: Session, m: Matter) -> Checklist:
    items = [
        ChecklistItem(seq=x.seq, name=x.name,
                      form=("原件及复印件" if x.originals and x.copies
                            else "复印件" if x.copies and not x.originals else "原件"),
                      originals=x.originals, copies=x.copies, medium=x.medium,
                      necessity=NECESSITY.get(x.necessity, x.necessity),
                      required=x.necessity == "required", issuer=x.issuer,
                      notes=x.notes)
        for x in m.materials
    ]  # fmt: skip
    bases = sorted(m.legal_bases, key=legal_basis_sort_key)
    fee = "不收费" if not m.fee_charged else "；".join(str(i) for i in m.fee_items) or "收费"
    return Checklist(
        impl_code=m.impl_code, basic_code=m.basic_code, matter_name=m.name,
        matter_version=m.version, matter_type=MATTER_TYPES.get(m.matter_type, ""),
        department=m.department.name, department_uscc=m.department.uscc,
        case_type=m.case_type, promise_days=m.promise_limit_value,
        promise_unit=m.promise_limit_unit, legal_days=m.legal_limit_value,
        legal_unit=m.legal_limit_unit, fee=fee, conditions=m.conditions,
        legal_basis="；".join(f"《{b.title}》{b.article}" for b in bases),
        steps=step_names(s, m.id), place=m.place, hours=m.hours,
        consult_phone=m.consult_phone, supervise_phone=m.supervise_phone, items=items,
    )  # fmt: skip


def default_materials(m: Matter) -> list[dict[str, Any]]:
    """No checklist ticked yet: every material of the matter version in force, received."""
    return [MaterialCheck(seq=x.seq, name=x.name, form="原件" if x.originals else "复印件",
                          count=max(x.originals, x.copies, 1),
                          required=x.necessity == "required").as_dict()
            for x in m.materials]  # fmt: skip
