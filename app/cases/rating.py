"""好差评 for a case (一事一评): five levels (GB/T 39046 A.8, 1 非常满意 … 5 非常不满意), one
rating per case and channel, claimed with a single atomic statement; not rated is stored as
not rated (level NULL), and a later real rating may still fill it. A rating of 4 or 5 opens a
follow-up (谁办理、谁负责): callback and fix deadlines in working days (settings)."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from app import permissions
from app.cases.desk import CaseDesk, as_uuid
from app.cases.present import rating_label
from app.cases.views import RATING_LABELS, FollowUpView, RatingView
from app.errors import Conflict, InvalidInput, NotFound
from app.journal import Actor
from db.ids import uuid7
from db.models import CaseRating, RatingFollowUp, ServiceCase

CHANNELS = {"window": "窗口评价器", "kiosk": "自助终端", "lookup": "查询触摸屏", "phone": "电话",
            "sms": "短信", "web": "网上", "qr": "二维码"}  # fmt: skip
VERDICTS = ("属实", "误评", "恶意", "无法定依据")


def check_level(level: int) -> None:
    if level not in RATING_LABELS:
        codes = "、".join(f"{k} {v}" for k, v in RATING_LABELS.items())
        raise InvalidInput(f"评价等级应为 1–5（{codes}），输入为 {level}")


def check_channel(channel: str) -> None:
    if channel not in CHANNELS:
        raise InvalidInput(f"评价渠道“{channel}”无效，可选：{'、'.join(CHANNELS)}")


def claim(s: Session, case_id: uuid.UUID, channel: str, level: int | None, text: str,
          now: dt.datetime, rater: str) -> CaseRating | None:  # fmt: skip
    """Insert the rating, or fill a stored "not rated"; None when that channel already has a
    rating (or, for ``level=None``, any record). One statement: no read-then-write race."""
    insert = pg_insert if s.get_bind().dialect.name == "postgresql" else sqlite_insert
    stmt = insert(CaseRating).values(id=uuid7(), case_id=case_id, channel=channel, level=level,
                                     text=text, at=now, rater=rater)  # fmt: skip
    if level is None:
        stmt = stmt.on_conflict_do_nothing(index_elements=["case_id", "channel"])
    else:
        stmt = stmt.on_conflict_do_update(
            index_elements=["case_id", "channel"],
            set_={"level": level, "text": text, "at": now, "rater": rater},
            where=CaseRating.level.is_(None),
        )
    new_id = s.execute(stmt.returning(CaseRating.id)).scalar()
    if new_id is None:
        return None
    row = s.get(CaseRating, new_id)
    if row is not None:
        s.refresh(row)
    return row


def view(c: ServiceCase, r: CaseRating, f: RatingFollowUp | None) -> RatingView:
    return RatingView(case_no=c.case_no, channel=r.channel, level=r.level,
                      label=RATING_LABELS.get(r.level, "未评价") if r.level else "未评价",
                      at=r.at, follow_up_id=str(f.id) if f else None,
                      callback_due=f.callback_due if f else None,
                      fix_due=f.fix_due if f else None)  # fmt: skip


def follow_view(f: RatingFollowUp, r: CaseRating, c: ServiceCase, today: dt.date) -> FollowUpView:
    return FollowUpView(id=str(f.id), case_no=c.case_no, level=r.level or 0,
                        label=RATING_LABELS.get(r.level or 0, ""), responsible=f.responsible,
                        callback_due=f.callback_due, fix_due=f.fix_due, callback_at=f.callback_at,
                        verdict=f.verdict, fixed_at=f.fixed_at, measures=f.measures,
                        callback_overdue=f.callback_at is None and today > f.callback_due,
                        fix_overdue=f.fixed_at is None and today > f.fix_due)  # fmt: skip


def rate(desk: CaseDesk, actor: Actor, case_no: str, level: int, *, channel: str = "window",
         text: str = "") -> RatingView:  # fmt: skip
    permissions.require(actor, "case.rate")
    check_level(level)
    return _rate(desk, actor, case_no, level, channel, text)


def record_not_rated(desk: CaseDesk, actor: Actor, case_no: str, *, channel: str = "window") -> RatingView:
    """The applicant left without rating: recorded as 未评价, never as a good rating."""
    permissions.require(actor, "case.rate")
    return _rate(desk, actor, case_no, None, channel, "")


def _rate(desk: CaseDesk, actor: Actor, case_no: str, level: int | None, channel: str,
          text: str) -> RatingView:  # fmt: skip
    check_channel(channel)
    now, today = desk.now()
    cal = desk.calendar()
    with desk.write(actor) as uow:
        s = uow.session
        c = desk.case_row(s, case_no)
        if c.status not in ("concluded", "delivered", "refused"):
            raise Conflict(f"办件 {c.case_no} 尚未办结，办结后才能评价")
        row = claim(s, c.id, channel, level, text.strip(), now, actor.name)
        if row is None:
            existing = s.scalar(select(CaseRating).where(CaseRating.case_id == c.id,
                                                         CaseRating.channel == channel))  # fmt: skip
            label = rating_label(existing.level if existing else None)
            if level is None:
                return view(c, existing, None)  # type: ignore[arg-type]
            raise Conflict(f"办件 {c.case_no} 已通过该渠道评价（{label}），一事一评，不能重复评价")
        uow.record("case.rate", "case_rating", row.id, after={"level": level}, row=row)
        follow = None
        if level is not None and level >= 4:
            follow = RatingFollowUp(
                rating_id=row.id, case_id=c.id, responsible=c.intake_by,
                callback_due=cal.due(today, desk.settings.rating_callback_days, "W").date,
                fix_due=cal.due(today, desk.settings.rating_fix_days, "W").date, opened_at=now,
            )  # fmt: skip
            s.add(follow)
            s.flush()
            uow.record("case.follow_up", "rating_follow_up", follow.id,
                       after={"responsible": follow.responsible}, row=follow)  # fmt: skip
        desk.event(uow, c, "rate", f"评价（{CHANNELS[channel]}）：{rating_label(level)}", now)
        return view(c, row, follow)


def follow_ups(desk: CaseDesk, actor: Actor, *, open_only: bool = True) -> list[FollowUpView]:
    """差评整改: the supervisor sees all; a clerk sees those they are responsible for."""
    _, today = desk.now()
    with desk.store.read() as s:
        q = (select(RatingFollowUp, CaseRating, ServiceCase)
             .join(CaseRating, CaseRating.id == RatingFollowUp.rating_id)
             .join(ServiceCase, ServiceCase.id == RatingFollowUp.case_id)
             .where(ServiceCase.hall_id == desk.hall_id))  # fmt: skip
        if not permissions.allowed(actor, "case.supervise"):
            q = q.where(RatingFollowUp.responsible == actor.name)
        if open_only:
            q = q.where(RatingFollowUp.fixed_at.is_(None))
        return [follow_view(f, r, c, today)
                for f, r, c in s.execute(q.order_by(RatingFollowUp.opened_at))]  # fmt: skip


def record_callback(desk: CaseDesk, actor: Actor, follow_up_id: str, *, verdict: str,
                    note: str = "") -> FollowUpView:  # fmt: skip
    permissions.require(actor, "case.handle")
    if verdict not in VERDICTS:
        raise InvalidInput(f"核实结论：应为{'、'.join(VERDICTS)}之一")
    return _follow(desk, actor, follow_up_id, "callback", verdict=verdict, note=note)


def record_fix(desk: CaseDesk, actor: Actor, follow_up_id: str, *, measures: str) -> FollowUpView:
    permissions.require(actor, "case.handle")
    if not measures.strip():
        raise InvalidInput("整改措施：请填写")
    return _follow(desk, actor, follow_up_id, "fix", measures=measures)


def _follow(desk: CaseDesk, actor: Actor, follow_up_id: str, what: str, **data: str) -> FollowUpView:
    now, today = desk.now()
    with desk.write(actor) as uow:
        s = uow.session
        f = s.get(RatingFollowUp, as_uuid(follow_up_id, "差评整改"))
        if f is None:
            raise NotFound("找不到该差评整改记录")
        if what == "callback":
            f.callback_at, f.callback_by = now, actor.name
            f.verdict, f.note = data["verdict"], data.get("note", "").strip()
        else:
            if f.callback_at is None:
                raise Conflict("请先回访核实，再登记整改")
            f.fixed_at, f.measures = now, data["measures"].strip()
        uow.record(f"case.follow_up_{what}", "rating_follow_up", f.id, after=data, row=f)
        r = s.get(CaseRating, f.rating_id)
        c = s.get(ServiceCase, f.case_id)
        assert r is not None and c is not None
        return follow_view(f, r, c, today)
