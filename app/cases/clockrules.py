"""The case clock: due dates from the acceptance day, pauses (特别程序) that stop it,
extensions that move it, and the green/yellow/red warning (domain.md §3, §5.4)."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.calendar import PROVISIONAL_NOTE
from app.cases.clock import CaseCalendar, Pause
from app.cases.views import Clock
from app.errors import InvalidInput
from db.models import CasePause, ServiceCase

_DAY = dt.timedelta(days=1)
RUNNING = ("accepted", "suspended")


def pause_ranges(rows: Sequence[CasePause], today: dt.date | None) -> list[Pause]:
    """Days that do not count: from the pause's first day up to the day before it ended
    (a pause ended the day it began stops nothing). An open pause runs through ``today``."""
    out = []
    for p in rows:
        if p.end_day is None:
            if today is not None and today >= p.start_day:
                out.append((p.start_day, today))
        elif p.end_day > p.start_day:
            out.append((p.start_day, p.end_day - _DAY))
    return out


def pauses_of(session: Session, case: ServiceCase, today: dt.date | None) -> list[Pause]:
    rows = session.scalars(select(CasePause).where(CasePause.case_id == case.id)).all()
    return pause_ranges(rows, today)


def set_due_dates(case: ServiceCase, cal: CaseCalendar, pauses: Sequence[Pause]) -> None:
    assert case.accepted_day is not None
    start, ext = case.accepted_day, case.extension_days
    promise = cal.due(start, case.promise_days + ext, case.promise_unit,
                      count_start_day=case.count_start_day, pauses=pauses)  # fmt: skip
    legal_days = case.legal_days or case.promise_days
    legal = cal.due(start, legal_days + ext, case.legal_unit,
                    count_start_day=case.count_start_day, pauses=pauses)  # fmt: skip
    case.promise_due, case.legal_due = promise.date, legal.date
    case.due_provisional = promise.provisional or legal.provisional


def extension_cap(legal_days: int) -> int:
    """行政许可法 art. 42: 20 days + 10 with the head's approval; 45 (joint) + 15."""
    return 15 if legal_days >= 45 else 10


def check_extension(case: ServiceCase, days: int) -> None:
    if days <= 0:
        raise InvalidInput("延期天数：应为正整数")
    cap = extension_cap(case.legal_days)
    if case.extension_days + days > cap:
        used = f"，已延期{case.extension_days}日" if case.extension_days else ""
        raise InvalidInput(f"延期天数：法定时限{case.legal_days}日的事项最多延期{cap}日{used}，"
                           f"本次最多还可延期{cap - case.extension_days}日")  # fmt: skip


def warning(
    days_left: int, promise_days: int, *, percent: int, min_days: int
) -> str:
    """green; yellow at ≤ max(min_days, ⌈percent % of the promised limit⌉) left; red overdue."""
    if days_left < 0:
        return "red"
    if days_left <= max(min_days, math.ceil(promise_days * percent / 100)):
        return "yellow"
    return "green"


def clock_of(
    case: Any,  # a ServiceCase, or a row with its columns (lists)
    cal: CaseCalendar,
    pause_rows: Sequence[CasePause],
    today: dt.date,
    *,
    percent: int,
    min_days: int,
) -> Clock:
    running = case.status in RUNNING and case.accepted_day is not None
    pauses = pause_ranges(pause_rows, today)
    promise_due, legal_due, provisional = case.promise_due, case.legal_due, case.due_provisional
    note = ""
    if case.accepted_day is not None and case.paused_since is not None:
        # While paused the due date moves one counting day per paused day: show it projected.
        p = cal.due(case.accepted_day, case.promise_days + case.extension_days,
                    case.promise_unit, count_start_day=case.count_start_day, pauses=pauses)  # fmt: skip
        legal = cal.due(case.accepted_day, (case.legal_days or case.promise_days)
                        + case.extension_days, case.legal_unit,
                        count_start_day=case.count_start_day, pauses=pauses)  # fmt: skip
        promise_due, legal_due, provisional = p.date, legal.date, p.provisional or legal.provisional
    if provisional and promise_due is not None:
        note = PROVISIONAL_NOTE  # 按法定节假日暂算，以国务院公布的安排为准
    used = left = 0
    colour, past_legal = "none", False
    if case.accepted_day is not None and promise_due is not None:
        end = today if running else (case.concluded_at.date() if case.concluded_at else today)
        start = case.accepted_day - (_DAY if case.count_start_day else dt.timedelta(0))
        used = max(0, cal.days_between(start, end, case.promise_unit, pauses=pauses))
        left = cal.days_between(today, promise_due, case.promise_unit, pauses=pauses)
        if running:
            colour = warning(left, case.promise_days, percent=percent, min_days=min_days)
            past_legal = legal_due is not None and today > legal_due
    paused_days = cal.paused_days(pauses, today, case.promise_unit)
    return Clock(
        unit=case.promise_unit,
        promise_days=case.promise_days,
        legal_days=case.legal_days,
        extension_days=case.extension_days,
        promise_due=promise_due,
        legal_due=legal_due,
        provisional=provisional,
        provisional_note=note,
        days_used=used,
        days_left=left if running else None,
        days_paused=paused_days,
        paused=case.paused_since is not None,
        warning=colour,
        past_legal=past_legal,
    )
