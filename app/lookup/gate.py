"""The query password in front of a case on the public screen, and its throttle.

The stored hash is read and checked outside any write transaction (on SQLite a write holds the
whole hall); only the failure count is written, with one atomic UPDATE … RETURNING, so any
number of screens guessing at once count every wrong guess. After ``progress_max_failures``
wrong passwords in a row the case's public query is locked for ``progress_lock_minutes``; the
same store columns as CaseService.progress, so the lock holds on every screen and channel.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import or_, select, update

from app.cases import numbering
from app.errors import InvalidInput, PermissionDenied
from app.journal import Actor, unit_of_work
from app.settings import Settings
from db.engine import Store
from db.models import ServiceCase

WRONG = "办件编号或查询密码错误，请核对受理通知书"
PUBLIC = Actor(name="public:lookup")


@dataclass(frozen=True)
class Opened:
    case_id: uuid.UUID
    case_no: str


def _locked_message(until: dt.datetime, now: dt.datetime) -> str:
    left = max(1, int((until - now).total_seconds() // 60) + 1)
    return f"查询密码错误次数过多，请 {left} 分钟后再试，或到窗口查询"


def open_case(store: Store, settings: Settings, number: str, password: str, now: dt.datetime,
              *, hall_code: str = "") -> Opened:  # fmt: skip
    """The case behind a case or query number when ``password`` is its query password;
    PermissionDenied otherwise (the same words for an unknown number: nothing to probe)."""
    key, password = (number or "").strip(), (password or "").strip()
    if not key or not password:
        raise InvalidInput("请输入办件编号（或查询号）和查询密码")
    with store.read() as s:
        row = s.execute(
            select(ServiceCase.id, ServiceCase.case_no, ServiceCase.query_no,
                   ServiceCase.query_password_hash, ServiceCase.query_locked_until,
                   ServiceCase.query_failures)
            .where(or_(ServiceCase.case_no == key, ServiceCase.query_no == key))
        ).first()  # fmt: skip
    if row is None:
        raise PermissionDenied(WRONG)
    case_id, case_no, query_no, stored, locked_until, failures = row
    if locked_until is not None and locked_until > now:
        raise PermissionDenied(_locked_message(locked_until, now))
    if numbering.check_password(stored, query_no, password):  # hashing: no transaction open
        if failures:
            with unit_of_work(store, PUBLIC, hall_code=hall_code) as uow:
                uow.session.execute(update(ServiceCase).where(ServiceCase.id == case_id)
                                    .values(query_failures=0))  # fmt: skip
        return Opened(case_id=case_id, case_no=case_no)
    raise PermissionDenied(_count_failure(store, settings, case_id, now, hall_code))


def _count_failure(store: Store, settings: Settings, case_id: uuid.UUID, now: dt.datetime,
                   hall_code: str) -> str:  # fmt: skip
    limit, minutes = settings.progress_max_failures, settings.progress_lock_minutes
    with unit_of_work(store, PUBLIC, hall_code=hall_code) as uow:
        s = uow.session
        count = s.execute(
            update(ServiceCase).where(ServiceCase.id == case_id)
            .values(query_failures=ServiceCase.query_failures + 1)
            .returning(ServiceCase.query_failures)
        ).scalar_one()  # fmt: skip
        message = WRONG
        if count >= limit:
            s.execute(update(ServiceCase).where(ServiceCase.id == case_id)
                      .values(query_failures=0,
                              query_locked_until=now + dt.timedelta(minutes=minutes)))  # fmt: skip
            message = f"查询密码连续错误{limit}次，已暂停查询{minutes}分钟"
        uow.record("case.progress_failed", "case", case_id, after={"failures": count},
                   outbox=False)  # fmt: skip
    return message
