"""KPIs of the supervisor (效能监察) for any period, cut by hall, department, window, staff,
matter or service line: queue figures from the ticket history, case figures from the cases,
notices, first inquiries and ratings. Definitions: app/reports/tickets.py (queue) and
app/reports/cases.py (cases); docs/user-guide.md "统计报表" says the same for supervisors.

Read-only and Qt-free: the dashboard runs it off the GUI thread, the CLI and exports call it
directly. ``hall_ids`` are hall codes (ids are accepted too); take them from
:func:`allowed_halls` for the signed-in supervisor, never from what a screen offers."""

from __future__ import annotations

import datetime as dt
import functools
import re
import uuid
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, fields
from types import EllipsisType
from typing import Any

from sqlalchemy import and_

from app.cases.clock import CaseCalendar
from app.errors import InvalidInput
from app.reports import case_sql, summary
from app.reports import cases as case_figs
from app.reports import tickets as ticket_figs
from app.reports.scope import (
    NONE_KEY,
    Names,
    allowed_halls,
    as_key,
    day_bounds,
    load_names,
    local_day,
    resolve_halls,
)
from app.settings import Settings
from db.engine import Store

__all__ = ["DIMENSIONS", "FIGURES", "DrillLine", "KpiQuery", "KpiReport", "KpiRow",
           "allowed_halls", "drill", "format_value", "kpi_report"]  # fmt: skip

DIMENSIONS = ("hall", "department", "window", "staff", "matter", "line")
DIMENSION_LABELS = {"hall": "大厅", "department": "部门", "window": "窗口", "staff": "工作人员",
                    "matter": "事项", "line": "业务类别"}  # fmt: skip
TOTAL_LABEL = "合计"
MAX_DAYS = 3 * 366


@dataclass(frozen=True)
class KpiQuery:
    start: dt.date  # inclusive, local hall days
    end: dt.date
    by: str | None = None
    hall_ids: tuple[str, ...] | None = None  # hall codes (or ids); None = every hall


@dataclass(frozen=True)
class KpiRow:
    key: str  # "" for the total
    label: str  # "合计" for the total
    tickets_issued: int
    served: int
    no_show: int
    wait_mean_min: float | None  # issue -> first call
    wait_p90_min: float | None
    service_mean_min: float | None
    service_p90_min: float | None
    within_target_rate: float | None  # of the tickets called, share called within the target
    cases_received: int
    cases_accepted: int
    cases_refused: int
    notices: int
    notice_breaches: int
    on_time_rate: float | None
    early_rate: float | None
    overdue: int
    statutory_overdue: int
    inquiries_open: int
    inquiries_overdue: int
    ratings: int
    good_rate: float | None
    bad_rate: float | None
    not_rated_rate: float | None  # not rated is never counted as good
    follow_ups_on_time_rate: float | None

    def as_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


@dataclass(frozen=True)
class KpiReport:
    query: KpiQuery
    total: KpiRow
    rows: list[KpiRow]

    def as_dict(self) -> dict[str, Any]:
        q = self.query
        return {"from": q.start.isoformat(), "to": q.end.isoformat(), "by": q.by,
                "halls": list(q.hall_ids) if q.hall_ids is not None else None,
                "total": self.total.as_dict(), "rows": [r.as_dict() for r in self.rows]}  # fmt: skip


@dataclass(frozen=True)
class DrillLine:
    kind: str  # "ticket" | "case"
    ref: str  # ticket "2026-11-02 A001", case no, notice no
    when: dt.datetime | dt.date
    who: str
    detail: str


# (field name, Chinese column title, format: "count" | "minutes" | "percent"), display order
FIGURES: list[tuple[str, str, str]] = [
    ("tickets_issued", "取号数", "count"),
    ("served", "办结人次", "count"),
    ("no_show", "过号", "count"),
    ("wait_mean_min", "平均等候(分)", "minutes"),
    ("wait_p90_min", "90%等候(分)", "minutes"),
    ("service_mean_min", "平均办理(分)", "minutes"),
    ("service_p90_min", "90%办理(分)", "minutes"),
    ("within_target_rate", "等候达标率", "percent"),
    ("cases_received", "收件", "count"),
    ("cases_accepted", "受理", "count"),
    ("cases_refused", "不予受理", "count"),
    ("notices", "一次性告知", "count"),
    ("notice_breaches", "违反一次性告知", "count"),
    ("on_time_rate", "按时办结率", "percent"),
    ("early_rate", "提前办结率", "percent"),
    ("overdue", "超期件", "count"),
    ("statutory_overdue", "超法定时限", "count"),
    ("inquiries_open", "首问未办结", "count"),
    ("inquiries_overdue", "首问超时", "count"),
    ("ratings", "评价数", "count"),
    ("good_rate", "好评率", "percent"),
    ("bad_rate", "差评率", "percent"),
    ("not_rated_rate", "未评率", "percent"),
    ("follow_ups_on_time_rate", "差评按时整改率", "percent"),
]
FIGURE_KIND = {name: kind for name, _t, kind in FIGURES}
FIGURE_TITLE = {name: title for name, title, _k in FIGURES}
TICKET_FIGURES = frozenset(n for n, *_ in FIGURES[:8])


