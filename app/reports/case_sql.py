"""The case figures of app/reports/cases.py counted by the store (GROUP BY the one dimension
asked for), so a year of a county's cases is a handful of aggregate queries. The few cases that
had a special-procedure pause are counted in Python (their due dates move with the pause, see
app.reports.cases.items); a test checks both ways give the same counts."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import Counter
from collections.abc import Callable
from typing import Any

from sqlalchemy import Date, and_, case, cast, func, not_, or_, select, text, true
from sqlalchemy.orm import Session

from app.cases.clock import CaseCalendar
from app.reports import cases as case_figs
from app.reports.scope import HALL_TZ, NONE_KEY, Names, as_key, day_bounds, local_day
from db.models import (
    CaseBreach,
    CaseNotice,
    CaseRating,
    Hall,
    Inquiry,
    Matter,
    RatingFollowUp,
    ServiceCase,
    Staff,
    Ticket,
)

Key = Callable[[Any], str]


def local_date(s: Session, column: Any) -> Any:
    """The hall-local date of a UTC timestamp column (Beijing time, no summer time)."""
    if s.get_bind().dialect.name == "postgresql":
        return cast(func.timezone(str(HALL_TZ), column), Date)
    return func.date(column, "+8 hours")


def _case_dim(by: str | None, names: Names, staff_col: Any) -> tuple[list[Any], Key]:
    """Columns to group case rows by, and the report key of a result row."""
    if by is None:
        return [], lambda r: ""
    if by == "hall":
        return [ServiceCase.hall_id], lambda r: names.halls[r[0]][0] if r[0] in names.halls else str(r[0])
    if by == "department":
        return [Matter.department_id], lambda r: as_key(r[0])
    if by == "window":
        return [ServiceCase.hall_id, ServiceCase.window_no], lambda r: as_key(
            names.window_by_no.get((r[0], r[1])) if r[1] else None)  # fmt: skip
    if by == "staff":
        return [staff_col], lambda r: as_key(names.staff_by_no.get(r[0]))
    if by == "matter":
        return [ServiceCase.impl_code], lambda r: as_key(r[0])
    return [Ticket.line_id], lambda r: as_key(r[0])  # line


def _joins(stmt: Any, by: str | None) -> Any:
    if by == "department":
        stmt = stmt.outerjoin(Matter, Matter.id == ServiceCase.matter_id)
    if by == "line":
        stmt = stmt.outerjoin(Ticket, Ticket.id == ServiceCase.ticket_id)
    return stmt


def count_if(b: Any) -> Any:
    return func.sum(case((b, 1), else_=0))


def counts(s: Session, by: str | None, names: Names, hall_ids: list[uuid.UUID], start: dt.date,
           end: dt.date, now: dt.datetime, calendar: Callable[[], CaseCalendar],
           since: dt.date | None = None) -> dict[str, Counter[str]]:  # fmt: skip
    """key → figure → count, the figures named as ``app.reports.cases.Item.figure``.
    ``since``: the days before it are summarised (app/reports/summary.py keeps their fixed
    figures and the cases concluded late on them); count only the rest: what falls on the
    later days, what is overdue and still open or concluded since, follow-ups, inquiries."""
    ssd_costs(s)
    lo, hi = day_bounds(start, end)
    first = max(start, since) if since is not None else start
    lo_f = day_bounds(first, first)[0]
    today = local_day(now)
    last = min(end, today)
    out: dict[str, Counter[str]] = {}

    def add(key: str, figures: dict[str, Any]) -> None:
        c = out.setdefault(key, Counter())
        for name, n in figures.items():
            if n:
                c[name] += int(n)

    sc = ServiceCase
    in_halls = halls_filter(s, sc.hall_id, hall_ids)
    cols, key = _case_dim(by, names, sc.intake_by)
    done = local_date(s, sc.concluded_at)
    concluded = and_(sc.status.in_(case_figs.CONCLUDED), sc.concluded_at >= lo_f,
                     sc.concluded_at < hi, sc.accepted_day.is_not(None), sc.promise_due.is_not(None))  # fmt: skip

    def late(due: Any) -> Any:  # concluded after its date, and on a day not summarised
        return and_(sc.accepted_day.is_not(None), due < last, sc.concluded_at.is_not(None),
                    done > due, sc.concluded_at >= lo_f)  # fmt: skip

    figures = {
        "received": count_if(sc.received_day.between(first, end)),
        "accepted": count_if(sc.accepted_day.between(first, end)),
        "refused": count_if(and_(sc.status == "refused", sc.concluded_at >= lo_f, sc.concluded_at < hi)),
        "concluded": count_if(concluded),
        "on_time": count_if(and_(concluded, done <= sc.promise_due)),
        "early": count_if(and_(concluded, done < sc.promise_due)),
        "overdue": count_if(late(sc.promise_due)),
        "statutory_overdue": count_if(late(sc.legal_due)),
    }
    # Every case these figures count: received, accepted or concluded in the period, or
    # concluded after it (late during it). Each term has its own index. PostgreSQL combines
    # them (BitmapOr); SQLite does so only for an id list, else it walks a hall index (and
    # PostgreSQL, given the id list, joins it to a scan of every case).
    wanted = or_(sc.received_day.between(first, end), sc.accepted_day.between(first, end),
                 sc.concluded_at >= lo_f)  # fmt: skip
    if s.get_bind().dialect.name != "postgresql":
        wanted = sc.id.in_(select(sc.id).where(wanted))
    queries = [(figures, wanted)]
    if today >= start:
        # Open cases past their date: read from their own partial index, which carries every
        # column asked for here (ix_service_case_open_late, migration 0015).
        queries.append(({"overdue": count_if(sc.promise_due < last),
                         "statutory_overdue": count_if(sc.legal_due < last)},
                        and_(sc.concluded_at.is_(None), sc.accepted_day.is_not(None),
                             or_(sc.promise_due < last, sc.legal_due < last))))  # fmt: skip
    for named, where in queries:
        stmt = _joins(select(*cols, *(f.label(n) for n, f in named.items())).select_from(sc), by)
        stmt = stmt.where(in_halls, not_(case_figs.has_pause()), where)
        if cols:
            stmt = stmt.group_by(*cols)
        for r in s.execute(stmt):
            add(key(r), {n: r._mapping[n] for n in named})
    for it in case_figs.items(s, hall_ids, start, end, now, names, calendar, paused_only=True,
                              since=since):  # fmt: skip
        add(item_key(by, names, it.dims), {it.figure: 1})

    # one-time notices and breaches: the staff is who issued / whose first notice it was
    for model, staff_col, at_col, name in ((CaseNotice, CaseNotice.issued_by, CaseNotice.issued_at,
                                            "notices"),
                                           (CaseBreach, CaseBreach.staff, CaseBreach.recorded_at,
                                            "breaches")):  # fmt: skip
        cols, key = _case_dim(by, names, staff_col)
        stmt = _joins(select(*cols, func.count()).select_from(model)
                      .join(sc, sc.id == model.case_id), by)  # fmt: skip
        stmt = stmt.where(in_halls, at_col >= lo_f, at_col < hi)
        for r in s.execute(stmt.group_by(*cols) if cols else stmt):
            add(key(r), {name: r[-1]})

    # ratings: per level (NULL = not rated)
    cols, key = _case_dim(by, names, sc.intake_by)
    stmt = _joins(select(*cols, CaseRating.level, func.count()).select_from(CaseRating)
                  .join(sc, sc.id == CaseRating.case_id), by)  # fmt: skip
    stmt = stmt.where(in_halls, CaseRating.at >= lo_f, CaseRating.at < hi).group_by(*cols, CaseRating.level)
    for r in s.execute(stmt):
        level, n = r[-2], r[-1]
        kind = ("good" if level in case_figs.GOOD_LEVELS else "bad" if level in case_figs.BAD_LEVELS
                else "not_rated")  # fmt: skip
        add(key(r), {"ratings": n, kind: n})

    # follow-ups of bad ratings: decided = fixed or past the fix date; on time = both dates kept
    f = RatingFollowUp
    cols, key = _case_dim(by, names, f.responsible)
    decided = or_(f.fixed_at.is_not(None), f.fix_due < today)
    on_time = and_(f.callback_at.is_not(None), local_date(s, f.callback_at) <= f.callback_due,
                   f.fixed_at.is_not(None), local_date(s, f.fixed_at) <= f.fix_due)  # fmt: skip
    stmt = _joins(select(*cols, count_if(decided), count_if(and_(decided, on_time))).select_from(f)
                  .join(sc, sc.id == f.case_id), by)  # fmt: skip
    stmt = stmt.where(in_halls, f.opened_at >= lo, f.opened_at < hi)
    for r in s.execute(stmt.group_by(*cols) if cols else stmt):
        add(key(r), {"fu_decided": r[-2], "fu_on_time": r[-1]})

    # first inquiries
    iq = Inquiry
    icols: list[Any]
    if by == "hall":
        icols, ikey = [iq.hall_id], key_hall(names)
    elif by == "department":
        icols, ikey = [Staff.department_id], lambda r: as_key(r[0])
    elif by == "window":
        icols, ikey = [iq.hall_id, iq.window_no], lambda r: as_key(
            names.window_by_no.get((r[0], r[1])) if r[1] else None)  # fmt: skip
    elif by == "staff":
        icols, ikey = [iq.first_staff], lambda r: as_key(names.staff_by_no.get(r[0]))
    elif by == "line":
        icols, ikey = [Ticket.line_id], lambda r: as_key(r[0])
    elif by == "matter":
        icols, ikey = [], lambda r: NONE_KEY
    else:
        icols, ikey = [], lambda r: ""
    overdue = and_(iq.promised_reply_at.is_not(None), or_(
        and_(iq.closed_at.is_(None), iq.promised_reply_at < now),
        iq.closed_at > iq.promised_reply_at))  # fmt: skip
    stmt = select(*icols, count_if(iq.closed_at.is_(None)), count_if(overdue)).select_from(iq)
    if by == "department":
        stmt = stmt.outerjoin(Staff, Staff.work_no == iq.first_staff)
    if by == "line":
        stmt = stmt.outerjoin(Ticket, Ticket.id == iq.ticket_id)
    stmt = stmt.where(iq.hall_id.in_(hall_ids), iq.at >= lo, iq.at < hi)
    for r in s.execute(stmt.group_by(*icols) if icols else stmt):
        add(ikey(r), {"inquiries_open": r[-2], "inquiries_overdue": r[-1]})
    return out


def ssd_costs(s: Session) -> None:
    """On PostgreSQL, plan this transaction's queries for data in memory or on SSD: with the
    default random_page_cost (4, for spinning disks) the planner joins the year's follow-ups
    to a scan of every case (285 ms) instead of looking each case up (73 ms)."""
    if s.get_bind().dialect.name == "postgresql":
        s.execute(text("SET LOCAL random_page_cost = 1.1"))


def halls_filter(s: Session, column: Any, hall_ids: list[uuid.UUID]) -> Any:
    """The hall condition, written so that the stores pick the date indexes: none at all when
    every hall is asked for (a hall store; the whole county), else through an expression no
    index serves (a hall index would walk all the hall's history)."""
    if len(set(hall_ids)) >= (s.scalar(select(func.count()).select_from(Hall)) or 0):
        return true()
    return func.coalesce(column, column).in_(hall_ids)


def key_hall(names: Names) -> Key:
    return lambda r: names.halls[r[0]][0] if r[0] in names.halls else str(r[0])


def item_key(by: str | None, names: Names, d: case_figs.CaseDims) -> str:
    hall, dept, window, staff, matter, line = d
    if by is None:
        return ""
    if by == "hall":
        return names.halls[hall][0] if hall in names.halls else str(hall)
    return as_key({"department": dept, "window": window, "staff": staff, "matter": matter,
               "line": line}[by])  # fmt: skip


def concluded_by_day(s: Session, hall_ids: list[uuid.UUID], start: dt.date, end: dt.date,
                     now: dt.datetime, names: Names,
                     calendar: Callable[[], CaseCalendar]) -> dict[dt.date, tuple[int, int]]:  # fmt: skip
    """Local day → (cases concluded that day, of which on time), over the period."""
    lo, hi = day_bounds(start, end)
    sc = ServiceCase
    done = local_date(s, sc.concluded_at)
    stmt = (select(done, func.count(), count_if(done <= sc.promise_due)).select_from(sc)
            .where(halls_filter(s, sc.hall_id, hall_ids), not_(case_figs.has_pause()),
                   sc.status.in_(case_figs.CONCLUDED), sc.concluded_at >= lo, sc.concluded_at < hi,
                   sc.accepted_day.is_not(None), sc.promise_due.is_not(None))
            .group_by(done))  # fmt: skip
    out: dict[dt.date, list[int]] = {}
    for day, n, ok in s.execute(stmt):
        d = day if isinstance(day, dt.date) else dt.date.fromisoformat(day)
        out[d] = [int(n), int(ok or 0)]
    for it in case_figs.items(s, hall_ids, start, end, now, names, calendar, paused_only=True):
        if it.figure in ("concluded", "on_time") and isinstance(it.when, dt.datetime):
            pair = out.setdefault(local_day(it.when), [0, 0])
            pair[0 if it.figure == "concluded" else 1] += 1
    return {d: (n, ok) for d, (n, ok) in out.items()}


def rating_levels(s: Session, hall_ids: list[uuid.UUID], start: dt.date,
                  end: dt.date) -> dict[int | None, int]:  # fmt: skip
    lo, hi = day_bounds(start, end)
    stmt = (select(CaseRating.level, func.count()).join(ServiceCase, ServiceCase.id == CaseRating.case_id)
            .where(halls_filter(s, ServiceCase.hall_id, hall_ids), CaseRating.at >= lo,
                   CaseRating.at < hi)
            .group_by(CaseRating.level))  # fmt: skip
    return {level: int(n) for level, n in s.execute(stmt)}
