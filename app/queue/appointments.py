"""Appointments (预约): booked ahead, checked in at the kiosk by code or ID number."""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.errors import Conflict, InvalidInput, NotFound
from app.identity import is_valid_resident_id, mask_name, mask_resident_id, parse_resident_id
from db.models import Appointment, Hall, ServiceLine, Ticket
from db.models.states import AppointmentStatus


def id_hash(id_number: str) -> str:
    return hashlib.sha256(parse_resident_id(id_number).number.encode("ascii")).hexdigest()


def new_code(session: Session, hall: Hall) -> str:
    # Eight digits are quick to type on a kiosk keypad; retry on the rare collision.
    while True:
        code = f"{secrets.randbelow(10**8):08d}"
        taken = session.scalar(
            select(Appointment.id).where(Appointment.hall_id == hall.id, Appointment.code == code)
        )
        if taken is None:
            return code


def book(
    session: Session,
    hall: Hall,
    line: ServiceLine,
    day: dt.date,
    *,
    id_number: str | None = None,
    name: str = "",
    slot: str = "",
    code: str | None = None,
) -> Appointment:
    if code is not None and not code.strip():
        raise InvalidInput("预约码不能为空")
    appt = Appointment(
        hall_id=hall.id,
        line_id=line.id,
        code=(code or new_code(session, hall)).strip(),
        day=day,
        slot=slot,
        name_masked=mask_name(name) if name else "",
        id_number_hash=id_hash(id_number) if id_number else None,
        id_number_masked=mask_resident_id(id_number) if id_number else None,
        status=AppointmentStatus.BOOKED,
    )
    session.add(appt)
    session.flush()
    return appt


def find_for_check_in(session: Session, hall: Hall, code: str, today: dt.date) -> Appointment:
    """The booking named by an appointment code or an ID number, ready to check in today."""
    text = code.strip()
    if not text:
        raise InvalidInput("请输入预约码或刷身份证")
    stmt = select(Appointment).where(Appointment.hall_id == hall.id)
    if len(text) == 18 and is_valid_resident_id(text):
        # The same person may hold bookings on several days; today's open one counts.
        rows = session.scalars(
            stmt.where(Appointment.id_number_hash == id_hash(text)).order_by(Appointment.day)
        ).all()
        todays = [a for a in rows if a.day == today]
        open_today = [a for a in todays if a.status == AppointmentStatus.BOOKED]
        if open_today:
            return open_today[0]
        if todays:
            return _check_usable(session, todays[0], today)
        if rows:
            days = "、".join(a.day.isoformat() for a in rows if a.status == AppointmentStatus.BOOKED)
            raise Conflict(f"您今天没有预约{f'（已预约日期：{days}）' if days else ''}")
        raise NotFound("没有找到该身份证号的预约，请核对或到咨询台取号")
    appt = session.scalar(stmt.where(Appointment.code == text))
    if appt is None:
        raise NotFound(f"没有找到预约码“{text}”，请核对后重新输入")
    return _check_usable(session, appt, today)


def _check_usable(session: Session, appt: Appointment, today: dt.date) -> Appointment:
    if appt.status == AppointmentStatus.CHECKED_IN:
        ticket = session.get(Ticket, appt.ticket_id) if appt.ticket_id else None
        number = f"，排队号为 {ticket.number}" if ticket else ""
        raise Conflict(f"该预约已签到{number}")
    if appt.status == AppointmentStatus.CANCELLED:
        raise Conflict("该预约已取消，请重新预约或现场取号")
    if appt.day != today:
        raise Conflict(f"该预约的办理日期为 {appt.day.isoformat()}，今天不能签到")
    return appt


def claim(session: Session, appt: Appointment, today: dt.date, now: dt.datetime) -> None:
    """Mark the booking checked in with one conditional UPDATE, so that of two kiosks checking
    in the same booking at the same instant exactly one wins; the other is told it is taken.
    (Reading the status first and writing it later let both through on PostgreSQL.)"""
    claimed = session.execute(
        update(Appointment)
        .where(Appointment.id == appt.id, Appointment.status == AppointmentStatus.BOOKED)
        .values(status=AppointmentStatus.CHECKED_IN, checked_in_at=now)
        .execution_options(synchronize_session=False)
    )
    session.refresh(appt)
    if claimed.rowcount != 1:  # type: ignore[attr-defined]
        _check_usable(session, appt, today)
        raise Conflict("该预约已签到")
