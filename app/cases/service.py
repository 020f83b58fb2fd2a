"""CaseService: the one API the clerk's intake screens, the dashboard, the lookup screen, the CLI
and the demo use for cases (办件), first inquiries and ratings.

Every use case runs one short transaction through app.journal.unit_of_work, writes its rows,
an audit entry and an outbox row snapshot (``row=``) together, and returns plain data
(app.cases.views). The calendar is loaded and passwords hashed before the transaction.
"""

from __future__ import annotations

import datetime as dt
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.orm import Session

from app import permissions
from app.cases import inquiry as inquiry_rules
from app.cases import numbering, onetime, rating
from app.cases.clock import CaseCalendar
from app.cases.clockrules import RUNNING, check_extension, pauses_of, set_due_dates
from app.cases.intake import FieldErrors, unresolved_required, validate
from app.cases.present import (
    case_view,
    document_view,
    event_view,
    mask_cert,
    notice_view,
    rating_label,
    step_names,
    summary,
)
from app.cases.views import (
    CLOSED_AT_ONCE,
    DOC_KINDS,
    OPEN_STATUSES,
    RESULTS,
    STATUS_LABELS,
    Acceptance,
    CaseDetail,
    CaseSummary,
    CaseView,
    Checklist,
    ChecklistItem,
    Deficiency,
    DocumentView,
    FollowUpView,
    InquiryInput,
    InquiryView,
    IntakeInput,
    MaterialCheck,
    NoticeView,
    PublicProgress,
    RatingView,
    SweepResult,
)
from app.catalog import MATTER_TYPES, NECESSITY, legal_basis_sort_key
from app.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from app.identity import mask_name
from app.journal import Actor, UnitOfWork, unit_of_work
from app.queue.numbering import local_day
from app.settings import Settings
from db.models import (
    CaseBreach,
    CaseDocument,
    CaseEvent,
    CaseNotice,
    CasePause,
    CaseRating,
    Hall,
    Inquiry,
    Matter,
    RatingFollowUp,
    ServiceCase,
    Ticket,
)

SYSTEM = Actor(name="system:sweep", roles=frozenset({"admin"}))
# What a list row needs, read as plain rows (no ORM identity work, no JSON columns).
_SUMMARY_COLUMNS = tuple(
    getattr(ServiceCase, name) for name in (
        "id", "case_no", "status", "matter_name", "impl_code", "applicant_name", "handler",
        "received_at", "accepted_at", "accepted_day", "promise_due", "legal_due",
        "due_provisional", "promise_days", "promise_unit", "legal_days", "legal_unit",
        "extension_days", "paused_since", "count_start_day", "concluded_at", "notice_due")
)  # fmt: skip


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _uuid(text: str | None, what: str) -> uuid.UUID | None:
    if not text:
        return None
    try:
        return uuid.UUID(str(text))
    except ValueError:
        raise InvalidInput(f"{what}编号“{text}”格式不正确") from None


