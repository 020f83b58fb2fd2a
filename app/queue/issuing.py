"""Issuing a ticket (取号): hours, daily cap, number, priority lane, in one transaction."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from app.errors import Conflict, InvalidInput
from app.queue.closed_days import check_workday
from app.queue.hours import hours_text, is_open
from app.queue.numbering import format_number, local_now, next_seq
from app.queue.priority import Applicant
from db.models import Hall, ServiceLine, Ticket
from db.models.states import TicketStatus

SOURCES = {"kiosk": "取号机", "appointment": "预约签到", "clerk": "窗口代取"}


def check_source(source: str) -> None:
    if source not in SOURCES:
        offered = "、".join(f"{k}（{v}）" for k, v in SOURCES.items())
        raise InvalidInput(f"取号来源“{source}”无效，可选：{offered}")


def check_open(line: ServiceLine, now: dt.datetime) -> None:
    if not is_open(line.hours, local_now(now)):
        raise Conflict(f"「{line.name}」办理时间为 {hours_text(line.hours)}，现在不在办理时间内")


def issue_ticket(
    session: Session,
    hall: Hall,
    line: ServiceLine,
    now: dt.datetime,
    *,
    source: str,
    applicant: Applicant,
    within_cap: bool = True,
    enforce_hours: bool = True,
) -> Ticket:
    """Insert the next ticket of ``line`` for the hall's local day.

    ``within_cap=False`` is for appointment check-in: a booked slot was already counted when
    it was booked, so it is honoured even when walk-in numbers have run out.
    """
    check_source(source)
    day = local_now(now).date()
    if enforce_hours:
        check_workday(session, day)
        check_open(line, now)
    seq = next_seq(session, line.id, day)
    if within_cap and seq > line.daily_cap:
        # Raising rolls back the counter bump too, so the number is not lost.
        raise Conflict(
            f"今日「{line.name}」号源已取完（每日限{line.daily_cap}个），请明天再来或预约办理"
        )
    ticket = Ticket(
        hall_id=hall.id,
        line_id=line.id,
        day=day,
        seq=seq,
        number=format_number(line.prefix, seq),
        source=source,
        priority_kind=applicant.priority,
        id_number_masked=applicant.id_number_masked,
        status=TicketStatus.WAITING,
        issued_at=now,
        queued_at=now,
        call_count=0,
        updated_at=now,
    )
    session.add(ticket)
    session.flush()
    return ticket
