"""一次性告知单 issued and resolved: a further notice naming anything the first did not needs a
supervisor and records a breach against the first notice's issuer (rules in app.cases.onetime)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from app import permissions
from app.cases import numbering, onetime
from app.cases.desk import CaseDesk, audit_of, notices_of, open_notice
from app.cases.present import notice_view
from app.cases.views import STATUS_LABELS, Deficiency, NoticeView
from app.errors import Conflict, InvalidInput, PermissionDenied
from app.journal import Actor
from db.models import CaseBreach, CaseNotice


def issue_notice(desk: CaseDesk, actor: Actor, case_no: str, items: Sequence[Deficiency], *,
                 deadline: dt.date | None = None, consequence: str | None = None,
                 approver: Actor | None = None) -> NoticeView:  # fmt: skip
    """一次性告知单. A further notice with anything the first did not name needs a
    supervisor (``approver``) and records a breach against the first notice's issuer."""
    permissions.require(actor, "case.intake")
    onetime.check_items(items)
    now, today = desk.now()
    cal = desk.calendar()
    deadline = deadline or cal.due(today, desk.settings.notice_deadline_days, "W").date
    if deadline < today:
        raise InvalidInput("补正期限：不能早于今天")
    with desk.write(actor) as uow:
        s = uow.session
        c = desk.case_row(s, case_no, lock=True)
        if c.status not in ("received", "notified"):
            raise Conflict(f"办件 {c.case_no} 当前为“{STATUS_LABELS[c.status]}”，不能出具补正告知")
        notices = notices_of(s, c)
        first = notices[0] if notices else None
        if first is None and today > c.notice_due:
            raise Conflict(f"收件已超过5个工作日（{c.notice_due.isoformat()}前应告知），依法自收件"
                           "之日起视为受理，不能再出具补正告知")  # fmt: skip
        new = onetime.new_items(first, items)
        if new:
            assert first is not None
            if approver is None:
                raise PermissionDenied(
                    f"一次性告知单 {first.notice_no}（{first.issued_by_name or first.issued_by}出具）"
                    f"未列出：{'、'.join(d.material for d in new)}。再次告知须经主管批准，"
                    "并记为违反一次性告知")  # fmt: skip
            permissions.require(approver, "case.approve")
        for prev in notices:
            if prev.open:
                prev.open = False
                uow.record("case.notice_close", "case_notice", prev.id, after={"open": False},
                           row=prev)  # fmt: skip
        ordinal = len(notices) + 1
        n = CaseNotice(
            case_id=c.id, notice_no=numbering.doc_no(c.case_no, "notice", ordinal),
            ordinal=ordinal, issued_at=now, issued_by=actor.name,
            issued_by_name=actor.display_name,
            approved_by=approver.name if (approver and new) else "",
            items=[{"seq": i, "material_seq": d.seq, "material": d.material.strip(),
                    "problem": d.problem.strip(), "requirement": d.requirement.strip(),
                    "resolved": False} for i, d in enumerate(items, start=1)],
            deadline=deadline, consequence=consequence or onetime.DEFAULT_CONSEQUENCE,
        )  # fmt: skip
        s.add(n)
        s.flush()
        uow.record("case.notice", "case_notice", n.id, after={"notice_no": n.notice_no}, row=n)
        breached = []
        for d in new:
            assert first is not None and approver is not None
            b = CaseBreach(case_id=c.id, staff=first.issued_by,
                           staff_name=first.issued_by_name, first_notice_no=first.notice_no,
                           material=d.material.strip(), approved_by=approver.name,
                           recorded_at=now)  # fmt: skip
            s.add(b)
            s.flush()
            uow.record("case.breach", "case_breach", b.id,
                       after={"staff": b.staff, "material": b.material}, row=b)  # fmt: skip
            breached.append(b.material)
        before = audit_of(c)
        c.status = "notified"
        desk.save(uow, c, "notify", before, now)
        text = f"出具一次性告知单 {n.notice_no}，补正期限 {deadline.isoformat()}"
        if breached:
            text += f"；经 {approver.name} 批准再次告知，记违反一次性告知：{'、'.join(breached)}"  # type: ignore[union-attr]
        desk.event(uow, c, "notice", text, now, notice_no=n.notice_no, breaches=breached)
        s.flush()
        return notice_view(c, n, breached, cal)


def resolve_items(desk: CaseDesk, actor: Actor, case_no: str, seqs: Sequence[int]) -> NoticeView:
    """The applicant came back: tick off what they brought."""
    permissions.require(actor, "case.intake")
    now, _ = desk.now()
    with desk.write(actor) as uow:
        c = desk.case_row(uow.session, case_no, lock=True)
        n = open_notice(uow.session, c)
        if n is None:
            raise Conflict(f"办件 {c.case_no} 没有待补正的告知单")
        n.items = onetime.resolve(n, seqs)
        brought = {i["material_seq"] for i in n.items if i["seq"] in seqs and i.get("material_seq")}
        if brought:  # the checklist follows: what was brought is now received
            before = {"materials": c.materials}
            c.materials = [dict(m, status="received", reason="") if m.get("seq") in brought
                           else m for m in c.materials]  # fmt: skip
            desk.save(uow, c, "materials", before, now)
        uow.record("case.notice_resolve", "case_notice", n.id,
                   after={"resolved": list(seqs)}, row=n)  # fmt: skip
        done = [i["material"] for i in n.items if i["seq"] in seqs]
        desk.event(uow, c, "resolve", f"补正材料已收：{'、'.join(done)}", now)
        return notice_view(c, n)