class CaseService:
    def __init__(
        self,
        store: Any,
        settings: Settings,
        *,
        hall_code: str | None = None,
        clock: Callable[[], dt.datetime] | None = None,
    ) -> None:
        self.store = store
        self.settings = settings
        self.clock = clock or utc_now
        numbering.check_pattern(settings.case_no_pattern)
        with store.read() as s:
            q = select(Hall).order_by(Hall.code)
            code = hall_code or settings.hall_code
            if code:
                q = q.where(Hall.code == code)
            hall = s.scalars(q).first()
        if hall is None:
            raise NotFound(f"数据库中没有大厅{('“' + code + '”') if code else ''}，请先载入大厅数据")
        self.hall_id, self.hall_code = hall.id, hall.code
        self.region_code = hall.region_code
        self._cal: tuple[float, CaseCalendar] | None = None

    # --- plumbing -------------------------------------------------------------------------

    def _now(self) -> tuple[dt.datetime, dt.date]:
        now = self.clock()
        return now, local_day(now)

    # The holiday calendar changes a few times a year (an administrator's import); a running
    # clerk or dashboard picks a change up within this many seconds.
    CALENDAR_MAX_AGE = 10.0

    def _calendar(self) -> CaseCalendar:
        """Loaded before any write transaction, and kept for a few seconds."""
        now = time.monotonic()
        cached = self._cal
        if cached is None or now - cached[0] > self.CALENDAR_MAX_AGE:
            cached = self._cal = (now, CaseCalendar.load(self.store))
        return cached[1]

    @contextmanager
    def _write(self, actor: Actor) -> Iterator[UnitOfWork]:
        with unit_of_work(self.store, actor, hall_code=self.hall_code) as uow:
            yield uow

    def _case(self, s: Session, case_no: str, *, lock: bool = False) -> ServiceCase:
        stmt = select(ServiceCase).where(ServiceCase.case_no == case_no.strip())
        if lock and self.store.dialect == "postgresql":
            stmt = stmt.with_for_update()
        c = s.scalar(stmt)
        if c is None:
            raise NotFound(f"没有编号为 {case_no.strip()} 的办件")
        return c

    def _event(self, uow: UnitOfWork, c: ServiceCase, kind: str, text: str, now: dt.datetime,
               **data: Any) -> None:  # fmt: skip
        actor = uow.actor
        ev = CaseEvent(case_id=c.id, at=now, kind=kind, by=actor.name,
                       by_name=actor.display_name, text=text, data=_json(data))  # fmt: skip
        uow.session.add(ev)
        uow.session.flush()
        uow.record(f"case.{kind}", "case_event", ev.id, after={"case_no": c.case_no, "text": text},
                   row=ev)  # fmt: skip

    def _save(self, uow: UnitOfWork, c: ServiceCase, action: str, before: dict[str, Any],
              now: dt.datetime) -> None:  # fmt: skip
        c.updated_at = now
        uow.record(f"case.{action}", "case", c.id, before=before, after=_audit(c), row=c)

    def _view(self, s: Session, c: ServiceCase, cal: CaseCalendar, today: dt.date) -> CaseView:
        s.flush()
        return case_view(s, c, cal, today, self.settings)

    def _require_running(self, c: ServiceCase, what: str) -> None:
        if c.status not in RUNNING:
            raise Conflict(f"办件 {c.case_no} 当前为“{STATUS_LABELS.get(c.status)}”，不能{what}")

    # --- first inquiry (首问登记) ------------------------------------------------------------

    def log_inquiry(self, actor: Actor, data: InquiryInput) -> InquiryView:
        permissions.require(actor, "case.intake")
        now, _ = self._now()
        clean = inquiry_rules.validate(data, now)
        with self._write(actor) as uow:
            row = Inquiry(hall_id=self.hall_id, at=now, channel=clean.channel,
                          first_staff=actor.name, first_staff_name=actor.display_name,
                          window_no=actor.window_no, visitor_name=clean.visitor_name,
                          visitor_phone=clean.visitor_phone, question=clean.question,
                          disposition=clean.disposition, transferred_to=clean.transferred_to,
                          handler=actor.name, promised_reply_at=clean.promised_reply_at,
                          ticket_id=_uuid(clean.ticket_id, "排队号"), case_no=clean.case_no,
                          closed_at=now if clean.disposition in CLOSED_AT_ONCE else None,
                          history=[{"at": now.isoformat(), "by": actor.name,
                                    "what": "登记"}])  # fmt: skip
            uow.session.add(row)
            uow.session.flush()
            uow.record("inquiry.log", "inquiry", row.id, after={"disposition": row.disposition},
                       row=row)  # fmt: skip
            return inquiry_rules.view(row, now)

    def _inquiry(self, s: Session, inquiry_id: str) -> Inquiry:
        row = s.get(Inquiry, _uuid(inquiry_id, "首问登记"))
        if row is None:
            raise NotFound("找不到该首问登记")
        return row

    def hand_off_inquiry(self, actor: Actor, inquiry_id: str, to_staff: str,
                         note: str = "") -> InquiryView:  # fmt: skip
        """Hand the matter to someone else; the first responsible person stays attached."""
        permissions.require(actor, "case.intake")
        if not to_staff.strip():
            raise InvalidInput("转交给：请填写接手人员工号或部门")
        now, _ = self._now()
        with self._write(actor) as uow:
            row = self._inquiry(uow.session, inquiry_id)
            if row.closed_at is not None:
                raise Conflict("该首问登记已办结，不能再转交")
            before = {"handler": row.handler}
            row.handler = to_staff.strip()
            row.transferred_to = row.transferred_to or to_staff.strip()
            row.history = [*row.history, {"at": now.isoformat(), "by": actor.name,
                                          "what": f"转交 {to_staff.strip()}", "note": note}]  # fmt: skip
            uow.record("inquiry.hand_off", "inquiry", row.id, before=before,
                       after={"handler": row.handler}, row=row)  # fmt: skip
            return inquiry_rules.view(row, now)

    def close_inquiry(self, actor: Actor, inquiry_id: str, reply: str) -> InquiryView:
        permissions.require(actor, "case.intake")
        if not reply.strip():
            raise InvalidInput("答复内容：请填写给群众的答复")
        now, _ = self._now()
        with self._write(actor) as uow:
            row = self._inquiry(uow.session, inquiry_id)
            if row.closed_at is not None:
                raise Conflict("该首问登记已办结")
            row.reply, row.closed_at = reply.strip(), now
            row.history = [*row.history, {"at": now.isoformat(), "by": actor.name, "what": "答复办结"}]
            uow.record("inquiry.close", "inquiry", row.id, after={"reply": row.reply}, row=row)
            return inquiry_rules.view(row, now)

    def my_inquiries(self, actor: Actor, *, open_only: bool = True) -> list[InquiryView]:
        """The first-responsible person's list (also what was handed on: it stays theirs)."""
        now, _ = self._now()
        with self.store.read() as s:
            q = select(Inquiry).where(Inquiry.hall_id == self.hall_id,
                                      or_(Inquiry.first_staff == actor.name,
                                          Inquiry.handler == actor.name))  # fmt: skip
            if open_only:
                q = q.where(Inquiry.closed_at.is_(None))
            return [inquiry_rules.view(r, now) for r in s.scalars(q.order_by(Inquiry.at))]

    # --- intake ---------------------------------------------------------------------------

    def checklist(self, impl_code: str) -> Checklist:
        with self.store.read() as s:
            return _checklist(s, _current_matter(s, impl_code))

    def validate_intake(self, data: IntakeInput) -> dict[str, str]:
        _, today = self._now()
        return validate(data, today)[1]

    def receive(self, actor: Actor, data: IntakeInput) -> CaseView:
        """收件: save the application (and its case number) before anything is decided or
        printed. Field errors are all reported at once and nothing is written."""
        permissions.require(actor, "case.intake")
        now, today = self._now()
        clean, errors = validate(data, today)
        if errors:
            raise FieldErrors(errors)
        cal = self._calendar()
        notice_due = cal.due(today, onetime.WINDOW_DAYS, "W").date
        pattern = self.settings.case_no_pattern
        with self._write(actor) as uow:
            s = uow.session
            m = _current_matter(s, clean.impl_code)
            ticket_id = _uuid(clean.ticket_id, "排队号")
            if ticket_id is not None and s.get(Ticket, ticket_id) is None:
                raise InvalidInput("排队号：找不到该排队号")
            seq = numbering.next_case_seq(s, f"{self.hall_code}:{numbering.period_key(pattern, today)}")
            case_no = numbering.format_case_no(pattern, self.hall_code, self.region_code, today, seq)
            a = clean.applicant
            c = ServiceCase(
                hall_id=self.hall_id, hall_code=self.hall_code, case_no=case_no,
                query_no=numbering.new_query_no(), status="received", matter_id=m.id,
                impl_code=m.impl_code, matter_name=m.name, case_type=m.case_type,
                channel=clean.channel, ticket_id=ticket_id, applicant_kind=a.kind,
                applicant_name=a.name, applicant_cert_type=a.cert_type,
                applicant_cert_no=a.cert_no, applicant_phone=a.phone,
                applicant_address=a.address, legal_rep=a.legal_rep,
                agent=clean.agent.as_dict() if clean.agent else None,
                materials=[mc.as_dict() for mc in clean.materials] or _default_materials(m),
                pickup=clean.pickup, postal_address=clean.postal_address.strip(),
                intake_by=actor.name, intake_by_name=actor.display_name,
                window_no=actor.window_no, handler=actor.name, received_at=now,
                received_day=today, notice_due=notice_due,
                promise_days=m.promise_limit_value, promise_unit=m.promise_limit_unit,
                legal_days=m.legal_limit_value, legal_unit=m.legal_limit_unit,
                count_start_day=self.settings.count_acceptance_day, created_at=now,
                updated_at=now,
            )  # fmt: skip
            s.add(c)
            s.flush()
            s.flush()
            self._save(uow, c, "receive", {}, now)
            self._event(uow, c, "receive", f"收件：{m.name}", now,
                        ticket=str(ticket_id) if ticket_id else None)  # fmt: skip
            return self._view(s, c, cal, today)

    def update_materials(self, actor: Actor, case_no: str,
                         materials: Sequence[MaterialCheck]) -> CaseView:  # fmt: skip
        permissions.require(actor, "case.intake")
        now, today = self._now()
        errors: dict[str, str] = {}
        from app.cases.intake import _material

        for mc in materials:
            errors.update(_material(mc, today))
        if errors:
            raise FieldErrors(errors)
        cal = self._calendar()
        with self._write(actor) as uow:
            c = self._case(uow.session, case_no, lock=True)
            if c.status not in ("received", "notified"):
                raise Conflict(f"办件 {c.case_no} 已{STATUS_LABELS[c.status]}，材料清单不能再改")
            before = {"materials": c.materials}
            c.materials = [mc.as_dict() for mc in materials]
            self._save(uow, c, "materials", before, now)
            return self._view(uow.session, c, cal, today)

    def accept(self, actor: Actor, case_no: str, *, materials: Sequence[MaterialCheck] | None = None,
               instant: bool = False) -> Acceptance:  # fmt: skip
        """受理. Needs every required material present and every item of an open notice
        resolved. ``instant`` (即办件): accepted and concluded on the spot."""
        permissions.require(actor, "case.intake")
        now, today = self._now()
        password = numbering.new_password()
        cal = self._calendar()
        with self._write(actor) as uow:
            s = uow.session
            c = self._case(s, case_no, lock=True)
            if c.status not in ("received", "notified"):
                raise Conflict(f"办件 {c.case_no} 当前为“{STATUS_LABELS[c.status]}”，不能受理")
            before = _audit(c)
            if materials is not None:
                c.materials = [mc.as_dict() for mc in materials]
            notice = _open_notice(s, c)
            if notice is not None:
                left = onetime.unresolved(notice)
                if left:
                    raise Conflict(f"一次性告知单 {notice.notice_no} 还有未补齐的材料："
                                   f"{'、'.join(left)}，补齐并勾选后才能受理")  # fmt: skip
                notice.open = False
                uow.record("case.notice_close", "case_notice", notice.id,
                           after={"open": False}, row=notice)  # fmt: skip
            blocking = unresolved_required(c.materials)
            if blocking and notice is None and not _notices(s, c):
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
            self._save(uow, c, "accept", before, now)
            self._event(uow, c, "accept", text, now, promise_due=c.promise_due,
                        legal_due=c.legal_due, provisional=c.due_provisional)  # fmt: skip
            return Acceptance(case=self._view(s, c, cal, today), query_password=password)

    def reset_query_password(self, actor: Actor, case_no: str) -> str:
        """A new query password, for a reprinted (补打) receipt; the old one stops working."""
        permissions.require(actor, "case.intake")
        password = numbering.new_password()
        now, _ = self._now()
        with self._write(actor) as uow:
            c = self._case(uow.session, case_no, lock=True)
            if c.accepted_at is None:
                raise Conflict(f"办件 {c.case_no} 尚未受理，没有查询密码")
            c.query_password_hash = numbering.hash_password(c.query_no, password)
            c.query_failures, c.query_locked_until = 0, None
            self._save(uow, c, "password_reset", {}, now)
            self._event(uow, c, "password", "重新生成查询密码", now)
        return password

    def issue_notice(self, actor: Actor, case_no: str, items: Sequence[Deficiency], *,
                     deadline: dt.date | None = None, consequence: str | None = None,
                     approver: Actor | None = None) -> NoticeView:  # fmt: skip
        """一次性告知单. A further notice with anything the first did not name needs a
        supervisor (``approver``) and records a breach against the first notice's issuer."""
        permissions.require(actor, "case.intake")
        onetime.check_items(items)
        now, today = self._now()
        cal = self._calendar()
        deadline = deadline or cal.due(today, self.settings.notice_deadline_days, "W").date
        if deadline < today:
            raise InvalidInput("补正期限：不能早于今天")
        with self._write(actor) as uow:
            s = uow.session
            c = self._case(s, case_no, lock=True)
            if c.status not in ("received", "notified"):
                raise Conflict(f"办件 {c.case_no} 当前为“{STATUS_LABELS[c.status]}”，不能出具补正告知")
            notices = _notices(s, c)
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
            before = _audit(c)
            c.status = "notified"
            self._save(uow, c, "notify", before, now)
            text = f"出具一次性告知单 {n.notice_no}，补正期限 {deadline.isoformat()}"
            if breached:
                text += f"；经 {approver.name} 批准再次告知，记违反一次性告知：{'、'.join(breached)}"  # type: ignore[union-attr]
            self._event(uow, c, "notice", text, now, notice_no=n.notice_no, breaches=breached)
            s.flush()
            return notice_view(c, n, breached, cal)

    def resolve_items(self, actor: Actor, case_no: str, seqs: Sequence[int]) -> NoticeView:
        """The applicant came back: tick off what they brought."""
        permissions.require(actor, "case.intake")
        now, _ = self._now()
        with self._write(actor) as uow:
            c = self._case(uow.session, case_no, lock=True)
            n = _open_notice(uow.session, c)
            if n is None:
                raise Conflict(f"办件 {c.case_no} 没有待补正的告知单")
            n.items = onetime.resolve(n, seqs)
            brought = {i["material_seq"] for i in n.items if i["seq"] in seqs and i.get("material_seq")}
            if brought:  # the checklist follows: what was brought is now received
                before = {"materials": c.materials}
                c.materials = [dict(m, status="received", reason="") if m.get("seq") in brought
                               else m for m in c.materials]  # fmt: skip
                self._save(uow, c, "materials", before, now)
            uow.record("case.notice_resolve", "case_notice", n.id,
                       after={"resolved": list(seqs)}, row=n)  # fmt: skip
            done = [i["material"] for i in n.items if i["seq"] in seqs]
            self._event(uow, c, "resolve", f"补正材料已收：{'、'.join(done)}", now)
            return notice_view(c, n)

    def refuse(self, actor: Actor, case_no: str, *, reason: str, legal_basis: str) -> CaseView:
        """不予受理, with reason and legal basis (rights to 复议/诉讼 are on the document)."""
        if not reason.strip():
            raise InvalidInput("不予受理理由：请填写")
        if not legal_basis.strip():
            raise InvalidInput("法律依据：请填写不予受理的法律依据")
        return self._refuse(actor, case_no, reason.strip(), legal_basis.strip(), "")

    def not_competent(self, actor: Actor, case_no: str, *, competent_body: str,
                      reason: str = "") -> CaseView:  # fmt: skip
        """Not our competence: refused at once, naming the body to apply to (art. 32(2))."""
        if not competent_body.strip():
            raise InvalidInput("有权受理的机关：请写明申请人应向哪个机关申请")
        return self._refuse(actor, case_no, reason.strip() or "申请事项不属于本机关职权范围",
                            "《中华人民共和国行政许可法》第三十二条第一款第（二）项",
                            competent_body.strip())  # fmt: skip

    def _refuse(self, actor: Actor, case_no: str, reason: str, basis: str, body: str) -> CaseView:
        permissions.require(actor, "case.intake")
        now, today = self._now()
        cal = self._calendar()
        with self._write(actor) as uow:
            c = self._case(uow.session, case_no, lock=True)
            if c.status not in ("received", "notified"):
                raise Conflict(f"办件 {c.case_no} 当前为“{STATUS_LABELS[c.status]}”，不能不予受理")
            before = _audit(c)
            c.status, c.refusal_reason, c.refusal_basis, c.competent_body = "refused", reason, basis, body
            c.concluded_at = now
            for n in _notices(uow.session, c):
                n.open = False
            self._save(uow, c, "refuse", before, now)
            text = f"不予受理：{reason}" + (f"；请向{body}申请" if body else "")
            self._event(uow, c, "refuse", text, now)
            return self._view(uow.session, c, cal, today)

    def record_document(self, actor: Actor, case_no: str, *, kind: str, doc_no: str, sha256: str,
                        reprint: bool = False,
                        payload: dict[str, Any] | None = None) -> DocumentView:  # fmt: skip
        """Keep a record of a document exactly as issued (its PDF's SHA-256). Call it after
        rendering; a reprint (补打) is recorded as such."""
        permissions.require(actor, "case.intake")
        if kind not in DOC_KINDS:
            raise InvalidInput(f"文书种类“{kind}”无效，可选：{'、'.join(DOC_KINDS)}")
        digest = sha256.strip().lower()
        if len(digest) != 64 or any(ch not in "0123456789abcdef" for ch in digest):
            raise InvalidInput("文书摘要应为64位十六进制 SHA-256")
        if not doc_no.strip():
            raise InvalidInput("文书编号：不能为空")
        now, _ = self._now()
        with self._write(actor) as uow:
            c = self._case(uow.session, case_no)
            earlier = uow.session.scalar(select(func.count()).select_from(CaseDocument).where(
                CaseDocument.case_id == c.id, CaseDocument.doc_no == doc_no.strip()))  # fmt: skip
            if reprint and not earlier:
                raise Conflict(f"文书 {doc_no} 尚未出具过，不能补打")
            d = CaseDocument(case_id=c.id, kind=kind, doc_no=doc_no.strip(), issued_at=now,
                             issued_by=actor.name, issued_by_name=actor.display_name,
                             sha256=digest, reprint=bool(reprint or earlier),
                             payload=payload)  # fmt: skip
            uow.session.add(d)
            uow.session.flush()
            uow.record("case.document", "case_document", d.id,
                       after={"doc_no": d.doc_no, "sha256": digest, "reprint": d.reprint}, row=d)  # fmt: skip
            label = DOC_KINDS[kind] + ("（补打）" if d.reprint else "")
            self._event(uow, c, "document", f"出具{label} {d.doc_no}", now, sha256=digest)
            return document_view(c, d)

    def document_no(self, actor: Actor, case_no: str, kind: str) -> str:
        """The number of the document of ``kind`` the case calls for now: receipt, refusal,
        notice (the latest), pause_notice (the latest pause), extension_notice (the latest
        extension), result_slip."""
        permissions.require(actor, "case.intake")
        if kind not in DOC_KINDS:
            raise InvalidInput(f"文书种类“{kind}”无效，可选：{'、'.join(DOC_KINDS)}")
        with self.store.read() as s:
            c = self._case(s, case_no)
            if kind == "receipt":
                if c.accepted_at is None:
                    raise Conflict(f"办件 {c.case_no} 尚未受理")
                return numbering.doc_no(c.case_no, "receipt")
            if kind == "refusal":
                if c.status != "refused":
                    raise Conflict(f"办件 {c.case_no} 未作不予受理")
                return numbering.doc_no(c.case_no, "refusal")
            if kind == "notice":
                notices = _notices(s, c)
                if not notices:
                    raise Conflict(f"办件 {c.case_no} 没有出具过一次性告知单")
                return notices[-1].notice_no
            if kind in ("pause_notice", "extension_notice"):
                ev = "pause" if kind == "pause_notice" else "extend"
                last = s.scalar(select(CaseEvent).where(CaseEvent.case_id == c.id,
                                                        CaseEvent.kind == ev)
                                .order_by(CaseEvent.at.desc()).limit(1))  # fmt: skip
                if last is None:
                    raise Conflict(f"办件 {c.case_no} 没有{DOC_KINDS[kind][:-3]}记录")
                return str(last.data["notice_no"])
            return numbering.doc_no(c.case_no, "result_slip")

    def case_checklist(self, case_no: str) -> Checklist:
        """The checklist of the matter version the case was received under."""
        with self.store.read() as s:
            c = self._case(s, case_no)
            m = s.get(Matter, c.matter_id)
            assert m is not None
            return _checklist(s, m)

    # --- after acceptance -----------------------------------------------------------------

    def complete_step(self, actor: Actor, case_no: str, *, opinion: str,
                      action: str = "通过") -> CaseView:  # fmt: skip
        """Finish the current step (承办 → 审核 → 决定) with the handler's opinion."""
        permissions.require(actor, "case.handle")
        if not opinion.strip():
            raise InvalidInput("办理意见：请填写")
        if action not in ("通过", "退回"):
            raise InvalidInput("办理结果：应为“通过”或“退回”")
        now, today = self._now()
        cal = self._calendar()
        with self._write(actor) as uow:
            s = uow.session
            c = self._case(s, case_no, lock=True)
            self._require_running(c, "办理环节")
            if c.paused_since is not None:
                raise Conflict(f"办件 {c.case_no} 正在特别程序中，请先结束特别程序")
            names = step_names(s, c.matter_id)
            if c.step_no >= len(names):
                raise Conflict(f"办件 {c.case_no} 的办理环节已全部完成，请办结")
            before = _audit(c)
            prev = s.scalar(select(func.max(CaseEvent.at)).where(
                CaseEvent.case_id == c.id, CaseEvent.kind.in_(("step", "accept"))))  # fmt: skip
            name = names[c.step_no]
            if action == "退回" and c.step_no > 0:
                c.step_no -= 1
            elif action == "通过":
                c.step_no += 1
            c.handler = actor.name
            self._save(uow, c, "step", before, now)
            self._event(uow, c, "step", f"{name}：{action}。{opinion.strip()}", now, step=name,
                        action=action, opinion=opinion.strip(), started=prev, ended=now)  # fmt: skip
            return self._view(s, c, cal, today)

    def pause(self, actor: Actor, case_no: str, *, kind: str, reason: str, basis: str = "",
              expected_days: int = 0) -> CaseView:  # fmt: skip
        """特别程序 (听证、检验检测、专家评审 …): the clock stops; the applicant is told in writing
        (the pause notice's number is in the timeline)."""
        permissions.require(actor, "case.handle")
        if not kind.strip():
            raise InvalidInput("特别程序种类：请选择（听证、检验检测、专家评审等）")
        if not reason.strip():
            raise InvalidInput("启动理由：请填写")
        now, today = self._now()
        cal = self._calendar()
        with self._write(actor) as uow:
            s = uow.session
            c = self._case(s, case_no, lock=True)
            if c.status != "accepted":
                raise Conflict(f"办件 {c.case_no} 当前为“{STATUS_LABELS[c.status]}”，不能启动特别程序")
            n = s.scalar(select(func.count()).select_from(CasePause).where(CasePause.case_id == c.id))
            p = CasePause(case_id=c.id, kind=kind.strip(), reason=reason.strip(),
                          basis=basis.strip(), expected_days=max(expected_days, 0),
                          start_day=today, started_at=now)  # fmt: skip
            s.add(p)
            s.flush()
            uow.record("case.pause", "case_pause", p.id, after={"kind": p.kind}, row=p)
            before = _audit(c)
            c.status, c.paused_since = "suspended", today
            self._save(uow, c, "suspend", before, now)
            no = numbering.doc_no(c.case_no, "pause_notice", (n or 0) + 1)
            self._event(uow, c, "pause", f"启动特别程序（{p.kind}）：{p.reason}，暂停计时；"
                        f"书面告知申请人 {no}", now, notice_no=no,
                        expected_days=p.expected_days)  # fmt: skip
            return self._view(s, c, cal, today)

    def resume(self, actor: Actor, case_no: str, *, result: str = "") -> CaseView:
        permissions.require(actor, "case.handle")
        now, today = self._now()
        cal = self._calendar()
        with self._write(actor) as uow:
            s = uow.session
            c = self._case(s, case_no, lock=True)
            if c.status != "suspended":
                raise Conflict(f"办件 {c.case_no} 不在特别程序中")
            p = s.scalar(select(CasePause).where(CasePause.case_id == c.id,
                                                 CasePause.end_day.is_(None)))  # fmt: skip
            assert p is not None
            p.end_day, p.ended_at, p.result = today, now, result.strip()
            uow.record("case.resume", "case_pause", p.id, after={"end_day": today}, row=p)
            before = _audit(c)
            c.status, c.paused_since = "accepted", None
            set_due_dates(c, cal, pauses_of(s, c, None))
            self._save(uow, c, "resume", before, now)
            self._event(uow, c, "resume", f"特别程序（{p.kind}）结束，恢复计时；承诺办结日期 "
                        f"{c.promise_due.isoformat() if c.promise_due else ''}", now)  # fmt: skip
            return self._view(s, c, cal, today)

    def extend(self, actor: Actor, case_no: str, *, days: int, reason: str,
               approver: Actor) -> CaseView:  # fmt: skip
        """延期 (art. 42): adds days with the head's approval, within the legal cap."""
        permissions.require(actor, "case.handle")
        permissions.require(approver, "case.approve")
        if not reason.strip():
            raise InvalidInput("延期理由：请填写（须告知申请人）")
        now, today = self._now()
        cal = self._calendar()
        with self._write(actor) as uow:
            s = uow.session
            c = self._case(s, case_no, lock=True)
            self._require_running(c, "延期")
            check_extension(c, days)
            before = _audit(c)
            c.extension_days += days
            set_due_dates(c, cal, pauses_of(s, c, None))
            self._save(uow, c, "extend", before, now)
            k = s.scalar(select(func.count()).select_from(CaseEvent).where(
                CaseEvent.case_id == c.id, CaseEvent.kind == "extend"))  # fmt: skip
            no = numbering.doc_no(c.case_no, "extension_notice", (k or 0) + 1)
            self._event(uow, c, "extend", f"延期{days}日（{approver.name}批准）：{reason.strip()}；"
                        f"承诺办结日期改为 {c.promise_due.isoformat() if c.promise_due else ''}",
                        now, days=days, approver=approver.name, approver_name=approver.display_name,
                        reason=reason.strip(), notice_no=no, promise_due=c.promise_due,
                        provisional=c.due_provisional)  # fmt: skip
            return self._view(s, c, cal, today)

    def conclude(self, actor: Actor, case_no: str, *, result: str, doc_name: str = "",
                 doc_no: str = "", note: str = "") -> CaseView:  # fmt: skip
        """办结: 准予/不予/撤回/退回/作废/转报, with the result document's name and number."""
        permissions.require(actor, "case.handle")
        if result not in RESULTS:
            raise InvalidInput(f"办结结果：应为{'、'.join(RESULTS)}之一")
        if result in ("准予", "不予") and not (doc_name.strip() and doc_no.strip()):
            raise InvalidInput("结果文书：准予或不予时请填写结果文书名称和文号")
        now, today = self._now()
        cal = self._calendar()
        with self._write(actor) as uow:
            s = uow.session
            c = self._case(s, case_no, lock=True)
            self._require_running(c, "办结")
            before = _audit(c)
            if c.paused_since is not None:  # a withdrawal during a special procedure ends it
                p = s.scalar(select(CasePause).where(CasePause.case_id == c.id,
                                                     CasePause.end_day.is_(None)))  # fmt: skip
                if p is not None:
                    p.end_day, p.ended_at = today, now
                    uow.record("case.resume", "case_pause", p.id, after={"end_day": today}, row=p)
                c.paused_since = None
            c.status, c.concluded_at, c.result = "concluded", now, result
            c.result_doc_name, c.result_doc_no = doc_name.strip(), doc_no.strip()
            self._save(uow, c, "conclude", before, now)
            text = f"办结：{result}" + (f"，{doc_name.strip()} {doc_no.strip()}" if doc_name else "")
            self._event(uow, c, "conclude", text + (f"。{note.strip()}" if note.strip() else ""), now)
            return self._view(s, c, cal, today)

    def deliver(self, actor: Actor, case_no: str, *, method: str, collector_id: str | None = None,
                collector_name: str = "", tracking_no: str | None = None) -> CaseView:  # fmt: skip
        """送达: window pick-up (collector's ID checked) or post (tracking number)."""
        permissions.require(actor, "case.handle")
        now, today = self._now()
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
        cal = self._calendar()
        with self._write(actor) as uow:
            c = self._case(uow.session, case_no, lock=True)
            if c.status != "concluded":
                raise Conflict(f"办件 {c.case_no} 尚未办结，不能送达")
            before = _audit(c)
            c.status, c.delivery_method, c.delivery_ref, c.delivered_at = "delivered", method, ref, now
            self._save(uow, c, "deliver", before, now)
            how = "窗口领取" if method == "window" else "邮寄"
            self._event(uow, c, "deliver", f"送达（{how}）：{ref}", now)
            return self._view(uow.session, c, cal, today)

    # --- read side ------------------------------------------------------------------------

    def case(self, case_no: str) -> CaseDetail:
        _, today = self._now()
        cal = self._calendar()
        with self.store.read() as s:
            c = self._case(s, case_no)
            view = case_view(s, c, cal, today, self.settings)
            notices = [notice_view(c, n, None, cal) for n in _notices(s, c)]
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

    def _summaries(self, s: Session, rows: Sequence[Any], today: dt.date,
                   cal: CaseCalendar) -> list[CaseSummary]:  # fmt: skip
        paused_ids = [c.id for c in rows if c.paused_since is not None]
        pauses: dict[Any, list[CasePause]] = {}
        if paused_ids:
            for p in s.scalars(select(CasePause).where(CasePause.case_id.in_(paused_ids))):
                pauses.setdefault(p.case_id, []).append(p)
        return [summary(c, cal, today, self.settings, pauses.get(c.id)) for c in rows]

    def my_open_cases(self, actor: Actor, *, limit: int = 500) -> list[CaseSummary]:
        """The clerk's own open cases (received by them, or on their list now), earliest due
        first."""
        _, today = self._now()
        cal = self._calendar()
        with self.store.read() as s:
            rows = s.execute(
                select(*_SUMMARY_COLUMNS).where(or_(ServiceCase.handler == actor.name,
                                              ServiceCase.intake_by == actor.name),
                                          ServiceCase.status.in_(OPEN_STATUSES))
                .order_by(ServiceCase.promise_due, ServiceCase.received_at).limit(limit)
            ).all()  # fmt: skip
            return self._summaries(s, rows, today, cal)

    def open_cases(self, actor: Actor, *, limit: int = 2000) -> list[CaseSummary]:
        """Every open case of the hall (supervisor)."""
        permissions.require(actor, "case.supervise")
        _, today = self._now()
        cal = self._calendar()
        with self.store.read() as s:
            rows = s.execute(
                select(*_SUMMARY_COLUMNS).where(ServiceCase.hall_id == self.hall_id,
                                          ServiceCase.status.in_(OPEN_STATUSES))
                .order_by(ServiceCase.promise_due, ServiceCase.received_at).limit(limit)
            ).all()  # fmt: skip
            return self._summaries(s, rows, today, cal)

    def search(self, actor: Actor, text: str, *, limit: int = 50) -> list[CaseSummary]:
        """By case number (or its start), query number, certificate number or applicant name."""
        permissions.require(actor, "case.handle")
        q = text.strip()
        if not q:
            raise InvalidInput("请输入办件编号、查询号、证件号码或申请人姓名")
        _, today = self._now()
        cal = self._calendar()
        with self.store.read() as s:
            # A range, not LIKE: the unique index on case_no serves it on both stores.
            cond = or_(and_(ServiceCase.case_no >= q, ServiceCase.case_no < q + "\uffff"),
                       ServiceCase.query_no == q, ServiceCase.applicant_cert_no == q.upper(),
                       ServiceCase.applicant_name == q)  # fmt: skip
            rows = s.execute(select(*_SUMMARY_COLUMNS).where(cond)
                             .order_by(ServiceCase.received_at.desc()).limit(limit)).all()  # fmt: skip
            return self._summaries(s, rows, today, cal)

    def progress(self, case_no: str, password: str) -> PublicProgress:
        """办件查询 for the public: masked, and only with the query password. Repeated wrong
        passwords lock the case's public query for a while (kept in the store)."""
        now, today = self._now()
        key, password = case_no.strip(), (password or "").strip()
        if not key or not password:
            raise InvalidInput("请输入办件编号（或查询号）和查询密码")
        failed = ""
        actor = Actor(name="public:progress")
        with self._write(actor) as uow:
            s = uow.session
            stmt = select(ServiceCase).where(or_(ServiceCase.case_no == key,
                                                 ServiceCase.query_no == key))  # fmt: skip
            if self.store.dialect == "postgresql":
                stmt = stmt.with_for_update()
            c = s.scalar(stmt)
            if c is None:  # the same answer as a wrong password: numbers cannot be probed
                raise PermissionDenied("办件编号或查询密码错误，请核对受理通知书")
            if c.query_locked_until and c.query_locked_until > now:
                left = max(1, int((c.query_locked_until - now).total_seconds() // 60) + 1)
                raise PermissionDenied(f"查询密码错误次数过多，请 {left} 分钟后再试，或到窗口查询")
            if not numbering.check_password(c.query_password_hash, c.query_no, password):
                c.query_failures += 1
                if c.query_failures >= self.settings.progress_max_failures:
                    c.query_locked_until = now + dt.timedelta(minutes=self.settings.progress_lock_minutes)
                    c.query_failures = 0
                    failed = (f"查询密码连续错误{self.settings.progress_max_failures}次，"
                              f"已暂停查询{self.settings.progress_lock_minutes}分钟")  # fmt: skip
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

    # --- the 5-day rule -------------------------------------------------------------------

    def sweep(self, actor: Actor | None = None) -> SweepResult:
        """Applications received more than 5 working days ago with no notice count as
        accepted from the day of receipt (art. 32). Each case is claimed with a conditional
        update, so any number of sweeps may run at once; a second run finds nothing to do."""
        actor = actor or SYSTEM
        now, today = self._now()
        cal = self._calendar()
        done: list[str] = []
        with self.store.read() as s:
            due = list(s.scalars(select(ServiceCase.case_no).where(
                ServiceCase.hall_id == self.hall_id, ServiceCase.status == "received",
                ServiceCase.notice_due < today)))  # fmt: skip
        for case_no in due:
            with self._write(actor) as uow:
                s = uow.session
                claimed = s.execute(
                    update(ServiceCase)
                    .where(ServiceCase.case_no == case_no, ServiceCase.status == "received",
                           ServiceCase.notice_due < today)
                    .values(status="accepted", deemed_accepted=True)
                )  # fmt: skip
                if claimed.rowcount != 1:  # type: ignore[attr-defined]
                    continue  # another sweep or a clerk got there first
                c = self._case(s, case_no)
                s.refresh(c)
                c.accepted_at, c.accepted_day = c.received_at, c.received_day
                set_due_dates(c, cal, [])
                self._save(uow, c, "deemed_accept", {"status": "received"}, now)
                self._event(uow, c, "deemed_accept",
                            f"收件后5个工作日内（{c.notice_due.isoformat()}前）未出具补正告知，"
                            "依《行政许可法》第三十二条自收件之日起视为受理", now)  # fmt: skip
                done.append(case_no)
        return SweepResult(deemed_accepted=done)

    # --- ratings (好差评) ------------------------------------------------------------------

    def rate(self, actor: Actor, case_no: str, level: int, *, channel: str = "window",
             text: str = "") -> RatingView:  # fmt: skip
        permissions.require(actor, "case.rate")
        rating.check_level(level)
        return self._rate(actor, case_no, level, channel, text)

    def record_not_rated(self, actor: Actor, case_no: str, *, channel: str = "window") -> RatingView:
        """The applicant left without rating: recorded as 未评价, never as a good rating."""
        permissions.require(actor, "case.rate")
        return self._rate(actor, case_no, None, channel, "")

    def _rate(self, actor: Actor, case_no: str, level: int | None, channel: str,
              text: str) -> RatingView:  # fmt: skip
        rating.check_channel(channel)
        now, today = self._now()
        cal = self._calendar()
        with self._write(actor) as uow:
            s = uow.session
            c = self._case(s, case_no)
            if c.status not in ("concluded", "delivered", "refused"):
                raise Conflict(f"办件 {c.case_no} 尚未办结，办结后才能评价")
            row = rating.claim(s, c.id, channel, level, text.strip(), now, actor.name)
            if row is None:
                existing = s.scalar(select(CaseRating).where(CaseRating.case_id == c.id,
                                                             CaseRating.channel == channel))  # fmt: skip
                label = rating_label(existing.level if existing else None)
                if level is None:
                    return rating.view(c, existing, None)  # type: ignore[arg-type]
                raise Conflict(f"办件 {c.case_no} 已通过该渠道评价（{label}），一事一评，不能重复评价")
            uow.record("case.rate", "case_rating", row.id, after={"level": level}, row=row)
            follow = None
            if level is not None and level >= 4:
                follow = RatingFollowUp(
                    rating_id=row.id, case_id=c.id, responsible=c.intake_by,
                    callback_due=cal.due(today, self.settings.rating_callback_days, "W").date,
                    fix_due=cal.due(today, self.settings.rating_fix_days, "W").date, opened_at=now,
                )  # fmt: skip
                s.add(follow)
                s.flush()
                uow.record("case.follow_up", "rating_follow_up", follow.id,
                           after={"responsible": follow.responsible}, row=follow)  # fmt: skip
            self._event(uow, c, "rate", f"评价（{rating.CHANNELS[channel]}）：{rating_label(level)}", now)
            return rating.view(c, row, follow)

    def follow_ups(self, actor: Actor, *, open_only: bool = True) -> list[FollowUpView]:
        """差评整改: the supervisor sees all; a clerk sees those they are responsible for."""
        _, today = self._now()
        with self.store.read() as s:
            q = (select(RatingFollowUp, CaseRating, ServiceCase)
                 .join(CaseRating, CaseRating.id == RatingFollowUp.rating_id)
                 .join(ServiceCase, ServiceCase.id == RatingFollowUp.case_id)
                 .where(ServiceCase.hall_id == self.hall_id))  # fmt: skip
            if not permissions.allowed(actor, "case.supervise"):
                q = q.where(RatingFollowUp.responsible == actor.name)
            if open_only:
                q = q.where(RatingFollowUp.fixed_at.is_(None))
            return [rating.follow_view(f, r, c, today)
                    for f, r, c in s.execute(q.order_by(RatingFollowUp.opened_at))]  # fmt: skip

    def record_callback(self, actor: Actor, follow_up_id: str, *, verdict: str,
                        note: str = "") -> FollowUpView:  # fmt: skip
        permissions.require(actor, "case.handle")
        if verdict not in rating.VERDICTS:
            raise InvalidInput(f"核实结论：应为{'、'.join(rating.VERDICTS)}之一")
        return self._follow(actor, follow_up_id, "callback", verdict=verdict, note=note)

    def record_fix(self, actor: Actor, follow_up_id: str, *, measures: str) -> FollowUpView:
        permissions.require(actor, "case.handle")
        if not measures.strip():
            raise InvalidInput("整改措施：请填写")
        return self._follow(actor, follow_up_id, "fix", measures=measures)

    def _follow(self, actor: Actor, follow_up_id: str, what: str, **data: str) -> FollowUpView:
        now, today = self._now()
        with self._write(actor) as uow:
            s = uow.session
            f = s.get(RatingFollowUp, _uuid(follow_up_id, "差评整改"))
            if f is None:
                raise NotFound("找不到该差评整改记录")
            if what == "callback":
                f.callback_at, f.callback_by = now, actor.name
                f.verdict, f.note = data["verdict"], data.get("note", "").strip()
            else:
                if f.callback_at is None:
                    raise Conflict("请先回访核实，再登记整改")
                f.fixed_at, f.measures = now, data["measures"].strip()
            uow.record(f"case.follow_up_{what}", "rating_follow_up", f.id, after=data, row=f)
            r = s.get(CaseRating, f.rating_id)
            c = s.get(ServiceCase, f.case_id)
            assert r is not None and c is not None
            return rating.follow_view(f, r, c, today)


def _checklist(s: Session, m: Matter) -> Checklist:
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


def _current_matter(s: Session, impl_code: str) -> Matter:
    m = s.scalar(select(Matter).where(Matter.impl_code == impl_code.strip(), Matter.is_current))
    if m is None:
        raise NotFound(f"办理事项：未找到实施编码为 {impl_code} 的现行事项")
    return m


def _default_materials(m: Matter) -> list[dict[str, Any]]:
    """No checklist ticked yet: every material of the matter version in force, received."""
    return [MaterialCheck(seq=x.seq, name=x.name, form="原件" if x.originals else "复印件",
                          count=max(x.originals, x.copies, 1),
                          required=x.necessity == "required").as_dict()
            for x in m.materials]  # fmt: skip


def _notices(s: Session, c: ServiceCase) -> list[CaseNotice]:
    return list(s.scalars(select(CaseNotice).where(CaseNotice.case_id == c.id)
                          .order_by(CaseNotice.ordinal)))  # fmt: skip


def _open_notice(s: Session, c: ServiceCase) -> CaseNotice | None:
    return next((n for n in reversed(_notices(s, c)) if n.open), None)


def _audit(c: ServiceCase) -> dict[str, Any]:
    return {"case_no": c.case_no, "status": c.status,
            "promise_due": c.promise_due.isoformat() if c.promise_due else None,
            "handler": c.handler}  # fmt: skip


def _json(data: dict[str, Any]) -> dict[str, Any]:
    from app.cases.views import plain

    return {k: plain(v) for k, v in data.items() if v is not None}
