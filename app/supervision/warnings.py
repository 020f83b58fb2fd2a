"""Warnings a supervisor works through (电子监察, domain.md §5.4): every open case whose clock
(app.cases.clockrules) is yellow, red or past its statutory limit. Acknowledging one stores an
explanation against that level; a warning that gets worse is a new level and shows as not
acknowledged until someone explains it again."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from sqlalchemy import select

from app import permissions
from app.cases.service import CaseService
from app.cases.views import OPEN_STATUSES, CaseSummary
from app.errors import Conflict, InvalidInput, NotFound
from app.journal import Actor, unit_of_work
from app.queue.numbering import local_day
from app.settings import Settings
from app.supervision.candidates import warned_candidates
from app.supervision.views import LEVEL_LABELS, LEVELS, WarningView
from db.engine import Store
from db.models import Department, Matter, ServiceCase, WarningAck

RANK = {level: i for i, level in enumerate(LEVELS)}
MAX_EXPLANATION = 1000
# Candidate cases read per list, earliest promised date first (bench/bench_supervision.py).
OPEN_LIMIT = 20_000


def level_of(warning: str, past_legal: bool) -> str | None:
    """The supervision level of a case clock: statutory beats red beats yellow."""
    if past_legal:
        return "statutory"
    if warning in ("red", "yellow"):
        return warning
    return None


class WarningService:
    def __init__(self, store: Store, settings: Settings, *, hall_code: str | None = None,
                 clock: Callable[[], dt.datetime] | None = None) -> None:  # fmt: skip
        self.store, self.settings = store, settings
        self.cases = CaseService(store, settings, hall_code=hall_code, clock=clock)

    def departments(self) -> list[str]:
        """Names of the departments that own a matter, for the filter."""
        with self.store.read() as s:
            return list(s.scalars(select(Department.name).order_by(Department.code)))

    def warnings(self, actor: Actor, *, level: str | None = None, department: str | None = None,
                 include_acknowledged: bool = True) -> list[WarningView]:  # fmt: skip
        """Worst first, then earliest due. ``level`` and ``department`` narrow the list."""
        permissions.require(actor, "case.supervise")
        if level and level not in LEVELS:
            raise InvalidInput(f"预警级别“{level}”无效，可选：{'、'.join(LEVELS)}")
        rows = [(c, lv) for c in self._candidates()
                if (lv := level_of(c.warning, c.past_legal)) is not None]  # fmt: skip
        if level:
            rows = [(c, lv) for c, lv in rows if lv == level]
        depts, acks = self._departments_and_acks([c for c, _ in rows])
        out = []
        for c, lv in rows:
            dept = depts.get(c.impl_code, "")
            if department and dept != department:
                continue
            view = _view(c, lv, dept, acks.get(c.case_no, {}))
            if view.acknowledged and not include_acknowledged:
                continue
            out.append(view)
        out.sort(key=lambda w: (-RANK[w.level], w.acknowledged, w.promise_due or dt.date.max))
        return out

    def _candidates(self) -> list[CaseSummary]:
        """The open cases that can be at a warning today, with their clocks (candidates.py)."""
        cal = self.cases.calendar()
        today = local_day(self.cases.clock())
        with self.store.read() as s:
            return warned_candidates(s, self.cases.hall_id, today, cal, self.settings,
                                     limit=OPEN_LIMIT)  # fmt: skip

    def acknowledge(self, actor: Actor, case_no: str, explanation: str) -> WarningView:
        """The supervisor has seen the case's current warning and says why / what is done."""
        permissions.require(actor, "warning.ack")
        text = (explanation or "").strip()
        if not text:
            raise InvalidInput("情况说明：请写明超时原因或已采取的督办措施")
        if len(text) > MAX_EXPLANATION:
            raise InvalidInput(f"情况说明：太长，最多 {MAX_EXPLANATION} 个字")
        key = (case_no or "").strip()
        found = [c for c in self.cases.search(actor, key) if c.case_no == key] if key else []
        if not found:
            raise NotFound(f"没有编号为 {key} 的办件")
        case = found[0]
        level = level_of(case.warning, case.past_legal)
        if level is None:
            raise Conflict(f"办件 {case.case_no} 当前没有预警，无需确认")
        now = self.cases.clock()
        with unit_of_work(self.store, actor, hall_code=self.cases.hall_code) as uow:
            s = uow.session
            c = s.scalar(select(ServiceCase).where(ServiceCase.case_no == case.case_no))
            assert c is not None
            done = s.scalar(select(WarningAck).where(WarningAck.case_id == c.id,
                                                     WarningAck.level == level))  # fmt: skip
            if done is not None:
                raise Conflict(f"办件 {c.case_no} 的{LEVEL_LABELS[level]}预警已由 {done.acked_by} 确认")
            row = WarningAck(case_id=c.id, case_no=c.case_no, level=level, explanation=text,
                             acked_at=now, acked_by=actor.name, acked_by_name=actor.display_name)  # fmt: skip
            s.add(row)
            s.flush()
            uow.record("warning.ack", "warning_ack", row.id,
                       after={"case_no": c.case_no, "level": level, "explanation": text}, row=row)  # fmt: skip
        depts, acks = self._departments_and_acks([case], case_no=case.case_no)
        return _view(case, level, depts.get(case.impl_code, ""), acks.get(case.case_no, {}))

    def _departments_and_acks(self, cases: list[CaseSummary], *, case_no: str = ""
                              ) -> tuple[dict[str, str], dict[str, dict[str, WarningAck]]]:  # fmt: skip
        if not cases:
            return {}, {}
        codes = sorted({c.impl_code for c in cases})
        with self.store.read() as s:
            depts = dict(s.execute(select(Matter.impl_code, Department.name)
                                   .join(Department, Department.id == Matter.department_id)
                                   .where(Matter.impl_code.in_(codes), Matter.is_current)).all())  # fmt: skip
            acks: dict[str, dict[str, WarningAck]] = {}
            q = (select(WarningAck).join(ServiceCase, ServiceCase.id == WarningAck.case_id)
                 .where(ServiceCase.hall_id == self.cases.hall_id,
                        ServiceCase.status.in_(OPEN_STATUSES)))  # fmt: skip
            if case_no:
                q = q.where(WarningAck.case_no == case_no)
            for a in s.scalars(q):
                s.expunge(a)
                acks.setdefault(a.case_no, {})[a.level] = a
        return depts, acks


