"""Bad-review follow-up (差评回访整改, domain.md §5.1) as a supervisor works it: the callback
with its verdict (属实 / 误评 / 恶意 / 无法定依据), the fix, then one follow-up rating (追评)
from the applicant. Callback and fix are CaseService's own use cases; this adds the on-time
state of each deadline and the follow-up rating."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable

from sqlalchemy import select

from app import permissions
from app.cases import rating
from app.cases.service import CaseService
from app.cases.views import RATING_LABELS, FollowUpView
from app.errors import Conflict, InvalidInput, NotFound
from app.journal import Actor, unit_of_work
from app.queue.numbering import local_day
from app.settings import Settings
from app.supervision.views import SupervisedFollowUp
from db.engine import Store
from db.models import FollowUpRating, RatingFollowUp

VERDICTS = rating.VERDICTS


def deadline_state(done_at: dt.datetime | None, due: dt.date, today: dt.date) -> str:
    """按时 / 逾期 once done; 待办 / 已逾期 while not."""
    if done_at is not None:
        return "按时" if local_day(done_at) <= due else "逾期"
    return "已逾期" if today > due else "待办"


class FollowUpService:
    def __init__(self, store: Store, settings: Settings, *, hall_code: str | None = None,
                 clock: Callable[[], dt.datetime] | None = None) -> None:  # fmt: skip
        self.store, self.settings = store, settings
        self.cases = CaseService(store, settings, hall_code=hall_code, clock=clock)

    def follow_ups(self, actor: Actor, *, include_done: bool = False) -> list[SupervisedFollowUp]:
        """Open ones (not fixed, or fixed and still waiting for the follow-up rating) first by
        due date; ``include_done`` adds those finished."""
        permissions.require(actor, "case.supervise")
        today = local_day(self.cases.clock())
        views = self.cases.follow_ups(actor, open_only=False)
        reratings = self._reratings([v.id for v in views])
        out = []
        for v in views:
            r = reratings.get(v.id)
            if not include_done and v.fixed_at is not None and r is not None:
                continue
            out.append(_supervised(v, r, today))
        out.sort(key=lambda f: (f.follow_up.fixed_at is not None, f.follow_up.callback_due))
        return out

    def callback(self, actor: Actor, follow_up_id: str, *, verdict: str,
                 note: str = "") -> SupervisedFollowUp:  # fmt: skip
        """专人回访核实: the supervisor called the applicant back and verified the review."""
        permissions.require(actor, "case.supervise")
        if not note.strip():
            raise InvalidInput("回访情况：请写明回访对象、时间和核实经过")
        v = self.cases.record_callback(actor, follow_up_id, verdict=verdict, note=note)
        return self._one(v)

    def fix(self, actor: Actor, follow_up_id: str, *, measures: str) -> SupervisedFollowUp:
        """整改措施 (for 误评 / 恶意 / 无法定依据: the explanation given to the applicant)."""
        v = self.cases.record_fix(actor, follow_up_id, measures=measures)
        return self._one(v)

    def rerate(self, actor: Actor, follow_up_id: str, level: int,
               note: str = "") -> SupervisedFollowUp:  # fmt: skip
        """追评: the applicant's one rating of the fix, recorded by the supervisor."""
        permissions.require(actor, "case.supervise")
        rating.check_level(level)
        try:
            fid = uuid.UUID(str(follow_up_id))
        except ValueError:
            raise InvalidInput(f"差评整改编号“{follow_up_id}”格式不正确") from None
        now = self.cases.clock()
        with unit_of_work(self.store, actor, hall_code=self.cases.hall_code) as uow:
            s = uow.session
            f = s.get(RatingFollowUp, fid)
            if f is None:
                raise NotFound("找不到该差评整改记录")
            if f.fixed_at is None:
                raise Conflict("请先登记整改措施，整改反馈后再请群众追评")
            if s.scalar(select(FollowUpRating.id).where(FollowUpRating.follow_up_id == fid)):
                raise Conflict("该差评已追评过一次，不能重复追评")
            row = FollowUpRating(follow_up_id=fid, level=level, note=note.strip(), at=now,
                                 by=actor.name)  # fmt: skip
            s.add(row)
            s.flush()
            uow.record("case.follow_up_rerate", "follow_up_rating", row.id,
                       after={"level": level}, row=row)  # fmt: skip
        return self._one_by_id(str(fid))

    def _reratings(self, ids: list[str]) -> dict[str, FollowUpRating]:
        if not ids:
            return {}
        with self.store.read() as s:
            rows = list(s.scalars(select(FollowUpRating).where(
                FollowUpRating.follow_up_id.in_([uuid.UUID(i) for i in ids]))))  # fmt: skip
            for r in rows:
                s.expunge(r)
        return {str(r.follow_up_id): r for r in rows}

    def _one(self, v: FollowUpView) -> SupervisedFollowUp:
        today = local_day(self.cases.clock())
        return _supervised(v, self._reratings([v.id]).get(v.id), today)

    def _one_by_id(self, follow_up_id: str) -> SupervisedFollowUp:
        system = Actor(name="system:follow_up", roles=frozenset({"supervisor"}))
        for v in self.cases.follow_ups(system, open_only=False):
            if v.id == follow_up_id:
                return self._one(v)
        raise NotFound("找不到该差评整改记录")


def _supervised(v: FollowUpView, r: FollowUpRating | None, today: dt.date) -> SupervisedFollowUp:
    return SupervisedFollowUp(
        follow_up=v,
        callback_state=deadline_state(v.callback_at, v.callback_due, today),
        fix_state=deadline_state(v.fixed_at, v.fix_due, today),
        rerating_level=r.level if r else None,
        rerating_label=RATING_LABELS.get(r.level, "") if r else "",
        rerating_at=r.at if r else None,
    )  # fmt: skip
