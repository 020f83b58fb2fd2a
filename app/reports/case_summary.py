"""The case figures of closed days, by day and finest grain, for the summaries of
app/reports/summary.py: what falls on a day and never changes once it is over (received,
accepted, refused, concluded on time / early / late, notices, breaches, ratings by level).

One grouped query per source over a hall's stale days (cases by receipt, by acceptance, by
conclusion; notices; breaches; ratings), then folded into each dimension in Python. The cases
that had a special-procedure pause are counted item by item, as app/reports/case_sql.py does.
``tests/reports/test_kpi_summaries.py`` shows summarised == live for every cut."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import Counter
from collections.abc import Callable
from typing import Any

from sqlalchemy import and_, func, not_, or_, select
from sqlalchemy.orm import Session

from app.cases.clock import CaseCalendar
from app.reports import cases as case_figs
from app.reports.case_sql import count_if, local_date
from app.reports.scope import Names, day_bounds
from db.models import CaseBreach, CaseNotice, CaseRating, ServiceCase, Ticket

# hall, matter id, window number, staff work number, matter (impl_code), line: the case's own
# values, so that the summaries follow the catalog as it is when read (a matter moved to
# another department, a window renumbered), as the live count does (summary.case_report_key).
Raw = tuple[uuid.UUID, uuid.UUID | None, int | None, str | None, str, uuid.UUID | None]
Grains = dict[tuple[dt.date, Raw], Counter[str]]
FIXED = ("received", "accepted", "refused", "concluded", "on_time", "early", "late",
         "statutory_late")  # fmt: skip


def _day(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(value)


def day_figures(s: Session, hall: uuid.UUID, first: dt.date, last: dt.date, names: Names,
                now: dt.datetime, calendar: Callable[[], CaseCalendar]) -> Grains:  # fmt: skip
    """(local day, the case's own values) → figure → count for the closed days first..last of
    ``hall``."""
    lo, hi = day_bounds(first, last)
    sc = ServiceCase
    out: Grains = {}

    def grouped(staff: Any, day: Any, figures: dict[str, Any], source: Any, *where: Any) -> None:
        cols = (sc.hall_id, sc.matter_id, sc.window_no, staff, sc.impl_code, Ticket.line_id)
        stmt = (select(*cols, day.label("day"), *(f.label(n) for n, f in figures.items()))
                .select_from(source)
                .outerjoin(Ticket, Ticket.id == sc.ticket_id)
                .where(sc.hall_id == hall, *where).group_by(*cols, day))  # fmt: skip
        for r in s.execute(stmt):
            raw = (r[0], r[1], r[2], r[3], r[4], r[5])
            counter = out.setdefault((_day(r.day), raw), Counter())
            for name in figures:
                n = int(r._mapping[name] or 0)
                if n:
                    counter[name] += n

    unpaused = not_(case_figs.has_pause())
    grouped(sc.intake_by, sc.received_day, {"received": func.count()}, sc,
            sc.received_day.between(first, last), unpaused)  # fmt: skip
    grouped(sc.intake_by, sc.accepted_day, {"accepted": func.count()}, sc,
            sc.accepted_day.between(first, last), unpaused)  # fmt: skip
    done = local_date(s, sc.concluded_at)
    accepted = sc.accepted_day.is_not(None)
    concluded = and_(sc.status.in_(case_figs.CONCLUDED), accepted, sc.promise_due.is_not(None))
    grouped(sc.intake_by, done, {
        "refused": count_if(sc.status == "refused"),
        "concluded": count_if(concluded),
        "on_time": count_if(and_(concluded, done <= sc.promise_due)),
        "early": count_if(and_(concluded, done < sc.promise_due)),
        "late": count_if(and_(accepted, done > sc.promise_due)),
        "statutory_late": count_if(and_(accepted, done > sc.legal_due)),
    }, sc, sc.concluded_at >= lo, sc.concluded_at < hi, unpaused)  # fmt: skip
    for model, staff, at, name in ((CaseNotice, CaseNotice.issued_by, CaseNotice.issued_at, "notices"),
                                   (CaseBreach, CaseBreach.staff, CaseBreach.recorded_at, "breaches")):  # fmt: skip
        grouped(staff, local_date(s, at), {name: func.count()},
                sc.__table__.join(model, model.case_id == sc.id), at >= lo, at < hi)  # fmt: skip
    rt, good, bad = CaseRating, case_figs.GOOD_LEVELS, case_figs.BAD_LEVELS
    grouped(sc.intake_by, local_date(s, rt.at), {
        "ratings": func.count(), "good": count_if(rt.level.in_(good)),
        "bad": count_if(rt.level.in_(bad)),
        "not_rated": count_if(or_(rt.level.is_(None), not_(rt.level.in_((*good, *bad))))),
    }, sc.__table__.join(rt, rt.case_id == sc.id), rt.at >= lo, rt.at < hi)  # fmt: skip
    paused: dict[str, Raw] = {
        r.case_no: (r.hall_id, r.matter_id, r.window_no, r.intake_by, r.impl_code, r.line_id)
        for r in s.execute(select(sc.case_no, sc.hall_id, sc.matter_id, sc.window_no, sc.intake_by,
                                  sc.impl_code, Ticket.line_id)
                           .outerjoin(Ticket, Ticket.id == sc.ticket_id)
                           .where(sc.hall_id == hall, case_figs.has_pause()))}  # fmt: skip
    for it in case_figs.items(s, [hall], first, last, now, names, calendar, paused_only=True,
                              late=True):  # fmt: skip
        if it.figure in FIXED and it.day is not None and first <= it.day <= last:
            out.setdefault((it.day, paused[it.ref]), Counter())[it.figure] += 1
    return out


def rating_levels(s: Session, hall: uuid.UUID, first: dt.date,
                  last: dt.date) -> dict[tuple[dt.date, int | None], int]:  # fmt: skip
    """(local day, rating level) → ratings given that day, for the ratings chart."""
    lo, hi = day_bounds(first, last)
    rt = CaseRating
    day = local_date(s, rt.at)
    stmt = (select(day, rt.level, func.count()).join(ServiceCase, ServiceCase.id == rt.case_id)
            .where(ServiceCase.hall_id == hall, rt.at >= lo, rt.at < hi)
            .group_by(day, rt.level))  # fmt: skip
    return {(_day(d), level): int(n) for d, level, n in s.execute(stmt)}