def _view(c: CaseSummary, level: str, dept: str, acks: dict[str, Any]) -> WarningView:
    best = max(acks, key=RANK.__getitem__) if acks else ""
    ack: WarningAck | None = acks.get(best) if best else None
    return WarningView(
        case_no=c.case_no, matter_name=c.matter_name, department=dept, handler=c.handler,
        reason=_reason(c, level),
        applicant=c.applicant, level=level, level_label=LEVEL_LABELS[level],
        promise_due=c.promise_due, legal_due=c.legal_due, days_left=c.days_left,
        acknowledged=bool(best) and RANK[best] >= RANK[level], ack_level=best,
        ack_by=(ack.acked_by_name or ack.acked_by) if ack else "",
        ack_at=ack.acked_at if ack else None, explanation=ack.explanation if ack else "",
    )  # fmt: skip


def _reason(c: CaseSummary, level: str) -> str:
    if c.status == "received":  # not yet accepted: the 5-working-day notice limit (art. 32)
        due = c.notice_due.isoformat() if c.notice_due else ""
        return f"收件后须在5个工作日内（{due}前）告知补正或受理" + ("，已逾期" if level == "red" else "")
    if level == "statutory":
        return "已超过法定办结时限"
    return "已超过承诺办结时限" if level == "red" else "临近承诺办结时限"
