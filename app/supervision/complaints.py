"""Complaints (投诉, GB/T 36113: 受理 → 调查/处置 → 反馈): taken at a window, by phone or at the
public lookup screen; assigned to a handler; answered within ``complaint_reply_days`` working
days (app.calendar); the complainant reads the answer with the complaint's number and the query
password given when it was filed. Passwords are hashed and checked outside any write
transaction; wrong ones are counted and lock the public lookup for a while, as case progress."""

from __future__ import annotations

import datetime as dt
import time
import uuid
from collections.abc import Callable
from dataclasses import asdict

from pydantic import ValidationError
from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from app import permissions
from app.cases import numbering
from app.cases.clock import CaseCalendar
from app.cases.intake import FieldErrors
from app.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from app.identity import mask_name
from app.journal import Actor, unit_of_work
from app.queue.numbering import local_day
from app.schemas.complaints import ComplaintRecord, field_errors
from app.settings import Settings
from app.supervision.views import (
    COMPLAINT_CHANNELS,
    COMPLAINT_STATUSES,
    ComplaintInput,
    ComplaintReceipt,
    ComplaintView,
    PublicComplaint,
)
from db.engine import Store
from db.ids import uuid7
from db.models import Complaint, Hall, ServiceCase, Staff

__all__ = ["ComplaintInput", "ComplaintReceipt", "ComplaintService", "ComplaintView",
           "PublicComplaint"]  # fmt: skip

