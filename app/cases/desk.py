"""The plumbing every case use case shares: the hall, the clock, the working-day calendar, one
short write transaction, finding a case (locked on PostgreSQL), and writing its audit entry,
outbox row snapshot and timeline event. CaseService is built on it; the use-case modules
(reception, notices, decisions, handling, queries, rating …) take it as their first argument."""

from __future__ import annotations

import datetime as dt
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.cases import numbering
from app.cases.clock import CaseCalendar
from app.cases.clockrules import RUNNING
from app.cases.present import case_view
from app.cases.views import STATUS_LABELS, CaseView, plain
from app.errors import Conflict, InvalidInput, NotFound
from app.journal import Actor, UnitOfWork, unit_of_work
from app.queue.numbering import local_day
from app.settings import Settings
from db.models import CaseEvent, CaseNotice, Hall, Matter, ServiceCase


class CaseDesk:
    # The holiday calendar changes a few times a year (an administrator's import); a running
    # clerk or dashboard picks a change up within this many seconds.
    CALENDAR_MAX_AGE = 10.0

    def __init__(self, store: Any, settings: Settings, *, hall_code: str | None,
                 clock: Callable[[], dt.datetime]) -> None:  # fmt: skip
        self.store = store
        self.settings = settings
        self.clock = clock
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

    def now(self) -> tuple[dt.datetime, dt.date]:
        now = self.clock()
        return now, local_day(now)

    def calendar(self) -> CaseCalendar:
        """Loaded before any write transaction, and kept for a few seconds."""
        now = time.monotonic()
        cached = self._cal
        if cached is None or now - cached[0] > self.CALENDAR_MAX_AGE:
            cached = self._cal = (now, CaseCalendar.load(self.store))
        return cached[1]

    @contextmanager
    def write(self, actor: Actor) -> Iterator[UnitOfWork]:
        with unit_of_work(self.store, actor, hall_code=self.hall_code) as uow:
            yield uow

    def case_row(self, s: Session, case_no: str, *, lock: bool = False) -> ServiceCase:
        stmt = select(ServiceCase).where(ServiceCase.case_no == case_no.strip())
        if lock and self.store.dialect == "postgresql":
            stmt = stmt.with_for_update()
        c = s.scalar(stmt)
        if c is None:
            raise NotFound(f"没有编号为 {case_no.strip()} 的办件")
        return c

    def event(self, uow: UnitOfWork, c: ServiceCase, kind: str, text: str, now: dt.datetime,
              **data: Any) -> None:  # fmt: skip
        actor = uow.actor
        ev = CaseEvent(case_id=c.id, at=now, kind=kind, by=actor.name,
                       by_name=actor.display_name, text=text,
                       data={k: plain(v) for k, v in data.items() if v is not None})  # fmt: skip
        uow.session.add(ev)
        uow.session.flush()
        uow.record(f"case.{kind}", "case_event", ev.id, after={"case_no": c.case_no, "text": text},
                   row=ev)  # fmt: skip

    def save(self, uow: UnitOfWork, c: ServiceCase, action: str, before: dict[str, Any],
             now: dt.datetime) -> None:  # fmt: skip
        c.updated_at = now
        uow.record(f"case.{action}", "case", c.id, before=before, after=audit_of(c), row=c)

    def view(self, s: Session, c: ServiceCase, cal: CaseCalendar, today: dt.date) -> CaseView:
        s.flush()
        return case_view(s, c, cal, today, self.settings)

    def require_running(self, c: ServiceCase, what: str) -> None:
        if c.status not in RUNNING:
            raise Conflict(f"办件 {c.case_no} 当前为“{STATUS_LABELS.get(c.status)}”，不能{what}")


def as_uuid(text: str | None, what: str) -> uuid.UUID | None:
    if not text:
        return None
    try:
        return uuid.UUID(str(text))
    except ValueError:
        raise InvalidInput(f"{what}编号“{text}”格式不正确") from None


def audit_of(c: ServiceCase) -> dict[str, Any]:
    return {"case_no": c.case_no, "status": c.status,
            "promise_due": c.promise_due.isoformat() if c.promise_due else None,
            "handler": c.handler}  # fmt: skip


def current_matter(s: Session, impl_code: str) -> Matter:
    m = s.scalar(select(Matter).where(Matter.impl_code == impl_code.strip(), Matter.is_current))
    if m is None:
        raise NotFound(f"办理事项：未找到实施编码为 {impl_code} 的现行事项")
    return m


def notices_of(s: Session, c: ServiceCase) -> list[CaseNotice]:
    return list(s.scalars(select(CaseNotice).where(CaseNotice.case_id == c.id)
                          .order_by(CaseNotice.ordinal)))  # fmt: skip


def open_notice(s: Session, c: ServiceCase) -> CaseNotice | None:
    return next((n for n in reversed(notices_of(s, c)) if n.open), None)