def format_value(figure: str, value: Any) -> str:
    """How a figure is written in tables, workbooks and the PDF: 12 / 8.5 / 93.8%, — for none."""
    if value is None:
        return "—"
    kind = FIGURE_KIND.get(figure, "count")
    if kind == "percent":
        return f"{value * 100:.1f}%"
    if kind == "minutes":
        return f"{value:.1f}"
    return str(value)


# --- the figures ------------------------------------------------------------------------------


def _mean_min(total_s: int, hist: Counter[int]) -> float | None:
    n = sum(hist.values())
    return total_s / n / 60 if n else None


def _p90_min(hist: Counter[int]) -> float | None:
    """The 90th percentile as the live dashboard takes it, sorted(values)[int(0.9 * (n - 1))],
    to the minute (rounded up)."""
    n = sum(hist.values())
    if not n:
        return None
    rank, seen = int(0.9 * (n - 1)), 0
    for value in sorted(hist):
        seen += hist[value]
        if seen > rank:
            return float(value)
    raise AssertionError("unreachable")


def _rate(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _row(key: str, label: str, t: ticket_figs.TicketAgg, c: Counter[str], target_s: int) -> KpiRow:
    called = sum(t.waits.values())
    within = sum(v for k, v in t.waits.items() if k * 60 <= target_s)
    return KpiRow(
        key=key, label=label, tickets_issued=t.issued, served=t.served, no_show=t.no_show,
        wait_mean_min=_mean_min(t.wait_sum_s, t.waits), wait_p90_min=_p90_min(t.waits),
        service_mean_min=_mean_min(t.service_sum_s, t.services),
        service_p90_min=_p90_min(t.services),
        within_target_rate=_rate(within, called),
        cases_received=c["received"], cases_accepted=c["accepted"], cases_refused=c["refused"],
        notices=c["notices"], notice_breaches=c["breaches"],
        on_time_rate=_rate(c["on_time"], c["concluded"]),
        early_rate=_rate(c["early"], c["concluded"]),
        overdue=c["overdue"], statutory_overdue=c["statutory_overdue"],
        inquiries_open=c["inquiries_open"], inquiries_overdue=c["inquiries_overdue"],
        ratings=c["ratings"], good_rate=_rate(c["good"], c["ratings"]),
        bad_rate=_rate(c["bad"], c["ratings"]), not_rated_rate=_rate(c["not_rated"], c["ratings"]),
        follow_ups_on_time_rate=_rate(c["fu_on_time"], c["fu_decided"]),
    )  # fmt: skip


def ticket_key(by: str | None, names: Names, g: ticket_figs.Grain) -> str:
    hall, line, window, staff, matter = g
    if by is None:
        return ""
    if by == "hall":
        return names.halls[hall][0] if hall in names.halls else str(hall)
    if by == "department":
        return as_key(names.staff_dept.get(staff) if staff else None)
    return as_key({"window": window, "staff": staff, "matter": matter, "line": line}[by])


case_key = case_sql.item_key  # a case item's key in the row of ``by``


def natural_key(text: str) -> list[Any]:
    """Names in a person's order: 2号窗口 before 10号窗口 (digit runs compared as numbers;
    re.split keeps text and numbers alternating, so they are never compared with each other)."""
    return [int(p) if p.isdigit() else p for p in re.split(r"(\d+)", text)]


def check_query(q: KpiQuery) -> None:
    if q.start > q.end:
        raise InvalidInput(f"开始日期 {q.start} 晚于结束日期 {q.end}")
    if (q.end - q.start).days >= MAX_DAYS:
        raise InvalidInput(f"统计期间最长 {MAX_DAYS} 天（约三年），请缩短日期范围")
    if q.by is not None and q.by not in DIMENSIONS:
        opts = "、".join(f"{d}（{DIMENSION_LABELS[d]}）" for d in DIMENSIONS)
        raise InvalidInput(f"统计维度“{q.by}”无效，可选：{opts}")


def dims_for(by: str | None) -> tuple[str, ...]:
    """The stored queue dimensions a cut by ``by`` reads."""
    return ("hall",) if by is None else ("staff",) if by == "department" else (by,)


@dataclass
class Computed:
    """Everything a report, a chart or an export of the same period and halls needs: the queue
    figures read once (by the dimensions in ``queue.dims``), the case figures counted by the
    store on demand for each cut and kept. :func:`report_of` cuts it by any dimension."""

    query: KpiQuery
    names: Names
    queue: summary.Part  # queue figures by stored dimension, and tickets per weekday/hour
    store: Store
    hall_ids: list[uuid.UUID]
    now: dt.datetime
    closed_end: dt.date  # the last summarised day (before the period: nothing summarised)
    calendar: Callable[[], CaseCalendar]  # loaded once, and only if a paused case needs it
    _cases: dict[str | None, dict[str, Counter[str]]] = field(default_factory=dict)

    @property
    def hours(self) -> Counter[tuple[int, int]]:
        return self.queue.hours

    def tickets_by(self, by: str | None) -> dict[str, ticket_figs.TicketAgg]:
        if by in (None, "department"):
            source = self.queue.dims.get("hall" if by is None else "staff", {})
            out: dict[str, ticket_figs.TicketAgg] = {}
            for key, agg in source.items():
                if by is None:
                    k = ""
                else:
                    dept = self.names.staff_dept.get(uuid.UUID(key)) if key != NONE_KEY else None
                    k = str(dept) if dept else NONE_KEY
                out.setdefault(k, ticket_figs.TicketAgg()).add(agg)
            return out
        if by not in self.queue.dims:
            raise ValueError(f"the queue figures by {by} were not read")
        return self.queue.dims[by]

    def cases_by(self, by: str | None) -> dict[str, Counter[str]]:
        """Case figures by ``by``: the closed days' fixed figures from their summaries, the
        rest (today, overdue, inquiries, follow-ups) counted by the store."""
        if by not in self._cases:
            q = self.query
            dim = case_dim(by)
            if dim not in self.queue.cases:
                part = summary.closed(self.store, self.hall_ids, self.names, q.start,
                                      self.closed_end, (), self.now, self.calendar, (dim,))  # fmt: skip
                self.queue.cases[dim] = part.cases.get(dim, {})
            with self.store.read() as s:
                out = case_sql.counts(s, by, self.names, self.hall_ids, q.start, q.end, self.now,
                                      self.calendar, since=self.closed_end + dt.timedelta(days=1))  # fmt: skip
            for key, fixed in self.queue.cases[dim].items():
                c = out.setdefault("" if by is None else key, Counter())
                for name, n in fixed.items():
                    c[_FROM_SUMMARY.get(name, name)] += n
            self._cases[by] = out
        return self._cases[by]

    def concluded_by_day(self) -> dict[dt.date, tuple[int, int]]:
        """Local day → (cases concluded, of which on time): the closed days' from their
        summaries, the rest counted by the store."""
        out = {day: (n, ok) for day, (n, ok) in self.queue.trend.items()
               if self.query.start <= day <= self.closed_end}  # fmt: skip
        since = max(self.query.start, self.closed_end + dt.timedelta(days=1))
        if since <= self.query.end:
            with self.store.read() as s:
                out.update(case_sql.concluded_by_day(s, self.hall_ids, since, self.query.end,
                                                     self.now, self.names, self.calendar))  # fmt: skip
        return out

    def rating_levels(self) -> dict[int | None, int]:
        """Ratings given in the period by level (None: not rated), likewise."""
        out = Counter(self.queue.levels)
        since = max(self.query.start, self.closed_end + dt.timedelta(days=1))
        if since <= self.query.end:
            with self.store.read() as s:
                out.update(case_sql.rating_levels(s, self.hall_ids, since, self.query.end))
        return dict(out)


def case_dim(by: str | None) -> str:
    """The stored case dimension a cut by ``by`` reads (the total adds up the halls)."""
    return by or "hall"


# the summaries' cases concluded late on a closed day count as overdue in the period
_FROM_SUMMARY = {"late": "overdue", "statutory_late": "statutory_overdue"}


def compute(store: Store, settings: Settings, q: KpiQuery, *, now: dt.datetime | None = None,
            dims: tuple[str, ...] | None = None) -> Computed:  # fmt: skip
    """Read the queue figures of ``q``'s period and halls: closed days from their summaries
    (rebuilt where their tickets changed), today from its events. ``dims``: the queue
    dimensions to read (default: what ``q.by`` needs; all of them for exports)."""
    check_query(q)
    now = now or dt.datetime.now(dt.UTC)
    wanted = dims or dims_for(q.by)
    today = local_day(now)
    with store.read() as s:
        hall_ids = resolve_halls(s, q.hall_ids)
        names = load_names(s, hall_ids)
    closed_end = max(min(q.end, today - dt.timedelta(days=1)), q.start - dt.timedelta(days=1))
    calendar = functools.cache(functools.partial(CaseCalendar.load, store))
    queue = summary.closed(store, hall_ids, names, q.start, closed_end, wanted, now, calendar,
                           (case_dim(q.by),))  # fmt: skip
    if q.start <= today <= q.end:
        with store.read() as s:
            facts = ticket_figs.facts(s, hall_ids, today, today)
            for part in summary.parts_of(facts, names, {today: ("D", today)}).values():
                queue.add(part, wanted)
    for dim in wanted:  # a period without tickets still has (empty) figures by each dimension
        queue.dims.setdefault(dim, {})
    return Computed(q, names, queue, store, hall_ids, now, closed_end, calendar)


def report_of(c: Computed, settings: Settings, by: str | None | EllipsisType = ...) -> KpiReport:
    """The report of ``c`` cut by ``by`` (default: the query's own dimension)."""
    q = c.query if isinstance(by, EllipsisType) else KpiQuery(c.query.start, c.query.end, by, c.query.hall_ids)
    check_query(q)
    target_s = settings.kpi_target_wait_minutes * 60
    tickets, cases = c.tickets_by(q.by), c.cases_by(q.by)
    total_t = ticket_figs.TicketAgg()
    for agg in tickets.values():
        total_t.add(agg)
    total_c: Counter[str] = Counter()
    for cnt in cases.values():
        total_c.update(cnt)
    total = _row("", TOTAL_LABEL, total_t, total_c, target_s)
    rows: list[KpiRow] = []
    if q.by is not None:
        for key in set(tickets) | set(cases):
            rows.append(_row(key, c.names.label(q.by, key), tickets.get(key, ticket_figs.TicketAgg()),
                             cases.get(key, Counter()), target_s))  # fmt: skip
        rows.sort(key=lambda r: (r.key == NONE_KEY, natural_key(r.label), r.key))
    return KpiReport(q, total, rows)


def kpi_report(store: Store, settings: Settings, q: KpiQuery, *,
               now: dt.datetime | None = None) -> KpiReport:  # fmt: skip
    """The figures of ``q``: a total row and, with ``q.by``, one row per key of that dimension
    (``"-"`` collects what has no key, e.g. tickets never called when cut by window)."""
    return report_of(compute(store, settings, q, now=now), settings)


# --- drill-down -------------------------------------------------------------------------------

_CASE_DRILL = {"cases_received": "received", "cases_accepted": "accepted",
               "cases_refused": "refused", "notices": "notices", "notice_breaches": "breaches",
               "on_time_rate": "concluded", "early_rate": "concluded", "overdue": "overdue",
               "statutory_overdue": "statutory_overdue", "inquiries_open": "inquiries_open",
               "inquiries_overdue": "inquiries_overdue", "ratings": "ratings",
               "good_rate": "ratings", "bad_rate": "ratings", "not_rated_rate": "ratings",
               "follow_ups_on_time_rate": "fu_decided"}  # fmt: skip


PICK_MAX = 10_000  # a drill-down longer than this reads everything (an export of its lines)
# ticket figures whose drill-down the store can start: slowest wait first (True), first issued
_LEADING = {"wait_mean_min": True, "wait_p90_min": True, "within_target_rate": True,
            "tickets_issued": False}  # fmt: skip


def drill(store: Store, settings: Settings, q: KpiQuery, key: str, figure: str,
          limit: int = 500, *, now: dt.datetime | None = None,
          hour: tuple[int, int] | None = None, rating: str | None = None) -> list[DrillLine]:  # fmt: skip
    """What lies behind ``figure`` in the row ``key`` ("" = the total): the tickets (slowest
    first for times) or the cases, notices, inquiries and ratings counted in it. From a
    chart's bar: ``hour`` (weekday, hour) keeps the tickets issued then, ``rating`` (a level's
    label, 未评价 too) the ratings of that level."""
    check_query(q)
    if figure not in FIGURE_KIND:
        raise InvalidInput(f"没有名为“{figure}”的统计项")
    now = now or dt.datetime.now(dt.UTC)
    by = q.by if key else None
    if figure in TICKET_FIGURES:
        with store.read() as s:
            hall_ids = resolve_halls(s, q.hall_ids)
            names = load_names(s, hall_ids)
            only = _drill_filter(by, key, names, hall_ids, q.start)
            if hour is not None:
                when = ticket_figs.issued_in_hour(s, *hour)
                only = when if only is None else and_(only, when)
            if figure in _LEADING and limit <= PICK_MAX and key != NONE_KEY:
                # the store picks the first lines (twice as many, so ties at the edge sort as
                # here) from the row's tickets: for a window or a clerk those first called there
                from db.models import Ticket

                first_window = None
                if by == "window":
                    first_window = (uuid.UUID(key), _events_since(q.start))
                elif by in ("staff", "department"):
                    only = and_(only, Ticket.first_staff_id.in_(_row_staff(by, key, names)))
                ids = ticket_figs.leading(s, hall_ids, q.start, q.end, only, 2 * limit,
                                          slowest=_LEADING[figure], first_window=first_window)  # fmt: skip
                picked = ticket_figs.facts(s, hall_ids, q.start, q.end, Ticket.id.in_(ids))
                lines = _ticket_lines(picked, names, by, key, figure, settings)
                # fewer lines than asked from a full pick: tickets called before the history
                # was kept (migration 0003) have a first call but no event; judge them all
                if len(lines) >= limit or len(ids) < 2 * limit:
                    return lines[:limit]
            facts = list(ticket_figs.facts(s, hall_ids, q.start, q.end, only))
        return _ticket_lines(facts, names, by, key, figure, settings)[:limit]
    from app.cases.clock import CaseCalendar

    wanted = _CASE_DRILL[figure]
    with store.read() as s:
        hall_ids = resolve_halls(s, q.hall_ids)
        names = load_names(s, hall_ids)
        # read only that figure's part, and only the row's cases where the case tells the row:
        # a year's drill-down read and judged every case of the county (about a minute); where
        # the condition is the row exactly, the store picks the first ones by time (twice as
        # many: a few read may count for nothing, e.g. a case with no promised date)
        where = _case_drill_filter(by, key, names)
        if rating is not None and wanted == "ratings":  # (only the ratings are read then)
            level = case_figs.rated_as(rating)
            where = level if where is None else and_(where, level)
        exact = by is None or (by != "staff" and key != NONE_KEY)
        first_n = 2 * limit if exact and limit <= PICK_MAX else None
        items = [it for it in case_figs.items(s, hall_ids, q.start, q.end, now, names,
                                              lambda: CaseCalendar.load(store),
                                              figures=frozenset({wanted}), where=where,
                                              first_n=first_n)
                 if it.figure == wanted and case_key(by, names, it.dims) == key]  # fmt: skip
    items.sort(key=lambda it: (_sortable(it.when), it.ref))  # (many cases share a due date)
    return [DrillLine("case", it.ref, it.when, it.who, it.detail) for it in items[:limit]]


def _case_drill_filter(by: str | None, key: str, names: Names) -> Any:
    """A condition on the case that is a row's own cases exactly (the attribution is still
    checked afterwards); None reads every case of the halls. Staff rows are not narrowed:
    notices, breaches and follow-ups name their own staff."""
    from sqlalchemy import and_, false, or_

    from db.models import Matter, ServiceCase, Ticket

    if by is None or key == NONE_KEY or by == "staff":
        return None
    if by == "hall":
        return ServiceCase.hall_id.in_([h for h, (code, _n) in names.halls.items() if code == key])
    if by == "matter":
        return ServiceCase.impl_code == key
    kid = uuid.UUID(key)
    if by == "line":
        return Ticket.line_id == kid
    if by == "department":
        return Matter.department_id == kid
    pairs = [and_(ServiceCase.hall_id == hall, ServiceCase.window_no == no)
             for (hall, no), window in names.window_by_no.items() if window == kid]  # fmt: skip
    return or_(*pairs) if pairs else false()


def _drill_filter(by: str | None, key: str, names: Names, hall_ids: list[uuid.UUID],
                  start: dt.date) -> Any:  # fmt: skip
    """A condition narrowing the tickets read for a row's drill-down (the exact attribution
    is checked afterwards); None reads them all."""
    from sqlalchemy import select

    from db.models import ServiceCase, Ticket, TicketEvent

    if by is None or key == NONE_KEY:
        return None
    if by == "hall":
        ids = [h for h, (code, _n) in names.halls.items() if code == key]
        return Ticket.hall_id.in_(ids)
    if by == "matter":
        return Ticket.id.in_(select(ServiceCase.ticket_id).where(ServiceCase.impl_code == key))
    kid = uuid.UUID(key)
    if by == "line":
        return Ticket.line_id == kid
    since = _events_since(start)
    if by == "window":
        return Ticket.id.in_(select(TicketEvent.ticket_id).where(TicketEvent.window_id == kid,
                                                                 TicketEvent.at >= since))  # fmt: skip
    return Ticket.id.in_(select(TicketEvent.ticket_id).where(TicketEvent.staff_id.in_(_row_staff(by, key, names)),
                                                             TicketEvent.at >= since))  # fmt: skip


def _events_since(start: dt.date) -> dt.datetime:
    """Where a period's tickets' events begin: they follow the issue, with a day's margin for
    a PC whose clock was wrong."""
    return day_bounds(start - dt.timedelta(days=1), start)[0]


def _row_staff(by: str, key: str, names: Names) -> list[uuid.UUID]:
    """The clerks of a staff row (one) or a department row (its clerks)."""
    kid = uuid.UUID(key)
    return [kid] if by == "staff" else [st for st, d in names.staff_dept.items() if d == kid]


def _sortable(when: dt.datetime | dt.date) -> dt.datetime:
    if isinstance(when, dt.datetime):
        return when
    return dt.datetime.combine(when, dt.time(), ticket_figs.HALL_TZ)


def _ticket_lines(facts: Iterable[ticket_figs.TicketFact], names: Names, by: str | None,
                  key: str, figure: str, settings: Settings) -> list[DrillLine]:  # fmt: skip
    def who(staff: Any) -> str:
        return names.staff.get(staff, "") if staff else ""

    def grain(f: ticket_figs.TicketFact, window: Any, staff: Any) -> ticket_figs.Grain:
        return (f.hall_id, f.line_id, window, staff, f.matter)

    target = settings.kpi_target_wait_minutes
    out: list[tuple[float, DrillLine]] = []
    for f in facts:
        ref = f"{f.day} {f.number}"
        if figure in ("tickets_issued", "wait_mean_min", "wait_p90_min", "within_target_rate"):
            if ticket_key(by, names, grain(f, f.first_window, f.first_staff)) != key:
                continue
            if f.wait_s is None:
                if figure == "tickets_issued":
                    out.append((-1, DrillLine("ticket", ref, f.issued_at, "", "未叫号")))
                continue
            mins = f.wait_s / 60
            flag = "，超过目标" if mins > target else ""
            where = names.windows.get(f.first_window, "") if f.first_window else ""
            out.append((mins, DrillLine("ticket", ref, f.issued_at, who(f.first_staff),
                                        f"等候 {mins:.1f} 分钟{flag}；首次叫号 {where}")))  # fmt: skip
        elif figure == "no_show":
            if f.no_show_by is None:
                continue
            window, staff, at = f.no_show_by
            if ticket_key(by, names, grain(f, window, staff)) == key:
                out.append((0, DrillLine("ticket", ref, at, who(staff),
                                         f"过号；{names.windows.get(window, '') if window else ''}")))  # fmt: skip
        else:  # served, service times
            for st in f.services:
                if ticket_key(by, names, grain(f, st.window_id, st.staff_id)) != key:
                    continue
                mins = st.seconds / 60
                where = names.windows.get(st.window_id, "") if st.window_id else ""
                out.append((mins, DrillLine("ticket", ref, st.at, who(st.staff_id),
                                            f"办理 {mins:.1f} 分钟；{where}")))  # fmt: skip
    if figure in ("tickets_issued", "no_show"):
        out.sort(key=lambda p: _sortable(p[1].when))
    else:
        out.sort(key=lambda p: (-p[0], _sortable(p[1].when)))
    return [line for _m, line in out]

