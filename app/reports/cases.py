"""Case figures (办件, 一次性告知, 首问, 好差评) for a period, as items: each counted thing once,
with the dimensions it belongs to and a line a supervisor can read when drilling down.

Definitions (docs/user-guide.md "统计报表" repeats them):

- received / accepted: cases whose receipt / acceptance day (deemed acceptance included) falls
  in the period; refused: 不予受理 (and not our competence) decided in the period;
- notices: one-time notices issued in the period; breaches: items asked for after the first
  notice (违反一次性告知), recorded in the period;
- on time / early: of the cases concluded in the period, those concluded on or before / before
  their promised date. The promised date counts working days on the calendar (holidays and
  make-up days as stored) and leaves out special-procedure pauses (特别程序), also pauses still
  open or ended by the conclusion;
- overdue / statutory overdue: cases that were past their promised / statutory date on at
  least one day of the period (up to today), concluded late or still open;
- inquiries open / overdue: first-inquiry items logged in the period still open now / answered
  after (or still open past) the promised reply time;
- ratings (一事一评, every channel): rated in the period; good = 非常满意/满意/基本满意, bad =
  不满意/非常不满意, not rated (未评价) is its own share and never good;
- follow-ups on time: of the bad-review follow-ups opened in the period that are finished or
  past their fix date, those called back by the callback date and fixed by the fix date.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, not_, or_, select
from sqlalchemy.orm import Session

from app.cases.clock import CaseCalendar
from app.cases.clockrules import pause_ranges
from app.cases.views import RATING_LABELS
from app.reports.scope import HALL_TZ, day_bounds, local_day
from db.models import (
    CaseBreach,
    CaseNotice,
    CasePause,
    CaseRating,
    Inquiry,
    Matter,
    RatingFollowUp,
    ServiceCase,
    Ticket,
)

GOOD_LEVELS = (1, 2, 3)
BAD_LEVELS = (4, 5)
CONCLUDED = ("concluded", "delivered")

# hall, department, window, staff, matter (impl_code), line
CaseDims = tuple[uuid.UUID, uuid.UUID | None, uuid.UUID | None, uuid.UUID | None, str,
                 uuid.UUID | None]  # fmt: skip


@dataclass(frozen=True)
class Item:
    figure: str  # received, accepted, refused, notices, breaches, concluded, on_time, early,
    # overdue, statutory_overdue, inquiries_open, inquiries_overdue, ratings, good, bad,
    # not_rated, fu_decided, fu_on_time
    dims: CaseDims
    ref: str
    when: dt.datetime | dt.date
    who: str
    detail: str
    tag: str = ""  # ratings: the level's label (未评价 when not rated)
    day: dt.date | None = None  # the local day a case figure falls on (summaries group by it)


_CASE_COLS = (ServiceCase.id, ServiceCase.hall_id, ServiceCase.case_no, ServiceCase.impl_code,
              ServiceCase.matter_name, Matter.department_id, ServiceCase.window_no,
              ServiceCase.intake_by, ServiceCase.intake_by_name, Ticket.line_id)  # fmt: skip


def _joined(stmt: Any) -> Any:
    return stmt.outerjoin(Matter, Matter.id == ServiceCase.matter_id).outerjoin(
        Ticket, Ticket.id == ServiceCase.ticket_id
    )


class DimsOf:
    """The dimensions of a case row (window and staff resolved from their numbers)."""

    def __init__(self, window_by_no: dict[tuple[uuid.UUID, int], uuid.UUID],
                 staff_by_no: dict[str, uuid.UUID]) -> None:  # fmt: skip
        self.window_by_no, self.staff_by_no = window_by_no, staff_by_no

    def of(self, r: Any, staff_no: str | None = None) -> CaseDims:
        window = self.window_by_no.get((r.hall_id, r.window_no)) if r.window_no else None
        staff = self.staff_by_no.get(staff_no if staff_no is not None else r.intake_by)
        return (r.hall_id, r.department_id, window, staff, r.impl_code, r.line_id)


def items(s: Session, hall_ids: list[uuid.UUID], start: dt.date, end: dt.date,
          now: dt.datetime, names: Any, calendar: Callable[[], CaseCalendar], *,
          paused_only: bool = False, since: dt.date | None = None,
          late: bool = False, figures: frozenset[str] | None = None,
          where: Any = None, first_n: int | None = None) -> Iterator[Item]:  # fmt: skip
    """Every counted thing of the period, with its dimensions. ``paused_only``: only the case
    items of cases that had a special-procedure pause (app/reports/case_sql.py counts the
    rest in the store). ``since``: the days before it are summarised (app/reports/summary.py):
    leave out what falls on them and the cases concluded late on them. ``late``: also the
    cases concluded in the period after their promised / statutory date ("late",
    "statutory_late"), as summaries keep them. ``figures``: only what these figures need is
    read (a drill-down); ``where``: a condition on the case narrowing every part read from
    cases (the drill-down's row), never the first inquiries, which have no case. ``first_n``:
    with ``figures`` of one timestamp (received; concluded or refused; ratings), only the
    first so many by it, chosen by the store (a drill-down lists items by time)."""
    lo, hi = day_bounds(start, end)
    today = local_day(now)
    last = min(end, today)
    first = max(start, since) if since is not None else start  # the first day not summarised
    lo_f = day_bounds(first, first)[0]
    dims = DimsOf(names.window_by_no, names.staff_by_no)
    in_halls: Any = ServiceCase.hall_id.in_(hall_ids)
    halls_only = in_halls
    if where is not None:
        in_halls = and_(in_halls, where)

    def wants(*names: str) -> bool:
        return figures is None or not figures.isdisjoint(names)

    when_read = [
        *([ServiceCase.received_day.between(first, end)] if wants("received") else []),
        *([ServiceCase.accepted_day.between(first, end)] if wants("accepted") else []),
        *([and_(ServiceCase.concluded_at >= lo_f, ServiceCase.concluded_at < hi)]
          if wants("refused", "concluded", "on_time", "early", "late", "statutory_late")
          else []),
        # (the statutory date may come first: calendar days against promised working days)
        *([and_(ServiceCase.accepted_day <= last,
                or_(ServiceCase.promise_due < last, ServiceCase.legal_due < last),
                or_(ServiceCase.concluded_at.is_(None), ServiceCase.concluded_at >= lo_f),
                *_only_late(s, figures, last))]
          if wants("overdue", "statutory_overdue") else []),
    ]  # fmt: skip
    order, only_status = _first_by(figures) if first_n is not None else (None, [])
    # --- cases: received, accepted, refused, concluded (on time, early), overdue
    rows: list[Any] = []
    if when_read:  # (none for a drill-down into notices, inquiries or ratings)
        if figures is None or wants("overdue", "statutory_overdue"):
            when_read.append(ServiceCase.paused_since.is_not(None))  # its dates move with it
        stmt = _joined(select(
            *_CASE_COLS, ServiceCase.received_at, ServiceCase.received_day,
            ServiceCase.accepted_day, ServiceCase.accepted_at, ServiceCase.status,
            ServiceCase.concluded_at, ServiceCase.promise_due, ServiceCase.legal_due,
            ServiceCase.paused_since, ServiceCase.promise_days, ServiceCase.promise_unit,
            ServiceCase.legal_days, ServiceCase.legal_unit, ServiceCase.extension_days,
            ServiceCase.count_start_day,
        )).where(in_halls, or_(*when_read), *only_status,
                 *([has_pause()] if paused_only else []))  # fmt: skip
        if order is None:
            rows = list(s.execute(stmt))
        elif order.key not in ("promise_due", "legal_due"):
            rows = list(s.execute(stmt.order_by(order, ServiceCase.case_no).limit(first_n)))
        else:  # by due date, which a pause moves: those cases whole, the others the first ones
            moved = or_(has_pause(), ServiceCase.paused_since.is_not(None))
            rows = list(s.execute(stmt.where(not_(moved)).order_by(order, ServiceCase.case_no)
                                  .limit(first_n)))  # fmt: skip
            rows += s.execute(stmt.where(moved)).all()
    accepted = {r.id for r in rows if r.accepted_day is not None}
    paused = sorted(accepted.intersection(s.scalars(
        select(CasePause.case_id).join(ServiceCase, ServiceCase.id == CasePause.case_id)
        .where(halls_only))))  # fmt: skip  (a few thousand ids a year: special procedures are rare)
    pauses: dict[uuid.UUID, list[CasePause]] = {}
    for i in range(0, len(paused), 500):  # then the pauses of these cases only
        for p in s.scalars(select(CasePause).where(CasePause.case_id.in_(paused[i:i + 500]))):
            pauses.setdefault(p.case_id, []).append(p)
    cal = calendar() if pauses else None
    for r in rows:
        d = dims.of(r)
        who = r.intake_by_name or r.intake_by
        if first <= r.received_day <= end:
            yield Item("received", d, r.case_no, r.received_at, who, r.matter_name,
                       day=r.received_day)  # fmt: skip
        if r.accepted_day is not None and first <= r.accepted_day <= end:
            yield Item("accepted", d, r.case_no, r.accepted_at or r.accepted_day, who, r.matter_name,
                       day=r.accepted_day)  # fmt: skip
        done = local_day(r.concluded_at) if r.concluded_at else None
        if r.status == "refused" and done is not None and first <= done <= end:
            yield Item("refused", d, r.case_no, r.concluded_at, who, r.matter_name, day=done)
        if r.accepted_day is None:
            continue
        promise, legal = r.promise_due, r.legal_due
        if r.id in pauses and cal is not None:
            promise, legal = _due_with_pauses(r, cal, pauses[r.id], today)
        if r.status in CONCLUDED and done is not None and promise is not None \
                and first <= done <= end:  # fmt: skip
            verdict = "提前办结" if done < promise else "按时办结" if done == promise else "超期办结"
            detail = f"{r.matter_name}；承诺{promise}，{done}{verdict}"
            yield Item("concluded", d, r.case_no, r.concluded_at, who, detail, day=done)
            if done <= promise:
                yield Item("on_time", d, r.case_no, r.concluded_at, who, detail, day=done)
            if done < promise:
                yield Item("early", d, r.case_no, r.concluded_at, who, detail, day=done)
        open_end = done if r.status in CONCLUDED or r.status == "refused" else None
        for figure, due, what in (("overdue", promise, "承诺"), ("statutory_overdue", legal, "法定")):
            if due is None:
                continue
            if open_end is not None and open_end < first:
                continue  # concluded (late or not) on a summarised day: the summary counts it
            if late and open_end is not None and start <= open_end <= end and open_end > due:
                yield Item("late" if figure == "overdue" else "statutory_late", d, r.case_no,
                           r.concluded_at, who, r.matter_name, day=open_end)  # fmt: skip
            until = open_end if open_end is not None else today
            first_late = due + dt.timedelta(days=1)
            if first_late <= until and first_late <= last and until >= start:
                state = f"{open_end}办结" if open_end else "仍未办结"
                yield Item(figure, d, r.case_no, due, who,
                           f"{r.matter_name}；{what}办结日期{due}，{state}")  # fmt: skip
    if paused_only:
        return

    # --- one-time notices and breaches
    notices = (_joined(select(*_CASE_COLS, CaseNotice.notice_no, CaseNotice.issued_at,
                              CaseNotice.issued_by, CaseNotice.issued_by_name, CaseNotice.ordinal)
                       .join(CaseNotice, CaseNotice.case_id == ServiceCase.id))
               .where(in_halls, CaseNotice.issued_at >= lo_f, CaseNotice.issued_at < hi))  # fmt: skip
    for r in s.execute(notices) if wants("notices") else ():
        yield Item("notices", dims.of(r, r.issued_by), r.notice_no, r.issued_at,
                   r.issued_by_name or r.issued_by, f"{r.case_no} 第{r.ordinal}次告知")  # fmt: skip
    breaches = (_joined(select(*_CASE_COLS, CaseBreach.staff, CaseBreach.staff_name,
                               CaseBreach.material, CaseBreach.recorded_at)
                        .join(CaseBreach, CaseBreach.case_id == ServiceCase.id))
                .where(in_halls, CaseBreach.recorded_at >= lo_f, CaseBreach.recorded_at < hi))  # fmt: skip
    for r in s.execute(breaches) if wants("breaches") else ():
        yield Item("breaches", dims.of(r, r.staff), r.case_no, r.recorded_at,
                   r.staff_name or r.staff, f"再次要求补正：{r.material}")  # fmt: skip

    # --- first inquiries
    inquiries = (select(Inquiry.id, Inquiry.hall_id, Inquiry.at, Inquiry.first_staff,
                        Inquiry.first_staff_name, Inquiry.window_no, Inquiry.question,
                        Inquiry.promised_reply_at, Inquiry.closed_at, Ticket.line_id)
                 .outerjoin(Ticket, Ticket.id == Inquiry.ticket_id)
                 .where(Inquiry.hall_id.in_(hall_ids), Inquiry.at >= lo, Inquiry.at < hi))  # fmt: skip
    for r in s.execute(inquiries) if wants("inquiries_open", "inquiries_overdue") else ():
        staff = dims.staff_by_no.get(r.first_staff)
        window = dims.window_by_no.get((r.hall_id, r.window_no)) if r.window_no else None
        d = (r.hall_id, names.staff_dept.get(staff) if staff else None, window, staff, "",
             r.line_id)
        who = r.first_staff_name or r.first_staff
        if r.closed_at is None:
            yield Item("inquiries_open", d, str(r.id)[:8], r.at, who, r.question[:60])
        due = r.promised_reply_at
        if due is not None and ((r.closed_at is None and now > due)
                                or (r.closed_at is not None and r.closed_at > due)):  # fmt: skip
            yield Item("inquiries_overdue", d, str(r.id)[:8], r.at, who,
                       f"承诺答复 {due.astimezone(HALL_TZ):%Y-%m-%d %H:%M}；{r.question[:40]}")  # fmt: skip

    # --- ratings and their follow-ups
    ratings = (_joined(select(*_CASE_COLS, CaseRating.level, CaseRating.at, CaseRating.channel)
                       .join(CaseRating, CaseRating.case_id == ServiceCase.id))
               .where(in_halls, CaseRating.at >= lo_f, CaseRating.at < hi))  # fmt: skip
    if first_n is not None and figures is not None and figures <= _RATED:
        ratings = ratings.order_by(CaseRating.at, ServiceCase.case_no).limit(first_n)
    for r in s.execute(ratings) if wants(*_RATED) else ():
        d = dims.of(r)
        who = r.intake_by_name or r.intake_by
        label = RATING_LABELS.get(r.level, "未评价")
        detail = f"{r.matter_name}；{label}（{r.channel}）"
        yield Item("ratings", d, r.case_no, r.at, who, detail, label)
        figure = "good" if r.level in GOOD_LEVELS else "bad" if r.level in BAD_LEVELS else "not_rated"
        yield Item(figure, d, r.case_no, r.at, who, detail)
    follow_ups = (_joined(select(*_CASE_COLS, RatingFollowUp.responsible,
                                 RatingFollowUp.opened_at, RatingFollowUp.callback_due,
                                 RatingFollowUp.fix_due, RatingFollowUp.callback_at,
                                 RatingFollowUp.fixed_at)
                          .join(RatingFollowUp, RatingFollowUp.case_id == ServiceCase.id))
                  .where(in_halls, RatingFollowUp.opened_at >= lo,
                         RatingFollowUp.opened_at < hi))  # fmt: skip
    for r in s.execute(follow_ups) if wants("fu_decided", "fu_on_time") else ():
        if r.fixed_at is None and today <= r.fix_due:
            continue  # still within its time: not decided yet
        d = dims.of(r, r.responsible)
        called = local_day(r.callback_at) if r.callback_at else None
        fixed = local_day(r.fixed_at) if r.fixed_at else None
        ok = called is not None and called <= r.callback_due and fixed is not None \
            and fixed <= r.fix_due  # fmt: skip
        detail = (f"回访{'于' + str(called) if called else '未做'}（限{r.callback_due}），"
                  f"整改{'于' + str(fixed) if fixed else '未完成'}（限{r.fix_due}）")  # fmt: skip
        yield Item("fu_decided", d, r.case_no, r.opened_at, r.responsible, detail)
        if ok:
            yield Item("fu_on_time", d, r.case_no, r.opened_at, r.responsible, detail)


_RATED = frozenset({"ratings", "good", "bad", "not_rated"})


def rated_as(label: str) -> Any:
    """Ratings of the level named ``label`` (非常满意 … 非常不满意; 未评价: none or unknown),
    for a drill-down from the ratings chart."""
    level = next((lv for lv, name in RATING_LABELS.items() if name == label), None)
    if level is not None:
        return CaseRating.level == level
    return or_(CaseRating.level.is_(None), CaseRating.level.not_in(list(RATING_LABELS)))


def _first_by(figures: frozenset[str] | None) -> tuple[Any, list[Any]]:
    """For the first cases of a drill-down: the time its items are listed by, and the states
    the store keeps (so that the first rows read are the first items); none where the items'
    times are not one column."""
    if figures is None:
        return None, []
    if figures <= {"received"}:
        return ServiceCase.received_at, []
    if figures <= {"concluded", "on_time", "early"}:
        return ServiceCase.concluded_at, [ServiceCase.status.in_(CONCLUDED),
                                          ServiceCase.accepted_day.is_not(None)]  # fmt: skip
    if figures <= {"refused"}:
        return ServiceCase.concluded_at, [ServiceCase.status == "refused"]
    if figures <= {"overdue"}:  # listed by the date they went past
        return ServiceCase.promise_due, []
    if figures <= {"statutory_overdue"}:
        return ServiceCase.legal_due, []
    return None, []


def _only_late(s: Session, figures: frozenset[str] | None, last: dt.date) -> list[Any]:
    """For a drill-down into overdue cases: only those still open or concluded after their
    stored date (of the one figure: exactly the cases it counts, unless paused). A pause only
    moves the date later, so the stored one keeps every case that was late with its pauses
    left out too (a county year: 40,000 cases instead of 450,000)."""
    if figures is None or not figures <= {"overdue", "statutory_overdue"}:
        return []
    from app.reports.case_sql import local_date  # (case_sql counts with this module's items)

    done = local_date(s, ServiceCase.concluded_at)
    dues = [ServiceCase.promise_due] if figures <= {"overdue"} else \
        [ServiceCase.legal_due] if figures <= {"statutory_overdue"} else \
        [ServiceCase.promise_due, ServiceCase.legal_due]  # fmt: skip
    return [or_(*(due < last for due in dues)),
            or_(ServiceCase.concluded_at.is_(None), *(done > due for due in dues))]


def has_pause() -> Any:
    """The case had a special-procedure pause (an IN list: few cases, read once)."""
    return ServiceCase.id.in_(select(CasePause.case_id))


def _due_with_pauses(r: Any, cal: CaseCalendar, rows: list[CasePause],
                     today: dt.date) -> tuple[dt.date, dt.date]:  # fmt: skip
    """Promised and statutory dates with every pause left out (as app.cases.clockrules)."""
    ranges = pause_ranges(rows, today)
    promise = cal.due(r.accepted_day, r.promise_days + r.extension_days, r.promise_unit,
                      count_start_day=r.count_start_day, pauses=ranges)  # fmt: skip
    legal = cal.due(r.accepted_day, (r.legal_days or r.promise_days) + r.extension_days,
                    r.legal_unit, count_start_day=r.count_start_day, pauses=ranges)  # fmt: skip
    return promise.date, legal.date