PUBLIC = Actor(name="public:lookup")
WRONG = "投诉编号或查询密码错误，请核对投诉回执"


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class ComplaintService:
    CALENDAR_MAX_AGE = 10.0

    def __init__(self, store: Store, settings: Settings, *,
                 clock: Callable[[], dt.datetime] | None = None) -> None:  # fmt: skip
        self.store, self.settings = store, settings
        self.clock = clock or utc_now
        with store.read() as s:
            q = select(Hall).order_by(Hall.code)
            if settings.hall_code:
                q = q.where(Hall.code == settings.hall_code)
            hall = s.scalars(q).first()
        if hall is None:
            code = settings.hall_code
            raise NotFound(f"数据库中没有大厅{('“' + code + '”') if code else ''}，请先载入大厅数据")
        self.hall_id, self.hall_code = hall.id, hall.code
        self._cal: tuple[float, CaseCalendar] | None = None

    def _calendar(self) -> CaseCalendar:
        now = time.monotonic()
        if self._cal is None or now - self._cal[0] > self.CALENDAR_MAX_AGE:
            self._cal = (now, CaseCalendar.load(self.store))
        return self._cal[1]

    # --- filing -------------------------------------------------------------------------

    def file(self, actor: Actor | None, data: ComplaintInput) -> ComplaintReceipt:
        """投诉受理. ``actor`` None is the public lookup screen (channel 查询触摸屏). Every field's
        problem is reported at once and nothing is written. The receipt's password is shown
        once; only its hash is kept."""
        if actor is None:
            writer, values = PUBLIC, {**asdict(data), "channel": "lookup"}
        else:
            permissions.require(actor, "complaint.file")
            writer, values = actor, asdict(data)
            if values["channel"] == "lookup":
                raise FieldErrors({"channel": "投诉渠道：工作人员登记的投诉应为窗口或电话"})
        values["case_no"] = (values.get("case_no") or "").strip()
        if isinstance(values.get("window_no"), str):
            values["window_no"] = values["window_no"].strip() or None
        try:
            clean = ComplaintRecord.model_validate(values)
        except ValidationError as exc:
            raise FieldErrors(field_errors(exc)) from None
        if clean.case_no:
            with self.store.read() as s:
                if s.scalar(select(ServiceCase.id).where(ServiceCase.case_no == clean.case_no)) is None:
                    raise FieldErrors({"case_no": f"办件编号：没有编号为 {clean.case_no} 的办件（不清楚可不填）"})
        now = self.clock()
        today = local_day(now)
        due = self._calendar().due(today, self.settings.complaint_reply_days, "W")
        row_id = uuid7()
        password = numbering.new_password()
        digest = numbering.hash_password(str(row_id), password)  # before the transaction
        with unit_of_work(self.store, writer, hall_code=self.hall_code) as uow:
            s = uow.session
            seq = numbering.next_case_seq(s, f"TS:{self.hall_code}:{today:%Y%m%d}")
            number = f"TS{self.hall_code}-{today:%Y%m%d}-{seq:03d}"
            row = Complaint(
                id=row_id, hall_id=self.hall_id, hall_code=self.hall_code, number=number,
                password_hash=digest, query_failures=0, channel=clean.channel,
                complainant_name=clean.complainant_name,
                complainant_phone=clean.complainant_phone, case_no=clean.case_no,
                window_no=clean.window_no, target_staff=clean.target_staff,
                content=clean.content, received_at=now, received_day=today,
                received_by=writer.name, due_day=due.date, due_provisional=due.provisional,
                status="received", handler="", assigned_by="", answer="", answered_by="",
            )  # fmt: skip
            s.add(row)
            s.flush()
            uow.record("complaint.file", "complaint", row.id,
                       after={"number": number, "channel": clean.channel,
                              "due_day": due.date}, row=row)  # fmt: skip
        return ComplaintReceipt(number=number, password=password, due_on=due.date,
                                provisional=due.provisional)  # fmt: skip

    # --- handling ------------------------------------------------------------------------

    def assign(self, actor: Actor, number: str, to_staff: str) -> ComplaintView:
        """Hand the complaint to a staff member (by work number) to investigate and answer."""
        permissions.require(actor, "complaint.handle")
        who = (to_staff or "").strip()
        if not who:
            raise InvalidInput("承办人：请填写承办人员的工号")
        now = self.clock()
        with unit_of_work(self.store, actor, hall_code=self.hall_code) as uow:
            s = uow.session
            staff = s.scalar(select(Staff).where(Staff.work_no == who))
            if staff is None or not staff.active:
                raise InvalidInput(f"承办人：没有在岗的工号为 {who} 的工作人员")
            row = self._row(s, number, lock=True)
            if row.status == "answered":
                raise Conflict(f"投诉 {row.number} 已答复，不能再分派")
            before = {"handler": row.handler, "status": row.status}
            row.handler, row.assigned_at, row.assigned_by = staff.work_no, now, actor.name
            row.status = "assigned"
            uow.record("complaint.assign", "complaint", row.id, before=before,
                       after={"handler": row.handler, "status": row.status}, row=row)  # fmt: skip
            return self._view(row, local_day(now))

    def answer(self, actor: Actor, number: str, text: str) -> ComplaintView:
        """意见反馈: the answer the complainant will read. Only the assigned handler, or a
        supervisor, may answer."""
        permissions.require(actor, "complaint.file")
        reply = (text or "").strip()
        if len(reply) < 5:
            raise InvalidInput("答复内容：请写明调查结果和处理意见（至少 5 个字）")
        if len(reply) > 4000:
            raise InvalidInput("答复内容：太长，最多 4000 个字")
        now = self.clock()
        with unit_of_work(self.store, actor, hall_code=self.hall_code) as uow:
            s = uow.session
            row = self._row(s, number, lock=True)
            if row.status == "answered":
                raise Conflict(f"投诉 {row.number} 已于 {local_day(row.answered_at or now)} 答复")
            if row.handler != actor.name and not permissions.allowed(actor, "complaint.handle"):
                who = f"（当前承办人：{row.handler}）" if row.handler else "（尚未分派）"
                raise PermissionDenied(f"投诉 {row.number} 未分派给您{who}，不能答复；请由主管分派")
            row.answer, row.answered_at, row.answered_by = reply, now, actor.name
            row.status = "answered"
            if not row.handler:
                row.handler = actor.name
            uow.record("complaint.answer", "complaint", row.id, before={"status": "open"},
                       after={"status": "answered"}, row=row)  # fmt: skip
            return self._view(row, local_day(now))

    def open_complaints(self, actor: Actor, *, include_closed: bool = False) -> list[ComplaintView]:
        """A supervisor sees the hall's complaints; a clerk those assigned to or taken by them."""
        permissions.require(actor, "complaint.file")
        today = local_day(self.clock())
        with self.store.read() as s:
            q = select(Complaint).where(Complaint.hall_id == self.hall_id)
            if not permissions.allowed(actor, "complaint.handle"):
                q = q.where(or_(Complaint.handler == actor.name,
                                Complaint.received_by == actor.name))  # fmt: skip
            if not include_closed:
                q = q.where(Complaint.status != "answered")
            rows = s.scalars(q.order_by(Complaint.due_day, Complaint.received_at)).all()
            return [self._view(r, today) for r in rows]

    def get(self, actor: Actor, number: str) -> ComplaintView:
        permissions.require(actor, "complaint.file")
        today = local_day(self.clock())
        with self.store.read() as s:
            row = self._row(s, number)
            mine = actor.name in (row.handler, row.received_by)
            if not mine and not permissions.allowed(actor, "complaint.handle"):
                raise PermissionDenied(f"投诉 {row.number} 不是您受理或承办的")
            return self._view(row, today)

    # --- the complainant -----------------------------------------------------------------

    def public_status(self, number: str, password: str) -> PublicComplaint:
        """What the complainant sees with number + password: masked, and nothing of the staff's
        notes. An unknown number answers like a wrong password (numbers cannot be probed)."""
        key, pw = (number or "").strip(), (password or "").strip()
        if not key or not pw:
            raise InvalidInput("请输入投诉编号和查询密码")
        now = self.clock()
        with self.store.read() as s:
            row = s.scalar(select(Complaint).where(Complaint.number == key))
            if row is None:
                raise PermissionDenied(WRONG)
            s.expunge(row)
        if row.query_locked_until and row.query_locked_until > now:
            left = max(1, int((row.query_locked_until - now).total_seconds() // 60) + 1)
            raise PermissionDenied(f"查询密码错误次数过多，请 {left} 分钟后再试，或到窗口查询")
        if not numbering.check_password(row.password_hash, str(row.id), pw):
            raise PermissionDenied(self._failed(row.id, now))
        if row.query_failures:
            with unit_of_work(self.store, PUBLIC, hall_code=self.hall_code) as uow:
                uow.session.execute(update(Complaint).where(Complaint.id == row.id)
                                    .values(query_failures=0))  # fmt: skip
        today = local_day(now)
        return PublicComplaint(
            number=row.number, complainant=mask_name(row.complainant_name),
            received_on=row.received_day, due_on=row.due_day,
            status_label=COMPLAINT_STATUSES.get(row.status, row.status),
            answer=row.answer if row.status == "answered" else "",
            answered_on=local_day(row.answered_at) if row.answered_at else None,
            overdue=_overdue(row, today),
        )  # fmt: skip

    def _failed(self, row_id: uuid.UUID, now: dt.datetime) -> str:
        most, minutes = self.settings.progress_max_failures, self.settings.progress_lock_minutes
        with unit_of_work(self.store, PUBLIC, hall_code=self.hall_code) as uow:
            s = uow.session
            failures = s.execute(update(Complaint).where(Complaint.id == row_id)
                                 .values(query_failures=Complaint.query_failures + 1)
                                 .returning(Complaint.query_failures)).scalar_one()  # fmt: skip
            locked = failures >= most
            if locked:
                s.execute(update(Complaint).where(Complaint.id == row_id).values(
                    query_failures=0, query_locked_until=now + dt.timedelta(minutes=minutes)))  # fmt: skip
            uow.record("complaint.query_failed", "complaint", row_id,
                       after={"failures": failures, "locked": locked}, outbox=False)  # fmt: skip
        if locked:
            return f"查询密码连续错误{most}次，已暂停查询{minutes}分钟"
        return WRONG

    # --- plumbing ------------------------------------------------------------------------

    def _row(self, s: Session, number: str, *, lock: bool = False) -> Complaint:
        key = (number or "").strip()
        if not key:
            raise InvalidInput("请输入投诉编号")
        stmt = select(Complaint).where(Complaint.number == key)
        if lock and self.store.dialect == "postgresql":
            stmt = stmt.with_for_update()
        row = s.scalar(stmt)
        if row is None:
            raise NotFound(f"没有编号为 {key} 的投诉")
        return row

    def _view(self, r: Complaint, today: dt.date) -> ComplaintView:
        left = None
        if r.status != "answered":
            left = self._calendar().days_between(today, r.due_day, "W")
        return ComplaintView(
            number=r.number, channel=r.channel,
            channel_label=COMPLAINT_CHANNELS.get(r.channel, r.channel),
            complainant_name=r.complainant_name, complainant_phone=r.complainant_phone,
            case_no=r.case_no, window_no=r.window_no, target_staff=r.target_staff,
            content=r.content, received_at=r.received_at, received_by=r.received_by,
            due_on=r.due_day, status=r.status,
            status_label=COMPLAINT_STATUSES.get(r.status, r.status), handler=r.handler,
            answer=r.answer, answered_at=r.answered_at, answered_by=r.answered_by,
            overdue=_overdue(r, today), days_left=left,
        )  # fmt: skip


def _overdue(r: Complaint, today: dt.date) -> bool:
    if r.answered_at is not None:
        return local_day(r.answered_at) > r.due_day
    return today > r.due_day
