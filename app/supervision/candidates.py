"""Which open cases can be at a warning today, read without computing every open case's clock.

A running case turns yellow at ≤ T counting days left, T = max(min_days, ⌈percent % of its
promised limit⌉) (app.cases.clockrules.warning). T working days never span more than 2·T + 14
calendar days (weekends, and the longest holiday run with its make-up days), so a case whose
stored promised date is further away than that, for the largest T among the open cases, is
green. A paused case's stored date is earlier than its projected one, so it is kept when in
doubt. An application not yet decided warns on its 5-working-day notice date (yellow on the
last working day before it). The clock itself is still computed by app.cases.present.summary
for every case kept; this only spares the ones that cannot warn.
"""

from __future__ import annotations

import datetime as dt
import math
import uuid
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from app.cases.clock import CaseCalendar
from app.cases.clockrules import RUNNING
from app.cases.present import summary
from app.cases.queries import SUMMARY_COLUMNS
from app.cases.views import CaseSummary
from app.settings import Settings
from db.models import CasePause, ServiceCase

NOTICE_HORIZON_DAYS = 14  # one working day ahead, across the longest holiday run


def horizon_days(max_promise_days: int, settings: Settings) -> int:
    t = max(settings.case_yellow_min_days,
            math.ceil(max_promise_days * settings.case_yellow_percent / 100))  # fmt: skip
    return 2 * t + 14


def warned_candidates(s: Session, hall_id: uuid.UUID, today: dt.date, cal: CaseCalendar,
                      settings: Settings, *, limit: int) -> list[CaseSummary]:  # fmt: skip
    running = and_(ServiceCase.hall_id == hall_id, ServiceCase.status.in_(RUNNING))
    longest = s.scalar(select(func.max(ServiceCase.promise_days)).where(running)) or 0
    until = today + dt.timedelta(days=horizon_days(longest, settings))
    cond = or_(
        and_(running, or_(ServiceCase.promise_due <= until, ServiceCase.legal_due < today,
                          ServiceCase.paused_since.is_not(None))),
        and_(ServiceCase.hall_id == hall_id, ServiceCase.status == "received",
             ServiceCase.notice_due <= today + dt.timedelta(days=NOTICE_HORIZON_DAYS)),
    )  # fmt: skip
    rows = s.execute(select(*SUMMARY_COLUMNS).where(cond)
                     .order_by(ServiceCase.promise_due, ServiceCase.received_at)
                     .limit(limit)).all()  # fmt: skip
    paused = [r.id for r in rows if r.paused_since is not None]
    pauses: dict[Any, list[CasePause]] = {}
    if paused:
        for p in s.scalars(select(CasePause).where(CasePause.case_id.in_(paused))):
            pauses.setdefault(p.case_id, []).append(p)
    return [summary(r, cal, today, settings, pauses.get(r.id)) for r in rows]
